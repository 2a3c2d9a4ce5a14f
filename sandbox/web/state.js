// What this tab knows: the sandbox's users and chats, the messages seen, who is being played.

export const IN_CHAT = new Set(["creator", "administrator", "member"]);

export const S = {
  bot: null,
  users: new Map(),      // id -> user view
  chats: new Map(),      // id -> chat view
  seq: 0,
  demo: null,            // /demo/info, or null outside the demo
  cast: null,            // /demo/cast
  me: null,              // user id being played
  chatId: null,          // open chat
  msgs: new Map(),       // chat id -> Map(message_id -> {m, seq})
  loaded: new Set(),     // chats whose history was fetched
  unread: new Map(),     // "user:chat" -> count
  menu: [],
  keyboard: null,        // {message_id, markup}
  keyboardHidden: false,
};

const listeners = new Map();

export function on(name, fn) {
  if (!listeners.has(name)) listeners.set(name, []);
  listeners.get(name).push(fn);
}

export function emit(name, ...args) {
  for (const fn of listeners.get(name) || []) fn(...args);
}

export function userName(uid) {
  const u = S.users.get(Number(uid));
  if (!u) return String(uid);
  return u.last_name ? `${u.first_name} ${u.last_name}` : u.first_name;
}

export function castPerson(uid) {
  return S.cast ? S.cast.people.find((p) => p.user_id === Number(uid)) || null : null;
}

export function chatTitle(chat) {
  if (!chat) return "";
  if (chat.type === "private") return S.bot ? S.bot.first_name : "Bot";
  return chat.title || String(chat.id);
}

export function chatsOf(uid) {
  if (uid == null) return [];
  const out = [];
  const own = S.chats.get(Number(uid));
  if (own) out.push(own);
  const order = new Map((S.cast ? S.cast.groups : []).map((g, i) => [g.chat_id, i]));
  const groups = [...S.chats.values()].filter((c) => c.type !== "private" && !c.migrated_to &&
    IN_CHAT.has(c.members[String(uid)]));
  groups.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9) || b.id - a.id);
  return out.concat(groups);
}

export function history(chatId) {
  if (!S.msgs.has(chatId)) S.msgs.set(chatId, new Map());
  return S.msgs.get(chatId);
}

// Keep a message view unless a newer one (by event seq) is already known.
export function remember(m, seq) {
  const h = history(m.chat_id);
  const have = h.get(m.message_id);
  if (have && have.seq > seq) return false;
  h.set(m.message_id, { m, seq });
  return true;
}

export function sortedMessages(chatId) {
  return [...history(chatId).values()].map((x) => x.m).sort((a, b) => a.message_id - b.message_id);
}

export function initials(name) {
  const words = String(name || "?").trim().split(/\s+/);
  const first = [...words[0]][0] || "?";
  const second = words.length > 1 ? [...words[words.length - 1]][0] : "";
  return (first + (/[A-Za-z]/.test(first) ? second : "")).toUpperCase();
}

const COLORS = ["#e17076", "#7bc862", "#e5ca77", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb",
  "#faa774"];

export function colorOf(id) {
  return COLORS[Math.abs(Number(id)) % COLORS.length];
}

export function avatar(el, name, id) {
  el.textContent = initials(name);
  el.style.background = colorOf(id);
}

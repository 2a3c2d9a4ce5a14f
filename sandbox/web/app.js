// The browser chat: pick a person, pick one of their chats, and use it as in Telegram.
// Every change arrives over the sandbox's event stream, so all open tabs stay current.

import { api } from "./api.js";
import {
  keyboardChanged, loadKeyboard, loadMenu, press, sendText, setupComposer, updateComposer,
} from "./compose.js";
import { setupDemo } from "./demo.js";
import { LANGS, guessLang, setLang, t, translatePage } from "./i18n.js";
import { isBotLink, preview, safeUrl } from "./render.js";
import {
  IN_CHAT, S, avatar, castPerson, chatTitle, chatsOf, emit, remember, sortedMessages, userName,
} from "./state.js";
import { toast } from "./toast.js";
import { renderChat, setHandlers, upsert } from "./view.js";

const $ = (id) => document.getElementById(id);
let demo = null;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// ---- people and chats -------------------------------------------------------------------

function people() {
  if (S.cast) {
    return S.cast.people.filter((p) => S.users.has(p.user_id)).concat(
      [...S.users.values()].filter((u) => !castPerson(u.id)).map((u) => ({
        user_id: u.id, name: userName(u.id), label: "", section: t("others") })));
  }
  return [...S.users.values()].map((u) => ({ user_id: u.id, name: userName(u.id), label: "" }));
}

function renderPeople() {
  const list = $("people");
  list.replaceChildren();
  let section = null;
  const all = people();
  if (!all.length) list.append(el("div", "empty", t("noPeople")));
  for (const p of all) {
    if (p.section && p.section !== section) {
      section = p.section;
      list.append(el("div", "list-group", section));
    }
    const item = el("button", "item person");
    item.type = "button";
    item.dataset.userId = String(p.user_id);
    item.classList.toggle("active", p.user_id === S.me);
    const av = el("div", "avatar small");
    avatar(av, userName(p.user_id), p.user_id);
    const text = el("div", "grow");
    text.append(el("div", "name", userName(p.user_id)), el("div", "sub", p.label || ""));
    item.append(av, text);
    const unread = chatsOf(p.user_id).reduce((n, c) => n + (S.unread.get(`${p.user_id}:${c.id}`) || 0), 0);
    if (unread && p.user_id !== S.me) item.append(el("span", "unread", String(unread)));
    item.addEventListener("click", () => selectPerson(p.user_id));
    list.append(item);
  }
}

function lastMessage(chatId) {
  const all = sortedMessages(chatId).filter((m) => !m.deleted);
  return all[all.length - 1];
}

function renderChats() {
  const list = $("chats");
  list.replaceChildren();
  const me = S.users.get(S.me);
  $("me-name").textContent = me ? userName(me.id) : "";
  $("me-role").textContent = (castPerson(S.me) || {}).label || "";
  if (me) avatar($("me-avatar"), userName(me.id), me.id);
  for (const c of chatsOf(S.me)) {
    const item = el("button", "item chat");
    item.type = "button";
    item.dataset.chatId = String(c.id);
    item.classList.toggle("active", c.id === S.chatId);
    const av = el("div", "avatar small");
    avatar(av, chatTitle(c), c.type === "private" ? 1 : c.id);
    const text = el("div", "grow");
    const last = lastMessage(c.id);
    text.append(el("div", "name", chatTitle(c)), el("div", "sub", preview(last)));
    item.append(av, text);
    const unread = S.unread.get(`${S.me}:${c.id}`);
    if (unread) item.append(el("span", "unread", String(unread)));
    item.addEventListener("click", () => selectChat(c.id));
    list.append(item);
  }
}

function renderHead() {
  const chat = S.chats.get(S.chatId);
  $("chat-title").textContent = chat ? chatTitle(chat) : "";
  let sub = "";
  if (chat && chat.type === "private") sub = `@${S.bot ? S.bot.username : ""} · ${t("bot")}`;
  else if (chat) {
    const n = Object.values(chat.members).filter((s) => s !== "left" && s !== "kicked").length;
    sub = t("members", { n: n + (["member", "administrator"].includes(chat.bot_status) ? 1 : 0) });
  }
  $("chat-sub").textContent = sub;
  if (chat) avatar($("chat-avatar"), chatTitle(chat), chat.type === "private" ? 1 : chat.id);
  $("chat-avatar").hidden = !chat;
  const hint = $("empty-hint");
  hint.hidden = !!chat;
  hint.textContent = S.me == null ? t("pickPerson") : "";
}

function saveLocation() {
  const hash = `#as=${S.me ?? ""}&chat=${S.chatId ?? ""}`;
  window.history.replaceState(null, "", hash);
  sessionStorage.setItem("propdesk.where", hash);
}

async function loadHistory(chatId) {
  if (S.loaded.has(chatId)) return;
  const res = await api.messages(chatId);
  for (const m of res.messages) remember(m, res.seq);
  S.loaded.add(chatId);
}

export async function selectPerson(uid, chatId) {
  S.me = uid == null ? null : Number(uid);
  const chats = chatsOf(S.me);
  // Every chat of the person, so the list shows the last message of each.
  await Promise.all(chats.map((c) => loadHistory(c.id)));
  const wanted = chats.find((c) => c.id === Number(chatId));
  await selectChat(wanted ? wanted.id : (chats[0] ? chats[0].id : null));
  renderPeople();
}

export async function selectChat(chatId) {
  S.chatId = chatId == null ? null : Number(chatId);
  S.keyboardHidden = false;
  if (S.chatId != null) {
    S.unread.delete(`${S.me}:${S.chatId}`);
    await loadHistory(S.chatId);
  }
  saveLocation();
  renderHead();
  renderChats();
  renderChat();
  updateComposer();
  await Promise.all([loadMenu(), loadKeyboard()]);
  updateComposer();
}

// A deep link: the person opens it in Telegram, which starts the bot's private chat.
export async function openLink(url) {
  if (S.me == null) return;
  try {
    await api.openLink(S.me, url);
    if (S.chatId !== S.me) await selectChat(S.me);
  } catch (e) {
    toast(e.message, true);
  }
}

// ---- live events ------------------------------------------------------------------------

function onMessage(ev) {
  const m = ev.message;
  if (!remember(m, ev.seq)) return;
  const chat = S.chats.get(m.chat_id);
  if (ev.type === "message" && chat) {
    const readers = chat.type === "private" ? [chat.id] : Object.entries(chat.members)
      .filter(([, status]) => IN_CHAT.has(status)).map(([uid]) => Number(uid));
    for (const uid of readers) {
      if (!m.from_bot && m.from_id === uid) continue;
      if (uid === S.me && m.chat_id === S.chatId) continue;
      const key = `${uid}:${m.chat_id}`;
      S.unread.set(key, (S.unread.get(key) || 0) + 1);
    }
  }
  if (m.chat_id === S.chatId) {
    upsert(m);
    if (m.from_bot && m.reply_markup && (m.reply_markup.keyboard || m.reply_markup.remove_keyboard)) {
      keyboardChanged(m.message_id);
      loadKeyboard();
    }
  }
  renderChats();
  renderPeople();
  emit("message", ev);
}

function onChatOrUser(ev) {
  if (ev.type === "user") {
    S.users.set(ev.user.id, ev.user);
    // A new user comes with their private chat (the stream only announces the user).
    if (!S.chats.has(ev.user.id)) {
      S.chats.set(ev.user.id, { id: ev.user.id, type: "private", user_id: ev.user.id,
        members: { [ev.user.id]: "member" }, bot_status: "member" });
    }
  }
  if (ev.type === "chat") S.chats.set(ev.chat.id, ev.chat);
  if (ev.type === "block" || ev.type === "unblock") {
    const u = S.users.get(ev.user_id);
    if (u) u.blocked = ev.type === "block";
  }
  renderPeople();
  renderChats();
  renderHead();
}

function onUpdate(ev) {
  // A private message from a new user means they have started the bot.
  const u = ev.update_type === "message" ? S.users.get(ev.chat_id) : null;
  if (u && !u.started) {
    u.started = true;
    if (ev.chat_id === S.me) updateComposer();
  }
}

function listen() {
  const stream = api.stream(S.seq);
  const handle = (fn) => (raw) => {
    const ev = JSON.parse(raw.data);
    S.seq = Math.max(S.seq, ev.seq);
    fn(ev);
  };
  for (const type of ["message", "edit", "delete"]) stream.addEventListener(type, handle(onMessage));
  for (const type of ["user", "chat", "block", "unblock"]) {
    stream.addEventListener(type, handle(onChatOrUser));
  }
  stream.addEventListener("update", handle(onUpdate));
  stream.addEventListener("commands", handle(() => loadMenu()));
  stream.addEventListener("reset", handle(() => window.location.reload()));
  stream.addEventListener("demo_clock", handle((ev) => emit("clock", ev)));
  stream.addEventListener("open", () => document.body.classList.remove("offline"));
  stream.addEventListener("error", () => document.body.classList.add("offline"));
}

// ---- start ------------------------------------------------------------------------------

function langSwitch() {
  const box = $("lang");
  box.replaceChildren();
  for (const [code, label] of LANGS) {
    const b = el("button", "lang", label);
    b.type = "button";
    b.dataset.lang = code;
    b.classList.toggle("active", document.documentElement.lang === code);
    b.addEventListener("click", async () => {
      setLang(code);
      translatePage();
      langSwitch();
      if (demo) await demo.relabel();
      renderPeople();
      renderChats();
      renderHead();
      renderChat();
    });
    box.append(b);
  }
}

async function newPerson() {
  const name = window.prompt(t("newPersonName"));
  if (!name || !name.trim()) return;
  const lang = document.documentElement.lang === "en" ? "en" :
    document.documentElement.lang.toLowerCase();
  try {
    const u = await api.createUser(name.trim(), lang);
    S.users.set(u.id, u);
    if (!S.chats.has(u.id)) {
      S.chats.set(u.id, { id: u.id, type: "private", user_id: u.id,
        members: { [u.id]: "member" }, bot_status: "member" });
    }
    await selectPerson(u.id);
  } catch (e) {
    toast(e.message, true);
  }
}

async function boot() {
  setLang(guessLang());
  translatePage();
  langSwitch();
  const state = await api.state();
  S.bot = state.bot;
  S.seq = state.seq;
  for (const u of state.users) S.users.set(u.id, u);
  for (const c of state.chats) S.chats.set(c.id, c);
  setHandlers({
    press,
    command: (cmd) => sendText(cmd),
    url: (url) => {
      const safe = safeUrl(url);
      if (!safe) toast(url, true);
      else if (isBotLink(safe, S.bot && S.bot.username)) openLink(safe);
      else window.open(safe, "_blank", "noopener,noreferrer");
    },
  });
  setupComposer({ openPosters: () => demo.openPosters() });
  demo = await setupDemo({ selectPerson, openLink });
  $("mode-badge").textContent = S.demo ? t("demoMode") : t("sandboxMode");
  $("new-person").addEventListener("click", newPerson);
  $("messages").addEventListener("click", (ev) => {
    const a = ev.target.closest("a[data-deep-link]");
    if (a) {
      ev.preventDefault();
      openLink(a.href);
    }
  });
  listen();
  const where = new URLSearchParams((window.location.hash ||
    sessionStorage.getItem("propdesk.where") || "").replace(/^#/, ""));
  const wanted = Number(where.get("as"));
  const first = people()[0];
  const uid = S.users.has(wanted) ? wanted : (first ? first.user_id : null);
  await selectPerson(uid, where.get("chat"));
  document.body.dataset.ready = "1";
}

boot().catch((e) => {
  document.body.dataset.ready = "error";
  toast(`The page could not start: ${e.message}`, true);
});

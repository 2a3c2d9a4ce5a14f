// The open chat: message bubbles, albums, files, inline keyboards; edits replace in place.

import { api } from "./api.js";
import { t } from "./i18n.js";
import { preview, renderText } from "./render.js";
import { S, colorOf, sortedMessages, userName } from "./state.js";

const box = () => document.getElementById("messages");
let handlers = { press: () => {}, command: () => {} };

export function setHandlers(h) {
  handlers = h;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// Consecutive messages of one media group form one album.
function groupKey(m) {
  return m.media_group_id ? `g:${m.from_id}:${m.media_group_id}` : `m:${m.message_id}`;
}

export function items(messages) {
  const out = [];
  for (const m of messages) {
    if (m.deleted) continue;
    const key = groupKey(m);
    const last = out[out.length - 1];
    if (last && last.key === key) last.msgs.push(m);
    else out.push({ key, msgs: [m] });
  }
  return out;
}

function serviceText(m) {
  const s = m.service || {};
  const who = userName(m.from_id);
  if (s.new_chat_members) {
    const names = s.new_chat_members.map((u) => (u.is_bot ? u.first_name : userName(u.id)));
    return names.length === 1 && s.new_chat_members[0].id === m.from_id
      ? t("joined", { name: who }) : t("added", { name: who, who: names.join(", ") });
  }
  if (s.left_chat_member) return t("left", { name: s.left_chat_member.first_name });
  if (s.migrate_to_chat_id || s.migrate_from_chat_id) return t("migrated");
  return Object.keys(s).join(", ");
}

function time(m) {
  const d = new Date((m.date || 0) * 1000);
  // In the demo, the estate's time (as its clock panel shows); else the browser's.
  const tz = S.demo && S.demo.tz;
  if (tz) {
    try {
      return new Intl.DateTimeFormat("en-GB", {
        hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: tz,
      }).format(d);
    } catch (_) { /* an unknown zone: fall back to the browser's time */ }
  }
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

function textBlock(text, entities) {
  const div = el("div", "text");
  div.append(renderText(text, entities, {
    botUsername: S.bot && S.bot.username,
    onCommand: (cmd) => handlers.command(cmd),
  }));
  return div;
}

function image(fileId, cls) {
  const a = el("a", cls);
  a.href = api.fileUrl(fileId);
  a.target = "_blank";
  a.rel = "noopener";
  const img = el("img");
  img.src = api.fileUrl(fileId);
  img.alt = t("photo");
  img.loading = "lazy";
  a.append(img);
  return a;
}

function documentBlock(doc) {
  const a = el("a", "doc");
  a.href = api.fileUrl(doc.file_id);
  a.download = doc.file_name || "file";
  a.title = t("download");
  a.append(el("span", "doc-icon", "📄"));
  const info = el("span", "doc-info");
  info.append(el("span", "doc-name", doc.file_name || "file"));
  const kb = doc.file_size ? `${Math.max(1, Math.round(doc.file_size / 1024))} KB` : "";
  info.append(el("span", "sub", [kb, doc.mime_type || ""].filter(Boolean).join(" · ")));
  a.append(info);
  return a;
}

function keyboard(m) {
  const rows = ((m.reply_markup || {}).inline_keyboard || []);
  if (!rows.length) return null;
  const kbd = el("div", "inline-kbd");
  for (const row of rows) {
    const r = el("div", "kbd-row");
    for (const b of row) {
      const btn = el("button", "kbd-btn", b.text);
      btn.type = "button";
      if (b.callback_data !== undefined) {
        btn.dataset.data = b.callback_data;
        btn.addEventListener("click", () => handlers.press(m, b, btn));
      } else if (b.url) {
        btn.classList.add("url");
        btn.dataset.url = b.url;
        btn.addEventListener("click", () => handlers.url(b.url));
      } else {
        btn.disabled = true;
      }
      r.append(btn);
    }
    kbd.append(r);
  }
  return kbd;
}

function bubble(group) {
  const m = group.msgs[0];
  const chat = S.chats.get(m.chat_id);
  const mine = !m.from_bot && m.from_id === S.me;
  const wrap = el("div", `msg ${mine ? "out" : "in"}`);
  wrap.dataset.key = group.key;
  wrap.dataset.mid = String(m.message_id);
  wrap.dataset.from = m.from_bot ? "bot" : String(m.from_id);
  if (m.service && Object.keys(m.service).length) {
    wrap.className = "msg service";
    wrap.append(el("div", "service-text", serviceText(m)));
    return wrap;
  }
  const b = el("div", "bubble");
  if (chat && chat.type !== "private" && !mine) {
    const name = el("div", "sender", m.from_bot ? (S.bot ? S.bot.first_name : "bot") :
      userName(m.from_id));
    name.style.color = colorOf(m.from_bot ? 1 : m.from_id);
    b.append(name);
  }
  if (m.forward_origin) {
    const o = m.forward_origin;
    const who = o.sender_user ? o.sender_user.first_name : (o.sender_user_name || "?");
    b.append(el("div", "forwarded", t("forwarded", { name: who })));
  }
  if (m.reply_to_message_id) {
    const target = S.msgs.get(m.chat_id) && S.msgs.get(m.chat_id).get(m.reply_to_message_id);
    if (target) b.append(el("div", "reply-quote", preview(target.m)));
  }
  const photos = group.msgs.filter((x) => x.photo_file_id);
  if (photos.length > 1) {
    const album = el("div", "album");
    album.dataset.count = String(photos.length);
    for (const p of photos) album.append(image(p.photo_file_id, "album-item"));
    b.append(album);
  } else if (photos.length === 1) {
    b.append(image(photos[0].photo_file_id, "photo"));
  }
  for (const x of group.msgs) if (x.document) b.append(documentBlock(x.document));
  if (m.sticker) b.append(el("div", "sticker", "🙂 " + t("sticker")));
  if (m.contact) {
    b.append(el("div", "contact", `👤 ${m.contact.first_name || ""} ${m.contact.phone_number}`));
  }
  if (m.location) {
    b.append(el("div", "location", `📍 ${m.location.latitude}, ${m.location.longitude}`));
  }
  const captioned = group.msgs.find((x) => x.caption);
  if (m.text) b.append(textBlock(m.text, m.entities));
  else if (captioned) b.append(textBlock(captioned.caption, captioned.caption_entities));
  const meta = el("div", "meta");
  if (group.msgs.some((x) => x.edit_count > 0)) meta.append(el("span", "edited", t("edited")));
  meta.append(el("span", "time", time(m)));
  b.append(meta);
  wrap.append(b);
  const last = group.msgs[group.msgs.length - 1];
  const kbd = keyboard(last);
  if (kbd) wrap.append(kbd);
  return wrap;
}

function nearBottom() {
  const b = box();
  return b.scrollHeight - b.scrollTop - b.clientHeight < 80;
}

function toBottom() {
  const b = box();
  b.scrollTop = b.scrollHeight;
}

export function renderChat() {
  const b = box();
  b.replaceChildren();
  if (S.chatId == null) return;
  for (const g of items(sortedMessages(S.chatId))) b.append(bubble(g));
  toBottom();
  for (const img of b.querySelectorAll("img")) img.addEventListener("load", toBottom, { once: true });
}

// A message of the open chat arrived or changed: replace its bubble, or append a new one.
export function upsert(m) {
  if (m.chat_id !== S.chatId) return;
  const b = box();
  const stick = nearBottom();
  const groups = items(sortedMessages(S.chatId));
  const group = groups.find((g) => g.msgs.some((x) => x.message_id === m.message_id));
  const old = b.querySelector(`[data-key="${CSS.escape(group ? group.key : groupKey(m))}"]`);
  if (!group) {
    if (old) old.remove();
    return;
  }
  const fresh = bubble(group);
  if (old) {
    old.replaceWith(fresh);
  } else {
    const lastShown = b.lastElementChild;
    if (lastShown && Number(lastShown.dataset.mid) > group.msgs[0].message_id) {
      renderChat();
      return;
    }
    b.append(fresh);
  }
  if (stick || (!m.from_bot && m.from_id === S.me)) {
    toBottom();
    for (const img of fresh.querySelectorAll("img")) {
      img.addEventListener("load", toBottom, { once: true });
    }
  }
}

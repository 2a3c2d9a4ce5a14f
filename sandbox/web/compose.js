// Writing as the person being played: text, the command menu, reply keyboards, files.

import { api, readAsBase64 } from "./api.js";
import { t } from "./i18n.js";
import { S } from "./state.js";
import { alertBox, toast } from "./toast.js";

const $ = (id) => document.getElementById(id);
const IMAGE = /^image\/(png|jpeg|gif|webp)$/;
// Victoria Harbour, for "share my location".
const HERE = [22.2855, 114.1577];

async function guarded(fn) {
  try {
    return await fn();
  } catch (e) {
    toast(e.message, true);
    return null;
  }
}

export async function sendText(text) {
  const body = String(text || "");
  if (!body.trim() || S.me == null || S.chatId == null) return;
  await guarded(() => api.send(S.me, S.chatId, body));
}

async function submit() {
  const input = $("input");
  const text = input.value;
  if (!text.trim()) return;
  input.value = "";
  autosize();
  hideMenu();
  await sendText(text);
  input.focus();
}

function autosize() {
  const input = $("input");
  input.style.height = "auto";
  input.style.height = `${Math.min(160, input.scrollHeight)}px`;
}

// ---- the command menu (☰ Menu, or "/" typed at the start) --------------------------------

export async function loadMenu() {
  S.menu = [];
  if (S.me != null && S.chatId != null) {
    const res = await guarded(() => api.menu(S.chatId, S.me));
    S.menu = (res && res.commands) || [];
  }
  $("menu-btn").hidden = S.menu.length === 0;
  // An open menu follows the bot's change of commands at once.
  if (!$("menu-pop").hidden) showMenu(menuFilter);
}

let menuFilter = "";

function showMenu(filter) {
  menuFilter = filter;
  const pop = $("menu-pop");
  const wanted = S.menu.filter((c) => !filter || `/${c.command}`.startsWith(filter));
  pop.replaceChildren();
  for (const c of wanted) {
    const item = document.createElement("button");
    item.type = "button";
    item.className = "menu-item";
    item.dataset.command = c.command;
    const name = document.createElement("span");
    name.className = "cmd";
    name.textContent = `/${c.command}`;
    const desc = document.createElement("span");
    desc.className = "sub";
    desc.textContent = c.description;
    item.append(name, desc);
    item.addEventListener("click", async () => {
      hideMenu();
      $("input").value = "";
      await sendText(`/${c.command}`);
    });
    pop.append(item);
  }
  pop.hidden = wanted.length === 0;
}

function hideMenu() {
  $("menu-pop").hidden = true;
}

// ---- the reply keyboard -----------------------------------------------------------------

export async function loadKeyboard() {
  S.keyboard = null;
  if (S.chatId != null) S.keyboard = await guarded(() => api.keyboard(S.chatId));
  renderKeyboard();
}

export function keyboardChanged(messageId) {
  // A new keyboard from the bot is shown again even if the last one was folded away.
  if (!S.keyboard || S.keyboard.message_id !== messageId) S.keyboardHidden = false;
}

function renderKeyboard() {
  const pane = $("reply-keyboard");
  const markup = S.keyboard && S.keyboard.markup;
  pane.replaceChildren();
  $("kbd-btn").hidden = !markup;
  $("input").placeholder = (markup && markup.input_field_placeholder) || t("typeMessage");
  if (!markup || S.keyboardHidden) {
    pane.hidden = true;
    return;
  }
  for (const row of markup.keyboard) {
    const r = document.createElement("div");
    r.className = "kbd-row";
    for (const key of row) {
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = "reply-key";
      btn.textContent = key.text;
      if (key.request_contact) btn.dataset.request = "contact";
      if (key.request_location) btn.dataset.request = "location";
      btn.addEventListener("click", () => tapKey(key, markup));
      r.append(btn);
    }
    pane.append(r);
  }
  pane.hidden = false;
}

async function tapKey(key, markup) {
  if (markup.one_time_keyboard) {
    S.keyboardHidden = true;
    renderKeyboard();
  }
  if (key.request_contact) await shareContact();
  else if (key.request_location) await guarded(() => api.sendLocation(S.me, S.chatId, ...HERE));
  else await sendText(key.text);
}

async function shareContact() {
  const me = S.users.get(S.me);
  let phone = me && me.phone_number;
  if (!phone) phone = window.prompt(t("phonePrompt"), "+852 ");
  if (phone && phone.trim()) await guarded(() => api.sendContact(S.me, S.chatId, phone.trim()));
}

// ---- files ------------------------------------------------------------------------------

async function sendPhotos(files) {
  const caption = $("input").value.trim() || undefined;
  const images = files.filter((f) => IMAGE.test(f.type));
  const others = files.filter((f) => !IMAGE.test(f.type));
  if (images.length) $("input").value = "";
  // Telegram sends at most 10 photos per album; more make several albums.
  for (let i = 0; i < images.length; i += 10) {
    const data = await Promise.all(images.slice(i, i + 10).map(readAsBase64));
    const text = i === 0 ? caption : undefined;
    if (data.length === 1) await guarded(() => api.sendPhoto(S.me, S.chatId, data[0], text));
    else await guarded(() => api.sendAlbum(S.me, S.chatId, data, text));
  }
  if (others.length) await sendDocuments(others);
}

async function sendDocuments(files) {
  const caption = $("input").value.trim() || undefined;
  $("input").value = "";
  for (const [i, f] of files.entries()) {
    const data = await readAsBase64(f);
    await guarded(() => api.sendDocument(S.me, S.chatId, data, f.name,
      f.type || "application/octet-stream", i === 0 ? caption : undefined));
  }
}

function attach(kind, openPosters) {
  $("attach-pop").hidden = true;
  if (kind === "photo") $("photo-input").click();
  else if (kind === "file") $("file-input").click();
  else if (kind === "contact") shareContact();
  else if (kind === "location") guarded(() => api.sendLocation(S.me, S.chatId, ...HERE));
  else if (kind === "qr") openPosters();
}

// ---- wiring -----------------------------------------------------------------------------

export function updateComposer() {
  const chat = S.chats.get(S.chatId);
  const me = S.users.get(S.me);
  const fresh = chat && chat.type === "private" && me && !me.started;
  $("start-btn").hidden = !fresh;
  for (const id of ["input", "send-btn", "attach-btn"]) $(id).hidden = !!fresh || !chat;
  if (fresh || !chat) {
    $("menu-btn").hidden = true;
    $("reply-keyboard").hidden = true;
  }
}

export function setupComposer({ openPosters }) {
  const input = $("input");
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submit();
    } else if (ev.key === "Escape") {
      hideMenu();
    }
  });
  input.addEventListener("input", () => {
    autosize();
    const v = input.value;
    if (v.startsWith("/") && !/\s/.test(v)) showMenu(v);
    else hideMenu();
  });
  $("send-btn").addEventListener("click", submit);
  $("menu-btn").addEventListener("click", () => {
    if ($("menu-pop").hidden) showMenu("");
    else hideMenu();
  });
  $("kbd-btn").addEventListener("click", () => {
    S.keyboardHidden = !S.keyboardHidden;
    renderKeyboard();
  });
  $("start-btn").addEventListener("click", () => sendText("/start"));
  $("attach-btn").addEventListener("click", () => {
    $("attach-pop").hidden = !$("attach-pop").hidden;
  });
  for (const b of document.querySelectorAll("[data-attach]")) {
    b.addEventListener("click", () => attach(b.dataset.attach, openPosters));
  }
  $("photo-input").addEventListener("change", async (ev) => {
    const files = [...ev.target.files];
    ev.target.value = "";
    await sendPhotos(files);
  });
  $("file-input").addEventListener("change", async (ev) => {
    const files = [...ev.target.files];
    ev.target.value = "";
    await sendDocuments(files);
  });
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest("#menu-pop, #menu-btn, #input")) hideMenu();
    if (!ev.target.closest("#attach-pop, #attach-btn")) $("attach-pop").hidden = true;
  });
}

// Inline buttons: a callback query, then the bot's answer as a toast or an alert.
export async function press(m, button, btn) {
  btn.classList.add("busy");
  try {
    const pressed = await api.press(S.me, m.chat_id, m.message_id, button.callback_data);
    const answer = await api.callbackAnswer(pressed.callback_query_id, 15);
    if (answer.text) {
      if (answer.show_alert) alertBox(answer.text);
      else toast(answer.text);
    }
  } catch (e) {
    toast(e.message, true);
  } finally {
    btn.classList.remove("busy");
  }
}

// Message text as Telegram shows it, built from the text and its entities.
//
// Everything is made with createElement and text nodes: no string from the bot or from a
// person is ever parsed as HTML, so "<b>x</b>" typed by someone stays literally "<b>x</b>".
// Offsets are UTF-16 code units, like JavaScript strings, so they slice directly.

const TAGS = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code",
  spoiler: "span", blockquote: "blockquote", expandable_blockquote: "blockquote",
};
const SAFE_SCHEMES = ["http:", "https:", "tg:", "mailto:"];
// What Telegram links by itself in any message (it sends these as url/bot_command entities).
const AUTO = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]}])|((?:^|(?<=[\s(]))(?:t\.me|telegram\.me)\/[A-Za-z0-9_]{3,32}(?:\?[^\s<>"']*[^\s<>"'.,;:!?)\]}])?)|((?:^|(?<=[\s(]))\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/]))/g;

export function safeUrl(raw) {
  let url;
  try {
    url = new URL(String(raw), "https://t.me/");
  } catch (e) {
    return null;
  }
  return SAFE_SCHEMES.includes(url.protocol) ? url.href : null;
}

// A t.me (or tg://resolve) link to `botUsername`; the caller opens it as a deep link.
export function isBotLink(href, botUsername) {
  if (!href || !botUsername) return false;
  let url;
  try {
    url = new URL(href);
  } catch (e) {
    return false;
  }
  const name = botUsername.toLowerCase();
  if (url.protocol === "tg:") {
    return url.pathname.replace(/^\/+/, "") === "resolve" || url.host === "resolve"
      ? (url.searchParams.get("domain") || "").toLowerCase() === name : false;
  }
  const host = url.hostname.toLowerCase();
  if (!["t.me", "telegram.me", "www.t.me", "telegram.dog"].includes(host)) return false;
  return url.pathname.split("/")[1].toLowerCase() === name;
}

function link(href, text, opts) {
  const url = safeUrl(href);
  if (!url) {
    const span = document.createElement("span");
    span.className = "bad-link";
    span.textContent = text;
    return span;
  }
  const a = document.createElement("a");
  a.href = url;
  a.textContent = text;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  if (isBotLink(url, opts.botUsername)) a.dataset.deepLink = "1";
  return a;
}

function command(text, opts, withText = true) {
  const a = document.createElement("a");
  a.className = "command";
  a.href = "#";
  if (withText) a.textContent = text;
  a.dataset.command = text.split("@")[0];
  if (opts.onCommand) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      opts.onCommand(a.dataset.command);
    });
  }
  return a;
}

// Plain text outside entities: links and /commands are found the way Telegram finds them.
function plain(text, into, opts, autolink) {
  if (!text) return;
  if (!autolink) {
    into.append(document.createTextNode(text));
    return;
  }
  let pos = 0;
  for (const m of text.matchAll(AUTO)) {
    if (m.index > pos) into.append(document.createTextNode(text.slice(pos, m.index)));
    const found = m[0];
    if (m[3]) into.append(command(found, opts));
    else into.append(link(m[1] ? found : `https://${found}`, found, opts));
    pos = m.index + found.length;
  }
  if (pos < text.length) into.append(document.createTextNode(text.slice(pos)));
}

function element(entity, content, opts) {
  switch (entity.type) {
    case "text_link":
      return link(entity.url, "", opts);
    case "url":
      return link(/^[a-z][a-z0-9+.-]*:/i.test(content) ? content : `https://${content}`, "", opts);
    case "email":
      return link(`mailto:${content}`, "", opts);
    case "bot_command":
      return command(content, opts, false);
    case "pre": {
      const pre = document.createElement("pre");
      const code = document.createElement("code");
      if (entity.language && /^[\w+#.-]{1,32}$/.test(entity.language)) {
        code.className = `language-${entity.language}`;
        pre.dataset.language = entity.language;
      }
      pre.append(code);
      return pre;
    }
    case "spoiler": {
      const span = document.createElement("span");
      span.className = "spoiler";
      span.title = "spoiler";
      span.addEventListener("click", () => span.classList.add("revealed"));
      return span;
    }
    case "expandable_blockquote": {
      const quote = document.createElement("blockquote");
      quote.className = "expandable";
      quote.addEventListener("click", () => quote.classList.toggle("open"));
      return quote;
    }
    case "text_mention":
    case "mention":
    case "hashtag":
    case "cashtag":
    case "phone_number": {
      const span = document.createElement("span");
      span.className = `entity-${entity.type}`;
      return span;
    }
    default: {
      const tag = TAGS[entity.type];
      return tag ? document.createElement(tag) : document.createElement("span");
    }
  }
}

// Where the entity's text goes inside the element (pre puts it in its code child).
const inner = (el) => (el.tagName === "PRE" ? el.firstChild : el);
const NO_AUTOLINK = new Set(["code", "pre", "text_link", "url", "email", "bot_command"]);

// Entities may cross (bold 0-4, italic 2-6); split them so they nest, as Telegram's apps do.
function split(ents) {
  for (let again = true; again;) {
    again = false;
    for (const a of ents) {
      const b = ents.find((x) => x.start < a.start && a.start < x.end && x.end < a.end);
      if (b) {
        ents.push({ e: a.e, i: a.i, start: b.end, end: a.end });
        a.end = b.end;
        again = true;
        break;
      }
    }
  }
  return ents;
}

function tree(text, entities) {
  const ents = split((entities || [])
    .filter((e) => Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length > 0 &&
      e.offset >= 0 && e.offset < text.length)
    .map((e, i) => ({ e, i, start: e.offset, end: Math.min(text.length, e.offset + e.length) })))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  const root = { start: 0, end: text.length, children: [] };
  const stack = [root];
  for (const n of ents) {
    while (stack.length > 1 && n.start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    const node = { e: n.e, start: n.start, end: Math.min(n.end, parent.end), children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

const BLOCKS = new Set(["PRE", "BLOCKQUOTE"]);

function emit(node, text, into, opts, autolink) {
  let pos = node.start;
  let afterBlock = false;
  // A block (pre, blockquote) already ends its line: the newline after it is not a blank line.
  const run = (from, to) => {
    let chunk = text.slice(from, to);
    if (afterBlock && chunk.startsWith("\n")) chunk = chunk.slice(1);
    plain(chunk, into, opts, autolink);
  };
  for (const child of node.children) {
    run(pos, child.start);
    const el = element(child.e, text.slice(child.start, child.end), opts);
    into.append(el);
    emit(child, text, inner(el), opts, autolink && !NO_AUTOLINK.has(child.e.type));
    afterBlock = BLOCKS.has(el.tagName);
    pos = child.end;
  }
  run(pos, node.end);
}

// text + entities -> a DocumentFragment. opts: {botUsername, onCommand(cmd)}.
export function renderText(text, entities, opts = {}) {
  const frag = document.createDocumentFragment();
  const source = String(text || "");
  emit(tree(source, entities), source, frag, opts, true);
  return frag;
}

// One line of plain text for chat lists and reply previews.
export function preview(msg) {
  if (!msg) return "";
  const body = msg.text || msg.caption || "";
  if (body) return body.replace(/\s+/g, " ").slice(0, 90);
  if (msg.photo_file_id) return "🖼 Photo";
  if (msg.document) return `📄 ${msg.document.file_name || "File"}`;
  if (msg.sticker) return "Sticker";
  if (msg.contact) return `👤 ${msg.contact.phone_number}`;
  if (msg.location) return "📍 Location";
  return "";
}

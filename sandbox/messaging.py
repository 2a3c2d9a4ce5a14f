"""Bot API methods that create, edit and delete messages, plus answerCallbackQuery."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from sandbox.entities import check_entities, parse_html
from sandbox.files import DOCUMENT_MAX, PHOTO_MAX
from sandbox.models import PRIVATE, Chat, Message
from sandbox.params import Params, Upload, check_reply_markup
from sandbox.state import World
from sandbox.util import ApiError, bad_request, utf16_len

TEXT_MAX = 4096
CAPTION_MAX = 1024
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
Rendered = tuple[str, list[dict[str, Any]], str | None]


def render(raw: str, mode: str | None, explicit: Any) -> Rendered:
    """Apply parse_mode or explicit entities: (plain text, entities, html source)."""
    mode = (mode or "").strip()
    if explicit is not None:
        return raw, check_entities(raw, explicit), None
    if mode.lower() == "html":
        text, entities = parse_html(raw)
        return text, entities, raw
    if mode.lower() in ("markdown", "markdownv2"):
        raise bad_request(f"can't parse entities: parse_mode {mode} is not supported by the "
                          "sandbox; use HTML")
    if mode:
        raise bad_request("unsupported parse_mode")
    return raw, [], None


def text_of(p: Params) -> Rendered:
    """The text of sendMessage/editMessageText, validated."""
    text, entities, html = render(p.get_str("text") or "", p.get_str("parse_mode"),
                                  p.get_json("entities", "entities"))
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_len(text) > TEXT_MAX:
        raise bad_request("message is too long")
    return text, entities, html


def caption_of(raw: str | None, mode: str | None, explicit: Any) -> Rendered:
    """A media caption, validated (may be empty)."""
    text, entities, html = render(raw or "", mode, explicit)
    if utf16_len(text) > CAPTION_MAX:
        raise bad_request("message caption is too long")
    return text, entities, html


def markup_of(p: Params) -> dict[str, Any] | None:
    """reply_markup, validated."""
    return check_reply_markup(p.get_json("reply_markup", "reply keyboard markup"))


def is_inline(markup: dict[str, Any] | None) -> bool:
    """True for an InlineKeyboardMarkup."""
    return bool(markup) and "inline_keyboard" in (markup or {})


def reply_target(chat: Chat, p: Params) -> int | None:
    """reply_parameters / reply_to_message_id → an existing message id."""
    params = p.get_json("reply_parameters", "reply parameters")
    allow = p.get_bool("allow_sending_without_reply")
    mid: Any = None
    if isinstance(params, dict):
        mid = params.get("message_id")
        allow = bool(params.get("allow_sending_without_reply", allow))
    elif p.has("reply_to_message_id"):
        mid = p.get_int("reply_to_message_id")
    if mid is None:
        return None
    try:
        target = chat.messages.get(int(mid))
    except (TypeError, ValueError):
        target = None
    if target is None or target.deleted:
        if allow:
            return None
        raise bad_request("message to be replied not found")
    return int(mid)


def send_message(w: World, p: Params) -> Any:
    """sendMessage."""
    chat = w.resolve_chat(p.raw("chat_id"))
    text, entities, html = text_of(p)
    markup = markup_of(p)
    reply = reply_target(chat, p)
    msg = w.add_message(chat, from_bot=True, from_id=w.bot.id, text=text, entities=entities,
                        html=html, reply_markup=markup, reply_to_message_id=reply)
    return w.message_json(msg)


def photo_sizes(w: World, src: Upload | str | None) -> list[dict[str, Any]]:
    """An uploaded photo or a reused photo file_id → PhotoSize list."""
    if src is None:
        raise bad_request("there is no photo in the request")
    if isinstance(src, Upload):
        if not src.data:
            raise bad_request("file must be non-empty")
        if len(src.data) > PHOTO_MAX:
            raise bad_request("file is too big")
        return w.files.add_photo(src.data)
    return copy.deepcopy(_reuse(w, src, "photo", w.files.photo_sets))


def document_of(w: World, src: Upload | str | None) -> dict[str, Any]:
    """An uploaded document or a reused document file_id → Document."""
    if src is None:
        raise bad_request("there is no document in the request")
    if isinstance(src, Upload):
        if not src.data:
            raise bad_request("file must be non-empty")
        if len(src.data) > DOCUMENT_MAX:
            raise bad_request("file is too big")
        mime = src.content_type
        if mime in (None, "", "application/octet-stream"):
            mime = None
        return w.files.add_document(src.data, src.filename, mime)
    return copy.deepcopy(_reuse(w, src, "document", w.files.documents))


def _reuse(w: World, ref: str, kind: str, table: dict[str, Any]) -> Any:
    if ref.startswith(("http://", "https://")):
        raise bad_request("failed to get HTTP URL content")
    found = table.get(ref)
    if found is not None:
        return found
    rec = w.files.get(ref)
    if rec is not None:
        raise bad_request(f"can't use file of type {rec.kind.capitalize()} as "
                          f"{kind.capitalize()}")
    raise bad_request("wrong file identifier/HTTP URL specified")


def _media_message(w: World, p: Params, key: str, **media: Any) -> Any:
    chat = w.resolve_chat(p.raw("chat_id"))
    caption, entities, html = caption_of(p.get_str("caption"), p.get_str("parse_mode"),
                                         p.get_json("caption_entities", "caption entities"))
    markup = markup_of(p)
    reply = reply_target(chat, p)
    if key == "photo":
        media["photo"] = photo_sizes(w, p.file("photo"))
    else:
        media["document"] = document_of(w, p.file("document"))
    msg = w.add_message(chat, from_bot=True, from_id=w.bot.id, caption=caption or None,
                        caption_entities=entities, html=html, reply_markup=markup,
                        reply_to_message_id=reply, **media)
    return w.message_json(msg)


def send_photo(w: World, p: Params) -> Any:
    """sendPhoto."""
    return _media_message(w, p, "photo")


def send_document(w: World, p: Params) -> Any:
    """sendDocument."""
    return _media_message(w, p, "document")


def send_media_group(w: World, p: Params) -> Any:
    """sendMediaGroup: 2..10 photos or documents sharing a media_group_id."""
    chat = w.resolve_chat(p.raw("chat_id"))
    media = p.get_json("media", "media")
    if not isinstance(media, list) or not media:
        raise bad_request("media is empty" if media in (None, []) else "can't parse media JSON")
    if not 2 <= len(media) <= 10:
        raise bad_request("wrong number of media specified: expected 2-10 items")
    kinds = set()
    for item in media:
        if not isinstance(item, dict) or not isinstance(item.get("media"), str):
            raise bad_request("can't parse InputMedia JSON object")
        kinds.add(item.get("type"))
    if not kinds <= {"photo", "document"}:
        raise bad_request(f"unsupported media type in the sandbox: {sorted(map(str, kinds))}")
    if "document" in kinds and len(kinds) > 1:
        raise bad_request("document can't be mixed with other media types")
    reply = reply_target(chat, p)
    prepared: list[tuple[Rendered, dict[str, Any]]] = []
    for item in media:
        cap = caption_of(item.get("caption"), item.get("parse_mode"),
                         item.get("caption_entities"))
        src = p.attach(item["media"])
        if item["type"] == "photo":
            prepared.append((cap, {"photo": photo_sizes(w, src)}))
        else:
            prepared.append((cap, {"document": document_of(w, src)}))
    group_id = w.new_media_group_id()
    result = []
    for (caption, entities, html), fields in prepared:
        msg = w.add_message(chat, from_bot=True, from_id=w.bot.id, caption=caption or None,
                            caption_entities=entities, html=html, media_group_id=group_id,
                            reply_to_message_id=reply, **fields)
        result.append(w.message_json(msg))
    return result


def edit_target(w: World, p: Params) -> tuple[Chat, Message]:
    """The bot's own message to edit."""
    if p.has("inline_message_id"):
        raise bad_request("message to edit not found")
    chat = w.resolve_chat(p.raw("chat_id"))
    mid = p.get_int("message_id")
    if mid is None:
        raise bad_request("message identifier is not specified")
    msg = chat.messages.get(mid)
    if msg is None or msg.deleted:
        raise bad_request("message to edit not found")
    if not msg.from_bot or msg.service:
        raise bad_request("message can't be edited")
    return chat, msg


def _new_markup(p: Params, msg: Message) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(requested inline markup, current inline markup) for an edit."""
    markup = markup_of(p)
    if markup is not None and not is_inline(markup):
        raise bad_request("inline keyboard expected")
    current = msg.reply_markup if is_inline(msg.reply_markup) else None
    return markup, current


def _apply_markup(msg: Message, markup: dict[str, Any] | None,
                  current: dict[str, Any] | None) -> None:
    if markup is not None or current is not None:
        msg.reply_markup = markup


def _edited(w: World, msg: Message) -> Any:
    msg.edit_count += 1
    msg.edit_date = w.unix_now()
    w.touch(msg, "edit")
    return w.message_json(msg)


def edit_message_text(w: World, p: Params) -> Any:
    """editMessageText (omitting reply_markup removes the inline keyboard, like Telegram)."""
    _chat, msg = edit_target(w, p)
    text, entities, html = text_of(p)
    if msg.text is None:
        raise bad_request("there is no text in the message to edit")
    markup, current = _new_markup(p, msg)
    if text == msg.text and entities == msg.entities and markup == current:
        raise bad_request(NOT_MODIFIED)
    msg.text, msg.entities, msg.html = text, entities, html
    _apply_markup(msg, markup, current)
    return _edited(w, msg)


def edit_message_caption(w: World, p: Params) -> Any:
    """editMessageCaption."""
    _chat, msg = edit_target(w, p)
    caption, entities, html = caption_of(p.get_str("caption"), p.get_str("parse_mode"),
                                         p.get_json("caption_entities", "caption entities"))
    if not msg.has_media:
        raise bad_request("there is no caption in the message to edit")
    markup, current = _new_markup(p, msg)
    if (caption or None) == msg.caption and entities == msg.caption_entities and \
            markup == current:
        raise bad_request(NOT_MODIFIED)
    msg.caption, msg.caption_entities, msg.html = caption or None, entities, html
    _apply_markup(msg, markup, current)
    return _edited(w, msg)


def edit_message_reply_markup(w: World, p: Params) -> Any:
    """editMessageReplyMarkup."""
    _chat, msg = edit_target(w, p)
    markup, current = _new_markup(p, msg)
    if markup == current:
        raise bad_request(NOT_MODIFIED)
    _apply_markup(msg, markup, current)
    return _edited(w, msg)


def _delete_one(w: World, chat: Chat, mid: int | None) -> None:
    msg = chat.messages.get(mid) if mid is not None else None
    if msg is None or msg.deleted:
        raise bad_request("message to delete not found")
    if not msg.from_bot and chat.type != PRIVATE and chat.bot_status not in (
        "administrator", "creator"
    ):
        raise bad_request("message can't be deleted")
    msg.deleted = True
    w.touch(msg, "delete")


def delete_message(w: World, p: Params) -> Any:
    """deleteMessage."""
    chat = w.resolve_chat(p.raw("chat_id"))
    _delete_one(w, chat, p.get_int("message_id"))
    return True


def delete_messages(w: World, p: Params) -> Any:
    """deleteMessages: deletes what it can; fails only if nothing was deleted."""
    chat = w.resolve_chat(p.raw("chat_id"))
    ids = p.get_json("message_ids", "message identifiers")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message identifiers are not specified")
    deleted = 0
    for mid in ids:
        try:
            _delete_one(w, chat, int(mid))
            deleted += 1
        except (ApiError, TypeError, ValueError):
            continue
    if not deleted:
        raise bad_request("message to delete not found")
    return True


CONTENT = ("text", "entities", "caption", "caption_entities", "photo", "document", "sticker",
           "contact", "location")


def _source(w: World, p: Params, verb: str) -> Message:
    source = w.resolve_chat(p.raw("from_chat_id"), send=False)
    msg = source.messages.get(p.get_int("message_id") or 0)
    if msg is None or msg.deleted:
        raise bad_request(f"message to {verb} not found")
    if msg.service or msg.raw is not None:
        raise bad_request("message can't be copied" if verb == "copy" else
                          "message can't be forwarded")
    return msg


def forward_message(w: World, p: Params) -> Any:
    """forwardMessage (content copied, with forward_origin)."""
    chat = w.resolve_chat(p.raw("chat_id"))
    src = _source(w, p, "forward")
    if src.from_bot:
        origin: dict[str, Any] = {"type": "user", "date": src.date, "sender_user": w.bot.json()}
    elif src.from_id in w.users:
        origin = {"type": "user", "date": src.date, "sender_user": w.users[src.from_id].json()}
    else:
        origin = {"type": "hidden_user", "date": src.date, "sender_user_name": "Unknown"}
    fields = {k: copy.deepcopy(getattr(src, k)) for k in CONTENT}
    msg = w.add_message(chat, from_bot=True, from_id=w.bot.id, forward_origin=origin, **fields)
    return w.message_json(msg)


def copy_message(w: World, p: Params) -> Any:
    """copyMessage: returns a MessageId."""
    chat = w.resolve_chat(p.raw("chat_id"))
    src = _source(w, p, "copy")
    fields: dict[str, Any] = {k: copy.deepcopy(getattr(src, k)) for k in CONTENT}
    html = src.html
    if src.has_media and p.raw("caption") is not None:
        caption, entities, html = caption_of(p.get_str("caption"), p.get_str("parse_mode"),
                                             p.get_json("caption_entities", "caption entities"))
        fields.update(caption=caption or None, caption_entities=entities)
    markup = markup_of(p)
    reply = reply_target(chat, p)
    msg = w.add_message(chat, from_bot=True, from_id=w.bot.id, html=html, reply_markup=markup,
                        reply_to_message_id=reply, **fields)
    return {"message_id": msg.message_id}


def pin_chat_message(w: World, p: Params) -> Any:
    """pinChatMessage: a message of the chat, by a bot that may pin (admin in a group)."""
    chat = w.resolve_chat(p.raw("chat_id"))
    mid = p.get_int("message_id")
    msg = chat.messages.get(mid) if mid is not None else None
    if mid is None or msg is None or msg.deleted:
        raise bad_request("message to pin not found")
    if chat.type != PRIVATE and chat.bot_status not in ("administrator", "creator", "member"):
        raise bad_request("not enough rights to manage pinned messages in the chat")
    if mid in chat.pinned:
        chat.pinned.remove(mid)
    chat.pinned.append(mid)
    w.events.emit("pin", chat_id=chat.id, message_id=mid)
    return True


def answer_callback_query(w: World, p: Params) -> Any:
    """answerCallbackQuery; records the answer for the driver."""
    qid = p.get_str("callback_query_id") or ""
    query = w.callbacks.get(qid)
    if query is None or query.answered:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    text = p.get_str("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answered = True
    query.answer = {
        "callback_query_id": qid,
        "text": text,
        "show_alert": p.get_bool("show_alert"),
        "url": p.get_str("url"),
        "cache_time": p.get_int("cache_time", 0),
    }
    w.events.emit("callback_answer", chat_id=query.chat_id, message_id=query.message_id,
                  callback_query_id=qid, answer=dict(query.answer))
    return True


HANDLERS: dict[str, Callable[[World, Params], Any]] = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendDocument": send_document,
    "sendMediaGroup": send_media_group,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "answerCallbackQuery": answer_callback_query,
    "forwardMessage": forward_message,
    "copyMessage": copy_message,
    "pinChatMessage": pin_chat_message,
}

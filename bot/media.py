"""Files people send: checked from what the update says before anything is downloaded, then
(for images in a private chat) by their bytes before the update's transaction starts."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import re
from dataclasses import dataclass, replace

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import Message, Update

from bot.filestore import TELEGRAM_DOWNLOAD_LIMIT, BadImage, clean_image, store_image
from bot.settings import FilesSettings
from domain.errors import InvalidInput
from domain.ports import FileRef

log = logging.getLogger(__name__)

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic"}
DOCUMENT_TYPES = IMAGE_TYPES | {"application/pdf"}


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def photo_ref(message: Message, max_bytes: int) -> FileRef:
    """A photo (the largest size Telegram made), or an image sent as a file."""
    if message.photo:
        best = message.photo[-1]
        if best.file_size and best.file_size > max_bytes:
            raise InvalidInput("file-too-big", size=_mb(best.file_size), max=_mb(max_bytes))
        return FileRef(best.file_id, best.file_unique_id, "image/jpeg", best.file_size)
    doc = message.document
    if doc is None:
        raise InvalidInput("file-not-photo")
    mime = (doc.mime_type or "").lower()
    if mime not in IMAGE_TYPES:
        raise InvalidInput("file-not-photo")
    if doc.file_size and doc.file_size > max_bytes:
        raise InvalidInput("file-too-big", size=_mb(doc.file_size), max=_mb(max_bytes))
    # A file name is kept as a label only (files are stored under random names); a sent file
    # always has one, so it also marks "came as a document" (see Postman.images).
    return FileRef(doc.file_id, doc.file_unique_id, mime, doc.file_size,
                   safe_name(doc.file_name))


def document_ref(message: Message, max_bytes: int) -> FileRef:
    """A document (drawings, PDFs) or a photo, of an allowed type and size."""
    if message.photo:
        return photo_ref(message, max_bytes)
    doc = message.document
    if doc is None:
        raise InvalidInput("file-not-document")
    mime = (doc.mime_type or "").lower()
    if mime not in DOCUMENT_TYPES:
        raise InvalidInput("file-wrong-type")  # says what is accepted: PDF or photo
    if doc.file_size and doc.file_size > max_bytes:
        raise InvalidInput("file-too-big", size=_mb(doc.file_size), max=_mb(max_bytes))
    return FileRef(doc.file_id, doc.file_unique_id, mime, doc.file_size,
                   safe_name(doc.file_name))


def safe_name(name: str | None) -> str:
    """A sent file's name as a label: no folders, no controls, at most 100 characters."""
    base = os.path.basename((name or "").replace("\\", "/"))
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().lstrip(".")
    return base[:100] or "file"


@dataclass(frozen=True)
class Checked:
    """An image looked at before its update runs: a stored, cleaned copy, or why not."""

    ref: FileRef | None = None
    error: InvalidInput | None = None


def private_image(update: Update) -> Message | None:
    """A message in a private chat with a photo, or a file that says it is an image."""
    message = update.message
    if message is None or message.chat.type != "private" or not (
            message.photo or (message.document and (message.document.mime_type or "")
                              .lower().startswith("image/"))):
        return None
    return message


async def check_update(bot: Bot, update: Update, files: FilesSettings) -> dict[str, Checked]:
    """An image sent in a private chat is downloaded and checked by its bytes now, outside
    the transaction, so that a photo step counts it only when it is one (the processor asks
    only for people with a conversation open). What the update announces is checked first:
    an oversized file is never downloaded. Keyed by the file's unique id."""
    message = private_image(update)
    if message is None:
        return {}
    try:
        ref = photo_ref(message, files.max_photo_bytes)
    except InvalidInput as exc:
        unique = message.photo[-1].file_unique_id if message.photo else \
            message.document.file_unique_id if message.document else ""
        return {unique: Checked(error=exc)}
    return {ref.unique_id: await _fetch_and_clean(bot, ref, files)}


async def _fetch_and_clean(bot: Bot, ref: FileRef, files: FilesSettings) -> Checked:
    limit = min(files.max_photo_bytes, TELEGRAM_DOWNLOAD_LIMIT)
    try:
        file = await bot.get_file(ref.file_id)
        if file.file_size and file.file_size > limit or not file.file_path:
            return Checked(error=InvalidInput("file-too-big", size=_mb(file.file_size or 0),
                                              max=_mb(limit)))
        buffer = io.BytesIO()
        await bot.download_file(file.file_path, buffer, timeout=60)
    except (TelegramAPIError, TelegramNetworkError, TimeoutError, OSError) as exc:
        log.info("photo not fetched (%s)", type(exc).__name__)
        return Checked(error=InvalidInput("file-unreadable"))
    data = buffer.getvalue()
    if len(data) > limit:
        return Checked(error=InvalidInput("file-too-big", size=_mb(len(data)), max=_mb(limit)))
    try:
        cleaned = await asyncio.to_thread(clean_image, data)
    except BadImage as exc:
        log.info("photo refused: %s", exc.key)
        return Checked(error=InvalidInput(exc.key))
    path = await asyncio.to_thread(store_image, files.root, cleaned)
    return Checked(ref=replace(ref, mime="image/jpeg", size=len(cleaned), path=path))


def discard(ref: FileRef, files: FilesSettings) -> None:
    """A checked copy that will not be used (a photo past the step's limit)."""
    if ref.path is not None:
        with contextlib.suppress(OSError):
            os.remove(os.path.join(files.root, ref.path))


def checked_photo(message: Message, files: FilesSettings, checked: dict[str, Checked], *,
                  sensitive: bool = False) -> FileRef:
    """A photo step's file, only when its bytes were checked (`check_update`) and a clean copy
    stored; otherwise the refusal in words. In a group (not checked before: the bot sees few
    messages there) the file is checked by the file fetcher after the commit, as other files.

    `sensitive` (an ID card): the check stands, but the copy is made again by the file fetcher
    under the store's private folder, so the checked one is removed."""
    ref = photo_ref(message, files.max_photo_bytes)
    found = checked.pop(ref.unique_id, None)  # taken: the processor keeps what was taken
    if found is None and message.chat.type != "private":
        return ref
    if found is None:
        raise InvalidInput("file-unreadable")
    if found.error is not None:
        raise found.error
    assert found.ref is not None and found.ref.path is not None
    if sensitive:
        with contextlib.suppress(OSError):
            os.remove(os.path.join(files.root, found.ref.path))
        return replace(found.ref, path=None)
    return found.ref

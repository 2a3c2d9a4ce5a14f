"""Files people send: checked from what the update says before anything is downloaded."""

from __future__ import annotations

from aiogram.types import Message

from domain.errors import InvalidInput
from domain.ports import FileRef

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
    return FileRef(doc.file_id, doc.file_unique_id, mime, doc.file_size, doc.file_name)


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
    return FileRef(doc.file_id, doc.file_unique_id, mime, doc.file_size, doc.file_name)

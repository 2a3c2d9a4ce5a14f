"""File storage: uploads, PhotoSize sets, documents, stickers and download paths."""

from __future__ import annotations

import mimetypes
import os
import struct
from typing import Any

from sandbox.models import FileRecord
from sandbox.util import new_file_id, new_unique_id

MB = 1024 * 1024
PHOTO_MAX = 10 * MB
DOCUMENT_MAX = 50 * MB
DOWNLOAD_MAX = 20 * MB
_PREFIX = {"photo": "AgACAgUAAxkBAAI", "document": "BQACAgUAAxkBAAI", "sticker": "CAACAgUAAxkBAAI"}
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
# A 1x1 transparent WebP, used as sticker bytes.
_STICKER = bytes.fromhex(
    "524946461a000000574542505650384c0d0000002f0000001007101111888808"
)


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width/height of a PNG, GIF or JPEG image, else None."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data[:4] == b"GIF8" and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data) and data[i] == 0xFF:
            marker = data[i + 1]
            if marker in _SOF:
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(w), int(h)
            (seg,) = struct.unpack(">H", data[i + 2 : i + 4])
            i += 2 + int(seg)
    return None


def content_type(rec: FileRecord) -> str:
    """Best MIME type for serving a stored file."""
    if rec.mime_type:
        return rec.mime_type
    data = rec.data
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:2] == b"\xff\xd8":
        return "image/jpeg"
    if data[:4] == b"GIF8":
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def photo_dimensions(data: bytes) -> list[tuple[int, int]]:
    """2-3 increasing (width, height) pairs for a photo's thumbnails and full size."""
    dims = image_size(data)
    w, h = dims if dims is not None and max(dims) >= 320 else (1280, 960)
    big = max(w, h)
    top = min(big, 1280)
    result = []
    for side in sorted({90, 320, top}):
        if side <= top:
            result.append((max(1, round(w * side / big)), max(1, round(h * side / big))))
    return result


class FileStore:
    """All files known to the sandbox, by file_id and by download path."""

    def __init__(self) -> None:
        self.by_id: dict[str, FileRecord] = {}
        self.by_path: dict[str, FileRecord] = {}
        self.photo_sets: dict[str, list[dict[str, Any]]] = {}
        self.documents: dict[str, dict[str, Any]] = {}
        self.stickers: dict[str, dict[str, Any]] = {}
        self.counter = 0

    def clear(self) -> None:
        """Forget every file."""
        for table in (self.by_id, self.by_path, self.photo_sets, self.documents, self.stickers):
            table.clear()
        self.counter = 0

    def _new(self, kind: str, data: bytes, size: int, folder: str, ext: str) -> FileRecord:
        self.counter += 1
        rec = FileRecord(
            file_id=new_file_id(_PREFIX[kind]),
            file_unique_id=new_unique_id(),
            kind=kind,
            data=data,
            size=size,
            path=f"{folder}/file_{self.counter}{ext}",
        )
        self.by_id[rec.file_id] = rec
        self.by_path[rec.path] = rec
        return rec

    def get(self, file_id: str) -> FileRecord | None:
        """Look up a file by id."""
        return self.by_id.get(file_id)

    def add_photo(self, data: bytes, claimed: int | None = None) -> list[dict[str, Any]]:
        """Store a photo; returns its PhotoSize list (largest last)."""
        dims = photo_dimensions(data)
        total = claimed if claimed is not None else len(data)
        sizes: list[dict[str, Any]] = []
        for i, (w, h) in enumerate(dims):
            shrink = 4 ** (len(dims) - 1 - i)
            size = total if claimed is None else max(1, total // shrink)
            rec = self._new("photo", data, size, "photos", ".jpg")
            rec.width, rec.height = w, h
            sizes.append(
                {
                    "file_id": rec.file_id,
                    "file_unique_id": rec.file_unique_id,
                    "file_size": size,
                    "width": w,
                    "height": h,
                }
            )
        for s in sizes:
            self.photo_sets[s["file_id"]] = sizes
        return [dict(s) for s in sizes]

    def add_document(
        self, data: bytes, file_name: str | None, mime_type: str | None, claimed: int | None = None
    ) -> dict[str, Any]:
        """Store a document; returns its Document object."""
        ext = os.path.splitext(file_name or "")[1]
        if not mime_type:
            mime_type = mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"
        if not ext:
            ext = mimetypes.guess_extension(mime_type) or ""
        rec = self._new("document", data, claimed if claimed is not None else len(data),
                        "documents", ext)
        rec.file_name, rec.mime_type = file_name, mime_type
        doc: dict[str, Any] = {}
        if file_name:
            doc["file_name"] = file_name
        doc.update(
            {
                "mime_type": mime_type,
                "file_id": rec.file_id,
                "file_unique_id": rec.file_unique_id,
                "file_size": rec.size,
            }
        )
        self.documents[rec.file_id] = doc
        return dict(doc)

    def add_sticker(self, emoji: str = "\U0001f44d") -> dict[str, Any]:
        """Store a sticker; returns its Sticker object."""
        rec = self._new("sticker", _STICKER, len(_STICKER), "stickers", ".webp")
        rec.width = rec.height = 512
        sticker = {
            "file_id": rec.file_id,
            "file_unique_id": rec.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "set_name": "SandboxStickers",
            "file_size": rec.size,
        }
        self.stickers[rec.file_id] = sticker
        return dict(sticker)

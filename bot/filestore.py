"""The office's file store: copies of what people sent, checked by content, under random names.

Telegram's file id is kept on the ticket at once. Photos of a form's photo step are fetched
and checked before the update's transaction (`bot.media.check_update`), so a file only counts
once it is known to be an image; other files are copied after the update commits (no network
call inside a transaction). A file whose bytes are not what it claims is rejected. Images are
never stored as sent: they are decoded (at most `MAX_PIXELS`) and re-encoded as a JPEG without
any metadata (EXIF, GPS, ICC, comments), which also drops whatever was appended to them.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramServerError,
)
from PIL import Image, ImageOps
from sqlalchemy import select, update

from store.db import Database
from store.tables.tickets import FileRow

log = logging.getLogger(__name__)

TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile: bots download up to 20 MB
MAX_PIXELS = 40_000_000  # an image with more pixels is refused before it is decoded
MAX_SIDE = 2560  # stored images are scaled down to this (Telegram's photos are at most 2560)
MAX_RATIO = 20  # sendPhoto refuses longer strips
DECODABLE = ("JPEG", "PNG", "WEBP")  # the only decoders Pillow may use on people's files


class BadImage(ValueError):
    """Not an image we keep; `key` says why in words for the person."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def sniff(data: bytes) -> tuple[str, str] | None:
    """(mime, extension) from the first bytes; None for anything we do not keep."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", ".jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", ".png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", ".webp"
    if data[4:8] == b"ftyp" and data[8:12] in {b"heic", b"heix", b"mif1", b"heim"}:
        return "image/heic", ".heic"
    if data.startswith(b"%PDF-"):
        return "application/pdf", ".pdf"
    return None


def clean_image(data: bytes, max_pixels: int = MAX_PIXELS) -> bytes:
    """The image re-encoded as a JPEG with no metadata, at most MAX_SIDE pixels a side.

    Refused (BadImage) when its first bytes are not JPEG, PNG or WebP, when it does not decode,
    or when its header announces more than `max_pixels` pixels (checked before decoding)."""
    kind = sniff(data)
    if kind is None or kind[0] not in {"image/jpeg", "image/png", "image/webp"}:
        raise BadImage("file-not-photo")
    try:
        with Image.open(io.BytesIO(data), formats=DECODABLE) as img:
            width, height = img.size
            if width * height > max_pixels:
                raise BadImage("file-too-many-pixels")
            if min(width, height) < 1 or max(width, height) > MAX_RATIO * min(width, height):
                raise BadImage("file-not-photo")
            img.draft("RGB", (MAX_SIDE, MAX_SIDE))  # a big JPEG decodes at a smaller scale
            upright = ImageOps.exif_transpose(img)
            if upright.mode in {"RGBA", "LA", "P", "PA"}:
                flat = Image.new("RGB", upright.size, "white")
                flat.paste(upright.convert("RGBA"), mask=upright.convert("RGBA").getchannel("A"))
                upright = flat
            rgb = upright.convert("RGB")
            rgb.thumbnail((MAX_SIDE, MAX_SIDE))
            # Only the pixels go on: a fresh image carries no info (comments, profiles).
            bare = Image.frombytes("RGB", rgb.size, rgb.tobytes())
            out = io.BytesIO()
            bare.save(out, "JPEG", quality=85, optimize=True)
            return out.getvalue()
    except BadImage:
        raise
    except Image.DecompressionBombError:  # Pillow's own limit, far above ours
        raise BadImage("file-too-many-pixels") from None
    except (OSError, ValueError, SyntaxError):
        raise BadImage("file-not-photo") from None


def store_image(root: str, data: bytes) -> str:
    """A cleaned image written under a random name; its path relative to the store."""
    now = datetime.now(UTC)
    relative = Path("files") / now.strftime("%Y/%m") / f"{uuid.uuid4().hex}.jpg"
    _write(Path(root) / relative, data)
    return str(relative)


def compatible(declared: str, found: str) -> bool:
    """An image may arrive re-encoded (a photo is always JPEG); a PDF must be a PDF."""
    if declared.startswith("image/"):
        return found.startswith("image/")
    return declared == found


class FileFetcher:
    """Copies pending files into the store, one at a time, after their update committed."""

    def __init__(self, db: Database, bot: Bot, root: str, max_bytes: int,
                 on_stored: Callable[[], None] | None = None,
                 leads: Callable[[], bool] = lambda: True) -> None:
        self.db, self.bot = db, bot
        self.root = Path(root)
        self.max_bytes = min(max_bytes, TELEGRAM_DOWNLOAD_LIMIT)
        self.on_stored = on_stored
        self.leads = leads
        self._wake = asyncio.Event()
        self.stored = self.rejected = 0

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self._wake.clear()
            try:
                done = await self.fetch_some() if self.leads() else 0
            except Exception as exc:
                log.warning("file store round failed (%s)", type(exc).__name__)
                done = 0
            if done:
                continue
            waiters = [asyncio.create_task(self._wake.wait()), asyncio.create_task(stop.wait())]
            await asyncio.wait(waiters, timeout=5.0, return_when=asyncio.FIRST_COMPLETED)
            for w in waiters:
                w.cancel()

    async def fetch_some(self, limit: int = 10) -> int:
        async with self.db.reader() as session:
            rows = list(await session.scalars(select(FileRow).where(FileRow.status == "pending")
                                              .order_by(FileRow.id).limit(limit)))
        for row in rows:
            await self._fetch(row)
        return len(rows)

    async def _fetch(self, row: FileRow) -> None:
        if row.size and row.size > self.max_bytes:
            await self._finish(row.id, "rejected", error="too big")
            return
        try:
            file = await self.bot.get_file(row.file_id)
            if file.file_size and file.file_size > self.max_bytes or not file.file_path:
                await self._finish(row.id, "rejected", error="too big")
                return
            buffer = io.BytesIO()
            await self.bot.download_file(file.file_path, buffer, timeout=60)
        except TelegramBadRequest as exc:
            await self._finish(row.id, "rejected", error=exc.message[:200])
            return
        except (TelegramNetworkError, TelegramServerError, TimeoutError, OSError,
                ClientDecodeError) as exc:  # getFile changes nothing: try again later
            log.info("file %s not fetched yet (%s)", row.id, type(exc).__name__)
            return
        data = buffer.getvalue()
        kind = sniff(data)
        if kind is None or not compatible(row.mime, kind[0]) or len(data) > self.max_bytes:
            self.rejected += 1
            await self._finish(row.id, "rejected", error="content does not match its type")
            return
        if kind[0].startswith("image/"):
            try:
                data, kind = await asyncio.to_thread(clean_image, data), ("image/jpeg", ".jpg")
            except BadImage as exc:
                self.rejected += 1
                await self._finish(row.id, "rejected", error=exc.key)
                return
        now = datetime.now(UTC)
        folder = Path("private" if row.sensitive else "files") / now.strftime("%Y/%m")
        relative = folder / f"{uuid.uuid4().hex}{kind[1]}"
        target = self.root / relative
        await asyncio.to_thread(_write, target, data)
        await self._finish(row.id, "stored", path=str(relative), mime=kind[0])
        self.stored += 1
        if self.on_stored:
            self.on_stored()

    async def _finish(self, file_pk: int, status: str, **values: object) -> None:
        async with self.db.writer() as session:
            await session.execute(update(FileRow).where(FileRow.id == file_pk).values(
                status=status, stored_at=datetime.now(UTC), **values))
            await session.commit()


def save_generated(root: str, data: bytes, ext: str, *, folder: str = "reports") -> str:
    """Store a file the bot made (a chart, a spreadsheet, a QR code); returns its path
    relative to the file store, which the outbox sender uploads from."""
    now = datetime.now(UTC)
    relative = Path(folder) / now.strftime("%Y/%m") / f"{uuid.uuid4().hex}{ext}"
    _write(Path(root) / relative, data)
    return str(relative)


def _write(target: Path, data: bytes) -> None:
    """Write atomically, readable by the bot's user only."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, target)

"""The office's file store: copies of what people sent, checked by content, under random names.

Telegram's file id is kept on the ticket at once; the copy is made after the update commits
(no network call inside a transaction). A file whose bytes are not what it claims is rejected.
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
from sqlalchemy import select, update

from store.db import Database
from store.tables.tickets import FileRow

log = logging.getLogger(__name__)

TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile: bots download up to 20 MB


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

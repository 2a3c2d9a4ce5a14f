"""Files at the repair photo step are checked by their bytes before they count, and no image is
stored as sent: the corpus of the reliability notes (X5) plus a JPEG/HTML polyglot and a
`../` file name."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from bot.filestore import BadImage, clean_image
from domain.model import Locale
from store.tables.tickets import FileRow
from tests.bot.conftest import Stack, says, tiny_jpeg
from tests.bot.office import staffed_office

EN = Locale.EN
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
HTML = b"<!doctype html><html><script>alert(document.cookie)</script></html>"


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that announces width x height pixels (a decompression bomb's header)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + \
        chunk(b"IDAT", zlib.compress(bytes(1000))) + chunk(b"IEND", b"")


def jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (40, 30), "orange")
    exif = img.getexif()
    exif[0x010E] = "SECRET-DESCRIPTION"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (22.0, 17.0, 3.0), 3: "E", 4: (114.0, 10.0, 9.0)})
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, comment=b"camera-comment")
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 128, 0, 128)).save(out, "PNG")
    return out.getvalue()


def test_clean_image_strips_metadata_and_refuses_bombs_and_impostors() -> None:
    tagged = jpeg_with_gps()
    assert b"SECRET-DESCRIPTION" in tagged and b"Exif" in tagged
    cleaned = clean_image(tagged)
    assert b"Exif" not in cleaned and b"SECRET" not in cleaned and b"camera-comment" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as img:
        assert img.format == "JPEG" and img.size == (40, 30) and not img.getexif()
    polyglot = tiny_jpeg() + HTML
    assert b"<script" not in clean_image(polyglot)
    commented = tiny_jpeg(comment=HTML)
    assert b"<script" in commented and b"<script" not in clean_image(commented)
    assert clean_image(png_bytes()).startswith(b"\xff\xd8\xff")
    for bad, key in [(png_header_only(20_000, 20_000), "file-too-many-pixels"),
                     (b"\xff\xd8\xff\xe0" + HTML, "file-not-photo"), (EXE, "file-not-photo"),
                     (HTML, "file-not-photo"), (b"", "file-not-photo"),
                     (b"SIMPLE  =                    T" + bytes(50), "file-not-photo"),  # FITS
                     (png_header_only(30_000, 10), "file-not-photo")]:  # a strip
        with pytest.raises(BadImage) as err:
            clean_image(bad)
        assert err.value.key == key


async def test_repair_photo_step_counts_only_checked_images(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d, me = stack.d, cast.resident
    await d.send_photo(me, tiny_jpeg())  # outside any conversation: never downloaded
    await stack.settle()
    assert await d.calls("getFile") == []
    await d.send(me, "/repair")
    menu = await d.wait_for(me, contains=says("repair-ask-category", EN))
    await d.press(me, menu, text=says("cat-leak", EN))
    await d.wait_for(me, contains="describe the problem")
    await d.send(me, "Water drips from the bathroom ceiling")
    ask = await d.wait_for(me, contains="Send up to 5 photos")
    mark = ask.message_id
    refused = [
        d.send_document(me, HTML, "photo.png", "image/png"),
        d.send_document(me, EXE, "photo.jpg", "image/jpeg"),
        d.send_photo(me, EXE),
        d.send_photo(me, b"\x00"),
        d.send_document(me, png_header_only(20_000, 20_000), "big.png", "image/png"),
        d.send_document(me, b"\xff\xd8\xff\xe0" + HTML, "poly.jpg", "image/jpeg"),
        d.send_photo(me, tiny_jpeg(), claimed_size=15 * 1024 * 1024),
    ]
    for send in refused:
        await send
        await stack.settle()
    texts = [m.content for m in await d.messages(me, from_bot=True) if m.message_id > mark]
    assert not any("Received" in t for t in texts), texts  # none of them counted
    assert sum(says("file-not-photo", EN) in t for t in texts) == 5
    assert sum(says("file-too-many-pixels", EN) in t for t in texts) == 1
    assert sum("too big" in t for t in texts) == 1
    # Real images count: a photo, a JPEG file carrying GPS, a polyglot, a PNG named "../".
    await d.send_photo(me, tiny_jpeg())
    await d.send_document(me, jpeg_with_gps(), "IMG_0001.jpg", "image/jpeg")
    await d.send_document(me, tiny_jpeg() + HTML, "poly.jpg", "image/jpeg")
    await d.send_document(me, png_bytes(), "../../../etc/passwd.png", "image/png")
    await d.wait_for(me, contains="Received 4 of at most 5")
    # The fifth fills the step; the sixth is checked too, but not kept anywhere.
    await d.send_photo(me, tiny_jpeg(color="red"))
    await d.send_photo(me, tiny_jpeg(color="blue"))
    urg = await d.wait_for(me, contains="Is it an emergency")
    await d.press(me, urg, text=says("urgency-normal", EN))
    times = await d.wait_for(me, contains="When can the crew come")
    await d.press(me, times, text=says("time-morning", EN))
    preview = await d.wait_for(me, contains="please check")
    assert "Photos: 5" in preview.content
    await d.press(me, preview, text=says("btn-confirm", EN))
    await d.wait_for(me, contains="R-2026-", after=preview.message_id, include_edits=False)
    await d.wait_for(cast.plumbing_group, contains="派工單")
    await stack.settle()
    root = Path(stack.settings.files.root)
    async with stack.db.reader() as s:
        rows = (await s.execute(select(FileRow).order_by(FileRow.id))).scalars().all()
    assert [r.status for r in rows] == ["stored"] * 5
    assert [r.name for r in rows] == [None, "IMG_0001.jpg", "poly.jpg", "passwd.png", None]
    for r in rows:
        assert r.path and r.path.startswith("files/") and ".." not in r.path
        data = (root / r.path).read_bytes()
        assert data.startswith(b"\xff\xd8\xff") and b"Exif" not in data
        assert b"SECRET" not in data and b"<script" not in data and "passwd" not in r.path
    stored = [p for p in root.rglob("*") if p.is_file()]
    assert len(stored) == 5 and all(root in p.resolve().parents for p in stored)
    # getFile: once for each file of the conversation that did not announce itself as too
    # big, never again.
    assert len(await d.calls("getFile")) == len(refused) - 1 + 6
    # The crew sees every image: the photo in the album, the files as photos of their own.
    calls = [c for c in await d.calls() if c.chat_id == cast.plumbing_group.id]
    assert all(c.ok for c in calls), [(c.method, c.description) for c in calls if not c.ok]
    shown = [c.method for c in calls if c.method in {"sendPhoto", "sendMediaGroup"}]
    assert shown == ["sendMediaGroup"] + ["sendPhoto"] * 3  # two photos, then three files

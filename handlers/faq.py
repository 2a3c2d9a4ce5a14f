"""`/faq` for the desk and managers: the estate's answers to residents' questions
(`domain/faq.py`), kept as a spreadsheet: `/faq export` gives the current one, `/faq import`
takes an edited one back (all or nothing, errors by row), `/faq remove <key>` drops one
answer, `/faq misses` lists what residents asked that nobody answered. Residents never type
/faq: their questions reach `conversations/handover.py`, which answers from these entries."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Message
from openpyxl import Workbook

from bot.admin.tables import TableError, read_table
from bot.context import Ctx
from bot.filestore import save_generated
from domain import faq
from domain.errors import NotAuthorized
from domain.model import Locale
from handlers.filters import InPrivate, IsStaff

MAX_FILE = 1024 * 1024
COLUMNS = ("key", "questions", *(loc.value.lower() for loc in Locale))


class FaqImport(StatesGroup):
    file = State()  # waiting for the spreadsheet


def build_router() -> Router:
    router = Router(name="faq")
    router.message.register(cmd_faq, Command("faq"), InPrivate(), IsStaff())
    router.message.register(on_file, StateFilter(FaqImport.file), InPrivate(), F.document,
                            IsStaff())
    router.message.register(not_a_file, StateFilter(FaqImport.file), InPrivate(), IsStaff(),
                            ~F.text.startswith("/"))
    return router


def _estate(ctx: Ctx) -> int:
    """The estate whose answers this desk or manager keeps (their first such estate)."""
    for s in sorted(ctx.actor.staff, key=lambda s: s.estate_id):
        if ctx.actor.has_role(s.estate_id, *faq.OFFICE):
            return s.estate_id
    raise NotAuthorized("faq-office-only")


async def cmd_faq(message: Message, command: CommandObject, ctx: Ctx,
                  state: FSMContext) -> None:
    estate_id = _estate(ctx)
    word, _, rest = (command.args or "").strip().partition(" ")
    word = word.lower()
    if word == "export":
        await _export(ctx, estate_id)
    elif word == "import":
        await state.set_state(FaqImport.file)
        await ctx.reply("faq-import-send")
    elif word == "remove":
        if not rest.strip():
            await ctx.reply("faq-remove-usage")
            return
        await faq.remove_entry(ctx.uow, ctx.actor, estate_id, rest, ctx.now)
        await ctx.reply("faq-removed", name=rest.strip().lower())
    elif word == "misses":
        misses = await ctx.uow.faq.misses(estate_id)
        if not misses:
            await ctx.reply("faq-misses-none")
            return
        lines = [ctx.t("faq-misses-head")]
        lines += [ctx.t("faq-misses-line", count=m.count, text=m.text) for m in misses]
        await ctx.reply_html("\n".join(lines))
    else:
        entries = await ctx.uow.faq.entries(estate_id)
        lines = [ctx.t("faq-list-head", count=len(entries))]
        lines += [ctx.t("faq-list-line", name=e.key, question=e.questions[0]) for e in entries]
        lines.append(ctx.t("faq-usage"))
        await ctx.reply_html("\n".join(lines))


async def _export(ctx: Ctx, estate_id: int) -> None:
    entries = await ctx.uow.faq.entries(estate_id)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "FAQ"
    sheet.append(list(COLUMNS))
    for e in entries:
        sheet.append([e.key, "\n".join(e.questions),
                      *(e.answers.get(loc.value, "") for loc in Locale)])
    for col, width in zip("ABCDE", (18, 40, 50, 50, 50), strict=True):
        sheet.column_dimensions[col].width = width
    out = io.BytesIO()
    book.save(out)
    path = save_generated(ctx.settings.files.root, out.getvalue(), ".xlsx")
    await ctx.postman.document(ctx.actor.tg_user_id, path=path, filename="faq.xlsx",
                               caption=ctx.t("faq-export-caption", count=len(entries)))


async def not_a_file(message: Message, ctx: Ctx) -> None:
    await ctx.reply("faq-import-not-file")


async def on_file(message: Message, ctx: Ctx, bot: Bot, state: FSMContext) -> None:
    """The edited spreadsheet: read, checked row by row, then every entry replaced at once;
    a bad row imports nothing and names the row."""
    doc = message.document
    assert doc is not None
    if not (doc.file_name or "").lower().endswith(".xlsx"):
        await ctx.reply("faq-import-not-file")
        return
    if (doc.file_size or 0) > MAX_FILE:
        await ctx.reply("faq-import-too-big")
        return
    buffer = io.BytesIO()
    try:
        await bot.download(doc, destination=buffer, timeout=20)
    except Exception:  # the file could not be fetched: the person can send it again
        await ctx.reply("faq-import-unreadable")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "faq.xlsx"
        path.write_bytes(buffer.getvalue()[:MAX_FILE])
        try:
            rows = read_table(path)
        except TableError:
            await ctx.reply("faq-import-unreadable")
            return
    entries = [faq.entry_of(n, row.get("key"), row.get("questions"),
                            {loc.value: row.get(loc.value.lower(), "") for loc in Locale})
               for n, row in rows]
    count = await faq.import_entries(ctx.uow, ctx.actor, _estate(ctx), entries, ctx.now)
    await state.clear()
    await ctx.reply("faq-imported", count=count)

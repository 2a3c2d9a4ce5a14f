"""`/questions`: a manager edits what the estate's next survey asks, in the managers group or
privately (`domain/survey/questionnaire.py`). A running campaign keeps its own questions.

    /questions                          the questions, numbered
    /questions reword 2 [en] New words  question 2 in the office's words (one language)
    /questions add greening [words]     a question about a service, last
    /questions move 5 1                 question 5 becomes the first
    /questions retire 3                 question 3 is no longer asked
    /questions reset                    back to the default questions
    /questions reasons 2                the reasons offered after a low rating of question 2
    /questions reason 2 add method Slow to answer the phone
    /questions reason 2 retire own1
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from bot.reports.survey.text import cause_name, question_text, reason_text, service_name
from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Group, GroupPurpose, Locale, StaffRole
from domain.survey import questionnaire as qs
from domain.survey.campaigns import require_manager
from domain.survey.definition import Definition, default_definition
from handlers.filters import ActiveGroup, InPrivate, IsStaff


def build_router() -> Router:
    router = Router(name="survey-questions")
    router.message.register(cmd_group, Command("questions"), ActiveGroup(GroupPurpose.MANAGERS))
    router.message.register(cmd_private, Command("questions"), InPrivate(), IsStaff())
    return router


async def cmd_group(message: Message, command: CommandObject, ctx: Ctx, group: Group) -> None:
    assert group.estate_id is not None
    ctx.locale = await ctx.postman.group_locale(group)
    await run(ctx, group.estate_id, command.args or "")


async def cmd_private(message: Message, command: CommandObject, ctx: Ctx) -> None:
    managed = sorted({s.estate_id for s in ctx.actor.staff if s.role is StaffRole.MANAGER})
    if not managed:
        raise NotAuthorized("survey-managers-only")
    if len(managed) > 1:
        raise NotAuthorized("survey-q-which-estate")
    await run(ctx, managed[0], command.args or "")


def _number(token: str) -> int:
    if not token.isdigit():
        raise InvalidInput("survey-q-usage")
    return int(token)


async def run(ctx: Ctx, estate_id: int, args: str) -> None:
    estate = await ctx.uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    require_manager(ctx.actor, estate.id)
    defn = qs.standing(estate)
    verb, _, rest = args.strip().partition(" ")
    parts = rest.split()
    if not verb:
        await ctx.reply_html(listing(ctx, defn))
        return
    if verb == "reasons" and len(parts) == 1:
        await ctx.reply_html(reasons(ctx, defn, _number(parts[0])))
        return
    if verb == "reason" and len(parts) >= 3 and parts[1] in {"add", "retire"}:
        n = _number(parts[0])
        if parts[1] == "add" and len(parts) >= 4:
            new = qs.add_reason(defn, n, parts[2], ctx.locale, rest.split(None, 3)[3])
        elif parts[1] == "retire" and len(parts) == 3:
            new = qs.retire_reason(defn, n, parts[2])
        else:
            raise InvalidInput("survey-q-usage")
        await qs.save(ctx.uow, ctx.actor, estate, new, f"reason-{parts[1]}", ctx.now)
        await ctx.reply_html(ctx.t("survey-q-saved") + "\n" + reasons(ctx, new, n))
        return
    if verb == "reword" and len(parts) >= 2:
        locale, words = ctx.locale, rest.split(None, 1)[1]
        lang, _, tail = words.partition(" ")
        if lang in {loc.value for loc in Locale} and tail.strip():
            locale, words = Locale(lang), tail
        n = _number(parts[0])
        q = defn.questions[n - 1] if 1 <= n <= len(defn.questions) else None
        shown = {loc.value: question_text(ctx.tr, loc, q) for loc in Locale} if q else None
        new = qs.reword(defn, n, locale, words, shown=shown)
    elif verb == "add" and parts:
        new = qs.add(defn, parts[0], ctx.locale, rest.split(None, 1)[1] if len(parts) > 1
                     else None)
    elif verb == "move" and len(parts) == 2:
        new = qs.move(defn, _number(parts[0]), _number(parts[1]))
    elif verb == "retire" and len(parts) == 1:
        new = qs.retire(defn, _number(parts[0]))
    elif verb == "reset" and not parts:
        new = default_definition()
    else:
        raise InvalidInput("survey-q-usage")
    await qs.save(ctx.uow, ctx.actor, estate, new, verb, ctx.now)
    await ctx.reply_html(ctx.t("survey-q-saved") + "\n" + listing(ctx, new))


def reasons(ctx: Ctx, defn: Definition, n: int) -> str:
    if not 1 <= n <= len(defn.questions):
        raise InvalidInput("survey-q-number", max=len(defn.questions))
    q = defn.questions[n - 1]
    lines = [ctx.t("survey-r-header", n=n, text=question_text(ctx.tr, ctx.locale, q))]
    lines += [ctx.t("survey-r-line", code=r.key, cause=cause_name(ctx.tr, ctx.locale,
                                                                 r.cause.value),
                    text=reason_text(ctx.tr, ctx.locale, r)) for r in q.reasons]
    lines.append(ctx.t("survey-r-help", n=n))
    return "\n".join(lines)


def listing(ctx: Ctx, defn: Definition) -> str:
    lines = [ctx.t("survey-q-header", count=len(defn.questions))]
    lines += [ctx.t("survey-q-line", n=n, service=service_name(ctx.tr, ctx.locale,
                                                               q.service.value),
                    text=question_text(ctx.tr, ctx.locale, q))
              for n, q in enumerate(defn.questions, start=1)]
    lines.append(ctx.t("survey-q-help"))
    return "\n".join(lines)

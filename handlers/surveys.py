"""Managers and the desk: `/survey new`, `/survey list`, and the buttons on survey cards
(cancel a campaign, mark a summary or the year review reviewed)."""

from __future__ import annotations

import re
import secrets
from datetime import date

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.surveys import card_ref
from bot.reports.survey.text import day, quarter_name
from bot.ui.callbacks import SurveyOfficeCb
from domain.errors import InvalidInput, NotAuthorized
from domain.model import Group, GroupPurpose, StaffRole
from domain.survey import campaigns as surveys
from domain.survey.model import HouseholdStatus
from handlers.desk import pressed_on_card
from handlers.filters import ActiveGroup, InPrivate, IsStaff, require_staff_here

_VERBS = r"^/survey(@\w+)?\s+(new|list)\b"
_QUARTER = re.compile(r"^\d{4}-?[Qq][1-4]$")
_SHARE = re.compile(r"^(\d{1,3}(?:\.\d+)?)%$|^(0?\.\d+|1(?:\.0+)?)$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OFFICE = (StaffRole.MANAGER, StaffRole.DESK)


def build_router() -> Router:
    router = Router(name="surveys-office")
    in_group = ActiveGroup(GroupPurpose.MANAGERS, GroupPurpose.DESK)
    router.message.register(cmd_survey_group, Command("survey"), in_group)
    router.message.register(cmd_survey_private, Command("survey"), InPrivate(), IsStaff(),
                            F.text.regexp(_VERBS))
    router.callback_query.register(on_office_button, SurveyOfficeCb.filter())
    return router


def parse_new(args: list[str]) -> tuple[str | None, surveys.CampaignRequest]:
    """`[ESTATE] [2026Q4] [20%] [2026-12-15]` in any order."""
    estate, quarter, share, send_on = None, None, None, None
    for token in args:
        if _QUARTER.match(token):
            quarter = token
        elif found := _SHARE.match(token):
            share = float(found.group(1)) / 100 if found.group(1) else float(found.group(2))
        elif _DAY.match(token):
            try:
                send_on = date.fromisoformat(token)
            except ValueError:
                raise InvalidInput("survey-new-usage") from None
        elif estate is None and re.match(r"^[A-Za-z0-9_-]{1,32}$", token):
            estate = token
        else:
            raise InvalidInput("survey-new-usage")
    return estate, surveys.CampaignRequest(quarter=quarter, share=share, send_on=send_on)


async def _create(ctx: Ctx, estate_id: int, request: surveys.CampaignRequest,
                  in_managers_group: bool) -> None:
    estate = await ctx.uow.estates.get(estate_id)
    if estate is None:
        raise NotAuthorized()
    c = await surveys.create_campaign(ctx.uow, ctx.actor, estate, request, ctx.now,
                                      seed=secrets.randbits(32))
    if not in_managers_group:  # the managers group gets the campaign card itself
        await ctx.reply("survey-created", quarter=quarter_name(ctx.tr, ctx.locale, c.quarter),
                        households=len(await ctx.uow.surveys.households(c.id)),
                        send=day(c.send_at, estate.tz))


async def cmd_survey_group(message: Message, command: CommandObject, ctx: Ctx,
                           group: Group) -> None:
    """In the managers (or desk) group: `/survey new ...` or the list of campaigns."""
    assert group.estate_id is not None
    require_staff_here(ctx.actor, group)
    ctx.locale = await ctx.postman.group_locale(group)
    args = (command.args or "").split()
    if args and args[0] == "new":
        estate, request = parse_new(args[1:])
        if estate is not None:
            raise InvalidInput("survey-new-usage")
        await _create(ctx, group.estate_id, request, group.purpose is GroupPurpose.MANAGERS)
        return
    await list_campaigns(ctx, group.estate_id)


async def cmd_survey_private(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """Privately: `/survey new [ESTATE] [2026Q4] [20%] [2026-12-15]` or `/survey list`."""
    args = (command.args or "").split()
    if args[0] == "list":
        await list_campaigns(ctx, None)
        return
    code, request = parse_new(args[1:])
    managed = sorted({s.estate_id for s in ctx.actor.staff if s.role is StaffRole.MANAGER})
    if code is not None:
        estate = await ctx.uow.estates.by_code(code)
        if estate is None:
            raise InvalidInput("estate-not-found", code=code)
        estate_id = estate.id
    elif len(managed) == 1:
        estate_id = managed[0]
    else:
        raise NotAuthorized("survey-managers-only" if not managed else "survey-which-estate")
    await _create(ctx, estate_id, request, False)


async def list_campaigns(ctx: Ctx, estate_id: int | None) -> None:
    """Recent campaigns: quarter, status, how many households answered."""
    estates = [estate_id] if estate_id is not None else sorted(
        {s.estate_id for s in ctx.actor.staff if s.role in OFFICE})
    lines: list[str] = []
    for eid in estates:
        estate = await ctx.uow.estates.get(eid)
        if estate is None or not ctx.actor.has_role(eid, *OFFICE):
            continue
        for c in await ctx.uow.surveys.campaigns(eid, limit=6):
            homes = await ctx.uow.surveys.households(c.id)
            asked = [h for h in homes if h.status not in (HouseholdStatus.SAMPLED,
                                                          HouseholdStatus.UNREACHABLE)]
            lines.append(ctx.t("survey-list-line", estate=estate.code,
                               quarter=quarter_name(ctx.tr, ctx.locale, c.quarter),
                               status=ctx.t(f"survey-status-{c.status.value}"),
                               send=day(c.send_at, estate.tz), households=len(homes),
                               answered=sum(h.status is HouseholdStatus.ANSWERED for h in homes),
                               asked=len(asked)))
    if not lines:
        await ctx.reply("survey-list-empty")
        return
    await ctx.reply_html("\n".join([ctx.t("survey-list-header"), *lines]))


async def on_office_button(query: CallbackQuery, callback_data: SurveyOfficeCb,
                           ctx: Ctx) -> None:
    """Cancel a campaign, or mark a summary reviewed; the button must sit on its card."""
    kind = {"cancel": "plan", "reviewed": "report", "year": "year"}.get(callback_data.op)
    if kind is None or query.message is None or not await pressed_on_card(
            ctx, query, card_ref(kind, callback_data.id, query.message.chat.id)):
        raise NotAuthorized("button-stale")
    if callback_data.op == "cancel":
        await surveys.cancel_campaign(ctx.uow, ctx.actor, callback_data.id, ctx.now)
        ctx.answer("survey-cancelled-short")
    elif callback_data.op == "reviewed":
        await surveys.mark_reviewed(ctx.uow, ctx.actor, callback_data.id, ctx.now)
        ctx.answer("decision-recorded")
    else:
        await surveys.mark_year_reviewed(ctx.uow, ctx.actor, callback_data.id, ctx.now)
        ctx.answer("decision-recorded")

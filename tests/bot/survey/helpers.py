"""Answering a survey through the sandbox the way a resident does (buttons and typing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.ui.callbacks import SurveyCb
from sandbox.driver import BotMessage, Driver, User


def survey_buttons(m: BotMessage) -> list[SurveyCb]:
    out = []
    for row in m.buttons:
        for b in row:
            if b.callback_data and b.callback_data.startswith("sv1:"):
                out.append(SurveyCb.unpack(b.callback_data))
    return out


def step_of(m: BotMessage) -> tuple[str, int] | None:
    """(step kind, question index) of a question message; None for anything else."""
    for cb in survey_buttons(m):
        if cb.op in {"a", "skip"}:
            return cb.k, cb.q
    return None


@dataclass
class Plan:
    """How one resident answers: ratings by question index (5 when not given), the reason
    chosen after a low rating (index; skipped when absent), own words, comments."""

    ratings: dict[int, int] = field(default_factory=dict)
    reasons: dict[int, int] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    comment: str | None = None
    stop_after: int | None = None   # questions to rate before tapping Later


async def next_question(d: Driver, user: User, after: BotMessage,
                        previous: tuple[str, int] | None, typed: bool) -> BotMessage:
    """After a button: the same message edited to the next step (or to the thanks).
    After typing: a new message with the next step (or the thanks)."""
    def moved(m: BotMessage) -> bool:
        if typed:
            return m.message_id > after.message_id
        return m.message_id == after.message_id and step_of(m) != previous and (
            step_of(m) is not None or not m.buttons)
    return await d.wait_for(user, predicate=moved, timeout=15)


async def fill(d: Driver, user: User, invitation: BotMessage, plan: Plan) -> BotMessage:
    """Start from the invitation and answer every step; returns the last message."""
    go = next(cb for cb in survey_buttons(invitation) if cb.op == "go")
    mark = max(m.message_id for m in await d.messages(user, from_bot=True))
    await d.press(user, invitation, go.pack())
    msg = await d.wait_for(user, predicate=lambda m: m.message_id > mark and
                           step_of(m) is not None, timeout=15)
    rated = 0
    while (step := step_of(msg)) is not None:
        kind, q = step
        h = survey_buttons(msg)[0].h
        if kind == "r" and plan.stop_after is not None and rated >= plan.stop_after:
            later = SurveyCb(op="later", h=h, k=kind, q=q).pack()
            await d.press(user, msg, later)
            return await d.wait_for(user, predicate=lambda m, shown=msg.message_id:
                                    m.message_id == shown and step_of(m) is None, timeout=15)
        if kind == "r":
            await d.press(user, msg, SurveyCb(op="a", h=h, k=kind, q=q,
                                              v=plan.ratings.get(q, 5)).pack())
            rated += 1
        elif kind == "c":
            if q in plan.reasons:
                await d.press(user, msg, SurveyCb(op="a", h=h, k=kind, q=q,
                                                  v=plan.reasons[q]).pack())
            else:
                await d.press(user, msg, SurveyCb(op="skip", h=h, k=kind, q=q).pack())
        typed = False
        if kind in ("t", "m"):
            words = plan.notes.get(q) if kind == "t" else plan.comment
            if words:
                await d.send(user, words)
                typed = True
            else:
                await d.press(user, msg, SurveyCb(op="skip", h=h, k=kind, q=q).pack())
        msg = await next_question(d, user, msg, step, typed)
    return msg

"""The routine's figures as pure functions over rows: what is overdue now, a staff group's day,
and a week's repairs, callbacks and renovation reviews (the complaint week is
`domain.complaints.stats.summarise`, reused as it is)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.complaints.stats import WAITING_REPLY, WeeklyStats
from domain.model import GroupPurpose, Trade
from domain.move_in.model import MoveIn
from domain.move_in.model import Status as MoveInStatus
from domain.renovation.model import REVIEW, Notice, NoticeStatus
from domain.tickets import WORKING, Kind, Status, Ticket

# What a risk is about, in the order the lists show them.
RISK_ORDER = ("accept", "complete", "rework", "callback", "reply", "review", "notice")
# A move-in whose appointment is still ahead (booked, fees, inspection on the day).
MOVE_IN_DUE = (MoveInStatus.BOOKED, MoveInStatus.FEES, MoveInStatus.INSPECTION)


@dataclass(frozen=True)
class Move:
    """One audited move of a ticket (the audit log's row, read-only)."""

    ticket_id: int
    at: datetime
    action: str
    from_state: str | None
    to_state: str | None


@dataclass(frozen=True)
class Item:
    """One line of a list: a ticket (or a notice, or a move-in) and the moment that matters."""

    kind: str              # a RISK_ORDER word, or "job", "movein", "followup", "final"
    number: str            # what the line shows (a ticket, notice or move-in number)
    due: datetime | None
    link: str | None = None  # the ticket number behind the line, for its /t_ link
    trade: str | None = None


def _item(kind: str, t: Ticket, due: datetime | None) -> Item:
    return Item(kind, t.number, due, t.number, t.trade)


def _review_due(t: Ticket) -> datetime | None:
    raw = t.extra.get("review_due")
    return datetime.fromisoformat(raw) if raw and t.status in REVIEW else None


def overdue(tickets: Iterable[Ticket], notices: Iterable[Notice], at: datetime) -> list[Item]:
    """Everything whose deadline has passed at `at`: repairs not accepted, not done, rework
    not done, callbacks not made; complaints not answered within their clock; renovation
    reviews past their 2 days; rectification notices past their deadline. Oldest first."""
    out: list[Item] = []
    numbers: dict[int, str] = {}
    for t in tickets:
        numbers[t.id] = t.number
        if t.kind is Kind.REPAIR:
            if t.status is Status.DISPATCHED and t.accept_due and t.accept_due <= at:
                out.append(_item("accept", t, t.accept_due))
            elif t.status in WORKING and t.complete_due and t.complete_due <= at:
                out.append(_item("complete", t, t.complete_due))
            elif t.status is Status.REWORK and t.rework_due and t.rework_due <= at:
                out.append(_item("rework", t, t.rework_due))
            elif t.status is Status.CONFIRMED and t.callback_due and t.callback_due <= at:
                out.append(_item("callback", t, t.callback_due))
        elif t.kind is Kind.COMPLAINT:
            if t.status in WAITING_REPLY and t.reply_due and t.reply_due <= at:
                out.append(_item("reply", t, t.reply_due))
        elif t.kind is Kind.RENOVATION:
            due = _review_due(t)
            if due is not None and due <= at:
                out.append(_item("review", t, due))
    for n in notices:
        if n.status is NoticeStatus.OPEN and n.due <= at:
            out.append(Item("notice", n.number, n.due, numbers.get(n.ticket_id)))
    return sorted(out, key=lambda i: (i.due or at, RISK_ORDER.index(i.kind), i.number))


# ---------------------------------------------------------------- a staff group's day


@dataclass(frozen=True)
class DailyList:
    """One staff group's day, as seen at the office's opening."""

    estate_id: int
    day: date
    purpose: GroupPurpose
    trade: Trade | None
    callbacks: tuple[Item, ...] = ()    # callbacks due by the end of the day
    overdue: tuple[Item, ...] = ()
    today: tuple[Item, ...] = ()        # appointments and inspections of the day
    complaints: tuple[Item, ...] = ()   # not answered yet
    jobs: tuple[Item, ...] = ()         # a crew's open work orders

    @property
    def empty(self) -> bool:
        return not (self.callbacks or self.overdue or self.today or self.complaints
                    or self.jobs)


def daily_list(estate_id: int, day: date, purpose: GroupPurpose, trade: Trade | None,
               tickets: Sequence[Ticket], notices: Sequence[Notice],
               move_ins: Sequence[MoveIn], start: datetime, end: datetime,
               at: datetime) -> DailyList:
    """What concerns one group today ([start, end) is the local day, `at` the opening):
    the desk its callbacks, the unanswered complaints, everything overdue and the day's
    move-ins and inspections; the managers the same without the callbacks; a crew group its
    trade's open work orders and those of them overdue. Other groups get nothing."""
    late = overdue(tickets, notices, at)
    by_id = {t.id: t for t in tickets}
    if purpose is GroupPurpose.CREW:
        mine = [t for t in tickets if t.kind is Kind.REPAIR and trade is not None
                and t.trade == trade.value]
        jobs = sorted((_item("job", t, t.complete_due or t.accept_due) for t in mine
                       if t.status is Status.DISPATCHED or t.status in WORKING
                       or t.status is Status.REWORK), key=lambda i: (i.due is None, i.due,
                                                                     i.number))
        own = {t.number for t in mine}
        overdue_own = tuple(i for i in late if i.link in own and i.kind != "callback")
        late_numbers = {i.number for i in overdue_own}
        return DailyList(estate_id, day, purpose, trade, overdue=overdue_own,
                         jobs=tuple(j for j in jobs if j.number not in late_numbers))
    if purpose not in (GroupPurpose.DESK, GroupPurpose.MANAGERS):
        return DailyList(estate_id, day, purpose, trade)
    today: list[Item] = []
    for m in move_ins:
        if start <= m.slot_at < end and m.status in MOVE_IN_DUE:
            today.append(Item("movein", m.number, m.slot_at))
    for n in notices:
        if n.status is NoticeStatus.OPEN and start <= n.due < end:
            today.append(Item("followup", n.number, n.due, _number(by_id, n.ticket_id)))
    for t in tickets:
        if t.kind is Kind.RENOVATION and t.status is Status.FINAL_CHECK:
            today.append(_item("final", t, None))
    today.sort(key=lambda i: (i.due is None, i.due, i.number))
    complaints = tuple(sorted((_item("reply", t, t.reply_due) for t in tickets
                               if t.kind is Kind.COMPLAINT and t.status in WAITING_REPLY),
                              key=lambda i: (i.due is None, i.due, i.number)))
    callbacks: tuple[Item, ...] = ()
    if purpose is GroupPurpose.DESK:
        callbacks = tuple(sorted((_item("callback", t, t.callback_due) for t in tickets
                                  if t.kind is Kind.REPAIR and t.status is Status.CONFIRMED
                                  and t.callback_due is not None and t.callback_due < end),
                                 key=lambda i: (i.due, i.number)))
    return DailyList(estate_id, day, purpose, trade, callbacks=callbacks,
                     overdue=tuple(late), today=tuple(today), complaints=complaints)


def _number(by_id: dict[int, Ticket], ticket_id: int) -> str | None:
    t = by_id.get(ticket_id)
    return t.number if t else None


# ---------------------------------------------------------------- the week


@dataclass(frozen=True)
class RepairFigures:
    opened: int
    done: int
    done_in_time: int                           # done by the completion deadline
    by_trade: tuple[tuple[str, int, int], ...]  # (trade, opened, done), trades that occur

    @property
    def in_time_pct(self) -> float | None:
        return round(100 * self.done_in_time / self.done, 1) if self.done else None


@dataclass(frozen=True)
class CallbackFigures:
    due: int        # callbacks due in the week, or made in it
    done: int       # made in the week
    on_time: int    # made by their deadline

    @property
    def on_time_pct(self) -> float | None:
        return round(100 * self.on_time / self.done, 1) if self.done else None


@dataclass(frozen=True)
class RenovationFigures:
    applications: int      # received in the week
    reviewed: int          # reviews decided in the week
    reviewed_in_time: int  # decided within the review days (2 open days by default)
    open_notices: int      # rectification notices open now
    overdue_notices: int

    @property
    def in_time_pct(self) -> float | None:
        return round(100 * self.reviewed_in_time / self.reviewed, 1) if self.reviewed \
            else None


@dataclass(frozen=True)
class WeekFigures:
    """One week (Monday to Monday, estate time) as seen at `at`."""

    estate_id: int
    label: str                 # 2026-W48 (never shown: the deck says 第48週（11月23日至29日）)
    start: datetime
    end: datetime
    at: datetime
    complaints: WeeklyStats
    repairs: RepairFigures
    callbacks: CallbackFigures
    renovation: RenovationFigures
    risks: tuple[Item, ...]


def repair_figures(tickets: Sequence[Ticket], moves: Sequence[Move], start: datetime,
                   end: datetime) -> RepairFigures:
    """Repairs opened in [start, end), and those reported done in it (each once), in time
    when done by their completion deadline."""
    repairs = [t for t in tickets if t.kind is Kind.REPAIR]
    opened = Counter(t.trade or "" for t in repairs if start <= t.created_at < end)
    done_at: dict[int, datetime] = {}
    for m in sorted(moves, key=lambda m: m.at):
        if m.to_state == Status.DONE.value and start <= m.at < end:
            done_at.setdefault(m.ticket_id, m.at)
    done: Counter[str] = Counter()
    in_time = 0
    for t in repairs:
        at = done_at.get(t.id)
        if at is None:
            continue
        done[t.trade or ""] += 1
        in_time += t.complete_due is None or at <= t.complete_due
    trades = [tr.value for tr in Trade if opened.get(tr.value) or done.get(tr.value)]
    if opened.get("") or done.get(""):
        trades.append("")
    return RepairFigures(sum(opened.values()), sum(done.values()), in_time,
                         tuple((tr, opened.get(tr, 0), done.get(tr, 0)) for tr in trades))


def callback_figures(tickets: Sequence[Ticket], moves: Sequence[Move], start: datetime,
                     end: datetime) -> CallbackFigures:
    """Callbacks made in the week (the desk's `callback` move) and whether by their deadline;
    due counts those made plus those falling due in the week and not made."""
    made = {m.ticket_id: m.at for m in moves if m.action == "callback" and start <= m.at < end}
    by_id = {t.id: t for t in tickets if t.kind is Kind.REPAIR}
    on_time = 0
    for tid, at in made.items():
        due = by_id[tid].callback_due if tid in by_id else None
        on_time += tid in by_id and (due is None or at <= due)
    waiting = sum(1 for t in by_id.values() if t.status is Status.CONFIRMED and
                  t.callback_due is not None and start <= t.callback_due < end)
    return CallbackFigures(len(made) + waiting, len(made), on_time)


def renovation_figures(tickets: Sequence[Ticket], moves: Sequence[Move],
                       notices: Sequence[Notice], start: datetime, end: datetime,
                       at: datetime) -> RenovationFigures:
    """Applications received in the week; reviews decided in it (a move out of the review
    steps), in time when decided by the review deadline; notices open now."""
    reno = {t.id: t for t in tickets if t.kind is Kind.RENOVATION}
    review = {s.value for s in REVIEW}
    decided = in_time = 0
    for m in moves:
        t = reno.get(m.ticket_id)
        if t is None or not start <= m.at < end:
            continue
        if m.from_state in review and m.to_state not in review:
            decided += 1
            raw = t.extra.get("review_due")
            in_time += raw is None or m.at <= datetime.fromisoformat(raw)
    received = sum(1 for t in reno.values() if start <= t.created_at < end)
    open_notices = [n for n in notices if n.status is NoticeStatus.OPEN]
    return RenovationFigures(received, decided, in_time, len(open_notices),
                             sum(1 for n in open_notices if n.due <= at))


def week_figures(estate_id: int, complaints: WeeklyStats, tickets: Sequence[Ticket],
                 moves: Sequence[Move], notices: Sequence[Notice]) -> WeekFigures:
    """The deck's figures for the complaint week's span, as seen at its `at`."""
    start, end, at = complaints.start, complaints.end, complaints.at
    return WeekFigures(
        estate_id=estate_id, label=complaints.label, start=start, end=end, at=at,
        complaints=complaints, repairs=repair_figures(tickets, moves, start, end),
        callbacks=callback_figures(tickets, moves, start, end),
        renovation=renovation_figures(tickets, moves, notices, start, end, at),
        risks=tuple(overdue(tickets, notices, at)))

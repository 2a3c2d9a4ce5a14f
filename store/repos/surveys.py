"""Survey campaigns, households, responses and year reviews on SQL (never commits)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.survey.definition import Answers, parse_definition
from domain.survey.model import (
    WAITING,
    Campaign,
    CampaignStatus,
    HouseholdStatus,
    SurveyHousehold,
    SurveyResponse,
    TicketScore,
    YearReview,
)
from domain.survey.sampling import Household
from store.repos.once import insert_once
from store.tables.infra import FiredRow
from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow
from store.tables.surveys import (
    SurveyCampaignRow,
    SurveyHouseholdRow,
    SurveyResponseRow,
    SurveyYearReviewRow,
)
from store.tables.tickets import TicketRow

_CAMPAIGN_FIELDS = ("send_at", "closes_at", "report_due_at", "named", "seed", "created_by",
                    "sent_at", "closed_at", "reviewed_at", "reviewed_by", "next_due_at",
                    "version", "share", "send_on", "quarter", "estate_id", "created_at")


def _campaign(row: SurveyCampaignRow) -> Campaign:
    return Campaign(
        id=row.id, status=CampaignStatus(row.status),
        reminders=tuple(datetime.fromisoformat(r) for r in row.reminders or []),
        definition=parse_definition(row.definition), sample_info=dict(row.sample_info or {}),
        results=dict(row.results) if row.results is not None else None,
        **{name: getattr(row, name) for name in _CAMPAIGN_FIELDS})


def _active_key(estate_id: int, quarter: str) -> str:
    return f"{estate_id}:{quarter}"


def _values(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "status" in out:
        out["status"] = CampaignStatus(out["status"]).value
    return out


_LABEL = (BuildingRow.code + "-" + UnitRow.number).label("label")


class SqlSurveys:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    # ------------------------------------------------------------ campaigns

    async def add_campaign(self, campaign: Campaign) -> Campaign:
        row = SurveyCampaignRow(
            active_key=_active_key(campaign.estate_id, campaign.quarter),
            status=campaign.status.value,
            reminders=[r.isoformat() for r in campaign.reminders],
            definition=campaign.definition.to_json(), sample_info=campaign.sample_info,
            results=campaign.results,
            **{name: getattr(campaign, name) for name in _CAMPAIGN_FIELDS})
        self.s.add(row)
        await self.s.flush()
        return _campaign(row)

    async def campaign(self, campaign_id: int) -> Campaign | None:
        row = await self.s.scalar(select(SurveyCampaignRow).where(
            SurveyCampaignRow.id == campaign_id).execution_options(populate_existing=True))
        return _campaign(row) if row else None

    async def campaign_for_quarter(self, estate_id: int, quarter: str) -> Campaign | None:
        row = await self.s.scalar(select(SurveyCampaignRow).where(
            SurveyCampaignRow.active_key == _active_key(estate_id, quarter)))
        return _campaign(row) if row else None

    async def campaigns(self, estate_id: int, limit: int = 12) -> list[Campaign]:
        """Newest quarter first (cancelled ones included)."""
        rows = await self.s.scalars(select(SurveyCampaignRow).where(
            SurveyCampaignRow.estate_id == estate_id).order_by(
            SurveyCampaignRow.quarter.desc(), SurveyCampaignRow.id.desc()).limit(limit))
        return [_campaign(r) for r in rows]

    async def transition(self, campaign_id: int, expected: Sequence[CampaignStatus],
                         to: CampaignStatus, *, version: int,
                         **values: Any) -> Campaign | None:
        """Compare-and-set on status and version; None when someone else moved it first."""
        extra = _values(values)
        if to is CampaignStatus.CANCELLED:
            extra["active_key"] = None
        result = await self.s.execute(
            update(SurveyCampaignRow).where(
                SurveyCampaignRow.id == campaign_id,
                SurveyCampaignRow.status.in_([e.value for e in expected]),
                SurveyCampaignRow.version == version)
            .values(status=to.value, version=SurveyCampaignRow.version + 1, **extra)
            .execution_options(synchronize_session=False))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        return await self.campaign(campaign_id)

    async def set_next_due(self, campaign_id: int, version: int,
                           next_due_at: datetime | None) -> bool:
        result = await self.s.execute(
            update(SurveyCampaignRow).where(SurveyCampaignRow.id == campaign_id,
                                            SurveyCampaignRow.version == version)
            .values(next_due_at=next_due_at).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def due(self, now: datetime, limit: int = 50) -> list[Campaign]:
        rows = await self.s.scalars(select(SurveyCampaignRow).where(
            SurveyCampaignRow.next_due_at <= now).order_by(SurveyCampaignRow.next_due_at)
            .limit(limit))
        return [_campaign(r) for r in rows]

    # ------------------------------------------------------------ sampling

    async def sampling_frame(self, estate_id: int) -> list[Household]:
        """Every unit: occupied or not, someone to ask in chat, when it was last asked."""
        reachable = exists().where(
            TenureRow.unit_id == UnitRow.id, TenureRow.ended_on.is_(None),
            PersonRow.id == TenureRow.person_id, PersonRow.tg_user_id.is_not(None),
            PersonRow.blocked.is_(False))
        last = (select(func.max(SurveyCampaignRow.send_on))
                .join(SurveyHouseholdRow, SurveyHouseholdRow.campaign_id == SurveyCampaignRow.id)
                .where(SurveyHouseholdRow.unit_id == UnitRow.id,
                       SurveyCampaignRow.status != CampaignStatus.CANCELLED.value)
                .scalar_subquery())
        rows = await self.s.execute(
            select(UnitRow.id, BuildingRow.code, UnitRow.occupied, reachable, last)
            .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
            .where(UnitRow.estate_id == estate_id).order_by(BuildingRow.code, UnitRow.id))
        return [Household(int(u), str(b), bool(o), bool(r), d) for u, b, o, r, d in rows]

    # ------------------------------------------------------------ households

    async def add_households(self, campaign_id: int, units: Sequence[tuple[int, bool]]) -> None:
        self.s.add_all([SurveyHouseholdRow(campaign_id=campaign_id, unit_id=u, repeat=rep,
                                           status=HouseholdStatus.SAMPLED.value)
                        for u, rep in units])
        await self.s.flush()

    def _household_query(self) -> Any:
        return (select(SurveyHouseholdRow, _LABEL)
                .join(UnitRow, UnitRow.id == SurveyHouseholdRow.unit_id)
                .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
                .execution_options(populate_existing=True))

    @staticmethod
    def _household(row: SurveyHouseholdRow, label: str) -> SurveyHousehold:
        return SurveyHousehold(row.id, row.campaign_id, row.unit_id, label,
                               HouseholdStatus(row.status), row.person_id, row.repeat,
                               row.response_id, row.asked_at, row.answered_at)

    async def households(self, campaign_id: int,
                         statuses: Sequence[HouseholdStatus] | None = None,
                         ) -> list[SurveyHousehold]:
        query = self._household_query().where(SurveyHouseholdRow.campaign_id == campaign_id)
        if statuses is not None:
            query = query.where(SurveyHouseholdRow.status.in_([s.value for s in statuses]))
        rows = await self.s.execute(query.order_by(BuildingRow.code, UnitRow.number))
        return [self._household(r, label) for r, label in rows]

    async def household(self, household_id: int) -> SurveyHousehold | None:
        found = (await self.s.execute(self._household_query().where(
            SurveyHouseholdRow.id == household_id))).first()
        return self._household(found[0], found[1]) if found else None

    async def waiting_for(self, person_id: int) -> list[SurveyHousehold]:
        rows = await self.s.execute(
            self._household_query()
            .join(SurveyCampaignRow, SurveyCampaignRow.id == SurveyHouseholdRow.campaign_id)
            .where(SurveyHouseholdRow.person_id == person_id,
                   SurveyHouseholdRow.status.in_([s.value for s in WAITING]),
                   SurveyCampaignRow.status == CampaignStatus.OPEN.value)
            .order_by(SurveyHouseholdRow.id))
        return [self._household(r, label) for r, label in rows]

    async def move_household(self, household_id: int, expected: Sequence[HouseholdStatus],
                             to: HouseholdStatus, **values: Any) -> bool:
        result = await self.s.execute(
            update(SurveyHouseholdRow).where(
                SurveyHouseholdRow.id == household_id,
                SurveyHouseholdRow.status.in_([e.value for e in expected]))
            .values(status=to.value, **values).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def unlink_responses(self, campaign_id: int) -> int:
        result = await self.s.execute(
            update(SurveyHouseholdRow).where(SurveyHouseholdRow.campaign_id == campaign_id,
                                             SurveyHouseholdRow.response_id.is_not(None))
            .values(response_id=None).execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ responses

    @staticmethod
    def _response(row: SurveyResponseRow) -> SurveyResponse:
        return SurveyResponse(row.id, row.campaign_id, Answers.from_json(row.answers),
                              row.completed, row.unit_label, row.version)

    async def add_response(self, campaign_id: int, unit_label: str | None) -> SurveyResponse:
        """A random id: the order of the rows must not tell which household started first."""
        row = SurveyResponseRow(id=secrets.randbits(62), campaign_id=campaign_id,
                                answers=Answers().to_json(), completed=False,
                                unit_label=unit_label, version=1)
        self.s.add(row)
        await self.s.flush()
        return self._response(row)

    async def response(self, response_id: int) -> SurveyResponse | None:
        row = await self.s.scalar(select(SurveyResponseRow).where(
            SurveyResponseRow.id == response_id).execution_options(populate_existing=True))
        return self._response(row) if row else None

    async def save_answers(self, response_id: int, answers: Answers, *, version: int,
                           completed: bool = False) -> bool:
        result = await self.s.execute(
            update(SurveyResponseRow).where(SurveyResponseRow.id == response_id,
                                            SurveyResponseRow.version == version,
                                            SurveyResponseRow.completed.is_(False))
            .values(answers=answers.to_json(), completed=completed,
                    version=SurveyResponseRow.version + 1)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def completed(self, campaign_id: int) -> list[SurveyResponse]:
        rows = await self.s.scalars(select(SurveyResponseRow).where(
            SurveyResponseRow.campaign_id == campaign_id,
            SurveyResponseRow.completed.is_(True)).order_by(SurveyResponseRow.id))
        return [self._response(r) for r in rows]

    # ------------------------------------------------------------ tickets

    async def ticket_scores(self, estate_id: int, start: datetime,
                            end: datetime) -> list[TicketScore]:
        """Average answer to the after-ticket question, and repair ratings, per kind."""
        sat = await self.s.execute(
            select(TicketRow.kind, func.count(TicketRow.satisfaction),
                   func.avg(TicketRow.satisfaction))
            .where(TicketRow.estate_id == estate_id, TicketRow.satisfaction.is_not(None),
                   TicketRow.satisfaction_at >= start, TicketRow.satisfaction_at < end)
            .group_by(TicketRow.kind))
        rated = await self.s.execute(
            select(TicketRow.kind, func.count(TicketRow.rating), func.avg(TicketRow.rating))
            .where(TicketRow.estate_id == estate_id, TicketRow.rating.is_not(None),
                   TicketRow.confirmed_at >= start, TicketRow.confirmed_at < end)
            .group_by(TicketRow.kind))
        out: dict[str, dict[str, Any]] = {}
        for kind, n, avg in sat:
            out.setdefault(kind, {})["s"] = (int(n), round(float(avg), 2))
        for kind, n, avg in rated:
            out.setdefault(kind, {})["r"] = (int(n), round(float(avg), 2))
        return [TicketScore(k, *(v.get("s") or (0, None)), *(v.get("r") or (0, None)))
                for k, v in sorted(out.items())]

    # ------------------------------------------------------------ year reviews

    @staticmethod
    def _review(row: SurveyYearReviewRow) -> YearReview:
        return YearReview(row.id, row.estate_id, row.year, row.created_at,
                          dict(row.results or {}), row.reviewed_at, row.reviewed_by)

    async def add_year_review(self, estate_id: int, year: int, results: dict[str, Any],
                              now: datetime) -> YearReview | None:
        """None when the year already has its review (another process made it)."""
        row = SurveyYearReviewRow(estate_id=estate_id, year=year, results=results,
                                  created_at=now)
        return self._review(row) if await insert_once(self.s, row) else None

    async def year_review(self, review_id: int) -> YearReview | None:
        row = await self.s.get(SurveyYearReviewRow, review_id, populate_existing=True)
        return self._review(row) if row else None

    async def year_review_for(self, estate_id: int, year: int) -> YearReview | None:
        row = await self.s.scalar(select(SurveyYearReviewRow).where(
            SurveyYearReviewRow.estate_id == estate_id, SurveyYearReviewRow.year == year))
        return self._review(row) if row else None

    async def unreviewed_years(self) -> list[YearReview]:
        """Reviews nobody marked reviewed and nobody was reminded of yet."""
        reminded = exists().where(and_(FiredRow.entity == "survey-year",
                                       FiredRow.entity_id == SurveyYearReviewRow.id))
        rows = await self.s.scalars(select(SurveyYearReviewRow).where(
            SurveyYearReviewRow.reviewed_at.is_(None), ~reminded))
        return [self._review(r) for r in rows]

    async def mark_year_reviewed(self, review_id: int, person_id: int, now: datetime) -> bool:
        result = await self.s.execute(
            update(SurveyYearReviewRow).where(SurveyYearReviewRow.id == review_id,
                                              SurveyYearReviewRow.reviewed_at.is_(None))
            .values(reviewed_at=now, reviewed_by=person_id)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

"""Events of the satisfaction surveys; `bot/notices/surveys.py` turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.events import Event


@dataclass(frozen=True)
class SurveyCreated(Event):
    campaign_id: int


@dataclass(frozen=True)
class SurveySent(Event):
    """The survey went out: the managers get who was asked and who needs a paper form."""

    campaign_id: int


@dataclass(frozen=True)
class SurveyInvited(Event):
    """A household's invitation (reminder 0) or its n-th reminder."""

    household_id: int
    reminder: int = 0


@dataclass(frozen=True)
class SurveyClosed(Event):
    """The window closed: the summary with charts and a spreadsheet goes to the managers."""

    campaign_id: int


@dataclass(frozen=True)
class SurveyCancelled(Event):
    campaign_id: int
    by_person_id: int | None = None


@dataclass(frozen=True)
class SurveyReportDue(Event):
    """The summary is due (5th of the next quarter) and nobody marked it reviewed."""

    campaign_id: int
    level: str = "report-due"


@dataclass(frozen=True)
class SurveyReviewed(Event):
    campaign_id: int
    by_person_id: int


@dataclass(frozen=True)
class SurveyYearReview(Event):
    """The year's surveys together, for the review due by 5 January."""

    review_id: int


@dataclass(frozen=True)
class SurveyYearReviewDue(Event):
    review_id: int


@dataclass(frozen=True)
class SurveyYearReviewed(Event):
    review_id: int
    by_person_id: int

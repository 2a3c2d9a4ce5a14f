"""What spot checks and actions need from storage (store/repos/spot_checks.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from domain.ports import UnitOfWork
from domain.spotchecks.model import (
    Action,
    ActionSource,
    ActionStatus,
    Cause,
    CheckKind,
    CheckStatus,
    Draw,
    SpotCheck,
)


class SpotCheckRepo(Protocol):
    async def candidates(self, estate_id: int, kind: CheckKind, since: datetime,
                         until: datetime) -> list[int]:
        """Ids that may be drawn: repairs whose callback closed them, renovations in works
        or finished, move-in records, in [since, until)."""
        ...
    async def add_draw(self, *, estate_id: int, month: str, source_month: str, seed: int,
                       now: datetime, wanted: dict[str, int], found: dict[str, int],
                       shortfall: dict[str, int]) -> Draw | None:
        """None when the estate's month was drawn already (unique key)."""
        ...
    async def draw(self, draw_id: int) -> Draw | None: ...
    async def draw_of(self, estate_id: int, month: str) -> Draw | None: ...
    async def add_check(self, draw: Draw, kind: CheckKind, target_id: int,
                        position: int) -> SpotCheck: ...
    async def get(self, check_id: int) -> SpotCheck | None: ...
    async def of_draw(self, draw_id: int) -> list[SpotCheck]: ...
    async def move(self, check: SpotCheck, to: CheckStatus, **values: Any) -> bool:
        """Compare-and-set on (status, version)."""
        ...
    async def set_corrected(self, check: SpotCheck, person_id: int | None,
                            now: datetime) -> bool:
        """Compare-and-set: an open rectification marked corrected."""
        ...
    async def open_rectifications(self) -> list[SpotCheck]: ...
    async def month_summary(self, estate_id: int, month: str) -> dict[str, int]: ...


class ActionRepo(Protocol):
    async def add(self, *, estate_id: int, source: ActionSource, cause: Cause, owner_id: int,
                  due_on: date, description: str, opened_by: int, now: datetime,
                  check_id: int | None) -> Action: ...
    async def get(self, action_id: int) -> Action | None: ...
    async def for_check(self, check_id: int) -> Action | None: ...
    async def open_in(self, estate_ids: list[int], offset: int, limit: int) -> list[Action]: ...
    async def count_open_in(self, estate_ids: list[int]) -> int: ...
    async def open_all(self) -> list[Action]: ...
    async def open_count(self, estate_id: int) -> int: ...
    async def close(self, action: Action, person_id: int, note: str, now: datetime) -> bool:
        """Compare-and-set on (status open, version)."""
        ...


class SpotUnitOfWork(UnitOfWork, Protocol):
    @property
    def spot_checks(self) -> SpotCheckRepo: ...
    @property
    def actions(self) -> ActionRepo: ...


__all__ = ["ActionRepo", "ActionStatus", "SpotCheckRepo", "SpotUnitOfWork"]

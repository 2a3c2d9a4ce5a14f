"""What the routine needs from storage: read-only views over tickets, their moves and the
renovation notices (the figures are computed in `domain.routine.figures`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.move_in.model import MoveIn
from domain.ports import ComplaintUnitOfWork
from domain.renovation.model import Notice
from domain.routine.figures import Move
from domain.tickets import Kind, Ticket


class RoutineRepo(Protocol):
    async def tickets(self, estate_id: int, kinds: Sequence[Kind], start: datetime,
                      end: datetime) -> list[Ticket]: ...
    async def moves(self, ticket_ids: Sequence[int], start: datetime,
                    end: datetime) -> list[Move]: ...
    async def open_notices(self, estate_id: int) -> list[Notice]: ...
    async def any_before(self, estate_id: int, before: datetime) -> bool: ...
    async def move_ins(self, estate_id: int, start: datetime, end: datetime) -> list[MoveIn]: ...


class RoutineUnitOfWork(ComplaintUnitOfWork, Protocol):
    @property
    def routine(self) -> RoutineRepo: ...

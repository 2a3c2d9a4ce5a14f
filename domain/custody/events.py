"""Facts about custody agreements; `bot/notices/custody.py` turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.events import Event


@dataclass(frozen=True)
class CustodyEvent(Event):
    custody_id: int


@dataclass(frozen=True)
class CustodyRequested(CustodyEvent):
    """The owner asked: the desk decides."""


@dataclass(frozen=True)
class CustodyAccepted(CustodyEvent):
    """The desk accepted: the owner is sent the agreement to sign."""


@dataclass(frozen=True)
class CustodyDeclined(CustodyEvent):
    pass


@dataclass(frozen=True)
class CustodySigned(CustodyEvent):
    """Signed: the desk takes the start readings."""


@dataclass(frozen=True)
class ReadingRecorded(CustodyEvent):
    reading_id: int


@dataclass(frozen=True)
class UseFlagged(CustodyEvent):
    """Water or electricity over the estate's limit since the previous reading."""

    reading_id: int


@dataclass(frozen=True)
class CheckDue(CustodyEvent):
    check_id: int


@dataclass(frozen=True)
class CheckRecorded(CustodyEvent):
    """A check done: its report goes to the owner."""

    check_id: int


@dataclass(frozen=True)
class KeysReturned(CustodyEvent):
    """Final readings taken and keys handed back: the owner acknowledges."""


@dataclass(frozen=True)
class CustodyEnded(CustodyEvent):
    pass


@dataclass(frozen=True)
class CheckOverdue(CustodyEvent):
    """Last week's check was never recorded when this week's came due: the desk is told."""

    check_id: int


@dataclass(frozen=True)
class WeatherChecksCalled(Event):
    """The Observatory's warnings called rain checks for `count` flats of an estate: `kind`
    is before or after, `signal` the warning in force (or "end")."""

    estate_id: int
    kind: str
    signal: str
    count: int

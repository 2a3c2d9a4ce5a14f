"""Rows that may exist once (a unique key says so): a reminder fired, a month's report made,
a draw, a year's review, a confirmation, a counted question."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from store.tables.base import Base


async def insert_once(session: AsyncSession, row: Base) -> bool:
    """Add `row`; False, with nothing written, when its unique key is taken already (another
    update or process wrote it first). A savepoint keeps the rest of the transaction."""
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError:
        return False
    return True

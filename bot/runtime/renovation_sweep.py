"""The renovation sweep: inspection rounds, follow-ups, abandoned applications, and ID-card
images past their retention period deleted from the file store and the database."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from domain.renovation import site
from store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


def delete_stored(root: str, paths: list[str]) -> int:
    """Delete files of the store (only inside it); a file already gone counts as deleted."""
    base = Path(root).resolve()
    done = 0
    for relative in paths:
        target = (base / relative).resolve()
        if base not in target.parents:
            log.error("refusing to delete a path outside the file store")
            continue
        target.unlink(missing_ok=True)
        done += 1
    return done


async def renovation_site(uow: SqlUnitOfWork, now: datetime) -> int:
    """Runs every sweep. The files go before the commit: if the commit fails the rows stay
    and are purged again next time, so no ID-card image outlives its row."""
    report = await site.sweep_site(uow, now)
    if report.purged:
        root = uow.context.get("files_root")
        if not root:
            raise RuntimeError("the sweeper has no file store root: ID images not purged")
        delete_stored(str(root), report.purged)
    return report.count

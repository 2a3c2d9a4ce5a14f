"""All tables; importing this package registers them on Base.metadata."""

from store.tables import (
    announcements,
    custody,
    faq,
    infra,
    move_in,
    registry,
    renovation,
    reports,
    search,
    spot_checks,
    surveys,
    tickets,
)
from store.tables.base import Base

__all__ = ["Base", "announcements", "custody", "faq", "infra", "move_in", "registry", "renovation",
           "reports", "search", "spot_checks", "surveys", "tickets"]

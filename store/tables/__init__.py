"""All tables; importing this package registers them on Base.metadata."""

from store.tables import (
    announcements,
    custody,
    infra,
    move_in,
    registry,
    renovation,
    search,
    surveys,
    tickets,
)
from store.tables.base import Base

__all__ = ["Base", "custody", "infra", "move_in", "registry", "renovation", "search", "surveys",
           "tickets", "announcements"]

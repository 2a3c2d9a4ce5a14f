"""All tables; importing this package registers them on Base.metadata."""

from store.tables import infra, registry, surveys, tickets
from store.tables.base import Base

__all__ = ["Base", "infra", "registry", "tickets", "surveys"]

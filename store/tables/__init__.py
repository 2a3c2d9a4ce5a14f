"""All tables; importing this package registers them on Base.metadata."""

from store.tables import infra, registry, renovation, surveys, tickets
from store.tables.base import Base

__all__ = ["Base", "infra", "registry", "renovation", "surveys", "tickets"]

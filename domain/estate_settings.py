"""An estate's own settings (`complaints.show_staff_names`, `repair.accept_minutes`, ...),
changed by the office from the command line."""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime
from typing import Any

from domain.errors import InvalidInput
from domain.model import Estate, Locale
from domain.ports import UnitOfWork

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}(\.[a-z][a-z0-9_]{0,31}){0,3}$")


def parse_value(raw: str) -> Any:
    """JSON when it reads as JSON (true, 24, [24, 6]), otherwise the text itself."""
    try:
        return json.loads(raw)
    except ValueError:
        return raw


async def set_estate_setting(uow: UnitOfWork, estate: Estate, key: str, raw: str,
                             now: datetime) -> Any:
    """Set one dotted key of the estate's settings; the change is audited."""
    if not _KEY.match(key):
        raise InvalidInput("setting-bad-key", name=key)
    value = parse_value(raw)
    if key == "locale" and value not in {loc.value for loc in Locale}:
        raise InvalidInput("setting-bad-value", name=key)
    if key.startswith("complaints.departments."):
        from domain.complaints.routing import valid_mapping

        if not valid_mapping(key.removeprefix("complaints.departments."), value):
            raise InvalidInput("setting-bad-value", name=key)
    if key.startswith("custody."):
        from domain.custody.model import valid_setting

        if not valid_setting(key.removeprefix("custody."), value):
            raise InvalidInput("setting-bad-value", name=key)
    if key.startswith("spot_checks."):
        from domain.spotchecks.model import valid_setting as valid_spot_setting

        if not valid_spot_setting(key.removeprefix("spot_checks."), value):
            raise InvalidInput("setting-bad-value", name=key)
    settings = copy.deepcopy(estate.settings)
    *path, last = key.split(".")
    node = settings
    for part in path:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise InvalidInput("setting-bad-key", name=key)
    before = node.get(last)
    node[last] = value
    await uow.estates.update(estate.id, settings=settings)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id), action="setting",
                           to_state=key[:32], update_id=uow.update_id,
                           detail={"key": key, "from": before, "to": value})
    return value

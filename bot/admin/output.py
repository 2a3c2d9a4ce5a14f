"""What `propdesk admin` prints: human lines, or one JSON document with --json."""

from __future__ import annotations

import json
import sys
from typing import Any

from bot.i18n import Translator
from domain.model import Locale


class Out:
    """Prints human lines, or one JSON document with --json."""

    def __init__(self, as_json: bool, tr: Translator) -> None:
        self.as_json = as_json
        self.tr = tr

    def t(self, key: str, **args: Any) -> str:
        return self.tr(Locale.EN, key, **args)

    def done(self, data: dict[str, Any], key: str, **args: Any) -> int:
        if self.as_json:
            sys.stdout.write(json.dumps({"ok": True, **data}, ensure_ascii=False,
                                        default=str) + "\n")
        else:
            sys.stdout.write(self.t(key, **args) + "\n")
        return 0

    def fail(self, message: str, errors: list[dict[str, Any]] | None = None) -> int:
        if self.as_json:
            sys.stdout.write(json.dumps({"ok": False, "error": message, "errors": errors or []},
                                        ensure_ascii=False) + "\n")
        else:
            sys.stderr.write(f"propdesk: {message}\n")
            for e in errors or []:
                sys.stderr.write(f"  row {e['row']}: {e['message']}\n")
        return 1

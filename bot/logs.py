"""Logging that never prints a bot token, a webhook secret or an update body."""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"\d{5,20}:[A-Za-z0-9_-]{20,}")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then blanks anything shaped like a bot token and the given secrets."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = _TOKEN.sub("<token>", super().format(record))
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        return text


def setup_logging(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                            secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Client request logs carry the token in the URL; database drivers log statement
    # parameters (update bodies, personal data) at DEBUG; aiogram logs one line per update.
    for noisy in ("httpx", "aiohttp.access", "aiohttp.client", "aiosqlite", "asyncpg",
                  "sqlalchemy.engine", "sqlalchemy.pool", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)

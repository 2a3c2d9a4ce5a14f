"""One Settings object: env variables `PROPDESK_...` (`__` nests) over an optional TOML file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

_TOKEN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{10,100}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
OFFICIAL_API = "https://api.telegram.org"
WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram's own servers call


class TelegramSettings(BaseModel):
    token: SecretStr | None = None
    api_base: str = OFFICIAL_API
    mode: Literal["polling", "webhook"] = "polling"
    polling_timeout: int = Field(25, ge=0, le=50)
    bot_username: str | None = None

    @field_validator("token")
    @classmethod
    def _token_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not _TOKEN.match(v.get_secret_value()):
            raise ValueError("does not look like a bot token (digits:letters)")
        return v

    @field_validator("api_base")
    @classmethod
    def _base(cls, v: str) -> str:
        if not re.match(r"^https?://[^\s/]+", v):
            raise ValueError("must be an http(s) URL")
        return v.rstrip("/")


class WebhookSettings(BaseModel):
    secret: SecretStr | None = None
    url: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8443, ge=1, le=65535)
    path: str = "/telegram"
    max_body_bytes: int = 1_000_000

    @field_validator("secret")
    @classmethod
    def _secret_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not _SECRET.match(v.get_secret_value()):
            raise ValueError("16-256 characters of A-Z a-z 0-9 _ -")
        return v

    @field_validator("url")
    @classmethod
    def _url_shape(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^\s/:]+(:\d{1,5})?(/\S*)?$", v):
            raise ValueError("must be an http(s) URL")
        return v

    def telegram_problem(self) -> str | None:
        """What Telegram's own servers would refuse in the URL (a local Bot API server, or
        the sandbox, also calls plain http on any port)."""
        if self.url is None:
            return None
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if parts.scheme != "https" or port not in WEBHOOK_PORTS:
            return (f"PROPDESK_WEBHOOK__URL must be https:// on port 443, 80, 88 or 8443 for "
                    f"Telegram (got {parts.scheme}, port {port})")
        return None


class DatabaseSettings(BaseModel):
    url: str = "sqlite+aiosqlite:///var/propdesk.db"
    pool_size: int = Field(10, ge=1, le=100)

    @field_validator("url")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if not re.match(r"^(sqlite|postgresql|postgres)(\+\w+)?://", v):
            raise ValueError("must be a sqlite:/// or postgresql:// URL")
        return v


class OutboxSettings(BaseModel):
    # Telegram's limits over sliding windows (bot/runtime/limiter.py): a rate with a burst
    # allows at most `burst` sends in any `burst / rate` seconds (+ the margin).
    global_per_s: float = Field(30.0, gt=0)
    per_chat_per_s: float = Field(1.0, gt=0)
    per_chat_burst: int = Field(1, ge=1)
    per_group_per_min: float = Field(20.0, gt=0)
    group_burst: int = Field(20, ge=1)
    # Added to every window, to be polite (sends are counted from their answers anyway).
    window_margin_s: float = Field(0.05, ge=0, le=5)
    max_attempts: int = Field(8, ge=1)
    # Retries of a send whose outcome is unknown (an unreadable reply, a timeout after the
    # request went out): each may deliver it again, so few; then the row is parked as failed.
    unknown_retries: int = Field(2, ge=0, le=10)
    batch: int = Field(30, ge=1, le=200)
    # Rows of one chat sent in one round, one after another (a reply and the edit before it).
    per_chat_round: int = Field(4, ge=1, le=30)
    # Bulk rows (announcements, lane 1) leave this much of the overall rate to replies, so a
    # reply during a broadcast finds a free slot (bot/runtime/limiter.py).
    bulk_reserve_per_s: float = Field(1.0, ge=0)


class ProcessingSettings(BaseModel):
    concurrency: int = Field(32, ge=1, le=1000)
    retry_delays_s: list[float] = [2.0, 10.0, 30.0, 60.0]


class QuotaSettings(BaseModel):
    """Per person and minute (0: no limit): updates handled, replies queued."""

    updates_per_min: int = Field(30, ge=0)
    replies_per_min: int = Field(40, ge=0)


class SweeperSettings(BaseModel):
    interval_s: float = Field(30.0, gt=0)
    # Announcements: recipients queued per pass, and at most this many bulk rows waiting for
    # the sender (about 70 s at 29/s: a pass every 30 s adds ~870, so it never runs dry).
    announce_batch: int = Field(1000, ge=1)
    announce_backlog: int = Field(2000, ge=1)


class WeatherSettings(BaseModel):
    # The Hong Kong Observatory's warning summary; rain checks of flats in custody follow it.
    # Off when unset. The Observatory's own:
    # https://data.weather.gov.hk/weatherAPI/opendata/weather.php?dataType=warnsum&lang=en
    url: str | None = None
    interval_s: float = Field(120.0, gt=0)
    timeout_s: float = Field(10.0, gt=0, le=60)


class ClockSettings(BaseModel):
    # A file that freezes or offsets the clock (tests and the demo only).
    file: str | None = None


class RedisSettings(BaseModel):
    url: str | None = None


class FilesSettings(BaseModel):
    root: str = "var/files"
    max_photo_mb: float = Field(10.0, gt=0, le=20)
    max_document_mb: float = Field(20.0, gt=0, le=20)

    @property
    def max_photo_bytes(self) -> int:
        return int(self.max_photo_mb * 1024 * 1024)

    @property
    def max_document_bytes(self) -> int:
        return int(self.max_document_mb * 1024 * 1024)


class HealthSettings(BaseModel):
    # /healthz, /readyz and /metrics: on the webhook server in webhook mode; in polling mode
    # on a listener of their own when a port is set (0: none).
    host: str = "127.0.0.1"
    port: int = Field(0, ge=0, le=65535)
    # /readyz fails when more updates than this wait in the inbox.
    max_backlog: int = Field(1000, ge=1)


class SecuritySettings(BaseModel):
    code_pepper: SecretStr = SecretStr("")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PROPDESK_", env_nested_delimiter="__",
                                      extra="ignore")

    telegram: TelegramSettings = TelegramSettings()
    webhook: WebhookSettings = WebhookSettings()
    database: DatabaseSettings = DatabaseSettings()
    outbox: OutboxSettings = OutboxSettings()
    processing: ProcessingSettings = ProcessingSettings()
    quota: QuotaSettings = QuotaSettings()
    sweeper: SweeperSettings = SweeperSettings()
    weather: WeatherSettings = WeatherSettings()
    clock: ClockSettings = ClockSettings()
    redis: RedisSettings = RedisSettings()
    files: FilesSettings = FilesSettings()
    security: SecuritySettings = SecuritySettings()
    health: HealthSettings = HealthSettings()
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # "json": one JSON object a line (still without personal data), for log collectors.
    log_format: Literal["text", "json"] = "text"

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.telegram.mode == "webhook" and self.webhook.secret is None:
            raise ValueError("webhook mode needs PROPDESK_WEBHOOK__SECRET")
        if self.telegram.mode == "webhook" and self.telegram.api_base == OFFICIAL_API:
            problem = self.webhook.telegram_problem()
            if problem:
                raise ValueError(problem)
        return self

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = os.environ.get("PROPDESK_CONFIG", "propdesk.toml")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if Path(toml).is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml))
        return tuple(sources)


class SettingsError(Exception):
    """Settings are wrong; the message is one line for the person starting the bot."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning validation errors into one readable line."""
    config = os.environ.get("PROPDESK_CONFIG")
    if config and not Path(config).is_file():
        raise SettingsError(f"PROPDESK_CONFIG names a missing file: {config}")
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        env = "PROPDESK_" + "__".join(str(p).upper() for p in first["loc"])
        msg = first["msg"].removeprefix("Value error, ")
        if not where:  # a rule between settings: its message names them
            raise SettingsError(f"bad settings: {msg}") from None
        raise SettingsError(f"bad setting {where} ({env}): {msg}") from None
    except ValueError as exc:  # e.g. a broken TOML file
        raise SettingsError(f"cannot read settings: {str(exc).splitlines()[0]}") from None

"""Domain errors: plain exceptions carrying a message id the bot renders in the user's language."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule said no; `key` names the user-facing message, `args` fill it."""

    key = "error-generic"
    # When set, the refusal itself is written to the audit log (a security event).
    audit_entity: str | None = None
    audit_action: str | None = None

    def __init__(self, key: str | None = None, **args: Any) -> None:
        self.key = key or type(self).key
        self.args_map: dict[str, Any] = args
        super().__init__(self.key)


class InvalidInput(DomainError):
    """The text or value a person gave does not fit the step."""

    key = "error-invalid-input"


class NotAuthorized(DomainError):
    """The person has no role that allows this action."""

    key = "error-not-authorized"
    audit_entity = "security"
    audit_action = "denied"


class NotFound(DomainError):
    """The thing named does not exist (or is not visible to this person)."""

    key = "error-not-found"


class Conflict(DomainError):
    """The state changed under the person's feet (someone else acted first)."""

    key = "error-conflict"


class CodeRejected(DomainError):
    """A one-time code is unknown, used, expired or of the wrong kind."""

    key = "code-invalid"


class TooManyAttempts(DomainError):
    """Too many wrong codes in a short time."""

    key = "code-too-many-attempts"


class ImportFailed(Exception):
    """A registry import was rejected as a whole; `errors` lists (row number, message)."""

    def __init__(self, errors: list[tuple[int, str]]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} bad row(s)")

"""What a handler gets for one update: the actor, their language, the unit of work, replies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.i18n import Translator
from bot.runtime.postman import Markup, Postman
from bot.settings import Settings
from domain.clock import Clock
from domain.model import Actor, Locale
from store.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from bot.media import Checked


@dataclass
class Outcome:
    """Things the processor does after the update's transaction commits."""

    callback_query_id: str | None = None
    answer_text: str | None = None
    answer_alert: bool = False
    busy_notice_sent: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ctx:
    """Per-update context handed to every handler as `ctx`."""

    uow: SqlUnitOfWork
    actor: Actor
    locale: Locale
    now: datetime
    chat_id: int | None
    update_id: int
    tr: Translator
    postman: Postman
    outcome: Outcome
    settings: Settings
    clock: Clock
    display_name: str = ""
    # Images of this update already fetched and checked (bot.media.check_update).
    checked: dict[str, Checked] = field(default_factory=dict)

    def t(self, key: str, **args: Any) -> str:
        return self.tr(self.locale, key, **args)

    async def reply(self, key: str, *, markup: Markup | None = None, ref: str | None = None,
                    **args: Any) -> None:
        """Answer in the chat the update came from."""
        await self.reply_html(self.t(key, **args), markup=markup, ref=ref)

    async def reply_html(self, text: str, *, markup: Markup | None = None,
                         ref: str | None = None) -> None:
        if self.chat_id is None:
            return
        await self.postman.send(self.chat_id, text, markup=markup, ref=ref)

    def answer(self, key: str | None = None, *, alert: bool = False, **args: Any) -> None:
        """The small notice on a pressed button (sent after the change is committed)."""
        self.outcome.answer_text = self.t(key, **args) if key else None
        self.outcome.answer_alert = alert

    async def refuse_button(self, key: str = "button-stale", *, action: str = "refused-button",
                            **args: Any) -> None:
        """Refuse a pressed button that fits nothing (stale, replayed or forged): the person
        sees an alert, and the refusal is a security event in the audit log."""
        await self.uow.audit.record(at=self.now, entity="security", entity_id=key[:64],
                                    action=action, actor_tg_id=self.actor.tg_user_id,
                                    actor_person_id=self.actor.person_id,
                                    update_id=self.update_id)
        self.answer(key, alert=True, **args)

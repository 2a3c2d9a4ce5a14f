"""Renovation steps through the sandbox, shared by the in-process and the end-to-end tests:
the office with its supervisors and security groups, the owner's form, the review cards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.model import Locale
from sandbox.driver import BotMessage, Chat, Pressed, User
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says, tiny_jpeg
from tests.bot.office import Cast, staffed_office

EN = Locale.EN
JPEG = tiny_jpeg()
PDF = b"%PDF-1.4\n" + bytes(300)
SETTINGS = {"fee": 2000, "deposit": 10000, "retention_days": 30}


@dataclass
class RenoCast:
    base: Cast
    supervisor: User
    guard: User
    supervisors_group: Chat
    security_group: Chat

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)


async def renovation_office(stack: Any, settings: dict[str, Any] | None = None) -> RenoCast:
    """The staffed demo office plus an equipment supervisor, a guard and their groups; the
    estate's renovation fees set."""
    cast = await staffed_office(stack)
    d = stack.d
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        estate = cast.codes.estate
        await uow.estates.update(estate.id, settings={
            **estate.settings, "renovation": {**SETTINGS, **(settings or {})}})
        await uow.commit()

    async def join(name: str, key: str) -> User:
        user = await d.user(name, language_code="en")
        await d.send(user, f"/start {cast.codes.staff[key]}")
        await d.wait_for(user, contains="You are now")
        return user

    supervisor = await join("Sam Supervisor", "supervisor")
    guard = await join("Gary Guard", "security")

    async def group(title: str, key: str, members: list[User]) -> Chat:
        chat = await d.group(title, members)
        await d.add_bot(chat, by=cast.manager)
        await d.send(cast.manager, f"/link {cast.codes.groups[key]}", chat=chat)
        await d.wait_for(chat, contains="海景花園")
        return chat

    supervisors = await group("Supervisors", "supervisors", [cast.manager, supervisor])
    security = await group("Security", "security", [cast.manager, guard])
    await stack.settle()
    return RenoCast(cast, supervisor, guard, supervisors, security)


def has_button(m: BotMessage, text: str) -> bool:
    return any(b.text == text for row in m.buttons for b in row)


async def edited(stack: Any, chat: Any, message: BotMessage, text: str) -> BotMessage:
    """The same message, once an edit shows `text`."""
    return await stack.d.wait_for(chat, predicate=lambda m: m.message_id == message.message_id
                                  and text in m.content)


async def fill_form(stack: Any, me: User, *, workers: int = 2) -> BotMessage:
    """/renovate to the preview: works, dates (a month turned in the picker, then typed),
    contractor, a drawing, workers, rules. Returns the preview."""
    d = stack.d
    await d.send(me, "/renovate")
    works = await d.wait_for(me, contains="What works will be done?")
    await d.press(me, works, text="▫️ " + says("work-floor", EN))
    works = await d.wait_for(me, predicate=lambda m: m.message_id == works.message_id
                             and has_button(m, "✅ " + says("work-floor", EN)))
    await d.press(me, works, text="▫️ " + says("work-kitchen", EN))
    works = await d.wait_for(me, predicate=lambda m: m.message_id == works.message_id
                             and has_button(m, "✅ " + says("work-kitchen", EN)))
    await d.press(me, works, text=says("btn-reno-next", EN))
    await d.wait_for(me, contains="Describe the works")
    await d.send(me, "New floor tiles in the living room; kitchen cabinets replaced")
    start = await d.wait_for(me, contains="When do the works start?")
    await d.press(me, start, text="›")
    december = await d.wait_for(me, predicate=lambda m: m.message_id == start.message_id
                                and has_button(m, "December 2026"))
    await d.press(me, december, text="1")
    await d.wait_for(me, contains="When do they end? (start: Tue 1 Dec)")
    await d.send(me, "2026-12-10")
    await d.wait_for(me, contains="The contractor")
    await d.send(me, "Lee Decoration Co.")
    await d.wait_for(me, contains="The contractor's phone number")
    await d.send(me, "2345 6789")
    ask = await d.wait_for(me, contains="Send the drawings")
    await d.send_document(me, PDF, "floor-plan.pdf", "application/pdf")
    count = await d.wait_for(me, contains="Received 1 drawing", after=ask.message_id)
    await d.press(me, count, text=says("btn-reno-drawings-done", EN))
    for n in range(workers):
        crew = await d.wait_for(me, contains=f"Workers on site ({n})")
        await d.press(me, crew, text=says("btn-reno-worker-add", EN))
        await d.wait_for(me, contains="full name", after=crew.message_id)
        await d.send(me, ["Ho Ka Ming", "Lam Siu Fung", "Chan Tai Man"][n])
        await d.wait_for(me, contains="ID card", after=crew.message_id)
        await d.send_photo(me, JPEG)
        # The first worker's own photo is sent (for the pass check), the others skipped.
        face = await d.wait_for(me, contains="(the face, for the pass", after=crew.message_id)
        if n == 0:
            await d.send_photo(me, JPEG + b"face")
        else:
            await d.press(me, face, text=says("btn-reno-face-skip", EN))
        await d.wait_for(me, contains="phone number", after=crew.message_id)
        await d.send(me, f"6123 456{n}")
    crew = await d.wait_for(me, contains=f"Workers on site ({workers})")
    await d.press(me, crew, text=says("btn-reno-workers-done" if workers
                                      else "btn-reno-workers-later", EN))
    rules = await d.wait_for(me, contains="Renovation rules of")
    await d.press(me, rules, text=says("btn-reno-accept", EN))
    return await d.wait_for(me, contains="Renovation application — please check")


async def submit(stack: Any, me: User, preview: BotMessage) -> str:
    await stack.d.press(me, preview, text=says("btn-reno-submit", EN))
    done = await stack.d.wait_for(me, contains="F-2026-", after=preview.message_id)
    return "F-2026-" + done.content.split("F-2026-")[1][:6]


async def card(stack: Any, chat: Chat, number: str) -> BotMessage:
    """The review card of an application that still waits for a decision in a staff group
    (the groups read Chinese)."""
    return await stack.d.wait_for(chat, contains=f"裝修申請 {number}", include_edits=False,
                                  predicate=lambda m: has_button(m, says("btn-reno-approve",
                                                                         Locale.ZH_HANT)))


async def press_card(stack: Any, user: User, message: BotMessage, data: str | None = None,
                     **kw: Any) -> Pressed:
    """Press a button on a staff card once the bot has recorded which message shows the card
    (the sandbox shows a message a moment before the sender records it; a press in between
    is refused as stale, as the bot cannot yet tell the card from a forgery)."""
    await stack.settle()
    return await stack.d.press(user, message, data, **kw)


async def private_answer(stack: Any, user: User, prompt: str, text: str) -> None:
    await stack.d.wait_for(user, contains=prompt)
    await stack.d.send(user, text)

"""A staffed demo office in the sandbox: staff joined, groups linked, residents linked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.demo.data import DemoCodes
from sandbox.driver import Chat, User


@dataclass
class Cast:
    codes: DemoCodes
    manager: User
    desk: User
    plumbers: list[User]
    electrician: User
    desk_group: Chat
    managers_group: Chat
    plumbing_group: Chat
    electrical_group: Chat
    resident: User
    neighbour: User


async def staffed_office(stack: Any) -> Cast:
    """Works with the in-process Stack and with the e2e harness (both have d, seed, settle)."""
    d = stack.d
    codes = await stack.seed()

    async def join(name: str, key: str, lang: str = "en") -> User:
        user = await d.user(name, language_code=lang)
        await d.send(user, f"/start {codes.staff[key]}")
        await d.wait_for(user, contains="You are now" if lang == "en" else "歡迎")
        return user

    manager = await join("Boss", "manager")
    desk = await join("Clerk", "desk")
    plumbers = [await join("Pat Plumber", "crew:plumbing"),
                await join("Wai Plumber", "crew:plumbing+")]
    electrician = await join("Sparky", "crew:electrical")

    async def group(title: str, key: str, members: list[User]) -> Chat:
        chat = await d.group(title, members)
        await d.add_bot(chat, by=manager)
        await d.send(manager, f"/link {codes.groups[key]}", chat=chat)
        await d.wait_for(chat, contains="海景花園")
        return chat

    desk_group = await group("Desk", "desk", [manager, desk])
    managers_group = await group("Managers", "managers", [manager])
    plumbing = await group("Plumbing", "crew:plumbing", [manager, desk, *plumbers])
    electrical = await group("Electrical", "crew:electrical", [manager, electrician])
    resident = await d.user("Chan", language_code="en")
    await d.send(resident, f"/start {codes.residents['A-12B']}")
    await d.wait_for(resident, contains="A-12B")
    neighbour = await d.user("Mary", language_code="en")
    await d.send(neighbour, f"/start {codes.residents['A-3A']}")
    await d.wait_for(neighbour, contains="A-3A")
    await stack.settle()
    return Cast(codes, manager, desk, plumbers, electrician, desk_group, managers_group,
                plumbing, electrical, resident, neighbour)

"""What the bot's logs must never hold, checked after every run of the bot in the tests."""

from __future__ import annotations

from sandbox.server import SandboxServer


def private_strings(server: SandboxServer) -> set[str]:
    """What the people of a run gave the bot that its logs must never show: their names and
    phone numbers, and every longer text they wrote (update bodies)."""
    world = server.world
    found: set[str] = set()
    people = {uid for uid, u in world.users.items() if not u.is_bot}
    for user in world.users.values():
        if user.is_bot:
            continue
        full = " ".join(p for p in (user.first_name, user.last_name) if p)
        if len(full) >= 6:
            found.add(full)
        if user.phone_number:
            found.add(user.phone_number)
    for chat in world.chats.values():
        for msg in chat.messages.values():
            if msg.from_id in people and not msg.from_bot:
                for text in (msg.text, msg.caption):
                    if text and len(text) >= 12 and not text.startswith("/"):
                        found.add(text)
                if msg.contact and msg.contact.get("phone_number"):
                    found.add(str(msg.contact["phone_number"]))
    return found


def assert_log_private(log: str, server: SandboxServer, token: str) -> None:
    """The bot's DEBUG log holds no token and nothing personal (checked after every run of
    the bot in the tests: each e2e process, each in-process stack)."""
    assert token not in log and token.split(":", 1)[1] not in log, "the bot token is in the log"
    leaked = sorted(s for s in private_strings(server) if s in log)
    assert not leaked, f"personal data in the bot's log: {leaked[:5]}"

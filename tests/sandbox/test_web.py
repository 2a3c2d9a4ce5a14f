"""What the browser page needs from the sandbox: menus, keyboards, links, files, the guard."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import aiohttp
import pytest

from sandbox.driver import Driver, SandboxError
from sandbox.server import SandboxServer
from tests.sandbox.helpers import RawApi

SANDBOX = Path(__file__).resolve().parents[2] / "sandbox"


async def test_menu_follows_telegrams_scope_order(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy", language_code="en")
    bo = await driver.user("Bo", language_code="zh-hant")
    await driver.send(amy, "/start")
    await driver.send(bo, "/start")

    def cmds(*names: str) -> list[dict[str, str]]:
        return [{"command": n, "description": n.title()} for n in names]

    assert (await driver.menu(amy))["commands"] == []
    await api.ok("setMyCommands", commands=cmds("start"))
    await api.ok("setMyCommands", commands=cmds("start", "help"), language_code="en")
    menu = await driver.menu(amy)
    assert [c["command"] for c in menu["commands"]] == ["start", "help"]
    assert menu["scope"] == {"type": "default"} and menu["language_code"] == "en"
    assert [c["command"] for c in (await driver.menu(bo))["commands"]] == ["start"]
    await api.ok("setMyCommands", commands=cmds("private"),
                 scope={"type": "all_private_chats"})
    assert [c["command"] for c in (await driver.menu(amy))["commands"]] == ["private"]
    await api.ok("setMyCommands", commands=cmds("repair", "my"),
                 scope={"type": "chat", "chat_id": amy.id})
    assert [c["command"] for c in (await driver.menu(amy))["commands"]] == ["repair", "my"]
    assert [c["command"] for c in (await driver.menu(bo))["commands"]] == ["private"]

    group = await driver.group("Crew", [amy, bo])
    await driver.add_bot(group, by=amy)
    assert [c["command"] for c in (await driver.menu(bo, group))["commands"]] == ["start"]
    await api.ok("setMyCommands", commands=cmds("queue"), scope={"type": "all_group_chats"})
    await api.ok("setMyCommands", commands=cmds("admin"),
                 scope={"type": "all_chat_administrators"})
    await api.ok("setMyCommands", commands=cmds("mine"),
                 scope={"type": "chat_member", "chat_id": group.id, "user_id": bo.id})
    assert [c["command"] for c in (await driver.menu(amy, group))["commands"]] == ["admin"]
    assert [c["command"] for c in (await driver.menu(bo, group))["commands"]] == ["mine"]
    stranger = await driver.user("Cy")
    assert [c["command"] for c in (await driver.menu(stranger, group))["commands"]] == \
        ["queue"]


async def test_reply_keyboard_in_force(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "/start")
    assert await driver.reply_keyboard(amy) is None
    keys = {"keyboard": [[{"text": "Share", "request_contact": True}], ["No"]],
            "one_time_keyboard": True}
    await api.ok("sendMessage", chat_id=amy.id, text="phone?", reply_markup=keys)
    await api.ok("sendMessage", chat_id=amy.id, text="(an inline one does not count)",
                 reply_markup={"inline_keyboard": [[{"text": "x", "callback_data": "x"}]]})
    markup = await driver.reply_keyboard(amy)
    assert markup is not None and markup["one_time_keyboard"]
    assert markup["keyboard"] == [[{"text": "Share", "request_contact": True}], [{"text": "No"}]]
    gone = await api.ok("sendMessage", chat_id=amy.id, text="ok",
                        reply_markup={"remove_keyboard": True})
    assert await driver.reply_keyboard(amy) is None
    await api.ok("deleteMessage", chat_id=amy.id, message_id=gone["message_id"])
    assert await driver.reply_keyboard(amy) is not None  # the removal was deleted


async def test_deep_links_start_the_bot(driver: Driver) -> None:
    amy = await driver.user("Amy")
    sent = await driver.open_link(amy, "https://t.me/propdesk_bot?start=repair_Ab-9")
    assert sent is not None and sent.update_id is not None
    assert (await driver.messages(amy))[-1].text == "/start repair_Ab-9"
    assert (await driver.messages(amy))[-1].entities[0]["type"] == "bot_command"
    # Already started, no payload: the chat only opens.
    assert await driver.open_link(amy, "t.me/PropDesk_Bot") is None
    await driver.open_link(amy, "tg://resolve?domain=propdesk_bot&start=x1")
    assert (await driver.messages(amy))[-1].text == "/start x1"
    # A payload Telegram would not pass on is dropped: only /start for a new user.
    bo = await driver.user("Bo")
    await driver.open_link(bo, "https://t.me/propdesk_bot?start=bad%20payload!")
    assert [m.text for m in await driver.messages(bo)] == ["/start"]
    for url in ("https://t.me/other_bot?start=x", "https://example.org/?start=x",
                "javascript:alert(1)", "https://t.me/propdesk_bot?startgroup=x"):
        with pytest.raises(SandboxError):
            await driver.open_link(amy, url)


async def test_contact_uses_the_accounts_phone(driver: Driver) -> None:
    amy = await driver.user("Amy", phone_number="+85291234567")
    assert (await driver.state())["users"][0]["phone_number"] == "+85291234567"
    await driver.send_contact(amy)
    contact = (await driver.messages(amy))[-1].contact
    assert contact == {"phone_number": "+85291234567", "first_name": "Amy", "user_id": amy.id}
    bo = await driver.user("Bo")
    with pytest.raises(SandboxError, match="no phone_number"):
        await driver.send_contact(bo)
    await driver.send_contact(bo, "+85260000000")


async def test_page_and_files_are_served_safely(sandbox: SandboxServer, api: RawApi,
                                                driver: Driver) -> None:
    base = sandbox.base_url
    amy = await driver.user("Amy")
    await driver.send_document(amy, b"<script>alert(1)</script>", "x.html", "text/html")
    html_doc = (await driver.messages(amy))[-1].document
    await driver.send_photo(amy, b"\x89PNG\r\n\x1a\n" + bytes(40))
    photo = (await driver.messages(amy))[-1].photo_file_id
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/") as resp:
            assert resp.status == 200 and resp.content_type == "text/html"
            assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
            assert '<script type="module" src="/web/app.js">' in await resp.text()
        async with http.get(f"{base}/web/app.js") as resp:
            assert resp.status == 200 and resp.content_type == "text/javascript"
        for bad in ("/web/..%2Fserver.py", "/web/server.py", "/web/nope.js"):
            async with http.get(f"{base}{bad}") as resp:
                assert resp.status == 404, bad
        assert html_doc is not None
        async with http.get(f"{base}/sandbox/files/{html_doc.file_id}") as resp:
            assert resp.headers["Content-Disposition"].startswith("attachment;")
            assert "sandbox" in resp.headers["Content-Security-Policy"]
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
        async with http.get(f"{base}/sandbox/files/{photo}") as resp:
            assert resp.content_type == "image/png"
            assert "Content-Disposition" not in resp.headers


async def test_other_sites_and_host_names_are_refused(sandbox: SandboxServer) -> None:
    base = sandbox.base_url
    port = base.rsplit(":", 1)[1]
    body = {"first_name": "Mallory"}
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{base}/sandbox/users", json=body,
                             headers={"Origin": "https://evil.example"}) as resp:
            assert resp.status == 403
        async with http.post(f"{base}/sandbox/users", json=body,
                             headers={"Origin": f"http://127.0.0.1:{port}"}) as resp:
            assert resp.status == 200
        # DNS rebinding: a foreign name that points at 127.0.0.1.
        async with http.get(f"{base}/sandbox/state",
                            headers={"Host": f"evil.example:{port}"}) as resp:
            assert resp.status == 403
        async with http.get(f"{base}/", headers={"Host": f"localhost:{port}"}) as resp:
            assert resp.status == 200
        # The Bot API itself is not affected.
        async with http.get(f"{base}/bot123:abc/getMe",
                            headers={"Host": f"evil.example:{port}"}) as resp:
            assert resp.status == 200


def test_page_never_parses_strings_as_html() -> None:
    """The page builds every node itself; nothing from the bot or a person becomes markup."""
    banned = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|"
                        r"new Function|setAttribute\(\s*[\"']on")
    scripts = sorted((SANDBOX / "web").glob("*.js"))
    assert len(scripts) >= 5
    for path in scripts:
        found = banned.findall(path.read_text(encoding="utf-8"))
        assert not found, (path.name, found)


def _calls(text: str, action: str) -> tuple[set[str], set[str]]:
    """Endpoint paths (ids as {}, queries left out) and action names used in a source file."""
    raw = re.findall(r"[`\"](/sandbox/[^`\"]*)[`\"]", text)
    paths = {re.sub(r"\$?\{[^}]*\}", "{}", p.split("${q(")[0]) for p in raw}
    return paths, set(re.findall(action, text))


def test_page_uses_only_what_the_driver_uses() -> None:
    """The page's API client and the driver call the same endpoints and actions."""
    page, page_actions = _calls((SANDBOX / "web" / "api.js").read_text(encoding="utf-8"),
                                r"act\(\"(\w+)\"")
    driver, driver_actions = _calls((SANDBOX / "driver.py").read_text(encoding="utf-8"),
                                    r"_act\(\s*\"(\w+)\"")
    assert len(page) >= 8 and len(page_actions) >= 8
    # The driver long-polls /sandbox/events; the page reads the same events as a stream.
    assert page - driver == {"/sandbox/events/stream"}, page - driver
    assert page_actions <= driver_actions, page_actions - driver_actions


def test_sandbox_imports_only_the_standard_library_and_aiohttp() -> None:
    allowed_roots = {"aiohttp", "sandbox"}
    for path in SANDBOX.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root in allowed_roots or root in _stdlib(), (path.name, name)


def _stdlib() -> frozenset[str]:
    import sys

    return frozenset(sys.stdlib_module_names)

"""`propdesk admin registry` and `propdesk admin staff`: the same changes as in chat, with
their history, from the command line."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.demo.data import seed_demo
from domain import onboarding
from domain.model import Actor, Locale
from store.db import create_database
from store.migrate import upgrade
from store.uow import SqlUnitOfWork

NOW = datetime.now(UTC)


async def _seed(url: str) -> None:
    db = create_database(url)
    async with SqlUnitOfWork(db.writer()) as uow:
        codes = await seed_demo(uow, NOW)
        await onboarding.redeem_private_code(
            uow, Actor(501, None), codes.staff["crew:plumbing"], display_name="Pat",
            locale=Locale.EN, now=NOW, pepper="")
        await uow.commit()
    await db.dispose()


def test_registry_and_staff_from_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'admin.db'}"
    upgrade(url)
    asyncio.run(_seed(url.replace("sqlite://", "sqlite+aiosqlite://")))
    monkeypatch.setenv("PROPDESK_DATABASE__URL", url)
    monkeypatch.delenv("PROPDESK_CONFIG", raising=False)

    def run(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
        code = main(["admin", "--json", *args])
        return code, json.loads(capsys.readouterr().out.strip().splitlines()[-1])

    code, out = run("registry", "add", "--estate", "HV", "--unit", "A-12B",
                    "--relation", "tenant", "--name", "Tom")
    assert code == 0 and out["code"] and out["added"]["relation"] == "tenant"
    tenure = out["added"]["tenure"]
    code, out = run("registry", "end", "--estate", "HV", "--tenure", str(tenure))
    assert code == 0 and out["ended"]["reason"] == "moved-out"
    code, out = run("registry", "end", "--estate", "HV", "--tenure", str(tenure))
    assert code == 1 and "already ended" in out["error"]
    code, out = run("registry", "sale", "--estate", "HV", "--unit", "A-12B", "--owner", "Wong")
    assert code == 0 and len(out["ended"]) == 1
    code, out = run("registry", "show", "--estate", "HV", "--unit", "A-12B")
    assert [(r["name"], r["reason"]) for r in out["links"]] == [
        ("Wong", None), ("Tom", "moved-out"), ("陳大文", "sold")]
    code, out = run("staff", "list", "--estate", "HV")
    pat = next(s for s in out["staff"] if s["name"] == "Pat")
    assert pat["roles"] == ["crew:plumbing"]
    code, out = run("staff", "code", "--estate", "HV", "--person", str(pat["person"]))
    assert code == 0 and out["codes"][0]["trade"] == "plumbing"
    code, out = run("staff", "deactivate", "--estate", "HV", "--person", str(pat["person"]))
    assert code == 0 and out["returned"] == []
    code, out = run("staff", "list", "--estate", "HV")
    assert all(s["name"] != "Pat" for s in out["staff"])

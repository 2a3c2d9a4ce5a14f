"""The deployment files are valid: the compose file's services, the Dockerfile's copies, the
systemd unit (through `systemd-analyze verify` where it exists) and the lock file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_two_webhook_workers_on_postgres_and_redis() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    bots = [name for name in services if name.startswith("bot-")]
    assert len(bots) == 2
    for name in bots:
        bot = services[name]
        env = bot["environment"]
        assert env["PROPDESK_TELEGRAM__MODE"] == "webhook"
        assert env["PROPDESK_DATABASE__URL"].startswith("postgresql+asyncpg://")
        assert "@postgres:5432/" in env["PROPDESK_DATABASE__URL"]
        assert env["PROPDESK_REDIS__URL"].startswith("redis://redis:")
        assert bot["depends_on"] == {"postgres": {"condition": "service_healthy"},
                                     "redis": {"condition": "service_healthy"}}
        assert bot["env_file"] == ".env"  # the token and secret never sit in the file
        assert "TOKEN" not in " ".join(env)
    for needed in ("postgres", "redis"):
        assert services[needed]["healthcheck"]["test"]
    ports = [p for name in bots for p in services[name]["ports"]]
    assert len(set(ports)) == 2 and all(p.startswith("127.0.0.1:") for p in ports)


def test_dockerfile_copies_what_exists_and_installs_the_lock() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), source
    assert "pip install -r requirements.lock" in text
    assert "propdesk migrate && exec propdesk run" in text


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    unit = (ROOT / "deploy" / "propdesk.service").read_text(encoding="utf-8")
    assert "ExecStart=/opt/propdesk/bin/propdesk run" in unit
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    # The same unit with this checkout's executable and an existing user.
    here = str(Path(sys.executable).parent / "propdesk")
    local = re.sub(r"^(User|Group)=.*$", r"\1=root", unit.replace("/opt/propdesk/bin/propdesk",
                                                                  here), flags=re.MULTILINE)
    (tmp_path / "propdesk.service").write_text(local, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "propdesk.service")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    # and it can fail: a unit whose program is missing does not verify
    (tmp_path / "broken.service").write_text(local.replace(here, "/nonexistent/propdesk"),
                                             encoding="utf-8")
    broken = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "broken.service")],
                            capture_output=True, text=True, check=False)
    assert broken.returncode != 0


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_lock_pins_every_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(r) for r in extra if not r.startswith("propdesk")}
    pinned: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "==" in line:
            name, _, version = line.partition("==")
            pinned[_name(name)] = version.split(";")[0].strip()
    missing = {w.replace(".", "-") for w in wanted} - {p.replace(".", "-") for p in pinned}
    assert not missing, f"not in requirements.lock: {sorted(missing)}"

"""Settings: environment over TOML file, nested names, one clear line when wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings


def test_toml_file_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "propdesk.toml"
    toml.write_text('[telegram]\ntoken = "123456:abcdefghijklmnopqrstuvwxyz"\n'
                    'api_base = "http://127.0.0.1:8081"\n[outbox]\nper_chat_per_s = 2\n',
                    encoding="utf-8")
    for key in list(os.environ):
        if key.startswith("PROPDESK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("PROPDESK_CONFIG", str(toml))
    monkeypatch.setenv("PROPDESK_OUTBOX__PER_CHAT_PER_S", "0.5")
    settings = load_settings()
    assert settings.telegram.api_base == "http://127.0.0.1:8081"
    assert settings.outbox.per_chat_per_s == 0.5  # the environment wins
    assert settings.telegram.token is not None
    assert "abcdef" not in repr(settings)  # the token is a secret


def test_bad_settings_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROPDESK_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(SettingsError, match="missing file"):
        load_settings()
    broken = tmp_path / "broken.toml"
    broken.write_text("[telegram\ntoken = ", encoding="utf-8")
    monkeypatch.setenv("PROPDESK_CONFIG", str(broken))
    with pytest.raises(SettingsError) as err:
        load_settings()
    assert "\n" not in str(err.value)
    monkeypatch.delenv("PROPDESK_CONFIG")
    monkeypatch.setenv("PROPDESK_WEBHOOK__SECRET", "short")
    with pytest.raises(SettingsError, match="webhook.secret"):
        load_settings()

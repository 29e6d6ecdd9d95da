"""Settings: a missing or malformed token is one clear line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import ConfigError, load_settings

ENV = ("BOT_TOKEN", "WEBHOOK_SECRET", "WEBHOOK_URL", "ADMIN_IDS", "TIMEZONE", "DEFAULT_LOCALE")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "db.sqlite3"))


def test_missing_token_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "BOT_TOKEN is not set" in err[0]


def test_malformed_token_exit_2(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("BOT_TOKEN", "not a token")
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "BOT_TOKEN is malformed" in err
    assert "not a token" not in err  # the secret is never echoed


def test_webhook_without_secret_exit_2(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456:ABCdefGhIJKlmnOPQRstuVWXyz0123456789")
    assert main(["webhook"]) == 2
    assert "WEBHOOK_SECRET is not set" in capsys.readouterr().err


def test_bad_setting_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEZONE", "Mars/Olympus")
    with pytest.raises(ConfigError, match="TIMEZONE"):
        load_settings()


def test_env_file_and_lists(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=1, 2,3\nDEFAULT_LOCALE=en\n", encoding="utf-8")
    settings = load_settings()
    assert settings.admin_ids == [1, 2, 3]
    assert settings.default_locale == "en"
    assert settings.bot_token is None


def test_token_is_not_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456:ABCdefGhIJKlmnOPQRstuVWXyz0123456789")
    settings = load_settings()
    assert "ABCdef" not in repr(settings)
    assert settings.token().startswith("123456:")

"""Settings: a missing or malformed token is one clear line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import ConfigError, load_settings
from tests.fake_api import bot_env

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


@pytest.mark.system  # runs `python -m bot` five times
async def test_unusable_database_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A file as the parent, a directory, a place nobody may create files in (sysfs, refused
    even to root), and for a non-root run a read-only folder: one line, exit code 2."""
    import asyncio
    import os
    import sys

    (tmp_path / "afile").write_text("")
    (tmp_path / "adir").mkdir()
    paths = [tmp_path / "afile" / "db.sqlite3", tmp_path / "adir", Path("/sys/claimbot.sqlite3")]
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        paths.append(locked / "db.sqlite3")

    async def run(path: Path, command: list[str]) -> tuple[int, str]:
        env = bot_env(path, "http://127.0.0.1:9", STARTUP_ATTEMPTS="1")
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *command,
            cwd=tmp_path,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(process.communicate(), timeout=60)
        return process.returncode, err.decode()

    runs = [(p, ["run"]) for p in paths] + [(paths[0], ["console", "--db", str(paths[0])])]
    results = await asyncio.gather(*(run(p, c) for p, c in runs))
    for (path, _), (code, err) in zip(runs, results, strict=True):
        lines = err.strip().splitlines()
        assert code == 2, err
        assert len(lines) == 1, err
        assert lines[0].startswith(f"claimbot: DATABASE_PATH {path} cannot be used: "), err


def test_blank_token_from_env_example_means_the_console(tmp_path) -> None:
    """Copying `.env.example` (an empty `BOT_TOKEN=`) must not stop `python -m bot`."""
    from bot.config import Settings

    env = tmp_path / ".env"
    env.write_text("BOT_TOKEN=\n", encoding="utf-8")
    assert Settings(_env_file=env).bot_token is None  # type: ignore[call-arg]

"""`python -m bot migrate-db --to postgresql://…`: an SQLite database with a real journey in
it moves to PostgreSQL whole (counted per table), and the bot goes on there."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.backend import parse_url
from bot.cases import CaseRepo
from bot.config import ConfigError, load_settings
from bot.db import Database
from bot.pg.db import PgDatabase, redacted
from bot.pg.migrate import migrate
from bot.pg.schema import TABLES
from bot.startup import StartupFailed
from flows.problems import ProblemId
from tests.helpers import stored, walk


async def test_a_journey_moves_to_postgresql_and_goes_on(
    talk, db: Database, settings, pg_url: str, capsys
) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")  # case, evidence, documents, reminders
    case = await stored(db)
    before = {t: (await db.fetchone(f"SELECT COUNT(*) FROM {t}"))[0] for t in TABLES}
    assert all(before[t] > 0 for t in ("users", "fsm", "cases", "evidence", "events", "reminders"))
    await db.close()

    argv = ["migrate-db", "--from", str(settings.database_path), "--to", pg_url]
    assert await asyncio.to_thread(main, argv) == 0  # the CLI runs its own event loop
    printed = capsys.readouterr().out
    assert "every table's rows counted" in printed

    target = await PgDatabase.open(pg_url)
    try:
        after = {t: await target.fetchval(f"SELECT COUNT(*) FROM {t}") for t in TABLES}
        assert after == before
        cases = CaseRepo(target)
        assert await cases.get(case.id, 1001) == case
        newer = await cases.create(1001, case.created_at)  # ids go on after the copied ones
        assert newer.id > case.id
    finally:
        await target.close()


async def test_a_target_with_data_is_refused(tmp_path: Path, pg_url: str) -> None:
    source = tmp_path / "old.sqlite3"
    first = await Database.open(source)
    await first.execute("INSERT INTO users (user_id, locale) VALUES (1, 'ru')")
    await first.close()
    await migrate(source, pg_url, say=lambda _: None)
    with pytest.raises(ConfigError, match="already holds data"):
        await migrate(source, pg_url, say=lambda _: None)


def test_database_url_chooses_the_backend(tmp_path: Path) -> None:
    assert parse_url(None, tmp_path / "a.db") == ("sqlite", tmp_path / "a.db")
    assert parse_url("sqlite:///data/b.db", tmp_path) == ("sqlite", Path("data/b.db"))
    assert parse_url("sqlite:////srv/c.db", tmp_path) == ("sqlite", Path("/srv/c.db"))
    assert parse_url("postgresql://u:p@h/db", tmp_path) == ("postgresql", "postgresql://u:p@h/db")
    with pytest.raises(ConfigError):
        parse_url("mysql://h/db", tmp_path)
    assert redacted("postgresql://u:secret@h:5432/db") == "postgresql://u@h:5432/db"


def test_a_wrong_database_url_is_one_line_and_keeps_its_password(monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://user:hunter2@h/db")
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None)
    assert "DATABASE_URL" in str(caught.value)
    assert "hunter2" not in str(caught.value)
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:hunter2@h/db")
    assert "hunter2" not in repr(load_settings(_env_file=None))


async def test_an_unreachable_postgresql_is_one_line_without_password() -> None:
    # Transient (issue 19): exit code 1 and a restart later, not 2 (system/test_containers.py).
    with pytest.raises(StartupFailed) as caught:
        await PgDatabase.open("postgresql://user:hunter2@127.0.0.1:1/db")
    assert "hunter2" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)

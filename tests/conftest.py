"""Shared fixtures: a fresh database file, a dispatcher built by the real factory, and `Talk`,
a person chatting with it through the offline Bot API (the same driver console mode uses)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiogram import Dispatcher
from aiogram.fsm.storage.base import BaseStorage

from bot.app import create_dispatcher
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import Console
from bot.db import Database
from bot.pg.db import PgDatabase
from bot.pg.storage import PgStorage
from bot.storage import SQLiteStorage
from tests.pgcluster import Cluster, binaries, fresh_database

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, database_path=tmp_path / "bot.sqlite3")  # type: ignore[call-arg]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


# -- the database: SQLite everywhere; PostgreSQL too where a module says `backends` ---------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends: run on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL cluster for the whole run (`tests/pgcluster.py`)."""
    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (initdb/pg_ctl not found); .ci/run installs it")
    try:
        cluster = Cluster()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """An empty database on the shared cluster, for this test alone."""
    return fresh_database(pg_cluster)


@pytest.fixture
async def db(settings: Settings, backend: str, request: pytest.FixtureRequest) -> AsyncIterator:
    if backend == "postgresql":
        database = await PgDatabase.open(request.getfixturevalue("pg_url"))
    else:
        database = await Database.open(settings.database_path)
    yield database
    await database.close()


def storage_on(db) -> BaseStorage:
    return PgStorage(db) if isinstance(db, PgDatabase) else SQLiteStorage(db)


@pytest.fixture
async def dp(settings: Settings, db: Database, clock: ManualClock) -> Dispatcher:
    # Scripted chats type faster than any person: the flood limit has its own tests.
    return await create_dispatcher(settings, storage=storage_on(db), clock=clock, throttle=False)


class Talk(Console):
    """A person in a private chat; `said` is what the bot has told them so far."""

    @property
    def said(self) -> list[str]:
        return self.session.texts()

    @property
    def last(self) -> str:
        return self.said[-1]

    @property
    def buttons(self) -> list[str]:
        return [text for text, _ in self._buttons]

    async def say(self, text: str) -> None:
        await self.handle(text)

    async def attach_bytes(self, name: str, data: bytes, caption: str | None = None) -> None:
        path = self.session.out_dir.parent / "uploads" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        await self.attach(f"{path} {caption or ''}")

    async def tap(self, label_part: str) -> None:
        """Press the first button whose label contains `label_part`."""
        for number, label in enumerate(self.buttons, start=1):
            if label_part in label:
                await self.press(number)
                return
        raise AssertionError(f"no button {label_part!r} among {self.buttons}")


@pytest.fixture
def talk(dp: Dispatcher, settings: Settings, clock: ManualClock, tmp_path: Path):
    def make(user_id: int = 1001, language: str = "ru") -> Talk:
        return Talk(dp, settings, clock, tmp_path / "out", user_id, language, io.StringIO())

    return make

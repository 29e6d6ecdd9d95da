"""Fixtures: a fresh database file, a dispatcher built by the real factory, and `talk`, which
makes a person chatting with it (`Talk`, with the other shared helpers, lives in
`tests/helpers.py`). And the `system` marker on what starts another process, so that
`pytest -m "not system"` is the quick run (the layout: `tests/unit`, `tests/dialogue`,
`tests/integration`, `tests/system`)."""

from __future__ import annotations

import copy
import functools
import io
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiogram import Dispatcher
from aiogram.fsm.storage.base import BaseStorage
from aiogram_i18n.cores import FluentRuntimeCore

import tests.depth  # noqa: F401  (registers the Hypothesis profiles `ci` and `dev`)
from bot import i18n
from bot.app import create_dispatcher
from bot.clock import ManualClock
from bot.config import Settings
from bot.db import Database
from bot.pg.db import PgDatabase
from bot.pg.storage import PgStorage
from bot.storage import SQLiteStorage
from tests.helpers import START, Talk
from tests.pgcluster import Cluster, binaries, fresh_database


@pytest.fixture(autouse=True, scope="session")
def texts_parsed_once() -> Iterator[None]:
    """Each dispatcher a test builds would parse every `.ftl` file again (a quarter to half a
    second, more than most dialogue tests take in all); the files do not change during a run,
    so each dispatcher gets a core of its own over the bundles parsed once per default language
    (its own `locales`: a dispatcher's shutdown empties them). `create_core` is our own factory."""
    parse = functools.cache(i18n.create_core)

    def create_core(default_locale: str, path: Path = i18n.LOCALES_DIR) -> FluentRuntimeCore:
        parsed = parse(default_locale, path)
        core = copy.copy(parsed)
        core.locales = dict(parsed.locales)
        return core

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "create_core", create_core)
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, database_path=tmp_path / "bot.sqlite3")  # type: ignore[call-arg]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


# -- the database: SQLite everywhere; PostgreSQL too where a module says `backends` ---------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends: run on SQLite and on PostgreSQL")


# -- the slow part: `pytest -m "not system"` leaves it out ----------------------------------

SYSTEM = Path(__file__).parent / "system"


@pytest.hookimpl(tryfirst=True)  # marked before `-m` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`system` on everything that starts another process: the whole of `tests/system/`, and
    anywhere else a test on PostgreSQL (its cluster is a server process of its own)."""
    for item in items:
        if SYSTEM in item.path.parents or _on_postgresql(item):
            item.add_marker(pytest.mark.system)


def _on_postgresql(item: pytest.Item) -> bool:
    if "pg_cluster" in getattr(item, "fixturenames", ()):
        return True
    # `backends` and the storage contract reach the cluster through
    # `request.getfixturevalue("pg_url")`, which the static fixture list does not show.
    callspec = getattr(item, "callspec", None)
    return callspec is not None and "postgresql" in callspec.params.values()


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


@pytest.fixture
def talk(dp: Dispatcher, settings: Settings, clock: ManualClock, tmp_path: Path):
    def make(user_id: int = 1001, language: str = "ru") -> Talk:
        return Talk(dp, settings, clock, tmp_path / "out", user_id, language, io.StringIO())

    return make

"""Fixtures only: a fresh database file, a dispatcher built by the real factory, and `talk`,
which makes a person chatting with it (`Talk`, with the other shared helpers, lives in
`tests/helpers.py`)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Dispatcher

from bot.app import create_dispatcher
from bot.clock import ManualClock
from bot.config import Settings
from bot.db import Database
from bot.storage import SQLiteStorage
from tests.helpers import START, Talk


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, database_path=tmp_path / "bot.sqlite3")  # type: ignore[call-arg]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = await Database.open(settings.database_path)
    yield database
    await database.close()


@pytest.fixture
async def dp(settings: Settings, db: Database, clock: ManualClock) -> Dispatcher:
    # Scripted chats type faster than any person: the flood limit has its own tests.
    return await create_dispatcher(settings, storage=SQLiteStorage(db), clock=clock, throttle=False)


@pytest.fixture
def talk(dp: Dispatcher, settings: Settings, clock: ManualClock, tmp_path: Path):
    def make(user_id: int = 1001, language: str = "ru") -> Talk:
        return Talk(dp, settings, clock, tmp_path / "out", user_id, language, io.StringIO())

    return make

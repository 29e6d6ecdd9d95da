"""Shared fixtures: a fresh database file, a dispatcher built by the real factory, and `Talk`,
a person chatting with it through the offline Bot API (the same driver console mode uses)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiogram import Dispatcher

from bot.app import create_dispatcher
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import Console
from bot.db import Database
from bot.storage import SQLiteStorage

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


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

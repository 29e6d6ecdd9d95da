"""Fast double taps: updates of one chat are handled one at a time, in arrival order, and the
locks do not pile up."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import Chat, Message, Update, User

from bot.db import Database
from bot.isolation import ChatEventIsolation
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.storage import SQLiteStorage


def _update(n: int, chat_id: int) -> Update:
    user = User(id=chat_id, is_bot=False, first_name="U")
    message = Message(
        message_id=n,
        date=datetime(2026, 11, 21, tzinfo=UTC),
        chat=Chat(id=chat_id, type="private"),
        from_user=user,
        text=str(n),
    )
    return Update(update_id=n, message=message)


async def test_fifty_concurrent_updates_end_in_order(db: Database) -> None:
    isolation = ChatEventIsolation()
    dp = Dispatcher(
        storage=SQLiteStorage(db), fsm_strategy=FSMStrategy.CHAT, events_isolation=isolation
    )
    router = Router()
    inside = 0
    overlap = False

    @router.message()
    async def append(message: Message, state: FSMContext) -> None:
        nonlocal inside, overlap
        inside += 1
        overlap = overlap or inside > 1
        data = await state.get_data()
        await asyncio.sleep(0)  # give a racing update every chance to interleave
        await state.set_data({"seen": [*data.get("seen", []), int(message.text)]})
        inside -= 1

    dp.include_router(router)
    bot = Bot(OFFLINE_TOKEN, session=OfflineSession())
    await asyncio.gather(*(dp.feed_update(bot, _update(n, 5)) for n in range(50)))

    key = StorageKey(bot_id=bot.id, chat_id=5, user_id=5)
    assert await dp.storage.get_data(key) == {"seen": list(range(50))}
    assert not overlap
    assert isolation.held == 0


async def test_chats_do_not_wait_for_each_other() -> None:
    isolation = ChatEventIsolation()
    a, b = StorageKey(1, 1, 1), StorageKey(1, 2, 2)
    async with isolation.lock(a):
        # b is free while a is held
        await asyncio.wait_for(_enter(isolation, b), timeout=1)
    assert isolation.held == 0


async def _enter(isolation: ChatEventIsolation, key: StorageKey) -> None:
    async with isolation.lock(key):
        pass

"""aiogram's own ceiling on the whole bot's path: the same updates (Telegram's JSON parsed as
the webhook does), the same `Dispatcher.feed_update`, the same in-process Bot API
(`fake_telegram.BenchSession`), the same chats waiting for each answer, and a handler of one
line: move the FSM state and answer with a 4-button inline keyboard.

FSM storage: aiogram's `MemoryStorage` (per-chat strategy, as the bot's). No middlewares,
no database, no texts: what is left is aiogram's parsing, routing, its FSM and the Bot API
round trip through aiogram's own response parsing, so "the bot / the ceiling" is what our
code costs on top of the framework.
"""

from __future__ import annotations

import asyncio
import gc
import time
from itertools import count
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from benchmarks.core.common import StallTicker, percentile
from benchmarks.core.fake_telegram import BOT_TOKEN, BenchSession
from benchmarks.core.person import Person
from benchmarks.core.whole_bot import feed


class Asking(StatesGroup):
    one = State()
    two = State()


KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text=f"Вариант {n}", callback_data=f"a:{n}") for n in (1, 2)],
        [InlineKeyboardButton(text=f"Вариант {n}", callback_data=f"a:{n}") for n in (3, 4)],
    ]
)


async def one_line(message: Message, state: FSMContext, raw_state: str | None) -> None:
    await state.set_state(Asking.two if raw_state == Asking.one.state else Asking.one)
    await message.answer("Следующий вопрос?", reply_markup=KEYBOARD)


def dispatcher() -> Dispatcher:
    dp = Dispatcher(storage=MemoryStorage(), fsm_strategy=FSMStrategy.CHAT)
    router = Router()
    router.message.register(one_line)
    dp.include_router(router)
    return dp


_texts = count()


async def _walk(dp: Dispatcher, bot: Bot, person: Person, turns: int, out: list[float]) -> None:
    for _ in range(turns):
        out.append(await feed(dp, bot, person.text(f"ответ {next(_texts)}")))


async def measure(chats: int, turns: int, first_chat: int) -> dict[str, Any]:
    """`chats` people at once, each typing `turns` answers, each after the bot answered."""
    gc.collect()
    dp = dispatcher()
    bot = Bot(BOT_TOKEN, session=BenchSession())
    people = [Person(first_chat + n) for n in range(chats)]
    latencies: list[float] = []
    with StallTicker() as ticker:
        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(_walk(dp, bot, p, turns, latencies) for p in people))
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu  # all threads: the database's too
    return {
        "updates": len(latencies),
        "updates_per_s": len(latencies) / elapsed,
        # CPU the process spent per update: steadier than updates/s on a shared machine
        "cpu_ms_per_update": cpu / len(latencies) * 1000,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "stall_ms": ticker.worst_ms,
    }

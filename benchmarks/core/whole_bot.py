"""The whole bot: many chats at once walking a realistic mix through the real dispatcher.

The dispatcher and the bot come from the public factories (`bot.app.create_dispatcher`,
`bot.app.create_bot`) with an in-process Bot API (`fake_telegram.BenchSession`); updates are
posted as Telegram's JSON and parsed as the webhook does, then fed with `dp.feed_update`.
Each chat is a task that waits for the bot's answer before its next move, as a person does.

Two FSM storages, the same dispatcher otherwise: ours, and aiogram's `MemoryStorage` put in
its place (the cases, people and reminders stay in SQLite either way), rotated every round.

The loop's lag is the stall ticker's worst lateness. Under load it is the longest iteration of
the event loop (everything that was ready at once), and a full collection of the cyclic
garbage collector over the bot's heap shows here too: on 28.11.2026 `gc.freeze()` after
start-up took it from 210-370 ms to 44 ms at 200 chats.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import Update

from benchmarks.core.common import StallTicker, median, percentile, rotated
from benchmarks.core.fake_telegram import BOT_TOKEN, BenchSession
from benchmarks.core.person import Person
from benchmarks.core.storage import open_ours

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
STORAGES = ("ours", "memory")
CHAT_COUNTS = (20, 200)


@asynccontextmanager
async def running_bot(db_path: Path, fsm: str) -> AsyncIterator[tuple[Dispatcher, Bot]]:
    """The bot as the console and the tests build it, started and, afterwards, shut down.
    `fsm="memory"` swaps only the FSM storage for aiogram's MemoryStorage."""
    from bot.app import create_bot, create_dispatcher
    from bot.clock import ManualClock
    from bot.config import Settings

    settings = Settings(_env_file=None, database_path=db_path)  # type: ignore[call-arg]
    storage = await open_ours(db_path)
    try:
        dp = await create_dispatcher(
            settings, storage=storage, clock=ManualClock(START), throttle=False
        )
        if fsm == "memory":
            dp.fsm.storage = MemoryStorage()  # aiogram's own attribute for the FSM storage
        bot = create_bot(settings, session=BenchSession(), token=BOT_TOKEN)
        await dp.emit_startup(bot=bot, dispatcher=dp, **dp.workflow_data)
        try:
            yield dp, bot
        finally:
            await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    finally:
        await storage.close()


async def feed(dp: Dispatcher, bot: Bot, raw: dict[str, Any]) -> float:
    """One update as the webhook handles it (JSON to `Update`, then the dispatcher);
    returns how long it took, in seconds."""
    start = time.perf_counter()
    update = Update.model_validate(raw, context={"bot": bot})
    await dp.feed_update(bot, update)
    return time.perf_counter() - start


async def walk(dp: Dispatcher, bot: Bot, person: Person, turns: int, out: list[float]) -> None:
    """One chat: /start, then `turns - 1` moves of the mix, each after the bot answered."""
    session: BenchSession = bot.session  # type: ignore[assignment]
    view = session.view(person.chat_id)
    out.append(await feed(dp, bot, person.text("/start")))
    for _ in range(turns - 1):
        view.replies = 0
        out.append(await feed(dp, bot, person.next_update(view)))
        if view.replies == 0:
            person.did["silent"] = person.did.get("silent", 0) + 1


async def measure(
    fsm: str, chats: int, turns: int, first_chat: int, profiler: Any = None
) -> dict[str, Any]:
    """`chats` people at once, `turns` updates each, on a fresh database. A `profiler`
    (`cProfile.Profile`) is enabled only while the chats walk, not at start-up."""
    gc.collect()
    with tempfile.TemporaryDirectory(prefix="bench-bot-") as tmp:
        async with running_bot(Path(tmp) / "bot.sqlite3", fsm) as (dp, bot):
            people = [Person(first_chat + n) for n in range(chats)]
            latencies: list[float] = []
            with StallTicker() as ticker:
                start, cpu = time.perf_counter(), time.process_time()
                if profiler is not None:
                    profiler.enable()
                await asyncio.gather(*(walk(dp, bot, p, turns, latencies) for p in people))
                if profiler is not None:
                    profiler.disable()
                elapsed = time.perf_counter() - start
                cpu = time.process_time() - cpu  # all threads: the database's too
            mix: dict[str, int] = {}
            for person in people:
                for action, n in person.did.items():
                    mix[action] = mix.get(action, 0) + n
            methods = dict(bot.session.methods)  # type: ignore[attr-defined]
    return {
        "updates": len(latencies),
        "updates_per_s": len(latencies) / elapsed,
        # CPU the process spent per update: steadier than updates/s on a shared machine
        "cpu_ms_per_update": cpu / len(latencies) * 1000,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "stall_ms": ticker.worst_ms,
        "mix": mix,
        "bot_api_calls": methods,
    }


async def run(rounds: int, turns: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Both storages at 20 and 200 chats, `rounds` times in rotated order; medians.

    Logging stays at WARNING, as in the console and `benchmarks/webhook.py` (at INFO aiogram
    writes a line per update). A warm-up walk first, unrecorded, so what the bot loads on
    first use (dateparser's languages, templates) is not charged to whichever storage runs
    first."""
    logging.getLogger().setLevel(logging.WARNING)
    for fsm in STORAGES:
        await measure(fsm, 20, 10, 1_000)
    samples: dict[tuple[str, int], list[dict[str, Any]]] = {}
    first_chat = 10_000
    for round_no in range(rounds):
        for chats in CHAT_COUNTS:
            for fsm in rotated(STORAGES, round_no):
                result = await measure(fsm, chats, turns, first_chat)
                samples.setdefault((fsm, chats), []).append(result)
                log(
                    f"bot round {round_no + 1}/{rounds} {chats:>3} chats FSM {fsm}: "
                    f"{result['updates_per_s']:.0f} updates/s, p50 {result['p50_ms']:.1f} ms, "
                    f"p99 {result['p99_ms']:.1f} ms"
                )
    cells = []
    for chats in CHAT_COUNTS:
        for fsm in STORAGES:
            runs = samples[(fsm, chats)]
            cells.append(
                {
                    "fsm": fsm,
                    "chats": chats,
                    "turns_per_chat": turns,
                    "updates_per_s": median([r["updates_per_s"] for r in runs]),
                    "p50_ms": median([r["p50_ms"] for r in runs]),
                    "p99_ms": median([r["p99_ms"] for r in runs]),
                    "stall_ms": median([r["stall_ms"] for r in runs]),
                    "runs": runs,
                }
            )
    ratios = {str(chats): _ratio(samples, chats) for chats in CHAT_COUNTS}
    return {"rounds": rounds, "cells": cells, "ratio_ours_to_memory": ratios}


def _ratio(samples: dict[tuple[str, int], list[dict[str, Any]]], chats: int) -> float:
    """Ours / memory within each round (the two ran a minute apart at most), then the median:
    steadier than a ratio of medians when the machine's load drifts between rounds."""
    pairs = zip(samples[("ours", chats)], samples[("memory", chats)], strict=True)
    return median([ours["updates_per_s"] / memory["updates_per_s"] for ours, memory in pairs])

"""FSM storage round trips: ours against aiogram's MemoryStorage and the two SQLite storages on
PyPI, at 1, 20 and 200 chats at once.

One round trip is what a turn of the dialogue asks of the storage at least: `set_state`,
`set_data`, `get_data` for the chat's key. Each chat is a task doing round trips in a loop for
a fixed time, yielding to the loop after each one as a handler would (the rest of its update).
A ticker beside them records the longest stall of the event loop: a storage that blocks the
loop (plain `sqlite3` on the loop's thread) shows here even when its throughput looks good.

Every storage gets a fresh file in a fresh temporary directory for every cell.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram.fsm.storage.base import BaseStorage, StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from benchmarks.core.common import StallTicker, median, rotated

BOT_ID = 42
STATE = "Order:order_number"
CHAT_COUNTS = (1, 20, 200)


async def open_ours(path: Path) -> BaseStorage:
    """As `bot.app.create_dispatcher` builds it: our storage over the bot's database."""
    from bot.db import Database
    from bot.storage import SQLiteStorage

    return SQLiteStorage(await Database.open(path), close_db=True)


async def _memory(path: Path) -> BaseStorage:
    return MemoryStorage()


async def _aiogram_sqlite_storage(path: Path) -> BaseStorage:
    """PyPI `aiogram-sqlite-storage`; JSON like ours (its default is pickle)."""
    from aiogram_sqlite_storage.sqlitestore import SQLStorage

    return SQLStorage(db_path=str(path), serializing_method="json")


async def _aiogram_fsm_sqlitestorage(path: Path) -> BaseStorage:
    """PyPI `aiogram-fsm-sqlitestorage`. Importing it calls `logging.basicConfig(level=INFO)`,
    which would make aiogram log every update in the whole-bot part: the level goes back."""
    root = logging.getLogger()
    level = root.level
    from aiogram_fsm_sqlitestorage import SQLiteStorage

    root.setLevel(level)
    return SQLiteStorage(db_path=str(path))


def _as_durable_as_ours(conn: Any) -> None:
    """WAL and synchronous=NORMAL, as `bot.db` opens its file: commits no longer wait for an
    fsync, so what is left is the storage's own design (plain sqlite3 on the loop's thread)."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")


async def _aiogram_sqlite_storage_wal(path: Path) -> BaseStorage:
    storage = await _aiogram_sqlite_storage(path)
    _as_durable_as_ours(storage.con)  # type: ignore[attr-defined]
    return storage


async def _aiogram_fsm_sqlitestorage_wal(path: Path) -> BaseStorage:
    storage = await _aiogram_fsm_sqlitestorage(path)
    _as_durable_as_ours(storage._get_connection())  # type: ignore[attr-defined]
    return storage


@dataclass(frozen=True)
class Contender:
    name: str
    open: Callable[[Path], Awaitable[BaseStorage]]
    pypi: bool = False


CONTENDERS = (
    Contender("ours (bot.storage.SQLiteStorage)", open_ours),
    Contender("aiogram MemoryStorage", _memory),
    Contender("aiogram-sqlite-storage", _aiogram_sqlite_storage, pypi=True),
    Contender("aiogram-fsm-sqlitestorage", _aiogram_fsm_sqlitestorage, pypi=True),
    Contender("aiogram-sqlite-storage, WAL+NORMAL", _aiogram_sqlite_storage_wal, pypi=True),
    Contender("aiogram-fsm-sqlitestorage, WAL+NORMAL", _aiogram_fsm_sqlitestorage_wal, pypi=True),
)


def _key(chat: int) -> StorageKey:
    return StorageKey(bot_id=BOT_ID, chat_id=chat, user_id=chat)


def _data(chat: int, n: int) -> dict[str, Any]:
    """A small payload like the dialogue's: a case id and where the person is."""
    return {"case_id": chat, "turn": n, "question": "order_number", "back": ["marketplace"]}


async def round_trip(storage: BaseStorage, chat: int, n: int) -> None:
    key = _key(chat)
    await storage.set_state(key, STATE)
    await storage.set_data(key, _data(chat, n))
    await storage.get_data(key)


@asynccontextmanager
async def _fresh(contender: Contender):
    """The storage on a new file, closed afterwards whatever happens."""
    with tempfile.TemporaryDirectory(prefix="bench-fsm-") as tmp:
        storage = await contender.open(Path(tmp) / "fsm.sqlite3")
        try:
            yield storage
        finally:
            await storage.close()


async def check(contender: Contender) -> str | None:
    """None when the storage keeps what it is given under aiogram 3.31; otherwise why not."""
    try:
        async with _fresh(contender) as storage:
            await round_trip(storage, 1, 7)
            key = _key(1)
            state, data = await storage.get_state(key), await storage.get_data(key)
            if state != STATE or data != _data(1, 7):
                return f"read back {state!r}, {data!r}"
    except ImportError as exc:
        return f"not installed ({exc.name}); pip install -e '.[bench]'"
    except Exception as exc:  # a storage that does not work is a result, not a crash
        return f"{type(exc).__name__}: {exc}"
    return None


async def measure(contender: Contender, chats: int, seconds: float) -> dict[str, float]:
    """Round trips per second and the longest loop stall, `chats` tasks for `seconds`."""
    async with _fresh(contender) as storage:
        await round_trip(storage, 0, 0)  # the first statement compiles, the file grows
        done = 0
        deadline = time.perf_counter() + seconds

        async def chat_loop(chat: int) -> None:
            nonlocal done
            n = 0
            while time.perf_counter() < deadline:
                await round_trip(storage, chat, n)
                n += 1
                done += 1
                await asyncio.sleep(0)  # the rest of the update: the loop runs others

        with StallTicker() as ticker:
            start = time.perf_counter()
            await asyncio.gather(*(chat_loop(1000 + c) for c in range(chats)))
            elapsed = time.perf_counter() - start
        return {"round_trips_per_s": done / elapsed, "stall_ms": ticker.worst_ms}


async def run(rounds: int, seconds: float, log: Callable[[str], None]) -> dict[str, Any]:
    """Every contender at every concurrency, `rounds` times in rotated order; medians."""
    problems = {c.name: await check(c) for c in CONTENDERS}
    working = [c for c in CONTENDERS if problems[c.name] is None]
    samples: dict[tuple[str, int], list[dict[str, float]]] = {}
    for round_no in range(rounds):
        for chats in CHAT_COUNTS:
            for contender in rotated(working, round_no):
                result = await measure(contender, chats, seconds)
                samples.setdefault((contender.name, chats), []).append(result)
                log(
                    f"storage round {round_no + 1}/{rounds} {chats:>3} chats "
                    f"{contender.name}: {result['round_trips_per_s']:.0f}/s, "
                    f"stall {result['stall_ms']:.1f} ms"
                )
    cells = []
    for contender in CONTENDERS:
        for chats in CHAT_COUNTS:
            runs = samples.get((contender.name, chats), [])
            cells.append(
                {
                    "storage": contender.name,
                    "pypi": contender.pypi,
                    "chats": chats,
                    "problem": problems[contender.name],
                    "round_trips_per_s": median([r["round_trips_per_s"] for r in runs]),
                    "stall_ms": median([r["stall_ms"] for r in runs]),
                    "runs": runs,
                }
            )
    return {
        "rounds": rounds,
        "seconds_per_cell": seconds,
        "cells": cells,
        "ratio_ours_to_faster_pypi_at_20": _ratio_to_pypi(cells, 20, tuned=False),
        "ratio_ours_to_faster_pypi_wal_at_20": _ratio_to_pypi(cells, 20, tuned=True),
    }


def _ratio_to_pypi(cells: list[dict[str, Any]], chats: int, tuned: bool) -> dict[str, Any] | None:
    """Ours divided by the faster working PyPI storage at `chats` chats (the issue's target):
    as shipped, or with our file settings (`tuned`)."""
    at = [c for c in cells if c["chats"] == chats and c["problem"] is None]
    ours = next((c for c in at if c["storage"].startswith("ours")), None)
    pypi = [c for c in at if c["pypi"] and ("WAL+NORMAL" in c["storage"]) == tuned]
    if ours is None or not pypi:
        return None
    best = max(pypi, key=lambda c: c["round_trips_per_s"])
    return {
        "against": best["storage"],
        "ratio": ours["round_trips_per_s"] / best["round_trips_per_s"],
    }

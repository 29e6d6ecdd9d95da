"""Trips to the database thread per update, by kind of update, for one chat walking the mix
through the whole bot (`whole_bot.running_bot`), one update at a time so each trip is
charged to its update.

A trip is a hand-off to aiosqlite's worker thread (one statement, BEGIN or COMMIT each) or,
where the code has it (`bot.db._Batcher`), one commit of an update's collected writes. The
count wraps aiosqlite's internal dispatch method: a benchmark may; the tests count the same
way (`tests/test_fast_core.py`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from benchmarks.core.common import median
from benchmarks.core.fake_telegram import BenchSession
from benchmarks.core.person import Person
from benchmarks.core.whole_bot import feed, running_bot


@contextmanager
def counting() -> Iterator[list[int]]:
    seen = [0]
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        seen[0] += 1
        return await original(self, fn, *args, **kwargs)

    batcher: Any = None
    try:
        from bot.db import _Batcher  # type: ignore[attr-defined]

        batcher = _Batcher
    except ImportError:  # the code before issue 18: every write is its own trip
        pass
    if batcher is not None:
        batch = batcher.run

        async def batched(self: Any, writes: Any) -> Any:
            seen[0] += 1
            return await batch(self, writes)

        batcher.run = batched
    aiosqlite.Connection._execute = counted  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        aiosqlite.Connection._execute = original  # type: ignore[method-assign]
        if batcher is not None:
            batcher.run = batch


def kind_of(raw: dict[str, Any], action: str) -> str:
    message = raw.get("message")
    if action == "answer" and message is not None:
        return "typed answer" if not message.get("text", "").startswith("/") else "command"
    if action == "answer":
        return "pressed answer"
    return action


async def run(turns: int, chats: int = 5) -> dict[str, Any]:
    """`chats` people one after another, `turns` updates each; trips per update by kind."""
    by_kind: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-trips-") as tmp:
        async with running_bot(Path(tmp) / "bot.sqlite3", "ours") as (dp, bot):
            session: BenchSession = bot.session  # type: ignore[assignment]
            for n in range(chats):
                person = Person(50_000 + n)
                view = session.view(person.chat_id)
                await feed(dp, bot, person.text("/start"))
                for _ in range(turns):
                    did = dict(person.did)
                    raw = person.next_update(view)
                    action = next(a for a, k in person.did.items() if did.get(a) != k)
                    with counting() as seen:
                        await feed(dp, bot, raw)
                    by_kind.setdefault(kind_of(raw, action), []).append(seen[0])
    return {
        kind: {"updates": len(v), "median": median(v), "max": max(v)}
        for kind, v in sorted(by_kind.items())
    }

"""With 100 000 pending reminders: how long finding the due ones takes, and whether the idle
scheduler polls.

    python benchmarks/reminders.py [--rows 100000] [--idle-seconds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.cases import CaseRepo
from bot.clock import SystemClock
from bot.db import Database
from bot.reminders import ReminderStore, Scheduler, _iso


class CountingStore(ReminderStore):
    """Counts how often the scheduler asks the database."""

    queries = 0

    async def claim_due(self, now, limit=100):
        CountingStore.queries += 1
        return await super().claim_due(now, limit)

    async def next_due(self):
        CountingStore.queries += 1
        return await super().next_due()


async def main(rows: int, idle_seconds: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "bench.sqlite3")
        now = datetime.now(UTC)
        case = await CaseRepo(db).create(1, now)
        start = time.perf_counter()
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO reminders (case_id, chat_id, kind, due_at) VALUES (?, ?, ?, ?)",
                (
                    (case.id, 1 + n % 5000, "state_body", _iso(now + timedelta(minutes=5 + n)))
                    for n in range(rows)
                ),
            )
        print(f"{rows} pending reminders inserted in {time.perf_counter() - start:.1f} s")

        store = ReminderStore(db)
        samples = []
        for _ in range(200):
            t = time.perf_counter()
            found = await store.claim_due(now, limit=100)  # nothing due yet: the common case
            samples.append((time.perf_counter() - t) * 1000)
        assert found == []
        print(f"claim_due (none due):  median {statistics.median(samples):.3f} ms")

        # 100 due now, among the 100 000 that are not
        async with db.transaction() as conn:
            await conn.execute(
                "UPDATE reminders SET due_at = ? WHERE id IN"
                " (SELECT id FROM reminders ORDER BY id LIMIT 100)",
                (_iso(now - timedelta(minutes=1)),),
            )
        finding = []
        for _ in range(200):
            t = time.perf_counter()
            due = await db.fetchall(
                "SELECT id FROM reminders WHERE status = 'pending' AND due_at <= ?"
                " ORDER BY due_at LIMIT 100",
                (_iso(now),),
            )
            finding.append((time.perf_counter() - t) * 1000)
        print(
            f"find the 100 due:      median {statistics.median(finding):.3f} ms ({len(due)} rows)"
        )
        t = time.perf_counter()
        found = await store.claim_due(now, limit=100)
        claim_ms = (time.perf_counter() - t) * 1000
        print(f"claim them (one txn):  {claim_ms:.3f} ms, claimed {len(found)}")
        samples = []
        for _ in range(200):
            t = time.perf_counter()
            await store.next_due()
            samples.append((time.perf_counter() - t) * 1000)
        print(f"next_due:              median {statistics.median(samples):.3f} ms")
        plan = await db.fetchall(
            "EXPLAIN QUERY PLAN SELECT id FROM reminders WHERE status = 'pending' AND due_at <= ?"
            " ORDER BY due_at LIMIT 100",
            (_iso(now),),
        )
        print("query plan:", "; ".join(r["detail"] for r in plan))

        # The idle scheduler: nothing due for five minutes; it must sleep, not poll.
        async def nothing(reminder):
            return None

        counting = CountingStore(db)
        scheduler = Scheduler(counting, bot=None, clock=SystemClock(), compose=nothing)  # type: ignore[arg-type]
        CountingStore.queries = 0
        scheduler.start()
        await asyncio.sleep(idle_seconds)
        await scheduler.stop()
        print(
            f"idle scheduler over {idle_seconds:.0f} s: {scheduler.wakeups} wake-up(s),"
            f" {CountingStore.queries} database queries"
        )
        await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--idle-seconds", type=float, default=3.0)
    args = parser.parse_args()
    asyncio.run(main(args.rows, args.idle_seconds))

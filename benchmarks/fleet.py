"""Webhook mode on one machine and on a fleet: SQLite x1, PostgreSQL x1, PostgreSQL x2.

Each configuration runs the real `python -m bot webhook` process(es) against the fake Bot API
(`tests/fake_api.py`); PostgreSQL is a throwaway cluster started here (`tests/pgcluster.py`).
The load: `--chats` chats each posting /start at once, spread round-robin over the
instances. Printed per configuration: updates handled per second (first POST to the last
chat's first reply), p50/p99 from a chat's POST to its first reply at the Bot API, and how
many POSTs were answered 200.

    python benchmarks/fleet.py [--chats 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.webhook import SECRET, post_starts, wait_ready
from tests.fake_api import FakeBotApi, bot_env, free_port, start_bot
from tests.pgcluster import Cluster, fresh_database


async def run(name: str, chats: int, instances: int, database_url: str | None) -> dict:
    api = FakeBotApi()
    url = await api.start()
    ports = [free_port() for _ in range(instances)]
    with tempfile.TemporaryDirectory() as tmp:
        processes = []
        for port in ports:
            extra = {"DATABASE_URL": database_url} if database_url else {}
            env = bot_env(
                Path(tmp) / "bench.sqlite3",
                url,
                WEBHOOK_URL="https://bot.example.org",
                WEBHOOK_SECRET=SECRET,
                WEBHOOK_HOST="127.0.0.1",
                WEBHOOK_PORT=str(port),
                SHUTDOWN_TIMEOUT="120",
                **extra,
            )
            processes.append(await start_bot("webhook", Path(tmp), env))
        try:
            for port in ports:
                await wait_ready(port)
            start = time.monotonic()
            posted, statuses = await post_starts(ports, 100_000, chats)
            while len([c for c in posted if c in api.sent_at]) < chats:
                if time.monotonic() - start > 600:
                    raise SystemExit("replies stopped coming")
                await asyncio.sleep(0.01)
            elapsed = max(api.sent_at[c] for c in posted) - start
            latencies = sorted((api.sent_at[c] - posted[c]) * 1000 for c in posted)
        finally:
            for process in processes:
                if process.returncode is None:
                    process.terminate()
            for process in processes:
                await process.communicate()
            await api.close()
    result = {
        "name": name,
        "accepted": statuses.count(200),
        "rate": chats / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[int(len(latencies) * 0.99) - 1],
    }
    print(
        f"{name:<16} {result['accepted']:>5}/{chats} accepted  {result['rate']:>6.0f} updates/s"
        f"  p50 {result['p50']:>6.0f} ms  p99 {result['p99']:>6.0f} ms",
        flush=True,
    )
    return result


async def main(chats: int) -> None:
    print(
        f"{chats} chats posting /start at once; {os.cpu_count()} CPU(s), "
        f"{platform.machine()}, Python {platform.python_version()}, "
        f"load average before: {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    cluster = Cluster()
    cluster.start()
    try:
        await run("SQLite x1", chats, 1, None)
        await run("PostgreSQL x1", chats, 1, fresh_database(cluster))
        await run("PostgreSQL x2", chats, 2, fresh_database(cluster))
    finally:
        cluster.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(main(args.chats))

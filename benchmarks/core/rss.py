"""Memory after many chats: the bot in a process of its own (so nothing else the benchmark did
counts), `/start` and one answer (a new case) from each of 10 000 distinct chats.

Run by `python -m benchmarks.core --only rss`; on its own, `python -m benchmarks.core.rss`
prints one JSON object: VmRSS with the interpreter alone, after start-up (dispatcher built and
started), after the chats (and after a full garbage collection), and VmHWM, the peak.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _status_mib(field: str) -> float:
    """A `/proc/self/status` memory line (kB) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _chats(chats: int, at_once: int) -> dict[str, float]:
    figures = {"interpreter_mib": _status_mib("VmRSS")}  # before aiogram and the bot load

    from benchmarks.core.person import Person
    from benchmarks.core.whole_bot import feed, running_bot

    with tempfile.TemporaryDirectory(prefix="bench-rss-") as tmp:
        async with running_bot(Path(tmp) / "bot.sqlite3", "ours") as (dp, bot):
            gc.collect()
            figures["startup_mib"] = _status_mib("VmRSS")
            session = bot.session

            async def one(chat_id: int) -> None:
                person = Person(chat_id)
                await feed(dp, bot, person.text("/start"))
                view = session.view(chat_id)  # type: ignore[attr-defined]
                if view.screen is not None:  # the menu: "new case", the first button
                    data = view.screen["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
                    await feed(dp, bot, person.press(view.screen, data))
                session.forget(chat_id)  # type: ignore[attr-defined]

            for first in range(0, chats, at_once):
                batch = range(first, min(first + at_once, chats))
                await asyncio.gather(*(one(1_000_000 + n) for n in batch))
            gc.collect()
            figures["after_mib"] = _status_mib("VmRSS")
            figures["peak_mib"] = _status_mib("VmHWM")
    return figures


def measure(chats: int) -> dict[str, Any]:
    """Run the measurement in a fresh interpreter and return its figures."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.core.rss", "--chats", str(chats)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["chats"] = chats
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--at-once", type=int, default=100)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(_chats(args.chats, args.at_once))))

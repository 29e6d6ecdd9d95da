"""What every part of the core benchmark shares: rotation of alternatives, percentiles, the
event-loop stall ticker, the machine's state, and the table printer.

The machine has two cores and other work on it, so absolute figures drift by tens of percent
between minutes; alternatives are measured in one run, in an order rotated every round, and
compared as ratios of medians."""

from __future__ import annotations

import asyncio
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def rotated(items: Sequence[T], round_no: int) -> list[T]:
    """The alternatives in the order for this round: each one goes first once in a while, so
    none always profits from a cold or a warm machine."""
    shift = round_no % len(items)
    return list(items[shift:]) + list(items[:shift])


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p99 of 1 000 values is the 990th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5 - 1e-9)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    clean = [v for v in values if v == v]  # drop NaN (a run that did not happen)
    return statistics.median(clean) if clean else float("nan")


class StallTicker:
    """Sleeps `period` seconds in a loop and keeps the worst lateness: the longest time the
    event loop could not run anything else (a blocking call, or a long stretch of Python)."""

    def __init__(self, period: float = 0.001) -> None:
        self.period = period
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            expected = time.perf_counter() + self.period
            await asyncio.sleep(self.period)
            self.worst = max(self.worst, time.perf_counter() - expected)

    def __enter__(self) -> StallTicker:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()

    @property
    def worst_ms(self) -> float:
        return self.worst * 1000


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_state() -> dict[str, Any]:
    """What the figures depend on, saved next to them: cores, load, CPU, versions."""
    return {
        "date_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "loadavg": os.getloadavg(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "versions": {
            d: _version(d)
            for d in (
                "aiogram",
                "aiosqlite",
                "pydantic",
                "aiogram-sqlite-storage",
                "aiogram-fsm-sqlitestorage",
            )
        },
    }


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A Markdown table, so it can be pasted into the README or an issue as it is."""
    print(f"\n### {title}\n")
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print(line(row))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value != value:
            return "—"
        if abs(value) >= 100:
            return f"{value:,.0f}".replace(",", " ")
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    return str(value)

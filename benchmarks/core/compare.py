"""Before and after in one run: the whole bot of two checkouts (the code before a change, in
a second worktree, and this one), each measurement in a fresh process (`benchmarks.core.one`),
alternating in rotated order round after round, with aiogram's own ceiling on the same path
(`ceiling.py`) measured between them, so the machine's drift touches all three alike.
Ratios are taken within a round, then the median (the machine this runs on is shared).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.core.common import median, rotated

HERE = Path(__file__).resolve().parents[2]
CHAT_COUNTS = (20, 200)


def one(tree: Path, what: str, chats: int, turns: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.core.one", str(tree), what, str(chats), str(turns)],
        cwd=HERE,
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def run(
    before: Path, rounds: int, turns: dict[int, int], log: Callable[[str], None]
) -> dict[str, Any]:
    trees = {"before": before, "after": HERE}
    trips = {}
    for name, tree in trees.items():
        trips[name] = one(tree, "trips", 0, 40)
        log(f"trips {name}: {trips[name]}")
    samples: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for round_no in range(rounds):
        for chats in CHAT_COUNTS:
            for name in rotated(["before", "ceiling", "after"], round_no):
                if name == "ceiling":
                    result = one(HERE, "ceiling", chats, turns[chats])
                else:
                    result = one(trees[name], "bot", chats, turns[chats])
                samples.setdefault((name, chats), []).append(result)
                log(
                    f"round {round_no + 1}/{rounds} {chats:>3} chats {name}: "
                    f"{result['updates_per_s']:.0f} updates/s, p50 {result['p50_ms']:.1f} ms, "
                    f"p99 {result['p99_ms']:.1f} ms, "
                    f"CPU {result['cpu_ms_per_update']:.2f} ms/update"
                )
    cells = []
    for chats in CHAT_COUNTS:
        for name in ("before", "after", "ceiling"):
            runs = samples[(name, chats)]
            cells.append(
                {
                    "code": name,
                    "chats": chats,
                    "turns_per_chat": turns[chats],
                    "updates_per_s": median([r["updates_per_s"] for r in runs]),
                    "p50_ms": median([r["p50_ms"] for r in runs]),
                    "p99_ms": median([r["p99_ms"] for r in runs]),
                    "stall_ms": median([r["stall_ms"] for r in runs]),
                    "cpu_ms_per_update": median([r["cpu_ms_per_update"] for r in runs]),
                    "runs": runs,
                }
            )
    ratios = {}
    for chats in CHAT_COUNTS:
        pairs = zip(samples[("after", chats)], samples[("before", chats)], strict=True)
        ceil = zip(samples[("after", chats)], samples[("ceiling", chats)], strict=True)
        ratios[str(chats)] = {
            "after_to_before": median([a["updates_per_s"] / b["updates_per_s"] for a, b in pairs]),
            "after_to_ceiling": median([a["updates_per_s"] / c["updates_per_s"] for a, c in ceil]),
        }
    return {
        "before_tree": str(before),
        "rounds": rounds,
        "trips": trips,
        "cells": cells,
        "ratios": ratios,
    }

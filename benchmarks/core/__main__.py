"""The core's figures in one command (issue 12, "Measured"): FSM storage round trips, the whole
bot under 20 and 200 chats, memory after 10 000 chats, console time to the first answer.

    python -m benchmarks.core                 # everything, ~10 minutes on two cores
    python -m benchmarks.core --quick         # a smoke run, under a minute or two
    python -m benchmarks.core --only storage  # or bot, rss, startup (repeatable)
    python -m benchmarks.core --before ../main-at-f36f544 --only compare
        # the whole bot before (another checkout) and after, with aiogram's ceiling and the
        # trips per update, in one run (issue 18, "Measured")

Prints Markdown tables and saves everything, with the machine's state, as JSON
(`benchmarks/results/core.json` for a full run; the path is printed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.core import compare, rss, startup, storage, whole_bot
from benchmarks.core.common import machine_state, print_table

PARTS = ("storage", "bot", "rss", "startup", "compare")
RESULTS = Path(__file__).resolve().parent.parent / "results"


@dataclass(frozen=True)
class Plan:
    """How much of each part to run."""

    storage_rounds: int
    storage_seconds: float
    bot_rounds: int
    bot_turns: int
    rss_chats: int
    startup_runs: int
    compare_rounds: int
    compare_turns: tuple[int, int]  # per chat, at 20 and at 200 chats


FULL = Plan(3, 2.0, 3, 40, 10_000, 5, 3, (40, 10))
QUICK = Plan(1, 0.3, 1, 8, 1_000, 2, 1, (10, 5))


def log(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def run_parts(parts: list[str], plan: Plan, before: Path | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {"machine_before": machine_state(), "plan": plan.__dict__}
    if "compare" in parts:
        if before is None:
            raise SystemExit("--only compare needs --before PATH (a checkout of the old code)")
        log(f"before ({before}) and after, with aiogram's ceiling")
        turns = dict(zip(compare.CHAT_COUNTS, plan.compare_turns, strict=True))
        results["compare"] = compare.run(before, plan.compare_rounds, turns, log)
    if "storage" in parts:
        log("FSM storage round trips")
        results["storage"] = asyncio.run(
            storage.run(plan.storage_rounds, plan.storage_seconds, log)
        )
    if "bot" in parts:
        log("the whole bot")
        results["bot"] = asyncio.run(whole_bot.run(plan.bot_rounds, plan.bot_turns, log))
    if "rss" in parts:
        log(f"RSS, {plan.rss_chats} chats in a subprocess")
        results["rss"] = rss.measure(plan.rss_chats)
    if "startup" in parts:
        log("console time to first answer")
        results["startup"] = startup.run(plan.startup_runs)
        results["startup"]["import_time_top_ms"] = startup.import_time_top()
    results["machine_after"] = machine_state()
    return results


def print_results(results: dict[str, Any]) -> None:
    machine = results["machine_before"]
    print(
        f"\nclaimbot core benchmark, {machine['date_utc']}: {machine['cpus']} CPUs "
        f"({machine['cpu_model']}), load {machine['loadavg'][0]:.2f} before, "
        f"{results['machine_after']['loadavg'][0]:.2f} after; Python {machine['python']}, "
        f"aiogram {machine['versions']['aiogram']}"
    )
    if "storage" in results:
        _print_storage(results["storage"])
    if "bot" in results:
        _print_bot(results["bot"])
    if "rss" in results:
        _print_rss(results["rss"])
    if "startup" in results:
        _print_startup(results["startup"])
    if "compare" in results:
        _print_compare(results["compare"])


def _print_compare(part: dict[str, Any]) -> None:
    names = {
        "before": "the bot before",
        "after": "the bot after",
        "ceiling": "aiogram's ceiling (one-line handler, MemoryStorage)",
    }
    rows = [
        [
            c["chats"],
            names[c["code"]],
            c["updates_per_s"],
            c["p50_ms"],
            c["p99_ms"],
            round(c["cpu_ms_per_update"], 2),
        ]
        for c in part["cells"]
    ]
    print_table(
        f"Before ({part['before_tree']}) and after in one run, median of {part['rounds']} "
        "rotated rounds, each measurement in a fresh process",
        ["chats", "code", "updates/s", "p50 ms", "p99 ms", "CPU ms/update"],
        rows,
    )
    for chats, ratio in part["ratios"].items():
        print(
            f"at {chats} chats: after / before {ratio['after_to_before']:.2f}x, "
            f"after / aiogram's ceiling {ratio['after_to_ceiling']:.2f}x"
        )
    kinds = sorted(set(part["trips"]["before"]) | set(part["trips"]["after"]))
    trip_rows = []
    for kind in kinds:
        row: list[Any] = [kind]
        for code in ("before", "after"):
            cell = part["trips"][code].get(kind)
            row.append(f"{cell['median']:g} (max {cell['max']})" if cell else "—")
        trip_rows.append(row)
    print_table(
        "Trips to the database thread per update (median, max), one chat at a time",
        ["update", "before", "after"],
        trip_rows,
    )


def _print_storage(part: dict[str, Any]) -> None:
    header = ["storage"]
    for chats in storage.CHAT_COUNTS:
        header += [f"{chats} chats: round trips/s", "stall ms"]
    rows = []
    for contender in storage.CONTENDERS:
        cells = [c for c in part["cells"] if c["storage"] == contender.name]
        problem = cells[0]["problem"]
        if problem:
            rows.append(
                [f"{contender.name}: does not work ({problem})"] + ["—"] * (len(header) - 1)
            )
            continue
        row: list[Any] = [contender.name]
        for cell in cells:
            row += [cell["round_trips_per_s"], cell["stall_ms"]]
        rows.append(row)
    print_table(
        f"FSM storage: set_state + set_data + get_data, median of {part['rounds']} rotated "
        f"rounds of {part['seconds_per_cell']} s",
        header,
        rows,
    )
    for key, label in (
        ("ratio_ours_to_faster_pypi_at_20", "as shipped"),
        ("ratio_ours_to_faster_pypi_wal_at_20", "with our WAL + synchronous=NORMAL"),
    ):
        ratio = part[key]
        if ratio:
            print(
                f"\nours / faster PyPI storage at 20 chats ({label}: {ratio['against']}): "
                f"{ratio['ratio']:.2f}x   (issue 12 target: >= 5x, stall <= 5 ms)"
            )


def _print_bot(part: dict[str, Any]) -> None:
    rows = []
    for cell in part["cells"]:
        fsm = "ours (SQLite)" if cell["fsm"] == "ours" else "aiogram MemoryStorage"
        rows.append(
            [
                cell["chats"],
                fsm,
                cell["updates_per_s"],
                cell["p50_ms"],
                cell["p99_ms"],
                cell["stall_ms"],
            ]
        )
    turns = part["cells"][0]["turns_per_chat"]
    print_table(
        f"The whole bot: {turns} updates per chat (the mix), median of {part['rounds']} "
        "rotated rounds",
        ["chats", "FSM storage", "updates/s", "p50 ms", "p99 ms", "loop lag ms"],
        rows,
    )
    for chats, ratio in part["ratio_ours_to_memory"].items():
        print(
            f"ours / memory at {chats} chats, median of the rounds' ratios: {ratio:.2f}x"
            "   (issue 12 target: >= 0.9x)"
        )
    mix = part["cells"][-1]["runs"][0]
    print(f"mix of one run at {part['cells'][-1]['chats']} chats: {mix['mix']}")
    print(f"Bot API calls of that run: {mix['bot_api_calls']}")


def _print_rss(part: dict[str, Any]) -> None:
    print_table(
        f"Memory: /start and a new case from {part['chats']} chats (VmRSS, MiB)",
        ["interpreter", "start-up", f"after {part['chats']} chats", "peak (VmHWM)"],
        [[part["interpreter_mib"], part["startup_mib"], part["after_mib"], part["peak_mib"]]],
    )


def _print_startup(part: dict[str, Any]) -> None:
    print_table(
        f"Console: `python -m bot console` with /start piped, median of {len(part['runs'])}",
        ["to the greeting line", "to the first line answering /start", "to exit (EOF)", "CPU"],
        [
            [
                f"{part['ready_s']:.2f} s",
                f"{part['first_answer_s']:.2f} s",
                f"{part['exit_s']:.2f} s",
                f"{part['cpu_s']:.2f} s",
            ]
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, shorter, fewer chats")
    parser.add_argument("--only", action="append", choices=PARTS, help="run only this part")
    parser.add_argument("--out", type=Path, help="where to save the JSON")
    parser.add_argument(
        "--before", type=Path, help="a checkout of the code before, for the compare part"
    )
    args = parser.parse_args()
    parts = args.only or [p for p in PARTS if p != "compare" or args.before]
    plan = QUICK if args.quick else FULL
    results = run_parts(parts, plan, args.before)
    print_results(results)
    name = "core" + ("-quick" if args.quick else "") + ("-" + "-".join(parts) if args.only else "")
    out = args.out or RESULTS / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n")
    print(f"\nsaved: {out}")


if __name__ == "__main__":
    main()

"""The whole bot under cProfile, in this process: where its CPU per update goes.

    python -m benchmarks.core.profile [CHATS] [TURNS] [--sort tottime] [--top 40]

A warm-up walk first (dateparser, templates), unprofiled; then `CHATS` chats × `TURNS` updates
of the realistic mix through the real dispatcher, as `whole_bot.measure` runs them. Prints the
CPU ms per update without the profiler (one run) and the profile of a second run.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import pstats

from benchmarks.core import whole_bot


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("chats", nargs="?", type=int, default=20)
    parser.add_argument("turns", nargs="?", type=int, default=10)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3, help="unprofiled runs (median)")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--callers", default="", help="print the callers of this function")
    parser.add_argument("--dump", default="", help="save the raw profile here")
    args = parser.parse_args()
    logging.getLogger().setLevel(logging.WARNING)

    async def run() -> None:
        await whole_bot.measure("ours", 20, 10, 1_000)  # warm-up
        cpu = []
        for n in range(args.repeat):
            r = await whole_bot.measure("ours", args.chats, args.turns, 10_000 + n * 1_000)
            cpu.append(r["cpu_ms_per_update"])
        cpu.sort()
        print(f"cpu ms/update: median {cpu[len(cpu) // 2]:.3f}  all {[round(c, 3) for c in cpu]}")
        if args.no_profile:
            return
        profiler = cProfile.Profile()
        await whole_bot.measure("ours", args.chats, args.turns, 50_000, profiler)
        stats = pstats.Stats(profiler).sort_stats(args.sort)
        if args.dump:
            stats.dump_stats(args.dump)
        if args.callers:
            stats.print_callers(args.callers)
        else:
            stats.print_stats(args.top)

    asyncio.run(run())


if __name__ == "__main__":
    main()

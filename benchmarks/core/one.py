"""One measurement of one tree of the code, in a fresh process, as a JSON line on stdout:

    python -m benchmarks.core.one TREE bot CHATS TURNS    # the whole bot (ours)
    python -m benchmarks.core.one TREE trips 0 TURNS      # trips per update, by kind
    python -m benchmarks.core.one TREE ceiling CHATS TURNS

TREE is a checkout of the repository (the code before a change, in a second worktree); its
`bot` and `flows` are imported, while the benchmark itself is this checkout's. That is how
`python -m benchmarks.core --before TREE` compares two versions in one run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path


def main() -> None:
    tree, what, chats, turns = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    # The benchmark's own modules first (from this checkout), then the tree's code.
    from benchmarks.core import ceiling, trips, whole_bot

    sys.path.insert(0, str(Path(tree).resolve()))
    import bot

    where = str(Path(bot.__file__).resolve())
    if not where.startswith(str(Path(tree).resolve())):
        raise SystemExit(f"bot imported from {where}, not from {tree}")
    logging.getLogger().setLevel(logging.WARNING)

    async def measure() -> object:
        if what == "trips":
            return await trips.run(turns)
        if what == "ceiling":
            await ceiling.measure(20, 10, 1_000)  # warm-up, unrecorded
            return await ceiling.measure(chats, turns, 10_000)
        await whole_bot.measure("ours", 20, 10, 1_000)  # warm-up: dateparser, templates
        return await whole_bot.measure("ours", chats, turns, 10_000)

    print(json.dumps(asyncio.run(measure()), ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()

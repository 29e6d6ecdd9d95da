"""/export of a heavy case in bounded memory (issue 20 p. 5): a case with 30 files of 6 MB
(180 MB, made of random bytes, so nothing compresses) exported through the console's offline
Bot API; prints the peak RSS, Python's own peak allocation during the export (tracemalloc),
the time, and the archive's parts. Asserts nothing.

    python benchmarks/export.py [--files 30] [--mb 6] [--limit-mb 50]

The files are written to disk in 1 MB pieces and handed to the offline API by path (as if
uploaded to Telegram), so the process never holds one whole; what the export itself keeps in
memory is what the numbers show.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram import Dispatcher

from bot.app import create_dispatcher
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import Console
from bot.db import Database
from bot.render.pdf import render_pdf
from bot.storage import SQLiteStorage
from flows.case import Case, Person, Seller
from flows.claims import DocKind
from flows.documents import Document

START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
MB = 1024 * 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def rss_mb() -> float:
    """Resident now (Linux); 0 where /proc is not there."""
    try:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0.0
    return int(line.split()[1]) / 1024


def write_random(path: Path, size: int) -> None:
    with path.open("wb") as f:
        for _ in range(size // MB):
            f.write(os.urandom(MB))
        f.write(os.urandom(size % MB))


async def main(files: int, size: int, limit: int) -> None:
    with tempfile.TemporaryDirectory(prefix="export-bench-") as folder:
        root = Path(folder)
        settings = Settings(_env_file=None, database_path=root / "bot.sqlite3")  # type: ignore[call-arg]
        clock = ManualClock(START)
        storage = SQLiteStorage(await Database.open(root / "bot.sqlite3"), close_db=True)
        try:
            dp = await create_dispatcher(settings, storage=storage, clock=clock, throttle=False)
            console = Console(dp, settings, clock, root / "out", 1001, "ru", io.StringIO())
            dp["exporter"].limit = limit
            await console.handle("/start")
            case = await _case(dp, 1001)
            uploads = root / "uploads"
            uploads.mkdir()
            for n in range(files):
                path = uploads / f"video-{n:02d}.mp4"
                await asyncio.to_thread(write_random, path, size)
                file_id = f"bench-{n}"
                console.session.put_file(file_id, path)
                await dp["services"].cases.add_evidence(
                    case.id,
                    kind="video",
                    file_id=file_id,
                    file_unique_id=file_id,
                    name=path.name,
                    size=size,
                    caption=None,
                    at=START,
                )
            # A running bot has rendered documents before: typst's fonts are loaded once.
            await asyncio.to_thread(render_pdf, Document(DocKind.CASEFILE, "warm-up"))
            floor = rss_mb()
            before = peak_rss_mb()
            tracemalloc.start()
            started = time.perf_counter()
            await console.handle("/export")
            took = time.perf_counter() - started
            _, traced = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            after = peak_rss_mb()
            parts = sorted((root / "out").glob("delo-*.zip"))
            total = sum(p.stat().st_size for p in parts)
            lines = [
                f"case: {files} files x {size / MB:.0f} MB = {files * size / MB:.0f} MB",
                f"upload limit per part: {limit / 1e6:.0f} MB",
                f"time: {took:.1f} s",
                f"RSS before the export: {floor:.0f} MB (the bot at rest)",
                f"peak RSS: {before:.0f} MB before the export, {after:.0f} MB after it",
                f"the export's own peak: +{after - max(before, floor):.0f} MB over the bot at rest",
                f"Python's peak allocation during the export (tracemalloc): {traced / MB:.1f} MB",
                f"archive: {len(parts)} part(s), {total / MB:.1f} MB",
                *(f"  {p.name}: {p.stat().st_size / 1e6:.2f} MB" for p in parts),
            ]
            print("\n".join(lines))
        finally:
            await dp.emit_shutdown(bot=console.bot, dispatcher=dp, **dp.workflow_data)
            await console.session.close()
            await storage.close()


async def _case(dp: Dispatcher, owner: int) -> Case:
    cases = dp["services"].cases
    case = await cases.create(owner, START)
    case.marketplace = "ozon"
    case.order_number = "12345678-0001"
    case.item = "Робот-пылесос"
    case.price = Decimal("24990")
    case.ordered_on = date(2026, 11, 1)
    case.received_on = date(2026, 11, 5)
    case.seller = Seller(name="ООО Ромашка", inn="7707083893")
    case.person = Person(full_name="Иванов Иван Иванович", phone="+79991234567")
    await cases.save(case, START)
    return case


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--mb", type=int, default=6)
    parser.add_argument("--limit-mb", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.files, args.mb * MB, args.limit_mb * 1000 * 1000))

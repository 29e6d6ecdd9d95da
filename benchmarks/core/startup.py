"""Console time to the first answer: `python -m bot console` launched with `/start` on stdin,
timed until the first line of the bot's answer reaches stdout. This is what a newcomer waits
for, and nearly all of it is importing.

Each run gets a fresh temporary directory (database, documents), no token, and its own
working directory. One run before the timed ones compiles the bytecode.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.core.common import median

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ECHO = "> /start"  # the console echoes piped input; the answer follows it


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK"))}
    env.update(
        PYTHONPATH=str(PROJECT_ROOT),
        DATABASE_PATH=str(tmp / "bot.sqlite3"),
        PYTHONUNBUFFERED="1",
    )
    return env


def one_run() -> dict[str, float]:
    """Seconds from launch to the console's greeting line, to the first line answering
    `/start`, to its exit; and the CPU seconds it used."""
    with tempfile.TemporaryDirectory(prefix="bench-console-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot",
                "console",
                "--db",
                str(tmp / "console.sqlite3"),
                "--out",
                str(tmp / "out"),
            ],
            cwd=tmp,
            env=_env(tmp),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write("/start\n")
        process.stdin.close()  # EOF after /start: the console answers it, then exits
        figures: dict[str, float] = {}
        echoed = False
        for line in process.stdout:
            now = time.perf_counter() - start
            if not line.strip():
                continue
            figures.setdefault("ready_s", now)  # the console's own hello
            if echoed:
                figures["first_answer_s"] = now
                break
            echoed = line.startswith(ECHO)
        process.stdout.close()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        process.wait(timeout=60)
        figures["exit_s"] = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # CPU seconds of the whole console run: what the load of other work does not inflate.
        figures["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return figures


def run(runs: int) -> dict[str, Any]:
    one_run()  # bytecode compiled, the disk cache warm
    samples = [one_run() for _ in range(runs)]
    return {
        "runs": samples,
        "first_answer_s": median([s.get("first_answer_s", float("nan")) for s in samples]),
        "ready_s": median([s.get("ready_s", float("nan")) for s in samples]),
        "exit_s": median([s["exit_s"] for s in samples]),
        "cpu_s": median([s["cpu_s"] for s in samples]),
    }


def import_time_top(module: str = "bot.app", top: int = 12) -> list[tuple[str, float]]:
    """`python -X importtime -c "import bot.app"`: the packages that take longest to import,
    cumulative (ms; nested packages are also inside the ones that imported them)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    totals: dict[str, float] = {}
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        fields = line.removeprefix("import time:").split("|")
        cumulative, name = int(fields[1]), fields[2].strip()
        if "." not in name:  # a package's root: its cumulative time includes its modules
            totals[name] = max(totals.get(name, 0.0), cumulative / 1000)
    return sorted(totals.items(), key=lambda item: -item[1])[:top]

"""A bot killed with SIGKILL mid-conversation continues the same chat at the same question."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot import PROJECT_ROOT


def _console(db: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "console",
            "--db",
            str(db),
            "--out",
            str(tmp_path / "out"),
            "--now",
            "2026-11-21T09:00",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=tmp_path,
        env=env,
    )


def _wait_for(lines: queue.Queue[str], needle: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if needle in lines.get(timeout=0.5):
                return
        except queue.Empty:
            continue
    raise AssertionError(f"never saw {needle!r}")


def _reader(proc: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    return lines


def test_sigkill_then_continue_at_the_same_question(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite3"
    first = _console(db, tmp_path)
    lines = _reader(first)
    first.stdin.write("/start\n1\n1\n3\n")  # new complaint, Ozon, defective
    first.stdin.flush()
    _wait_for(lines, "Номер заказа?")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    first.stdin.close()
    first.stdout.close()

    second = _console(db, tmp_path)
    out, _ = second.communicate("12345678-0001\n", timeout=60)
    assert second.returncode == 0
    # the typed number was taken as the answer to the open question, and the next one came
    assert "Когда вы оформили заказ?" in out
    assert "не понял" not in out

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (data,) = conn.execute("SELECT data FROM cases").fetchone()
    assert '"order_number":"12345678-0001"' in data
    assert '"problem":"defective"' in data

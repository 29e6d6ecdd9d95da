"""`python -m bot.healthcheck`: the image's HEALTHCHECK (Docker runs it inside the container).

In webhook mode the bot answers `GET /healthz` (200 when it is ready and its database answers,
`bot/webhook.py`): exit 0 on 200, else 1. Polling and the console serve no HTTP, so there is
nothing to ask: exit 0 while they run (Docker already sees the process end). The mode is read
from the container's processes (`claimbot webhook`, `python -m bot webhook`), so one
HEALTHCHECK serves every command the image runs.
"""

from __future__ import annotations

import os
import sys
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

TIMEOUT = 3.0


def _is_webhook(argv: Sequence[str]) -> bool:
    names = [Path(a).name for a in argv]
    return "webhook" in names and ("bot" in names or "claimbot" in names)


def webhook_running(proc: Path = Path("/proc"), me: int | None = None) -> bool:
    """Whether a process here runs the bot in webhook mode."""
    me = os.getpid() if me is None else me
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if _is_webhook([a.decode(errors="replace") for a in argv if a]):
            return True
    return False


def healthz_url(env: Mapping[str, str]) -> str:
    host = env.get("WEBHOOK_HOST", "").strip() or "0.0.0.0"
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    port = env.get("WEBHOOK_PORT", "").strip() or "8080"
    return f"http://{host}:{port}/healthz"


def check(env: Mapping[str, str], proc: Path = Path("/proc")) -> int:
    if not webhook_running(proc):
        return 0
    try:
        with urllib.request.urlopen(healthz_url(env), timeout=TIMEOUT) as response:
            return 0 if response.status == 200 else 1
    except (OSError, ValueError):
        return 1  # 503 (starting, stopping, database down) arrives as HTTPError, an OSError


if __name__ == "__main__":
    sys.exit(check(os.environ))

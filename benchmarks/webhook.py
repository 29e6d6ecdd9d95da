"""Webhook mode as Telegram sees it: `python -m bot webhook` in a subprocess, a fake Bot API
on 127.0.0.1, and many chats posting /start at once.

Prints, in one run:
- 1 000 concurrent chats: updates handled per second, p50/p99 from the POST until the bot's
  reply reaches the Bot API, the process's peak RSS;
- SIGTERM in the middle of another 1 000: how many updates answered 200 were never handled
  (target 0), and how many were refused with 503 (Telegram sends those again).

    python benchmarks/webhook.py [--chats 1000] [--send-delay 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fake_api import FakeBotApi, bot_env, free_port, start_bot, start_update

SECRET = "benchmark-secret"


def _peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def wait_ready(port: int) -> None:
    """Until the instance on `port` answers /healthz with 200 (90 s at most)."""
    async with aiohttp.ClientSession() as http:
        for _ in range(900):
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"the bot on port {port} never became ready")


async def post_starts(
    ports: list[int], first: int, chats: int
) -> tuple[dict[int, float], list[int]]:
    """POST /start for `chats` chats at once, round-robin over the instances on `ports`;
    returns when each was posted, and the statuses."""
    posted: dict[int, float] = {}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def post(n: int) -> int:
            chat = first + n
            posted[chat] = time.monotonic()
            try:
                async with http.post(
                    f"http://127.0.0.1:{ports[n % len(ports)]}/telegram",
                    json=start_update(chat, chat),
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                ) as response:
                    return response.status
            except aiohttp.ClientError:
                return 0

        statuses = await asyncio.gather(*(post(n) for n in range(chats)))
    return posted, list(statuses)


async def main(chats: int, send_delay: float) -> None:
    api = FakeBotApi()
    url = await api.start()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = bot_env(
            Path(tmp) / "bench.sqlite3",
            url,
            WEBHOOK_URL="https://bot.example.org",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_HOST="127.0.0.1",
            WEBHOOK_PORT=str(port),
            SHUTDOWN_TIMEOUT="120",
        )
        process = await start_bot("webhook", Path(tmp), env)
        try:
            await wait_ready(port)

            # 1. throughput and latency
            start = time.monotonic()
            posted, statuses = await post_starts([port], 100_000, chats)
            while len([c for c in posted if c in api.sent_at]) < chats:
                if time.monotonic() - start > 300:
                    raise SystemExit("replies stopped coming")
                await asyncio.sleep(0.01)
            elapsed = max(api.sent_at[c] for c in posted) - start
            latencies = sorted((api.sent_at[c] - posted[c]) * 1000 for c in posted)
            p50 = statistics.median(latencies)
            p99 = latencies[int(len(latencies) * 0.99) - 1]
            rss = _peak_rss_mb(process.pid)
            print(f"webhook, {chats} concurrent chats (each /start: greeting + menu)")
            print(f"  accepted: {statuses.count(200)} of {chats}")
            print(f"  throughput: {chats / elapsed:.0f} updates/s ({elapsed:.2f} s in all)")
            print(f"  until the reply is sent: p50 {p50:.0f} ms, p99 {p99:.0f} ms")
            print(f"  peak RSS: {rss:.0f} MB")

            # 2. SIGTERM in the middle of another burst
            api.send_delay = send_delay
            posted, statuses = await post_starts([port], 200_000, chats)
            process.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=300)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
            await api.close()
    accepted = {c for c, s in zip(posted, statuses, strict=True) if s == 200}
    greeted = {int(p["chat_id"]) for p in api.sent("Здравствуйте")}
    lost = accepted - greeted
    print(f"SIGTERM right after {chats} more updates (Bot API answering in {send_delay} s)")
    print(
        f"  accepted (200): {len(accepted)}, refused (503, Telegram retries): {statuses.count(503)}"
    )
    print(f"  accepted but never handled: {len(lost)}   (target 0)")
    print(
        f"  exit code: {process.returncode}"
        + ("" if b"Traceback" not in stderr else ", with a traceback")
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--send-delay", type=float, default=0.05)
    args = parser.parse_args()
    asyncio.run(main(args.chats, args.send_delay))

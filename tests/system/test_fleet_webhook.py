"""`DATABASE_URL=postgresql://… python -m bot webhook`, twice, side by side on one database,
against the fake Bot API: every chat is answered once, and killing one instance mid-load
loses no update it had accepted (answered 200): the other one takes it over."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from tests.fake_api import FakeBotApi, bot_env, free_port, start_bot, start_update

SECRET = "fleet-secret"
GREETING = "Здравствуйте"


async def _healthy(port: int, timeout: float = 90) -> dict:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with aiohttp.ClientSession() as http:
        while loop.time() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return await response.json()
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError(f"instance on {port} never became healthy")


async def _post(ports: list[int], updates: list[dict]) -> list[int]:
    """POST each update to one of `ports` in turn, all at once; the HTTP statuses (0: no
    answer, which Telegram treats like an error and sends again)."""
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def post(n: int, update: dict) -> int:
            port = ports[n % len(ports)]
            try:
                async with http.post(
                    f"http://127.0.0.1:{port}/telegram",
                    json=update,
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                ) as response:
                    return response.status
            except aiohttp.ClientError:
                return 0

        return list(await asyncio.gather(*(post(n, u) for n, u in enumerate(updates))))


@dataclass
class Fleet:
    """Webhook instances on one database: each one's port, and its process."""

    ports: list[int]
    processes: list[asyncio.subprocess.Process]


async def _fleet(tmp_path: Path, api_url: str, pg_url: str, count: int = 2) -> Fleet:
    ports = [free_port() for _ in range(count)]
    processes: list[asyncio.subprocess.Process] = []
    for n, port in enumerate(ports):
        env = bot_env(
            tmp_path / f"unused-{n}.sqlite3",
            api_url,
            DATABASE_URL=pg_url,
            WEBHOOK_URL="https://bot.example.org",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_HOST="127.0.0.1",
            WEBHOOK_PORT=str(port),
            SHUTDOWN_TIMEOUT="20",
        )
        processes.append(await start_bot("webhook", tmp_path, env))
    return Fleet(ports, processes)


async def _end(processes) -> None:
    for process in processes:
        if process.returncode is None:
            process.kill()
        await process.communicate()


def _greeted(api: FakeBotApi) -> Counter:
    return Counter(int(p["chat_id"]) for p in api.sent(GREETING))


async def _wait_greeted(api: FakeBotApi, chats: set[int], timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if chats <= set(_greeted(api)):
            return
        await asyncio.sleep(0.1)


async def test_two_webhook_instances_share_one_database(tmp_path: Path, pg_url: str) -> None:
    api = FakeBotApi()
    api_url = await api.start()
    fleet = await _fleet(tmp_path, api_url, pg_url)
    try:
        for port in fleet.ports:
            await _healthy(port)
        chats = list(range(500_001, 500_201))
        statuses = await _post(fleet.ports, [start_update(c, c) for c in chats])
        assert statuses == [200] * len(chats)
        # Telegram sends again what it did not see answered: a redelivery changes nothing
        assert (
            await _post(fleet.ports[::-1], [start_update(c, c) for c in chats[:20]]) == [200] * 20
        )
        await _wait_greeted(api, set(chats), 60)
        greeted = _greeted(api)
        assert set(greeted) == set(chats)
        assert set(greeted.values()) == {1}  # each chat answered once, by one instance
        for process in fleet.processes:
            process.send_signal(signal.SIGTERM)
        for process in fleet.processes:
            _, stderr = await asyncio.wait_for(process.communicate(), 60)
            assert process.returncode == 0, stderr.decode()[-2000:]
            assert b"Traceback" not in stderr
    finally:
        await _end(fleet.processes)
        await api.close()


async def test_killing_one_instance_loses_no_accepted_update(tmp_path: Path, pg_url: str) -> None:
    """kill -9 of one instance while both are busy (the Bot API answers slowly): every
    update answered 200 by either instance is handled, the dead one's by the survivor (after
    `TAKEOVER_AFTER`). A POST the dead instance never answered is Telegram's to send again,
    so it does not count as accepted."""
    api = FakeBotApi(send_delay=0.3)
    api_url = await api.start()
    fleet = await _fleet(tmp_path, api_url, pg_url)
    try:
        for port in fleet.ports:
            await _healthy(port)
        # the first instance accepts 100 chats' updates and is killed while handling them,
        # as 200 more arrive for both
        first = list(range(600_001, 600_101))
        assert await _post(fleet.ports[:1], [start_update(c, c) for c in first]) == [200] * 100
        later = list(range(600_101, 600_301))
        posting = asyncio.create_task(_post(fleet.ports, [start_update(c, c) for c in later]))
        fleet.processes[0].kill()
        unfinished = set(first) - set(_greeted(api))
        statuses = await posting
        await fleet.processes[0].wait()
        assert unfinished  # the dead instance left accepted work behind: the test means it
        accepted = set(first) | {c for c, s in zip(later, statuses, strict=True) if s == 200}
        await _wait_greeted(api, accepted, 90)
        lost = accepted - set(_greeted(api))
        assert not lost, f"{len(lost)} accepted update(s) never handled"
        assert (await _healthy(fleet.ports[1]))["database"] is True
    finally:
        await _end(fleet.processes)
        await api.close()


@pytest.fixture(autouse=True)
def _needs_postgres(pg_cluster) -> None:
    """Skipped with the cluster's reason where PostgreSQL is absent."""


async def test_sigterm_on_one_instance_under_load_loses_nothing(
    tmp_path: Path, pg_url: str
) -> None:
    """A rolling restart: SIGTERM to one instance while it handles what it accepted. It
    refuses new POSTs (503, the proxy or Telegram tries again), finishes or leaves to the
    other instance what it accepted, and exits 0."""
    api = FakeBotApi(send_delay=0.2)
    api_url = await api.start()
    fleet = await _fleet(tmp_path, api_url, pg_url)
    try:
        for port in fleet.ports:
            await _healthy(port)
        first = list(range(700_001, 700_101))
        assert await _post(fleet.ports[:1], [start_update(c, c) for c in first]) == [200] * 100
        fleet.processes[0].send_signal(signal.SIGTERM)
        assert set(first) - set(_greeted(api))  # it had accepted work in progress
        later = list(range(700_101, 700_201))
        statuses = await _post(fleet.ports, [start_update(c, c) for c in later])
        _, stderr = await asyncio.wait_for(fleet.processes[0].communicate(), 60)
        assert fleet.processes[0].returncode == 0, stderr.decode()[-2000:]
        assert b"Traceback" not in stderr
        refused = [c for c, s in zip(later, statuses, strict=True) if s != 200]
        assert all(s in (200, 503, 0) for s in statuses)
        # what was refused, Telegram sends again: to the instance still running
        assert await _post(fleet.ports[1:], [start_update(c, c) for c in refused]) == [200] * len(
            refused
        )
        await _wait_greeted(api, set(first) | set(later), 90)
        greeted = _greeted(api)
        assert set(first) | set(later) <= set(greeted)
        assert set(greeted.values()) == {1}  # no crash here: nothing handled twice
    finally:
        await _end(fleet.processes)
        await api.close()

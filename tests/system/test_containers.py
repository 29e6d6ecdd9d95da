"""What the containers rely on, without Docker (issue 19; `../shared/tools/containers/check`
runs the image and compose.yaml themselves):

- PostgreSQL not up yet is retried with capped backoff, then exit code 1; only a malformed URL
  or refused credentials are exit code 2 (point 3);
- any password works when given apart from the URL, a malformed URL is refused, and no piece
  of the password reaches a log line or stderr, whatever the URL (point 4);
- a clean stop on PostgreSQL stops the inbox sweeper before the database closes (point 11);
- polling moves past an update aiogram cannot read, with one log line; the image's health
  check; free pages given back after /delete and on a schedule (point 13);
- two processes opening one fresh SQLite file at the same moment both work (point 14);
- the Dockerfile, compose.yaml, .env.example and the README agree with each other.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import sys
from pathlib import Path

import asyncpg
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot import PROJECT_ROOT
from bot.config import ConfigError, load_settings
from bot.db import MIGRATIONS, Database, _statements
from bot.dburl import check, password_candidates, redacted
from bot.logs import PrivacyFilter
from bot.pg import db as pgdb
from bot.pg.db import PgDatabase
from bot.startup import StartupFailed
from tests.fake_api import FakeBotApi, bot_env, free_port, start_bot, start_update
from tests.helpers import until

PASSWORDS = ["p@ss/w:rd", "a#b?c@d", "x:y@z/", "Zq8+/w==", "per%40cent", "plain-Secret_1"]


def _url(password: str, host: str = "postgres", port: int = 5432) -> str:
    return f"postgresql://claimbot:{password}@{host}:{port}/claimbot"


def _closed_port() -> int:
    return free_port()  # bound once and released: nothing listens there


# -- point 3: PostgreSQL not up yet ----------------------------------------------------------


async def test_postgresql_not_up_is_retried_with_capped_backoff_then_startup_failed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    url = _url("hunter2", "127.0.0.1", _closed_port())
    with caplog.at_level(logging.WARNING, logger="bot.pg.db"), pytest.raises(StartupFailed) as e:
        await PgDatabase.open(url, attempts=10, sleep=sleep)
    assert len(waits) == 9
    assert 0.9 <= waits[0] <= 1.1  # 1 s, 2 s, 4 s … (with a little jitter)
    assert 1.6 <= waits[1] <= 2.4
    assert max(waits) <= 60.0  # capped
    assert waits[-1] == pytest.approx(60.0, rel=0.1)  # at the cap, give or take its jitter
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 9, lines  # one line per try that is tried again
    assert "unreachable" in str(e.value)
    assert "10 time(s)" in str(e.value)
    assert all("hunter2" not in line for line in [*lines, str(e.value)])


async def test_postgresql_that_comes_up_during_the_retries_is_used(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, tries = asyncpg.create_pool, []

    async def flaky(*args, **kwargs):
        tries.append(1)
        if len(tries) <= 2:
            raise asyncpg.CannotConnectNowError("the database system is starting up")
        return await real(*args, **kwargs)

    async def sleep(seconds: float) -> None:
        pass

    monkeypatch.setattr(pgdb.asyncpg, "create_pool", flaky)
    db = await PgDatabase.open(pg_url, attempts=5, sleep=sleep)
    try:
        assert await db.ping()
    finally:
        await db.close()
    assert len(tries) >= 3


async def test_refused_credentials_and_a_missing_database_are_config_errors(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    base = pg_url.rsplit("/", 1)[0]
    nobody = base.replace("://claimbot@", "://nobody:hunter2@") + "/postgres"
    for url in (nobody, base + "/no_such_database"):
        with pytest.raises(ConfigError) as caught:
            await PgDatabase.open(url, attempts=5, sleep=sleep)
        assert "hunter2" not in str(caught.value)
    assert slept == []  # not retried


async def test_a_malformed_url_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def never(*args, **kwargs):
        raise AssertionError("no connection may be tried")

    monkeypatch.setattr(pgdb.asyncpg, "create_pool", never)
    for password in ("p@ss/w:rd", "a#b", "a?b@c", "x@y"):
        with pytest.raises(ConfigError) as caught:
            await PgDatabase.open(_url(password), attempts=5)
        message = str(caught.value)
        assert "malformed" in message
        assert "DATABASE_PASSWORD" in message
        assert password not in message
        for piece in password.replace("@", " ").replace("/", " ").replace(":", " ").split():
            if len(piece) > 1:
                assert f"{piece}@" not in message, message
                assert f":{piece}" not in message, message


async def _run_webhook(tmp_path: Path, url: str, **extra: str) -> asyncio.subprocess.Process:
    env = bot_env(
        tmp_path / "unused.sqlite3",
        "http://127.0.0.1:9",
        DATABASE_URL=url,
        WEBHOOK_URL="https://bot.example",
        WEBHOOK_SECRET="a-secret",
        WEBHOOK_PORT=str(free_port()),
        LOG_LEVEL="INFO",
        **extra,
    )
    return await start_bot("webhook", tmp_path, env)


async def test_the_exit_codes_of_a_database_that_is_down_or_malformed(tmp_path: Path) -> None:
    """Down: one line per try, then exit code 1 (the process manager tries later). Malformed:
    one line, exit code 2. Neither shows any piece of the password."""
    down = await _run_webhook(
        tmp_path, _url("p%40ss%2Fw%3Ard", "127.0.0.1", _closed_port()), STARTUP_ATTEMPTS="2"
    )
    bad = await _run_webhook(tmp_path, _url("p@ss/w:rd", "127.0.0.1"), STARTUP_ATTEMPTS="2")
    (_, down_err), (_, bad_err) = await asyncio.wait_for(
        asyncio.gather(down.communicate(), bad.communicate()), timeout=60
    )
    down_lines = down_err.decode().strip().splitlines()
    bad_lines = bad_err.decode().strip().splitlines()
    assert down.returncode == 1, down_lines
    assert len(down_lines) == 2, down_lines
    assert "unreachable" in down_lines[0]
    assert bad.returncode == 2, bad_lines
    assert len(bad_lines) == 1, bad_lines
    assert "malformed" in bad_lines[0]
    for text in (*down_lines, *bad_lines):
        for piece in ("p@ss", "ss/w", "w:rd", "p%40ss", "%3Ard"):
            assert piece not in text, text


async def test_sigterm_while_the_database_is_waited_for_exits_0(tmp_path: Path) -> None:
    process = await _run_webhook(tmp_path, _url("pw", "127.0.0.1", _closed_port()))
    assert process.stderr is not None
    line = b""
    while b"unreachable" not in line:  # then it waits for the next try (1 s, 2 s, …)
        line = await asyncio.wait_for(process.stderr.readline(), timeout=30)
        assert line, "stderr ended"
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, err.decode()


# -- point 4: any password, and none of it in a log ------------------------------------------


@pytest.mark.parametrize("password", PASSWORDS)
def test_no_piece_of_any_password_reaches_a_log_line(password: str) -> None:
    url = _url(password)
    assert password in password_candidates(url)
    privacy = PrivacyFilter(password_candidates(url))
    for message in (
        f"connecting to {url}",
        f"cannot connect: {url.split('@')[-1]} (user claimbot, password {password})",
        redacted(url),
    ):
        record = logging.LogRecord("asyncpg", logging.ERROR, __file__, 1, message, None, None)
        privacy.filter(record)
        assert password not in record.getMessage(), record.getMessage()
    shown = redacted(url)
    assert shown == "postgresql://claimbot@postgres:5432/claimbot"


def test_the_bots_log_filter_knows_the_password_given_apart_or_in_any_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.__main__ import _database_password

    monkeypatch.setenv("DATABASE_URL", _url("p@ss/w:rd"))
    monkeypatch.setenv("DATABASE_PASSWORD", "an/other@one")
    secrets = _database_password(load_settings(_env_file=None))
    assert {"p@ss/w:rd", "an/other@one"} <= set(secrets)
    assert "p" not in secrets  # what a naive parser would take, and mask everywhere


def test_well_formed_urls_pass_the_check() -> None:
    for url in (
        "postgresql://claimbot:p%40ss%2Fw%3Ard@postgres:5432/claimbot",
        "postgresql://claimbot:a:b:c@db/claimbot",  # a : in the password is fine
        "postgresql://claimbot@postgres:5432/claimbot",
        "postgres://u:pw@h/db?sslmode=require",
        "postgresql:///claimbot",  # a Unix socket
    ):
        check(url)


async def test_the_password_given_apart_reaches_asyncpg_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[dict] = []

    async def record(url: str, **kwargs):
        seen.append({"url": url, **kwargs})
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(pgdb.asyncpg, "create_pool", record)
    with pytest.raises(StartupFailed):
        await PgDatabase.open("postgresql://claimbot@postgres/claimbot", password="p@ss/w:rd")
    assert seen[0]["password"] == "p@ss/w:rd"
    assert seen[0]["url"] == "postgresql://claimbot@postgres/claimbot"


# -- point 11: a clean stop on PostgreSQL ----------------------------------------------------


class _Pool:
    """What the inbox's sweeper asks of asyncpg's pool; closed, it fails as asyncpg does."""

    def __init__(self) -> None:
        self.closed = False
        self.after_close: list[str] = []
        self.sweeps = 0

    async def fetch(self, sql: str, *args):
        if self.closed:
            self.after_close.append(sql)
            raise asyncpg.InterfaceError("pool is closed")
        self.sweeps += 1
        await asyncio.sleep(0)
        return []

    async def execute(self, sql: str, *args):
        if self.closed:
            self.after_close.append(sql)
            raise asyncpg.InterfaceError("pool is closed")
        await asyncio.sleep(0)
        return "DELETE 0"


async def test_a_clean_stop_stops_the_sweeper_before_the_database_closes(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.inflight import InFlight
    from bot.pg import inbox as inbox_module
    from bot.pg.inbox import FleetIntake

    monkeypatch.setattr(inbox_module, "SWEEP_EVERY", 0.001)
    pool = _Pool()

    class Db:
        kind = "postgresql"

        def __init__(self) -> None:
            self.pool = pool

    intake = FleetIntake({"db": Db()}, object(), secret="s", inflight=InFlight())  # type: ignore[arg-type]
    await intake.on_startup(None)
    await until(lambda: pool.sweeps >= 3)
    with caplog.at_level(logging.WARNING, logger="bot.pg.inbox"):
        await intake.stop()  # what `python -m bot webhook` does first when it stops
        pool.closed = True  # then the dispatcher's shutdown closes the database
        await asyncio.sleep(0.05)
        await intake.on_cleanup(None)  # and last the web server's cleanup
    assert pool.after_close == []
    assert not [r for r in caplog.records if "sweep failed" in r.getMessage()]
    assert not intake.accepting


def test_python_m_bot_webhook_stops_the_intake_before_the_dispatcher() -> None:
    source = (PROJECT_ROOT / "bot" / "__main__.py").read_text(encoding="utf-8")
    body = source[source.index("async def run_webhook") :]
    assert body.index("await intake.stop()") < body.index("await dp.emit_shutdown")


async def test_a_clean_stop_of_a_webhook_instance_on_postgresql_logs_no_warning(
    tmp_path: Path, pg_url: str
) -> None:
    api = FakeBotApi()
    api_url = await api.start()
    port = free_port()
    env = bot_env(
        tmp_path / "unused.sqlite3",
        api_url,
        DATABASE_URL=pg_url,
        WEBHOOK_URL="https://bot.example",
        WEBHOOK_SECRET="a-secret",
        WEBHOOK_PORT=str(port),
        LOG_LEVEL="INFO",
    )
    process = await start_bot("webhook", tmp_path, env)
    try:
        from tests.system.test_fleet_webhook import _healthy

        await _healthy(port)
        await asyncio.sleep(4.5)  # two sweeps (every 2 s)
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await api.close()
    text = err.decode()
    assert process.returncode == 0, text
    assert " WARNING " not in text, text
    assert " ERROR " not in text, text
    assert "webhook stopped" in text


# -- point 13: polling past an unreadable update, the health check, vacuum -------------------


async def test_polling_skips_an_update_aiogram_cannot_read(tmp_path: Path) -> None:
    unreadable = {"update_id": 2, "message": {"message_id": "x", "chat": "not a chat"}}
    api = FakeBotApi([start_update(1, 1001), unreadable])
    url = await api.start()
    process = await start_bot("run", tmp_path, bot_env(tmp_path / "bot.sqlite3", url))
    try:
        await asyncio.wait_for(api.greeted.wait(), timeout=60)
        await until(
            lambda: any(m == "getUpdates" and int(p.get("offset") or 0) > 2 for m, p in api.calls),
            timeout=30,
        )
        fetches = sum(1 for m, _ in api.calls if m == "getUpdates")
        await asyncio.sleep(1)
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await api.close()
    lines = err.decode().strip().splitlines()
    assert process.returncode == 0, lines
    skipped = [line for line in lines if "could not be read" in line]
    assert len(skipped) == 1, lines  # one line for the update, not one per fetch
    assert "update 2 could not be read" in skipped[0]
    assert not [line for line in lines if "not a chat" in line or "Failed to fetch" in line]
    offsets = [int(p.get("offset") or 0) for m, p in api.calls if m == "getUpdates"]
    assert offsets[-1] == 3
    # it is not fetched again and again: about one long poll a second from then on
    assert sum(1 for m, _ in api.calls if m == "getUpdates") - fetches < 20


def _proc(tmp_path: Path, *argvs: list[str]) -> Path:
    proc = tmp_path / "proc"
    for pid, argv in enumerate(argvs, start=1):
        (proc / str(pid)).mkdir(parents=True)
        (proc / str(pid) / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")
    (proc / "self").mkdir()
    return proc


async def test_the_images_health_check(tmp_path: Path) -> None:
    from bot.healthcheck import check as healthcheck
    from bot.healthcheck import healthz_url

    status = {"code": 200}

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({}, status=status["code"])

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    env = {"WEBHOOK_PORT": str(server.port), "WEBHOOK_HOST": "0.0.0.0"}
    webhook = _proc(tmp_path / "a", ["/venv/bin/python", "/venv/bin/claimbot", "webhook"])
    polling = _proc(tmp_path / "b", ["python", "-m", "bot", "run"])
    try:
        assert await asyncio.to_thread(healthcheck, env, webhook) == 0
        status["code"] = 503  # starting, stopping, or the database does not answer
        assert await asyncio.to_thread(healthcheck, env, webhook) == 1
        assert await asyncio.to_thread(healthcheck, env, polling) == 0  # nothing to ask
    finally:
        await server.close()
    closed = {"WEBHOOK_PORT": str(_closed_port())}
    assert await asyncio.to_thread(healthcheck, closed, webhook) == 1
    module = _proc(tmp_path / "c", ["python", "-m", "bot", "webhook"])
    assert await asyncio.to_thread(healthcheck, closed, module) == 1
    assert healthz_url({}) == "http://127.0.0.1:8080/healthz"
    assert healthz_url({"WEBHOOK_HOST": "10.0.0.5", "WEBHOOK_PORT": "81"}).startswith(
        "http://10.0.0.5:81/"
    )


async def _fill_and_empty(db: Database) -> None:
    await db.execute("CREATE TABLE IF NOT EXISTS junk (x BLOB)")
    for _ in range(40):
        await db.execute("INSERT INTO junk VALUES (randomblob(8000))")
    await db.execute("DELETE FROM junk")


async def _free_pages(db: Database) -> int:
    row = await db.fetchone("PRAGMA freelist_count")
    assert row is not None
    return int(row[0])


async def test_erasing_gives_the_free_pages_back(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    try:
        assert (await db.fetchone("PRAGMA auto_vacuum"))[0] == 2  # incremental
        await _fill_and_empty(db)
        assert await _free_pages(db) > 50
        pages = (await db.fetchone("PRAGMA page_count"))[0]
        await db.erase_traces()  # what /delete runs after deleting
        assert await _free_pages(db) == 0
        assert (await db.fetchone("PRAGMA page_count"))[0] < pages / 2
        assert path.stat().st_size < pages * 4096 / 2  # the main file, WAL checkpointed
    finally:
        await db.close()


async def test_free_pages_are_given_back_on_a_schedule(settings) -> None:
    from bot.app import create_bot, create_dispatcher
    from bot.offline import OFFLINE_TOKEN, OfflineSession
    from bot.vacuum import Vacuum

    dp = await create_dispatcher(settings)
    bot = create_bot(settings, session=OfflineSession(), token=OFFLINE_TOKEN)
    db = dp["db"]
    dp["vacuum"].every = 0.01
    assert isinstance(dp["vacuum"], Vacuum)
    await dp.emit_startup(bot=bot, dispatcher=dp, **dp.workflow_data)
    try:
        await _fill_and_empty(db)
        await until(lambda: dp["vacuum"]._task is not None)
        for _ in range(500):
            if await _free_pages(db) == 0:
                break
            await asyncio.sleep(0.01)
        assert await _free_pages(db) == 0
    finally:
        await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    assert dp["vacuum"]._task is None
    assert db._closed


async def test_a_database_made_before_incremental_vacuum_is_converted_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version=1")
    old.commit()
    assert old.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    old.close()
    db = await Database.open(path)
    try:
        assert (await db.fetchone("PRAGMA auto_vacuum"))[0] == 2
        assert (await db.fetchone("PRAGMA user_version"))[0] == len(MIGRATIONS)
    finally:
        await db.close()


def test_the_image_has_a_healthcheck() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert 'CMD ["python", "-m", "bot.healthcheck"]' in dockerfile
    assert "HEALTHCHECK" in dockerfile


# -- point 14: two processes, one fresh SQLite file ------------------------------------------


async def test_a_process_opening_a_fresh_file_waits_for_the_one_migrating_it(
    tmp_path: Path,
) -> None:
    """The other process holds the write lock while it builds the schema; we wait for it and
    then find the schema in place (before: "table fsm already exists", exit code 2)."""
    path = tmp_path / "fresh.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    def begin() -> None:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("BEGIN IMMEDIATE")

    def build_and_commit() -> None:
        for number, script in enumerate(MIGRATIONS, start=1):
            for statement in _statements(script):
                other.execute(statement)
            other.execute(f"PRAGMA user_version={number}")
        other.execute("COMMIT")

    await asyncio.to_thread(begin)
    opening = asyncio.create_task(Database.open(path))
    await asyncio.sleep(0.5)
    assert not opening.done()  # waiting for the write lock, not reading a stale version
    await asyncio.to_thread(build_and_commit)
    db = await asyncio.wait_for(opening, timeout=10)
    try:
        assert (await db.fetchone("PRAGMA user_version"))[0] == len(MIGRATIONS)
        assert await db.ping()
    finally:
        await db.close()
        await asyncio.to_thread(other.close)


async def test_two_processes_open_one_fresh_file_at_the_same_moment(tmp_path: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "from bot.db import Database\n"
        "async def main():\n"
        "    db = await Database.open(sys.argv[1])\n"
        "    await db.close()\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    for n in range(2):  # each process imports aiogram (seconds): two rounds of two
        path = tmp_path / f"fresh{n}.sqlite3"
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                script,
                str(path),
                env=env,
                stderr=asyncio.subprocess.PIPE,
            )
            for _ in range(2)
        ]
        results = await asyncio.gather(*(p.communicate() for p in processes))
        for process, (_, err) in zip(processes, results, strict=True):
            assert process.returncode == 0, err.decode()
    together = await asyncio.gather(*(Database.open(tmp_path / "same.sqlite3") for _ in range(4)))
    for db in together:
        await db.close()


def test_migration_scripts_split_into_their_statements() -> None:
    statements = _statements(MIGRATIONS[0])
    assert [s.split()[0:3] for s in statements] == [
        ["CREATE", "TABLE", "fsm"],
        ["CREATE", "INDEX", "fsm_user"],
        ["CREATE", "TABLE", "users"],
    ]
    assert all(sqlite3.complete_statement(s) for s in statements)


# -- the files an operator meets agree ------------------------------------------------------


def _read(name: str) -> str:
    return (PROJECT_ROOT / name).read_text(encoding="utf-8")


def test_a_dotenv_made_from_the_example_leaves_the_images_database_path_alone() -> None:
    lines = [line.strip() for line in _read(".env.example").splitlines()]
    assert not [line for line in lines if line.startswith("DATABASE_PATH=")]
    assert "DATABASE_PATH=/data/claimbot.sqlite3" in _read("Dockerfile")


def test_the_dockerfile_needs_nothing_from_docker_hub_but_its_base_and_declares_no_volume() -> None:
    dockerfile = _read("Dockerfile")
    assert "# syntax" not in dockerfile
    assert "VOLUME" not in dockerfile.replace("No VOLUME", "")
    assert "uninstall" not in dockerfile  # the package stays installed: `claimbot` works
    assert 'CMD ["claimbot", "run"]' in dockerfile


def test_compose_passes_the_password_apart_and_the_proxy_follows_webhook_path() -> None:
    compose = _read("compose.yaml")
    url_line = next(line for line in compose.splitlines() if "DATABASE_URL:" in line)
    assert "POSTGRES_PASSWORD" not in url_line
    assert "DATABASE_PASSWORD: ${POSTGRES_PASSWORD" in compose
    assert "location = ${WEBHOOK_PATH:-/telegram}" in compose
    assert "WEBHOOK_PATH: ${WEBHOOK_PATH:-/telegram}" in compose
    assert "location /telegram" not in compose
    assert "2.23" in compose


def test_the_readme_gives_the_commands_the_container_check_runs() -> None:
    readme = _read("README.md")
    docker = readme[readme.index("### Docker") : readme.index("## Beyond one machine")]
    beyond = readme[readme.index("## Beyond one machine") : readme.index("## Settings")]
    for line in (
        "docker build -t claimbot .",
        "docker run -d --env-file .env -v claimbot-data:/data claimbot",
        "docker run --rm -it claimbot python -m bot console",
    ):
        assert f"\n{line}" in docker, line
    assert "10001" in docker
    assert "\ndocker compose up -d --build" in beyond
    assert "2.23" in beyond
    assert "has not been run" not in beyond

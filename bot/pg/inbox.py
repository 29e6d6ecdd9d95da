"""Webhook updates on a fleet: accepted into the database, handled by whoever can.

What "accepted" means: Telegram sends an update again until its POST is answered 200, so an
instance answers 200 only after the update is a row of `inbox` (committed). From then on the
update is the fleet's, not the instance's: if that instance dies before or while handling it,
another one takes it over (`sweep`, for rows older than `TAKEOVER_AFTER`). A row is marked
done, its body blanked, once its update is handled; a crash in between handles that one
update again when it is taken over (at least once, never lost). The done row keeps the
update_id for a day, so a redelivered update, handled or not, is stored and handled once.

Order: a chat's rows are handled one at a time, in update_id order (Telegram's order), by
whichever instance holds the chat's inbox advisory lock: the instance that received an update
takes the lock (waiting if another holds it) and handles every row of that chat it finds. The
lock is released by the server if the instance dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from typing import Any

from aiogram import Bot, Dispatcher

from bot.inflight import InFlight
from bot.intake import Intake
from bot.pg.db import PgDatabase
from bot.pg.isolation import CHAT_HELD

log = logging.getLogger(__name__)

TAKEOVER_AFTER = 5.0  # seconds a row may wait before any instance takes it over
SWEEP_EVERY = 2.0
_NAMESPACE = "claimbot-inbox"
_CHAT_OWNERS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
    "message_reaction",
    "chat_member",
    "my_chat_member",
    "chat_join_request",
)


KEEP_HANDLED = 86_400.0  # seconds a handled update_id is remembered (Telegram's retry window)
_FIRST = (
    "SELECT update_id, body FROM inbox WHERE lock_key = $1 AND NOT done ORDER BY update_id LIMIT 1"
)
# The UPDATE and the SELECT see the same snapshot, so the SELECT skips the finished row itself.
_DONE_AND_NEXT = (
    "WITH finished AS (UPDATE inbox SET done = true, body = '' WHERE update_id = $1)"
    " SELECT update_id, body FROM inbox WHERE lock_key = $2 AND NOT done AND update_id <> $1"
    " ORDER BY update_id LIMIT 1"
)


def chat_of(update: dict[str, Any]) -> int:
    """The chat an update belongs to (as aiogram's FSM chat strategy sees it), 0 if none."""
    for field in _CHAT_OWNERS:
        event = update.get(field)
        if isinstance(event, dict) and isinstance(event.get("chat"), dict):
            return int(event["chat"].get("id") or 0)
    query = update.get("callback_query")
    if isinstance(query, dict):
        message = query.get("message")
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            return int(message["chat"].get("id") or 0)
        if isinstance(query.get("from"), dict):
            return int(query["from"].get("id") or 0)
    for event in update.values():
        if isinstance(event, dict) and isinstance(event.get("from"), dict):
            return int(event["from"].get("id") or 0)
    return 0


def lock_key(chat_id: int) -> int:
    digest = hashlib.blake2b(f"{_NAMESPACE}|{chat_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class Inbox:
    """The fleet's accepted updates, and the handling of them: the webhook's `Handoff` on
    PostgreSQL (`bot/intake.py`)."""

    def __init__(self, db: PgDatabase, dp: Dispatcher, bot: Bot, inflight: InFlight) -> None:
        self.db = db
        self.dp = dp
        self.bot = bot
        self.inflight = inflight
        self.handled = 0
        self._draining: dict[int, bool] = {}  # lock key -> "look again" (this process)
        self._sweeper: asyncio.Task[None] | None = None
        self.open = True  # False once shutdown begins: nothing new is started

    async def accept(self, update: dict[str, Any]) -> bool:
        """Store the update; True when it is new (a redelivery is stored once)."""
        update_id = update.get("update_id")
        if not isinstance(update_id, int):
            raise ValueError("an update without an update_id")
        key = lock_key(chat_of(update))
        status = await self.db.pool.execute(
            "INSERT INTO inbox (update_id, lock_key, body) VALUES ($1, $2, $3)"
            " ON CONFLICT (update_id) DO NOTHING",
            update_id,
            key,
            json.dumps(update, ensure_ascii=False),
        )
        self.handle_chat(key)
        return status.endswith(" 1")

    def handle_chat(self, key: int) -> None:
        """Handle this chat's rows in the background (accepted work: shutdown waits)."""
        if not self.open:
            return
        if key in self._draining:
            self._draining[key] = True  # the running drain looks again before it stops
            return
        self._draining[key] = False
        self.inflight.add(asyncio.create_task(self._drain(key)))

    async def _drain(self, key: int) -> None:
        CHAT_HELD.set(True)  # this task's own context: the FSM lock needs no connection
        try:
            async with self.db.lock_pool.acquire() as conn:
                await conn.execute("SELECT pg_advisory_lock($1)", key)
                try:
                    while True:
                        self._draining[key] = False
                        row = await self.db.pool.fetchrow(_FIRST, key)
                        while row is not None:
                            row = await self._handle(key, row)
                        if not self._draining[key]:
                            break
                finally:
                    if not conn.is_closed():
                        await conn.execute("SELECT pg_advisory_unlock($1)", key)
        finally:
            self._draining.pop(key, None)

    async def _handle(self, key: int, row: Any) -> Any:
        """Handle one stored update; returns the chat's next row (deleting this one and
        reading the next is one round trip)."""
        update = json.loads(row["body"])
        try:
            await self.dp.feed_raw_update(self.bot, update)
        except Exception as exc:
            # aiogram's error handler has seen it; never let one update block its chat.
            log.warning("update %s failed: %s", row["update_id"], type(exc).__name__)
        self.handled += 1
        return await self.db.pool.fetchrow(_DONE_AND_NEXT, row["update_id"], key)

    async def sweep(self) -> int:
        """Take over the chats whose rows have waited longer than `TAKEOVER_AFTER` (their
        instance died, or is stuck); returns how many chats were started."""
        rows = await self.db.pool.fetch(
            "SELECT DISTINCT lock_key FROM inbox"
            " WHERE NOT done AND received_at < extract(epoch FROM clock_timestamp()) - $1",
            TAKEOVER_AFTER,
        )
        await self.db.pool.execute(
            "DELETE FROM inbox WHERE done"
            " AND received_at < extract(epoch FROM clock_timestamp()) - $1",
            KEEP_HANDLED,
        )
        for row in rows:
            self.handle_chat(row["lock_key"])
        return len(rows)

    async def _sweep_forever(self) -> None:
        while True:
            try:
                taken = await self.sweep()
                if taken:
                    log.info("inbox: took over %d chat(s) left by another instance", taken)
            except Exception as exc:
                log.warning("inbox sweep failed: %s", type(exc).__name__)
            await asyncio.sleep(SWEEP_EVERY)

    async def start(self) -> None:
        """Take over what a stopped instance left, from now on (the web server is up)."""
        if self._sweeper is None:
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="inbox-sweep")

    async def close(self) -> None:
        """Start nothing new; the drains already running are accepted work (`InFlight`)."""
        self.open = False
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None


def FleetIntake(dp: Dispatcher, bot: Bot, *, secret: str, inflight: InFlight) -> Intake:
    """The webhook's intake on a fleet: 200 only once the update is in the shared inbox; on
    stopping, no new POSTs (503) and no chats taken over any more, the drains already running
    finish (`InFlight`), and what is left in the inbox is the other instances'. A function
    named like the class it makes (as `threading.Lock`): the intake is composed, one `Intake`
    for every database (`bot.backend.handoff` chooses the inbox for `bot.webhook`)."""
    return Intake(Inbox(dp["db"], dp, bot, inflight), secret=secret)

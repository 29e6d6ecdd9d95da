"""Everything a step may use besides the person's message: one typed object, built in
`bot/app.py` and handed to every turn.

A step writes `turn.services.cases.get(...)` and the type checker knows what that is; the
coupling between the dialogue and the machinery is this one page, and `flows/` still imports
nothing from `bot/`. Handlers take `turn` (and the event, and the button's data) and nothing
else: what they use, they reach here.

This page is below `Turn` (a turn carries its `Services`): what it declares takes no `Turn`,
or the two modules would import each other (`tests/unit/test_imports.py`). The dialogue's
own parts that speak of turns (the engine, the asker) are typed here by what the machinery
may know of them, and precisely where the dialogue takes them (`engine_of(turn)`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from aiogram import Bot

from flows.case import Case
from flows.claims import DocKind
from flows.operator import OperatorPort
from flows.outbox import Outgoing, Owed
from flows.ports import (
    CaseStore,
    Clock,
    Exporter,
    LetterTracker,
    OutcomeBook,
    ProfileStore,
    ReminderPlanner,
    Transactions,
    UserSettings,
)
from flows.retention import DEFAULT_POLICY, Policy
from flows.texts import Texts


class Paperwork(Protocol):
    """Documents into the chat, owed with the step that made them (`owe`, into the turn's
    outbox), written with it (`commit`) and sent after it is stored (`deliver`)."""

    async def owe(
        self, case: Case, kind: DocKind, today: date, version: int, locale: str
    ) -> list[Owed]: ...
    async def commit(self, outbox: Sequence[Outgoing], chat_id: int, now: datetime) -> None: ...
    async def deliver(
        self, outbox: list[Outgoing], bot: Bot, chat_id: int, clock: Clock
    ) -> None: ...
    async def resume(self, bot: Bot, clock: Clock, chat_id: int | None = None) -> int: ...
    async def resend(self, bot: Bot, chat_id: int, case: Case) -> None: ...


class Albums(Protocol):
    """Files sent together as one album: answered once, after the last one."""

    def first(self, key: str) -> bool: ...
    def later(self, key: str, action: Callable[[], Awaitable[None]]) -> None: ...


class Asker(Protocol):
    """Puts the open question again (or the menu): `flows/steps/questions.py`. The turn is
    `Any` here only because this page is below `Turn`; `Questions` takes a `Turn`."""

    async def ask_current(self, turn: Any, /) -> None: ...


class Eraser(Protocol):
    """Everything kept about one person, erased (/delete): `bot/users.py` `People`."""

    async def forget(self, user_id: int, chat_id: int) -> None: ...


@dataclass(frozen=True)
class Services:
    clock: Clock
    texts: Texts  # every language's catalogue, for texts not in the person's own language
    db: Transactions
    cases: CaseStore
    profiles: ProfileStore
    users: UserSettings
    reminders: ReminderPlanner
    paperwork: Paperwork
    albums: Albums
    questions: Asker
    eraser: Eraser
    # The engine that asks the procedure's questions (`flows/steps/engine`), built with the
    # dialogue by the composition root. Its type speaks of turns, so it is named where the
    # dialogue takes it: `engine_of(turn)`.
    engine: object
    default_zone: str  # for a person who has not set /timezone
    operator: OperatorPort  # /stats and /health, for ADMIN_IDS only
    exporter: Exporter  # /export: a case's ZIP, made in the background (`bot/export.py`)
    letters: LetterTracker  # Russian Post tracking (`bot/tracking.py`), off unless configured
    outcomes: OutcomeBook  # issue 22: closed cases' anonymised rows and their statistics
    # issue 22 p. 5: RETENTION_DAYS and STALE_DAYS, for what the person is told
    retention: Policy = DEFAULT_POLICY

"""What the procedure needs from the machinery, as small Protocols.

The dialogue (`flows/steps/`) is written against these, and `bot/` implements them (SQLite
today, another database tomorrow). Declaring them here, on the domain side, keeps the one-way
rule: `flows/` never imports `bot/`, and a reader sees the whole coupling in one page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from flows.case import Case, Path
from flows.schedule import Deadline, ReminderKind
from flows.statistics import Figure, OutcomeRow
from flows.tracking import Purpose, Reading


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    case_id: int
    kind: str  # photo | document | video
    file_id: str
    file_unique_id: str
    name: str | None
    size: int | None
    caption: str | None
    added_at: datetime
    reply: int | None = None  # the seller's answer it came with (`SellerReply.number`)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    case_id: int
    kind: str
    version: int
    sha256: str
    docx_file_id: str | None
    pdf_file_id: str | None
    created_at: str = ""  # ISO time it was made


@dataclass(frozen=True)
class EventRow:
    """One line of a case's timeline as it was logged (`CaseStore.log`)."""

    id: int
    case_id: int
    at: datetime
    kind: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Prefetched:
    """The person's row as this update found it, read once (`bot/prefetch.py`)."""

    locale: str | None = None
    timezone: str | None = None
    owes_documents: bool = False  # documents for this chat wait in the outbox


class Clock(Protocol):
    """Time is injected: the system clock in production, a hand-moved one in tests."""

    def now(self) -> datetime: ...


class Transactions(Protocol):
    """Several writes that must stand or fall together (a step: the case, the chat's state,
    the documents it owes).

    During an update the writes wait in the update's unit of work and commit together; the
    dialogue calls `flush` before the bot speaks, so what the person reads is stored first."""

    def transaction(self) -> AbstractAsyncContextManager[Any]: ...
    async def flush(self) -> None: ...


class CaseStore(Protocol):
    """Cases and what hangs off them. Every read takes the owner, so an id from a button never
    reaches somebody else's case."""

    async def create(self, owner_id: int, now: datetime, path: Path = ...) -> Case: ...
    async def get(self, case_id: int, owner_id: int) -> Case | None: ...
    async def save(self, case: Case, now: datetime) -> None: ...
    async def owned_by(self, owner_id: int, *, open_only: bool = False) -> list[Case]: ...
    async def log(self, case_id: int, at: datetime, kind: str, /, **data: Any) -> None: ...
    async def add_evidence(
        self,
        case_id: int,
        *,
        kind: str,
        file_id: str,
        file_unique_id: str,
        name: str | None,
        size: int | None,
        caption: str | None,
        at: datetime,
        reply: int | None = None,
    ) -> bool: ...
    async def evidence(self, case_id: int) -> list[EvidenceRow]: ...
    async def remove_evidence(self, evidence_id: int, owner_id: int) -> bool: ...
    async def documents(self, case_id: int) -> list[DocumentRow]: ...
    async def events(self, case_id: int) -> list[EventRow]: ...


class ProfileStore(Protocol):
    """The person's details, kept only with their consent."""

    async def get(self, user_id: int) -> dict[str, Any] | None: ...
    async def save(self, user_id: int, profile: dict[str, Any], consent_at: datetime) -> None: ...


class UserSettings(Protocol):
    """A person's language and time zone, and where they came from (issue 22 p. 4)."""

    async def get_locale(self, user_id: int) -> str | None: ...
    async def source(self, user_id: int) -> str | None:
        """The deep-link tag stored at the person's first contact, if any."""
        ...

    async def first_contact(self, user_id: int, source: str | None) -> None:
        """Record the tag a person came with; called only at their first contact, and a tag
        once stored never changes."""
        ...

    async def get_timezone(self, user_id: int) -> str | None: ...
    async def set_timezone(self, user_id: int, zone: str) -> None: ...


class ReminderPlanner(Protocol):
    """ "Remind about this deadline" — in the person's own time zone."""

    async def support_follow_up(self, case: Case, chat_id: int, when: datetime) -> None: ...
    async def seller_deadline(self, case: Case, chat_id: int, period: Deadline) -> None: ...
    async def marketplace_deadline(self, case: Case, chat_id: int, period: Deadline) -> None: ...
    async def state_body(self, case: Case, chat_id: int, period: Deadline) -> None: ...
    async def own_windows(self, case: Case, chat_id: int, today: date) -> None: ...
    async def snooze(
        self, case_id: int, chat_id: int, kind: str, days: int, **payload: Any
    ) -> None: ...
    async def reply_follow_up(
        self, case: Case, chat_id: int, kind: ReminderKind, day: date
    ) -> None: ...
    async def cancel_seller_deadline(self, case_id: int) -> None: ...
    async def cancel_case(self, case_id: int) -> None: ...
    async def letter_news(self, case: Case, chat_id: int, purpose: Purpose) -> None:
        """Tell the person now (or at 10:00 if it is night in their zone) what the post said
        of this letter: a `LETTER_NEWS` reminder, sent by the scheduler with its limits and
        retries; the words come from the case's `PostLetter` when it is sent."""
        ...


@dataclass(frozen=True)
class TrackedLetter:
    """A letter the tracker follows: one row per case and purpose (`bot/tracking.py`)."""

    case_id: int
    chat_id: int
    purpose: Purpose
    number: str


class LetterTracker(Protocol):
    """Russian Post tracking (issue 21). `enabled` is False when the operator has not set
    RUSSIAN_POST_LOGIN/PASSWORD: then nothing is followed and the person types the date."""

    @property
    def enabled(self) -> bool: ...

    async def follow(self, case_id: int, chat_id: int, purpose: Purpose, number: str) -> None:
        """Start following a letter (a new number for the same purpose replaces the old one,
        and is tracked afresh). A closed case's letters are not asked about; its erasure
        takes them with it."""
        ...


# What the tracker calls with each reading of a letter (`flows/steps/tracked.py` makes it):
# it updates the case and tells the person; True when the letter needs no more tracking.
TrackingHandler = Callable[[TrackedLetter, Reading], Awaitable[bool]]


@dataclass(frozen=True)
class ExportRequest:
    """One case to export, read by its owner (`CaseStore.get(case_id, owner_id)`) and with
    its rows, so the export works from nothing else. `timeline` holds `flows.timeline.Entry`
    values (this page is below the timeline, which reads its rows from here)."""

    case: Case
    documents: tuple[DocumentRow, ...]
    evidence: tuple[EvidenceRow, ...]
    timeline: tuple[Any, ...]
    today: date
    locale: str  # the person's language, for what the bot says; the case file is Russian


class Exporter(Protocol):
    """/export (`bot/export.py`): the case's ZIP made and sent in the background, one export
    at a time per chat. `bot` is aiogram's Bot, which the domain's pages do not name."""

    def start(self, bot: Any, chat_id: int, request: ExportRequest) -> bool:
        """False when this chat's previous export is still being made."""
        ...


class OutcomeBook(Protocol):
    """The anonymised outcomes of closed cases (issue 22, `bot/outcomes.py`): written with the
    close in the same unit of work, kept after the case is erased, and read only as suppressed
    aggregates (`flows/statistics.py`)."""

    async def record(self, row: OutcomeRow) -> None:
        """Store the row, or replace the one with the same key (the outcome answered later)."""
        ...

    async def drop(self, key: str) -> None:
        """The case was reopened: its row no longer counts."""
        ...

    async def figure(self, marketplace: str, problem: str) -> Figure | None:
        """The person's own cell (p. 3), or None when it is not shown in the public table."""
        ...

    async def overall(self) -> Any:
        """The public table (`/stats`), suppressed as the CLI's (a `flows.statistics` value)."""
        ...

"""What the bot's operator may ask of it in the chat (`/stats`, `/health`): counts and vital
signs, never a person. The dialogue declares the port, `bot/stats.py` answers it from the
database, and the values travel as these plain records, so nothing here knows SQL or
Telegram, and nothing a person typed or is can reach them: only numbers, enum values and
the names of our own catalogues (marketplaces, problems).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

# A reminder still pending this long after its moment is late: the scheduler looks at least
# once an hour and wakes for every new row, so anything older than a few minutes is stuck.
OVERDUE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class Stats:
    """Counts over the whole database. Keys are catalogue values (`Status`, marketplace and
    problem ids, reminder states); None stands for "not chosen yet"."""

    cases_by_status: dict[str, int] = field(default_factory=dict)
    cases_by_marketplace: dict[str | None, int] = field(default_factory=dict)
    cases_by_problem: dict[str | None, int] = field(default_factory=dict)
    documents: int = 0
    reminders_by_status: dict[str, int] = field(default_factory=dict)
    owed_documents: int = 0
    users: int = 0


@dataclass(frozen=True)
class Health:
    """Whether the bot can do its work now. The database's kind, never its address."""

    backend: str  # "sqlite" or "postgresql"
    database_ok: bool
    schema_version: int | None  # what the database says it holds; None when it did not answer
    schema_expected: int  # what this code migrates to
    reminders_due: int | None
    reminders_overdue: int | None
    oldest_owed: timedelta | None  # the oldest document owed to a chat, if any
    uptime: timedelta
    # Russian Post tracking (issue 21); post_limit None: tracking is off
    post_limit: int | None = None
    letters_followed: int | None = None
    post_requests_today: int | None = None


class OperatorPort(Protocol):
    """The operator's desk: who is an operator (`ADMIN_IDS`), and what they may read."""

    def is_operator(self, user_id: int) -> bool: ...
    async def stats(self) -> Stats: ...
    async def health(self) -> Health: ...

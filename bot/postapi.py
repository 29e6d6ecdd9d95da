"""What the tracker needs from Russian Post, and the ways asking can fail.

The client (`bot/russianpost.py`, SOAP `getOperationHistory`) implements `PostApi`; the tracker
(`bot/tracking.py`) is written against it, and tests give it a fake. Each error is a decision
for the tracker: try the number again tomorrow, stop for today, or tell the operator.
"""

from __future__ import annotations

from typing import Protocol

from flows.tracking import Operation


class PostError(Exception):
    """Russian Post did not give a history. Messages never hold the login or the password."""


class UnknownNumber(PostError):
    """The post does not know the number (a fresh letter is often unknown for a day)."""


class Unauthorized(PostError):
    """The login or password was refused: nothing can be tracked until the operator fixes it."""


class QuotaExceeded(PostError):
    """The day's free requests are spent (100 by default): stop until tomorrow."""


class Unavailable(PostError):
    """No answer after the retries: a network error, a timeout, or the service's 5xx."""


class BadAnswer(PostError):
    """An answer that is not the documented XML (malformed, or a fault of an unknown kind)."""


class PostApi(Protocol):
    async def history(self, number: str) -> list[Operation]:
        """The letter's operations, oldest first; raises a `PostError`."""
        ...

    async def close(self) -> None: ...

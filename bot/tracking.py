"""Russian Post tracking of the letters the bot tells people to send (issue 21).

Without RUSSIAN_POST_LOGIN and RUSSIAN_POST_PASSWORD nothing is followed (`Untracked`): the
dialogue asks the person for the delivery date, as it always did.
"""

from __future__ import annotations

from flows.tracking import Purpose


class Untracked:
    """The operator has not configured tracking: letters are not followed."""

    enabled = False

    async def follow(self, case_id: int, chat_id: int, purpose: Purpose, number: str) -> None:
        return None

    async def stop(self, case_id: int, purpose: Purpose | None = None) -> None:
        return None

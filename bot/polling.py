"""Long polling past an update aiogram cannot read.

getUpdates answers a batch; aiogram reads the whole batch as `list[Update]`, and one update it
cannot read (a field Telegram added, a shape pydantic refuses) fails the batch. aiogram's
polling loop then asks again from the same offset, gets the same batch, and fails forever: the
bot is deaf. `SkipUnreadable`, a request middleware for getUpdates only, reads such a batch
update by update, hands the readable ones on, writes one log line per unreadable one (its
update_id and how many fields failed, never its content: that is a person's words) and moves
the next getUpdates past it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import ClientDecodeError
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.types import Update
from pydantic import ValidationError

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)


class SkipUnreadable(BaseRequestMiddleware):
    def __init__(self) -> None:
        self.skip_to = 0  # the next getUpdates asks from here at least
        self.skipped = 0

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[Any],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Any:
        if not isinstance(method, GetUpdates):
            return await make_request(bot, method)
        if self.skip_to > (method.offset or 0):
            method.offset = self.skip_to  # aiogram's loop reuses this object: it stays moved
        try:
            return await make_request(bot, method)
        except ClientDecodeError as exc:
            batch = _batch(exc.data)
            if batch is None:
                raise
            return self._readable(bot, batch)

    def _readable(self, bot: Bot, batch: list[Any]) -> Any:
        """The readable updates: what a session's `make_request` gives back is the method's
        result (the list), whatever the middleware protocol's annotation says."""
        readable: list[Update] = []
        for item in batch:
            update_id = item.get("update_id") if isinstance(item, dict) else None
            try:
                readable.append(Update.model_validate(item, context={"bot": bot}))
            except ValidationError as exc:
                self.skipped += 1
                log.warning(
                    "update %s could not be read (%d field error(s)); skipped",
                    update_id if isinstance(update_id, int) else "?",
                    exc.error_count(),
                )
            if isinstance(update_id, int):
                self.skip_to = max(self.skip_to, update_id + 1)
        return readable


def _batch(data: Any) -> list[Any] | None:
    """The updates of a successful getUpdates answer, or None if it is not one."""
    if isinstance(data, dict) and data.get("ok") is True and isinstance(data.get("result"), list):
        return data["result"]
    return None

"""Aiogram's parsed Bot API answers, kept alive for the life of the process.

Every Bot API call reads its answer as `Response[method.__returning__]` (aiogram's
`BaseSession.check_response`), a generic pydantic model that pydantic caches only weakly. The
class has reference cycles, so each full run of the garbage collector frees it and the next
call builds it again: ~2 ms of CPU for `Response[Message]` alone. In the whole-bot benchmark
that rebuilding was ~0.2 ms per update (20 classes per 200 updates). Holding the classes of
the methods the bot calls keeps them built once.
"""

from __future__ import annotations

from typing import Any

from aiogram import methods
from aiogram.methods.base import Response

# the methods the bot calls
_METHODS = tuple(
    getattr(methods, name)
    for name in (
        "AnswerCallbackQuery",
        "DeleteMessage",
        "DeleteWebhook",
        "EditMessageReplyMarkup",
        "EditMessageText",
        "GetMe",
        "GetUpdates",
        "SendChatAction",
        "SendDocument",
        "SendMessage",
        "SetMyCommands",
        "SetWebhook",
    )
)

_kept: list[Any] = []


def keep_response_types() -> None:
    """Build the answer classes of the methods the bot calls, once, and hold them."""
    if not _kept:
        _kept.extend(Response[m.__returning__] for m in _METHODS)  # type: ignore[name-defined]

"""Every request the bot makes to Telegram rides out Telegram's own hiccups.

A 429 ("retry after N") is waited out and the request sent again; a 5xx, a network error or a
timeout is retried with capped exponential backoff (aiogram's `Backoff`). Only when that does
not help does the error reach the handler (and the person hears "try again"). getUpdates is
left alone: aiogram's polling loop already retries it forever.

A request that failed on a timeout may have reached Telegram; sending it again can, rarely,
show a message twice. That is the lesser harm next to a lost step.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.utils.backoff import Backoff, BackoffConfig

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import Response

log = logging.getLogger(__name__)

BACKOFF = BackoffConfig(min_delay=0.5, max_delay=10.0, factor=2.0, jitter=0.1)

_caller_retries: ContextVar[bool] = ContextVar("caller_retries", default=False)


@contextmanager
def retried_by_caller() -> Iterator[None]:
    """Requests made inside are tried once here: the caller has its own policy (start-up),
    and retries nested in retries would multiply the waits and the log lines."""
    token = _caller_retries.set(True)
    try:
        yield
    finally:
        _caller_retries.reset(token)


class RetryMiddleware(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        attempts: int = 4,  # tries in all for 5xx / network / timeout
        floods: int = 5,  # 429s waited out for one request
        max_wait: float = 120.0,  # a longer retry_after is not waited for in a handler
        backoff: BackoffConfig = BACKOFF,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.attempts = attempts
        self.floods = floods
        self.max_wait = max_wait
        self.backoff = backoff
        self.sleep = sleep

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[Any],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Response[Any]:
        if isinstance(method, GetUpdates) or _caller_retries.get():
            return await make_request(bot, method)
        delays = Backoff(self.backoff)
        floods = failures = 0
        name = method.__api_method__
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                floods += 1
                if floods > self.floods or exc.retry_after > self.max_wait:
                    raise
                log.info("%s: 429, waiting %s s", name, exc.retry_after)
                await self.sleep(float(exc.retry_after))
            except (TelegramServerError, TelegramNetworkError, TimeoutError) as exc:
                failures += 1
                if failures >= self.attempts:
                    raise
                delay = min(next(delays), self.backoff.max_delay)
                log.info("%s: %s, retry %d in %.1f s", name, type(exc).__name__, failures, delay)
                await self.sleep(delay)

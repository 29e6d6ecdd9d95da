"""Start-up calls to Telegram, retried: a process started while the network or Telegram is
down waits with capped backoff (one log line per try) instead of hanging or crashing with a
traceback, and gives up with an exception the CLI turns into a non-zero exit, so a process
manager restarts it later. A refused token is not retried: that is a settings error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiogram.exceptions import (
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.config import ConfigError
from bot.retries import retried_by_caller

log = logging.getLogger(__name__)

T = TypeVar("T")

BACKOFF = BackoffConfig(min_delay=1.0, max_delay=60.0, factor=2.0, jitter=0.1)
TRANSIENT = (TelegramNetworkError, TelegramServerError, TimeoutError, OSError)

Sleep = Callable[[float], Awaitable[None]]


class StartupFailed(Exception):
    """Telegram could not be reached within the allowed tries; the message is one line."""


class Stopped(Exception):
    """A stop signal arrived while start-up was waiting to try again."""


def stoppable_sleep(stop: asyncio.Event) -> Sleep:
    """A sleep that ends early, raising `Stopped`, when `stop` is set (SIGTERM during start-up)."""

    async def sleep(seconds: float) -> None:
        try:
            await asyncio.wait_for(stop.wait(), timeout=max(0.0, seconds))
        except TimeoutError:
            return
        raise Stopped

    return sleep


async def with_retries(
    what: str,
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int,
    sleep: Sleep = asyncio.sleep,
    backoff: BackoffConfig = BACKOFF,
) -> T:
    """`call()`, retried on network errors, 5xx and 429 up to `attempts` tries in all."""
    delays = Backoff(backoff)
    for attempt in range(1, attempts + 1):
        try:
            with retried_by_caller():
                return await call()
        except TelegramUnauthorizedError:
            raise ConfigError("BOT_TOKEN was refused by Telegram (401 Unauthorized)") from None
        except TelegramRetryAfter as exc:
            reason, delay = "429 Too Many Requests", float(exc.retry_after)
        except TRANSIENT as exc:
            reason, delay = type(exc).__name__, min(next(delays), backoff.max_delay)
        if attempt == attempts:
            raise StartupFailed(
                f"start-up: {what} failed {attempts} time(s), last: {reason}; giving up"
            )
        log.warning(
            "start-up: %s failed (%s), try %d of %d, next in %.1f s",
            what,
            reason,
            attempt,
            attempts,
            delay,
        )
        await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover

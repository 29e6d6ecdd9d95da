"""Logs never hold the token or personal data, at any level, from any library.

Our own log lines are written that way. Libraries are not: at DEBUG aiosqlite logs every
statement with its parameters (a person's name, address, phone), pytrovich logs the names it
declines, aiogram puts an unparsable update's content into an ERROR line, pydantic's errors
quote their input and asyncio prints a failed task's exception repr. `PrivacyFilter`, put on
every handler of the root logger, rewrites each record before it is written:

- library records keep their wording, but their values go: an exception argument becomes its
  type name, aiosqlite's and pytrovich's arguments become their type names, multi-line
  messages (reprs and dumps) keep their first line only;
- a traceback keeps its frames and the exception's type, never its message;
- in whatever is left, the bot token, the webhook secret, anything shaped like a token,
  e-mail addresses and phone numbers are masked.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterable

OWN = ("claimbot", "bot", "flows")  # our loggers: their arguments are chosen with care
OPAQUE = ("aiosqlite", "pytrovich")  # libraries whose every argument can be personal data

_TOKEN = re.compile(r"(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])\+?\d(?:[\s()\-]*\d){9,14}(?![\w.])")


def _is(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _placeholder(value: object) -> str:
    return f"<{type(value).__name__}>"


class PrivacyFilter(logging.Filter):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        text = _TOKEN.sub("<token>", text)
        text = _EMAIL.sub("<e-mail>", text)
        return _PHONE.sub("<phone>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_claimbot_private", False):
            return True  # already rewritten (a record reaches several handlers)
        own = _is(record.name, OWN)
        if not own:
            args = record.args if isinstance(record.args, tuple) else ()
            if _is(record.name, OPAQUE):
                args = tuple(_placeholder(a) for a in args)
            else:
                args = tuple(_placeholder(a) if isinstance(a, BaseException) else a for a in args)
            try:
                message = str(record.msg) % args if args else str(record.msg)
            except (TypeError, ValueError):
                message = str(record.msg)
            message = message.split("\n", 1)[0]
        else:
            message = record.getMessage()
        record.msg, record.args = self.scrub(message), None
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            frames = "".join(traceback.format_tb(exc.__traceback__))
            record.exc_text = self.scrub(f"Traceback (frames only):\n{frames}{type(exc).__name__}")
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = None
        record.stack_info = None if not record.stack_info else self.scrub(record.stack_info)
        record._claimbot_private = True
        return True


def protect(secrets: Iterable[str] = (), logger: logging.Logger | None = None) -> PrivacyFilter:
    """Put a `PrivacyFilter` on every handler of `logger` (the root logger by default)."""
    target = logger or logging.getLogger()
    privacy = PrivacyFilter(secrets)
    for handler in target.handlers:
        handler.addFilter(privacy)
    return privacy

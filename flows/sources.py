"""Where a person came from (issue 22 p. 4): the tag of a Telegram deep link,
`t.me/<bot>?start=<tag>`, kept once with the person and counted in the statistics.

Telegram allows a start parameter of up to 64 characters from `A–Z a–z 0–9 _ -`; anything else
is not a tag of ours (a payload typed by hand, another bot's format) and is ignored, so /start
works as always."""

from __future__ import annotations

import re

_TAG = re.compile(r"[A-Za-z0-9_-]{1,64}")


def tag(payload: str | None) -> str | None:
    """The tag, or None when the payload is missing or is not a well-formed tag."""
    if payload is None:
        return None
    payload = payload.strip()
    return payload if _TAG.fullmatch(payload) else None

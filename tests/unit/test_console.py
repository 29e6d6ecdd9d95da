"""The console's `/clock` argument, read without starting a console (its runs as a person
makes them are `tests/system/test_console.py`)."""

from __future__ import annotations

import pytest

from bot.console import parse_clock
from tests.helpers import START


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("+11d", "2026-12-02T09:00"),
        ("+5h", "2026-11-21T14:00"),
        ("+30m", "2026-11-21T09:30"),
        ("2026-12-01", "2026-12-01T00:00"),
    ],
)
def test_parse_clock(arg: str, expected: str) -> None:
    assert parse_clock(arg, START).isoformat(timespec="minutes").startswith(expected)


def test_parse_clock_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="soon"):
        parse_clock("soon", START)

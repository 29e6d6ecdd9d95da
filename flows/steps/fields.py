"""Small builders for the common kinds of question, so a stage module reads as a list of
what it asks: a date with Today/Yesterday, a yes/no, a free text stored in a field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flows.case import InputError, check_past, parse_date
from flows.steps.form import Ctx, Option, yesterday


def date_options(ctx: Ctx) -> list[Option]:
    return [
        (ctx.today.isoformat(), ctx.t("btn-today")),
        (yesterday(ctx.today).isoformat(), ctx.t("btn-yesterday")),
    ]


def read_date(value: Any, ctx: Ctx) -> date:
    """A button's ISO value or a typed date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return parse_date(value, ctx.today)


def past_date(check: Callable[[date, Ctx], None] | None = None) -> Callable[[str, Ctx], date]:
    """A parser for a date not in the future, with an extra check on the case."""

    def parse(text: str, ctx: Ctx) -> date:
        day = check_past(read_date(text, ctx), ctx.today)
        if check is not None:
            check(day, ctx)
        return day

    return parse


def not_before(field: str, key: str) -> Callable[[date, Ctx], None]:
    def check(day: date, ctx: Ctx) -> None:
        earliest = getattr(ctx.case, field)
        if earliest is not None and day < earliest:
            raise InputError(key, earliest=earliest.strftime("%d.%m.%Y"))

    return check


def yes_no(ctx: Ctx) -> list[Option]:
    return [("yes", ctx.t("btn-yes")), ("no", ctx.t("btn-no"))]


def fmt_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"

"""Small builders for the common kinds of question, so a stage module reads as a list of
what it asks: a date with Today/Yesterday, a yes/no, a free text stored in a field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flows.case import InputError, check_past, parse_date, parse_text
from flows.steps.engine.specs import Ctx, Goto, Option, Spec, yesterday


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
            raise InputError(key, earliest=day_text(ctx.t, earliest))

    return check


def yes_no(ctx: Ctx) -> list[Option]:
    return [("yes", ctx.t("btn-yes")), ("no", ctx.t("btn-no"))]


def fmt_date(day: date | None, t: Callable[..., str]) -> str:
    """A date as the interface's language writes it: 01.12.2026, or 1 Dec 2026."""
    return day_text(t, day) if day else "—"


def day_text(t: Callable[..., str], day: date) -> str:
    # strings, not numbers: Fluent would group a year as "2 026"
    return t(
        "date-short",
        d=str(day.day),
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        mon=t(f"mon-{day.month}"),
        yyyy=str(day.year),
    )


def past_date_question(
    qid: str, prompt: str | Callable[[Ctx], str], *, after_order: bool = True, **spec: Any
) -> Spec:
    """A past date with Today/Yesterday buttons, never before the order date (by default)."""
    check = not_before("ordered_on", "err-before-order") if after_order else None
    ask = (lambda ctx: ctx.t(prompt)) if isinstance(prompt, str) else prompt
    return Spec(
        qid,
        ask,
        date_options,
        parse=past_date(check),
        hint="hint-date",
        columns=2,
        parse_buttons=True,
        **spec,
    )


# -- review screens: a summary whose every line can be corrected -----------------------------

EDIT = "e."


def summary(ctx: Ctx, prompt_key: str, rows: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"<b>{ctx.t(f'field-{f}')}:</b> {v}" for f, v in rows)
    return ctx.t(prompt_key, summary=lines)


def edit_options(ctx: Ctx, first: Option, rows: list[tuple[str, str]]) -> list[Option]:
    """The review's main button, then "✏️ <field>" for every line."""
    return [first, *((EDIT + f, ctx.t("btn-edit", field=ctx.t(f"field-{f}"))) for f, _ in rows)]


def edit_target(value: str, review: str) -> Goto | None:
    """An edit button leads to its question and back to the review."""
    if value.startswith(EDIT):
        return Goto(value.removeprefix(EDIT), return_to=review)
    return None


def text_question(
    qid: str,
    prompt: str | Callable[[Ctx], str],
    *,
    limit: int,
    minimum: int = 2,
    russian: bool = False,
    **spec: Any,
) -> Spec:
    """A free-text answer between `minimum` and `limit` characters; `russian` for one that
    goes into a document as written (a court needs Russian text: issue 17 p. 20)."""
    ask = (lambda ctx: ctx.t(prompt)) if isinstance(prompt, str) else prompt
    return Spec(
        qid,
        ask,
        parse=lambda text, ctx: parse_text(text, limit=limit, minimum=minimum, russian=russian),
        hint="hint-text",
        **spec,
    )

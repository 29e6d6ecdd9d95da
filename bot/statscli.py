"""`python -m bot stats`: the published statistics of closed cases for an operator's report
(issue 22 p. 2), from the database the bot uses (`DATABASE_URL` / `DATABASE_PATH`).

What it prints is the suppressed `flows.statistics.Table` and nothing else: catalogue ids,
deep-link tags of 11 or more cases, counts, shares and medians. No key, day, chat or text of
a case is read, let alone printed: the query returns sums.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bot.config import ConfigError, Settings
from flows.statistics import THRESHOLD, Stat, Table

FORMATS = ("md", "csv", "json")

# The figures, in the order the table shows them, with their column headings
FIGURES: tuple[tuple[str, str], ...] = (
    ("cases", "cases closed"),
    ("claimed", "claim reached the seller, outcome known"),
    ("met_percent", "demand met after the claim, %"),
    ("median_days", "median days to the outcome"),
    ("answered", "seller's answer known"),
    ("in_time_percent", "answered in time, %"),
)

SMALL = f"< {THRESHOLD}"  # a figure resting on fewer than THRESHOLD cases
LINKED = "x"  # hidden so that no small figure can be computed from the others
ALL = "(all)"  # a total's label
NONE = "(none)"  # not chosen / no tag

_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def since_month(text: str) -> str:
    """`--since`: "YYYY-MM" or a date "YYYY-MM-DD", as the first month counted (the rows
    know only the month of the close, so a date counts from the start of its month)."""
    found = _MONTH.match(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError("use YYYY-MM or YYYY-MM-DD, e.g. 2026-01")
    year, month, day = (int(g) if g else 1 for g in found.groups())
    try:
        date(year, month, day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text}") from exc
    return f"{year:04d}-{month:02d}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=since_month, help="first month counted: YYYY-MM or a date")
    parser.add_argument("--format", choices=FORMATS, default="md")
    parser.add_argument(
        "--by",
        choices=("problem", "source"),
        default="problem",
        help="marketplace × problem (default), or where people came from",
    )
    parser.add_argument("--chart", type=Path, help="also draw the table into this PNG")


def _value(stat: Stat, name: str) -> str:
    value = getattr(stat, name)
    if value is not None:
        return str(value)
    return LINKED if name in stat.linked else SMALL


def _label(value: str | None, total: bool) -> str:
    if total:
        return ALL
    return NONE if value is None else value


def _lines(table: Table) -> list[tuple[str, str, Stat]]:
    """Every line of the table with its two labels: cells, each row's and each column's
    total, and the whole, in that order."""
    out: list[tuple[str, str, Stat]] = []
    columned = table.columns_by is not None
    for line in table.cells:
        out.append((_label(line.row, False), _label(line.column, not columned), line.stat))
    for line in table.row_totals:
        out.append((_label(line.row, False), ALL, line.stat))
    for line in table.column_totals:
        out.append((ALL, _label(line.column, False), line.stat))
    out.append((ALL, ALL, table.total))
    return out


def _headings(table: Table) -> list[str]:
    return [table.rows_by, table.columns_by or "all"]


def to_markdown(table: Table) -> str:
    since = f"from {table.since}" if table.since else "all time"
    head = _headings(table) + [title for _, title in FIGURES]
    rows = [[a, b] + [_value(stat, name) for name, _ in FIGURES] for a, b, stat in _lines(table)]
    out = [
        f"# Closed cases, {since}",
        "",
        "Counts this bot's users only. "
        f"`{SMALL}`: fewer than {THRESHOLD} cases, not shown; "
        f"`{LINKED}`: hidden so that no small figure can be computed from the others.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" if i < 2 else "---:" for i in range(len(head))) + "|",
    ]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def to_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_headings(table) + [name for name, _ in FIGURES])
    for a, b, stat in _lines(table):
        writer.writerow([a, b] + [_value(stat, name) for name, _ in FIGURES])
    return buffer.getvalue()


def _json_stat(stat: Stat) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(stat, name) for name, _ in FIGURES}
    out["hidden"] = {
        name: ("linked" if name in stat.linked else "small")
        for name, _ in FIGURES
        if getattr(stat, name) is None
    }
    return out


def to_json(table: Table) -> str:
    document = {
        "since": table.since,
        "threshold": THRESHOLD,
        "rows_by": table.rows_by,
        "columns_by": table.columns_by,
        "cells": [
            {table.rows_by: line.row}
            | ({table.columns_by: line.column} if table.columns_by else {})
            | _json_stat(line.stat)
            for line in table.cells
        ],
        "row_totals": [
            {table.rows_by: line.row} | _json_stat(line.stat) for line in table.row_totals
        ],
        "column_totals": [
            {str(table.columns_by): line.column} | _json_stat(line.stat)
            for line in table.column_totals
        ],
        "total": _json_stat(table.total),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


RENDER: dict[str, Callable[[Table], str]] = {"md": to_markdown, "csv": to_csv, "json": to_json}


async def open_database(settings: Settings) -> Any:
    """The bot's database, as the bot opens it (an absent SQLite file is an error here: a
    report must not create an empty database)."""
    import asyncio

    from bot.backend import POSTGRESQL, database_password, parse_url, url_of

    kind, where = parse_url(url_of(settings), settings.database_path)
    if kind == POSTGRESQL:
        from bot.pg.db import PgDatabase

        return await PgDatabase.open(where, password=database_password(settings))
    from bot.db import Database

    if not await asyncio.to_thread(Path(where).exists):
        raise ConfigError(f"stats: no SQLite database at {where} (DATABASE_PATH)")
    return await Database.open(Path(where))


async def make_table(db: Any, *, since: str | None, by: str) -> Table:
    from bot.outcomes import OutcomeRepo

    rows_by = "source" if by == "source" else "marketplace"
    return await OutcomeRepo(db).table(since=since, rows_by=rows_by)


async def run(settings: Settings, args: argparse.Namespace, out: Callable[[str], Any]) -> None:
    import asyncio

    db = await open_database(settings)
    try:
        table = await make_table(db, since=args.since, by=args.by)
    finally:
        await db.close()
    if args.chart is not None:
        from bot.chart import draw

        await asyncio.to_thread(draw, table, args.chart)
    out(RENDER[args.format](table))


__all__ = ["FORMATS", "RENDER", "add_arguments", "make_table", "run", "since_month"]

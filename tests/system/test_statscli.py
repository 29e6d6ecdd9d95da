"""`python -m bot stats` as an operator runs it: a process of its own on the bot's database
(SQLite by `DATABASE_PATH`, PostgreSQL by `DATABASE_URL`), in each format, and what never
leaves the database: no key, no month (without `--since`), no rare tag."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.db import Database
from bot.outcomes import OutcomeRepo
from bot.pg.db import PgDatabase
from bot.statscli import FIGURES, LINKED, SMALL
from flows.statistics import OutcomeRow
from tests.integration.test_outcomes_stats import expected, generated

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def stats(tmp_path: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("BOT_TOKEN", "DATABASE_URL", "DATABASE_PATH")
    }
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env |= env_extra
    return subprocess.run(
        [sys.executable, "-m", "bot", "stats", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def rows() -> list[OutcomeRow]:
    return generated(700, seed=7)


@pytest.fixture
async def filled(tmp_path: Path, rows: list[OutcomeRow]) -> Path:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    try:
        repo = OutcomeRepo(db)
        for row in rows:
            await repo.record(row)
    finally:
        await db.close()
    return path


def never_leaves(text: str, rows: list[OutcomeRow]) -> None:
    for row in rows:
        assert row.key not in text
    assert "2026-" not in text  # no month, let alone a day
    assert "rare_two" not in text  # a tag of fewer than 11 cases is not named


async def test_markdown_shows_the_table_with_small_cells_hidden(
    tmp_path: Path, filled: Path, rows: list[OutcomeRow]
) -> None:
    done = stats(tmp_path, "--format", "md", DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("# Closed cases, all time")
    assert "Counts this bot's users only" in text
    assert f"| {SMALL} |" in text
    table = expected(rows)
    assert f"| (all) | (all) | {table.total.cases} |" in text
    shown = next(line for line in table.cells if line.stat.cases is not None)
    assert f"| {shown.row} | {shown.column} | {shown.stat.cases} |" in text
    never_leaves(text + done.stderr, rows)


async def test_csv_and_json_carry_the_same_figures(
    tmp_path: Path, filled: Path, rows: list[OutcomeRow]
) -> None:
    table = expected(rows)
    done = stats(tmp_path, "--format", "csv", DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    read = list(csv.reader(io.StringIO(done.stdout)))
    assert read[0] == ["marketplace", "problem"] + [name for name, _ in FIGURES]
    cells = {(r[0], r[1]): r[2:] for r in read[1:]}
    for line in table.cells:
        got = cells[(line.row or "(none)", line.column or "(none)")]
        want = line.stat.cases
        assert got[0] == (str(want) if want is not None else got[0])
        if want is None:
            assert got[0] in (SMALL, LINKED)
    never_leaves(done.stdout, rows)

    done = stats(tmp_path, "--format", "json", DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["threshold"] == 11
    assert document["total"]["cases"] == table.total.cases == len(rows)
    assert [c["cases"] for c in document["cells"]] == [line.stat.cases for line in table.cells]
    never_leaves(done.stdout, rows)


async def test_since_and_by_source(tmp_path: Path, filled: Path, rows: list[OutcomeRow]) -> None:
    done = stats(tmp_path, "--format", "json", "--since", "2026-07-15", DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["since"] == "2026-07"  # the rows know the month: counted from its start
    assert document["total"]["cases"] == expected(rows, since="2026-07").total.cases

    done = stats(tmp_path, "--by", "source", "--format", "csv", DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    labels = {r[0] for r in list(csv.reader(io.StringIO(done.stdout)))[1:]}
    assert {"partner_msk", "vk_ads", "(none)", "(all)"} <= labels
    assert "rare_two" not in labels
    never_leaves(done.stdout, rows)


async def test_bad_input_gets_a_clear_answer(tmp_path: Path, filled: Path) -> None:
    done = stats(tmp_path, "--since", "last week", DATABASE_PATH=str(filled))
    assert done.returncode == 2
    assert "YYYY-MM" in done.stderr
    done = stats(tmp_path, DATABASE_PATH=str(tmp_path / "nothing.sqlite3"))
    assert done.returncode == 2
    assert "no SQLite database" in done.stderr
    assert not (tmp_path / "nothing.sqlite3").exists()  # a report creates no database


async def test_chart_writes_a_png(tmp_path: Path, filled: Path) -> None:
    pytest.importorskip("matplotlib")  # the [stats] extra; .ci/run installs it
    chart = tmp_path / "report" / "stats.png"
    done = stats(tmp_path, "--chart", str(chart), DATABASE_PATH=str(filled))
    assert done.returncode == 0, done.stderr
    data = chart.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000
    assert done.stdout.startswith("# Closed cases")


async def test_postgresql_prints_what_sqlite_prints(
    tmp_path: Path, filled: Path, rows: list[OutcomeRow], pg_url: str
) -> None:
    db = await PgDatabase.open(pg_url)
    try:
        repo = OutcomeRepo(db)
        for row in rows:
            await repo.record(row)
    finally:
        await db.close()
    on_pg = stats(tmp_path, "--format", "md", DATABASE_URL=pg_url)
    on_sqlite = stats(tmp_path, "--format", "md", DATABASE_PATH=str(filled))
    assert on_pg.returncode == 0, on_pg.stderr
    assert on_pg.stdout == on_sqlite.stdout

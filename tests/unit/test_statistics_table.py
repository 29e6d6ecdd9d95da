"""The published statistics' rules (`flows/statistics.py`): the figures' definitions on data
with known answers, the small-cell edge (10 hidden, 11 shown), and the suppression checked by
solving — no hidden count can be computed from the shown ones and the totals."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.case import CaseOutcome
from flows.statistics import (
    OTHER_SOURCES,
    THRESHOLD,
    TOTAL,
    Counts,
    OutcomeRow,
    Reached,
    Stat,
    Table,
    counts_of,
    figure_of,
    median,
    percent,
    protect,
    suppress,
)
from tests.depth import examples

# -- the definitions ---------------------------------------------------------------------


def row(
    reached: Reached = Reached.CLAIM,
    outcome: CaseOutcome | None = CaseOutcome.PAID_FULL,
    days: int | None = 5,
    in_time: bool | None = True,
    marketplace: str | None = "ozon",
    problem: str | None = "defective",
    source: str | None = None,
    n: int = 0,
) -> OutcomeRow:
    return OutcomeRow(
        key=f"k{n}",
        month="2026-05",
        status="solved",
        marketplace=marketplace,
        problem=problem,
        seller_kind=None,
        demand=None,
        band=None,
        reached=reached.value,
        outcome=None if outcome is None else outcome.value,
        days=days,
        answered_in_time=in_time,
        source=source,
    )


def test_the_counts_follow_the_definitions() -> None:
    rows = [
        row(Reached.CLAIM, CaseOutcome.PAID_FULL, 3),  # met
        row(Reached.CLAIM, CaseOutcome.REPLACED, 9),  # met
        row(Reached.CLAIM, CaseOutcome.PAID_PART, 4),  # claimed, not met: a part is not «met»
        row(Reached.STATE_BODY, CaseOutcome.PAID_FULL, 30),  # claimed, met only after a body
        row(Reached.COURT, CaseOutcome.NOTHING, 90, None),  # claimed
        row(Reached.CLAIM, None, 7, False),  # outcome unknown: not in the share's base
        row(Reached.SUPPORT, CaseOutcome.PAID_FULL, None, None),  # no claim delivered
    ]
    assert counts_of(rows) == Counts(
        cases=7, claimed=5, met=2, answered=5, in_time=4, days=((3, 1), (9, 1))
    )


def test_median_and_percent_known_answers() -> None:
    assert median(()) is None
    assert median(((4, 1),)) == 4
    assert median(((1, 1), (2, 1), (10, 1))) == 2
    assert median(((1, 1), (4, 1))) == 3  # (1 + 4) / 2 = 2.5, half up
    assert median(((2, 5), (9, 5))) == 6  # 5.5 → 6
    assert median(((2, 3), (9, 1))) == 2
    assert percent(2, 3) == 67
    assert percent(1, 8) == 13  # 12.5 → 13
    assert percent(0, 11) == 0


@given(st.lists(st.integers(0, 200), min_size=1, max_size=60))
@settings(max_examples=examples(200))
def test_median_of_a_histogram_is_the_median(values: list[int]) -> None:
    ordered = sorted(values)
    middle = len(ordered) // 2
    expected = (
        ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle] + 1) // 2
    )
    histogram = tuple(sorted({v: values.count(v) for v in values}.items()))
    assert median(histogram) == expected


# -- the edge: 10 hidden, 11 shown -------------------------------------------------------


def cell(n: int, met: int | None = None) -> Counts:
    """n closed cases, all with the claim delivered and the outcome known, `met` of them met
    (default: all), each met one in 4 days; the seller answered in time in every one."""
    met = n if met is None else met
    return Counts(n, n, met, n, n, ((4, met),) if met else ())


def test_a_cell_of_ten_is_hidden_and_eleven_shown() -> None:
    for n, shown in ((10, False), (11, True)):
        table = suppress({("ozon", "defective"): cell(n)})
        stat = table.cell("ozon", "defective")
        assert stat is not None
        assert (stat.cases is not None) is shown
        assert (stat.met_percent is not None) is shown
        assert (stat.median_days is not None) is shown
        assert (table.total.cases is not None) is shown
        assert (figure_of(table, "ozon", "defective") is not None) is shown
        if shown:
            assert figure_of(table, "ozon", "defective") is not None
            assert stat == Stat(11, 11, 100, 4, 11, 100)
        else:
            assert stat.linked == frozenset()  # «< 11», truly


def test_a_figure_whose_own_base_is_ten_is_hidden() -> None:
    # 40 cases, of which the claim reached the seller in 10: the count shows, the share not
    counts = Counts(cases=40, claimed=10, met=7, answered=11, in_time=5, days=((3, 7),))
    stat = suppress({("ozon", "damaged"): counts}).cell("ozon", "damaged")
    assert stat == Stat(40, None, None, None, 11, 45)


def test_the_person_is_told_only_a_shown_cell() -> None:
    groups = {
        ("ozon", "defective"): cell(137, met=88),
        ("ozon", "damaged"): cell(30),
        ("wildberries", "defective"): cell(40),
        ("wildberries", "damaged"): cell(3),
    }
    table = suppress(groups)
    # the 3 forces a second hidden cell in its row and its column, and so a fourth: 2 × 2
    assert figure_of(table, "wildberries", "damaged") is None
    assert all(figure_of(table, m, p) is None for m, p in groups)
    assert table.cell("ozon", "defective") == Stat(None, None, None, None, None, None, _ALL)
    groups[("yandex_market", "defective")] = cell(50)
    groups[("yandex_market", "damaged")] = cell(60)
    table = suppress(groups)
    # now the hidden 3 pairs with the smallest cells of its row and column and with
    # another row; ozon × defective, the largest, shows
    figure = figure_of(table, "ozon", "defective")
    assert figure is not None
    assert (figure.cases, figure.met_percent, figure.median_days) == (137, 64, 4)


_ALL = frozenset({"cases", "claimed", "met_percent", "median_days", "answered", "in_time_percent"})


# -- differencing ----------------------------------------------------------------------------


def test_a_marketplace_total_and_all_its_cells_but_one_do_not_give_the_one() -> None:
    groups = {
        ("ozon", "defective"): cell(50),
        ("ozon", "damaged"): cell(40),
        ("ozon", "fraud"): cell(4),  # small
        ("wildberries", "defective"): cell(60),
        ("wildberries", "damaged"): cell(70),
        ("wildberries", "fraud"): cell(80),
    }
    table = suppress(groups)
    ozon = next(line.stat for line in table.row_totals if line.row == "ozon")
    shown = [line.stat.cases for line in table.cells if line.row == "ozon" and line.stat.cases]
    if ozon.cases is not None:
        # with the total shown, at least two of its cells are hidden
        assert len(shown) <= 1
    assert _hidden_is_safe(groups, table)


def test_two_source_splits_do_not_give_a_third() -> None:
    groups = {
        ("partner_msk", None): cell(30),
        ("vk_ads", None): cell(25),
        ("spb-centre", None): cell(12),
        (None, None): cell(5),  # no tag: small, a line of its own
    }
    table = suppress(groups, rows_by="source", columns_by=None)
    lines = {line.row: line.stat.cases for line in table.cells}
    assert table.total.cases == 72
    assert lines[None] is None
    assert lines["spb-centre"] is None  # the smallest other line, hidden with it
    assert lines["partner_msk"] == 30
    assert lines["vk_ads"] == 25
    assert "cases" in next(line.stat.linked for line in table.cells if line.row == "spb-centre")


def test_rare_tags_are_never_named() -> None:
    groups = {
        ("partner_msk", None): cell(30),
        ("ivan_petrov", None): cell(1),
        ("my-own-link", None): cell(3),
        ("rare3", None): cell(10),
    }
    table = suppress(groups, rows_by="source", columns_by=None)
    labels = {line.row for line in table.cells}
    assert labels == {"partner_msk", OTHER_SOURCES}
    assert table.cell(OTHER_SOURCES, None) == Stat(14, 14, 100, 4, 14, 100)


# -- invariants over generated tables ------------------------------------------------------

MARKETS = ("ozon", "wildberries", "yandex_market", None)
PROBLEMS = ("defective", "damaged", "fraud", None)


@st.composite
def tables(draw: st.DrawFn) -> dict[tuple[str | None, str | None], Counts]:
    keys = draw(st.sets(st.sampled_from(list(product(MARKETS, PROBLEMS))), min_size=1))
    groups = {}
    for key in sorted(keys, key=repr):
        cases = draw(st.one_of(st.integers(1, 14), st.integers(1, 80)))
        claimed = draw(st.integers(0, cases))
        met = draw(st.integers(0, claimed))
        timed = draw(st.integers(0, met))
        answered = draw(st.integers(0, cases))
        in_time = draw(st.integers(0, answered))
        days = ((draw(st.integers(0, 60)), timed),) if timed else ()
        groups[key] = Counts(cases, claimed, met, answered, in_time, days)
    return groups


def _grid(groups: dict) -> dict:
    grid: dict = {}
    for (r, c), counts in groups.items():
        for key in ((r, c), (r, TOTAL), (TOTAL, c), (TOTAL, TOTAL)):
            grid[key] = grid[key] + counts if key in grid else counts
    return grid


def _shown(table: Table) -> dict:
    """The table's entries as the suppression's grid keys."""
    out = {(line.row, line.column): line.stat for line in table.cells}
    if table.columns_by is None:
        out = {(line.row, None): line.stat for line in table.cells}
        out |= {(line.row, TOTAL): line.stat for line in table.cells}
        out[(TOTAL, None)] = table.total
    out |= {(line.row, TOTAL): line.stat for line in table.row_totals}
    out |= {(TOTAL, line.column): line.stat for line in table.column_totals}
    out[(TOTAL, TOTAL)] = table.total
    return out


def _rank(rows: list[list[Fraction]]) -> int:
    rows = [r[:] for r in rows]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][col] != 0:
                factor = rows[i][col] / rows[rank][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def derivable(grid: dict, hidden: set) -> set:
    """The hidden entries whose value the shown entries and every line's sum fix: by linear
    algebra, not by the suppression's own graph rule. Each line of the grid (a row or a
    column, the totals' too) says: its cells sum to its total."""
    unknowns = sorted(hidden, key=repr)
    index = {k: i for i, k in enumerate(unknowns)}
    rows_ = {k[0] for k in grid}
    columns = {k[1] for k in grid}
    equations: list[list[Fraction]] = []
    lines = [("row", r) for r in rows_] + [("column", c) for c in columns]
    for kind, label in lines:
        members = [k for k in grid if (k[0] if kind == "row" else k[1]) == label]
        total = (label, TOTAL) if kind == "row" else (TOTAL, label)
        if label is TOTAL:
            total = (TOTAL, TOTAL)
        equation = [Fraction(0)] * len(unknowns)
        for k in members:
            if k == total:
                continue
            if k in index:
                equation[index[k]] += 1
        if total in index:
            equation[index[total]] -= 1
        if any(equation):
            equations.append(equation)
    if not equations:
        return set()
    base = _rank(equations)
    found = set()
    for key in unknowns:
        unit = [Fraction(0)] * len(unknowns)
        unit[index[key]] = Fraction(1)
        if _rank([*equations, unit]) == base:
            found.add(key)
    return found


def _hidden_is_safe(groups: dict, table: Table) -> bool:
    grid, shown = _grid(groups), _shown(table)
    for figure in ("cases", "claimed", "answered"):
        hidden = {k for k in grid if getattr(shown[k], figure) is None}
        if derivable(grid, hidden):
            return False
    return True


@given(tables())
@settings(max_examples=examples(300), deadline=None)
def test_no_shown_figure_rests_on_fewer_than_eleven(groups: dict) -> None:
    table = suppress(groups)
    grid, shown = _grid(groups), _shown(table)
    for key, stat in shown.items():
        counts = grid[key]
        if stat.cases is not None:
            assert counts.cases >= THRESHOLD
            assert stat.cases == counts.cases
        if stat.met_percent is not None:
            assert stat.cases is not None
            assert counts.claimed >= THRESHOLD
            assert stat.met_percent == percent(counts.met, counts.claimed)
        if stat.median_days is not None:
            assert stat.cases is not None
            assert counts.timed >= THRESHOLD
        if stat.in_time_percent is not None:
            assert stat.cases is not None
            assert counts.answered >= THRESHOLD
        # a figure hidden as «< 11» truly rests on fewer than 11
        if stat.cases is None and "cases" not in stat.linked:
            assert counts.cases < THRESHOLD


@given(tables())
@settings(max_examples=examples(300), deadline=None)
def test_no_hidden_count_can_be_computed_from_the_shown(groups: dict) -> None:
    table = suppress(groups)
    assert _hidden_is_safe(groups, table)


@given(st.dictionaries(st.sampled_from(("a", "b", "c", "d", None)), st.integers(1, 40), min_size=1))
@settings(max_examples=examples(200), deadline=None)
def test_no_hidden_source_line_can_be_computed(sizes: dict) -> None:
    groups = {(tag, None): cell(n) for tag, n in sizes.items()}
    table = suppress(groups, rows_by="source", columns_by=None)
    shown = {line.row: line.stat.cases for line in table.cells}
    total = table.total.cases
    hidden = [tag for tag, n in shown.items() if n is None]
    if total is not None:
        assert len(hidden) != 1  # one hidden line would be the total less the others
    for stat in [line.stat for line in table.cells] + [table.total]:
        assert stat.cases is None or stat.cases >= THRESHOLD


def test_protect_hides_every_non_zero_entry_at_worst() -> None:
    values = {("a", "x"): 5, ("a", TOTAL): 5, (TOTAL, "x"): 5, (TOTAL, TOTAL): 5}
    assert protect(values, {("a", "x")}) == set(values)

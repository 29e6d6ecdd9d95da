"""What a closed case leaves behind for statistics (issue 22 p. 1): one anonymised row, and the
rule that decides which counts may be shown (p. 2–3).

The row is made from the case when it closes and kept after the case itself is erased
(retention, `flows/retention.py`; 152-ФЗ: what statistics need is not personal data). It holds
only catalogue values, a month, a band of the price and whole days: no name, chat, order
number, exact date or free text. Its `key` is a random token the case carries while it exists,
so the row can be corrected (the outcome answered later, the case reopened) without naming the
case; once the case is gone nothing links the row to anybody.

The figures' definitions live here, once, so the CLI, `/stats` and the sentence the person
reads all count the same thing.
"""

from __future__ import annotations

import heapq
import secrets
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from flows import outcome as outcomes
from flows import schedule
from flows.case import Case, CaseOutcome, Path, Status
from flows.problems import Route

# A cell with fewer closed cases than this is never shown, nor any figure computed from it
# (issue 22 p. 2: the usual small-cell rule of official statistics).
THRESHOLD = 11


class Reached(StrEnum):
    """How far the case went before it closed: where its outcome came from."""

    SUPPORT = "support"  # closed before a claim reached the seller
    CLAIM = "claim"  # the claim was delivered; nothing filed with a state body or a court
    STATE_BODY = "state_body"  # a complaint filed with Rospotrebnadzor, the FAS, police, prosecutor
    COURT = "court"  # a lawsuit filed, or the case closed as decided by a court


class SellerKind(StrEnum):
    MARKETPLACE = "marketplace"  # the marketplace itself sold the item
    COMPANY = "company"  # an organisation (ИНН of 10 digits)
    ENTREPRENEUR = "entrepreneur"  # an individual entrepreneur (ИНН of 12 digits)


class Band(StrEnum):
    """The price, coarsened so that it identifies no order."""

    UP_TO_1K = "0-1k"
    UP_TO_5K = "1k-5k"
    UP_TO_20K = "5k-20k"
    UP_TO_100K = "20k-100k"
    OVER_100K = "100k+"


_BANDS: tuple[tuple[Decimal, Band], ...] = (
    (Decimal(1_000), Band.UP_TO_1K),
    (Decimal(5_000), Band.UP_TO_5K),
    (Decimal(20_000), Band.UP_TO_20K),
    (Decimal(100_000), Band.UP_TO_100K),
)

# The demand met: what «продавец выполнил требование» counts (a partial payment is not)
MET = frozenset({CaseOutcome.PAID_FULL, CaseOutcome.REPLACED})

_COURT_ROUTES = frozenset({Route.COURT})


@dataclass(frozen=True)
class OutcomeRow:
    """One closed case, anonymised. None: not known (not asked, skipped, not reached)."""

    key: str
    month: str  # "YYYY-MM" of the close
    status: str  # `Status` value
    marketplace: str | None
    problem: str | None
    seller_kind: str | None
    demand: str | None
    band: str | None
    reached: str  # `Reached` value
    outcome: str | None  # `CaseOutcome` value
    days: int | None  # whole days from the claim's delivery to the close
    answered_in_time: bool | None  # the seller answered within its legal period
    source: str | None  # the deep-link tag the person came with (p. 4)


def new_key() -> str:
    """The row's key: random, so it says nothing of the case or the person."""
    return secrets.token_hex(16)


def band(price: Decimal | None) -> Band | None:
    if price is None:
        return None
    for limit, name in _BANDS:
        if price < limit:
            return name
    return Band.OVER_100K


def seller_kind(case: Case) -> SellerKind | None:
    seller = case.seller
    if seller is None:
        return None
    if seller.is_marketplace:
        return SellerKind.MARKETPLACE
    digits = "".join(c for c in seller.inn if c.isdigit())
    if len(digits) == 10:
        return SellerKind.COMPANY
    if len(digits) == 12:
        return SellerKind.ENTREPRENEUR
    return None


def reached(case: Case) -> Reached:
    filed = {e.route for e in case.escalations if e.filed_on is not None}
    if case.status is Status.COURT or filed & _COURT_ROUTES:
        return Reached.COURT
    if filed:
        return Reached.STATE_BODY
    if case.delivery.delivered_on is not None:
        return Reached.CLAIM
    return Reached.SUPPORT


def answered_in_time(case: Case, closed_on: date) -> bool | None:
    """Whether the seller answered the claim within its period (law-facts §1: the seller's
    periods; `schedule.seller_deadline`): the first recorded answer on or before the last day.
    No answer recorded: late once the period ended before the close; unknown otherwise."""
    period = schedule.seller_deadline(case)
    if period is None:
        return None
    answers = [r.received_on for r in case.replies if r.received_on is not None]
    if answers:
        return min(answers) <= period.due
    return False if closed_on > period.due else None


def row_of(case: Case, key: str, source: str | None) -> OutcomeRow | None:
    """The anonymised row of a closed buyer's case; None for an open case or a seller's
    appeal (no claim, no money: nothing these statistics count)."""
    if case.path is not Path.BUYER or case.status is Status.OPEN or case.closed_at is None:
        return None
    closed_on = case.closed_at.date()
    days = outcomes.took(case) if outcomes.counted_from(case) == "claim" else None
    kind = seller_kind(case)
    price_band = band(case.price)
    return OutcomeRow(
        key=key,
        month=f"{closed_on:%Y-%m}",
        status=case.status.value,
        marketplace=case.marketplace,
        problem=None if case.problem is None else case.problem.value,
        seller_kind=None if kind is None else kind.value,
        demand=None if case.demand is None else case.demand.value,
        band=None if price_band is None else price_band.value,
        reached=reached(case).value,
        outcome=None if case.outcome is None else case.outcome.value,
        days=days,
        answered_in_time=answered_in_time(case, closed_on),
        source=source,
    )


@dataclass(frozen=True)
class Figure:
    """What the person is told about their own situation (p. 3), from one shown cell: of
    `cases` closed cases whose claim reached the seller and whose outcome is known, the seller
    met the demand after the claim (`Reached.CLAIM`, an outcome in `MET`) in `met_percent` %
    of them, the median of those taking `median_days` days from the claim's delivery."""

    cases: int
    met_percent: int
    median_days: int | None


# -- the published table (p. 2): additive counts, suppression, the figures shown -------------

# The claim reached the seller: the rows the share «resolved after the claim» is taken over
CLAIM_REACHED = frozenset({Reached.CLAIM, Reached.STATE_BODY, Reached.COURT})

# What may be split by and shown as a line's label: catalogue ids and deep-link tags only
ROWS_BY = ("marketplace", "source")

# Split by source, the tags with fewer than `THRESHOLD` cases are counted together on this
# line: a tag is chosen by whoever shares the link, and a rare one (a name, a chat) must not
# even be named. A tag is letters, digits, `_` and `-`, so it never reads like this.
OTHER_SOURCES = "(other)"


@dataclass(frozen=True)
class Counts:
    """What the database sums for a group of rows (a cell, a line's total, the whole table).
    Only additive counts and a histogram of days, so that every total is a sum of cells, the
    SQL stays one indexed GROUP BY, and no row of a case ever reaches Python."""

    cases: int = 0  # rows: cases closed
    claimed: int = 0  # the claim reached the seller and the outcome is known (the share's base)
    met: int = 0  # of those: reached = claim and the outcome in MET
    answered: int = 0  # answered_in_time known (the «in time» share's base)
    in_time: int = 0  # answered_in_time = 1
    days: tuple[tuple[int, int], ...] = ()  # (days, rows) over the `met` rows with days known

    @property
    def timed(self) -> int:
        """The median's base: `met` rows whose days are known."""
        return sum(n for _, n in self.days)

    def __add__(self, other: Counts) -> Counts:
        merged = Counter(dict(self.days))
        merged.update(dict(other.days))
        return Counts(
            cases=self.cases + other.cases,
            claimed=self.claimed + other.claimed,
            met=self.met + other.met,
            answered=self.answered + other.answered,
            in_time=self.in_time + other.in_time,
            days=tuple(sorted(merged.items())),
        )


def counts_of(rows: Iterable[OutcomeRow]) -> Counts:
    """The counts of some rows, the definitions spelled out once in Python (for tests, and
    as the SQL's specification: `bot/outcomes.py` sums the same conditions)."""
    cases = claimed = met = answered = in_time = 0
    days: Counter[int] = Counter()
    for row in rows:
        cases += 1
        if row.reached in CLAIM_REACHED and row.outcome is not None:
            claimed += 1
            if row.reached == Reached.CLAIM and row.outcome in MET:
                met += 1
                if row.days is not None:
                    days[row.days] += 1
        if row.answered_in_time is not None:
            answered += 1
            in_time += int(row.answered_in_time)
    return Counts(cases, claimed, met, answered, in_time, tuple(sorted(days.items())))


def median(days: tuple[tuple[int, int], ...]) -> int | None:
    """The median of a histogram, in whole days (two middle values: their mean, half up)."""
    total = sum(n for _, n in days)
    if total == 0:
        return None
    low_rank, high_rank = (total - 1) // 2, total // 2
    seen, low, high = 0, None, None
    for value, n in days:
        if low is None and seen + n > low_rank:
            low = value
        if seen + n > high_rank:
            high = value
            break
        seen += n
    assert low is not None
    assert high is not None
    return (low + high + 1) // 2


def percent(part: int, whole: int) -> int:
    """A share in whole percent, half up (no float in between)."""
    return (200 * part + whole) // (2 * whole)


@dataclass(frozen=True)
class Stat:
    """The figures shown for one cell or total. None: suppressed. A suppressed figure rests
    on fewer than `THRESHOLD` rows («< 11»), unless its name is in `linked`: then it was
    hidden only so that no hidden figure can be computed from the shown ones and the totals
    (it rests on 11 or more)."""

    cases: int | None  # cases closed
    claimed: int | None  # the claim reached the seller, outcome known: `met_percent`'s base
    met_percent: int | None  # of those, the demand met after the claim (reached = claim, MET)
    median_days: int | None  # median days, claim's delivery to the close, over those met
    answered: int | None  # cases where it is known whether the seller answered in time
    in_time_percent: int | None  # of those, answered within the legal period
    linked: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Line:
    """One labelled line of the table: a cell (row × column), a row's or a column's total.
    Labels are catalogue ids (marketplace, problem) or a deep-link tag; None: not chosen
    (a case closed before the marketplace or the problem was given) or no tag."""

    row: str | None
    column: str | None
    stat: Stat


@dataclass(frozen=True)
class Table:
    """The published statistics (`python -m bot stats`, `/stats`), every figure suppressed
    as `suppress` decides. `cells`: row × column, only those with closed cases (a missing
    one has none); `row_totals` per row, `column_totals` per column; `total` all of it.
    Split by source (`rows_by == "source"`) there are no columns: one line per tag in
    `cells` (column None) and the total."""

    rows_by: str  # "marketplace" | "source"
    columns_by: str | None  # "problem", or None
    since: str | None  # "YYYY-MM": counted from this month on; None: all
    cells: tuple[Line, ...]
    row_totals: tuple[Line, ...]
    column_totals: tuple[Line, ...]
    total: Stat

    def cell(self, row: str | None, column: str | None) -> Stat | None:
        for line in self.cells:
            if line.row == row and line.column == column:
                return line.stat
        return None


def figure_of(table: Table, marketplace: str, problem: str) -> Figure | None:
    """The person's own cell (p. 3), only as the public table shows it: None when the cell
    is small, hidden against differencing, or has no shown share."""
    if table.rows_by != "marketplace":
        return None
    stat = table.cell(marketplace, problem)
    if stat is None or stat.claimed is None or stat.met_percent is None:
        return None
    return Figure(cases=stat.claimed, met_percent=stat.met_percent, median_days=stat.median_days)


# -- suppression ---------------------------------------------------------------------------


class _Total:
    """The label of a total in the suppression's grid (never equal to an id or None)."""

    def __repr__(self) -> str:
        return "TOTAL"


TOTAL: Hashable = _Total()

Key = tuple[Hashable, Hashable]  # (row label or TOTAL, column label or TOTAL)
_Node = tuple[str, Hashable]  # ("r", row label) or ("c", column label)


def _ends(key: Key) -> tuple[_Node, _Node]:
    return ("r", key[0]), ("c", key[1])


def _order(key: Key) -> tuple[str, str]:
    return (repr(key[0]), repr(key[1]))


def _bridges(edges: list[Key]) -> list[Key]:
    """The hidden entries no cycle of hidden entries passes through (Tarjan's bridges on the
    graph whose vertices are the grid's rows and columns and whose edges are hidden entries)."""
    adjacent: dict[_Node, list[tuple[_Node, int]]] = {}
    for i, key in enumerate(edges):
        a, b = _ends(key)
        adjacent.setdefault(a, []).append((b, i))
        adjacent.setdefault(b, []).append((a, i))
    entered: dict[_Node, int] = {}
    low: dict[_Node, int] = {}
    found: list[Key] = []
    clock = 0
    for start in adjacent:
        if start in entered:
            continue
        entered[start] = low[start] = clock
        clock += 1
        stack: list[tuple[_Node, int, int]] = [(start, -1, 0)]  # node, edge in, next neighbour
        while stack:
            node, via, nxt = stack[-1]
            if nxt < len(adjacent[node]):
                stack[-1] = (node, via, nxt + 1)
                other, edge = adjacent[node][nxt]
                if edge == via:
                    continue
                if other in entered:
                    low[node] = min(low[node], entered[other])
                else:
                    entered[other] = low[other] = clock
                    clock += 1
                    stack.append((other, edge, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > entered[parent]:
                        found.append(edges[via])
    return sorted(found, key=_order)


def _cheapest(
    start: _Node,
    goal: _Node,
    adjacent: Mapping[_Node, list[tuple[_Node, Key]]],
    cost: Callable[[Key], int],
) -> dict[_Node, tuple[_Node, Key]]:
    """Dijkstra: each reached node's step back on a cheapest path from `start`."""
    best: dict[_Node, int] = {start: 0}
    came: dict[_Node, tuple[_Node, Key]] = {}
    queue: list[tuple[int, int, _Node]] = [(0, 0, start)]
    tie = 0
    while queue:
        spent, _, node = heapq.heappop(queue)
        if node == goal:
            break
        if spent > best.get(node, spent):
            continue
        for other, key in adjacent.get(node, ()):
            step = spent + cost(key)
            if other not in best or step < best[other]:
                best[other], came[other] = step, (node, key)
                tie += 1
                heapq.heappush(queue, (step, tie, other))
    return came


def _complement(bridge: Key, hidden: set[Key], values: Mapping[Key, int]) -> list[Key]:
    """The shown entries to hide so that `bridge` lies on a cycle of hidden entries: the
    cheapest path between its ends over the other entries (hidden ones cost nothing, shown
    ones their value: as little information lost as this bridge allows)."""
    start, goal = _ends(bridge)
    adjacent: dict[_Node, list[tuple[_Node, Key]]] = {}
    for key in sorted(values.keys() | hidden, key=_order):
        if key == bridge:
            continue
        a, b = _ends(key)
        adjacent.setdefault(a, []).append((b, key))
        adjacent.setdefault(b, []).append((a, key))
    came = _cheapest(start, goal, adjacent, lambda k: 0 if k in hidden else values.get(k, 0))
    if goal not in came:  # no other way round: hide the next smallest in its line
        line = [k for k in values if k not in hidden and (k[0] == bridge[0] or k[1] == bridge[1])]
        rest = line or [k for k in values if k not in hidden]
        return [min(rest, key=lambda k: (values[k], _order(k)))]
    path, node = [], goal
    while node != start:
        node, key = came[node]
        if key not in hidden:
            path.append(key)
    return path


def protect(values: Mapping[Key, int], primary: Iterable[Key]) -> set[Key]:
    """The entries of a grid with totals to hide: `primary`, and more, the cheapest first,
    until no hidden entry can be computed from the shown ones.

    The grid has cells (row, column), each row's total (row, TOTAL), each column's
    (TOTAL, column) and the whole (TOTAL, TOTAL); every line of it sums to its total. A
    hidden entry is determined by the shown ones exactly when it is a bridge of the graph
    whose vertices are the lines and whose edges are the hidden entries (the unknowns'
    freedom is that graph's cycle space): so complementary suppression here is «leave no
    bridge». Entries missing from `values` are known zeros. Hiding every non-zero entry
    leaves no bridge (a cell, its row's and column's totals and the whole make a cycle),
    so the loop ends."""
    hidden = set(primary)
    while True:
        bridges = _bridges(sorted(hidden, key=_order))
        if not bridges:
            return hidden
        more = _complement(bridges[0], hidden, values)
        if not more:  # cannot happen: a bridge is on no cycle, so the path crosses a shown entry
            raise AssertionError("suppression made no progress")
        hidden.update(more)


def _grid(groups: Mapping[tuple[str | None, str | None], Counts]) -> dict[Key, Counts]:
    grid: dict[Key, Counts] = {}
    for (row, column), counts in groups.items():
        for key in ((row, column), (row, TOTAL), (TOTAL, column), (TOTAL, TOTAL)):
            grid[key] = grid[key] + counts if key in grid else counts
    return grid


def suppress(
    groups: Mapping[tuple[str | None, str | None], Counts],
    *,
    rows_by: str = "marketplace",
    columns_by: str | None = "problem",
    since: str | None = None,
) -> Table:
    """The table the counts allow to publish. Each figure is hidden when it rests on fewer
    than `THRESHOLD` rows — the cell's cases, or the figure's own base — and each additive
    quantity (cases; claimed with met; answered with in time) gets complementary suppression
    (`protect`) on its own, over the same cells and totals. A figure of a hidden cell is
    hidden. Without `columns_by`, every group's column is None and the rows are the lines."""
    if rows_by not in ROWS_BY:
        raise ValueError(f"rows_by: one of {ROWS_BY}")
    if rows_by == "source":
        groups = pool_rare(groups)
    grid = _grid(groups)

    def hide(quantity: str, also: set[Key]) -> set[Key]:
        values = {k: getattr(c, quantity) for k, c in grid.items()}
        primary = {k for k, v in values.items() if v < THRESHOLD} | also
        return protect(values, primary)

    no_cases = hide("cases", set())
    no_claimed = hide("claimed", no_cases)
    no_answered = hide("answered", no_cases)

    def stat(key: Key) -> Stat:
        if key not in grid:  # the whole of an empty table: nothing closed yet
            return _stat(Counts(), True, True, True)
        return _stat(grid[key], key in no_cases, key in no_claimed, key in no_answered)

    def label(value: Hashable) -> str | None:
        assert value is None or isinstance(value, str)
        return value

    def lines(keys: Iterable[Key], row: bool, column: bool) -> tuple[Line, ...]:
        ordered = sorted(keys, key=lambda k: (_label_order(k[0]), _label_order(k[1])))
        return tuple(
            Line(label(k[0]) if row else None, label(k[1]) if column else None, stat(k))
            for k in ordered
        )

    cells = [k for k in grid if k[0] is not TOTAL and k[1] is not TOTAL]
    if columns_by is None:
        return Table(rows_by, None, since, lines(cells, True, False), (), (), stat((TOTAL, TOTAL)))
    row_totals = [k for k in grid if k[0] is not TOTAL and k[1] is TOTAL]
    column_totals = [k for k in grid if k[0] is TOTAL and k[1] is not TOTAL]
    return Table(
        rows_by,
        columns_by,
        since,
        lines(cells, True, True),
        lines(row_totals, True, False),
        lines(column_totals, False, True),
        stat((TOTAL, TOTAL)),
    )


def pool_rare(
    groups: Mapping[tuple[str | None, str | None], Counts],
) -> dict[tuple[str | None, str | None], Counts]:
    """Rare tags' lines as one `OTHER_SOURCES` line (per column); no tag (None) stays."""
    totals: dict[str | None, int] = {}
    for (row, _), counts in groups.items():
        totals[row] = totals.get(row, 0) + counts.cases
    pooled: dict[tuple[str | None, str | None], Counts] = {}
    for (row, column), counts in groups.items():
        rare = row is not None and totals[row] < THRESHOLD
        key = (OTHER_SOURCES if rare else row, column)
        pooled[key] = pooled[key] + counts if key in pooled else counts
    return pooled


def _stat(c: Counts, no_cases: bool, no_claimed: bool, no_answered: bool) -> Stat:
    linked: set[str] = set()
    if no_cases and c.cases >= THRESHOLD:
        linked.add("cases")
    if no_claimed and c.claimed >= THRESHOLD:
        linked |= {"claimed", "met_percent"}
    if no_answered and c.answered >= THRESHOLD:
        linked |= {"answered", "in_time_percent"}
    if no_cases and c.timed >= THRESHOLD:
        linked.add("median_days")
    timed = not no_cases and c.timed >= THRESHOLD
    return Stat(
        cases=None if no_cases else c.cases,
        claimed=None if no_claimed else c.claimed,
        met_percent=None if no_claimed else percent(c.met, c.claimed),
        median_days=median(c.days) if timed else None,
        answered=None if no_answered else c.answered,
        in_time_percent=None if no_answered else percent(c.in_time, c.answered),
        linked=frozenset(linked),
    )


def _label_order(value: Hashable) -> tuple[int, str]:
    """Ids in order, then «not chosen» (None)."""
    return (1, "") if value is None else (0, str(value))


__all__ = [
    "CLAIM_REACHED",
    "MET",
    "OTHER_SOURCES",
    "ROWS_BY",
    "THRESHOLD",
    "TOTAL",
    "Band",
    "Counts",
    "Figure",
    "Line",
    "OutcomeRow",
    "Reached",
    "SellerKind",
    "Stat",
    "Table",
    "answered_in_time",
    "band",
    "counts_of",
    "figure_of",
    "median",
    "new_key",
    "percent",
    "pool_rare",
    "protect",
    "reached",
    "row_of",
    "seller_kind",
    "suppress",
]

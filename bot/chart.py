"""`python -m bot stats --chart PATH.png`: the table as one picture for an operator's report.

matplotlib comes with the optional extra (`pip install "claimbot[stats]"`) so that the bot's
own install stays light; it is imported here only, when a chart is asked for. The picture
shows only what the table shows: a suppressed figure is drawn as «< 11» (or «x»), never as
a bar. CPU and file work: the CLI calls `draw` in a thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import ConfigError
from flows.statistics import THRESHOLD, Stat, Table

MISSING = (
    'the chart needs matplotlib: install the stats extra, pip install -e ".[stats]"'
    ' (or pip install "matplotlib>=3.8")'
)


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise ConfigError(MISSING) from exc
    matplotlib.use("Agg")  # files only: no display, no GUI toolkit
    import matplotlib.pyplot as plt

    return plt


def bars(table: Table) -> list[tuple[str, Stat]]:
    """What the picture shows, top to bottom: the whole, each row's total, then each cell
    (by source: each tag)."""
    out: list[tuple[str, Stat]] = [("all", table.total)]
    out += [(line.row or "(none)", line.stat) for line in table.row_totals]
    for line in table.cells:
        label = line.row or "(none)"
        if line.column is not None:
            label = f"{label} · {line.column}"
        out.append((label, line.stat))
    return out


def _note(stat: Stat) -> str:
    if stat.met_percent is None:
        return "x" if "met_percent" in stat.linked else f"< {THRESHOLD}"
    days = "" if stat.median_days is None else f", median {stat.median_days} d"
    return f"{stat.met_percent} % of {stat.claimed}{days}"


def draw(table: Table, path: Path) -> None:
    """Horizontal bars: the share of cases whose demand was met after the claim."""
    plt = _pyplot()
    shown = bars(table)
    height = 1.2 + 0.32 * len(shown)
    figure, axes = plt.subplots(figsize=(9, height), dpi=120)
    try:
        labels = [label for label, _ in shown]
        values = [stat.met_percent or 0 for _, stat in shown]
        positions = list(range(len(shown)))[::-1]
        colours = ["#2b6cb0" if s.met_percent is not None else "#cccccc" for _, s in shown]
        axes.barh(positions, values, color=colours)
        axes.set_yticks(positions, labels, fontsize=8)
        axes.set_xlim(0, 120)
        axes.set_xticks([0, 20, 40, 60, 80, 100])
        for y, (_, stat), value in zip(positions, shown, values, strict=True):
            axes.text(value + 1, y, _note(stat), va="center", fontsize=7)
        since = f"from {table.since}" if table.since else "all time"
        axes.set_title(
            f"Demand met after the claim, % of cases whose claim reached the seller ({since})",
            fontsize=9,
        )
        axes.set_xlabel(
            f"claimbot's users only; figures on fewer than {THRESHOLD} cases are not shown",
            fontsize=7,
        )
        figure.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path, format="png")
    finally:
        plt.close(figure)


__all__ = ["MISSING", "bars", "draw"]

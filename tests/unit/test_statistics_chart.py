"""The chart's optional extra: without matplotlib the operator is told what to install (and
the bot itself never imports it); with it, the bars are the table's shown figures only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot import chart
from bot.config import ConfigError
from flows.statistics import Counts, suppress


def table():
    return suppress(
        {
            ("ozon", "defective"): Counts(137, 137, 88, 137, 137, ((9, 88),)),
            ("ozon", "damaged"): Counts(3, 3, 1, 3, 3, ((2, 1),)),
            ("wildberries", "defective"): Counts(40, 40, 20, 40, 20, ((5, 20),)),
            ("wildberries", "damaged"): Counts(50, 50, 20, 50, 20, ((5, 20),)),
            ("yandex_market", "defective"): Counts(60, 60, 30, 60, 30, ((5, 30),)),
            ("yandex_market", "damaged"): Counts(70, 70, 30, 70, 30, ((5, 30),)),
        }
    )


def test_without_matplotlib_the_operator_is_told_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import fails as if not installed
    with pytest.raises(ConfigError, match=r"\[stats\]"):
        chart.draw(table(), tmp_path / "c.png")
    assert not (tmp_path / "c.png").exists()


def test_the_bot_does_not_import_matplotlib() -> None:
    code = "import bot.app, bot.statscli, sys; print('matplotlib' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


def test_the_bars_are_the_shown_figures_only() -> None:
    shown = table()
    bars = dict(chart.bars(shown))
    assert bars["all"] == shown.total
    assert bars["ozon · damaged"].met_percent is None  # 3 cases: no bar
    assert chart._note(bars["ozon · damaged"]) == "< 11"
    for label, stat in bars.items():
        if stat.met_percent is not None:
            assert stat.claimed is not None
            assert stat.claimed >= 11, label

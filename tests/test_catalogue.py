"""The problem catalogue and the marketplaces are complete, and every article they cite
stands in the fact sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.i18n import create_core
from flows import marketplaces, problems
from flows.law import ARTICLES, NOT_IN_SHEET
from flows.problems import DEMAND_DEADLINE, ROUTE_DEADLINE, Demand, Route

FACT_SHEET = PROJECT_ROOT.parent / "shared" / "reference" / "law-facts.md"
CORE = create_core("ru")


def has(key: str, locale: str = "ru") -> bool:
    return CORE.get_translator(locale).has_message(key)


@pytest.fixture(scope="module")
def sheet() -> str:
    if not FACT_SHEET.exists():
        pytest.skip(f"the fact sheet is not beside this checkout ({FACT_SHEET})")
    return FACT_SHEET.read_text(encoding="utf-8")


def test_every_article_is_quoted_from_the_fact_sheet(sheet: str) -> None:
    """Each citable article carries a phrase quoted from the sheet; the quote must stand there
    word for word, so an article the sheet drops, or a typo in a quote, fails here."""
    missing = [a.id for a in ARTICLES.values() if a.sheet is not None and a.sheet not in sheet]
    assert missing == []


def test_articles_outside_the_sheet_are_listed_by_name() -> None:
    """The few provisions the sheet lacks are named in one place (and in the closing note)."""
    assert {a.id for a in ARTICLES.values() if a.sheet is None} == NOT_IN_SHEET


@pytest.mark.parametrize("problem", list(problems.CATALOGUE.values()), ids=lambda p: p.id)
def test_every_problem_is_complete(problem: problems.Problem) -> None:
    assert problem.demands
    assert problem.evidence
    assert problem.checks
    assert problem.routes
    for key in (
        f"problem-{problem.id}",
        f"support-msg-{problem.id}",
        f"claim-facts-{problem.id}",
        *(f"ev-{e}" for e in problem.evidence),
        *(f"check-{c}" for c in problem.checks),
        *(f"route-{r}" for r in problem.routes),
        *(f"route-about-{r}" for r in problem.routes),
        *(f"demand-{d}" for d in problem.demands),
    ):
        assert has(key), key
        if not key.startswith(("support-msg-", "claim-facts-")):
            assert has(key, "en"), key


def test_every_article_has_document_words() -> None:
    for article in ARTICLES.values():
        assert has(f"law-{article.law}")


def test_every_demand_and_route_has_a_deadline_rule() -> None:
    # a refusal before handover asks for nothing, so it has no period
    assert set(DEMAND_DEADLINE) | {Demand.REFUSE} == set(Demand)
    assert set(ROUTE_DEADLINE) == set(Route)


def test_marketplaces_are_data_with_sources() -> None:
    catalogue = marketplaces.catalogue()
    assert list(catalogue) == ["ozon", "wildberries", "yandex_market", "other"]
    for mp in catalogue.values():
        assert mp.legal.source
        assert mp.legal.checked.year >= 2026
        assert mp.channels
        assert mp.channels[0].kind in {"app_chat", "shop_contacts"}  # the chat comes first
        for channel in mp.channels:
            assert channel.source
            assert has(f"channel-{channel.kind}-{mp.id}")
        assert mp.order_number_ok(mp.order_number_example)
    ozon = catalogue["ozon"].legal
    assert (ozon.inn, ozon.ogrn) == ("7704217370", "1027739244741")


def test_adding_a_marketplace_is_adding_a_file(tmp_path: Path, monkeypatch) -> None:
    for source in marketplaces.DATA_DIR.glob("*.toml"):
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "megamarket.toml").write_text(
        (marketplaces.DATA_DIR / "other.toml")
        .read_text(encoding="utf-8")
        .replace('id = "other"', 'id = "megamarket"')
        .replace("order = 90", "order = 40"),
        encoding="utf-8",
    )
    monkeypatch.setattr(marketplaces, "DATA_DIR", tmp_path)
    marketplaces.catalogue.cache_clear()
    try:
        assert "megamarket" in marketplaces.catalogue()
    finally:
        marketplaces.catalogue.cache_clear()

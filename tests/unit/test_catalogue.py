"""The problem catalogue and the marketplaces are complete, and every article they cite
stands in the fact sheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import LOCALES_DIR, PROJECT_ROOT
from bot.i18n import create_core
from flows import marketplaces, problems
from flows.law import ARTICLES, NOT_IN_SHEET
from flows.problems import DEMAND_DEADLINE, ROUTE_DEADLINE, Demand, Route

FACT_SHEET = PROJECT_ROOT.parent / "shared" / "reference" / "law-facts.md"
CORE = create_core("ru")


def has(key: str, locale: str = "ru") -> bool:
    return CORE.get_translator(locale).has_message(key)


# An article citation: a number after "ст." ("ст. 23.1", "п. 5 ст. 18", "ст. 18, 19, 22 Закона")
# or after a code's name the sheet writes instead ("КоАП 14.7", "НК 333.19"). A number counts
# only there, so a phone number, a date or a sum of money never does; "ст. 22, 10 дней" is one
# article.
_NUMBER = r"\d+(?:\.\d+)?(?!\d|\.\d)"
_NOT_A_QUANTITY = r"(?!\s*(?:%|₽|руб|коп|дн|календ|рабоч|г\.|год|лет|месяц|час|мин))"
_CITATION = re.compile(
    rf"(?<![\w.])(?P<by>[сС]т\.|КоАП(?=\s+\d)|НК(?=\s+\d))\s*"
    rf"(?P<numbers>{_NUMBER}(?:\s*,\s*{_NUMBER}{_NOT_A_QUANTITY})*)"
)
# The law, when the words after the numbers name it (before the next citation or bracket).
_LAWS = (
    ("ГПК", "gpk"),
    ("УПК", "upk"),
    ("КоАП", "koap"),
    ("УК", "uk"),
    ("ГК", "gk"),
    ("НК", "nk"),
    ("О рекламе", "reklama"),
    ("38-ФЗ", "reklama"),
    ("59-ФЗ", "fz59"),
    ("248-ФЗ", "fz248"),
    ("О защите прав потребителей", "zozpp"),
    ("ЗоЗПП", "zozpp"),
)


def citations(text: str) -> list[tuple[str | None, str]]:
    """(law or None, article number) for each article `text` cites."""
    found = []
    for match in _CITATION.finditer(text):
        by = match.group("by")
        if by in {"КоАП", "НК"}:
            law = dict(_LAWS)[by]
        else:
            tail = re.split(r"[сС]т\.|[;\n()]", text[match.end() : match.end() + 60])[0]
            law = next((c for word, c in _LAWS if re.search(rf"(?<!\w){word}", tail)), None)
        found += [(law, n) for n in re.findall(r"\d+(?:\.\d+)?", match.group("numbers"))]
    return found


def texts_ru() -> str:
    """What the bot says and writes in Russian: the Fluent messages, comments left out."""
    lines = []
    for path in sorted((LOCALES_DIR / "ru").rglob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        lines += [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ст. 23.1 ЗоЗПП", [("zozpp", "23.1")]),
        ("п. 5 ст. 18", [(None, "18")]),
        ("ч. 7 ст. 29 ГПК РФ", [("gpk", "29")]),
        (
            "ст. 18, 19, 22, 23 Закона РФ «О защите прав потребителей»",
            [("zozpp", "18"), ("zozpp", "19"), ("zozpp", "22"), ("zozpp", "23")],
        ),
        ("(ст. 17 Закона, ст. 29 ГПК РФ)", [(None, "17"), ("gpk", "29")]),
        ("ответ в течение 10 дней (ст. 22, 10 дней)", [(None, "22")]),
        ("under 248-ФЗ ст. 49.", [(None, "49")]),
        ("КоАП 14.7 (deceiving consumers)", [("koap", "14.7")]),
        ("НК 333.19 п. 1 пп. 1 scale", [("nk", "333.19")]),
        ("8 (800) 234-70-00; +7 495 232-10-00", []),
        ("Звоните 8-800-234-5660, ст.", []),
        ("до 01.12.2026, 4 990 ₽, п. 3", []),
        ("вст. 5", []),
    ],
)
def test_citations_are_read_from_text(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert citations(text) == expected


def test_a_phone_number_in_the_sheet_is_no_article(sheet: str) -> None:
    """The sheet lists hotlines such as +7 495 232-10-00: their digits are never articles."""
    numbers = {n for _, n in citations(sheet)}
    assert "232" not in numbers
    assert "800" not in numbers


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


def test_every_article_the_texts_cite_is_in_the_fact_sheet(sheet: str) -> None:
    """Every article the Russian texts cite stands in the sheet as an article, or is one the
    table lists as outside it; when the text names the law, that law's article is in the
    table (whose quotes the test above checks against the sheet)."""
    cited = citations(texts_ru())
    assert len(cited) > 100  # the extraction reads the texts; an empty result proves nothing
    outside = {a.id.split("-", 1)[1] for a in ARTICLES.values() if a.sheet is None}
    in_sheet = {n for _, n in citations(sheet)} | outside
    assert sorted({n for _, n in cited} - in_sheet) == []
    assert sorted({f"{law}-{n}" for law, n in cited if law} - set(ARTICLES)) == []


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

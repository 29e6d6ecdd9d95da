"""One title for a case wherever a person reads it (/cases, a case's card, a reminder)."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.case import Case, Path
from flows.problems import ProblemId
from flows.titles import spoken_title, title_pieces

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def fake_t(key: str, **args: str) -> str:
    return key + "".join(f"[{name}={value}]" for name, value in sorted(args.items()))


def test_a_buyer_case_reads_number_marketplace_problem_order() -> None:
    case = Case(id=7, owner_id=1, created_at=NOW, marketplace="ozon")
    case.problem = ProblemId.DEFECTIVE
    case.order_number = "123-45"
    assert [key for key, _ in title_pieces(case)] == [
        "case-number",
        "mp-ozon",
        "problem-defective",
        "case-order-number",
    ]
    assert spoken_title(fake_t, case) == (
        "case-number[id=7] · mp-ozon · problem-defective · case-order-number[number=123-45]"
    )


def test_a_new_case_is_its_number_alone() -> None:
    """No marketplace yet: no `mp-None` key (the reminders' old title had one)."""
    assert title_pieces(Case(id=3, owner_id=1, created_at=NOW)) == [("case-number", {"id": "3"})]


def test_a_seller_case_names_the_article() -> None:
    case = Case(id=2, owner_id=1, created_at=NOW, path=Path.SELLER, marketplace="wildberries")
    case.review.sku = "A1"
    assert ("seller-case", {"sku": "A1"}) in title_pieces(case)


def test_what_the_person_typed_is_escaped_for_html() -> None:
    case = Case(id=1, owner_id=1, created_at=NOW, marketplace="ozon")
    case.order_number = "<b>1&2</b>"
    escaped = "&lt;b&gt;1&amp;2&lt;/b&gt;"
    assert spoken_title(fake_t, case).endswith(f"case-order-number[number={escaped}]")

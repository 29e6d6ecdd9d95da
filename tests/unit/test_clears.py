"""A question declares what it voids (issue 18 p. 1): for any walk through the procedure —
answers to any question the case meets, earlier ones changed, another problem, demand or
route — no answer is left stored for a question the case no longer meets."""

from __future__ import annotations

import types
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Union, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import marketplaces, procedure
from flows.case import Case, Loss, Path, Seller
from flows.problems import Demand, ProblemId, Route
from flows.reviews import RULES

ROUTES = (None, *Route)


def _new(path: Path) -> Case:
    return Case(owner_id=1, created_at=datetime(2026, 11, 21, tzinfo=UTC), path=path)


def _field(path: str) -> tuple[type, str]:
    model: Any = Case
    *parents, name = path.split(".")
    for parent in parents:
        annotation = model.model_fields[parent].annotation
        model = next(a for a in (annotation, *get_args(annotation)) if hasattr(a, "model_fields"))
    return model, name


SPECIAL: dict[str, st.SearchStrategy[Any]] = {
    # the first two answers are never empty: the case's later questions read them
    "marketplace": st.sampled_from(sorted(marketplaces.catalogue())),
    "problem": st.sampled_from(list(ProblemId)),
    "rules": st.lists(st.sampled_from(RULES), max_size=3, unique=True),
    "loss_items": st.lists(
        st.builds(Loss, what=st.just("такси"), amount=st.just(Decimal(700))), max_size=2
    ),
    "seller": st.none()
    | st.builds(
        Seller,
        is_marketplace=st.booleans(),
        name=st.sampled_from(["", "ИП Петров"]),
        address=st.sampled_from(["", "г. Москва, ул. Ленина, д. 1"]),
    ),
    "person.full_name": st.sampled_from(
        [None, "Иванов Иван Иванович", "Иванова Анна", "John Smith", "Петрова Анна Сергеевна"]
    ),
    "shop_name": st.sampled_from([None, "ИП Сидоров", "ООО «Ромашка»", "Ромашка"]),
}


def _values(path: str) -> st.SearchStrategy[Any]:
    if path in SPECIAL:
        return SPECIAL[path]
    model, name = _field(path)
    annotation = model.model_fields[name].annotation  # type: ignore[attr-defined]
    options = [annotation]
    if get_origin(annotation) in (Union, types.UnionType):
        options = list(get_args(annotation))
    strategies: list[st.SearchStrategy[Any]] = []
    for kind in options:
        if kind is type(None):
            strategies.append(st.none())
        elif kind is bool:
            strategies.append(st.booleans())
        elif kind is str:
            strategies.append(st.sampled_from(["", "12345", "ответ"]))
        elif kind is int:
            strategies.append(st.integers(1, 5))
        elif kind is date:
            strategies.append(st.dates(date(2025, 1, 1), date(2026, 12, 31)))
        elif kind is Decimal:
            strategies.append(st.sampled_from([Decimal(1000), Decimal(60000)]))
        elif isinstance(kind, type) and issubclass(kind, Enum):
            strategies.append(st.sampled_from(list(kind)))
        else:
            raise AssertionError(f"no values for {path}: {kind}")
    return st.one_of(strategies)


def _set(case: Case, path: str, value: Any) -> None:
    *parents, name = path.split(".")
    owner: Any = case
    for parent in parents:
        owner = getattr(owner, parent)
        if owner is None:
            return
    setattr(owner, name, value)


def _get(case: Case, path: str) -> Any:
    owner: Any = case
    for part in path.split("."):
        if owner is None:
            return None
        owner = getattr(owner, part)
    return owner


def _empty(case: Case, path: str) -> bool:
    *parents, name = path.split(".")
    owner: Any = case
    for parent in parents:
        owner = getattr(owner, parent)
        if owner is None:
            return True
    info = type(owner).model_fields[name]
    return bool(getattr(owner, name) == info.get_default(call_default_factory=True))


def strays(case: Case) -> list[tuple[str, str]]:
    """(question, field) stored for a question the case meets on no route, in a field no
    question it meets stores too — written out plainly, apart from `procedure.void`."""
    table = procedure.SELLER_STAGES if case.path is Path.SELLER else procedure.STAGES
    met: set[str] = set(procedure.sequence(case))
    for route in ROUTES if case.path is Path.BUYER and case.problem is not None else ():
        met |= set(procedure.sequence(case.model_copy(update={"route_pending": route})))
    questions = {q.id: q for stage in table for q in stage.questions}
    held = [p for qid in met for p in questions[qid].fields]

    def shared(path: str) -> bool:
        return any(h == path or h.startswith(path + ".") or path.startswith(h + ".") for h in held)

    return [
        (q.id, path)
        for q in questions.values()
        if q.id not in met
        for path in q.fields
        if not _empty(case, path) and not shared(path)
    ]


@st.composite
def walks(draw: st.DrawFn) -> tuple[Case, list[str]]:
    case = _new(draw(st.sampled_from(list(Path))))
    trail: list[str] = []
    for _ in range(draw(st.integers(1, 30))):
        order = procedure.sequence(case)
        action = draw(st.sampled_from(["answer", "answer", "answer", "route", "back"]))
        if action == "route" and case.path is Path.BUYER and case.problem is not None:
            case.route_pending = draw(st.sampled_from(ROUTES))
            trail.append(f"route={case.route_pending}")
        else:
            # any question the case meets: a later one, or an earlier one changed ("back")
            choices = order if action == "answer" else order[: max(1, len(order) // 3)]
            qid = draw(st.sampled_from(choices))
            question = procedure.question_of(case, qid)
            before = procedure.answer_of(case, qid)
            for path in question.fields:
                _set(case, path, draw(_values(path)))
            trail.append(f"{qid}={procedure.answer_of(case, qid)}")
            if procedure.answer_of(case, qid) != before:
                procedure.clear_voided(case, qid)
        walk = procedure.void(case)
        assert walk.sequence == procedure.sequence(case), trail
        assert strays(case) == [], trail
    return case, trail


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(walks())
def test_no_answer_outlives_its_question(walked: tuple[Case, list[str]]) -> None:
    case, trail = walked
    assert procedure.void(case).sequence == procedure.sequence(case), trail  # a fixed point


def _case(**fields: Any) -> Case:
    case = _new(Path.BUYER)
    for name, value in fields.items():
        _set(case, name.replace("__", "."), value)
    return case


def test_another_demand_clears_what_the_old_one_needed() -> None:
    case = _case(
        marketplace="wildberries",
        problem=ProblemId.NOT_DELIVERED,
        demand=Demand.NEW_DATE,
        new_date=date(2026, 12, 1),
    )
    procedure.void(case)
    assert case.new_date == date(2026, 12, 1)  # still asked: kept
    case.demand = Demand.REFUND
    procedure.void(case)
    assert case.new_date is None


def test_a_new_marketplace_clears_who_sold() -> None:
    case = _case(marketplace="wildberries", seller=Seller(is_marketplace=False, name="ИП Петров"))
    before = procedure.answer_of(case, "marketplace")
    case.marketplace = "ozon"
    assert procedure.answer_of(case, "marketplace") != before
    procedure.clear_voided(case, "marketplace")
    assert case.seller is None


def test_a_route_answer_serves_the_next_route() -> None:
    """The police statement's department stays once the statement is made (route_pending
    back to None): the prosecutor's complaint names it too."""
    case = _case(marketplace="wildberries", problem=ProblemId.FRAUD, route_pending=Route.POLICE)
    case.police.department = "ОМВД России по району Хамовники г. Москвы"
    procedure.void(case)
    case.route_pending = None
    procedure.void(case)
    assert case.police.department == "ОМВД России по району Хамовники г. Москвы"


def test_consent_withdrawn_clears_the_plaintiffs_data() -> None:
    case = _case(marketplace="wildberries", problem=ProblemId.DEFECTIVE, route_pending=Route.COURT)
    case.plaintiff.consent = True
    case.plaintiff.birth_date = date(1985, 3, 21)
    procedure.void(case)
    assert case.plaintiff.birth_date == date(1985, 3, 21)
    case.plaintiff.consent = False
    procedure.void(case)
    assert case.plaintiff.birth_date is None


@pytest.mark.parametrize("table", [procedure.STAGES, procedure.SELLER_STAGES])
def test_every_stored_field_is_a_field_of_the_case(table: tuple[procedure.Stage, ...]) -> None:
    case = _new(Path.BUYER)
    for stage in table:
        for q in stage.questions:
            for path in q.fields:
                _get(case, path)  # raises for a misspelt field

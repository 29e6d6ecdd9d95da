"""The police statement and the complaint to the prosecutor (issue 17 p. 1, 3, 6, 7, 12, 19,
21; law-facts §3 Police, «Goods lost before handover», «Counterfeits», «Petty theft ≤ 2 500 ₽»,
§5 «Заявление в полицию»). The statement is signed under the ст. 306 УК warning: every fact in
it is true on its date, the seller's goods are not the buyer's loss, the police qualify."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from bot import LOCALES_DIR
from flows import claims, documents
from flows.case import Case, ClaimDelivery, EmptyCause, PoliceAnswer, PoliceExtension, PoliceReport
from flows.claims import Offence
from flows.law import DeadlineKind
from flows.names import Grammar
from flows.problems import Demand, FraudKind, ProblemId, Route
from flows.schedule import Standing, demand_status, police_term_passed, route_deadline
from tests.depth import examples
from tests.integration.test_documents_properties import MISSED, Drawn, _flat, cases, check
from tests.integration.test_golden_documents import CORE, EVIDENCE, make_case, read

CLAIM_DAY = date(2026, 11, 25)
COURIER = "курьер отметил заказ доставленным 20.11.2026, но мне его не передал"
LOCALES = LOCALES_DIR


def courier_theft(**extra: object) -> Case:
    """A courier kept the parcel; the notice went to the seller and the demand to the
    marketplace on CLAIM_DAY (the «Done when» case of issue 17)."""
    fields: dict[str, object] = {
        "fraud_kind": FraudKind.COURIER_THEFT,
        "received_on": None,
        "promised_on": date(2026, 11, 20),
        "details": COURIER,
        "delivered": CLAIM_DAY,
        "marketplace_delivery": ClaimDelivery(method="chat", delivered_on=CLAIM_DAY),
    }
    fields.update(extra)
    return make_case(ProblemId.FRAUD, Demand.REFUND, **fields)  # type: ignore[arg-type]


def police_text(case: Case, today: date) -> str:
    return _flat(documents.police(case, EVIDENCE, CORE, today).text())


# -- p. 1: nothing stated as missed before it is; no civil characterisation ----------------------


def test_courier_theft_the_day_after_the_claim_states_only_what_is_true() -> None:
    case = courier_theft()
    statement = read(documents.police(case, EVIDENCE, CORE, CLAIM_DAY + timedelta(days=1)))
    assert statement.has("Срок удовлетворения требования истекает «7» декабря 2026 г.")
    assert statement.lacks("причинён ущерб")
    assert statement.lacks("не удовлетвор")
    assert statement.lacks("не возвращены")
    assert statement.lacks("истёк")
    # the marketplace's demand is a fact with its own date (sent through the chat), not a verdict
    assert statement.has("маркетплейсу Ozon (ООО «Интернет Решения») направлено моё требование")
    assert statement.lacks("обязан")
    assert statement.lacks("удерживает")


def test_after_the_period_it_says_only_that_the_money_is_not_back() -> None:
    text = police_text(courier_theft(), date(2026, 12, 26))
    assert "По состоянию на «26» декабря 2026 г. денежные средства мне не возвращены." in text
    assert "истекает" not in text
    assert "причинён ущерб" not in text  # still the seller's goods


def test_the_statement_does_not_use_the_claim_history() -> None:
    """It writes its own fact lines (crime.py must not call common.claim_history)."""
    source = (Path(documents.__file__).parent / "crime.py").read_text(encoding="utf-8")
    assert "claim_history" not in source


# -- p. 3: goods lost before handover were the seller's ----------------------------------------


@pytest.mark.parametrize(
    ("kind", "cause"),
    [(FraudKind.COURIER_THEFT, None), (FraudKind.EMPTY_PARCEL, EmptyCause.STOLEN)],
)
def test_goods_lost_before_handover_are_the_sellers(kind: FraudKind, cause: EmptyCause) -> None:
    case = courier_theft(fraud_kind=kind, empty_cause=cause, received_on=date(2026, 11, 21))
    assert claims.offence(case) is Offence.SELLERS_GOODS
    assert not claims.buyer_injured(case)
    text = police_text(case, date(2027, 2, 1))  # long after every period: still not my loss
    assert (
        "по факту хищения товара «Смартфон Xiaomi Redmi Note 13», принадлежащего продавцу "
        "ООО «Ромашка» и предназначенного для передачи мне" in text
    )
    assert "До передачи мне товар оставался имуществом продавца" in text
    assert "причинён ущерб" not in text
    assert "ст. 159" not in text


def test_an_empty_box_shipped_on_purpose_is_the_buyers_loss() -> None:
    case = courier_theft(
        fraud_kind=FraudKind.EMPTY_PARCEL,
        empty_cause=EmptyCause.SHIPPED_EMPTY,
        received_on=date(2026, 11, 21),
    )
    assert claims.buyer_injured(case)
    early = police_text(case, CLAIM_DAY + timedelta(days=1))
    assert "посылка была отправлена мне без товара намеренно" in early
    assert "имеются признаки мошенничества (ст. 159 УК РФ)" in early
    assert "имуществом продавца" not in early
    # the money is not a loss while a demand of it still runs (p. 1)
    assert "причинён ущерб" not in early
    late = police_text(case, date(2027, 2, 1))
    assert "мне причинён ущерб" in late


def test_an_empty_parcel_the_person_cannot_explain_asserts_nothing() -> None:
    case = courier_theft(
        fraud_kind=FraudKind.EMPTY_PARCEL, empty_cause=EmptyCause.UNSURE, received_on=None
    )
    text = police_text(case, date(2027, 2, 1))
    assert "по факту выдачи мне посылки без оплаченного товара" in text
    assert "причинён ущерб" not in text
    assert "ст. 159" not in text
    assert "имуществом продавца" not in text


def test_the_empty_parcel_asks_the_cause_and_the_promised_date() -> None:
    """p. 3 and p. 17: the empty parcel asks what happened and the promised delivery date."""
    case = courier_theft(fraud_kind=FraudKind.EMPTY_PARCEL)
    assert claims.asks_empty_cause(case)
    assert claims.promised(case)
    assert not claims.asks_empty_cause(courier_theft())


# -- p. 6: counterfeits — «может содержать признаки», the police decide -------------------------


def test_a_counterfeit_asks_a_check_by_the_signs_of_159_180_and_14_10() -> None:
    fake = make_case(ProblemId.FRAUD, Demand.REFUND)
    text = police_text(fake, date(2026, 11, 28))
    assert "могут содержать признаки мошенничества (ст. 159 УК РФ)" in text
    assert (
        "незаконного использования чужого товарного знака (ст. 14.10 КоАП РФ, ст. 180 УК РФ)"
        in text
    )
    assert "Прошу провести проверку и дать им правовую оценку." in text
    assert "совершил" not in text


def test_no_chat_text_calls_it_fraud() -> None:
    for lang in ("ru", "en"):
        for path in (LOCALES / lang).rglob("*.ftl"):
            lines = path.read_text(encoding="utf-8").lower().splitlines()
            text = "\n".join(x for x in lines if not x.startswith("#"))  # texts, not notes
            for said in ("это мошенничество", "мошенничество:", "this is fraud", "fraud:"):
                assert said not in text, (path, said)


# -- p. 7: petty theft ≤ 2 500 ₽ under the КоАП ---------------------------------------------------


def test_petty_theft_is_an_administrative_offence() -> None:
    case = courier_theft(price="2000")
    assert claims.petty(case)
    text = police_text(case, CLAIM_DAY + timedelta(days=1))
    assert "ЗАЯВЛЕНИЕ о правонарушении (мелком хищении)" in text
    assert "возбудить дело об административном правонарушении по ст. 7.27 КоАП РФ" in text
    assert "п. 3 ч. 1 ст. 28.1 КоАП РФ" in text
    assert "УПК" not in text
    assert "о преступлении" not in text
    assert not claims.petty(courier_theft(price="2501"))


def test_a_petty_theft_complaint_goes_to_the_prosecutor_under_59_fz() -> None:
    case = courier_theft(
        price="2000",
        police=PoliceReport(filed_on=date(2026, 11, 26), answer=PoliceAnswer.NO_ANSWER),
    )
    complaint = _flat(documents.prosecutor(case, [], CORE, date(2026, 11, 27)).text())
    assert "на бездействие сотрудников полиции" in complaint
    assert "заявление о правонарушении (мелком хищении)" in complaint
    assert "59-ФЗ" in complaint
    assert "124 УПК" not in complaint
    assert "144 УПК" not in complaint
    assert route_deadline(case, Route.PROSECUTOR) is DeadlineKind.STATE_BODY
    refused = case.model_copy(
        update={
            "police": PoliceReport(
                filed_on=date(2026, 11, 26),
                answer=PoliceAnswer.REFUSED_CASE,
                decided_on=date(2026, 11, 27),
            )
        }
    )
    text = _flat(documents.prosecutor(refused, [], CORE, date(2026, 11, 28)).text())
    assert "определение об отказе в возбуждении дела об административном правонарушении" in text
    assert "уголовного дела" not in text


def test_the_petty_route_tells_who_may_appeal_under_the_koap() -> None:
    seller_goods = CORE.get("route-how-prosecutor-petty", "ru", victim="no")
    assert "главе 30 КоАП РФ может потерпевший" in seller_goods
    own = CORE.get("route-how-prosecutor-petty", "ru", victim="yes")
    assert "вы как потерпевший" in own


# -- p. 12: 3, 10 or 30 days — asked, never assumed ---------------------------------------------


@pytest.mark.parametrize(
    ("extension", "days"),
    [(PoliceExtension.NONE, 3), (PoliceExtension.TEN, 10), (PoliceExtension.THIRTY, 30)],
)
def test_the_prosecutor_hears_of_silence_only_after_the_term_announced(
    extension: PoliceExtension, days: int
) -> None:
    filed = date(2026, 11, 2)  # Monday
    report = PoliceReport(filed_on=filed, answer=PoliceAnswer.NO_ANSWER, extension=extension)
    case = courier_theft(police=report)
    last = filed + timedelta(days=days)
    while last.weekday() >= 5:  # УПК periods move past a day off like the civil ones (sheet)
        last += timedelta(days=1)
    assert not police_term_passed(case, last)
    with pytest.raises(ValueError, match="still runs"):
        documents.prosecutor(case, [], CORE, last)
    text = _flat(documents.prosecutor(case, [], CORE, last + timedelta(days=1)).text())
    assert f"В течение {days} суток со дня подачи заявления" in text
    if extension is PoliceExtension.NONE:
        assert "О продлении срока проверки сообщения мне не сообщалось." in text
    else:
        assert f"Мне сообщено о продлении срока проверки сообщения до {days} суток" in text


# -- p. 19, 21: no blanks with instructions, «предупреждена» ------------------------------------


def test_addressees_are_named_or_neutral_never_a_blank() -> None:
    case = courier_theft()
    text = police_text(case, CLAIM_DAY)
    assert text.startswith("Начальнику отдела полиции от ")
    assert "___" not in text.split("ЗАЯВЛЕНИЕ")[0]
    named = courier_theft(
        police=PoliceReport(department="ОМВД России по району Хамовники г. Москвы")
    )
    assert police_text(named, CLAIM_DAY).startswith(
        "Начальнику ОМВД России по району Хамовники г. Москвы"
    )
    report = PoliceReport(
        filed_on=date(2026, 11, 1),
        answer=PoliceAnswer.NOT_REGISTERED,
        prosecutor_office="Хамовнического района г. Москвы",
    )
    complaint = _flat(
        documents.prosecutor(courier_theft(police=report), [], CORE, CLAIM_DAY).text()
    )
    assert complaint.startswith("Прокурору Хамовнического района г. Москвы")
    neutral = report.model_copy(update={"prosecutor_office": None})
    text = _flat(documents.prosecutor(courier_theft(police=neutral), [], CORE, CLAIM_DAY).text())
    assert text.startswith("Прокурору района от ")
    assert "______" not in text.split("ЖАЛОБА")[0]


@pytest.mark.parametrize(
    ("name", "grammar", "said"),
    [
        ("Петрова Анна Сергеевна", None, "по ст. 306 УК РФ предупреждена."),
        ("Иванов Иван Иванович", None, "по ст. 306 УК РФ предупреждён."),
        ("Ким Саша", Grammar.UNKNOWN, "по ст. 306 УК РФ мне известно."),
    ],
)
def test_the_warning_in_the_persons_gender(name: str, grammar: Grammar, said: str) -> None:
    case = courier_theft(name=name)
    case.person.grammar = grammar
    text = police_text(case, CLAIM_DAY)
    assert said in text
    assert "(а)" not in text
    assert "предупреждёна" not in text


# -- the invariants over generated cases ---------------------------------------------------------


@settings(
    max_examples=examples(300),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(cases())
def test_every_police_statement_is_true_on_its_date(drawn: Drawn) -> None:
    case, today = drawn.case, drawn.today
    if Route.POLICE not in claims.routes(case):
        return
    doc = documents.police(case, EVIDENCE, CORE, today)
    text = doc.text()
    check(case, today, text)
    flat = _flat(text)
    standings = [demand_status(case, x, today).standing for x in claims.letters(case)]
    over = [s for s in standings if s not in (Standing.UNSENT, Standing.NOTHING_DUE)]
    # p. 1: no period called over, no money called a loss, while a demand still runs
    if Standing.RUNNING in over or not over:
        assert "причинён ущерб" not in flat
        assert "не возвращены" not in flat or Standing.MISSED in over
    if not any(s in (Standing.MISSED, Standing.REFUSED) for s in over):
        assert MISSED.search(flat) is None
        assert "не возвращены" not in flat
    # p. 3: the seller's goods are never the buyer's damage
    if not claims.buyer_injured(case):
        assert "причинён ущерб" not in flat
    if claims.offence(case) is Offence.SELLERS_GOODS:
        assert "принадлежащего продавцу" in flat
    # p. 6: the police qualify
    assert "является мошенничеством" not in flat
    assert not re.search(r"совершил[аи]? (преступление|мошенничество|хищение)", flat)
    # p. 7: up to 2 500 ₽ the КоАП, not the УПК
    if claims.petty(case):
        assert "УПК" not in flat
        assert "7.27 КоАП РФ" in flat
    else:
        assert "7.27" not in flat
    # civil obligations are not characterised
    for word in ("обязан", "удерживает", "нарушил", "в установленный срок"):
        assert word not in flat


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_prosecutor_complaint_names_the_term_that_ran_out(drawn: Drawn) -> None:
    case, today = drawn.case, drawn.today
    if Route.PROSECUTOR not in claims.routes(case):
        return
    silent = case.police.answer is PoliceAnswer.NO_ANSWER and not claims.petty(case)
    if silent and not police_term_passed(case, today):
        with pytest.raises(ValueError, match="still runs"):
            documents.prosecutor(case, EVIDENCE, CORE, today)
        return
    flat = _flat(documents.prosecutor(case, EVIDENCE, CORE, today).text())
    check(case, today, flat)
    if claims.petty(case):
        assert "124 УПК" not in flat
    if silent:
        days = {None: 3, PoliceExtension.NONE: 3, PoliceExtension.TEN: 10}.get(
            case.police.extension, 30
        )
        assert f"В течение {days} суток со дня подачи заявления" in flat


@pytest.mark.parametrize("qid", ["police_department", "prosecutor_office"])
def test_the_addressees_are_asked_in_russian(qid: str) -> None:
    """p. 20: an answer printed in a document is asked in Russian."""
    from flows.case import InputError
    from flows.steps import create_form

    spec = create_form().specs[qid]
    assert spec.parse is not None
    with pytest.raises(InputError):
        spec.parse("Police department No. 5 of Moscow", None)  # type: ignore[arg-type]
    assert spec.parse("ОМВД России по району Хамовники г. Москвы", None)  # type: ignore[arg-type]

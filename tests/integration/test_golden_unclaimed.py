"""Issue 21: a claim letter Russian Post returned unclaimed (after the storage period) or refused
by the seller was never handed over, and counts as delivered on the day it was sent back (ГК
ст. 165.1, law-facts §5 «Counting» [S62]). Golden rows for every document that states the
claim's delivery, read back from the text as built, the DOCX and the PDF: the true facts
(sent by registered letter with its number, returned on the day and why, deemed delivered
that day), never «вручена» and never a notice of delivery among the attachments. A letter
the post reports delivered keeps «вручена», and its tracking report joins the proof.

TODAY = 28.11.2026. The letter came back on 01.11.2026; 10 days -> 11.11 (Wed), missed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flows import documents
from flows.case import AnswerKind, Case, ClaimDelivery, RefusalReason, SellerReply
from flows.claims import DocKind
from flows.documents.casefile import casefile
from flows.ports import EventRow
from flows.problems import Demand, FraudKind, ProblemId
from flows.timeline import text, timeline
from flows.tracking import Unclaimed
from tests.helpers import in_court
from tests.integration.test_golden_documents import (
    CORE,
    EVIDENCE,
    TODAY,
    Read,
    claim_of,
    make_case,
    read,
)

RETURNED = date(2026, 11, 1)
NUMBER = "14001293402154"
REASON = {
    Unclaimed.STORAGE: "в связи с истечением срока хранения",
    Unclaimed.REFUSED: "в связи с отказом адресата от его получения",
}
NEVER = ("вручен", "уведомление о вручении", "уведомления о вручении", "либо", "{", "$", "none")
PLENUM = "п. 67 постановления Пленума Верховного Суда РФ № 25"


def returned(why: Unclaimed, *, number: str | None = NUMBER) -> ClaimDelivery:
    return ClaimDelivery(
        method="post", delivered_on=RETURNED, tracking=number, unclaimed=why, by_post=True
    )


def unclaimed_case(
    why: Unclaimed, problem: ProblemId = ProblemId.DEFECTIVE, **extra: object
) -> Case:
    return make_case(problem, Demand.REFUND, delivery=returned(why), **extra)


def lacks_delivery_words(doc: Read) -> None:
    for phrase in NEVER:
        assert doc.lacks(phrase), phrase


@pytest.mark.parametrize("why", list(Unclaimed))
def test_the_complaint_tells_the_return_and_ст_165_1(why: Unclaimed) -> None:
    doc = read(documents.rospotrebnadzor(unclaimed_case(why), EVIDENCE, CORE, TODAY))
    assert doc.has(
        "Претензия направлена мной продавцу заказным письмом с описью вложения "
        f"(почтовый идентификатор {NUMBER}). «1» ноября 2026 г. письмо возвращено "
        f"отправителю {REASON[why]}. В силу ст. 165.1 ГК РФ ({PLENUM}) претензия считается "
        "доставленной продавцу «1» ноября 2026 г."
    )
    # the period counted from the day of the return: 01.11 + 10 = 11.11
    assert doc.has("Срок удовлетворения требования истёк «11» ноября 2026 г.")
    assert doc.has(
        "Копия претензии, направленной продавцу заказным письмом, возвращённым отправителю "
        "«1» ноября 2026 г."
    )
    assert doc.has(
        f"Опись вложения, кассовый чек и отчёт об отслеживании почтового отправления № {NUMBER}"
    )
    lacks_delivery_words(doc)


@pytest.mark.parametrize("why", list(Unclaimed))
def test_the_police_statement_states_the_bare_facts(why: Unclaimed) -> None:
    """The return is the post's fact, said as the post's (review of issue 21, minor 1); the
    letter is «претензия» in the text as in its copy among the attachments (minor 3)."""
    case = unclaimed_case(why, ProblemId.FRAUD, fraud_kind=FraudKind.COUNTERFEIT)
    doc = read(documents.police(case, EVIDENCE, CORE, TODAY))
    assert doc.has(
        f"Заказным письмом (почтовый идентификатор {NUMBER}) продавцу ООО «Ромашка» направлена "
        "моя претензия с требованием о возврате уплаченной за товар суммы. По данным "
        "отслеживания Почты России, «1» ноября 2026 г. письмо возвращено отправителю "
        f"{REASON[why]}; в силу ст. 165.1 ГК РФ претензия считается доставленной в этот день."
    )
    assert doc.has(
        "Копия претензии, направленной продавцу заказным письмом, возвращённым отправителю "
        "«1» ноября 2026 г."
    )
    assert doc.lacks("требование считается")
    assert doc.lacks("моё требование")
    # nothing about the seller's conduct: the post's facts and the law's day only
    assert doc.lacks("уклон")
    assert doc.lacks("Пленум")
    assert doc.has(
        f"Опись вложения, кассовый чек и отчёт об отслеживании почтового отправления № {NUMBER}"
    )
    lacks_delivery_words(doc)


@pytest.mark.parametrize("why", list(Unclaimed))
def test_a_return_the_person_told_is_their_own_fact_in_the_police_statement(
    why: Unclaimed,
) -> None:
    """Told by hand (the person's button, no tracking): no attribution to the post's data."""
    told = returned(why).model_copy(update={"by_post": False})
    case = make_case(
        ProblemId.FRAUD, Demand.REFUND, fraud_kind=FraudKind.COUNTERFEIT, delivery=told
    )
    doc = read(documents.police(case, EVIDENCE, CORE, TODAY))
    assert doc.has(
        "моя претензия с требованием о возврате уплаченной за товар суммы. «1» ноября 2026 г. "
        f"письмо возвращено отправителю {REASON[why]}; в силу ст. 165.1 ГК РФ претензия "
        "считается доставленной в этот день."
    )
    assert doc.lacks("По данным отслеживания")
    lacks_delivery_words(doc)


def test_a_notice_in_the_police_statement_is_a_notice_in_its_copy_too() -> None:
    """ст. 23.1 (the goods never came): «уведомление» in the text and among the attachments."""
    case = make_case(
        ProblemId.FRAUD,
        Demand.REFUND,
        fraud_kind=FraudKind.SELLER_GONE,
        received_on=None,
        promised_on=date(2026, 6, 10),
        delivery=returned(Unclaimed.STORAGE),
    )
    doc = read(documents.police(case, EVIDENCE, CORE, TODAY))
    assert doc.has(
        "направлено моё уведомление об отказе от исполнения договора с требованием о возврате "
        "предварительно оплаченной за товар суммы. По данным отслеживания Почты России, «1» "
        "ноября 2026 г. письмо возвращено отправителю в связи с истечением срока хранения; в "
        "силу ст. 165.1 ГК РФ уведомление считается доставленным в этот день."
    )
    assert doc.has("Копия уведомления об отказе от исполнения договора, направленного продавцу")
    assert doc.lacks("претензи")
    lacks_delivery_words(doc)


@pytest.mark.parametrize("why", list(Unclaimed))
def test_the_lawsuit_tells_the_return_and_lists_the_tracking_report(why: Unclaimed) -> None:
    suit = read(documents.lawsuit(in_court(unclaimed_case(why), TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(f"письмо возвращено отправителю {REASON[why]}")
    assert suit.has("претензия считается доставленной продавцу «1» ноября 2026 г.")
    assert suit.has("ст. 165.1 ГК РФ")
    assert suit.has("отчёт об отслеживании почтового отправления № " + NUMBER)
    for phrase in ("вручен", "уведомление о вручении", "либо"):
        assert suit.lacks(phrase), phrase


@pytest.mark.parametrize("why", list(Unclaimed))
def test_a_notice_returned_unclaimed_in_the_marketplace_letters_and_lawsuit(
    why: Unclaimed,
) -> None:
    """ст. 23.1: the notice to the seller came back; the marketplace's demand (ст. 12) lists
    the proof of its sending and return, the lawsuit says it counts as delivered."""
    case = make_case(ProblemId.NOT_DELIVERED, Demand.REFUND, delivery=returned(why))
    notice, demand = claim_of(case)
    assert notice.lacks("165.1")  # the notice itself is what was sent: it tells no delivery
    assert demand.has(
        "Копия уведомления продавцу об отказе от исполнения договора и документы о его "
        "направлении заказным письмом и о возврате письма отправителю"
    )
    assert demand.lacks("вручен")
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(
        "Уведомление об отказе от исполнения договора направлено мной продавцу заказным письмом"
    )
    assert suit.has("уведомление считается доставленным продавцу «1» ноября 2026 г.")
    # the deemed delivery is told once, by the history (review of issue 21, minor 10)
    assert suit.has(
        "ответчик 2 — продавец товара, которому направлено уведомление об отказе от исполнения "
        "договора в связи с нарушением срока передачи товара. В соответствии со ст. 12"
    )
    assert suit.count("165.1 ГК РФ") == 1
    assert suit.count("считается доставленным") == 1
    # the aggregator's demand: its delivery is not recorded, so no document of it (M4)
    assert suit.has("Требование о возврате предварительной оплаты направляется")
    assert suit.has("Копия требования к владельцу агрегатора о возврате предварительной оплаты;")
    assert suit.lacks("документ о его вручении")
    assert suit.lacks("Продавцу вручено")
    assert suit.lacks("уведомление о вручении")
    assert suit.lacks("уведомления об отказе от исполнения договора, врученного")


@pytest.mark.parametrize("why", list(Unclaimed))
def test_the_reply_to_an_answer_tells_the_return(why: Unclaimed) -> None:
    answer = SellerReply(
        number=1,
        kind=AnswerKind.REFUSED,
        received_on=date(2026, 11, 20),
        reason=RefusalReason.FAULT,
    )
    case = unclaimed_case(why, replies=[answer])
    doc = read(documents.build(DocKind.REPLY_INSIST, case, EVIDENCE, CORE, TODAY)[0])
    assert doc.has(
        "Моя претензия по заказу № 12345678-0001 (товар «Смартфон Xiaomi Redmi Note 13») с "
        "требованием о возврате уплаченной за товар суммы"
    )
    assert doc.has(
        f"направлена вам заказным письмом (почтовый идентификатор {NUMBER}). «1» ноября "
        f"2026 г. письмо возвращено отправителю {REASON[why]}; в силу ст. 165.1 ГК РФ ({PLENUM}) "
        "претензия считается доставленной вам в этот день."
    )
    assert doc.has("на ваш ответ от «20» ноября 2026 г. на мою претензию")
    lacks_delivery_words(doc)
    # the later complaint cites the answer after the return, the period after the answer
    complaint = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert complaint.has("претензия считается доставленной продавцу «1» ноября 2026 г.")
    lacks_delivery_words(complaint)


def test_without_a_number_the_sentence_and_the_report_go_without_it() -> None:
    """No number: no tracking report the person could print (review of issue 21, minor 2)."""
    case = make_case(
        ProblemId.DEFECTIVE, Demand.REFUND, delivery=returned(Unclaimed.STORAGE, number=None)
    )
    doc = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert doc.has("заказным письмом с описью вложения. «1» ноября 2026 г. письмо возвращено")
    assert doc.has("Опись вложения и кассовый чек;")
    assert doc.lacks("отчёт об отслеживании")
    assert doc.lacks("идентификатор")
    assert doc.lacks("№ ;")


def test_a_letter_delivered_by_the_posts_word_stays_вручена() -> None:
    """The post reported it delivered: «вручена», its number, and the tracking report as the
    proof — no notice of delivery, which the bot never asked about (review of issue 21, M3).
    A date the person typed gets the same words."""
    tracked = ClaimDelivery(method="post", delivered_on=RETURNED, tracking=NUMBER, by_post=True)
    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND, delivery=tracked)
    fraud = make_case(
        ProblemId.FRAUD, Demand.REFUND, fraud_kind=FraudKind.COUNTERFEIT, delivery=tracked
    )
    proof = f"Опись вложения, кассовый чек и отчёт об отслеживании почтового отправления № {NUMBER}"
    complaint = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    police = read(documents.police(fraud, EVIDENCE, CORE, TODAY))
    for doc in (complaint, suit):
        assert doc.has(
            "«1» ноября 2026 г. продавцу вручена претензия (заказным письмом с описью вложения, "
            f"почтовый идентификатор {NUMBER})."
        )
    assert police.has(
        "«1» ноября 2026 г. продавцу ООО «Ромашка» вручена моя претензия с требованием о "
        "возврате уплаченной за товар суммы."
    )
    for doc in (complaint, suit, police):
        assert doc.has("Копия претензии, врученной продавцу «1» ноября 2026 г.")
        assert doc.has(proof)
        assert doc.lacks("о вручении")
        assert doc.lacks("уведомлением")
        assert doc.lacks("165.1")
    typed = case.model_copy(update={"delivery": tracked.model_copy(update={"by_post": False})})
    before = read(documents.rospotrebnadzor(typed, EVIDENCE, CORE, TODAY))
    # the day the person typed: the same words — no notice of delivery the bot never asked
    # about (re-check of issue 21, M3)
    assert before.has(proof)
    assert before.lacks("о вручении")
    assert before.lacks("уведомлением")


def _marketplace_case(**delivery: object) -> Case:
    """ст. 12: the notice to the seller delivered long ago, the aggregator's demand as given."""
    case = make_case(ProblemId.NOT_DELIVERED, Demand.REFUND)
    case.marketplace_delivery = ClaimDelivery(**delivery)  # type: ignore[arg-type]
    return case


def test_the_aggregators_demand_is_listed_with_a_delivery_document_only_when_delivered() -> None:
    """Review of issue 21, M4: «и документ о его вручении» only with the day the demand reached
    the aggregator's owner; otherwise the copy the bot wrote, which the person has."""
    unrecorded = _marketplace_case()
    delivered = _marketplace_case(delivered_on=date(2026, 6, 25))
    copy = "Копия требования к владельцу агрегатора о возврате предварительной оплаты"
    for case, tail in ((unrecorded, ";"), (delivered, " и документ о его вручении;")):
        suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
        complaint = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
        for doc in (suit, complaint):
            assert doc.has(copy + tail), tail
            if case is unrecorded:
                assert doc.lacks("документ о его вручении")
    suit = read(documents.lawsuit(in_court(unrecorded, TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(
        "Требование о возврате предварительной оплаты направляется владельцу агрегатора"
    )


@pytest.mark.parametrize("why", list(Unclaimed))
def test_the_case_pdf_tells_the_return_never_вручена(why: Unclaimed) -> None:
    """The export's case.pdf: the timeline's words in Russian (`flows/timeline.py`)."""
    case = unclaimed_case(why)
    heard = datetime(2026, 11, 2, 6, tzinfo=UTC)
    news = [
        ("moving", "2026-10-20", None),
        ("arrived", "2026-10-22", None),
        ("unclaimed", "2026-11-01", why.value),
    ]
    events = [
        EventRow(
            n,
            case.id,
            heard,
            "letter",
            {"purpose": "claim", "state": state, "on": on, "unclaimed": reason},
        )
        for n, (state, on, reason) in enumerate(news, 1)
    ]
    entries = timeline(case, events, [], [], TODAY)
    doc = read(
        casefile(
            case, entries, lambda e: text(e, lambda k, /, **a: CORE.get(k, "ru", **a)), CORE, TODAY
        )
    )
    words = "истёк срок хранения" if why is Unclaimed.STORAGE else "продавец отказался его получить"
    assert doc.has(
        f"Письмо с претензией возвращено отправителю ({words}); претензия считается "
        "доставленной продавцу (ст. 165.1 ГК РФ)"
    )
    assert doc.has("Почта России: письмо с претензией ждёт адресата в отделении")
    assert doc.has("22.10.2026")
    assert doc.lacks("вручен")


def test_the_case_pdf_names_a_returned_notice_a_notice() -> None:
    """ст. 23.1: the letter was a notice refusing the contract, not a claim — the case file
    names it as the documents do (review of issue 21, minor 4)."""
    case = make_case(ProblemId.NOT_DELIVERED, Demand.REFUND, delivery=returned(Unclaimed.STORAGE))
    heard = datetime(2026, 11, 2, 6, tzinfo=UTC)
    events = [
        EventRow(
            1,
            case.id,
            heard,
            "letter",
            {"purpose": "claim", "state": "arrived", "on": "2026-10-22", "unclaimed": None},
        )
    ]
    entries = timeline(case, events, [], [], TODAY)
    doc = read(
        casefile(
            case, entries, lambda e: text(e, lambda k, /, **a: CORE.get(k, "ru", **a)), CORE, TODAY
        )
    )
    assert doc.has(
        "Письмо с уведомлением об отказе от исполнения договора возвращено отправителю (истёк "
        "срок хранения); уведомление считается доставленным продавцу (ст. 165.1 ГК РФ)"
    )
    assert doc.has(
        "Почта России: письмо с уведомлением об отказе от исполнения договора ждёт адресата в "
        "отделении"
    )
    assert doc.lacks("претензи")
    assert doc.lacks("вручен")


def test_the_day_the_post_took_the_letter_in_is_stated_when_known() -> None:
    """Re-check of issue 21, M1: the tracking gives the day the post took the letter in; the
    complaint and the lawsuit state it — never a day after the document's own date."""
    sent = date(2026, 10, 28)
    delivery = returned(Unclaimed.STORAGE).model_copy(update={"sent_on": sent})
    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND, delivery=delivery)
    for doc in (
        read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY)),
        read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY)),
    ):
        assert doc.has(
            "Претензия направлена мной продавцу «28» октября 2026 г. заказным письмом с описью "
            f"вложения (почтовый идентификатор {NUMBER})."
        )
    later = case.model_copy(
        update={"delivery": delivery.model_copy(update={"sent_on": date(2026, 12, 1)})}
    )
    doc = read(documents.rospotrebnadzor(later, EVIDENCE, CORE, TODAY))
    assert doc.has("Претензия направлена мной продавцу заказным письмом с описью вложения")
    assert doc.lacks("декабря")

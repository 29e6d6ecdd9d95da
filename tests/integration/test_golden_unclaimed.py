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
    case = unclaimed_case(why, ProblemId.FRAUD, fraud_kind=FraudKind.COUNTERFEIT)
    doc = read(documents.police(case, EVIDENCE, CORE, TODAY))
    assert doc.has(
        f"Заказным письмом (почтовый идентификатор {NUMBER}) продавцу ООО «Ромашка» направлено "
        "моё требование о возврате уплаченной за товар суммы. «1» ноября 2026 г. письмо "
        f"возвращено отправителю {REASON[why]}; в силу ст. 165.1 ГК РФ требование считается "
        "доставленным в этот день."
    )
    # nothing about the seller's conduct: the post's facts and the law's day only
    assert doc.lacks("уклон")
    assert doc.lacks("Пленум")
    assert doc.has("отчёт об отслеживании почтового отправления")
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
    assert suit.has(
        "Уведомление об отказе от исполнения договора в связи с нарушением срока передачи "
        "товара направлено продавцу заказным письмом и в силу ст. 165.1 ГК РФ считается "
        "доставленным ему."
    )
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
    case = make_case(
        ProblemId.DEFECTIVE, Demand.REFUND, delivery=returned(Unclaimed.STORAGE, number=None)
    )
    doc = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert doc.has("заказным письмом с описью вложения. «1» ноября 2026 г. письмо возвращено")
    assert doc.has("Опись вложения, кассовый чек и отчёт об отслеживании почтового отправления")
    assert doc.lacks("идентификатор")
    assert doc.lacks("№ ;")


def test_a_letter_delivered_by_the_posts_word_stays_вручена() -> None:
    tracked = ClaimDelivery(method="post", delivered_on=RETURNED, tracking=NUMBER, by_post=True)
    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND, delivery=tracked)
    doc = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert doc.has("«1» ноября 2026 г. продавцу вручена претензия (заказным письмом")
    assert doc.has(
        "Опись вложения, кассовый чек, уведомление о вручении заказного письма и отчёт об "
        f"отслеживании почтового отправления № {NUMBER}"
    )
    assert doc.lacks("165.1")
    typed = case.model_copy(update={"delivery": tracked.model_copy(update={"by_post": False})})
    before = read(documents.rospotrebnadzor(typed, EVIDENCE, CORE, TODAY))
    assert before.has("Опись вложения, кассовый чек и уведомление о вручении заказного письма")
    assert before.lacks("отслеживании")


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

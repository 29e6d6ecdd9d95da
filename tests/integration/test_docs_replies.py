"""Issue 20 p. 2: the written replies to a seller's answer — insisting on the demand, asking to
attend the quality check, accepting part of the money without waiving the rest — and the later
documents that cite each answer with its date. Golden rows: exact phrases that must and must
not be there, read back from the text as built, the DOCX and the PDF; one row per reason and
per offer. Dates are computed by hand in the comments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from flows import documents
from flows.answered import still_owed
from flows.case import (
    AnswerKind,
    Case,
    ClaimDelivery,
    FraudKind,
    Offer,
    Path,
    RefusalReason,
    SellerAnswer,
    SellerReply,
    Warranty,
)
from flows.claims import DocKind
from flows.documents import Evidence
from flows.documents.replies import can_write
from flows.problems import Demand, ProblemId, TechGround
from tests.helpers import in_court
from tests.integration.test_golden_documents import (
    CORE,
    EVIDENCE,
    FEMALE,
    TODAY,
    make_case,
    read,
)

# TODAY = 28.11.2026. A claim delivered on 20.11 (Fri): 10 days -> 30.11 (Mon), still running.
RUNNING = date(2026, 11, 20)
# A claim delivered on 01.11: 10 days -> 11.11 (Wed), missed; the penalty runs from 12.11.
MISSED_ON = date(2026, 11, 1)
ANSWERED = date(2026, 11, 25)
ALWAYS_LACKS = (
    "либо",
    "(а)",
    "ся(лась)",
    "претензий не имею",
    "требований не имею",
    "None",
    "none",
    "{",
    "$",
)


def answer(kind: AnswerKind, number: int = 1, on: date = ANSWERED, **extra: object) -> SellerReply:
    """An answer dated `on`; a partial sum arrived the same day unless `paid_on` says else."""
    if kind is AnswerKind.PARTIAL:
        extra.setdefault("paid_on", on)
    return SellerReply(number=number, kind=kind, received_on=on, **extra)  # type: ignore[arg-type]


def with_answers(case: Case, *replies: SellerReply) -> Case:
    case = case.model_copy(deep=True)
    case.replies = list(replies)
    return case


def defect(delivered: date = RUNNING, **extra: object) -> Case:
    return make_case(ProblemId.DEFECTIVE, Demand.REFUND, delivered=delivered, **extra)


def return_case(delivered: date = RUNNING, **extra: object) -> Case:
    """A proper-quality return (ст. 26.1): received 05.06, refused in the chat on 12.06 — the
    7 days end on 12.06, a holiday (Russia Day), so on 15.06."""
    return make_case(ProblemId.RETURN, Demand.REFUND, delivered=delivered, **extra)


@dataclass(frozen=True)
class Row:
    name: str
    kind: DocKind
    case: Case
    has: tuple[str, ...]
    lacks: tuple[str, ...] = ()
    today: date = TODAY
    evidence: list[Evidence] = field(default_factory=lambda: list(EVIDENCE))


SUBTITLE = "на ваш ответ от «25» ноября 2026 г. на мою претензию, врученную вам «20» ноября 2026 г."
CLAIM = (
    "«20» ноября 2026 г. вам вручена моя претензия по заказу № 12345678-0001 (товар "
    "«Смартфон Xiaomi Redmi Note 13») с требованием о возврате уплаченной за товар суммы 4 990 "
    "(четыре тысячи девятьсот девяносто) руб. 00 коп. в связи с отказом от исполнения договора "
    "купли-продажи"
)
STILL_RUNS = "Срок удовлетворения требования истекает «30» ноября 2026 г."
INSISTS = (
    "На основании ст. 18, 19, 22, 23 Закона РФ от 07.02.1992 № 2300-1 «О защите прав "
    "потребителей» настаиваю на удовлетворении моего требования."
)
CHOICE = "способ защиты права выбирает потребитель (ст. 18 Закона РФ «О защите прав потребителей»)"
EXPERTISE = (
    "продавец обязан провести экспертизу товара за свой счёт; потребитель вправе присутствовать "
    "при её проведении (ст. 18"
)
CHECK_OFFER = "Товар для проверки качества передам вам по вашему запросу (п. 5 ст. 18"

ROWS = [
    # -- ОТВЕТ: offers ---------------------------------------------------------------------
    Row(
        "offer-repair",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.OFFER, offer=Offer.REPAIR, files=1)),
        (
            "ОТВЕТ",
            SUBTITLE,
            CLAIM,
            "Ответом от «25» ноября 2026 г. вы предложили вместо возврата уплаченной суммы "
            "ремонт товара.",
            CHOICE,
            "предложение отремонтировать товар не принимаю.",
            INSISTS,
            CHECK_OFFER,
            STILL_RUNS,
            "Кому: ООО «Ромашка»",
            "от Иванова Ивана Ивановича",
            "Если требование не будет удовлетворено, я обращусь в суд",
        ),
        ("истёк", "С таким ответом не соглашаюсь", "с предложенной заменой"),
    ),
    Row(
        "offer-replacement-female",
        DocKind.REPLY_INSIST,
        with_answers(defect(name=FEMALE), answer(AnswerKind.OFFER, offer=Offer.REPLACEMENT)),
        (
            "вы предложили вместо возврата уплаченной суммы замену товара.",
            "предложение заменить товар не принимаю.",
            CHECK_OFFER,
            "от Петровой Анны Сергеевны",
        ),
        ("согласен", "я намерен в ней"),
    ),
    Row(
        # missed: 01.11 + 10 = 11.11; 1 % of 4 990 = 49,90 a day from 12.11
        "offer-voucher-missed",
        DocKind.REPLY_INSIST,
        with_answers(defect(MISSED_ON), answer(AnswerKind.OFFER, offer=Offer.VOUCHER)),
        (
            "вы предложили вместо возврата уплаченной суммы сертификат (бонусные баллы) на "
            "покупки.",
            "Срок удовлетворения требования истёк «11» ноября 2026 г.; требование не "
            "удовлетворено.",
            "С «12» ноября 2026 г. за каждый день просрочки начисляется неустойка в размере 1 % "
            "цены товара — 49 (сорок девять) руб. 90 коп. (п. 1 ст. 23 Закона РФ «О защите прав "
            "потребителей»), но не более суммы, уплаченной мной по договору, — 4 990 (четыре "
            "тысячи девятьсот девяносто) руб. 00 коп. (ст. 23 того же Закона в редакции",
            "500-ФЗ",
        ),
        ("истекает",),
    ),
    Row(
        "offer-other-in-their-words",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(AnswerKind.OFFER, offer=Offer.OTHER, detail="скидку 10 % на следующий заказ"),
        ),
        ("предложили вместо возврата уплаченной суммы иное исполнение: «скидку 10 % на следующий",),
    ),
    Row(
        # ст. 23.1: a prepaid order not delivered; the notice demanded the prepayment back;
        # the 0,5 % runs from the day after the promised 10.06
        "offer-voucher-prepaid",
        DocKind.REPLY_INSIST,
        with_answers(
            make_case(ProblemId.NOT_DELIVERED, Demand.REFUND, delivered=RUNNING),
            answer(AnswerKind.OFFER, offer=Offer.VOUCHER),
        ),
        (
            "на моё уведомление, врученное вам «20» ноября 2026 г.",
            "вам вручено моё уведомление",
            "о возврате суммы предварительной оплаты 4 990",
            "(ст. 23.1 Закона РФ «О защите прав потребителей»)",
            "Мной выбрано требование, изложенное в уведомлении",
            "С «11» июня 2026 г. за каждый день просрочки передачи предварительно оплаченного "
            "товара начисляется неустойка в размере 0,5 %",
            STILL_RUNS,
        ),
        ("1 % цены", "п. 5 ст. 18", "ст. 18 Закона"),
    ),
    Row(
        # unpaid goods refused before handover (ст. 26.1): a notice, not a claim; no court
        "refuse-notice",
        DocKind.REPLY_INSIST,
        with_answers(
            make_case(ProblemId.NOT_DELIVERED, Demand.REFUSE, prepaid=False, delivered=RUNNING),
            answer(AnswerKind.REFUSED, reason=RefusalReason.OTHER, detail="заказ уже в пути"),
        ),
        (
            "на моё уведомление, врученное вам «20» ноября 2026 г.",
            "вам вручено моё уведомление по заказу № 12345678-0001 (товар «Смартфон Xiaomi "
            "Redmi Note 13») с требованием об аннулировании заказа в связи с отказом от товара "
            "до его передачи.",
            "указав: «заказ уже в пути».",
        ),
        ("претензи", "обращусь в суд", "неустойк", "вернуть"),
    ),
    # -- ОТВЕТ: refusals, one per reason ---------------------------------------------------
    Row(
        # received 05.06.2026, claimed 20.11.2026: within two years of handover (ст. 19)
        "refused-period-defect",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD, warranty=Warranty.NONE),
        ),
        (
            "вы отказали в удовлетворении требования, сославшись на истечение срока.",
            "С таким ответом не соглашаюсь.",
            "Гарантийный срок на товар не установлен. Товар передан мне «5» июня 2026 г.; "
            "требование в связи с недостатком товара предъявлено «20» ноября 2026 г., в пределах "
            "двух лет со дня передачи товара (ст. 19",
            INSISTS,
        ),
        ("ст. 26.1",),
    ),
    Row(
        # a warranty to 01.12.2026 the person stated; the claim on 20.11 came within it
        "refused-period-within-warranty",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(
                AnswerKind.REFUSED,
                reason=RefusalReason.PERIOD,
                warranty=Warranty.UNTIL,
                warranty_until=date(2026, 12, 1),
            ),
        ),
        (
            "Гарантийный срок на товар истекает «1» декабря 2026 г.; требование в связи с "
            "недостатком товара предъявлено «20» ноября 2026 г., в пределах гарантийного срока "
            "(ст. 19",
        ),
        ("двух лет",),
    ),
    Row(
        # a warranty that ended before the claim, or one not known: no ст. 19 sentence at all
        "refused-period-warranty-over",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(
                AnswerKind.REFUSED,
                reason=RefusalReason.PERIOD,
                warranty=Warranty.UNTIL,
                warranty_until=date(2026, 11, 1),
            ),
        ),
        ("С таким ответом не соглашаюсь.", INSISTS),
        ("ст. 19 Закона", "двух лет", "гарантийного срока"),
    ),
    Row(
        "refused-period-warranty-unknown",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD, warranty=Warranty.UNKNOWN),
        ),
        ("С таким ответом не соглашаюсь.",),
        ("ст. 19 Закона", "двух лет", "гарантийного срока"),
    ),
    Row(
        "refused-period-return",
        DocKind.REPLY_INSIST,
        with_answers(return_case(), answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD)),
        (
            "Об отказе от товара я заявил «12» июня 2026 г. через чат в приложении — в течение "
            "7 дней со дня передачи товара (ст. 26.1",
            "с требованием о возврате уплаченной за товар суммы 4 990 (четыре тысячи девятьсот "
            "девяносто) руб. 00 коп. в связи с отказом от товара",
        ),
        ("ст. 19", "неустойк", "п. 5 ст. 18"),
    ),
    Row(
        "refused-fault",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.REFUSED, reason=RefusalReason.FAULT)),
        (
            "сославшись на то, что недостаток товара возник по вине покупателя.",
            "Вывод о том, что недостаток товара возник по вине покупателя, не признаю.",
            EXPERTISE,
            "Прошу передать мне копию документа, на основании которого сделан вывод о причине "
            "недостатка, и провести экспертизу товара, заранее сообщив мне дату, время и место "
            "её проведения, и обеспечить моё присутствие при её проведении.",
        ),
        (CHECK_OFFER, "С таким ответом не соглашаюсь"),
    ),
    Row(
        "refused-not-warranty",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.REFUSED, reason=RefusalReason.NOT_WARRANTY)),
        (
            "сославшись на то, что случай не является гарантийным.",
            "Вывод о том, что случай не является гарантийным, не признаю.",
            EXPERTISE,
            "Прошу сообщить мне, на основании чего сделан этот вывод, и провести экспертизу",
        ),
        (CHECK_OFFER,),
    ),
    Row(
        "refused-manufacturer",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.REFUSED, reason=RefusalReason.MANUFACTURER)),
        (
            "вы отказали в удовлетворении требования, предложив обратиться к изготовителю "
            "товара (в сервисный центр).",
            "Требование предъявлено вам как продавцу товара (ст. 18 Закона РФ «О защите прав "
            "потребителей»): продавец обязан принять у потребителя товар ненадлежащего качества",
            "Ответ на требование ожидаю от вас.",
        ),
    ),
    Row(
        # a defect: the proof of purchase stated, ст. 26.1's rule not cited (law-facts §1)
        "refused-no-receipt-defect",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(card_last4="1234"),
            answer(AnswerKind.REFUSED, reason=RefusalReason.NO_RECEIPT),
        ),
        (
            "сославшись на отсутствие кассового чека.",
            "Покупка товара у вас подтверждается заказом № 12345678-0001 от «1» июня 2026 г., "
            "оформленным на Ozon, и его оплатой банковской картой **** 1234.",
            "Приложения:",
            "Фото: коробка со вмятиной.",
        ),
        ("ст. 26.1", "другие доказательства"),
    ),
    Row(
        "refused-no-receipt-return",
        DocKind.REPLY_INSIST,
        with_answers(return_case(), answer(AnswerKind.REFUSED, reason=RefusalReason.NO_RECEIPT)),
        (
            "Отсутствие у меня кассового чека не лишает меня возможности ссылаться на другие "
            "доказательства покупки товара (ст. 26.1",
            "Покупка товара у вас подтверждается заказом № 12345678-0001",
        ),
        ("банковской картой",),
    ),
    Row(
        "refused-used-return",
        DocKind.REPLY_INSIST,
        with_answers(return_case(), answer(AnswerKind.REFUSED, reason=RefusalReason.USED)),
        (
            "сославшись на то, что товар был в употреблении.",
            "Товарный вид и потребительские свойства товара сохранены (ст. 26.1",
        ),
    ),
    Row(
        "refused-used-defect",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.REFUSED, reason=RefusalReason.USED)),
        ("сославшись на то, что товар был в употреблении.", "С таким ответом не соглашаюсь."),
        ("Товарный вид", "ст. 26.1"),
    ),
    Row(
        "refused-other-in-their-words",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(AnswerKind.REFUSED, reason=RefusalReason.OTHER, detail="товар не наш."),
        ),
        ("вы отказали в удовлетворении требования, указав: «товар не наш».",),
    ),
    Row(
        "later",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.LATER, until=date(2026, 12, 5))),
        (
            "вы сообщили, что ответите на требование до «5» декабря 2026 г.",
            STILL_RUNS,
            INSISTS,
        ),
        ("не согласен",),
    ),
    Row(
        "documents",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(),
            answer(AnswerKind.DOCUMENTS, detail="фото серийного номера"),
        ),
        (
            "вы запросили у меня дополнительные документы (сведения): «фото серийного номера».",
            "Приложения:",
            "Фото: коробка со вмятиной.",
        ),
    ),
    # -- ЗАЯВЛЕНИЕ об участии в проверке качества -----------------------------------------
    Row(
        "check",
        DocKind.REPLY_CHECK,
        with_answers(
            defect(),
            answer(
                AnswerKind.CHECK,
                until=date(2026, 12, 2),
                detail="г. Москва, ул. Сервисная, д. 5",
            ),
        ),
        (
            "ЗАЯВЛЕНИЕ",
            "об участии в проверке качества товара",
            CLAIM,
            "вы сообщили о необходимости передать товар для проверки качества, указав дату её "
            "проведения — «2» декабря 2026 г., и место: «г. Москва, ул. Сервисная, д. 5».",
            # the seller set 02.12, still ahead on 28.11: not asked again (finding 16)
            "Товар передам вам для проверки качества «2» декабря 2026 г. в месте, указанном в "
            "вашем ответе.",
            "Прошу сообщить время проведения проверки; при её проведении прошу обеспечить моё "
            "присутствие (п. 5 ст. 18",
            "Прошу выдать мне копию акта проверки качества",
            STILL_RUNS,
        ),
        ("истёк", "обращусь в суд"),
    ),
    Row(
        # ст. 21: a replacement the seller checks first has 20 days: 20.11 + 20 = 10.12 (Thu);
        # the plain 7 days (27.11) would already be over on 28.11
        "check-replacement-twenty-days",
        DocKind.REPLY_CHECK,
        with_answers(
            make_case(ProblemId.DEFECTIVE, Demand.REPLACEMENT, delivered=RUNNING, name=FEMALE),
            answer(AnswerKind.CHECK),
        ),
        (
            "с требованием о замене товара на товар этой же марки (модели, артикула) "
            "надлежащего качества.",
            "Товар передам вам для проверки качества по вашему запросу. Прошу сообщить, куда и "
            "каким образом его передать.",
            "— 20 дней со дня предъявления требования (ст. 21",
            "Срок удовлетворения требования истекает «10» декабря 2026 г.",
            "и обеспечить моё присутствие при их проведении (п. 5 ст. 18",
        ),
        ("истёк", "«27» ноября"),
    ),
    Row(
        # goods of proper quality (ст. 26.1): a check of the item, no ст. 18, no expertise
        "check-return",
        DocKind.REPLY_CHECK,
        with_answers(return_case(), answer(AnswerKind.CHECK)),
        (
            "Товар передам вам для проверки по вашему запросу. Прошу сообщить, куда и каким "
            "образом его передать.",
            "Прошу заранее сообщить мне дату, время и место проведения проверки товара и "
            "обеспечить моё присутствие при её проведении.",
            "Прошу выдать мне копию акта проверки.",
            "об участии в проверке товара",
        ),
        (
            "ст. 18",
            "экспертиз",
            "акта проверки качества",
            "передам вам для проверки качества",
        ),
    ),
    # -- ЗАЯВЛЕНИЕ: part of the money ------------------------------------------------------
    Row(
        # 4 990 − 3 000 = 1 990
        "partial",
        DocKind.REPLY_PARTIAL,
        with_answers(defect(), answer(AnswerKind.PARTIAL, amount=Decimal(3000))),
        (
            "о частичной выплате и сохранении требования в остальной части",
            "вы удовлетворили моё требование частично: «25» ноября 2026 г. мне выплачено 3 000 "
            "(три тысячи) руб. 00 коп.",
            "Полученную сумму 3 000 (три тысячи) руб. 00 коп. принимаю в счёт частичного "
            "удовлетворения моего требования. От требования в остальной части, а также от "
            "требований о выплате неустойки, возмещении убытков и компенсации морального вреда "
            "не отказываюсь.",
            "Невыплаченная часть суммы, указанной в претензии, составляет 1 990 (одна тысяча "
            "девятьсот девяносто) руб. 00 коп. Прошу выплатить её.",
            STILL_RUNS,
            "Денежные средства прошу",
        ),
        ("не имею", "выплачено всего"),
    ),
    Row(
        # two parts: 1 000 then 500 -> 1 500 paid in all, 3 490 still owed; missed since 11.11
        "partial-second-missed",
        DocKind.REPLY_PARTIAL,
        with_answers(
            defect(MISSED_ON),
            answer(AnswerKind.PARTIAL, 1, on=date(2026, 11, 15), amount=Decimal(1000)),
            answer(AnswerKind.PARTIAL, 2, amount=Decimal(500)),
        ),
        (
            "Полученную сумму 500 (пятьсот) руб. 00 коп. принимаю",
            "С учётом ранее выплаченных сумм мне выплачено всего 1 500 (одна тысяча пятьсот) "
            "руб. 00 коп.",
            "составляет 3 490 (три тысячи четыреста девяносто) руб. 00 коп. Прошу выплатить её "
            "без промедления.",
            "Срок удовлетворения требования истёк «11» ноября 2026 г.; требование в полном "
            "объёме не удовлетворено.",
            "С «12» ноября 2026 г. за каждый день просрочки начисляется неустойка",
        ),
    ),
    Row(
        # a part offered, not paid: never written as received; nothing paid, so the whole
        # 4 990 is still owed (the part agreed to counts once it arrives)
        "partial-offered",
        DocKind.REPLY_PARTIAL,
        with_answers(defect(), answer(AnswerKind.PARTIAL, amount=Decimal(3000), paid_on=None)),
        (
            "о согласии на частичную выплату и сохранении требования в остальной части",
            "вы предложили удовлетворить требование частично, выплатив мне 3 000 (три тысячи) "
            "руб. 00 коп.",
            "Предложенную вами сумму 3 000 (три тысячи) руб. 00 коп. прошу перечислить мне в "
            "счёт частичного удовлетворения моего требования. От требования в остальной части, "
            "а также от требований о выплате неустойки, возмещении убытков и компенсации "
            "морального вреда не отказываюсь.",
            # the rest once the offered sum is paid: 4 990 − 3 000 (the re-check's N1)
            "Оставшуюся часть суммы, указанной в претензии, — 1 990 (одна тысяча девятьсот "
            "девяносто) руб. 00 коп. — также прошу выплатить",
        ),
        ("Полученную", "выплачено", "выплатили", "Невыплаченная часть"),
    ),
    Row(
        # a price cut of 1 000, 400 paid: 600 still owed
        "partial-price-cut",
        DocKind.REPLY_PARTIAL,
        with_answers(
            make_case(ProblemId.DEFECTIVE, Demand.PRICE_CUT, delivered=RUNNING),
            answer(AnswerKind.PARTIAL, amount=Decimal(400)),
        ),
        (
            "о соразмерном уменьшении покупной цены товара на 1 000 (одна тысяча) руб. 00 коп. "
            "и о возврате этой суммы",
            "составляет 600 (шестьсот) руб. 00 коп.",
        ),
    ),
    Row(
        "partial-repair-demand-stands",
        DocKind.REPLY_PARTIAL,
        with_answers(
            make_case(ProblemId.DEFECTIVE, Demand.REPAIR, delivered=RUNNING),
            answer(AnswerKind.PARTIAL, amount=Decimal(700)),
        ),
        ("Требование, изложенное в претензии, сохраняю.",),
        ("Невыплаченная часть",),
    ),
]


# -- the lawyer's review of issue 20 (/work/review20/findings.md): one row per finding --------
UNKNOWN = "Ким Саша"  # no patronymic: the gender is not known (flows/names.py grammar)
NEUTRAL_LACKS = ("(а)", "(на)", "ен(на)", "Кима", "Сашы", "намерен", "согласен", "согласна")
RESERVED = (
    "От требования в остальной части, а также от требований о выплате неустойки, возмещении "
    "убытков и компенсации морального вреда не отказываюсь."
)

ROWS += [
    Row(
        # finding 3: the offer refused is named as made (a voucher, not «замена»)
        "review-3-voucher-named",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.OFFER, offer=Offer.VOUCHER)),
        (
            "Мной выбрано требование, изложенное в претензии; предложение выдать сертификат "
            "(бонусные баллы) на покупки не принимаю.",
        ),
        ("замен",),
    ),
    Row(
        # findings 3, 4, 5, 9: a person of unknown gender; a check at a place with no date of
        # goods over 5 kg — the seller is asked to collect them
        "review-4-5-9-unknown-gender-heavy-check",
        DocKind.REPLY_CHECK,
        with_answers(
            make_case(
                ProblemId.DEFECTIVE, Demand.REPAIR, delivered=RUNNING, name=UNKNOWN, heavy=True
            ),
            answer(AnswerKind.CHECK, detail="сервисный центр, ул. Складская, д. 3"),
        ),
        (
            "Отправитель: Ким Саша",
            "вы сообщили о необходимости передать товар для проверки качества, указав место её "
            "проведения: «сервисный центр, ул. Складская, д. 3».",
            "Доставка крупногабаритного товара и товара весом более 5 кг для ремонта, уценки, "
            "замены и (или) возврата их потребителю осуществляется силами и за счёт продавца "
            "(ст. 18 Закона РФ «О защите прав потребителей»). Прошу согласовать со мной дату и "
            "время, когда вы "
            "заберёте товар для проверки качества.",
            "и обеспечить моё присутствие при их проведении (п. 5 ст. 18",
            "/ Ким С.",
        ),
        (*NEUTRAL_LACKS, ", и место:", "в месте, указанном в вашем ответе", "от Ким"),
    ),
    Row(
        "review-4-unknown-gender-offer",
        DocKind.REPLY_INSIST,
        with_answers(defect(name=UNKNOWN), answer(AnswerKind.OFFER, offer=Offer.REPLACEMENT)),
        ("предложение заменить товар не принимаю.", CHECK_OFFER, "Отправитель: Ким Саша"),
        NEUTRAL_LACKS,
    ),
    Row(
        # findings 4, 8, 25: the seller's ground quoted; the item offered for the expertise
        "review-4-8-25-unknown-gender-fault",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(name=UNKNOWN),
            answer(AnswerKind.REFUSED, reason=RefusalReason.FAULT, detail="следы попадания влаги"),
        ),
        (
            "сославшись на то, что недостаток товара возник по вине покупателя («следы "
            "попадания влаги»).",
            "Вывод о том, что недостаток товара возник по вине покупателя, не признаю.",
            "и обеспечить моё присутствие при её проведении.",
            "Товар для проведения экспертизы передам вам по вашему запросу.",
        ),
        (*NEUTRAL_LACKS, "п. 6 ст. 18"),
    ),
    Row(
        "review-4-6-unknown-gender-partial-offered",
        DocKind.REPLY_PARTIAL,
        with_answers(
            defect(name=UNKNOWN),
            answer(AnswerKind.PARTIAL, amount=Decimal(3000), paid_on=None),
        ),
        ("прошу перечислить мне в счёт частичного удовлетворения моего требования.", RESERVED),
        NEUTRAL_LACKS,
    ),
    Row(
        # finding 4: a return of unknown gender — the refusal's date said with no gendered verb
        "review-4-unknown-gender-return",
        DocKind.REPLY_INSIST,
        with_answers(
            return_case(name=UNKNOWN),
            answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD),
        ),
        ("Отказ от товара заявлен мной «12» июня 2026 г.", "С таким ответом не соглашаюсь."),
        (*NEUTRAL_LACKS, "заявил"),
    ),
    Row(
        # finding 13: a wrong item — what was ordered, what came, the item offered back
        "review-13-wrong-item",
        DocKind.REPLY_INSIST,
        with_answers(
            make_case(
                ProblemId.WRONG_ITEM,
                Demand.REFUND,
                delivered=RUNNING,
                details="вместо смартфона пришёл кабель USB-C",
            ),
            answer(
                AnswerKind.REFUSED,
                reason=RefusalReason.OTHER,
                detail="товар отправлен согласно заказу",
            ),
        ),
        (
            "По заказу № 12345678-0001 заказан товар «Смартфон Xiaomi Redmi Note 13»; мне "
            "передан иной товар: вместо смартфона пришёл кабель USB-C. Заказанный товар мне не "
            "передан (п. 1 ст. 468 Гражданского кодекса РФ). Полученный товар верну вам за ваш "
            "счёт; прошу сообщить адрес, по которому его направить.",
        ),
        ("проверки качества",),
    ),
    Row(
        # finding 14: a technically complex item claimed within 15 days of handover (10.11)
        "review-14-tech-offer-repair",
        DocKind.REPLY_INSIST,
        with_answers(
            defect(
                tech_complex=True,
                received_on=date(2026, 11, 10),
                tech_ground=TechGround.WITHIN_15,
            ),
            answer(AnswerKind.OFFER, offer=Offer.REPAIR),
        ),
        (
            "предложение отремонтировать товар не принимаю.",
            "Товар является технически сложным; требование предъявлено в течение 15 дней со дня "
            "его передачи (ст. 18",
        ),
    ),
    Row(
        # findings 17, 18: a ст. 26.1 return; the claim delivered 01.11, 10 days to 11.11
        # (Wed): ГК 395 interest from 12.11, never the 1 %
        "review-17-18-return-voucher-missed",
        DocKind.REPLY_INSIST,
        with_answers(return_case(MISSED_ON), answer(AnswerKind.OFFER, offer=Offer.VOUCHER)),
        (
            "предложение выдать сертификат (бонусные баллы) на покупки не принимаю.",
            "При отказе потребителя от товара продавец должен возвратить ему уплаченную по "
            "договору денежную сумму не позднее чем через 10 дней со дня предъявления "
            "требования (ст. 26.1",
            "Срок удовлетворения требования истёк «11» ноября 2026 г.",
            "С «12» ноября 2026 г. на не возвращённую сумму подлежат начислению проценты за "
            "пользование чужими денежными средствами (ст. 395 Гражданского кодекса РФ).",
        ),
        ("1 % цены", "неустойк", "замен"),
    ),
    Row(
        # findings 6, 17: a return partly paid after its period — interest, not a penalty
        "review-6-17-return-partial-missed",
        DocKind.REPLY_PARTIAL,
        with_answers(return_case(MISSED_ON), answer(AnswerKind.PARTIAL, amount=Decimal(3000))),
        (
            "От требования в остальной части, а также от требований о выплате процентов за "
            "пользование чужими денежными средствами, возмещении убытков и компенсации "
            "морального вреда не отказываюсь.",
            "С «12» ноября 2026 г. на не возвращённую сумму подлежат начислению проценты",
        ),
        ("неустойк",),
    ),
    Row(
        # finding 19: the promise (05.12) is after the period's end (30.11)
        "review-19-later-after-due",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.LATER, until=date(2026, 12, 5))),
        (
            STILL_RUNS,
            "Срок удовлетворения требования установлен законом и вашим ответом не продлевается.",
        ),
    ),
    Row(
        "review-19-later-before-due",
        DocKind.REPLY_INSIST,
        with_answers(defect(), answer(AnswerKind.LATER, until=date(2026, 11, 29))),
        (STILL_RUNS,),
        ("не продлевается",),
    ),
    Row(
        # finding 20: a repair — «незамедлительно», 45 days the most (20.11 + 45 = 04.01.2027,
        # a holiday: the next working day, 11.01.2027)
        "review-20-repair-term",
        DocKind.REPLY_INSIST,
        with_answers(
            make_case(ProblemId.DEFECTIVE, Demand.REPAIR, delivered=RUNNING),
            answer(AnswerKind.LATER, until=date(2026, 12, 5)),
        ),
        (
            "Недостатки должны быть устранены незамедлительно; предельный срок их устранения "
            "(45 дней, п. 1 ст. 20 Закона РФ «О защите прав потребителей») истекает «11» "
            "января 2027 г.",
        ),
        ("Срок удовлетворения требования истекает", "не продлевается"),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_reply_documents(row: Row) -> None:
    assert can_write(row.kind, row.case, row.today)
    (doc,) = documents.build(row.kind, row.case, row.evidence, CORE, row.today)
    assert doc.kind is row.kind
    text = read(doc)
    for phrase in row.has:
        assert text.has(phrase), phrase
    for phrase in (*row.lacks, *ALWAYS_LACKS):
        assert text.lacks(phrase), phrase
    # the date and the signature close every letter
    assert text.has("«28» ноября 2026 г. ____________ / ")


def test_two_answers_make_two_file_names() -> None:
    first = answer(AnswerKind.LATER, 1, on=date(2026, 11, 21))
    second = answer(AnswerKind.REFUSED, 2, reason=RefusalReason.PERIOD)
    (one,) = documents.build(DocKind.REPLY_INSIST, with_answers(defect(), first), [], CORE, TODAY)
    (two,) = documents.build(
        DocKind.REPLY_INSIST, with_answers(defect(), first, second), [], CORE, TODAY
    )
    assert one.filename == "otvet-prodavcu-ozon-12345678-0001-otvet-1"
    assert two.filename == "otvet-prodavcu-ozon-12345678-0001-otvet-2"
    # the latest answer is the one replied to
    assert "сославшись на истечение срока" in two.text()
    assert "ответите на требование" not in two.text()


@pytest.mark.parametrize(
    ("kind", "replies", "match"),
    [
        (DocKind.REPLY_INSIST, (), "no answer"),
        (DocKind.REPLY_INSIST, (answer(AnswerKind.DONE),), "met"),
        (DocKind.REPLY_INSIST, (answer(AnswerKind.LATER, on=date(2026, 12, 1)),), "after"),
        (DocKind.REPLY_PARTIAL, (answer(AnswerKind.REFUSED),), "not a partial"),
        (DocKind.REPLY_PARTIAL, (answer(AnswerKind.PARTIAL, amount=Decimal(4990)),), "cover"),
        # review finding 24: a check letter only after a check asked, or a refusal over the
        # item's use or the buyer's fault
        (
            DocKind.REPLY_CHECK,
            (answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD),),
            "no check",
        ),
        (DocKind.REPLY_CHECK, (answer(AnswerKind.LATER),), "no check"),
    ],
)
def test_a_reply_is_not_made_from_what_cannot_be_true(
    kind: DocKind, replies: tuple[SellerReply, ...], match: str
) -> None:
    case = with_answers(defect(), *replies)
    assert not can_write(kind, case, TODAY)  # the dialogue does not offer it
    with pytest.raises(ValueError, match=match):
        documents.build(kind, case, [], CORE, TODAY)


def test_no_check_request_for_an_item_never_handed_over() -> None:
    case = with_answers(make_case(ProblemId.NOT_DELIVERED, Demand.REFUND), answer(AnswerKind.CHECK))
    assert not can_write(DocKind.REPLY_CHECK, case, TODAY)
    with pytest.raises(ValueError, match="never handed over"):
        documents.build(DocKind.REPLY_CHECK, case, [], CORE, TODAY)


def test_a_check_of_an_item_already_returned_says_the_seller_has_it() -> None:
    case = with_answers(
        make_case(ProblemId.REFUND, Demand.REFUND, details="вернул через пункт выдачи"),
        answer(AnswerKind.CHECK),
    )
    (doc,) = documents.build(DocKind.REPLY_CHECK, case, [], CORE, TODAY)
    text = read(doc)
    assert text.has("Товар мной вам возвращён.")
    assert text.lacks("передать вам товар")


def test_the_seller_path_has_no_written_reply() -> None:
    """A review platform's answer (the seller's path) is recorded, but no buyer's letter
    answers it."""
    case = Case(
        owner_id=1,
        created_at=make_case(ProblemId.DEFECTIVE).created_at,
        path=Path.SELLER,
        replies=[answer(AnswerKind.REFUSED, reason=RefusalReason.OTHER)],
    )
    for kind in (DocKind.REPLY_INSIST, DocKind.REPLY_CHECK, DocKind.REPLY_PARTIAL):
        assert not can_write(kind, case, TODAY)
        with pytest.raises(ValueError, match="review"):
            documents.build(kind, case, [], CORE, TODAY)


def test_the_rest_is_counted_once() -> None:
    case = with_answers(
        defect(),
        answer(AnswerKind.PARTIAL, 1, on=date(2026, 11, 21), amount=Decimal(1000)),
        answer(AnswerKind.PARTIAL, 2, on=date(2026, 12, 3), amount=Decimal(500)),
    )
    assert still_owed(case, TODAY) == Decimal("3990.00")  # the later part is not counted yet
    assert still_owed(case, date(2026, 12, 3)) == Decimal("3490.00")


# -- later documents cite each answer with its date ----------------------------------------


def _history_case() -> Case:
    """Claim delivered 20.06.2026 (missed on 30.06); the seller promised an answer, then
    refused (with a screenshot); a third answer is dated after the documents' date."""
    return with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.LATER, 1, on=date(2026, 6, 25), until=date(2026, 7, 10)),
        answer(
            AnswerKind.REFUSED,
            2,
            on=date(2026, 7, 12),
            reason=RefusalReason.PERIOD,
            files=1,
        ),
        answer(AnswerKind.PARTIAL, 3, on=date(2026, 12, 12), amount=Decimal(1000), files=1),
    )


CITED = (
    "Ответом от «25» июня 2026 г. продавец сообщил, что ответит на требование до «10» июля 2026 г.",
    "Ответом от «12» июля 2026 г. продавец отказал в удовлетворении требования, сославшись на "
    "истечение срока.",
    "Копия ответа продавца от «12» июля 2026 г.",
    "Срок удовлетворения требования истёк «30» июня 2026 г.; требование не удовлетворено.",
)
NOT_CITED = (
    "«12» декабря",  # dated after the document
    "Копия ответа продавца от «25» июня",  # no words, no files: nothing to attach
    "Продавец отказал в удовлетворении требования.",  # the bare refusal gives way to the answer
)


def test_lawsuit_cites_the_answers() -> None:
    case = _history_case()
    case.seller_answer = SellerAnswer.REFUSED
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    for phrase in CITED:
        assert suit.has(phrase), phrase
    for phrase in NOT_CITED:
        assert suit.lacks(phrase), phrase


def test_lawsuit_does_not_claim_a_part_paid_back_again() -> None:
    """4 990 paid, 1 000 paid back on 01.07: the refund asked is 3 990; the penalty (1 % of
    the price, ст. 23) is capped at 4 990 as before; claim price 3 990 + 4 990 = 8 980."""
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.PARTIAL, on=date(2026, 7, 1), amount=Decimal(1000)),
    )
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(
        "Ответом от «1» июля 2026 г. продавец удовлетворил требование частично: «1» июля 2026 г. "
        "мне выплачено 1 000 (одна тысяча) руб. 00 коп."
    )
    assert suit.has("требование в полном объёме не удовлетворено")
    assert suit.has(
        "уплаченную за товар сумму за вычетом выплаченных мне продавцом 1 000 (одна тысяча) руб. "
        "00 коп. — 3 990 (три тысячи девятьсот девяносто) руб. 00 коп."
    )
    assert suit.has("Цена иска: 8 980 (восемь тысяч девятьсот восемьдесят) руб. 00 коп.")
    assert suit.has("Требование в полном объёме не удовлетворено в добровольном порядке")


def test_a_replacement_the_seller_checks_has_twenty_days_everywhere() -> None:
    """ст. 21: 7 days, 20 with a quality check. Delivered 20.11: 7 days end 27.11, 20 days on
    10.12 (Thu). After the seller asked for the check no document says the period ran out, and
    no lawsuit exchanges the replacement for a refund, before 10.12 is over."""
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REPLACEMENT, delivered=RUNNING),
        answer(AnswerKind.CHECK),
    )
    with pytest.raises(ValueError, match="still runs"):
        documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY)
    later = date(2026, 12, 15)
    suit = read(documents.lawsuit(in_court(case, later), EVIDENCE, CORE, later))
    # whether the item was handed over for the check the seller asked is not known: the claim's
    # offer is stated, «не уклонялся» is not
    assert suit.has("В претензии я предложил передать товар для проверки.")
    assert suit.lacks("не уклонял")
    assert suit.has("Срок удовлетворения требования истёк «10» декабря 2026 г.")
    assert suit.has("неустойку за период с 11.12.2026 по 15.12.2026")


def test_a_part_paid_without_its_sum() -> None:
    """The person said the seller paid part, not how much: the reply accepts it and keeps the
    rest demanded without a figure; no lawsuit states a sum owed it cannot know."""
    case = with_answers(defect(), answer(AnswerKind.PARTIAL))
    assert can_write(DocKind.REPLY_PARTIAL, case, TODAY)
    (doc,) = documents.build(DocKind.REPLY_PARTIAL, case, [], CORE, TODAY)
    text = read(doc)
    assert text.has(
        "вы удовлетворили моё требование частично: «25» ноября 2026 г. мне выплачена часть суммы."
    )
    assert text.has("Полученную от вас сумму принимаю в счёт частичного удовлетворения")
    assert text.has("Требование, изложенное в претензии, в невыплаченной части сохраняю.")
    assert text.lacks("Невыплаченная часть")
    old = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.PARTIAL, on=date(2026, 7, 1)),
    )
    with pytest.raises(ValueError, match="no sum"):
        documents.lawsuit(in_court(old, TODAY), EVIDENCE, CORE, TODAY)


def test_answers_are_told_in_the_order_of_their_dates() -> None:
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.REFUSED, 1, on=date(2026, 7, 12), reason=RefusalReason.USED),
        answer(AnswerKind.LATER, 2, on=date(2026, 6, 25)),  # recorded later, dated earlier
    )
    text = documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY).text()
    assert text.index("«25» июня 2026") < text.index("«12» июля 2026")


def test_rospotrebnadzor_cites_an_offer() -> None:
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.OFFER, on=date(2026, 7, 1), offer=Offer.REPAIR, text="готовы починить"),
    )
    complaint = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert complaint.has(
        "Ответом от «1» июля 2026 г. продавец предложил вместо возврата уплаченной суммы ремонт "
        "товара."
    )
    assert complaint.has("Копия ответа продавца от «1» июля 2026 г.")
    assert complaint.lacks("Ответ продавца об отказе")


def test_a_document_dated_before_the_answer_does_not_cite_it() -> None:
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND),
        answer(AnswerKind.REFUSED, on=date(2026, 11, 29), reason=RefusalReason.FAULT, files=2),
    )
    complaint = read(documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY))
    assert complaint.lacks("Ответом от")
    assert complaint.lacks("Копия ответа")


def _police_case() -> Case:
    """A seller gone with the prepayment (the marketplace sold it): part paid back, then a
    refusal in the seller's words."""
    case = with_answers(
        make_case(
            ProblemId.FRAUD,
            Demand.REFUND,
            fraud_kind=FraudKind.SELLER_GONE,
            received_on=None,
            promised_on=date(2026, 6, 10),
            seller=make_case(ProblemId.FRAUD).seller.model_copy(update={"is_marketplace": True}),
        ),
        answer(AnswerKind.PARTIAL, 1, on=date(2026, 7, 1), amount=Decimal(1000)),
        answer(
            AnswerKind.REFUSED, 2, on=date(2026, 7, 5), reason=RefusalReason.OTHER, detail="всё"
        ),
    )
    case.delivery = ClaimDelivery(method="post", delivered_on=date(2026, 6, 20))
    return case


def test_police_statement_states_only_the_bare_answer() -> None:
    """Signed under the ст. 306 УК warning: the answer's date and kind, not the seller's words
    as the person retold them; a part paid back lowers the sum stated as not returned."""
    statement = read(documents.police(_police_case(), EVIDENCE, CORE, TODAY))
    assert statement.has(
        "Ответом от «1» июля 2026 г. продавец удовлетворил требование частично: «1» июля 2026 г. "
        "мне выплачено 1 000 (одна тысяча) руб. 00 коп."
    )
    assert statement.has(
        "Ответом от «5» июля 2026 г. продавец отказал в удовлетворении требования."
    )
    assert statement.lacks("«всё»")
    assert statement.has("денежные средства мне возвращены не в полном объёме")
    # 4 990 − 1 000 = 3 990 stated as the loss
    assert statement.has(
        "Уплаченные мной денежные средства в сумме 3 990 (три тысячи девятьсот девяносто) руб. "
        "00 коп. мне не возвращены"
    )


# -- samples for a reader: `python -m tests.integration.test_docs_replies OUT_DIR` --------------


def render_samples(out: str) -> list[str]:
    """Every golden row and the citing documents as DOCX and PDF in `out`, for a lawyer to
    read; returns the file names written."""
    from pathlib import Path

    from bot.render.docx import render_docx
    from bot.render.pdf import render_pdf

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    made = [
        (row.name, documents.build(row.kind, row.case, row.evidence, CORE, row.today)[0])
        for row in ROWS
    ]
    history = _history_case()
    made += [
        ("cited-lawsuit", documents.lawsuit(in_court(history, TODAY), EVIDENCE, CORE, TODAY)),
        ("cited-rospotrebnadzor", documents.rospotrebnadzor(history, EVIDENCE, CORE, TODAY)),
        ("cited-police", documents.police(_police_case(), EVIDENCE, CORE, TODAY)),
    ]
    written = []
    for name, doc in made:
        for suffix, data in (("docx", render_docx(doc)), ("pdf", render_pdf(doc))):
            path = folder / f"{name}.{suffix}"
            path.write_bytes(data)
            written.append(path.name)
    return written


if __name__ == "__main__":
    import sys

    print("\n".join(render_samples(sys.argv[1] if len(sys.argv) > 1 else "replies-samples")))


def test_a_switch_after_a_refusal_says_the_seller_refused() -> None:
    """Review finding 12: a repair refused on 25.11 while its 45 days still run (to 11.01.2027):
    the lawsuit switches the demand because the seller refused — it says so, with the answer's
    date — never «не исполнено», which the running period would contradict."""
    case = with_answers(
        make_case(ProblemId.DEFECTIVE, Demand.REPAIR, delivered=RUNNING),
        answer(AnswerKind.REFUSED, reason=RefusalReason.USED),
    )
    case.seller_answer = SellerAnswer.REFUSED
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(
        "Поскольку в удовлетворении требования о безвозмездном устранении недостатков продавец "
        "отказал (ответ от «25» ноября 2026 г.), я избираю иное требование"
    )
    assert suit.lacks("не исполнено")


def test_the_answers_come_before_the_periods_line() -> None:
    """Review finding 22: the claim's delivery, then each answer by its date, then where the
    period stands — in the lawsuit and the Rospotrebnadzor complaint alike."""
    case = _history_case()
    case.seller_answer = SellerAnswer.REFUSED
    lawsuit = documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY)
    complaint = documents.rospotrebnadzor(case, EVIDENCE, CORE, TODAY)
    for doc in (lawsuit, complaint):
        text = read(doc)
        for phrase in CITED:
            assert text.has(phrase), phrase
        flat = " ".join(doc.text().split())
        delivered = flat.index("продавцу вручена претензия")
        first = flat.index("Ответом от «25» июня 2026 г.")
        second = flat.index("Ответом от «12» июля 2026 г.")
        period = flat.index("Срок удовлетворения требования истёк «30» июня 2026 г.")
        assert delivered < first < second < period


def test_interest_after_a_part_paid_back_runs_on_each_sum_owed() -> None:
    """Review finding 26: a ст. 26.1 refund due by 11.11 (claim delivered 01.11), 3 000 of
    4 990 paid back on 20.11: ГК 395 interest on 4 990 from 12.11 to 20.11, then on the rest,
    1 990, from 21.11 to the day of payment — not on 1 990 alone from 12.11."""
    case = with_answers(
        return_case(MISSED_ON),
        answer(AnswerKind.PARTIAL, on=date(2026, 11, 20), amount=Decimal(3000)),
    )
    suit = read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))
    assert suit.has(
        "проценты за пользование чужими денежными средствами на сумму 4 990 (четыре тысячи "
        "девятьсот девяносто) руб. 00 коп. (ст. 395 ГК РФ) за период с 12.11.2026 по 20.11.2026"
    )
    assert suit.has(
        "проценты за пользование чужими денежными средствами на сумму 1 990 (одна тысяча "
        "девятьсот девяносто) руб. 00 коп. (ст. 395 ГК РФ) начиная с 21.11.2026 по день "
        "фактического возврата"
    )
    assert suit.lacks("начиная с 12.11.2026")
    assert suit.lacks("1 % цены")


def test_no_reply_argues_a_period_the_seller_is_right_about() -> None:
    """Review finding 24: a technically complex phone received 05.06, a refund claimed on 20.11
    «within 15 days» (no other ground): the seller's «срок прошёл» is right, the advice says so,
    and no reply argues «в пределах двух лет»; on a check request or another answer it may."""
    phone = defect(tech_complex=True, tech_ground=TechGround.WITHIN_15)
    period = with_answers(phone, answer(AnswerKind.REFUSED, reason=RefusalReason.PERIOD))
    assert not can_write(DocKind.REPLY_INSIST, period, TODAY)
    with pytest.raises(ValueError, match="right about the period"):
        documents.build(DocKind.REPLY_INSIST, period, [], CORE, TODAY)
    other = with_answers(phone, answer(AnswerKind.REFUSED, reason=RefusalReason.FAULT))
    assert can_write(DocKind.REPLY_INSIST, other, TODAY)
    assert can_write(DocKind.REPLY_CHECK, other, TODAY)


def test_no_check_letter_once_the_checks_day_has_passed() -> None:
    """«Товар передам …» written after the day the seller set for the check could be untrue
    (the item may have been handed over): the letter is offered and built only while the day
    is ahead, or when none was set (the lawyer's re-check of issue 20, N8)."""
    today = date(2026, 11, 28)
    for until, writable in ((date(2026, 11, 27), False), (today, True), (None, True)):
        case = with_answers(defect(), answer(AnswerKind.CHECK, until=until))
        assert can_write(DocKind.REPLY_CHECK, case, today) is writable, until
        if not writable:
            with pytest.raises(ValueError, match="day has passed"):
                documents.build(DocKind.REPLY_CHECK, case, [], CORE, today)

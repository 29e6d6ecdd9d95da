"""Issue 17, the claim-stage letters: refund after a return (p. 4), wrong item (p. 5), unpaid
goods (p. 10), a late repair (p. 14), "returns only in our store" (p. 16), refund details
(p. 18)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims, documents
from flows.case import ReturnReason, Seller, SentBy, ShopAnswer, SupportContact
from flows.claims import LetterForm
from flows.law import PenaltyKind
from flows.problems import Demand, ProblemId, TechGround, WrongKind
from flows.schedule import lawsuit_sums
from tests.integration.test_golden_documents import (
    CORE,
    TODAY,
    claim_of,
    lawsuit_of,
    make_case,
    read,
)

THIRD = Seller(
    name="ИП Петров Пётр Петрович",
    inn="7707083893",
    address="190000, г. Санкт-Петербург, Невский пр., д. 1",
)


# -- p. 5: wrong item ------------------------------------------------------------------------


def test_wrong_item_is_a_prepaid_delivery_demand_at_half_a_percent() -> None:
    case = make_case(ProblemId.WRONG_ITEM, Demand.NEW_DATE, promised_on=date(2026, 6, 4))
    assert claims.allowed_demands(case) == (Demand.NEW_DATE, Demand.REFUND)
    assert claims.promised(case)
    (letter,) = claims.letters(case)
    assert letter.form is LetterForm.WRONG
    assert letter.penalty is PenaltyKind.PREPAID
    assert "zozpp-23.1" in letter.basis
    assert "gk-468" in letter.basis
    (claim,) = claim_of(case)
    assert claim.has("ст. 456, 468 Гражданского кодекса РФ, ст. 23.1 Закона РФ")
    assert claim.has("прошу передать мне заказанный товар в новый срок — не позднее «1» июля")
    assert claim.has("0,5 %")
    assert claim.has("Расходы на возврат несёт продавец")
    assert claim.lacks("надлежащего качества")
    assert claim.lacks("п. 5 ст. 18")  # no quality-check offer
    refund = make_case(ProblemId.WRONG_ITEM, Demand.REFUND, promised_on=date(2026, 6, 4))
    suit = lawsuit_of(refund)
    assert suit.has("0,5 %")
    assert suit.has("неустойку за период с 05.06.2026")


def test_incomplete_set_stays_on_480() -> None:
    case = make_case(ProblemId.WRONG_ITEM, Demand.REFUND, wrong_kind=WrongKind.INCOMPLETE)
    assert not claims.wrong_item(case)
    (claim,) = claim_of(case)
    assert claim.has("ст. 480 Гражданского кодекса РФ")
    assert claim.lacks("23.1")


# -- p. 10: unpaid goods ---------------------------------------------------------------------


def test_unpaid_goods_refused_without_a_waiver_or_delivered_by_a_date() -> None:
    refuse = make_case(ProblemId.NOT_DELIVERED, Demand.REFUSE, prepaid=False)
    assert claims.allowed_demands(refuse) == (Demand.REFUSE, Demand.NEW_DATE)
    (notice,) = claim_of(refuse)
    assert notice.has("УВЕДОМЛЕНИЕ")
    assert notice.lacks("требований не имею")
    assert notice.lacks("претензий не имею")
    deliver = make_case(ProblemId.NOT_DELIVERED, Demand.NEW_DATE, prepaid=False)
    (claim,) = claim_of(deliver)
    assert claim.has("ст. 456, 457 Гражданского кодекса РФ")
    assert claim.has("прошу передать мне товар в новый срок — не позднее «1» июля 2026 г.")
    assert claim.lacks("0,5 %")
    assert claim.lacks("оплаченный товар")
    assert claims.letters(deliver)[0].penalty is None


# -- p. 4: refund after a return -------------------------------------------------------------


def _refund(reason: ReturnReason, **extra: object):  # type: ignore[no-untyped-def]
    return make_case(
        ProblemId.REFUND,
        Demand.REFUND,
        return_reason=reason,
        return_demanded_on=date(2026, 6, 6) if reason is ReturnReason.DEFECT else None,
        **extra,
    )


def test_refund_after_a_defective_return_claims_one_percent_since_the_first_demand() -> None:
    case = _refund(ReturnReason.DEFECT)
    (claim,) = claim_of(case)
    assert claim.has("ст. 18, 22, 23 Закона РФ")
    assert claim.has("предъявлено мной «6» июня 2026 г.")
    assert claim.has("истёк «16» июня 2026 г.")
    assert claim.has("начиная с «17» июня 2026 г.")
    assert claim.has("без промедления")
    assert claim.lacks("в течение 10 календарных дней")  # no fresh 10 days
    assert claim.lacks("26.1")
    suit = lawsuit_of(case)
    assert suit.lacks("надлежащего качества")
    assert suit.has("в связи с недостатком товара я вернул товар продавцу")
    assert suit.has("неустойку за период с 17.06.2026")
    assert suit.lacks("ст. 395")


def test_refund_after_a_proper_quality_return_claims_395_interest_not_a_penalty() -> None:
    case = _refund(ReturnReason.PROPER)
    (letter,) = claims.letters(case)
    assert letter.penalty is None
    suit = lawsuit_of(case)
    assert suit.lacks("1 % цены")
    assert suit.has("(ст. 395 ГК РФ) начиная с")
    assert suit.has("по день фактического возврата")
    sums = lawsuit_sums(case, TODAY)
    assert sums.claim_price == sums.principal  # the interest has no figure in the price


def test_the_marketplace_that_took_the_return_is_a_second_addressee() -> None:
    case = _refund(ReturnReason.DEFECT, seller=THIRD, marketplace_holds=True)
    assert claims.aggregator_cosigned(case)
    (claim,) = claim_of(case)
    assert claim.has("Владельцу агрегатора, принявшему оплату и возврат товара:")
    assert claim.has("ООО «Интернет Решения»")
    alone = _refund(ReturnReason.DEFECT, seller=THIRD, marketplace_holds=False)
    (claim,) = claim_of(alone)
    assert claim.lacks("Владельцу агрегатора")
    rpn = read(documents.rospotrebnadzor(case, [], CORE, TODAY))
    assert rpn.has("Сведения о владельце агрегатора, принявшем оплату и возврат товара")
    assert rpn.has("продавцу и владельцу агрегатора")
    rpn = read(documents.rospotrebnadzor(alone, [], CORE, TODAY))
    assert rpn.lacks("владельце агрегатора")


# -- p. 18: refund details -------------------------------------------------------------------


def test_a_refund_demand_states_the_order_the_account_and_the_card() -> None:
    case = _refund(ReturnReason.PROPER, account_contact="+79991234567", card_last4="1234")
    (claim,) = claim_of(case)
    assert claim.has(
        "Заказ № 12345678-0001 оформлен в личном кабинете покупателя, к которому привязан "
        "номер телефона +7 999 123-45-67."
    )
    assert claim.has("на банковскую карту, с которой произведена оплата (**** 1234)")
    mail = _refund(ReturnReason.PROPER, account_contact="ivanov@mail.ru")
    (claim,) = claim_of(mail)
    assert claim.has("привязан адрес электронной почты ivanov@mail.ru")
    assert claim.has("тем же способом, которым была произведена оплата")
    bank = _refund(ReturnReason.PROPER, bank_details="р/с 40817810099910004312", card_last4="1")
    (claim,) = claim_of(bank)
    assert claim.has("по реквизитам: р/с 40817810099910004312")
    assert claim.lacks("****")


# -- p. 14: a late repair --------------------------------------------------------------------


def _repaired(**extra: object):  # type: ignore[no-untyped-def]
    return make_case(
        ProblemId.DEFECTIVE,
        Demand.REFUND,
        tech_complex=True,
        tech_ground=TechGround.REPAIR_LATE,
        repair_handed_on=date(2026, 9, 25),
        repair_returned_on=date(2026, 11, 14),
        **extra,
    )


def test_a_late_repair_earns_one_percent_in_the_claim_and_the_lawsuit() -> None:
    case = _repaired()
    (claim,) = claim_of(case)
    # law-facts example: 25.09–14.11, 45 days allowed → from 10.11 to 14.11, 5 days × 1 %
    assert claim.has("Товар был передан продавцу для устранения недостатков «25» сентября")
    assert claim.has("истёк «9» ноября 2026 г.")
    assert claim.has("с «10» ноября 2026 г. по «14» ноября 2026 г. (5 дн.) — 249 (")
    sums = lawsuit_sums(case, TODAY)
    assert sums.repair is not None
    assert sums.repair.amount == Decimal("249.50")
    suit = lawsuit_of(case)
    assert suit.has("неустойку за нарушение срока устранения недостатков товара за период с")
    assert suit.has("10.11.2026 по 14.11.2026 в размере 249 (")


def test_a_repair_claim_carries_heavy_goods_and_asks_a_substitute() -> None:
    case = make_case(ProblemId.DEFECTIVE, Demand.REPAIR, heavy=True, substitute=True)
    (claim,) = claim_of(case)
    assert claim.has("силами и за счёт продавца")
    assert claim.has("п. 2 ст. 20 Закона РФ")
    assert claim.has("в течение трёх дней")
    plain = make_case(ProblemId.DEFECTIVE, Demand.REPAIR, heavy=False, substitute=False)
    (claim,) = claim_of(plain)
    assert claim.lacks("5 кг")
    assert claim.lacks("п. 2 ст. 20")


# -- p. 16: "returns only in our store" ------------------------------------------------------


def test_only_in_our_store_is_answered_with_7p_and_the_parcel() -> None:
    case = make_case(
        ProblemId.RETURN,
        Demand.REFUND,
        received_on=date(2026, 11, 1),
        shop_answer=ShopAnswer.ONLY_STORE,
        return_sent_by=SentBy.POST,
        return_sent_on=date(2026, 11, 20),
        return_tracking="80080012345679",
        support=SupportContact(
            channel="app_chat", written_on=date(2026, 11, 18), outcome="refused"
        ),
    )
    assert claims.only_in_store(case)
    (claim,) = claim_of(case)
    assert claim.has("В ответ на моё обращение от «18» ноября 2026 г. продавец")
    assert claim.has("возврат принимается только в его магазине")
    assert claim.has("№ 7-П")
    assert claim.has("Товар направлен продавцу «20» ноября 2026 г. почтовым отправлением")
    assert claim.has("трек-номер 80080012345679")
    rpn = read(documents.rospotrebnadzor(case, [], CORE, TODAY))
    assert rpn.has("возврат принимается только в его магазине")
    assert rpn.has("трек-номер 80080012345679")
    assert rpn.has("ст. 14.8 КоАП РФ")
    suit = lawsuit_of(case)
    assert suit.has("№ 7-П")
    assert suit.has("почтовым отправлением, трек-номер 80080012345679")

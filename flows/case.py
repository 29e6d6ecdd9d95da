"""A complaint case and the rules its answers must obey.

Every answer a person types is checked here, not in the dialogue: the parse functions turn
text into values or raise `InputError` with a locale key that says what was wrong. The
dialogue only shows that key and asks again.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from flows.digits import ascii_digits
from flows.law import Court, money
from flows.marketplaces import Marketplace
from flows.money import figures
from flows.names import Grammar
from flows.problems import (
    AdKind,
    Demand,
    FraudKind,
    ProblemId,
    Route,
    TechCategory,
    TechGround,
    WrongKind,
)
from flows.tracking import LetterState, Purpose, Unclaimed, fault, normalize


class InputError(ValueError):
    """An answer that cannot be used. `key` is a locale message, `args` its variables."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


class Status(StrEnum):
    OPEN = "open"
    SOLVED = "solved"
    GIVEN_UP = "given_up"
    WITHDRAWN = "withdrawn"  # the person withdrew the demand (issue 20 p. 4)
    COURT = "court"  # the court decided


class Path(StrEnum):
    """Whose path: a buyer complaining about an order, or a seller appealing a review."""

    BUYER = "buyer"
    SELLER = "seller"


class Channel(StrEnum):
    """How the person wrote to support."""

    APP_CHAT = "app_chat"
    EMAIL = "email"
    PHONE = "phone"
    OTHER = "other"


class SupportOutcome(StrEnum):
    SOLVED = "solved"
    WAITING = "waiting"
    REFUSED = "refused"
    NO_ANSWER = "no_answer"


class DeliveryMethod(StrEnum):
    """How the claim reached the seller; it decides the proof a court asks for."""

    CHAT = "chat"
    POST = "post"
    IN_PERSON = "in_person"


class SellerAnswer(StrEnum):
    """Where the seller's answers leave the claim's demand, for the documents that follow:
    met, or refused (a refusal, or something else offered instead of what was asked)."""

    SOLVED = "solved"
    REFUSED = "refused"


class AnswerKind(StrEnum):
    """What the seller (or the marketplace) answered to the claim: one of these, picked by the
    person (issue 20 p. 1). `flows/answers.py` says what each means and what to do next."""

    DONE = "done"  # did everything asked
    CHECK = "check"  # asks for the item for a quality check or an expertise
    OFFER = "offer"  # offers something else instead of what was asked
    PARTIAL = "partial"  # pays part, or asks the person to accept a partial sum
    REFUSED = "refused"  # refuses, for a `RefusalReason`
    DOCUMENTS = "documents"  # asks for documents or details
    LATER = "later"  # promises to answer later


class Offer(StrEnum):
    """What a seller offered instead of the demand."""

    REPAIR = "repair"
    REPLACEMENT = "replacement"
    VOUCHER = "voucher"  # a voucher, a certificate or bonus points instead of money
    OTHER = "other"


class RefusalReason(StrEnum):
    """The ground a seller gave for refusing."""

    PERIOD = "period"  # "the period has passed"
    FAULT = "fault"  # "the defect is the buyer's fault" (an expert report)
    NOT_WARRANTY = "not_warranty"  # "not a warranty case"
    MANUFACTURER = "manufacturer"  # "contact the manufacturer or a service centre"
    NO_RECEIPT = "no_receipt"
    USED = "used"  # "the item was used"
    OTHER = "other"  # another reason, in their words


class Warranty(StrEnum):
    """The warranty the person says the item has, asked when a seller refuses over the period:
    the two years of ст. 19 п. 1 hold only where none is set (law-facts §1 ст. 19 [S13])."""

    NONE = "none"
    UNTIL = "until"  # set, ending on `SellerReply.warranty_until`
    UNKNOWN = "unknown"


class CaseOutcome(StrEnum):
    """What came of a closed case, as the person says (issue 20 p. 4; issue 22 counts it)."""

    PAID_FULL = "paid_full"
    PAID_PART = "paid_part"
    REPLACED = "replaced"  # replaced or repaired
    NOTHING = "nothing"


class ReturnReason(StrEnum):
    """Why an item the person returned was returned: the refund's legal ground (law-facts §1
    Deadlines: a defect → ст. 18, 22, 23; proper quality → ст. 26.1)."""

    DEFECT = "defect"
    PROPER = "proper"


class ShopAnswer(StrEnum):
    """What the shop answered to a proper-quality return (КС РФ 7-П, law-facts §1 ст. 26.1)."""

    ONLY_STORE = "only_store"  # "returns only in our store"
    OTHER = "other"


class SentBy(StrEnum):
    """How the person sent a returned item back (КС РФ 7-П: any means the buyer chooses)."""

    POST = "post"
    COURIER = "courier"
    NOT_YET = "not_yet"


class AppealOutcome(StrEnum):
    REMOVED = "removed"
    WAIT3 = "wait3"
    WAIT7 = "wait7"
    WAIT14 = "wait14"
    REFUSED = "refused"


class SellerForm(StrEnum):
    """A seller's legal form: a sole trader is protected as a citizen (ГК ст. 152 п. 1), a
    company under п. 11 (law-facts §7)."""

    SOLE = "sole"  # ИП
    COMPANY = "company"  # ООО, АО, ПАО...


class StageId(StrEnum):
    ORDER = "order"
    SUPPORT = "support"
    EVIDENCE = "evidence"
    CLAIM = "claim"
    ESCALATE = "escalate"
    REVIEW = "review"  # the seller's path
    CHECK = "check"
    APPEAL = "appeal"


class Model(BaseModel):
    """Answers are assigned one at a time, from buttons and typed text: each assignment is
    checked and converted (a button's "post" becomes `DeliveryMethod.POST`), so a case in
    memory is always what it will be when read back."""

    model_config = ConfigDict(validate_assignment=True)


class Seller(Model):
    is_marketplace: bool = False
    name: str = ""
    inn: str = ""
    ogrn: str = ""
    address: str = ""  # for a registered letter and a lawsuit; asked when not known


class IdKind(StrEnum):
    """The one identifier a lawsuit gives for the plaintiff (ГПК ст. 131), the person's pick."""

    SNILS = "snils"
    INN = "inn"
    PASSPORT = "passport"
    LICENCE = "licence"


class Person(Model):
    full_name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    email_skipped: bool = False
    grammar: Grammar | None = None  # asked only when the name has no patronymic to tell
    surname: str | None = None  # asked only for a name in Latin script: its order is unknown


class Plaintiff(Model):
    """What only a lawsuit needs (ГПК ст. 131), asked only for it and only with consent; never
    saved to the profile."""

    consent: bool | None = None
    birth_date: date | None = None
    birth_place: str | None = None
    id_kind: IdKind | None = None
    id_number: str | None = None


class Venue(StrEnum):
    """The court the person chose for a lawsuit (ЗоЗПП ст. 17 п. 2, ГПК ст. 29 ч. 7)."""

    RESIDENCE = "residence"  # the plaintiff's residence or stay
    DEFENDANT = "defendant"  # the defendant's location (the general rule)
    CONTRACT = "contract"  # where the contract was made or performed


class Loss(Model):
    """One loss a lawsuit claims: what it was and its amount (a receipt goes with it)."""

    what: str
    amount: Decimal


class PoliceAnswer(StrEnum):
    NOT_REGISTERED = "not_registered"  # refused to accept or register the report
    REFUSED_CASE = "refused_case"  # a decision not to open a criminal case
    NO_ANSWER = "no_answer"  # no decision told within the УПК ст. 144 period


class PoliceExtension(StrEnum):
    """Whether the police told the person their check was extended (УПК ст. 144 ч. 3,
    law-facts §3 Police): the term that ran out is 3, 10 or 30 days — asked, never assumed."""

    NONE = "none"  # not extended: 3 days
    TEN = "ten"
    THIRTY = "thirty"


class EmptyCause(StrEnum):
    """What the person believes happened to an empty parcel (law-facts §3 «Goods lost before
    handover»): stolen on the way (the seller's goods, the seller's loss) or shipped empty on
    purpose (the seller deceived the buyer, УК ст. 159 may apply), or they cannot tell."""

    STOLEN = "stolen"
    SHIPPED_EMPTY = "shipped_empty"
    UNSURE = "unsure"


class PoliceReport(Model):
    """The police's handling of the person's report, for a complaint to the prosecutor."""

    filed_on: date | None = None
    kusp: str | None = None
    kusp_skipped: bool = False
    answer: PoliceAnswer | None = None
    decided_on: date | None = None
    omissions: str | None = None  # what the police did not do, in the person's words
    extension: PoliceExtension | None = None
    # the addressees, as the person names them (written after «Начальнику» / «Прокурору»);
    # skipped: a neutral addressee, never a blank with an instruction (issue 17 p. 19)
    department: str | None = None
    department_skipped: bool = False
    prosecutor_office: str | None = None
    prosecutor_skipped: bool = False


class SupportContact(Model):
    channel: Channel | None = None
    written_on: date | None = None
    ticket: str | None = None
    outcome: SupportOutcome | None = None
    skipped: bool = False


class ClaimDelivery(Model):
    method: DeliveryMethod | None = None
    # the day the seller's clock starts: the letter's delivery, or, for a letter returned
    # unclaimed, the day it was sent back (ГК ст. 165.1; law-facts §5 «Counting» [S62])
    delivered_on: date | None = None
    tracking: str | None = None  # a registered letter's tracking number (checked, normalized)
    tracking_skipped: bool = False
    # the letter came back unclaimed or refused: «delivered_on» is a deemed delivery, and the
    # documents say so instead of «вручена» (a statement of fact must be true)
    unclaimed: Unclaimed | None = None
    by_post: bool = False  # `delivered_on` was read from Russian Post's tracking, not typed
    sent_on: date | None = None  # the post took the letter in («Приём»), read from tracking


class PostLetter(Model):
    """A registered letter the bot follows by its number (issue 21): what Russian Post said
    last, and which of its states the person was already told about (each is told once)."""

    purpose: Purpose
    number: str
    added_on: date
    state: LetterState = LetterState.UNKNOWN
    on: date | None = None  # the day the state began (delivery; the return, for ГК 165.1)
    arrived_on: date | None = None  # reached the addressee's post office
    unclaimed: Unclaimed | None = None
    told: list[LetterState] = Field(default_factory=list)
    # the person's day of the claim's delivery that the post's record replaced, because the
    # two disagreed on what happened (handed over vs returned): told in the letter's news
    replaced: date | None = None


class SellerReply(Model):
    """One answer of the seller (or the marketplace) to the claim, as the person recorded it.
    Its files are evidence rows with `reply` = its number (1-based, in `Case.replies`)."""

    number: int = 0  # 1-based; given when it is recorded
    kind: AnswerKind | None = None
    received_on: date | None = None  # the date of the answer
    text: str | None = None  # the answer pasted as text
    files: int = 0  # how many files came with it
    reason: RefusalReason | None = None  # a refusal's ground
    offer: Offer | None = None  # what was offered instead
    amount: Decimal | None = None  # a partial sum
    until: date | None = None  # "we will answer by" / the quality check's date
    detail: str | None = None  # which documents; where the check is; a reason in their words
    recorded_at: datetime | None = None
    # a partial sum: the day it reached the person; None while it is only offered (a sum
    # offered is never written as paid — the lawyer's review of issue 20, blocker 1)
    paid_on: date | None = None
    paid_asked: bool = False  # the question "has the money arrived?" was answered
    # a refusal over the period: the warranty the person says the item has (ст. 19 п. 1)
    warranty: Warranty | None = None
    warranty_until: date | None = None


class Escalation(Model):
    route: Route
    prepared_on: date
    filed_on: date | None = None


class Review(Model):
    """The review a seller wants to appeal."""

    sku: str | None = None
    published_on: date | None = None
    rating: int | None = None
    text: str | None = None
    author: str | None = None
    order: str | None = None
    order_skipped: bool = False


class Case(Model):
    """One complaint. Drafting fills the fields one answer at a time, so most are optional."""

    id: int = 0  # given by the database when the case is created; 0 until then
    owner_id: int
    path: Path = Path.BUYER
    status: Status = Status.OPEN
    stage: StageId = StageId.ORDER
    question: str | None = None  # the open question, to resume exactly there
    created_at: datetime

    marketplace: str | None = None
    problem: ProblemId | None = None
    order_number: str | None = None
    ordered_on: date | None = None
    promised_on: date | None = None
    received_on: date | None = None
    item: str | None = None
    price: Decimal | None = None
    price_unconfirmed: Decimal | None = None  # an implausible amount, waiting for a "yes"
    prepaid: bool | None = None
    seller: Seller | None = None
    checks_seen: bool = False
    # what exactly happened, in the person's words: the defect, what arrived instead, what
    # the ad promised — documents state it instead of listing possibilities
    details: str | None = None
    fraud_kind: FraudKind | None = None
    wrong_kind: WrongKind | None = None
    ad_where: str | None = None
    ad_seen_on: date | None = None
    empty_cause: EmptyCause | None = None  # an empty parcel: stolen, or shipped empty
    tech_complex: bool | None = None  # a technically complex item (ЗоЗПП ст. 18)
    tech_ground: TechGround | None = None
    return_info: bool | None = None  # written return terms given at delivery (ст. 26.1)

    support: SupportContact = Field(default_factory=SupportContact)
    evidence_done: bool = False

    person: Person = Field(default_factory=Person)
    profile_asked: bool = False
    demand: Demand | None = None
    new_date: date | None = None
    price_cut: Decimal | None = None  # by how much the price should be cut
    bank_details: str | None = None
    bank_skipped: bool = False
    claim_version: int = 0
    delivery: ClaimDelivery = Field(default_factory=ClaimDelivery)
    # the refund demand to the aggregator's owner (ЗоЗПП ст. 12): its own delivery, own 10 days
    marketplace_delivery: ClaimDelivery = Field(default_factory=ClaimDelivery)
    # registered letters followed by their numbers: the claim's, the lawsuit's copy, a complaint
    letters: list[PostLetter] = Field(default_factory=list)
    seller_answer: SellerAnswer | None = None
    # the seller's answers, oldest first (issue 20), and the one being recorded now
    replies: list[SellerReply] = Field(default_factory=list)
    reply: SellerReply | None = None
    # what came of it, asked once when the case closes (issue 20 p. 4)
    outcome: CaseOutcome | None = None
    # issue 22: the key of the anonymised outcome row written when it closed (random; the row
    # names no case), and whether the person was told how similar cases went (once per case)
    stats_key: str | None = None
    stats_told: bool = False

    escalations: list[Escalation] = Field(default_factory=list)
    route_pending: Route | None = None  # a route whose document still needs answers
    filing: Route | None = None  # a prepared route whose filing date is being asked
    plaintiff: Plaintiff = Field(default_factory=Plaintiff)
    court_demand: Demand | None = None  # what the court is asked when repair/replacement failed
    moral_damages: Decimal | None = None
    losses: Decimal | None = None
    losses_skipped: bool = False
    # the lawsuit's court (issue 17 p. 17, 19): the venue chosen, the court named for its level
    venue: Venue | None = None
    court_name: str | None = None
    court_level: Court | None = None
    loss_items: list[Loss] = Field(default_factory=list)  # each with what it was (p. 15)
    marketplace_address: str | None = None  # where the data file has none (a lawsuit needs it)
    seller_address_at_court: bool = False  # the seller's address was asked for the lawsuit
    police: PoliceReport = Field(default_factory=PoliceReport)
    closed_at: datetime | None = None

    # the seller's path
    review: Review = Field(default_factory=Review)
    signals: dict[str, str] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    rules_done: bool = False
    verdict_seen: bool = False
    shop_name: str | None = None
    appeal_version: int = 0
    appeal_ticket: str | None = None
    appeal_outcome: AppealOutcome | None = None

    # issue 17 p. 8: what the misleading ad was, and for the FAS who is who (38-ФЗ ст. 3)
    ad_kind: AdKind | None = None
    ad_advertiser: str | None = None  # as named in the «Реклама» label / by the erid
    ad_unlabelled: bool = False  # the ad carried no «Реклама» label and no erid
    ad_distributor: str | None = None  # where it ran and who runs it (a channel, a site)
    # issue 17 p. 13: the category of the Government's list; `tech_complex` follows from it
    tech_category: TechCategory | None = None
    # issue 17 p. 11: the seller's legal form, who signs, and the words of the review disputed
    seller_form: SellerForm | None = None
    signatory: str | None = None  # a company's: position and name
    signatory_skipped: bool = False
    review_quote: str | None = None
    review_quote_skipped: bool = False
    # the claim-stage letters (issue 17): why a returned item was returned and when its refund
    # was demanded; whether the marketplace took the return and holds the money (ст. 12)
    return_reason: ReturnReason | None = None
    return_demanded_on: date | None = None
    marketplace_holds: bool | None = None
    # a repair that ran late (ст. 20, 23): when the item went in and came back
    repair_handed_on: date | None = None
    repair_returned_on: date | None = None
    repair_pending: bool = False  # not returned yet
    heavy: bool | None = None  # over 5 kg or bulky (ст. 18 п. 7): carried at the seller's cost
    substitute: bool | None = None  # a substitute item during the repair (ст. 20 п. 2)
    # a proper-quality return the shop refused "only in our store" (КС РФ 7-П)
    shop_answer: ShopAnswer | None = None
    return_sent_by: SentBy | None = None
    return_sent_on: date | None = None
    return_tracking: str | None = None
    return_tracking_skipped: bool = False
    # refund details (law-facts §1 «Правила продажи»): the account's phone or e-mail, the card
    account_contact: str | None = None
    card_last4: str | None = None
    card_skipped: bool = False
    # issue 22 p. 5, retention (`flows/retention.py`): the person chose «keep for a year»
    # (not erased before this moment); the erasure warning went out for the current close;
    # the question "still needed?" was asked of this open case
    keep_until: datetime | None = None
    warned_at: datetime | None = None
    stale_asked_at: datetime | None = None


# -- parsing what people type ----------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_DATE = re.compile(r"^(\d{1,2})[./\-\s](\d{1,2})(?:[./\-\s](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR_MARK = re.compile(r"\s*(?:г\.?|года?)$")  # "21.11.2026г", "21.11.2026 года"
_LETTER = re.compile(r"[A-Za-zА-Яа-яЁё]")
_WORDS_LANGUAGES = ["ru", "en"]


def parse_date(text: str, today: date, *, prefer: str = "past") -> date:
    """`21.11.2026`, `21.11.26`, `21/11`, `21.11` (this year), `2026-11-21`, `21.11.2026г` —
    and, in words, what people write: «сегодня», «позавчера», «3 дня назад», «21 ноября»,
    "yesterday", "Nov 21". Numbers are read by our own strict rules (dateparser would take
    «21.11» for a time); words by `dateparser`, relative to the injected `today`, a month
    without a year taken in the past or the future as the question needs (`prefer`)."""
    text = _YEAR_MARK.sub("", _SPACES.sub(" ", text.strip()).rstrip("."))
    if m := _ISO.match(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DATE.match(text):
        day, month = int(m.group(1)), int(m.group(2))
        year_text = m.group(3)
        if year_text is None:
            year = today.year
        elif len(year_text) == 2:
            year = 2000 + int(year_text)
        else:
            year = int(year_text)
    elif _LETTER.search(text) and len(text) <= 40:
        return _date_in_words(text, today, prefer)
    else:
        raise InputError("err-date-format")
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError("err-date-invalid") from None


def _date_in_words(text: str, today: date, prefer: str) -> date:
    import dateparser  # imported on first use: most answers are numbers or buttons

    found = dateparser.parse(
        text,
        languages=_WORDS_LANGUAGES,
        settings={
            "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
            "PREFER_DATES_FROM": prefer,
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    if found is None:
        raise InputError("err-date-format")
    return found.date()


def check_past(day: date, today: date) -> date:
    if day > today:
        raise InputError("err-date-future")
    if day.year < today.year - 10:
        raise InputError("err-date-too-old")
    return day


MAX_PRICE = Decimal(100_000_000)  # beyond any consumer purchase: refused outright
PLAUSIBLE = (Decimal(100), Decimal(10_000_000))  # outside: asked to confirm, not stored
_AMOUNT = re.compile(
    r"^(?P<whole>\d{1,3}(?: \d{3})+|\d+)(?:[.,](?P<part>\d{1,3}))?\s*"
    r"(?P<times>к|k|тыс\.?|тысяч[аи]?|т\.?\s?р\.?|млн\.?|миллион(?:а|ов)?|mln|m)?\s*"
    r"(?P<unit>₽|р\.?|руб\.?|рубл(?:ь|я|ей)|rub\.?|rur|roubles?|rubles?)?$",
    re.IGNORECASE,
)
_THOUSAND = ("к", "k", "тыс", "тысяч", "т")


def parse_price(text: str) -> Decimal:
    """An amount as people type it: `4990`, `4 990`, `4990,50`, `4 990 ₽`, `4990 руб.`,
    `15к`, `15 тыс.`, `15,5 тыс`, `15 000 рублей`, `1,2 млн`."""
    text = _SPACES.sub(" ", text.strip())
    if text.startswith("-"):
        raise InputError("err-price-negative")
    m = _AMOUNT.match(text)
    if not m:
        raise InputError("err-price-format")
    times = (m.group("times") or "").lower().replace(" ", "")
    part = m.group("part") or "0"
    whole = m.group("whole").replace(" ", "")
    if len(part) == 3 and not times:  # "4.990": a thousands separator, not kopecks
        whole, part = whole + part, "0"
    value = Decimal(whole + "." + part)
    if times.startswith(_THOUSAND):
        value *= 1000
    elif times:
        value *= 1_000_000
    if value <= 0:
        raise InputError("err-price-zero")
    if value > MAX_PRICE:
        raise InputError("err-price-too-big")
    return money(value)


def parse_tracking(text: str) -> str:
    """A Russian Post number (`flows.tracking`): 14 digits or an S10 number, its check digit
    right, separators and other scripts' digits accepted; stored without separators."""
    number = normalize(text)
    problem = fault(number)
    if problem is not None:
        raise InputError(f"err-tracking-{problem}")
    return number


def parse_card_last4(text: str) -> str:
    """The last four digits of a bank card: «1234», «**** 1234», «карта 1234»."""
    digits = re.sub(r"\D", "", ascii_digits(text))
    if len(digits) != 4:
        raise InputError("err-card-last4")
    return digits


def parse_account_contact(text: str) -> str:
    """The phone or e-mail the marketplace account (and so the order) is tied to."""
    value = text.strip()
    return parse_email(value) if "@" in value else parse_phone(value)


def parse_price_cut(text: str, price: Decimal | None) -> Decimal:
    """By how much to cut the price: an amount below the price itself (ЗоЗПП ст. 18)."""
    cut = parse_price(text)
    if price is not None and cut >= price:
        raise InputError("err-cut-too-big", price=figures(price))
    return cut


def price_plausible(value: Decimal) -> bool:
    """Whether a price looks like a real purchase; otherwise the bot asks before storing it
    ("15" typed for 15 000 is the usual slip)."""
    low, high = PLAUSIBLE
    return low <= value <= high


def parse_order_number(text: str, marketplace: Marketplace) -> str:
    number = _SPACES.sub("", ascii_digits(text).strip()).lstrip("№#").strip()
    if not marketplace.order_number_ok(number):
        raise InputError("err-order-number", example=marketplace.order_number_example)
    return number


_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_LATIN_WORD = re.compile(r"[a-z]{2,}")  # lower case: a common word, not a name or a brand


def latin_sentence(text: str) -> bool:
    """Words in Latin script that read as a sentence ("the screen flickers"), not as a name
    or a brand ("Xiaomi Redmi Note 13", "iPhone"): documents go to Russian courts and
    bodies, which need Russian text (ГПК ст. 9; law-facts §2 Language; issue 17 p. 20)."""
    words = _WORD.findall(text)
    common = [w for w in words if _LATIN_WORD.fullmatch(w)]
    cyrillic = [w for w in words if not w.isascii()]
    return len(common) >= 2 and len(common) >= len(cyrillic)


def parse_text(text: str, *, limit: int, minimum: int = 2, russian: bool = False) -> str:
    """A free text. `russian`: it goes into a document, so it must be written in Russian
    (names and brands in Latin script are fine)."""
    value = _SPACES.sub(" ", text.strip())
    if len(value) < minimum:
        raise InputError("err-text-short")
    if len(value) > limit:
        raise InputError("err-text-long", limit=limit)
    if russian and latin_sentence(value):
        raise InputError("err-not-russian")
    return value


_NO_NUMBER = re.compile(
    r"^(?:нет|нету|без номера|номера нет|нет номера|не дали|не дали номер[а]?|не знаю|"
    r"no|none|no number|n/?a|-|—)$",
    re.IGNORECASE,
)


def parse_ticket(text: str) -> str | None:
    """A support ticket number as typed, or None when the person says there is none
    («нет номера», "no number") — never printed in a claim as "обращение № нет номера"."""
    value = _SPACES.sub(" ", text.strip()).strip(" .!")
    if not value:
        raise InputError("err-text-short")
    if _NO_NUMBER.match(value):
        return None
    if len(value) > 60:
        raise InputError("err-text-long", limit=60)
    return value.lstrip("№# ")


_NAME_PART = re.compile(r"^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё'\-]*$")


def parse_full_name(text: str) -> str:
    words = _SPACES.sub(" ", text.strip()).split(" ")
    if len(words) < 2 or len(words) > 5:
        raise InputError("err-name-words")
    if not all(_NAME_PART.match(w) for w in words) or len(text) > 120:
        raise InputError("err-name-letters")
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)


_INDEX = re.compile(r"(?<!\d)\d{6}(?!\d)")


def parse_address(text: str) -> str:
    value = parse_text(text, limit=300, minimum=10, russian=True)
    if not _INDEX.search(value):
        raise InputError("err-address-index")
    return value


_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def parse_email(text: str) -> str:
    value = text.strip()
    if not _EMAIL.match(value) or ".." in value or len(value) > 254:
        raise InputError("err-email")
    return value.lower()


def parse_phone(text: str) -> str:
    """A Russian number in any common form, normalised to +7XXXXXXXXXX."""
    digits = re.sub(r"\D", "", ascii_digits(text))
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] not in "3489":
        raise InputError("err-phone")
    return "+7" + digits


def _inn_ok(inn: str) -> bool:
    def check(digits: str, weights: tuple[int, ...]) -> int:
        return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10

    if len(inn) == 10:
        return check(inn, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(inn[9])
    if len(inn) == 12:
        first = check(inn, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        second = check(inn, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        return first == int(inn[10]) and second == int(inn[11])
    return False


def _ogrn_ok(ogrn: str) -> bool:
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def parse_company_ids(text: str) -> tuple[str, str]:
    """ИНН (10 or 12 digits) and/or ОГРН/ОГРНИП (13 or 15), checksums verified."""
    inn = ogrn = ""
    for number in re.findall(r"\d+", ascii_digits(text)):
        if len(number) in (10, 12):
            if not _inn_ok(number):
                raise InputError("err-inn")
            inn = number
        elif len(number) in (13, 15):
            if not _ogrn_ok(number):
                raise InputError("err-ogrn")
            ogrn = number
        else:
            raise InputError("err-company-ids")
    if not inn and not ogrn:
        raise InputError("err-company-ids")
    return inn, ogrn


def _snils_ok(digits: str) -> bool:
    number, control = digits[:9], int(digits[9:])
    total = sum(int(d) * (9 - i) for i, d in enumerate(number))
    if total > 101:
        total %= 101
    return (0 if total in (100, 101) else total) == control


def parse_identifier(text: str, kind: IdKind) -> str:
    """One of the plaintiff's identifiers a lawsuit may give (ГПК ст. 131), checked by form."""
    value = _SPACES.sub(" ", text.strip())
    digits = re.sub(r"[\s\-]", "", value)
    if kind is IdKind.SNILS:
        if not (digits.isdigit() and len(digits) == 11 and _snils_ok(digits)):
            raise InputError("err-snils")
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:9]} {digits[9:]}"
    if kind is IdKind.INN:
        if not (digits.isdigit() and len(digits) == 12 and _inn_ok(digits)):
            raise InputError("err-person-inn")
        return digits
    if kind is IdKind.PASSPORT:
        if not (digits.isdigit() and len(digits) == 10):
            raise InputError("err-passport")
        return f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    if not re.fullmatch(r"[0-9A-Za-zА-Яа-яЁё]{10}", digits):
        raise InputError("err-licence")
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}".upper()


MAX_LOSSES = 3
_LOSS_SPLIT = re.compile(r"^(?P<what>.+?)\s*(?:—|–|-|:)\s*(?P<amount>[^—–:]+)$")


def parse_losses(text: str) -> list[Loss]:
    """Losses a lawsuit claims, one a line, what it was and its amount: «диагностика в
    сервисном центре — 1 500», «доставка в сервис: 600 руб.» (up to three; issue 17 p. 15)."""
    lines = [line.strip(" ;,.") for line in re.split(r"[\n;]+", text.strip()) if line.strip()]
    if not lines:
        raise InputError("err-text-short")
    if len(lines) > MAX_LOSSES:
        raise InputError("err-losses-many", limit=MAX_LOSSES)
    items = []
    for line in lines:
        m = _LOSS_SPLIT.match(_SPACES.sub(" ", line))
        if not m:
            raise InputError("err-losses-format")
        what = parse_text(m.group("what"), limit=150, minimum=3, russian=True)
        if not _LETTER.search(what):
            raise InputError("err-losses-format")
        items.append(Loss(what=what, amount=parse_price(m.group("amount"))))
    return items


_COURT_PLOT = re.compile(
    r"^(?:мировому\s+судье\s+|мировой\s+судья\s+)?(?:судебн\w*\s+участ\w*\s+)?", re.I
)


def parse_court_name(text: str, level: Court) -> str:
    """The court the lawsuit goes to, as its site names it. A magistrate's plot: «№ 5
    Пресненского района г. Москвы» (printed after «Мировому судье судебного участка»); a
    district court: «Пресненский районный суд г. Москвы» (printed after «В»)."""
    value = parse_text(text, limit=200, minimum=5, russian=True).strip(" .")
    if level is Court.MAGISTRATE:
        value = _COURT_PLOT.sub("", value).strip()
        # a number and the district's name: «№ 5 Пресненского района г. Москвы»
        if not re.search(r"\d", value) or not re.search(r"[А-Яа-яЁё]{3,}", value):
            raise InputError("err-court-plot")
        return value if value.startswith("№") else "№ " + value.lstrip("№ ")
    value = re.sub(r"^[Вв]\s+", "", value)
    if "суд" not in value.lower():
        raise InputError("err-court-name")
    return value


# -- the seller's answer (issue 20 p. 1) -----------------------------------------------------

# Words that name one kind of answer and no other. Typed text is understood only when it names
# exactly one kind: «отказали, но предлагают ремонт» names two, and the buttons decide.
_KIND_WORDS: dict[AnswerKind, re.Pattern[str]] = {
    AnswerKind.DONE: re.compile(r"\bвыполнил|\bсделали вс|\bdone\b|\bdid everything", re.I),
    AnswerKind.CHECK: re.compile(
        r"\bпроверк\w* качеств|\bэкспертиз|\bquality check|\binspection\b", re.I
    ),
    AnswerKind.OFFER: re.compile(
        r"\bремонт|\bзамен|\bобмен|\bсертификат|\bбалл|\bбонус|\brepair|\breplace|\bvoucher"
        r"|\bbonus",
        re.I,
    ),
    AnswerKind.PARTIAL: re.compile(r"\bчастичн|\bчасть\b|\bполовин|\bpartial|\bpart of\b", re.I),
    AnswerKind.REFUSED: re.compile(r"\bотказ|\brefus|\bdeclin|\breject", re.I),
    AnswerKind.DOCUMENTS: re.compile(r"\bдокумент|\bdocument", re.I),
    AnswerKind.LATER: re.compile(r"\bпозже|\bпозднее|\blater\b", re.I),
}


def parse_answer_kind(text: str) -> AnswerKind:
    """What an answer says, from a few typed words («отказ», «ремонт», «частично», "refused"):
    only when they name one kind; otherwise the buttons."""
    value = _SPACES.sub(" ", text.strip())
    found = [kind for kind, words in _KIND_WORDS.items() if words.search(value)]
    if len(found) != 1 or len(value) > 60:
        raise InputError("hint-reply-kind")
    return found[0]


_PAID_WORDS = {"да", "пришли", "пришло", "пришла", "yes", "arrived", "paid"}
_OFFERED_WORDS = {"нет", "не пришли", "предлагают", "no", "offered", "not yet"}
_NO_WARRANTY_WORDS = {"нет", "гарантии нет", "без гарантии", "no", "none", "no warranty"}
_UNKNOWN_WORDS = {"не знаю", "незнаю", "неизвестно", "don't know", "dont know", "unknown"}
_UNTIL = re.compile(r"^(?:гарантия до|до|warranty until|until)\s+", re.I)


_DONE_WORDS = {"готово", "всё", "все", "done", "ready"}


def said_done(text: str) -> bool:
    """«готово» typed where the answer's text and files are gathered: the pasting is over."""
    return text.strip(" .!").lower() in _DONE_WORDS


def said_paid(text: str) -> bool | None:
    """«да» (the money came) or «нет» (only offered) typed for "has the money arrived?";
    None: neither — perhaps the day it came."""
    words = text.strip(" .!").lower()
    if words in _PAID_WORDS:
        return True
    if words in _OFFERED_WORDS:
        return False
    return None


def said_warranty(text: str) -> tuple[Warranty | None, str]:
    """«нет» / «не знаю» typed for the item's warranty, or (None, the rest) — a day, perhaps
    after «до»."""
    words = text.strip(" .!").lower()
    if words in _NO_WARRANTY_WORDS:
        return Warranty.NONE, ""
    if words in _UNKNOWN_WORDS:
        return Warranty.UNKNOWN, ""
    return None, _UNTIL.sub("", text.strip())


def parse_partial_amount(text: str, price: Decimal | None) -> Decimal:
    """A part of the price paid or offered: an amount below the price itself."""
    amount = parse_price(text)
    if price is not None and amount >= price:
        raise InputError("err-reply-amount-too-big", price=figures(price))
    return amount

"""Documents as blocks: what a claim, a complaint or a lawsuit says, built from the case and
the Russian texts in `locales/ru/documents.ftl`. Renderers (`bot/render/`) only lay the blocks
out, as DOCX or PDF; no legal wording lives anywhere else.

Who gets which demand on which articles is decided in `flows/claims.py`; every figure (periods,
penalties with their caps, the claim price, the court, the duty) comes from `flows/law.py` and
`flows/schedule.py`. This module only puts them into words, with the person's own facts.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from flows import claims, marketplaces
from flows.case import Case, PoliceAnswer
from flows.claims import Addressee, DocKind, Letter
from flows.law import ARTICLES, DeadlineKind, Penalty, PenaltyKind, deadline, money
from flows.money import figures, parts
from flows.names import genitive, grammar, initials
from flows.problems import MONEY_DEMANDS, Demand, FraudKind, ProblemId, Route
from flows.schedule import LawsuitSums, lawsuit_sums
from flows.texts import DOCS, Texts

# -- blocks ----------------------------------------------------------------------------------

BlockType = Literal[
    "addressee", "title", "subtitle", "paragraph", "list", "table", "signature", "note"
]


@dataclass(frozen=True)
class Block:
    type: BlockType
    text: str = ""
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """What a document needs to know of one evidence file."""

    kind: str
    name: str | None
    caption: str | None


@dataclass
class Document:
    kind: DocKind
    filename: str  # without extension
    blocks: list[Block] = field(default_factory=list)

    def add(
        self,
        type_: BlockType,
        text: str = "",
        lines: Iterable[str] = (),
        rows: Iterable[Iterable[str]] = (),
    ) -> None:
        self.blocks.append(Block(type_, text, tuple(lines), tuple(tuple(r) for r in rows)))

    def text(self) -> str:
        """Plain text of the whole document (tests, the chat version, hashing)."""
        out: list[str] = []
        for b in self.blocks:
            out.extend([b.text] if b.text else [])
            out.extend(b.lines)
            out.extend(" | ".join(r) for r in b.rows)
        return "\n".join(out)

    def to_json(self) -> str:
        return json.dumps(
            {"kind": self.kind.value, "blocks": [asdict(b) for b in self.blocks]},
            ensure_ascii=False,
        )

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()


# -- helpers ---------------------------------------------------------------------------------

_DOUBLE_DOT = re.compile(r"(?<!\.)\.\.(?!\.)")
# "№ 12", "ст. 18", "п. 5", "д. 1", "2026 г." stay on one line (a no-break space)
_BIND = re.compile(r"(?<![\w])(№|ст\.|пп\.|п\.|ч\.|д\.|стр\.|кв\.|г\.|руб\.) (?=\S)")
_BIND_YEAR = re.compile(r"(\d) (г\.|руб\.|коп\.)")
_TRAILING = re.compile(r"[\s;,.]+$")
_SEPARATOR = re.compile(r"[\s;,]+$")


class _Writer:
    def __init__(self, texts: Texts, case: Case) -> None:
        self.texts = texts
        self.g = (case.person.grammar or grammar(case.person.full_name)).value

    def __call__(self, key: str, **args: object) -> str:
        # "… коп." at the end of a sentence must not end in "коп.."
        text = _DOUBLE_DOT.sub(".", self.texts.get(key, DOCS, g=self.g, **args))
        return _BIND_YEAR.sub("\\1\u00a0\\2", _BIND.sub("\\1\u00a0", text))

    def amount(self, value: Decimal) -> str:
        roubles, words, kopecks = parts(value)
        return self("amount", figures=roubles, words=words, kopecks=kopecks)

    def day(self, value: date) -> str:
        # strings, not numbers: Fluent would group a year as "2 026"
        return self(
            "date-long",
            day=str(value.day),
            month=self(f"month-{value.month}"),
            year=str(value.year),
        )

    def articles(self, ids: Iterable[str]) -> str:
        """ "ст. 18, 22, 23 Закона РФ … «О защите прав потребителей»; ст. 468 ГК РФ"."""
        by_law: dict[str, list[str]] = {}
        for a in ids:
            article = ARTICLES[a]
            numbers = by_law.setdefault(article.law, [])
            number = a.split("-", 1)[1]
            if number not in numbers:
                numbers.append(number)
        return ", ".join(
            self("articles-of", numbers=", ".join(numbers), law=self(f"law-{law}"))
            for law, numbers in by_law.items()
        )


_ABBREVIATION = re.compile(r"(?:^|[\s(«])\w{1,4}\.$")


def _end_of_sentence(item: str) -> str:
    """ "… изменили." -> "… изменили"; an abbreviation keeps its dot ("… 00 коп.", "2026 г.")."""
    if item.endswith(".") and not _ABBREVIATION.search(item):
        return item[:-1]
    return item


def enumerate_items(items: Iterable[str]) -> list[str]:
    """List items as Russian documents end them: ";" after each, "." after the last."""
    clean = [_end_of_sentence(_SEPARATOR.sub("", i)) for i in items if i.strip()]
    last = [i if i.endswith(".") else f"{i}." for i in clean[-1:]]
    return [f"{i};" for i in clean[:-1]] + last


def slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
    return "-".join(p for p in keep.split("-") if p)[:60] or "doc"


FILE_PREFIX = {
    DocKind.CLAIM: "pretenziya",
    DocKind.MARKETPLACE_CLAIM: "trebovanie-marketpleys",
    DocKind.ROSPOTREBNADZOR: "zhaloba-rospotrebnadzor",
    DocKind.LAWSUIT: "isk",
    DocKind.POLICE: "zayavlenie-policiya",
    DocKind.PROSECUTOR: "zhaloba-prokuratura",
    DocKind.FAS: "zhaloba-fas",
    DocKind.APPEAL: "zhaloba-na-otzyv",
}


def filename(kind: DocKind, case: Case) -> str:
    """`pretenziya-ozon-12345678-0001`: what the file is, where, which order."""
    ref = case.order_number or case.review.sku or case.id
    return slug(f"{FILE_PREFIX[kind]}-{case.marketplace or 'shop'}-{ref}")


def _ids(inn: str, ogrn: str, w: _Writer) -> list[str]:
    parts_ = [w("inn-part", inn=inn)] if inn else []
    parts_ += [w("ogrn-part", ogrn=ogrn)] if ogrn else []
    return [", ".join(parts_)] if parts_ else []


def _marketplace_lines(case: Case, w: _Writer, *, caveat: bool = True) -> list[str]:
    """The marketplace's entity from its data file. Where the file marks it unconfirmed, a
    letter carries the caveat to check it; a lawsuit does not (the chat says so instead)."""
    legal = marketplaces.get(case.marketplace or "other").legal
    lines = [legal.name, *_ids(legal.inn, legal.ogrn, w)]
    lines.append(w("addr-line", address=legal.address) if legal.address else w("addr-blank"))
    if legal.unconfirmed and caveat:
        lines.append(w(f"legal-caveat-{case.marketplace}"))
    return lines


def _seller_is_marketplace(case: Case) -> bool:
    mp = marketplaces.get(case.marketplace or "other")
    return bool(case.seller and case.seller.is_marketplace and mp.legal.known)


def recipient(case: Case, to: Addressee, w: _Writer, *, caveat: bool = True) -> tuple[str, ...]:
    """The addressee with a postal address (a registered letter and a lawsuit need one): the
    marketplace's from its data file, the seller's as the person gave it, or a line to fill."""
    if to is Addressee.MARKETPLACE or _seller_is_marketplace(case):
        return tuple(_marketplace_lines(case, w, caveat=caveat))
    seller = case.seller
    name = seller.name if seller and seller.name else w("seller-unnamed")
    lines = [name, *(_ids(seller.inn, seller.ogrn, w) if seller else [])]
    address = seller.address if seller else ""
    lines.append(w("addr-line", address=address) if address else w("addr-blank"))
    if marketplaces.get(case.marketplace or "other").legal.known:
        lines.append(w("via-marketplace", marketplace=w(f"mp-name-{case.marketplace}")))
    return tuple(lines)


def _one_line(lines: Iterable[str], w: _Writer) -> str:
    """Header lines as one phrase: "ООО «Ромашка», ИНН …, адрес: … (товар продан через …)";
    an address left to fill in by hand is dropped from a sentence."""
    blank = w("addr-blank")
    out = ""
    for line in lines:
        if line == blank:
            continue
        out += (" " if line.startswith("(") else ", ") + line if out else line
    return out


def phone_display(phone: str) -> str:
    """ "+79991234567" -> "+7 999 123-45-67"."""
    digits = phone.removeprefix("+7")
    if len(digits) != 10 or not digits.isdigit():
        return phone
    return f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def _contacts(case: Case, w: _Writer) -> list[str]:
    p = case.person
    lines = []
    if p.address:
        lines.append(w("addr-line", address=p.address))
    if p.phone:
        lines.append(w("phone-line", phone=phone_display(p.phone)))
    if p.email:
        lines.append(w("email-line", email=p.email))
    return lines


def sender(case: Case, w: _Writer) -> tuple[str, ...]:
    """ "от Иванова Ивана Ивановича" and the contacts: a letter's header."""
    return (w("from-line", name=genitive(case.person.full_name or "")), *_contacts(case, w))


def _shop(case: Case) -> str:
    """The shop's name in quotes, unless it already carries them (ООО «Техномаркет»)."""
    name = case.seller.name if case.seller and case.seller.name else ""
    return name if "«" in name or '"' in name else f"«{name}»"


def _where(case: Case, w: _Writer) -> str:
    return w(f"mp-where-{case.marketplace}", shop=_shop(case))


def _facts_args(case: Case, w: _Writer) -> dict[str, object]:
    return {
        "order": case.order_number or "",
        "ordered": w.day(case.ordered_on) if case.ordered_on else "",
        "promised": w.day(case.promised_on) if case.promised_on else "none",
        "received": w.day(case.received_on) if case.received_on else "",
        "item": case.item or "",
        "price": w.amount(case.price or Decimal(0)),
        "where": _where(case, w),
        "prepaid": "yes" if case.prepaid else "no",
        "details": _TRAILING.sub("", case.details or ""),
        "fraud": case.fraud_kind.value if case.fraud_kind else "seller_gone",
        "wrong": case.wrong_kind.value if case.wrong_kind else "other_item",
        "adwhere": case.ad_where or "",
        "adseen": w.day(case.ad_seen_on) if case.ad_seen_on else "",
    }


def facts(case: Case, w: _Writer) -> str:
    return w(f"claim-facts-{case.problem}", **_facts_args(case, w))


def _support_sentence(case: Case, w: _Writer) -> str | None:
    s = case.support
    if s.skipped or s.written_on is None:
        return None
    return w(
        "support-line",
        date=w.day(s.written_on),
        channel=w(f"channel-{s.channel or 'other'}"),
        ticket=s.ticket or "none",
        outcome=s.outcome or "no_answer",
    )


def _attachments(evidence: list[Evidence], w: _Writer) -> list[str]:
    items = []
    for e in evidence:
        label = w(f"att-{e.kind}")
        detail = e.caption or e.name
        items.append(f"{label}: {detail}" if detail else label)
    return items


def _attach(doc: Document, items: list[str], w: _Writer) -> None:
    doc.add("paragraph", w("attachments-label"))
    doc.add("list", lines=enumerate_items(items or [w("att-none")]))


def _sign(doc: Document, case: Case, today: date, w: _Writer) -> None:
    doc.add(
        "signature", w("sign-line", date=w.day(today), name=initials(case.person.full_name or ""))
    )
    doc.add("note", w("template-note"))


# -- the claim stage's letters ---------------------------------------------------------------


def _days(letter: Letter, today: date, case: Case) -> int:
    if letter.deadline is None:
        return 0
    return deadline(letter.deadline, today, until=case.new_date or today).amount


def _title(letter: Letter) -> tuple[str, str]:
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        return "claim-title-marketplace", "claim-subtitle-marketplace"
    if letter.demand is Demand.REFUSE:
        return "claim-title-refuse", "claim-subtitle-refuse"
    if letter.demand is Demand.REFUND and letter.basis == ("zozpp-23.1",):
        # the seller's notice that the buyer refuses the contract (ст. 23.1; ст. 12 needs it)
        return "claim-title-refuse", "claim-subtitle-prepaid-refund"
    return "claim-title", f"claim-subtitle-{letter.demand.value}"


def _demand_paragraph(case: Case, letter: Letter, w: _Writer, today: date) -> str:
    args: dict[str, object] = {
        "articles": w.articles(letter.basis),
        "amount": w.amount(case.price or Decimal(0)),
        "days": _days(letter, today, case),
        "newdate": w.day(case.new_date) if case.new_date else "",
        "cut": w.amount(case.price_cut or Decimal(0)),
    }
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        return w("claim-demand-marketplace", **args)
    if letter.demand is Demand.REFUND and letter.basis == ("zozpp-23.1",):
        return w("claim-demand-prepaid-refund", **args)
    if letter.demand is Demand.REFUND and letter.basis == ("zozpp-26.1",):
        key = (
            "claim-demand-return"
            if case.problem is ProblemId.RETURN
            else "claim-demand-refund-back"
        )
        return w(key, **args)
    return w(f"claim-demand-{letter.demand.value}", **args)


def letter_document(
    case: Case, letter: Letter, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    """One claim-stage letter: the claim to the seller, or the refund demand to the marketplace."""
    w = _Writer(texts, case)
    doc = Document(letter.kind, filename(letter.kind, case))
    doc.add(
        "addressee", lines=(w("to-label"), *recipient(case, letter.to, w), "", *sender(case, w))
    )
    title, subtitle = _title(letter)
    doc.add("title", w(title))
    doc.add("subtitle", w(subtitle))
    for paragraph in _letter_paragraphs(case, letter, w, today):
        doc.add("paragraph", paragraph)
    items = [w("att-notice-copy")] if letter.kind is DocKind.MARKETPLACE_CLAIM else []
    items += _attachments(evidence, w)
    if items:
        _attach(doc, items, w)
    _sign(doc, case, today, w)
    return doc


def _letter_paragraphs(case: Case, letter: Letter, w: _Writer, today: date) -> list[str]:
    """The letter's body, in order: what happened, what is demanded and on which ground,
    how the money comes back, and what follows if the seller does not answer."""
    paragraphs = [facts(case, w), _support_sentence(case, w)]
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        seller = _one_line(recipient(case, Addressee.SELLER, w)[:2], w)
        paragraphs.append(
            w(
                "claim-marketplace-body",
                where=_where(case, w),
                seller=seller,
                articles=w.articles(letter.basis),
            )
        )
    paragraphs.append(_demand_paragraph(case, letter, w, today))
    if letter.kind is DocKind.CLAIM and claims.marketplace_refunds(case):
        paragraphs.append(w("claim-marketplace-also"))
    ground = claims.tech_statement(case, letter.demand)
    if ground is not None:
        paragraphs.append(w(f"tech-{ground.value}"))
    if case.problem is ProblemId.RETURN:
        paragraphs += [_return_timeliness(case, w, today), w("claim-return-how")]
    if letter.demand in MONEY_DEMANDS:
        bank = case.bank_details
        paragraphs.append(w("claim-bank", details=bank) if bank else w("claim-bank-same"))
    return [p for p in paragraphs if p] + _consequences(case, letter, w)


def _consequences(case: Case, letter: Letter, w: _Writer) -> list[str]:
    """The check offered, the penalty that runs, the court that follows."""
    paragraphs = []
    if _offers_quality_check(case, letter):
        paragraphs.append(w("claim-quality-check"))
    if letter.penalty is PenaltyKind.DELAY:
        paragraphs.append(w("claim-warning-delay", cap=w.amount(case.price or Decimal(0))))
    elif letter.penalty is PenaltyKind.PREPAID:
        paragraphs.append(w("claim-warning-prepaid"))
    if letter.demand is not Demand.REFUSE:
        paragraphs.append(w("claim-court"))
    return paragraphs


def _return_timeliness(case: Case, w: _Writer, today: date) -> str | None:
    """The refusal came within the buyer's window (ст. 26.1): when, and which window; nothing
    when it did not (the dialogue warns the person instead)."""
    if not claims.return_in_time(case, today):
        return None
    declared = claims.return_declared_on(case, today)
    return w(
        "return-in-time",
        date=w.day(declared),
        window="months" if case.return_info is False else "days",
        chat="yes" if declared != today else "no",
    )


def _offers_quality_check(case: Case, letter: Letter) -> bool:
    """Goods the person holds and says are faulty: offering them for a check (ст. 18) keeps
    the 50 % fine within reach since 01.02.2026 (law-facts §1 Sanctions)."""
    return letter.penalty is PenaltyKind.DELAY and claims.handed_over(case)


def claim_letters(
    case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> list[Document]:
    """Every letter of the claim stage, in the order they are sent."""
    return [
        letter_document(case, letter, evidence, texts, today) for letter in claims.letters(case)
    ]


def claim(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The main letter (the claim to the seller)."""
    return claim_letters(case, evidence, texts, today)[0]


def claim_chat(case: Case, texts: Texts, today: date, letter: Letter | None = None) -> str:
    """A letter, short, for the marketplace's support chat (under Telegram's 4096)."""
    w = _Writer(texts, case)
    letter = letter or claims.main_letter(case)
    title, _ = _title(letter)
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        demand_key = "claim-chat-demand-marketplace"
    else:
        demand_key = f"claim-chat-demand-{letter.demand.value}"
    text = w(
        "claim-chat",
        title=w(title),
        name=genitive(case.person.full_name or ""),
        facts=facts(case, w),
        demand=w(
            demand_key,
            amount=w.amount(case.price or Decimal(0)),
            newdate=w.day(case.new_date) if case.new_date else "",
            cut=w.amount(case.price_cut or Decimal(0)),
        ),
        articles=w.articles(letter.basis),
        days=_days(letter, today, case),
        newdate=w.day(case.new_date) if case.new_date else "",
        term=_term(letter),
    )
    ground = claims.tech_statement(case, letter.demand)
    if ground is not None:
        text += "\n" + w(f"tech-{ground.value}")
    return text[:4000]


def _term(letter: Letter) -> str:
    """How the chat version states the deadline: a date (a new delivery date), days, or none."""
    if letter.deadline is None:
        return "none"
    if letter.deadline is DeadlineKind.NEW_DELIVERY:
        return "date"
    return "limit" if letter.deadline is DeadlineKind.ANSWER_REPAIR else "days"


# -- escalation ------------------------------------------------------------------------------


def _letter_kind(letter: Letter) -> str:
    """What the main letter was: a claim, a notice refusing the contract, or refusing goods."""
    if letter.demand is Demand.REFUSE:
        return "refuse"
    return "notice" if _title(letter)[0] == "claim-title-refuse" else "claim"


def _claim_history(case: Case, w: _Writer) -> list[str]:
    if case.delivery.delivered_on is None:
        return [w("history-claim-pending")]
    letter = claims.main_letter(case)
    out = [
        w(
            "history-claim",
            date=w.day(case.delivery.delivered_on),
            method=w(f"delivery-{case.delivery.method or 'chat'}"),
            kind=_letter_kind(letter),
            answer=case.seller_answer or ("none" if letter.deadline else "other"),
        )
    ]
    if claims.marketplace_refunds(case):
        legal = marketplaces.get(case.marketplace or "other").legal
        out.append(w("history-marketplace", marketplace=legal.name))
    return out


def _claim_attachments(case: Case, w: _Writer) -> list[str]:
    """The claim as delivered, and the proof that fits how it was delivered."""
    if case.delivery.delivered_on is None:
        return []
    kind = _letter_kind(claims.main_letter(case))
    items = [
        w("att-claim", date=w.day(case.delivery.delivered_on), kind=kind),
        w(f"att-claim-proof-{case.delivery.method or 'chat'}"),
    ]
    if case.seller_answer == "refused":
        items.append(w("att-answer"))
    return items


def _violator(case: Case, w: _Writer) -> str:
    """The seller, and the marketplace as the aggregator's owner where it owes the refund."""
    seller = w("violator-seller", seller=_one_line(recipient(case, Addressee.SELLER, w), w))
    if claims.marketplace_refunds(case):
        market = _one_line(_marketplace_lines(case, w, caveat=False)[:2], w)
        seller += " " + w("violator-aggregator", marketplace=market)
    return seller


def rospotrebnadzor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A complaint that asks for what the body can do: a warning (248-ФЗ ст. 49) and, for
    deceit, an administrative case (КоАП 14.7); never money (law-facts §3)."""
    w = _Writer(texts, case)
    doc = _complaint(DocKind.ROSPOTREBNADZOR, "rpn", case, w)
    _refuse_routes(case)
    doc.add("paragraph", _violator(case, w))
    doc.add("paragraph", facts(case, w))
    for line in _claim_history(case, w):
        doc.add("paragraph", line)
    # the rights the claim letters rest on, as consumer law gives them — never УПК or ГК
    rights = [a for letter in claims.letters(case) for a in letter.basis]
    consumer = [a for a in dict.fromkeys(rights) if ARTICLES[a].law == "zozpp"]
    doc.add("paragraph", w("rpn-breach", articles=w.articles(consumer)))
    deceit = case.problem is ProblemId.MISLEADING_AD or (
        case.problem is ProblemId.FRAUD and claims.handed_over(case)
    )
    doc.add(
        "paragraph",
        w(
            "rpn-request",
            warning=w.articles(["fz248-49"]),
            deceit="yes" if deceit else "no",
            both="yes" if claims.marketplace_refunds(case) else "no",
        ),
    )
    extra = [w("att-marketplace-demand")] if claims.marketplace_refunds(case) else []
    _attach(doc, [*_claim_attachments(case, w), *extra, *_attachments(evidence, w)], w)
    _sign(doc, case, today, w)
    return doc


def _complaint(kind: DocKind, prefix: str, case: Case, w: _Writer) -> Document:
    """A letter to an authority: its addressee line, the person, the title and subtitle."""
    doc = Document(kind, filename(kind, case))
    doc.add("addressee", lines=(w(f"{prefix}-to"), "", *sender(case, w)))
    doc.add("title", w(f"{prefix}-title"))
    doc.add("subtitle", w(f"{prefix}-subtitle"))
    return doc


def _refuse_routes(case: Case) -> None:
    """A refusal of goods never paid for claims nothing: no complaint, no lawsuit is written."""
    if not claims.routes(case):
        raise ValueError("this case has nothing to escalate: the goods were never paid for")


def _plaintiff(case: Case, w: _Writer) -> list[str]:
    """The plaintiff as ГПК ст. 131 wants: the name in the nominative, date and place of birth,
    one identifier of the person's choice — or lines to fill in by hand without consent."""
    p, person = case.plaintiff, case.person
    lines = [person.full_name or ""]
    if p.consent and p.birth_date and p.birth_place:
        lines.append(
            w("plaintiff-birth", date=p.birth_date.strftime("%d.%m.%Y"), place=p.birth_place)
        )
    else:
        lines.append(w("plaintiff-birth-blank"))
    if p.consent and p.id_kind and p.id_number:
        lines.append(w(f"plaintiff-id-{p.id_kind.value}", number=p.id_number))
    else:
        lines.append(w("plaintiff-id-blank"))
    return [*lines, *_contacts(case, w)]


def _duty_line(sums: LawsuitSums, w: _Writer) -> str:
    if sums.duty is None:
        return w("duty-unknown")
    if sums.duty_free:
        return w("duty-free")
    return w("duty-due", amount=w.amount(sums.duty))


def _position(case: Case, letter: Letter, sums: LawsuitSums, w: _Writer) -> str:
    """Why the money is owed: the demand made, and the choice the person makes now."""
    cut = w.amount(sums.principal)
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        return w(
            "suit-marketplace",
            articles=w.articles(letter.basis),
            penalty="yes" if sums.penalty is not None else "no",
        )
    if letter.demand in (Demand.REPAIR, Demand.REPLACEMENT, Demand.NEW_DATE):
        basis = ["zozpp-23.1"] if letter.demand is Demand.NEW_DATE else ["zozpp-18", "zozpp-23"]
        return w(
            "suit-switch",
            first=letter.demand.value,
            now=sums.demand.value,
            cut=cut,
            articles=w.articles(basis),
            newdate=w.day(case.new_date) if case.new_date else "",
        )
    if letter.basis == ("zozpp-23.1",):
        return w("suit-prepaid-refund", articles=w.articles(letter.basis))
    if letter.basis == ("zozpp-26.1",):
        return w("suit-return", articles=w.articles(letter.basis))
    if sums.demand is Demand.PRICE_CUT:
        return w("suit-price_cut", articles=w.articles(letter.basis), cut=cut)
    return w("suit-refund", articles=w.articles(letter.basis))


def _penalty_blocks(doc: Document, line: Penalty, w: _Writer, *, second: bool) -> None:
    doc.add(
        "paragraph",
        w("penalty-label", article=w.articles([line.article]), who="two" if second else "none"),
    )
    rate = f"{line.rate.normalize():f}".replace(".", ",") + " %"
    doc.add(
        "table",
        rows=[
            (
                w("pt-base"),
                w("pt-rate"),
                w("pt-from"),
                w("pt-to"),
                w("pt-days"),
                w("pt-raw"),
                w("pt-sum"),
            ),
            (
                figures(line.base),
                rate,
                line.start.strftime("%d.%m.%Y"),
                line.end.strftime("%d.%m.%Y"),
                str(line.days),
                figures(line.raw),
                figures(line.amount),
            ),
        ],
    )
    if line.capped:
        doc.add("paragraph", w(f"penalty-capped-{line.kind.value}", cap=w.amount(line.cap)))
    doc.add("paragraph", w("penalty-reduction"))


def _asks(sums: LawsuitSums, letter: Letter, w: _Writer) -> list[str]:
    """What the court is asked, each item naming its defendant when there are two."""
    first, second, both = ("one", "two", "both") if sums.two_defendants else ("none",) * 3
    if sums.demand is Demand.PRICE_CUT:
        principal_key = "ask-price_cut"
    elif letter.basis in (("zozpp-23.1",), ("zozpp-12",)):
        principal_key = "ask-prepaid-refund"
    else:
        principal_key = "ask-refund"
    asks = [w(principal_key, amount=w.amount(sums.principal), who=first)]
    if sums.losses:
        asks.append(w("ask-losses", amount=w.amount(sums.losses), who=first))
    line = sums.penalty
    if line is not None:
        period = {"from": line.start.strftime("%d.%m.%Y"), "to": line.end.strftime("%d.%m.%Y")}
        if sums.continues:
            asks.append(
                w(
                    "ask-penalty",
                    amount=w.amount(line.amount),
                    next=(line.end + timedelta(days=1)).strftime("%d.%m.%Y"),
                    perday=w.amount(line.per_day),
                    cap=w.amount(line.cap),
                    who=second,
                    **period,
                )
            )
        else:
            asks.append(w("ask-penalty-capped", amount=w.amount(line.amount), who=second, **period))
    if sums.moral is not None:
        half = w.amount(money(sums.moral / 2))
        asks.append(w("ask-moral", amount=w.amount(sums.moral), half=half, who=both))
    asks.append(w("ask-fine", who=both))
    return enumerate_items(asks)


def lawsuit(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A lawsuit a court accepts (ГПК ст. 131–132, law-facts §2): the demand pursued, the
    penalty to date with its cap, moral damages the person chose, the fine asked not promised."""
    _refuse_routes(case)
    w = _Writer(texts, case)
    letter = claims.lawsuit_letter(case)
    sums = lawsuit_sums(case, today)
    doc = Document(DocKind.LAWSUIT, filename(DocKind.LAWSUIT, case))
    defendants = _defendants(case, letter, sums, w)
    doc.add(
        "addressee",
        lines=(
            w(f"doc-court-{sums.court.value}"),
            w("court-venue"),
            "",
            w("plaintiff-label"),
            *_plaintiff(case, w),
            "",
            *defendants,
            "",
            w("claim-price", amount=w.amount(sums.claim_price)),
            _duty_line(sums, w),
        ),
    )
    doc.add("title", w("lawsuit-title"))
    doc.add("subtitle", w("lawsuit-subtitle"))
    doc.add("paragraph", facts(case, w))
    for line in _claim_history(case, w):
        doc.add("paragraph", line)
    doc.add("paragraph", _position(case, letter, sums, w))
    for paragraph in _suit_grounds(case, sums, w, today):
        doc.add("paragraph", paragraph)
    if sums.penalty is not None:
        _penalty_blocks(doc, sums.penalty, w, second=sums.two_defendants)
    if sums.moral is not None:
        doc.add("paragraph", w("suit-moral", amount=w.amount(sums.moral)))
    fine = w("suit-fine")
    if _offers_quality_check(case, claims.main_letter(case)):
        fine += " " + w("suit-fine-check")
    doc.add("paragraph", fine)
    doc.add("paragraph", w("lawsuit-ask", who="both" if sums.two_defendants else "none"))
    doc.add("list", lines=_asks(sums, letter, w))
    _attach(doc, [*_suit_attachments(case, sums, w), *_attachments(evidence, w)], w)
    _sign(doc, case, today, w)
    return doc


def _defendants(case: Case, letter: Letter, sums: LawsuitSums, w: _Writer) -> list[str]:
    """The marketplace and the seller when both answer (a prepaid order never delivered),
    otherwise the one the claim went to."""
    if not sums.two_defendants:
        return [w("defendant-label", who="none"), *recipient(case, letter.to, w, caveat=False)]
    return [
        w("defendant-label", who="one"),
        *recipient(case, Addressee.MARKETPLACE, w, caveat=False),
        "",
        w("defendant-label", who="two"),
        *recipient(case, Addressee.SELLER, w, caveat=False),
    ]


def _suit_grounds(case: Case, sums: LawsuitSums, w: _Writer, today: date) -> list[str]:
    """The return made in time, the ground for a technically complex item, the losses."""
    paragraphs = []
    if case.problem is ProblemId.RETURN:
        paragraphs.append(_return_timeliness(case, w, case.delivery.delivered_on or today))
    ground = claims.tech_statement(case, claims.main_letter(case).demand)
    if ground is not None:
        paragraphs.append(w(f"tech-{ground.value}"))
    if sums.losses:
        paragraphs.append(w("suit-losses", amount=w.amount(sums.losses)))
    return [p for p in paragraphs if p]


def _suit_attachments(case: Case, sums: LawsuitSums, w: _Writer) -> list[str]:
    items = [w("att-copies-proof", who="both" if sums.two_defendants else "none")]
    if sums.two_defendants:
        items.append(w("att-marketplace-demand"))
    if sums.duty:
        items.append(w("att-duty", amount=w.amount(sums.duty)))
    items += [w("att-purchase", order=case.order_number or ""), *_claim_attachments(case, w)]
    if sums.penalty is not None:
        items.append(w("att-calculation"))
    return items


PETTY_THEFT_LIMIT = Decimal(2500)  # КоАП ст. 7.27: up to 2 500 ₽ without aggravation


def _offence(case: Case) -> str:
    """What the police are asked to look into. Deceit (a fake, a vanished seller) is fraud,
    УК ст. 159; a parcel kept by a courier or emptied on the way is theft, whose article the
    fact sheet does not give, so none is named; up to 2 500 ₽ is petty theft (КоАП ст. 7.27)."""
    if money(case.price or 0) <= PETTY_THEFT_LIMIT:
        return "petty"
    if case.fraud_kind in (FraudKind.COURIER_THEFT, FraudKind.EMPTY_PARCEL):
        return "theft"
    return "fraud"


def police(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """What happened to this person, the damage, and a check under УПК ст. 144 (law-facts §3)."""
    w = _Writer(texts, case)
    doc = _complaint(DocKind.POLICE, "police", case, w)
    doc.add("paragraph", facts(case, w))
    doc.add("paragraph", w("police-damage", amount=w.amount(case.price or Decimal(0))))
    doc.add("paragraph", w("police-seller", seller=_violator(case, w)))
    support = _support_sentence(case, w)
    if support:
        doc.add("paragraph", support)
    if case.delivery.delivered_on is not None:
        for line in _claim_history(case, w):
            doc.add("paragraph", line)
    doc.add("paragraph", w("police-request", offence=_offence(case)))
    doc.add("paragraph", w("police-warning"))
    _attach(doc, [*_claim_attachments(case, w), *_attachments(evidence, w)], w)
    _sign(doc, case, today, w)
    return doc


def prosecutor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A complaint about the police's refusal or silence (УПК ст. 124, law-facts §3)."""
    w = _Writer(texts, case)
    report = case.police
    answer = (report.answer or PoliceAnswer.NO_ANSWER).value
    decided = w.day(report.decided_on) if report.decided_on else ""
    filed = claims.police_filed_on(case)
    doc = _complaint(DocKind.PROSECUTOR, "prosecutor", case, w)
    doc.add(
        "paragraph",
        w(
            "prosecutor-filed",
            date=w.day(filed) if filed else "",
            kusp=report.kusp or "none",
            facts=facts(case, w),
        ),
    )
    doc.add(
        "paragraph",
        w(
            "prosecutor-answer",
            answer=answer,
            date=decided,
            omissions=_TRAILING.sub("", report.omissions or "") or "none",
        ),
    )
    doc.add("paragraph", w("prosecutor-request", answer=answer, date=decided))
    items = [w("att-police-statement")]
    if report.kusp:
        items.append(w("att-police-ticket", kusp=report.kusp))
    if report.answer is PoliceAnswer.REFUSED_CASE and report.decided_on:
        items.append(w("att-police-decision", date=decided))
    _attach(doc, [*items, *_attachments(evidence, w)], w)
    _sign(doc, case, today, w)
    return doc


def fas(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The advertisement itself — where, when, what it said — and the rule it breaks (38-ФЗ
    ст. 5); the FAS's powers (ст. 33) are what it is asked to use."""
    w = _Writer(texts, case)
    seen = w.day(case.ad_seen_on) if case.ad_seen_on else ""
    doc = _complaint(DocKind.FAS, "fas", case, w)
    doc.add(
        "paragraph",
        w(
            "fas-ad",
            date=seen,
            where=case.ad_where or "",
            item=case.item or "",
            details=_TRAILING.sub("", case.details or ""),
        ),
    )
    doc.add(
        "paragraph",
        w(
            "fas-purchase",
            ordered=w.day(case.ordered_on) if case.ordered_on else "",
            where=_where(case, w),
            order=case.order_number or "",
            price=w.amount(case.price or Decimal(0)),
        ),
    )
    # who spread the ad is known (the platform or the shop); who ordered it is the erid's
    legal = marketplaces.get(case.marketplace or "other").legal
    distributor = (
        _one_line(_marketplace_lines(case, w, caveat=False)[:2], w)
        if legal.known
        else _one_line(recipient(case, Addressee.SELLER, w)[:2], w)
    )
    doc.add(
        "paragraph",
        w(
            "fas-advertiser",
            distributor=distributor,
            seller=_one_line(recipient(case, Addressee.SELLER, w)[:2], w),
        ),
    )
    doc.add("paragraph", w("fas-breach"))
    doc.add("paragraph", w("fas-request"))
    items = [w("att-ad-screenshot", where=case.ad_where or "", date=seen)]
    _attach(doc, [*items, *_attachments(evidence, w)], w)
    _sign(doc, case, today, w)
    return doc


# -- the seller's appeal of a review -----------------------------------------------------------


def _review_args(case: Case, w: _Writer) -> dict[str, object]:
    review = case.review
    return {
        "marketplace": w(f"mp-name-{case.marketplace}"),
        "sku": review.sku or "",
        "date": w.day(review.published_on) if review.published_on else "",
        "rating": str(review.rating or ""),
        "author": review.author or "",
        "order": review.order or "none",
        "text": review.text or "",
    }


def appeal(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The letter to the marketplace's seller support about one review."""
    from flows.reviews import verdict

    w = _Writer(texts, case)
    doc = Document(DocKind.APPEAL, filename(DocKind.APPEAL, case))
    doc.add(
        "addressee",
        lines=(
            w("appeal-to", marketplace=w(f"mp-name-{case.marketplace}")),
            "",
            w("appeal-from", shop=case.shop_name or ""),
        ),
    )
    doc.add("title", w("appeal-title"))
    doc.add("paragraph", w("appeal-facts", **_review_args(case, w)))
    doc.add("paragraph", w("appeal-rules-label"))
    doc.add("list", lines=enumerate_items(w(f"appeal-rule-{r}") for r in case.rules))
    found = verdict(case.signals, case.rules).present
    if found:
        doc.add("paragraph", w("appeal-signals-label"))
        doc.add("list", lines=enumerate_items(w(f"appeal-signal-{s}") for s in found))
    doc.add("paragraph", w("appeal-request"))
    attachments = _attachments(evidence, w)
    if attachments:
        _attach(doc, attachments, w)
    doc.add("signature", w("appeal-sign", date=w.day(today), shop=case.shop_name or ""))
    doc.add("note", w("template-note"))
    return doc


def appeal_short(case: Case, texts: Texts) -> str:
    """The text for the review's own "Пожаловаться" form: short, names the rules."""
    w = _Writer(texts, case)
    rules = "; ".join(w(f"appeal-rule-{r}") for r in case.rules)
    return w("appeal-short", rules=rules, **_review_args(case, w))[:1000]


def for_route(
    route: Route, case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    if route is Route.ROSPOTREBNADZOR:
        return rospotrebnadzor(case, evidence, texts, today)
    if route is Route.COURT:
        return lawsuit(case, evidence, texts, today)
    if route is Route.FAS:
        return fas(case, evidence, texts, today)
    if route is Route.PROSECUTOR:
        return prosecutor(case, evidence, texts, today)
    return police(case, evidence, texts, today)


ROUTE_DOCUMENT = {
    Route.ROSPOTREBNADZOR: DocKind.ROSPOTREBNADZOR,
    Route.COURT: DocKind.LAWSUIT,
    Route.FAS: DocKind.FAS,
    Route.PROSECUTOR: DocKind.PROSECUTOR,
    Route.POLICE: DocKind.POLICE,
}


def build(
    kind: DocKind, case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> list[Document]:
    """The documents of one kind for this case (the claim stage may write two letters)."""
    if kind in (DocKind.CLAIM, DocKind.MARKETPLACE_CLAIM):
        letters = claim_letters(case, evidence, texts, today)
        # the whole stage for CLAIM; the marketplace's letter alone when asked for by name
        return letters if kind is DocKind.CLAIM else [d for d in letters if d.kind is kind]
    if kind is DocKind.APPEAL:
        return [appeal(case, evidence, texts, today)]
    route = next(r for r, k in ROUTE_DOCUMENT.items() if k is kind)
    return [for_route(route, case, evidence, texts, today)]


__all__ = ["Block", "Document", "Evidence", "build", "claim", "claim_chat", "for_route"]

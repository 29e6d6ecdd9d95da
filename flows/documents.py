"""Documents as blocks: what a claim, a complaint or a lawsuit says, built from the case and
the Russian texts in `locales/ru/documents.ftl`. Renderers (`bot/render/`) only lay the blocks
out, as DOCX or PDF; no legal wording lives anywhere else.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from flows import marketplaces, problems
from flows.case import Case
from flows.law import (
    ARTICLES,
    Court,
    court_for,
    deadline,
    money,
    penalty,
    state_duty_free,
    text_key,
)
from flows.money import figures, parts
from flows.names import genitive, initials
from flows.problems import MONEY_DEMANDS, Demand, Route
from flows.texts import DOCS, Texts

# -- blocks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    type: Literal[
        "addressee", "title", "subtitle", "paragraph", "list", "table", "signature", "note"
    ]
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
    kind: str  # claim | claim_chat | rospotrebnadzor | lawsuit | police | prosecutor | fas
    filename: str  # without extension
    blocks: list[Block] = field(default_factory=list)

    def add(self, type_: str, text: str = "", lines=(), rows=()) -> None:
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
            {"kind": self.kind, "blocks": [asdict(b) for b in self.blocks]}, ensure_ascii=False
        )

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()


# -- helpers ---------------------------------------------------------------------------------

_DOUBLE_DOT = re.compile(r"(?<!\.)\.\.(?!\.)")


class _Writer:
    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    def __call__(self, key: str, **args: object) -> str:
        # "… коп." at the end of a sentence must not end in "коп.."
        return _DOUBLE_DOT.sub(".", self.texts.get(key, DOCS, **args))

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

    def articles(self, ids: tuple[str, ...] | list[str]) -> str:
        """ "ст. 18, 22, 23 Закона РФ … «О защите прав потребителей»; ст. 144 УПК РФ"."""
        by_law: dict[str, list[str]] = {}
        for a in ids:
            article = ARTICLES[a]
            by_law.setdefault(article.law, []).append(a.split("-", 1)[1])
        return "; ".join(
            self("articles-of", numbers=", ".join(numbers), law=self(f"law-{law}"))
            for law, numbers in by_law.items()
        )


def slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
    return "-".join(p for p in keep.split("-") if p)[:60] or "doc"


FILE_PREFIX = {
    "claim": "pretenziya",
    "rospotrebnadzor": "zhaloba-rospotrebnadzor",
    "lawsuit": "isk",
    "police": "zayavlenie-policiya",
    "prosecutor": "zhaloba-prokuratura",
    "fas": "zhaloba-fas",
    "appeal": "zhaloba-na-otzyv",
}


def filename(kind: str, case: Case) -> str:
    """`pretenziya-ozon-12345678-0001`: what the file is, where, which order."""
    prefix = FILE_PREFIX.get(kind, kind)
    ref = case.order_number or case.review.sku or case.id
    return slug(f"{prefix}-{case.marketplace or 'shop'}-{ref}")


def _ids(inn: str, ogrn: str, w: _Writer) -> list[str]:
    parts_ = [w("inn-part", inn=inn)] if inn else []
    parts_ += [w("ogrn-part", ogrn=ogrn)] if ogrn else []
    return [", ".join(parts_)] if parts_ else []


def recipient(case: Case, w: _Writer, *, need_address: bool = False) -> tuple[str, ...]:
    """Who answers: the marketplace where the law makes it answer (prepaid non-delivery, or the
    marketplace is the seller), else the seller named in the order."""
    mp = marketplaces.get(case.marketplace)
    problem = problems.get(case.problem)
    to_marketplace = (case.seller is not None and case.seller.is_marketplace) or (
        problem.marketplace_answers_if_prepaid and case.prepaid and mp.legal.known
    )
    if to_marketplace and mp.legal.known:
        lines = [mp.legal.name, *_ids(mp.legal.inn, mp.legal.ogrn, w)]
        if mp.legal.address:
            lines.append(w("addr-line", address=mp.legal.address))
        return tuple(lines)
    seller = case.seller
    name = seller.name if seller and seller.name else w("seller-unnamed")
    lines = [name, *(_ids(seller.inn, seller.ogrn, w) if seller else [])]
    if need_address:  # a court needs the defendant's address: leave a line to fill in
        lines.append(w("addr-blank"))
    if mp.legal.known:
        lines.append(w("via-marketplace", marketplace=mp.legal.name))
    return tuple(lines)


def phone_display(phone: str) -> str:
    """ "+79991234567" -> "+7 999 123-45-67"."""
    digits = phone.removeprefix("+7")
    if len(digits) != 10 or not digits.isdigit():
        return phone
    return f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def sender(case: Case, w: _Writer) -> tuple[str, ...]:
    p = case.person
    lines = [w("from-line", name=genitive(p.full_name or ""))]
    if p.address:
        lines.append(w("addr-line", address=p.address))
    if p.phone:
        lines.append(w("phone-line", phone=phone_display(p.phone)))
    if p.email:
        lines.append(w("email-line", email=p.email))
    return tuple(lines)


def _facts_args(case: Case, w: _Writer) -> dict[str, object]:
    return {
        "order": case.order_number or "",
        "ordered": w.day(case.ordered_on) if case.ordered_on else "",
        "promised": w.day(case.promised_on) if case.promised_on else "",
        "received": w.day(case.received_on) if case.received_on else "",
        "item": case.item or "",
        "price": w.amount(case.price or Decimal(0)),
        "marketplace": w(f"mp-name-{case.marketplace}"),
        "prepaid": "yes" if case.prepaid else "no",
    }


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


def _sign(doc: Document, case: Case, today: date, w: _Writer) -> None:
    doc.add(
        "signature", w("sign-line", date=w.day(today), name=initials(case.person.full_name or ""))
    )


def _note(doc: Document, w: _Writer) -> None:
    doc.add("note", w("template-note"))


# -- the claim -------------------------------------------------------------------------------


def claim(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    w = _Writer(texts)
    problem = problems.get(case.problem)
    demand = case.demand or problem.demands[0]
    doc = Document("claim", filename("claim", case))
    doc.add("addressee", lines=(w("to-label"), *recipient(case, w), "", *sender(case, w)))
    doc.add("title", w("claim-title"))
    doc.add("subtitle", w(f"claim-subtitle-{demand}"))
    doc.add("paragraph", w(f"claim-facts-{case.problem}", **_facts_args(case, w)))
    support = _support_sentence(case, w)
    if support:
        doc.add("paragraph", support)
    doc.add("paragraph", w("claim-basis", articles=w.articles(problem.basis_for(demand))))
    period = deadline(problem.deadline_for(demand), today, until=case.new_date or today)
    doc.add(
        "paragraph",
        w(
            f"claim-demand-{demand}",
            amount=w.amount(case.price or Decimal(0)),
            days=period.amount,
            article=w(f"art-{text_key(period.article)}"),
            newdate=w.day(case.new_date) if case.new_date else "",
        ),
    )
    if demand in MONEY_DEMANDS:
        if case.bank_details:
            doc.add("paragraph", w("claim-bank", details=case.bank_details))
        else:
            doc.add("paragraph", w("claim-bank-same"))
    doc.add("paragraph", w("claim-warning", penalty=problem.penalty or "none"))
    attachments = _attachments(evidence, w)
    if attachments:
        doc.add("paragraph", w("attachments-label"))
        doc.add("list", lines=attachments)
    _sign(doc, case, today, w)
    _note(doc, w)
    return doc


def claim_chat(case: Case, texts: Texts, today: date) -> str:
    """The claim, short, for the marketplace's support chat (under Telegram's 4096)."""
    w = _Writer(texts)
    problem = problems.get(case.problem)
    demand = case.demand or problem.demands[0]
    kind = problem.deadline_for(demand)
    text = w(
        "claim-chat",
        name=genitive(case.person.full_name or ""),
        facts=w(f"claim-facts-{case.problem}", **_facts_args(case, w)),
        demand=w(f"claim-chat-demand-{demand}", amount=w.amount(case.price or Decimal(0))),
        articles=w.articles(problem.basis_for(demand)),
        days=deadline(kind, today, until=case.new_date or today).amount,
    )
    return text[:4000]


# -- escalation ------------------------------------------------------------------------------


def _claim_history(case: Case, w: _Writer) -> str:
    if case.delivery.delivered_on is None:
        return w("history-no-claim")
    return w(
        "history-claim",
        date=w.day(case.delivery.delivered_on),
        method=w(f"delivery-{case.delivery.method or 'chat'}"),
        answer=case.seller_answer or "none",
    )


def rospotrebnadzor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    w = _Writer(texts)
    problem = problems.get(case.problem)
    doc = Document("rospotrebnadzor", filename("rospotrebnadzor", case))
    doc.add("addressee", lines=(w("rpn-to"), "", *sender(case, w)))
    doc.add("title", w("rpn-title"))
    doc.add("paragraph", w("violator", seller="; ".join(recipient(case, w))))
    doc.add("paragraph", w(f"claim-facts-{case.problem}", **_facts_args(case, w)))
    doc.add("paragraph", _claim_history(case, w))
    doc.add("paragraph", w("rpn-breach", articles=w.articles(problem.articles)))
    doc.add("paragraph", w("rpn-request"))
    doc.add("paragraph", w("attachments-label"))
    doc.add("list", lines=[*_escalation_attachments(case, w), *_attachments(evidence, w)])
    _sign(doc, case, today, w)
    _note(doc, w)
    return doc


def _escalation_attachments(case: Case, w: _Writer) -> list[str]:
    items = []
    if case.delivery.delivered_on is not None:
        items += [w("att-claim"), w("att-claim-proof")]
    return items


@dataclass(frozen=True)
class PenaltyLine:
    base: Decimal
    rate: Decimal
    start: date
    end: date
    days: int
    amount: Decimal
    capped: bool


def penalty_to(case: Case, today: date) -> PenaltyLine | None:
    """The penalty for this case to `today`, or None when the law gives none here."""
    problem = problems.get(case.problem)
    if problem.penalty is None or case.price is None:
        return None
    if problem.penalty.value == "prepaid":
        if not case.prepaid or case.promised_on is None:
            return None
        due = case.promised_on
    else:
        if case.delivery.delivered_on is None:
            return None
        demand = case.demand or problem.demands[0]
        due = deadline(
            problem.deadline_for(demand), case.delivery.delivered_on, until=case.new_date
        ).due
    p = penalty(problem.penalty, case.price, due, today)
    return PenaltyLine(p.base, p.rate, p.start, p.end, p.days, p.amount, p.capped)


def lawsuit(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    w = _Writer(texts)
    problem = problems.get(case.problem)
    price = money(case.price or Decimal(0))
    line = penalty_to(case, today)
    claim_price = price + (line.amount if line else Decimal(0))
    court = court_for(claim_price)
    doc = Document("lawsuit", filename("lawsuit", case))
    doc.add(
        "addressee",
        lines=(
            w(f"doc-court-{court}"),
            "",
            w("plaintiff-label"),
            *sender(case, w)[0:1],
            *sender(case, w)[1:],
            "",
            w("defendant-label"),
            *recipient(case, w, need_address=True),
            "",
            w("claim-price", amount=w.amount(claim_price)),
            w("duty-free") if state_duty_free(claim_price) else w("duty-due"),
        ),
    )
    doc.add("title", w("lawsuit-title"))
    doc.add("subtitle", w("lawsuit-subtitle"))
    doc.add("paragraph", w(f"claim-facts-{case.problem}", **_facts_args(case, w)))
    doc.add("paragraph", _claim_history(case, w))
    doc.add("paragraph", w("lawsuit-basis", articles=w.articles(problem.articles)))
    if line is not None:
        doc.add(
            "paragraph",
            w(
                "penalty-label",
                article=w("art-" + text_key("zozpp-23" if line.rate == 1 else "zozpp-23.1")),
            ),
        )
        doc.add(
            "table",
            rows=[
                (w("pt-base"), w("pt-rate"), w("pt-from"), w("pt-to"), w("pt-days"), w("pt-sum")),
                (
                    figures(line.base),
                    f"{line.rate} %",
                    line.start.strftime("%d.%m.%Y"),
                    line.end.strftime("%d.%m.%Y"),
                    str(line.days),
                    figures(line.amount),
                ),
            ],
        )
        if line.capped:
            doc.add("paragraph", w("penalty-capped"))
    doc.add("paragraph", w("lawsuit-ask"))
    asks = [w("ask-price", amount=w.amount(price))]
    if line is not None and line.days:
        asks.append(w("ask-penalty", amount=w.amount(line.amount), date=w.day(today)))
    asks += [w("ask-moral"), w("ask-fine")]
    doc.add("list", lines=asks)
    doc.add("paragraph", w("attachments-label"))
    doc.add(
        "list",
        lines=[
            w("att-copies"),
            *_escalation_attachments(case, w),
            w("att-calculation"),
            *_attachments(evidence, w),
        ],
    )
    _sign(doc, case, today, w)
    _note(doc, w)
    return doc


def police(
    case: Case, evidence: list[Evidence], texts: Texts, today: date, *, prosecutor: bool = False
) -> Document:
    w = _Writer(texts)
    kind = "prosecutor" if prosecutor else "police"
    doc = Document(kind, filename(kind, case))
    doc.add("addressee", lines=(w(f"{kind}-to"), "", *sender(case, w)))
    doc.add("title", w(f"{kind}-title"))
    doc.add("paragraph", w(f"claim-facts-{case.problem}", **_facts_args(case, w)))
    doc.add("paragraph", w("police-seller", seller="; ".join(recipient(case, w))))
    support = _support_sentence(case, w)
    if support:
        doc.add("paragraph", support)
    doc.add("paragraph", w(f"{kind}-request"))
    doc.add("paragraph", w("attachments-label"))
    doc.add("list", lines=_attachments(evidence, w) or [w("att-none")])
    _sign(doc, case, today, w)
    _note(doc, w)
    return doc


def fas(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    w = _Writer(texts)
    doc = Document("fas", filename("fas", case))
    doc.add("addressee", lines=(w("fas-to"), "", *sender(case, w)))
    doc.add("title", w("fas-title"))
    doc.add("paragraph", w("violator", seller="; ".join(recipient(case, w))))
    doc.add("paragraph", w(f"claim-facts-{case.problem}", **_facts_args(case, w)))
    doc.add("paragraph", w("fas-request", article=w("art-reklama-33")))
    doc.add("paragraph", w("attachments-label"))
    doc.add("list", lines=_attachments(evidence, w) or [w("att-none")])
    _sign(doc, case, today, w)
    _note(doc, w)
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

    w = _Writer(texts)
    doc = Document("appeal", filename("appeal", case))
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
    doc.add("list", lines=[w(f"appeal-rule-{r}") for r in case.rules])
    found = verdict(case.signals, case.rules).present
    if found:
        doc.add("paragraph", w("appeal-signals-label"))
        doc.add("list", lines=[w(f"appeal-signal-{s}") for s in found])
    doc.add("paragraph", w("appeal-request"))
    attachments = _attachments(evidence, w)
    if attachments:
        doc.add("paragraph", w("attachments-label"))
        doc.add("list", lines=attachments)
    doc.add("signature", w("appeal-sign", date=w.day(today), shop=case.shop_name or ""))
    _note(doc, w)
    return doc


def appeal_short(case: Case, texts: Texts) -> str:
    """The text for the review's own "Пожаловаться" form: short, names the rules."""
    w = _Writer(texts)
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
    return police(case, evidence, texts, today, prosecutor=route is Route.PROSECUTOR)


def court_name(case: Case, today: date) -> Court:
    line = penalty_to(case, today)
    return court_for(money(case.price or 0) + (line.amount if line else Decimal(0)))


__all__ = ["Block", "Demand", "Document", "Evidence", "claim", "claim_chat", "for_route"]

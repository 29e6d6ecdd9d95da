"""The export's `case.pdf` (issue 20 p. 5): the case's facts and its timeline on paper, for a
lawyer or a consumer organisation who gets the ZIP. Facts only, as the case records them: it
argues nothing and cites no law, so it says nothing a lawyer would have to check.

The timeline's lines come in as text already (`line`): they are the case file's own words
(`flows/timeline.py`), said here in Russian like every document."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from flows.case import Case
from flows.claims import DocKind
from flows.documents.blocks import Document
from flows.documents.parties import contacts, shop_name
from flows.documents.writer import Writer, entity_name
from flows.texts import Texts
from flows.timeline import Entry

_TAG = re.compile(r"<[^>]+>")
_LEAD = re.compile(r"^[^\w«(\"]+")


def plain(text: str) -> str:
    """A chat line as paper has it: no markup, no pictogram before the words."""
    text = _TAG.sub("", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return _LEAD.sub("", text).strip()


def short_day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _facts(case: Case, w: Writer) -> list[tuple[str, str]]:
    rows: list[tuple[str, str | None]] = [
        (w("cf-applicant"), case.person.full_name),
        (w("cf-contacts"), "; ".join(contacts(case, w)) or None),
    ]
    if case.marketplace:
        rows.append((w("cf-marketplace"), w(f"mp-name-{case.marketplace}", shop=shop_name(case))))
    if case.seller is not None and case.seller.name:
        seller = [entity_name(case.seller.name)]
        seller += [w("inn-part", inn=case.seller.inn)] if case.seller.inn else []
        seller += [w("ogrn-part", ogrn=case.seller.ogrn)] if case.seller.ogrn else []
        seller += [case.seller.address] if case.seller.address else []
        rows.append((w("cf-seller"), ", ".join(seller)))
    rows += [
        (w("cf-order"), case.order_number),
        (w("cf-item"), case.item),
        (w("cf-price"), w.amount(case.price) if case.price is not None else None),
        (w("cf-ordered"), short_day(case.ordered_on) if case.ordered_on else None),
        (w("cf-received"), short_day(case.received_on) if case.received_on else None),
        (w("cf-status"), w(f"cf-status-{case.status.value}")),
    ]
    return [(label, value) for label, value in rows if value]


def casefile(
    case: Case,
    entries: Sequence[Entry],
    line: Callable[[Entry], str],
    texts: Texts,
    today: date,
) -> Document:
    """The case file as blocks; `line` says one timeline entry in Russian."""
    w = Writer(texts, case)
    doc = Document(DocKind.CASEFILE, f"delo-{case.id}")
    doc.add("title", w("cf-title", id=case.id))
    doc.add("subtitle", w("cf-made-on", date=w.day(today)))
    doc.add("paragraph", w("cf-facts"))
    doc.add("table", rows=[(w("cf-fact"), w("cf-value")), *_facts(case, w)])
    doc.add("paragraph", w("cf-timeline"))
    if entries:
        rows = [(w("cf-date"), w("cf-event"))]
        # a deadline's line says it is one ("Срок: …"): the timeline's words, as the card's
        rows += [(short_day(entry.on), plain(line(entry))) for entry in entries]
        doc.add("table", rows=rows)
    else:
        doc.add("paragraph", w("cf-timeline-empty"))
    doc.add("note", w("cf-note"))
    return doc

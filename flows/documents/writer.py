"""Russian wording for documents: texts by key in the writer's grammatical gender, dates and
amounts as a lawyer writes them, list punctuation, file names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from flows.case import Case
from flows.claims import DocKind
from flows.law import ARTICLES
from flows.money import parts
from flows.names import grammar
from flows.texts import DOCS, Texts

# -- helpers ---------------------------------------------------------------------------------

_DOUBLE_DOT = re.compile(r"(?<!\.)\.\.(?!\.)")
# "№ 12", "ст. 18", "п. 5", "д. 1", "2026 г." stay on one line (a no-break space)
_BIND = re.compile(r"(?<![\w])(№|ст\.|пп\.|п\.|ч\.|д\.|стр\.|кв\.|г\.|руб\.) (?=\S)")
_BIND_YEAR = re.compile(r"(\d) (г\.|руб\.|коп\.)")
TRAILING = re.compile(r"[\s;,.]+$")
_SEPARATOR = re.compile(r"[\s;,]+$")


_DOUBLE_COLON = re.compile(r":(\s*:)+")
_STRAIGHT = re.compile(r'"([^"\n]*)"')


def nest_quotes(text: str) -> str:
    """Russian quotes inside quotes: «Кофемашина «Bork»» -> «Кофемашина „Bork“» (issue 17
    p. 21). A person's text quoted by a template brings its own «…» with it."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "«":
            out.append("„" if depth else "«")
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            out.append("“" if depth else "»")
        else:
            out.append(ch)
    return "".join(out)


_SOLE_TRADER = re.compile(r"^(ИП|Индивидуальный предприниматель)\s", re.IGNORECASE)
_FORM = re.compile(r"^(ООО|АО|ПАО|ЗАО|НАО|ОАО|ОДО)\s+(.+)$")


def entity_name(name: str) -> str:
    """A seller's name as a document writes it: a sole trader without quotes («ИП Петренко
    И. С.», issue 17 p. 21), a company's name in quotes after its form («ООО «Ромашка»»), a
    bare shop name in quotes; a name that brings its own quotes is kept."""
    name = _STRAIGHT.sub("«\\1»", name.strip())  # ООО "Ромашка" as people type it
    if not name or "«" in name or '"' in name or _SOLE_TRADER.match(name):
        return name
    if m := _FORM.match(name):
        return f"{m.group(1)} «{m.group(2)}»"
    return f"«{name}»"


class Writer:
    def __init__(self, texts: Texts, case: Case) -> None:
        self.texts = texts
        self.g = (case.person.grammar or grammar(case.person.full_name)).value

    def __call__(self, key: str, **args: object) -> str:
        # "… коп." at the end of a sentence must not end in "коп.."
        text = _DOUBLE_DOT.sub(".", self.texts.get(key, DOCS, g=self.g, **args))
        text = nest_quotes(_DOUBLE_COLON.sub(":", text))
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
    DocKind.REPLY_INSIST: "otvet-prodavcu",
    DocKind.REPLY_CHECK: "zayavlenie-proverka-kachestva",
    DocKind.REPLY_PARTIAL: "zayavlenie-chastichnaya-vyplata",
}


def filename(kind: DocKind, case: Case, version: int | None = None) -> str:
    """`pretenziya-ozon-12345678-0001`: what the file is, where, which order. A kind written
    once per seller's answer carries that answer's number (`otvet-prodavcu-ozon-…-otvet-2`),
    so the replies to two answers never share a name."""
    ref = case.order_number or case.review.sku or case.id
    name = slug(f"{FILE_PREFIX[kind]}-{case.marketplace or 'shop'}-{ref}")
    return name if version is None else f"{name}-otvet-{version}"


def phone_display(phone: str) -> str:
    """ "+79991234567" -> "+7 999 123-45-67"."""
    digits = phone.removeprefix("+7")
    if len(digits) != 10 or not digits.isdigit():
        return phone
    return f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"

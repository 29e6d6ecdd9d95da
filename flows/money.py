"""Amounts as Russian documents write them: figures in groups of three joined by no-break
spaces (so "4 990" never splits across lines), and roubles in words."""

from __future__ import annotations

from decimal import Decimal

from num2words import num2words

from flows.law import money

NBSP = "\u00a0"


def figures(amount: Decimal | int) -> str:
    """4990 -> "4 990"; 4990.5 -> "4 990,50" (kopecks only when there are any)."""
    amount = money(amount)
    roubles, kopecks = divmod(int(amount * 100), 100)
    text = f"{roubles:,}".replace(",", NBSP)
    return f"{text},{kopecks:02d}" if kopecks else text


def parts(amount: Decimal) -> tuple[str, str, str]:
    """("4 990", "четыре тысячи девятьсот девяносто", "00"): roubles in figures and in words,
    and kopecks in two figures, for "4 990 (…) руб. 00 коп."."""
    amount = money(amount)
    roubles, kopecks = divmod(int(amount * 100), 100)
    return f"{roubles:,}".replace(",", NBSP), num2words(roubles, lang="ru"), f"{kopecks:02d}"

"""Digits typed in another script, made ASCII.

A phone keyboard set to Arabic gives «٨٩١٦١٢٣٤٥٦٧», a Japanese or Chinese one gives
full-width «８９１６…»; Python's `\\d` and `int()` accept both, so without this such a number
would be stored as typed and printed that way in a claim to a Russian company. Every decimal
digit of any script (Unicode category Nd) becomes its ASCII digit, and full-width ASCII forms
(«＋», «－», «（», «＃») become plain ASCII; everything else is left alone (so «№» stays).
"""

from __future__ import annotations

import unicodedata

_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E  # ！ … ～  ->  ! … ~
_FULLWIDTH_SHIFT = 0xFEE0
_IDEOGRAPHIC_SPACE = "\u3000"


def _ascii(ch: str) -> str:
    if ch.isascii():
        return ch
    if unicodedata.category(ch) == "Nd":
        return str(unicodedata.decimal(ch))
    code = ord(ch)
    if _FULLWIDTH_FIRST <= code <= _FULLWIDTH_LAST:
        return chr(code - _FULLWIDTH_SHIFT)
    if ch == _IDEOGRAPHIC_SPACE:
        return " "
    return ch


def ascii_digits(text: str) -> str:
    """`text` with every digit of any script as an ASCII digit, full-width forms as ASCII."""
    if text.isascii():
        return text
    return "".join(_ascii(ch) for ch in text)

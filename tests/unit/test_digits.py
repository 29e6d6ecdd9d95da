"""Digits from other scripts (Arabic-Indic, Persian, Devanagari, full-width) are stored as
ASCII in phones, ИНН/ОГРН and order numbers, never as typed."""

from __future__ import annotations

import pytest

from flows.case import InputError, parse_company_ids, parse_order_number, parse_phone
from flows.digits import ascii_digits
from flows.marketplaces import get as marketplace

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
SCRIPTS = [ARABIC, PERSIAN, FULLWIDTH, DEVANAGARI]


@pytest.mark.parametrize("script", SCRIPTS)
def test_phone(script) -> None:
    assert parse_phone("+7 (916) 123-45-67".translate(script)) == "+79161234567"
    assert parse_phone("8 916 123 45 67".translate(script)) == "+79161234567"


@pytest.mark.parametrize("script", SCRIPTS)
def test_company_ids(script) -> None:
    assert parse_company_ids("ИНН 7704217370".translate(script)) == ("7704217370", "")


@pytest.mark.parametrize("script", SCRIPTS)
def test_order_number(script) -> None:
    ozon = marketplace("ozon")
    number = parse_order_number("№ 12345678-0001".translate(script), ozon)
    assert number == "12345678-0001"
    assert number.isascii()


def test_wrong_numbers_are_still_refused_in_any_script() -> None:
    with pytest.raises(InputError):
        parse_phone("١٢٣")
    with pytest.raises(InputError):
        parse_company_ids("ИНН ٧٧٠٤٢١٧٣٧١")  # checksum wrong


def test_only_digits_and_fullwidth_forms_change() -> None:
    assert ascii_digits("№ ٤٢ Ｘ　Иванов ½ ²") == "№ 42 X Иванов ½ ²"

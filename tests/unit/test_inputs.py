"""What people type, and what the case makes of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from flows import marketplaces
from flows.case import (
    InputError,
    check_past,
    parse_address,
    parse_company_ids,
    parse_date,
    parse_email,
    parse_full_name,
    parse_order_number,
    parse_phone,
    parse_price,
    parse_text,
    price_plausible,
)

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21.11.2026", date(2026, 11, 21)),
        ("21.11", date(2026, 11, 21)),
        ("1.3.26", date(2026, 3, 1)),
        ("21/11/2026", date(2026, 11, 21)),
        ("2026-11-21", date(2026, 11, 21)),
        (" 05.10.2026. ", date(2026, 10, 5)),
        # as people write them (today is Saturday 21.11.2026)
        ("сегодня", date(2026, 11, 21)),
        ("Вчера", date(2026, 11, 20)),
        ("позавчера", date(2026, 11, 19)),
        ("3 дня назад", date(2026, 11, 18)),
        ("21 ноября", date(2026, 11, 21)),
        ("5 октября 2026", date(2026, 10, 5)),
        ("21.11.2026г", date(2026, 11, 21)),
        ("21.11.2026 г.", date(2026, 11, 21)),
        ("21/11", date(2026, 11, 21)),
        ("today", date(2026, 11, 21)),
        ("yesterday", date(2026, 11, 20)),
        ("21 Nov", date(2026, 11, 21)),
        ("Nov 21", date(2026, 11, 21)),
        ("2 weeks ago", date(2026, 11, 7)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("когда-то давно", "err-date-format"),
        ("15к", "err-date-format"),
        ("32.11", "err-date-invalid"),
        ("1", "err-date-format"),
        ("31.02.2026", "err-date-invalid"),
        ("", "err-date-format"),
    ],
)
def test_bad_dates(text: str, key: str) -> None:
    with pytest.raises(InputError) as err:
        parse_date(text, TODAY)
    assert err.value.key == key


def test_a_month_in_words_looks_ahead_for_a_new_date() -> None:
    """A new delivery date lies ahead: «5 декабря» in November is this December, while for a
    past date (an order) «5 декабря» is last December."""
    assert parse_date("5 декабря", TODAY, prefer="future") == date(2026, 12, 5)
    assert parse_date("5 декабря", TODAY) == date(2025, 12, 5)


def test_future_and_ancient_dates() -> None:
    with pytest.raises(InputError, match="err-date-future"):
        check_past(date(2026, 11, 22), TODAY)
    with pytest.raises(InputError, match="err-date-too-old"):
        check_past(date(2015, 1, 1), TODAY)
    assert check_past(TODAY, TODAY) == TODAY


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4990", "4990.00"),
        ("4 990", "4990.00"),
        ("4990,50", "4990.50"),
        ("4 990 ₽", "4990.00"),
        ("4990 руб.", "4990.00"),
        ("12\u00a0345.5", "12345.50"),
        ("15к", "15000.00"),
        ("15K", "15000.00"),
        ("15 тыс.", "15000.00"),
        ("15 тыс", "15000.00"),
        ("15,5 тыс", "15500.00"),
        ("15 000 рублей", "15000.00"),
        ("15 т.р.", "15000.00"),
        ("1,2 млн", "1200000.00"),
        ("4.990", "4990.00"),
        ("1 500,50", "1500.50"),
    ],
)
def test_prices(text: str, value: str) -> None:
    assert parse_price(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("-100", "err-price-negative"),
        ("0", "err-price-zero"),
        ("сто рублей", "err-price-format"),
        ("100000001", "err-price-too-big"),
        ("15 кг", "err-price-format"),
        ("1.2.3", "err-price-format"),
    ],
)
def test_bad_prices(text: str, key: str) -> None:
    with pytest.raises(InputError) as err:
        parse_price(text)
    assert err.value.key == key


@pytest.mark.parametrize(
    ("value", "plausible"),
    [("99.99", False), ("100", True), ("15000", True), ("10000000", True), ("10000001", False)],
)
def test_implausible_prices_are_asked_about(value: str, plausible: bool) -> None:
    assert price_plausible(Decimal(value)) is plausible


@pytest.mark.parametrize(
    ("marketplace", "text", "ok"),
    [
        ("ozon", "12345678-0001", True),
        ("ozon", "12345678", True),
        ("ozon", "№ 12345678-0001", True),
        ("ozon", "12345678-0001-1", True),
        ("ozon", "1234-5678", False),
        ("ozon", "abc", False),
        ("wildberries", "123456789012", True),
        ("wildberries", "12345678-0001", False),
        ("yandex_market", "123456789", True),
        ("yandex_market", "12a", False),
        ("other", "A-10234", True),
        ("other", "!!", False),
    ],
)
def test_order_numbers(marketplace: str, text: str, ok: bool) -> None:
    mp = marketplaces.get(marketplace)
    if ok:
        assert parse_order_number(text, mp)
    else:
        with pytest.raises(InputError) as err:
            parse_order_number(text, mp)
        assert err.value.args_["example"] == mp.order_number_example


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("+7 999 123-45-67", "+79991234567"),
        ("8 (999) 123-45-67", "+79991234567"),
        ("9991234567", "+79991234567"),
        ("+7 495 123 45 67", "+74951234567"),
    ],
)
def test_phones(text: str, phone: str) -> None:
    assert parse_phone(text) == phone


@pytest.mark.parametrize("text", ["12345", "+1 202 555 0101", "телефон", "+7 199 123 45 67"])
def test_bad_phones(text: str) -> None:
    with pytest.raises(InputError, match="err-phone"):
        parse_phone(text)


def test_email() -> None:
    assert parse_email(" Ivanov@Mail.RU ") == "ivanov@mail.ru"
    for bad in ("ivanov", "a@b", "a..b@mail.ru", "a b@mail.ru"):
        with pytest.raises(InputError, match="err-email"):
            parse_email(bad)


def test_full_name() -> None:
    assert parse_full_name("иванов  иван иванович") == "Иванов Иван Иванович"
    assert parse_full_name("Римский-корсаков Николай") == "Римский-Корсаков Николай"
    with pytest.raises(InputError, match="err-name-words"):
        parse_full_name("Иван")
    with pytest.raises(InputError, match="err-name-letters"):
        parse_full_name("Иванов 123")


def test_address_needs_an_index() -> None:
    assert parse_address("123456, г. Москва, ул. Ленина, д. 1").startswith("123456")
    with pytest.raises(InputError, match="err-address-index"):
        parse_address("г. Москва, ул. Ленина, д. 1")


def test_text_limits() -> None:
    with pytest.raises(InputError, match="err-text-short"):
        parse_text(" a ", limit=10)
    with pytest.raises(InputError, match="err-text-long"):
        parse_text("x" * 11, limit=10)


def test_company_ids_with_checksums() -> None:
    assert parse_company_ids("ИНН 7704217370, ОГРН 1027739244741") == (
        "7704217370",
        "1027739244741",
    )
    with pytest.raises(InputError, match="err-inn"):
        parse_company_ids("7704217371")
    with pytest.raises(InputError, match="err-ogrn"):
        parse_company_ids("1027739244742")
    with pytest.raises(InputError, match="err-company-ids"):
        parse_company_ids("12345")

"""No token and no personal data in the logs, at DEBUG, from any library."""

from __future__ import annotations

import json
import logging

from aiogram import loggers
from aiogram.exceptions import ClientDecodeError

from bot.logs import PrivacyFilter, protect
from bot.offline import OFFLINE_TOKEN
from flows.problems import ProblemId
from tests.helpers import NAME, walk

PLANTED = [
    NAME,
    "Иванов",
    "Ленина",  # address
    "123-45-67",  # phone as typed
    "79991234567",  # phone as stored
    "Ivanov@Mail.ru",
    "ivanov@mail.ru",
    "12345678",  # order number
    OFFLINE_TOKEN,
    OFFLINE_TOKEN.split(":", 1)[1],
]


async def test_a_whole_journey_at_debug_logs_nothing_personal(talk, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    privacy = protect([OFFLINE_TOKEN])
    assert privacy in caplog.handler.filters
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    # an update aiogram cannot read, as its polling loop reports it
    raw = json.dumps({"update_id": 5, "message": {"text": f"{NAME}, +79991234567"}})
    error = ClientDecodeError("Failed to deserialize object", ValueError(raw), raw)
    loggers.dispatcher.error("Failed to fetch updates - %s: %s", type(error).__name__, error)
    try:
        raise ValueError(f"bad input: {NAME} ivanov@mail.ru")
    except ValueError:
        logging.getLogger("aiogram.event").exception("Cause exception while process update")

    names = {r.name for r in caplog.records}
    assert "aiosqlite" in names  # statements were logged: the test is not vacuous
    assert {"pytrovich.maker", "pytrovich.detector"} <= names  # and names were declined
    assert len(caplog.records) > 100
    text = caplog.text
    leaked = [p for p in PLANTED if p in text]
    assert leaked == []
    assert "Failed to fetch updates - ClientDecodeError: <ClientDecodeError>" in text
    assert "Traceback (frames only)" in text


def test_scrub_masks_token_secret_email_phone() -> None:
    privacy = PrivacyFilter(["webhook-secret-1"])
    line = (
        "call https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe"
        " secret=webhook-secret-1 mail a.b+c@example.co.uk phone +7 (916) 123-45-67 update 123"
    )
    scrubbed = privacy.scrub(line)
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in scrubbed
    assert "webhook-secret-1" not in scrubbed
    assert "example.co.uk" not in scrubbed
    assert "123-45-67" not in scrubbed
    assert scrubbed.endswith("update 123")


def test_the_cli_puts_the_filter_on_its_handlers(settings) -> None:
    from bot.__main__ import _setup_logging

    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    level = root.level
    try:
        _setup_logging(settings)
        assert any(isinstance(f, PrivacyFilter) for f in handler.filters)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for h in root.handlers:
            h.filters = [f for f in h.filters if not isinstance(f, PrivacyFilter)]

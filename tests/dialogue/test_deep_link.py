"""Where people came from (issue 22 p. 4): `t.me/<bot>?start=<tag>` keeps the tag once, at the
person's first contact; a malformed payload is ignored and /start works as always."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.db import Database
from flows import sources

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def _source(db: Database, user_id: int) -> str | None:
    row = await db.fetchone("SELECT source FROM users WHERE user_id = ?", (user_id,))
    return None if row is None else row["source"]


async def test_the_tag_is_kept_at_first_contact_and_never_changes(talk, db: Database) -> None:
    me = talk()
    await me.say("/start partner_msk")
    assert me.said[0].startswith("Здравствуйте")
    assert me.buttons[0] == "📝 Новое обращение"
    assert await _source(db, 1001) == "partner_msk"
    await me.say("/start other-partner")
    assert await _source(db, 1001) == "partner_msk"
    assert me.said[-2].startswith("Здравствуйте")


async def test_a_person_already_known_gets_no_tag(talk, db: Database) -> None:
    me = talk(user_id=1002)
    await me.say("/start")
    await me.say("/start partner_msk")
    assert await _source(db, 1002) is None


@pytest.mark.parametrize("payload", ["partner msk", "партнёр", "a" * 65, "x/y", "tag!", "%20tag"])
async def test_a_malformed_payload_is_ignored(talk, db: Database, payload: str) -> None:
    me = talk(user_id=1003)
    await me.say(f"/start {payload}")
    assert me.said[0].startswith("Здравствуйте")
    assert me.buttons[0] == "📝 Новое обращение"
    assert await _source(db, 1003) is None


async def test_english_first_contact_keeps_the_tag_too(talk, db: Database) -> None:
    me = talk(user_id=1004, language="en")
    await me.say("/start spb_2026")
    assert me.said[0].startswith("Hello")
    assert await _source(db, 1004) == "spb_2026"


@given(st.text(max_size=80))
def test_a_tag_is_exactly_what_telegram_allows(payload: str) -> None:
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    expected = (
        payload.strip()
        if payload.strip() and len(payload.strip()) <= 64 and set(payload.strip()) <= allowed
        else None
    )
    assert sources.tag(payload) == expected

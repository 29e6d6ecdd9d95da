"""/delete forgets a person completely: not one of their strings is left in the database
file or its WAL, and the documents the console saved for them are gone from `--out`."""

from __future__ import annotations

from pathlib import Path

from bot.db import Database
from flows.problems import ProblemId
from tests.helpers import stored, walk


def _raw(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            data += part.read_bytes()
    return data


async def test_delete_leaves_no_readable_trace(talk, db: Database, settings, tmp_path) -> None:
    me = talk()
    other = talk(user_id=2002)
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await walk(other, ProblemId.DAMAGED, "order_number")
    case = await stored(db)
    planted = [
        case.person.full_name,
        case.person.address,
        case.person.phone,
        case.person.email,
        case.order_number,
        case.item,
        case.seller.name,
    ]
    assert all(planted)
    raw = _raw(settings.database_path)
    present = [p for p in planted if p.encode() in raw]
    assert present == planted  # the test can see them before /delete
    out = tmp_path / "out"
    assert any(out.iterdir())

    await me.say("/delete")
    await me.tap_key("delete-yes")
    assert "удалены" in me.last

    raw = _raw(settings.database_path)
    assert [p for p in planted if p.encode() in raw] == []
    assert list(out.iterdir()) == []
    # the other person is untouched
    assert (await stored(db, user_id=2002)).problem == "damaged"
    row = await db.fetchone("PRAGMA integrity_check")
    assert row[0] == "ok"

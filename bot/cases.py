"""Cases, their evidence, timeline and documents in SQLite (pydantic models <-> rows).

Every read takes the owner's id: a case id from a button or a callback never reaches a case
of somebody else.

Within an update (`bot.db.Unit`) a case is read from the database once: the unit keeps its
JSON as read (often with the chat's state, `bot/storage.py`) or as last saved, and a save
waits for the update's commit.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime
from typing import Any, TypeVar

from bot.db import Sql
from flows.case import Case, Path, Status
from flows.ports import DocumentRow, EventRow, EvidenceRow

R = TypeVar("R", EvidenceRow, DocumentRow, EventRow)


class CaseRepo:
    def __init__(self, db: Sql) -> None:
        self.db = db

    # -- cases ---------------------------------------------------------------------------------

    async def create(self, owner_id: int, now: datetime, path: Path = Path.BUYER) -> Case:
        case = Case(owner_id=owner_id, created_at=now, path=path)
        async with self.db.transaction() as conn:
            async with conn.execute(
                "INSERT INTO cases (owner_id, stage, status, data, created_at, updated_at)"
                " VALUES (?, ?, ?, '{}', ?, ?) RETURNING id",
                (owner_id, case.stage, case.status.value, now.isoformat(), now.isoformat()),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:  # pragma: no cover - an INSERT … RETURNING always returns its row
                raise RuntimeError("the new case got no id")
            case.id = row[0]
            await conn.execute(
                "UPDATE cases SET data = ? WHERE id = ?", (case.model_dump_json(), case.id)
            )
            await conn.execute(
                "INSERT INTO events (case_id, at, kind) VALUES (?, ?, 'created')",
                (case.id, now.isoformat()),
            )
        self._remember(case.id, owner_id, case.model_dump_json())
        return case

    async def get(self, case_id: int, owner_id: int) -> Case | None:
        unit = self.db.current_unit()
        known = unit.cases.get((case_id, owner_id)) if unit is not None else None
        if known is not None:
            return Case.model_validate_json(known)
        row = await self.db.fetchone(
            "SELECT data FROM cases WHERE id = ? AND owner_id = ?", (case_id, owner_id)
        )
        if row is None:
            return None
        self._remember(case_id, owner_id, row["data"])
        return Case.model_validate_json(row["data"])

    async def save(self, case: Case, now: datetime) -> None:
        """One statement: in an update it commits with the update's other writes. A change
        of status (closed, reopened) asks the retention sweep to look at the case at once
        (`review_at` = ''; the right-hand sides read the row as it was)."""
        if not case.id:
            raise ValueError("save() needs a created case")
        data = case.model_dump_json()
        await self.db.execute(
            "UPDATE cases SET marketplace = ?, problem = ?, stage = ?,"
            " review_at = CASE WHEN status = ? THEN review_at ELSE '' END, status = ?,"
            " data = ?, updated_at = ? WHERE id = ? AND owner_id = ?",
            (
                case.marketplace,
                case.problem,
                case.stage,
                case.status.value,
                case.status.value,
                data,
                now.isoformat(),
                case.id,
                case.owner_id,
            ),
        )
        self._remember(case.id, case.owner_id, data)

    def _remember(self, case_id: int, owner_id: int, data: str) -> None:
        unit = self.db.current_unit()
        if unit is not None:
            unit.cases[(case_id, owner_id)] = data

    async def owned_by(self, owner_id: int, *, open_only: bool = False) -> list[Case]:
        sql = "SELECT data FROM cases WHERE owner_id = ?"
        params: list[object] = [owner_id]
        if open_only:
            sql += " AND status = ?"
            params.append(Status.OPEN.value)
        rows = await self.db.fetchall(sql + " ORDER BY id DESC", params)
        return [Case.model_validate_json(r["data"]) for r in rows]

    # -- timeline ------------------------------------------------------------------------------

    async def log(self, case_id: int, at: datetime, kind: str, /, **data: Any) -> None:
        await self.db.execute(
            "INSERT INTO events (case_id, at, kind, data) VALUES (?, ?, ?, ?)",
            (case_id, at.isoformat(), kind, json.dumps(data, ensure_ascii=False, default=str)),
        )

    async def events(self, case_id: int) -> list[EventRow]:
        rows = await self.db.fetchall(
            "SELECT * FROM events WHERE case_id = ? ORDER BY at, id", (case_id,)
        )
        return [
            _from_row(
                EventRow, r, at=datetime.fromisoformat(r["at"]), data=json.loads(r["data"] or "{}")
            )
            for r in rows
        ]

    # -- evidence ------------------------------------------------------------------------------

    async def add_evidence(
        self,
        case_id: int,
        *,
        kind: str,
        file_id: str,
        file_unique_id: str,
        name: str | None,
        size: int | None,
        caption: str | None,
        at: datetime,
        reply: int | None = None,
    ) -> bool:
        """False when this very file is already in the case. `reply`: the number of the
        seller's answer the file came with (None: the person's own evidence)."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO evidence (case_id, kind, file_id, file_unique_id, name,"
                " size, caption, added_at, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (
                    case_id,
                    kind,
                    file_id,
                    file_unique_id,
                    name,
                    size,
                    caption,
                    at.isoformat(),
                    reply,
                ),
            )
            return cursor.rowcount == 1

    async def evidence(self, case_id: int) -> list[EvidenceRow]:
        rows = await self.db.fetchall(
            "SELECT * FROM evidence WHERE case_id = ? ORDER BY id", (case_id,)
        )
        return [
            _from_row(EvidenceRow, r, added_at=datetime.fromisoformat(r["added_at"])) for r in rows
        ]

    async def remove_evidence(self, evidence_id: int, owner_id: int) -> bool:
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM evidence WHERE id = ? AND case_id IN"
                " (SELECT id FROM cases WHERE owner_id = ?)",
                (evidence_id, owner_id),
            )
            return cursor.rowcount == 1

    # -- documents -----------------------------------------------------------------------------

    async def add_document(
        self,
        case_id: int,
        kind: str,
        version: int,
        sha256: str,
        at: datetime,
        docx_file_id: str | None,
        pdf_file_id: str | None,
    ) -> None:
        await self.db.execute(
            "INSERT INTO documents (case_id, kind, version, created_at, sha256,"
            " docx_file_id, pdf_file_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, kind, version) DO UPDATE SET created_at = excluded.created_at,"
            " sha256 = excluded.sha256, docx_file_id = excluded.docx_file_id,"
            " pdf_file_id = excluded.pdf_file_id",
            (case_id, kind, version, at.isoformat(), sha256, docx_file_id, pdf_file_id),
        )

    async def documents(self, case_id: int) -> list[DocumentRow]:
        rows = await self.db.fetchall(
            "SELECT * FROM documents WHERE case_id = ? ORDER BY kind, version", (case_id,)
        )
        return [_from_row(DocumentRow, r) for r in rows]


def _from_row(cls: type[R], row: Any, **converted: Any) -> R:
    """A row dataclass from a database row: its fields by column name, some converted."""
    return cls(**{f.name: converted.get(f.name, row[f.name]) for f in fields(cls)})

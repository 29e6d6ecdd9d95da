"""Documents into the chat: build (domain), render both formats off the event loop, send as
files named like `pretenziya-ozon-12345678-0001.pdf`, remember their Telegram file ids so
/cases can send them again without rendering.

Sending is owed, not immediate: the step that makes a document is stored first, together
with an `outbox` row, and the files go out afterwards; a crash in between is finished at the
next start (`resume`), each file sent once. The dialogue hands over its outbox (`flows.outbox`
values), never itself: this module knows nothing of the conversation."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import BufferedInputFile

from bot.cases import CaseRepo
from bot.render.docx import render_docx
from bot.render.pdf import render_pdf
from flows import documents
from flows.case import Case
from flows.claims import DocKind
from flows.documents import Document, Evidence
from flows.outbox import Outgoing, Owed, Said
from flows.ports import Clock
from flows.texts import Texts

log = logging.getLogger(__name__)


def render_both(doc: Document) -> tuple[bytes, bytes]:
    return render_docx(doc), render_pdf(doc)


class Paperwork:
    def __init__(self, cases: CaseRepo, texts: Texts) -> None:
        self.cases = cases
        self.texts = texts

    async def evidence(self, case: Case) -> list[Evidence]:
        rows = await self.cases.evidence(case.id)
        return [Evidence(r.kind, r.name, r.caption, r.reply) for r in rows]

    async def build(self, case: Case, kind: DocKind, today: date) -> list[Document]:
        """The documents of `kind`; the claim stage may write two letters, in sending order."""
        evidence = await self.evidence(case)
        return documents.build(kind, case, evidence, self.texts, today)

    async def owe(
        self, case: Case, kind: DocKind, today: date, version: int, locale: str
    ) -> list[Owed]:
        """The documents of `kind` this step owes the chat, built now from the case as the
        step sees it; the caller puts them in its outbox.

        Sending waits for `deliver` (after the step is stored, before the next question),
        because a step asked again after a crash would make the person press again and get
        the files twice; an owed document survives a crash instead (`resume`)."""
        built = await self.build(case, kind, today)
        # a kind may write several letters (the seller's notice, the marketplace's demand)
        return [
            Owed(case.id, kind, version, today, locale, doc, part) for part, doc in enumerate(built)
        ]

    async def commit(self, outbox: Sequence[Outgoing], chat_id: int, now: datetime) -> None:
        """Write the owed documents of `outbox` not written yet: with the step's other writes
        (the update's unit, or this task's transaction)."""
        for owed in outbox:
            if not isinstance(owed, Owed) or owed.queued or owed.row_id is not None:
                continue
            owed.queued = True

            def written(row: Any, owed: Owed = owed) -> None:
                owed.row_id = row[0] if row is not None else None

            await self.cases.db.write(
                "INSERT INTO outbox (case_id, chat_id, kind, part, version, made_on, locale,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    owed.case_id,
                    chat_id,
                    owed.kind,
                    owed.part,
                    owed.version,
                    owed.made_on.isoformat(),
                    owed.locale,
                    now.isoformat(),
                ),
                written,
            )

    async def deliver(self, outbox: list[Outgoing], bot: Bot, chat_id: int, clock: Clock) -> None:
        """Send `outbox` in order, emptying it: the documents (written and committed first, so
        a crash cannot lose them) and the words said after them."""
        if not outbox:
            return
        await self.commit(outbox, chat_id, clock.now())
        await self.cases.db.flush()
        while outbox:
            item = outbox[0]
            if isinstance(item, Said):
                await bot.send_message(chat_id, item.text, reply_markup=item.markup)
            else:
                try:
                    await bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
                except (TelegramAPIError, TimeoutError, OSError) as exc:
                    log.debug("sendChatAction failed (%s); carrying on", type(exc).__name__)
                await self._deliver(bot, chat_id, item, clock.now())
            outbox.pop(0)

    async def resume(self, bot: Bot, clock: Clock, chat_id: int | None = None) -> int:
        """Send what is still owed, rebuilt from the stored case: at start-up everything a
        crash left, and before each turn what that chat is owed (a send that failed while the
        bot kept running). Returns how many documents were completed."""
        sql = "SELECT o.*, c.owner_id FROM outbox o JOIN cases c ON c.id = o.case_id"
        params: tuple[Any, ...] = ()
        if chat_id is not None:
            sql += " WHERE o.chat_id = ?"
            params = (chat_id,)
        rows = await self.cases.db.fetchall(sql + " ORDER BY o.id", params)
        done = 0
        for row in rows:
            case = await self.cases.get(row["case_id"], row["owner_id"])
            if case is None:
                continue
            made_on = date.fromisoformat(row["made_on"])
            built = await self.build(case, DocKind(row["kind"]), made_on)
            docs = built
            if row["part"] >= len(docs):  # the case no longer makes that letter
                await self.cases.db.execute("DELETE FROM outbox WHERE id = ?", (row["id"],))
                continue
            owed = Owed(
                case.id,
                row["kind"],
                row["version"],
                made_on,
                row["locale"],
                docs[row["part"]],
                row["part"],
                row["id"],
            )
            owed.docx_file_id, owed.pdf_file_id = row["docx_file_id"], row["pdf_file_id"]
            try:
                await self._deliver(bot, row["chat_id"], owed, clock.now())
            except TelegramForbiddenError:
                await self.cases.db.execute("DELETE FROM outbox WHERE id = ?", (row["id"],))
                continue
            done += 1
        if done:
            log.info("sent %d document(s) owed from before the restart", done)
        return done

    async def _deliver(self, bot: Bot, chat_id: int, owed: Owed, now: datetime) -> None:
        """Render and send the files not yet sent; each sent file is recorded at once, and
        the last one turns the owed row into the case's document in one transaction."""
        doc = owed.doc
        docx, pdf = await asyncio.to_thread(render_both, doc)
        db = self.cases.db
        if owed.docx_file_id is None:
            sent = await bot.send_document(
                chat_id,
                BufferedInputFile(docx, f"{doc.filename}.docx"),
                caption=self.texts.get("doc-docx", owed.locale),
            )
            owed.docx_file_id = sent.document.file_id if sent.document else ""
            await db.execute(
                "UPDATE outbox SET docx_file_id = ? WHERE id = ?", (owed.docx_file_id, owed.row_id)
            )
            await db.flush()  # stored before the next file goes: a crash does not send it twice
        if owed.pdf_file_id is None:
            sent = await bot.send_document(
                chat_id,
                BufferedInputFile(pdf, f"{doc.filename}.pdf"),
                caption=self.texts.get("doc-pdf", owed.locale),
            )
            owed.pdf_file_id = sent.document.file_id if sent.document else ""
        async with db.transaction() as conn:
            await self.cases.add_document(
                owed.case_id,
                doc.kind,
                owed.version,
                doc.sha256(),
                now,
                owed.docx_file_id or None,
                owed.pdf_file_id or None,
            )
            await conn.execute("DELETE FROM outbox WHERE id = ?", (owed.row_id,))

    async def resend(self, bot: Bot, chat_id: int, case: Case) -> None:
        """The case's latest documents again, by their Telegram file ids (no rendering)."""
        latest: dict[str, Any] = {}
        for row in await self.cases.documents(case.id):
            latest[row.kind] = row  # rows come ordered by version
        for row in latest.values():
            for file_id in (row.docx_file_id, row.pdf_file_id):
                if file_id:
                    await bot.send_document(chat_id, file_id)

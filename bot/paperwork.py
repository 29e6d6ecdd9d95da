"""Documents into the chat: build (domain), render both formats off the event loop, send as
files named like `pretenziya-ozon-12345678-0001.pdf`, remember their Telegram file ids so
/cases can send them again without rendering."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile

from bot.cases import CaseRepo
from bot.render.docx import render_docx
from bot.render.pdf import render_pdf
from flows import documents
from flows.case import Case
from flows.claims import DocKind
from flows.documents import Document, Evidence
from flows.texts import Texts


def render_both(doc: Document) -> tuple[bytes, bytes]:
    return render_docx(doc), render_pdf(doc)


class Paperwork:
    def __init__(self, cases: CaseRepo, texts: Texts) -> None:
        self.cases = cases
        self.texts = texts

    async def evidence(self, case: Case) -> list[Evidence]:
        rows = await self.cases.evidence(case.id)
        return [Evidence(kind=r.kind, name=r.name, caption=r.caption) for r in rows]

    async def build(self, case: Case, kind: DocKind, today: date) -> list[Document]:
        evidence = await self.evidence(case)
        return documents.build(kind, case, evidence, self.texts, today)

    async def send(
        self, turn: Any, case: Case, kind: DocKind, today: date, version: int
    ) -> list[Document]:
        """Every document of `kind` (the claim stage may write two letters), in order."""
        docs = await self.build(case, kind, today)
        for doc in docs:
            await self._send_one(turn, case, doc, version)
        return docs

    async def _send_one(self, turn: Any, case: Case, doc: Document, version: int) -> None:
        await turn.typing(ChatAction.UPLOAD_DOCUMENT)
        docx, pdf = await asyncio.to_thread(render_both, doc)
        sent_docx = await turn.bot.send_document(
            turn.chat_id,
            BufferedInputFile(docx, f"{doc.filename}.docx"),
            caption=turn.t("doc-docx"),
        )
        sent_pdf = await turn.bot.send_document(
            turn.chat_id, BufferedInputFile(pdf, f"{doc.filename}.pdf"), caption=turn.t("doc-pdf")
        )
        await self.cases.add_document(
            case.id,
            doc.kind,
            version,
            doc.sha256(),
            turn.deps["clock"].now(),
            sent_docx.document.file_id if sent_docx.document else None,
            sent_pdf.document.file_id if sent_pdf.document else None,
        )

    async def resend(self, turn: Any, case: Case) -> None:
        latest: dict[str, Any] = {}
        for row in await self.cases.documents(case.id):
            latest[row.kind] = row  # rows come ordered by version
        for row in latest.values():
            for file_id in (row.docx_file_id, row.pdf_file_id):
                if file_id:
                    await turn.bot.send_document(turn.chat_id, file_id)


"""/export's machinery (issue 20 p. 5): one case as ZIP archives for a lawyer, made in the
background and sent into the chat.

Bounded memory, whatever the case weighs: every file is downloaded from Telegram to a file of
a temporary directory, copied into the ZIP in chunks on a thread (hashed as it is copied), and
the directory goes when the archive has been sent or the work failed. An archive over
Telegram's upload limit is split into parts, each a whole ZIP under the limit; part 1 holds
`case.pdf` and `manifest.json`, which lists every file with its part.

The files come only from the rows of the case that `ExportRequest` carries, read by its
owner; a row of another case is never taken, whatever it is given.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import json
import logging
import re
import shutil
import tempfile
import traceback
import zipfile
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import FSInputFile

from bot.inflight import InFlight
from bot.render.pdf import render_pdf
from flows.case import Case
from flows.claims import DocKind
from flows.documents.casefile import casefile, plain
from flows.documents.writer import FILE_PREFIX, slug
from flows.ports import Clock, DocumentRow, EvidenceRow, ExportRequest
from flows.texts import DOCS, Texts
from flows.timeline import Entry

log = logging.getLogger(__name__)

# Telegram: a bot sends files up to 50 MB and downloads files up to 20 MB.
UPLOAD_LIMIT = 50 * 1000 * 1000  # the stricter reading of "50 MB"
DOWNLOAD_LIMIT = 20 * 1024 * 1024
DOWNLOAD_TIMEOUT = 300  # seconds for one file: 20 MB on a slow link (aiogram's default is 30)
CHUNK = 1024 * 1024
# A stored entry's bytes besides its data: local header (30) and central directory (46), each
# with the name; the archive's end record (22). No data descriptor: the file is seekable.
_ENTRY = 30 + 46
_END = 22
_SLACK = 1024  # per part, for what the arithmetic above does not foresee
_SAFE = re.compile(r"[^\w.\-]+")
TOLD_AT_MOST = 30  # missing files named in the chat; the manifest lists every one

MISSING_TOO_BIG = "too_big"  # Telegram gives bots no file over 20 MB
MISSING_UNAVAILABLE = "unavailable"  # Telegram refused it (gone, a wrong id)
MISSING_NETWORK = "network"  # it did not come after every try
MISSING_OVERSIZE = "oversize"  # larger than one part of the archive may be


@dataclass
class Item:
    """One file of the archive: where it comes from, where it goes, what it turned out to be."""

    path: str  # inside the ZIP
    at: str  # ISO time it was made or received
    source: str  # casefile | document | evidence | answer
    file_id: str | None = None  # Telegram's, to download it
    expected: int | None = None  # its size as Telegram told it, when known
    row: int | None = None  # its `documents` / `evidence` row
    caption: str | None = None
    text: str | None = None  # written, not downloaded: an answer pasted as text
    local: Path | None = None  # downloaded here
    size: int = 0
    sha256: str = ""
    part: int = 0
    missing: str | None = None  # why it is not in the archive


@dataclass(frozen=True)
class Part:
    number: int
    total: int
    file: Path
    name: str


def cost(item: Item) -> int:
    """What the item adds to a stored (uncompressed) ZIP, exactly."""
    return _ENTRY + 2 * len(item.path.encode()) + item.size


def archive_name(case: Case) -> str:
    """`delo-12-ozon`: ASCII, so every system unpacks its name alike."""
    where = slug((case.marketplace or "shop").encode("ascii", "ignore").decode()) or "shop"
    return f"delo-{case.id}-{where}"


# -- what goes in ----------------------------------------------------------------------------


def _unique(path: str, taken: set[str]) -> str:
    stem, suffix = PurePosixPath(path).stem, PurePosixPath(path).suffix
    parent = str(PurePosixPath(path).parent)
    candidate, n = path, 2
    while candidate in taken:
        candidate = f"{parent}/{stem}-{n}{suffix}"
        n += 1
    taken.add(candidate)
    return candidate


def _file_name(row: EvidenceRow) -> str:
    """The person's file name, made safe for every unzipper; a photo has none."""
    default = {"photo": ".jpg", "video": ".mp4"}.get(row.kind, "")
    name = PurePosixPath((row.name or "").replace("\\", "/")).name
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
    stem = _SAFE.sub("-", stem).strip("-.")[:60] or f"{row.kind}-{row.id}"
    suffix = _SAFE.sub("", suffix)[:10] or default
    return f"{stem}{suffix}"


def _document_name(row: DocumentRow) -> str:
    try:
        prefix = FILE_PREFIX.get(DocKind(row.kind)) or slug(row.kind)
    except ValueError:
        prefix = slug(row.kind)
    return f"{prefix}-v{row.version}"


def items_of(
    case: Case, documents: Sequence[DocumentRow], evidence: Sequence[EvidenceRow]
) -> list[Item]:
    """Every file of the case, in the archive's order: documents as sent, then the person's
    evidence, then the seller's answers' files. Rows of any other case are left out."""
    taken: set[str] = set()
    out: list[Item] = []
    for d in documents:
        if d.case_id != case.id:
            continue
        for file_id, ext in ((d.docx_file_id, "docx"), (d.pdf_file_id, "pdf")):
            if file_id:  # a document not sent yet has no file id: it is not "as sent"
                path = _unique(f"documents/{_document_name(d)}.{ext}", taken)
                out.append(Item(path, d.created_at, "document", file_id, row=d.id))
    own = [f for f in evidence if f.case_id == case.id]
    for n, f in enumerate((f for f in own if f.reply is None), start=1):
        path = _unique(f"evidence/{n:02d}-{_file_name(f)}", taken)
        out.append(_evidence_item(f, path, "evidence"))
    numbers = sorted({r.number for r in case.replies} | {f.reply for f in own if f.reply})
    for number in numbers:
        reply = next((r for r in case.replies if r.number == number), None)
        if reply is not None and reply.text:  # the answer pasted as text, as it came
            day = reply.received_on or (reply.recorded_at.date() if reply.recorded_at else None)
            path = _unique(f"answers/{number}/tekst-otveta.txt", taken)
            out.append(Item(path, day.isoformat() if day else "", "answer", text=reply.text))
        files = (f for f in own if f.reply == number)
        for n, f in enumerate(files, start=1):
            path = _unique(f"answers/{number}/{n:02d}-{_file_name(f)}", taken)
            out.append(_evidence_item(f, path, "answer"))
    return out


def _evidence_item(row: EvidenceRow, path: str, source: str) -> Item:
    return Item(
        path,
        row.added_at.isoformat(),
        source,
        row.file_id,
        expected=row.size,
        row=row.id,
        caption=row.caption,
    )


# -- the manifest ----------------------------------------------------------------------------

# The dialogue's bookkeeping, not facts of the case; and the person's Telegram id.
FACTS_LEFT_OUT = {
    "owner_id",
    "question",
    "reply",
    "price_unconfirmed",
    "route_pending",
    "filing",
    "checks_seen",
    "evidence_done",
    "profile_asked",
}


def facts(case: Case) -> dict[str, Any]:
    """The case's own facts: what the person told about this case, without the dialogue's
    bookkeeping (the open question, a draft answer) or their Telegram id."""
    return case.model_dump(mode="json", exclude=FACTS_LEFT_OUT)


def timeline_data(
    entries: Sequence[Entry], lines: Sequence[str], items: Sequence[Item]
) -> list[dict[str, Any]]:
    """The timeline as data, each entry with its Russian words (`lines`, said beforehand)
    and the archive's paths of the document or files it names."""
    paths: dict[tuple[str, int], list[str]] = {}
    for item in items:
        if item.row is not None and item.missing is None:
            kind = "document" if item.source == "document" else "evidence"
            paths.setdefault((kind, item.row), []).append(item.path)
    out = []
    for entry, line in zip(entries, lines, strict=True):
        data = asdict(entry)  # dates become ISO text in `manifest`
        data["files"] = list(entry.files)
        data["text"] = plain(line)
        named = paths.get(("document", entry.document), []) if entry.document else []
        for row in entry.files:
            named += paths.get(("evidence", row), [])
        data["paths"] = named
        out.append(data)
    return out


def manifest(
    case: Case,
    made_at: datetime,
    items: Sequence[Item],
    timeline: list[dict[str, Any]],
    parts: int,
) -> bytes:
    files = [
        {
            "path": i.path,
            "part": i.part,
            "sha256": i.sha256,
            "size": i.size,
            "date": i.at,
            "source": i.source,
            **({"caption": i.caption} if i.caption else {}),
        }
        for i in items
        if i.missing is None
    ]
    missing = [
        {"path": i.path, "reason": i.missing, "date": i.at, "source": i.source}
        for i in items
        if i.missing is not None
    ]
    data = {
        "format": "claimbot-export/1",
        "case_id": case.id,
        "made_at": made_at.isoformat(),
        "parts": parts,
        "files": files,
        "missing": missing,
        "case": facts(case),
        "timeline": timeline,
    }
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json).encode()


def _json(value: object) -> str:
    """Dates and times as ISO text; anything else JSON does not know, as its text."""
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else str(value)


# -- packing (on a thread) -------------------------------------------------------------------


def plan(items: Sequence[Item], reserve: int, limit: int) -> int:
    """Give each present item a part, greedily in order: a part is closed when the next file
    would take it over `limit`. Part 1 keeps `reserve` bytes for the manifest. A file that
    fits in no part is marked missing. Returns the number of parts."""
    room = limit - _END - _SLACK
    part, used = 1, reserve
    for item in items:
        if item.missing is not None:
            continue
        size = cost(item)
        if size > room:
            item.missing = MISSING_OVERSIZE
            continue
        if used + size > room:
            part, used = part + 1, 0
        item.part, used = part, used + size
    return part


def _copy(item: Item, archive: zipfile.ZipFile) -> None:
    """The downloaded file into the archive in chunks, hashed on the way; then deleted."""
    assert item.local is not None
    info = zipfile.ZipInfo(item.path, _zip_time(item.at))
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = item.size
    digest = hashlib.sha256()
    with item.local.open("rb") as source, archive.open(info, "w") as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
    item.sha256 = digest.hexdigest()
    item.local.unlink()


def _zip_time(at: str) -> tuple[int, int, int, int, int, int]:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        moment = datetime(1980, 1, 1)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def pack(
    items: list[Item],
    head: Callable[[int], bytes],
    folder: Path,
    name: str,
    limit: int,
    made_at: str,
) -> list[Part]:
    """Write the archive's parts under `folder`: the last first, part 1 last, for its
    manifest (`head(parts)`) lists every file's hash. Each part is checked against `limit`."""
    # The manifest's length before the plan, and more: each file's hash (64) and part are
    # still blank, and a file the plan leaves out is listed shorter than one it keeps.
    bound = len(head(99_999)) + 100 * len(items) + 1024
    reserve = _ENTRY + 2 * len(b"manifest.json") + bound
    total = plan(items, reserve, limit)
    for item in items:
        if item.missing is not None and item.local is not None:
            item.local.unlink()  # left out: nothing keeps it
    parts = []
    for number in range(total, 0, -1):
        file_name = f"{name}.zip" if total == 1 else f"{name}-part{number}of{total}.zip"
        target = folder / file_name
        with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
            for item in items:
                if item.part == number and item.missing is None:
                    _copy(item, archive)
            if number == 1:
                info = zipfile.ZipInfo("manifest.json", _zip_time(made_at))
                archive.writestr(info, head(total))
        size = target.stat().st_size
        if size > limit:  # the arithmetic above is wrong: better no archive than a refused one
            raise RuntimeError(f"part {number} is {size} bytes, over {limit}")
        parts.append(Part(number, total, target, file_name))
    return sorted(parts, key=lambda p: p.number)


# -- the export ------------------------------------------------------------------------------

Sleep = Callable[[float], Awaitable[None]]
_NETWORK = (TelegramNetworkError, TelegramServerError, aiohttp.ClientError, TimeoutError)


class Export:
    """Makes and sends the archives; one export at a time per chat (`start`)."""

    def __init__(
        self,
        texts: Texts,
        clock: Clock,
        inflight: InFlight | None = None,
        *,
        limit: int = UPLOAD_LIMIT,
        parallel: int = 2,
        tries: int = 3,
        sleep: Sleep = asyncio.sleep,
        workdir: Path | None = None,
    ) -> None:
        self.texts = texts
        self.clock = clock
        self.inflight = inflight
        self.limit = limit
        self.tries = tries
        self.sleep = sleep
        self.workdir = workdir  # None: the system's temporary directory
        self._running: dict[int, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(parallel)

    def start(self, bot: Any, chat_id: int, request: ExportRequest) -> bool:
        if chat_id in self._running:
            return False
        task = asyncio.create_task(self._run(bot, chat_id, request))
        self._running[chat_id] = task
        task.add_done_callback(lambda _: self._running.pop(chat_id, None))
        if self.inflight is not None:
            self.inflight.add(task)  # a shutdown waits for the archive too (with its cap)
        return True

    def busy(self, chat_id: int) -> bool:
        return chat_id in self._running

    async def idle(self) -> None:
        """Until every export started has ended (the console, tests)."""
        while self._running:
            await asyncio.wait(list(self._running.values()))

    def t(self, locale: str, key: str, **args: Any) -> str:
        return self.texts.get(key, locale, **args)

    async def _run(self, bot: Bot, chat_id: int, request: ExportRequest) -> None:
        case, locale = request.case, request.locale
        folder: Path | None = None
        try:
            await bot.send_message(chat_id, self.t(locale, "export-preparing", id=case.id))
            async with self._slots:  # a few archives at once: the disk and the CPU are shared
                folder = Path(
                    await asyncio.to_thread(tempfile.mkdtemp, "-export", None, self.workdir)
                )
                items = await self.collect(bot, request, folder)
                parts = await self._pack(request, items, folder)
                for part in parts:
                    caption = self.t(locale, "export-ready", id=case.id)
                    if part.total > 1:
                        caption += "\n" + self.t(
                            locale, "export-part", part=part.number, total=part.total
                        )
                    await bot.send_document(
                        chat_id, FSInputFile(part.file, filename=part.name), caption=caption
                    )
            missing = [i for i in items if i.missing is not None]
            if missing:
                await bot.send_message(chat_id, self._missing(locale, missing))
        except Exception as exc:  # the background has no error handler: say it here
            # The frames only: an exception's message can quote the person's data.
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error("an export failed: %s\n%s", type(exc).__name__, frames)
            try:
                await bot.send_message(chat_id, self.t(locale, "export-failed"))
            except Exception:
                log.warning("could not tell the chat that its export failed")
        finally:
            if folder is not None:
                await asyncio.to_thread(shutil.rmtree, folder, True)

    async def _pack(self, request: ExportRequest, items: list[Item], folder: Path) -> list[Part]:
        now = self.clock.now()
        lines = [self._line(entry) for entry in request.timeline]  # the texts, on this thread

        def head(total: int) -> bytes:
            timeline = timeline_data(request.timeline, lines, items)
            return manifest(request.case, now, items, timeline, total)

        name = archive_name(request.case)
        return await asyncio.to_thread(pack, items, head, folder, name, self.limit, now.isoformat())

    def _missing(self, locale: str, missing: Sequence[Item]) -> str:
        """Which files are not in the archive, and why (at most `TOLD_AT_MOST` named)."""
        told = [
            self.t(
                locale,
                "export-missing-line",
                path=html.escape(i.path),
                reason=self.t(locale, f"export-missing-{i.missing}"),
            )
            for i in missing[:TOLD_AT_MOST]
        ]
        if len(missing) > TOLD_AT_MOST:
            told.append(self.t(locale, "export-missing-more", count=len(missing) - TOLD_AT_MOST))
        return "\n".join([self.t(locale, "export-missing", count=len(missing)), *told])

    def _line(self, entry: Entry) -> str:
        return self.texts.get(entry.key, DOCS, **entry.args)

    async def collect(self, bot: Bot, request: ExportRequest, folder: Path) -> list[Item]:
        """`case.pdf`, then every file of the case downloaded under `folder`."""
        case = request.case
        document = casefile(case, request.timeline, self._line, self.texts, request.today)
        pdf = folder / "case.pdf"
        await asyncio.to_thread(lambda: pdf.write_bytes(render_pdf(document)))
        head = Item(
            "case.pdf", self.clock.now().isoformat(), "casefile", local=pdf, size=pdf.stat().st_size
        )
        items = [head, *items_of(case, request.documents, request.evidence)]
        for n, item in enumerate(items[1:], start=1):
            target = folder / f"{n}.part"
            if item.text is not None:
                data = item.text.encode()
                await asyncio.to_thread(target.write_bytes, data)
                item.local, item.size = target, len(data)
            else:
                await self.fetch(bot, item, target)
        return items

    async def fetch(self, bot: Bot, item: Item, target: Path) -> None:
        """Download one file; past Telegram's limit, refused, or still failing after `tries`,
        it is marked missing with the reason, and the export goes on without it."""
        assert item.file_id is not None
        if item.expected is not None and item.expected > DOWNLOAD_LIMIT:
            item.missing = MISSING_TOO_BIG
            return
        for attempt in range(1, self.tries + 1):
            try:
                await bot.download(item.file_id, destination=target, timeout=DOWNLOAD_TIMEOUT)
            except TelegramBadRequest as exc:
                item.missing = (
                    MISSING_TOO_BIG if "too big" in exc.message.lower() else MISSING_UNAVAILABLE
                )
                return
            except TelegramRetryAfter as exc:
                if attempt == self.tries:
                    item.missing = MISSING_NETWORK
                    return
                await self.sleep(exc.retry_after)
                continue
            except _NETWORK:
                if attempt == self.tries:
                    item.missing = MISSING_NETWORK
                    return
                await self.sleep(2.0**attempt)
                continue
            item.local = target
            item.size = (await asyncio.to_thread(target.stat)).st_size
            return

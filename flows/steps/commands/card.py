"""A case's card in /cases: its timeline as lines in the person's language, cut into pages
that fit a phone's screen and Telegram's 4 096 characters, and the documents and files of its
lines sent again by their Telegram file ids (nothing is rendered or uploaded anew).

Pages are computed from the case each time, never kept: a page button carries only the
case's id and the page's number, so it works after a restart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal
from zoneinfo import ZoneInfo

from aiogram.filters.callback_data import CallbackData

from flows.case import Case
from flows.ports import EvidenceRow
from flows.steps.callbacks import RowId
from flows.steps.engine import today_for
from flows.steps.engine.fields import day_text
from flows.steps.keyboards import Keyboard
from flows.steps.turn import Turn
from flows.timeline import Entry, claim_kind, text, timeline
from flows.tracking import LetterState

PAGE_LINES = 12  # a screen on a phone
PAGE_CHARS = 3_000  # well under Telegram's 4 096, with the card's head and footer

Action = Literal["doc", "reply", "day"]
ITEMS_A_ROW = 4


class CardCb(CallbackData, prefix="cf"):
    """A press in a case's card: a page of its timeline, a document row to send again, an
    answer's files (its number), or one day's own files (the day's ordinal). Ids only, so the
    card works after a restart; every one is looked up within the presser's own case."""

    a: Literal["page", "doc", "reply", "day"]
    id: RowId = 0
    n: RowId = 0


@dataclass(frozen=True)
class Item:
    """A button under a page: a line's document or files, by the number shown in the line."""

    label: str
    action: Action
    n: int  # the document row's id, the answer's number, or the day's ordinal


@dataclass
class Page:
    text: str
    items: list[Item] = field(default_factory=list)


async def entries(turn: Turn, case: Case) -> list[Entry]:
    cases = turn.services.cases
    return timeline(
        case,
        await cases.events(case.id),
        await cases.documents(case.id),
        await cases.evidence(case.id),
        today_for(turn),
        zone=ZoneInfo(turn.zone),
    )


def _item(turn: Turn, entry: Entry, number: int) -> Item | None:
    if entry.document is not None:
        return Item(turn.t("btn-card-doc", n=number), "doc", entry.document)
    if not entry.files:
        return None
    label = turn.t("btn-card-files", n=number)
    if entry.key == "tl-reply":
        return Item(label, "reply", int(entry.args["number"]))
    return Item(label, "day", entry.on.toordinal())


def letters_block(turn: Turn, case: Case) -> str:
    """The registered letters the bot follows (issue 21), one line each: the number and what
    the post says of it now, with that state's day ("в пути" has none). Empty without any."""
    if not case.letters:
        return ""
    lines = [turn.t("card-letters")]
    kind = claim_kind(case)  # the claim's letter named as the documents name it
    for letter in case.letters:
        day = letter.arrived_on or letter.on if letter.state is LetterState.ARRIVED else letter.on
        dated = day is not None and letter.state not in (LetterState.MOVING, LetterState.UNKNOWN)
        lines.append(
            turn.t(
                "card-letter",
                purpose=letter.purpose.value,
                number=letter.number,
                state=letter.state.value,
                on=day_text(turn.t, day) if dated and day is not None else "none",
                reason=letter.unclaimed.value if letter.unclaimed else "none",
                kind=kind,
            )
        )
    return "\n".join(lines)


def paginate(turn: Turn, found: list[Entry], letters: str = "") -> list[Page]:
    """The timeline's lines, numbered where they can be sent again, in pages; the deadlines
    ahead under their own heading; the followed letters' block (`letters_block`) above the
    first page's timeline. Always at least one page."""
    pages = [Page((letters + "\n\n" if letters else "") + turn.t("card-timeline"))]
    lines = 0
    ahead = False
    number = 0
    for entry in found:
        item = _item(turn, entry, number + 1)
        line = f"{day_text(turn.t, entry.on)} — {text(entry, turn.t)}"
        if item is not None:
            number += 1
            line += f" · {item.label}"
        if entry.due and not ahead:
            ahead = True
            line = turn.t("card-ahead") + "\n" + line
        page = pages[-1]
        if lines >= PAGE_LINES or len(page.text) + len(line) + 1 > PAGE_CHARS:
            page = Page(turn.t("card-timeline"))
            pages.append(page)
            lines = 0
        page.text += "\n" + line
        lines += 1
        if item is not None:
            page.items.append(item)
    if not found:
        pages[0].text += "\n" + turn.t("card-empty")
    return pages


def page_text(turn: Turn, pages: list[Page], page: int) -> str:
    out = pages[page].text
    if len(pages) > 1:
        out += "\n\n" + turn.t("card-page", page=page + 1, pages=len(pages))
    if pages[page].items:
        out += "\n" + turn.t("card-pick")
    return out


def page_buttons(
    turn: Turn, case_id: int, pages: list[Page], page: int
) -> tuple[Keyboard, list[int]]:
    """The page's numbered items, four a row, then «◀︎ ▶︎»; the row sizes, for the caller
    to add its own buttons below."""
    kb, sizes = Keyboard(), []
    items = pages[page].items
    for item in items:
        kb.button(text=item.label, callback_data=CardCb(a=item.action, id=case_id, n=item.n))
    sizes += [ITEMS_A_ROW] * (len(items) // ITEMS_A_ROW)
    if len(items) % ITEMS_A_ROW:
        sizes.append(len(items) % ITEMS_A_ROW)
    nav = []
    if page > 0:
        nav.append((turn.t("btn-card-prev"), page - 1))
    if page < len(pages) - 1:
        nav.append((turn.t("btn-card-next"), page + 1))
    for label, target in nav:
        kb.button(text=label, callback_data=CardCb(a="page", id=case_id, n=target))
    if nav:
        sizes.append(len(nav))
    return kb, sizes


async def send_again(turn: Turn, case: Case, action: Action, n: int) -> bool:
    """Send a line's document (DOCX and PDF) or files again, found within `case` only; False
    when the case has no such thing (any more)."""
    cases, bot, chat = turn.services.cases, turn.bot, turn.chat_id
    if action == "doc":
        row = next((d for d in await cases.documents(case.id) if d.id == n), None)
        ids = [f for f in (row.docx_file_id, row.pdf_file_id) if f] if row else []
        for file_id in ids:
            await bot.send_document(chat, file_id)
        return bool(ids)
    wanted = _files(await entries(turn, case), action, n)
    files = [r for r in await cases.evidence(case.id) if r.id in wanted]
    for file in files:
        await _send(turn, file)
    return bool(files)


def _files(found: list[Entry], action: Action, n: int) -> set[int]:
    day = date.fromordinal(n) if 0 < n <= date.max.toordinal() else None
    for entry in found:
        if not entry.files:
            continue
        if action == "reply" and entry.key == "tl-reply" and entry.args.get("number") == n:
            return set(entry.files)
        if action == "day" and entry.key == "tl-files" and entry.on == day:
            return set(entry.files)
    return set()


async def _send(turn: Turn, row: EvidenceRow) -> None:
    """A file by its Telegram id, the way it came: Telegram refuses a photo's id as a
    document. Without its caption: what the person typed is not sent back as markup."""
    bot, chat = turn.bot, turn.chat_id
    if row.kind == "photo":
        await bot.send_photo(chat, row.file_id)
    elif row.kind == "video":
        await bot.send_video(chat, row.file_id)
    else:
        await bot.send_document(chat, row.file_id)

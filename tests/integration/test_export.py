"""/export (issue 20 p. 5): the archive read back — every file as sent, the manifest's hashes
recomputed, the split under a small upload limit, a file Telegram refuses, two people, one
export at a time, the console's `--out`, and no temporary file left behind."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiogram.exceptions import TelegramBadRequest, TelegramNetworkError
from aiogram.methods import GetFile
from aiogram.types import CallbackQuery, Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bot import export as export_module
from bot.export import Item, items_of, pack
from flows.case import Case, SellerReply
from flows.ports import DocumentRow, EvidenceRow
from flows.problems import ProblemId
from flows.steps.commands.export import ExportCb
from tests.depth import examples
from tests.helpers import Talk, walk

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
ANSWER = "Предлагаем ремонт вместо возврата денег. "


# -- reading the archive back ----------------------------------------------------------------


def archives(me: Talk) -> list[Path]:
    """The ZIPs the bot sent, as the offline API saved them under the console's `--out`."""
    return [
        s.file
        for s in me.session.log
        if s.name == "SendDocument" and s.method.document.filename.endswith(".zip")
    ]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sent_by_bot(me: Talk) -> set[str]:
    """Hashes of the documents the bot sent into this person's chat."""
    kept = me.session._files
    out = set()
    for file_id, _ in me.session._sent_to.get(me.chat.id, []):
        data = kept[file_id]
        out.add(sha(data if isinstance(data, bytes) else data.read_bytes()))
    return out


def manifest_of(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))


def contents(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        return {name: z.read(name) for name in z.namelist()}


async def attach(me: Talk, name: str, data: bytes, mine: set[str]) -> None:
    await me.attach_bytes(name, data)
    mine.add(sha(data))


async def answer_file(me: Talk, data: bytes, reply: int, mine: set[str]) -> None:
    """A file of the seller's answer `reply`, as the answers' step stores it (evidence with
    `reply`): that step is another slice's, so the row is written here."""
    services = me.dp["services"]
    case_id = (await services.cases.owned_by(me.user.id))[0].id
    file_id = f"answer-{me.user.id}-{reply}-{len(mine)}"
    me.session.put_file(file_id, data)
    await services.cases.add_evidence(
        case_id,
        kind="document",
        file_id=file_id,
        file_unique_id=file_id,
        name="ответ продавца.pdf",
        size=len(data),
        caption=None,
        at=NOW,
        reply=reply,
    )
    mine.add(sha(data))


async def person_with_a_case(
    me: Talk, tag: bytes, extra: int = 0, item: str = "Смартфон Xiaomi Redmi Note 13"
) -> set[str]:
    """A buyer whose claim is delivered, with evidence (and `extra` files of 70 KB) and a
    seller's answer: the hashes of every file they sent."""
    mine: set[str] = set()

    async def evidence(m: Talk) -> None:
        for n in range(3):
            await attach(m, f"фото-{n}.png", b"\x89PNG " + tag + bytes([n]) * 5000, mine)
        await attach(m, "чек.pdf", b"%PDF " + tag + os.urandom(3000), mine)
        for n in range(extra):
            await attach(m, f"видео-{n}.mp4", os.urandom(70_000), mine)
        await m.choose("done")

    async def named(m: Talk) -> None:
        await m.say(item)

    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer", {"evidence": evidence, "item": named})
    await answer_file(me, b"%PDF answer " + tag, 1, mine)
    # the answer itself, pasted as text (the answers' step records it on the case)
    cases = me.dp["services"].cases
    case = (await cases.owned_by(me.user.id))[0]
    text = ANSWER + tag.decode()
    case.replies.append(SellerReply(number=1, received_on=date(2026, 11, 20), text=text, files=1))
    await cases.save(case, NOW)
    mine.add(sha(text.encode()))
    return mine


# -- the archive -----------------------------------------------------------------------------


async def test_archive_holds_every_file_as_sent_and_its_manifest_hashes_match(talk) -> None:
    me = talk()
    mine = await person_with_a_case(me, b"A")
    await me.say("/export")

    assert "Готовлю архив обращения № 1…" in me.said
    [zip_path] = archives(me)
    assert zip_path.name == "delo-1-ozon.zip"
    files = contents(zip_path)
    manifest = json.loads(files.pop("manifest.json"))
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(files)  # every file listed, nothing unlisted
    for path, data in files.items():
        assert listed[path]["sha256"] == sha(data)
        assert listed[path]["size"] == len(data)
        assert listed[path]["part"] == 1
        assert listed[path]["date"]
    assert manifest["missing"] == []
    assert manifest["parts"] == 1
    # the documents as sent (DOCX and PDF), every file of the evidence and of the answers
    docs = {p for p in files if p.startswith("documents/")}
    assert {Path(p).suffix for p in docs} == {".docx", ".pdf"}
    assert {sha(files[p]) for p in docs} == sent_by_bot(me) - {sha(zip_path.read_bytes())}
    people_files = {sha(d) for p, d in files.items() if p.startswith(("evidence/", "answers/"))}
    assert people_files == mine
    assert [p for p in files if p.startswith("answers/")] == [
        "answers/1/tekst-otveta.txt",
        "answers/1/01-ответ-продавца.pdf",
    ]
    assert files["answers/1/tekst-otveta.txt"].decode() == ANSWER + "A"
    assert listed["answers/1/tekst-otveta.txt"]["date"] == "2026-11-20"
    # the case's facts and its timeline, the lines naming their files in the archive
    assert manifest["case"]["id"] == 1
    assert manifest["case"]["order_number"] == "12345678-0001"
    assert "owner_id" not in manifest["case"]
    assert "question" not in manifest["case"]
    named = {p for entry in manifest["timeline"] for p in entry["paths"]}
    # every document and every file is on the line that speaks of it (the pasted text has no row)
    assert named == set(files) - {"case.pdf", "answers/1/tekst-otveta.txt"}
    assert all(entry["text"] for entry in manifest["timeline"])


async def test_case_pdf_states_the_facts_in_russian_whatever_the_chat_speaks(talk) -> None:
    me = talk(language="en")
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.say("/export")
    assert "Preparing the archive of case No. 1…" in me.said
    pdf = contents(archives(me)[0])["case.pdf"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    for phrase in (
        "МАТЕРИАЛЫ ОБРАЩЕНИЯ № 1",
        "12345678-0001",
        "Иванов Иван Иванович",
        "Хронология",
    ):
        assert phrase in text


# -- split under the upload limit ------------------------------------------------------------


async def test_a_case_over_the_limit_goes_in_whole_parts_each_under_it(talk) -> None:
    me = talk()
    mine = await person_with_a_case(me, b"S", extra=6)
    limit = 200_000
    me.dp["exporter"].limit = limit
    await me.say("/export")

    parts = archives(me)
    total = len(parts)
    assert total >= 3
    assert [p.name for p in parts] == [
        f"delo-1-ozon-part{n}of{total}.zip" for n in range(1, 1 + total)
    ]
    manifest = manifest_of(parts[0])
    assert manifest["parts"] == total
    where = {f["path"]: f for f in manifest["files"]}
    seen: dict[str, int] = {}
    for number, path in enumerate(parts, start=1):
        assert path.stat().st_size <= limit
        for name, data in contents(path).items():  # each part opens on its own
            if name == "manifest.json":
                assert number == 1
                continue
            assert name not in seen  # in exactly one part
            seen[name] = number
            assert where[name]["part"] == number
            assert where[name]["sha256"] == sha(data)
    assert set(seen) == set(where)
    assert mine <= {f["sha256"] for f in manifest["files"]}
    assert "Часть 1 из" in me.output.getvalue()


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=30_000), max_size=25),
    limit=st.integers(min_value=12_000, max_value=120_000),
)
def test_packing_puts_each_file_in_one_part_under_the_limit(sizes: list[int], limit: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        items = []
        for n, size in enumerate(sizes):
            local = root / f"{n}.part"
            local.write_bytes(bytes([n % 256]) * size)
            items.append(
                Item(
                    f"evidence/{n:02d}-файл.bin",
                    NOW.isoformat(),
                    "evidence",
                    local=local,
                    size=size,
                )
            )

        def head(total: int) -> bytes:
            return json.dumps([[i.path, i.part, i.sha256, i.missing] for i in items]).encode()

        parts = pack(items, head, root, "delo-1-ozon", limit, NOW.isoformat())
        seen: set[str] = set()
        for part in parts:
            assert part.file.stat().st_size <= limit
            with zipfile.ZipFile(part.file) as z:
                assert z.testzip() is None
                names = set(z.namelist()) - {"manifest.json"}
                assert not names & seen
                seen |= names
                for item in items:
                    if item.path in names:
                        assert item.part == part.number
                        assert sha(z.read(item.path)) == item.sha256
        kept = {i.path for i in items if i.missing is None}
        assert seen == kept
        # a file is left out only when no part could hold it
        assert all(i.missing == "oversize" and i.size > limit // 2 for i in items if i.missing)
        assert not [p for p in root.iterdir() if p.suffix == ".part"]  # copied, then deleted


# -- what cannot be fetched ------------------------------------------------------------------


async def test_a_file_telegram_refuses_is_listed_missing_and_the_rest_goes(talk) -> None:
    me = talk()
    await person_with_a_case(me, b"M")
    exporter = me.dp["exporter"]

    async def no_wait(_: float) -> None:
        return None

    exporter.sleep = no_wait
    refused = TelegramBadRequest(GetFile(file_id="x"), "Bad Request: file is too big")
    down = [TelegramNetworkError(GetFile(file_id="x"), "timeout") for _ in range(exporter.tries)]
    # the first file asked for is refused, the next never comes (every try fails)
    me.session.method_failures["GetFile"] = [refused, *down]
    await me.say("/export")

    manifest = manifest_of(archives(me)[0])
    missing = {m["reason"]: m["path"] for m in manifest["missing"]}
    assert set(missing) == {"too_big", "network"}
    assert not {f["path"] for f in manifest["files"]} & set(missing.values())
    # the rest still went: case.pdf, the claim's two files, four of evidence, one answer's
    assert len(manifest["files"]) == 1 + 2 + 4 + 2 - 2
    told = me.said[-1]
    assert told.startswith("Не вошли в архив 2 файла:")
    for path in missing.values():
        assert path in told
    assert "больше 20 МБ" in told


async def test_a_file_over_twenty_megabytes_is_not_even_asked_for(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    case_id = (await me.dp["services"].cases.owned_by(me.user.id))[0].id
    await me.dp["services"].cases.add_evidence(
        case_id,
        kind="video",
        file_id="huge",
        file_unique_id="huge",
        name="распаковка.mp4",
        size=25 * 1024 * 1024,
        caption=None,
        at=NOW,
    )
    await me.say("/export")
    manifest = manifest_of(archives(me)[0])
    assert manifest["missing"] == [
        {
            "path": "evidence/02-распаковка.mp4",
            "reason": "too_big",
            "date": NOW.isoformat(),
            "source": "evidence",
        }
    ]
    assert not [s for s in me.session.log if s.name == "GetFile" and s.method.file_id == "huge"]
    assert "Не вошёл в архив 1 файл:" in me.said[-1]


# -- two people ------------------------------------------------------------------------------


async def test_nothing_of_another_person_gets_in(talk) -> None:
    anna, boris = talk(1001), talk(2002)
    boris.session._files = anna.session._files  # one bot: any file id would download
    boris.session._ids = anna.session._ids
    annas = await person_with_a_case(anna, b"anna")
    boris_files = await person_with_a_case(boris, b"boris", item="Пылесос Dreame V10")
    annas_case = (await anna.dp["services"].cases.owned_by(anna.user.id))[0].id

    # Boris forges the button of Anna's case: "not found", and nothing is made or sent
    await boris._feed(
        callback_query=_press(boris, ExportCb(id=annas_case).pack()),
    )
    await boris.dp["exporter"].idle()
    assert boris.said[-1] == "Обращение не найдено."
    assert archives(boris) == []

    await boris.say("/export")
    [zip_path] = archives(boris)
    files = contents(zip_path)
    manifest = json.loads(files.pop("manifest.json"))
    assert manifest["case"]["id"] != annas_case
    people = {sha(d) for p, d in files.items() if p.startswith(("evidence/", "answers/"))}
    # every file is Boris's own, none is Anna's
    assert people == boris_files
    assert not people & annas
    docs = {sha(d) for p, d in files.items() if p.startswith("documents/")}
    assert docs <= sent_by_bot(boris)
    assert not docs & sent_by_bot(anna)


def _press(me: Talk, data: str) -> CallbackQuery:
    message = Message(message_id=1, date=NOW, chat=me.chat, from_user=me.user, text="x")
    return CallbackQuery(
        id="forged", from_user=me.user, chat_instance=str(me.chat.id), data=data, message=message
    )


async def test_pick_list_when_the_case_is_not_plain(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.say("/new")
    await me.say("/export")  # two open cases: which one?
    assert me.said[-1] == "Какое обращение собрать в архив?"
    assert len(me.buttons) == 2
    assert me.buttons[1].startswith("№1 · Ozon")
    await me.press(2)
    await me.dp["exporter"].idle()  # a press is not a typed line: the console waits not
    assert [p.name for p in archives(me)] == ["delo-1-ozon.zip"]


async def test_no_case_no_archive(talk) -> None:
    me = talk()
    await me.say("/start")
    await me.say("/export")
    assert me.said[-1] == "У вас пока нет обращений — выгружать нечего."
    assert archives(me) == []


# -- one at a time ---------------------------------------------------------------------------


async def test_a_second_export_while_one_is_made_is_told_it_is_coming(talk, monkeypatch) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    exporter = me.dp["exporter"]
    go = asyncio.Event()
    collect = exporter.collect

    async def slow(*args: Any) -> list[Item]:
        await go.wait()
        return await collect(*args)

    monkeypatch.setattr(exporter, "collect", slow)
    await me.send_text("/export")
    await me.send_text("/export")
    assert me.said[-2:] == [
        "Готовлю архив обращения № 1…",
        "Архив уже готовится — пришлю его, как только он будет собран.",
    ]
    go.set()
    await exporter.idle()
    assert len(archives(me)) == 1
    await me.say("/export")  # done: the next one is made
    assert len(archives(me)) == 2


# -- the console and temporary files ---------------------------------------------------------


async def test_console_saves_the_archive_under_out(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.handle("/export\n")
    out = me.session.out_dir / "delo-1-ozon.zip"
    assert f"📎 {out}" in me.output.getvalue()
    manifest = manifest_of(out)
    with zipfile.ZipFile(out) as z:
        for f in manifest["files"]:
            assert sha(z.read(f["path"])) == f["sha256"]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


async def test_no_temporary_file_outlives_an_export_sent_or_failed(
    talk, workdir, monkeypatch
) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    exporter = me.dp["exporter"]
    exporter.workdir = workdir
    await me.say("/export")
    assert len(archives(me)) == 1
    assert list(workdir.iterdir()) == []

    def broken(*_: Any) -> bytes:
        raise RuntimeError("the renderer fell over")

    monkeypatch.setattr(export_module, "render_pdf", broken)
    await me.say("/export")
    assert me.said[-1] == "Не получилось собрать архив. Попробуйте ещё раз чуть позже."
    assert len(archives(me)) == 1
    assert list(workdir.iterdir()) == []
    assert not exporter.busy(me.chat.id)  # and the next one may start


def test_rows_of_another_case_never_become_files() -> None:
    """Whatever rows it is handed, the archive takes only its own case's."""
    case = Case(id=7, owner_id=1, created_at=NOW)
    documents = [
        DocumentRow(1, 7, "claim", 1, "x", "own-docx", "own-pdf", NOW.isoformat()),
        DocumentRow(2, 8, "claim", 1, "y", "other-docx", "other-pdf", NOW.isoformat()),
    ]
    evidence = [
        EvidenceRow(1, 7, "photo", "own-photo", "u1", None, 10, None, NOW),
        EvidenceRow(2, 8, "photo", "other-photo", "u2", None, 10, None, NOW),
        EvidenceRow(3, 8, "document", "other-answer", "u3", "a.pdf", 10, None, NOW, reply=1),
    ]
    items = items_of(case, documents, evidence)
    assert [i.file_id for i in items] == ["own-docx", "own-pdf", "own-photo"]
    assert [i.path for i in items] == [
        "documents/pretenziya-v1.docx",
        "documents/pretenziya-v1.pdf",
        "evidence/01-photo-1.jpg",
    ]


async def test_the_cards_button_exports_that_case(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.say("/new")  # a second case: /export alone would ask which
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-card-export")
    await me.dp["exporter"].idle()  # a press is not a typed line: the console waits not
    [zip_path] = archives(me)
    assert zip_path.name == "delo-1-ozon.zip"
    assert manifest_of(zip_path)["case"]["id"] == 1


async def test_archives_of_different_chats_wait_for_a_free_slot(talk, monkeypatch) -> None:
    anna, boris = talk(1001), talk(2002)
    await walk(anna, ProblemId.DEFECTIVE, "awaiting_answer")
    await walk(boris, ProblemId.DEFECTIVE, "awaiting_answer")
    exporter = anna.dp["exporter"]
    monkeypatch.setattr(exporter, "_slots", asyncio.Semaphore(1))
    go = asyncio.Event()
    collect = exporter.collect
    entered: list[int] = []

    async def slow(bot: Any, request: Any, folder: Path) -> list[Item]:
        entered.append(request.case.owner_id)
        await go.wait()
        return await collect(bot, request, folder)

    monkeypatch.setattr(exporter, "collect", slow)
    await anna.send_text("/export")
    await boris.send_text("/export")
    for _ in range(20):
        await asyncio.sleep(0)
    # both were told it is coming; only one is being made
    assert boris.said[-1].startswith("Готовлю архив обращения №")
    assert entered == [1001]
    go.set()
    await exporter.idle()
    assert entered == [1001, 2002]
    assert len(archives(anna)) == len(archives(boris)) == 1


async def test_a_long_list_of_missing_files_is_cut_and_points_to_the_manifest(talk) -> None:
    me = talk()
    exporter = me.dp["exporter"]
    missing = [
        Item(f"evidence/{n:02d}-a.mp4", "", "evidence", missing="too_big") for n in range(35)
    ]
    told = exporter._missing("ru", missing).split("\n")
    assert told[0] == "Не вошли в архив 35 файлов:"
    assert len(told) == 1 + 30 + 1
    assert told[-1] == "…и ещё 5 — все они перечислены в manifest.json."

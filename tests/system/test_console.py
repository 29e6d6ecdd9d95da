"""Console mode as a person runs it: `python -m bot console < script`, no token, no network."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as Docx

from bot import PROJECT_ROOT


def run_console(tmp_path: Path, script: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "console",
            "--db",
            str(tmp_path / "c.sqlite3"),
            "--out",
            str(tmp_path / "out"),
            *extra,
        ],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )


def test_start_menu_and_exit(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/start\n1\n/quit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Здравствуйте, Console!" in out
    assert "[1] 📝 Новое обращение" in out
    assert "[4] ❓ Помощь" in out
    assert "> 1" in out
    assert "Traceback" not in result.stderr


def test_eof_exits_zero_in_english(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/start\n4\n", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Hello, Console!" in result.stdout
    assert "How I work" in result.stdout  # button 4 pressed: help


def test_bare_module_without_token_starts_console(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="/start\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "starting the console" in result.stderr
    assert "Здравствуйте" in result.stdout


def test_attach_and_clock_commands(tmp_path: Path) -> None:
    picture = tmp_path / "parcel.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    result = run_console(
        tmp_path,
        f"/attach {picture} коробка\n/attach {tmp_path / 'missing.pdf'}\n/clock +11d\n",
        "--now",
        "2026-11-21T09:00",
    )
    assert result.returncode == 0, result.stderr
    assert "не жду файлов" in result.stdout  # the photo reached the bot
    assert "cannot read file" in result.stdout
    assert "2026-12-02T09:00" in result.stdout


CLAIM_THEN_ELEVEN_DAYS = """/start
1
1
3
12345678-0001
01.11.2026
05.11.2026
Смартфон
не включается после зарядки
11
4990
1
1
1
1
1
1
12.11.2026
1
3
/attach {picture} трещина
1
Иванов Иван Иванович
123456, г. Москва, ул. Ленина, д. 1, кв. 2
+7 999 123-45-67
ivanov@mail.ru
2
1
1
1
1
1
2
1
1
/clock +11d
"""


def test_claim_then_clock_shows_the_deadline_reminder(tmp_path: Path) -> None:
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    result = run_console(
        tmp_path, CLAIM_THEN_ELEVEN_DAYS.format(picture=picture), "--now", "2026-11-21T09:00"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"📎 {tmp_path / 'out' / 'pretenziya-ozon-12345678-0001.docx'}" in out
    assert f"📎 {tmp_path / 'out' / 'pretenziya-ozon-12345678-0001.pdf'}" in out
    assert (tmp_path / "out" / "pretenziya-ozon-12345678-0001.pdf").read_bytes().startswith(b"%PDF")
    assert "21.11.2026 + 10 дней = 01.12.2026, вторник" in out
    reminder = out[out.index("(console) 🕒 2026-12-02") :]
    assert "Срок ответа продавца истёк 01.12.2026" in reminder
    assert "[1] 💬 Ответили" in reminder
    assert "[2] ⚖️ Жаловаться дальше" in reminder
    assert "[3] ⏳ Напомнить через 3 дня" in reminder


# A defective phone; the claim delivered on 01.07.2026, 150 days before "now", and ignored; then
# the lawsuit. The penalty has reached the price paid (500-ФЗ), the plaintiff is named in the
# nominative, and a man with a patronymic gets no "(а)".
IGNORED_CLAIM_THEN_LAWSUIT = """/start
1
1
3
12345678-0001
01.06.2026
05.06.2026
Смартфон Xiaomi Redmi Note 13, 256 ГБ
не заряжается, экран гаснет через минуту после включения
1
24990
1
2
ООО «Ромашка»
7707083893
1
1
1
1
10.06.2026
T-555
3
/attach {picture} экран гаснет
1
Иванов Иван Иванович
123456, г. Москва, ул. Ленина, д. 1, кв. 2
+7 999 123-45-67
ivanov@mail.ru
2
1
1
190000, г. Санкт-Петербург, Невский пр., д. 1, офис 5
1
1
1
1
2
80080012345678
01.07.2026
3
2
1
21.03.1985
г. Москва
1
112-233-445 95
15000
1
1
№ 5 Пресненского района г. Москвы
1
"""


def test_ignored_claim_then_lawsuit_with_the_capped_penalty(tmp_path: Path) -> None:
    picture = tmp_path / "screen.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    result = run_console(
        tmp_path,
        IGNORED_CLAIM_THEN_LAWSUIT.format(picture=picture),
        "--now",
        "2026-11-28T09:00",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.replace("\u00a0", " ")
    assert "Неустойка на сегодня: 24 990 ₽ — это предел, сумма оплаты" in out
    assert "Цена иска: 49 980 ₽" in out
    suit = tmp_path / "out" / "isk-ozon-12345678-0001.docx"
    doc = Docx(io.BytesIO(suit.read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs).replace("\u00a0", " ")
    cells = [c.text.replace("\u00a0", " ") for t in doc.tables for r in t.rows for c in r.cells]
    assert "Истец:\nИванов Иван Иванович" in text
    assert "(а)" not in text
    assert "я отказался от исполнения договора" in text
    assert "этот предел достигнут" in text
    assert cells[-1] == "24 990"  # the penalty column: the price paid, not 34 486,20
    claim = tmp_path / "out" / "pretenziya-ozon-12345678-0001.docx"
    claim_text = "\n".join(p.text for p in Docx(io.BytesIO(claim.read_bytes())).paragraphs)
    assert "(а)" not in claim_text
    assert "я обратился в службу поддержки" in claim_text


@pytest.mark.parametrize(("lang", "hint"), [("ru", "Напишите /start"), ("en", "Type /start")])
def test_console_greets_and_says_how_to_begin(tmp_path: Path, lang: str, hint: str) -> None:
    result = run_console(tmp_path, "/quit\n", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(("Это claimbot", "This is claimbot"))
    assert hint in result.stdout.splitlines()[0]


def test_readme_transcript_is_what_the_console_prints(tmp_path: Path) -> None:
    """Every line of the README's console transcript (but the elisions "…") is printed, in
    order, by the script it names."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```text\n$ python -m bot console", 1)[1].split("```", 1)[0]
    shown = [line for line in block.splitlines()[1:] if line and not line.startswith("…")]
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "crack.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    result = run_console(
        tmp_path,
        CLAIM_THEN_ELEVEN_DAYS.format(picture="photos/crack.png"),
        "--now",
        "2026-11-21T09:00",
    )
    assert result.returncode == 0, result.stderr
    printed = result.stdout.replace(f"{tmp_path}/", "").splitlines()
    position = 0
    for line in shown:
        assert line in printed[position:], line
        position = printed.index(line, position) + 1


# Issue 20's journey: the claim delivered 21.11.2026 → «Продавец ответил» with a screenshot and
# the text «ремонт вместо возврата» → the advice and the written reply insisting on the refund →
# the clock past the seller's period → the lawsuit cites the answer and its date → /cases shows
# the timeline → /export saves a ZIP whose manifest's hashes match its files.
ANSWER_THEN_LAWSUIT = (
    CLAIM_THEN_ELEVEN_DAYS.removesuffix("/clock +11d\n")
    + """/clock +3d
1
/attach {shot} ответ продавца
Здравствуйте! Предлагаем бесплатный ремонт в сервисном центре вместо возврата денег.
1
3
1
2
1
1
/clock +9d
2
2
1
21.03.1985
г. Москва
1
112-233-445 95
15000
1
1
№ 5 Пресненского района г. Москвы
1
3
/cases
1
/export
"""
)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_an_answer_recorded_replied_cited_in_the_lawsuit_and_exported(
    tmp_path: Path, lang: str
) -> None:
    import hashlib
    import json
    import zipfile

    from pypdf import PdfReader

    picture, shot = tmp_path / "crack.png", tmp_path / "shot.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    shot.write_bytes(b"\x89PNG\r\n\x1a\nthe seller's answer")
    script = ANSWER_THEN_LAWSUIT.format(picture=picture, shot=shot)
    result = run_console(tmp_path, script, "--now", "2026-11-21T09:00", "--lang", lang)
    assert result.returncode == 0, result.stderr
    out, files = result.stdout, tmp_path / "out"

    def pdf_text(name: str) -> str:
        pages = PdfReader(files / name).pages
        return " ".join(" ".join(p.extract_text().split()) for p in pages).replace("\u00a0", " ")

    reply = pdf_text("otvet-prodavcu-ozon-12345678-0001-otvet-1.pdf")
    assert "Ответом от «23» ноября 2026 г. вы предложили вместо возврата" in reply
    assert "настаиваю на удовлетворении моего требования" in reply
    suit = pdf_text("isk-ozon-12345678-0001.pdf")
    assert "Ответом от «23» ноября 2026 г. продавец предложил вместо возврата" in suit
    assert "Копия ответа продавца от «23» ноября 2026 г." in suit
    timeline = {
        "ru": "23.11.2026 — Ответ продавца № 1",
        "en": "23 Nov 2026 — Seller's answer no. 1",
    }
    assert timeline[lang] in out
    with zipfile.ZipFile(files / "delo-1-ozon.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        listed = {f["path"]: f["sha256"] for f in manifest["files"]}
        assert set(listed) | {"manifest.json"} == set(archive.namelist())
        for path, digest in listed.items():
            assert hashlib.sha256(archive.read(path)).hexdigest() == digest, path
        pasted = archive.read("answers/1/tekst-otveta.txt").decode()
        assert "Здравствуйте! Предлагаем бесплатный ремонт" in pasted  # after the caption
        assert shot.read_bytes() in [archive.read(p) for p in listed if p.startswith("answers/1/")]


# -- issue 21: a tracking number is enough --------------------------------------------------------

POSTED = CLAIM_THEN_ELEVEN_DAYS.removesuffix("2\n1\n1\n/clock +11d\n") + "2\n{wrong}\n{right}\n3\n"


def _post_number(serial13: str) -> tuple[str, str]:
    """A domestic number with its check digit computed by the rule, and the same with a typo."""
    from flows.tracking import domestic_check_digit

    digit = domestic_check_digit(serial13)
    return serial13 + str(digit), serial13 + str((digit + 1) % 10)


@pytest.fixture
def fake_post(tmp_path: Path):
    """`python -m tests.fakepost` on a free port, as an operator would try the bot by hand."""
    import json
    import socket

    delivered, _ = _post_number("8008001234567")
    returned, _ = _post_number("1400129340215")
    scenarios = tmp_path / "scenarios.json"
    scenarios.write_text(
        json.dumps(
            [
                {"number": delivered, "kind": "delivered", "on": "2026-11-23"},
                {"number": returned, "kind": "returned", "on": "2026-12-20"},
            ]
        )
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fakepost",
            "--port",
            str(port),
            "--scenarios",
            str(scenarios),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


def _tracked_console(tmp_path: Path, url: str, script: str, lang: str):
    env = {
        "RUSSIAN_POST_LOGIN": "test-login",
        "RUSSIAN_POST_PASSWORD": "test-password",
        "RUSSIAN_POST_URL": url,
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return run_console(tmp_path, script, "--now", "2026-11-21T09:00", "--lang", lang)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_tracking_number_is_enough(tmp_path: Path, fake_post: str, lang: str) -> None:
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    right, wrong = _post_number("8008001234567")
    script = POSTED.format(picture=picture, wrong=wrong, right=right) + "/clock +3d\n"
    result = _tracked_console(tmp_path, fake_post, script, lang)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    typo = {"ru": "Последняя цифра не сходится", "en": "The last digit does not match"}
    assert typo[lang] in out
    delivered = {
        "ru": "вручено продавцу 23.11.2026. Срок ответа продавца считается от этого дня:"
        " последний день — 03.12.2026",
        "en": "was delivered to the seller on 23 Nov 2026. The seller's answer period is"
        " counted from that day: its last day is 3 Dec 2026",
    }
    assert delivered[lang] in out


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_letter_returned_unclaimed_counts_from_the_return(
    tmp_path: Path, fake_post: str, lang: str
) -> None:
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    right, wrong = _post_number("1400129340215")
    script = POSTED.format(picture=picture, wrong=wrong, right=right) + "/clock +30d\n"
    result = _tracked_console(tmp_path, fake_post, script, lang)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    arrived = {"ru": "с 19.11.2026 ждёт адресата в отделении", "en": "since 19 Nov 2026"}
    assert arrived[lang] in out  # told on its day, before the return
    returned = {
        "ru": "считается доставленным (ст. 165.1 ГК РФ). Срок ответа продавца я считаю от"
        " 20.12.2026: последний день — 30.12.2026",
        "en": "counts as delivered (Civil Code art. 165.1). I count the seller's answer period"
        " from 20 Dec 2026: its last day is 30 Dec 2026",
    }
    assert returned[lang] in out
    assert out.index(arrived[lang]) < out.index(returned[lang])


def test_without_the_settings_the_date_is_asked(tmp_path: Path) -> None:
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    right, wrong = _post_number("8008001234567")
    script = POSTED.format(picture=picture, wrong=wrong, right=right) + "/clock +7d\n"
    result = run_console(tmp_path, script, "--now", "2026-11-21T09:00")
    assert result.returncode == 0, result.stderr
    assert "Последняя цифра не сходится" in result.stdout  # the check needs no settings
    assert "Хорошо, подождём письмо. Я напомню через 7 дней" in result.stdout
    assert "вручено? Проверьте отслеживание" in result.stdout  # the weekly question, as before
    assert "Почта России:" not in result.stdout


def test_a_closed_case_is_warned_then_erased_by_the_clock(tmp_path: Path) -> None:
    """Issue 22 p. 5 in the console: the claim, «the seller did it» (closed), then `/clock`
    past RETENTION_DAYS: the warning three days before, then the case and its documents go;
    its anonymised statistics row stays."""
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    claim = CLAIM_THEN_ELEVEN_DAYS.replace("/clock +11d\n", "").format(picture=picture)
    script = claim + "2\n5\n/clock +26d\n/clock +1d\n/clock +2d\n/clock +1d\n/cases\n"
    result = run_console(tmp_path, script, "--now", "2026-11-21T09:00")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    warned = out.index("(console) 🕒 2026-12-18")
    assert "удалю его данные" not in out[:warned]
    assert "Это обращение закрыто, и 21.12.2026 я удалю его данные" in out[warned:]
    assert "[1] Хранить ещё год" in out[warned:]
    erased = out.index("(console) 🕒 2026-12-21")
    assert "удалено по сроку хранения" not in out[:erased]
    assert "(консоль) 🗑 Обращение №1 удалено по сроку хранения" in out[erased:]
    assert "У вас пока нет обращений." in out[erased:]
    assert list((tmp_path / "out").iterdir()) == []
    import sqlite3

    with sqlite3.connect(tmp_path / "c.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM outcomes").fetchone()[0] == 1


def _closed_cases(db_path: Path, n: int) -> None:
    """`n` closed Ozon cases about a defect in a fresh database, as closes write them."""
    import asyncio

    from bot.db import Database
    from bot.outcomes import OutcomeRepo
    from flows.statistics import OutcomeRow, new_key

    async def fill() -> None:
        db = await Database.open(db_path)
        book = OutcomeRepo(db)
        for i in range(n):
            outcome = "paid_full" if i % 3 else "nothing"
            await book.record(
                OutcomeRow(new_key(), "2026-10", "solved", "ozon", "defective", "company",
                           "refund", "5k-20k", "claim", outcome, 6 + i % 5, True, None)
            )  # fmt: skip
        await db.close()

    asyncio.run(fill())


@pytest.mark.parametrize(("closed", "told"), [(10, False), (11, True)])
def test_the_claim_ready_says_how_similar_cases_went_only_from_11(
    tmp_path: Path, closed: int, told: bool
) -> None:
    """Issue 22 «Done when»: the claim is ready → the statistics line appears when the cell
    is large (11) and does not when it is small (10)."""
    _closed_cases(tmp_path / "c.sqlite3", closed)
    picture = tmp_path / "crack.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    script = CLAIM_THEN_ELEVEN_DAYS.replace("/clock +11d\n", "").format(picture=picture)
    result = run_console(tmp_path, script, "--now", "2026-11-21T09:00")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "📎" in out  # the claim was made
    if told:
        assert "Пользователи этого бота закрыли 11 обращений с той же проблемой на Ozon" in out
        assert "В 64 % из них продавец выполнил требование после претензии" in out
        assert "Это только пользователи этого бота" in out
    else:
        assert "Как это было у других" not in out

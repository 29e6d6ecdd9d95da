"""Time to build one claim and render it as DOCX and PDF, warm: median of N runs.

    python benchmarks/render.py [--runs 50] [--picture PATH]

`--picture` also writes the first page of the sample claim as a PNG (the README shows it):
made from the PDF with poppler's `pdftoppm` when it is installed, else by typst directly.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import typst

from bot.i18n import create_core
from bot.render.docx import render_docx
from bot.render.pdf import TEMPLATE, render_pdf
from flows import documents
from flows.case import Case, ClaimDelivery, Person, Seller, SupportContact
from flows.documents import Evidence


def sample() -> Case:
    return Case(
        id=1,
        owner_id=1,
        created_at=datetime(2026, 11, 21, tzinfo=UTC),
        marketplace="ozon",
        problem="defective",
        order_number="12345678-0001",
        ordered_on=date(2026, 10, 1),
        received_on=date(2026, 10, 5),
        item="Смартфон Xiaomi Redmi Note 13, 256 ГБ",
        details="экран гаснет через минуту после включения, телефон не заряжается",
        price=Decimal("4990"),
        prepaid=True,
        seller=Seller(is_marketplace=True),
        support=SupportContact(
            channel="app_chat", written_on=date(2026, 10, 12), ticket="12345", outcome="refused"
        ),
        person=Person(
            full_name="Иванов Иван Иванович",
            address="123456, г. Москва, ул. Ленина, д. 1, кв. 2",
            phone="+79991234567",
            email="ivanov@mail.ru",
        ),
        demand="refund",
        delivery=ClaimDelivery(method="post", delivered_on=date(2026, 10, 20)),
    )


EVIDENCE = [
    Evidence("photo", None, "трещина на экране"),
    Evidence("photo", None, "упаковка при получении"),
    Evidence("document", "чек.pdf", None),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--picture", type=Path)
    args = parser.parse_args()
    core = create_core("ru")
    case = sample()
    today = date(2026, 11, 21)

    def once() -> tuple[bytes, bytes]:
        doc = documents.claim(case, EVIDENCE, core, today)
        return render_docx(doc), render_pdf(doc)

    for _ in range(5):  # warm: fonts, templates, caches
        once()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        once()
        times.append((time.perf_counter() - start) * 1000)
    doc = documents.claim(case, EVIDENCE, core, today)
    split = []
    for render in (render_docx, render_pdf):
        start = time.perf_counter()
        for _ in range(10):
            render(doc)
        split.append((time.perf_counter() - start) * 100)
    print(f"claim build + DOCX + PDF, warm, {args.runs} runs:")
    p90 = sorted(times)[int(len(times) * 0.9)]
    print(f"  median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms")
    print(f"  of which DOCX ~{split[0]:.1f} ms, PDF ~{split[1]:.1f} ms (mean of 10)")
    if args.picture:
        write_picture(doc, args.picture)


def write_picture(doc: documents.Document, target: Path) -> None:
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "claim.pdf"
            pdf.write_bytes(render_pdf(doc))
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "110",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    pdf,
                    Path(tmp) / "page",
                ],
                check=True,
            )
            shutil.copyfile(Path(tmp) / "page.png", target)
        print(f"  first page of the PDF written to {target} (pdftoppm)")
        return
    pages = typst.compile(
        TEMPLATE, format="png", ppi=110, sys_inputs={"doc": doc.to_json()}, ignore_system_fonts=True
    )
    target.write_bytes(pages[0] if isinstance(pages, list) else pages)
    print(f"  first page written to {target} (typst PNG of the same document)")


if __name__ == "__main__":
    main()

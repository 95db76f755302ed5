"""Issue 13, point 2: no time or size limit outside PDF. Every reader now stops at the document's
budget (cells, lines, messages, paragraphs, characters, time) where it produces them, and says
so; chats keep their latest messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_order, read_order_file
from tests.hostile import inputs
from tests.hostile.conftest import audit_budget, others_read
from tests.hostile.limits import RSS_BUDGET, audit_args, environment, run_limited

# name -> (writer, the path of the document, its status, the words of its note)
# fmt: off
BIG: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "csv-1m-cells": (lambda d: inputs.make_csv(d / "cells.csv", cells=1_000_000), "partial",
                     "reading stopped at row 5001: the limit of 50000 cells per document was reached"),
    "docx-700k-paragraphs": (lambda d: inputs.make_docx(d / "big.docx", paragraphs=700_000), "partial",
                             "reading stopped at paragraph 20001: the limit of 20000 paragraphs per document was reached"),
    "docx-one-huge-table": (lambda d: inputs.make_docx(d / "table.docx", paragraphs=3, table_rows=200_000), "partial",
                            "reading stopped in table 1: the limit of 50000 cells per document was reached"),
    "xlsx-big-sheet": (lambda d: inputs.make_xlsx(d / "big.xlsx", rows=100_000), "partial",
                       "reading stopped in sheet 'Prices' at row 5001: the limit of 50000 cells per document was reached"),
    "text-one-40mb-line": (lambda d: inputs.make_one_line_text(d / "line.txt", size=40 << 20), "partial",
                           "reading stopped at line 1: the limit of 5000000 characters of text per document was reached"),
    "text-30mb": (lambda d: inputs.make_text(d / "notes.txt", size=30 << 20), "partial",
                  "reading stopped at line 20001: the limit of 20000 lines per document was reached"),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(BIG))
def test_a_big_file_is_read_up_to_its_budget_and_says_so(order: Path, name: str) -> None:
    make, status, note = BIG[name]
    path = make(order / "misc")
    document = read_order_file(path, order, None, Settings())[0]
    assert document.status == status
    assert document.error == f"misc/{path.name}: {note}."
    assert document.blocks


def test_a_long_chat_keeps_its_latest_messages(order: Path) -> None:
    path = inputs.make_whatsapp(order / "misc" / "WhatsApp Chat - long.txt", messages=60_000)
    document = read_order_file(path, order, None, Settings())[0]
    assert document.status == "partial" and document.format == "whatsapp"
    assert document.error == (
        f"misc/{path.name}: only its last 20000 of 60000 messages were read: "
        "the limit of 20000 messages per document was reached."
    )
    assert len(document.blocks) == 20_000
    assert "new account" in document.blocks[-1].text  # the bank change of the last message
    assert document.meta["messages_in_file"] == "60000"


def test_the_budget_is_one_for_the_file_and_what_it_holds(order: Path) -> None:
    # a 20k-line text member leaves no line budget to the next member of the same zip
    import zipfile

    with zipfile.ZipFile(order / "misc" / "two.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "".join(f"line {n}\n" for n in range(25_000)))
        archive.writestr("b.txt", "QUOTATION\nUnit price: US$1.85\n")
    documents = {d.path: d for d in read_order(order, None, Settings())}
    assert len(documents["misc/two.zip#a.txt"].blocks) == 20_000 - 2  # the zip's own listing
    second = documents["misc/two.zip#b.txt"]
    assert second.status == "partial" and second.blocks == ()
    assert "the limit of 20000 lines per document was reached" in (second.error or "")
    others_read(list(documents.values()))


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["csv-1m-cells", "docx-700k-paragraphs", "xlsx-big-sheet", "whatsapp-35mb"]
)
def test_a_big_file_audit_stays_within_its_budget(tmp_path: Path, name: str) -> None:
    order = inputs.order_with(tmp_path)
    if name == "whatsapp-35mb":
        inputs.make_whatsapp(order / "misc" / "WhatsApp Chat - big.txt", messages=330_000)
    else:
        BIG[name][0](order / "misc")
    run = run_limited(audit_args(order, tmp_path / "out"), timeout=audit_budget() * 3)
    assert run.returncode in (0, 1), run.stderr
    assert run.peak_rss < RSS_BUDGET, run.peak_mb
    assert run.seconds < audit_budget(), run.seconds


_DRIVER = """
import sys, time
from pathlib import Path
from pipeline.config import Settings
from pipeline.ingest import read_order_file
path, root, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
settings = Settings(seconds_per_document=seconds, max_cells=10**9, max_messages=10**9)
started = time.monotonic()
document = read_order_file(path, root, None, settings)[0]
print(f"{time.monotonic() - started:.3f}")
print(document.status)
print(document.error)
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["whatsapp", "xlsx"])
def test_reading_stops_at_the_time_limit(tmp_path: Path, name: str) -> None:
    seconds = 5.0
    folder = tmp_path / "misc"
    folder.mkdir()
    if name == "whatsapp":
        path = inputs.make_whatsapp(folder / "WhatsApp Chat - big.txt", messages=330_000)
    else:
        path = inputs.make_xlsx(folder / "big.xlsx", rows=300_000)
    args = ["-c", _DRIVER, str(path), str(tmp_path), str(seconds)]
    run = run_limited(args, timeout=120, env=environment())
    assert run.returncode == 0, run.stderr
    elapsed, status, error = run.stdout.strip().splitlines()[:3]
    assert status in ("partial", "unreadable"), error
    assert f"the per-document time limit of {seconds:g} s was reached" in error
    assert float(elapsed) < seconds * 1.1  # the budget plus 10 %

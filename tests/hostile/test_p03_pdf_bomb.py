"""Issue 13, point 3: a 1 MB PDF with a 1 GB Flate stream took 2.1 GB. Streams are now inflated
once, counted and thrown away, before pdfplumber or pdfium decodes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_order
from tests.hostile import inputs
from tests.hostile.conftest import audit_budget, others_read
from tests.hostile.limits import RSS_BUDGET, audit_args, run_limited

REFUSED = (
    "could not be read: its compressed streams unpack to more than 100 MB (PDF stream bomb limit)."
)


def test_a_flate_stream_bomb_is_refused_and_the_rest_is_read(order: Path) -> None:
    inputs.make_pdf_stream_bomb(order / "misc" / "bomb.pdf", inflated=300 << 20)
    documents = read_order(order, None, Settings())
    bomb = next(d for d in documents if d.path == "misc/bomb.pdf")
    assert bomb.status == "unreadable" and bomb.error == f"misc/bomb.pdf {REFUSED}"
    others_read(documents)


def test_a_run_length_stream_bomb_is_refused(order: Path) -> None:
    # RunLengthDecode repeats a byte up to 128 times: 2 MB of runs are 128 MB
    runs = bytes([129, 0x20]) * (1 << 20)
    content = b"BT /F1 12 Tf 72 720 Td (QUOTATION) Tj ET\n"
    literal = bytes([len(content) - 1]) + content
    stream = literal + runs + b"\x80"
    pdf = inputs._pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} /Filter /RunLengthDecode >>\nstream\n".encode()
            + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    (order / "misc" / "runs.pdf").write_bytes(pdf)
    runs_doc = next(d for d in read_order(order, None, Settings()) if d.path == "misc/runs.pdf")
    assert runs_doc.error == f"misc/runs.pdf {REFUSED}"


def test_a_small_stream_is_read_as_usual(order: Path) -> None:
    inputs.make_pdf_stream_bomb(order / "misc" / "small.pdf", inflated=1 << 20)
    small = next(d for d in read_order(order, None, Settings()) if d.path == "misc/small.pdf")
    assert small.status == "read" and small.text == "PROFORMA INVOICE PI-2291"


@pytest.mark.slow
def test_a_pdf_bomb_audit_stays_within_its_budget(tmp_path: Path) -> None:
    order = inputs.order_with(tmp_path)
    inputs.make_pdf_stream_bomb(order / "misc" / "bomb.pdf", inflated=1 << 30)
    run = run_limited(audit_args(order, tmp_path / "out"), timeout=audit_budget() * 3)
    assert run.returncode in (0, 1), run.stderr
    assert run.peak_rss < RSS_BUDGET, run.peak_mb
    assert run.seconds < audit_budget(), run.seconds

"""The pdfium fast path gives the very blocks pdfplumber gives, on every PDF the project holds.

engine="auto" reads rule-less pages and clean ruled grids with pypdfium2 (pdf_grid) and falls
back to pdfplumber for the rest; engine="pdfplumber" reads every page with pdfplumber. Rotated
pages are the one documented difference: "auto" reads them as drawn (docs/formats.md, PDF).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.config import Settings
from pipeline.errors import UnreadableDocument
from pipeline.ingest.common import Source
from pipeline.ingest.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
PROJECT_PDFS = sorted(
    p.relative_to(ROOT).as_posix()
    for folder in ("samples", "corpus/cases", "tests/fixtures")
    for p in (ROOT / folder).rglob("*.pdf")
)


def _rotated_pages(data: bytes) -> set[int]:
    try:
        pdf = pdfium.PdfDocument(data, password="")
    except pdfium.PdfiumError:
        return set()
    try:
        return {i + 1 for i in range(len(pdf)) if pdf[i].get_rotation() != 0}
    finally:
        pdf.close()


def _both(path: Path, name: str) -> tuple[object, object]:
    """What each engine gives for the file: the Reading's blocks, status, error and pages, or
    the UnreadableDocument message when the file cannot be read."""
    source = Source(name, path.read_bytes())
    rotated = _rotated_pages(source.data)
    out: list[object] = []
    for engine in ("auto", "pdfplumber"):
        try:
            reading = read_pdf(source, Settings(), engine=engine)
        except UnreadableDocument as exc:
            out.append(str(exc))
            continue
        blocks = [b.to_json() for b in reading.blocks if b.page not in rotated]
        out.append((blocks, reading.status, reading.error, reading.pages))
    return out[0], out[1]


def _pdfium_table_pages(path: Path) -> int:
    reading = read_pdf(Source(path.name, path.read_bytes()), Settings())
    return int(reading.meta.get("pdfium_table_pages", "0"))


@pytest.mark.parametrize("name", PROJECT_PDFS)
def test_fast_path_gives_pdfplumbers_blocks(name: str) -> None:
    fast, slow = _both(ROOT / name, name)
    assert fast == slow


def test_shared_corpus_pdfs_give_pdfplumbers_blocks() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED}")
    pdfs = sorted(SHARED.rglob("*.pdf"))
    assert pdfs
    for path in pdfs:
        fast, slow = _both(path, path.name)
        assert fast == slow, path


def _needs_system_font(path: Path) -> bool:
    from pipeline.ingest.pdf_limits import needs_system_font

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        return any(needs_system_font(pdf[i], {}) for i in range(len(pdf)))
    finally:
        pdf.close()


def test_ruled_pages_of_the_samples_are_read_by_the_fast_path() -> None:
    # Samples whose Chinese is set in a font the file does not embed (reportlab's STSong-Light)
    # are read by pdfplumber: pdfium would read that text with whatever font this machine has.
    samples = [ROOT / n for n in PROJECT_PDFS if n.startswith("samples/")]
    ruled = [p for p in samples if not _needs_system_font(p)]
    assert len(ruled) >= 3 and all(_pdfium_table_pages(p) >= 1 for p in ruled)
    cjk = [p for p in samples if p not in ruled]
    assert cjk and all(_pdfium_table_pages(p) == 0 for p in cjk)


def test_rows_without_vertical_rules_fall_back_to_pdfplumber() -> None:
    # catalogue.pdf page 3 holds a table drawn with row rules only (columns from alignment)
    path = ROOT / "tests/fixtures/ingest/pdf/catalogue.pdf"
    assert _pdfium_table_pages(path) == 2


def _table_pdf(path: Path, rows: list[list[str]], style: list[tuple[object, ...]]) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), *style]))
    story = [
        Paragraph("PROFORMA INVOICE PI-2026-17", body),
        table,
        Paragraph("Payment: 30% deposit, balance before shipment", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


ITEMS = [
    ["Item", "Description", "Qty", "Unit Price"],
    ["TB-500", "Bottle 500 ml, 304 S/S", "5,000", "US$1.85"],
    ["TB-750", "Bottle 750 ml, 304 S/S", "2,000", "US$2.10"],
]


def test_shaded_header_row_is_read_by_the_fast_path(tmp_path: Path) -> None:
    from reportlab.lib import colors

    path = _table_pdf(
        tmp_path / "shaded.pdf", ITEMS, [("BACKGROUND", (0, 0), (-1, 0), colors.grey)]
    )
    fast, slow = _both(path, path.name)
    assert fast == slow
    assert _pdfium_table_pages(path) == 1
    reading = read_pdf(Source(path.name, path.read_bytes()), Settings())
    cells = {(b.table, b.row, b.col): b.text for b in reading.blocks if b.kind == "cell"}
    assert cells[(1, 2, 2)] == "Bottle 500 ml, 304 S/S" and cells[(1, 3, 4)] == "US$2.10"


def test_merged_cells_fall_back_to_pdfplumber(tmp_path: Path) -> None:
    rows = [*ITEMS, ["Total", "", "7,000", "US$13,450.00"]]
    path = _table_pdf(tmp_path / "merged.pdf", rows, [("SPAN", (0, 3), (1, 3))])
    fast, slow = _both(path, path.name)
    assert fast == slow
    assert _pdfium_table_pages(path) == 0

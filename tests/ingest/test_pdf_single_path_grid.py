"""Regression: a table whose rules are one path (reportlab's canvas.grid) was read as lines by the
pypdfium2 fast path while pdfplumber gave cells; both engines must give the same cells. The
header words are ones the rulerless-table detector does not know, so only the grid check helps."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.config import Settings
from pipeline.ingest.common import Source
from pipeline.ingest.pdf import read_pdf

ROWS = [
    ["Ref", "Pieces", "Cost each"],
    ["TB-500", "5,000 pcs", "US$1.85"],
    ["TB-750", "2,000 pcs", "US$2.10"],
]
XS, YS = [60, 200, 320, 460], [700, 680, 660, 640]


def _grid_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 760, "PROFORMA INVOICE PI-2291")
    pdf.grid(XS, YS)  # every rule of the table in a single path
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            pdf.drawString(XS[c] + 4, YS[r] - 14, text)
    pdf.save()
    return path


def test_single_path_grid_gives_the_same_cells_with_both_engines(tmp_path: Path) -> None:
    source = Source("pi/grid.pdf", _grid_pdf(tmp_path / "grid.pdf").read_bytes())
    auto, plumber = (read_pdf(source, Settings(), engine=e) for e in ("auto", "pdfplumber"))
    assert [b.to_json() for b in auto.blocks] == [b.to_json() for b in plumber.blocks]
    cells = {(b.row, b.col): b.text for b in auto.blocks if b.kind == "cell"}
    assert (
        cells[(1, 3)] == "Cost each" and cells[(2, 1)] == "TB-500" and cells[(3, 2)] == "2,000 pcs"
    )

"""The pypdfium2 grid reader (pdf_grid) on real PDFs: its cells are the ones pdfplumber's table
finder extracts, and its one-call cell text is pypdfium2's `get_text_bounded` to the byte."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipeline.ingest.common import clean_cell
from pipeline.ingest.pdf_grid import _BoundedText, find_grids, raw_page_objects, read_grid_page

ROOT = Path(__file__).resolve().parent.parent.parent
# (PDF, pages the grid reader reads, 0-based)
GRID_PAGES = [
    ("tests/fixtures/ingest/pdf/pi-ruled.pdf", [0]),
    ("tests/fixtures/ingest/pdf/catalogue.pdf", [0, 1]),
    ("samples/steel-bottles-bank-change/pi/PI-2291.pdf", [0]),
]


@pytest.mark.parametrize(("name", "pages"), GRID_PAGES)
def test_grid_cells_match_pdfplumbers_tables(name: str, pages: list[int]) -> None:
    path = ROOT / name
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        with pdfplumber.open(path) as plumber:
            for index in pages:
                page = pdf[index]
                textpage = page.get_textpage()
                try:
                    grid = read_grid_page(page, textpage)
                finally:
                    textpage.close()
                    page.close()
                assert grid is not None, f"{name} page {index + 1} left the grid path"
                expected = [
                    [[clean_cell(cell or "") for cell in row] for row in table.extract()]
                    for table in plumber.pages[index].find_tables()
                ]
                assert [rows for _box, rows in grid.tables] == expected
                assert any(cell for rows in expected for row in rows for cell in row)
    finally:
        pdf.close()


@pytest.mark.parametrize("name", [name for name, _pages in GRID_PAGES])
def test_one_call_cell_text_is_get_text_bounded(name: str) -> None:
    pdf = pdfium.PdfDocument((ROOT / name).read_bytes())
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                height, width = float(page.get_height()), float(page.get_width())
                rects = [(0.0, 0.0, width, height), (width, height, width + 9, height + 9)]
                for xs, ys in find_grids(page, height) or []:
                    rects += [
                        (xs[c], height - ys[r + 1], xs[c + 1], height - ys[r])
                        for r in range(len(ys) - 1)
                        for c in range(len(xs) - 1)
                    ]
                bounded = _BoundedText(textpage, textpage.count_chars(), pdfium_c)
                for rect in rects:
                    assert bounded(*rect) == textpage.get_text_bounded(*rect), rect
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


@pytest.mark.parametrize(
    "name",
    [name for name, _ in GRID_PAGES]
    + ["samples/cotton-towels-wechat/quotes/旭日纺织报价单 SR-Q-260220.pdf"],
)
@pytest.mark.parametrize(
    ("kind", "depth"), [(pdfium_c.FPDF_PAGEOBJ_PATH, 15), (pdfium_c.FPDF_PAGEOBJ_TEXT, 5)]
)
def test_raw_page_objects_are_pypdfium2s_objects(name: str, kind: int, depth: int) -> None:
    pdf = pdfium.PdfDocument((ROOT / name).read_bytes())
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                wrapped = [
                    ctypes.addressof(o.raw.contents)
                    for o in page.get_objects(filter=[kind], max_depth=depth)
                ]
                raw = [ctypes.addressof(o.contents) for o in raw_page_objects(page, kind, depth)]
            finally:
                page.close()
            assert raw == wrapped and raw, f"{name} page {index + 1}"
    finally:
        pdf.close()

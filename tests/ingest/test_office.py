"""DOCX and XLSX: document order, merged and nested cells, headers/footers, tracked changes,
cached formula values; checked on our fixtures and on docling's files with their ground truth."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_file
from pipeline.ingest.common import Source
from pipeline.ingest.office import cell_text, libreoffice, read_docx, read_xlsx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def _docx(name: str):
    return read_docx(Source(f"docx/{name}", (FIXTURES / "docx" / name).read_bytes()), Settings())


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    reading = _docx("spec-tracked.docx")
    order = [(b.kind, b.text) for b in reading.blocks if b.source is None][:4]
    assert order == [
        ("paragraph", "PRODUCT SPECIFICATION"),
        ("paragraph", "Product: insulated bottle TB-500"),
        ("cell", "Attribute"),
        ("cell", "Value"),
    ]
    paragraphs = [
        (b.line, b.text) for b in reading.blocks if b.kind == "paragraph" and b.source is None
    ]
    assert paragraphs[:3] == [
        (1, "PRODUCT SPECIFICATION"),
        (2, "Product: insulated bottle TB-500"),
        (3, "Packaging: 24 pcs per carton"),
    ]


def test_docx_merged_cells_are_given_once_at_their_top_left() -> None:
    reading = _docx("spec-tracked.docx")
    table1 = {(b.row, b.col): b.text for b in reading.blocks if b.kind == "cell" and b.table == 1}
    assert table1[(2, 2)] == "304 stainless steel"
    assert table1[(4, 2)] == "Pantone 186 C"
    assert (4, 3) not in table1  # the horizontally merged cell is not repeated
    table2 = {(b.row, b.col): b.text for b in reading.blocks if b.kind == "cell" and b.table == 2}
    assert table2 == {(1, 1): "Lid", (1, 2): "Details"}  # the vertical merge is given at row 1 only


def test_docx_nested_table_gets_its_own_number() -> None:
    reading = _docx("spec-tracked.docx")
    nested = {(b.row, b.col): b.text for b in reading.blocks if b.kind == "cell" and b.table == 3}
    assert nested == {
        (1, 1): "Seal",
        (1, 2): "Silicone, food grade",
        (2, 1): "Thread",
        (2, 2): "PP",
    }


def test_docx_tracked_changes_are_kept_as_such() -> None:
    reading = _docx("spec-tracked.docx")
    tracked = [
        (b.source, b.text, b.line)
        for b in reading.blocks
        if b.source and b.source.startswith("tracked")
    ]
    assert tracked == [
        ("tracked-insert", "Wall thickness: 0.5 mm minimum", 4),
        ("tracked-delete", "Wall thickness: 0.6 mm minimum", 4),
    ]
    assert "tracked_changes" in reading.meta


def test_docx_headers_and_footers() -> None:
    reading = _docx("spec-tracked.docx")
    marked = [(b.source, b.text) for b in reading.blocks if b.source in ("header", "footer")]
    assert marked == [("header", "Brightway PO-1001 - controlled copy"), ("footer", "Spec rev. B")]


def test_xlsx_every_sheet_merged_cells_cached_formulas_and_percent() -> None:
    reading = read_xlsx(
        Source("xlsx/quote.xlsx", (FIXTURES / "xlsx" / "quote.xlsx").read_bytes()), Settings()
    )
    cells = {(b.sheet, b.row, b.col): b.text for b in reading.blocks}
    assert cells[("Quote", 1, 1)] == "QUOTATION Q-2026-031"
    assert ("Quote", 1, 2) not in cells  # merged A1:E1 holds its value at A1 only
    assert cells[("Quote", 4, 4)] == "1.85"
    assert cells[("Quote", 4, 5)] == "9250"  # =C4*D4, its cached value
    assert cells[("Quote", 7, 2)] == "30%"
    assert cells[("Terms", 1, 2)] == "FOB Ningbo"
    assert {b.table for b in reading.blocks if b.sheet == "Terms"} == {2}
    assert reading.meta["sheets"] == "Quote, Terms, Internal"
    assert reading.meta["hidden_sheets"] == "Internal"
    assert cells[("Internal", 1, 2)] == "1.62"


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (5000, None, "5000"),
        (5000.0, None, "5000"),
        (1.85, None, "1.85"),
        (0.1 + 0.2, None, "0.3"),
        (0.3, "0%", "30%"),
        (True, None, "TRUE"),
        ("  a\n b ", None, "a b"),
    ],
)
def test_cell_text(value: object, fmt: str | None, text: str) -> None:
    assert cell_text(value, fmt) == text


@pytest.mark.skipif(libreoffice() is not None, reason="LibreOffice is installed here")
@pytest.mark.parametrize(("name", "kind"), [("old.doc", "Word .doc"), ("old.xls", "Excel .xls")])
def test_legacy_office_without_libreoffice_is_a_clear_error(
    tmp_path: Path, name: str, kind: str
) -> None:
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    document = read_file(tmp_path / name)
    assert document.status == "unreadable"
    assert f"it is a legacy {kind} file and LibreOffice is not installed" in (document.error or "")


# --- docling's DOCX and XLSX with their ground truth --------------------------------------------


def _words(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->|!\[[^\]]*\]\([^)]*\)|<[^>]+>", " ", text)
    text = re.sub(r"[|#*_`>\-\[\]()]+", " ", text)
    return [w.lower() for w in re.findall(r"\w+", text)]


def _recall(truth: str, ours: str) -> float:
    have = set(_words(ours))
    want = _words(truth)
    return sum(1 for w in want if w in have) / max(1, len(want))


DOCX_SOURCES = "docling/tests/data/docx"
# docling's ground truth also holds what docling renders beyond the text: equations as LaTeX,
# list numbers, checkbox marks, chart data, link targets. The bar is lower for those files.
RENDERED = {
    "equations.docx": 0.4, "omml_frac_superscript.docx": 0.4, "omml_func_log.docx": 0.4,
    "omml_multi_equation_paragraph.docx": 0.4, "omml_text_escapes_in_math.docx": 0.4,
    "table_with_equations.docx": 0.4, "docx_checkboxes.docx": 0.8, "docx_list_blank_spacer.docx": 0.7,
    "docx_list_resumed_numbering.docx": 0.8, "drawingml.docx": 0.4, "unit_test_formatting.docx": 0.75,
}  # fmt: skip


def _docling_cases(kind: str) -> list[str]:
    root = (
        Path(__file__).resolve().parents[3]
        / "shared"
        / "corpus"
        / "external"
        / "docling"
        / "tests"
        / "data"
        / kind
        / "sources"
    )
    return sorted(p.name for p in root.glob("*")) if root.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", _docling_cases("docx"))
def test_docling_docx_text_against_ground_truth(corpus_dir: Path, name: str) -> None:
    source = corpus_dir / DOCX_SOURCES / "sources" / name
    truth = corpus_dir / DOCX_SOURCES / "groundtruth" / f"{name}.md"
    document = read_file(source)
    assert document.status == "read", document.error
    if not truth.is_file():
        pytest.skip(f"no ground truth for {name}")
    recall = _recall(truth.read_text(encoding="utf-8"), document.text)
    assert recall >= RENDERED.get(name, 0.95), recall


def test_docling_word_tables_merged_cells(corpus_dir: Path) -> None:
    document = read_file(corpus_dir / DOCX_SOURCES / "sources" / "word_tables.docx")
    table2 = {(b.row, b.col): b.text for b in document.blocks if b.kind == "cell" and b.table == 2}
    assert table2[(2, 2)] == "Merged Cell 1.1 1.2" and (2, 3) not in table2
    table4 = {(b.row, b.col): b.text for b in document.blocks if b.kind == "cell" and b.table == 4}
    assert table4[(2, 2)] == "Merged Cell 1.1 2.1" and (3, 2) not in table4


@pytest.mark.parametrize("name", _docling_cases("xlsx"))
def test_docling_xlsx_cells_against_ground_truth(corpus_dir: Path, name: str) -> None:
    base = corpus_dir / "docling" / "tests" / "data" / "xlsx"
    document = read_file(base / "sources" / name)
    assert document.status == "read", document.error
    truth = base / "groundtruth" / f"{name}.md"
    cells = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|[\s\-|:]+\|", line):
            # docling prints dates with a midnight time; ours are ISO dates
            cells += [
                c.strip().removesuffix(" 00:00:00")
                for c in line.strip().strip("|").split("|")
                if c.strip()
            ]
    ours = {b.text for b in document.blocks}
    found = sum(1 for c in cells if c in ours or _number(c) in {_number(o) for o in ours})
    assert found / max(1, len(cells)) >= 0.95, [c for c in cells if c not in ours][:10]


def _number(text: str) -> str:
    try:
        return f"{float(text):.6g}"
    except ValueError:
        return text

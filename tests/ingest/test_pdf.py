"""PDF: lines and table cells with page provenance, run-on tables, headers/footers, limits, scans."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_file
from pipeline.ingest.common import Source
from pipeline.ingest.image import ocr_languages
from pipeline.ingest.pdf import read_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "pdf"


def _read(name: str, settings: Settings | None = None, engine: str = "auto"):
    return read_pdf(
        Source(f"pdf/{name}", (FIXTURES / name).read_bytes()), settings or Settings(), engine=engine
    )


def test_ruled_pi_gives_lines_and_cells() -> None:
    reading = _read("pi-ruled.pdf")
    lines = [(b.page, b.line, b.text) for b in reading.blocks if b.kind == "line"]
    assert lines[0] == (1, 1, "PROFORMA INVOICE")
    assert (1, 6, "SWIFT: BKCHCNBJ92A") in lines
    cells = {(b.table, b.row, b.col): b.text for b in reading.blocks if b.kind == "cell"}
    assert cells[(1, 1, 4)] == "Unit Price"
    assert cells[(1, 2, 1)] == "TB-500"
    assert cells[(1, 2, 2)] == "Bottle 500 ml, 201 S/S"
    assert cells[(1, 3, 5)] == "US$4,700.00"
    # the table's text is given once, as cells, never again as lines
    assert not any("TB-500" in text for _, _, text in lines)
    assert reading.pages == 1 and reading.status == "read"
    # blocks keep reading order: the table sits between the seller line and the payment line
    order = [b.line if b.kind == "line" else "cell" for b in reading.blocks]
    assert order == [1, 2, 3] + ["cell"] * 15 + [4, 5, 6]


def test_table_running_over_two_pages_keeps_its_number_and_drops_the_repeated_header() -> None:
    reading = _read("catalogue.pdf")
    cells = [b for b in reading.blocks if b.kind == "cell" and b.table == 1]
    assert {b.page for b in cells} == {1, 2}
    models = [b.text for b in cells if b.col == 1]
    assert models[0] == "Model" and models.count("Model") == 1
    assert models[1:] == [f"TB-{100 + i}" for i in range(60)]
    assert max(b.row for b in cells) == 61


def test_table_without_vertical_rules_is_read_as_cells() -> None:
    reading = _read("catalogue.pdf")
    cells = {(b.row, b.col): b.text for b in reading.blocks if b.kind == "cell" and b.table == 2}
    assert cells == {
        (1, 1): "Carton", (1, 2): "Pcs", (1, 3): "Size",
        (2, 1): "A", (2, 2): "24", (2, 3): "52x38x30 cm",
        (3, 1): "B", (3, 2): "12", (3, 3): "40x30x30 cm",
    }  # fmt: skip


def test_repeated_page_headers_and_footers_are_marked() -> None:
    reading = _read("catalogue.pdf")
    marked = {
        (b.page, b.source, b.text) for b in reading.blocks if b.source in ("header", "footer")
    }
    assert (1, "header", "Brightway Housewares - Catalogue 2026") in marked
    assert (3, "footer", "Page 3 - confidential") in marked
    assert len(marked) == 6


def test_chinese_text() -> None:
    reading = _read("chinese.pdf")
    assert [b.text for b in reading.blocks] == [
        "形式发票",
        "材质：不锈钢304",
        "单价：1.85美元/个",
        "交期：付定金后35天",
    ]


def test_rotated_page_reads_in_lines() -> None:
    reading = _read("rotated.pdf")
    assert [b.text for b in reading.blocks] == [
        "QUOTATION Q-77 rotated page",
        "Unit price: US$1.85",
    ]


@pytest.mark.parametrize(
    "name", ["pi-ruled.pdf", "catalogue.pdf", "chinese.pdf", "document-0042.pdf"]
)
def test_fast_engine_gives_the_same_text_as_pdfplumber(name: str) -> None:
    fast = _read(name)
    slow = _read(name, engine="pdfplumber")
    assert [b.to_json() for b in fast.blocks] == [b.to_json() for b in slow.blocks]


def test_page_limit_makes_the_document_partial() -> None:
    reading = _read("catalogue.pdf", Settings(max_pages=1))
    assert reading.status == "partial"
    assert (
        reading.error
        == "pdf/catalogue.pdf: it has 3 pages and only the first 1 were read (page limit)."
    )
    assert {b.page for b in reading.blocks} == {1}
    assert reading.pages == 3


def test_time_limit_makes_the_document_partial() -> None:
    reading = _read("catalogue.pdf", Settings(seconds_per_document=1e-6))
    assert reading.status == "partial"
    assert "per-document time limit" in (reading.error or "")
    assert {b.page for b in reading.blocks} == {1}


def test_encrypted_with_empty_password_opens() -> None:
    reading = _read("encrypted-empty-password.pdf")
    assert [b.text for b in reading.blocks] == ["QUOTATION encrypted"]


def test_encrypted_with_a_password_is_a_clear_error() -> None:
    document = read_file(FIXTURES / "encrypted-password.pdf")
    assert document.status == "unreadable"
    assert document.error == (
        "pdf/encrypted-password.pdf could not be read: it is encrypted with a password; ask for an unprotected copy."
    )


@pytest.mark.skipif(ocr_languages() is None, reason="tesseract is not installed")
def test_scanned_pdf_is_ocred_and_says_so() -> None:
    reading = _read("scanned.pdf")
    assert reading.status == "partial"
    assert "no text layer" in (reading.error or "")
    assert all(b.source == "ocr" and b.confidence < 1 for b in reading.blocks)
    text = " ".join(b.text for b in reading.blocks)
    assert "PROFORMA INVOICE" in text and "1.85" in text


def test_scanned_pdf_without_ocr_is_unreadable_with_no_text_layer() -> None:
    document = read_file(FIXTURES / "scanned.pdf", settings=Settings(ocr=False))
    assert document.status == "unreadable"
    assert "no text layer" in (document.error or "")


def test_invoice2data_pdfs_read(corpus_dir: Path) -> None:
    pdfs = sorted((corpus_dir / "invoice2data").rglob("*.pdf"))
    assert pdfs
    for path in pdfs:
        document = read_file(path)
        assert document.status in ("read", "partial"), document.error
        assert document.blocks, path.name


@pytest.mark.skipif(ocr_languages() is None, reason="tesseract is not installed")
def test_scanned_page_among_text_pages_is_ocred() -> None:
    reading = _read("mixed-scan.pdf")
    assert reading.status == "partial"
    assert (
        reading.error
        == "pdf/mixed-scan.pdf: page 2 had no text layer and was read by OCR, which may hold errors."
    )
    assert [(b.page, b.source) for b in reading.blocks][0] == (1, None)
    assert {b.source for b in reading.blocks if b.page == 2} == {"ocr"}


def test_scanned_page_among_text_pages_without_ocr_is_named() -> None:
    reading = _read("mixed-scan.pdf", Settings(ocr=False))
    assert reading.status == "partial"
    assert (
        reading.error
        == "pdf/mixed-scan.pdf: page 2 without a text layer was not read (OCR is not available)."
    )
    assert [b.text for b in reading.blocks] == ["PROFORMA INVOICE PI-2291 page 1"]


@pytest.mark.parametrize(
    ("name", "status", "error"),
    [
        ("scanned.pdf", "unreadable", "pdf/scanned.pdf could not be read: it has no text layer (a scan) and OCR of page 1 failed (OCR took longer than the 1 s limit)."),
        ("mixed-scan.pdf", "partial", "pdf/mixed-scan.pdf: page 2 without a text layer was not read: OCR of page 2 failed (OCR took longer than the 1 s limit)."),
    ],
)  # fmt: skip
def test_ocr_failure_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, name: str, status: str, error: str
) -> None:
    import pipeline.ingest.pdf as pdf_module

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("OCR took longer than the 1 s limit")

    monkeypatch.setattr(pdf_module, "ocr_blocks", fail)
    monkeypatch.setattr(pdf_module, "ocr_languages", lambda: "eng")
    document = read_file(FIXTURES / name)
    assert (document.status, document.error) == (status, error)


def test_row_rules_over_prose_make_no_table() -> None:
    # blind d/07: rules under a letterhead, terms and a bank block; pdfplumber's text strategy cut
    # "AGRICULTURAL BANK OF CHINA" into columns and lost what fell between them
    path = Path(__file__).parents[1] / "fixtures" / "ingest" / "pdf" / "pi-row-rules-prose.pdf"
    reading = read_pdf(Source(path.name, path.read_bytes()), Settings())
    lines = [b.text for b in reading.blocks if b.kind == "line"]
    assert "Bank name: AGRICULTURAL BANK OF CHINA, WENZHOU BRANCH" in lines
    assert "1 PA-GB-M Kraft paper gift bag 25x11x32cm 20,000 PCS USD 0.118 USD 2,360.00" in lines
    assert not [b for b in reading.blocks if b.kind == "cell"]

"""Rulerless line-item tables in PDFs: aligned text columns under a line-item header give cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest.common import Source
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.pdf_text_tables import header_word_count
from pipeline.model import Block

# made by tests/fixtures/ingest/text_tables/make_text_tables.py
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "text_tables"
ENGINES = ["auto", "pdfplumber"]


def _blocks(name: str, engine: str) -> tuple[Block, ...]:
    data = (FIXTURES / name).read_bytes()
    return read_pdf(Source(f"text_tables/{name}", data), Settings(), engine=engine).blocks


def _cells(blocks: tuple[Block, ...]) -> dict[tuple[int | None, ...], str]:
    return {(b.page, b.table, b.row, b.col): b.text for b in blocks if b.kind == "cell"}


def _lines(blocks: tuple[Block, ...]) -> list[tuple[int | None, int | None, str]]:
    return [(b.page, b.line, b.text) for b in blocks if b.kind == "line"]


@pytest.mark.parametrize("engine", ENGINES)
def test_english_pi_item_table_gives_cells(engine: str) -> None:
    blocks = _blocks("pi-text-table.pdf", engine)
    cells = _cells(blocks)
    header = [cells[(1, 1, 1, col)] for col in range(1, 6)]
    assert header == ["Item No.", "Description", "Qty", "Unit Price", "Amount"]
    assert [cells[(1, 1, 3, col)] for col in range(1, 6)] == [
        "TB-750",
        "Bottle 750 ml, SS304",
        "2000 pcs",
        "USD 2.35",
        "USD 4,700.00",
    ]
    assert cells[(1, 1, 4, 1)] == "LID-02"
    assert max(key[2] or 0 for key in cells) == 4  # header + 3 items; the total line stays a line
    assert _lines(blocks) == [
        (1, 1, "PROFORMA INVOICE"),
        (1, 2, "PI No.: PI-3307 Date: 2026-04-02"),
        (1, 3, "Seller: Ningbo Brightway Housewares Co., Ltd."),
        (1, 4, "Currency: USD"),
        (1, 5, "Total: USD 14,150.00"),
        (1, 6, "Payment: 30% deposit, 70% before shipment"),
        (1, 7, "Delivery: FOB Ningbo, 35 days after deposit"),
    ]
    # reading order: the cells sit between the currency line and the total line
    order = [b.line if b.kind == "line" else "cell" for b in blocks]
    assert order == [1, 2, 3, 4] + ["cell"] * 20 + [5, 6, 7]


@pytest.mark.parametrize("engine", ENGINES)
def test_bilingual_header_with_chinese_text(engine: str) -> None:
    blocks = _blocks("pi-text-table-bilingual.pdf", engine)
    cells = _cells(blocks)
    assert [cells[(1, 1, 1, col)] for col in range(1, 6)] == [
        "货号 SKU",
        "品名 Description",
        "数量 Qty",
        "单价 Unit Price",
        "金额 Amount",
    ]
    assert [cells[(1, 1, 2, col)] for col in range(1, 6)] == [
        "SP-28",
        "硅胶刮刀 Silicone spatula",
        "3000 pcs",
        "USD 0.95",
        "USD 2,850.00",
    ]
    assert cells[(1, 1, 3, 1)] == "SP-32"
    assert (1, 4, "合计 Total: USD 4,500.00") in _lines(blocks)
    assert not any("SP-28" in text for _, _, text in _lines(blocks))


@pytest.mark.parametrize("engine", ENGINES)
def test_rulerless_table_is_numbered_after_the_ruled_one(engine: str) -> None:
    cells = _cells(_blocks("quote-ruled-then-text-table.pdf", engine))
    assert cells[(1, 1, 1, 1)] == "Model"  # the ruled table on page 1
    assert cells[(1, 1, 2, 3)] == "USD 1.85"
    assert cells[(2, 2, 1, 4)] == "Unit Price"  # the rulerless one on page 2 is table 2
    assert cells[(2, 2, 3, 1)] == "OPT-2"
    assert cells[(2, 2, 3, 5)] == "USD 500.00"


@pytest.mark.parametrize("engine", ENGINES)
def test_aligned_key_values_and_address_columns_stay_lines(engine: str) -> None:
    blocks = _blocks("pi-aligned-not-a-table.pdf", engine)
    assert not _cells(blocks)
    assert _lines(blocks)[2] == (1, 3, "Qty: 5000 pcs Unit price: USD 1.85")
    assert len(_lines(blocks)) == 7


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Item No. Description Qty Unit Price Amount", 6),
        ("数量 Qty", 2),
        ("货号 品名 单价", 3),
        ("Itemised pricing", 0),  # whole words only
        ("Seller Buyer Bank", 0),
    ],
)
def test_header_words(text: str, count: int) -> None:
    assert header_word_count(text) == count

"""Layouts first met in folders written blind (corpus/blind, authors E, F and H), read from
those real files: a spec with one column per model, the sizes of a set, WeChat exports with day
dividers or a title line, a sample row of a quote, standards with their part numbers, the size
of a part, and change orders signed in a row or a line of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.config import load_order_config
from pipeline.extract import extract_document
from pipeline.extract.normalize import find_carton_qty, find_dimensions
from pipeline.ingest import read_file
from pipeline.model import Extraction

BLIND = Path(__file__).resolve().parents[2] / "corpus" / "blind"


def _extract(case: str, path: str) -> Extraction:
    root = next((BLIND / case.split("/")[0] / "cases").glob(case.split("/")[1] + "*"))
    config = load_order_config(root)
    return extract_document(read_file(root / path, root=root, config=config), config)


def _terms(extraction: Extraction, field: str) -> list[tuple[str | None, Any]]:
    return [(t.item, t.value) for t in extraction.terms if t.field == field]


def test_a_spec_with_one_column_per_model() -> None:
    spec = _extract("author-f/03", "spec/IBK-SPEC-SK-02 skillets.xlsx")
    quantities = {item: value["value"] for item, value in _terms(spec, "quantity")}
    assert quantities == {"IBK-SK08": 600, "IBK-SK10": 800, "IBK-SK12": 400}
    # "same" repeats the value of the model to its left
    assert {item for item, _ in _terms(spec, "material")} >= {"IBK-SK08", "IBK-SK10", "IBK-SK12"}
    weights = {item: value["g"] for item, value in _terms(spec, "weight")}
    assert weights == {"IBK-SK08": "1550", "IBK-SK10": "2300", "IBK-SK12": "3200"}


def test_the_sizes_of_a_set_are_all_kept() -> None:
    pi = _extract("author-f/05", "pi/PI-QM260223.pdf")
    sizes = [value["mm"] for item, value in _terms(pi, "dimensions") if item == "MM-BW3"]
    assert sizes == [["180", "200"], ["250", "280"], ["330", "350"]]
    # the centimetres written once at the end are every size's
    found = find_dimensions("set of 3 S 18x20 / M 25x28 / L 33x35cm")
    assert [d.mm for d in found] == [("180", "200"), ("250", "280"), ("330", "350")]


def test_a_wechat_export_with_day_dividers() -> None:
    chat = _extract("author-f/05", "chat/与郑浩 小郑的聊天记录.txt")
    inner = [t for t in chat.terms if t.field == "packaging.inner"]
    assert [(t.evidence.timestamp, t.evidence.sender) for t in inner] == [
        ("2026-02-20T11:03:00", "郑浩 小郑"),
        ("2026-02-20T15:10:00", "林慧珊 Winnie"),
    ]


def test_a_wechat_export_under_a_title_line() -> None:
    chat = _extract("author-h/02", "chat/WeChat聊天记录_Megan-Leo.txt")
    stamps = {t.evidence.timestamp for t in chat.terms if t.field == "color"}
    assert "2026-02-03T14:22:00" in stamps


def test_a_quote_row_of_samples_states_no_quantity() -> None:
    quote = _extract("author-f/01", "quotes/JC-Q260112 报价单 Hearthside.xlsx")
    assert all(value["value"] != 3 for _, value in _terms(quote, "quantity"))


def test_a_key_value_row_under_the_items_is_no_item() -> None:
    quote = _extract("author-f/02", "quotes/MX-Q-2601-18 v2.xlsx")
    assert _terms(quote, "lead_time")[0][1]["min_days"] == 40  # "Lead time | 40 days ..."


def test_standards_with_part_numbers() -> None:
    spec = _extract("author-f/08", "spec/KW-RB7_Produktspezifikation_v1.2.docx")
    assert {value for _, value in _terms(spec, "certification")} >= {"EN71", "CE"}
    pi = _extract("author-f/08", "pi/PI-MLL260220.pdf")
    assert [value for _, value in _terms(pi, "certification")] == ["ASTM F963"]


def test_the_size_of_a_part_is_not_the_product_size() -> None:
    spec = _extract("author-f/06", "spec/PCS-MF-A4 product brief v2.pdf")
    assert ["8", "2"] not in [value["mm"] for _, value in _terms(spec, "dimensions")]


def test_carton_counts_for_several_items_in_one_line_are_not_read() -> None:
    assert find_carton_qty("5-ply export carton, 10/6/20 sets per carton") == []
    assert find_carton_qty("5-ply export carton, 24pcs/ctn")[0][0] == 24


def test_change_orders_signed_in_a_row_a_line_or_a_column() -> None:
    row = _extract("author-h/07", "changes/CO-01_KB-APR-TER_quantity.docx")
    assert row.approval is not None and row.approval.approved
    assert row.approval.by == "Sanne de Vries"
    assert _terms(row, "quantity") == [("KB-APR-TER", {"value": 800, "unit": "pc"})]
    line = _extract("author-h/05", "changes/CO-01_TW-SC_inner-pack_signed.pdf")
    assert line.approval is not None and line.approval.approved
    assert line.approval.by == "Jordan Pike"
    column = _extract("author-e/08", "changes/CO-01 DG-LS14 size change signed.docx")
    assert column.approval is not None and column.approval.approved


def test_a_balance_share_not_written_is_marked_as_the_rest() -> None:
    pi = _extract("author-e/07", "pi/SL-PI260316-V2.pdf")
    (balance,) = [t for t in pi.terms if t.field == "payment.balance"]
    assert balance.value == {"percent": 50, "trigger": "before_shipment"}
    assert balance.rule.startswith("payment/balance-rest")

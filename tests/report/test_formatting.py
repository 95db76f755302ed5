"""The formatting filters, table-driven: normalised value in, what a person reads out."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.model import Evidence, Observation
from pipeline.report.formatting import (
    FILTERS,
    clean_line,
    date_text,
    field_value,
    location,
    md,
    money,
    observation,
    url_path,
)

# fmt: off
FIELD_VALUES: list[tuple[str, Any, str]] = [
    ("price.unit", {"amount": "1.85", "currency": "USD", "per": "pc"}, "USD 1.85/pc"),
    ("price.unit", {"amount": "12.5", "currency": "EUR", "per": None}, "EUR 12.5"),
    ("price.total", {"amount": "9250.00", "currency": "USD"}, "USD 9,250.00"),
    ("price.total", {"amount": "1234567.5", "currency": "CNY"}, "CNY 1,234,567.5"),
    ("currency", "USD", "USD"),
    ("quantity", {"value": 5000, "unit": "pc"}, "5,000 pc"),
    ("incoterm", {"rule": "FOB", "place": "NINGBO"}, "FOB NINGBO"),
    ("incoterm", {"rule": "EXW", "place": None}, "EXW"),
    ("port.loading", "SHENZHEN", "SHENZHEN"),
    ("payment.deposit", {"percent": 30}, "30 %"),
    ("payment.balance", {"percent": 70, "trigger": "before_shipment"}, "70 % before shipment"),
    ("payment.balance", {"percent": 70, "trigger": "against_bl_copy"}, "70 % against copy of B/L"),
    ("payment.balance", {"percent": 100, "trigger": "lc_at_sight"}, "100 % L/C at sight"),
    ("lead_time", {"min_days": 30, "max_days": 35, "basis": "calendar", "from": "deposit"}, "30-35 days after deposit"),
    ("lead_time", {"min_days": 45, "max_days": 45, "basis": "working", "from": "unknown"}, "45 working days"),
    ("lead_time", {"min_days": 20, "max_days": 20, "basis": "calendar", "from": "sample_approval"}, "20 days after sample approval"),
    ("material", "SS304", "SS304"),
    ("dimensions", {"mm": ["520", "380", "300"], "tolerance_mm": None}, "520 × 380 × 300 mm"),
    ("dimensions", {"mm": ["70", "210"], "tolerance_mm": "2"}, "70 × 210 mm ±2 mm"),
    ("packaging.carton_size", {"mm": ["520", "380", "300"], "tolerance_mm": None}, "520 × 380 × 300 mm"),
    ("weight", {"g": "350", "tolerance_g": "10"}, "350 g ±10 g"),
    ("weight", {"g": "1500", "tolerance_g": None}, "1,500 g"),
    ("capacity", {"ml": "500"}, "500 ml"),
    ("color", "PANTONE 186 C", "PANTONE 186 C"),
    ("certification", ["LFGB", "FDA"], "LFGB, FDA"),
    ("packaging.carton_qty", 24, "24 pcs/carton"),
    ("inspection", {"aql": "2.5", "level": "II", "result": None}, "AQL 2.5, level II"),
    ("inspection", {"aql": None, "level": None, "result": "failed"}, "failed"),
    ("inspection", {"aql": None, "level": None, "result": None}, "—"),
    ("warranty", {"months": 12}, "12 months"),
    ("bank.account", "6217000012345678", "6217000012345678"),
    ("x.custom", {"a": 1, "b": "two"}, "a: 1, b: two"),
    ("x.flag", True, "yes"),
    ("material", None, "—"),
]
# fmt: on


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    FIELD_VALUES,
    ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FIELD_VALUES)],
)
def test_field_value(field: str, value: Any, expected: str) -> None:
    assert field_value(field, value) == expected


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ("Evil Ltd\r\nBcc: x@example.com", "Evil Ltd Bcc: x@example.com"),
    ("tab\there", "tab here"),
    ("nul\x00byte", "nul byte"),
    ("bidi\u202eevil", "bidievil"),
    ("zero\u200bwidth", "zerowidth"),
    ("line\u2028sep", "line sep"),
    ("  spaced   out  ", "spaced out"),
    ("宁波\n明辉", "宁波 明辉"),
    (None, ""),
])
def test_clean_line(text: Any, expected: str) -> None:
    assert clean_line(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("<script>alert(1)</script>", r"\<script>alert(1)\</script>"),
    ("a | b", r"a \| b"),
    ("[click](http://evil)", r"\[click\](http://evil)"),
    ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
    ("# not a heading", r"\# not a heading"),
    ("> not a quote", r"\> not a quote"),
    ("- not a list", r"\- not a list"),
    ("12. not a list", r"12\. not a list"),
    ("24 -> 20", "24 -> 20"),
    ("line\r\nbreak", "line break"),
])
def test_md(text: str, expected: str) -> None:
    assert md(text) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-03-12T14:05:00", "2026-03-12 14:05"),
    ("2026-03-12T14:05:09.123", "2026-03-12 14:05"),
    ("2026-03-12", "2026-03-12"),
    ("2026-03-12 14:05", "2026-03-12 14:05"),
    (None, "—"),
    ("next week", "next week"),
])
def test_date_text(value: Any, expected: str) -> None:
    assert date_text(value) == expected
# fmt: on


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (Evidence("pi/PI.pdf", "q", page=1, line=22), "pi/PI.pdf, p. 1, line 22"),
        (
            Evidence("q.xlsx", "q", sheet="Quote", table=1, row=4, col=5),
            "q.xlsx, sheet Quote, table 1, row 4, col 5",
        ),
        (
            Evidence("chat/wa.txt", "q", timestamp="2026-03-12T14:05:00", sender="Lily\r\nX"),
            "chat/wa.txt, 2026-03-12 14:05, Lily X",
        ),
        (Evidence("notes.txt", "q"), "notes.txt"),
        (None, "—"),
    ],
)
def test_location(evidence: Evidence | None, expected: str) -> None:
    assert location(evidence) == expected


def test_money_and_observation() -> None:
    assert money("0.5", "USD") == "USD 0.5"
    assert money(None) == "—"
    assert money("n/a", "USD") == "USD n/a"
    assert observation(Observation("SS304", display="304 stainless"), "material") == "304 stainless"
    assert observation(Observation({"percent": 30}), "payment.deposit") == "30 %"
    assert observation(None, "material") == "—"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("PO-1/report.html", "PO-1/report.html"),
        ("javascript:alert(1)/r.html", "javascript%3Aalert%281%29/r.html"),
        ("a b/?x", "a%20b/%3Fx"),
    ],
)
def test_url_path(path: str, expected: str) -> None:
    assert url_path(path) == expected


def test_one_filter_table() -> None:
    assert {"money", "percent", "date", "location", "value", "md", "oneline"} <= set(FILTERS)

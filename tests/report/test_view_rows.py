"""The texts the view and the filters make once and reuse: anchors, appendix rows, places, dates."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.model import Evidence, Term
from pipeline.report.formatting import date_text, place
from pipeline.report.view import _slug, _term_row


def _slug_by_characters(name: str, item: str | None) -> str:
    raw = f"{name}--{item}" if item else name
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in raw)


@pytest.mark.parametrize(
    ("name", "item"),
    [
        ("price.unit", "TB-500"),
        ("material", None),
        ("x.colour_code", "LB 1200/ß"),
        ("bank.account", "不锈钢 杯 ①²"),
        ("quantity", "a\tb\nc<d>\"e'f&g"),
        ("lead_time", ""),
    ],
)
def test_slug_keeps_letters_digits_dash_underscore_dot(name: str, item: str | None) -> None:
    assert _slug(name, item) == _slug_by_characters(name, item)


def test_term_row_formats_value_place_label_and_item() -> None:
    evidence = Evidence(document="pi/PI-1.pdf", quote="USD 1.85/pc", page=1, line=22)
    term = Term(
        "price.unit",
        {"amount": "1.85", "currency": "USD", "per": "pc"},
        "USD 1.85/pc",
        evidence,
        rule="price/unit",
        confidence=0.8,
        problems=("odd",),
    )
    row = _term_row(term)
    assert (row.field, row.label, row.item, row.value, row.place) == (
        "price.unit",
        "Unit price",
        "whole order",
        "USD 1.85/pc",
        "p. 1, line 22",
    )
    assert (row.raw, row.rule, row.confidence, row.problems) == (
        "USD 1.85/pc",
        "price/unit",
        0.8,
        ("odd",),
    )


def test_place_and_date_text_are_the_same_on_a_second_call() -> None:
    chat = Evidence(
        document="chat.txt", quote="ok", timestamp="2026-03-12T14:05:09", sender="Lily\n"
    )
    assert place(chat) == place(chat) == "2026-03-12 14:05, Lily"
    assert place(None) == ""
    assert date_text(date(2026, 3, 12)) == date_text("2026-03-12") == "2026-03-12"
    assert date_text("2026-03-12T14:05:00+08:00") == "2026-03-12 14:05"
    assert date_text(None) == date_text("") == "—"

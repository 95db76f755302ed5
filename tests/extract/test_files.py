"""Extraction from real files read by the ingest stage (tests/fixtures/extract/order, written by
tests/fixtures/extract/make_fixtures.py), and from the shared corpus's real invoices."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import load_order_config
from pipeline.extract import extract_document
from pipeline.ingest import read_file
from pipeline.model import Extraction

ORDER = Path(__file__).resolve().parent.parent / "fixtures" / "extract" / "order"


@cache
def extraction(name: str) -> Extraction:
    config = load_order_config(ORDER)
    document = read_file(ORDER / name, root=ORDER, config=config)
    assert document.status == "read", document.error
    return extract_document(document, config)


def has(ex: Extraction, field: str, item: str | None, value: Any) -> bool:
    return any(t.field == field and t.item == item and t.value == value for t in ex.terms)


# fmt: off
CASES = [
    ("pi/PI-2291-R1.pdf", "material", "TB-500", "SS201"),
    ("pi/PI-2291-R1.pdf", "material", "TB-750", "SS304"),
    ("pi/PI-2291-R1.pdf", "quantity", "TB-500", {"value": 3000, "unit": "pc"}),
    ("pi/PI-2291-R1.pdf", "price.unit", "TB-750", {"amount": "2.10", "currency": "USD", "per": "pc"}),
    ("pi/PI-2291-R1.pdf", "price.total", None, {"amount": "9750.00", "currency": "USD"}),
    ("pi/PI-2291-R1.pdf", "color", "TB-750", "PANTONE 186 C"),
    ("pi/PI-2291-R1.pdf", "incoterm", None, {"rule": "FOB", "place": "NINGBO"}),
    ("pi/PI-2291-R1.pdf", "payment.balance", None, {"percent": 70, "trigger": "against_bl_copy"}),
    ("pi/PI-2291-R1.pdf", "lead_time", None, {"min_days": 35, "max_days": 40, "basis": "calendar", "from": "deposit"}),
    ("pi/PI-2291-R1.pdf", "packaging.carton_size", None, {"mm": ["520", "380", "300"], "tolerance_mm": None}),
    ("pi/PI-2291-R1.pdf", "bank.swift", None, "BKCHCNBJ92A"),
    ("pi/PI-2291-R1.pdf", "bank.account", None, "6217000012345678"),
    ("spec/spec TB.docx", "material", "TB-500", "SS304"),
    ("spec/spec TB.docx", "weight", "TB-750", {"g": "420", "tolerance_g": "10"}),
    ("spec/spec TB.docx", "capacity", "TB-750", {"ml": "750"}),
    ("spec/spec TB.docx", "packaging.carton_size", "TB-500", {"mm": ["520", "380", "300"], "tolerance_mm": None}),
    ("spec/spec TB.docx", "inspection", None, {"aql": "2.5", "level": "II", "result": None}),
    ("changes/CO-01.docx", "color", "TB-750", "RAL 9005"),
    ("changes/CO-01.docx", "lead_time", None, {"min_days": 45, "max_days": 45, "basis": "calendar", "from": "deposit"}),
    ("quotes/quote TB Rev.2.xlsx", "quantity", "TB-750", {"value": 2000, "unit": "pc"}),
    ("quotes/quote TB Rev.2.xlsx", "price.unit", "TB-500", {"amount": "1.85", "currency": "USD", "per": "pc"}),
    ("quotes/quote TB Rev.2.xlsx", "material", "TB-750", "SS304"),
    ("chat/WhatsApp Chat with Lily Chen.txt", "material", "TB-500", "SS201"),
    ("chat/WhatsApp Chat with Lily Chen.txt", "bank.swift", None, "HSBCHKHH"),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "field", "item", "value"), CASES, ids=[f"{c[0]}:{c[1]}:{c[2]}" for c in CASES]
)
def test_terms_from_real_files(name: str, field: str, item: str | None, value: Any) -> None:
    assert has(extraction(name), field, item, value), [
        t.to_json() for t in extraction(name).terms if t.field == field
    ]


def test_noise_in_real_files() -> None:
    pi = extraction("pi/PI-2291-R1.pdf")
    assert [t.value for t in pi.terms if t.field == "lead_time"] == [
        {"min_days": 35, "max_days": 40, "basis": "calendar", "from": "deposit"}
    ]
    quote = extraction("quotes/quote TB Rev.2.xlsx")
    assert {t.value["value"] for t in quote.terms if t.field == "quantity"} == {
        3000,
        2000,
    }  # not the MOQ


def test_dates_versions_and_evidence_of_real_files() -> None:
    pi = extraction("pi/PI-2291-R1.pdf")
    assert (pi.date, pi.version) == ("2026-03-12", "R1")
    quote = extraction("quotes/quote TB Rev.2.xlsx")
    assert (quote.date, quote.version) == ("2026-02-18", "R2")
    material = next(t for t in pi.terms if t.field == "material" and t.item == "TB-500")
    assert (
        material.evidence.page == 1 and material.evidence.table == 1 and material.evidence.row == 2
    )
    cell = next(t for t in quote.terms if t.field == "quantity" and t.item == "TB-500")
    assert cell.evidence.sheet == "Quotation"


def test_change_order_approval_from_docx() -> None:
    change = extraction("changes/CO-01.docx")
    assert change.approval is not None and change.approval.approved
    assert change.approval.date == "2026-03-15"
    assert change.approval.by is not None and change.approval.by.startswith("John Miller")
    # the reason line names the old colour: it is not a term
    assert [t.value for t in change.terms if t.field == "color"] == ["RAL 9005"]


def test_chat_acts_from_a_real_export() -> None:
    chat = extraction("chat/WhatsApp Chat with Lily Chen.txt")
    acts = [(a.kind, a.party, a.fields) for a in chat.acts]
    assert ("proposal", "supplier", ("material",)) in acts
    assert ("approval", "buyer", ("material",)) in acts
    assert any(k == "bank_announcement" and p == "supplier" for k, p, _ in acts)
    assert any(k == "rejection" and p == "buyer" and "bank.account" in f for k, p, f in acts)


def test_invoice_with_iban_and_incoterm_from_the_shared_corpus(corpus_dir: Path) -> None:
    pdf = corpus_dir / "invoice2data" / "tests" / "compare" / "AzureInterior.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf} is absent from the shared corpus")
    document = read_file(pdf, root=pdf.parent)
    ex = extract_document(document, load_order_config(ORDER))
    fields = {t.field for t in ex.terms}
    assert "incoterm" in fields or "price.total" in fields
    for term in ex.terms:
        if term.field == "bank.account" and term.value[:2].isalpha():
            assert term.problems == ()  # a real IBAN passes its checksum

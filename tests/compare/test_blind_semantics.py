"""Comparison semantics first needed by folders written blind (corpus/blind, authors E, F, H),
checked on those real folders: each test names the rule it holds."""

from __future__ import annotations

from pathlib import Path

from pipeline.audit import audit_order
from pipeline.model import Audit

BLIND = Path(__file__).resolve().parents[2] / "corpus" / "blind"


def _audit(case: str) -> Audit:
    author, number = case.split("/")
    return audit_order(next((BLIND / author / "cases").glob(number + "*")))


def _open(audit: Audit) -> set[tuple[str, str | None, str]]:
    return {(f.field, f.item, f.status) for f in audit.findings if f.status != "match"}


def test_two_codes_listed_side_by_side_are_two_items() -> None:
    # GR-PLT-15 and GR-PLT-15-SG on one PI: never one item with two prices
    audit = _audit("author-h/10")
    assert audit.verdict == "RELEASE" and not _open(audit)


def test_a_count_in_sets_equals_the_same_bare_count() -> None:
    # the spec's Qty column "3000" and the PI's "3,000套"
    assert not [
        f for f in _audit("author-h/09").findings if f.field == "quantity" and f.status != "match"
    ]


def test_the_buyers_own_figure_answered_in_chat_is_no_change() -> None:
    # "What can you do at 2,500 pcs?" - "For 2500pcs we can do USD2.15"
    assert _audit("author-f/02").verdict == "RELEASE"


def test_a_message_pointing_at_a_revised_pi_is_its_cover_note() -> None:
    # "pay the balance to the new CCB account in PI-R1 attached", "ok noted": one event, chat_only
    audit = _audit("author-f/07")
    bank = {
        (f.field, f.status, f.rule)
        for f in audit.findings
        if f.field.startswith("bank.") and f.status != "match"
    }
    assert bank == {
        ("bank.name", "chat_only", "bank.changed"),
        ("bank.account", "chat_only", "bank.changed"),
        ("bank.swift", "chat_only", "bank.changed"),
    }


def test_a_certificate_left_off_a_pi_that_must_state_them_is_a_change() -> None:
    audit = _audit("author-h/04")
    assert ("certification", None, "undocumented_change") in _open(audit)


def test_one_size_weight_is_not_every_sizes() -> None:
    # "EU 26 pair 620 g" in the spec; the sample record weighs sizes 24 to 30
    audit = _audit("author-h/02")
    assert not [f for f in audit.findings if f.field == "weight" and f.status != "match"]


def test_a_chat_message_naming_one_model_speaks_of_that_model() -> None:
    audit = _audit("author-h/02")
    colour = {(item, status) for field, item, status in _open(audit) if field == "color"}
    assert colour == {("LP-RB-PNK-26", "chat_only")}


def test_an_unwritten_balance_share_follows_the_deposit() -> None:
    audit = _audit("author-e/07")
    assert not [f for f in audit.findings if f.field == "payment.balance" and f.status != "match"]
    assert ("payment.deposit", None, "chat_only") in _open(audit)


def test_sets_of_sizes_compare_as_sets() -> None:
    audit = _audit("author-f/05")
    assert {f for f in _open(audit)} == {("packaging.inner", None, "chat_only")}


def test_a_bank_change_agreed_in_chat_is_one_event_per_field() -> None:
    # "pls pay the balance to our Hong Kong company account" - "we'll wire the balance to the HK
    # account": chat_only; the HK beneficiary and the offshore bank explain the change, once
    audit = _audit("author-j/03")
    bank = sorted(
        (f.field, f.status)
        for f in audit.findings
        if f.field.startswith("bank.") and f.status != "match"
    )
    assert bank == [
        ("bank.account", "chat_only"),
        ("bank.beneficiary", "chat_only"),
        ("bank.name", "chat_only"),
        ("bank.swift", "chat_only"),
    ]
    (beneficiary,) = [
        f for f in audit.findings if f.field == "bank.beneficiary" and f.status != "match"
    ]
    assert any("not the supplier" in line for line in beneficiary.explanation)
    # "matte black" on the PI for a sandblasted anodised spec finish
    assert not [f for f in audit.findings if f.field == "finish" and f.status != "match"]


def test_standard_grade_silicone_is_a_downgrade() -> None:
    assert ("material", "TG-CB600", "undocumented_change") in _open(_audit("author-j/01"))


def test_a_change_order_signed_in_a_row_of_its_own() -> None:
    audit = _audit("author-j/04")
    assert audit.verdict == "RELEASE" and ("logo", "PS-GG01", "documented_change") in _open(audit)


def test_too_long_objects_to_the_proposal() -> None:
    assert ("lead_time", None, "undocumented_change") in _open(_audit("author-j/06"))


def test_a_label_ruled_out_is_a_change() -> None:
    # "FNSKU labeling not included"
    assert ("packaging.label", "GR-BT4", "undocumented_change") in _open(_audit("author-j/07"))


def test_a_deducted_sample_fee_and_a_reference_line_are_no_arithmetic_error() -> None:
    assert not [f for f in _audit("author-j/10").findings if f.field == "x.arithmetic"]
    assert not [f for f in _audit("author-i/04").findings if f.field == "x.arithmetic"]


def test_a_pi_never_conflicts_with_a_quote() -> None:
    audit = _audit("author-i/03")
    assert ("price.unit", "KR-60-PU-H", "undocumented_change") in _open(audit)
    assert not [f for f in audit.findings if f.status == "conflict"]


def test_natural_latex_is_no_colour() -> None:
    assert not [
        f for f in _audit("author-j/02").findings if f.field == "color" and f.status != "match"
    ]


def test_a_packing_list_in_other_is_no_pi() -> None:
    # other/HF-PL-260313_packing_list.xlsx names its invoice ("Invoice HF-PI-260206") but is none
    audit = _audit("author-g/08")
    roles = {d.path: d.role for d in audit.documents}
    assert roles["other/HF-PL-260313_packing_list.xlsx"] == "other"
    assert audit.verdict == "RELEASE"


def test_change_orders_approved_for_a_company_or_by_the_buyer_in_brackets() -> None:
    # "Approved for Glenbrook Home Ltd: Aoife Byrne (signed)", "Approved (buyer): Sanne de Vries"
    assert ("packaging.inner", "GH-CN200", "documented_change") in _open(_audit("author-g/10"))
    assert ("logo", "RR-U3F", "documented_change") in _open(_audit("author-g/06"))


def test_a_by_model_table_with_a_tolerance_column_or_no_label_cell() -> None:
    assert _audit("author-g/01").verdict == "RELEASE"  # Attribute | NH-PL12 | NH-PL16 | Tolerance
    assert _audit("author-g/09").verdict == "RELEASE"  #           | MP-GJ500 | MP-GJ800 | ...


def test_carton_counts_per_model_in_one_line_and_counts_in_cards() -> None:
    assert not [
        f
        for f in _audit("author-g/05").findings
        if f.field == "packaging.carton_qty" and f.status != "match"
    ]
    assert ("quantity", "HP-WH02", "documented_change") in _open(_audit("author-g/04"))


def test_a_thousands_dot_in_a_count() -> None:
    # "Quantidade / Quantity | 3.000 pcs"
    assert not [
        f for f in _audit("author-e/04").findings if f.field == "quantity" and f.status != "match"
    ]

"""effective_baseline: spec + sample record (+ latest quote), then approved changes in date order."""

from __future__ import annotations

from pipeline.compare import effective_baseline
from pipeline.model import Approval, Evidence
from tests.compare.conftest import Order, approved, dims, lead, money


def _approval(by: str, date: str, path: str) -> Approval:
    return Approval(True, by, date, Evidence(document=path, quote=f"approved {by} {date}"))


def test_spec_then_sample_then_quote_fill_in_order() -> None:
    order = Order()
    order.doc("spec/spec.docx", "spec").term("material", "SS304").term(
        "dimensions", dims("520", "380", "300", tol="2")
    )
    order.doc("sample/sample.docx", "sample").term("dimensions", dims("530", "380", "300")).term(
        "color", "BLACK"
    )
    order.doc("quotes/Q-1.pdf", "quote", date="2026-01-05").term("price.unit", money("2.00")).term(
        "material", "SS201"
    )
    order.doc("quotes/Q-2.pdf", "quote", date="2026-01-09").term("price.unit", money("1.90"))
    baseline = effective_baseline(order.extractions(), order.order_config())
    assert baseline.get("material", None).values == ["SS304"]  # the spec wins over a quote
    assert baseline.get("color", None).source == "sample"  # the sample fills what the spec lacks
    assert baseline.get("price.unit", None).document == "quotes/Q-2.pdf"  # the latest quote
    assert (
        baseline.get("dimensions", None).source == "spec"
    )  # the sample does not override the spec
    [diff] = baseline.sample_differences
    assert diff.field == "dimensions" and "530" in diff.detail


def test_approved_changes_apply_in_date_order_and_are_recorded() -> None:
    order = Order()
    order.doc("spec/spec.docx", "spec").term("color", "BLACK")
    order.doc("quotes/Q.pdf", "quote").term("lead_time", lead(30, 30))
    # File order puts the later change first: the approval dates decide.
    order.doc(
        "changes/CO-2.pdf", "change", approval=_approval("Tom", "2026-02-20", "changes/CO-2.pdf")
    ).term("color", "RED")
    order.doc(
        "changes/CO-1.pdf", "change", approval=_approval("Tom", "2026-02-10", "changes/CO-1.pdf")
    ).term("color", "BLUE")
    order.doc("changes/CO-3.pdf", "change").term("lead_time", lead(60, 60))  # not approved
    order.doc("changes/CO-4.pdf", "change", approval=approved(by="Lily")).term(
        "lead_time", lead(70, 70)
    )
    baseline = effective_baseline(order.extractions(), order.order_config())
    color = baseline.get("color", None)
    assert color.values == ["RED"] and color.document == "changes/CO-2.pdf"
    assert [e.values for e in color.replaced] == [["BLACK"], ["BLUE"]]
    assert color.original.values == ["BLACK"]
    assert [(c.document, c.approved_by, c.date) for c in baseline.changes] == [
        ("changes/CO-1.pdf", "Tom", "2026-02-10"),
        ("changes/CO-2.pdf", "Tom", "2026-02-20"),
    ]
    assert baseline.get("lead_time", None).values == [lead(30, 30)]
    skipped = {s.document: s.reason for s in baseline.skipped}
    assert "no approval" in skipped["changes/CO-3.pdf"]
    assert "supplier's side" in skipped["changes/CO-4.pdf"]


def test_a_change_that_restates_the_current_value_changes_nothing() -> None:
    order = Order()
    order.doc("spec/spec.docx", "spec").term("material", "SS304").term("color", "BLACK")
    change = order.doc("changes/CO-1.pdf", "change", approval=approved())
    change.term("material", "SS304").term("color", "RED")  # names the material as context
    baseline = effective_baseline(order.extractions(), order.order_config())
    assert baseline.get("material", None).source == "spec"
    assert baseline.changes[0].keys == (("color", None),)


def test_bank_details_are_not_baseline() -> None:
    order = Order()
    order.doc("quotes/Q.pdf", "quote").term("bank.account", "1234")
    assert effective_baseline(order.extractions(), order.order_config()).entries == {}


def test_item_terms_fall_back_to_the_item_less_baseline() -> None:
    order = Order()
    order.doc("spec/spec.docx", "spec").term("material", "SS304").term("color", "RED", "TB-500")
    order.doc("quotes/Q-1.xlsx", "quote").term("quantity", {"value": 100, "unit": "pc"}, "TB-750")
    baseline = effective_baseline(order.extractions(), order.order_config())
    assert baseline.get("material", "TB-500").values == ["SS304"]
    assert baseline.get("color", "TB-750") is None

"""The timeline of a field: every document's value, and what superseded what."""

from __future__ import annotations

from tests.compare.conftest import Order, approved, lead, money, typical_order


def _steps(audit: object, field: str, item: str | None = None) -> list:
    return [s for s in audit.timeline if s.field == field and s.item == item]  # type: ignore[attr-defined]


def test_quote_versions_and_pi_in_order_with_supersession_reasons() -> None:
    order = Order()
    order.doc("quotes/Q-1.xlsx", "quote", date="2026-01-10").term("price.unit", money("2.00"))
    order.doc("quotes/Q-1-v2.xlsx", "quote", date="2026-01-10", version="v2").term(
        "price.unit", money("1.90")
    )
    order.doc("pi/PI-1.pdf", "pi", date="2026-01-20").term("price.unit", money("1.90"))
    order.doc("pi/PI-1-R1.pdf", "pi", date="2026-01-25", version="R1").term(
        "price.unit", money("1.85")
    )
    steps = _steps(order.audit(), "price.unit")
    assert [s.document for s in steps] == [
        "quotes/Q-1.xlsx",
        "quotes/Q-1-v2.xlsx",
        "pi/PI-1.pdf",
        "pi/PI-1-R1.pdf",
    ]
    assert "superseded by quotes/Q-1-v2.xlsx (by version: v2 follows the original)" in steps[0].note
    assert "superseded by pi/PI-1-R1.pdf (by date: 2026-01-25 is after 2026-01-20)" in steps[2].note
    assert steps[1].display == "1.90 USD/pc" and steps[1].date == "2026-01-10"


def test_file_order_is_stated_when_nothing_else_decides() -> None:
    order = Order()
    order.doc("pi/A.pdf", "pi").term("lead_time", lead(30, 30))
    order.doc("pi/B.pdf", "pi").term("lead_time", lead(30, 30))
    steps = _steps(order.audit(), "lead_time")
    assert "by file order only" in steps[0].note


def test_chat_and_change_steps() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-16T09:00:00", "Lily", "45-50 days", party="supplier", kind="proposal", fields=("lead_time",),
             terms={"lead_time": lead(45, 50)})  # fmt: skip
    order.doc("changes/CO-1.pdf", "change", date="2026-02-18", approval=approved()).term(
        "lead_time", lead(45, 50)
    )
    steps = _steps(order.audit(), "lead_time")
    assert [s.role for s in steps] == ["quote", "chat", "change", "pi"]
    assert (
        steps[1].note == "said in chat by the supplier" and steps[1].date == "2026-02-16T09:00:00"
    )
    assert steps[2].note == "change approved by Tom Baker on 2026-03-14"


def test_spec_step_notes_the_approved_change_that_replaced_it() -> None:
    order = typical_order(pi={"material": "SS316"})
    order.doc("changes/CO-1.pdf", "change", approval=approved()).term("material", "SS316")
    [spec_step] = [s for s in _steps(order.audit(), "material") if s.role == "spec"]
    assert "superseded by the approved change changes/CO-1.pdf" in spec_step.note

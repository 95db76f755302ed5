"""One test per status of the field comparison, on orders built in code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.compare.context import party_of_sender
from tests.compare.conftest import (
    Order,
    approved,
    dims,
    find,
    lead,
    money,
    open_findings,
    qty,
    typical_order,
)


def test_clean_order_matches_and_releases() -> None:
    audit = typical_order().audit()
    assert open_findings(audit) == []
    assert audit.verdict == "RELEASE"
    matched = {f.field for f in audit.findings if f.status == "match"}
    assert {
        "price.unit",
        "quantity",
        "incoterm",
        "payment.deposit",
        "lead_time",
        "material",
    } <= matched
    price = find(audit, "price.unit", "match")[0]
    assert price.rule == "field.match"
    assert price.observed is not None and price.observed.evidence is not None
    assert price.observed.evidence.document == "pi/PI-2291.pdf"


def test_undocumented_change_of_price() -> None:
    audit = typical_order(pi={"price.unit": money("1.95")}).audit()
    [f] = find(audit, "price.unit", "undocumented_change")
    assert f.severity == "high"
    assert f.rule == "field.undocumented_change"
    assert "1.85 USD/pc" in f.message and "1.95 USD/pc" in f.message
    assert f.baseline is not None and f.baseline.evidence is not None
    assert f.baseline.evidence.document == "quotes/Q-100.xlsx"
    assert any("tolerance" in e for e in f.explanation)
    assert audit.verdict == "HOLD"


def test_documented_change_applies_an_approved_change_order() -> None:
    order = typical_order(pi={"material": "SS316"})
    change = order.doc("changes/CO-1.pdf", "change", date="2026-02-15", approval=approved())
    change.term("material", "SS316", quote="Body material changed to 316 stainless steel")
    audit = order.audit()
    [f] = find(audit, "material", "documented_change")
    assert f.severity == "info"
    assert f.approval is not None and f.approval.document == "changes/CO-1.pdf"
    assert "Tom Baker" in f.message and "2026-03-14" in f.message
    assert f.baseline is not None and f.baseline.value == "SS304"
    assert audit.verdict == "RELEASE"


def test_unapproved_change_order_is_not_applied() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    change = order.doc("changes/CO-2.pdf", "change", date="2026-02-15")
    change.term("lead_time", lead(45, 50))
    audit = order.audit()
    [f] = find(audit, "lead_time", "undocumented_change")
    assert f.severity == "medium"
    assert any("CO-2.pdf proposes this value but is not applied" in e for e in f.explanation)
    assert audit.meta["skipped_changes"][0]["document"] == "changes/CO-2.pdf"


def test_change_order_approved_by_the_supplier_is_not_a_buyer_approval() -> None:
    order = typical_order(pi={"material": "SS316"})
    order.doc("changes/CO-1.pdf", "change", approval=approved(by="Lily")).term("material", "SS316")
    [f] = find(order.audit(), "material", "undocumented_change")
    assert f.status == "undocumented_change"


def test_approved_change_not_carried_into_the_pi() -> None:
    order = typical_order()
    order.doc("changes/CO-1.pdf", "change", approval=approved()).term("color", "PANTONE 187 C")
    order.get("pi/PI-2291.pdf").term("color", "PANTONE 186 C")
    [f] = find(order.audit(), "color", "undocumented_change")
    assert "still PANTONE 186 C" in f.message


def test_chat_only_when_the_buyer_agreed_in_chat() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    chat = order.doc("chat/whatsapp.txt", "chat")
    chat.say("2026-02-16T09:00:00", "Lily", "Sorry, lead time will be 45-50 days", party="supplier",
             kind="proposal", fields=("lead_time",), terms={"lead_time": lead(45, 50)})  # fmt: skip
    chat.say("2026-02-16T10:30:00", "Tom", "ok fine", party="buyer", kind="approval")
    audit = order.audit()
    [f] = find(audit, "lead_time", "chat_only")
    assert f.severity == "medium"
    assert f.approval is not None and f.approval.timestamp == "2026-02-16T10:30:00"
    assert f.approval.quote == "ok fine"
    assert audit.verdict == "REVIEW"


def test_buyer_rejection_between_proposal_and_ok_voids_the_chat_agreement() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    chat = order.doc("chat/whatsapp.txt", "chat")
    chat.say("2026-02-16T09:00:00", "Lily", "lead time 45-50 days", party="supplier",
             kind="proposal", fields=("lead_time",), terms={"lead_time": lead(45, 50)})  # fmt: skip
    chat.say(
        "2026-02-16T09:10:00",
        "Tom",
        "no, we need 35 days",
        party="buyer",
        kind="rejection",
        fields=("lead_time",),
    )
    chat.say("2026-02-16T10:30:00", "Tom", "ok thanks", party="buyer", kind="approval")
    [f] = find(order.audit(), "lead_time")
    assert f.status == "undocumented_change"


def test_supplier_chat_proposal_without_approval_changes_nothing() -> None:
    # contract section 3: only a change agreed in chat is a change no PI restates; an offer the
    # buyer never took up is none (blind case a/03: "350 ml version: USD 4.60")
    order = typical_order(drop=("material",))
    chat = order.doc("chat/wechat.txt", "chat")
    chat.say("2026-02-22T09:00:00", "Lily", "we use 201 steel now, same quality", party="supplier",
             kind="proposal", fields=("material",), terms={"material": "SS201"})  # fmt: skip
    assert not find(order.audit(), "material", "undocumented_change")


def test_supplier_chat_proposal_carried_into_the_pi_is_undocumented() -> None:
    order = typical_order(pi={"material": "SS201"})
    chat = order.doc("chat/wechat.txt", "chat")
    chat.say("2026-02-22T09:00:00", "Lily", "we use 201 steel now, same quality", party="supplier",
             kind="proposal", fields=("material",), terms={"material": "SS201"})  # fmt: skip
    [f] = find(order.audit(), "material", "undocumented_change")
    assert f.severity == "high"


def test_a_chat_mention_is_no_proposal() -> None:
    order = typical_order(drop=("material",))
    chat = order.doc("chat/wechat.txt", "chat")
    chat.say("2026-02-22T09:00:00", "Lily", "the silicone lid is ready", party="supplier",
             terms={"material": "SS201"})  # fmt: skip
    assert not find(order.audit(), "material", "undocumented_change")


def test_conflict_between_two_pis_of_the_same_date() -> None:
    order = typical_order()
    second = order.doc("pi/PI-2291-copy.pdf", "pi", date="2026-02-20")
    second.term("price.unit", money("1.95")).term("quantity", qty(5000))
    audit = order.audit()
    [f] = find(audit, "price.unit", "conflict")
    assert f.severity == "high"
    assert "neither" in f.message
    assert not find(audit, "price.unit", "undocumented_change")


def test_a_later_version_is_no_conflict() -> None:
    order = typical_order()
    order.get("pi/PI-2291.pdf").date = None
    second = order.doc("pi/PI-2291-R1.pdf", "pi", version="R1")
    second.term("price.unit", money("1.95")).term("quantity", qty(5000))
    audit = order.audit()
    assert not find(audit, "price.unit", "conflict")
    [f] = find(audit, "price.unit", "undocumented_change")
    assert any("by version" in e for e in f.explanation)


def test_conflict_inside_one_pi() -> None:
    order = typical_order()
    order.get("pi/PI-2291.pdf").term("lead_time", lead(60, 60))
    [f] = find(order.audit(), "lead_time", "conflict")
    assert "two different values" in f.message


def test_missing_commercial_term_on_the_latest_pi() -> None:
    audit = typical_order(drop=("incoterm", "payment.deposit")).audit()
    missing = {
        f.field
        for f in find(audit, "incoterm", "missing") + find(audit, "payment.deposit", "missing")
    }
    assert missing == {"incoterm", "payment.deposit"}
    f = find(audit, "incoterm", "missing")[0]
    assert f.severity == "high" and f.rule == "pi.missing"
    assert f.baseline is not None and f.baseline.evidence is not None
    assert f.baseline.evidence.document == "quotes/Q-100.xlsx"


def test_currency_is_not_missing_when_prices_carry_it() -> None:
    audit = typical_order(drop=("currency",)).audit()
    assert not find(audit, "currency", "missing")


def test_product_attributes_a_pi_does_not_repeat_are_not_missing() -> None:
    audit = typical_order(drop=("material", "inspection")).audit()
    assert not [f for f in audit.findings if f.status == "missing"]


def test_missing_term_the_spec_requires_and_required_on_pi() -> None:
    order = typical_order(drop=("inspection",))
    order.get("spec/spec.docx").facts["required_on_pi"] = ["inspection"]
    audit = order.audit(required_on_pi=["warranty"])
    assert find(audit, "inspection", "missing")
    [w] = find(audit, "warranty", "missing")
    assert "required_on_pi" in w.message


def test_sample_record_that_differs_from_the_spec_is_a_finding() -> None:
    order = typical_order()
    order.doc("sample/golden-sample.pdf", "sample").term("dimensions", dims("526", "380", "300"))
    [f] = find(order.audit(), "dimensions", rule="baseline.sample_differs")
    assert f.status == "undocumented_change" and f.severity == "high"


def test_sample_record_inside_the_spec_tolerance_is_fine() -> None:
    order = typical_order()
    order.doc("sample/golden-sample.pdf", "sample").term("dimensions", dims("521.5", "379", "300"))
    assert not find(order.audit(), "dimensions", rule="baseline.sample_differs")


def test_material_downgrade_is_high_even_when_overridden_lower() -> None:
    audit = typical_order(pi={"material": "SS201"}).audit(severity={"material": "low"})
    [f] = find(audit, "material", "undocumented_change")
    assert f.severity == "high"
    assert f.message.startswith("Material downgraded from SS304 to SS201")
    assert any("downgrade" in e for e in f.explanation)


def test_material_upgrade_follows_the_override() -> None:
    audit = typical_order(pi={"material": "SS316"}).audit(severity={"material": "low"})
    [f] = find(audit, "material", "undocumented_change")
    assert f.severity == "low"


def test_empty_order_is_no_release(order: Order) -> None:
    # contract section 3 (2026-12-05): no baseline or no PI is REVIEW at least, with the reason
    audit = order.audit()
    assert audit.verdict == "REVIEW" and audit.findings == ()
    assert any("baseline" in r for r in audit.reasons) and any(
        "proforma" in r for r in audit.reasons
    )


def test_deposit_is_stated_by_the_balance_clause() -> None:
    audit = typical_order(
        pi={"payment.balance": {"percent": 70, "trigger": "before_shipment"}},
        drop=("payment.deposit",),
    ).audit()
    assert not find(audit, "payment.deposit", "missing")


def test_product_word_inside_the_supplier_name_is_set_aside() -> None:
    order = typical_order()
    order.config["supplier"]["name"] = "Shenzhen Jiahe Silicone Products Co., Ltd."
    order.get("pi/PI-2291.pdf").term(
        "material", "SILICONE", quote="Shenzhen Jiahe Silicone Products Co., Ltd."
    )
    order.get("pi/PI-2291.pdf").terms[-1] = replace(
        order.get("pi/PI-2291.pdf").terms[-1], raw="Silicone"
    )
    audit = order.audit()
    assert not find(audit, "material", "undocumented_change")
    assert "company name" in audit.meta["ignored_terms"][0]


def test_chat_agreed_change_without_an_earlier_value_is_chat_only() -> None:
    order = typical_order(drop=("lead_time",))
    order.get("quotes/Q-100.xlsx").terms[:] = [
        t for t in order.get("quotes/Q-100.xlsx").terms if t.field != "lead_time"
    ]
    order.get("pi/PI-2291.pdf").term("lead_time", lead(40, 40))
    chat = order.doc("chat/wechat.txt", "chat")
    chat.say("2026-02-16T09:30:45", "Lily", "交期需要延长到收到定金后40天，可以吗？", party="supplier", kind="proposal",
             fields=("lead_time",), terms={"lead_time": lead(40, 40)})  # fmt: skip
    chat.say(
        "2026-02-16T10:12:42",
        "Tom",
        "可以，同意",
        party="buyer",
        kind="approval",
        fields=("lead_time",),
    )
    [f] = find(order.audit(), "lead_time", "chat_only")
    assert f.baseline is None and f.approval is not None and f.approval.quote == "可以，同意"


def test_acts_of_unknown_party_are_resolved_from_order_toml_names() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    chat = order.doc("chat/whatsapp.txt", "chat")
    chat.say("2026-02-16T09:00:00", "Lily", "lead time will be 45-50 days", party="unknown",
             kind="proposal", fields=("lead_time",), terms={"lead_time": lead(45, 50)})  # fmt: skip
    chat.say("2026-02-16T10:30:00", "Tom Baker", "ok fine", party="unknown", kind="approval")
    [f] = find(order.audit(), "lead_time", "chat_only")
    assert f.approval is not None and f.approval.sender == "Tom Baker"


def test_change_the_buyer_asked_for_in_chat_is_chat_only() -> None:
    order = typical_order()
    order.get("pi/PI-2291.pdf").term("color", "PANTONE 289 C")
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-12T09:00:00", "Tom", "please make the colour Pantone 289 C instead", party="buyer",
             kind="proposal", fields=("color",), terms={"color": "PANTONE 289 C"})  # fmt: skip
    [f] = find(order.audit(), "color", "chat_only")
    assert f.approval is not None and f.approval.sender == "Tom"


def test_buyer_merely_mentioning_a_value_is_no_agreement() -> None:
    order = typical_order()
    order.get("pi/PI-2291.pdf").term("color", "PANTONE 289 C")
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-12T09:00:00", "Tom", "why does the PI say Pantone 289 C?", party="buyer",
             terms={"color": "PANTONE 289 C"})  # fmt: skip
    assert find(order.audit(), "color", "undocumented_change")


# fmt: off
@pytest.mark.parametrize(("sender", "party"), [
    ("Tom Baker", "buyer"), ("Tom", "buyer"), ("Lily", "supplier"), ("Lily (Brightway)", "supplier"),
    ("Kevin (Supplier)", "supplier"), ("王芳 采购", "buyer"), ("工厂小李", "supplier"), ("Stranger", "unknown"),
])
# fmt: on
def test_party_of_a_chat_sender(sender: str, party: str) -> None:
    assert party_of_sender(sender, Order().order_config()) == party

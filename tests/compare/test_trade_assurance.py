"""Trade Assurance coverage risks (order.toml trade_assurance)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.compare.rules import trade_assurance
from pipeline.errors import ConfigError
from tests.compare.conftest import find, lead, typical_order


def _ta(audit: object, rule: str) -> list:
    return [f for f in audit.findings if f.rule == rule]  # type: ignore[attr-defined]


def test_no_trade_assurance_rules_without_the_flag() -> None:
    audit = typical_order(drop=("inspection",)).audit(receipt_date="2020-01-01")
    assert not [f for f in audit.findings if f.rule.startswith("ta.")]


def test_payment_to_an_account_other_than_the_platform_one() -> None:
    audit = typical_order().audit(trade_assurance={"account": "1111 2222 3333"})
    [f] = [f for f in _ta(audit, "ta.off_platform_account") if f.field == "bank.account"]
    assert f.severity == "critical" and "not covered" in f.message
    ok = typical_order().audit(trade_assurance={"account": "358100123456"})
    assert not _ta(ok, "ta.off_platform_account")


def test_unknown_trade_assurance_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown key"):
        typical_order().audit(trade_assurance={"acount": "1"})


def test_acquiescence_in_chat() -> None:
    order = typical_order(pi={"lead_time": lead(45, 50)})
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-16T09:00:00", "Lily", "we need 45-50 days", party="supplier", kind="proposal",
             fields=("lead_time",), terms={"lead_time": lead(45, 50)})  # fmt: skip
    chat.say("2026-02-16T10:00:00", "Tom", "fine, approved", party="buyer", kind="approval")
    audit = order.audit(trade_assurance=True)
    [f] = _ta(audit, "ta.acquiescence")
    assert f.field == "x.trade_assurance" and f.status == "chat_only" and f.severity == "medium"
    assert f.approval is not None and f.approval.quote == "fine, approved"
    assert find(audit, "lead_time", "chat_only")


def test_acquiescence_from_acts_alone() -> None:
    order = typical_order()
    chat = order.doc("chat/wa.txt", "chat")
    chat.say(
        "2026-02-16T09:00:00",
        "Lily",
        "shipment will be two weeks late",
        party="supplier",
        kind="proposal",
        fields=("lead_time",),
    )
    chat.say("2026-02-16T10:00:00", "Tom", "ok", party="buyer", kind="approval")
    [f] = _ta(order.audit(trade_assurance=True), "ta.acquiescence")
    assert "lead time" in f.message


def test_spec_standard_not_written_into_the_pi() -> None:
    order = typical_order(drop=("inspection",))
    order.get("spec/spec.docx").term("certification", "LFGB")
    audit = order.audit(trade_assurance=True)
    fields = {
        f.message.split("'s ")[1].split(" (")[0] for f in _ta(audit, "ta.standard_not_in_contract")
    }
    assert fields == {"certification", "inspection clause"}
    assert all(
        f.status == "missing" and f.severity == "medium"
        for f in _ta(audit, "ta.standard_not_in_contract")
    )


@pytest.mark.parametrize(("today", "status", "text"), [
    (dt.date(2026, 4, 20), "match", "File any Trade Assurance claim by 2026-05-02 (12 days left"),
    (dt.date(2026, 5, 10), "missing", "closed on 2026-05-02"),
])  # fmt: skip
def test_claim_window(
    monkeypatch: pytest.MonkeyPatch, today: dt.date, status: str, text: str
) -> None:
    monkeypatch.setattr(trade_assurance, "today", lambda: today)
    [f] = _ta(
        typical_order().audit(trade_assurance=True, receipt_date="2026-04-02"), "ta.claim_window"
    )
    assert f.status == status and text in f.message
    assert f.observed is not None and f.observed.evidence is not None
    assert f.observed.evidence.document == "order.toml"


def test_bad_receipt_date_is_an_error() -> None:
    with pytest.raises(ConfigError, match="receipt_date"):
        typical_order().audit(trade_assurance=True, receipt_date="soon")


def test_one_of_two_spec_certificates_left_off_the_pi() -> None:
    """Regression (held-out corpus seed 42, case 089): a PI stating LFGB hid the spec's FDA."""
    order = typical_order()
    spec = order.get("spec/spec.docx")
    spec.term("certification", "LFGB")
    spec.term("certification", "FDA")
    order.get("pi/PI-2291.pdf").term("certification", "LFGB")
    [finding] = _ta(order.audit(trade_assurance=True), "ta.standard_not_in_contract")
    assert "FDA" in finding.message and "LFGB" not in finding.message

"""The release checklist and the contract's verdict rule."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from tests.compare.conftest import aql, lead, money, typical_order


def _with_inspection(result: str | None, **facts: object):  # noqa: ANN202
    order = typical_order()
    doc = order.doc("inspection/PSI.pdf", "inspection", date="2026-03-16", facts=dict(facts))
    if result is not None:
        doc.term("inspection", aql(result=result))
    return order


# fmt: off
@pytest.mark.parametrize(("pi", "verdict"), [
    ({}, "RELEASE"),
    ({"lead_time": lead(45, 50)}, "REVIEW"),                 # medium
    ({"price.unit": money("1.95")}, "HOLD"),                  # high
    ({"bank.account": "999900001111"}, "HOLD"),               # critical
])
# fmt: on
def test_verdict_follows_the_worst_open_finding(pi: dict, verdict: str) -> None:
    assert typical_order(pi=pi).audit().verdict == verdict


def test_low_findings_release() -> None:
    audit = typical_order(pi={"lead_time": lead(45, 50)}).audit(severity={"lead_time": "low"})
    assert audit.verdict == "RELEASE"


@pytest.mark.parametrize("status", ["partial", "unreadable"])
def test_partial_or_unreadable_document_means_review(status: str) -> None:
    order = typical_order()
    order.doc("other/scan.pdf", "other", status=status, error="other/scan.pdf: page 2 could not be read.")
    audit = order.audit()
    assert audit.verdict == "REVIEW"
    assert any("other/scan.pdf is " + status in r for r in audit.reasons)


# fmt: off
@pytest.mark.parametrize(("release", "build", "met"), [
    ({"inspection": "passed"}, lambda: _with_inspection("passed"), True),
    ({"inspection": "passed"}, lambda: _with_inspection("failed"), False),
    ({"inspection": "passed"}, lambda: _with_inspection(None, inspection_result="passed"), True),
    ({"inspection": "passed"}, lambda: typical_order(), False),
    ({"inspection": "present"}, lambda: _with_inspection("pending"), True),
    ({"bank_verified": True}, lambda: typical_order(), False),
    # a note nobody signed is not the buyer's record (issue 11): order.toml [bank_verification] is
    ({"bank_verified": True}, lambda: _with_inspection(None, bank_callback="called +86 574 8688 1234 on 3 March"), False),
    ({"bank_verified": False}, lambda: typical_order(), True),
    ({"no_open": "medium"}, lambda: typical_order(pi={"lead_time": lead(45, 50)}), False),
    ({"no_open": "high"}, lambda: typical_order(pi={"lead_time": lead(45, 50)}), True),
    ({"documents": ["pi", "inspection"]}, lambda: typical_order(), False),
    ({"documents": "pi"}, lambda: typical_order(), True),
])
# fmt: on
def test_release_conditions(release: dict, build, met: bool) -> None:  # noqa: ANN001
    audit = build().audit(release=release)
    [condition] = audit.checklist
    assert condition.met is met, condition.detail
    assert condition.name == next(iter(release))
    if not met:
        assert audit.verdict == "HOLD"
        assert audit.reasons[0].startswith("Release condition not met")


def test_unmet_condition_holds_a_clean_order() -> None:
    audit = typical_order().audit(release={"inspection": "passed"})
    assert audit.verdict == "HOLD"
    assert audit.reasons == ("Release condition not met: inspection = passed (no inspection report is on file).",)


def test_without_release_the_findings_decide() -> None:
    audit = typical_order().audit()
    assert audit.checklist == () and audit.verdict == "RELEASE"
    assert audit.reasons == ("No open finding of medium severity or above.",)


@pytest.mark.parametrize("release", [{"inspection": "good"}, {"bank_verified": "yes"}, {"no_open": "severe"}, {"documents": 3}])
def test_bad_release_values_are_errors(release: dict) -> None:
    with pytest.raises(ConfigError, match=r"\[release\]"):
        typical_order().audit(release=release)


def test_reasons_worst_first_one_sentence_each() -> None:
    order = typical_order(pi={"bank.account": "999900001111", "price.unit": money("1.95"), "lead_time": lead(45, 50)})
    audit = order.audit(release={"inspection": "passed"})
    assert audit.verdict == "HOLD"
    assert audit.reasons[0].startswith("Release condition not met")
    assert audit.reasons[1].startswith("Critical: Bank account changed")
    assert audit.reasons[2].startswith("High: Unit price changed")
    assert all(r.endswith(".") for r in audit.reasons)
    assert not any("Lead time" in r for r in audit.reasons)  # medium does not explain a HOLD


def test_findings_sorted_worst_first_then_field() -> None:
    audit = typical_order(pi={"bank.account": "999900001111", "price.unit": money("1.95"), "lead_time": lead(45, 50)}).audit()
    from pipeline.model import severity_rank

    keys = [(severity_rank(f.severity), f.field, f.item or "") for f in audit.findings]
    assert keys == sorted(keys)
    assert audit.findings[0].severity == "critical"


def test_audit_fields() -> None:
    audit = typical_order().audit()
    assert audit.order_id == "PO-TEST"
    assert audit.supplier == "Ningbo Brightway Housewares Co., Ltd."
    assert [d.path for d in audit.documents] == ["spec/spec.docx", "quotes/Q-100.xlsx", "pi/PI-2291.pdf"]
    assert audit.meta["total"] == {"amount": "9250.00", "currency": "USD"}
    assert audit.meta["latest_pi"] == "pi/PI-2291.pdf"
    assert len(audit.extractions) == 3


def test_callback_note_as_extract_writes_it() -> None:
    note = {"verified": True, "evidence": {"document": "other/callback.txt", "line": 3, "quote": "Called Lily on +86 574 8688 1234, bank details confirmed"}}
    order = typical_order()
    order.doc("other/callback.txt", "other", facts={"bank_callback": note})
    [condition] = order.audit(release={"bank_verified": True}).checklist
    # the note has no author: it is shown, and the buyer is told where to record the call-back
    assert not condition.met and "line 3" in condition.detail and "[bank_verification]" in condition.detail
    chat = order.doc("chat/wa.txt", "chat", facts={"bank_callback": {**note, "sender": "Tom"}})
    [condition] = order.audit(release={"bank_verified": True}).checklist
    assert condition.met and "confirmed" in condition.detail  # the buyer's own message
    chat.facts["bank_callback"] = {"verified": False}
    [condition] = order.audit(release={"bank_verified": True}).checklist
    assert not condition.met


def test_inspection_result_evidence_from_facts() -> None:
    evidence = {"document": "inspection/PSI.pdf", "page": 1, "line": 3, "quote": "OVERALL RESULT: FAILED"}
    audit = _with_inspection(None, inspection_result="failed", inspection_result_evidence=evidence).audit()
    [f] = [f for f in audit.findings if f.rule == "inspection.failed"]
    assert f.observed is not None and f.observed.evidence is not None
    assert f.observed.evidence.quote == "OVERALL RESULT: FAILED" and f.observed.evidence.line == 3

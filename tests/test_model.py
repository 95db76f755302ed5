"""The data model's JSON is the contract's JSON (sections 4 and 6)."""

from __future__ import annotations

import pytest

from pipeline.model import (
    Audit,
    Block,
    Document,
    Evidence,
    Finding,
    Observation,
    Term,
    reaches_fail_on,
)


def test_chat_evidence_carries_timestamp_and_sender_instead_of_page_and_line() -> None:
    block = Block(
        kind="message", text="new account attached", timestamp="2026-03-12T14:05:00", sender="Lily"
    )
    evidence = Evidence.of("chat/wa.txt", block)
    assert evidence.to_json() == {
        "document": "chat/wa.txt",
        "timestamp": "2026-03-12T14:05:00",
        "sender": "Lily",
        "quote": "new account attached",
    }
    assert evidence.location() == "2026-03-12 14:05:00, Lily"


def test_line_evidence_keeps_page_and_line_even_when_null() -> None:
    block = Block(kind="paragraph", text="Body: 304 stainless steel", line=14)
    assert Evidence.of("spec/spec.docx", block).to_json() == {
        "document": "spec/spec.docx",
        "page": None,
        "line": 14,
        "quote": "Body: 304 stainless steel",
    }


def test_cell_block_json() -> None:
    block = Block(kind="cell", text="1.85", sheet="Quote", table=1, row=4, col=3)
    assert block.to_json() == {
        "kind": "cell",
        "sheet": "Quote",
        "table": 1,
        "row": 4,
        "col": 3,
        "text": "1.85",
    }
    assert Evidence.of("q.xlsx", block).location() == "sheet Quote, table 1, row 4, col 3"


def test_audit_json_has_the_contract_keys_and_counts_open_findings_only() -> None:
    doc = Document(path="pi/PI-1.pdf", format="pdf", role="pi", status="read", pages=2)
    ev = Evidence(document="pi/PI-1.pdf", quote="Material: 201 S/S", page=1, line=22)
    findings = (
        Finding(field="material", status="undocumented_change", severity="high", message="m", rule="r",
                item="TB-500", observed=Observation("SS201", ev)),
        Finding(field="color", status="match", severity="info", message="m", rule="r"),
    )  # fmt: skip
    audit = Audit(
        order_id="PO-1", verdict="HOLD", reasons=("x",), documents=(doc,), findings=findings
    )
    data = audit.to_json()
    assert data["schema_version"] == "1"
    assert data["documents"] == [
        {"path": "pi/PI-1.pdf", "format": "pdf", "role": "pi", "status": "read", "pages": 2}
    ]
    assert data["findings"][0]["observed"]["evidence"]["line"] == 22
    assert data["counts"]["high"] == 1 and data["counts"]["info"] == 0


def test_term_json() -> None:
    ev = Evidence(document="pi/PI.pdf", quote="TB-500 ... US$1.85/pc", page=1, line=18)
    term = Term(field="price.unit", value={"amount": "1.85", "currency": "USD", "per": "pc"}, raw="US$1.85/pc",
                evidence=ev, item="TB-500", rule="money")  # fmt: skip
    assert term.to_json()["value"] == {"amount": "1.85", "currency": "USD", "per": "pc"}
    assert term.to_json()["evidence"]["page"] == 1


# fmt: off
FAIL_ON = [
    ("HOLD",    {"critical": 1}, "critical", True),
    ("HOLD",    {"high": 1},     "critical", False),
    ("HOLD",    {"high": 1},     "high",     True),
    ("REVIEW",  {"medium": 2},   "high",     False),
    ("HOLD",    {},              "hold",     True),
    ("REVIEW",  {"medium": 1},   "hold",     False),
    ("REVIEW",  {"medium": 1},   "review",   True),
    ("RELEASE", {},              "review",   False),
    ("HOLD",    {"critical": 3}, None,       False),
]
# fmt: on


@pytest.mark.parametrize(("verdict", "counts", "fail_on", "reached"), FAIL_ON)
def test_reaches_fail_on(
    verdict: str, counts: dict[str, int], fail_on: str | None, reached: bool
) -> None:
    assert reaches_fail_on(verdict, counts, fail_on) is reached

"""Audits built by hand for the report tests: a HOLD order with Chinese supplier text, a clean
RELEASE order, and a hostile one whose supplier text tries script and header injection."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.model import (
    Approval,
    Audit,
    ChatAct,
    Condition,
    Document,
    Evidence,
    Extraction,
    Finding,
    Observation,
    Term,
    TimelineStep,
)

SCRIPT = "<script>alert(1)</script>"
INJECTED_NAME = "Evil Trading Ltd\r\nBcc: victim@example.com\r\n\r\nPay here"
CHINESE_SUPPLIER = "宁波明辉家居用品有限公司 Ningbo Brightway Housewares Co., Ltd."


def _ev(document: str, quote: str, **place: object) -> Evidence:
    return Evidence(document=document, quote=quote, **place)  # type: ignore[arg-type]


SPEC = "spec/TB-500 spec.docx"
QUOTE = "quotes/Quotation Rev2.xlsx"
PI = "pi/PI-2291-R1.pdf"
CHAT = "chat/WhatsApp Chat with Lily.txt"
CHANGE = "changes/CO-01 carton.pdf"
SCAN = "inspection/scan.jpg"

DOCUMENTS = (
    Document(SPEC, "docx", "spec", "read", role_source="folder spec/"),
    Document(QUOTE, "xlsx", "quote", "read", role_source="folder quotes/"),
    Document(PI, "pdf", "pi", "read", pages=2, role_source="order.toml [roles]"),
    Document(CHANGE, "pdf", "change", "read", pages=1, role_source="content: title 'Change Order'"),
    Document(CHAT, "whatsapp", "chat", "read", role_source="folder chat/"),
    Document(
        SCAN,
        "image",
        "inspection",
        "unreadable",
        error="inspection/scan.jpg: no text layer and OCR found no text.",
        role_source="folder inspection/",
    ),
)

E_SPEC_MAT = _ev(SPEC, "Body: 304 stainless steel (不锈钢304)", line=14)
E_PI_MAT = _ev(PI, "Material: 201 S/S 不锈钢201", page=1, line=22)
E_SPEC_COLOR = _ev(SPEC, "Colour: Pantone 186 C", table=1, row=5, col=2)
E_CHAT_COLOR = _ev(
    CHAT, f"ok black is fine {SCRIPT}", timestamp="2026-03-12T14:05:00", sender="Tom (Buyer)"
)
E_PI_COLOR = _ev(PI, "Color: black", page=1, line=24)
E_QUOTE_BANK = _ev(QUOTE, "A/C NO.: 6217 0000 1234 5678", sheet="Quote", table=1, row=30, col=2)
E_PI_BANK = _ev(PI, "Account No.: 012-345-678901-2 (HK)", page=2, line=8)
E_CHAT_BANK = _ev(
    CHAT,
    "Dear, our company account changed, pls pay balance to new HK account 新账户",
    timestamp="2026-03-14T09:12:00",
    sender="Lily 丽丽",
)
E_SPEC_CARTON = _ev(SPEC, "24 pcs per master carton", line=31)
E_CO_CARTON = _ev(
    CHANGE,
    "Carton quantity changed from 24 to 20 pcs. Approved: Tom Baker 2026-03-02",
    page=1,
    line=6,
)
E_PI_CARTON = _ev(PI, "Packing: 20pcs/ctn", page=1, line=27)
E_QUOTE_PRICE = _ev(QUOTE, "US$1.85/pc", sheet="Quote", table=1, row=4, col=5)
E_PI_PRICE = _ev(
    PI, "TB-500 ... 5,000 pcs ... US$1.85 ... US$9,250.00", page=1, table=1, row=2, col=5
)
E_PI_TOTAL = _ev(PI, "TOTAL: US$9,250.00", page=1, line=30)
E_QUOTE_LEAD = _ev(
    QUOTE, "Lead time: 30-35 days after deposit", sheet="Quote", table=1, row=12, col=2
)

PRICE = {"amount": "1.85", "currency": "USD", "per": "pc"}
LEAD = {"min_days": 30, "max_days": 35, "basis": "calendar", "from": "deposit"}

FINDINGS = (
    Finding(
        field="bank.account",
        status="undocumented_change",
        severity="critical",
        message="Bank account changed from 6217000012345678 to 0123456789012 (Hong Kong) with no approval on record",
        rule="bank.any_change",
        baseline=Observation("6217000012345678", E_QUOTE_BANK),
        observed=Observation("0123456789012", E_PI_BANK),
        explanation=(
            "Any change of bank details is critical (contract section 3).",
            "Announced in chat on 2026-03-14 by the supplier.",
        ),
    ),
    Finding(
        field="material",
        item="TB-500",
        status="undocumented_change",
        severity="high",
        message="Material changed from SS304 to SS201 with no approval on record",
        rule="material.grade_downgrade",
        baseline=Observation("SS304", E_SPEC_MAT),
        observed=Observation("SS201", E_PI_MAT),
        explanation=(
            "SS201 ranks below SS304 in models/lexicons/materials.yaml: a downgrade is at least high.",
        ),
    ),
    Finding(
        field="color",
        item="TB-500",
        status="chat_only",
        severity="medium",
        message="Colour changed from PANTONE 186 C to BLACK, agreed only in WhatsApp",
        rule="change.chat_only",
        baseline=Observation("PANTONE 186 C", E_SPEC_COLOR),
        observed=Observation("BLACK", E_PI_COLOR),
        approval=E_CHAT_COLOR,
    ),
    Finding(
        field="packaging.carton_qty",
        item="TB-500",
        status="documented_change",
        severity="info",
        message="Carton quantity 24 -> 20 approved by change order CO-01",
        rule="change.documented",
        baseline=Observation(24, E_SPEC_CARTON),
        observed=Observation(20, E_PI_CARTON),
        approval=E_CO_CARTON,
    ),
    Finding(
        field="price.unit",
        item="TB-500",
        status="match",
        severity="info",
        message="Unit price matches the quotation",
        rule="compare.equal",
        baseline=Observation(PRICE, E_QUOTE_PRICE),
        observed=Observation(PRICE, E_PI_PRICE),
    ),
    Finding(
        field="lead_time",
        status="missing",
        severity="high",
        message="The latest PI does not state the lead time the quotation set",
        rule="pi.required_terms",
        baseline=Observation(LEAD, E_QUOTE_LEAD, display="30-35 days after deposit"),
        observed=None,
    ),
)

TIMELINE = (
    TimelineStep("material", "TB-500", "SS304", "SS304", SPEC, "spec", "2026-02-01", E_SPEC_MAT),
    TimelineStep(
        "material", "TB-500", "SS201", "SS201", PI, "pi", "2026-03-15", E_PI_MAT, note="latest PI"
    ),
    TimelineStep(
        "color",
        "TB-500",
        "PANTONE 186 C",
        "PANTONE 186 C",
        SPEC,
        "spec",
        "2026-02-01",
        E_SPEC_COLOR,
    ),
    TimelineStep(
        "color",
        "TB-500",
        "BLACK",
        "BLACK",
        CHAT,
        "chat",
        "2026-03-12",
        E_CHAT_COLOR,
        note="agreed in chat only",
    ),
    TimelineStep("color", "TB-500", "BLACK", "BLACK", PI, "pi", "2026-03-15", E_PI_COLOR),
    TimelineStep(
        "bank.account",
        None,
        "6217000012345678",
        "6217000012345678",
        QUOTE,
        "quote",
        "2026-02-10",
        E_QUOTE_BANK,
    ),
    TimelineStep(
        "bank.account",
        None,
        "0123456789012",
        "0123456789012",
        PI,
        "pi",
        "2026-03-15",
        E_PI_BANK,
        note="new account, Hong Kong",
    ),
)

EXTRACTIONS = (
    Extraction(
        DOCUMENTS[0],
        terms=(
            Term(
                "material",
                "SS304",
                "304 stainless steel (不锈钢304)",
                E_SPEC_MAT,
                item="TB-500",
                rule="material.lexicon",
            ),
            Term(
                "color",
                "PANTONE 186 C",
                "Pantone 186 C",
                E_SPEC_COLOR,
                item="TB-500",
                rule="color.pantone",
            ),
            Term(
                "packaging.carton_qty",
                24,
                "24 pcs per master carton",
                E_SPEC_CARTON,
                item="TB-500",
                rule="packaging.pcs_per_carton",
            ),
        ),
        date="2026-02-01",
    ),
    Extraction(
        DOCUMENTS[1],
        terms=(
            Term(
                "price.unit",
                PRICE,
                "US$1.85/pc",
                E_QUOTE_PRICE,
                item="TB-500",
                rule="price.unit_cell",
            ),
            Term(
                "lead_time", LEAD, "30-35 days after deposit", E_QUOTE_LEAD, rule="lead_time.range"
            ),
            Term(
                "bank.beneficiary",
                "NINGBO BRIGHTWAY HOUSEWARES CO LTD",
                "Ningbo Brightway Housewares Co., Ltd.",
                _ev(
                    QUOTE,
                    "Beneficiary: Ningbo Brightway Housewares Co., Ltd.",
                    sheet="Quote",
                    table=1,
                    row=28,
                    col=2,
                ),
                rule="bank.beneficiary",
            ),
            Term(
                "bank.account",
                "6217000012345678",
                "6217 0000 1234 5678",
                E_QUOTE_BANK,
                rule="bank.account",
            ),
            Term(
                "bank.swift",
                "BKCHCNBJ92A",
                "BKCHCNBJ92A",
                _ev(QUOTE, "SWIFT: BKCHCNBJ92A", sheet="Quote", table=1, row=31, col=2),
                rule="bank.swift",
            ),
        ),
        date="2026-02-10",
        version="Rev2",
    ),
    Extraction(
        DOCUMENTS[2],
        terms=(
            Term(
                "material",
                "SS201",
                "201 S/S 不锈钢201",
                E_PI_MAT,
                item="TB-500",
                rule="material.lexicon",
            ),
            Term("color", "BLACK", "black", E_PI_COLOR, item="TB-500", rule="color.word"),
            Term("price.unit", PRICE, "US$1.85", E_PI_PRICE, item="TB-500", rule="price.unit_cell"),
            Term(
                "price.total",
                {"amount": "9250.00", "currency": "USD"},
                "US$9,250.00",
                E_PI_TOTAL,
                rule="price.total",
            ),
            Term(
                "packaging.carton_qty",
                20,
                "20pcs/ctn",
                E_PI_CARTON,
                item="TB-500",
                rule="packaging.pcs_per_carton",
            ),
            Term(
                "bank.beneficiary",
                "BRIGHTWAY GLOBAL TRADING HK LTD",
                "Brightway Global Trading (HK) Ltd",
                _ev(PI, "Beneficiary: Brightway Global Trading (HK) Ltd", page=2, line=6),
                rule="bank.beneficiary",
            ),
            Term(
                "bank.account", "0123456789012", "012-345-678901-2", E_PI_BANK, rule="bank.account"
            ),
            Term(
                "bank.swift",
                "HSBCHKHHX",
                "HSBCHKHHX",
                _ev(PI, "SWIFT: HSBCHKHHX", page=2, line=9),
                rule="bank.swift",
                problems=("SWIFT code has 9 characters; a SWIFT/BIC has 8 or 11",),
            ),
        ),
        date="2026-03-15",
        version="R1",
    ),
    Extraction(
        DOCUMENTS[3],
        terms=(
            Term(
                "packaging.carton_qty",
                20,
                "20 pcs",
                E_CO_CARTON,
                item="TB-500",
                rule="packaging.pcs_per_carton",
            ),
        ),
        date="2026-03-02",
        approval=Approval(True, "Tom Baker", "2026-03-02", E_CO_CARTON),
    ),
    Extraction(
        DOCUMENTS[4],
        acts=(
            ChatAct(
                "approval", "buyer", E_CHAT_COLOR, fields=("color",), rule="act.approval_words"
            ),
            ChatAct(
                "bank_announcement",
                "supplier",
                E_CHAT_BANK,
                fields=("bank.account",),
                rule="act.bank_change_words",
            ),
        ),
    ),
    Extraction(DOCUMENTS[5]),
)

HOLD_AUDIT = Audit(
    order_id="PO-1001",
    verdict="HOLD",
    reasons=(
        "1 critical finding: bank.account changed with no approval on record",
        "2 high findings: material downgraded to SS201; lead time missing from the PI",
        "Release condition inspection = passed is not met: no inspection report could be read",
    ),
    documents=DOCUMENTS,
    findings=FINDINGS,
    extractions=EXTRACTIONS,
    checklist=(
        Condition(
            "inspection",
            "passed",
            False,
            "inspection/scan.jpg is unreadable; no inspection result on record",
        ),
        Condition("bank_verified", "true", False, "bank details changed on pi/PI-2291-R1.pdf"),
    ),
    timeline=TIMELINE,
    supplier=CHINESE_SUPPLIER,
    order_dir="",
    meta={
        "total_value": {"amount": "9250.00", "currency": "USD"},
        "audited_at": "2026-03-16T09:30:00+08:00",
        "generator": "order-audit 0.1.0",
        "supplier_phone": "+86 574 8688 1234",
    },
)

RELEASE_AUDIT = Audit(
    order_id="PO-2002",
    verdict="RELEASE",
    reasons=("Every compared field matches the approved baseline.",),
    documents=(DOCUMENTS[0], DOCUMENTS[1]),
    findings=(FINDINGS[4],),
    extractions=(EXTRACTIONS[0], EXTRACTIONS[1]),
    timeline=(
        TimelineStep(
            "price.unit",
            "TB-500",
            PRICE,
            "USD 1.85/pc",
            QUOTE,
            "quote",
            "2026-02-10",
            E_QUOTE_PRICE,
        ),
    ),
    supplier="Xiamen Greenleaf Bags Co., Ltd.",
    meta={
        "total_value": "12800.00",
        "currency": "USD",
        "audited_at": "2026-03-16T09:30:00+08:00",
        "generator": "order-audit 0.1.0",
    },
)


def hostile(audit: Audit) -> Audit:
    """The same audit with supplier text that tries script injection and header injection."""
    pi_doc = replace(DOCUMENTS[2], path=f"pi/{SCRIPT}.pdf")
    return replace(
        audit,
        order_id="PO-3003\r\nX-Injected: yes",
        supplier=f"{INJECTED_NAME} {SCRIPT}",
        reasons=(*audit.reasons, f"supplier said: {SCRIPT}"),
        documents=(*audit.documents, pi_doc),
    )


HOSTILE_AUDIT = hostile(HOLD_AUDIT)
AUDITS = {"hold": HOLD_AUDIT, "release": RELEASE_AUDIT, "hostile": HOSTILE_AUDIT}


@pytest.fixture(params=sorted(AUDITS))
def any_audit(request: pytest.FixtureRequest) -> Audit:
    return AUDITS[request.param]


@pytest.fixture
def hold_audit() -> Audit:
    return HOLD_AUDIT


@pytest.fixture
def release_audit() -> Audit:
    return RELEASE_AUDIT


@pytest.fixture
def hostile_audit() -> Audit:
    return HOSTILE_AUDIT


@pytest.fixture(scope="session")
def artifacts_dir(project_root: Path) -> Path:
    path = project_root / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path

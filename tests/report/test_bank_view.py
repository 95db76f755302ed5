"""Issue 11, report side: one change of bank details is one card; the bank table runs in date
order from the first account on record, and any bank field (a future one too) gets a plain label."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Audit, Document, Evidence, Extraction, Finding, Observation, Term
from pipeline.report import load_audit, render_markdown, render_text, write_reports
from pipeline.report.bank import bank_panel
from pipeline.report.view import build_view, top_items

SUPPLIER = "Ningbo Brightway Housewares Co., Ltd."
QUOTE, PI1, PI2 = "quotes/Q-0115.pdf", "pi/PI-2291.pdf", "pi/PI-2291-R1.pdf"
CHAT = "chat/WhatsApp Chat - Lily.txt"
OLD = {
    "bank.beneficiary": "NINGBO BRIGHTWAY HOUSEWARES CO LTD",
    "bank.name": "BANK OF CHINA NINGBO BRANCH",
    "bank.account": "358176543210",
    "bank.swift": "BKCHCNBJ92A",
}
NEW = {
    "bank.beneficiary": "GOLDEN BRIDGE TRADING HK LTD",
    "bank.name": "HSBC HONG KONG",
    "bank.account": "848123456838",
    "bank.swift": "HSBCHKHHHKH",
}


def _ev(document: str, field: str, *, stamp: str | None = None) -> Evidence:
    if stamp:
        return Evidence(document, f"{field}: new", timestamp=stamp, sender="Lily")
    return Evidence(document, f"{field} line", page=1, line=10 + len(field))


def _terms(document: str, values: dict[str, str], stamp: str | None = None) -> tuple[Term, ...]:
    return tuple(
        Term(name, value, value, _ev(document, name, stamp=stamp), rule="bank.x")
        for name, value in values.items()
    )


def _changed(name: str) -> Finding:
    return Finding(
        name,
        "undocumented_change",
        "critical",
        f"{name} changed from {OLD[name]} ({PI1}) to {NEW[name]} ({PI2}) with no approval on "
        f"record: verify by a call-back to the supplier's number on file",
        "bank.changed",
        baseline=Observation(OLD[name], _ev(PI1, name), OLD[name]),
        observed=Observation(NEW[name], _ev(PI2, name), NEW[name]),
        explanation=(f"first on record: {PI1}",),
    )


STAMP = "2026-03-09T07:55:48"
FINDINGS = (
    *(_changed(name) for name in OLD),
    Finding(
        "bank.beneficiary",
        "undocumented_change",
        "critical",
        f"The beneficiary {NEW['bank.beneficiary']} in {PI2} is not the supplier ({SUPPLIER}): "
        "verify by a call-back",
        "bank.beneficiary_not_supplier",
        baseline=Observation(SUPPLIER, None, SUPPLIER),
        observed=Observation(NEW["bank.beneficiary"], _ev(PI2, "bank.beneficiary")),
        explanation=("best similarity to the supplier's names 0.39 < 0.90",),
    ),
    Finding(
        "bank.swift",
        "undocumented_change",
        "critical",
        f"The bank HSBCHKHHHKH in {PI2} is in HK, an offshore jurisdiction, not in the supplier's "
        "country CN: verify by a call-back",
        "bank.country",
        baseline=Observation("CN", None, "CN"),
        observed=Observation(NEW["bank.swift"], _ev(PI2, "bank.swift")),
    ),
    Finding(
        "bank.account",
        "undocumented_change",
        "critical",
        f"New bank details announced in {CHAT} by Lily: do not pay to them until you verify by a "
        "call-back to the supplier's number",
        "bank.announced_in_chat",
        observed=Observation("A/C: 848-123456-838", _ev(CHAT, "bank.account", stamp=STAMP)),
    ),
)


def _audit(extra: tuple[Extraction, ...] = (), findings: tuple[Finding, ...] = FINDINGS) -> Audit:
    chat_doc = Document(CHAT, "whatsapp", "chat", "read")
    extractions = (
        # The chat comes first in folder order, and has no document date of its own.
        Extraction(chat_doc, terms=_terms(CHAT, NEW, STAMP)),
        Extraction(Document(PI2, "pdf", "pi", "read"), terms=_terms(PI2, NEW), date="2026-03-09"),
        Extraction(Document(PI1, "pdf", "pi", "read"), terms=_terms(PI1, OLD), date="2026-01-27"),
        Extraction(Document(QUOTE, "pdf", "quote", "read"), terms=_terms(QUOTE, OLD)),
        *extra,
    )
    return Audit(
        order_id="HP-2026-031",
        verdict="HOLD",
        reasons=tuple(f"Critical: {f.message}." for f in findings),
        documents=tuple(e.document for e in extractions),
        findings=findings,
        extractions=extractions,
        supplier=SUPPLIER,
        meta={
            "supplier_phone": "+86 574 8688 1234",
            "document_dates": {PI1: "2026-01-27", PI2: "2026-03-09"},
        },
    )


def test_one_change_of_bank_details_is_one_event() -> None:
    panel = bank_panel(_audit())
    (event,) = panel.events
    assert len(event.findings) == 7  # every finding of the change, none dropped
    assert [p.label for p in event.parts] == [
        "Beneficiary",
        "Bank",
        "Bank account",
        "SWIFT/BIC code",
    ]
    assert [(p.before, p.after) for p in event.parts] == [(OLD[n], NEW[n]) for n in OLD]
    assert all(p.evidence is not None and p.evidence.document == PI2 for p in event.parts)
    assert event.title == "Bank details changed"
    assert PI2 in event.source and CHAT in event.source  # the chat announcement is the same change
    assert event.warnings == (
        f"The beneficiary GOLDEN BRIDGE TRADING HK LTD is not the supplier ({SUPPLIER}).",
        "The bank (SWIFT HSBCHKHHHKH) is in HK, an offshore jurisdiction, not in the supplier's "
        "country (CN).",
        "Announced in chat by Lily on 2026-03-09 07:55.",
    )
    assert event.callback.count("Call ") == 1 and "+86 574 8688 1234" in event.callback


def test_every_format_shows_the_event_once_and_keeps_the_findings(tmp_path: Path) -> None:
    audit = _audit()
    view = build_view(audit)
    (critical,) = view.groups
    assert len(critical.events) == 1 and critical.findings == ()
    assert len(view.reasons) == 1 and view.reasons[0].startswith("Critical: Bank details changed")
    assert [i.title for i in top_items(audit)] == ["Bank details changed"]
    for text in (render_markdown(audit), render_text(audit)):
        assert text.count("Bank details changed") == 3  # what to do, the reason, the card
        assert text.count("Before any payment:") == 1
    written = write_reports(audit, tmp_path, formats=["json", "html"])
    html = written["html"].read_text(encoding="utf-8")
    assert html.count('class="finding bank-event') == 1
    # findings.json keeps one finding per changed field, as the contract wants
    assert len(load_audit(tmp_path).findings) == 7


def test_bank_rows_run_in_date_order_from_the_first_account_on_record() -> None:
    panel = bank_panel(_audit())
    # The undated quote goes before the first dated PI (by role), the chat message by its time.
    assert [r.document for r in panel.rows] == [QUOTE, PI1, PI2, CHAT]
    assert [r.when for r in panel.rows] == [None, "2026-01-27", "2026-03-09", STAMP]
    assert panel.undated
    reference = panel.rows[0]
    assert reference.reference and panel.reference is reference
    assert not any(panel.rows[1].differs.values())  # the legitimate PI is not painted changed
    assert all(panel.rows[2].differs.values()) and all(panel.rows[3].differs.values())


def test_reloaded_reports_keep_the_order(tmp_path: Path) -> None:
    write_reports(_audit(), tmp_path, formats=["json"])
    panel = bank_panel(load_audit(tmp_path))
    assert [r.document for r in panel.rows] == [QUOTE, PI1, PI2, CHAT]


def test_a_second_account_announced_later_is_a_second_event() -> None:
    other = {"bank.account": "99990000111"}
    stamp = "2026-03-20T10:00:00"
    later = Finding(
        "bank.account",
        "undocumented_change",
        "critical",
        "New bank details announced in chat: do not pay to them until you verify by a call-back",
        "bank.announced_in_chat",
        observed=Observation(
            "A/C 99990000111", _ev("chat/wechat.txt", "bank.account", stamp=stamp)
        ),
    )
    extra = (
        Extraction(
            Document("chat/wechat.txt", "wechat", "chat", "read"),
            terms=_terms("chat/wechat.txt", other, stamp),
        ),
    )
    panel = bank_panel(_audit(extra, (*FINDINGS, later)))
    assert [e.title for e in panel.events] == [
        "Bank details changed",
        "New bank details announced in chat",
    ]
    assert [(p.label, p.after) for p in panel.events[1].parts] == [("Bank account", "99990000111")]


def test_intermediary_and_unknown_bank_fields_get_plain_labels() -> None:
    extra = (
        Extraction(
            Document("pi/PI-2291-R2.pdf", "pdf", "pi", "read"),
            terms=_terms(
                "pi/PI-2291-R2.pdf",
                {"bank.intermediary": "CITIBANK NEW YORK", "bank.iban": "GB29NWBK60161331926819"},
            ),
            date="2026-03-10",
        ),
    )
    panel = bank_panel(_audit(extra))
    labels = dict(panel.columns)
    assert labels["bank.intermediary"] == "Intermediary bank"
    assert labels["bank.iban"] == "Bank iban"  # a field the report does not know yet
    assert list(labels)[:5] == [*OLD, "bank.intermediary"]
    text = render_text(_audit(extra))
    assert "Intermediary bank: CITIBANK NEW YORK" in text and "Bank iban: GB29NWBK" in text

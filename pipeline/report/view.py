"""What the report templates show, computed once from an Audit: groups, panels, ordering.

Templates only present; every choice of what goes where (which findings come first, which bank
details differ, which field histories to show) is made here, in Python, where it is tested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.model import (
    FIELDS,
    SEVERITIES,
    Audit,
    ChatAct,
    Document,
    Finding,
    Term,
    TimelineStep,
    severity_rank,
)
from pipeline.report.formatting import clean_line, field_value

BANK_FIELDS = ("bank.beneficiary", "bank.name", "bank.account", "bank.swift")
BANK_LABELS = {
    "bank.beneficiary": "Beneficiary",
    "bank.name": "Bank",
    "bank.account": "Account",
    "bank.swift": "SWIFT/BIC",
}
VERDICT_MEANING = {
    "HOLD": "Do not release the balance payment until the findings below are resolved.",
    "REVIEW": "Review the findings below before releasing the balance payment.",
    "RELEASE": "Nothing on record stands against releasing the balance payment.",
}
# Statuses in the order a reader should see them within one severity: the unexplained first.
_STATUS_ORDER = {
    s: i
    for i, s in enumerate(
        ("undocumented_change", "conflict", "missing", "chat_only", "documented_change", "match")
    )
}
_FIELD_ORDER = {f: i for i, f in enumerate(FIELDS)}
_ROLE_ORDER = {
    r: i
    for i, r in enumerate(
        ("spec", "sample", "quote", "pi", "change", "chat", "inspection", "other")
    )
}


def field_rank(name: str) -> tuple[int, str]:
    return (_FIELD_ORDER.get(name, len(_FIELD_ORDER)), name)


def finding_key(f: Finding) -> tuple[Any, ...]:
    return (
        severity_rank(f.severity),
        _STATUS_ORDER.get(f.status, 99),
        field_rank(f.field),
        f.item or "",
    )


def open_findings(audit: Audit) -> list[Finding]:
    """Findings that are not a plain match, worst first."""
    return sorted((f for f in audit.findings if f.status != "match"), key=finding_key)


def top_findings(audit: Audit, limit: int = 5) -> list[Finding]:
    """The findings a reader must see first (mail body, terminal summary): worst first, info left out."""
    return [f for f in open_findings(audit) if f.severity != "info"][:limit]


def finding_anchor(f: Finding) -> str:
    return "tl-" + _slug(f.field, f.item)


def _slug(name: str, item: str | None) -> str:
    raw = f"{name}--{item}" if item else name
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in raw)


@dataclass(frozen=True)
class SeverityGroup:
    severity: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class FieldHistory:
    """One field (of one item) across the order's documents, oldest first."""

    field: str
    item: str | None
    anchor: str
    steps: tuple[TimelineStep, ...]
    flagged: bool  # an open finding concerns this field


@dataclass(frozen=True)
class BankRow:
    document: str
    role: str
    date: str | None
    values: dict[str, str]  # field -> display, "" when the document does not give it
    differs: dict[str, bool]  # field -> differs from the first document that gave it
    problems: tuple[str, ...]


@dataclass(frozen=True)
class BankPanel:
    rows: tuple[BankRow, ...]
    findings: tuple[Finding, ...]
    announcements: tuple[ChatAct, ...]
    changed: bool

    @property
    def empty(self) -> bool:
        return not self.rows and not self.findings and not self.announcements


@dataclass(frozen=True)
class DocumentTerms:
    document: Document
    date: str | None
    version: str | None
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class ReportView:
    """Everything report.html, report.md and report.txt show, in the order they show it."""

    audit: Audit
    counts: dict[str, int]
    open_count: int
    meaning: str
    groups: tuple[SeverityGroup, ...]
    matches: tuple[Finding, ...]
    histories: tuple[FieldHistory, ...]
    bank: BankPanel
    documents: tuple[Document, ...]
    document_status: dict[str, int]
    appendix: tuple[DocumentTerms, ...]
    total: tuple[str, str | None] | None
    supplier: str
    severities: tuple[str, ...] = SEVERITIES
    labels: dict[str, str] = field(default_factory=lambda: dict(BANK_LABELS))


def order_total(audit: Audit) -> tuple[str, str | None] | None:
    """The order's total value (amount, currency): from the audit's meta, else the latest PI total."""
    meta = audit.meta
    for key in ("total_value", "total"):
        value = meta.get(key)
        if isinstance(value, dict) and value.get("amount") is not None:
            return str(value["amount"]), value.get("currency")
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value), meta.get("currency")
    latest: tuple[str, tuple[str, str | None]] | None = None
    for extraction in audit.extractions:
        if extraction.document.role != "pi":
            continue
        for term in extraction.terms:
            if term.field == "price.total" and isinstance(term.value, dict) and term.item is None:
                key = (extraction.date or "") + extraction.document.path
                if latest is None or key > latest[0]:
                    latest = (key, (str(term.value.get("amount")), term.value.get("currency")))
    return latest[1] if latest else None


def _histories(audit: Audit, flagged: set[tuple[str, str | None]]) -> tuple[FieldHistory, ...]:
    groups: dict[tuple[str, str | None], list[TimelineStep]] = {}
    for step in audit.timeline:
        groups.setdefault((step.field, step.item), []).append(step)
    out = []
    for (name, item), steps in groups.items():
        # The compare stage orders each history (date, version, role, file order); keep it.
        ordered = steps
        out.append(
            FieldHistory(
                name, item, "tl-" + _slug(name, item), tuple(ordered), (name, item) in flagged
            )
        )
    # Flagged histories first (they explain a finding), then the contract's field order.
    out.sort(key=lambda h: (not h.flagged, field_rank(h.field), h.item or ""))
    return tuple(out)


def _bank_panel(audit: Audit) -> BankPanel:
    rows: list[BankRow] = []
    first: dict[str, str] = {}
    ordered = sorted(
        audit.extractions,
        key=lambda e: (e.date or "", _ROLE_ORDER.get(e.document.role, 9), e.document.path),
    )
    for extraction in ordered:
        terms = [t for t in extraction.terms if t.field in BANK_FIELDS]
        if not terms:
            continue
        values: dict[str, str] = {}
        for t in terms:
            text = clean_line(field_value(t.field, t.value))
            values[t.field] = (
                f"{values[t.field]} / {text}"
                if t.field in values and text not in values[t.field]
                else text
            )
        differs = {}
        for name in BANK_FIELDS:
            if name in values:
                first.setdefault(name, values[name])
                differs[name] = values[name] != first[name]
            else:
                values[name] = ""
                differs[name] = False
        problems = tuple(p for t in terms for p in t.problems)
        rows.append(
            BankRow(
                extraction.document.path,
                extraction.document.role,
                extraction.date,
                values,
                differs,
                problems,
            )
        )
    findings = tuple(f for f in open_findings(audit) if f.field.startswith("bank."))
    acts = tuple(a for e in audit.extractions for a in e.acts if a.kind == "bank_announcement")
    changed = any(any(r.differs.values()) for r in rows) or bool(findings)
    return BankPanel(tuple(rows), findings, acts, changed)


def _appendix(audit: Audit) -> tuple[DocumentTerms, ...]:
    out = []
    for e in audit.extractions:
        terms = tuple(
            sorted(
                e.terms, key=lambda t: (field_rank(t.field), t.item or "", t.evidence.location())
            )
        )
        out.append(DocumentTerms(e.document, e.date, e.version, terms))
    out.sort(key=lambda d: (_ROLE_ORDER.get(d.document.role, 9), d.document.path))
    return tuple(out)


def _documents(docs: Iterable[Document]) -> tuple[Document, ...]:
    status_order = {"unreadable": 0, "partial": 1, "read": 2}
    return tuple(
        sorted(
            docs, key=lambda d: (status_order.get(d.status, 3), _ROLE_ORDER.get(d.role, 9), d.path)
        )
    )


def build_view(audit: Audit) -> ReportView:
    """Compute what the reports show for one audit."""
    opened = open_findings(audit)
    groups = tuple(
        SeverityGroup(sev, tuple(f for f in opened if f.severity == sev))
        for sev in SEVERITIES
        if any(f.severity == sev for f in opened)
    )
    matches = tuple(sorted((f for f in audit.findings if f.status == "match"), key=finding_key))
    flagged = {(f.field, f.item) for f in opened if f.severity != "info"}
    status_counts = {
        s: sum(1 for d in audit.documents if d.status == s)
        for s in ("read", "partial", "unreadable")
    }
    return ReportView(
        audit=audit,
        counts=audit.counts(),
        open_count=sum(1 for f in opened),
        meaning=VERDICT_MEANING.get(audit.verdict, ""),
        groups=groups,
        matches=matches,
        histories=_histories(audit, flagged),
        bank=_bank_panel(audit),
        documents=_documents(audit.documents),
        document_status=status_counts,
        appendix=_appendix(audit),
        total=order_total(audit),
        supplier=clean_line(audit.supplier or ""),
    )


def counts_phrase(
    counts: dict[str, int], severities: Sequence[str] = ("critical", "high", "medium", "low")
) -> str:
    """'1 critical, 2 high' (zero counts left out), or 'no open findings'."""
    parts = [f"{counts.get(s, 0)} {s}" for s in severities if counts.get(s, 0)]
    return ", ".join(parts) if parts else "no open findings"

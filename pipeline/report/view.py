"""What the report templates show, computed once from an Audit: groups, panels, ordering.

Templates only present; every choice of what goes where (which findings come first, which bank
details differ, which field histories to show) is made here, in Python, where it is tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.model import (
    SEVERITIES,
    Audit,
    Document,
    Finding,
    Term,
    TimelineStep,
)
from pipeline.report.bank import BankEvent, BankPanel, bank_panel, merge_reasons
from pipeline.report.finance import (
    Balance,
    Inspection,
    PayTo,
    Scope,
    Stamp,
    Step,
    balance_due,
    inspections,
    next_steps,
    pay_to,
    scope,
    stamp,
)
from pipeline.report.formatting import (
    DASH,
    clean_line,
    difference,
    field_label,
    field_title,
    field_value,
    item_label,
    location,
    place,
    shown_value,
)
from pipeline.report.ordering import field_rank, finding_key, open_findings  # noqa: F401 - used by templates' callers
from pipeline.report.supplier import SupplierPanel, supplier_panel

VERDICT_MEANING = {
    "HOLD": "Do not release the balance payment until the findings below are resolved.",
    "REVIEW": "Review the findings below before releasing the balance payment.",
    "RELEASE": "Nothing on record stands against releasing the balance payment.",
}
_ROLE_ORDER = {
    r: i
    for i, r in enumerate(
        ("spec", "sample", "quote", "pi", "change", "chat", "inspection", "other")
    )
}


def finding_anchor(f: Finding) -> str:
    return "tl-" + _slug(f.field, f.item)


# Anything but a letter, a digit (str.isalnum, Unicode included: \w is exactly that or "_"),
# "-", "_" or "." becomes "-" in an anchor.
_NOT_IN_SLUG = re.compile(r"[^\w.-]")


def _slug(name: str, item: str | None) -> str:
    raw = f"{name}--{item}" if item else name
    return _NOT_IN_SLUG.sub("-", raw)


@dataclass(frozen=True)
class SeverityGroup:
    """The cards of one severity: each change of bank details as one event, then the findings."""

    severity: str
    events: tuple[BankEvent, ...]
    findings: tuple[Finding, ...]

    @property
    def size(self) -> int:
        return len(self.events) + len(self.findings)


@dataclass(frozen=True)
class TopItem:
    """One line of the short lists (mail body, terminal): a finding, or a bank change event."""

    severity: str
    title: str  # 'Material · LB-1200', 'Bank details changed'
    change: str  # 'SS304 -> SS201', 'Bank account: 358176543210 -> 848123456838; ...'
    note: str  # what it means, in a sentence or two
    where: str  # where the new value was seen


@dataclass(frozen=True)
class FieldHistory:
    """One field (of one item) across the order's documents, oldest first."""

    field: str
    item: str | None
    anchor: str
    steps: tuple[TimelineStep, ...]
    flagged: bool  # an open finding concerns this field


@dataclass(frozen=True)
class TermRow:
    """One extracted term as the appendix shows it. The texts are made once here: report.html
    and report.md both show every term (some 400 on a large order)."""

    field: str
    label: str  # 'Unit price'
    item: str  # 'whole order' for a term of no line item
    value: str  # the normalised value as a person reads it
    raw: str  # the text it was read from
    place: str  # 'p. 1, line 22'
    rule: str
    confidence: float
    problems: tuple[str, ...]


@dataclass(frozen=True)
class DocumentTerms:
    document: Document
    date: str | None
    version: str | None
    terms: tuple[TermRow, ...]


@dataclass(frozen=True)
class ReportView:
    """Everything report.html, report.md and report.txt show, in the order they show it."""

    audit: Audit
    counts: dict[str, int]
    open_count: int
    meaning: str
    reasons: tuple[str, ...]  # the audit's reasons, each change of bank details said once
    stamp: Stamp
    steps: tuple[Step, ...]
    balance: Balance
    pay_to: PayTo
    inspections: tuple[Inspection, ...]
    scope: Scope
    groups: tuple[SeverityGroup, ...]
    matches: tuple[Finding, ...]
    histories: tuple[FieldHistory, ...]
    bank: BankPanel
    documents: tuple[Document, ...]
    document_status: dict[str, int]
    appendix: tuple[DocumentTerms, ...]
    total: tuple[str, str | None] | None
    supplier: str
    supplier_identity: SupplierPanel  # the Supplier section (issue 15)
    severities: tuple[str, ...] = SEVERITIES


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


def _appendix(audit: Audit) -> tuple[DocumentTerms, ...]:
    out = []
    for e in audit.extractions:
        terms = sorted(
            e.terms, key=lambda t: (field_rank(t.field), t.item or "", t.evidence.location())
        )
        rows = tuple(_term_row(t) for t in terms)
        out.append(DocumentTerms(e.document, e.date, e.version, rows))
    out.sort(key=lambda d: (_ROLE_ORDER.get(d.document.role, 9), d.document.path))
    return tuple(out)


def _term_row(t: Term) -> TermRow:
    return TermRow(
        field=t.field,
        label=field_label(t.field),
        item=item_label(t.item),
        value=field_value(t.field, t.value),
        raw=t.raw,
        place=place(t.evidence),
        rule=t.rule,
        confidence=t.confidence,
        problems=t.problems,
    )


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
    bank = bank_panel(audit)
    groups = tuple(
        SeverityGroup(
            sev,
            tuple(e for e in bank.events if e.severity == sev),
            tuple(f for f in opened if f.severity == sev and not f.field.startswith("bank.")),
        )
        for sev in SEVERITIES
    )
    matches = tuple(sorted((f for f in audit.findings if f.status == "match"), key=finding_key))
    flagged = {(f.field, f.item) for f in opened if f.severity != "info"}
    status_counts = {
        s: sum(1 for d in audit.documents if d.status == s and not d.meta.get("skipped"))
        for s in ("read", "partial", "unreadable")
    }
    total = order_total(audit)
    balance = balance_due(audit, total)
    payment = pay_to(audit, bank)
    return ReportView(
        audit=audit,
        counts=audit.counts(),
        open_count=len(opened),
        meaning=VERDICT_MEANING.get(audit.verdict, ""),
        reasons=merge_reasons(audit.reasons, bank.events),
        stamp=stamp(audit),
        steps=next_steps(audit, bank, balance, payment, opened),
        balance=balance,
        pay_to=payment,
        inspections=inspections(audit),
        scope=scope(audit),
        groups=tuple(g for g in groups if g.size),
        matches=matches,
        histories=_histories(audit, flagged),
        bank=bank,
        documents=_documents(audit.documents),
        document_status=status_counts,
        appendix=_appendix(audit),
        total=total,
        supplier=clean_line(audit.supplier or ""),
        supplier_identity=supplier_panel(audit),
    )


def top_items(audit: Audit, limit: int = 5, view: ReportView | None = None) -> list[TopItem]:
    """What a reader must see first (mail body, terminal summary): worst first, info left out;
    a change of bank details is one item however many fields it touched."""
    view = view or build_view(audit)
    items: list[TopItem] = []
    for group in view.groups:
        if group.severity == "info":
            continue
        for event in group.events:
            change = "; ".join(f"{p.label}: {p.before or DASH} -> {p.after}" for p in event.parts)
            items.append(
                TopItem(
                    event.severity,
                    event.title,
                    change or DASH,
                    " ".join((*event.warnings, event.callback)),
                    event.source,
                )
            )
        for f in group.findings:
            items.append(
                TopItem(
                    f.severity,
                    field_title(f.field, f.item),
                    change_text(f),
                    clean_line(f.message),
                    location(f.observed.evidence)
                    if f.observed is not None and f.observed.evidence is not None
                    else "not stated on the latest document",
                )
            )
    return items[:limit] if limit else items


def change_text(f: Finding) -> str:
    """'30 % -> 50 % (+20 points)', 'SS304 -> SS201', '30-35 days after deposit -> not stated'."""
    before = shown_value(f.baseline, f.field) if f.baseline is not None else DASH
    after = shown_value(f.observed, f.field) if f.observed is not None else "not stated"
    moved = (
        difference(f.field, f.baseline.value, f.observed.value)
        if f.baseline is not None and f.observed is not None
        else ""
    )
    return f"{before} -> {after}" + (f" ({moved})" if moved else "")


def counts_phrase(
    counts: dict[str, int], severities: Sequence[str] = ("critical", "high", "medium", "low")
) -> str:
    """'1 critical, 2 high' (zero counts left out), or 'no open findings'."""
    parts = [f"{counts.get(s, 0)} {s}" for s in severities if counts.get(s, 0)]
    return ", ".join(parts) if parts else "no open findings"

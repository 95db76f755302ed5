"""The bank details as the reports show them: every source in date order against a reference
account, and each change of bank details as ONE event (issue 11, report side).

findings.json keeps one finding per changed field (the contract wants that); a reader wants one
card per change: "on PI-2291-R1 the beneficiary, bank, account and SWIFT changed, announced in
chat the same morning; call back before paying". `bank_panel` makes both views from an Audit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.model import Audit, ChatAct, Evidence, Finding, Term, severity_rank
from pipeline.report.formatting import (
    clean_line,
    date_text,
    field_label,
    field_value,
    place,
    status_label,
)
from pipeline.report.ordering import open_findings

# The columns every bank table shows, in this order; another bank.* field that a document gives
# (a future one included) gets a column after these, labelled by field_label.
BANK_COLUMNS = ("bank.beneficiary", "bank.name", "bank.account", "bank.swift")
OPTIONAL_COLUMNS = ("bank.intermediary",)
# Undated documents are placed by role: the buyer's spec and sample first, then quote, PI, ...
ROLE_SEQUENCE = ("spec", "sample", "quote", "pi", "change", "other", "inspection", "chat")


def _role_rank(role: str) -> int:
    return ROLE_SEQUENCE.index(role) if role in ROLE_SEQUENCE else len(ROLE_SEQUENCE)


def _key(text: str) -> str:
    """A value as compared across documents: letters and digits, upper case."""
    return re.sub(r"[^0-9A-Z\u4e00-\u9fff]", "", text.upper())


@dataclass(frozen=True)
class BankRow:
    """The bank details one document (or one chat message) gives."""

    document: str
    role: str
    when: str | None  # the document's date, or the chat message's timestamp (ISO)
    sender: str | None  # chat messages
    values: dict[str, str]  # field -> value as shown ("" when not given)
    evidence: dict[str, Evidence]  # field -> where it was read
    problems: tuple[str, ...] = ()
    differs: dict[str, bool] = field(default_factory=dict)  # field -> differs from the reference
    reference: bool = False

    @property
    def is_chat(self) -> bool:
        return self.sender is not None or self.role == "chat"

    @property
    def source(self) -> str:
        """'pi/PI-2291.pdf' or 'chat/wa.txt, 2026-03-09 07:55, Lily'."""
        if self.is_chat and self.when:
            return f"{self.document}, {date_text(self.when)}, {clean_line(self.sender or '?')}"
        return self.document

    @property
    def changed(self) -> bool:
        return any(self.differs.values())


@dataclass(frozen=True)
class BankPart:
    """One changed part of the bank details in an event: reference value -> new value."""

    field: str
    label: str
    before: str | None
    after: str
    evidence: Evidence | None


@dataclass(frozen=True)
class BankEvent:
    """One change (or one warning) of bank details: all its findings, shown as one card."""

    severity: str
    title: str
    source: str  # where the new details are, in words
    parts: tuple[BankPart, ...]
    warnings: tuple[str, ...]
    quotes: tuple[Evidence, ...]  # chat messages that announced it, quoted
    findings: tuple[Finding, ...]
    callback: str
    status: str  # the findings' worst status: undocumented_change, chat_only, documented_change
    when: str = ""  # when the new details first appeared (document date or message time)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.field for f in self.findings))


@dataclass(frozen=True)
class BankPanel:
    columns: tuple[tuple[str, str], ...]  # (field, label)
    rows: tuple[BankRow, ...]
    reference: BankRow | None
    events: tuple[BankEvent, ...]
    announcements: tuple[ChatAct, ...]
    changed: bool
    undated: bool  # some document had no date and was placed by its role

    @property
    def empty(self) -> bool:
        return not self.rows and not self.events and not self.announcements


def _document_dates(audit: Audit) -> dict[str, str]:
    dates = {e.document.path: e.date for e in audit.extractions if e.date}
    for step in audit.timeline:
        if step.date and not step.evidence.is_chat:
            dates.setdefault(step.document, step.date)
    return dates


def _rows(audit: Audit) -> list[BankRow]:
    dates = _document_dates(audit)
    grouped: dict[tuple[str, str | None], list[Term]] = {}
    roles: dict[str, str] = {}
    for extraction in audit.extractions:
        roles[extraction.document.path] = extraction.document.role
        for term in extraction.terms:
            if term.field.startswith("bank."):
                stamp = term.evidence.timestamp if term.evidence.is_chat else None
                grouped.setdefault((extraction.document.path, stamp), []).append(term)
    rows = []
    for (document, stamp), terms in grouped.items():
        values: dict[str, str] = {}
        evidence: dict[str, Evidence] = {}
        for term in terms:
            text = clean_line(field_value(term.field, term.value))
            if term.field in values and text not in values[term.field].split(" / "):
                values[term.field] = f"{values[term.field]} / {text}"
            else:
                values.setdefault(term.field, text)
            evidence.setdefault(term.field, term.evidence)
        rows.append(
            BankRow(
                document=document,
                role=roles.get(document, "other"),
                when=stamp or dates.get(document),
                sender=terms[0].evidence.sender if stamp else None,
                values=values,
                evidence=evidence,
                problems=tuple(dict.fromkeys(p for t in terms for p in t.problems)),
            )
        )
    return _in_date_order(rows)


def _in_date_order(rows: list[BankRow]) -> list[BankRow]:
    """Dated rows by date (chat messages by timestamp); an undated document goes before the first
    dated row of a later role (an undated quote before a dated PI), else last."""
    dated = sorted((r for r in rows if r.when), key=lambda r: (r.when or "", r.document))
    undated = sorted(
        (r for r in rows if not r.when), key=lambda r: (_role_rank(r.role), r.document)
    )
    out = list(dated)
    for row in undated:
        at = next(
            (i for i, r in enumerate(out) if r.when and _role_rank(r.role) > _role_rank(row.role)),
            len(out),
        )
        out.insert(at, row)
    return out


def _columns(rows: Iterable[BankRow]) -> tuple[tuple[str, str], ...]:
    given = {name for r in rows for name in r.values}
    extra = sorted(given - set(BANK_COLUMNS) - set(OPTIONAL_COLUMNS))
    names = [*BANK_COLUMNS, *(c for c in OPTIONAL_COLUMNS if c in given), *extra]
    return tuple((name, field_label(name)) for name in names)


def _with_reference(rows: list[BankRow]) -> tuple[list[BankRow], BankRow | None]:
    """Mark the reference (the first document, not a chat message, that gives bank details) and,
    on every other row, the values that differ from it (or from the first row giving the field)."""
    reference = next((r for r in rows if not r.is_chat), None)
    first: dict[str, str] = dict(reference.values) if reference else {}
    out = []
    for row in rows:
        differs = {}
        for name, value in row.values.items():
            first.setdefault(name, value)
            differs[name] = row is not reference and _key(value) != _key(first[name])
        out.append(replace(row, differs=differs, reference=row is reference))
    marked = next((r for r in out if r.reference), None)
    return out, marked


def _event_key(f: Finding) -> tuple[str, str | None]:
    evidence = f.observed.evidence if f.observed else None
    if evidence is None:
        return (f"rule:{f.rule}", f.field)
    return (evidence.document, evidence.timestamp)


def _row_for(rows: list[BankRow], key: tuple[str, str | None]) -> BankRow | None:
    return next((r for r in rows if (r.document, r.when if r.is_chat else None) == key), None)


def _new_keys(row: BankRow | None) -> set[str]:
    """The values a row gives that differ from the reference, compared loosely."""
    if row is None:
        return set()
    return {_key(v) for name, v in row.values.items() if row.differs.get(name) and _key(v)}


def _swift_country(value: Any) -> str:
    code = _key(str(value))
    return code[4:6] if len(code) >= 6 else "?"


# Rules whose finding says more than "this part changed" (shown even when the part is listed).
_WARNING_RULES = frozenset(
    {
        "bank.beneficiary_not_supplier",
        "bank.country",
        "bank.announced_in_chat",
        "bank.invalid",
        "bank.personal_account",
    }
)


def _warning(f: Finding) -> str | None:
    """A finding that is not a plain 'changed from X to Y', in plain words (no rule ids)."""
    observed = clean_line(f.observed.display or f.observed.value) if f.observed else ""
    baseline = clean_line(f.baseline.display or f.baseline.value) if f.baseline else ""
    if f.rule == "bank.changed":
        return None
    if f.rule == "bank.beneficiary_not_supplier":
        return f"The beneficiary {observed} is not the supplier ({baseline})."
    if f.rule == "bank.country":
        offshore = ", an offshore jurisdiction" if "offshore" in f.message else ""
        return (
            f"The bank (SWIFT {observed}) is in {_swift_country(observed)}{offshore}, "
            f"not in the supplier's country ({baseline})."
        )
    if f.rule == "bank.announced_in_chat" and f.observed and f.observed.evidence:
        ev = f.observed.evidence
        return f"Announced in chat by {clean_line(ev.sender or 'an unknown sender')} on {date_text(ev.timestamp)}."
    if f.rule == "bank.invalid":
        return f"{field_label(f.field)} {observed} is not valid: {'; '.join(f.explanation)}."
    if f.rule == "bank.personal_account":
        return f"This looks like a personal account: {'; '.join(f.explanation)}."
    # Any other rule: its message, without the call-back advice (the card gives that once).
    return (
        re.split(r":?\s*(?:do not pay to them until you )?verify by a call-back", f.message)[0]
        + "."
    )


def _worst(findings: list[Finding]) -> tuple[str, str]:
    severity = min((f.severity for f in findings), key=severity_rank)
    order = ("undocumented_change", "conflict", "missing", "chat_only", "documented_change")
    status = min((f.status for f in findings), key=lambda s: order.index(s) if s in order else 9)
    return severity, status


def callback_advice(audit: Audit, reference: BankRow | None, sources: list[str]) -> str:
    """The call-back, said once per event: whom to call, on which number, never which one."""
    supplier = clean_line(audit.supplier or "the supplier")
    phone = audit.meta.get("supplier_phone")
    if phone:
        number = f"on {clean_line(phone)} (the number on file in order.toml)"
    elif reference is not None:
        number = f"on the phone number printed on {reference.document} (an earlier document)"
    else:
        number = "on a number from an earlier, trusted document"
    never = " or ".join(dict.fromkeys(sources)) or "the message that announced the change"
    return (
        f"Call {supplier} {number}, never a number given in {never}, and ask them to confirm "
        "the account before any payment."
    )


def _events(audit: Audit, rows: list[BankRow], reference: BankRow | None) -> list[BankEvent]:
    groups: dict[tuple[str, str | None], list[Finding]] = {}
    for f in open_findings(audit):
        if f.field.startswith("bank."):
            groups.setdefault(_event_key(f), []).append(f)
    # A chat message announcing the same new details as a document is the same change.
    merged: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {k: [k] for k in groups}
    for key in list(groups):
        if key[1] is None or key not in merged:
            continue
        new = _new_keys(_row_for(rows, key))
        home = next(
            (k for k in merged if k != key and k[1] is None and new & _new_keys(_row_for(rows, k))),
            None,
        )
        if home is not None:
            merged[home] += merged.pop(key)
    events = []
    for key, keys in merged.items():
        findings = [f for k in keys for f in groups[k]]
        events.append(_event(audit, key, keys, findings, rows, reference))
    events.sort(key=lambda e: (severity_rank(e.severity), e.when, e.source))  # type: ignore[arg-type]
    return events


def _event(
    audit: Audit,
    key: tuple[str, str | None],
    keys: list[tuple[str, str | None]],
    findings: list[Finding],
    rows: list[BankRow],
    reference: BankRow | None,
) -> BankEvent:
    row = _row_for(rows, key)
    parts: dict[str, BankPart] = {}
    for f in findings:
        if f.rule == "bank.changed" and f.observed is not None:
            parts.setdefault(
                f.field,
                BankPart(
                    f.field,
                    field_label(f.field),
                    clean_line(f.baseline.display or f.baseline.value) if f.baseline else None,
                    clean_line(f.observed.display or f.observed.value),
                    f.observed.evidence,
                ),
            )
    for source in filter(None, (_row_for(rows, k) for k in keys)):
        for name, value in source.values.items():
            if source.differs.get(name) and name not in parts:
                before = reference.values.get(name) if reference else None
                parts[name] = BankPart(
                    name, field_label(name), before, value, source.evidence.get(name)
                )
    order = {name: i for i, (name, _) in enumerate(_columns(rows))}
    quotes = tuple(
        dict.fromkeys(
            f.observed.evidence
            for f in findings
            if f.observed and f.observed.evidence and f.observed.evidence.is_chat
        )
    )
    where = [row.source] if row is not None and not row.is_chat else []
    where += [f"{q.document}, {place(q)}" for q in quotes]
    if not where:
        where = [
            clean_line(e.document) for f in findings if f.observed and (e := f.observed.evidence)
        ]
    severity, status = _worst(findings)
    if parts and (row is None or not row.is_chat or not quotes):
        title = "Bank details changed"
    elif quotes:
        title = "New bank details announced in chat"
    else:
        title = "Bank details to check"
    if status != "undocumented_change":
        title += f" ({status_label(status)})"
    sources = [k[0] for k in keys if not k[0].startswith("rule:")]
    return BankEvent(
        severity=severity,
        title=title,
        source="; ".join(dict.fromkeys(where)) or "the order's documents",
        parts=tuple(sorted(parts.values(), key=lambda p: order.get(p.field, 99))),
        warnings=tuple(
            dict.fromkeys(
                w
                for f in findings
                if (w := _warning(f)) and not (f.field in parts and f.rule not in _WARNING_RULES)
            )
        ),
        quotes=quotes,
        findings=tuple(findings),
        callback=callback_advice(audit, reference, sources),
        status=status,
        when=min(
            (r.when for k in keys if (r := _row_for(rows, k)) is not None and r.when),
            default="",
        ),
    )


def bank_panel(audit: Audit) -> BankPanel:
    """Rows in date order against the reference, and the change events of the open findings."""
    rows, reference = _with_reference(_rows(audit))
    events = _events(audit, rows, reference)
    acts = tuple(a for e in audit.extractions for a in e.acts if a.kind == "bank_announcement")
    return BankPanel(
        columns=_columns(rows),
        rows=tuple(rows),
        reference=reference,
        events=tuple(events),
        announcements=acts,
        changed=any(r.changed for r in rows) or bool(events),
        undated=any(not r.when for r in rows),
    )


def reference_text(row: BankRow | None, columns: Mapping[str, str] | None = None) -> str:
    """'NINGBO BRIGHTWAY ... · BANK OF CHINA NINGBO BRANCH · account 358176543210 · SWIFT ...'"""
    if row is None:
        return ""
    names = columns or {name: field_label(name) for name in row.values}
    return " · ".join(
        f"{label}: {row.values[name]}" for name, label in names.items() if row.values.get(name)
    )


def event_reason(event: BankEvent) -> str:
    """One banner reason for a whole event: 'Critical: Bank details changed (Beneficiary, ...)'."""
    parts = ", ".join(p.label for p in event.parts)
    what = f"{event.title} ({parts})" if parts else event.title
    return (
        f"{event.severity.capitalize()}: {what} in {event.source}: call the supplier back on a "
        "known number before any payment."
    )


def merge_reasons(reasons: Iterable[str], events: Iterable[BankEvent]) -> tuple[str, ...]:
    """The audit's reasons with the bank findings of one event said once, where the first was."""
    owner = {f.message.rstrip(". "): event for event in events for f in event.findings}
    out: list[str] = []
    said: set[int] = set()
    for reason in reasons:
        body = re.sub(r"^[A-Z][a-z]+: ", "", reason).rstrip(". ")
        event = owner.get(body)
        if event is None:
            out.append(reason)
        elif id(event) not in said:
            said.add(id(event))
            out.append(event_reason(event))
    return tuple(out)

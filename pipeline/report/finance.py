"""What finance needs to act on a review (issue 12, point 4): when and by what it was made, what
to do next and who does it, the balance due and the account it may go to, the inspection, and
the scope of the audit (which documents were read).

Every choice is made here, in Python; the templates only present these values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from pipeline import __version__
from pipeline.generated import GENERATOR
from pipeline.model import Audit, Document, Evidence, Finding
from pipeline.report.bank import BankPanel, reference_text
from pipeline.report.formatting import (
    DASH,
    clean_line,
    field_title,
    field_value,
    money,
    percent,
    shown_value,
    trigger_text,
)
from pipeline.report.loader import evidence_from_json

NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class Stamp:
    """When the audit ran (ISO 8601 with the time zone) and which order-audit made it."""

    audited_at: str
    version: str

    @property
    def text(self) -> str:
        return f"audited {self.audited_at} by order-audit {self.version}"


def stamp(audit: Audit) -> Stamp:
    when = clean_line(audit.meta.get("audited_at") or NOT_RECORDED)
    made_by = str(audit.meta.get("generator") or "")
    version = made_by.removeprefix(GENERATOR).strip() or __version__
    return Stamp(when, clean_line(version))


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


@dataclass(frozen=True)
class Balance:
    """The balance due: an amount when the total and the payment split are known."""

    amount: str | None  # 'USD 14,525.00', None when it cannot be worked out
    basis: str  # how it was worked out, or why not
    note: str = ""  # e.g. the PI's split differs from the approved one

    @property
    def text(self) -> str:
        return self.amount or "not stated"


def _terms(audit: Audit, document: str | None, name: str) -> list[Any]:
    return [
        t.value
        for e in audit.extractions
        if document is None or e.document.path == document
        for t in e.terms
        if t.field == name and t.item is None and isinstance(t.value, Mapping)
    ]


def _latest_pi(audit: Audit) -> str | None:
    latest = audit.meta.get("latest_pi")
    if isinstance(latest, str) and latest:
        return latest
    pis = [e for e in audit.extractions if e.document.role == "pi"]
    pis.sort(key=lambda e: (e.date or "", e.document.path))
    return pis[-1].document.path if pis else None


def balance_due(audit: Audit, total: tuple[str, str | None] | None) -> Balance:
    """The latest PI's total times its balance share (or 100 % minus its deposit)."""
    pi = _latest_pi(audit)
    if total is None:
        return Balance(None, "the order's total value is not stated on the PI")
    amount, currency = _decimal(total[0]), total[1]
    balance = next(iter(_terms(audit, pi, "payment.balance")), None)
    deposit = next(iter(_terms(audit, pi, "payment.deposit")), None)
    share: Decimal | None = None
    trigger = ""
    if balance is not None and _decimal(balance.get("percent")) is not None:
        share = _decimal(balance["percent"])
        trigger = trigger_text(balance.get("trigger"))
        if trigger == trigger_text("unknown"):
            trigger = ""
    elif deposit is not None and _decimal(deposit.get("percent")) is not None:
        share = Decimal(100) - (_decimal(deposit["percent"]) or Decimal(0))
    if amount is None or share is None:
        said = f"{pi} does not state" if pi else "no PI on record states"
        return Balance(None, f"{said} the payment split, so the balance cannot be worked out")
    source = pi or "the PI"
    due = (amount * share / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    basis = f"{percent(share)} of {money(total[0], currency)} ({source})"
    if trigger:
        basis += f", due {trigger}"
    return Balance(money(due, currency), basis, _split_note(audit, amount, currency))


def _split_note(audit: Audit, total: Decimal, currency: str | None) -> str:
    """When the PI's split is itself a finding, what the balance would be on approved terms."""
    for f in audit.findings:
        if f.status == "match" or f.field not in ("payment.balance", "payment.deposit"):
            continue
        before = f.baseline.value if f.baseline else None
        if not isinstance(before, Mapping) or _decimal(before.get("percent")) is None:
            continue
        share = _decimal(before["percent"]) or Decimal(0)
        if f.field == "payment.deposit":
            share = Decimal(100) - share
        due = (total * share / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return (
            f"The PI's payment split is not the approved one: on the approved terms the "
            f"balance is {percent(share)}, {money(due, currency)}."
        )
    return ""


@dataclass(frozen=True)
class PayTo:
    """The account the balance may go to, and on what condition."""

    account: str  # '' when no document gives bank details
    source: str
    condition: str


def pay_to(audit: Audit, bank: BankPanel) -> PayTo:
    ref = bank.reference
    columns = dict(bank.columns)
    if ref is None:
        return PayTo(
            "",
            "",
            "No document of the order gives bank details: ask for them on the PI and confirm "
            "them by a call-back before paying.",
        )
    when = f", {ref.when}" if ref.when else ""
    if bank.changed:
        condition = (
            "the first account on record; pay to it only after the call-back confirms it, and to "
            "no other account"
        )
    elif audit.verdict == "RELEASE":
        condition = "the account on record; no document or message changed it"
    else:
        condition = "the account on record; pay only once the points above are cleared"
    return PayTo(reference_text(ref, columns), f"{ref.document}{when}", condition)


@dataclass(frozen=True)
class Step:
    """One thing to do before paying, and who does it."""

    who: str
    what: str


def _changes_text(findings: Sequence[Finding]) -> str:
    parts = []
    for f in findings:
        if f.status == "missing":
            parts.append(
                f"{field_title(f.field, f.item)} (approved: {shown_value(f.baseline, f.field)})"
            )
        else:
            observed = shown_value(f.observed, f.field) if f.observed else "not stated"
            parts.append(
                f"{field_title(f.field, f.item)}: {observed} instead of {shown_value(f.baseline, f.field)}"
            )
    return "; ".join(parts)


def next_steps(
    audit: Audit,
    bank: BankPanel,
    balance: Balance,
    payment: PayTo,
    open_findings: Sequence[Finding],
) -> tuple[Step, ...]:
    """What to do next, in plain words, per verdict: the finance step first, then the rest."""
    supplier = clean_line(audit.supplier or "the supplier")
    pi = _latest_pi(audit) or "the PI"
    amount = f" of {balance.amount}" if balance.amount else ""
    others = [f for f in open_findings if not f.field.startswith("bank.")]
    serious = [
        f
        for f in others
        if f.severity in ("critical", "high")
        and f.status not in ("missing", "chat_only")
        and f.field != "inspection"
    ]
    missing = [f for f in others if f.status == "missing" and f.severity != "info"]
    chat_only = [f for f in others if f.status == "chat_only"]
    medium = [
        f for f in others if f.severity == "medium" and f.status not in ("missing", "chat_only")
    ]
    inspection = [f for f in others if f.field == "inspection" and f.status != "missing"]
    unread = [d for d in audit.documents if d.status in ("partial", "unreadable")]
    unmet = [c for c in audit.checklist if not c.met]

    steps: list[Step] = []
    if audit.verdict == "HOLD":
        steps.append(Step("Finance", f"Do not pay the balance{amount} yet."))
    elif audit.verdict == "REVIEW":
        steps.append(
            Step(
                "Finance",
                f"Wait with the balance{amount} until the buyer has cleared the points below.",
            )
        )
    else:
        to = f" to {payment.account}" if payment.account else ""
        steps.append(
            Step(
                "Finance",
                f"The balance{amount} may be paid{to}. Nothing on record stands against paying; "
                "if anyone asks you to use another account, call the supplier back first.",
            )
        )
    for event in bank.events:
        steps.append(
            Step("Finance", f"{event.title}: pay nothing to the new account. {event.callback}")
        )
    if serious:
        steps.append(
            Step(
                "Buyer",
                f"Ask {supplier} to correct {pi}, or agree the change in a change order you sign: "
                f"{_changes_text(serious)}.",
            )
        )
    if missing:
        steps.append(Step("Buyer", f"Ask {supplier} to state on {pi}: {_changes_text(missing)}."))
    steps += _inspection_steps(audit, supplier, inspection, unmet)
    for c in unmet:
        if c.name == "inspection":
            continue  # said by _inspection_steps
        steps.append(
            Step(
                _CONDITION_OWNER.get(c.name, "Buyer"),
                f"Release condition not met: {clean_line(c.name)} = {clean_line(c.required)} ({clean_line(c.detail)}).",
            )
        )
    if chat_only:
        steps.append(
            Step(
                "Buyer",
                "Confirm in writing (a change order or a revised PI both sides sign) what was "
                f"agreed only in chat: {_changes_text(chat_only)}.",
            )
        )
    if medium:
        steps.append(
            Step(
                "Buyer",
                f"Check with {supplier} and accept in writing or have it restored: {_changes_text(medium)}.",
            )
        )
    if unread:
        names = ", ".join(d.path for d in unread[:4]) + (" ..." if len(unread) > 4 else "")
        steps.append(
            Step("Buyer", f"Get a readable copy of {names} and put it in the order folder.")
        )
    for role, what in _missing_roles(audit) if audit.verdict != "RELEASE" else ():
        steps.append(Step("Buyer", f"Add {what} to the order folder: the audit has no {role}."))
    if audit.verdict != "RELEASE":
        steps.append(Step("Buyer", "Then audit the order again; pay when the verdict is RELEASE."))
    return tuple(steps)


def _inspection_steps(
    audit: Audit, supplier: str, findings: Sequence[Finding], unmet: Sequence[Any]
) -> list[Step]:
    """Quality's step: a report that failed (a finding, or an unmet `inspection` condition whose
    latest report failed) asks for rework; no passed report on record asks for one."""
    condition = next((c for c in unmet if c.name == "inspection"), None)
    if not findings and condition is None:
        return []
    failed = [i.document for i in inspections(audit) if i.result == "failed"]
    failed += [f.observed.evidence.document for f in findings if f.observed and f.observed.evidence]
    if failed or findings:
        where = failed[-1] if failed else "the inspection report"
        return [
            Step(
                "Quality",
                f"The inspection ({where}) did not pass: ask {supplier} for rework and a new "
                "inspection; pay only after a passed report.",
            )
        ]
    detail = clean_line(condition.detail) if condition is not None else ""
    return [
        Step(
            "Quality",
            f"No passed inspection report on record ({detail}): have the goods inspected, or get "
            "a readable report, before paying.",
        )
    ]


# Who sees to an unmet [release] condition of order.toml.
_CONDITION_OWNER = {"inspection": "Quality", "bank_verified": "Finance", "documents": "Buyer"}


def _missing_roles(audit: Audit) -> list[tuple[str, str]]:
    roles = {d.role for d in audit.documents if not d.meta.get("skipped")}
    out = []
    if not roles & {"spec", "sample", "quote"}:
        out.append(("baseline", "the approved spec, sample record or quotation"))
    if "pi" not in roles:
        out.append(("proforma invoice", "the supplier's PI"))
    return out


@dataclass(frozen=True)
class Inspection:
    """One inspection report as far as the audit knows it."""

    document: str
    date: str | None
    result: str  # 'passed', 'failed', 'pending' or 'not stated'
    evidence: Evidence | None
    sampling: str  # 'AQL 2.5, level II' or 'not stated'
    required: str  # what the spec/PI requires, or ''
    details: tuple[
        tuple[str, str], ...
    ]  # further facts the extract stage gave (defect counts, ...)


_FACT_LABELS = {
    "defects": "Defects found",
    "sample_size": "Sample size",
    "lot_size": "Lot size",
    "accept": "Accepted up to",
    "reject": "Rejected from",
    "inspector": "Inspector",
    "inspection_date": "Inspection date",
}


def _fact_text(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_fact_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(_fact_text(v) for v in value)
    return clean_line(value)


def inspections(audit: Audit) -> tuple[Inspection, ...]:
    """Every inspection report: result (with its quote), sampling, the requirement, and any
    defect counts or limits the extract stage read (shown as given)."""

    required = ""
    for e in audit.extractions:
        if e.document.role in ("spec", "pi"):
            for t in e.terms:
                if t.field == "inspection":
                    required = f"{field_value('inspection', t.value)} ({e.document.path})"
    out = []
    for e in audit.extractions:
        if e.document.role != "inspection" or e.document.meta.get("skipped"):
            continue
        facts = dict(e.facts)
        terms = [
            t.value for t in e.terms if t.field == "inspection" and isinstance(t.value, Mapping)
        ]
        result = facts.get("inspection_result") or next(
            (v.get("result") for v in terms if v.get("result")), None
        )
        sampling = field_value("inspection", {**terms[0], "result": None}) if terms else DASH
        evidence = evidence_from_json(facts.get("inspection_result_evidence"))
        details = tuple(
            (_FACT_LABELS.get(k, k.replace("_", " ").capitalize()), _fact_text(v))
            for k, v in facts.items()
            if not k.startswith("inspection_result") and k != "items"
        )
        if e.document.status == "unreadable":
            result = "unreadable"
        out.append(
            Inspection(
                document=e.document.path,
                date=e.date,
                result=str(result) if result else "not stated",
                evidence=evidence,
                sampling=sampling if sampling != DASH else "not stated",
                required=required,
                details=details,
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class Scope:
    """Which documents the audit read, read in part, could not read, or left out as its own."""

    read: tuple[Document, ...]
    partial: tuple[Document, ...]
    unreadable: tuple[Document, ...]
    skipped: tuple[Document, ...]
    roles: tuple[tuple[str, int], ...]  # role -> documents read, in the contract's order

    @property
    def summary(self) -> str:
        parts = [f"{len(self.read)} read"]
        if self.partial:
            parts.append(f"{len(self.partial)} read in part")
        if self.unreadable:
            parts.append(f"{len(self.unreadable)} unreadable")
        if self.skipped:
            parts.append(f"{len(self.skipped)} written by order-audit, not read")
        return ", ".join(parts)


_ROLE_NAMES = (
    ("spec", "spec"),
    ("sample", "sample record"),
    ("quote", "quotation"),
    ("pi", "PI"),
    ("change", "change order"),
    ("chat", "chat / e-mail"),
    ("inspection", "inspection report"),
    ("other", "other"),
)


def scope(audit: Audit) -> Scope:
    skipped = tuple(d for d in audit.documents if d.meta.get("skipped"))
    docs = [d for d in audit.documents if not d.meta.get("skipped")]
    counts = {
        role: sum(1 for d in docs if d.role == role and d.status != "unreadable")
        for role, _ in _ROLE_NAMES
    }
    return Scope(
        read=tuple(d for d in docs if d.status == "read"),
        partial=tuple(d for d in docs if d.status == "partial"),
        unreadable=tuple(d for d in docs if d.status == "unreadable"),
        skipped=skipped,
        roles=tuple((name, counts[role]) for role, name in _ROLE_NAMES),
    )

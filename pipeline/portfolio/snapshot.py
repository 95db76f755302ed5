"""One order as the portfolio sees it: verdict, open findings (with stable ids), key terms of the
latest PI and the supplier's identity, read from the order's findings.json."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from pipeline.errors import AuditError
from pipeline.report.loader import parse_findings

FINDINGS_FILE = "findings.json"
# Findings a digest speaks of: open ones a person must act on (a documented change is info).
TRACKED_SEVERITIES = ("critical", "high", "medium", "low")
# The terms of the latest PI kept per run (the supplier signals compare them across orders).
KEY_FIELDS = (
    "price.unit",
    "lead_time",
    "bank.account",
    "bank.swift",
    "bank.beneficiary",
    "bank.name",
    "currency",
    "incoterm",
    "payment.deposit",
    "payment.balance",
)


class ResultLike(Protocol):
    """What the portfolio needs of a batch row (pipeline.batch.OrderResult has it)."""

    @property
    def name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def order_dir(self) -> str: ...
    @property
    def order_id(self) -> str | None: ...
    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True)
class FindingRecord:
    """One open finding: its stable id (what a later run compares) and its one-line message."""

    id: str
    field: str
    item: str | None
    status: str
    severity: str
    message: str


@dataclass(frozen=True)
class Identity:
    """Who the supplier is: the legal name, the USCC when vetted, the company's mail domains."""

    name: str | None = None
    uscc: str | None = None
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrderSnapshot:
    """One order at one run. `status` is done, skipped (unchanged) or failed (no findings)."""

    name: str  # the OUT sub-folder name: the order's key in the history
    order_id: str
    status: str
    verdict: str  # HOLD, REVIEW, RELEASE or FAILED
    error: str | None = None
    findings: tuple[FindingRecord, ...] = ()
    terms: Mapping[str, Any] = field(default_factory=dict)  # field -> value, or {item: value}
    identity: Identity = Identity()
    order_date: str | None = None  # the latest PI's date, else the audit's (ISO)
    chat_only: tuple[str, ...] = ()  # fields changed in a chat only
    failed_inspection: bool = False

    @property
    def finding_ids(self) -> frozenset[str]:
        return frozenset(f.id for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "order_id": self.order_id,
            "status": self.status,
            "verdict": self.verdict,
            "error": self.error,
            "findings": [vars(f) for f in self.findings],
            "terms": dict(self.terms),
            "identity": {
                "name": self.identity.name,
                "uscc": self.identity.uscc,
                "domains": list(self.identity.domains),
            },
            "order_date": self.order_date,
            "chat_only": list(self.chat_only),
            "failed_inspection": self.failed_inspection,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OrderSnapshot:
        ident = data.get("identity") or {}
        return cls(
            name=data["name"],
            order_id=data["order_id"],
            status=data["status"],
            verdict=data["verdict"],
            error=data.get("error"),
            findings=tuple(FindingRecord(**f) for f in data.get("findings", ())),
            terms=dict(data.get("terms") or {}),
            identity=Identity(
                ident.get("name"), ident.get("uscc"), tuple(ident.get("domains") or ())
            ),
            order_date=data.get("order_date"),
            chat_only=tuple(data.get("chat_only") or ()),
            failed_inspection=bool(data.get("failed_inspection")),
        )


def finding_id(finding: Mapping[str, Any]) -> str:
    """A finding's identity across runs: rule, field, item, status and both values. The same
    difference read again is the same id; a new value is a new finding (the old one resolved)."""

    def value(side: str) -> Any:
        part = finding.get(side)
        return part.get("value") if isinstance(part, Mapping) else None

    key = [
        finding.get("rule"),
        finding.get("field"),
        finding.get("item"),
        finding.get("status"),
        value("baseline"),
        value("observed"),
    ]
    text = json.dumps(key, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _open_findings(data: Mapping[str, Any]) -> tuple[FindingRecord, ...]:
    out = {}
    for f in data.get("findings") or ():
        if f.get("status") == "match" or f.get("severity") not in TRACKED_SEVERITIES:
            continue
        record = FindingRecord(
            id=finding_id(f),
            field=str(f.get("field")),
            item=f.get("item"),
            status=str(f.get("status")),
            severity=str(f.get("severity")),
            message=" ".join(str(f.get("message") or "").split()),
        )
        out[record.id] = record
    return tuple(sorted(out.values(), key=lambda r: (TRACKED_SEVERITIES.index(r.severity), r.id)))


def _key_terms(data: Mapping[str, Any]) -> dict[str, Any]:
    """The latest PI's key terms: order-level fields as field -> value, item fields (unit price)
    as field -> {item: value}."""
    latest = (data.get("meta") or {}).get("latest_pi")
    out: dict[str, Any] = {}
    if not latest:
        return out
    for term in data.get("terms") or ():
        if (term.get("evidence") or {}).get("document") != latest:
            continue
        name = term.get("field")
        if name not in KEY_FIELDS:
            continue
        if term.get("item") is not None:
            out.setdefault(name, {}).setdefault(str(term["item"]), term.get("value"))
        elif name == "price.unit":
            out.setdefault(name, {}).setdefault("", term.get("value"))
        else:
            out.setdefault(name, term.get("value"))
    return out


_SOURCE = re.compile(r"\s*\(.*\)\s*$")


def _identity(data: Mapping[str, Any]) -> Identity:
    known = ((data.get("meta") or {}).get("supplier_identity") or {}).get("reference") or {}
    usccs = [_SOURCE.sub("", str(u)) for u in known.get("uscc") or known.get("usccs") or ()]
    if isinstance(known.get("uscc"), str):
        usccs = [_SOURCE.sub("", known["uscc"])]
    domains = {_SOURCE.sub("", str(d)).lower() for d in known.get("domains") or ()}
    return Identity(
        name=data.get("supplier") or None,
        uscc=usccs[0].strip().upper() if usccs and usccs[0].strip() else None,
        domains=tuple(sorted(d for d in domains if d)),
    )


def _failed_inspection(data: Mapping[str, Any]) -> bool:
    values = [t.get("value") for t in data.get("terms") or () if t.get("field") == "inspection"]
    values += [
        (f.get("observed") or {}).get("value")
        for f in data.get("findings") or ()
        if f.get("field") == "inspection" and f.get("status") != "match"
    ]
    return any(isinstance(v, Mapping) and v.get("result") == "failed" for v in values) or any(
        v == "failed" for v in values
    )


def _order_date(data: Mapping[str, Any]) -> str | None:
    meta = data.get("meta") or {}
    latest = meta.get("latest_pi")
    when = (meta.get("document_dates") or {}).get(latest) if latest else None
    return str(when or meta.get("audited_at") or "")[:10] or None


def snapshot_from_findings(
    name: str, data: Mapping[str, Any], status: str = "done"
) -> OrderSnapshot:
    """The snapshot of an audited (or skipped, unchanged) order from its findings.json data."""
    findings = _open_findings(data)
    return OrderSnapshot(
        name=name,
        order_id=str(data.get("order_id") or name),
        status=status,
        verdict=str(data.get("verdict") or "REVIEW"),
        findings=findings,
        terms=_key_terms(data),
        identity=_identity(data),
        order_date=_order_date(data),
        chat_only=tuple(sorted({f.field for f in findings if f.status == "chat_only"})),
        failed_inspection=_failed_inspection(data),
    )


def failed_snapshot(name: str, order_id: str | None, error: str | None) -> OrderSnapshot:
    return OrderSnapshot(
        name=name, order_id=order_id or name, status="failed", verdict="FAILED", error=error
    )


def read_findings(path: Path) -> dict[str, Any]:
    """findings.json as a dict, or one sentence naming the file."""
    try:
        data = parse_findings(path.read_bytes())
    except OSError as exc:
        raise AuditError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    except ValueError as exc:
        raise AuditError(f"{path}: is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict):
        raise AuditError(f"{path}: is not a findings.json (a JSON object was expected).")
    return data


def snapshot_of(row: ResultLike, out_dir: Path) -> OrderSnapshot:
    """The snapshot of one batch row: a failed order is recorded as failed; an audited or
    skipped one is read from OUT/<name>/findings.json (a file that cannot be read makes the
    order failed, with the sentence naming it)."""
    if row.status == "failed":
        return failed_snapshot(row.name, row.order_id, row.error)
    path = Path(out_dir) / row.name / FINDINGS_FILE
    try:
        stat = path.stat()
    except OSError:
        stat = None
    # A batch run asks twice per order (the Suppliers page, then the history): the snapshot of a
    # findings.json is kept while the file is unchanged.
    key = (str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size, row.status) if stat else None
    if key is not None and key in _SNAPSHOTS:
        return _SNAPSHOTS[key]
    try:
        data = read_findings(path)
    except AuditError as exc:
        return failed_snapshot(row.name, row.order_id, str(exc))
    snapshot = snapshot_from_findings(row.name, data, row.status)
    if key is not None:
        if len(_SNAPSHOTS) >= 4096:
            _SNAPSHOTS.clear()
        _SNAPSHOTS[key] = snapshot
    return snapshot


_SNAPSHOTS: dict[tuple[str, int, int, int, str], OrderSnapshot] = {}


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None

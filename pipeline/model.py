"""The shared data model: what flows from one stage to the next.

ingest: file -> Document (of Blocks); extract: Document -> Extraction (Terms, ChatActs);
compare: Extractions -> Audit (Findings, verdict); report: Audit -> files and mail.
Every class is a small frozen dataclass; `to_json` gives the contract's JSON shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# A normalised value: JSON-ready (str, int, bool, list or dict of those). Amounts are decimal
# strings, never floats (contract section 6).
Value = Any

Role = Literal["spec", "sample", "quote", "pi", "change", "chat", "inspection", "other"]
ROLES: tuple[Role, ...] = ("spec", "sample", "quote", "pi", "change", "chat", "inspection", "other")

DocStatus = Literal["read", "partial", "unreadable"]
BlockKind = Literal["line", "cell", "paragraph", "message"]

Status = Literal[
    "match", "documented_change", "chat_only", "undocumented_change", "conflict", "missing"
]
STATUSES: tuple[Status, ...] = (
    "match",
    "documented_change",
    "chat_only",
    "undocumented_change",
    "conflict",
    "missing",
)

Severity = Literal["critical", "high", "medium", "low", "info"]
SEVERITIES: tuple[Severity, ...] = ("critical", "high", "medium", "low", "info")  # worst first

Verdict = Literal["HOLD", "REVIEW", "RELEASE"]

Party = Literal["buyer", "supplier", "unknown"]
ActKind = Literal["proposal", "approval", "rejection", "bank_announcement"]

# The contract's fields (section 2). Extensions start with "x.".
FIELDS: tuple[str, ...] = (
    "price.unit", "price.total", "currency", "quantity", "incoterm", "port.loading",
    "payment.deposit", "payment.balance", "lead_time",
    "material", "dimensions", "weight", "color", "finish", "capacity", "certification", "logo",
    "packaging.inner", "packaging.carton_qty", "packaging.carton_size", "packaging.label",
    "inspection", "warranty",
    "bank.beneficiary", "bank.name", "bank.account", "bank.swift", "bank.intermediary",
)  # fmt: skip


def severity_rank(severity: Severity) -> int:
    """0 for critical ... 4 for info, so that sorting puts the worst first."""
    return SEVERITIES.index(severity)


def reaches_fail_on(verdict: str | None, counts: dict[str, int], fail_on: str | None) -> bool:
    """True when an audit's verdict and open-finding counts reach a --fail-on threshold.

    critical / high: an open finding of that severity (or worse); hold: verdict HOLD;
    review: any verdict but RELEASE. Shared by `audit` and `batch` so both exit alike.
    """
    if fail_on is None:
        return False
    if fail_on == "critical":
        return counts.get("critical", 0) > 0
    if fail_on == "high":
        return counts.get("critical", 0) + counts.get("high", 0) > 0
    if fail_on == "hold":
        return verdict == "HOLD"
    return verdict != "RELEASE"


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


@dataclass(frozen=True)
class Block:
    """One piece of a document's text with where it was found.

    `kind` is line (page, line), cell (page or sheet, table, row, col), paragraph (line = its
    index) or message (timestamp, sender, system, attachment). `source` marks text that is not
    plain body text: "ocr", "header", "footer", "tracked-insert", "tracked-delete",
    "quoted-reply" (a mail attachment's origin is in its Document.meta, not here).
    """

    kind: BlockKind
    text: str
    page: int | None = None
    line: int | None = None
    sheet: str | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    timestamp: str | None = None
    sender: str | None = None
    system: bool = False
    attachment: str | None = None
    source: str | None = None
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "message":
            out.update(
                timestamp=self.timestamp, sender=self.sender, text=self.text, system=self.system
            )
            if self.attachment:
                out["attachment"] = self.attachment
        elif self.kind == "cell":
            out.update(
                _drop_none(
                    {
                        "page": self.page,
                        "sheet": self.sheet,
                        "table": self.table,
                        "row": self.row,
                        "col": self.col,
                    }
                )
            )
            out["text"] = self.text
        else:
            out.update(_drop_none({"page": self.page, "line": self.line}))
            out["text"] = self.text
        if self.source:
            out["source"] = self.source
        if self.confidence != 1.0:
            out["confidence"] = self.confidence
        return out


@dataclass(frozen=True)
class Document:
    """A file of the order, as read: its blocks, role and read status."""

    path: str  # relative to the order folder, "/" separators
    format: str  # pdf, docx, xlsx, text, markdown, whatsapp, wechat, telegram, email, image, ...
    role: Role
    status: DocStatus
    blocks: tuple[Block, ...] = ()
    pages: int | None = None
    error: str | None = None  # one sentence, set when status is partial or unreadable
    role_source: str = ""  # how the role was decided, for the report
    sha256: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # title, e-mail headers, ...

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def to_json(self, *, blocks: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "role": self.role,
            "status": self.status,
        }
        if self.pages is not None:
            out["pages"] = self.pages
        if self.error:
            out["error"] = self.error
        if self.role_source:
            out["role_source"] = self.role_source
        if self.meta:
            out["meta"] = dict(self.meta)
        if blocks:
            out["blocks"] = [b.to_json() for b in self.blocks]
        return out


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: document and place, with the quoted text."""

    document: str
    quote: str
    page: int | None = None
    line: int | None = None
    sheet: str | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    timestamp: str | None = None
    sender: str | None = None

    @classmethod
    def of(cls, document: Document | str, block: Block, quote: str | None = None) -> Evidence:
        path = document.path if isinstance(document, Document) else document
        return cls(
            document=path,
            quote=block.text if quote is None else quote,
            page=block.page,
            line=block.line,
            sheet=block.sheet,
            table=block.table,
            row=block.row,
            col=block.col,
            timestamp=block.timestamp,
            sender=block.sender,
        )

    @property
    def is_chat(self) -> bool:
        return self.timestamp is not None

    def location(self) -> str:
        """A short human-readable place: 'p. 1, line 22', 'sheet Quote, row 4, col 3', '2026-03-12 14:05, Lily'."""
        if self.is_chat:
            return f"{(self.timestamp or '').replace('T', ' ')}, {self.sender or '?'}"
        parts = []
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.col is not None:
            parts.append(f"col {self.col}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        if self.is_chat:
            return {
                "document": self.document,
                "timestamp": self.timestamp,
                "sender": self.sender,
                "quote": self.quote,
            }
        out: dict[str, Any] = {"document": self.document, "page": self.page, "line": self.line}
        out.update(
            _drop_none({"sheet": self.sheet, "table": self.table, "row": self.row, "col": self.col})
        )
        out["quote"] = self.quote
        return out


# Marks the rule of a Term read from a sample record's measured column (see Term).
MEASURED_RULE = "(measured)"

# The rule of a balance read as the rest of the deposit ("30% deposit, balance before
# shipment": 70 is not written); compare weighs such a balance as implied.
BALANCE_REST_RULE = "payment/balance-rest"


@dataclass(frozen=True)
class Term:
    """One extracted field value of one document (optionally of one line item).

    A value measured on a sample (a sample record's "Measured" column) carries MEASURED_RULE in
    its rule: it confirms the specified value within its tolerance and sets no value itself.
    """

    field: str
    value: Value  # normalised, see docs/fields.md for each field's shape
    raw: str  # the text the value was read from
    evidence: Evidence
    item: str | None = None  # line item key: SKU / model number, else a normalised short name
    rule: str = ""  # the pattern or rule that produced it (explainability)
    confidence: float = 1.0
    problems: tuple[str, ...] = ()  # validation failures (bad SWIFT, IBAN checksum, ...)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "item": self.item,
            "value": self.value,
            "raw": self.raw,
        }
        out["evidence"] = self.evidence.to_json()
        if self.rule:
            out["rule"] = self.rule
        if self.confidence != 1.0:
            out["confidence"] = self.confidence
        if self.problems:
            out["problems"] = list(self.problems)
        return out


@dataclass(frozen=True)
class ChatAct:
    """A chat or mail message that proposes, approves, rejects a change or announces bank details."""

    kind: ActKind
    party: Party
    evidence: Evidence
    fields: tuple[str, ...] = ()  # fields the message talks about, when it names them
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "party": self.party,
            "fields": list(self.fields),
            "evidence": self.evidence.to_json(),
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Approval:
    """Who approved a change document, and when (read from the document itself)."""

    approved: bool
    by: str | None = None
    date: str | None = None  # ISO 8601
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "approved": self.approved,
            "by": self.by,
            "date": self.date,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything the extract stage made of one document."""

    document: Document
    terms: tuple[Term, ...] = ()
    acts: tuple[ChatAct, ...] = ()
    date: str | None = None  # the document's own date (PI date, change order date), ISO 8601
    version: str | None = None  # "R1", "v2", ... from title or file name
    approval: Approval | None = None  # change documents: the approval block
    facts: dict[str, Value] = field(
        default_factory=dict
    )  # document-level facts, e.g. inspection result

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.document.path, "role": self.document.role}
        out.update(_drop_none({"date": self.date, "version": self.version}))
        if self.approval:
            out["approval"] = self.approval.to_json()
        if self.facts:
            out["facts"] = dict(self.facts)
        out["terms"] = [t.to_json() for t in self.terms]
        if self.acts:
            out["acts"] = [a.to_json() for a in self.acts]
        return out


@dataclass(frozen=True)
class Observation:
    """A value as a finding shows it: the normalised value and where it was read."""

    value: Value
    evidence: Evidence | None = None
    display: str | None = (
        None  # the value as a person reads it ("SS304", "30-35 days after deposit")
    )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.value,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }
        if self.display is not None:
            out["display"] = self.display
        return out


@dataclass(frozen=True)
class Finding:
    """The outcome of comparing one field (of one item) with the approved baseline."""

    field: str
    status: Status
    severity: Severity
    message: str  # one line a person understands
    rule: str  # the rule that produced it
    item: str | None = None
    baseline: Observation | None = None
    observed: Observation | None = None
    approval: Evidence | None = None  # the change document or chat message that covers it
    explanation: tuple[str, ...] = ()  # how it was decided: tolerance, match score, superseded docs

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "item": self.item,
            "status": self.status,
            "severity": self.severity,
            "baseline": self.baseline.to_json() if self.baseline else None,
            "observed": self.observed.to_json() if self.observed else None,
            "message": self.message,
            "rule": self.rule,
        }
        if self.approval:
            out["approval"] = self.approval.to_json()
        if self.explanation:
            out["explanation"] = list(self.explanation)
        return out


@dataclass(frozen=True)
class Condition:
    """One release condition of order.toml [release], evaluated."""

    name: str
    required: str
    met: bool
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "required": self.required,
            "met": self.met,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class TimelineStep:
    """One step of a field's history: the value a document gave it, and when."""

    field: str
    item: str | None
    value: Value
    display: str
    document: str
    role: Role
    date: str | None
    evidence: Evidence
    note: str = ""  # "superseded by pi/PI-2291-R1.pdf (version)", "approved by change order"

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "item": self.item,
            "value": self.value,
            "display": self.display,
            "document": self.document,
            "role": self.role,
            "date": self.date,
            "evidence": self.evidence.to_json(),
            "note": self.note,
        }


SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Audit:
    """The result of auditing one order folder."""

    order_id: str
    verdict: Verdict
    reasons: tuple[str, ...]
    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    extractions: tuple[Extraction, ...] = ()
    checklist: tuple[Condition, ...] = ()
    timeline: tuple[TimelineStep, ...] = ()
    supplier: str | None = None
    order_dir: str = ""
    meta: dict[str, Value] = field(default_factory=dict)  # total value, currency, run info

    def counts(self) -> dict[str, int]:
        """Open findings by severity (match findings are not counted)."""
        out: dict[str, int] = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            if f.status != "match":
                out[f.severity] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        """findings.json, contract section 4, plus documented additions."""
        return {
            "schema_version": SCHEMA_VERSION,
            "order_id": self.order_id,
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "supplier": self.supplier,
            "order_dir": self.order_dir or None,
            "counts": self.counts(),
            "checklist": [c.to_json() for c in self.checklist],
            "documents": [d.to_json() for d in self.documents],
            "findings": [f.to_json() for f in self.findings],
            "timeline": [s.to_json() for s in self.timeline],
            "terms": [
                t.to_json() | {"document_role": e.document.role}
                for e in self.extractions
                for t in e.terms
            ],
            "meta": dict(self.meta),
        }

"""findings.json -> Audit, so a report folder can be re-rendered and mailed without re-auditing.

The inverse of Audit.to_json: what findings.json does not keep (document blocks, chat acts)
comes back empty; document dates and inspection facts come back from `meta` (pipeline.audit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson

from pipeline.errors import AuditError
from pipeline.model import (
    SCHEMA_VERSION,
    Audit,
    Condition,
    Document,
    Evidence,
    Extraction,
    Finding,
    Observation,
    Term,
    TimelineStep,
)

FINDINGS_FILE = "findings.json"


def parse_findings(data: bytes) -> Any:
    """findings.json's bytes parsed: by orjson (a 50 KB report parses several times faster than
    with json, which matters when a batch re-reads a hundred of them), by json when orjson
    refuses what json wrote (NaN, integers past 64 bits). Raises ValueError on bad JSON."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def evidence_from_json(data: dict[str, Any] | None) -> Evidence | None:
    if not data:
        return None
    return Evidence(
        document=str(data.get("document", "")),
        quote=str(data.get("quote", "")),
        page=data.get("page"),
        line=data.get("line"),
        sheet=data.get("sheet"),
        table=data.get("table"),
        row=data.get("row"),
        col=data.get("col"),
        timestamp=data.get("timestamp"),
        sender=data.get("sender"),
    )


def _required_evidence(data: dict[str, Any] | None, where: str) -> Evidence:
    evidence = evidence_from_json(data)
    if evidence is None:
        raise AuditError(f"{where}: evidence missing in findings.json.")
    return evidence


def _observation(data: dict[str, Any] | None) -> Observation | None:
    if data is None:
        return None
    return Observation(
        value=data.get("value"),
        evidence=evidence_from_json(data.get("evidence")),
        display=data.get("display"),
    )


def audit_from_json(data: dict[str, Any]) -> Audit:
    """Rebuild an Audit from parsed findings.json (contract section 4)."""
    documents = tuple(
        Document(
            path=d["path"],
            format=d.get("format", ""),
            role=d.get("role", "other"),
            status=d.get("status", "read"),
            pages=d.get("pages"),
            error=d.get("error"),
            role_source=d.get("role_source", ""),
            meta=dict(d.get("meta", {})),
        )
        for d in data.get("documents", [])
    )
    findings = tuple(
        Finding(
            field=f["field"],
            status=f["status"],
            severity=f["severity"],
            message=f.get("message", ""),
            rule=f.get("rule", ""),
            item=f.get("item"),
            baseline=_observation(f.get("baseline")),
            observed=_observation(f.get("observed")),
            approval=evidence_from_json(f.get("approval")),
            explanation=tuple(f.get("explanation", ())),
        )
        for f in data.get("findings", [])
    )
    by_path = {d.path: d for d in documents}
    terms: dict[str, list[Term]] = {}
    for t in data.get("terms", []):
        evidence = _required_evidence(t.get("evidence"), f"term {t.get('field')}")
        terms.setdefault(evidence.document, []).append(
            Term(
                field=t["field"],
                value=t.get("value"),
                raw=t.get("raw", ""),
                evidence=evidence,
                item=t.get("item"),
                rule=t.get("rule", ""),
                confidence=float(t.get("confidence", 1.0)),
                problems=tuple(t.get("problems", ())),
            )
        )
    meta = dict(data.get("meta", {}))
    # The dates and report facts of documents, which audit_order keeps in meta (pipeline.audit).
    dates = dict(meta.get("document_dates") or {})
    facts = dict(meta.get("document_facts") or {})

    def extraction(document: Document, doc_terms: tuple[Term, ...] = ()) -> Extraction:
        return Extraction(
            document=document,
            terms=doc_terms,
            date=dates.get(document.path),
            facts=dict(facts.get(document.path) or {}),
        )

    extractions = []
    for path, doc_terms in terms.items():
        document = by_path.get(path) or Document(path=path, format="", role="other", status="read")
        extractions.append(extraction(document, tuple(doc_terms)))
    # Documents without terms keep an (empty) extraction, as the audit had one per document.
    extractions += [extraction(d) for d in documents if d.path not in terms]
    order = {d.path: i for i, d in enumerate(documents)}
    extractions.sort(key=lambda e: order.get(e.document.path, len(order)))
    return Audit(
        order_id=str(data.get("order_id", "")),
        verdict=data["verdict"],
        reasons=tuple(data.get("reasons", ())),
        documents=documents,
        findings=findings,
        extractions=tuple(extractions),
        checklist=tuple(Condition(**c) for c in data.get("checklist", [])),
        timeline=tuple(
            TimelineStep(
                field=s["field"],
                item=s.get("item"),
                value=s.get("value"),
                display=s.get("display", ""),
                document=s["document"],
                role=s.get("role", "other"),
                date=s.get("date"),
                evidence=_required_evidence(s.get("evidence"), f"timeline step {s.get('field')}"),
                note=s.get("note", ""),
            )
            for s in data.get("timeline", [])
        ),
        supplier=data.get("supplier"),
        # Where the order folder was (for its order.toml stakeholders): a top-level key or meta.
        order_dir=str(data.get("order_dir") or meta.get("order_dir") or ""),
        meta=meta,
    )


def load_audit(report_dir: Path) -> Audit:
    """The Audit saved in a report folder's findings.json (or a findings.json path)."""
    path = Path(report_dir)
    if path.is_dir():
        path = path / FINDINGS_FILE
    if not path.is_file():
        raise AuditError(
            f"{path.parent}: no findings.json here, so it is no report folder; audit the order "
            "first with 'order-audit audit ORDER_DIR --out REPORT_DIR' (a folder outside the order "
            "folder) and give REPORT_DIR."
        )
    try:
        data = parse_findings(path.read_bytes())
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise AuditError(
                f"{path}: schema_version {version!r}, this order-audit reads {SCHEMA_VERSION!r}; "
                "audit the order again."
            )
        return audit_from_json(data)
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise AuditError(f"{path}: not a findings.json order-audit can read ({exc}).") from exc

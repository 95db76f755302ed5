"""The order a reader sees findings in: worst severity first, then the unexplained statuses, then
the contract's field order (shared by the report views, the bank panel and the finance view)."""

from __future__ import annotations

from typing import Any

from pipeline.model import FIELDS, Audit, Finding, severity_rank

# Statuses in the order a reader should see them within one severity: the unexplained first.
_STATUS_ORDER = {
    s: i
    for i, s in enumerate(
        ("undocumented_change", "conflict", "missing", "chat_only", "documented_change", "match")
    )
}
_FIELD_ORDER = {f: i for i, f in enumerate(FIELDS)}


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

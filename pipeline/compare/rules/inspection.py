"""The inspection report's result: inspection.failed and inspection.pending."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context, DocInfo
from pipeline.compare.findings import (
    evidence_from_json,
    make_finding,
    observe,
)
from pipeline.model import Evidence, Finding, Observation, Status

Key = tuple[str, str | None]


# ---------------------------------------------------------------- inspection result


def _inspection(ctx: Context, result: str, status: Status, what: str) -> Iterator[Finding]:
    if "inspection" in ctx.config.release:
        return  # order.toml [release] inspection: the checklist states it (contract section 3)
    spec = baseline_of(ctx).get("inspection", None)  # the inspection clause the goods must pass
    for info in ctx.of_role("inspection"):
        found, evidence = inspection_result(info)
        if found != result or evidence is None:
            continue
        yield make_finding(
            ctx, f"inspection.{result}", "inspection", status,
            f"The inspection report {info.path} {what}: the goods are not shown to meet the approved spec",
            baseline=observe("inspection", spec.terms) if spec else None,
            observed=Observation(result, evidence, result), explanation=(f"inspection result read from {info.path}",),
        )  # fmt: skip


def rule_inspection_failed(ctx: Context) -> Iterator[Finding]:
    """An inspection report whose result is failed."""
    return _inspection(ctx, "failed", "undocumented_change", "failed")


def rule_inspection_pending(ctx: Context) -> Iterator[Finding]:
    """An inspection report whose result is still pending."""
    return _inspection(ctx, "pending", "missing", "is still pending")


def inspection_result(info: DocInfo) -> tuple[str | None, Evidence | None]:
    """The result of an inspection document: facts['inspection_result'] or its inspection term."""
    ext = info.extraction
    fact = ext.facts.get("inspection_result")
    terms = [
        t
        for t in ext.terms
        if t.field == "inspection" and isinstance(t.value, dict) and t.value.get("result")
    ]
    if fact:
        evidence = evidence_from_json(ext.facts.get("inspection_result_evidence"), info.path)
        evidence = evidence or (
            terms[0].evidence if terms else Evidence(document=info.path, quote=str(fact))
        )
        return str(fact).lower(), evidence
    if terms:
        return str(terms[0].value["result"]).lower(), terms[0].evidence
    return None, None

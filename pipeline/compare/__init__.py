"""Compare stage: extractions -> Audit (findings, verdict, release checklist, timeline).

Every rule is a plain function in the one RULES table (pipeline/compare/rules/__init__.py);
severities and tolerances are data (pipeline/data/*.toml), overridable per order in order.toml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pipeline.compare.baseline import Baseline, baseline_of, effective_baseline
from pipeline.compare.context import Context
from pipeline.compare.policy import load_policy
from pipeline.compare.rules import RULES
from pipeline.compare.rules.trade_assurance import trade_assurance_enabled
from pipeline.compare.supplier_reference import supplier_summary
from pipeline.compare.timeline import build_timeline
from pipeline.compare.values import COMPARATORS, to_decimal
from pipeline.compare.verdict import (
    decide_verdict,
    release_checklist,
    scope_gaps,
    verdict_reasons,
)
from pipeline.config import OrderConfig
from pipeline.model import Audit, Extraction, Finding, severity_rank

__all__ = ["COMPARATORS", "RULES", "Baseline", "compare_order", "effective_baseline"]


def _sort_key(f: Finding) -> tuple[int, str, str, str, str]:
    return (severity_rank(f.severity), f.field, f.item or "", f.rule, f.message)


def run_rules(ctx: Context) -> list[Finding]:
    """Every rule of RULES over one order, duplicates dropped, worst first."""
    seen: set[tuple[str, str, str | None, str, str]] = set()
    findings: list[Finding] = []
    for rule in RULES.values():
        for finding in rule(ctx):
            key = (finding.rule, finding.field, finding.item, finding.status, finding.message)
            if key not in seen:
                seen.add(key)
                findings.append(finding)
    return sorted(_one_finding_per_event(findings), key=_sort_key)


# Signs about new bank details that bank.changed already reports as a change of the same value:
# the change is the event, the sign is part of its explanation (issue 11: one event, one finding).
_BANK_SIGNS = ("bank.beneficiary_not_supplier", "bank.country", "bank.personal_account")


def _fold_bank_signs(findings: list[Finding]) -> list[Finding]:
    changed = {
        (f.field, str(f.observed.value)): i
        for i, f in enumerate(findings)
        if f.rule == "bank.changed" and f.status != "match" and f.observed is not None
    }
    out = list(findings)
    folded: set[int] = set()
    for i, f in enumerate(findings):
        if f.rule not in _BANK_SIGNS:
            continue  # a value is written out (str) only for a sign
        key = (f.field, str(f.observed.value)) if f.observed is not None else None
        if key in changed:
            target = changed[key]
            sign = f"{f.rule}: {f.message}"  # the rule id stays visible (and testable)
            out[target] = replace(out[target], explanation=(*out[target].explanation, sign))
            folded.add(i)
    return [f for i, f in enumerate(out) if i not in folded]


def _one_finding_per_event(findings: list[Finding]) -> list[Finding]:
    """A line total that differs from the accepted quote and from its own quantity x price is
    one event: the price.total finding states it; the arithmetic one would say it twice. A sign
    about new bank details that bank.changed reports is part of that finding."""
    findings = _fold_bank_signs(findings)
    totals = {
        (f.item, str(f.observed.value.get("amount")))
        for f in findings
        if f.field == "price.total"
        and f.status != "match"
        and f.observed is not None
        and isinstance(f.observed.value, dict)
    }
    return [
        f
        for f in findings
        if not (
            f.rule == "arithmetic.line_total"
            and f.observed is not None
            and (f.item, str(f.observed.value)) in totals
        )
    ]


def _order_meta(ctx: Context) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    pi = ctx.latest_pi
    if pi is not None:
        meta["latest_pi"] = pi.path
        totals = [
            t
            for t in pi.extraction.terms
            if t.field == "price.total" and t.item is None and isinstance(t.value, dict)
        ]
        if totals:
            meta["total"] = {
                "amount": totals[0].value.get("amount"),
                "currency": totals[0].value.get("currency"),
            }
        else:
            lines = [
                t
                for t in pi.extraction.terms
                if t.field == "price.total" and t.item and isinstance(t.value, dict)
            ]
            amounts = [to_decimal(t.value.get("amount")) for t in lines]
            if lines and all(a is not None for a in amounts):
                total = sum((a for a in amounts if a is not None), Decimal(0))
                meta["total"] = {
                    "amount": str(total),
                    "currency": lines[0].value.get("currency"),
                    "summed_from_lines": True,
                }
    baseline = baseline_of(ctx)
    meta["applied_changes"] = [
        {
            "document": c.document,
            "approved_by": c.approved_by,
            "date": c.date,
            "fields": sorted({k[0] for k in c.keys}),
        }
        for c in baseline.changes
    ]
    meta["skipped_changes"] = [
        {"document": s.document, "reason": s.reason} for s in baseline.skipped
    ]
    meta["trade_assurance"] = trade_assurance_enabled(ctx)
    if ctx.ignored:
        meta["ignored_terms"] = list(dict.fromkeys(ctx.ignored))
    if supplier := supplier_summary(ctx):
        meta["supplier_identity"] = supplier
    return meta


def compare_order(extractions: Sequence[Extraction], config: OrderConfig) -> Audit:
    """Compare every extraction of one order with its effective baseline and decide the verdict."""
    ctx = Context(extractions, config, load_policy(config, RULES))
    findings = run_rules(ctx)
    documents = tuple(e.document for e in extractions)
    checklist = release_checklist(ctx, findings)
    gaps = scope_gaps(ctx)
    verdict = decide_verdict(findings, checklist, documents, gaps)
    return Audit(
        order_id=config.order_id,
        verdict=verdict,
        reasons=verdict_reasons(verdict, findings, checklist, documents, gaps),
        documents=documents,
        findings=tuple(findings),
        extractions=tuple(extractions),
        checklist=checklist,
        timeline=build_timeline(ctx),
        supplier=config.supplier.name,
        meta={**_order_meta(ctx), **({"scope_gaps": list(gaps)} if gaps else {})},
    )

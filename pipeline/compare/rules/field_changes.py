"""Field rules: every term of the supplier's latest position against the effective baseline
(decided once per order in field_decisions.py), and the approved sample against the spec."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.compare.baseline import baseline_of, describe_entry
from pipeline.compare.context import Context
from pipeline.compare.findings import (
    label,
    make_finding,
    observe,
    shown,
)
from pipeline.compare.rules.field_decisions import field_decisions
from pipeline.compare.rules.supplier_position import material_downgrade
from pipeline.model import Finding, Status


def _decided(ctx: Context, status: Status) -> Iterator[Finding]:
    # The four field rules share the decisions made once per order (field_decisions).
    return (d.finding for d in field_decisions(ctx) if d.status == status)


def rule_field_match(ctx: Context) -> Iterator[Finding]:
    """The supplier's latest value equals the effective baseline within tolerance."""
    return _decided(ctx, "match")


def rule_field_documented(ctx: Context) -> Iterator[Finding]:
    """Differs from the spec/sample, and a change document approved by the buyer covers it."""
    return _decided(ctx, "documented_change")


def rule_field_chat_only(ctx: Context) -> Iterator[Finding]:
    """Differs, and the only agreement is a buyer's approval in chat of a supplier proposal."""
    return _decided(ctx, "chat_only")


def rule_field_undocumented(ctx: Context) -> Iterator[Finding]:
    """Differs, and nothing on record approves it (a material downgrade is at least high; an
    upgrade of the material grade, rule field.material_upgrade, is low)."""
    return _decided(ctx, "undocumented_change")


# ---------------------------------------------------------------- sample record


def rule_sample_differs(ctx: Context) -> Iterator[Finding]:
    """The approved sample record measured a value that differs from the spec."""
    for diff in baseline_of(ctx).sample_differences:
        floor = None
        explanation = [
            f"spec: {describe_entry(diff.spec)}",
            f"sample record: {shown(diff.field, diff.sample)}",
            f"comparison: {diff.detail}",
        ]
        if diff.field == "material":
            down = next(
                (
                    d
                    for b in diff.spec.terms
                    for s in diff.sample
                    if (d := material_downgrade(b.value, s.value))
                ),
                None,
            )
            if down:
                floor = "material.downgrade"
                explanation.append(f"downgrade: {down}")
        yield make_finding(
            ctx, "baseline.sample_differs", diff.field, "undocumented_change",
            f"{label(diff.field, diff.item)}: the approved sample record measured {shown(diff.field, diff.sample)}, "
            f"the spec says {shown(diff.field, diff.spec.terms)}",
            item=diff.item, baseline=observe(diff.field, diff.spec.terms), observed=observe(diff.field, diff.sample),
            explanation=explanation, floor=floor,
        )  # fmt: skip

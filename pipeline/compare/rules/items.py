"""Line items the PI adds or drops against the baseline: item.added and item.disappeared."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from pipeline.compare.context import Context
from pipeline.compare.findings import (
    make_finding,
    observe,
)
from pipeline.compare.rules.pi_missing import pi_items
from pipeline.model import Evidence, Finding, Observation

Key = tuple[str, str | None]


# ---------------------------------------------------------------- line items


def rule_item_added(ctx: Context) -> Iterator[Finding]:
    """An item on the latest PI that no spec, sample record, change or quote has (field x.item)."""
    tier = ctx.latest_tier("pi")
    known = _baseline_items(ctx)
    if not tier or not known:
        return
    for item in sorted(pi_items(ctx, tier) - known):
        terms = [
            t for p in tier for t in p.extraction.terms if ctx.items.canonical_of(t.item) == item
        ]
        scores = sorted(
            ((difflib.SequenceMatcher(None, item.lower(), k.lower()).ratio(), k) for k in known),
            reverse=True,
        )
        near = (
            f"closest known item {scores[0][1]!r} scores {scores[0][0]:.2f} < {ctx.items.min_ratio}"
            if scores
            else ""
        )
        yield make_finding(
            ctx, "item.added", "x.item", "undocumented_change",
            f"Item {item} is on the PI {terms[0].evidence.document} but in no spec or quote",
            item=item, observed=Observation(item, terms[0].evidence, item), explanation=(near,),
        )  # fmt: skip


def rule_item_disappeared(ctx: Context) -> Iterator[Finding]:
    """An item of the spec, sample record or changes (of the quotes where those list none) that
    the latest PI no longer lists (field quantity, status missing). A quote may offer items the
    order never took."""
    tier = ctx.latest_tier("pi")
    # a quote may offer more items than the order takes: its items count only without a spec
    known = _baseline_items(ctx, ("spec", "sample", "change"))
    if not known and not ctx.of_role("spec", "sample"):
        known = _baseline_items(ctx)
    on_pi = pi_items(ctx, tier) if tier else set()
    if not tier or not known or not on_pi:
        return
    for item in sorted(known - on_pi):
        earlier = [
            s.term
            for s in ctx.statements
            if s.item == item and s.role in ("spec", "sample", "change", "quote")
        ]
        qty = [t for t in earlier if t.field == "quantity"]
        shown_terms = qty[-1:] or earlier[-1:]
        not_listed = Observation(None, Evidence(document=tier[-1].path, quote=""), "(not listed)")
        explanation = (f"items on the PI: {', '.join(sorted(on_pi))}",)
        yield make_finding(
            ctx, "item.disappeared", "quantity", "missing",
            f"Item {item} ({earlier[-1].evidence.document}) is not on the latest PI {tier[-1].path}",
            item=item, baseline=observe(shown_terms[0].field, shown_terms) if shown_terms else None,
            observed=not_listed, explanation=explanation,
        )  # fmt: skip
        # the unit price set for the item is a commercial term the PI must carry (contract s. 3)
        prices = [t for t in earlier if t.field == "price.unit"]
        if prices:
            yield make_finding(
                ctx, "item.disappeared", "price.unit", "missing",
                f"Unit price of item {item} ({prices[-1].evidence.document}) is not on the latest PI "
                f"{tier[-1].path}: the item is not listed",
                item=item, baseline=observe("price.unit", prices[-1:]), observed=not_listed,
                explanation=explanation,
            )  # fmt: skip


def _baseline_items(
    ctx: Context, roles: tuple[str, ...] = ("spec", "sample", "change", "quote")
) -> set[str]:
    return {s.item for s in ctx.statements if s.item and s.role in roles}

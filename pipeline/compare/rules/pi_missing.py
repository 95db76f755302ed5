"""The latest PI against what it must state: pi.missing, and what the PI must carry (required_on_pi)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context, DocInfo
from pipeline.compare.findings import (
    label,
    make_finding,
    observe,
)
from pipeline.model import Evidence, Finding, Observation, Term

Key = tuple[str, str | None]


# ---------------------------------------------------------------- missing on the PI


def _earlier_setting(ctx: Context, field: str, item: str | None, pi: DocInfo) -> list[Term]:
    entry = baseline_of(ctx).get(field, item)
    if entry is not None:
        return list(entry.terms)
    earlier = [
        s for s in ctx.statements
        if s.role in ("quote", "pi") and s.info.index != pi.index and s.term.field == field
        and (s.item == item or s.item is None) and s.info.key() < pi.key()
    ]  # fmt: skip
    return [earlier[-1].term] if earlier else []


def _pi_states(ctx: Context, pi_tier: list[DocInfo], field: str, item: str | None) -> bool:
    implied = ctx.policy.params["missing"].get("implied_by", {}).get(field, ())
    for pi in pi_tier:
        if ctx.terms_of(pi, field, item):
            return True
        # asked per field and item of a PI of many lines: only a field something implies is looked for
        if implied and any(f in implied for f, _ in pi.extracted_fields_items()):
            return True
    return False


def pi_items(ctx: Context, pi_tier: list[DocInfo]) -> set[str]:
    return {
        ctx.items.canonical_of(t.item) or ""
        for pi in pi_tier
        for t in pi.extraction.terms
        if t.item
    } - {""}


def is_latest_pi(ctx: Context, info: DocInfo) -> bool:
    """The PI the balance is paid on (an earlier one is history, pi.missing checks the latest)."""
    tier = ctx.latest_tier("pi")
    return bool(tier) and tier[-1] is info


def required_on_pi(ctx: Context) -> dict[str, str]:
    """The fields the PI must state, each with why: the spec requires it there, or order.toml
    required_on_pi lists it."""
    if "required_on_pi" in ctx.cache:
        return ctx.cache["required_on_pi"]
    wanted: dict[str, str] = {}
    patterns = [
        re.compile(p, re.IGNORECASE) for p in ctx.policy.params["missing"].get("spec_requires", ())
    ]
    for spec in ctx.of_role("spec"):
        for field in spec.extraction.facts.get("required_on_pi", ()) or ():
            wanted.setdefault(str(field), f"{spec.path} requires it on the PI")
        for term in spec.extraction.terms:
            if any(p.search(term.evidence.quote) for p in patterns):
                wanted.setdefault(
                    term.field,
                    f"{spec.path} requires it on the PI ({term.evidence.quote.strip()!r})",
                )
    for field in ctx.config.required_on_pi:
        wanted[field] = "order.toml required_on_pi lists it"
    ctx.cache["required_on_pi"] = wanted
    return wanted


def rule_pi_missing(ctx: Context) -> Iterator[Finding]:
    """The latest PI lacks a commercial term set earlier, a term the spec requires on the PI, or a
    field of order.toml required_on_pi (contract section 3)."""
    tier = ctx.latest_tier("pi")
    if not tier:
        return
    pi = tier[-1]
    partial = [
        f"{p.path} was read only in part ({p.extraction.document.error}): the term may sit in the unread part"
        for p in tier
        if p.extraction.document.status != "read"
    ]
    params = ctx.policy.params["missing"]
    per_item = set(params["per_item"])
    items = sorted(pi_items(ctx, tier))
    wanted: dict[str, str] = {}
    for field in params["commercial"]:
        wanted[field] = "a commercial term set earlier"
    wanted.update(required_on_pi(ctx))
    for field, why in wanted.items():
        keys: list[str | None] = [None]
        if field in per_item and items and not any(p.extracted_terms(field, None) for p in tier):
            keys = list(items)
        for item in keys:
            if _pi_states(ctx, tier, field, item):
                continue
            earlier = _earlier_setting(ctx, field, item, pi)
            if why == "a commercial term set earlier" and not earlier:
                continue  # nothing set it earlier: a PI need not carry it
            where = f"; set in {earlier[0].evidence.document}" if earlier else ""
            yield make_finding(
                ctx, "pi.missing", field, "missing",
                f"{label(field, item)} is not stated on the latest PI {pi.path} ({why}{where})",
                item=item, baseline=observe(field, earlier),
                observed=Observation(None, Evidence(document=pi.path, quote=""), "(not stated)"),
                explanation=(f"latest PI: {pi.path}", f"required because {why}", *partial,
                             *(f"set earlier: {t.evidence.document} {t.evidence.location()}: {t.evidence.quote!r}"
                               for t in earlier[:1])),
            )  # fmt: skip

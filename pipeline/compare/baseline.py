"""The effective baseline: spec + approved sample record (+ the latest quote's commercial terms), then
approved change documents applied in date order, each recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.compare.context import Context, DocInfo, party_of_sender
from pipeline.compare.policy import load_policy
from pipeline.compare.values import colour_terms, compare_values, display_value
from pipeline.config import OrderConfig
from pipeline.model import MEASURED_RULE, Approval, Evidence, Extraction, Role, Term

Key = tuple[str, str | None]


@dataclass(frozen=True)
class BaselineEntry:
    """The approved value(s) of one field for one item, where they come from, and what they replaced."""

    field: str
    item: str | None
    terms: tuple[Term, ...]
    source: Role  # spec, sample, quote or change
    document: str
    approval: Approval | None = None
    replaced: tuple[
        BaselineEntry, ...
    ] = ()  # earlier entries an approved change replaced, oldest first

    @property
    def values(self) -> list[object]:
        return [t.value for t in self.terms]

    @property
    def original(self) -> BaselineEntry:
        """The entry before any change was applied."""
        return self.replaced[0] if self.replaced else self


@dataclass(frozen=True)
class AppliedChange:
    """A change document applied to the baseline: who approved it, when, and which fields it set."""

    document: str
    approved_by: str | None
    date: str | None
    keys: tuple[Key, ...]
    evidence: Evidence | None


@dataclass(frozen=True)
class SkippedChange:
    """A change document that was not applied, and why (not approved, or approved by the supplier)."""

    document: str
    reason: str
    extraction: Extraction


@dataclass(frozen=True)
class SampleDifference:
    """A value the approved sample record measured that differs from the spec."""

    field: str
    item: str | None
    spec: BaselineEntry
    sample: tuple[Term, ...]
    detail: str


@dataclass(frozen=True)
class Baseline:
    """What the buyer approved, per (field, item), with the change log that led there."""

    entries: dict[Key, BaselineEntry]
    changes: tuple[AppliedChange, ...] = ()
    skipped: tuple[SkippedChange, ...] = ()
    sample_differences: tuple[SampleDifference, ...] = ()

    def get(self, field: str, item: str | None) -> BaselineEntry | None:
        """The entry for the item, else the item-less entry that applies to every item."""
        return self.entries.get((field, item)) or (
            self.entries.get((field, None)) if item is not None else None
        )


def _grouped(ctx: Context, info: DocInfo) -> dict[Key, list[Term]]:
    """A spec's, sample record's, quote's or change's terms by (field, canonical item), from its
    statements (set-aside terms are none; outside a chat a statement's item is the canonical
    item of its term)."""
    out: dict[Key, list[Term]] = {}
    for st in ctx.doc_statements(info):
        if st.term.field.startswith("bank."):
            continue  # bank details are checked by the bank rules, never taken as product baseline
        out.setdefault((st.term.field, st.item), []).append(st.term)
    return out


def _same_set(
    field: str, spec: Sequence[Term], sample: Sequence[Term], ctx: Context
) -> tuple[bool, str]:
    tol = ctx.policy.tolerance(field)
    details = []
    if field == "color":
        # "Pantone 186C red": the name beside a code only describes it
        spec, sample = colour_terms(tuple(spec), tuple(sample))
    for s in sample:
        results = [compare_values(field, b.value, s.value, tol) for b in spec]
        if not any(r.same for r in results):
            details.append(results[0].detail if results else "no spec value")
    return (not details, "; ".join(details))


def _buyer_approved(ctx: Context, info: DocInfo) -> tuple[bool, str]:
    approval = info.extraction.approval
    if approval is None:
        return False, "it carries no approval (no buyer signature or approval line was found)"
    if not approval.approved:
        return False, "it is not marked approved by the buyer"
    if approval.by and party_of_sender(approval.by, ctx.config) == "supplier":
        return False, f"it was approved by {approval.by}, who is on the supplier's side"
    return True, ""


def build_baseline(ctx: Context) -> Baseline:
    """The effective baseline of an order, from its Context."""
    entries: dict[Key, BaselineEntry] = {}
    for info in ctx.of_role("spec"):
        for key, terms in _grouped(ctx, info).items():
            previous = entries.get(key)
            entries[key] = BaselineEntry(key[0], key[1], tuple(terms), "spec", info.path,
                                         replaced=(previous,) if previous else ())  # fmt: skip
    differences: list[SampleDifference] = []
    for info in ctx.of_role("sample"):
        grouped_sample = _grouped(ctx, info)
        varied = _varied_by_item(ctx, grouped_sample)
        for key, terms in grouped_sample.items():
            stated = [t for t in terms if not t.rule.endswith(MEASURED_RULE)]
            measured = [t for t in terms if t.rule.endswith(MEASURED_RULE)]
            spec = entries.get(key)
            if spec is None and key[1] is not None and key[0] not in varied:
                # an item-less spec value is every item's, unless the items measure differently
                # (boots of sizes 24 to 30 against "EU 26 pair 620 g"): then it is one size's
                spec = entries.get((key[0], None))
            if spec is None and (stated or measured):
                # the record's own "Specified" column, else (nothing else on record) what it measured
                spec = BaselineEntry(key[0], key[1], tuple(stated or measured), "sample", info.path)
                entries[key] = spec
            for checked in (stated, measured):
                if spec is None or not checked or spec.document == info.path and checked is stated:
                    continue
                same, detail = _same_set(key[0], spec.terms, checked, ctx)
                if not same:
                    differences.append(
                        SampleDifference(key[0], key[1], spec, tuple(checked), detail)
                    )
    # Commercial terms are rarely in a spec: the latest quote that states a term sets it.
    # A later quote that states a field (for any item) replaces what earlier quotes said of it.
    quoted: set[str] = set()
    for info in reversed(ctx.of_role("quote")):
        grouped = _grouped(ctx, info)
        for key, terms in grouped.items():
            if key[0] in quoted:
                continue
            if key not in entries and not (
                key[1] is not None
                and (key[0], None) in entries
                and _buyer_set(entries[(key[0], None)])
            ):
                entries[key] = BaselineEntry(key[0], key[1], tuple(terms), "quote", info.path)
        quoted.update(key[0] for key in grouped)
    changes: list[AppliedChange] = []
    skipped: list[SkippedChange] = []
    for info in ctx.of_role("change"):
        ok, reason = _buyer_approved(ctx, info)
        if not ok:
            skipped.append(SkippedChange(info.path, reason, info.extraction))
            continue
        approval = info.extraction.approval
        grouped = _grouped(ctx, info)
        applied: list[Key] = []
        for key, terms in grouped.items():
            previous = entries.get(key) or (
                entries.get((key[0], None)) if key[1] is not None else None
            )
            if previous is not None and _restates(ctx, key[0], previous.terms, terms):
                continue  # the change document only names the current value (context, not a change)
            applied.append(key)
            history = (*previous.replaced, previous) if previous else ()
            entries[key] = BaselineEntry(
                key[0], key[1], tuple(terms), "change", info.path, approval, history
            )
        changes.append(
            AppliedChange(
                info.path,
                approval.by if approval else None,
                (approval.date if approval else None) or info.extraction.date,
                tuple(applied),
                approval.evidence if approval else None,
            )
        )
    return Baseline(entries, tuple(changes), tuple(skipped), tuple(differences))


_SIZED_FIELDS = ("weight", "dimensions", "capacity")


def _varied_by_item(ctx: Context, grouped: dict[Key, list[Term]]) -> set[str]:
    """The size fields a sample record states per item with values that differ between items."""
    varied: set[str] = set()
    for field in _SIZED_FIELDS:
        firsts = [
            terms[0].value for (f, item), terms in grouped.items() if f == field and item and terms
        ]
        tol = ctx.policy.tolerance(field)
        if any(not compare_values(field, a, b, tol).same for a in firsts for b in firsts):
            varied.add(field)
    return varied


def _restates(ctx: Context, field: str, previous: Sequence[Term], terms: Sequence[Term]) -> bool:
    tol = ctx.policy.tolerance(field)
    return all(
        any(compare_values(field, p.value, t.value, tol).same for p in previous) for t in terms
    )


def _buyer_set(entry: BaselineEntry) -> bool:
    return entry.source in ("spec", "sample", "change")


def baseline_of(ctx: Context) -> Baseline:
    """The order's effective baseline, built once per Context."""
    if "baseline" not in ctx.cache:
        ctx.cache["baseline"] = build_baseline(ctx)
    return ctx.cache["baseline"]


def effective_baseline(extractions: Sequence[Extraction], config: OrderConfig) -> Baseline:
    """Spec + sample record (+ latest quote for terms they lack), then approved changes in date order."""
    return build_baseline(Context(extractions, config, load_policy(config)))


def describe_entry(entry: BaselineEntry) -> str:
    """'SS304 (spec/spec.docx)' or '1.85 USD/pc (changes/CO-1.pdf, approved by Tom on 2026-03-14)'."""
    shown = display_value(entry.field, entry.values[0] if len(entry.values) == 1 else entry.values)
    if entry.source == "change" and entry.approval:
        who = f", approved by {entry.approval.by}" if entry.approval.by else ", approved"
        when = f" on {entry.approval.date}" if entry.approval.date else ""
        return f"{shown} ({entry.document}{who}{when})"
    return f"{shown} ({entry.document})"

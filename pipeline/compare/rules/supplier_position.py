"""The supplier's position on each field: the latest value its documents state for each (field,
item), what that superseded, and where two of its documents disagree with no clear later one
(rule supplier.conflict)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context, DocInfo, Statement
from pipeline.compare.findings import (
    chat_approval,
    label,
    make_finding,
    observe,
    shown,
)
from pipeline.compare.values import (
    compare_values,
    material_grade,
)
from pipeline.model import Finding, Term

Key = tuple[str, str | None]


def material_downgrade(base: object, obs: object) -> str | None:
    """'SS304 -> SS201 is a downgrade within stainless steel' when the lexicon ranks it lower."""
    b, o = material_grade(base), material_grade(obs)
    if b is None or o is None or b.family != o.family or o.rank >= b.rank:
        return None
    return f"{o.display} ranks below {b.display} in the {b.family} family (models/lexicon/materials.tsv)"


# ---------------------------------------------------------------- the supplier's position


# Not frozen, as Statement: one per field and item of an order, and a frozen dataclass sets
# every field through object.__setattr__. Nothing assigns to one (field decisions `replace` it).
@dataclass(slots=True)
class Position:
    """What the supplier currently says about one field of one item, and what it superseded."""

    field: str
    item: str | None
    terms: tuple[Term, ...]
    info: DocInfo
    statement: Statement
    superseded: tuple[str, ...]
    # Item-less values of a document that lists no items: which value is whose is unknown.
    shared: bool = False


def _withdrawn(ctx: Context, st: Statement) -> bool:
    """A supplier chat proposal whose first buyer answer about it is a rejection."""
    if st.role != "chat":
        return False
    stamp = st.term.evidence.timestamp or ""
    answers = sorted(
        (a for a in st.extraction.acts
         if a.party == "buyer" and a.kind in ("approval", "rejection") and (a.evidence.timestamp or "") > stamp
         and (not a.fields or st.term.field in a.fields)),
        key=lambda a: a.evidence.timestamp or "",
    )  # fmt: skip
    return bool(answers) and answers[0].kind == "rejection"


def _agreed_in_chat(ctx: Context, st: Statement) -> bool:
    """A supplier's chat message changes the order only once the buyer agrees to it there
    (contract section 3); an offer nobody took up ("350 ml version: USD 4.60") changes nothing,
    and a change the PI carries is read from the PI."""
    return _proposes(st) and chat_approval(ctx, st.term.field, st.item, st.term.value) is not None


def _proposes(st: Statement) -> bool:
    """A chat term is the supplier's position only when its message proposes a change (a supplier
    proposal act) or the buyer answered it about that field; a mere mention ("silicone") is not."""
    stamp = st.term.evidence.timestamp or ""
    for act in st.extraction.acts:
        when = act.evidence.timestamp or ""
        if act.kind == "proposal" and act.party == "supplier" and when == stamp:
            return True
        if (
            act.party == "buyer"
            and act.kind in ("approval", "rejection")
            and when > stamp
            and st.term.field in act.fields
        ):
            return True
    return False


def _source_items(statements: list[Statement]) -> dict[tuple[int, str], set[str]]:
    out: dict[tuple[int, str], set[str]] = {}
    for st in statements:
        items = out.setdefault(st.source_key, set())
        if st.item is not None:
            items.add(st.item)
    return out


def _dated_after(earlier: DocInfo, later: DocInfo) -> bool:
    return bool(earlier.own_date and later.own_date and later.own_date[:10] > earlier.own_date[:10])


def supplier_positions(ctx: Context) -> dict[Key, Position]:
    """Per (field, item): the latest supplier statement (quote, PI or supplier chat message).

    An item-less term applies to the items its document lists (or to every item when the
    document lists none); an item-less quantity or amount beside item lines is their total, not
    a value of each item. A chat proposal the buyer rejected is no position.
    """
    if "positions" in ctx.cache:
        return ctx.cache["positions"]
    # Once a PI is on file it is the supplier's position; a quote is history or baseline then
    # (a quote that offers more items or options than the order takes is no position on them).
    # Without a PI, a quote states the supplier's position only where it comes after the spec
    # (a quote the spec was written from is the spec's source, not a departure from it).
    specs = ctx.of_role("spec", "sample")
    roles = ("pi",) if ctx.latest_tier("pi") else ("quote", "pi")
    supplier = [
        s
        for s in ctx.statements
        if (s.role in roles or (s.role == "chat" and s.party == "supplier"))
        and (s.role != "quote" or all(_dated_after(spec, s.info) for spec in specs))
        and not s.term.field.startswith("bank.")
        and not _withdrawn(ctx, s)
        and (s.role != "chat" or _agreed_in_chat(ctx, s))
    ]
    doc_items = _source_items([s for s in ctx.statements if s.role in ("quote", "pi", "chat")])
    by_field: dict[str, list[Statement]] = {}
    for st in supplier:
        by_field.setdefault(st.term.field, []).append(st)
    baseline = baseline_of(ctx)
    baseline_items: dict[str, set[str | None]] = {}
    for field_name, item_key in baseline.entries:
        baseline_items.setdefault(field_name, set()).add(item_key)
    aggregates = set(ctx.policy.params["missing"]["aggregates"])
    additive = set(ctx.policy.params["sets"]["additive"])
    out: dict[Key, Position] = {}

    def applies(st: Statement, item: str | None) -> bool:
        if st.item == item:
            return True
        if st.item is not None or item is None:
            return False
        listed = doc_items.get(st.source_key, set())
        if not listed:
            return True
        return field not in aggregates and item in listed

    for field, statements in by_field.items():
        items = {s.item for s in statements} | baseline_items.get(field, set())
        by_item: dict[str | None, list[Statement]] = {}
        for st in statements:
            by_item.setdefault(st.item, []).append(st)
        latest_source = statements[-1].source_key
        latest_general = any(s.item is None for s in statements if s.source_key == latest_source)
        if field in aggregates and doc_items.get(latest_source):
            latest_general = (
                False  # an item-less quantity or amount beside item lines is their total
            )
        for item in items:
            if item is None and not latest_general:
                continue  # the latest document gives this field per item: compared per item
            fitting = sorted(
                [*by_item.get(item, []), *(s for s in by_item.get(None, []) if applies(s, item))] if item is not None
                else by_item.get(None, []),
                key=lambda s: s.key,
            )  # fmt: skip
            if not fitting:
                continue
            last = fitting[-1]
            same_source = [s for s in fitting if s.source_key == last.source_key]
            exact = [s.term for s in same_source if s.item == item]
            general = [s.term for s in same_source if s.item is None]
            # a list field: the line's certificates and the PI's certificate line are one list
            terms = tuple(exact + general if field in additive else exact or general)
            shared = not exact and item is not None and len({repr(t.value) for t in terms}) > 1
            earlier = []
            seen: set[tuple[int, str]] = set()
            for s in fitting:
                if (
                    s.source_key != last.source_key
                    and s.source_key not in seen
                    and s.role != "chat"
                ):
                    seen.add(s.source_key)
                    how = ctx.superseded_how(s.info, last.info)
                    earlier.append(f"{s.path} superseded by {last.path} ({how})")
            out[(field, item)] = Position(
                field, item, terms, last.info, last, tuple(earlier), shared
            )
    ctx.cache["positions"] = out
    return out


# ---------------------------------------------------------------- conflicts


def conflict_keys(ctx: Context) -> dict[Key, tuple[Statement, Statement, str]]:
    """(field, item) on which two supplier documents (or one PI) disagree with no clear later one."""
    if "conflicts" in ctx.cache:
        return ctx.cache["conflicts"]
    scalar = set(ctx.policy.params["conflict"]["scalar"])
    out: dict[Key, tuple[Statement, Statement, str]] = {}
    multi_item = len(ctx.items.canonical) > 1
    per_item = set(ctx.policy.params["conflict"]["per_item"]["fields"])
    groups: dict[tuple[str, str, str | None], list[Statement]] = {}
    # Two PIs (or one PI with two values), and two quotes of which neither is the later; the
    # values inside one quote may be price tiers, so a quote never conflicts with itself. A PI
    # and a quote never conflict: the PI is the later word (field decisions compare them).
    for role in ("pi", "quote"):
        members = {d.index for d in ctx.latest_tier(role)}
        if role == "quote" and len(members) < 2:
            continue
        for st in ctx.statements:
            if st.info.index in members and st.term.field in scalar:
                groups.setdefault((role, st.term.field, st.item), []).append(st)
    for (_, field_name, item), group in sorted(
        groups.items(), key=lambda kv: (kv[0][1], kv[0][2] or "", kv[0][0])
    ):
        key: Key = (field_name, item)
        if key in out:
            continue
        tol = ctx.policy.tolerance(key[0])
        for i, a in enumerate(group):
            b = next(
                (
                    b
                    for b in group[i + 1 :]
                    if not compare_values(key[0], a.term.value, b.term.value, tol).same
                ),
                None,
            )
            if b is None or (a.info.index == b.info.index and a.role == "quote"):
                continue
            if (
                a.info.index == b.info.index
                and key[1] is None
                and multi_item
                and key[0] in per_item
            ):
                continue  # item-less values of a document listing several items: one per item
            if a.info.index == b.info.index and key[0] == "price.total":
                continue  # a total that disagrees with its own lines: arithmetic.* says so
            if a.info.index == b.info.index:
                why = f"{a.path} states two different values"
            else:
                why = f"neither {a.path} nor {b.path} is clearly the later ({ctx.superseded_how(a.info, b.info)})"
            out[key] = (a, b, why)
            break
    ctx.cache["conflicts"] = out
    return out


def rule_supplier_conflict(ctx: Context) -> Iterator[Finding]:
    """Two supplier documents (or two places of one PI) disagree and neither is clearly the later."""
    for (field, item), (a, b, why) in conflict_keys(ctx).items():
        if field.startswith("bank."):
            continue  # bank.changed follows bank details across documents; two SWIFTs in one PI may be an intermediary
        yield make_finding(
            ctx, "supplier.conflict", field, "conflict",
            f"{label(field, item)} conflicts: {shown(field, [a.term])} in {a.path} vs "
            f"{shown(field, [b.term])} in {b.path}, and {why}",
            item=item, baseline=observe(field, [a.term]), observed=observe(field, [b.term]),
            explanation=(why, *ctx.item_note([a.term, b.term])),
        )  # fmt: skip

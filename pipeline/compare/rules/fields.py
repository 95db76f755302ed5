"""Field rules: every term of the supplier's latest position against the effective baseline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from pipeline.compare.baseline import BaselineEntry, baseline_of, describe_entry
from pipeline.compare.context import Context, DocInfo, Statement, superseded_how
from pipeline.compare.findings import (
    ChatApproval,
    chat_approval,
    label,
    make_finding,
    observe,
    shown,
)
from pipeline.compare.rules.pi_missing import is_latest_pi, required_on_pi
from pipeline.compare.units import in_pieces
from pipeline.compare.values import (
    colour_terms,
    compare_values,
    display_value,
    material_grade,
    to_decimal,
)
from pipeline.extract.commercial_terms import BALANCE_REST_RULE
from pipeline.model import Finding, Observation, Status, Term

Key = tuple[str, str | None]


def _material_downgrade(base: object, obs: object) -> str | None:
    """'SS304 -> SS201 is a downgrade within stainless steel' when the lexicon ranks it lower."""
    b, o = material_grade(base), material_grade(obs)
    if b is None or o is None or b.family != o.family or o.rank >= b.rank:
        return None
    return f"{o.display} ranks below {b.display} in the {b.family} family (models/lexicon/materials.tsv)"


# ---------------------------------------------------------------- the supplier's position


@dataclass(frozen=True)
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
    aggregates = set(ctx.policy.params["missing"]["aggregates"])
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
        items = {s.item for s in statements} | {k[1] for k in baseline.entries if k[0] == field}
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
            additive = field in ctx.policy.params["sets"]["additive"]
            terms = tuple(exact + general if additive else exact or general)
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
                    earlier.append(
                        f"{s.path} superseded by {last.path} ({superseded_how(s.info, last.info)})"
                    )
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
                why = f"neither {a.path} nor {b.path} is clearly the later ({superseded_how(a.info, b.info)})"
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


# ---------------------------------------------------------------- field decisions


@dataclass(frozen=True)
class Decision:
    """The outcome for one (field, item): a status and the finding that states it."""

    key: Key
    status: Status
    finding: Finding


def _compare_sets(
    ctx: Context, field: str, base: BaselineEntry, observed: tuple[Term, ...]
) -> tuple[list[Term], list[str]]:
    """Observed terms that match no baseline value, and the comparison details."""
    tol = ctx.policy.tolerance(field)
    unmatched: list[Term] = []
    details: list[str] = []
    required = _best_of_family(base.terms) if field == "material" else base.terms
    if field == "material":
        observed = _best_of_family(observed)  # "silicone, food grade silicone" states food grade
    if field == "color":
        required, observed = colour_terms(required, observed)
    looks = ctx.policy.params["sets"].get("looks", {}).get(field, {})
    for term in observed:
        results = [compare_values(field, b.value, term.value, tol) for b in required]
        if any(r.same for r in results):
            details.append(next(r.detail for r in results if r.same))
        elif isinstance(term.value, str) and (
            named := [b.value for b in required if b.value in looks.get(term.value, ())]
        ):
            details.append(f"a {named[0]} surface is {term.value} (compare.toml [sets.looks])")
        else:
            unmatched.append(term)
            details.append(results[0].detail if results else "no baseline value")
    return unmatched, details


def field_decisions(ctx: Context) -> list[Decision]:
    """Decide every (field, item) the supplier states and the baseline holds (bank fields aside)."""
    if "decisions" in ctx.cache:
        return ctx.cache["decisions"]
    baseline = baseline_of(ctx)
    conflicts = conflict_keys(ctx)
    scalar = set(ctx.policy.params["conflict"]["scalar"])
    out: list[Decision] = []
    for key, pos in sorted(
        supplier_positions(ctx).items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        field, item = key
        if key in conflicts:
            continue
        entry = baseline.get(field, item)
        if entry is None:
            agreed = _chat_agreed_without_baseline(ctx, field, item, pos)
            if agreed is not None:
                out.append(Decision(key, "chat_only", agreed))
            continue  # nothing approved to compare with
        if entry.document == pos.info.path:
            continue  # the position is the baseline itself
        if field == "price.total" and _derived_total(ctx, pos):
            continue  # quantity x unit price: those are compared, arithmetic.* checks the sum
        tiers = field == "price.unit" and entry.source == "quote"  # prices by quantity tier
        if (
            field in scalar
            and entry.item is None
            and not tiers
            and len(_distinct_values(ctx, entry.terms)) > 1
        ):
            continue  # e.g. two quantities of a quote with no item key: no single agreed value
        notes: list[str] = []
        if field in ("quantity", "price.unit"):
            entry_info = next((i for i in ctx.infos if i.path == entry.document), None)
            base_terms, base_notes = in_pieces(ctx, entry.terms, entry_info, item)
            obs_terms, obs_notes = in_pieces(ctx, pos.terms, pos.info, item)
            entry, pos = replace(entry, terms=base_terms), replace(pos, terms=obs_terms)
            notes = base_notes + obs_notes
        decision = _decide(ctx, field, item, entry, pos, notes)
        out.append(Decision(key, decision.status, decision))
    ctx.cache["decisions"] = out
    return ctx.cache["decisions"]


def _derived_total(ctx: Context, pos: Position) -> bool:
    """A total of a document that states the quantities and unit prices it multiplies, and adds
    up: a change of it follows from theirs, which are compared on their own (an approved quantity
    change moves the total with it). A total that is not its own quantity x price is compared."""
    terms = pos.info.extraction.terms
    item = pos.statement.term.item
    total = (
        to_decimal(pos.terms[0].value.get("amount"))
        if isinstance(pos.terms[0].value, dict)
        else None
    )
    # the lines it multiplies: the item's own, or for an order total every line of the document
    lines = sorted({t.item for t in terms if t.field == "price.unit"}, key=str)
    if item is not None:
        lines = [item] if item in lines else []
    products = []
    for line in lines:
        q = next((t for t in terms if t.field == "quantity" and t.item == line), None)
        p = next((t for t in terms if t.field == "price.unit" and t.item == line), None)
        count = to_decimal(q.value.get("value")) if q and isinstance(q.value, dict) else None
        price = to_decimal(p.value.get("amount")) if p and isinstance(p.value, dict) else None
        if count is None or price is None:
            return True  # a line whose product cannot be read: arithmetic.* has the last word
        products.append(count * price)
    if not products or total is None:
        return bool(
            any(t.field == "quantity" for t in terms)
            and any(t.field == "price.unit" for t in terms)
        )
    return abs(sum(products, Decimal(0)) - total) <= Decimal("0.01")


def _chat_agreed_without_baseline(
    ctx: Context, field: str, item: str | None, pos: Position
) -> Finding | None:
    """No earlier document states the field, but the supplier proposed a change of it in chat
    ("we need to extend the lead time to 40 days") and the buyer agreed there: chat_only."""
    value = pos.terms[0].value
    found = chat_approval(ctx, field, item, value)
    if found is None or found.proposal is None:
        return None
    proposal_acts = [
        a for i in ctx.of_role("chat") for a in i.extraction.acts
        if a.kind == "proposal" and a.party == "supplier" and field in a.fields
        and a.evidence.timestamp == found.proposal.timestamp
    ]  # fmt: skip
    if not proposal_acts:
        return None  # a supplier merely stating a value is no change without a baseline
    tol = ctx.policy.tolerance(field)
    if any(
        st.role == "chat" and st.party == "buyer" and st.term.field == field
        and (st.term.evidence.timestamp or "") < (found.proposal.timestamp or "")
        and compare_values(field, st.term.value, value, tol).same
        for st in ctx.statements
    ):  # fmt: skip
        return None  # "What can you do at 2,500 pcs?": the buyer's own figure, answered
    what = label(field, item)
    ts = (found.approval.timestamp or "").replace("T", " ")
    return make_finding(
        ctx, "field.chat_only", field, "chat_only",
        f"{what} {shown(field, pos.terms)} was proposed as a change in chat and agreed only there by "
        f"{found.approval.sender or 'the buyer'} on {ts}: confirm it in a signed change order before paying",
        item=item, observed=observe(field, pos.terms), approval=found.approval,
        explanation=(
            "no earlier document states this term; the supplier's message proposes a change of it",
            f"proposed by the supplier: {found.proposal.location()}: {found.proposal.quote!r}",
            f"approved only in chat: {found.document} {found.approval.location()}: {found.approval.quote!r}",
            f"observed: {shown(field, pos.terms)} in {pos.info.path}",
        ),
    )  # fmt: skip


def _best_of_family(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Of several baseline materials of one family ("silicone", "food grade silicone"), the best
    grade is the requirement: a PI matching only the lesser one is a downgrade."""
    best: dict[str, tuple[int, list[Term]]] = {}
    others: list[Term] = []
    for term in terms:
        info = material_grade(term.value)
        if info is None:
            others.append(term)
            continue
        rank, kept = best.get(info.family, (-1, []))
        if info.rank > rank:
            best[info.family] = (info.rank, [term])
        elif info.rank == rank:
            kept.append(term)
    return (*others, *(t for _, kept in best.values() for t in kept))


def _distinct_values(ctx: Context, terms: tuple[Term, ...]) -> list[Term]:
    out: list[Term] = []
    for term in terms:
        tol = ctx.policy.tolerance(term.field)
        if not any(compare_values(term.field, o.value, term.value, tol).same for o in out):
            out.append(term)
    return out


def _kind(ctx: Context, field: str, value: object) -> str | None:
    kinds = ctx.policy.params["sets"].get("kinds", {}).get(field, {})
    text = str(value).upper()
    return next((k for k, members in kinds.items() if text in {m.upper() for m in members}), None)


def _substitutes(
    ctx: Context, field: str, unmatched: list[Term], dropped: list[Term]
) -> list[Term]:
    """Of the values a list adds, those that take the place of a value it leaves out: of the same
    kind (compare.toml [sets.kinds]); where a field has no kinds, every added value does. A
    generic "barcode" is any barcode."""
    if field not in ctx.policy.params["sets"].get("kinds", {}) or not dropped:
        return unmatched
    out = []
    for term in unmatched:
        kind = _kind(ctx, field, term.value)
        if kind is None:
            continue
        generic = str(term.value).lower() == "barcode" or any(
            str(d.value).lower() == "barcode" for d in dropped
        )
        if generic and kind == "barcode":
            continue  # "barcode" names no symbology: it is the EAN or UPC of the other side
        if any(_kind(ctx, field, d.value) == kind for d in dropped):
            out.append(term)
    return out


def _left_out(
    ctx: Context, field: str, base: tuple[Term, ...], observed: tuple[Term, ...]
) -> list[Term]:
    """Baseline values that no observed value matches."""
    tol = ctx.policy.tolerance(field)
    return [
        b
        for b in base
        if not any(compare_values(field, b.value, o.value, tol).same for o in observed)
    ]


def _dropped_finding(
    ctx: Context, field: str, item: str | None, entry: BaselineEntry, pos: Position,
    dropped: list[Term], details: list[str],
) -> Finding:  # fmt: skip
    what = label(field, item)
    return make_finding(
        ctx, "field.undocumented_change", field, "undocumented_change",
        f"{what}: {pos.info.path} lists {shown(field, pos.terms)} and leaves out "
        f"{shown(field, tuple(dropped))}, with no approval on record",
        item=item, baseline=observe(field, entry.terms), observed=observe(field, pos.terms),
        explanation=(
            f"baseline: {describe_entry(entry)}",
            f"observed: {shown(field, pos.terms)} in {pos.info.path}",
            f"left out: {shown(field, tuple(dropped))}", *details, *pos.superseded,
        ),
    )  # fmt: skip


def _decide(
    ctx: Context,
    field: str,
    item: str | None,
    entry: BaselineEntry,
    pos: Position,
    notes: list[str],
) -> Finding:
    baseline = baseline_of(ctx)
    unmatched, details = _compare_sets(ctx, field, entry, pos.terms)
    if unmatched and item is None and not ctx.doc_items(pos.info):
        # A document that lists no items states the values of all items at once.
        others = tuple(
            t
            for (f, k), e in baseline.entries.items()
            if f == field and k is not None
            for t in e.terms
        )
        if others:
            union = BaselineEntry(field, None, others, entry.source, entry.document)
            still, more = _compare_sets(ctx, field, union, tuple(unmatched))
            if not still:
                details.extend(f"{d} (the baseline of an item)" for d in more)
                unmatched = []
    if field == "payment.balance" and unmatched and _rest_of_deposit(unmatched, entry.terms):
        # "T/T 50% deposit, balance before shipment": no share is written; the deposit is compared
        # on its own, and one change of the split is one finding
        details.append("the balance share is not written: it is the rest of the deposit")
        unmatched = []
    dropped: list[Term] = []
    if field in ctx.policy.params["sets"]["additive"]:
        dropped = _left_out(ctx, field, entry.terms, pos.terms)
        unmatched = _substitutes(ctx, field, unmatched, dropped)
        if unmatched and not dropped:
            details.append("the supplier lists more than the baseline, and every baseline value")
            unmatched = []
        elif not unmatched and dropped and field in ctx.policy.params["sets"]["drop_is_change"]:
            return _dropped_finding(ctx, field, item, entry, pos, dropped, details)
        elif dropped and is_latest_pi(ctx, pos.info) and field in required_on_pi(ctx):
            # The PI must state the list, so what it states is the commitment: a certificate it
            # leaves out ("EN71 (CE)" for "EN71 and ASTM F963 / CPSIA") is dropped, not shortened.
            details.append(f"the PI must state it: {required_on_pi(ctx)[field]}")
            return _dropped_finding(ctx, field, item, entry, pos, dropped, details)
    # "FNSKU labeling not included" against a baseline that has the label: ruled out, a change
    # whatever the set rules above say of lists that merely leave a value out
    ruled_out = [
        t for t in pos.terms
        if isinstance(t.value, str) and t.value.startswith("no ")
        and any(b.value == t.value[3:] for b in entry.terms)
    ]  # fmt: skip
    unmatched = [*unmatched, *(t for t in ruled_out if t not in unmatched)]
    if field == "material" and unmatched and not _left_out(ctx, field, entry.terms, pos.terms):
        # "SS304 body, PP lid" against "SS304": a part of another material the baseline does not
        # name is no change; another grade of a family the baseline names is
        families = {g.family for t in entry.terms if (g := material_grade(t.value)) is not None}
        if all(
            (g := material_grade(t.value)) is not None and g.family not in families
            for t in unmatched
        ):
            details.append(
                "the supplier names materials of more parts; every baseline one is there"
            )
            unmatched = []
    if pos.info.role == "quote" and field == "price.unit" and len(unmatched) < len(pos.terms):
        # a quote's prices by quantity tier: one of them is the price of this order
        details.append(f"{pos.info.path} quotes several prices by quantity; one of them matches")
        unmatched = []
    if pos.shared and len(unmatched) < len(pos.terms):
        # Several item-less values (one per item of a key-value PI): one of them is this item's.
        details.append(
            f"{pos.info.path} gives item-less values for several items; one of them matches"
        )
        unmatched = []
    what = label(field, item)
    explanation = [
        f"baseline: {describe_entry(entry)}",
        f"observed: {shown(field, pos.terms)} in {pos.info.path}"
        + (
            f" ({pos.statement.term.evidence.location()})"
            if pos.statement.term.evidence.location()
            else ""
        ),
        f"comparison: {'; '.join(details)}",
        *notes,
        *pos.superseded,
        *ctx.item_note([*entry.terms, *pos.terms]),
    ]
    base_obs = observe(field, entry.terms)
    if not unmatched:
        original = entry.original
        if entry.source == "change":
            orig_unmatched, _ = _compare_sets(ctx, field, original, pos.terms)
            if orig_unmatched:
                approval = entry.approval
                who = f" by {approval.by}" if approval and approval.by else ""
                when = f" on {approval.date}" if approval and approval.date else ""
                return make_finding(
                    ctx, "field.documented_change", field, "documented_change",
                    f"{what} changed from {shown(field, original.terms)} to {shown(field, pos.terms)}, "
                    f"approved{who}{when} in {entry.document}",
                    item=item, baseline=observe(field, original.terms), observed=observe(field, pos.terms),
                    approval=(approval.evidence if approval and approval.evidence else entry.terms[0].evidence),
                    explanation=explanation,
                )  # fmt: skip
        return make_finding(
            ctx, "field.match", field, "match",
            f"{what} {shown(field, pos.terms)} matches the baseline",
            item=item, baseline=base_obs, observed=observe(field, pos.terms), explanation=explanation,
        )  # fmt: skip
    new = unmatched[0]
    new_shown = display_value(field, new.value)
    old_shown = shown(field, entry.terms)
    floor = None
    if field == "material":
        downgrade = next(
            ((b, d) for b in entry.terms if (d := _material_downgrade(b.value, new.value))), None
        )
        if downgrade:
            floor = "material.downgrade"
            old_shown = display_value(field, downgrade[0].value)
            base_obs = observe(field, [downgrade[0]])
            explanation.append(f"downgrade: {downgrade[1]}")
    verb = "downgraded" if floor else "changed"
    rule_id = "field.undocumented_change"
    if field == "material" and not floor and _material_upgrade(entry.terms, new.value):
        # platinum-cured for food-grade silicone, 316 for 304: more than asked; worth knowing,
        # no reason to hold the payment (pipeline/data/severity.toml [rule])
        verb, rule_id = "upgraded", "field.material_upgrade"
    observed = Observation(new.value, new.evidence, new_shown)
    found = chat_approval(ctx, field, item, new.value) or _balance_of_agreed_deposit(
        ctx, field, entry.terms, new.value
    )
    if found is not None:
        ts = (found.approval.timestamp or "").replace("T", " ")
        explanation.append(
            f"approved only in chat: {found.document} {found.approval.location()}: {found.approval.quote!r}"
        )
        if found.proposal is not None:
            explanation.append(
                f"proposed by the supplier: {found.proposal.location()}: {found.proposal.quote!r}"
            )
        return make_finding(
            ctx, "field.chat_only", field, "chat_only",
            f"{what} {verb} from {old_shown} to {new_shown}, agreed only in chat by "
            f"{found.approval.sender or 'the buyer'} on {ts}: confirm it in a signed change order before paying",
            item=item, baseline=base_obs, observed=observed, approval=found.approval,
            explanation=explanation, floor=floor,
        )  # fmt: skip
    for skipped in baseline.skipped:
        proposes = [t for t in skipped.extraction.terms if t.field == field
                    and compare_values(field, t.value, new.value, ctx.policy.tolerance(field)).same]  # fmt: skip
        if proposes:
            explanation.append(
                f"{skipped.document} proposes this value but is not applied: {skipped.reason}"
            )
    if entry.source == "change" and _compare_sets(ctx, field, entry.original, (new,))[0] == []:
        explanation.append(
            f"the approved change in {entry.document} is not carried into {pos.info.path}"
        )
        message = (
            f"{what} is still {new_shown} in {pos.info.path}, although the change approved in "
            f"{entry.document} set it to {old_shown}"
        )
    else:
        message = f"{what} {verb} from {old_shown} to {new_shown} with no approval on record"
    return make_finding(
        ctx, rule_id, field, "undocumented_change", message,
        item=item, baseline=base_obs, observed=observed, explanation=explanation, floor=floor,
    )  # fmt: skip


def _rest_of_deposit(observed: list[Term], base: tuple[Term, ...]) -> bool:
    """Every observed balance share is the unwritten rest of the deposit, due on a trigger the
    baseline has too."""
    triggers = {t.value.get("trigger") for t in base if isinstance(t.value, dict)}
    return all(
        t.rule.startswith(BALANCE_REST_RULE)
        and isinstance(t.value, dict)
        and t.value.get("trigger") in triggers
        for t in observed
    )


def _balance_of_agreed_deposit(
    ctx: Context, field: str, base: tuple[Term, ...], value: object
) -> ChatApproval | None:
    """'ok, 40 days and 50% is fine': a deposit agreed in chat moves the balance with it. A new
    balance share that is the rest of a deposit the buyer agreed in chat, due on the same trigger
    as before, is covered by that agreement (chat_only), not a change nobody approved."""
    if field != "payment.balance" or not isinstance(value, dict):
        return None
    percent, trigger = value.get("percent"), value.get("trigger")
    if not isinstance(percent, int | float) or not any(
        isinstance(t.value, dict) and t.value.get("trigger") == trigger for t in base
    ):
        return None
    return chat_approval(ctx, "payment.deposit", None, {"percent": 100 - percent})


def _material_upgrade(base: tuple[Term, ...], obs: object) -> bool:
    """The observed material is a better grade of the same family as a baseline material."""
    o = material_grade(obs)
    return o is not None and any(
        (b := material_grade(t.value)) is not None and b.family == o.family and o.rank > b.rank
        for t in base
    )


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
                    if (d := _material_downgrade(b.value, s.value))
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

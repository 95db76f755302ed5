"""Field decisions: every (field, item) the supplier states, against the effective baseline, decided
once per order as match, documented_change, chat_only or undocumented_change (the field.* rules
of field_changes.py read them)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from pipeline.compare.baseline import BaselineEntry, baseline_of, describe_entry
from pipeline.compare.context import Context
from pipeline.compare.findings import (
    ChatApproval,
    chat_approval,
    displayed,
    label,
    make_finding,
    observe,
    shown,
)
from pipeline.compare.rules.pi_missing import is_latest_pi, required_on_pi
from pipeline.compare.rules.supplier_position import (
    Key,
    Position,
    conflict_keys,
    material_downgrade,
    supplier_positions,
)
from pipeline.compare.units import in_pieces
from pipeline.compare.values import (
    colour_terms,
    compare_values,
    display_value,
    material_grade,
    to_decimal,
)
from pipeline.model import BALANCE_REST_RULE, Finding, Observation, Status, Term

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
            # a note for every term restated in pieces: without one, the terms are the same
            if base_notes:
                entry = replace(entry, terms=base_terms)
            if obs_notes:
                pos = replace(pos, terms=obs_terms)
            notes = base_notes + obs_notes
        decision = _decide(ctx, field, item, entry, pos, notes)
        out.append(Decision(key, decision.status, decision))
    ctx.cache["decisions"] = out
    return ctx.cache["decisions"]


def _derived_total(ctx: Context, pos: Position) -> bool:
    """A total of a document that states the quantities and unit prices it multiplies, and adds
    up: a change of it follows from theirs, which are compared on their own (an approved quantity
    change moves the total with it). A total that is not its own quantity x price is compared."""
    info = pos.info
    item = pos.statement.term.item
    total = (
        to_decimal(pos.terms[0].value.get("amount"))
        if isinstance(pos.terms[0].value, dict)
        else None
    )
    # the lines it multiplies: the item's own, or for an order total every line of the document
    # (read from the document's index of terms by field and item: a PI of 70 lines has
    # hundreds of terms, and every total of it is asked about)
    fields_items = info.extracted_fields_items()
    lines: list[str | None]
    if item is not None:
        lines = [item] if info.extracted_terms("price.unit", item) else []
    else:
        lines = sorted({i for (f, i) in fields_items if f == "price.unit"}, key=str)
    products = []
    for line in lines:
        q = next(iter(info.extracted_terms("quantity", line)), None)
        p = next(iter(info.extracted_terms("price.unit", line)), None)
        count = to_decimal(q.value.get("value")) if q and isinstance(q.value, dict) else None
        price = to_decimal(p.value.get("amount")) if p and isinstance(p.value, dict) else None
        if count is None or price is None:
            return True  # a line whose product cannot be read: arithmetic.* has the last word
        products.append(count * price)
    if not products or total is None:
        stated = {f for (f, _) in fields_items}
        return "quantity" in stated and "price.unit" in stated
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
        st.role == "chat" and st.party == "buyer"
        and (st.term.evidence.timestamp or "") < (found.proposal.timestamp or "")
        and compare_values(field, st.term.value, value, tol).same
        for st in ctx.statements_of(field)
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
    # the supplier's terms and the baseline's as a person reads them: observed once, shown in
    # the explanation, the message and the finding
    pos_obs, base_obs = observe(field, pos.terms), observe(field, entry.terms)
    pos_shown = displayed(pos_obs)
    location = pos.statement.term.evidence.location()
    explanation = [
        f"baseline: {describe_entry(entry)}",
        f"observed: {pos_shown} in {pos.info.path}" + (f" ({location})" if location else ""),
        f"comparison: {'; '.join(details)}",
        *notes,
        *pos.superseded,
        *ctx.item_note([*entry.terms, *pos.terms]),
    ]
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
                    f"{what} changed from {shown(field, original.terms)} to {pos_shown}, "
                    f"approved{who}{when} in {entry.document}",
                    item=item, baseline=observe(field, original.terms), observed=pos_obs,
                    approval=(approval.evidence if approval and approval.evidence else entry.terms[0].evidence),
                    explanation=explanation,
                )  # fmt: skip
        return make_finding(
            ctx, "field.match", field, "match",
            f"{what} {pos_shown} matches the baseline",
            item=item, baseline=base_obs, observed=pos_obs, explanation=explanation,
        )  # fmt: skip
    new = unmatched[0]
    new_shown = display_value(field, new.value)
    old_shown = displayed(base_obs)
    floor = None
    if field == "material":
        downgrade = next(
            ((b, d) for b in entry.terms if (d := material_downgrade(b.value, new.value))), None
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

"""Building findings: labels a person reads, observations from terms, severity from the policy,
and the search for a buyer's approval in chat."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from pipeline.compare.context import Context, DocInfo, Statement
from pipeline.compare.values import compare_values, display_value
from pipeline.field_registry import registry
from pipeline.model import ChatAct, Evidence, Finding, Observation, Status, Term, Value

# How compare's explanations name a field (pipeline/data/fields.toml `label`).
FIELD_LABELS: dict[str, str] = {name: spec.label for name, spec in registry().items()}


_EVIDENCE_KEYS = tuple(f.name for f in fields(Evidence))


def evidence_from_json(data: object, default_document: str) -> Evidence | None:
    """An Evidence from its JSON form (as extract stores it in Extraction.facts), or None."""
    if isinstance(data, Evidence):
        return data
    if not isinstance(data, dict):
        return None
    known = {k: data[k] for k in _EVIDENCE_KEYS if data.get(k) is not None}
    known.setdefault("document", default_document)
    known.setdefault("quote", "")
    return Evidence(**known)


def label(field: str, item: str | None = None) -> str:
    """'Unit price of item TB-500', 'Lead time'."""
    name = FIELD_LABELS.get(field, field)
    return f"{name} of item {item}" if item else name


def observe(field: str, terms: Sequence[Term]) -> Observation | None:
    """An Observation of one or several terms of one document (a set shows as a list)."""
    if not terms:
        return None
    values: Value = terms[0].value if len(terms) == 1 else [t.value for t in terms]
    return Observation(values, terms[0].evidence, display_value(field, values))


def shown(field: str, terms: Sequence[Term]) -> str:
    return displayed(observe(field, terms))


def displayed(obs: Observation | None) -> str:
    """An observation as a person reads it; '(not stated)' for none."""
    return obs.display or "" if obs else "(not stated)"


def make_finding(
    ctx: Context,
    rule: str,
    field: str,
    status: Status,
    message: str,
    *,
    item: str | None = None,
    baseline: Observation | None = None,
    observed: Observation | None = None,
    approval: Evidence | None = None,
    explanation: Sequence[str] = (),
    floor: str | None = None,
) -> Finding:
    """A Finding with its severity from the order's policy (overrides and floors applied)."""
    severity = ctx.policy.severity(field, status, rule, floor)
    if item is None and ctx.items.single and field in ctx.policy.params["items"]["item_fields"]:
        item = ctx.items.sole  # an order of one product: name it on its findings
    return Finding(
        field=field,
        status=status,
        severity=severity,
        message=message,
        rule=rule,
        item=item,
        baseline=baseline,
        observed=observed,
        approval=approval,
        explanation=tuple(dict.fromkeys(e for e in explanation if e)),
    )


@dataclass(frozen=True)
class ChatApproval:
    """A buyer's approval in chat of a supplier's proposal: both messages."""

    approval: Evidence
    proposal: Evidence | None
    document: str


def chat_approval(ctx: Context, field: str, item: str | None, value: Value) -> ChatApproval | None:
    """The buyer's chat approval of `value` for this field, after a supplier proposal of it, if any.

    A proposal is a supplier chat message stating the value (or a proposal act naming the field);
    the approval is a later buyer approval act naming the field or no field at all, with no buyer
    rejection in between. A buyer message that itself states the value and approves it counts too.
    Every chat export and mail of the order is one conversation: a reply saved as its own .eml
    answers the mail before it.
    """
    tol = ctx.policy.tolerance(field)
    proposals: list[tuple[str, Evidence]] = []
    buyer_states: set[tuple[int, str]] = set()
    supplier_topics: list[tuple[str, tuple[str, ...]]] = []
    approvals: list[tuple[str, DocInfo, ChatAct]] = []
    requests: list[tuple[str, DocInfo, ChatAct]] = []
    rejections: list[str] = []
    said_in_chat: dict[int, list[Statement]] = {}  # the field's chat statements by document
    for st in ctx.statements_of(field):
        if st.role == "chat":
            said_in_chat.setdefault(st.info.index, []).append(st)
    for info in ctx.of_role("chat"):
        for st in said_in_chat.get(info.index, []):
            if (
                not _item_fits(st, item)
                or not compare_values(field, st.term.value, value, tol).same
            ):
                continue
            stamp = st.term.evidence.timestamp or ""
            if st.party == "supplier":
                proposals.append((stamp, st.term.evidence))
            elif st.party == "buyer":
                buyer_states.add((info.index, stamp))
        for act in info.extraction.acts:
            stamp = act.evidence.timestamp or ""
            # New bank details announced by the supplier propose the whole bank block.
            is_proposal = act.party == "supplier" and (
                (act.kind == "proposal" and field in act.fields)
                or (act.kind == "bank_announcement" and field.startswith("bank."))
            )
            if is_proposal and not _act_states_other_value(ctx, info, act.evidence, field, value):
                proposals.append((stamp, act.evidence))
            if act.party == "supplier" and act.kind in ("proposal", "bank_announcement"):
                supplier_topics.append((stamp, _topics(act)))
            if act.party != "buyer":
                continue
            if act.kind == "approval":
                if _act_states_other_value(ctx, info, act.evidence, field, value):
                    # "our agreed terms are 30% deposit, as in your quotation": the buyer holds
                    # to another value; that answers the proposal with a no.
                    rejections.append(stamp)
                else:
                    approvals.append((stamp, info, act))
            elif act.kind == "rejection" and (not act.fields or field in act.fields):
                rejections.append(stamp)
            elif act.kind == "proposal":
                requests.append((stamp, info, act))
    supplier_topics.sort()
    for stamp, info, act in sorted(approvals, key=lambda a: a[0]):
        if act.fields and field not in act.fields:
            # "ok, we will pay the balance to the new account": an answer to the supplier's
            # last proposal is an approval of it, whatever else the message names.
            before = [t for t in supplier_topics if t[0] <= stamp]
            if not before or field not in before[-1][1]:
                continue
        if (info.index, stamp) in buyer_states:
            return ChatApproval(act.evidence, None, info.path)
        earlier = [p for p in proposals if p[0] <= stamp]
        if not earlier:
            continue
        last_proposal = max(earlier, key=lambda p: p[0])
        if any(last_proposal[0] < r < stamp for r in rejections):
            continue
        return ChatApproval(act.evidence, last_proposal[1], info.path)
    # The buyer asked for the value in chat ("please make it Pantone 289 C"): a buyer request
    # is the buyer's agreement, still only in chat.
    for stamp, info, act in requests:
        if (info.index, stamp) in buyer_states and (not act.fields or field in act.fields):
            return ChatApproval(act.evidence, None, info.path)
    return None


def _topics(act: ChatAct) -> tuple[str, ...]:
    if act.kind == "bank_announcement":
        return (*act.fields, "bank.beneficiary", "bank.name", "bank.account", "bank.swift")
    return act.fields


def _item_fits(st: Statement, item: str | None) -> bool:
    return st.item is None or st.item == item


def _act_states_other_value(
    ctx: Context, info: object, evidence: Evidence, field: str, value: Value
) -> bool:
    # A proposal act whose message carries a term of the field with another value proposes that value.
    tol = ctx.policy.tolerance(field)
    for st in ctx.statements_of(field):
        same_message = (
            st.info is info
            and st.term.evidence.timestamp == evidence.timestamp
            and st.term.evidence.sender == evidence.sender
        )
        if same_message and not compare_values(field, st.term.value, value, tol).same:
            return True
    return False


def callback_advice(ctx: Context, announced_in: str, named: str | None = None) -> str:
    """The call-back instruction every bank finding carries: a number from an earlier document."""
    phone = ctx.config.supplier.phone
    announcing = next((i for i in ctx.infos if i.path == announced_in), None)
    # The supplier's own earlier documents carry its letterhead phone number; the buyer's last.
    earlier = [
        i.path
        for i in sorted(ctx.infos, key=lambda i: (i.role in ("spec", "sample"), i.key()))
        if i.role in ("quote", "pi", "spec", "sample", "other")
        and i.path != announced_in
        and i.extraction.terms
        and (announcing is None or i.key() < announcing.key())
    ]
    if phone:
        source = f"the supplier's number on file in order.toml ({phone})"
    elif earlier:
        source = f"a number taken from an earlier document ({earlier[0]})"
    else:
        source = "a number taken from an earlier, trusted document"
    return f"verify by a call-back to {source}, never to a number given in {named or announced_in}"

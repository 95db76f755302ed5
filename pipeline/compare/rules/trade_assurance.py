"""Alibaba Trade Assurance coverage risks, checked when order.toml marks the order trade_assurance.

Facts from Alibaba's help pages as summarised in ../shared/domain.md: T/T is covered only to the
platform-designated account; breaches the buyer accepted or acquiesced to (in chat) are not
covered; standards not written into the contract are not covered; claims within 30 days of receipt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context
from pipeline.compare.findings import callback_advice, label, make_finding, observe
from pipeline.compare.rules.bank import bank_statements
from pipeline.compare.rules.field_decisions import field_decisions
from pipeline.compare.values import compare_values, display_value
from pipeline.errors import ConfigError
from pipeline.model import Evidence, Finding, Observation

FIELD = "x.trade_assurance"


def today() -> dt.date:
    """The date the claim window is measured against (a function so tests can fix it)."""
    return dt.date.today()


def designated_account(ctx: Context) -> dict[str, str]:
    """order.toml `[trade_assurance]` account / beneficiary / swift: the platform-designated account."""
    return ctx.config.trade_assurance_account


def trade_assurance_enabled(ctx: Context) -> bool:
    """order.toml `trade_assurance = true`, or a `[trade_assurance]` table not set `enabled = false`."""
    return ctx.config.trade_assurance


def rule_off_platform_account(ctx: Context) -> Iterator[Finding]:
    """Payment instructions to an account other than the platform-designated one."""
    if not trade_assurance_enabled(ctx):
        return
    designated = designated_account(ctx)
    for key, field in (
        ("account", "bank.account"),
        ("beneficiary", "bank.beneficiary"),
        ("swift", "bank.swift"),
    ):
        if key not in designated:
            continue
        tol = ctx.policy.tolerance(field)
        seen: set[str] = set()
        for st in bank_statements(ctx, field):
            if (
                compare_values(field, designated[key], st.term.value, tol).same
                or str(st.term.value) in seen
            ):
                continue
            seen.add(str(st.term.value))
            yield make_finding(
                ctx, "ta.off_platform_account", field, "undocumented_change",
                f"{st.path} asks for payment to {label(field).lower()} {display_value(field, st.term.value)}, not the "
                f"Trade Assurance account {designated[key]}: a T/T there is not covered; {callback_advice(ctx, st.path)}",
                baseline=Observation(designated[key], None, designated[key]), observed=observe(field, [st.term]),
                explanation=("Trade Assurance covers T/T only to the supplier's platform-designated account",
                             "designated account from order.toml [trade_assurance]"),
            )  # fmt: skip


def rule_acquiescence(ctx: Context) -> Iterator[Finding]:
    """The buyer agreed in chat to a change or a delay: acquiescence is excluded from coverage."""
    if not trade_assurance_enabled(ctx):
        return
    cited: set[tuple[str, str | None]] = set()
    for decision in field_decisions(ctx):
        f = decision.finding
        if decision.status != "chat_only" or f.approval is None:
            continue
        cited.add((f.approval.document, f.approval.timestamp))
        yield make_finding(
            ctx, "ta.acquiescence", FIELD, "chat_only",
            f"Agreeing in chat to the {label(f.field, f.item).lower()} change may void Trade Assurance cover "
            f"for it: breaches the buyer accepted are excluded",
            item=f.item, baseline=f.baseline, observed=f.observed, approval=f.approval,
            explanation=(f"chat approval: {f.approval.location()}: {f.approval.quote!r}", f"finding: {f.message}"),
        )  # fmt: skip
    for info in ctx.of_role("chat"):
        acts = info.extraction.acts
        for act in acts:
            if act.kind != "approval" or act.party != "buyer":
                continue
            if (act.evidence.document, act.evidence.timestamp) in cited:
                continue
            stamp = act.evidence.timestamp or ""
            proposal = [
                p
                for p in acts
                if p.kind == "proposal"
                and p.party == "supplier"
                and (p.evidence.timestamp or "") <= stamp
            ]
            if not proposal:
                continue
            last = proposal[-1]
            fields = act.fields or last.fields
            if not fields:
                continue
            about = ", ".join(label(f).lower() for f in fields)
            yield make_finding(
                ctx, "ta.acquiescence", FIELD, "chat_only",
                f"The buyer agreed in chat to the supplier's proposal on {about}: Trade Assurance does not cover "
                f"breaches the buyer acquiesced to",
                observed=Observation(act.evidence.quote, act.evidence, act.evidence.quote), approval=act.evidence,
                explanation=(f"proposal: {last.evidence.location()}: {last.evidence.quote!r}",
                             f"approval: {act.evidence.location()}: {act.evidence.quote!r}"),
            )  # fmt: skip


def rule_standard_not_in_contract(ctx: Context) -> Iterator[Finding]:
    """A standard of the spec (certification, inspection, material grade) that the latest PI does not state."""
    if not trade_assurance_enabled(ctx):
        return
    tier = ctx.latest_tier("pi")
    if not tier:
        return
    baseline = baseline_of(ctx)
    for field in ctx.policy.params["trade_assurance"]["standard_fields"]:
        entries = [
            e
            for (f, _), e in sorted(
                baseline.entries.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
            )
            if f == field and e.source != "quote"
        ]
        if not entries:
            continue
        stated = [t.value for pi in tier for t in pi.extraction.terms if t.field == field]
        terms = [t for e in entries for t in e.terms]
        if stated:
            # Certificates are a set: a PI stating LFGB leaves the spec's FDA out all the same.
            # For the other standards (material grade, inspection clause) stating the field is enough.
            if field != "certification":
                continue
            terms = [t for t in terms if t.value not in stated]
            if not terms:
                continue
        values = sorted({display_value(field, t.value) for t in terms})
        yield make_finding(
            ctx, "ta.standard_not_in_contract", FIELD, "missing",
            f"The spec's {label(field).lower()} ({', '.join(values)}) is not written into the PI {tier[-1].path}: "
            f"Trade Assurance does not cover standards left out of the contract",
            baseline=observe(field, terms[:1]),
            observed=Observation(None, Evidence(document=tier[-1].path, quote=""), "(not stated)"),
            explanation=tuple(f"{t.evidence.document} {t.evidence.location()}: {t.evidence.quote!r}" for t in terms[:3]),
        )  # fmt: skip


def rule_claim_window(ctx: Context) -> Iterator[Finding]:
    """The claim window: 30 days from confirmed receipt (order.toml receipt_date)."""
    if not trade_assurance_enabled(ctx) or not ctx.config.receipt_date:
        return
    try:
        received = dt.date.fromisoformat(ctx.config.receipt_date[:10])
    except ValueError as exc:
        raise ConfigError(
            ctx.config.source or "order.toml",
            f"receipt_date {ctx.config.receipt_date!r} is not an ISO date",
        ) from exc
    days = int(ctx.policy.params["trade_assurance"]["claim_window_days"])
    deadline = received + dt.timedelta(days=days)
    now = today()
    evidence = Evidence(document="order.toml", quote=f"receipt_date = {ctx.config.receipt_date}")
    explanation = (f"receipt confirmed {received.isoformat()}; claims within {days} days (pipeline/data/compare.toml)",
                   f"today {now.isoformat()}")  # fmt: skip
    if now > deadline:
        yield make_finding(
            ctx, "ta.claim_window", FIELD, "missing",
            f"The Trade Assurance claim window closed on {deadline.isoformat()} ({days} days after receipt on "
            f"{received.isoformat()}): a claim is no longer possible",
            observed=Observation(deadline.isoformat(), evidence, deadline.isoformat()), explanation=explanation,
        )  # fmt: skip
    else:
        left = (deadline - now).days
        yield make_finding(
            ctx, "ta.claim_window", FIELD, "match",
            f"File any Trade Assurance claim by {deadline.isoformat()} ({left} days left, {days} days after receipt)",
            observed=Observation(deadline.isoformat(), evidence, deadline.isoformat()), explanation=explanation,
        )  # fmt: skip

"""The release checklist (order.toml [release]) and the contract's verdict rule (section 3)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.compare.context import Context, party_of_sender
from pipeline.compare.findings import evidence_from_json
from pipeline.compare.rules.inspection import inspection_result
from pipeline.errors import ConfigError
from pipeline.model import SEVERITIES, Condition, Document, Finding, Verdict, severity_rank

HOLD_SEVERITIES = ("critical", "high")
MAX_FINDING_REASONS = 8


def _check_inspection(ctx: Context, required: Any, findings: Sequence[Finding]) -> Condition:
    if required not in ("passed", "present"):
        raise ConfigError(
            ctx.config.source or "order.toml",
            f'[release] inspection = {required!r}: use "passed" or "present"',
        )
    reports = ctx.of_role("inspection")
    if not reports:
        return Condition("inspection", str(required), False, "no inspection report is on file")
    results = [(info.path, inspection_result(info)[0]) for info in reports]
    if required == "present":
        return Condition(
            "inspection", "present", True, f"inspection report on file: {results[-1][0]}"
        )
    path, result = results[-1]
    if result == "passed":
        return Condition("inspection", "passed", True, f"{path} says passed")
    said = f"says {result}" if result else "states no result"
    return Condition("inspection", "passed", False, f"the latest inspection report {path} {said}")


def _check_bank_verified(ctx: Context, required: Any, findings: Sequence[Finding]) -> Condition:
    if not isinstance(required, bool):
        raise ConfigError(
            ctx.config.source or "order.toml",
            f"[release] bank_verified = {required!r}: use true or false",
        )
    if not required:
        return Condition("bank_verified", "false", True, "not required")
    record = ctx.config.bank_verification
    if record:
        return _recorded_callback(ctx, record)
    notes, claims = [], []
    for info in ctx.infos:
        note = info.extraction.facts.get("bank_callback")
        if not isinstance(note, dict) or note.get("verified") is False:
            continue
        evidence = evidence_from_json(note.get("evidence"), info.path)
        where = (
            f"{info.path} ({evidence.location()}: {evidence.quote!r})" if evidence else info.path
        )
        # only the buyer's own word counts: a supplier writing "our boss phoned the bank, the new
        # account is verified" is the claim a call-back exists to check (issue 11)
        if info.role == "chat" and party_of_sender(note.get("sender"), ctx.config) == "buyer":
            notes.append(where)
        else:
            claims.append(where)
    if notes:
        return Condition(
            "bank_verified", "true", True, f"the buyer's call-back note: {'; '.join(notes)}"
        )
    detail = "no call-back by the buyer verifying the bank details is on file"
    if claims:
        detail += f" (a note not written by the buyer does not count: {'; '.join(claims)})"
    return Condition(
        "bank_verified", "true", False, f"{detail}; record it in order.toml [bank_verification]"
    )


def _recorded_callback(ctx: Context, record: dict[str, str]) -> Condition:
    """order.toml [bank_verification]: who called which number when, and the account confirmed;
    met when that account is the one the latest PI asks the balance to go to."""
    confirmed = re.sub(r"[^0-9A-Z]", "", str(record.get("account", "")).upper())
    pi = ctx.latest_pi
    accounts = [
        re.sub(r"[^0-9A-Z]", "", str(t.value).upper())
        for t in (pi.extraction.terms if pi else ())
        if t.field == "bank.account"
    ]
    who = f"{record.get('called_by')} called {record.get('number')} on {record.get('date')}"
    if accounts and confirmed not in accounts:
        return Condition(
            "bank_verified", "true", False,
            f"{who} and confirmed account {record.get('account')}, but the latest PI {pi.path if pi else ''} "
            f"asks for payment to {', '.join(accounts)}",
        )  # fmt: skip
    return Condition(
        "bank_verified",
        "true",
        True,
        f"{who} and confirmed account {record.get('account')} (order.toml)",
    )


def _check_no_open(ctx: Context, required: Any, findings: Sequence[Finding]) -> Condition:
    if required not in SEVERITIES:
        raise ConfigError(
            ctx.config.source or "order.toml",
            f"[release] no_open = {required!r}: use one of {', '.join(SEVERITIES)}",
        )
    limit = severity_rank(required)
    open_ = [f for f in findings if f.status != "match" and severity_rank(f.severity) <= limit]
    if not open_:
        return Condition(
            "no_open", str(required), True, f"no open finding of severity {required} or worse"
        )
    return Condition(
        "no_open",
        str(required),
        False,
        f"{len(open_)} open finding(s) of severity {required} or worse",
    )


def _check_documents(ctx: Context, required: Any, findings: Sequence[Finding]) -> Condition:
    wanted = (
        [required]
        if isinstance(required, str)
        else list(required)
        if isinstance(required, list)
        else None
    )
    if wanted is None:
        raise ConfigError(
            ctx.config.source or "order.toml",
            "[release] documents must be a role or a list of roles or paths",
        )
    absent = []
    for want in wanted:
        present = [
            i
            for i in ctx.infos
            if (i.role == want or i.path == want) and i.extraction.document.status != "unreadable"
        ]
        if not present:
            absent.append(str(want))
    shown = ", ".join(str(w) for w in wanted)
    if absent:
        return Condition(
            "documents", shown, False, f"not on file (or unreadable): {', '.join(absent)}"
        )
    return Condition("documents", shown, True, "all on file")


# One function per [release] condition (pipeline/config.py lists the accepted keys).
CONDITIONS: dict[str, Callable[[Context, Any, Sequence[Finding]], Condition]] = {
    "inspection": _check_inspection,
    "bank_verified": _check_bank_verified,
    "no_open": _check_no_open,
    "documents": _check_documents,
}


def release_checklist(ctx: Context, findings: Sequence[Finding]) -> tuple[Condition, ...]:
    """Every condition of order.toml [release], evaluated one by one."""
    out = []
    for name, required in ctx.config.release.items():
        check = CONDITIONS.get(name)
        if check is None:
            raise ConfigError(
                ctx.config.source or "order.toml",
                f"[release] {name} is not a known condition ({', '.join(CONDITIONS)})",
            )
        out.append(check(ctx, required, findings))
    return tuple(out)


# A buyer's approval that accepts the offer names it ("quotation QTN2026001 is accepted", "price
# ok", "报价没问题"); "saw the photos, no problem" accepts nothing. A quote countersigned by the buyer
# ("Buyer's confirmation: ACCEPTED - Anna Keller") is accepted on its face.
_ABOUT_THE_OFFER = re.compile(
    r"quot|offer|price|pricing|\bpi\b|proforma|order|报价|价格|单价|订单|angebot|preis|devis|prix|"
    r"oferta|precio|cotiza|offerta|prezzo",
    re.I,
)
_SIGNED_OFFER = re.compile(
    r"(?:buyer'?s?|customer'?s?)\s+(?:confirmation|acceptance|approval|signature)\s*[:：]\s*"
    r"(?:accepted|approved|confirmed|ok\b|signed)",
    re.I,
)


def scope_gaps(ctx: Context) -> tuple[str, ...]:
    """What the folder lacks for an audit at all (contract section 3): an approved baseline (a
    spec, a sample record or a quote the buyer accepted) and a PI to compare with it."""

    def readable(role: str) -> bool:
        return any(i.role == role and i.extraction.terms for i in ctx.infos)

    def accepted() -> bool:
        # asked only when no spec or sample record is readable: it reads every block of a quote
        return any(
            a.kind == "approval"
            and a.party == "buyer"
            and _ABOUT_THE_OFFER.search(a.evidence.quote)
            for i in ctx.of_role("chat")
            for a in i.extraction.acts
        ) or any(
            _SIGNED_OFFER.search(b.text)
            for i in ctx.of_role("quote")
            for b in i.extraction.document.blocks
        )

    gaps = []
    if not (readable("spec") or readable("sample") or (readable("quote") and accepted())):
        gaps.append(
            "No approved baseline is on file (no readable spec, sample record or accepted quote): "
            "nothing the supplier's terms could be checked against"
        )
    if not readable("pi"):
        gaps.append(
            "No readable proforma invoice is on file: the supplier's final terms were not seen"
        )
    return tuple(gaps)


def decide_verdict(
    findings: Sequence[Finding],
    checklist: Sequence[Condition],
    documents: Sequence[Document],
    gaps: Sequence[str] = (),
) -> Verdict:
    """HOLD on any open high/critical or an unmet condition; REVIEW on medium, a partial/unreadable
    document or nothing to audit (no baseline or no PI); else RELEASE (contract section 3)."""
    open_ = [f for f in findings if f.status != "match"]
    if any(f.severity in HOLD_SEVERITIES for f in open_) or any(not c.met for c in checklist):
        return "HOLD"
    if (
        any(f.severity == "medium" for f in open_)
        or any(d.status in ("partial", "unreadable") for d in documents)
        or gaps
    ):
        return "REVIEW"
    return "RELEASE"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def verdict_reasons(
    verdict: Verdict,
    findings: Sequence[Finding],
    checklist: Sequence[Condition],
    documents: Sequence[Document],
    gaps: Sequence[str] = (),
) -> tuple[str, ...]:
    """One sentence per reason, worst first."""
    reasons = [
        _sentence(f"Release condition not met: {c.name} = {c.required} ({c.detail})")
        for c in checklist
        if not c.met
    ]
    reasons.extend(_sentence(g) for g in gaps)
    open_ = sorted(
        (f for f in findings if f.status != "match"), key=lambda f: severity_rank(f.severity)
    )
    shown_levels = ("critical", "high") if verdict == "HOLD" else ("medium",)
    serious = [f for f in open_ if f.severity in shown_levels]
    for f in serious[:MAX_FINDING_REASONS]:
        reasons.append(_sentence(f"{f.severity.capitalize()}: {f.message}"))
    if len(serious) > MAX_FINDING_REASONS:
        reasons.append(
            _sentence(
                f"And {len(serious) - MAX_FINDING_REASONS} more {' or '.join(shown_levels)} findings"
            )
        )
    if verdict != "RELEASE":
        for d in documents:
            if d.status in ("partial", "unreadable"):
                reasons.append(_sentence(f"{d.path} is {d.status}: {d.error or 'no reason given'}"))
    if (
        verdict == "REVIEW"
        and not serious
        and not gaps
        and not any(d.status != "read" for d in documents)
    ):
        reasons.append("Open findings need a look before paying.")
    if verdict == "RELEASE":
        met = " and every release condition is met" if checklist else ""
        reasons.append(_sentence(f"No open finding of medium severity or above{met}"))
    return tuple(reasons)

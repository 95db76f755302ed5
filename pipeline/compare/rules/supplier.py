"""Supplier verification (issue 15): is the company on every document the one the buyer vetted?

Each check is a rule of RULES with its severity in pipeline/data/severity.toml [rule]; fields
are extensions, `x.supplier.*` (docs/rules.md). The reference is order.toml `[supplier]`, else
the first documents that name the supplier (pipeline/compare/supplier_reference.py). The
beneficiary check is the bank rule `bank.beneficiary_not_supplier`, which reads the same names.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.compare.context import Context, DocInfo
from pipeline.compare.findings import callback_advice, make_finding
from pipeline.compare.supplier_reference import (
    evidence_of,
    identity,
    identity_documents,
    licence,
    name_verdict,
    names_of,
    supplier_reference,
)
from pipeline.extract.supplier_lexicon import (
    free_mail_domains,
    is_trading_name,
    look_alike_letters,
    phrase_pattern,
)
from pipeline.model import Finding, Observation

MAX_DOMAIN_EDITS = 2  # a look-alike domain is this close to the company's, and not equal


def rule_entity_changed(ctx: Context) -> Iterator[Finding]:
    """A document names another legal entity than the vetted one (order.toml, else the licence
    or the first quotation): a later PI in another company's name is another contract party."""
    ref = supplier_reference(ctx)
    if not ref.names:
        return
    for info in identity_documents(ctx):
        if info.path in ref.from_documents:
            continue
        others = []
        for entry in names_of(info):
            same, why = name_verdict(str(entry["value"]), ref)
            if same is False:
                others.append((entry, why))
        if not others:
            continue
        entry, why = others[0]
        shown = ", ".join(dict.fromkeys(str(e["value"]) for e, _ in others))
        first = ref.names[0]
        yield make_finding(
            ctx, "supplier.entity_changed", "x.supplier.entity", "undocumented_change",
            f"{info.path} names {shown} as the supplier, not {first.value} ({first.source}): "
            "a different legal entity; confirm with the supplier in writing who signs and who is paid",
            baseline=Observation(first.value, first.evidence, first.value),
            observed=Observation(str(entry["value"]), evidence_of(entry, info), str(entry["value"])),
            explanation=(why, *(f"read from the {e.get('source')} of {info.path}" for e, _ in others)),
        )  # fmt: skip


def rule_uscc_invalid(ctx: Context) -> Iterator[Finding]:
    """A Unified Social Credit Code that fails its check character (python-stdnum cn.uscc)."""
    seen: set[str] = set()
    for info in identity_documents(ctx):
        for entry in identity(info).get("uscc", []):
            code = str(entry["value"])
            if entry.get("valid") or code in seen:
                continue
            seen.add(code)
            yield make_finding(
                ctx, "supplier.uscc_invalid", "x.supplier.uscc", "undocumented_change",
                f"The Unified Social Credit Code {code} in {info.path} is not valid "
                f"({entry.get('problem') or 'check failed'}): a mistyped or invented code; ask for "
                "the business licence and check the code on the national enterprise credit system",
                observed=Observation(code, evidence_of(entry, info), code),
                explanation=("checked with python-stdnum cn.uscc (GB 32100-2015 check character)",),
            )  # fmt: skip


def rule_uscc_differs(ctx: Context) -> Iterator[Finding]:
    """A valid USCC that is not the vetted one: the code names one legal entity."""
    ref = supplier_reference(ctx)
    if ref.uscc is None:
        return
    seen: set[str] = set()
    for info in identity_documents(ctx):
        for entry in identity(info).get("uscc", []):
            code = str(entry["value"])
            if not entry.get("valid") or code == ref.uscc.value or code in seen:
                continue
            seen.add(code)
            yield make_finding(
                ctx, "supplier.uscc_differs", "x.supplier.uscc", "conflict",
                f"{info.path} gives the Unified Social Credit Code {code}, not {ref.uscc.value} "
                f"({ref.uscc.source}): another legal entity",
                baseline=Observation(ref.uscc.value, ref.uscc.evidence, ref.uscc.value),
                observed=Observation(code, evidence_of(entry, info), code),
                explanation=(f"reference code from {ref.uscc.source}",),
            )  # fmt: skip


def _trading_signs(ctx: Context) -> list[tuple[DocInfo, dict, str]]:
    signs = []
    manufacturing = phrase_pattern("manufacturing")
    for info in identity_documents(ctx):
        found = licence(info)
        scope = (found.get("business_scope") or {}).get("value") if found else None
        if scope and not manufacturing.search(str(scope)):
            entry = found["business_scope"]
            signs.append((info, entry, f"the business scope of {info.path} names no manufacturing"))
        for entry in names_of(info):
            word = is_trading_name(str(entry["value"]))
            if word:
                signs.append((info, entry, f"{entry['value']} ({info.path}) says {word!r}"))
    return signs


def rule_trading_company(ctx: Context) -> Iterator[Finding]:
    """order.toml says the supplier is a manufacturer; a document shows a trading company."""
    ref = supplier_reference(ctx)
    if ref.supplier_type != "manufacturer":
        return
    signs = _trading_signs(ctx)
    if not signs:
        return
    info, entry, _ = signs[0]
    value = str(entry["value"])
    yield make_finding(
        ctx, "supplier.trading_company", "x.supplier.type", "undocumented_change",
        f"order.toml vetted a manufacturer, but {signs[0][2]}: a trading company stands between "
        "you and the factory (quality, lead time and claims go through it)",
        baseline=Observation("manufacturer", None, "manufacturer (order.toml [supplier] supplier_type)"),
        observed=Observation(value, evidence_of(entry, info), value[:200]),
        explanation=tuple(why for _, _, why in signs),
    )  # fmt: skip


def _skeleton(domain: str) -> str:
    label = domain.lower().split(".")[0]
    for written, reads_as in look_alike_letters():
        label = label.replace(written, reads_as)
    return label.replace("-", "")


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def look_alike(domain: str, company: str) -> str | None:
    """Why `domain` imitates `company` (brightvvay.com, brightway-co.com, brightway.co), or None."""
    if domain == company or domain.endswith("." + company):
        return None
    a, b = domain.split("."), company.split(".")
    if a[0] == b[0]:
        return f"{domain} has the company's name {b[0]} under another ending"
    if _skeleton(domain) == _skeleton(company):
        return f"{domain} reads as {company} (look-alike letters)"
    if _edits(a[0], b[0]) <= MAX_DOMAIN_EDITS and min(len(a[0]), len(b[0])) >= 5:
        return f"{domain} is {_edits(a[0], b[0])} letters from {company}"
    if b[0] in a[0] and len(b[0]) >= 5:
        return f"{domain} wraps the company's name {b[0]}"
    return None


def rule_email_domain(ctx: Context) -> Iterator[Finding]:
    """Mail in the supplier's name from a free-mail or look-alike domain after mail from (or the
    vetting of) the company's own domain: the mailbox may not be the supplier's."""
    ref = supplier_reference(ctx)
    company = {k.value for k in ref.domains}
    free = free_mail_domains()
    known_names: set[str] = set()
    company_mail = bool(ctx.config.supplier.domains)  # vetted, or seen in earlier mail
    senders = []
    for info in ctx.of_role("chat", "other", "quote", "pi", "change"):
        senders += [(s.get("first") or "", info, s) for s in identity(info).get("senders", [])]
    seen: set[str] = set()
    for _, info, sender in sorted(senders, key=lambda t: t[0]):
        address, domain = str(sender["value"]), str(sender["domain"])
        name = str(sender.get("name") or "").lower()
        if sender.get("party") == "buyer" or domain in _buyer_domains(ctx):
            continue
        if domain in company:
            company_mail = True
            if name:
                known_names.add(name)
            continue
        why = next((w for c in sorted(company) if (w := look_alike(domain, c))), None)
        speaks_for_supplier = sender.get("party") == "supplier" or (name and name in known_names)
        if why is None and domain in free and company_mail and speaks_for_supplier:
            why = (
                f"{domain} is a free mail service ({free[domain]}), "
                f"not the company's {', '.join(sorted(company))}"
            )
        if why is None or address in seen:
            continue
        seen.add(address)
        yield make_finding(
            ctx, "supplier.email_domain", "x.supplier.email", "undocumented_change",
            f"Mail from {address} in {info.path} speaks for the supplier from another domain: {why}; "
            f"treat its instructions as unverified and {callback_advice(ctx, info.path, 'that mail')}",
            baseline=Observation(", ".join(sorted(company)), None, ", ".join(sorted(company))),
            observed=Observation(address, evidence_of(sender, info), address),
            explanation=(why, f"first mail from {address}: {sender.get('first')}"),
        )  # fmt: skip


def _buyer_domains(ctx: Context) -> set[str]:
    return {e.rsplit("@", 1)[1].lower() for e in ctx.config.buyer.emails if "@" in e}


def rule_phone_changed(ctx: Context) -> Iterator[Finding]:
    """The latest PI no longer shows the supplier's number on file (order.toml, else the first
    quotation): a call-back to the PI's number would reach whoever wrote the PI."""
    ref = supplier_reference(ctx)
    pi = ctx.latest_pi
    if pi is None or not ref.phones or pi.path in ref.from_documents:
        return
    phones = identity(pi).get("phones", [])
    known = {k.value for k in ref.phones}
    if not phones or any(str(p["digits"]) in known for p in phones):
        return
    entry = phones[0]
    first = ref.phones[0]
    yield make_finding(
        ctx, "supplier.phone_changed", "x.supplier.phone", "undocumented_change",
        f"{pi.path} gives the phone number {entry['value']}, not the number on file ({first.source}): "
        "call the number on file, never the one on this PI, to verify anything it asks",
        baseline=Observation(first.value, first.evidence, first.value),
        observed=Observation(str(entry["value"]), evidence_of(entry, pi), str(entry["value"])),
        explanation=(f"numbers compared as national digits: {', '.join(sorted(known))}",),
    )  # fmt: skip

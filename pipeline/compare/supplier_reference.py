"""The supplier the buyer vetted, and who each document says the supplier is (issue 15).

The reference is order.toml `[supplier]` (name, name_zh, company, uscc, supplier_type, domains,
emails, phone); what it leaves out comes from the first documents of the supplier's that say it:
a business licence, else the earliest quotation, else the earliest PI. Extract reads each
document's identity into `Extraction.facts["supplier_identity"]` (and a licence's
`facts["business_licence"]`); this module only gathers and orders them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.compare.company_names import plausible_name, same_company
from pipeline.compare.context import Context, DocInfo
from pipeline.compare.findings import evidence_from_json
from pipeline.extract.supplier_lexicon import EN_LEGAL_FORM, phone_digits, words
from pipeline.model import Evidence

# Documents of these roles speak for the supplier; a licence has role `other`.
IDENTITY_ROLES = ("quote", "pi", "other")


@dataclass(frozen=True)
class Known:
    """One value of the reference, and where it comes from."""

    value: str
    source: str  # "order.toml [supplier] name", "quotes/Q-1.pdf"
    evidence: Evidence | None = None
    shown: str = ""  # as written, when `value` is normalised (phone digits)


@dataclass
class Reference:
    names: list[Known] = field(default_factory=list)
    uscc: Known | None = None
    phones: list[Known] = field(default_factory=list)
    domains: list[Known] = field(default_factory=list)
    supplier_type: str | None = None
    from_documents: set[str] = field(default_factory=set)  # paths the reference was taken from


def identity(info: DocInfo) -> dict[str, list[dict[str, Any]]]:
    found = info.extraction.facts.get("supplier_identity")
    return found if isinstance(found, dict) else {}


def licence(info: DocInfo) -> dict[str, Any]:
    found = info.extraction.facts.get("business_licence")
    return found if isinstance(found, dict) else {}


def evidence_of(entry: dict[str, Any], info: DocInfo) -> Evidence | None:
    return evidence_from_json(entry.get("evidence"), info.path)


def names_of(info: DocInfo) -> list[dict[str, Any]]:
    """The legal names a document gives its supplier, garbled ones left out."""
    return [e for e in identity(info).get("names", []) if plausible_name(str(e["value"]))]


def identity_documents(ctx: Context) -> list[DocInfo]:
    """Documents that say who the supplier is, oldest first (licences first among equals)."""
    docs = [i for i in ctx.infos if i.role in IDENTITY_ROLES and (identity(i) or licence(i))]
    return sorted(docs, key=lambda i: (i.key(), not licence(i)))


def _legal_names(ctx: Context) -> list[Known]:
    party = ctx.config.supplier
    out = []
    for key, value in (
        ("name", party.name),
        ("name_zh", party.name_zh),
        ("company", party.company),
    ):
        if value:
            out.append(Known(value, f"order.toml [supplier] {key}"))
    for alias in party.aliases:  # aliases that are legal names ("... Co., Ltd.", "…有限公司")
        if EN_LEGAL_FORM.search(alias) or any(
            f in alias for f in words("legal_form") if not f.isascii()
        ):
            out.append(Known(alias, "order.toml [supplier] aliases"))
    return out


def _first_source(ctx: Context) -> list[DocInfo]:
    """The documents the reference is taken from when order.toml does not say: the licences and
    the earliest quotation (a licence gives the Chinese name, a quotation the English one), else
    the earliest PI."""
    docs = identity_documents(ctx)
    chosen = [i for i in docs if licence(i)]
    for role in ("quote", "pi"):
        first = next((i for i in docs if i.role == role and names_of(i)), None)
        if first is not None:
            return [*chosen, first]
    return chosen


def supplier_reference(ctx: Context) -> Reference:
    """The vetted identity, built once per Context."""
    if "supplier_reference" not in ctx.cache:
        ctx.cache["supplier_reference"] = _build(ctx)
    return ctx.cache["supplier_reference"]


def _build(ctx: Context) -> Reference:
    party = ctx.config.supplier
    ref = Reference(names=_legal_names(ctx), supplier_type=party.supplier_type)
    if party.uscc:
        ref.uscc = Known(party.uscc, "order.toml [supplier] uscc")
    if party.phone:
        ref.phones.append(
            Known(phone_digits(party.phone), "order.toml [supplier] phone", None, party.phone)
        )
    for domain in party.domains:
        ref.domains.append(Known(domain, "order.toml [supplier] domains"))
    for email in party.emails:
        if "@" in email:
            ref.domains.append(
                Known(email.rsplit("@", 1)[1].lower(), "order.toml [supplier] emails")
            )
    sources = _first_source(ctx)
    for info in sources:
        found = identity(info)
        if not _legal_names(ctx):
            ref.names += [
                Known(str(e["value"]), info.path, evidence_of(e, info)) for e in names_of(info)
            ]
        if ref.uscc is None:
            codes = [e for e in found.get("uscc", []) if e.get("valid")]
            if codes:
                ref.uscc = Known(str(codes[0]["value"]), info.path, evidence_of(codes[0], info))
        if not party.phone:
            ref.phones += [
                Known(str(e["digits"]), info.path, evidence_of(e, info))
                for e in found.get("phones", [])
            ]
        if not ref.domains:
            ref.domains += [
                Known(str(e["domain"]), info.path, evidence_of(e, info))
                for e in found.get("emails", [])
            ]
        ref.from_documents.add(info.path)
    return ref


def name_verdict(name: str, ref: Reference) -> tuple[bool | None, str]:
    """Whether a name is the vetted entity: True when any reference name says so, False when
    none does and one of the same script says it is another, None when none can tell."""
    verdicts = [(same_company(name, k.value), k) for k in ref.names]
    for (same, why), _ in verdicts:
        if same:
            return True, why
    against = [(why, k) for (same, why), k in verdicts if same is False]
    if against:
        why, known = against[0]
        return False, f"{why} ({known.source})"
    return None, "no reference name in the same script"


def _values(entries: list[dict[str, Any]], key: str = "value") -> list[str]:
    return list(dict.fromkeys(str(e[key]) for e in entries if e.get(key)))


def supplier_summary(ctx: Context) -> dict[str, Any]:
    """Audit.meta["supplier_identity"]: the reference and, per document, who it says the
    supplier is (the report's Supplier section; kept in findings.json so a report re-renders)."""
    ref = supplier_reference(ctx)
    documents = []
    for info in identity_documents(ctx) + [i for i in ctx.of_role("chat") if identity(i)]:
        found, registered = identity(info), licence(info)
        row: dict[str, Any] = {
            "document": info.path,
            "role": "business licence" if registered else info.role,
            "date": info.own_date,
            "names": _values(found.get("names", [])),
            "uscc": [
                f"{e['value']}" + ("" if e.get("valid") else f" (not valid: {e.get('problem')})")
                for e in found.get("uscc", [])
            ],
            "phones": _values(found.get("phones", [])),
            "emails": _values(found.get("emails", [])),
            "websites": _values(found.get("websites", [])) + _values(found.get("stores", [])),
            "senders": [
                f"{e['value']} ({e.get('party', 'unknown')})" for e in found.get("senders", [])
            ],
        }
        if registered:
            row["licence"] = {
                k: str(v.get("value"))
                for k, v in registered.items()
                if isinstance(v, dict) and v.get("value")
            }
        documents.append({k: v for k, v in row.items() if v})
    reference = {
        "names": [f"{k.value} ({k.source})" for k in ref.names],
        "uscc": f"{ref.uscc.value} ({ref.uscc.source})" if ref.uscc else None,
        "phones": [f"{k.shown or k.value} ({k.source})" for k in ref.phones],
        "domains": list(dict.fromkeys(f"{k.value} ({k.source})" for k in ref.domains)),
        "supplier_type": ref.supplier_type,
    }
    if not documents and not any(reference.values()):
        return {}
    return {"reference": {k: v for k, v in reference.items() if v}, "documents": documents}

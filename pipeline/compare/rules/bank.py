"""Bank-detail checks: always critical (contract section 3). Every message tells the reader to verify
by a call-back to a number from an earlier document, never one from the message announcing a change."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date

from pipeline.compare.baseline import baseline_of
from pipeline.compare.company_names import same_company
from pipeline.compare.context import Context, Statement
from pipeline.compare.findings import callback_advice, chat_approval, label, make_finding, observe
from pipeline.compare.supplier_reference import supplier_reference
from pipeline.compare.values import company_key, compare_values, display_value
from pipeline.model import Evidence, Finding, Observation, Status

BANK_FIELDS = ("bank.beneficiary", "bank.name", "bank.account", "bank.swift", "bank.intermediary")


def bank_statements(ctx: Context, field: str | None = None) -> list[Statement]:
    """Every bank term of every document (a deposit remittance filed as `other` included), oldest first."""
    return [
        s
        for s in (ctx.statements if field is None else ctx.statements_of(field))
        if s.term.field.startswith("bank.")
        and (s.party != "buyer" or s.role == "change")  # a buyer quoting details back is no source
    ]


def _distinct(ctx: Context, statements: list[Statement]) -> list[list[Statement]]:
    """Statements grouped by value (same within the field's comparator), in order of first appearance."""
    groups: list[list[Statement]] = []
    for st in statements:
        tol = ctx.policy.tolerance(st.term.field)
        for group in groups:
            if compare_values(st.term.field, group[0].term.value, st.term.value, tol).same:
                group.append(st)
                break
        else:
            groups.append([st])
    return groups


def _approved_by_change(ctx: Context, field: str, value: object) -> Evidence | None:
    tol = ctx.policy.tolerance(field)
    for change in baseline_of(ctx).changes:
        info = next(i for i in ctx.infos if i.path == change.document)
        for term in info.extraction.terms:
            if term.field == field and compare_values(field, term.value, value, tol).same:
                return change.evidence or term.evidence
    return None


def _representative(group: list[Statement]) -> Statement:
    """The statement to show for a value: the latest PI or quote carrying it, else the latest one."""
    formal = [s for s in group if s.role in ("pi", "quote")]
    return (formal or group)[-1]


def _first_and_new(ctx: Context, field: str) -> tuple[list[Statement], list[list[Statement]]]:
    """The bank values of the first document that states the field, and each value a later
    document introduces with every statement that repeats it (empty when nothing changed).
    Worked out once per order and field: bank.changed and bank.announced_in_chat both ask."""
    key = f"bank_first_and_new:{field}"
    if key not in ctx.cache:
        ctx.cache[key] = _group_bank_values(ctx, field)
    return ctx.cache[key]


def _group_bank_values(ctx: Context, field: str) -> tuple[list[Statement], list[list[Statement]]]:
    tol = ctx.policy.tolerance(field)
    by_doc: dict[int, list[Statement]] = {}
    for st in bank_statements(ctx, field):
        by_doc.setdefault(st.info.index, []).append(st)
    docs = sorted(by_doc.values(), key=lambda group: group[0].key)
    if len(docs) < 2:
        return [], []
    first = docs[0]
    known: list[list[Statement]] = [[s] for s in first]
    new: list[list[Statement]] = []
    for group in docs[1:]:
        for st in group:
            home = next(
                (
                    k
                    for k in known
                    if compare_values(field, k[0].term.value, st.term.value, tol).same
                ),
                None,
            )
            if home is None:
                home = [st]
                known.append(home)
                new.append(home)
            else:
                home.append(st)
    return first, new


def rule_bank_changed(ctx: Context) -> Iterator[Finding]:
    """Beneficiary, bank, account or SWIFT in a later document that no earlier document gave."""
    for field in BANK_FIELDS:
        first, new = _first_and_new(ctx, field)
        for carriers in new:
            introduced, shown_st = carriers[0], _representative(carriers)
            status: Status = "undocumented_change"
            approval = _approved_by_change(ctx, field, introduced.term.value)
            how = "with no approval on record"
            if approval is not None:
                status, how = "documented_change", f"by the approved change {approval.document}"
            else:
                found = chat_approval(ctx, field, introduced.item, introduced.term.value)
                if found is not None:
                    status, approval = "chat_only", found.approval
                    how = f"agreed only in chat by {found.approval.sender or 'the buyer'}"
            old = ", ".join(display_value(field, s.term.value) for s in first)
            new_value = display_value(field, introduced.term.value)
            where = "an earlier payment" if first[0].role == "other" else first[0].path
            yield make_finding(
                ctx, "bank.changed", field, status,
                f"{label(field)} changed from {old} ({where}) to {new_value} ({shown_st.path}) {how}: "
                f"{callback_advice(ctx, introduced.path)}",
                baseline=observe(field, [first[0].term]), observed=observe(field, [shown_st.term]),
                approval=approval,
                explanation=(
                    f"first on record: {first[0].path} {first[0].term.evidence.location()}",
                    f"new value first in {introduced.path} {introduced.term.evidence.location()}",
                    *(f"also in {s.path} {s.term.evidence.location()}" for s in carriers[1:]),
                ),
            )  # fmt: skip


def _also_in(group: list[Statement], shown_st: Statement) -> list[str]:
    paths = dict.fromkeys(
        f"also in {s.path} {s.term.evidence.location()}".strip() for s in group if s is not shown_st
    )
    return list(paths)


def _names_match(beneficiary: str, names: tuple[str, ...]) -> tuple[bool, str]:
    bkey = company_key(beneficiary)
    best = 0.0
    for name in names:
        if not name:
            continue
        if not name.isascii() and name.replace(" ", "") in beneficiary.replace(" ", ""):
            return True, f"contains the Chinese name {name}"
        nkey = company_key(name)
        if not nkey:
            continue
        if nkey == bkey or set(nkey.split()) == set(bkey.split()):
            return True, f"same company as {name}"
        ratio = difflib.SequenceMatcher(None, nkey, bkey).ratio()
        best = max(best, ratio)
        if ratio >= 0.9:
            return True, f"matches {name} (similarity {ratio:.2f})"
        same, why = same_company(beneficiary, name)  # en/zh transliteration (issue 15)
        if same:
            return True, why
    return False, f"best similarity to the supplier's names {best:.2f} < 0.90"


def rule_beneficiary_not_supplier(ctx: Context) -> Iterator[Finding]:
    """A beneficiary name that is not the supplier's legal name (Co., Ltd. variants and the Chinese name allowed)."""
    names = ctx.config.supplier.names or tuple(k.value for k in supplier_reference(ctx).names)
    if not names:
        return
    for group in _distinct(ctx, bank_statements(ctx, "bank.beneficiary")):
        st = _representative(group)
        ok, why = _names_match(str(st.term.value), names)
        if ok:
            continue
        yield make_finding(
            ctx, "bank.beneficiary_not_supplier", "bank.beneficiary", "undocumented_change",
            f"The beneficiary {st.term.value} in {st.path} is not the supplier "
            f"({ctx.config.supplier.name or names[0]}): {callback_advice(ctx, st.path)}",
            baseline=Observation(ctx.config.supplier.name or names[0], None, ctx.config.supplier.name or names[0]),
            observed=observe("bank.beneficiary", [st.term]),
            explanation=(why, "supplier names from order.toml [supplier]", *_also_in(group, st)),
        )  # fmt: skip


def _swift_country(value: object) -> str | None:
    code = re.sub(r"[^0-9A-Z]", "", str(value).upper())
    return code[4:6] if len(code) >= 6 and code[4:6].isalpha() else None


def rule_bank_country(ctx: Context) -> Iterator[Finding]:
    """A bank (or an intermediary) in another country than the supplier's: Hong Kong or offshore."""
    home = (ctx.config.supplier.country or ctx.policy.bank["default_supplier_country"]).upper()
    offshore = set(ctx.policy.bank.get("offshore_countries", ()))
    for group in _distinct(ctx, bank_statements(ctx, "bank.swift")):
        st = _representative(group)
        country = _swift_country(st.term.value)
        if country is None or country == home:
            continue
        kind = "an offshore jurisdiction" if country in offshore else "another country"
        yield make_finding(
            ctx, "bank.country", "bank.swift", "undocumented_change",
            f"The bank {st.term.value} in {st.path} is in {country}, {kind}, not in the supplier's "
            f"country {home}: {callback_advice(ctx, st.path)}",
            baseline=Observation(home, None, home), observed=observe("bank.swift", [st.term]),
            explanation=(f"SWIFT characters 5-6 give the country: {country}",
                         "supplier country from order.toml [supplier] country" if ctx.config.supplier.country
                         else f"supplier country assumed {home} (pipeline/data/bank.toml)",
                         *_also_in(group, st)),
        )  # fmt: skip


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _personal_signs(ctx: Context, st: Statement) -> list[str]:
    data = ctx.policy.bank
    signs = []
    text = f"{st.term.raw} {st.term.evidence.quote}".lower()
    for marker in data.get("personal_markers", ()):
        if marker.lower() in text:
            signs.append(f"the text says {marker!r}")
    if st.term.field == "bank.beneficiary":
        words = set(re.sub(r"[^0-9A-Z\u4e00-\u9fff ]", " ", str(st.term.value).upper()).split())
        company = {w.upper() for w in data.get("company_words", ())}
        has_company = bool(words & company) or any(
            w in str(st.term.value) for w in company if not w.isascii()
        )
        if not has_company and 1 < len(words) <= 4:
            signs.append(f"{st.term.value} reads as a person's name, not a company")
    if st.term.field == "bank.account":
        digits = re.sub(r"\D", "", str(st.term.value))
        lengths = set(data.get("card_lengths", ()))
        if (
            any(digits.startswith(p) for p in data.get("card_prefixes", ()))
            and len(digits) in lengths
            and _luhn(digits)
        ):
            signs.append(
                f"{digits} has the form of a UnionPay card number (a personal card, not a company account)"
            )
    return signs


def rule_personal_account(ctx: Context) -> Iterator[Finding]:
    """A sign that the account is a person's: a personal name, a card number, 'personal account'."""
    # One payee is one event: a person's name as beneficiary and a card number as account, in
    # one document, make one finding (on the beneficiary when it is a sign, else the account).
    seen: set[tuple[str, str]] = set()
    by_document: dict[str, list[tuple[Statement, list[str]]]] = {}
    for st in bank_statements(ctx):
        signs = _personal_signs(ctx, st)
        key = (st.term.field, str(st.term.value))
        if signs and key not in seen:
            seen.add(key)
            by_document.setdefault(st.path, []).append((st, signs))
    for path, signed in by_document.items():
        st = next((s for s, _ in signed if s.term.field == "bank.beneficiary"), signed[0][0])
        others = [f"{label(s.term.field)} {s.term.value}" for s, _ in signed if s is not st]
        yield make_finding(
            ctx, "bank.personal_account", st.term.field, "undocumented_change",
            f"{label(st.term.field)} {st.term.value} in {path}"
            + (f" (with {', '.join(others)})" if others else "")
            + f" looks like a personal account: {callback_advice(ctx, path)}",
            observed=observe(st.term.field, [st.term]),
            explanation=tuple(sign for _, signs in signed for sign in signs),
        )  # fmt: skip
    for info in ctx.of_role("chat"):
        for act in info.extraction.acts:
            if act.kind != "bank_announcement":
                continue
            text = act.evidence.quote.lower()
            markers = [m for m in ctx.policy.bank.get("personal_markers", ()) if m.lower() in text]
            if markers:
                yield make_finding(
                    ctx, "bank.personal_account", "bank.account", "undocumented_change",
                    f"A message in {info.path} asks for payment to a personal account: {callback_advice(ctx, info.path)}",
                    observed=Observation(act.evidence.quote, act.evidence, act.evidence.quote),
                    explanation=tuple(f"the message says {m!r}" for m in markers),
                )  # fmt: skip


def _day(stamp: str | None) -> date | None:
    try:
        return date.fromisoformat(stamp[:10]) if stamp else None
    except ValueError:
        return None


def _introduced_near(ctx: Context, stamp: str | None, days: int = 3) -> bool:
    """A document other than a chat introduces new bank details within `days` of `stamp`: the
    message announcing them without details of its own is that document's cover note."""
    when = _day(stamp)
    if when is None:
        return False
    for field in BANK_FIELDS:
        for carriers in _first_and_new(ctx, field)[1]:
            day = _day(carriers[0].when)
            if carriers[0].role != "chat" and day is not None and abs((day - when).days) <= days:
                return True
    return False


def rule_announced_in_chat(ctx: Context) -> Iterator[Finding]:
    """A chat message or e-mail announcing new bank details (one finding per chat, every message cited)."""
    # messages whose details were read somewhere: the same mail quoted in a reply is one message
    read = {
        (t.evidence.sender, t.evidence.timestamp)
        for i in ctx.of_role("chat")
        for t in i.extraction.terms
        if t.field.startswith("bank.") and t.evidence.timestamp
    }
    for info in ctx.of_role("chat"):
        acts = [
            a for a in info.extraction.acts
            if a.kind == "bank_announcement" and a.party != "buyer"
            and (a.evidence.sender, a.evidence.timestamp) not in read
        ]  # fmt: skip
        if not acts:
            continue
        if any(t.field.startswith("bank.") for t in info.extraction.terms):
            continue  # the new details were read: bank.changed reports the event, once
        if any(_introduced_near(ctx, a.evidence.timestamp) for a in acts):
            continue  # "pay to the new account in PI-R1 attached": the PI's change is the event
        main = max(acts, key=lambda a: (len(a.fields), a.evidence.timestamp or ""))
        field = next(
            (f for f in ("bank.account", *main.fields) if f in main.fields), "bank.account"
        )
        first = acts[0]
        when = (first.evidence.timestamp or "").replace("T", " ")
        yield make_finding(
            ctx, "bank.announced_in_chat", field, "undocumented_change",
            f"New bank details announced in {info.path} by {first.evidence.sender or 'an unknown sender'} "
            f"on {when}: do not pay to them until you {callback_advice(ctx, info.path, 'that message')}",
            observed=Observation(main.evidence.quote, main.evidence, main.evidence.quote),
            explanation=tuple(
                f"message {a.evidence.location()}: {a.evidence.quote!r} (fields: {', '.join(a.fields) or 'none named'})"
                for a in acts
            ),
        )  # fmt: skip


def rule_invalid_bank_code(ctx: Context) -> Iterator[Finding]:
    """A SWIFT code or account number that fails validation (Term.problems)."""
    seen: set[tuple[str, str]] = set()
    for st in bank_statements(ctx):
        key = (st.term.field, str(st.term.value))
        if not st.term.problems or key in seen:
            continue
        seen.add(key)
        yield make_finding(
            ctx, "bank.invalid", st.term.field, "undocumented_change",
            f"{label(st.term.field)} {st.term.value} in {st.path} is not valid ({'; '.join(st.term.problems)}): "
            f"{callback_advice(ctx, st.path)}",
            observed=observe(st.term.field, [st.term]), explanation=st.term.problems,
        )  # fmt: skip

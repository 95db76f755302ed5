"""Arithmetic on the latest PIs and quotes (field x.arithmetic, status conflict: the document
disagrees with itself): line totals, the grand total, the deposit amount, one currency."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pipeline.compare.context import Context, DocInfo
from pipeline.compare.findings import make_finding
from pipeline.compare.units import in_pieces
from pipeline.compare.values import to_decimal
from pipeline.model import Evidence, Finding, Observation, Term

FIELD = "x.arithmetic"


def _documents(ctx: Context) -> list[DocInfo]:
    # Superseded quotes and PIs are history: only the current ones are checked.
    return [*ctx.latest_tier("quote"), *ctx.latest_tier("pi")]


def _one(terms: list[Term]) -> Term | None:
    return terms[0] if len(terms) == 1 else None


def _amount(term: Term | None, key: str) -> Decimal | None:
    if term is None or not isinstance(term.value, dict):
        return None
    return to_decimal(term.value.get(key))


def _money(amount: Decimal, currency: str | None) -> str:
    return f"{amount.quantize(Decimal('0.01'))} {currency or ''}".strip()


# Arithmetic is a document checking itself: its lines are its own item keys, not the order's
# canonical items (an order of one product has none).
def _line_items(ctx: Context, info: DocInfo) -> list[str]:
    return sorted({t.item for t in info.extraction.terms if t.item is not None})


def _item_terms(ctx: Context, info: DocInfo, field: str, item: str) -> list[Term]:
    return info.extracted_terms(field, item)


def _line(ctx: Context, info: DocInfo, item: str) -> tuple[Term | None, Term | None, Term | None]:
    quantity = _one(_item_terms(ctx, info, "quantity", item))
    if quantity is None and _line_items(ctx, info) == [item]:
        # One line item: an item-less quantity is that line's quantity.
        quantity = _one(
            [t for t in info.extraction.terms if t.field == "quantity" and t.item is None]
        )
    unit = _one(_item_terms(ctx, info, "price.unit", item))
    if quantity is not None and unit is not None and not _units_fit(quantity, unit):
        # 125 ctn at 44.40 per ctn, or 125 ctn at 1.85 per pc: count both per piece.
        (quantity,), _ = in_pieces(ctx, (quantity,), info, item)
        (unit,), _ = in_pieces(ctx, (unit,), info, item)
    return quantity, unit, _one(_item_terms(ctx, info, "price.total", item))


def _units_fit(qty: Term, unit: Term) -> bool:
    q, u = qty.value, unit.value
    if not isinstance(q, dict) or not isinstance(u, dict):
        return False
    return not (q.get("unit") and u.get("per") and str(q["unit"]).lower() != str(u["per"]).lower())


def rule_line_total(ctx: Context) -> Iterator[Finding]:
    """quantity x unit price = line total, per line item."""
    tol = ctx.policy.tolerance(FIELD)
    for info in _documents(ctx):
        for item in _line_items(ctx, info):
            qty, unit, line = _line(ctx, info, item)
            if qty is None or unit is None or line is None or not _units_fit(qty, unit):
                continue
            q, u, total = _amount(qty, "value"), _amount(unit, "amount"), _amount(line, "amount")
            if q is None or u is None or total is None:
                continue
            expected = q * u
            ok, detail = tol.allows(expected, total)
            if ok:
                continue
            currency = line.value.get("currency")
            yield make_finding(
                ctx, "arithmetic.line_total", FIELD, "conflict",
                f"Line {item} in {info.path}: {q} x {u} = {_money(expected, currency)}, "
                f"but the line total says {_money(total, currency)}",
                item=item, baseline=Observation(str(expected), unit.evidence, _money(expected, currency)),
                observed=Observation(str(total), line.evidence, _money(total, currency)),
                explanation=(f"quantity {qty.raw!r}, unit price {unit.raw!r}, line total {line.raw!r}", detail),
            )  # fmt: skip


def _charges(info: DocInfo) -> list[Decimal]:
    # Optional fact from extract: facts["charges"] = [{"label": "freight", "amount": "120.00"}, ...].
    out = []
    for charge in info.extraction.facts.get("charges", ()) or ():
        amount = to_decimal(charge.get("amount") if isinstance(charge, dict) else charge)
        if amount is not None:
            out.append(amount)
    return out


def _grand_total(info: DocInfo) -> Term | None:
    return _one([t for t in info.extraction.terms if t.field == "price.total" and t.item is None])


def rule_total(ctx: Context) -> Iterator[Finding]:
    """Sum of the line totals (quantity x unit price where a line gives none) plus listed charges = total."""
    tol = ctx.policy.tolerance(FIELD)
    for info in _documents(ctx):
        total_term = _grand_total(info)
        total = _amount(total_term, "amount")
        items = _line_items(ctx, info)
        if total_term is None or total is None or not items:
            continue
        parts: list[Decimal] = []
        for item in items:
            qty, unit, line = _line(ctx, info, item)
            amount = _amount(line, "amount")
            if amount is None and qty is not None and unit is not None and _units_fit(qty, unit):
                q, u = _amount(qty, "value"), _amount(unit, "amount")
                amount = q * u if q is not None and u is not None else None
            if amount is None:
                parts = []
                break  # a line without an amount: the sum cannot be checked
            parts.append(amount)
        if not parts:
            continue
        charges = _charges(info)
        expected = sum(parts, Decimal(0)) + sum(charges, Decimal(0))
        ok, detail = tol.allows(expected, total)
        if ok:
            continue
        currency = total_term.value.get("currency")
        extra = f" plus {len(charges)} listed charge(s)" if charges else ""
        yield make_finding(
            ctx, "arithmetic.total", FIELD, "conflict",
            f"{info.path}: the {len(parts)} line(s){extra} add up to {_money(expected, currency)}, "
            f"but the total says {_money(total, currency)}",
            baseline=Observation(str(expected), None, _money(expected, currency)),
            observed=Observation(str(total), total_term.evidence, _money(total, currency)),
            explanation=(f"lines: {', '.join(_money(p, currency) for p in parts)}", detail),
        )  # fmt: skip


def rule_deposit(ctx: Context) -> Iterator[Finding]:
    """The deposit amount a document asks for = deposit % x total."""
    tol = ctx.policy.tolerance(FIELD)
    for info in _documents(ctx):
        # Optional fact from extract: facts["deposit_amount"] = {"amount": "2775.00", "currency": "USD"}.
        fact = info.extraction.facts.get("deposit_amount")
        asked = to_decimal(fact.get("amount") if isinstance(fact, dict) else fact)
        total_term = _grand_total(info)
        total = _amount(total_term, "amount")
        deposit = _one([t for t in info.extraction.terms if t.field == "payment.deposit"])
        percent = _amount(deposit, "percent")
        if (
            asked is None
            or total is None
            or percent is None
            or deposit is None
            or total_term is None
        ):
            continue
        expected = total * percent / 100
        ok, detail = tol.allows(expected, asked)
        if ok:
            continue
        currency = total_term.value.get("currency")
        evidence = deposit.evidence
        if isinstance(fact, dict) and fact.get("quote"):
            evidence = Evidence(document=info.path, quote=str(fact["quote"]))
        yield make_finding(
            ctx, "arithmetic.deposit", FIELD, "conflict",
            f"{info.path} asks for a deposit of {_money(asked, currency)}, but {percent} % of "
            f"{_money(total, currency)} is {_money(expected, currency)}",
            baseline=Observation(str(expected), total_term.evidence, _money(expected, currency)),
            observed=Observation(str(asked), evidence, _money(asked, currency)),
            explanation=(f"deposit {deposit.raw!r}, total {total_term.raw!r}", detail),
        )  # fmt: skip


def rule_currency(ctx: Context) -> Iterator[Finding]:
    """One currency across a document's prices, totals and currency statements."""
    for info in _documents(ctx):
        seen: dict[str, Term] = {}
        for term in info.extraction.terms:
            code = None
            if term.field == "currency" and isinstance(term.value, str):
                code = term.value.upper()
            elif term.field in ("price.unit", "price.total") and isinstance(term.value, dict):
                code = str(term.value.get("currency") or "").upper() or None
            if code and code not in seen:
                seen[code] = term
        if len(seen) < 2:
            continue
        codes = list(seen)
        first, odd = seen[codes[0]], seen[codes[1]]
        yield make_finding(
            ctx, "arithmetic.currency", FIELD, "conflict",
            f"{info.path} mixes currencies: {', '.join(codes)}",
            baseline=Observation(codes[0], first.evidence, codes[0]),
            observed=Observation(codes[1], odd.evidence, codes[1]),
            explanation=tuple(f"{c}: {t.evidence.location()} {t.raw!r}" for c, t in seen.items()),
        )  # fmt: skip

"""Quantities and unit prices in cartons or dozens, turned into pieces before they are compared."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context, DocInfo
from pipeline.compare.values import to_decimal
from pipeline.model import Term

PIECE = "pc"


def _carton_qty(ctx: Context, info: DocInfo | None, item: str | None) -> tuple[Decimal, str] | None:
    candidates: list[Term] = []
    if info is not None:
        candidates = ctx.terms_of(info, "packaging.carton_qty", item)
    source = info.path if info is not None else ""
    if not candidates:
        entry = baseline_of(ctx).get("packaging.carton_qty", item)
        if entry is not None:
            candidates, source = list(entry.terms), entry.document
    numbers = {to_decimal(t.value) for t in candidates} - {None}
    if len(numbers) != 1:
        return None  # none, or several: which carton is meant is unknown
    number = numbers.pop()
    return (number, source) if number is not None and number > 0 else None


def _factor(
    ctx: Context, unit: str, info: DocInfo | None, item: str | None
) -> tuple[Decimal, str] | None:
    units = ctx.policy.params["units"]
    unit = unit.lower()
    if unit in units["per_piece"]:
        return Decimal(str(units["per_piece"][unit])), f"1 {unit} = {units['per_piece'][unit]} pc"
    if unit == units["carton"]:
        found = _carton_qty(ctx, info, item)
        if found is not None:
            return found[0], f"1 ctn = {found[0]} pc ({found[1]})"
    return None


def in_pieces(
    ctx: Context, terms: tuple[Term, ...], info: DocInfo | None, item: str | None
) -> tuple[tuple[Term, ...], list[str]]:
    """Quantity or unit-price terms restated per piece where their unit converts; notes say how."""
    out: list[Term] = []
    notes: list[str] = []
    for term in terms:
        value = term.value
        if not isinstance(value, dict):
            out.append(term)
            continue
        if (
            term.field == "quantity"
            and isinstance(value.get("unit"), str)
            and value["unit"].lower() != PIECE
        ):
            factor = _factor(ctx, value["unit"], info, item)
            count = to_decimal(value.get("value"))
            if factor is not None and count is not None:
                pieces = count * factor[0]
                pieces_value = int(pieces) if pieces == pieces.to_integral_value() else str(pieces)
                out.append(replace(term, value={**value, "value": pieces_value, "unit": PIECE}))
                notes.append(f"{count} {value['unit']} counted as {pieces} pc: {factor[1]}")
                continue
        if (
            term.field == "price.unit"
            and isinstance(value.get("per"), str)
            and value["per"].lower() != PIECE
        ):
            factor = _factor(ctx, value["per"], info, item)
            amount = to_decimal(value.get("amount"))
            if factor is not None and amount is not None:
                each = (amount / factor[0]).quantize(Decimal("0.0001")).normalize()
                out.append(
                    replace(term, value={**value, "amount": format(each, "f"), "per": PIECE})
                )
                notes.append(
                    f"{amount} per {value['per']} counted as {format(each, 'f')} per pc: {factor[1]}"
                )
                continue
        out.append(term)
    return tuple(out), notes

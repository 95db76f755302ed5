"""Tolerances written as specs write them ("±1.5 mm", "±2 cm", "+5%/-3%", "±10 g") -> tables.

Contract section 1: order.toml `[tolerances]` may give a field's tolerance as a string; units are
converted into the unit the field is compared in. The units per field family are data
(pipeline/data/compare.toml `[tolerance_units]`); this module only reads the grammar.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from pipeline.resources import DATA_DIR

EXAMPLES = (
    'dimensions = "±1.5 mm"',
    'weight = "±5%"',
    'quantity = "+5%/-3%"',
    'quantity = { percent = "3" }',
)

# "+/-", "+-", "±" (and their full-width or typographic cousins) all mean "either side".
_PLUS_MINUS = re.compile(r"\+\s*/\s*-|\+\s*-(?=\s*\d)|±")
_PART = re.compile(r"^(?P<sign>[+\-±]?)\s*(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>.*?)\s*$")
_CURRENCY_UNIT = re.compile(r"^(?:[a-z]{3}|us\$|\$|€|£|¥|rmb|元)$")
_MONEY_FIELDS = ("price.unit", "price.total")


@cache
def _unit_families() -> dict[str, tuple[str, dict[str, Decimal]]]:
    """field -> (the unit it is compared in, {written unit: factor})."""
    data = tomllib.loads((DATA_DIR / "compare.toml").read_text(encoding="utf-8"))
    out: dict[str, tuple[str, dict[str, Decimal]]] = {}
    for family in data["tolerance_units"].values():
        factors = {str(k).lower(): Decimal(str(v)) for k, v in family["factors"].items()}
        for name in family["fields"]:
            out[name] = (family["unit"], factors)
    return out


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # full-width digits, ％, ＋
    text = text.replace("−", "-").replace("–", "-").replace("—", "-").replace("﹣", "-")
    return _PLUS_MINUS.sub("±", text).strip().lower()


def _number(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits digits only
        raise ValueError(f"{text!r} is not a number") from exc


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


def _limit(number: Decimal, unit: str, field_name: str | None, original: str) -> dict[str, str]:
    """One limit as a table entry: {"percent": ...} or {"absolute": ...} in the field's unit."""
    if unit in ("%", "percent", "pct"):
        return {"percent": _plain(number)}
    if not unit:
        return {"absolute": _plain(number)}
    if field_name in _MONEY_FIELDS and _CURRENCY_UNIT.match(unit):
        return {"absolute": _plain(number)}
    family = _unit_families().get(field_name or "")
    if family is None:
        raise ValueError(
            f"{original!r}: the unit {unit!r} cannot be used for {field_name or 'this field'}; "
            f"write the limit in the field's own unit or as a percentage, e.g. {EXAMPLES[1]}"
        )
    target, factors = family
    factor = factors.get(unit) or factors.get(unit.rstrip("."))
    if factor is None:
        raise ValueError(
            f"{original!r}: unknown unit {unit!r} for {field_name} (known: "
            f"{', '.join(sorted(factors))}, or %), e.g. {EXAMPLES[0]}"
        )
    return {"absolute": _plain(number * factor), "unit": target}


def tolerance_table_from_text(text: str, field_name: str | None) -> dict[str, Any]:
    """'±1.5 mm' -> {"absolute": "1.5"}; '±2 cm' (dimensions) -> {"absolute": "20"};
    '+5%/-3%' -> {"over": {"percent": "5"}, "under": {"percent": "3"}}; '+2 mm' -> over 2 mm,
    under exact. Raises ValueError with a working example when the text is not a tolerance."""
    cleaned = _clean(text)
    if not cleaned:
        raise ValueError(f"is empty; write it as a spec does, e.g. {EXAMPLES[0]}")
    pieces = [p.strip() for p in re.split(r"\s*(?:/|;|,\s+|\band\b)\s*", cleaned) if p.strip()]
    parsed: list[tuple[str, Decimal, str]] = []
    for piece in pieces:
        match = _PART.match(piece)
        if match is None:
            raise ValueError(
                f"{text!r} is not a tolerance; write it as a spec does, e.g. "
                f"{' or '.join(EXAMPLES[:3])}, or as a table ({EXAMPLES[3]})"
            )
        parsed.append((match["sign"], _number(match["number"]), match["unit"].strip()))
    # "+5/-3 %": a unit written once, at the end, applies to every part.
    last_unit = parsed[-1][2]
    parsed = [(sign, number, unit or last_unit) for sign, number, unit in parsed]
    sides: dict[str, dict[str, str]] = {}
    for sign, number, unit in parsed:
        limit = _limit(number, unit, field_name, text)
        limit.pop("unit", None)
        if sign in ("", "±"):
            if len(parsed) > 1:
                raise ValueError(
                    f"{text!r}: give one '±' limit or a '+' and a '-' limit, e.g. {EXAMPLES[2]}"
                )
            return limit
        side = "over" if sign == "+" else "under"
        if side in sides:
            raise ValueError(f"{text!r} gives the {side} limit twice, e.g. {EXAMPLES[2]}")
        sides[side] = limit
    # A one-sided tolerance ("+2 mm") allows nothing on the other side.
    sides.setdefault("over", {"absolute": "0"})
    sides.setdefault("under", {"absolute": "0"})
    return sides

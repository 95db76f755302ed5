"""How a normalised value is written for a person: '1.85 USD/pc', '30-35 days from deposit'.

One function per value shape, chosen per field by the registry (pipeline/data/fields.toml
`display`); a field without one is written as its text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.field_registry import functions_by_registry
from pipeline.model import Value


def _money(v: dict[str, Any]) -> str:
    per = f"/{v['per']}" if v.get("per") else ""
    return f"{v.get('amount')} {v.get('currency') or ''}{per}".replace(" /", "/").strip()


def _lead(v: dict[str, Any]) -> str:
    lo, hi = v.get("min_days"), v.get("max_days")
    days = (
        f"{lo}-{hi}"
        if lo is not None and hi is not None and lo != hi
        else f"{hi if hi is not None else lo}"
    )
    basis = " working" if v.get("basis") == "working" else ""
    start = v.get("from")
    return f"{days}{basis} days" + (
        f" from {start.replace('_', ' ')}" if start and start != "unknown" else ""
    )


def _dims(v: dict[str, Any]) -> str:
    tol = f" (±{v['tolerance_mm']} mm)" if v.get("tolerance_mm") else ""
    ply = f"{v['ply']}-ply " if v.get("ply") else ""
    size = " x ".join(str(x) for x in v.get("mm") or [])
    return f"{ply}{size} mm{tol}" if size else f"{ply}carton".strip()


def _inspection(v: dict[str, Any]) -> str:
    parts = [
        f"AQL {v['aql']}" if v.get("aql") else "",
        f"level {v['level']}" if v.get("level") else "",
        v.get("result") or "",
    ]
    return ", ".join(p for p in parts if p) or "inspection"


# How a value of each shape is written, by the name the registry uses (fields.toml `display`).
DISPLAY_FUNCTIONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "money": _money,
    "quantity": lambda v: f"{v.get('value')} {v.get('unit') or ''}".strip(),
    "incoterm": lambda v: f"{v.get('rule')} {v.get('place') or ''}".strip(),
    "deposit": lambda v: f"{v.get('percent')} % deposit",
    "balance": lambda v: (
        f"{v.get('percent')} % balance {str(v.get('trigger') or '').replace('_', ' ')}".strip()
    ),
    "lead_time": _lead,
    "size": _dims,
    "weight": lambda v: (
        f"{v.get('g')} g" + (f" (±{v['tolerance_g']} g)" if v.get("tolerance_g") else "")
    ),
    "capacity": lambda v: f"{v.get('ml')} ml",
    "inspection": _inspection,
    "warranty": lambda v: f"{v.get('months')} months",
}

DISPLAY: dict[str, Callable[[dict[str, Any]], str]] = functions_by_registry(
    DISPLAY_FUNCTIONS, "display", "display"
)


def display_value(field: str, value: Value) -> str:
    """The value as a person reads it ('1.85 USD/pc', '30-35 days from deposit')."""
    if isinstance(value, list):
        return ", ".join(display_value(field, v) for v in value)
    if isinstance(value, dict):
        fn = DISPLAY.get(field)
        if fn is not None:
            try:
                return fn(value)
            except (KeyError, TypeError, AttributeError):
                pass
        return ", ".join(f"{k} {v}" for k, v in value.items() if v is not None)
    if value is None:
        return "(not stated)"
    return str(value)

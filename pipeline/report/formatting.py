"""How values read in reports: money, percentages, dates, evidence places and normalised field values.

Every formatter is a plain function gathered in FILTERS, the one table the Jinja environment
and the Python renderers (terminal summary, mail subject) share.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from pipeline.field_registry import field_spec
from pipeline.model import Evidence, Observation

DASH = "—"

# Words for the normalised balance triggers and lead-time bases of docs/architecture.md.
_TRIGGER_WORDS = {
    "before_shipment": "before shipment",
    "against_bl_copy": "against copy of B/L",
    "after_inspection": "after inspection",
    "lc_at_sight": "L/C at sight",
    "on_delivery": "on delivery",
    "after_receipt": "after receipt",
    "unknown": "trigger not stated",
}
_LEAD_FROM_WORDS = {
    "deposit": "after deposit",
    "sample_approval": "after sample approval",
    "order": "after order",
    "unknown": "",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"\s+")


def clean_line(text: Any, *, limit: int | None = None) -> str:
    """One line of untrusted text: control characters (CR, LF, tab, NUL, ...) become spaces."""
    out = _CONTROL.sub(" ", str(text if text is not None else ""))
    if not out.isascii():  # ASCII holds no format character: skip the scan, character by character
        # Unicode format characters (bidi overrides, zero-width joiners) can disguise a name.
        out = "".join(ch for ch in out if unicodedata.category(ch) != "Cf")
    out = _SPACES.sub(" ", out).strip()
    if limit is not None and len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out


def decimal_text(amount: Any, places: int | None = None) -> str:
    """'9250' -> '9,250'; '1.855' -> '1.855'; a non-number comes back as it was."""
    try:
        number = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:,f}"
    return text


def money(amount: Any, currency: str | None = None) -> str:
    """A decimal amount with thousands separators and the ISO currency first: 'USD 9,250.00'."""
    if amount is None or amount == "":
        return DASH
    text = decimal_text(amount)
    return f"{currency} {text}" if currency else text


def percent(value: Any) -> str:
    """30 -> '30 %'."""
    if value is None:
        return DASH
    return f"{decimal_text(value)} %"


_DATE = re.compile(r"(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d)(?::\d\d(?:\.\d+)?)?)?.*")


def date_text(value: Any) -> str:
    """ISO date or timestamp as a person reads it: '2026-03-12 14:05' (seconds dropped)."""
    if not value:
        return DASH
    return _date_text(value) if type(value) is str else _date_text(str(value))


@lru_cache(maxsize=4096)
def _date_text(value: str) -> str:
    """date_text() of a string, once per distinct text (a field history repeats its dates)."""
    text = value.replace("T", " ")
    match = _DATE.fullmatch(text)
    if not match:
        return text
    return match.group(1) + (f" {match.group(2)}" if match.group(2) else "")


def location(evidence: Evidence | None) -> str:
    """Where a piece of evidence is: 'pi/PI-2291.pdf, p. 1, line 22'."""
    if evidence is None:
        return DASH
    where = place(evidence)
    return f"{evidence.document}, {where}" if where else evidence.document


def place(evidence: Evidence | None) -> str:
    """The place inside the document only: 'p. 1, line 22' or '2026-03-12 14:05, Lily'."""
    if evidence is None:
        return ""
    return _place(evidence)


@lru_cache(maxsize=8192)
def _place(evidence: Evidence) -> str:
    """place() of one piece of evidence (frozen, so hashable): html and md each show the place
    of every term and history step, some more than once."""
    if evidence.is_chat:
        return f"{date_text(evidence.timestamp)}, {clean_line(evidence.sender or '?')}"
    return evidence.location()


def _mm(values: Any) -> str:
    parts = [decimal_text(v) for v in values] if isinstance(values, list | tuple) else [str(values)]
    return " × ".join(parts) + " mm"


# isinstance() tuples built once (a `str | int` union is built again on every call).
_SCALARS = (str, int, float, Decimal)
_SEQUENCES = (list, tuple)


def field_value(field: str, value: Any) -> str:
    """A normalised value (docs/architecture.md, 'Normalised values') as a person reads it."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, _SCALARS):
        if field == "packaging.carton_qty":
            return f"{value} pcs/carton"
        return str(value)
    if isinstance(value, _SEQUENCES):
        return ", ".join(field_value(field, v) for v in value)
    if not isinstance(value, Mapping):
        return str(value)
    v = value
    if field == "price.unit" and "amount" in v:
        per = f"/{v['per']}" if v.get("per") else ""
        return money(v["amount"], v.get("currency")) + per
    if "amount" in v:
        return money(v["amount"], v.get("currency"))
    if field == "quantity" and "value" in v:
        return f"{decimal_text(v['value'])} {v.get('unit') or ''}".strip()
    if field == "incoterm" and "rule" in v:
        return f"{v['rule']} {v.get('place') or ''}".strip()
    if field == "payment.deposit" and "percent" in v:
        return percent(v["percent"])
    if field == "payment.balance" and "percent" in v:
        return f"{percent(v['percent'])} {trigger_text(v.get('trigger'))}".strip()
    if field == "lead_time" and "min_days" in v:
        low, high = v.get("min_days"), v.get("max_days")
        days = f"{low}" if low == high or high is None else f"{low}-{high}"
        basis = "working days" if v.get("basis") == "working" else "days"
        start = _LEAD_FROM_WORDS.get(str(v.get("from")), str(v.get("from") or ""))
        return f"{days} {basis} {start}".strip()
    if "mm" in v:
        tol = v.get("tolerance_mm")
        return _mm(v["mm"]) + (f" ±{decimal_text(tol)} mm" if tol else "")
    if "g" in v:
        tol = v.get("tolerance_g")
        return f"{decimal_text(v['g'])} g" + (f" ±{decimal_text(tol)} g" if tol else "")
    if "ml" in v:
        return f"{decimal_text(v['ml'])} ml"
    if "months" in v:
        return f"{v['months']} months"
    if field == "inspection":
        bits = []
        if v.get("aql"):
            bits.append(f"AQL {v['aql']}")
        if v.get("level"):
            bits.append(f"level {v['level']}")
        if v.get("result"):
            bits.append(str(v["result"]))
        return ", ".join(bits) or DASH
    if "percent" in v:
        return percent(v["percent"])
    return ", ".join(f"{k}: {field_value(field, x)}" for k, x in v.items())


def trigger_text(trigger: Any) -> str:
    """'before_shipment' -> 'before shipment'; unknown triggers as they are."""
    return _TRIGGER_WORDS.get(str(trigger), str(trigger or ""))


def value_text(value: Any, field: str) -> str:
    """Filter form of field_value: `term.value|value(term.field)`."""
    return field_value(field, value)


def observation(obs: Observation | None, field: str) -> str:
    """The value a finding shows, preferring the compare stage's own wording."""
    if obs is None:
        return DASH
    if obs.display:
        return obs.display
    return field_value(field, obs.value)


@lru_cache(maxsize=1024)
def field_label(field: str) -> str:
    """'bank.account' -> 'Bank account' (the registry's report_label, else its label); an
    unregistered name 'bank.iban' -> 'Bank iban'."""
    spec = field_spec(field)
    if spec is not None:
        return spec.report_label or spec.label
    words = field.removeprefix("x.").replace("_", " ").replace(".", " ").strip()
    return words[:1].upper() + words[1:] if words else field


def field_title(field: str, item: str | None = None) -> str:
    """A finding's title: 'Material · LB-1200', 'Deposit'."""
    return field_label(field) + (f" · {clean_line(item)}" if item else "")


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _signed(number: Decimal) -> str:
    text = decimal_text(number.normalize() if number == number.to_integral() else number)
    return text if number < 0 else f"+{text}"


def difference(field: str, before: Any, after: Any) -> str:
    """How far a value moved, in the unit a reader thinks in: '+20 points' for a percentage
    (30 % -> 50 % is 20 points, not 66.67 %), '+USD 0.10, +5.4 %' for money, '+10 days'."""
    if not isinstance(before, Mapping) or not isinstance(after, Mapping):
        return ""
    if "percent" in before and "percent" in after:
        old, new = _number(before["percent"]), _number(after["percent"])
        if old is None or new is None or old == new:
            return ""
        points = new - old
        return f"{_signed(points)} point{'' if abs(points) == 1 else 's'}"
    if "amount" in before and "amount" in after and before.get("currency") == after.get("currency"):
        old, new = _number(before["amount"]), _number(after["amount"])
        if old is None or new is None or old == new or (before.get("per") != after.get("per")):
            return ""
        moved = new - old
        sign = "+" if moved > 0 else "-"
        text = f"{sign}{money(abs(moved), before.get('currency'))}"
        return text + (
            f", {_signed((moved * 100 / old).quantize(Decimal('0.1')))} %" if old else ""
        )
    if field == "lead_time" and "max_days" in before and "max_days" in after:
        old, new = _number(before["max_days"]), _number(after["max_days"])
        if old is None or new is None or old == new:
            return ""
        return f"{_signed(new - old)} days"
    if field == "quantity" and before.get("unit") == after.get("unit"):
        old, new = _number(before.get("value")), _number(after.get("value"))
        if old is None or new is None or old == new:
            return ""
        return f"{_signed(new - old)} {after.get('unit') or ''}".strip()
    return ""


def shown_value(obs: Observation | None, field: str) -> str:
    """The value on a finding card: percentages as '30 %' (payment fields), else the compare
    stage's own wording, else the normalised value as a person reads it."""
    if obs is None:
        return DASH
    if field.startswith("payment.") and isinstance(obs.value, Mapping) and "percent" in obs.value:
        return field_value(field, obs.value)
    return observation(obs, field)


def severity_label(severity: str) -> str:
    return severity.upper()


STATUS_WORDS = {
    "undocumented_change": "changed, no approval on record",
    "conflict": "documents disagree",
    "missing": "missing from the latest PI",
    "chat_only": "agreed only in chat, not yet in writing",
    "documented_change": "changed, approved in writing",
    "match": "matches",
}


def status_label(status: str) -> str:
    """'undocumented_change' -> 'changed, no approval on record' (the status id stays in the
    'How this was decided' fold)."""
    return STATUS_WORDS.get(status, status.replace("_", " "))


def first_upper(text: Any) -> str:
    """'missing from the latest PI' -> 'Missing from the latest PI' (the rest kept as it is)."""
    text = str(text)
    return text[:1].upper() + text[1:]


def item_label(item: str | None) -> str:
    return item if item else "whole order"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")
_MD_LINE_START = re.compile(r"^([#>+-])")  # heading, quote, list: only at the start of a line
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def md(text: Any) -> str:
    """Untrusted text for one Markdown line or table cell: no HTML, no links, no table breaks."""
    return _md(text) if type(text) is str else _md(str(text) if text is not None else "")


@lru_cache(maxsize=8192)
def _md(text: str) -> str:
    """md() of a string, once per distinct text (a report repeats labels, values and quotes)."""
    out = _MD_SPECIAL.sub(r"\\\1", clean_line(text))
    out = _MD_LINE_START.sub(r"\\\1", out)
    return _MD_NUMBERED.sub(r"\1\\\2", out)


# Runs of text a reader copies or dials as one: phone numbers, account numbers, ISO dates.
_KEEP_TOGETHER = re.compile(
    r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d)?)?"
    r"|\+?\d[\d -]{5,}\d"
)


def nobreak(text: Any) -> Markup:
    """HTML: untrusted text escaped, with phone numbers, account numbers and dates wrapped so
    that a line never breaks inside them ('+86 574 8688 1234' stays on one line)."""
    escaped = str(escape(clean_line(text)))
    return Markup(_KEEP_TOGETHER.sub(lambda m: f'<span class="token">{m.group(0)}</span>', escaped))


def url_path(path: str) -> str:
    """A relative link from a file path: percent-encoded, so no 'javascript:' or '?' survives."""
    return quote(str(path).replace("\\", "/"), safe="/")


FILTERS: dict[str, Callable[..., str]] = {
    "label": field_label,
    "title": field_title,
    "shown": shown_value,
    "money": money,
    "percent": percent,
    "date": date_text,
    "location": location,
    "place": place,
    "value": value_text,
    "observation": observation,
    "severity": severity_label,
    "status": status_label,
    "item": item_label,
    "first_upper": first_upper,
    "plural": plural,
    "oneline": clean_line,
    "md": md,
    "urlpath": url_path,
    "nobreak": nobreak,
}

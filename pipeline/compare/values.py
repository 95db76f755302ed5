"""One comparator and one display function per value shape (docs/architecture.md "Normalised values")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pipeline.compare.display import DISPLAY, display_value  # noqa: F401 - part of this module's interface
from pipeline.compare.policy import Tolerance, default_policy
from pipeline.field_registry import functions_by_registry
from pipeline.model import Term, Value

if TYPE_CHECKING:
    from pipeline.extract.lexicon import MaterialInfo


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two values of one field: same within tolerance or not, and why."""

    same: bool
    detail: str


Comparator = Callable[[Value, Value, Tolerance], Comparison]


def to_decimal(value: Any) -> Decimal | None:
    """A Decimal from a decimal string or int; None when the value is not a number."""
    if value is None or isinstance(value, bool):
        return None
    # the same amounts and counts are compared again and again: a str or int is read once
    return _decimal_of(value) if isinstance(value, _READ_ONCE) else _parse_decimal(value)


_READ_ONCE = (str, int)  # a tuple: `str | int` would build a union on every call


@lru_cache(maxsize=65536, typed=True)  # typed: 1 and 1.0 are one key otherwise
def _decimal_of(value: str | int) -> Decimal | None:
    return _parse_decimal(value)


def _parse_decimal(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _numbers(base: Any, obs: Any, tol: Tolerance, unit: str = "") -> Comparison:
    b, o = to_decimal(base), to_decimal(obs)
    if b is None or o is None:
        same = str(base) == str(obs)
        return Comparison(same, "equal" if same else f"values {base!r} and {obs!r} are not numbers")
    ok, detail = tol.allows(b, o)
    return Comparison(ok, detail + (f" [{unit}]" if unit and not ok else ""))


_WHITESPACE = re.compile(r"\s+")


def _text(value: Any) -> str:
    # currencies, units and colours are compared again and again: a string is canonicalised once
    return _text_of(value if type(value) is str else str(value))


@lru_cache(maxsize=8192)
def _text_of(value: str) -> str:
    return _WHITESPACE.sub(" ", value).strip().upper()


_PANTONE_SUFFIX = re.compile(r"^(PANTONE \S+)(?: (?:C|U|M|TPX|TCX|TPG|CP))?$")


# "PANTONE BLACK 6 C", "PANTONE COOL GRAY 11 C": a Pantone colour known by its name.
_PANTONE_NAMED = re.compile(r"^PANTONE (?P<name>[A-Z ]+?)(?: \d+)?(?: [CU])?$")


def compare_color(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Colour names and codes; a Pantone number is one colour whatever guide it is quoted from
    (19-0201 TCX for textiles, 186 C coated, 186 U uncoated)."""
    b, o = _text(base), _text(obs)
    bm, om = _PANTONE_SUFFIX.match(b), _PANTONE_SUFFIX.match(o)
    if bm and om and bm.group(1) == om.group(1):
        return Comparison(True, f"same Pantone number {bm.group(1)}")
    named = {b: _PANTONE_NAMED.match(b), o: _PANTONE_NAMED.match(o)}
    for code, plain in ((b, o), (o, b)):
        m = named[code]
        if m and not named[plain] and plain.replace("GREY", "GRAY") in m["name"].split():
            return Comparison(True, f"{plain} is the colour of {code}")
    return compare_text(base, obs, tol)


def compare_text(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Canonical strings (currency, colour, finish, certification, ...): equal ignoring case and spacing."""
    same = _text(base) == _text(obs)
    return Comparison(same, "equal" if same else f"{_text(obs)} is not {_text(base)}")


def compare_code(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Codes (account numbers, material codes): letters and digits only."""
    b, o = re.sub(r"[^0-9A-Z]", "", _text(base)), re.sub(r"[^0-9A-Z]", "", _text(obs))
    same = b == o
    return Comparison(same, "equal" if same else f"{o} is not {b}")


def material_grade(code: object) -> MaterialInfo | None:
    """Family and rank of a material code from the extract stage's lexicon (models/lexicon)."""
    if not isinstance(code, str):
        return None
    # Imported on first use: pipeline.extract's package import loads spaCy, which a comparison
    # of already extracted terms does not need until a material is compared.
    from pipeline.extract.lexicon import material_info

    return material_info(code)


def compare_material(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Material codes: equal, or one is the grade-less name of the other's family ("stainless
    steel" vs SS304, rank 0 in models/lexicon/materials.tsv): not a contradiction."""
    same = compare_code(base, obs, tol)
    if same.same or not isinstance(base, str) or not isinstance(obs, str):
        return same
    b, o = material_grade(base), material_grade(obs)
    if b is not None and o is not None and b.family == o.family and 0 in (b.rank, o.rank):
        general, specific = (b, o) if b.rank == 0 else (o, b)
        return Comparison(
            True, f"{general.display} names no grade; {specific.display} is one of its grades"
        )
    return same


def compare_swift(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """SWIFT/BIC: 8 characters name the bank; a missing branch code is the same as 'XXX'."""
    b, o = re.sub(r"[^0-9A-Z]", "", _text(base)), re.sub(r"[^0-9A-Z]", "", _text(obs))
    if b[:8] != o[:8]:
        return Comparison(False, f"bank code {o[:8]} is not {b[:8]}")
    bb, ob = b[8:] or "XXX", o[8:] or "XXX"
    same = bb == ob
    return Comparison(same, "same bank and branch" if same else f"branch {ob} is not {bb}")


def _first_difference(
    base: dict[str, Value], obs: dict[str, Value], **keys: str
) -> Comparison | None:
    """The first of `keys` that both values name and name differently, as a mismatch (its message
    formatted with o = observed, b = baseline); None when they agree wherever both say."""
    for key, message in keys.items():
        b, o = base.get(key), obs.get(key)
        if b and o and _text(b) != _text(o):
            return Comparison(False, message.format(o=o, b=b))
    return None


def compare_money(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{amount, currency, per}: the same currency and unit, amounts within tolerance."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    base, obs = _sold_unit(base, obs)
    differs = _first_difference(
        base, obs, currency="currency {o} is not {b}", per="priced per {o}, not per {b}"
    )
    return differs or _numbers(base.get("amount"), obs.get("amount"), tol)


# The unit a thing is sold by, written either way: "0.92 USD/set" and "0.92 USD/pc" for a set
# sold as one piece (contract section 2: units are normalised before comparing).
_SOLD_UNITS = {"pc", "set", "unit", "piece"}


def _sold_unit(
    base: dict[str, Value], obs: dict[str, Value]
) -> tuple[dict[str, Value], dict[str, Value]]:
    if {base.get("per"), obs.get("per")} <= _SOLD_UNITS and base.get("amount") == obs.get("amount"):
        return {**base, "per": None}, {**obs, "per": None}
    return base, obs


def compare_quantity(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{value, unit}: the same unit, counts within tolerance (the over/under-shipment allowance)."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return _numbers(base, obs, tol)
    if {base.get("unit"), obs.get("unit")} <= _SOLD_UNITS:
        # "3000" in a spec's Qty column (read as pc) and "3,000套" on the PI: the unit the product
        # is sold in, named or not, as for unit prices (_sold_unit); the counts decide
        return _numbers(base.get("value"), obs.get("value"), tol)
    differs = _first_difference(base, obs, unit="unit {o} is not {b}")
    return differs or _numbers(base.get("value"), obs.get("value"), tol)


def compare_incoterm(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{rule, place}: the same Incoterms rule and, where both name one, the same place."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    if _text(base.get("rule")) != _text(obs.get("rule")):
        return Comparison(False, f"rule {obs.get('rule')} is not {base.get('rule')}")
    bp, op = base.get("place"), obs.get("place")
    if bp and op and not same_place(bp, op):
        if _text(base.get("rule")) in ("FOB", "FAS"):
            # the rule stands; its place is the port of loading, compared as port.loading
            return Comparison(
                True, f"same rule; the port {op} (not {bp}) is compared as port.loading"
            )
        return Comparison(False, f"place {op} is not {bp}")
    if bool(bp) != bool(op):
        return Comparison(True, "same rule; one document names no place")
    return Comparison(True, "equal")


def same_place(base: Value, obs: Value) -> bool:
    """'TIANJIN' and 'TIANJIN XINGANG': a port named with its city, or its terminal after it."""
    b, o = _text(base).split(), _text(obs).split()
    if b == o:
        return True
    shorter, longer = (b, o) if len(b) <= len(o) else (o, b)
    return bool(shorter) and longer[: len(shorter)] == shorter


def compare_place(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Port of loading: the same place, 'NINGBO' = 'NINGBO BEILUN'."""
    same = same_place(base, obs)
    return Comparison(same, "same place" if same else f"{obs} is not {base}")


def compare_bank_name(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """'BANK OF NINGBO' and 'BANK OF NINGBO SHAOXING BRANCH': a bank named with or without its
    branch (the SWIFT and account tell branches apart). Other differences count."""
    b = re.sub(r"[^0-9A-Z\u4e00-\u9fff ]", " ", _text(base)).split()
    o = re.sub(r"[^0-9A-Z\u4e00-\u9fff ]", " ", _text(obs)).split()
    if b == o:
        return Comparison(True, "equal")
    short, long_ = (b, o) if len(b) <= len(o) else (o, b)
    if len(short) >= 2 and long_[: len(short)] == short:
        return Comparison(True, f"{' '.join(short)} is {' '.join(long_)} without its branch")
    return Comparison(False, f"{_text(obs)} is not {_text(base)}")


def compare_percent(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{percent}: percentage points within tolerance."""
    b = base.get("percent") if isinstance(base, dict) else base
    o = obs.get("percent") if isinstance(obs, dict) else obs
    return _numbers(b, o, tol, "%")


def compare_balance(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{percent, trigger}: the same share and the same trigger (an earlier trigger moves risk)."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    bt, ot = base.get("trigger"), obs.get("trigger")
    if bt and ot and "unknown" not in (bt, ot) and bt != ot:
        return Comparison(False, f"balance due {ot}, not {bt}")
    return compare_percent(base, obs, tol)


def calendar_days(days: Any, basis: Any) -> Decimal | None:
    """Days as calendar days: working days x 7/5 (a five-day week)."""
    number = to_decimal(days)
    if number is None:
        return None
    return number * 7 / 5 if basis == "working" else number


def compare_lead_time(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{min_days, max_days, basis, from}: the latest day (max) within tolerance, on the same start."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    bf, of = base.get("from"), obs.get("from")
    b = calendar_days(base.get("max_days", base.get("min_days")), base.get("basis"))
    o = calendar_days(obs.get("max_days", obs.get("min_days")), obs.get("basis"))
    if b is None or o is None:
        return Comparison(False, "a lead time has no day count")
    ok, detail = tol.allows(b, o)
    if bf and of and "unknown" not in (bf, of) and bf != of:
        # "50 days after deposit and sample approval" vs "50 days after deposit": the same days
        # counted from a start named differently; a different count from another start is a change
        if ok:
            return Comparison(True, f"same days; counted from {of} here, from {bf} in the baseline")
        return Comparison(False, f"counted from {of}, not from {bf}: {detail}")
    note = (
        " (working days counted x 7/5)"
        if "working" in (base.get("basis"), obs.get("basis"))
        else ""
    )
    return Comparison(ok, f"latest day {_fmt(o)} vs {_fmt(b)} calendar days: {detail}{note}")


def _fmt(number: Decimal) -> str:
    return format(number.quantize(Decimal("0.1")).normalize(), "f")


def _measure(
    base: Value, obs: Value, tol: Tolerance, key: str, tol_key: str, unit: str
) -> Comparison:
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    own = to_decimal(base.get(tol_key))
    if own is not None:
        tol = tol.widened(own, f"the baseline's own tolerance ±{_plain(own)} {unit}")
    b_list, o_list = _as_list(base.get(key)), _as_list(obs.get(key))
    if len(b_list) != len(o_list):
        return _fewer_measures(b_list, o_list, tol, unit)
    results = [_numbers(b, o, tol, unit) for b, o in zip(b_list, o_list, strict=True)]
    if all(r.same for r in results):
        return Comparison(True, "; ".join(sorted({r.detail for r in results})))
    # L x W x H written in another order is the same box.
    sorted_pairs = zip(sorted(b_list, key=_sort_num), sorted(o_list, key=_sort_num), strict=True)
    if len(b_list) > 1 and all(_numbers(b, o, tol, unit).same for b, o in sorted_pairs):
        return Comparison(True, f"same measures in another order, tolerance {tol.describe()}")
    bad = [
        f"{o} vs {b} {unit}: {r.detail}"
        for b, o, r in zip(b_list, o_list, results, strict=True)
        if not r.same
    ]
    return Comparison(False, "; ".join(bad))


def _fewer_measures(b_list: list[Any], o_list: list[Any], tol: Tolerance, unit: str) -> Comparison:
    """'Ø 260 x H 52 mm' against 'Ø 260, height 52, length 445 mm': a document that states fewer
    measures agrees when each one it states is one of the other's (within tolerance)."""
    short, long_ = (o_list, b_list) if len(o_list) < len(b_list) else (b_list, o_list)
    left = list(long_)
    for value in short:
        hit = next((x for x in left if _numbers(x, value, tol, unit).same), None)
        if hit is None:
            return Comparison(
                False, f"{len(o_list)} measures given, the baseline has {len(b_list)}"
            )
        left.remove(hit)
    if len(short) < 2 and len(long_) > 2:
        return Comparison(False, f"{len(o_list)} measures given, the baseline has {len(b_list)}")
    return Comparison(True, f"the {len(short)} measures given are among the other's {len(long_)}")


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _sort_num(value: Any) -> Decimal:
    return to_decimal(value) or Decimal(0)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def compare_dimensions(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{mm: [...], tolerance_mm}: each measure within the spec's own tolerance (or the data file's)."""
    return _measure(base, obs, tol, "mm", "tolerance_mm", "mm")


def compare_carton(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{mm, tolerance_mm, ply}: the carton's board grade (contract section 2: "5-ply export
    carton" is part of packaging.carton_size) and its measures, each where both sides state it."""
    if isinstance(base, dict) and isinstance(obs, dict):
        bp, op = base.get("ply"), obs.get("ply")
        if bp and op and bp != op:
            return Comparison(False, f"{op}-ply carton, not {bp}-ply")
        if not (base.get("mm") and obs.get("mm")):
            return Comparison(True, "same board grade; one side states no size")
    return compare_dimensions(base, obs, tol)


def compare_weight(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{g, tolerance_g}: within the baseline's own tolerance (or the data file's)."""
    return _measure(base, obs, tol, "g", "tolerance_g", "g")


def compare_capacity(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{ml}: within tolerance; a size written in ounces ('12 oz', {nominal}) is a nominal size
    and matches the metric figure it is sold as within the rounding of compare.toml [units]."""
    b = base.get("ml") if isinstance(base, dict) else base
    o = obs.get("ml") if isinstance(obs, dict) else obs
    result = _numbers(b, o, tol, "ml")
    nominal = [v["nominal"] for v in (base, obs) if isinstance(v, dict) and v.get("nominal")]
    bd, od = to_decimal(b), to_decimal(o)
    if result.same or not nominal or bd is None or od is None or bd == 0:
        return result
    allowed = Decimal(str(default_policy().params["units"]["nominal_capacity_percent"]))
    if abs(od - bd) * 100 <= abs(bd) * allowed:
        return Comparison(True, f"{nominal[0]} is a nominal size: {o} ml and {b} ml are the same")
    return result


def compare_number(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    return _numbers(base, obs, tol)


def compare_inspection(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """{aql, level, result}: the same AQL and level where both state one (the result is not a term)."""
    if not isinstance(base, dict) or not isinstance(obs, dict):
        return compare_text(base, obs, tol)
    for key in ("aql", "level"):
        b, o = base.get(key), obs.get(key)
        if b is not None and o is not None:
            bn, on = to_decimal(b), to_decimal(o)
            same = bn == on if bn is not None and on is not None else _text(b) == _text(o)
            if not same:
                return Comparison(False, f"{key.upper()} {o} is not {b}")
    return Comparison(True, "same AQL and level")


def compare_warranty(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    b = base.get("months") if isinstance(base, dict) else base
    o = obs.get("months") if isinstance(obs, dict) else obs
    return _numbers(b, o, tol, "months")


def company_key(name: Any) -> str:
    """A company name without punctuation and company suffixes (pipeline/data/bank.toml), for comparing."""
    text = _text(name).replace("&", " AND ")
    suffixes = _suffixes()
    for suffix in suffixes[1]:
        text = text.replace(suffix, " ")
    text = re.sub(r"[^0-9A-Z\u4e00-\u9fff ]", " ", text)
    return " ".join(w for w in text.split() if w not in suffixes[0])


@cache
def _suffixes() -> tuple[frozenset[str], tuple[str, ...]]:
    words = [str(w).upper() for w in default_policy().bank.get("company_suffixes", ())]
    latin = frozenset(w for w in words if w.isascii())
    # Chinese suffixes are not space-separated: strip them as substrings, longest first.
    chinese = tuple(sorted((w for w in words if not w.isascii()), key=len, reverse=True))
    return latin, chinese


def compare_beneficiary(base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Beneficiary names equal once punctuation and 'Co., Ltd.' variants are dropped."""
    same = company_key(base) == company_key(obs)
    return Comparison(same, "same company name" if same else f"{_text(obs)} is not {_text(base)}")


# The comparators by the name the field registry uses (pipeline/data/fields.toml `compare`).
COMPARATOR_FUNCTIONS: dict[str, Comparator] = {
    "money": compare_money,
    "text": compare_text,
    "quantity": compare_quantity,
    "incoterm": compare_incoterm,
    "place": compare_place,
    "percent": compare_percent,
    "balance": compare_balance,
    "lead_time": compare_lead_time,
    "material": compare_material,
    "dimensions": compare_dimensions,
    "carton": compare_carton,
    "weight": compare_weight,
    "capacity": compare_capacity,
    "color": compare_color,
    "number": compare_number,
    "inspection": compare_inspection,
    "warranty": compare_warranty,
    "beneficiary": compare_beneficiary,
    "bank_name": compare_bank_name,
    "code": compare_code,
    "swift": compare_swift,
}


# One comparator per field, from the registry.
COMPARATORS: dict[str, Comparator] = functions_by_registry(
    COMPARATOR_FUNCTIONS, "compare", "comparator"
)


def compare_values(field: str, base: Value, obs: Value, tol: Tolerance) -> Comparison:
    """Compare two normalised values of one field with that field's comparator."""
    return COMPARATORS.get(field, compare_text)(base, obs, tol)  # an unregistered x.* of a test


# Numbered codes; Pantone's named colours ("PANTONE BLACK 6 C") are compared as names too.
_COLOUR_CODE = re.compile(r"^(?:PANTONE|RAL) [\d-]+\b")


def colour_terms(
    base: tuple[Term, ...], obs: tuple[Term, ...]
) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    """'Sage – Pantone 5575 C': where both sides give a colour by its code, the names beside it
    only describe it ("sage" is read as GREEN) and the codes are compared; where one side names
    the colour only, names are compared with names."""

    def split(terms: tuple[Term, ...]) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
        codes = tuple(t for t in terms if isinstance(t.value, str) and _COLOUR_CODE.match(t.value))
        return codes, tuple(t for t in terms if t not in codes)

    (base_codes, base_names), (obs_codes, obs_names) = split(base), split(obs)
    if base_codes and obs_codes:
        return base_codes, obs_codes
    if base_names and obs_names:
        return base_names, obs_names
    # one side gives only a Pantone code, the other only a name ("Red" for "Pantone 1805 C"):
    # a name cannot contradict a code, so each side is held to itself
    return base, base

"""Sizes, weights and capacities: "52x38x30cm", "Ø80mm ±0.5", "350 g", "500 ml".

Part of the normalisers of pipeline/extract/normalize.py (one parser per value kind); none
raises on odd text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pipeline.extract.parse_numbers import (
    LENGTH_UNITS,
    MASS_UNITS,
    NUM,
    VOLUME_UNITS,
    convert,
    fmt_decimal,
    parse_number,
    unit_key,
)

# ---------------------------------------------------------------- dimensions, weight, capacity


_LEN = r"mm|cm|m|inch(?:es)?|in|\"|″|''|毫米|厘米|公分|米"
_AXIS = r"(?:[LWHDTlwhdt]|Ø|ø|φ|Φ|dia\.?|Dia\.?|长|宽|高|直径)\s*[:：]?\s*"
_DIM_NUM = r"\d+(?:\.\d+)?"
_END = r"(?![0-9])(?![A-WYZa-wyz])"  # a number ends; "x" may follow ("52x38")
DIMS_RE = re.compile(
    rf"(?<![\w.])(?:{_AXIS})?(?P<a>{_DIM_NUM})\s*(?P<ua>{_LEN})?{_END}"
    rf"(?:\s*[x×*X]\s*(?:{_AXIS})?(?P<b>{_DIM_NUM})\s*(?P<ub>{_LEN})?{_END})"
    rf"(?:\s*[x×*X]\s*(?:{_AXIS})?(?P<c>{_DIM_NUM})\s*(?P<uc>{_LEN})?{_END})?"
)
DIAMETER_RE = re.compile(
    rf"(?:Ø|ø|φ|Φ|dia\.?|diameter|直径)\s*[:：]?\s*(?P<a>{_DIM_NUM})\s*(?P<ua>{_LEN})(?![A-Za-z])",
    re.I,
)
SINGLE_LEN_RE = re.compile(rf"(?<![\w.])(?P<a>{_DIM_NUM})\s*(?P<ua>{_LEN})(?![A-Za-z0-9])")
# One measure named by its axis: "直径90mm", "高95mm", "长 180 mm", "H 95 mm", "height 95mm".
AXIS_MEASURE_RE = re.compile(
    rf"(?:直径|口径|长度?|宽度?|高度?|厚度?|(?<![A-Za-z])(?:dia(?:meter)?\.?|height|length|width|depth|[LWHD])(?![A-Za-z])|Ø|ø|φ|Φ)"
    rf"\s*[:：]?\s*(?P<a>{_DIM_NUM})\s*(?P<ua>{_LEN})(?![A-Za-z0-9])",
    re.I,
)
TOL_RE = re.compile(
    rf"(?:±|\+/-|\+-|\+ / -|公差)\s*(?P<t>{_DIM_NUM})\s*(?P<u>{_LEN}|g|kg|克|%)?", re.I
)


def _mm(number: str, unit: str) -> Decimal | None:
    name = LENGTH_UNITS.get(unit_key(unit))
    value = parse_number(number)
    if name is None or value is None:
        return None
    mm = convert(value, name, "millimeter")
    if name == "inch":
        # "22.05 in" is 560.07 mm: inches written to 1/100 are a metric size rounded; the whole
        # millimetre is what was meant (0.01 in = 0.25 mm)
        return mm.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return mm


@dataclass(frozen=True)
class Dimensions:
    mm: tuple[str, ...]
    tolerance_mm: str | None
    start: int
    end: int
    raw: str

    def value(self) -> dict[str, Any]:
        return {"mm": list(self.mm), "tolerance_mm": self.tolerance_mm}


def _tolerance(
    text: str, pos: int, default_unit: str, kind: str, base: Decimal | None = None
) -> str | None:
    # "180 X 130 X 65 mm (7.09 x 5.12 x 2.56 in) | +/-1mm": the same size in other units between
    paren = re.match(
        r"\s*[(（](?!\s*(?:±|\+/-|\+-|公差|tol))[^()（）]{0,48}[)）]", text[pos:], re.I
    )
    if paren:
        pos += paren.end()
    m = TOL_RE.search(text, pos, min(len(text), pos + 24))
    if not m:
        return None
    unit = m["u"] or default_unit
    value = parse_number(m["t"])
    if value is None:
        return None
    if unit == "%":
        # "1.25 kg ±5%": a share of the value itself, in the value's own unit
        if base is None:
            return None
        return fmt_decimal(base * value / 100)
    name = (LENGTH_UNITS if kind == "mm" else MASS_UNITS).get(unit_key(unit))
    if name is None:
        return None
    return fmt_decimal(convert(value, name, "millimeter" if kind == "mm" else "gram"))


def _axis_sequences(text: str, covered: list[tuple[int, int]]) -> list[Dimensions]:
    """'直径90mm，高95mm', 'L 180 mm, W 130 mm, H 65 mm': two or more measures each named by its
    axis, one after the other, are one size."""
    out: list[Dimensions] = []
    run: list[re.Match[str]] = []
    for m in [*AXIS_MEASURE_RE.finditer(text), None]:
        if m is not None and any(a <= m.start() < b for a, b in covered):
            continue
        if (
            m is not None
            and run
            and re.fullmatch(r"[\s,，、;；/]*", text[run[-1].end() : m.start()])
        ):
            run.append(m)
            continue
        if len(run) >= 2:
            mm = [_mm(r["a"], r["ua"]) for r in run]
            if all(v is not None and v > 0 for v in mm):
                tol = _tolerance(text, run[-1].end(), run[-1]["ua"], "mm")
                values = tuple(fmt_decimal(v) for v in mm if v is not None)
                out.append(
                    Dimensions(
                        values,
                        tol,
                        run[0].start(),
                        run[-1].end(),
                        text[run[0].start() : run[-1].end()],
                    )
                )
        run = [m] if m is not None else []
    return out


# Between the sizes of a set: separators and the size names ("S 18x20 / M 25x28 / L 33x35cm").
_SIZE_GAP = re.compile(
    r"^[\s,/;、，|]*(?:(?:XXS|XS|S|M|L|XL|XXL|small|medium|large|小号?|中号?|大号?)\b)?\s*[:：]?\s*$",
    re.I,
)
SIZE_NAME_BEFORE = re.compile(
    r"(?:^|[\s,(/;，（])(?:XXS|XS|S|M|L|XL|XXL|small|medium|large|小号?|中号?|大号?)\s*[:：]?\s*$",
    re.I,
)


def _shared_units(text: str, matches: list[re.Match[str]]) -> dict[int, str]:
    """The unit a size without its own takes from the next size of the same set: in 'S 18x20 /
    M 25x28 / L 33x35cm' the centimetres written once at the end are every size's."""
    shared: dict[int, str] = {}
    following: str | None = None
    for i in range(len(matches) - 1, -1, -1):
        m = matches[i]
        own = next((u for u in (m["uc"], m["ub"], m["ua"]) if u), None)
        if own is not None:
            following = own
            continue
        gap = text[m.end() : matches[i + 1].start()] if i + 1 < len(matches) else "?"
        if following is not None and _SIZE_GAP.match(gap):
            shared[m.start()] = following
        else:
            following = None
    return shared


def find_dimensions(text: str, *, single: bool = False) -> list[Dimensions]:
    """'52x38x30cm', 'L52*W38*H30 cm', '20.5 x 15 in', 'Ø80mm', with '±0.5 mm'; a lone
    '25 cm' only when `single` (the line is labelled as a size)."""
    out: list[Dimensions] = []
    matches = list(DIMS_RE.finditer(text))
    shared = _shared_units(text, matches)
    for m in matches:
        units = [m["ua"], m["ub"], m["uc"]]
        last = next((u for u in reversed(units) if u), None) or shared.get(m.start())
        if last is None:
            continue
        numbers = [n for n in (m["a"], m["b"], m["c"]) if n]
        mm = []
        for number, unit in zip(numbers, units, strict=False):
            v = _mm(number, unit or last)
            if v is None:
                break
            mm.append(fmt_decimal(v))
        else:
            tol = _tolerance(text, m.end(), last, "mm")
            out.append(Dimensions(tuple(mm), tol, m.start(), m.end(), m.group()))
    covered = [(d.start, d.end) for d in out]
    out.extend(_axis_sequences(text, covered))
    covered = [(d.start, d.end) for d in out]
    extra_patterns = [DIAMETER_RE] + ([SINGLE_LEN_RE] if single else [])
    for regex in extra_patterns:
        for m in regex.finditer(text):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in covered):
                continue
            if re.search(r"(?:±|\+/-|\+-|公差)\s*$", text[max(0, m.start() - 4) : m.start()]):
                continue  # the tolerance of the value before, not a size
            v = _mm(m["a"], m["ua"])
            if v is None or v == 0:
                continue
            tol = _tolerance(text, m.end(), m["ua"], "mm")
            out.append(Dimensions((fmt_decimal(v),), tol, m.start(), m.end(), m.group()))
            covered.append((m.start(), m.end()))
    # "H25 x Ø8 cm" style pieces that a single label groups: several single values in one size line
    if single and len(out) > 1 and all(len(d.mm) == 1 for d in out):
        first, last_d = out[0], out[-1]
        tol = next((d.tolerance_mm for d in out if d.tolerance_mm), None)
        out = [
            Dimensions(
                tuple(d.mm[0] for d in out),
                tol,
                first.start,
                last_d.end,
                text[first.start : last_d.end],
            )
        ]
    return sorted(out, key=lambda d: d.start)


WEIGHT_RE = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s*(?P<u>kgs?|g|gr|grams?|lbs?|pounds?|oz|ounces?|克|千克|公斤)(?![A-Za-z²2]|/\s*m)"
)


WEIGHT_SHARED_UNIT_RE = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s*(?:±|\+/-|\+-)\s*(?P<t>{NUM})\s*(?P<u>kgs?|g|gr|grams?|lbs?|克|千克|公斤)(?![A-Za-z])"
)


def find_weights(
    text: str, *, allow_oz: bool = False
) -> list[tuple[dict[str, Any], int, int, str]]:
    """'350g', '0.35 kg', '1.2 lbs' (and 'oz' when the line is labelled a weight), with '±10g'."""
    out: list[tuple[dict[str, Any], int, int, str]] = []
    # "32 ±2 g": the unit after the tolerance is the value's unit too
    for m in WEIGHT_SHARED_UNIT_RE.finditer(text):
        name = MASS_UNITS.get(unit_key(m["u"]))
        value, spread = parse_number(m["n"]), parse_number(m["t"])
        if name is None or not value or spread is None:
            continue
        grams = fmt_decimal(convert(value, name, "gram"), 1)
        out.append(
            (
                {"g": grams, "tolerance_g": fmt_decimal(convert(spread, name, "gram"))},
                m.start(), m.end(), m.group(),
            )
        )  # fmt: skip
    for m in WEIGHT_RE.finditer(text):
        if any(a <= m.start() < b for _, a, b, _ in out):
            continue
        if re.search(r"(?:±|\+/-|\+-|公差)\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue  # the tolerance of the weight before, not a weight
        unit = unit_key(m["u"])
        if unit in ("oz", "ounce", "ounces") and not allow_oz:
            continue
        after = text[m.end() : m.end() + 8].lower()
        if re.match(r"\s*(?:/|per)\s*(?:ctn|carton|箱|m2|㎡|sqm)", after):
            continue  # carton weight, fabric weight
        number = parse_number(m["n"])
        name = MASS_UNITS.get(unit)
        if number is None or name is None or number == 0:
            continue
        grams = fmt_decimal(convert(number, name, "gram"), 1)
        tol = _tolerance(text, m.end(), unit, "g", Decimal(grams))
        out.append(({"g": grams, "tolerance_g": tol}, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda t: t[1])


CAPACITY_RE = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s*(?P<u>ml|mL|ML|cl|l|L|ltr|liters?|litres?|fl\.?\s?oz|oz|OZ|毫升|升)(?![A-Za-z])"
)


def find_capacities(
    text: str, *, allow_oz: bool = True
) -> list[tuple[dict[str, str], int, int, str]]:
    """'500ml', '0.5 L', '17 oz' (US fluid ounces), '500毫升' -> {'ml': '500'}."""
    out: list[tuple[dict[str, str], int, int, str]] = []
    for m in CAPACITY_RE.finditer(text):
        unit = unit_key(m["u"])
        if unit == "oz" and not allow_oz:
            continue
        name = VOLUME_UNITS.get(unit) or VOLUME_UNITS.get(unit.replace(" ", ""))
        value = parse_number(m["n"])
        if name is None or value is None or value == 0:
            continue
        ml = fmt_decimal(convert(value, name, "milliliter"), 1)
        found: dict[str, str] = {"ml": ml}
        if unit == "oz" or "oz" in unit:
            # "12 oz" is a nominal size (sold as 350 ml): compare allows for the rounding
            found["nominal"] = f"{fmt_decimal(value)} oz"
        out.append((found, m.start(), m.end(), m.group()))
    # "12oz stoneware mug 350ml": the metric figure is the one the spec measures
    if any("nominal" not in v for v, *_ in out):
        out = [t for t in out if "nominal" not in t[0]]
    return out

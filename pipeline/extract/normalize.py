"""Text -> normalised values, one parser per value kind (docs/architecture.md "Normalised values").

Every parser takes supplier text and returns a value (or several) or None; none of them raises on
odd text. Amounts are Decimal until they are written out as strings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import Any

from pipeline.extract.lexicon import lexicon_path, read_tsv
from pipeline.resources import models_dir

# ---------------------------------------------------------------- numbers


NUM = r"\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def parse_number(text: str) -> Decimal | None:
    """'1,850.00', '1.850,00', '12,5', '0,118', '5000' -> Decimal; the last separator followed by
    other than exactly three digits is the decimal point, and so is a comma after a lone zero
    (no thousands group starts with 0: '0,118' is a price in a Spanish quote, not 118)."""
    s = text.strip().replace("\u00a0", " ").replace(" ", "")
    if not s or not re.fullmatch(r"\d[\d,.]*", s):
        return None
    if "," in s and "." in s:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        s = s.replace(thousands, "").replace(decimal_sep, ".")
    elif "," in s:
        parts = s.split(",")
        grouped = parts[0] != "0" and all(len(p) == 3 for p in parts[1:])
        s = s.replace(",", "") if grouped else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def fmt_decimal(value: Decimal, places: int = 2) -> str:
    """At most `places` decimals, trailing zeros dropped: 520.70 -> '520.7', 80.0 -> '80'."""
    q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(q.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def fmt_money(value: Decimal) -> str:
    """Money with two decimals at least, more only when given: '1.85', '9250.00', '0.125'."""
    q = value.normalize()
    exp = q.as_tuple().exponent
    places = max(2, -exp) if isinstance(exp, int) else 2
    return format(value.quantize(Decimal(1).scaleb(-min(places, 4)), rounding=ROUND_HALF_UP), "f")


# ---------------------------------------------------------------- units (pint, created once)


@cache
def _ureg() -> Any:
    import pint  # costs ~0.5 s: only on first use

    return pint.UnitRegistry(non_int_type=Decimal)


_LENGTH_UNITS = {
    "mm": "millimeter", "毫米": "millimeter", "cm": "centimeter", "厘米": "centimeter",
    "公分": "centimeter", "m": "meter", "米": "meter", "in": "inch", "inch": "inch",
    "inches": "inch", '"': "inch", "″": "inch", "''": "inch",
}  # fmt: skip
_MASS_UNITS = {
    "g": "gram", "gr": "gram", "gram": "gram", "grams": "gram", "克": "gram", "kg": "kilogram",
    "kgs": "kilogram", "千克": "kilogram", "公斤": "kilogram", "lb": "pound", "lbs": "pound",
    "pound": "pound", "pounds": "pound", "oz": "ounce", "ounce": "ounce", "ounces": "ounce",
}  # fmt: skip
_VOLUME_UNITS = {
    "ml": "milliliter", "毫升": "milliliter", "cl": "centiliter", "l": "liter", "ltr": "liter",
    "liter": "liter", "litre": "liter", "liters": "liter", "litres": "liter", "升": "liter",
    "oz": "US_fluid_ounce", "fl oz": "US_fluid_ounce", "floz": "US_fluid_ounce",
    "fl. oz": "US_fluid_ounce", "fl.oz": "US_fluid_ounce",
}  # fmt: skip


def convert(value: Decimal, unit: str, target: str) -> Decimal:
    """Convert with pint: convert(Decimal('20.5'), 'inch', 'millimeter') -> 520.7."""
    return value * _factor(unit, target)


@cache
def _factor(unit: str, target: str) -> Decimal:
    # pint's factor for one unit pair: written into models/pipeline by the build (so that an
    # audit need not pay the registry's start-up), asked of pint itself for any other pair
    known = _built_factors().get(f"{unit}->{target}")
    return Decimal(known) if known is not None else pint_factor(unit, target)


def pint_factor(unit: str, target: str) -> Decimal:
    """How many `target` one `unit` is, according to pint."""
    ureg = _ureg()
    return Decimal(str(ureg.Quantity(Decimal(1), unit).to(target).magnitude))


UNIT_FACTORS_FILE = "unit_factors.json"


@cache
def _built_factors() -> dict[str, str]:
    path = models_dir() / "pipeline" / UNIT_FACTORS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def unit_pairs() -> list[tuple[str, str]]:
    """Every (pint unit, target) pair the parsers convert: the build writes their factors."""
    pairs = {(name, "millimeter") for name in _LENGTH_UNITS.values()}
    pairs |= {(name, "gram") for name in _MASS_UNITS.values()}
    pairs |= {(name, "milliliter") for name in _VOLUME_UNITS.values()}
    return sorted(pairs)


def _unit_key(unit: str) -> str:
    return re.sub(r"\s+", " ", unit.strip().lower())


# ---------------------------------------------------------------- money


CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "usd": "USD", "u.s.$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
    "us dollars": "USD", "美元": "USD", "美金": "USD", "rmb": "CNY", "cny": "CNY", "¥": "CNY",
    "￥": "CNY", "元": "CNY", "人民币": "CNY", "eur": "EUR", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "欧元": "EUR", "gbp": "GBP", "£": "GBP", "hk$": "HKD", "hkd": "HKD",
    "aud": "AUD", "a$": "AUD", "cad": "CAD", "c$": "CAD", "jpy": "JPY", "chf": "CHF",
}  # fmt: skip
_CUR_BEFORE = r"US\$|U\.S\.\$|HK\$|A\$|C\$|USD|RMB|CNY|EUR|GBP|HKD|AUD|CAD|JPY|CHF|\$|¥|￥|€|£|人民币|美元|美金"
_CUR_AFTER = r"USD|US\$|RMB|CNY|EUR|GBP|HKD|AUD|CAD|JPY|CHF|元|美元|美金|欧元|euros?|dollars?"
_PER = (
    r"(?:\s*(?:/|per|each|a|every|每)\s*|\s+)(?P<per>pcs?\.?|pieces?|units?|sets?|pairs?|prs|dozens?|doz|dz|"
    r"ctns?|cartons?|rolls?|kgs?|meters?|m|只|个|件|支|套|双|对|打|箱|卷|米|公斤)(?![A-Za-z])"
)
MONEY_RE = re.compile(
    rf"(?:(?P<c1>{_CUR_BEFORE})\s*(?P<n1>{NUM})(?:(?P<c1b>{_CUR_AFTER})(?![A-Za-z]))?"
    rf"|(?<![\w.,])(?P<n2>{NUM})\s*(?P<c2>{_CUR_AFTER})(?![A-Za-z]))(?:{_PER}|\s*(?P<each>each|ea\.?)(?![A-Za-z]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    per: str | None
    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return fmt_money(self.amount)


def unit_code(word: str) -> str | None:
    """'pcs' -> 'pc', '套' -> 'set', 'dozens' -> 'dozen', from models/lexicon/units.tsv."""
    return _units().get(word.strip().lower().rstrip("."))


@cache
def _units() -> dict[str, str]:
    table = {
        row["phrase"].lower().rstrip("."): row["unit"]
        for row in read_tsv(lexicon_path("units.tsv"), ("phrase", "unit"))
    }
    table.update({"dozens": "dozen", "piece": "pc", "pieces": "pc", "unit": "pc"})
    return table


def find_money(text: str, default_currency: str | None = None) -> list[Money]:
    """Every amount with a currency in text: 'US$1.85/pc', 'USD 1,850.00', '12.5元/只', 'EUR 1.850,00'."""
    out: list[Money] = []
    for m in MONEY_RE.finditer(text):
        symbol = m["c1"] or m["c2"]
        number = m["n1"] or m["n2"]
        amount = parse_number(number)
        if amount is None:
            continue
        currency = CURRENCY_SYMBOLS.get(symbol.lower(), default_currency or "USD")
        if m["c1b"]:
            currency = CURRENCY_SYMBOLS.get(m["c1b"].lower(), currency)
        per = unit_code(m["per"]) if m["per"] else ("pc" if m["each"] else None)
        out.append(Money(amount, currency, per, m.start(), m.end(), m.group()))
    return out


def parse_bare_amount(text: str) -> Decimal | None:
    """A cell that holds only a number ('1.85', '9,250.00') as an amount."""
    m = re.fullmatch(rf"\s*({NUM})\s*", text)
    return parse_number(m.group(1)) if m else None


def parse_bare_price(text: str) -> tuple[Decimal, str | None] | None:
    """A price cell under a currency header: '1.85', '1.85/pc', '2.10 per set' -> amount, unit."""
    m = re.fullmatch(rf"\s*({NUM})(?:{_PER})?\s*\.?\s*", text, re.IGNORECASE)
    if not m:
        return None
    amount = parse_number(m.group(1))
    return (amount, unit_code(m["per"]) if m["per"] else None) if amount is not None else None


def currency_code(text: str) -> str | None:
    """'USD', 'US$', 'RMB', '人民币' -> ISO 4217."""
    m = re.search(rf"(?<![A-Za-z])({_CUR_BEFORE}|{_CUR_AFTER})(?![A-Za-z])", text, re.IGNORECASE)
    return CURRENCY_SYMBOLS.get(m.group(1).lower()) if m else None


# ---------------------------------------------------------------- quantities


_COUNT_UNITS = (
    r"pcs?\.?|pieces?|units?|sets?|pairs?|prs|dozens?|doz|ctns?|cartons?|只|个|件|支|套|双|对|打|箱"
)
QTY_RE = re.compile(
    rf"(?<![\w.,$¥€£/])(?P<n>{NUM})\s*(?P<k>k|K|千|万)?\s*(?P<u>{_COUNT_UNITS})(?![A-Za-z])",
    re.IGNORECASE,
)
CARTON_QTY_RE = re.compile(
    rf"(?P<n>\d{{1,5}})\s*(?P<u>{_COUNT_UNITS}|boxes|bags|inner\s+boxes)?\s*(?:/|per|a|each|in\s+one|in\s+each|into\s+one|每)\s*"
    r"(?:master\s+|export\s+|outer\s+)?(?:ctns?|cartons?|箱|外箱)(?![A-Za-z])",
    re.IGNORECASE,
)
# "16 unidades por caja", "24 Stück pro Karton", "12 pièces par carton", "20 pezzi per cartone"
CARTON_QTY_INTL = re.compile(
    r"(?P<n>\d{1,5})\s*(?:unidades|uds\.?|piezas|pzs|stück|stk\.?|st\.|pièces|pcs|pezzi|pz\.?)\s*"
    r"(?:/|por|pro|par|per|je)\s*(?:caja|karton|carton|cartone|scatola|doos)(?![A-Za-z])",
    re.IGNORECASE,
)
# "ctn qty: 20 pcs", "carton Q'TY 24", "qty per carton: 30", "pcs/ctn: 50": the label before the number
CARTON_QTY_LABELLED = re.compile(
    r"(?:(?:master\s+|export\s+)?(?:ctn|carton)s?\.?\s*(?:qty|q['’]ty|quantity)"
    r"|(?:qty|q['’]ty|quantity|pcs|pieces|units)\s*(?:per|/)\s*(?:master\s+|export\s+)?(?:ctn|carton))"
    r"\.?\s*[:：=]?\s*(?P<n>\d{1,5})(?![\d.,]\d)",
    re.IGNORECASE,
)
CARTON_QTY_ZH = re.compile(r"(?:每箱|一箱|每个?外箱)\s*(?P<n>\d{1,5})\s*(?:只|个|件|支|套|pcs?)?")
CARTONS_TIMES_RE = re.compile(
    rf"(?P<c>{NUM})\s*(?:ctns?|cartons?|箱)\s*[x×*@]\s*(?P<n>\d{{1,5}})\s*(?P<u>pcs?|pieces?|sets?|pairs?|只|个|件|套|双)?",
    re.IGNORECASE,
)


def _scale(number: str, suffix: str | None) -> int | None:
    value = parse_number(number)
    if value is None:
        return None
    factor = {"k": 1000, "K": 1000, "千": 1000, "万": 10000}.get(suffix or "", 1)
    value *= factor
    return int(value) if value == value.to_integral_value() else None


@dataclass(frozen=True)
class Quantity:
    value: int
    unit: str
    start: int
    end: int
    raw: str


def find_quantities(text: str) -> list[Quantity]:
    """Order quantities: '5,000 pcs', '5k pcs', '3000只', '200 ctns x 24 pcs' (= 4800 pc).

    Per-carton counts ('24pcs/ctn') and counts after MOQ are not order quantities.
    """
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in CARTONS_TIMES_RE.finditer(text):
        cartons = _scale(m["c"], None)
        per = _scale(m["n"], None)
        if cartons and per:
            unit = unit_code(m["u"]) if m["u"] else "pc"
            out.append(Quantity(cartons * per, unit or "pc", m.start(), m.end(), m.group()))
            taken.append((m.start(), m.end()))
    for m in QTY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        after = text[m.end() : m.end() + 14].lower()
        if re.match(
            r"\s*(?:/|per|a|each|in\s+one|每)\s*(?:master\s+|export\s+)?(?:ctn|carton|box|箱|bag)",
            after,
        ):
            continue
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if re.search(r"moq|minimum|起订|最小|min\.?\s*order|[×x*]\s*$", before):
            continue
        if re.search(r"\bsamples?\b[^.;,]{0,12}$|样品|打样", before) or re.match(
            r"\s*(?:of\s+)?(?:free\s+)?samples?\b|\s*样品", text[m.end() : m.end() + 20], re.I
        ):
            continue  # "Sample 3 pcs free", "3 pcs samples": the samples, not the order
        if re.search(r"(?:ctn|carton)s?\.?\s*(?:qty|q['’]ty|quantity)\.?\s*[:：=]?\s*$", before):
            continue  # "ctn qty: 20 pcs": pieces per carton
        if re.search(
            r"\b(?:added|additional|extra|another|increase\s+(?:of|by)|plus|\+)\s*$", before
        ) or re.match(r"\s*(?:more|extra|additional)\b", text[m.end() : m.end() + 14], re.I):
            continue  # "30% of the added 600 pcs", "600 pcs more": a difference, not the quantity
        unit = unit_code(m["u"]) or "pc"
        if unit == "ctn":
            continue  # a count of cartons is packing, not the order quantity
        value = _scale(m["n"], m["k"])
        if value is None or value <= 0:
            continue
        out.append(Quantity(value, unit, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda q: q.start)


def parse_bare_quantity(text: str) -> int | None:
    """A 'Qty' cell: '5000', '5,000', '5k'."""
    m = re.fullmatch(rf"\s*({NUM})\s*(k|K|千|万)?\s*", text)
    return _scale(m.group(1), m.group(2)) if m else None


def find_carton_qty(text: str) -> list[tuple[int, int, int, str]]:
    """Pieces per carton: '24pcs/ctn', '24 pcs per carton', '25只/箱', '200 ctns x 24 pcs', '每箱24只'."""
    out: list[tuple[int, int, int, str]] = []
    for regex in (
        CARTON_QTY_RE,
        CARTON_QTY_INTL,
        CARTON_QTY_LABELLED,
        CARTON_QTY_ZH,
        CARTONS_TIMES_RE,
    ):
        for m in regex.finditer(text):
            if re.search(r"\d\s*/\s*$", text[max(0, m.start() - 8) : m.start()]):
                return []  # "10/6/20 sets per carton": one count per item, in an order unsaid
            value = _scale(m["n"], None)
            if value and not any(a == m.start() for _, a, _, _ in out):
                out.append((value, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda t: t[1])


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
    name = _LENGTH_UNITS.get(_unit_key(unit))
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
    name = (_LENGTH_UNITS if kind == "mm" else _MASS_UNITS).get(_unit_key(unit))
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
        name = _MASS_UNITS.get(_unit_key(m["u"]))
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
        unit = _unit_key(m["u"])
        if unit in ("oz", "ounce", "ounces") and not allow_oz:
            continue
        after = text[m.end() : m.end() + 8].lower()
        if re.match(r"\s*(?:/|per)\s*(?:ctn|carton|箱|m2|㎡|sqm)", after):
            continue  # carton weight, fabric weight
        number = parse_number(m["n"])
        name = _MASS_UNITS.get(unit)
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
        unit = _unit_key(m["u"])
        if unit == "oz" and not allow_oz:
            continue
        name = _VOLUME_UNITS.get(unit) or _VOLUME_UNITS.get(unit.replace(" ", ""))
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


# ---------------------------------------------------------------- time


_DAYS = {"day": 1, "days": 1, "d": 1, "天": 1, "日": 1, "工作日": 1, "week": 7, "weeks": 7, "wk": 7,
         "wks": 7, "周": 7, "星期": 7, "month": 30, "months": 30, "个月": 30, "月": 30}  # fmt: skip
LEAD_RE = re.compile(
    r"(?P<a>\d{1,3})\s*(?:(?:-|~|–|—|to|至|到|或)\s*(?P<b>\d{1,3}))?\s*(?P<w>working\s+|work\s+|business\s+|calendar\s+|natural\s+|个)?"
    r"(?P<u>days?|weeks?|wks?|months?|工作日|天|日|周|星期|个月|月)(?![A-Za-z])",
    re.IGNORECASE,
)
_FROM_RULES: tuple[tuple[str, str], ...] = (
    ("sample_approval", r"sample|样品|打样|样板"),
    ("deposit", r"deposit|down\s*payment|advance\s+payment|prepayment|定金|订金|预付"),
    ("order", r"order|\bpo\b|contract|下单|订单|合同"),
)


_CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUMBER = re.compile(
    r"[零一二两三四五六七八九十百]+(?=\s*(?:到|至|-|~|–|或|个?工作日|天|日|周|星期|个?月|年|只|个|件|套|箱))"
)


def _cn_value(word: str) -> int | None:
    total, current = 0, 0
    for ch in word:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    value = total + current
    return value or None


def arabic_numbers(text: str) -> str:
    """Chinese numerals before a unit as digits: '交期四十五天' -> '交期45天', '质保一年' -> '质保1年'."""
    return _CN_NUMBER.sub(lambda m: str(_cn_value(m.group()) or m.group()), text)


def parse_lead_time(text: str) -> tuple[dict[str, Any], int, int, str] | None:
    """'35 days after deposit', '6-7 weeks', '45 working days', '交期35天', '交期四十五天' -> a day
    range with its basis."""
    text = arabic_numbers(text)
    found: list[tuple[dict[str, Any], int, int, str]] = []
    for m in LEAD_RE.finditer(text):
        after_m = text[m.end() : m.end() + 16].lower()
        before_m = text[max(0, m.start() - 12) : m.start()].lower()
        if re.match(r"\s*(?:more|extra|longer|later|delay|additional)\b", after_m) or re.search(
            r"instead\s+of\s*$|\bfrom\s*$|\bwas\s*$", before_m
        ):
            continue  # "10 days more", "instead of 35": a difference or the old value
        unit = m["u"].lower()
        factor = _DAYS.get(unit, 1)
        lo = int(m["a"])
        hi = int(m["b"]) if m["b"] else lo
        if hi < lo or hi == 0 or lo * factor > 720:
            continue
        working = (
            bool(m["w"] and m["w"].strip().lower() in ("working", "work", "business"))
            or unit == "工作日"
        )
        rest = text[m.end() : m.end() + 60].lower()
        before = text[max(0, m.start() - 30) : m.start()].lower()
        origin = "unknown"
        for name, pattern in _FROM_RULES:
            if re.search(pattern, rest) or (
                re.search(r"收到|after|upon|后", before) and re.search(pattern, before)
            ):
                origin = name
                break
        value = {
            "min_days": lo * factor,
            "max_days": hi * factor,
            "basis": "working" if working else "calendar",
            "from": origin,
        }
        found.append((value, m.start(), m.end(), m.group()))
    # "...need 10 days more. Delivery 45 days after deposit": the one counted from a start
    return next((f for f in found if f[0]["from"] != "unknown"), found[0] if found else None)


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}  # fmt: skip
_MON = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATTERNS = (
    re.compile(
        r"(?<!\d)(?P<y>20\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?!\d)"
    ),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>20\d\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s\-]*{_MON}[\s\-,]*(?P<y>20\d\d)", re.I),
    re.compile(rf"{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y>20\d\d)", re.I),
)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in text as ISO 8601: '2026-03-12', '12/03/2026' (day first unless the
    second number is above 12), '12-Mar-2026', 'March 12, 2026', '2026年3月12日'."""
    best: tuple[str, int, int] | None = None
    for regex in DATE_PATTERNS:
        for m in regex.finditer(text):
            groups = m.groupdict()
            try:
                year = int(groups["y"])
                if groups.get("mon"):
                    month = _MONTHS[groups["mon"][:3].lower()]
                    day = int(groups["d"])
                else:
                    day, month = int(groups["d"]), int(groups["m"])
                    if regex is DATE_PATTERNS[1] and month > 12 >= day:
                        day, month = month, day
                iso = date(year, month, day).isoformat()
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[1]:
                best = (iso, m.start(), m.end())
            break
    return best


# ---------------------------------------------------------------- payment


_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("lc_at_sight", r"l\s*/\s*c|letter\s+of\s+credit|信用证"),
    (
        "against_bl_copy",
        r"b\s*/\s*l|\bb\.?\s?l\.?\s+copy|copy\s+of\s+(?:the\s+)?b\.?\s?l\b|bill\s+of\s+lading|提单",
    ),
    (
        "after_inspection",
        r"after\s+(?:the\s+)?(?:final\s+)?(?:inspection|qc)|验货后|检验后|inspection\s+passed",
    ),
    (
        "before_shipment",
        r"before\s+(?:the\s+)?(?:shipment|shipping|delivery|loading|dispatch)|prior\s+to\s+(?:shipment|shipping|loading)|"
        r"before\s+(?:the\s+)?goods\s+(?:leave|are\s+shipped|ship|depart|are\s+loaded)|发货前|出货前|装运前|装船前|出运前",
    ),
    ("on_delivery", r"on\s+delivery|upon\s+delivery|cash\s+on\s+delivery|货到付款"),
    ("after_receipt", r"after\s+(?:the\s+)?(?:receipt|receiving|arrival)|收货后|到货后"),
)
PCT = r"(?P<p>\d{1,3}(?:\.\d+)?)\s*%"
DEPOSIT_RES = (
    re.compile(
        PCT
        + r"\s*(?:t\s*/\s*t\s*|tt\s*|of\s+the\s+total\s+(?:amount\s+|value\s+)?)?(?:as\s+)?(?:deposit|down\s*payment|in\s+advance|advance|prepayment|定金|订金|预付款?"
        # "30% with order", "30% upon PO confirmation", "30% before production": paid up front
        r"|(?:with|upon|on|at|against)\s+(?:the\s+)?(?:order|p\.?o\.?|purchase\s+order|confirmation|signing)\b"
        r"|(?:before|to\s+start)\s+(?:the\s+)?production|下单时?)",
        re.I,
    ),
    re.compile(
        r"(?:deposit|down\s*payment|prepayment|advance|定金|订金|预付款?)\s*(?:of|:|：|is)?\s*(?:t\s*/\s*t\s*)?"
        + PCT,
        re.I,
    ),
)
BALANCE_RES = (
    re.compile(PCT + r"\s*(?:t\s*/\s*t\s*|tt\s*)?(?:balance|remaining|rest|尾款|余款)", re.I),
    re.compile(
        r"(?:balance|remaining|尾款|余款)\s*(?:of|:|：|is)?\s*(?:t\s*/\s*t\s*)?" + PCT, re.I
    ),
)
SPLIT_RE = re.compile(r"(?P<d>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?!\d)(?!\s*(?:days|天))")


def _trigger(text: str) -> str:
    low = text.lower()
    for name, pattern in _TRIGGERS:
        if re.search(pattern, low):
            return name
    return "unknown"


def _nearest_share(text: str, regexes: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    """Of a share written before its word ("30% deposit") and one written after it ("定金30%"),
    the one closer to the word: in "定金30% 尾款70%" the 30 % belongs to 定金, not to 尾款; in
    "30% deposit 70% balance" the 70 % to balance. Equal distance: the share before the word."""
    found = [m for r in regexes for m in [r.search(text)] if m]
    if len(found) < 2:
        return found[0] if found else None
    before, after = found

    def gap(m: re.Match[str]) -> int:
        # the separators between the share and its word: spaces, colons, "of", "T/T"
        word = m.group(0).replace(m["p"], "", 1).replace("%", "", 1)
        return len(word) - len(
            re.sub(r"[\s:：]|\bof\b|\bis\b|t\s*/\s*t|\btt\b", "", word, flags=re.I)
        )

    return before if gap(before) <= gap(after) else after


def parse_payment(text: str) -> dict[str, dict[str, Any]]:
    """'T/T 30% deposit, 70% balance before shipment', '定金30%，尾款70%发货前付清', 'L/C at sight'
    -> {'payment.deposit': {...}, 'payment.balance': {...}} (only what the text says; a balance
    share computed as the rest of the deposit carries "rest": True, for the caller to drop)."""
    out: dict[str, dict[str, Any]] = {}
    deposit = _nearest_share(text, DEPOSIT_RES)
    balance = _nearest_share(text, BALANCE_RES)
    if deposit:
        out["payment.deposit"] = {"percent": _pct(deposit["p"])}
    if balance:
        tail = text[balance.start() :]
        out["payment.balance"] = {"percent": _pct(balance["p"]), "trigger": _trigger(tail)}
    elif deposit and (second := re.search(PCT, text[deposit.end() :])):
        # "30% deposit, 70% against copy of B/L": the second share is the balance
        tail = text[deposit.end() + second.start() :]
        out["payment.balance"] = {"percent": _pct(second["p"]), "trigger": _trigger(tail)}
    elif deposit and re.search(r"balance|rest|remaining|尾款|余款", text, re.I):
        rest = text[deposit.end() :]
        # "30% deposit, balance before shipment": the share is the rest, not written ("rest")
        out["payment.balance"] = {
            "percent": 100 - _pct(deposit["p"]),
            "trigger": _trigger(rest),
            "rest": True,
        }
    if not out:
        split = SPLIT_RE.search(text)
        if split and re.search(r"t\s*/\s*t|tt|payment|付款", text, re.I):
            d, b = int(split["d"]), int(split["b"])
            if d + b == 100:
                out["payment.deposit"] = {"percent": d}
                out["payment.balance"] = {"percent": b, "trigger": _trigger(text)}
    if not out:
        full = re.search(r"100\s*%", text)
        trigger = _trigger(text)
        if (
            trigger == "lc_at_sight"
            and re.search(r"at\s+sight|即期", text, re.I)
            or full
            and trigger != "unknown"
        ):
            out["payment.deposit"] = {"percent": 0}
            out["payment.balance"] = {"percent": 100, "trigger": trigger}
    return out


def _pct(text: str) -> int | float:
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


# ---------------------------------------------------------------- incoterms and places


INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
# Older names suppliers still write, mapped to their Incoterms 2020 successor (ICC Incoterms 2020).
INCOTERM_ALIASES = {
    "C&F": "CFR", "CNF": "CFR", "C+F": "CFR", "DDU": "DAP", "DAT": "DPU",
    # the rules written out in full (ICC Incoterms 2020 names), and in Chinese
    "EX WORKS": "EXW", "EXWORKS": "EXW", "FREE ON BOARD": "FOB", "FREE CARRIER": "FCA",
    "FREE ALONGSIDE SHIP": "FAS", "COST AND FREIGHT": "CFR", "COST INSURANCE AND FREIGHT": "CIF",
    "COST INSURANCE FREIGHT": "CIF", "CARRIAGE PAID TO": "CPT",
    "CARRIAGE AND INSURANCE PAID TO": "CIP", "DELIVERED DUTY PAID": "DDP",
    "DELIVERED AT PLACE": "DAP", "DELIVERED AT PLACE UNLOADED": "DPU",
    "离岸价": "FOB", "工厂交货": "EXW", "到岸价": "CIF",
}  # fmt: skip
INCOTERM_RE = re.compile(
    r"(?<![A-Za-z.])(?P<rule>EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF|C&F|CNF|C\+F|DDU|DAT|"
    r"F\.\s?O\.\s?B|C\.\s?I\.\s?F|C\.\s?F\.\s?R|E\.\s?X\.\s?W|(?i:"
    r"ex[\s-]?works|free\s+on\s+board|free\s+carrier|free\s+alongside\s+ship|cost\s+and\s+freight|"
    r"cost,?\s+insurance,?\s+(?:and\s+)?freight|carriage\s+paid\s+to|carriage\s+and\s+insurance\s+paid\s+to|"
    r"delivered\s+duty\s+paid|delivered\s+at\s+place(?:\s+unloaded)?|离岸价|工厂交货|到岸价))(?![A-Za-z])\.?"
    r"(?:\s*[:：]?\s*[-–]?\s*\(?(?P<place>[A-Za-z\u4e00-\u9fff][A-Za-z.'\- \u4e00-\u9fff]{0,40}))?",
)
_PLACE_STOP = re.compile(
    r"\b(?:port|price|prices|term|terms|incoterms?|payment|by|via|sea|air|and|or|in|with|from|"
    r"china|p\.?r\.?c\.?|usd|rmb|eur|basis|only|the|is|are|we|total|unit|pcs?|shipment|delivery|lead|"
    r"for|to|of|on|at|per|quotation|quote)\b.*",
    re.IGNORECASE,
)


@cache
def _ports() -> dict[str, str]:
    return {
        row["alias"].lower(): row["place"]
        for row in read_tsv(lexicon_path("ports.tsv"), ("alias", "place"))
    }


def normalise_place(text: str) -> str | None:
    """'Ningbo port' -> 'NINGBO', 'SZ' -> 'SHENZHEN', 'our factory' -> 'FACTORY', '宁波' -> 'NINGBO'."""
    raw = re.split(r"[,;()/|，。；（）\n]", text)[0].strip()
    ports = _ports()
    if raw.lower() in ports:
        return ports[raw.lower()]
    cut = _PLACE_STOP.sub("", raw).strip(" .-'")
    if not cut:
        # "our factory", "seller's factory": the stop list removed a known place phrase
        return ports.get(raw.lower().strip(" ."))
    key = cut.lower()
    if key in ports:
        return ports[key]
    for alias, place in ports.items():
        if re.fullmatch(r"[\u4e00-\u9fff]+", alias) and key.startswith(alias):
            return place
    if re.fullmatch(r"[\u4e00-\u9fff]+", key):
        cut = re.sub(r"(?:港口|港)$", "", cut)  # "费利克斯托港": the port of 费利克斯托
    words = cut.split()
    if len(words) > 3 or not re.fullmatch(r"[A-Za-z .'\-\u4e00-\u9fff]+", cut):
        return None
    return re.sub(r"\s+", " ", cut).upper()


def find_incoterms(
    text: str, *, any_case: bool = False
) -> list[tuple[dict[str, Any], int, int, str]]:
    """'FOB NINGBO', 'FOB Ningbo port', 'EXW factory', 'CIF LA', 'FOB宁波' -> {'rule', 'place'}."""
    out = []
    flags = re.IGNORECASE if any_case else 0
    for m in re.finditer(INCOTERM_RE.pattern, text, flags):
        if re.match(r"[\s:：]*[A-Z]?[-\s]?\d{5,}", text[m.end("rule") :]):
            continue  # "CIF B98765432": a Spanish tax number, not a price term
        if m["rule"].upper() == "CFR" and (
            re.search(r"\d\s*$", text[: m.start()])
            or re.match(r"\s*(?:part\s*)?\d", text[m.end("rule") :], re.I)
        ):
            continue  # "FDA 21 CFR 177.2600": the US Code of Federal Regulations
        rule = re.sub(r"[\s,-]+", " ", m["rule"].upper().replace(".", "").replace(". ", ""))
        rule = INCOTERM_ALIASES.get(rule, rule)
        place_text = m["place"] or ""
        # "FOB SHENZHEN US$4,600.00": a currency prefix before an amount ends the place
        if re.match(r"\s*[$¥€£]|\s*\d", text[m.end() :]):
            place_text = re.sub(
                r"\s*\b(?:US|HK|USD|RMB|CNY|EUR|HKD)\s*$", "", place_text, flags=re.I
            )
        place = normalise_place(place_text) if place_text.strip() else None
        if place in INCOTERMS_2020:
            place = None
        end = m.end() if place else m.end("rule")
        out.append(({"rule": rule, "place": place}, m.start(), end, text[m.start() : end]))
    return out


# ---------------------------------------------------------------- colours


PANTONE_RE = re.compile(
    r"(?:pantone|pms|潘通)\s*[:#]?\s*(?P<code>\d{3,5}|\d{2}-\d{4})\s*-?\s*(?P<suffix>C|U|M|TPX|TCX|TPG|CP)?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
BARE_PANTONE_RE = re.compile(
    r"(?<![\w-])(?P<code>\d{3,4})\s?(?P<suffix>C|U|TPX|TCX)(?![A-Za-z0-9])"
)
# Pantone's named colours: "Pantone Black 6 C", "PMS Cool Gray 11C", "Pantone Warm Red C".
NAMED_PANTONE_RE = re.compile(
    r"(?:pantone|pms)\s+(?P<name>(?:(?:cool|warm|process|reflex|rubine|rhodamine|bright|dark|"
    r"medium|purple)\s+)?(?:black|gr[ae]y|red|blue|yellow|green|orange|purple|violet|magenta|"
    r"cyan|pink)(?:\s+\d{1,3})?)\s*(?P<suffix>C|U)?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
RAL_RE = re.compile(r"(?<![A-Za-z])RAL\s*[:#-]?\s*(?P<code>\d{4})(?!\d)", re.IGNORECASE)


def find_color_codes(text: str, *, bare: bool = False) -> list[tuple[str, int, int, str]]:
    """'PMS 186C', 'Pantone 186 C' -> 'PANTONE 186 C'; 'RAL 9005' -> 'RAL 9005'; '186C' when `bare`."""
    out = []
    for m in PANTONE_RE.finditer(text):
        suffix = (m["suffix"] or "C").upper()
        out.append((f"PANTONE {m['code']} {suffix}", m.start(), m.end(), m.group()))
    for m in NAMED_PANTONE_RE.finditer(text):
        if not (m["suffix"] or re.search(r"\d$", m["name"])):
            continue  # "pantone red colour" is a wish, not a Pantone reference
        name = re.sub(r"\s+", " ", m["name"].upper()).replace("GREY", "GRAY")
        out.append(
            (f"PANTONE {name} {(m['suffix'] or 'C').upper()}", m.start(), m.end(), m.group())
        )
    if bare:
        for m in BARE_PANTONE_RE.finditer(text):
            if not any(a <= m.start() < b for _, a, b, _ in out):
                out.append(
                    (f"PANTONE {m['code']} {m['suffix'].upper()}", m.start(), m.end(), m.group())
                )
    for m in RAL_RE.finditer(text):
        out.append((f"RAL {m['code']}", m.start(), m.end(), m.group()))
    return sorted(out, key=lambda t: t[1])


# ---------------------------------------------------------------- inspection and warranty


AQL_RE = re.compile(
    r"AQL\s*(?:level\s*)?(?P<lvl>I{1,3}(?![A-Za-z]))?\s*[:：]?\s*(?:major\s*)?(?P<aql>\d+(?:\.\d+)?)",
    re.I,
)
MAJOR_RE = re.compile(
    r"major\s*(?:defects?)?\s*[:：]?\s*(?:AQL\s*)?(?P<aql>\d+(?:\.\d+)?)"
    r"|(?P<aql_before>\d+(?:\.\d+)?)\s*(?:\(\s*)?(?:major|maj\.?)\b",
    re.I,
)
LEVEL_RE = re.compile(
    r"(?:(?:general\s+)?(?:inspection\s+)?level|\bGL|\bG-?(?=I{1,3}\b)|一般检验水平|检验水平)\s*[:：]?\s*(?P<level>III|II|I|S-?[1-4]|[123])(?![A-Za-z0-9])",
    re.I,
)
RESULT_RE = re.compile(
    r"(?P<neg>not\s+)?(?P<r>passed\s+conditionally|conditionally\s+passed|passed|pass|failed|fail|pending|on\s+hold|"
    r"rejected|accepted|合格|不合格|待定|通过|不通过)",
    re.I,
)
_RESULTS = {"passed": "passed", "pass": "passed", "accepted": "passed", "合格": "passed", "通过": "passed",
            "failed": "failed", "fail": "failed", "rejected": "failed", "不合格": "failed",
            "不通过": "failed", "pending": "pending", "on hold": "pending", "待定": "pending",
            "passed conditionally": "pending", "conditionally passed": "pending"}  # fmt: skip


def parse_result(text: str) -> str | None:
    """'PASSED', 'Fail', 'Pending', '合格' -> passed / failed / pending."""
    m = RESULT_RE.search(text)
    if not m:
        return None
    result = _RESULTS.get(re.sub(r"\s+", " ", m["r"].lower()))
    if result and m["neg"]:
        result = "failed" if result == "passed" else result
    return result


# "AQL 0/2.5/4.0": critical / major / minor; the major AQL is the one a PI or spec states.
AQL_TRIPLE_RE = re.compile(
    r"AQL\s*[:：]?\s*(?P<critical>0(?:\.\d+)?)\s*/\s*(?P<aql>\d+(?:\.\d+)?)\s*/\s*\d+(?:\.\d+)?",
    re.I,
)


def _triple_aql(text: str) -> re.Match[str] | None:
    return AQL_TRIPLE_RE.search(text)


def parse_inspection(
    text: str, *, with_result: bool, aql_label: bool = False
) -> dict[str, Any] | None:
    """'AQL 2.5, General Inspection Level II' -> {'aql': '2.5', 'level': 'II', 'result': None};
    after an 'AQL:' label the first number is the (major) AQL: 'AQL: 2.5 (major), 4.0 (minor)'."""
    aql = MAJOR_RE.search(text) or _triple_aql(text) or AQL_RE.search(text)
    if aql is None and aql_label:
        aql = re.search(r"(?P<aql>(?:0\.\d{2}|\d{1,2}\.\d|\d{1,2}))(?!\d)", text)
    level = LEVEL_RE.search(text)
    result = parse_result(text) if with_result else None
    if not (aql or level or result):
        return None
    level_text = level["level"].upper().replace("-", "") if level else None
    if level_text is None and aql is not None and "lvl" in aql.groupdict() and aql["lvl"]:
        level_text = aql["lvl"].upper()  # "AQL II 2.5/4.0"
    if level_text in ("1", "2", "3"):
        level_text = "I" * int(level_text)
    value = (aql.groupdict().get("aql") or aql.groupdict().get("aql_before")) if aql else None
    return {"aql": value, "level": level_text, "result": result}


WARRANTY_RE = re.compile(
    r"(?P<n>\d{1,2}|one|two|three|five|一|二|两|三|五)\s*(?:-\s*)?(?P<u>years?|yrs?|months?|年|个月)",
    re.I,
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "five": 5,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "五": 5,
}


def parse_warranty(text: str) -> tuple[dict[str, int], int, int, str] | None:
    """'12 months warranty', 'warranty: 1 year', '质保一年' -> {'months': 12}."""
    m = WARRANTY_RE.search(text)
    if not m:
        return None
    n = _WORD_NUMBERS.get(m["n"].lower()) or (int(m["n"]) if m["n"].isdigit() else 0)
    months = n * 12 if m["u"].lower().startswith(("y", "年")) else n
    return ({"months": months}, m.start(), m.end(), m.group()) if months else None

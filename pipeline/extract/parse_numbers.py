"""Numbers, units, money and counts: "1,850.00", "US$1.85/pc", "5,000 pcs", "24pcs/ctn".

Part of the normalisers of pipeline/extract/normalize.py (one parser per value kind); none
raises on odd text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import Any

from pipeline.errors import RuleFileError
from pipeline.extract.lexicon import lexicon_path, longest_first, read_tsv
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


LENGTH_UNITS = {
    "mm": "millimeter", "毫米": "millimeter", "cm": "centimeter", "厘米": "centimeter",
    "公分": "centimeter", "m": "meter", "米": "meter", "in": "inch", "inch": "inch",
    "inches": "inch", '"': "inch", "″": "inch", "''": "inch",
}  # fmt: skip
MASS_UNITS = {
    "g": "gram", "gr": "gram", "gram": "gram", "grams": "gram", "克": "gram", "kg": "kilogram",
    "kgs": "kilogram", "千克": "kilogram", "公斤": "kilogram", "lb": "pound", "lbs": "pound",
    "pound": "pound", "pounds": "pound", "oz": "ounce", "ounce": "ounce", "ounces": "ounce",
}  # fmt: skip
VOLUME_UNITS = {
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
    pairs = {(name, "millimeter") for name in LENGTH_UNITS.values()}
    pairs |= {(name, "gram") for name in MASS_UNITS.values()}
    pairs |= {(name, "milliliter") for name in VOLUME_UNITS.values()}
    return sorted(pairs)


def unit_key(unit: str) -> str:
    return re.sub(r"\s+", " ", unit.strip().lower())


# ---------------------------------------------------------------- money


_WRITTEN = ("before", "after", "both", "name")


def _currency_rows() -> list[dict[str, str]]:
    path = lexicon_path("currencies.tsv")
    rows = list(read_tsv(path, ("phrase", "code", "written")))
    for row in rows:
        if row["written"] not in _WRITTEN or not re.fullmatch(r"[A-Z]{3}", row["code"]):
            raise RuleFileError(
                path, row["phrase"], f"needs an ISO 4217 code and written = {'/'.join(_WRITTEN)}"
            )
    return rows


# Currency words and symbols (models/lexicon/currencies.tsv): which code each names, and which
# may stand before or after an amount.
CURRENCY_SYMBOLS: dict[str, str] = {r["phrase"].lower(): r["code"] for r in _currency_rows()}
_CUR_BEFORE = longest_first(
    [r["phrase"] for r in _currency_rows() if r["written"] in ("before", "both")]
)
_CUR_AFTER = longest_first(
    [r["phrase"] for r in _currency_rows() if r["written"] in ("after", "both")]
)
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


_COUNT_UNITS = r"pcs?\.?|pieces?|units?|sets?|pairs?|prs|dozens?|doz|cards?|ctns?|cartons?|只|个|件|支|套|双|对|打|箱"
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
    r"\.?\s*[:：=]?\s*(?P<n>\d{1,5})(?![\d.,]\d)(?!\s*[x×*]\s*\d)",
    re.IGNORECASE,
)
CARTON_QTY_ZH = re.compile(r"(?:每箱|一箱|每个?外箱)\s*(?P<n>\d{1,5})\s*(?:只|个|件|支|套|pcs?)?")
CARTONS_TIMES_RE = re.compile(
    rf"(?P<c>{NUM})\s*(?:ctns?|cartons?|箱)\s*[x×*@]\s*(?P<n>\d{{1,5}})\s*(?P<u>pcs?|pieces?|sets?|pairs?|只|个|件|套|双)?",
    re.IGNORECASE,
)


def _scale(number: str, suffix: str | None) -> int | None:
    # A count is whole: "3.000 pcs" in a Portuguese or German spec is three thousand pieces
    if not suffix and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number.strip()):
        number = number.replace(".", "")
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
            # "10pcs/ctn 60x40x45cm": "pcs/ctn 60" overlaps the count already read
            if value and not any(a < m.end() and m.start() < b for _, a, b, _ in out):
                out.append((value, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda t: t[1])

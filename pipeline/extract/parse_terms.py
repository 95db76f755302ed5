"""Trade terms: lead times, dates, payment splits, Incoterms and their places.

Part of the normalisers of pipeline/extract/normalize.py (one parser per value kind); none
raises on odd text."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from pipeline.extract.lexicon import lexicon_path, phrase_regex, read_tsv

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


def _incoterm_rows(kind: str) -> list[dict[str, str]]:
    rows = read_tsv(lexicon_path("incoterms.tsv"), ("written", "rule", "kind"))
    return [row for row in rows if row["kind"] == kind]


# Price terms (models/lexicon/incoterms.tsv): the eleven Incoterms 2020 rules, the older and
# variant codes suppliers still write, codes written with dots, and the rules written out.
INCOTERMS_2020 = tuple(row["written"] for row in _incoterm_rows("rule"))
INCOTERM_ALIASES = {
    row["written"].upper(): row["rule"]
    for kind in ("alias", "name", "key")
    for row in _incoterm_rows(kind)
    if row["written"].upper() != row["rule"]
}
_INCOTERM_CODES = "|".join(
    re.escape(r["written"]) for r in _incoterm_rows("rule") + _incoterm_rows("alias")
)
_INCOTERM_DOTTED = "|".join(
    r"\.\s?".join(r["written"].split(".")) for r in _incoterm_rows("dotted")
)
_INCOTERM_NAMES = "|".join(
    r.get("pattern") or phrase_regex(r["written"]) for r in _incoterm_rows("name")
)
INCOTERM_RE = re.compile(
    rf"(?<![A-Za-z.])(?P<rule>{_INCOTERM_CODES}|{_INCOTERM_DOTTED}|(?i:{_INCOTERM_NAMES}))(?![A-Za-z])\.?"
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

"""Colour codes (Pantone, RAL), inspection clauses and results, warranties.

Part of the normalisers of pipeline/extract/normalize.py (one parser per value kind); none
raises on odd text."""

from __future__ import annotations

import re
from typing import Any

from pipeline.errors import RuleFileError
from pipeline.extract.lexicon import lexicon_path, longest_first, read_tsv

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
# Inspection result words (models/lexicon/inspection_results.tsv) -> passed / failed / pending.
_RESULTS: dict[str, str] = {
    row["phrase"].lower(): row["result"]
    for row in read_tsv(lexicon_path("inspection_results.tsv"), ("phrase", "result"))
}
if set(_RESULTS.values()) - {"passed", "failed", "pending"}:
    raise RuleFileError(
        lexicon_path("inspection_results.tsv"), "result", "must be passed, failed or pending"
    )
RESULT_RE = re.compile(
    r"(?P<neg>not\s+)?(?P<r>" + longest_first(_RESULTS) + ")",
    re.I,
)


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

"""How chat apps write a message header in each locale: dates in any digit system and calendar,
clocks with the locale's am/pm words, invisible marks. The words and calendars are data
(`pipeline/ingest/data/chat.toml`); this module turns them into patterns and values.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

# Invisible marks phones insert: LRM/RLM and bidi embeddings are dropped, odd spaces become spaces.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
_SPACES = {ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u3000"}


@cache
def _markers() -> dict[str, Any]:
    data = resources.files("pipeline.ingest").joinpath("data/chat.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _whatsapp_headers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The header of a WhatsApp message, date first ("12/03/2026, 14:05 - ") and time first
    (Vietnamese phones: "14:05, 12/03/2026 - "), built from the locale words of chat.toml."""
    m = _markers()
    ampm = _alternation([*m["ampm"]["am"], *m["ampm"]["pm"], *m["ampm"]["noon"]])
    words = _alternation(m["whatsapp"]["date_time_words"])
    comma = "[" + "".join(re.escape(c) for c in m["whatsapp"]["date_time_commas"]) + "]"
    eras = _alternation(list(m["calendars"]["japanese_eras"]))
    buddhist = _alternation(m["calendars"]["buddhist_markers"])
    year = rf"(?:(?:{eras}) ?)?\d{{1,4}}"
    date = rf"(?P<date>{year}[./-] ?{year}[./-] ?{year})(?: ?(?:{buddhist}))?\.?"
    clock = (
        rf"(?:(?P<pre>{ampm}) ?)?"
        r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
        rf"(?: ?(?P<post>{ampm}))?"
    )
    tail = r"(?P<sep>\] ?| [-–] |: | )(?P<rest>.*)$"
    date_first = re.compile(
        rf"^(?P<open>\[)?{date}(?:{comma}? +(?:(?:{words}) +)?|T){clock}{tail}", re.IGNORECASE
    )
    time_first = re.compile(
        rf"^(?P<open>\[)?{clock}(?:{comma}? +|{comma}){date}{tail}", re.IGNORECASE
    )
    return date_first, time_first


_FOREIGN_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digits(line: str) -> str:
    """The line with every Unicode decimal digit (Arabic-Indic, Persian, Devanagari, full-width...)
    written as its ASCII digit; one character for one, so positions stay the same."""
    if line.isascii():
        return line
    return _FOREIGN_DIGIT.sub(lambda d: str(unicodedata.decimal(d[0], 0)), line)


@cache
def _eras() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in _markers()["calendars"]["japanese_eras"].items()}


def _gregorian_year(token: str) -> str:
    """A date part as written, with a Japanese era ("R4") or Buddhist-era year ("2565") turned
    into the Gregorian year; other parts unchanged."""
    calendars = _markers()["calendars"]
    digits = re.sub(r"^\D+", "", token).strip()
    era = token[: len(token) - len(digits)].strip().lower()
    if era:
        start = _eras().get(era)
        return str(start + int(digits) - 1) if start is not None and digits else digits
    if len(digits) == 4 and int(digits) >= calendars["buddhist_from"]:
        return str(int(digits) - calendars["buddhist_offset"])
    return digits


def normalise_line(line: str) -> str:
    """A chat line without the invisible marks and odd spaces phones put in exports."""
    return line.translate(_INVISIBLE).translate(_SPACES)


@cache
def _clock_markers(kind: str) -> frozenset[str]:
    return frozenset(w.lower().replace(" ", "") for w in _markers()["ampm"][kind])


def _hour(hour: int, marker: str | None) -> int | None:
    """The 24-hour hour of a clock reading with its am/pm marker (None when impossible)."""
    if hour > 23:
        return None
    if not marker:
        return hour
    marker = marker.lower().replace(" ", "")
    if marker in _clock_markers("pm"):
        return hour + 12 if hour < 12 else hour
    if marker in _clock_markers("noon"):
        return hour + 12 if hour < 11 else hour
    return 0 if hour == 12 else hour

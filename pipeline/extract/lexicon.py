"""The lexicon data under models/lexicon: material grades and their quality order, read once.

The compare stage calls `material_info` to tell a downgrade (SS304 -> SS201) from a mere change.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.errors import RuleFileError
from pipeline.resources import models_dir

LEXICON_DIR = "lexicon"

# Codes with a number: POLYESTER_600D (denier), COTTON_500GSM (grams per square metre).
_PARAMETRIC = re.compile(r"^(?P<base>[A-Z_]+?)_(?P<n>\d{2,4})(?P<unit>D|GSM)$")


@dataclass(frozen=True)
class MaterialInfo:
    """What a canonical material code means: its family, rank within it (higher is better) and name."""

    code: str
    family: str
    rank: int
    display: str


def lexicon_path(name: str) -> Path:
    """The path of one lexicon file under models/lexicon."""
    return models_dir() / LEXICON_DIR / name


def read_tsv(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file: '#' lines are comments, the first other line is the header.

    Every file must carry a `source` column; a bad row raises RuleFileError naming file and line.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleFileError(path, "*", f"cannot be read ({exc})") from exc
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines:
        raise RuleFileError(path, "*", "has no header row")
    header = next(csv.reader([lines[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
    for column in (*required, "source"):
        if column not in header:
            raise RuleFileError(path, "header", f"lacks the column {column!r}")
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise RuleFileError(
                path, f"line {number}", f"has {len(cells)} columns, the header has {len(header)}"
            )
        row = dict(zip(header, (c.strip() for c in cells), strict=True))
        if any(not row[c] for c in required):
            raise RuleFileError(
                path, f"line {number}", f"leaves one of {', '.join(required)} empty"
            )
        yield row


@cache
def _materials() -> dict[str, MaterialInfo]:
    path = lexicon_path("materials.tsv")
    out: dict[str, MaterialInfo] = {}
    for row in read_tsv(path, ("code", "family", "rank", "display")):
        try:
            rank = int(row["rank"])
        except ValueError as exc:
            raise RuleFileError(
                path, row["code"], f"rank {row['rank']!r} is not an integer"
            ) from exc
        out[row["code"]] = MaterialInfo(row["code"], row["family"], rank, row["display"])
    return out


def material_info(code: str) -> MaterialInfo | None:
    """Family, quality rank and display name of a canonical material code, or None if unknown.

    Within one family a higher rank is the better material (SS304 > SS201, food grade silicone >
    silicone, POLYESTER_600D > POLYESTER_300D); ranks across families mean nothing.
    """
    table = _materials()
    key = code.strip().upper()
    if key in table:
        return table[key]
    match = _PARAMETRIC.match(key)
    if match and match["base"] in table:
        base = table[match["base"]]
        n = int(match["n"])
        unit = "D" if match["unit"] == "D" else " gsm"
        name = base.display.split(" (")[0]
        display = f"{n}D {name}" if unit == "D" else f"{name} {n} gsm"
        return MaterialInfo(key, base.family, n, display)
    return None


@cache
def material_qualifiers() -> dict[str, tuple[tuple[str, str], ...]]:
    """code -> ((qualifier, grade), ...), longest qualifier first (material_qualifiers.tsv)."""
    path = lexicon_path("material_qualifiers.tsv")
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv(path, ("code", "qualifier", "grade")):
        if row["grade"] not in _materials():
            raise RuleFileError(
                path, row["qualifier"], f"grade {row['grade']!r} is not in materials.tsv"
            )
        table.setdefault(row["code"], []).append((row["qualifier"].lower(), row["grade"]))
    return {c: tuple(sorted(q, key=lambda t: -len(t[0]))) for c, q in table.items()}


@cache
def lowest_rank(family: str) -> int:
    """The lowest rank of a family in materials.tsv (0 = grade not stated)."""
    return min((m.rank for m in _materials().values() if m.family == family), default=0)


@cache
def has_better(family: str) -> bool:
    """Whether a family has grades above its lowest one (silicone: yes; PP: no)."""
    ranks = {m.rank for m in _materials().values() if m.family == family}
    return len(ranks) > 1 or family in _PARAMETRIC_FAMILIES


# Families graded by a number in the code (POLYESTER_600D, PVC_500D tarpaulin, COTTON_500GSM).
DENIER_FAMILIES = frozenset(("polyester", "nylon", "pvc"))
_PARAMETRIC_FAMILIES = DENIER_FAMILIES | {"cotton", "canvas"}


def material_codes() -> tuple[str, ...]:
    """Every code with a row of its own in materials.tsv."""
    return tuple(_materials())


@cache
def _cues() -> dict[str, str]:
    """models/lexicon/cues.toml: name -> pattern, from its [cues] and [patterns] tables."""
    path = lexicon_path("cues.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(path, "*", f"cannot be read as TOML ({exc})") from exc
    out: dict[str, str] = {}
    for section in ("cues", "patterns"):
        for name, entry in data.get(section, {}).items():
            pattern = entry.get("pattern") if isinstance(entry, dict) else None
            if not isinstance(pattern, str) or not pattern:
                raise RuleFileError(path, f"{section}.{name}", "needs a pattern")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleFileError(
                    path, f"{section}.{name}", f"is no regular expression ({exc})"
                ) from exc
            out[name] = pattern
    return out


def cue(name: str) -> str:
    """The regex text of a cue of models/lexicon/cues.toml ('price' -> 'price|单价|...')."""
    try:
        return _cues()[name]
    except KeyError:
        raise RuleFileError(lexicon_path("cues.toml"), name, "is not defined") from None


def cue_regex(name: str) -> re.Pattern[str]:
    """A cue of models/lexicon/cues.toml compiled, case-insensitive."""
    return re.compile(cue(name), re.IGNORECASE)


def phrase_regex(phrase: str) -> str:
    """A lexicon phrase as regex text: the phrase literally, a space standing for any run of
    spaces ("on hold" matches "on  hold")."""
    return re.escape(phrase).replace(r"\ ", r"\s+")


def longest_first(phrases: Iterable[str]) -> str:
    """An alternation of lexicon phrases, longest first, so that 'US$' wins over '$' and
    'passed conditionally' over 'passed'."""
    ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
    return "|".join(phrase_regex(p) for p in ordered)

"""Line items across documents: one canonical key per item, matched by SKU / model number first,
then by normalised description (difflib's ratio, compare.toml [items] min_ratio)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from pipeline.model import Extraction, Role


class Listed(Protocol):
    """What the index needs of a document (compare.context.DocInfo has it)."""

    @property
    def extraction(self) -> Extraction: ...
    @property
    def index(self) -> int: ...
    @property
    def path(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def stage(self) -> int: ...


# The item-key helpers below are pure functions of short strings, asked again for every pair of
# names an order's documents give (thousands of times an order): each answer is kept.
_KEYS = 65536


@lru_cache(maxsize=_KEYS)
def _is_sku(key: str) -> bool:
    return _is_code(key) and len(key) <= 24


def _is_code(key: str) -> bool:
    """A model code ('TB-500', 'GW-TOTE-N'), not a name derived from a description ('lf bib')."""
    key = key.strip()
    return " " not in key and (bool(re.search(r"\d", key)) or ("-" in key and key.upper() == key))


@lru_cache(maxsize=_KEYS)
def _sku_norm(key: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", key.upper())


def _code_stem(code: str) -> str:
    """The normalised code without its trailing letters: 'MH-WSK-25-CHR' -> 'MHWSK25'."""
    return _sku_norm(code).rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _code_parts(code: str) -> list[str]:
    return [p for p in re.split(r"[^0-9A-Z]+", code.upper()) if p]


@lru_cache(maxsize=_KEYS)
def _parts_inside(a: str, b: str) -> bool:
    """The parts of one code make a run of the other's parts: 'BKT-L' in 'NB-BKT-L-SND'."""
    pa, pb = _code_parts(a), _code_parts(b)
    if pa == pb:
        return False
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) < 2:
        return False
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _is_abbreviation(short: str, full: str) -> bool:
    """'CHR' of 'CHARCOAL', 'SND' of 'SAND': the letters of one in order inside the other."""
    letters = iter(full)
    return all(ch in letters for ch in short)


@lru_cache(maxsize=_KEYS)
def _abbreviated(a: str, b: str) -> bool:
    """'MH-WSK-25 CHARCOAL' and 'MH-WSK-25-CHR', 'MH-LDL-32' and 'MH-LDL-32-CHR': one code, written
    with its variant suffix spelled out, abbreviated or left off. The common start must end the
    numbers of both codes; what follows is letters only."""
    na, nb = _sku_norm(a), _sku_norm(b)
    if na == nb:
        return False
    size = 0
    while size < min(len(na), len(nb)) and na[size] == nb[size]:
        size += 1
    core, rest_a, rest_b = na[:size], na[size:], nb[size:]
    if len(core) < 4 or not (rest_a + rest_b).isalpha() and (rest_a + rest_b):
        return False
    if core[-1].isdigit() and (rest_a[:1].isdigit() or rest_b[:1].isdigit()):
        return False
    short, full = sorted((rest_a, rest_b), key=len)
    return _is_abbreviation(short, full)


def plain_words(name: str) -> str:
    """Lower-case letters, digits and Chinese characters, every other run a single space."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", name.lower()).strip()


def _desc_norm(text: str) -> str:
    return " ".join(sorted(plain_words(text).split()))


@dataclass(frozen=True)
class ItemMatch:
    canonical: str
    method: str  # "same key", "SKU", "description"
    score: float
    against: str


@dataclass
class ItemIndex:
    """Line items across documents: raw item keys mapped to one canonical key each."""

    min_ratio: float
    canonical: list[str] = field(default_factory=list)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    matches: dict[str, ItemMatch] = field(default_factory=dict)
    first_seen: dict[str, str] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict)
    _by_sku: dict[str, str] = field(default_factory=dict)
    _skus: dict[str, set[str]] = field(default_factory=dict)
    _descriptions: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    # Canonical model codes by what a related code must share with them (see _related_codes).
    _codes_by_stem: dict[str, set[str]] = field(default_factory=dict)
    _codes_by_part: dict[str, set[str]] = field(default_factory=dict)
    _codes_by_last_part: dict[str, set[str]] = field(default_factory=dict)

    # An order of one product: no document lists two items, so every term is the order's (the
    # quote's "lf bib" and the PI's "LF-BIB-01" are the same product, whatever their keys).
    single: bool = False
    sole: str | None = None  # that product's key, shown on its findings
    registry: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, infos: Iterable[Listed], min_ratio: float) -> ItemIndex:
        index = cls(min_ratio=min_ratio)
        ordered = sorted(infos, key=lambda i: (i.stage, i.index))
        most = 0
        listed: list[str] = []
        for info in ordered:
            descriptions = item_descriptions(info.extraction)
            keys = [t.item for t in info.extraction.terms if t.item]
            if info.role != "chat":
                most = max(most, len(set(keys)))
            # line items first, so that a stray key of a spec's attribute row ("1.1 Material")
            # cannot claim a line item's name
            # keys one document lists side by side are different items ("GR-PLT-15" and
            # "GR-PLT-15-SG" on one PI), however alike their codes or names
            here: set[str] = set()
            for key in sorted(dict.fromkeys(keys), key=lambda k: k not in descriptions):
                match = index.add(key, descriptions.get(key, set()), info.path, distinct_from=here)
                here.add(match.canonical)
            if info.role in ("spec", "quote", "pi", "change"):
                listed.extend(descriptions)
        # The order's items are the lines of its line-item tables (spec, quote, PI, change);
        # a key no such line has ("MASTER CARTON", a section number) scopes nothing.
        index.registry = {index.matches[k].canonical for k in listed if k in index.matches}
        codes = {_sku_norm(k) for k in index.canonical if _is_code(k)}
        index.single = most <= 1 and len(codes) <= 1
        if index.single and index.canonical:
            index.sole = next((k for k in index.canonical if _is_code(k)), index.canonical[0])
        return index

    def add(
        self, key: str, extra: set[str], path: str, distinct_from: set[str] | None = None
    ) -> ItemMatch:
        if key in self.matches:
            return self.matches[key]
        names = {key, *extra}
        best = self._find(names)
        if (
            best is not None
            and best.method != "same key"
            and best.canonical in (distinct_from or ())
        ):
            best = None
        if best is None:
            self.canonical.append(key)
            if _is_sku(key):
                self._codes_by_stem.setdefault(_code_stem(key), set()).add(key)
                parts = _code_parts(key)
                for part in parts:
                    self._codes_by_part.setdefault(part, set()).add(key)
                if parts:
                    self._codes_by_last_part.setdefault(parts[-1], set()).add(key)
            self.aliases[key] = set()
            best = ItemMatch(key, "first seen", 1.0, key)
            self.first_seen[key] = path
        self._remember(best.canonical, names)
        self.matches[key] = best
        return best

    def _remember(self, canon: str, names: set[str]) -> None:
        self.aliases[canon] |= names
        for name in names:
            self._by_name.setdefault(name, canon)
            if _is_sku(name):
                self._by_sku.setdefault(_sku_norm(name), canon)
                self._skus.setdefault(canon, set()).add(_sku_norm(name))
            else:
                self._descriptions.append((canon, name, _desc_norm(name), re.findall(r"\d+", name)))

    def _find(self, names: set[str]) -> ItemMatch | None:
        skus = {_sku_norm(n) for n in names if _is_sku(n)}
        for name in sorted(names):
            if name in self._by_name:
                canon = self._by_name[name]
                if skus and self._skus.get(canon) and not skus & self._skus[canon]:
                    continue  # one description for two model numbers (sizes of one series)
                return ItemMatch(canon, "same key", 1.0, name)
        for sku in sorted(skus):
            if sku in self._by_sku:
                return ItemMatch(self._by_sku[sku], "SKU", 1.0, sku)
        # "BKT-L" and "NB-BKT-L-SND": the parts of one code run inside the other's, and no
        # other known code contains them
        for name in sorted(n for n in names if _is_sku(n)):
            found = {
                c
                for c in self._related_codes(name)
                if _parts_inside(name, c) or _abbreviated(name, c)
            }
            if len(found) == 1:
                canon = found.pop()
                return ItemMatch(canon, "SKU parts", 0.9, canon)
        best: ItemMatch | None = None
        for name in (n for n in names if not _is_sku(n)):
            norm, digits = _desc_norm(name), re.findall(r"\d+", name)
            for canon, alias, alias_norm, alias_digits in self._descriptions:
                if digits != alias_digits:
                    continue  # 500 ml and 750 ml are different items
                if skus and self._skus.get(canon) and not skus & self._skus[canon]:
                    continue  # two different model numbers are two items, however alike their names
                matcher = difflib.SequenceMatcher(None, norm, alias_norm)
                if (
                    matcher.real_quick_ratio() < self.min_ratio
                    or matcher.quick_ratio() < self.min_ratio
                ):
                    continue
                ratio = matcher.ratio()
                if ratio >= self.min_ratio and (best is None or ratio > best.score):
                    best = ItemMatch(canon, "description", round(ratio, 2), alias)
        return best

    def _related_codes(self, name: str) -> set[str]:
        """The canonical model codes that may be `name` written another way; every other code
        fails both tests of _find (an order of 70 codes would otherwise test every pair).
        _parts_inside: the shorter code's parts are all in the longer one, so either the
        code holds the last part of `name` or `name` holds the code's last part.
        _abbreviated: the two differ only in letters after a common start, so they are the
        same once trailing letters are stripped (_code_stem)."""
        related = set(self._codes_by_stem.get(_code_stem(name), ()))
        parts = _code_parts(name)
        if parts:
            related |= self._codes_by_part.get(parts[-1], set())
            for part in set(parts):
                related |= self._codes_by_last_part.get(part, set())
        return related

    def canonical_of(self, key: str | None) -> str | None:
        if key is None or self.single:
            return None
        canonical = self.matches[key].canonical if key in self.matches else key
        if self.registry and canonical not in self.registry:
            return None
        return canonical

    def explain(self, key: str) -> str | None:
        """How a raw key was tied to its canonical item, when it was not the same key."""
        match = self.matches.get(key)
        if match is None or match.method in ("same key", "first seen"):
            return None
        if match.method == "SKU":
            return f"item {key!r} matched {match.canonical!r} by SKU"
        return f"item {key!r} matched {match.canonical!r} by description (score {match.score:.2f} >= {self.min_ratio})"


def item_descriptions(extraction: Extraction) -> dict[str, set[str]]:
    # Optional fact from extract: facts["items"] = [{"item": key, "sku": ..., "description": ...}].
    out: dict[str, set[str]] = {}
    items = extraction.facts.get("items")
    if isinstance(items, list):
        for entry in items:
            if isinstance(entry, dict) and entry.get("item"):
                names = {str(entry[k]) for k in ("sku", "description") if entry.get(k)}
                out.setdefault(str(entry["item"]), set()).update(names)
    return out

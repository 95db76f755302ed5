"""The supplier-identity lexicons under models/lexicon (issue 15), read once, and what follows
from them alone: where a company name ends (its legal form), the core of a name, trading and
manufacturing words, free-mail domains and look-alike letters.

The compare stage uses the same helpers, so that extract and compare read a name alike.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.errors import RuleFileError
from pipeline.extract.lexicon import lexicon_path, read_tsv

WORDS_FILE = "supplier_words.tsv"
FREE_MAIL_FILE = "free_mail_domains.tsv"
LOOK_ALIKE_FILE = "look_alike_characters.tsv"

KINDS = (
    "seller_label", "buyer_label", "seal", "signature", "legal_form", "trading", "manufacturing",
    "licence_title", "name", "uscc", "legal_rep", "capital", "scope", "established", "address",
    "company_type", "phone", "fax", "website", "store", "document_title", "bank_word",
)  # fmt: skip


@cache
def supplier_words() -> dict[str, tuple[str, ...]]:
    """kind -> phrases (lower case, longest first) of supplier_words.tsv."""
    path = lexicon_path(WORDS_FILE)
    table: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for row in read_tsv(path, ("phrase", "kind")):
        if row["kind"] not in table:
            raise RuleFileError(path, row["phrase"], f"kind {row['kind']!r} is not one of {KINDS}")
        table[row["kind"]].append(row["phrase"].lower())
    return {k: tuple(sorted(set(v), key=lambda p: (-len(p), p))) for k, v in table.items()}


def words(kind: str) -> tuple[str, ...]:
    return supplier_words()[kind]


def _alternation(phrases: tuple[str, ...]) -> str:
    parts = []
    for phrase in phrases:
        escaped = re.escape(phrase).replace(r"\ ", r"\s*")
        parts.append(rf"\b{escaped}\b" if phrase.isascii() and phrase[-1].isalnum() else escaped)
    return "|".join(parts)


@cache
def label_pattern(*kinds: str) -> re.Pattern[str]:
    """A label of one of `kinds` that opens a line, a table cell or follows another value, with
    its colon ("Seller:", "卖方：", "Tel.:"); a Chinese label needs no colon ("卖方 宁波…")."""
    english = _alternation(tuple(p for k in kinds for p in words(k) if p.isascii()))
    chinese = _alternation(tuple(p for k in kinds for p in words(k) if not p.isascii()))
    branches = []
    if english:
        branches.append(rf"(?:{english})\.?\s*(?:\([^)]*\)\s*)?[:：]")
    if chinese:
        branches.append(rf"(?:{chinese})\s*(?:\([^)]*\)|（[^）]*）)?\s*[:：]?")
    return re.compile(rf"(?:^|(?<=[\s|/]))(?:{'|'.join(branches)})", re.I)


@cache
def phrase_pattern(kind: str) -> re.Pattern[str]:
    """Any phrase of `kind`, anywhere (seal and signature words, trading words)."""
    return re.compile(_alternation(words(kind)), re.I)


_ASCII_FORMS = (
    r"co\.?\s*,?\s*ltd\.?|company\s+limited|co\.?\s*,?\s*limited|limited|ltd\.?"
    r"|corporation|corp\.?|inc\.?|llc|gmbh"
)
EN_LEGAL_FORM = re.compile(rf"\b(?:{_ASCII_FORMS})(?![A-Za-z])", re.I)


@cache
def zh_legal_form() -> re.Pattern[str]:
    """A Chinese name ending in a legal form (有限公司 …), the name's characters before it."""
    forms = "|".join(re.escape(p) for p in words("legal_form") if not p.isascii())
    return re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}?(?:{forms})")


def name_core(name: str) -> str:
    """A legal name without its legal form, punctuation and case: 'Ningbo Brightway Housewares
    Co., Ltd.' -> 'ningbo brightway housewares'; '宁波明途家居用品有限公司' -> '宁波明途家居用品'."""
    text = re.sub(r"[（(][^)）]*[)）]\s*$", "", name.strip())
    for _ in range(2):
        text = EN_LEGAL_FORM.sub(" ", text)
        for form in words("legal_form"):
            if not form.isascii() and text.endswith(form) and len(text) > len(form) + 1:
                text = text[: -len(form)]
                break
    text = re.sub(r"[^\w\u4e00-\u9fff]+", " ", text.lower().replace("&", " and "))
    return " ".join(text.split())


def is_trading_name(name: str) -> str | None:
    """The trading word in a company name ('trading', '贸易', '进出口'), or None."""
    found = phrase_pattern("trading").search(name)
    return found.group(0) if found else None


@cache
def free_mail_domains() -> dict[str, str]:
    """domain -> provider, of free_mail_domains.tsv."""
    return {
        row["domain"].lower(): row["provider"]
        for row in read_tsv(lexicon_path(FREE_MAIL_FILE), ("domain", "provider"))
    }


@cache
def look_alike_letters() -> tuple[tuple[str, str], ...]:
    """(written, reads_as) pairs of look_alike_characters.tsv, longest first."""
    rows = read_tsv(lexicon_path(LOOK_ALIKE_FILE), ("written", "reads_as"))
    pairs = {(r["written"].lower(), r["reads_as"].lower()) for r in rows}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def phone_digits(text: str) -> str:
    """A phone number as its national digits: '+86 574 8688 1234' and '0574-86881234' ->
    '57486881234' (country code 86 or 0086 and the trunk 0 dropped)."""
    digits = re.sub(r"\D", "", text)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 9:
            digits = digits[len(prefix) :]
            break
    return digits.lstrip("0")

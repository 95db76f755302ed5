"""Bank identifiers and names as values: SWIFT/BIC, IBAN, account numbers, beneficiary and bank names.

Structure checks come from python-stdnum (ISO 9362 BIC, ISO 13616 IBAN); the country list from
models/lexicon/countries.tsv. Supplier text is normalised first (NFKC folds full-width digits,
zero-width characters are dropped) so that a pasted account compares equal to a typed one; an
O/0 or I/1 swap is kept as written and flagged, never repaired into the account it imitates.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban

from pipeline.extract.lexicon import lexicon_path, read_tsv

# Characters a paste carries that a reader cannot see (zero-width space/joiners, BOM, soft hyphen).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_bank_text(text: str) -> str:
    """Full-width and compatibility forms folded (NFKC), invisible characters removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


@cache
def countries() -> frozenset[str]:
    """ISO 3166 alpha-2 codes (models/lexicon/countries.tsv)."""
    return frozenset(row["code"] for row in read_tsv(lexicon_path("countries.tsv"), ("code",)))


def check_swift(code: str) -> tuple[str, ...]:
    """Problems of a SWIFT/BIC code (ISO 9362): length, letters where letters belong, country."""
    problems = []
    if len(code) not in (8, 11):
        problems.append(f"SWIFT/BIC {code} has {len(code)} characters; a valid one has 8 or 11")
    if not re.fullmatch(r"[A-Z]{6}[A-Z0-9]*", code):
        letters = code[:6]
        swapped = "".join({"0": "O", "1": "I", "5": "S", "8": "B"}.get(c, c) for c in letters)
        hint = f" (read with letters it would be {swapped}{code[6:]})" if swapped != letters else ""
        problems.append(
            f"SWIFT/BIC {code} must start with 4 bank letters and 2 country letters{hint}"
        )
    elif code[4:6] not in countries():
        problems.append(
            f"SWIFT/BIC {code} names country {code[4:6]}, which is not an ISO 3166 code"
        )
    elif len(code) in (8, 11) and not stdnum_bic.is_valid(code):
        problems.append(f"SWIFT/BIC {code} is not a valid ISO 9362 code")
    return tuple(problems)


def check_iban(iban: str) -> tuple[str, ...]:
    """Problems of an IBAN (ISO 13616): country code, length and the mod-97 checksum."""
    if iban[:2] not in countries():
        return (f"IBAN {iban} starts with {iban[:2]}, which is not an ISO 3166 country code",)
    try:
        stdnum_iban.validate(iban)
    except stdnum_iban.InvalidChecksum:
        return (f"IBAN {iban} fails its checksum (ISO 13616 mod 97): a digit is wrong or swapped",)
    except Exception as exc:  # noqa: BLE001 - stdnum raises one ValidationError subclass per kind
        return (f"IBAN {iban} is not valid ({exc})",)
    return ()


IBAN_RE = re.compile(
    r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])"
)


def normalise_account(text: str) -> tuple[str, tuple[str, ...]] | None:
    """'6217 0000-1234 5678' -> '6217000012345678'; an IBAN is checked by its checksum."""
    cleaned = re.sub(r"[^A-Za-z0-9]", "", clean_bank_text(text)).upper()
    if len(re.sub(r"\D", "", cleaned)) < 6 or len(cleaned) > 34:
        return None
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", cleaned):
        if check_iban(cleaned):
            # "NL50 INGB 0683 2513 09KLANTNUMMER": a word run on to the IBAN; the longest
            # beginning that passes the checksum is the IBAN
            for size in range(len(cleaned) - 1, 14, -1):
                if not check_iban(cleaned[:size]):
                    return cleaned[:size], ()
        return cleaned, check_iban(cleaned)
    if re.search(r"[A-Z]", cleaned) and not re.fullmatch(r"[A-Z]{0,4}\d+", cleaned):
        return None
    return cleaned, ()


_SUFFIXES = ((r"\bLIMITED\b", "LTD"), (r"\bCOMPANY\b", "CO"), (r"\bCORPORATION\b", "CORP"),
             (r"\bINCORPORATED\b", "INC"), (r"\bINTERNATIONAL\b", "INTL"))  # fmt: skip


def normalise_company(text: str) -> str | None:
    """'Ningbo Brightway Housewares Co., Ltd.' -> 'NINGBO BRIGHTWAY HOUSEWARES CO LTD'."""
    value = clean_bank_text(text).upper().replace("&", " AND ")
    value = re.sub(r"[.,;:'\"()（）·]", " ", value)
    for pattern, short in _SUFFIXES:
        value = re.sub(pattern, short, value)
    value = re.sub(r"\s+", " ", value).strip(" -")
    return value or None


def normalise_bank_name(text: str) -> str | None:
    """'Bank of China, Ningbo Branch' -> 'BANK OF CHINA NINGBO BRANCH'."""
    value = re.sub(r"[.,;:'\"()（）·]", " ", clean_bank_text(text).upper())
    value = re.sub(r"\s+", " ", value).strip(" -")
    return value or None

"""Line-item keys: the SKU / model number a document gives an item, or a short normalised
description (docs/architecture.md "Line items")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

# ---------------------------------------------------------------- item keys

_SKU = re.compile(r"^(?=[A-Z0-9\-/. ]*\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9\-/.]{1,18}[A-Z0-9]$", re.I)
LINE_SKU = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s+)?(?P<sku>[A-Z]{1,6}-?\d{2,6}(?:-[A-Z0-9]{1,6})*[A-Z]?"
    r"|[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,4})(?![\w-])"
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "with",
        "in",
        "to",
        "by",
        "per",
        "pc",
        "pcs",
        "set",
        "sets",
        "item",
        "new",
        "model",
        "style",
        "type",
        "size",
        "color",
        "colour",
        "product",
        "custom",
        "customized",
        "oem",
    ]
)
_DROP_IN_KEY = ("material", "color", "finish", "logo", "certification", "unit", "packaging.inner")


def item_key_from_column(text: str) -> str | None:
    """The key in an Item No. / SKU column: any short code, with or without digits ('DSP-BOX')."""
    code = re.sub(r"\s+", "", text.strip()).upper()
    return code if 2 <= len(code) <= 24 and re.fullmatch(r"[A-Z0-9][A-Z0-9\-/._#]*", code) else None


# Texts that look like codes once their spaces are gone but are not: a section number with its
# heading ("1.1 Material"), a measure ("56.3 x 29.8 x 28.4", "5000 g"), words ("Master carton ...").
_NOT_A_CODE = re.compile(
    r"^\d+(?:\.\d+)+\b|^\d+(?:[.,]\d+)?\s*[x×*]\s*\d|^\d+(?:[.,]\d+)?\s*(?:mm|cm|m|g|kg|ml|l|oz|lbs?|pcs?|%)$",
    re.I,
)


def item_key_from_code(text: str) -> str | None:
    """'TB 500' -> 'TB500', 'tb-500' -> 'TB-500'; None when the text is not a code."""
    text = text.strip()
    if _NOT_A_CODE.search(text) or len(re.findall(r"[A-Za-z]{3,}", text)) > 1 and " " in text:
        return None
    code = re.sub(r"\s+", "", text).upper()
    return code if code and _SKU.match(code) and not re.fullmatch(r"\d+[A-Z]{0,3}", code) else None


# A model code written as upper-case parts joined by hyphens, with or without digits: "GW-TOTE-N",
# "PS-HAR-M", "HG-CB-L" (the case is what tells it from a hyphenated word such as "T-shirt").
_HYPHEN_CODE = re.compile(r"^(?=.*[A-Z])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,4}$")


# "1850-2200W", "220-240V", "2700-6500K": a range of a measure, never a model code.
_MEASURE_RANGE = re.compile(r"\d+(?:\.\d+)?-\d+(?:\.\d+)?[A-Z]{0,3}")


def code_of_first_word(text: str) -> str | None:
    """The model code that opens a description cell ("GW-TOTE-N 12oz canvas tote"), if any."""
    words = text.split()
    if words and re.fullmatch(
        r"(?:item|model|art\.?|sku|ref\.?|style)(?:\s*no\.?)?[:#]?", words[0], re.I
    ):
        words = words[1:]  # "Item MH-LDL-32 (charcoal)"
    if not words:
        return None
    first = words[0].strip(",;:()")
    caps = [w for w in words[:4] if re.fullmatch(r"[A-Z0-9]{2,4}", w)]
    if not _HYPHEN_CODE.match(first) and len(caps) >= 3 and words[: len(caps)] == caps:
        return "-".join(caps)  # "TT BN NVY navy": a code written with spaces
    if not _HYPHEN_CODE.match(first) and not _SKU.match(first):
        for inside in re.finditer(r"(?<![\w-])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,4}(?![\w-])", text):
            code = inside.group()
            parts = code.split("-")
            # digits, or three short parts at least ("TT-BN-RST"): not a hyphenated word
            coded = re.search(r"\d", code) or (len(parts) >= 3 and max(map(len, parts)) <= 4)
            if coded and not _MEASURE_RANGE.fullmatch(code):
                return code  # "Beanie (rust) TT-BN-RST": the code further in
    if _HYPHEN_CODE.match(first) and not _MEASURE_RANGE.fullmatch(first):
        # "NBBKT-S SAND", "MH-WSK-25 CHARCOAL": a colour or variant word in capitals completes it
        if len(words) > 1 and re.fullmatch(r"[A-Z]{2,10}", words[1]):
            return f"{first}-{words[1]}"
        # "Item NB-HMP (charcoal)": a variant word in brackets completes it too
        if len(words) > 1 and (m := re.fullmatch(r"\(([A-Za-z]{3,12})\)[,;]?", words[1])):
            return f"{first}-{m[1].upper()}"
        return first
    if _MEASURE_RANGE.fullmatch(first):
        return None
    return item_key_from_code(first) if LINE_SKU.match(text) else None


def is_code(key: str) -> bool:
    """True for a key that is a model code (SKU), not a name: 'TB-500', 'GW-TOTE-N', 'KW-YM6'."""
    return bool(_HYPHEN_CODE.match(key) or _SKU.match(key))


def item_key_from_description(text: str, doc: Doc | None = None) -> str | None:
    """A short lower-case name: 'Stainless Steel Water Bottle 500ml, black' -> 'water bottle'.

    Material, colour and numbers are dropped so the same item keeps its key when they change.
    """
    drop: set[int] = set()
    if doc is not None:
        for span in doc.spans.get("lexicon", []):
            if span.label_ in _DROP_IN_KEY:
                drop.update(range(span.start_char, span.end_char))
    first = text.split("\n")[0]
    kept = "".join(" " if i in drop else ch for i, ch in enumerate(first))
    words = re.findall(r"[a-z]+|[\u4e00-\u9fff]+", kept.lower())
    units = r"(?:mm|cm|ml|oz|kg|lbs?|in|inch|gsm|pcs?|ctns?|tier|ply)"
    words = [w for w in words if w not in _STOP and len(w) > 1 and not re.fullmatch(units, w)]
    return " ".join(words[:3]) or None

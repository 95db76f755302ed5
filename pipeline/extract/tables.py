"""Tables -> units of text with their field label and line item.

Three kinds of table, told apart by their header row (which may sit anywhere, a quotation sheet
has its letterhead above it): a line-item table (Item No. / Description / Qty / Unit Price ...:
one row per item), an attribute table (Attribute / Requirement / Measured / Note, or a From / To
change table: one row per field) and, without a header, key-value rows ("Material | SS304").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc

from pipeline.extract.field_table import EXTRACTORS
from pipeline.extract.normalize import unit_code
from pipeline.model import Block

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


# ---------------------------------------------------------------- units


@dataclass
class Unit:
    """One text to run the pipeline on, with where it sits."""

    block: Block
    text: str
    context: str  # line, cell, message
    item: str | None = None
    label: str | None = None  # the column header's (or row label's) target, for cells
    hint: str | None = None  # the column header's text: "Unit Price (USD)", "Qty (sets)"
    quote: str | None = None
    item_info: dict[str, str] | None = None  # a line-item row: {"item", "sku", "description"}
    # the row's counting unit ("sets" in its Qty cell or header), for prices
    unit: str | None = None
    # read instead when this unit gives no term (a Measured cell -> the Specified one)
    fallback: Unit | None = None
    # a value measured on a sample: it confirms the specified value, it sets none (contract s. 3)
    measured: bool = False


# Column roles of attribute and change tables (English and Chinese header words).
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("from", re.compile(r"^\s*(?:from|original|old|before|current|was|previous(?:ly)?|existing|原|原来|变更前|现)\b", re.I)),
    ("to", re.compile(r"^\s*(?:to|new|after|revised|changed\s+to|now|proposed|amended|updated|改为|变更后|新)\b", re.I)),
    ("attr", re.compile(r"attribute|check(?:\s*item)?\b|characteristic|parameter|property|^field$|^item\s*/\s*field|检验项目|属性|^项目", re.I)),
    ("spec", re.compile(r"requirement|specified|^spec(?:ification)?\b|standard|required|^value$|要求|标准", re.I)),
    ("measured", re.compile(r"measured|actual|sample\s+value|^sample\b(?!\s*(?:no|#|id|type|code|qty))|\bavg\b|average|found|实测|测量", re.I)),
    ("note", re.compile(r"tolerance|note|remark|comment|公差|备注|ok\?|^result$|^ok$|^ok\s*/\s*ng$|^pass\s*/\s*fail$|判定", re.I)),
)  # fmt: skip
_CONFORMS = re.compile(r"^\s*(?:ok|o\.k\.|pass(?:ed)?|conforms?|yes|合格|通过|✓|✔)\s*\.?\s*$", re.I)
_TOTAL_ROW = re.compile(
    r"^\s*(?:sub\s*-?\s*total|total|grand\s+total|合计|总计|total\s+amount)\b"
    # "FOB XIAMEN TOTAL", "TOTAL (FOB SHENZHEN)": the price term named before the word
    r"|^\s*(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[\w\s,.()-]{0,30}\btotal\b",
    re.I,
)
_FIELD_HEADER_MAX = 40
_INCOTERM_WORD = re.compile(r"\b(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b")


def cell_label(block: Block, doc: Doc | None) -> str | None:
    """The field a cell names when the whole cell is a label ('数量 Qty', 'Unit Price (USD)')."""
    text = block.text.strip()
    if doc is None or not text or len(text) > _FIELD_HEADER_MAX:
        return None
    if re.search(r"\d", re.sub(r"[(（][^)）]*[)）]", "", text)) and not re.search(
        r"pcs?/ctn|qty/ctn", text, re.I
    ):
        return None
    if re.search(r"[:：]\s*\S", text):
        return None  # "Price term: FOB Ningbo" is a line in a cell, not a label
    spans = [s for s in doc.spans.get("lexicon", []) if s.label_ == "field_label"]
    if not spans:
        return None
    covered = sum(len(s.text) for s in spans)
    if covered < 0.4 * len(re.sub(r"[\s(（][^)）]*[)）]|\s", "", text)):
        return None
    best = max(spans, key=lambda s: (len(s.text), -s.start))
    return best.id_


# A price column headed by its price term: "FOB Shanghai", "Unit Price (EXW)", "CIF LA (USD)".
_PRICE_TERM_HEADER = re.compile(
    r"^\s*(?:(?:unit\s+|u\s*/\s*|u\.\s*)?price\s*)?(?:(?:USD|US\$|EUR|RMB|CNY|GBP)\s*(?:/\s*(?:pc|pcs|set|unit|piece)\s*)?)?"
    r"[(（]?\s*(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[^\d]{0,30}$",
    re.I,
)


def _price_term_header(block: Block) -> str | None:
    return "price.unit" if _PRICE_TERM_HEADER.match(block.text.strip()) else None


def _role(block: Block) -> str | None:
    text = block.text.strip()
    if len(text) > _FIELD_HEADER_MAX:
        return None
    # "数量 Qty" and "要求 Requirement": try each word group of a bilingual header
    for name, regex in _ROLES:
        if regex.search(text) or any(
            regex.search(part) for part in re.split(r"\s+(?=[A-Za-z])", text)
        ):
            return name
    return None


@dataclass
class Header:
    index: int
    kind: str  # items, attributes, from_to, by_item (one column per model)
    columns: dict[int, str]  # col -> field target or role
    texts: dict[int, str]
    tiers: int | None = None  # the row of quantity tiers under a price heading, if any
    width: int = 0  # the table's number of columns


def _by_item_header(index: int, cells: dict[int, Block]) -> Header | None:
    """'Attribute | IBK-SK08 (8 inch) | IBK-SK10 (10 inch) | IBK-SK12': a spec written with one
    column per model and one row per attribute (the transpose of a line-item table)."""
    first, *rest = sorted(cells)
    if first > 1 and code_of_first_word(cells[first].text.strip()):
        first, rest = 0, sorted(cells)  # "| MP-GJ500 | MP-GJ800 | MP-GJ1200": the label cell empty
    # "Attribute | NH-PL12 | NH-PL16 | Tolerance": a note column after the models completes values
    notes = [c for c in rest if _role(cells[c]) == "note"]
    rest = [c for c in rest if c not in notes]
    codes = {c: code_of_first_word(cells[c].text.strip()) for c in rest}
    head = cells[first].text.strip() if first in cells else ""
    if (
        len(rest) >= 2
        and all(codes.values())
        and len(set(codes.values())) == len(rest)
        and not code_of_first_word(head)
        and len(head) <= _FIELD_HEADER_MAX
        and not re.search(r"\d", head)
    ):
        columns = {c: code for c, code in codes.items() if code}
        columns.update({c: _NOTE_COLUMN for c in notes})
        return Header(index, "by_item", columns, {c: b.text for c, b in cells.items()})
    return None


_NOTE_COLUMN = "\x00note"  # a by-model table's tolerance or remark column, not a model
_BLANK_NOTE = re.compile(r"^\s*(?:[-—–/]|n/?a)?\s*$", re.I)
# "same", "as above", "同上": the cell repeats the value of the model to its left.
_SAME_AS_LEFT = re.compile(
    r"^\s*(?:same(?:\s+as\s+\S+)?|as\s+above|ditto|同上|相同|〃|[\"”-]|—)\s*$", re.I
)


def _by_item_row(
    row: dict[int, Block], header: Header, docs: dict[int, Doc], quote: str
) -> list[Unit]:
    """One attribute row of a by-model spec: a unit per model column, under the row's label."""
    label_cols = [c for c in sorted(row) if c not in header.columns and row[c].text.strip()]
    if not label_cols:
        return []
    label_block = row[label_cols[0]]
    label = cell_label(label_block, docs.get(id(label_block)))
    if label in ("item_key", "description"):
        return []
    units: list[Unit] = []
    previous: str | None = None
    note = " ".join(
        row[c].text.strip()
        for c, target in header.columns.items()
        if target == _NOTE_COLUMN and c in row and not _BLANK_NOTE.match(row[c].text)
    )
    for col, item in sorted(header.columns.items()):
        if item == _NOTE_COLUMN:
            continue
        block = row.get(col)
        text = block.text.strip() if block is not None else ""
        if not text or _SAME_AS_LEFT.match(text):
            text = previous or ""
        if not text:
            continue
        previous = text
        units.append(Unit(block or label_block, f"{text} {note}".strip(), "cell", item=item,
                          label=label, hint=label_block.text, quote=quote))  # fmt: skip
    return units


def _find_header(rows: list[dict[int, Block]], docs: dict[int, Doc]) -> Header | None:
    for index, row in enumerate(rows):
        cells = {c: b for c, b in row.items() if b.text.strip()}
        if len(cells) < 2:
            continue
        if (by_item := _by_item_header(index, cells)) is not None:
            return by_item
        roles = {c: r for c, b in cells.items() if (r := _role(b))}
        labels = {
            c: t
            for c, b in cells.items()
            if c not in roles and (t := cell_label(b, docs.get(id(b))) or _price_term_header(b))
        }
        texts = {c: b.text for c, b in cells.items()}
        if "to" in roles.values() and "from" in roles.values():
            return Header(index, "from_to", {**labels, **roles}, texts)
        if "attr" in roles.values() or ("spec" in roles.values() and len(labels) <= 1):
            return Header(index, "attributes", {**labels, **roles}, texts)
        fields = [t for t in labels.values() if t in EXTRACTORS or t in ("packing", "payment")]
        keys = [t for t in labels.values() if t in ("item_key", "description")]
        # "... | MOQ | 1,000 pcs | 2,000 pcs": price columns headed by their quantity tier
        tiers = {c: "price.unit" for c, b in cells.items() if c not in labels and c not in roles
                 and _TIER_QUANTITY.match(b.text)}  # fmt: skip
        if tiers and len(labels) >= 2:
            labels = {**labels, **tiers}
        # "Date | 2026-01-14 | Price term | FOB Shenzhen": label/value pairs, not column heads
        values = [
            c for c, b in cells.items() if c not in labels and _DIGIT_OUTSIDE_PARENS.search(b.text)
        ]
        if (
            len(cells) >= 3
            and fields
            and len(fields) + len(keys) >= 2
            and len(labels) >= 0.5 * len(cells)
            and not values
        ):
            header = Header(index, "items", labels, texts)
            _add_tier_columns(header, rows)
            return header
    return None


_DIGIT_OUTSIDE_PARENS = re.compile(r"^(?:[^(（]*?)\d")
_TIER_QUANTITY = re.compile(
    r"^\s*(?:[≥>]=?\s*)?[\d,.]+\s*(?:k\s*)?(?:pcs?|pieces|sets?|units?|只|个|件)?\s*\+?$", re.I
)


def _add_tier_columns(header: Header, rows: list[dict[int, Block]]) -> None:
    """'Unit price USD by quantity' over '1,000 pcs | 2,000 pcs | 5,000 pcs': the price heading
    spans one column per quantity tier; each tier column is a price column, and the row of
    quantities is part of the heading."""
    if header.index + 1 >= len(rows):
        return
    below = {c: b for c, b in rows[header.index + 1].items() if b.text.strip()}
    if len(below) < 2 or not all(_TIER_QUANTITY.match(b.text) for b in below.values()):
        return
    starts = sorted(header.columns)
    for col in below:
        owner = max((c for c in starts if c <= col), default=None)
        if owner is not None and header.columns.get(owner) == "price.unit":
            header.columns.setdefault(col, "price.unit")
            header.texts.setdefault(col, header.texts.get(owner, ""))
    header.tiers = header.index + 1


def table_units(
    cells: list[Block],
    docs: dict[int, Doc],
    section_item: str | None,
    carried: list[Header] | None = None,
) -> list[Unit]:
    """The units of one table (cells of one page/sheet and table number).

    `carried` holds the line-item header of the table before: a table of the same columns with
    no header of its own continues it (a PDF whose shaded rows split one table into several)."""
    by_row: dict[int, dict[int, Block]] = {}
    for block in cells:
        by_row.setdefault(block.row or 0, {})[block.col or 0] = block
    rows = [by_row[r] for r in sorted(by_row)]
    header = _find_header(rows, docs)
    width = max((c for row in rows for c in row), default=0)
    if header is None and carried and carried[-1].kind == "items" and carried[-1].width == width:
        header = replace(carried[-1], index=-1, tiers=None)
    if header is not None and header.kind == "items" and carried is not None:
        header.width = header.width or width
        carried[:] = [header]
    units: list[Unit] = []
    table_item = section_item
    for index, row in enumerate(rows):
        cells_in_row = [b for _, b in sorted(row.items()) if b.text.strip()]
        if not cells_in_row:
            continue
        quote = " | ".join(b.text.strip() for b in cells_in_row)[:200]
        if header is not None and index == header.tiers:
            continue  # "1,000 pcs | 2,000 pcs": the quantity tiers of the price heading
        if header is not None and index == header.index:
            # a price column headed "FOB Shanghai" states the order's price term
            units.extend(
                Unit(b, b.text, "cell", label="incoterm", quote=quote)
                for c, b in row.items()
                if header.columns.get(c) == "price.unit" and _price_term_header(b)
            )
            continue
        if len(cells_in_row) == 1:
            block = cells_in_row[0]
            label = cell_label(block, docs.get(id(block)))
            if label is None:
                units.append(Unit(block, block.text, "cell", item=table_item, quote=quote))
            continue
        if header is not None and index > header.index and _repeats_header(row, header):
            continue  # the header repeated on the next page
        if header is not None and index > header.index and header.kind == "by_item":
            units.extend(_by_item_row(row, header, docs, quote))
            continue
        if header is not None and index > header.index and header.kind == "items":
            if _is_line_item(row, header, docs):
                units.extend(_item_row(row, header, docs, quote, table_item))
            elif any(CHARGE.search(b.text) for b in cells_in_row[:3]):
                # "Logo insert (mould) | 1 set | USD 120.00 | USD 120.00": one charge, its label
                # and its amount read together (document facts["charges"])
                text = " | ".join(b.text.strip() for b in cells_in_row if b.text.strip())
                units.append(
                    Unit(cells_in_row[0], text, "cell", item=None, label="noise", quote=quote)
                )
            else:
                # "Price term | FOB NINGBO", "Cert. | OEKO-TEX 100", "Test | FDA" below the items:
                # terms of the whole order, never an item of their own.
                units.extend(_key_value_row(cells_in_row, docs, quote, table_item)[1])
        elif header is not None and index > header.index:
            new_item, row_units = _attribute_row(row, header, docs, quote, table_item)
            table_item = new_item
            units.extend(row_units)
        else:
            new_item, row_units = _key_value_row(cells_in_row, docs, quote, table_item)
            table_item = new_item
            units.extend(row_units)
    return units


def _repeats_header(row: dict[int, Block], header: Header) -> bool:
    same = sum(
        1
        for c, b in row.items()
        if b.text.strip() and b.text.strip() == header.texts.get(c, "").strip()
    )
    return same >= 2


_ITEM_VALUE_COLUMNS = ("quantity", "price.unit", "price.total")
# A sample record's row kept for information only: "info", "for reference", "(ref.)".
_REFERENCE_ROW = re.compile(
    r"^\s*(?:info|for\s+info(?:rmation)?|ref\.?|reference|for\s+reference|参考)\s*$", re.I
)
_REFERENCE_LABEL = re.compile(r"\((?:ref\.?|reference|info)\)", re.I)
# A line that bills a charge, not goods: mould and set-up costs, freight, samples, bank fees.
CHARGE = re.compile(
    r"\b(?:mou?ld(?:ing)?|tooling|set-?up|plate|screen|die|sample|handling|bank|freight|shipping|"
    r"courier|express|inspection|testing|test)\s+(?:cost|fee|charge)s?\b|\bfreight\b|\btooling\b|"
    r"\binsurance\b|\bmou?ld\b.{0,40}\b(?:charge|fee|cost|waived|free)\b|\bwaived\b|free\s+of\s+charge|"
    # "Logo insert (mould) | 1 set | USD 120": a one-off tool, billed once
    r"[(（]\s*(?:mou?ld|tooling|plate|die)\s*[)）]|\b(?:mou?ld|tooling)\s*[:：]|"
    r"运费|模具费|开模费|版费|样品费|手续费|检测费",
    re.I,
)


def _names_a_standard(block: Block, docs: dict[int, Doc]) -> bool:
    """'OEKO-TEX 100', 'EN-71': a hyphenated word the lexicon knows is no model code."""
    doc = docs.get(id(block))
    return doc is not None and any(
        s.start_char == 0 and s.label_ != "field_label" for s in doc.spans.get("lexicon", [])
    )


# Two words of three letters or more: a phrase, not a model code, whatever its digits.
_WORDS = re.compile(r"[A-Za-z]{3,}\s+(?:\S+\s+)*[A-Za-z]{3,}")


def _is_line_item(row: dict[int, Block], header: Header, docs: dict[int, Doc]) -> bool:
    """A row of a line-item table is an item when it states a quantity or a price, or when its
    item column holds a model code; a label row under the items ("Payment | T/T 30%", "Test |
    LFGB", "Packing | ...") is not, whatever column its first cell sits in."""
    texts = [b.text.strip() for _, b in sorted(row.items()) if b.text.strip()]
    if any(_TOTAL_ROW.match(t) for t in texts[:3]):
        return True  # the totals row: read by _item_row for its amount
    if any(CHARGE.search(t) for t in texts[:3]):
        return False  # "Deboss logo mould charge | waived | 0.00": a charge, not goods
    key_cells = [row[c].text for c, t in header.columns.items() if t == "item_key" and c in row]
    descriptions = sorted(c for c, t in header.columns.items() if t == "description")
    for col, target in header.columns.items():
        if col not in row or not row[col].text.strip():
            continue
        text = row[col].text
        if target in _ITEM_VALUE_COLUMNS and re.search(r"\d", text):
            return True
        if (
            target == "item_key"
            and is_code(re.sub(r"\s+", "", text.strip()).upper())
            and not _WORDS.search(text)
        ):
            return True  # "NC-HB02"; not "40 days after deposit" under the Model column
        # a code opening the description counts where no item column says otherwise
        if (
            target == "description"
            and col == descriptions[0]
            and not any(k.strip() for k in key_cells)
            and code_of_first_word(text)
            and not _names_a_standard(row[col], docs)
        ):
            return True
    return False


def _item_row(
    row: dict[int, Block], header: Header, docs: dict[int, Doc], quote: str, default: str | None
) -> list[Unit]:
    texts = [b.text.strip() for _, b in sorted(row.items()) if b.text.strip()]
    total = any(_TOTAL_ROW.match(t) for t in texts[:3])
    item: str | None = None
    if not total:
        for col, target in header.columns.items():
            if target == "item_key" and col in row:
                item = item_key_from_column(row[col].text)
                if item:
                    break
        if item is None:
            for col, target in header.columns.items():
                if target == "description" and col in row:
                    block = row[col]
                    code = code_of_first_word(block.text)
                    item = item_key_from_column(code) if code else None
                    item = item or item_key_from_description(block.text, docs.get(id(block)))
                    if item:
                        break
        item = item or default
    info: dict[str, str] | None = None
    if item and not total:
        info = {"item": item}
        for col, target in header.columns.items():
            if target in ("item_key", "description") and col in row and row[col].text.strip():
                info.setdefault(
                    "sku" if target == "item_key" else "description", row[col].text.strip()
                )
    row_unit = None
    for col, target in header.columns.items():
        if target == "quantity":
            found = re.search(
                r"[(（/]\s*([A-Za-z\u4e00-\u9fff]+)|\d\s*([A-Za-z\u4e00-\u9fff]+)\s*$",
                header.texts.get(col, "") + " " + (row[col].text if col in row else ""),
            )
            if found:
                row_unit = unit_code(found.group(1) or found.group(2))
    units: list[Unit] = []
    for col, block in sorted(row.items()):
        if not block.text.strip():
            continue
        column = header.columns.get(col)
        if column in ("item_key", "noise"):
            continue
        if total and column != "price.total":
            # "TOTAL FOB SHENZHEN (YANTIAN)": the totals row names the price term
            if _TOTAL_ROW.match(block.text) and _INCOTERM_WORD.search(block.text):
                units.append(Unit(block, block.text, "cell", label="incoterm", quote=quote))
            continue
        units.append(
            Unit(
                block,
                block.text,
                "cell",
                item=None if total else item,
                label=column,
                hint=header.texts.get(col),
                quote=quote,
                item_info=info,
                unit=row_unit if row_unit not in (None, "ctn") else None,
            )
        )
    return units


def _attribute_row(
    row: dict[int, Block], header: Header, docs: dict[int, Doc], quote: str, item: str | None
) -> tuple[str | None, list[Unit]]:
    columns = header.columns
    field_label: str | None = None
    label_col: int | None = None
    row_item: str | None = None
    for col, block in sorted(row.items()):
        if columns.get(col) in ("from", "to", "spec", "measured", "note") or not block.text.strip():
            continue
        label = cell_label(block, docs.get(id(block)))
        if (
            label
            and label_col is None
            and (columns.get(col) in ("attr", None) or label not in ("item_key", "description"))
        ):
            field_label, label_col = label, col
        elif label_col is None:
            # an Item column holds codes without digits too ("KB-APR-TER")
            key = item_key_from_code(block.text)
            if key is None and columns.get(col) in ("item_key", "description"):
                column_key = item_key_from_column(block.text)
                key = column_key if column_key and is_code(column_key) else None
            row_item = row_item or key
    if any(_REFERENCE_ROW.match(b.text) for b in row.values()) or _REFERENCE_LABEL.search(
        " ".join(b.text for b in row.values())
    ):
        return item, []  # "Brimful capacity (ref.) | approx. 380 ml | ... | info": no requirement
    value_roles = ("to",) if header.kind == "from_to" else ("spec",)
    value_cols = [c for c, r in columns.items() if r in value_roles and c in row]
    if not value_cols:
        value_cols = [c for c, r in columns.items() if r == "measured" and c in row]
    if not value_cols and label_col is not None:
        value_cols = [
            c
            for c in sorted(row)
            if c > label_col and columns.get(c) not in ("note", "from", "measured")
        ][:1]
    note_cols = [c for c, r in columns.items() if r == "note" and c in row]
    value_blocks = [row[c] for c in sorted(value_cols) if row[c].text.strip()]
    if field_label == "item_key" and value_blocks:
        return item_key_from_code(value_blocks[0].text) or item, []
    if not value_blocks:
        return item, []
    first = value_blocks[0]
    text = " ".join(b.text.strip() for b in value_blocks)
    if header.kind != "from_to":
        # "290 g | ±8 g", "24 pcs/ctn | 52 x 38 x 30 cm": the note column completes the value
        text += "".join(" " + row[c].text.strip() for c in note_cols if row[c].text.strip())
    label = field_label or ("new_value" if header.kind == "from_to" else None)
    hint = header.texts.get(label_col) if label_col is not None else None
    unit = Unit(first, text, "cell", item=row_item or item, label=label, hint=hint, quote=quote)
    # A sample record or inspection report: what was measured is the value ("380 g", "accepted
    # by buyer"), compared with the spec within its tolerance even where the row says OK (contract
    # section 3: measurements confirm the spec only within its tolerance); the specification's
    # value stands when the measured cell gives no value ("matches colour card").
    measured = [
        row[c] for c, r in columns.items() if r == "measured" and c in row and row[c].text.strip()
    ]
    if header.kind == "attributes" and measured and measured[0] is not first:
        return item, [
            unit,
            Unit(measured[0], measured[0].text, "cell", item=row_item or item, label=label,
                 hint=hint, quote=quote, measured=True),
        ]  # fmt: skip
    return item, [unit]


def _key_value_row(
    cells: list[Block], docs: dict[int, Doc], quote: str, item: str | None
) -> tuple[str | None, list[Unit]]:
    for index, block in enumerate(cells[:2]):
        label = cell_label(block, docs.get(id(block)))
        if label is None:
            continue
        before = [item_key_from_code(b.text) for b in cells[:index]]
        if index and not all(before):
            break
        rest = cells[index + 1 :]
        if not rest:
            return item, []
        if label == "item_key":
            return item_key_from_code(rest[0].text) or item, []
        text = " ".join(b.text.strip() for b in rest)
        row_item = before[0] if before else item
        return item, [
            Unit(rest[0], text, "cell", item=row_item, label=label, hint=block.text, quote=quote)
        ]
    if _SAMPLE_LABEL.match(cells[0].text) and len(cells) > 1:
        # "样品 Sample | 3 pcs free, courier paid by buyer": terms of the samples, not the order
        text = " | ".join(b.text.strip() for b in cells)
        return item, [Unit(cells[0], text, "cell", item=None, label="noise", quote=quote)]
    return item, [Unit(b, b.text, "cell", item=item, quote=quote) for b in cells]


_SAMPLE_LABEL = re.compile(
    r"^\W*(?:(?:free|pre-?production|golden|approval)\s+)?(?:samples?|sampling|样品|打样)\b"
    r"[^|]{0,20}$",
    re.I,
)


def table_groups(blocks: tuple[Block, ...]) -> dict[tuple[Any, ...], list[Block]]:
    """Cells grouped by (sheet, table), in document order."""
    groups: dict[tuple[Any, ...], list[Block]] = {}
    for block in blocks:
        if block.kind == "cell":
            # tables are numbered per document: one running over two pages is one table
            groups.setdefault((block.sheet, block.table), []).append(block)
    return groups

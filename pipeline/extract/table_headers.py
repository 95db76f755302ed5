"""Table headers: what a column header or a row label names (a field, the item, a note), the
column roles of attribute and change tables, and the header row of a table wherever it sits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.extract.field_table import EXTRACTORS
from pipeline.extract.item_keys import code_of_first_word
from pipeline.extract.segment import Unit
from pipeline.model import Block

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
TOTAL_ROW = re.compile(
    r"^\s*(?:sub\s*-?\s*total|total|grand\s+total|合计|总计|total\s+amount)\b"
    # "FOB XIAMEN TOTAL", "TOTAL (FOB SHENZHEN)": the price term named before the word
    r"|^\s*(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[\w\s,.()-]{0,30}\btotal\b",
    re.I,
)
_FIELD_HEADER_MAX = 40
INCOTERM_WORD = re.compile(r"\b(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b")


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


def price_term_header(block: Block) -> str | None:
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


def by_item_row(
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


def find_header(rows: list[dict[int, Block]], docs: dict[int, Doc]) -> Header | None:
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
            if c not in roles and (t := cell_label(b, docs.get(id(b))) or price_term_header(b))
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

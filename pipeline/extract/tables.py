"""Tables -> units of text with their field label and line item.

Three kinds of table, told apart by their header row (which may sit anywhere, a quotation sheet
has its letterhead above it): a line-item table (Item No. / Description / Qty / Unit Price ...:
one row per item), an attribute table (Attribute / Requirement / Measured / Note, or a From / To
change table: one row per field) and, without a header, key-value rows ("Material | SS304").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from pipeline.extract.item_keys import (
    code_of_first_word,
    is_code,
    item_key_from_code,
    item_key_from_column,
    item_key_from_description,
)
from pipeline.extract.normalize import unit_code
from pipeline.extract.segment import Unit
from pipeline.extract.table_headers import (
    INCOTERM_WORD,
    TOTAL_ROW,
    Header,
    by_item_row,
    cell_label,
    find_header,
    price_term_header,
)
from pipeline.model import Block


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
    header = find_header(rows, docs)
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
                if header.columns.get(c) == "price.unit" and price_term_header(b)
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
            units.extend(by_item_row(row, header, docs, quote))
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
    if any(TOTAL_ROW.match(t) for t in texts[:3]):
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
    total = any(TOTAL_ROW.match(t) for t in texts[:3])
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
            if TOTAL_ROW.match(block.text) and INCOTERM_WORD.search(block.text):
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

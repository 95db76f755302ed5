"""A document's layout as units to read: lines, cells and messages with the item, section and
change ("from X to Y") they belong to; lines a PDF also gives as table cells are left out."""

import re
from dataclasses import replace
from typing import Any

from pipeline.extract import normalize as n
from pipeline.extract.document_meta import (
    block_lines,
)
from pipeline.extract.item_keys import (
    LINE_SKU,
    code_of_first_word,
    item_key_from_code,
    item_key_from_column,
)
from pipeline.extract.lexicon import cue_regex
from pipeline.extract.nlp import parse_texts
from pipeline.extract.segment import Unit
from pipeline.extract.table_headers import cell_label
from pipeline.extract.tables import table_groups, table_units
from pipeline.model import (
    Block,
    Document,
)


# A mail part left encoded (base64, quoted-printable soup) holds no terms, only cost.
def covered_by_tables(document: Document) -> set[int]:
    """Line blocks whose words all sit in a table on the same page (a PDF gives both)."""
    words_by_page: dict[Any, set[str]] = {}
    for block in document.blocks:
        if block.kind == "cell":
            words_by_page.setdefault(block.page, set()).update(block.text.lower().split())
    covered: set[int] = set()
    for index, block in enumerate(document.blocks):
        if block.kind != "line" or block.page not in words_by_page:
            continue
        words = block.text.lower().split()
        if len(words) >= 2 and sum(w in words_by_page[block.page] for w in words) >= 0.8 * len(
            words
        ):
            covered.add(index)
    return covered


_ITEM_LABEL_LINE = re.compile(
    r"^\s*(?:item\s*(?:no\.?|#|code)?\s*(?:\d{1,3}\s*)?|model(?:\s*no\.?)?|sku|art\.?\s*no\.?|货号|型号|款号)"
    r"\s*[:：]\s*(?P<v>\S+)",
    re.I,
)
# A line that closes the last item's section in a key-value PI ("Item 2: BM-40 ... Total amount:
# ...", then the terms): what follows belongs to the whole order, not to the last item.
_SECTION_END = re.compile(
    r"^\s*(?:(?:grand\s+)?total\b|say\s+(?:us\s+)?dollars|terms(?:\s+and\s+conditions)?\s*[:：]?\s*$|"
    r"bank\s+(?:information|details)|合计|总计|总金额|条款)",
    re.I,
)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<rest>.+)$")
_HEADING_ITEM = re.compile(
    r"^(?:(?:item|model|sku|art\.?\s*no\.?|product)\s*(?:no\.?|#)?\s*[:#]?\s*)?"
    r"(?P<sku>[A-Z]{1,6}-?\d{2,6}(?:-[A-Z0-9]{1,6})*[A-Z]?)(?![\w-])",
    re.I,
)
_HEADING_SKU = re.compile(LINE_SKU.pattern + r"\s+[A-Za-z\u4e00-\u9fff]")


_HEADING = re.compile(
    r"^\s*#|specification\s*[–—-]|product\s+specification|sample\s+(?:approval\s+)?record|"
    r"^\s*(?:proforma\s+invoice|quotation|change\s+order)\s*$",
    re.I,
)
_CODE_IN_TEXT = re.compile(r"(?<![\w-])(?:[A-Z]{1,6}-\d{2,6}[A-Z]?|[A-Z]{2,6}\d{2,6})(?![\w-])")
_NOT_ITEM_CODE = re.compile(
    r"^(?:SS|SUS|AISI|EN|ISO|PMS|RAL|PI|PO|QT|INV|REF|GB|ASTM|AQL|UN)-?\d", re.I
)


def _one_code_named(line: str) -> str | None:
    """The item a chat line names ('adjust LB-800 to USD 3.41/pc'), when it names exactly one."""
    codes = {m.group() for m in _CODE_IN_TEXT.finditer(line) if not _NOT_ITEM_CODE.match(m.group())}
    return item_key_from_code(codes.pop()) if len(codes) == 1 else None


_OPEN_END = re.compile(r"[^.:;。：；!?！？)\]]\s*$")


def _continuations(blocks: tuple[Block, ...]) -> set[int]:
    """Indexes of PDF/text lines that continue the line before ('... Delivery' / 'time: within 35
    days ...'): a line that starts in lower case after one that did not end a sentence."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        prev, block = blocks[i - 1], blocks[i]
        if block.kind != "line" or prev.kind != "line" or block.page != prev.page:
            continue
        lower = block.text.lstrip()[:1].islower() and _OPEN_END.search(prev.text) is not None
        # "...; carton size: LSH 55*40*35cm," / "COL-M/COL-L 50*40*30cm": a list runs on
        listed = prev.text.rstrip().endswith((",", "，", "、")) and not _SECTION_END.match(
            block.text
        )
        # "... Delivery time:" / "30 days after receiving the deposit": a label waits for its value
        value = prev.text.rstrip().endswith((":", "：")) and not re.search(
            r"[:：]", block.text[:25]
        )
        # "... 42ctns (last ctn" / "40pcs)": a bracket opened on the line before closes here
        bracket = prev.text.count("(") > prev.text.count(")") and ")" in block.text[:40]
        if (lower or value or listed or bracket) and len(prev.text) > 40:
            out.add(i)
    return out


def _section_marker(block: Block) -> str | None:
    """The item a heading line opens: 'LB-800 Lunch box 800ml', 'Item No.: TB-500', '## Item
    TB-500'; "" for a Markdown heading of no item ('## Packing'), which ends the item's section."""
    if block.kind not in ("line", "paragraph") or len(block.text) > 90:
        return None
    heading = _MD_HEADING.match(block.text)
    if heading:
        m = _HEADING_ITEM.match(heading["rest"])
        return (item_key_from_code(m["sku"]) or "") if m else ""
    m = _ITEM_LABEL_LINE.match(block.text)
    if m:
        return item_key_from_code(m["v"])
    if _SECTION_END.match(block.text):
        return ""
    m = _HEADING_SKU.match(block.text)
    if m and not n.find_money(block.text) and not n.find_quantities(block.text):
        return item_key_from_code(m["sku"])
    return None


# A line a document marks as information beside its terms (a price in another currency, an
# earlier offer): it states nothing of the order.
_REFERENCE_ONLY = cue_regex("reference_only")


def layout_units(document: Document) -> list[Unit]:
    covered = covered_by_tables(document)
    tables = table_groups(document.blocks)
    cells = [b for group in tables.values() for b in group]
    cell_docs = {
        id(b): doc for b, doc in zip(cells, parse_texts(b.text for b in cells), strict=True)
    }
    markers = [_section_marker(b) for b in document.blocks]
    for group in tables.values():
        row_cells: dict[Any, list[Block]] = {}
        for b in group:
            row_cells.setdefault(b.row, []).append(b)
        for row in row_cells.values():
            ordered = sorted(row, key=lambda b: b.col or 0)
            if (
                len(ordered) >= 2
                and cell_label(ordered[0], cell_docs.get(id(ordered[0]))) == "item_key"
            ):
                markers.append(item_key_from_code(ordered[1].text))
    sectioned = len({m for m in markers if m}) >= 2
    units: list[Unit] = []
    emitted: set[tuple[Any, ...]] = set()
    carried: list[Any] = []  # the last line-item header, for a table split in parts
    current: str | None = None
    continued = _continuations(document.blocks)
    for index, block in enumerate(document.blocks):
        if sectioned and markers[index] is not None:
            current = markers[index] or None
        if block.kind == "cell":
            key = (block.sheet, block.table)
            if key not in emitted:
                emitted.add(key)
                units.extend(
                    table_units(tables[key], cell_docs, current if sectioned else None, carried)
                )
            continue
        # a quoted message is read only when its attribution line says who wrote it and when
        # (pipeline.ingest.mail_quotes): an anonymous quote is history with no speaker
        quoted = block.source == "quoted-reply" and not (block.sender and block.timestamp)
        if (
            index in covered
            or quoted
            or block.source in ("tracked-delete", "header", "footer")
            or index in continued
        ):
            continue
        text = block.text
        follow = index + 1
        while follow in continued:
            text = f"{text.rstrip()} {document.blocks[follow].text.strip()}"
            follow += 1
        for line in block_lines(replace(block, text=text) if text is not block.text else block):
            item = current if sectioned else None
            sku = LINE_SKU.match(line)
            if sku and (n.find_money(line) or n.find_quantities(line)):
                # "2 NBBKT-M SAND Storage basket ...": the code with its variant word
                code = code_of_first_word(re.sub(r"^\s*\d{1,2}[.)]?\s+", "", line))
                item = (
                    (item_key_from_column(code) if code else None)
                    or item_key_from_code(sku["sku"])
                    or item
                )
            context = "message" if block.kind == "message" else "line"
            if context == "message" or document.role == "change":
                # "Color of MG-350 changes from 5405C to 2945C": the change names its item
                item = _one_code_named(line) or item
            if context != "message" and (
                (index == 0 and not re.search(r"[:：\d]", line)) or _HEADING.search(line)
            ):
                continue  # a title ("Product Specification – Silicone utensils") sets no terms
            if context != "message" and _REFERENCE_ONLY.search(line):
                continue  # "Reference only: EUR 4.30/set at 1.08": no term of this document
            units.append(Unit(block, line, context, item=item, quote=line))
    return units

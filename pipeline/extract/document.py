"""Document -> Extraction: lines, cells and messages become segments, segments become terms.

Line-item tables are read by their header row (a column header names the field, the item column
names the line item); key-value lines by their label; chat messages line by line, with their
intent. Change documents give their "to" values and their approval block.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc

from pipeline.config import OrderConfig
from pipeline.extract import normalize as n
from pipeline.extract.bank_details import BANK_FIELDS, bank_details_by_block
from pipeline.extract.chat import label_message
from pipeline.extract.document_meta import (
    block_lines,
    change_approval,
    document_date,
    document_facts,
    document_version,
)
from pipeline.extract.field_table import (
    EXTRACTORS,
    PRODUCT_FIELDS,
    SELF_NAMING_FIELDS,
    targets_of,
)
from pipeline.extract.lexicon import material_info
from pipeline.extract.nlp import load_nlp
from pipeline.extract.segment import Segment
from pipeline.extract.supplier_identity import supplier_facts
from pipeline.extract.tables import (
    CHARGE,
    LINE_SKU,
    Unit,
    cell_label,
    code_of_first_word,
    item_key_from_code,
    item_key_from_column,
    table_groups,
    table_units,
)
from pipeline.model import (
    MEASURED_RULE,
    Approval,
    Block,
    ChatAct,
    Document,
    Evidence,
    Extraction,
    Term,
)

# ---------------------------------------------------------------- labels


_AFTER_LABEL = re.compile(
    r"\s*(?P<paren>\([^)]{0,20}\)|（[^）]{0,20}）)?\s*(?P<sep>[:：]|-\s|\t|=)?\s*"
)
_BULLET = re.compile(
    r"^\s*(?:[-*•·]|\d{1,2}[.)、]|[a-z][.)]|\(\d{1,2}\)|[一二三四五六七八九十]+[、.])?\s*"
)


_SENTENCE_END = re.compile(r"(?<!\d)[.。](?=\s+[A-Z\u4e00-\u9fff])|。")


@dataclass(frozen=True)
class LabelledPart:
    label: str | None
    start: int  # where the value starts
    end: int  # where the value ends
    hint: str | None = None  # the label's parenthetical: "(USD)", "(sets)"


def split_labels(
    text: str, doc: Doc, *, whole_cell: bool = False, prose: bool = False
) -> list[LabelledPart]:
    """'Price term: FOB Ningbo  Payment: 30% deposit' -> two labelled parts.

    A label counts when a colon (or tab) follows it, or when it opens the line; in prose (a chat
    message) only with its colon: "原材料紧张，生产需要40个工作日" opens with a word, not a label.
    """
    bullet_end = _BULLET.match(text).end()  # type: ignore[union-attr]
    labels: list[tuple[int, int, str, str | None]] = []
    for span in doc.spans.get("lexicon", []):
        if span.label_ != "field_label":
            continue
        after = _AFTER_LABEL.match(text, span.end_char)
        assert after is not None  # noqa: S101 - the pattern matches the empty string
        at_start = span.start_char <= bullet_end
        # Without a colon a label must open the line and a number must follow ("Lead time 35
        # days"), so that a heading ("BANK INFORMATION") is not read as a bank named INFORMATION.
        bare = (
            at_start
            and not prose
            and (whole_cell or re.search(r"\d", text[after.end() :]) is not None)
        )
        if after["sep"] or bare:
            if labels and span.start_char < labels[-1][1]:
                continue
            labels.append((span.start_char, after.end(), span.id_, after["paren"]))
    if not labels:
        return [LabelledPart(None, 0, len(text))]
    parts: list[LabelledPart] = []
    if text[: labels[0][0]].strip(" -|:;,"):
        parts.append(LabelledPart(None, 0, labels[0][0]))
    for i, (_, value_start, target, paren) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        # a labelled value ends with its sentence: "... after deposit. This quotation is valid ..."
        stop = _SENTENCE_END.search(text, value_start, end)
        end = stop.start() + 1 if stop else end
        parts.append(LabelledPart(target, value_start, end, paren))
    return parts


# ---------------------------------------------------------------- the driver


# Terms of the whole order (docs/architecture.md "Line items"): never scoped to an item.
ORDER_LEVEL_FIELDS = frozenset(
    ("currency", "incoterm", "port.loading", "payment.deposit", "payment.balance", "lead_time",
     "inspection", "bank.beneficiary", "bank.name", "bank.account", "bank.swift", "bank.intermediary")
)  # fmt: skip


# Fields whose values always hold a digit: skipped at once on text without one (speed).
NUMERIC_FIELDS = frozenset(
    ("price.unit", "price.total", "quantity", "payment.deposit", "payment.balance", "dimensions",
     "weight", "capacity", "packaging.carton_qty", "packaging.carton_size", "bank.account")
)  # fmt: skip


@dataclass
class Run:
    document: Document
    config: OrderConfig
    currency: str | None = None
    terms: list[Term] = field(default_factory=list)
    acts: list[ChatAct] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seen: set[tuple[str, str, str, str]] = field(default_factory=set)
    items: dict[str, dict[str, str]] = field(default_factory=dict)
    required_on_pi: list[str] = field(default_factory=list)
    charges: list[dict[str, str]] = field(default_factory=list)
    deposit_amount: dict[str, str] | None = None

    def add(self, seg: Segment, field_name: str) -> list[Term]:
        added: list[Term] = []
        if field_name in BANK_FIELDS:
            return added  # read as a block by bank_details, never line by line
        if field_name in NUMERIC_FIELDS and not seg.has_digit:
            return added
        try:
            found = EXTRACTORS[field_name](seg)
        except Exception as exc:  # noqa: BLE001 - odd text must not stop the audit; recorded below
            self.errors.append(
                f"{field_name} at {Evidence.of(self.document, seg.block).location()}: {exc}"
            )
            return added
        item = None if field_name in ORDER_LEVEL_FIELDS else seg.item
        for f in found:
            # each message says its own terms: "50%" proposed, then "50% is fine" agreed
            said = f"{seg.block.timestamp}|{seg.block.sender}" if seg.context == "message" else ""
            key = (field_name, item or "", repr(f.value), said)
            if key in self.seen:
                continue
            self.seen.add(key)
            evidence = Evidence.of(
                self.document, seg.block, seg.quote if seg.quote is not None else seg.text
            )
            term = Term(
                field=field_name, value=f.value, raw=f.raw, evidence=evidence, item=item,
                rule=f.rule if seg.label is None else f"{f.rule} (label: {seg.label})",
                confidence=f.confidence, problems=f.problems,
            )  # fmt: skip
            self.terms.append(term)
            added.append(term)
        return added


# A mail part left encoded (base64, quoted-printable soup) holds no terms, only cost.
def _covered_by_tables(document: Document) -> set[int]:
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


def _document_currency(document: Document) -> str | None:
    counts: Counter[str] = Counter()
    for block in document.blocks:
        for money in n.find_money(block.text):
            if money.raw.strip()[0] != "$" or "US" in money.raw.upper():
                counts[money.currency] += 2
            else:
                counts[money.currency] += 1
        if re.match(r"\s*(?:currency|币种|币别)\s*[:：]", block.text, re.I):
            code = n.currency_code(block.text)
            if code:
                counts[code] += 10
    return counts.most_common(1)[0][0] if counts else None


# Where change documents say "from X to Y": X is the old value, only Y is read.
_FROM_TO = re.compile(
    r"(?:\bfrom\b|由|从|原)\s*[:：]?\s*(?P<old>.+?)\s*(?:\bto\b|->|→|=>|改为|改成|变更为|换成|变为|到)\s*[:：]?\s*(?P<new>.+)$"
    r"|(?P<old2>.+?)\s*(?:\bis\s+replaced\s+(?:by|with)|\breplaced\s+(?:by|with)|\bshall\s+(?:now\s+)?read|"
    r"\bnow\s+reads?|\bis\s+amended\s+to|\bamended\s+to|\bis\s+changed\s+to|\bbecomes)\s*[:：]?\s*(?P<new2>.+)$",
    re.I,
)
_ARROW = re.compile(r"^(?P<old>.+?)\s*(?:->|→|=>)\s*(?P<new>.+)$")
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
_REFERENCE_ONLY = re.compile(
    r"\b(?:for\s+)?reference\s+only\b|\bfor\s+(?:your\s+)?reference\b|\bfor\s+info(?:rmation)?\s+only\b|仅供参考"
    # "Revision: R1 per change order CO-GB-01 (gift box, lead time)": names what changed, not to what
    r"|^\s*(?:revision|rev\.?|修订|版本)\s*(?:no\.?\s*)?[:：]",
    re.I,
)


def _units(document: Document) -> list[Unit]:
    covered = _covered_by_tables(document)
    nlp = load_nlp()
    tables = table_groups(document.blocks)
    cells = [b for group in tables.values() for b in group]
    cell_docs = {id(b): doc for b, doc in zip(cells, nlp.pipe(b.text for b in cells), strict=True)}
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


def _run_units(run: Run, units: list[Unit]) -> None:
    nlp = load_nlp()
    change = run.document.role == "change"
    pending_field: str | None = None
    docs = list(nlp.pipe(u.text for u in units))
    message_docs: dict[int, list[Doc]] = {}
    message_terms: dict[int, list[Term]] = {}
    for block, term in bank_details_by_block(run.document):
        key = (term.field, "", repr(term.value), "")
        if key not in run.seen:
            run.seen.add(key)
            run.terms.append(term)
        if block.kind == "message":
            message_terms.setdefault(id(block), []).append(term)
    pairs = list(zip(units, docs, strict=True))
    index = -1
    while index + 1 < len(pairs):
        index += 1
        unit, doc = pairs[index]
        text = unit.text
        if unit.item_info and unit.item:
            run.items.setdefault(unit.item, dict(unit.item_info))
        before = len(run.terms)
        if unit.block.kind == "message":
            message_docs.setdefault(id(unit.block), []).append(doc)
            if unit.block.system:
                continue
        if unit.label == "description":
            # "Round glass container 400 ml ... Outer size: Ø130x70mm Net weight: 380 g Packing:
            # 48 pcs/ctn ...": a description cell's own labels say what follows them
            parts = [
                LabelledPart(p.label or "description", p.start, p.end, p.hint)
                for p in split_labels(text, doc)
            ]
        elif unit.label is not None:
            parts = [LabelledPart(unit.label, 0, len(text), unit.hint)]
        else:
            parts = split_labels(text, doc, prose=unit.block.kind == "message")
        for part in parts:
            label = part.label
            start = part.start
            if change or unit.block.kind == "message":
                m = _FROM_TO.search(text, start, part.end) or _ARROW.match(text[start : part.end])
                group = "new2" if m and m.re is _FROM_TO and m.group("new2") else "new"
                if m and (m.group(group) or "").strip():
                    offset = start if m.re is _ARROW else 0
                    start = offset + m.start(group)
                    if label is None:
                        label = _label_before(doc, m.start() + offset) or pending_field
                if change and label in ("new_value",) and pending_field:
                    label = pending_field
            if (
                change
                and label
                and label
                not in ("new_value", "noise", "description", "item_key", "packing", "payment")
            ) and not text[start : part.end].strip():
                pending_field = label
                continue
            seg = Segment(
                document=run.document, block=unit.block, text=text[: part.end], doc=doc, label=label,
                value_start=start, item=unit.item, context=unit.context, role=run.document.role,
                currency=_hint_currency(part.hint or unit.hint) or run.currency,
                unit_hint=_hint_unit(part.hint or unit.hint) or unit.unit, quote=unit.quote,
            )  # fmt: skip
            fields = targets_of(label)
            if unit.context == "cell" and label == "description":
                fields = PRODUCT_FIELDS
            # shipping marks repeat the PO, the SKU and a count ("FJL-GC1040 / 12 PCS / C/NO. 1-300"):
            # text printed on cartons, no terms
            if label is not None and label not in ("noise", "item_key", "packaging.label"):
                # values that name themselves: "Price: US$1.85/pc FOB Ningbo", "SS304, PMS 186C"
                extra = Segment(
                    document=run.document, block=unit.block, text=text[: part.end], doc=doc,
                    value_start=start, item=unit.item, context=unit.context, role=run.document.role,
                    currency=run.currency, quote=unit.quote,
                )  # fmt: skip
                for field_name in SELF_NAMING_FIELDS:
                    if field_name not in fields:
                        added = run.add(extra, field_name)
                        if unit.block.kind == "message":
                            message_terms.setdefault(id(unit.block), []).extend(added)
            for field_name in fields:
                added = run.add(seg, field_name)
                if unit.block.kind == "message":
                    message_terms.setdefault(id(unit.block), []).extend(added)
            if change and label and label in EXTRACTORS:
                pending_field = label
        _document_level_facts(run, unit, doc, run.terms[before:])
        if unit.fallback is not None and len(run.terms) == before:
            pairs.insert(index + 1, (unit.fallback, nlp(unit.fallback.text)))
        if unit.measured:
            run.terms[before:] = [
                replace(t, rule=f"{t.rule} {MEASURED_RULE}") for t in run.terms[before:]
            ]
    for block in run.document.blocks:
        if block.kind == "message" and id(block) in message_docs:
            acts = label_message(
                block,
                message_docs[id(block)],
                message_terms.get(id(block), []),
                run.config,
                run.document.path,
                run.acts,
            )
            run.acts.extend(acts)


# "The PI shall state the AQL 2.5 inspection clause": a term the spec requires on the PI.
_REQUIRES_ON_PI = re.compile(
    r"(?:\bPI\b|proforma|contract|purchase\s+order|invoice|形式发票|合同).{0,40}"
    r"(?:shall|must|should|is\s+required|are\s+required|须|必须|应)"
    r"|(?:shall|must|should)\s+(?:be\s+)?(?:stated|written|shown|included).{0,30}(?:\bPI\b|proforma|contract|invoice)"
    # "Required on PI / contract: inspection clause AQL 2.5"
    r"|\brequired\s+(?:on|in)\s+(?:the\s+)?(?:PI|P\.I\.|proforma|contract|invoice)\b",
    re.I,
)
_DEPOSIT_AMOUNT = re.compile(r"deposit|down\s*payment|定金|订金", re.I)
# "Deposit received US$2,268.00": what was paid, not what the PI asks for
_DEPOSIT_PAID = re.compile(
    r"received|already\s+paid|(?:has|have|was|were)\s+(?:been\s+)?paid|paid\s+on|additional|已收|已付",
    re.I,
)
_DEDUCTED = re.compile(
    r"\b(?:deduct(?:ed)?|less|minus|refund(?:ed)?|credit(?:ed)?)\b|扣除|抵扣|减去", re.I
)
_TOTAL_LINE = re.compile(r"\btotal\b|合计|总计", re.I)


def _document_level_facts(run: Run, unit: Unit, doc: Doc, new_terms: list[Term]) -> None:
    role = run.document.role
    text = unit.text
    if role == "spec" and _REQUIRES_ON_PI.search(text):
        fields = {t.field for t in new_terms}
        for span in doc.spans.get("lexicon", []):
            if span.label_ == "field_label" and span.id_ not in (
                "noise",
                "new_value",
                "description",
                "item_key",
            ):
                fields.update(
                    targets_of(span.id_) if span.id_ in ("packing", "payment") else (span.id_,)
                )
        run.required_on_pi.extend(sorted(f for f in fields if f not in run.required_on_pi))
    if role in ("pi", "quote") and unit.block.kind != "message":
        monies = [m for m in n.find_money(text, run.currency) if m.per is None]
        charge = CHARGE.search(text)
        if monies and charge and not _TOTAL_LINE.search(text):
            last = monies[-1]
            # "Sample fee paid ... (deduct) | -US$45.00": a charge taken off the total
            deducted = re.search(r"[-−–]\s*$", text[max(0, last.start - 3) : last.start]) or (
                _DEDUCTED.search(text)
            )
            run.charges.append(
                {
                    "label": charge.group(0).lower(),
                    "amount": ("-" if deducted else "") + last.text,
                    "currency": last.currency,
                }
            )
        elif (
            monies
            and run.deposit_amount is None
            and _DEPOSIT_AMOUNT.search(text)
            and not _DEPOSIT_PAID.search(text)
        ):
            run.deposit_amount = {"amount": monies[0].text, "currency": monies[0].currency}


def _label_before(doc: Doc, end_char: int) -> str | None:
    spans = [
        s
        for s in doc.spans.get("lexicon", [])
        if s.label_ == "field_label" and s.end_char <= end_char
    ]
    spans = [s for s in spans if s.id_ not in ("noise", "new_value", "item_key", "description")]
    return spans[-1].id_ if spans else None


def _hint_currency(hint: str | None) -> str | None:
    return n.currency_code(hint) if hint else None


def _hint_unit(hint: str | None) -> str | None:
    if not hint:
        return None
    m = re.search(r"[(（/]\s*([A-Za-z\u4e00-\u9fff]+)\s*[)）]?", hint)
    if not m:
        return None
    unit = n.unit_code(m.group(1))
    return unit if unit and unit != "ctn" else None


# ---------------------------------------------------------------- entry point


def extract_document(document: Document, config: OrderConfig) -> Extraction:
    """Read the terms, chat acts, date, version, approval and facts of one document.

    Never raises on odd text: a step that fails is recorded, with its reason, in
    facts["extract_errors"], and what the other steps read is kept.
    """
    if document.status == "unreadable" or not document.blocks:
        return Extraction(
            document=document,
            approval=Approval(approved=False) if document.role == "change" else None,
        )
    errors: list[str] = []
    run = Run(document, config, currency=_safely(errors, "currency", _document_currency, document))
    run.errors.extend(errors)
    units = _safely(run.errors, "layout", _units, document) or []
    _safely(run.errors, "terms", _run_units, run, units)
    _add_currency_terms(run)
    _add_loading_port_terms(run)
    _drop_generic_materials(run)
    _fold_carton_grade(run)
    facts = _safely(run.errors, "facts", document_facts, document) or {}
    if run.items:
        facts["items"] = list(run.items.values())
    if run.required_on_pi:
        facts["required_on_pi"] = run.required_on_pi
    if run.charges:
        facts["charges"] = run.charges
    if run.deposit_amount:
        facts["deposit_amount"] = run.deposit_amount
    facts.update(_safely(run.errors, "supplier identity", supplier_facts, document, config) or {})
    approval = None
    if document.role == "change":
        approval = _safely(run.errors, "approval", change_approval, document) or Approval(
            approved=False
        )
    date = _safely(run.errors, "date", document_date, document)
    version = _safely(run.errors, "version", document_version, document)
    if run.errors:
        facts["extract_errors"] = run.errors
    return Extraction(
        document=document,
        terms=tuple(run.terms),
        acts=tuple(run.acts),
        date=date,
        version=version,
        approval=approval,
        facts=facts,
    )


def _safely(errors: list[str], step: str, function: Any, *args: Any) -> Any:
    """Run one step of the extraction; a failure is recorded, not raised (supplier text is odd)."""
    try:
        return function(*args)
    except Exception as exc:  # noqa: BLE001 - recorded in facts["extract_errors"], never silent
        errors.append(f"{step}: {type(exc).__name__}: {exc}")
        return None


def _drop_generic_materials(run: Run) -> None:
    """'Stainless steel' says less than 'SS304' of the same item: keep only the graded code.

    Likewise the bare family word of a product name ("Silicone spatula, food grade silicone") is
    not a second, lesser material; "SS304 body, SS201 lid" keeps both (neither phrase holds the other).
    """
    graded: dict[str | None, list[tuple[Any, str]]] = {}
    for term in run.terms:
        info = material_info(term.value) if term.field == "material" else None
        if info and info.rank > 0:
            graded.setdefault(term.item, []).append((info, term.raw.lower()))
    if not graded:
        return
    kept = []
    for term in run.terms:
        info = material_info(term.value) if term.field == "material" else None
        if info is not None:
            better = graded.get(term.item, []) + (graded.get(None, []) if term.item else [])
            raw = term.raw.lower()
            if any(
                other.family == info.family
                and other.rank > info.rank
                and (info.rank == 0 or raw in other_raw)
                for other, other_raw in better
            ):
                continue
        kept.append(term)
    run.terms[:] = kept


def _fold_carton_grade(run: Run) -> None:
    """'五层瓦楞纸箱，外箱尺寸：60*40*45cm': a board grade stated apart from the size is that size's.

    A ply-only carton term joins the sized carton terms of the same item (or of any item when it
    names none) that state no grade of their own, and is dropped beside a size of the same grade;
    it stays a term of its own when no size is read.
    """
    cartons = [i for i, t in enumerate(run.terms) if t.field == "packaging.carton_size"]
    sizes = [i for i in cartons if run.terms[i].value.get("mm")]
    folded: set[int] = set()
    for g in (i for i in cartons if i not in sizes):
        grade = run.terms[g]
        targets = [
            i
            for i in sizes
            if grade.item in (None, run.terms[i].item) and "ply" not in run.terms[i].value
        ]
        for i in targets:
            run.terms[i] = replace(
                run.terms[i], value={**run.terms[i].value, "ply": grade.value["ply"]}
            )
        same = any(
            grade.item in (None, run.terms[i].item)
            and run.terms[i].value.get("ply") == grade.value["ply"]
            for i in sizes
        )
        if (
            targets or same
        ):  # "carton upgraded to 5-ply" beside "5-ply carton 62*42*52cm": one carton
            folded.add(g)
    run.terms[:] = [t for i, t in enumerate(run.terms) if i not in folded]


# Incoterms 2020: under FOB and FAS the named place is the port of shipment.
_PORT_RULES = ("FOB", "FAS")


def _add_loading_port_terms(run: Run) -> None:
    """'FOB Shenzhen' names the port of loading: a port.loading term where none is stated."""
    if any(t.field == "port.loading" for t in run.terms):
        return
    for term in list(run.terms):
        value = term.value
        if term.field == "incoterm" and value.get("rule") in _PORT_RULES and value.get("place"):
            run.terms.append(
                Term("port.loading", value["place"], term.raw, term.evidence, None,
                     f"port named by {value['rule']} {value['place']}", term.confidence)
            )  # fmt: skip
            return


def _add_currency_terms(run: Run) -> None:
    """One `currency` term per currency the prices use, unless a 'Currency:' line gave it."""
    have = {t.value for t in run.terms if t.field == "currency"}
    for term in list(run.terms):
        if term.field in ("price.unit", "price.total"):
            code = term.value["currency"]
            if code and code not in have:
                have.add(code)
                run.terms.append(
                    Term(
                        "currency",
                        code,
                        term.raw,
                        term.evidence,
                        None,
                        "currency of the prices",
                        term.confidence,
                    )
                )

"""The term run of one document: every unit's segments through the extractors, terms kept once
with their evidence, chat acts, and the document-level facts read on the way (charges, the
deposit paid, terms a spec requires on the PI)."""

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc

from pipeline.config import OrderConfig
from pipeline.extract import normalize as n
from pipeline.extract.bank_details import bank_details_by_block
from pipeline.extract.chat_intent import label_message
from pipeline.extract.field_table import (
    EXTRACTORS,
    PRODUCT_FIELDS,
    SELF_NAMING_FIELDS,
    read_fields,
    targets_of,
)
from pipeline.extract.labels import (
    LabelledPart,
    hint_currency,
    hint_unit,
    label_before,
    split_labels,
)
from pipeline.extract.lexicon import cue_regex
from pipeline.extract.nlp import parse_text, parse_texts
from pipeline.extract.segment import Found, Segment, Unit
from pipeline.extract.tables import CHARGE
from pipeline.field_registry import fields_in_scope
from pipeline.model import (
    MEASURED_RULE,
    ChatAct,
    Document,
    Evidence,
    Term,
)

# Where change documents say "from X to Y": X is the old value, only Y is read.
FROM_TO = re.compile(
    r"(?:\bfrom\b|由|从|原)\s*[:：]?\s*(?P<old>.+?)\s*(?:\bto\b|->|→|=>|改为|改成|变更为|换成|变为|到)\s*[:：]?\s*(?P<new>.+)$"
    r"|(?P<old2>.+?)\s*(?:\bis\s+replaced\s+(?:by|with)|\breplaced\s+(?:by|with)|\bshall\s+(?:now\s+)?read|"
    r"\bnow\s+reads?|\bis\s+amended\s+to|\bamended\s+to|\bis\s+changed\s+to|\bbecomes)\s*[:：]?\s*(?P<new2>.+)$",
    re.I,
)
ARROW = re.compile(r"^(?P<old>.+?)\s*(?:->|→|=>)\s*(?P<new>.+)$")


# Terms of the whole order (scope "order" in pipeline/data/fields.toml): never scoped to an item.
ORDER_LEVEL_FIELDS = frozenset(fields_in_scope("order"))


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

    def read(self, seg: Segment, fields: tuple[str, ...]) -> list[Term]:
        """The terms of `fields` in `seg`, each kept once; an extractor's error is recorded."""
        added: list[Term] = []
        for field_name, found in read_fields(seg, fields):
            if isinstance(found, Exception):
                location = Evidence.of(self.document, seg.block).location()
                self.errors.append(f"{field_name} at {location}: {found}")
            else:
                added.extend(self._keep(seg, field_name, found))
        return added

    def _keep(self, seg: Segment, field_name: str, found: list[Found]) -> list[Term]:
        added: list[Term] = []
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


def read_units(run: Run, units: list[Unit]) -> None:
    change = run.document.role == "change"
    pending_field: str | None = None
    docs = parse_texts(u.text for u in units)
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
                m = FROM_TO.search(text, start, part.end) or ARROW.match(text[start : part.end])
                group = "new2" if m and m.re is FROM_TO and m.group("new2") else "new"
                if m and (m.group(group) or "").strip():
                    offset = start if m.re is ARROW else 0
                    start = offset + m.start(group)
                    if label is None:
                        label = label_before(doc, m.start() + offset) or pending_field
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
                currency=hint_currency(part.hint or unit.hint) or run.currency,
                unit_hint=hint_unit(part.hint or unit.hint) or unit.unit, quote=unit.quote,
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
                added = run.read(extra, _self_naming_besides(fields))
                if unit.block.kind == "message":
                    message_terms.setdefault(id(unit.block), []).extend(added)
            added = run.read(seg, fields)
            if unit.block.kind == "message":
                message_terms.setdefault(id(unit.block), []).extend(added)
            if change and label and label in EXTRACTORS:
                pending_field = label
        _document_level_facts(run, unit, doc, run.terms[before:])
        if unit.fallback is not None and len(run.terms) == before:
            pairs.insert(index + 1, (unit.fallback, parse_text(unit.fallback.text)))
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


@cache
def _self_naming_besides(fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in SELF_NAMING_FIELDS if f not in fields)


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
_DEDUCTED = cue_regex("deducted")
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
        charge = CHARGE.search(text)
        if charge is None and not _DEPOSIT_AMOUNT.search(text):
            return  # neither a charge nor a deposit amount: no money to read (most lines)
        monies = [m for m in n.find_money(text, run.currency) if m.per is None]
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

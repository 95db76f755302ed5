"""Field extractors: one plain function per contract field, gathered in EXTRACTORS.

Each extractor reads one Segment (a line, a cell, a chat line; labelled or not) and returns the
values it found there. A labelled segment ("Material: 201 S/S", a "Qty" column) is read
generously; unlabelled text only when the value names itself (FOB NINGBO, 24pcs/ctn, PMS 186C) or
a cue word on the line says what it is, so that noise (validity 30 days, Tel: +86 ...) stays out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.extract import normalize as n
from pipeline.extract.lexicon import (
    DENIER_FAMILIES,
    has_better,
    lowest_rank,
    material_info,
    material_qualifiers,
)
from pipeline.model import Block, Document, Role


@dataclass(frozen=True)
class Found:
    """One value an extractor read: normalised value, the raw text, the rule that fired."""

    value: Any
    raw: str
    rule: str
    problems: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass
class Segment:
    """A piece of text to read terms from: a line of a block, a table cell, a chat line.

    `label` is what a label in front of the value (or the column header) says the value is: a
    field name or packing / payment / description / new_value; None for unlabelled text.
    """

    document: Document
    block: Block
    text: str
    doc: Doc
    label: str | None = None
    value_start: int = 0
    item: str | None = None
    context: str = "line"  # line, cell, message
    role: Role = "other"
    currency: str | None = None  # the document's (or column's) currency for bare amounts
    unit_hint: str | None = None  # a column header's unit: "Qty (sets)"
    quote: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> str:
        return self.text[self.value_start :]

    @property
    def has_digit(self) -> bool:
        return _DIGIT.search(self.text, self.value_start) is not None

    @property
    def lower(self) -> str:
        return self.text.lower()

    def spans(self, label: str) -> list[Span]:
        return [
            s
            for s in self.doc.spans.get("lexicon", [])
            if s.label_ == label and s.start_char >= self.value_start
        ]

    def cue(self, pattern: str) -> bool:
        return re.search(pattern, self.text, re.IGNORECASE) is not None

    def labelled(self, *fields: str) -> bool:
        return self.label in fields


Extractor = Callable[[Segment], list[Found]]
_DIGIT = re.compile(r"\d")

# Cue words that tell what an unlabelled number is about.
PRICE_CUE = r"price|单价|价格|unit\s*cost|cost|报价|quote"
TOTAL_CUE = r"total|amount|sum|合计|总金额|总价|总计|金额|say\s+us"
LEAD_CUE = (
    r"lead\s*-?\s*time|delivery|deliver|production|produce|ship|dispatch|ready|finish|complete|"
    r"after\s+(?:the\s+)?(?:deposit|sample|order|payment|receiv)|working\s+days|交期|交货|货期|生产|出货|发货|定金后|工作日"
)
NOT_LEAD = (
    r"valid|validity|有效|warranty|guarantee|质保|保修|payment\s+within|net\s+\d+|credit|in\s+advance|"
    r"payment\s+terms?|"
    # the time to make a sample is not the production lead time
    r"sample\s+lead\s*-?\s*time|sampl(?:e|ing)\s+(?:time|making)|lead\s*-?\s*time\s+(?:for|of)\s+samples?|"
    r"打样|样品交期|样品时间"
)
# Days in a chat that are not the production lead time: transit, holidays, samples, the past.
NOT_LEAD_IN_CHAT = (
    r"holiday|closed|closure|vacation|ago|transit|sailing|voyage|vessel|on\s+the\s+way|arriv|courier|"
    r"dhl|fedex|ups|express|sample|trial|warranty|return|refund|假期|放假|运输|航程|到港|快递|样品"
)
PAYMENT_CUE = (
    r"deposit|balance|t\s*/\s*t|\btt\b|l\s*/\s*c|payment|prepay|advance|定金|订金|尾款|付款|余款"
)
CARTON_CUE = r"carton|ctn|master|outer|export\s+box|meas|\bply\b|外箱|纸箱|箱规|箱|层"
MATERIAL_CUE = (
    r"steel|stainless|s/s|\bss\b|material|made\s+of|made\s+from|plastic|resin|body|lid|fabric|grade|"
    r"inox|aisi|sus|材质|材料|不锈钢|钢|塑料|面料"
)
COLOR_CUE = r"colou?r|颜色|顏色|色"
WEIGHT_NOISE = r"g\.?\s*w\.?|n\.?\s*w\.?|gross|ctn|carton|毛重|箱|cbm|/\s*m2|gsm|per\s+carton"
CARTON_WEIGHT = r"g\.?\s*w\b|gross|ctn|carton|毛重|箱|cbm|per\s+carton"
WEIGHT_CUE = r"weight|weighs|\bwt\b|净重|(?<!克)重量|(?<!克)重\s*[:：]|poids|gewicht|peso"
_PER_PIECE = r"(?:/|per\s+|each\s*)(?:pc|pcs|piece|pce|unit|set|board)\b|每[只个件套]"
OZ_CAPACITY_CUE = r"capacity|volume|bottle|cup|tumbler|mug|flask|jar|kettle|容量|fl\.?\s*oz|ml"


def _price_default_per(seg: Segment) -> str:
    return seg.unit_hint or "pc"


_ADD_ON = re.compile(
    r"\+\s*(?:US)?\s*[$¥€]?\s*$|\+\s*(?:USD|US\$|RMB|EUR)\s*$|\b(?:option(?:al)?|extra|add-?on|surcharge|"
    r"upcharge|additional|plus)\b[^.;]*$|加价|另加|选配",
    re.I,
)


def extract_price_unit(seg: Segment) -> list[Found]:
    """Unit price: 'US$1.85/pc', '1.85USD/pc', '单价：12.5元/只', a 'Unit Price (USD)' cell '1.85'."""
    text = seg.value
    labelled = seg.labelled("price.unit")
    monies = n.find_money(text, seg.currency)
    # an item line "TB-500 ... 3,000 pcs USD 1.85 USD 5,550.00": the first amount is the price
    item_line = seg.item is not None and seg.context == "line" and len(monies) >= 2
    priced = seg.cue(PRICE_CUE) and not seg.cue(TOTAL_CUE)
    out: list[Found] = []
    for money in monies:
        if money.per in ("ctn",):
            continue
        if _ADD_ON.search(text[max(0, money.start - 40) : money.start + 1]):
            continue  # "pom-pom option +USD 0.35/pc": an add-on, not the item's price
        if (
            money.per is None
            and not labelled
            and not priced
            and not (item_line and money is monies[0])
        ):
            continue
        per = money.per or _price_default_per(seg)
        value = {"amount": money.text, "currency": money.currency, "per": per}
        out.append(
            Found(value, money.raw, "money/per-unit" if money.per else "money/labelled-price")
        )
        if not labelled:
            break
    # A bare amount under a price header: in the document's currency, or in none it states
    # (a quote sheet with "Unit price FOB Ningbo" and "1.72"); compare then checks the amount.
    if not out and labelled:
        bare = n.parse_bare_price(text)
        if bare is not None and bare[0] > 0:
            per = bare[1] or _price_default_per(seg)
            bare_value: dict[str, str | None] = {
                "amount": n.fmt_money(bare[0]),
                "currency": seg.currency,
                "per": per,
            }
            out.append(Found(bare_value, text.strip(), "cell/bare-amount"))
    return out[:1] if seg.context == "cell" else out


def extract_price_total(seg: Segment) -> list[Found]:
    """Totals: 'Total: USD 9,250.00', an 'Amount' cell, 'TOTAL AMOUNT US$18,500.00'."""
    labelled = seg.labelled("price.total")
    text = seg.value
    monies = [m for m in n.find_money(text, seg.currency) if m.per is None]
    # An item line "TB-500 ... 5,000 pcs US$1.85 US$9,250.00": the last amount is the line total.
    item_line = (
        seg.item is not None
        and seg.context == "line"
        and len(n.find_money(text, seg.currency)) >= 2
    )
    if not labelled and not seg.cue(TOTAL_CUE) and not item_line:
        return []
    if monies:
        money = monies[-1]
        return [Found({"amount": money.text, "currency": money.currency}, money.raw, "money/total")]
    if labelled:
        amount = n.parse_bare_amount(text)
        if amount is not None and amount > 0:
            return [
                Found(
                    {"amount": n.fmt_money(amount), "currency": seg.currency},
                    text.strip(),
                    "cell/bare-amount",
                )
            ]
    return []


def extract_currency(seg: Segment) -> list[Found]:
    """'Currency: USD' (the currency of prices is added per document from the amounts)."""
    if not seg.labelled("currency"):
        return []
    code = n.currency_code(seg.value)
    return [Found(code, seg.value.strip(), "label/currency")] if code else []


def extract_quantity(seg: Segment) -> list[Found]:
    """Order quantity: '5,000 pcs', '5k pcs', '3000只', '200 ctns x 24 pcs', a 'Qty' cell '5000'."""
    if seg.label in ("packing", "packaging.carton_qty", "noise", "price.unit"):
        return []
    if re.search(r"\bsamples?\b|样品|打样", seg.text[: seg.value_start], re.I):
        return []  # "样品 Sample | 3 pcs free": the samples, never the order quantity
    labelled = seg.labelled("quantity")
    if not labelled and seg.role == "spec" and seg.context == "cell" and seg.label != "description":
        return []  # "Wick | Cotton wick, lead-free, 2 pcs": a part's count, not the order's
    quantities = n.find_quantities(seg.value)
    out = [
        Found({"value": q.value, "unit": q.unit}, q.raw, "quantity/count-unit")
        for q in quantities
        if labelled or q.value > 1
    ]
    if not out and labelled:
        bare = n.parse_bare_quantity(seg.value)
        if bare:
            out.append(
                Found(
                    {"value": bare, "unit": seg.unit_hint or "pc"},
                    seg.value.strip(),
                    "quantity/bare",
                )
            )
    if not labelled and seg.context != "cell":
        if seg.cue(PRICE_CUE + r"|moq|minimum") and not seg.cue(r"\bqty\b|quantity|order"):
            return []
        out = out[:1]
    return out


def extract_incoterm(seg: Segment) -> list[Found]:
    """Incoterms 2020 with the named place: 'FOB NINGBO', 'FOB Ningbo port', 'EXW factory'."""
    labelled = seg.labelled("incoterm")
    found = n.find_incoterms(seg.value, any_case=labelled)
    return [Found(v, raw, "incoterm") for v, _, _, raw in found[:1]]


def extract_port_loading(seg: Segment) -> list[Found]:
    """'Port of loading: Ningbo, China' -> 'NINGBO'."""
    if not seg.labelled("port.loading"):
        return []
    place = n.normalise_place(seg.value)
    return [Found(place, seg.value.strip(), "label/port")] if place else []


def _payment(seg: Segment, field_name: str) -> list[Found]:
    if not (seg.labelled("payment", "payment.deposit", "payment.balance") or seg.cue(PAYMENT_CUE)):
        return []
    parsed = n.parse_payment(seg.value if seg.label else seg.text)
    if seg.context == "message" and "payment.deposit" not in parsed:
        # "please pay the 70% balance to our new account" asks for money, it states no terms
        balance = parsed.get("payment.balance")
        if balance and balance["trigger"] == "unknown":
            return []
    value = parsed.get(field_name)
    if not value:
        return []
    value = dict(value)
    rule = f"payment/{field_name.split('.')[1]}"
    if value.pop("rest", False):
        rule = BALANCE_REST_RULE  # "30% deposit, balance before shipment": 70 is not written
    return [Found(value, seg.value.strip(), rule)]


# The rule of a balance share read as the rest of the deposit, not written as a number.
BALANCE_REST_RULE = "payment/balance-rest"


def extract_payment_deposit(seg: Segment) -> list[Found]:
    """'T/T 30% deposit', '定金30%' -> {'percent': 30}."""
    return _payment(seg, "payment.deposit")


def extract_payment_balance(seg: Segment) -> list[Found]:
    """'70% balance before shipment', 'against copy of B/L', 'L/C at sight' -> percent and trigger."""
    return _payment(seg, "payment.balance")


def extract_lead_time(seg: Segment) -> list[Found]:
    """'35 days after deposit', '6-7 weeks', '45 working days', '交期35天' -> day range and basis."""
    if seg.labelled("lead_time"):
        parsed = n.parse_lead_time(seg.value)
        return [Found(parsed[0], parsed[3], "lead-time")] if parsed else []
    # "...; lead time 35 days after deposit. Offer valid 30 days": each clause on its own, so the
    # validity beside it does not hide the lead time, nor does a lead time make it one
    for clause in re.split(r"[;；。]|\.\s", seg.value):
        cued = re.search(LEAD_CUE, clause, re.I) or (
            # in a chat about the order, "Can you accept 45 days?", "We can do 40 days if deposit
            # is 50%": a number of days no other word claims is the lead time
            seg.context == "message"
            and re.search(
                r"(?<![\d.])(?:[1-9]\d|1[0-7]\d)\s*(?:working\s+|calendar\s+)?days?\b|\d{2,3}\s*(?:个工作日|天)",
                clause,
                re.I,
            )
            and not re.search(NOT_LEAD_IN_CHAT, clause, re.I)
        )
        if cued and not re.search(NOT_LEAD, clause, re.I):
            parsed = n.parse_lead_time(clause)
            if parsed:
                return [Found(parsed[0], parsed[3], "lead-time")]
    return []


_COMPANY_AFTER = re.compile(
    r"^[\w\s&.,'-]{0,40}?\b(?:co\.|co\s*,?\s*(?:ltd|limited)|company|ltd|limited|corp|corporation|inc\b|gmbh|llc|"
    r"factory|industr(?:y|ial|ies)|manufactur\w*|trading|enterprise)|^[\u4e00-\u9fff]{0,8}(?:有限公司|公司|厂|工厂)",
    re.IGNORECASE,
)


def in_company_name(seg: Segment, span: Span) -> bool:
    """'Shenzhen Jiahe Silicone Products Co., Ltd.': a material word in a name is no material."""
    return _COMPANY_AFTER.match(seg.text[span.end_char : span.end_char + 48]) is not None


def _needs_cue(span: Span) -> bool:
    text = span.text
    return (
        text.isdigit()
        or (len(text) <= 3 and text.isascii())
        or (len(text) == 1 and not text.isascii())
    )


_DENIER_RE = re.compile(r"(?<![\w.])(\d{2,4})\s*D(?![A-Za-z])")
_GSM_RE = re.compile(
    r"(?<![\w.])(\d{2,4})\s*(?:gsm|g/m2|g/m²|g/㎡)|克重\s*(\d{2,4})(?![A-Za-z])", re.IGNORECASE
)


def _adjacent(seg: Segment, match: re.Match[str], span: Span) -> bool:
    start = match.start() + seg.value_start
    end = match.end() + seg.value_start
    gap = (
        seg.text[end : span.start_char]
        if end <= span.start_char
        else seg.text[span.end_char : start]
    )
    return len(gap) <= 3 and gap.strip(" -") == ""


def _names_the_product(seg: Segment, span: Span) -> bool:
    """'Silicone baking mat ...': the family word that opens a product name states no grade.

    Only the lowest grade of a family that has better ones counts (SILICONE, STAINLESS_STEEL);
    '201 stainless steel bottle' or 'PP box' still state their material.
    """
    start = seg.text[seg.value_start : span.start_char]
    if re.sub(r"^[\s\d.)(#-]*(?:[A-Z]{1,6}-?\d{2,6}\S*)?\s*", "", start):
        return False
    info = material_info(span.id_)
    return info is not None and info.rank == lowest_rank(info.family) and has_better(info.family)


# After a material word, these name a trim or an accessory made of it, not the product's body.
_TRIM_AFTER = re.compile(
    r"\s*(?:patch|logo|label|puller|pull|zipper\s+pull(?:er)?|tag|badge|trim|piping|feet|foot|"
    r"grip|emblem|charm)s?\b|\s*(?:标|拉头|脚垫|贴标)",
    re.I,
)
# What may sit between a material word and the grade written after it: "silicone rubber, food grade".
# "silicone body (standard grade)": a part word may sit between them too.
_BEFORE_QUALIFIER = re.compile(
    r"[\s,;:()\-–/]*(?:rubber[\s,;:()\-–/]*)?(?:(?:body|material|part|cup|sleeve)[\s,;:()\-–/]*)?",
    re.I,
)


def _qualified(seg: Segment, span: Span) -> str:
    """The grade a qualifier right after (or before) a bare material word gives it:
    'silicone, non food grade' -> SILICONE_STANDARD, 'general-grade silicone' -> SILICONE_STANDARD."""
    qualifiers = material_qualifiers().get(span.id_, ())
    if not qualifiers:
        return span.id_
    after = seg.text[span.end_char : span.end_char + 48]
    after = after[_BEFORE_QUALIFIER.match(after).end() :].lower().replace("-", " ")  # type: ignore[union-attr]
    before = seg.text[max(0, span.start_char - 24) : span.start_char].lower().rstrip(" ,(-–")
    before = before.replace("-", " ")
    for qualifier, grade in qualifiers:
        qualifier = qualifier.replace("-", " ")
        if after.startswith(qualifier) and not re.match(r"\w", after[len(qualifier) :][:1]):
            return grade
        if before.endswith(qualifier) and not re.search(r"\w$", before[: -len(qualifier)][-1:]):
            return grade
    return span.id_


def extract_material(seg: Segment) -> list[Found]:
    """Material grades from the lexicon: 'SS304' = '304 stainless' = '18/8' = '不锈钢304';
    '600D polyester' -> POLYESTER_600D; 'cotton 500gsm' -> COTTON_500GSM."""
    labelled = seg.labelled("material")
    cued = labelled or seg.cue(MATERIAL_CUE)
    codes: list[tuple[str, str]] = []
    spans: list[Span] = []
    describes = seg.label == "description" or (seg.item is not None and seg.context == "line")
    denier = _DENIER_RE.search(seg.value)
    gsm = _GSM_RE.search(seg.value)
    named = False  # a material word is there, cued or not: a lone denier is then no polyester
    for span in seg.spans("material"):
        named = True
        # "500D PVC tarpaulin": a denier or weight right before a short code is its cue
        next_to_grade = any(m and _adjacent(seg, m, span) for m in (denier, gsm))
        if (_needs_cue(span) and not cued and not next_to_grade) or in_company_name(seg, span):
            continue
        if describes and _names_the_product(seg, span):
            continue
        if not labelled and _TRIM_AFTER.match(seg.text, span.end_char):
            continue  # "rubber patch logo", "metal zipper puller": a trim's material, not the body's
        if span.text.isdigit() and not (
            labelled or seg.cue(r"steel|stainless|s/s|\bss\b|inox|不锈钢|钢")
        ):
            continue
        codes.append((_qualified(seg, span), span.text))
        spans.append(span)
    out_codes: list[tuple[str, str]] = []
    for (code, raw), span in zip(codes, spans, strict=True):
        info = material_info(code)
        # "600D polyester", "cotton 500gsm": the grade must sit right next to the material word
        if info and info.family in DENIER_FAMILIES and denier and _adjacent(seg, denier, span):
            code, raw = f"{code}_{denier.group(1)}D", f"{denier.group(0)} {raw}"
        elif (
            info
            and info.family in ("cotton", "canvas", "organic_cotton", "polyester")
            and gsm
            and _adjacent(seg, gsm, span)
        ):
            code, raw = f"{code}_{gsm.group(1) or gsm.group(2)}GSM", f"{raw} {gsm.group(0)}"
        out_codes.append((code, raw))
    if not named and denier and (labelled or seg.cue(r"oxford|fabric|bag|牛津|面料")):
        out_codes.append((f"POLYESTER_{denier.group(1)}D", denier.group(0)))
    # A stated grade makes the generic word of its family redundant ("stainless steel 304").
    ranked = {c: material_info(c) for c, _ in out_codes}
    graded = {i.family for i in ranked.values() if i and i.rank > 0}
    out: list[Found] = []
    seen: set[str] = set()
    for code, raw in out_codes:
        info = ranked[code]
        if info and info.rank == 0 and info.family in graded:
            continue
        if code not in seen:
            seen.add(code)
            out.append(Found(code, raw, "lexicon/material"))
    return out


def extract_dimensions(seg: Segment) -> list[Found]:
    """Product size: '52x38x30cm', 'L52*W38*H30 cm', '20.5 x 15 in', 'Ø80mm', '±0.5 mm'."""
    if seg.label in ("packing", "packaging.carton_size", "noise", "weight", "capacity"):
        return []
    labelled = seg.labelled("dimensions")
    if not labelled and seg.cue(CARTON_CUE):
        return []
    dims = n.find_dimensions(seg.value, single=labelled)
    if not labelled:
        # "neodymium magnets Ø8 x 2 mm", "logo 60 x 20 mm": the size of a part named before it
        dims = [
            d for d in dims if not _PART_BEFORE.search(seg.value[max(0, d.start - 30) : d.start])
        ]
    if not labelled and seg.context == "cell" and seg.label != "description":
        # "挂钩 (hook) | Ø4.0 mm wire": a lone measure in a row named after a part is the part's
        dims = [d for d in dims if len(d.mm) > 1]
    if len(dims) > 1 and all(
        n.SIZE_NAME_BEFORE.search(seg.value[: d.start]) or re.match(r"(?:XS|S|M|L|XL)\s", d.raw)
        for d in dims
    ):  # "S 18x20 / M 25x28 / L 33x35cm": the sizes of a set, each one a size of the item
        return [Found(d.value(), d.raw, "dimensions") for d in dims]
    return [Found(d.value(), d.raw, "dimensions") for d in dims[:1]]


def extract_weight(seg: Segment) -> list[Found]:
    """Product weight: '350g', '0.35 kg', '1.2 lbs', '±10g' -> grams."""
    labelled = seg.labelled("weight")
    # "N.W.: 4.10 lbs/pc" on an item is the product's net weight; "N.W. 12 kg" of a carton is not
    net_of_piece = bool(
        re.search(r"\bn\.?\s*w\b\.?", seg.text, re.I)
        and (seg.item is not None or re.search(_PER_PIECE, seg.value, re.I))
        and not seg.cue(CARTON_WEIGHT)
    )
    if not net_of_piece and (
        seg.label in ("packing", "noise", "capacity", "material") or seg.cue(WEIGHT_NOISE)
    ):
        return []
    if not (labelled or net_of_piece or seg.cue(WEIGHT_CUE)):
        # "500克" of a towel (its gsm), "5000g x 1g" of a scale (its capacity), "holds 5 kg":
        # a weight in running text counts only where a word says it is the weight
        return []
    found = n.find_weights(seg.value, allow_oz=labelled)
    return [Found(v, raw, "weight") for v, _, _, raw in found[:1]]


def extract_capacity(seg: Segment) -> list[Found]:
    """Capacity: '500ml', '0.5 L', '17 oz' (US fl oz), '500毫升' -> millilitres."""
    labelled = seg.labelled("capacity")
    if seg.label in ("packing", "noise", "weight"):
        return []
    found = n.find_capacities(seg.value, allow_oz=labelled or seg.cue(OZ_CAPACITY_CUE))
    return [Found(v, raw, "capacity") for v, _, _, raw in found[:1]]


def extract_color(seg: Segment) -> list[Found]:
    """'Pantone 186 C' = 'PMS 186C'; 'RAL 9005'; colour names when labelled or cued: 'black' -> BLACK."""
    labelled = seg.labelled("color")
    if seg.label in ("packing", "packaging.inner", "logo"):
        return []  # "Logo | pad print, Pantone Cool Gray 7 C": the print's colour, not the goods'
    codes = n.find_color_codes(seg.value, bare=labelled)
    out = [Found(code, raw, "color/code") for code, _, _, raw in codes]
    inside_codes = [(a + seg.value_start, b + seg.value_start) for _, a, b, _ in codes]
    if labelled or seg.label == "description" or seg.cue(COLOR_CUE):
        if labelled and _PART_AFTER.search(seg.text[: seg.value_start]):
            return out  # "Colour of box | Black": the label names a part, not the product
        for span in seg.spans("color"):
            if any(f.value == span.id_ for f in out) or any(
                a <= span.start_char < b for a, b in inside_codes
            ):
                continue  # "Pantone Black 6 C": the name is part of the code read
            if _PART_AFTER.match(seg.text, span.end_char) or _PRINT_COLOURS.search(
                seg.text[: span.start_char]
            ):
                continue  # "black tin lid", "white box", "1C white": a part's or the print's colour
            if _LIGHT_COLOUR.search(seg.text[: span.start_char]):
                continue  # "warm white 2700K": the colour of the light an LED gives, not of the goods
            if span.id_ == "NATURAL" and _NATURAL_MATERIAL.match(seg.text, span.end_char):
                continue  # "100% natural latex", "natural beech": a material, not a colour
            out.append(Found(span.id_, span.text, "lexicon/color"))
    return out


# A measure right after one of these is the part's size, not the product's.
_PART_BEFORE = re.compile(
    r"\b(?:magnets?|screws?|bolts?|rivets?|holes?|hooks?|wires?|legs?|wheels?|castors?|handles?|"
    r"lids?|caps?|spouts?|straps?|buttons?|zips?|zippers?|springs?|tubes?|rods?|pins?|cords?|"
    r"ropes?|logo|labels?|stickers?|hang\s*tags?|inserts?|window|opening|"
    # "1-colour printed kraft box 425 x 275 x 65 mm": the unit pack's size
    r"(?:kraft|colou?r|gift|white|brown|printed|retail|inner|mailer|display|packing|packaging|"
    r"corrugated)\s+(?:paper\s+)?(?:box|bag|pouch|sleeve))\b[^.;,|]{0,12}$"
    r"|(?:磁铁|螺丝|孔|挂钩|把手|盖子?|标签|吊牌|logo)\s*$",
    re.I,
)
# "1C white", "2-colour black": the colours of a print, counted before they are named.
_PRINT_COLOURS = re.compile(r"(?:\b\d\s*C|\b\d\s*-?\s*colou?rs?|\d色)\s*$", re.I)
# After "natural", a material word: "natural latex" is no colour ("natural wood colour" still is).
_NATURAL_MATERIAL = re.compile(
    r"\s+(?:latex|rubber|cotton|jute|linen|hemp|silk|wool|fib(?:er|re)s?|bristles?|materials?|"
    r"beech|oak|bamboo|pine|walnut|wood)\b(?!\s+colou?r)",
    re.I,
)
# Before "white", these name an LED's light colour (its colour temperature), not a colour.
_LIGHT_COLOUR = re.compile(r"\b(?:warm|cool|cold|natural|neutral|day)\s*$", re.I)
# A colour word followed by one of these names a part, the print or the packing, not the product.
_PART_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:lid|lids|cap|caps|handle|handles|zipper|zip|zips|webbing|strap|"
    r"straps|logo|print|printing|prints|thread|stitching|label|labels|box|boxes|bag|bags|carton|"
    r"sticker|tag|tags|insert|gasket|seal|button|buttons|cord|rope|trim|lining|sleeve|inner|"
    r"mailer|foam|card|silk-?screen|pad\s+print)\b"
    # "白色纸盒" (white paper box), "黑色盖子" (black lid): the part follows the colour directly
    r"|[\u4e00-\u9fff]{0,2}(?:盒|袋|箱|盖|标签|贴纸|吊牌|卡|印刷|丝印|织唛)",
    re.I,
)


def _lexicon(seg: Segment, label: str, rule: str, *, needs: str | None = None) -> list[Found]:
    if seg.label == "noise":
        return []
    if needs and not (seg.labelled(label) or seg.cue(needs)):
        return []
    out: list[Found] = []
    for span in seg.spans(label):
        if in_company_name(seg, span):
            continue
        # "FNSKU labeling not included", "without gift box": the value is ruled out, which is a
        # statement too (compare reads "no fnsku barcode" against a baseline that has it)
        negated = _NEGATED_AFTER.match(seg.text, span.end_char) or _NEGATED_BEFORE.search(
            seg.text[max(0, span.start_char - 12) : span.start_char]
        )
        value = f"no {span.id_}" if negated else span.id_
        if not any(f.value == value for f in out):
            out.append(Found(value, span.text, rule + ("/negated" if negated else "")))
    return out


_NEGATED_AFTER = re.compile(
    r"\s*(?:label(?:l)?ing|label|printing|print)?\s*(?:is\s+|are\s+)?"
    r"(?:not\s+(?:included|provided|available|required|in\s+(?:the|our)\s+price)|excluded|n/a)\b"
    r"|\s*(?:不含|不包括|不提供)",
    re.I,
)
_NEGATED_BEFORE = re.compile(r"(?:\bno|\bwithout|\bexcl(?:uding|\.)|不含|不包括|无)\s*$", re.I)


def extract_finish(seg: Segment) -> list[Found]:
    """'brushed', 'powder coated', '拉丝' -> canonical finish."""
    found = _lexicon(seg, "finish", "lexicon/finish")
    measured = {
        s.id_
        for s in seg.spans("finish")
        if _GLOSS_MEASURE.match(seg.text, s.end_char) and s.text.lower() in ("gloss", "光泽")
    }
    # "gloss ≤ 15 GU at 60°", "gloss 40-50 GU": a gloss level measured, not a glossy finish
    return [f for f in found if f.value not in measured]


_GLOSS_MEASURE = re.compile(
    r"\s*(?:level|value|units?|at\s+\d|[:：]?\s*[≤≥<>=~]|[:：]?\s*\d[\d.\s-]*(?:GU|%|°))", re.I
)


# "3C" is also a Pantone/Cool Gray shade and a USB-C phrase: as the CCC mark it needs a cue.
_CERT_NEEDS_CUE = {"3C"}
_CERT_CUE = r"certif|cert\b|mark|report|test|standard|approv|认证|标志|报告|检测|CCC"


def _inside_code(text: str, start: int, end: int) -> bool:
    """'GS' of 'GS-HG-014', 'CB' of 'HG-CB-L': a certificate's letters inside a model or record
    number are part of that code."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if re.search(r"\d$", text[start:end]) and re.match(
        r"-\d{1,4}(?:[/:-]\d{1,4})*(?![\w-])", text[end : end + 16]
    ):
        return False  # "EN 71-1", "EN71-1/2/3", "ASTM F963-17": a standard's part or year
    return bool(
        re.search(r"[A-Za-z0-9]-$|[A-Za-z0-9]$", before)
        or re.match(r"^-[A-Za-z0-9]|^[A-Za-z0-9]", after)
    )


def extract_certification(seg: Segment) -> list[Found]:
    """'CE, FCC, RoHS', 'LFGB', 'ISO 9001' -> one term per certificate."""
    if seg.label == "noise":
        return []
    out: list[Found] = []
    for span in seg.spans("certification"):
        if in_company_name(seg, span) or _inside_code(seg.text, span.start_char, span.end_char):
            continue
        if span.text.upper() in _CERT_NEEDS_CUE and not (
            seg.labelled("certification") or re.search(_CERT_CUE, seg.text, re.I)
        ):
            continue
        if re.search(r"(?:gr[ae]y|pantone|pms)\s*$", seg.text[: span.start_char], re.I):
            continue  # "Cool Gray 3C", "PMS 3C": a colour reference
        if not any(f.value == span.id_ for f in out):
            out.append(Found(span.id_, span.text, "lexicon/certification"))
    return out


def extract_logo(seg: Segment) -> list[Found]:
    """'silk screen', 'laser engraved', '丝印', '激光雕刻' -> canonical logo method."""
    return _lexicon(seg, "logo", "lexicon/logo")


def extract_packaging_inner(seg: Segment) -> list[Found]:
    """'OPP bag', 'color box', '彩盒' -> canonical inner packaging."""
    out = _lexicon(seg, "packaging.inner", "lexicon/inner-packing")
    for i, found in enumerate(out):
        # "a white single corrugated box": a plain corrugated box is brown unless it says white
        span = next((s for s in seg.spans("packaging.inner") if s.id_ == found.value), None)
        if (
            found.value == "brown box"
            and span is not None
            and re.search(r"\bwhite\b(?:\s+\w+){0,2}\s*$", seg.text[: span.start_char], re.I)
        ):
            out[i] = Found("white box", found.raw, found.rule)
    return out


def extract_packaging_label(seg: Segment) -> list[Found]:
    """'FNSKU barcode', 'shipping marks', '唛头' -> canonical label."""
    return _lexicon(seg, "packaging.label", "lexicon/label")


def extract_carton_qty(seg: Segment) -> list[Found]:
    """'24pcs/ctn', '24 pcs per carton', '25只/箱', '200 ctns x 24 pcs', a 'Pcs/Ctn' cell '24'."""
    found = n.find_carton_qty(seg.value)
    # "tote N/B 100pcs/ctn ..., zip tote 50pcs/ctn": one value per item, all kept
    out: list[Found] = []
    for v, _, _, raw in found:
        if all(f.value != v for f in out):
            out.append(Found(v, raw, "carton-qty"))
    if not out and seg.labelled("packaging.carton_qty"):
        bare = n.parse_bare_quantity(
            re.sub(r"(?i)\s*(pcs?|pieces|sets|只|个|件|套)\s*$", "", seg.value)
        )
        if bare:
            out.append(Found(bare, seg.value.strip(), "carton-qty/labelled"))
    return out


def extract_carton_size(seg: Segment) -> list[Found]:
    """Master carton size: 'carton 52x38x30cm', 'Meas: 52*38*30 cm', '外箱尺寸：52*38*30cm'."""
    labelled = seg.labelled("packaging.carton_size")
    if not labelled and not seg.cue(CARTON_CUE):
        return []  # "Packaging | kraft window box 12 x 9 x 4 cm": the unit box, not the carton
    dims = [d for d in n.find_dimensions(seg.value) if len(d.mm) >= 2]
    ply = _PLY.search(seg.value)
    grade = {"ply": _ply_number(ply)} if ply else {}
    # "carton size: LSH 55*40*35cm, COL-M/COL-L 50*40*30cm": one size per item, all kept
    out: list[Found] = []
    for d in dims:
        value = {**d.value(), **grade}
        if all(f.value != value for f in out):
            out.append(Found(value, d.raw, "carton-size"))
    if not out and ply and (labelled or seg.cue(r"carton|ctn|箱")):
        # "5 ply export carton" with no size: the board grade is the carton's term
        out.append(
            Found(
                {"mm": [], "tolerance_mm": None, "ply": _ply_number(ply)}, ply.group(), "carton-ply"
            )
        )
    return out


# The carton's board grade: "5-ply", "5 ply", "5 layers", "五层", "3层瓦楞".
_PLY = re.compile(
    r"(?<!\d)(?P<n>[3579])\s*-?\s*(?:ply|layers?)\b|(?P<zh>[三五七九3579])\s*层", re.I
)
_ZH_DIGITS = {"三": 3, "五": 5, "七": 7, "九": 9}


def _ply_number(m: re.Match[str]) -> int:
    text = m["n"] or m["zh"]
    return _ZH_DIGITS.get(text) or int(text)


def extract_inspection(seg: Segment) -> list[Found]:
    """'AQL 2.5, General Inspection Level II' -> {'aql', 'level', 'result'} (result in reports)."""
    labelled = seg.labelled("inspection")
    if not labelled and not seg.cue(r"aql|inspection|level\s+ii|qc|验货|检验|抽检"):
        return []
    report = seg.role == "inspection" and seg.cue(
        r"result|conclusion|verdict|overall|结论|结果|status"
    )
    aql_label = labelled and bool(re.search(r"aql", seg.text[: seg.value_start], re.I))
    value = n.parse_inspection(seg.value, with_result=report, aql_label=aql_label)
    if value is None or (value["aql"] is None and value["level"] is None and not report):
        return []
    return [Found(value, seg.value.strip(), "inspection")]


def extract_warranty(seg: Segment) -> list[Found]:
    """'12 months warranty', 'Warranty: 1 year', '质保一年' -> {'months': 12}."""
    if not (seg.labelled("warranty") or seg.cue(r"warrant|guarantee|质保|保修|保固")):
        return []
    parsed = n.parse_warranty(seg.value)
    return [Found(parsed[0], parsed[3], "warranty")] if parsed else []


# The one table of field extractors: adding a field is one function and one line here. The bank
# fields are read as a block, all at once, by pipeline/extract/bank_details.py.
EXTRACTORS: dict[str, Extractor] = {
    "price.unit": extract_price_unit,
    "price.total": extract_price_total,
    "currency": extract_currency,
    "quantity": extract_quantity,
    "incoterm": extract_incoterm,
    "port.loading": extract_port_loading,
    "payment.deposit": extract_payment_deposit,
    "payment.balance": extract_payment_balance,
    "lead_time": extract_lead_time,
    "material": extract_material,
    "dimensions": extract_dimensions,
    "weight": extract_weight,
    "color": extract_color,
    "finish": extract_finish,
    "capacity": extract_capacity,
    "certification": extract_certification,
    "logo": extract_logo,
    "packaging.inner": extract_packaging_inner,
    "packaging.carton_qty": extract_carton_qty,
    "packaging.carton_size": extract_carton_size,
    "packaging.label": extract_packaging_label,
    "inspection": extract_inspection,
    "warranty": extract_warranty,
}

# Which extractors a label sends its value to (a field label sends it to its own field).
LABEL_TARGETS: dict[str, tuple[str, ...]] = {
    "packing": ("packaging.inner", "packaging.carton_qty", "packaging.carton_size", "packaging.label"),
    "payment": ("payment.deposit", "payment.balance"),
    "description": (
        "material", "dimensions", "weight", "color", "finish", "capacity", "certification", "logo",
        "price.unit", "quantity",
    ),
    "new_value": tuple(EXTRACTORS),
    "price.total": ("price.total", "quantity"),
    "noise": (),
    "item_key": (),
}  # fmt: skip

# Values that name themselves, read after any label too ("Price: US$1.85/pc FOB Ningbo").
SELF_NAMING_FIELDS = ("incoterm", "color", "certification")

# Product fields that a line-item table's description cell may carry.
PRODUCT_FIELDS = (
    "material",
    "dimensions",
    "weight",
    "color",
    "finish",
    "capacity",
    "certification",
    "logo",
)


def targets_of(label: str | None) -> tuple[str, ...]:
    """The fields an extractor pass should try for a segment with this label."""
    if label is None:
        return tuple(EXTRACTORS)
    if label in LABEL_TARGETS:
        return LABEL_TARGETS[label]
    return (label,) if label in EXTRACTORS else ()

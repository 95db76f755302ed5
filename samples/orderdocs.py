"""An order as data, and the documents the parties of an import order write about it.

`Order` holds what was agreed (line items, commercial terms, bank details). The renderers below
write the documents of an order folder the way each party writes them: the buyer's spec sheet and
golden-sample record, the supplier's quotation and proforma invoice (letterhead in English and
Chinese, item table or key-value blocks, terms, bank block), change orders, inspection reports,
chats and e-mails.

The PHRASEBOOK section is the only place where wording lives. It was written for this generator
from how Chinese suppliers and Western buyers write (shared/domain.md and trade practice); it is
deliberately independent of anything the audit itself uses to read documents. Every phrasing of
a value means the same value to a careful human reader: variety is in spelling, order of words,
language, units and number formats, never in what was agreed.

Everything is driven by a seeded `random.Random`, so a fixed seed writes identical files.
"""

from __future__ import annotations

import random
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from docgen import Cell, Docx, Message, Pdf, write_text, write_xlsx

# =========================================================================================
# The order as data
# =========================================================================================


@dataclass
class Company:
    name: str
    name_zh: str | None
    address: str
    phone: str
    email: str
    contact: str  # the person who writes the documents and chats
    country: str = "CN"
    aliases: tuple[str, ...] = ()  # other names the contact or the company goes by in chats
    agent: str | None = None  # buyer side: the Chinese-speaking sourcing agent / QC (WeChat)
    title: str = ""  # the contact's job title, for signatures

    @property
    def chat_names(self) -> tuple[str, ...]:
        return (self.contact, *self.aliases)


@dataclass
class Bank:
    beneficiary: str
    bank: str
    address: str
    swift: str
    account: str
    intermediary: str | None = None  # "JPMORGAN CHASE BANK, N.A., NEW YORK (SWIFT: CHASUS33)"


@dataclass
class Item:
    sku: str
    desc: str
    desc_zh: str
    qty: int
    price: str  # unit price, decimal string
    unit: str = "pcs"
    material: str | None = None  # a key of MATERIALS
    dims: tuple[str, ...] = ()  # millimetres, as decimal strings
    dims_tol: str | None = None  # millimetres, +/- this
    dims_style: str = "box"  # box (L x W x H), round (diameter x height), flat (L x W)
    weight: str | None = None  # grams (net)
    weight_tol: str | None = None  # grams, +/- this
    capacity: str | None = None  # millilitres
    color: str | None = None  # "PANTONE 186 C", "RAL 9005", "WHITE"
    finish: str | None = None  # a key of FINISHES
    logo: str | None = None  # a key of LOGOS
    certs: tuple[str, ...] = ()
    inner: str | None = None  # a key of INNER_PACKING
    carton_qty: int | None = None
    carton_cm: tuple[str, ...] = ()
    carton_ply: int = 5
    amount_override: str | None = None  # the line amount as (mis)typed on a PI

    @property
    def amount(self) -> Decimal:
        return Decimal(self.price) * self.qty

    @property
    def printed_amount(self) -> Decimal:
        return Decimal(self.amount_override) if self.amount_override else self.amount


@dataclass
class Terms:
    currency: str = "USD"
    incoterm: str = "FOB"
    place: str = "Ningbo"
    deposit: int = 30
    trigger: str = "before_shipment"  # before_shipment | against_bl_copy
    lead_min: int = 35
    lead_max: int = 35
    lead_basis: str = "calendar"  # calendar | working
    warranty_months: int | None = None
    inspection: bool = True  # AQL 2.5 major / 4.0 minor, general level II
    # A fixed phrasing index per term, to write one term differently in two documents.
    lead_style: int | None = None
    payment_style: int | None = None


@dataclass
class Order:
    order_id: str
    product: str  # "Vacuum insulated bottles"
    product_zh: str
    buyer: Company
    supplier: Company
    bank: Bank
    items: list[Item]
    terms: Terms = field(default_factory=Terms)
    spec_date: date = date(2026, 1, 8)
    quote_date: date = date(2026, 1, 14)
    pi_date: date = date(2026, 2, 5)
    pi_no: str = "PI-2026-0205"
    quote_no: str = "Q-2026-0114"
    spec_notes: tuple[str, ...] = ()  # extra requirements ("the PI shall state ...")
    total_override: str | None = None  # a grand total as (mis)typed on a PI
    total_currency: str | None = None  # the currency the total is printed in, when not the prices'

    def copy(self) -> Order:
        return deepcopy(self)

    def item(self, sku: str) -> Item:
        return next(i for i in self.items if i.sku == sku)

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.items), Decimal(0))

    @property
    def printed_total(self) -> Decimal:
        if self.total_override:
            return Decimal(self.total_override)
        return sum((i.printed_amount for i in self.items), Decimal(0))


# =========================================================================================
# PHRASEBOOK
# =========================================================================================


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def dec_text(value: Decimal | str, places: int | None = None) -> str:
    """A decimal without float noise: 5.5, 26, 0.35; `places` pads or rounds."""
    d = Decimal(value)
    if places is not None:
        return f"{d.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):f}"
    text = f"{d.normalize():f}"
    return text


# ---------------------------------------------------------------------------- materials

# Grade -> how it is written. "plain": what anyone writes; "zh": Chinese; "mix": both.
MATERIALS: dict[str, dict[str, list[str]]] = {
    "SS304": {
        "plain": ["SS304", "S/S 304", "304 stainless steel", "stainless steel 304", "18/8 (304) stainless steel",
                  "AISI 304 stainless steel", "SUS304", "SUS 304 stainless", "304# stainless steel",
                  "stainless steel, grade 304", "food grade 304 stainless steel", "stainles steel 304",
                  "inox 304 (18/8)", "304 S.S."],
        "zh": ["304不锈钢", "不锈钢304", "SUS304不锈钢", "食品级304不锈钢", "304#不锈钢"],
        "mix": ["304不锈钢 / SS304", "SUS304 不锈钢", "不锈钢 stainless steel 304"],
    },
    "SS201": {
        "plain": ["SS201", "S/S 201", "201 stainless steel", "stainless steel 201", "SUS201", "AISI 201 stainless",
                  "201# stainless steel", "stainless steel (201)", "201 S.S."],
        "zh": ["201不锈钢", "不锈钢201", "SUS201不锈钢", "201#不锈钢"],
        "mix": ["201不锈钢 / SS201", "SUS201 不锈钢"],
    },
    "SILICONE_FOOD_GRADE": {
        "plain": ["food grade silicone", "food-grade silicone", "silicone, food grade", "100% food grade silicone",
                  "BPA-free food grade silicone", "foodgrade silicon", "Food Grade Silicone Rubber"],
        "zh": ["食品级硅胶", "食品级硅胶材质", "100%食品级硅胶"],
        "mix": ["食品级硅胶 food grade silicone", "food grade silicone 食品级硅胶"],
    },
    # Never written as bare "silicone": without its grade a careful reader could not tell.
    "SILICONE": {
        "plain": ["general purpose silicone (non food grade)", "industrial grade silicone", "normal silicone (not food grade)",
                  "general-grade silicone rubber, non-food"],
        "zh": ["普通硅胶（非食品级）", "工业级硅胶"],
        "mix": ["普通硅胶 normal silicone (non food grade)", "工业级硅胶 industrial grade silicone"],
    },
    "POLYESTER_600D": {
        "plain": ["600D polyester", "polyester 600D", "600D oxford polyester", "600 denier polyester", "PES 600D",
                  "600D Oxford (100% polyester)", "polyster 600D"],
        "zh": ["600D涤纶", "600D涤纶牛津布", "涤纶600D"],
        "mix": ["600D涤纶牛津布 600D polyester", "polyester 600D 涤纶"],
    },
    "POLYESTER_300D": {
        "plain": ["300D polyester", "polyester 300D", "300D oxford polyester", "300 denier polyester", "PES 300D"],
        "zh": ["300D涤纶", "300D涤纶牛津布", "涤纶300D"],
        "mix": ["300D涤纶牛津布 300D polyester"],
    },
    "COTTON": {
        "plain": ["100% cotton", "cotton 100%", "pure cotton", "100% cotton terry", "100 % cotton"],
        "zh": ["100%纯棉", "纯棉", "全棉"],
        "mix": ["纯棉 100% cotton"],
    },
    "STONEWARE": {
        "plain": ["stoneware", "stoneware ceramic", "glazed stoneware", "ceramic (stoneware)"],
        "zh": ["炻瓷", "炻瓷（陶瓷）"],
        "mix": ["炻瓷 stoneware"],
    },
    "ALUMINIUM": {
        "plain": ["aluminium alloy", "aluminum alloy", "Al alloy", "alu. alloy", "aluminium-alloy body"],
        "zh": ["铝合金"],
        "mix": ["铝合金 aluminium alloy"],
    },
}  # fmt: skip
DOWNGRADES = {
    "SS304": "SS201",
    "SILICONE_FOOD_GRADE": "SILICONE",
    "POLYESTER_600D": "POLYESTER_300D",
}


def material_text(code: str, rng: random.Random, lang: str = "en") -> str:
    table = MATERIALS[code]
    if lang == "zh":
        return pick(rng, table["zh"])
    if lang == "mixed":
        return pick(rng, table["mix"] + table["plain"][:3] + table["zh"][:1])
    return pick(rng, table["plain"])


# ------------------------------------------------------------------------------ colours

COLOUR_NAMES = {
    "186 C": ("red", "红色"), "185 C": ("bright red", "大红"), "2945 C": ("cobalt blue", "钴蓝"),
    "7541 C": ("light grey", "浅灰"), "2767 C": ("navy", "藏青"), "289 C": ("dark navy", "深藏青"),
    "5405 C": ("slate blue", "灰蓝"), "355 C": ("green", "绿色"), "109 C": ("yellow", "黄色"),
    "165 C": ("orange", "橙色"), "2587 C": ("purple", "紫色"), "7621 C": ("dark red", "暗红"),
    "3272 C": ("teal", "青绿"), "426 C": ("charcoal", "炭黑灰"), "1235 C": ("amber", "琥珀黄"),
    "11-0601 TCX": ("bright white", "亮白"),
}  # fmt: skip
PLAIN_COLOURS = {"WHITE": ("white", "白色"), "BLACK": ("black", "黑色")}
RAL_NAMES = {"9005": ("jet black", "黑色"), "9016": ("traffic white", "白色")}


def color_text(color: str, rng: random.Random, lang: str = "en") -> str:
    """A colour as written; a Pantone or RAL code is always kept (a name alone would be vague)."""
    if color.startswith("PANTONE "):
        code = color.removeprefix("PANTONE ")
        number, _, guide = code.rpartition(" ")
        name_en, name_zh = COLOUR_NAMES.get(code, ("", ""))
        if lang == "zh":
            base = pick(
                rng,
                [f"潘通{number}{guide}", f"PMS {number}{guide}", f"色号Pantone {number} {guide}"],
            )
            return f"{name_zh} {base}" if name_zh and chance(rng, 0.5) else base
        forms = [f"Pantone {number} {guide}", f"PMS {number} {guide}", f"PMS{number}{guide}", f"Pantone {number}{guide}",
                 f"PANTONE {number} {guide}", f"pantone {number}{guide.lower()}"]  # fmt: skip
        if guide == "C":
            forms.append(f"{number}C")
        base = pick(rng, forms)
        if name_en and chance(rng, 0.4):
            return pick(rng, [f"{name_en} ({base})", f"{base} {name_en}", f"{base} - {name_en}"])
        return base
    if color.startswith("RAL "):
        code = color.removeprefix("RAL ")
        name_en, name_zh = RAL_NAMES.get(code, ("", ""))
        base = pick(rng, [f"RAL {code}", f"RAL{code}", f"RAL-{code}"])
        if lang == "zh":
            return f"{name_zh} {base}"
        return pick(rng, [base, f"{base} {name_en}", f"{name_en} ({base})"]) if name_en else base
    name_en, name_zh = PLAIN_COLOURS.get(color, (color.lower(), color))
    if lang == "zh":
        return name_zh
    return pick(rng, [name_en, name_en.title(), name_en.upper()])


# ------------------------------------------------------------------ finishes, logos, certs

FINISHES = {
    "POWDER": (["powder coated", "powder coating", "powder-coated finish", "powder coat"], ["粉末喷涂", "喷粉"]),
    "MIRROR": (["mirror polished", "mirror polish", "mirror finish"], ["镜面抛光"]),
    "MATT_POWDER": (["matt powder coating", "matte powder coated", "powder coated, matt"], ["哑光喷粉", "哑光粉末喷涂"]),
    "GLOSSY_GLAZE": (["glossy glaze", "gloss glazed", "high-gloss glaze"], ["亮光釉", "高光釉"]),
}  # fmt: skip

LOGOS = {
    "LASER": (["laser engraving", "laser engraved logo", "logo by laser engraving", "laser logo", "laser-etched logo"],
              ["激光雕刻", "镭雕logo", "镭射logo"]),
    "SILK1": (["silk screen 1 colour", "silkscreen print, 1 colour", "1C screen print", "1-color silk-screen printing",
               "silk print 1 col."], ["丝印1色", "丝印一色"]),
    "HEAT": (["heat transfer", "heat transfer printing", "heat-transfer print"], ["热转印"]),
    "DECAL": (["decal", "ceramic decal", "decal printing", "water-slide decal"], ["贴花", "花纸贴花"]),
    "DEBOSS": (["debossed logo on handle", "deboss logo (handle)", "logo debossed on the handle"], ["手柄压印logo"]),
    "PAD": (["pad printing", "pad print 1 colour", "tampo print"], ["移印"]),
}  # fmt: skip

CERTS = {
    "LFGB": (["LFGB", "LFGB (food contact)", "German LFGB"], "LFGB"),
    "FDA": (["FDA", "US FDA", "FDA food contact"], "FDA"),
    "CE": (["CE", "CE mark", "CE marking"], "CE"),
    "ROHS": (["RoHS", "ROHS", "RoHS 2"], "RoHS"),
}
INNER_PACKING = {
    "OPP_HEADER": (["opp bag with header card", "OPP bag + header card", "polybag with printed header card"], ["OPP袋加头卡"]),
    "ROLLED_BAND": (["rolled with paper band", "rolled, paper sleeve", "roll + printed paper band"], ["卷起加腰封"]),
    # a plain white box (白盒) is not a printed colour box (彩盒) nor a gift box (礼盒): each costs differently
    "WHITE_BOX": (["white box", "individual white box", "plain white box"], ["白盒", "白色纸盒"]),
    "KRAFT_BOX": (["brown kraft box", "kraft paper box", "kraft box"], ["牛皮纸盒"]),
    "POLYBAG": (["polybag", "individual poly bag", "PE bag"], ["PE袋", "单个胶袋"]),
    "COLOR_BOX": (["color box", "colour box", "printed colour box"], ["彩盒"]),
    "PAPER_BAND": (["paper band", "printed paper band"], ["腰封"]),
}  # fmt: skip


def finish_text(code: str, rng: random.Random, lang: str = "en") -> str:
    en, zh = FINISHES[code]
    return pick(rng, zh) if lang == "zh" else pick(rng, en)


def logo_text(code: str, rng: random.Random, lang: str = "en") -> str:
    en, zh = LOGOS[code]
    return pick(rng, zh) if lang == "zh" else pick(rng, en)


def inner_text(code: str, rng: random.Random, lang: str = "en") -> str:
    en, zh = INNER_PACKING[code]
    return pick(rng, zh) if lang == "zh" else pick(rng, en)


def certs_text(certs: tuple[str, ...], rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return "、".join(CERTS[c][1] for c in certs)
    names = [pick(rng, CERTS[c][0]) for c in certs]
    return pick(rng, [", ", " + ", " / ", " & "]).join(names)


# ------------------------------------------------------------------------ measures, units


def _mm(value: str) -> Decimal:
    return Decimal(value)


def _cm(value: str) -> str:
    return dec_text(_mm(value) / 10)


def _inch(value: str) -> str:
    return dec_text(_mm(value) / Decimal("25.4"), 2)


def tol_text(tol: str, unit: str, rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return f"公差±{tol}{unit}"
    return pick(
        rng,
        [
            f"±{tol} {unit}",
            f"±{tol}{unit}",
            f"+/-{tol}{unit}",
            f"+/- {tol} {unit}",
            f"tol. ±{tol} {unit}",
        ],
    )


def dims_text(
    item: Item,
    rng: random.Random,
    lang: str = "en",
    *,
    unit: str | None = None,
    imperial: bool = False,
) -> str:
    """A product size. `unit` forces mm or cm; cm is used only when it converts exactly."""
    d = item.dims
    if unit is None:
        unit = "cm" if chance(rng, 0.25) else "mm"
    v = [_cm(x) for x in d] if unit == "cm" else list(d)
    x = pick(rng, [" x ", "*", "x", " × ", " X "])
    if lang == "zh":
        if item.dims_style == "round":
            body = pick(rng, [f"直径{v[0]}{unit}，高{v[1]}{unit}", f"Φ{v[0]}×{v[1]}{unit}"])
        elif len(v) == 2:
            body = pick(rng, [f"长{v[0]}{unit} 宽{v[1]}{unit}", f"{v[0]}×{v[1]}{unit}"])
        else:
            body = pick(rng, [f"长{v[0]}×宽{v[1]}×高{v[2]}{unit}", f"{v[0]}*{v[1]}*{v[2]}{unit}"])
        return body
    if item.dims_style == "round":
        body = pick(rng, [f"Ø{v[0]}{x}{v[1]} {unit}", f"Ø{v[0]}{x}H{v[1]}{unit}", f"D{v[0]}{x}H{v[1]} {unit}",
                          f"dia. {v[0]} x H {v[1]} {unit}", f"Φ{v[0]}{x}{v[1]}{unit}",
                          f"{v[0]} {unit} (diameter) x {v[1]} {unit} (height)"])  # fmt: skip
    elif len(v) == 2:
        body = pick(rng, [f"{v[0]}{x}{v[1]} {unit}", f"{v[0]}{x}{v[1]}{unit}", f"L{v[0]}{x}W{v[1]} {unit}",
                          f"{v[0]} {unit} x {v[1]} {unit}"])  # fmt: skip
    else:
        body = pick(rng, [f"{v[0]}{x}{v[1]}{x}{v[2]} {unit}", f"{v[0]}{x}{v[1]}{x}{v[2]}{unit}",
                          f"L{v[0]}{x}W{v[1]}{x}H{v[2]} {unit}", f"{v[0]}L x {v[1]}W x {v[2]}H {unit}"])  # fmt: skip
    if imperial:
        body += " (" + " x ".join(_inch(a) for a in d) + " in)"
    return body


def dims_cm_exact(item: Item) -> bool:
    return all((_mm(v) * 10) % 10 == 0 for v in item.dims)


def weight_text(grams: str, rng: random.Random, lang: str = "en", *, imperial: bool = False) -> str:
    g = Decimal(grams)
    if lang == "zh":
        return pick(rng, [f"{grams}克", f"{grams}g"])
    forms = [f"{grams} g", f"{grams}g", f"{grams} grams"]
    if g >= 100:
        forms.append(f"{dec_text(g / 1000)} kg")
    body = pick(rng, forms)
    if imperial:
        body += f" ({dec_text(g / Decimal('28.3495'), 1)} oz)"
    return body


def capacity_text(ml: str, rng: random.Random, lang: str = "en", *, imperial: bool = False) -> str:
    v = Decimal(ml)
    if lang == "zh":
        return pick(rng, [f"{ml}毫升", f"{ml}ml"])
    forms = [f"{ml} ml", f"{ml}ml", f"{ml} ML", f"{ml}mL"]
    if v % 100 == 0:
        forms.append(f"{dec_text(v / 1000)} L")
    body = pick(rng, forms)
    if imperial:
        body += f" ({dec_text(v / Decimal('29.5735'), 0)} fl oz)"
    return body


def carton_qty_text(n: int, rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return pick(rng, [f"{n}只/箱", f"{n}个/箱", f"每箱{n}只", f"{n}pcs/箱"])
    return pick(rng, [f"{n}pcs/ctn", f"{n} pcs/carton", f"{n}PCS/CTN", f"{n} pcs per carton", f"{n}pcs per ctn",
                      f"{n} pieces / master carton", f"packed {n} pcs in one export carton", f"ctn qty: {n} pcs"])  # fmt: skip


def ply_text(ply: int, rng: random.Random, lang: str = "en") -> str:
    words = {3: ("3", "three", "三"), 5: ("5", "five", "五"), 7: ("7", "seven", "七")}[ply]
    if lang == "zh":
        return pick(rng, [f"{words[2]}层瓦楞纸箱", f"{words[0]}层外箱", f"{words[2]}层出口纸箱"])
    return pick(rng, [f"{words[0]}-ply export carton", f"{words[0]} ply corrugated carton", f"{words[1]}-ply master carton",
                      f"{words[0]}-layer export carton", f"export carton ({words[0]} ply)"])  # fmt: skip


def carton_size_text(cm: tuple[str, ...], rng: random.Random, lang: str = "en") -> str:
    a, b, c = cm
    if lang == "zh":
        return pick(rng, [f"{a}*{b}*{c}cm", f"外箱尺寸{a}×{b}×{c}厘米", f"{a}x{b}x{c}CM"])
    mm = [str(int(Decimal(v) * 10)) for v in cm]
    return pick(rng, [f"{a}x{b}x{c}cm", f"{a}*{b}*{c}CM", f"L{a} x W{b} x H{c} cm", f"{a} x {b} x {c} cm",
                      f"{mm[0]}x{mm[1]}x{mm[2]}mm", f"{a}×{b}×{c} cm"])  # fmt: skip


# ------------------------------------------------------------------------ numbers, money

CURRENCY_FORMS = {
    "USD": ["US${n}", "USD {n}", "${n}", "{n} USD", "USD{n}", "US$ {n}"],
    "EUR": ["EUR {n}", "€{n}", "{n} EUR", "EUR{n}", "€ {n}"],
    "GBP": ["GBP {n}", "£{n}"],
}
CURRENCY_WORDS = {
    "USD": ["US DOLLARS", "U.S. DOLLARS"],
    "EUR": ["EUROS", "EURO"],
    "GBP": ["POUNDS STERLING"],
}
CURRENCY_ZH = {"USD": "美元", "EUR": "欧元", "GBP": "英镑"}


def money(amount: Decimal | str, currency: str, style: int = 0, *, places: int = 2) -> str:
    """An amount with its currency in one of the forms suppliers print (style picks the form)."""
    value = Decimal(amount)
    number = f"{value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):,}"
    forms = CURRENCY_FORMS.get(currency, ["{n} " + currency])
    return forms[style % len(forms)].format(n=number)


def unit_price_text(price: str, currency: str, style: int, *, three: bool = False) -> str:
    return money(price, currency, style, places=3 if three else 2)


def qty_text(qty: int, unit: str, rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return pick(rng, [f"{qty}个", f"{qty}只", f"{qty:,}件", f"{qty}pcs"])
    u = unit
    return pick(
        rng,
        [
            f"{qty:,} {u}",
            f"{qty:,}{u.upper()}",
            f"{qty}{u}",
            f"{qty:,} pieces",
            f"{qty} {u.upper()}",
        ],
    )


def qty_chat(qty: int, rng: random.Random, lang: str = "en") -> str:
    """How people type a quantity in a chat: 3k pcs, 3,000pcs, 3.000 Stück, 3000个."""
    if lang == "zh":
        return pick(rng, [f"{qty}个", f"{qty}只"])
    if lang == "de":
        return f"{qty:,}".replace(",", ".") + " Stück"
    if lang == "fr":
        return f"{qty:,}".replace(",", "\u202f") + " pièces"
    forms = [f"{qty:,}pcs", f"{qty} pcs"]
    if qty % 1000 == 0:
        forms.append(f"{qty // 1000}k pcs")
    elif qty % 100 == 0 and qty > 1000:
        forms.append(f"{qty / 1000:g}k pcs")
    return pick(rng, forms)


# ----------------------------------------------------------------------- commercial terms

PLACE_ZH = {
    "Ningbo": "宁波", "Shenzhen": "深圳", "Xiamen": "厦门", "Yiwu": "义乌", "Shanghai": "上海", "Guangzhou": "广州",
    "Qingdao": "青岛", "Shantou": "汕头", "Felixstowe": "费利克斯托", "Hamburg": "汉堡", "Los Angeles": "洛杉矶",
    "Le Havre": "勒阿弗尔",
}  # fmt: skip
PLACE_SHORT = {"Shenzhen": "SZ", "Ningbo": "NB", "Los Angeles": "LA", "Guangzhou": "GZ"}


def incoterm_text(
    terms: Terms, rng: random.Random, lang: str = "en", *, factory_city: str | None = None
) -> str:
    rule, place = terms.incoterm, terms.place
    if rule == "EXW":
        city = factory_city or place
        if lang == "zh":
            return pick(
                rng, ["EXW 工厂交货", f"EXW{PLACE_ZH.get(city, city)}工厂", "工厂交货价（EXW）"]
            )
        return pick(rng, ["EXW our factory", f"EXW {city} factory", "Ex Works (our factory)", "EX-WORKS factory",
                          f"EXW {city}, seller's warehouse"])  # fmt: skip
    if lang == "zh":
        zh = PLACE_ZH.get(place, place)
        return pick(rng, [f"{rule}{zh}", f"{rule} {zh}港", f"{zh}{rule}"])
    dotted = ".".join(rule) + "."
    forms = [f"{rule} {place}", f"{rule} {place.upper()}", f"{rule} {place} port", f"{rule} {place}, China",
             f"{dotted} {place}", f"{rule} {place} (Incoterms 2020)", f"{rule}-{place}"]  # fmt: skip
    if place in PLACE_SHORT:
        forms.append(f"{rule} {PLACE_SHORT[place]}")
    if rule in ("CIF", "CFR"):
        forms = [f"{rule} {place}", f"{rule} {place.upper()}", f"{rule} {place} port", f"{dotted} {place}",
                 f"{rule} {place} (Incoterms 2020)"]  # fmt: skip
        if place in PLACE_SHORT:
            forms.append(f"{rule} {PLACE_SHORT[place]}")
    return pick(rng, forms)


# Payment phrasings. {d} deposit %, {b} balance %. Keys: trigger, language.
PAYMENT = {
    ("before_shipment", "en"): [
        "T/T {d}% deposit, {b}% balance before shipment",
        "{d}% T/T in advance, {b}% balance before loading",
        "{d}% deposit by TT, the balance {b}% to be paid before shipment",
        "TT: {d}% down payment, {b}% before shipment",
        "Deposit {d}% / Balance {b}% before shipment (T/T)",
        "By T/T, {d}% with order, {b}% prior to shipment",
        "{d}% advance payment, {b}% balance T/T before goods leave the factory",
        "{d}% of the total amount in advance by T/T, the remaining {b}% paid before shipment",
        "TT {d}/{b}: {d}% deposit, {b}% before shipment",
    ],
    ("against_bl_copy", "en"): [
        "T/T {d}% deposit, {b}% against copy of B/L",
        "{d}% deposit, balance {b}% against B/L copy",
        "{d}% TT in advance, {b}% upon receipt of copy B/L",
        "Deposit {d}%, balance {b}% against the copy of the bill of lading",
        "{d}% down payment by T/T, {b}% after shipment against copy of B/L",
        "TT {d}/{b}: {d}% deposit, {b}% against BL copy",
    ],
    ("before_shipment", "zh"): [
        "{d}%定金，{b}%尾款出货前付清",
        "定金{d}%，余款{b}%发货前付清",
        "预付{d}%，出货前付清余款{b}%",
        "T/T {d}%预付款，{b}%尾款装船前支付",
    ],
    ("against_bl_copy", "zh"): [
        "定金{d}%，余款{b}%见提单副本支付",
        "{d}%定金，{b}%尾款凭提单复印件付清",
        "T/T {d}%预付，{b}%见提单copy付款",
    ],
}


def payment_text(
    terms: Terms, rng: random.Random, lang: str = "en", *, style: int | None = None
) -> str:
    style = terms.payment_style if style is None else style
    table = PAYMENT[(terms.trigger, "zh" if lang == "zh" else "en")]
    phrase = table[style % len(table)] if style is not None else pick(rng, table)
    return phrase.format(d=terms.deposit, b=100 - terms.deposit)


LEAD_CAL = [
    "{s} days after deposit", "within {s} days after receipt of deposit", "{s} days upon receipt of the deposit",
    "{s} days from deposit", "{s} calendar days after deposit received", "abt. {s} days after deposit",
    "{s} days after receiving the deposit", "{s}days after deposit",
]  # fmt: skip
LEAD_WORK = [
    "{s} working days after deposit", "within {s} working days after receipt of deposit",
    "{s} business days from deposit", "{s} working days upon deposit received",
]  # fmt: skip
LEAD_ZH_CAL = [
    "收到定金后{s}天",
    "定金到账后{s}天内交货",
    "交期{s}天（收到定金后）",
    "订金到后{s}天出货",
]
LEAD_ZH_WORK = ["收到定金后{s}个工作日", "定金到账后{s}个工作日内交货"]


def lead_span(terms: Terms, sep: str = "-") -> str:
    lo, hi = terms.lead_min, terms.lead_max
    return str(hi) if lo == hi else f"{lo}{sep}{hi}"


def lead_text(
    terms: Terms, rng: random.Random, lang: str = "en", *, style: int | None = None
) -> str:
    style = terms.lead_style if style is None else style
    working = terms.lead_basis == "working"
    lo, hi = terms.lead_min, terms.lead_max
    if lang == "zh":
        table = LEAD_ZH_WORK if working else LEAD_ZH_CAL
        phrase = table[style % len(table)] if style is not None else pick(rng, table)
        return phrase.format(s=lead_span(terms, "-"))
    table = list(LEAD_WORK if working else LEAD_CAL)
    if not working and lo == hi and lo % 7 == 0:
        table.append(f"{lo // 7} weeks after deposit")
    if not working and lo != hi and lo % 7 == 0 and hi % 7 == 0:
        table.append(f"{lo // 7}-{hi // 7} weeks after deposit")
    phrase = table[style % len(table)] if style is not None else pick(rng, table)
    return phrase.format(s=lead_span(terms, pick(rng, ["-", "~", " to "])))


def lead_days_chat(days: int, basis: str, lang: str) -> str:
    if lang == "zh":
        return f"{days}个工作日" if basis == "working" else f"{days}天"
    if lang == "de":
        return f"{days} Arbeitstage" if basis == "working" else f"{days} Tage"
    if lang == "fr":
        return f"{days} jours ouvrés" if basis == "working" else f"{days} jours"
    return f"{days} working days" if basis == "working" else f"{days} days"


def inspection_text(rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return pick(
            rng,
            [
                "出货前验货，AQL 2.5/4.0，一般检验水平II",
                "按AQL 2.5（主要缺陷）/4.0（次要缺陷）验货，II级",
            ],
        )
    return pick(rng, [
        "pre-shipment inspection, AQL 2.5/4.0, General Inspection Level II",
        "PSI by buyer's inspector: AQL 2.5 (major) / 4.0 (minor), level II",
        "inspection per ISO 2859-1 GII, AQL major 2.5 minor 4.0",
        "final random inspection ANSI Z1.4 level II, AQL 2.5/4.0",
        "AQL2.5/4.0 GII before shipment",
    ])  # fmt: skip


def warranty_text(months: int, rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return f"质保{months}个月（自出货之日起）"
    forms = [
        f"{months} months from shipment",
        f"{months}-month warranty after shipment",
        f"warranty {months} months",
    ]
    if months % 12 == 0:
        years = months // 12
        forms.append(f"{years} year{'s' if years > 1 else ''} warranty from date of shipment")
    return pick(rng, forms)


# ----------------------------------------------------------------------------- dates


def date_text(
    day: date, rng: random.Random | None = None, *, style: int | None = None, lang: str = "en"
) -> str:
    forms = [f"{day:%Y-%m-%d}", f"{day:%d %b %Y}", f"{day:%b. %d, %Y}", f"{day:%Y/%m/%d}", f"{day:%d-%b-%Y}",
             f"{day:%B} {day.day}, {day.year}", f"{day.day}th {day:%B %Y}"]  # fmt: skip
    if lang == "zh":
        forms = [f"{day.year}年{day.month}月{day.day}日", f"{day:%Y-%m-%d}", f"{day:%Y.%m.%d}"]
    if lang == "de":
        forms = [f"{day:%d.%m.%Y}", f"{day.day}.{day.month}.{day.year}"]
    if style is None:
        style = rng.randrange(len(forms)) if rng else 0
    text = forms[style % len(forms)]
    if "th " in text:  # 1st 2nd 3rd 21st...
        d = day.day
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        text = f"{d}{suffix} {day:%B %Y}"
    return text


# ------------------------------------------------------------------------ bank blocks

BANK_LABELS = {
    "beneficiary": (["Beneficiary", "Beneficiary Name", "Account Name", "Beneficiary's name", "A/C Name"], ["收款人", "户名", "收款单位"]),
    "bank": (["Beneficiary Bank", "Bank Name", "Bank", "Receiving Bank", "Name of bank"], ["开户行", "开户银行", "收款银行"]),
    "address": (["Bank Address", "Bank Add.", "Address of bank"], ["银行地址"]),
    "swift": (["SWIFT Code", "SWIFT", "SWIFT/BIC", "BIC / SWIFT", "Swift code"], ["SWIFT代码", "银行国际代码"]),
    "account": (["Account No.", "A/C No.", "Account Number", "{cur} A/C No.", "A/C", "Bank account"], ["账号", "银行账号", "收款账号"]),
    "intermediary": (["Intermediary Bank", "Correspondent Bank", "Intermediary bank (USD)"], ["中转行"]),
}  # fmt: skip
BANK_HEADINGS = ["BANK INFORMATION", "Bank details:", "OUR BANK INFO:", "Banking details for T/T payment",
                 "Please remit to:", "BENEFICIARY BANK DETAILS"]  # fmt: skip
BANK_HEADINGS_ZH = ["银行资料 BANK INFO", "汇款信息 / Bank information", "收款账户信息"]


def account_text(account: str, rng: random.Random) -> str:
    if "-" in account or not account.isdigit():
        return account
    if len(account) > 10 and chance(rng, 0.45):
        return " ".join(account[i : i + 4] for i in range(0, len(account), 4))
    return account


@dataclass
class BankBlock:
    heading: str
    lines: list[str] | None  # label beside / above / one line
    table: list[list[str]] | None  # two-column table


def bank_block(
    bank: Bank,
    rng: random.Random,
    lang: str = "en",
    *,
    currency: str = "USD",
    layout: str | None = None,
) -> BankBlock:
    """The bank block in one of the layouts suppliers use: beside, above, one-line, table."""
    layout = layout or pick(rng, ["beside", "beside", "above", "oneline", "table"])
    bilingual = lang in ("zh", "mixed")
    fields = [("beneficiary", bank.beneficiary), ("bank", bank.bank), ("address", bank.address),
              ("swift", bank.swift), ("account", account_text(bank.account, rng))]  # fmt: skip
    if chance(rng, 0.3):  # some put the account before the SWIFT code
        fields[3], fields[4] = fields[4], fields[3]
    if bank.intermediary:
        fields.append(("intermediary", bank.intermediary))
    if layout == "oneline":
        fields = [f for f in fields if f[0] != "address"]

    def label(key: str) -> str:
        en, zh = BANK_LABELS[key]
        text = pick(rng, en).replace("{cur}", currency)
        if bilingual:
            return f"{pick(rng, zh)} {text}"
        return text

    heading = pick(rng, BANK_HEADINGS_ZH) if bilingual else pick(rng, BANK_HEADINGS)
    colon = "：" if lang == "zh" and chance(rng, 0.5) else ":"
    if layout == "table":
        return BankBlock(heading, None, [[label(k), v] for k, v in fields])
    if layout == "above":
        lines: list[str] = []
        for k, v in fields:
            lines += [f"{label(k)}{colon}", v]
        return BankBlock(heading, lines, None)
    if layout == "oneline":
        sep = pick(rng, [" | ", " / ", "; ", "  ·  "])
        return BankBlock(heading, [sep.join(f"{label(k)}{colon} {v}" for k, v in fields)], None)
    return BankBlock(heading, [f"{label(k)}{colon} {v}" for k, v in fields], None)


def bank_lines_flat(block: BankBlock) -> list[str]:
    if block.lines is not None:
        return [block.heading, *block.lines]
    return [block.heading, *[f"{a}: {b}" for a, b in block.table or []]]


# ------------------------------------------------------------------- amount in words

_ONES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE",
         "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"]  # fmt: skip
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (" " + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " HUNDRED" + (" AND " + _words(rest) if rest else "")
    for size, name in ((1_000_000, "MILLION"), (1000, "THOUSAND")):
        if n >= size:
            rest = n % size
            head = _words(n // size) + " " + name
            if not rest:
                return head
            return head + (" AND " if rest < 100 else " ") + _words(rest)
    raise ValueError(n)


def amount_in_words(value: Decimal, currency: str, rng: random.Random) -> str:
    whole = int(value)
    cents = int((value - whole) * 100)
    cur = pick(rng, CURRENCY_WORDS.get(currency, [currency]))
    text = _words(whole)
    if cents:
        text += pick(
            rng,
            [
                f" AND CENTS {_words(cents)}",
                f" AND {_words(cents)} CENTS",
                f" POINT {_words(cents)}",
            ],
        )
    return pick(
        rng,
        [
            f"SAY {cur} {text} ONLY",
            f"SAY TOTAL {cur} {text} ONLY.",
            f"TOTAL IN WORDS: {cur} {text} ONLY",
        ],
    )


# =========================================================================================
# The buyer's documents: spec sheet, golden-sample record
# =========================================================================================

SPEC_LABELS = {
    "sku": (["Item No.", "Article no.", "SKU", "Model"], "货号"),
    "desc": (["Description", "Product", "Item description"], "品名"),
    "material": (["Material", "Material / grade", "Main material"], "材质"),
    "capacity": (["Capacity", "Volume"], "容量"),
    "dims": (["Dimensions", "Size", "Product size"], "尺寸"),
    "weight": (["Net weight", "Weight (net)", "Product weight"], "净重"),
    "color": (["Colour", "Color", "Body colour"], "颜色"),
    "finish": (["Finish", "Surface finish", "Surface treatment"], "表面处理"),
    "logo": (["Logo", "Logo / branding", "Decoration"], "Logo工艺"),
    "certs": (["Certification", "Compliance", "Test standards"], "认证"),
    "inner": (["Inner packing", "Unit packaging", "Individual packing"], "内包装"),
    "carton_qty": (["Carton quantity", "Pcs per carton", "Master carton qty"], "装箱数"),
    "carton": (["Master carton", "Outer carton", "Export carton"], "外箱"),
}
SPEC_NOTES = {
    "material": ["no substitution without written approval", "certificate of material required"],
    "metal": ["grade to be verified by XRF on the golden sample", "mill certificate required"],
    "color": ["to match approved colour card", "ΔE ≤ 1.0 vs. standard", "see colour standard"],
    "logo": ["per artwork file v2", "position as per artwork", "artwork attached"],
    "certs": ["test reports before shipment", "valid test report from accredited lab", "reports to be sent before balance"],
}  # fmt: skip


def _label(key: str, rng: random.Random, bilingual: bool) -> str:
    en, zh = SPEC_LABELS[key]
    text = pick(rng, en)
    return f"{zh} {text}" if bilingual else text


def spec_rows(item: Item, order: Order, rng: random.Random, lang: str = "en") -> list[list[str]]:
    """The spec's attribute table for one item: Attribute | Requirement | Tolerance / note."""
    bi = lang == "mixed"
    us = order.buyer.country == "US"
    head = (["属性 Attribute", "要求 Requirement", "公差/备注 Tolerance / Note"] if bi
            else pick(rng, [["Attribute", "Requirement", "Tolerance / Note"], ["Feature", "Specification", "Remarks"],
                            ["Parameter", "Value", "Tolerance"]]))  # fmt: skip
    rows = [head, [_label("sku", rng, bi), item.sku, ""], [_label("desc", rng, bi), item.desc, ""]]
    if item.material:
        notes = SPEC_NOTES["material"] + (
            SPEC_NOTES["metal"] if item.material in ("SS304", "ALUMINIUM") else []
        )
        rows.append(
            [_label("material", rng, bi), material_text(item.material, rng, "en"), pick(rng, notes)]
        )
    if item.capacity:
        rows.append(
            [
                _label("capacity", rng, bi),
                capacity_text(item.capacity, rng, imperial=us),
                pick(rng, ["±3%", "+/-3%", "±3 %"]),
            ]
        )
    if item.dims:
        unit = "cm" if dims_cm_exact(item) and chance(rng, 0.3) else "mm"
        tol = tol_text(item.dims_tol, "mm", rng) if item.dims_tol else ""
        rows.append([_label("dims", rng, bi), dims_text(item, rng, unit=unit, imperial=us), tol])
    if item.weight:
        tol = tol_text(item.weight_tol, "g", rng) if item.weight_tol else ""
        rows.append([_label("weight", rng, bi), weight_text(item.weight, rng, imperial=us), tol])
    if item.color:
        rows.append(
            [_label("color", rng, bi), color_text(item.color, rng), pick(rng, SPEC_NOTES["color"])]
        )
    if item.finish:
        rows.append([_label("finish", rng, bi), finish_text(item.finish, rng), ""])
    if item.logo:
        rows.append(
            [_label("logo", rng, bi), logo_text(item.logo, rng), pick(rng, SPEC_NOTES["logo"])]
        )
    if item.certs:
        rows.append(
            [_label("certs", rng, bi), certs_text(item.certs, rng), pick(rng, SPEC_NOTES["certs"])]
        )
    if item.inner:
        rows.append([_label("inner", rng, bi), inner_text(item.inner, rng), ""])
    if item.carton_qty:
        if chance(rng, 0.5):
            rows.append([_label("carton_qty", rng, bi), carton_qty_text(item.carton_qty, rng), ""])
            rows.append([_label("carton", rng, bi), ply_text(item.carton_ply, rng),
                         carton_size_text(item.carton_cm, rng) if item.carton_cm else ""])  # fmt: skip
        else:
            rows.append([_label("carton", rng, bi), f"{carton_qty_text(item.carton_qty, rng)}, {ply_text(item.carton_ply, rng)}",
                         carton_size_text(item.carton_cm, rng) if item.carton_cm else ""])  # fmt: skip
    return rows


SPEC_TITLES = ["Product Specification – {p}", "PRODUCT SPECIFICATION SHEET: {p}", "Spec sheet {p}",
               "Technical specification – {p}", "{p} – Purchase Specification"]  # fmt: skip
QUOTE_NAMED = [
    "Price, payment and delivery terms as per supplier quotation {q} dated {d} (accepted by the buyer).",
    "Commercial terms: supplier's quotation {q} of {d}, accepted.",
    "This order is placed on the basis of quotation {q} ({d}); its prices and terms are agreed.",
    "商务条款按供应商报价单{q}（{d}）执行 / Commercial terms per accepted quotation {q}.",
]  # fmt: skip
INSPECTION_REQ = [
    "Inspection: pre-shipment inspection, AQL 2.5 major / 4.0 minor, General Inspection Level II.",
    "Quality: final random inspection per ISO 2859-1, level II, AQL 2.5/4.0, before balance payment.",
    "QC: PSI by buyer's nominated inspector (AQL 2.5/4.0, GII).",
]  # fmt: skip


def write_spec(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    tracked: list[tuple[str, str, str]] | None = None,
    names_quote: bool = False,
) -> Path:
    """The buyer's specification: DOCX, XLSX, PDF or Markdown by the file suffix."""
    title = pick(rng, SPEC_TITLES).format(p=order.product)
    b = order.buyer
    day = date_text(
        order.spec_date, rng, lang="de" if b.country == "DE" and chance(rng, 0.5) else "en"
    )
    intro = [
        f"Buyer: {b.name}    Ref.: SPEC-{order.order_id}    Date: {day}",
        f"Supplier: {order.supplier.name}",
        pick(rng, ["This specification is part of the purchase order. Any deviation requires the buyer's written approval.",
                   "Deviations from this specification are not accepted unless approved in writing by the buyer.",
                   "No change to material, colour, size or packing without written approval from the buyer."]),
    ]  # fmt: skip
    quality = []
    if order.terms.inspection:
        quality.append(pick(rng, INSPECTION_REQ))
    quality.extend(order.spec_notes)
    if names_quote:
        quality.append(
            pick(rng, QUOTE_NAMED).format(q=order.quote_no, d=date_text(order.quote_date, style=0))
        )
    signoff = pick(rng, [f"Prepared by {b.contact}, {b.name}", f"Issued by: {b.contact} ({b.title or 'Purchasing'})",
                         f"{b.contact} – {b.name}"])  # fmt: skip
    suffix = path.suffix.lower()
    if suffix == ".docx":
        doc = Docx(path, title=title, author=b.contact)
        doc.heading(title, 1).lines(intro)
        for item in order.items:
            doc.heading(f"{item.sku} {item.desc}", 2)
            doc.table(spec_rows(item, order, rng, lang))
        doc.heading(
            pick(rng, ["Quality and packing", "Quality requirements", "General requirements"]), 2
        ).lines(quality)
        for before, deleted, inserted in tracked or ():
            doc.tracked(
                before,
                deleted,
                inserted,
                author=b.contact,
                when=datetime.combine(order.spec_date, datetime.min.time()),
            )
        doc.para(signoff)
        return doc.save()
    if suffix == ".xlsx":
        rows: list[list[object]] = [[Cell(title, bold=True)], [intro[0]], [intro[2]], []]
        for item in order.items:
            rows.extend(
                [
                    [Cell(x, bold=r == 0) for x in row]
                    for r, row in enumerate(spec_rows(item, order, rng, lang))
                ]
            )
            rows.append([])
        rows.extend([[q] for q in quality])
        rows.append([signoff])
        return write_xlsx(
            path,
            {pick(rng, ["Spec", "Specification", "Sheet1"]): rows},
            title=title,
            author=b.contact,
        )
    if suffix == ".pdf":
        pdf = Pdf(path, title=title, author=b.contact)
        pdf.para(b.name, size=13, bold=True).para(title, size=11, bold=True).space().lines(
            intro
        ).space()
        for item in order.items:
            pdf.para(f"{item.sku} {item.desc}", bold=True).table(
                spec_rows(item, order, rng, lang), widths=[42, 85, 51]
            ).space()
        pdf.lines(quality).space().para(signoff)
        return pdf.save()
    lines = [f"# {title}", "", *intro, ""]
    for item in order.items:
        rows_md = spec_rows(item, order, rng, lang)
        lines += [
            f"## {item.sku} {item.desc}",
            "",
            "| " + " | ".join(rows_md[0]) + " |",
            "|---|---|---|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in rows_md[1:]]
        lines.append("")
    lines += ["## Quality", "", *quality, "", signoff, ""]
    return write_text(path, "\n".join(lines))


def _within(value: str, tol: str | None, rng: random.Random) -> str:
    """A measurement inside the tolerance (at most half of it away), as a golden sample measures."""
    if not tol:
        return value
    half = Decimal(tol) / 2
    step = pick(rng, ["-1", "0", "1"])
    measured = Decimal(value) + half * Decimal(step)
    return dec_text(measured)


def write_sample_record(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    signed: date,
    deltas: dict[str, str] | None = None,
    sample_pcs: int = 3,
) -> Path:
    """The golden-sample record: what the approved sample measured, who signed it off and when.

    Measurements lie inside the spec's tolerance unless `deltas` ("SKU:weight" -> grams) says
    otherwise; the number of samples measured is no order quantity.
    """
    deltas = deltas or {}
    bi = chance(rng, 0.3)
    title = pick(rng, ["Golden Sample Approval Record – {p}", "GOLDEN SAMPLE RECORD {p}", "Sample approval form – {p}",
                       "Approved sample sheet: {p}"]).format(p=order.product)  # fmt: skip
    if bi:
        title = "封样确认单 " + title
    rows = [pick(rng, [["Item", "Check", "Specified", "Measured on sample", "Result"],
                       ["SKU", "Characteristic", "Spec", "Sample (avg.)", "OK/NG"]])]  # fmt: skip
    for item in order.items:
        if item.material:
            checks = {
                "SS304": ["conforms (XRF)", "magnet test + XRF: conforms"],
                "ALUMINIUM": ["conforms (XRF)"],
            }.get(item.material, ["as specified", "conforms (supplier's material certificate)"])
            rows.append(
                [item.sku, "Material", material_text(item.material, rng), pick(rng, checks), "OK"]
            )
        if item.dims:
            measured = [_within(v, item.dims_tol, rng) for v in item.dims]
            tol = f" ±{item.dims_tol} mm" if item.dims_tol else ""
            rows.append(
                [
                    item.sku,
                    "Dimensions",
                    dims_text(item, rng, unit="mm") + tol,
                    " x ".join(measured) + " mm",
                    "OK",
                ]
            )
        if item.weight:
            key = f"{item.sku}:weight"
            measured_w = deltas.get(key) or _within(item.weight, item.weight_tol, rng)
            rows.append(
                [
                    item.sku,
                    "Weight",
                    f"{item.weight} g ±{item.weight_tol or 0} g",
                    f"{measured_w} g",
                    "OK",
                ]
            )
        if item.capacity:
            rows.append(
                [
                    item.sku,
                    "Capacity",
                    capacity_text(item.capacity, rng),
                    f"{item.capacity} ml (filled to brim)",
                    "OK",
                ]
            )
        if item.color:
            rows.append(
                [
                    item.sku,
                    "Colour",
                    color_text(item.color, rng),
                    pick(rng, ["matches colour card", "ΔE 0.6", "OK vs. standard"]),
                    "OK",
                ]
            )
        if item.logo:
            rows.append(
                [item.sku, "Logo", logo_text(item.logo, rng), "position and size per artwork", "OK"]
            )
    pcs = pick(rng, [f"Samples checked: {sample_pcs} pcs per item", f"Sample qty: {sample_pcs} pcs/SKU",
                     f"{sample_pcs} pcs of each item were measured; values are averages."])  # fmt: skip
    sign = pick(rng, [
        "Sample approved by {c} ({n}) on {d}. Production must match this sample.",
        "Approved as golden sample – {c}, {n}, {d}. Mass production to follow this sample.",
        "Signed off: {c} / {n} / {d}",
    ]).format(c=order.buyer.contact, n=order.buyer.name, d=date_text(signed, rng))  # fmt: skip
    if path.suffix.lower() == ".xlsx":
        data: list[list[object]] = [
            [Cell(title, bold=True)],
            [f"Order {order.order_id}"],
            [pcs],
            [],
        ]
        data += [[Cell(x, bold=r == 0) for x in row] for r, row in enumerate(rows)]
        data += [[], [sign]]
        return write_xlsx(path, {"Sample record": data}, title=title, author=order.buyer.contact)
    doc = Docx(path, title=title, author=order.buyer.contact)
    doc.heading(title, 1).para(f"Order {order.order_id}, supplier {order.supplier.name}").para(pcs)
    doc.table(rows).para(sign)
    return doc.save()


# =========================================================================================
# The supplier's documents: quotation, proforma invoice
# =========================================================================================


def letterhead_lines(s: Company, rng: random.Random, *, zh_first: bool = False) -> list[str]:
    names = [s.name.upper() if chance(rng, 0.7) else s.name, s.name_zh or ""]
    if zh_first:
        names.reverse()
    fax = s.phone[:-2] + "99"
    contact = pick(rng, [f"Tel: {s.phone}    Fax: {fax}    E-mail: {s.email}",
                         f"TEL: {s.phone} / FAX: {fax} / Email: {s.email}",
                         f"电话 Tel: {s.phone}  传真 Fax: {fax}  邮箱 {s.email}"])  # fmt: skip
    return [
        names[0],
        names[1],
        pick(rng, ["Add: ", "Address: ", "地址 Add: "]) + s.address,
        contact,
    ]


def pdf_letterhead(pdf: Pdf, lines: list[str]) -> None:
    pdf.para(lines[0], size=13, bold=True, center=True)
    if lines[1]:
        pdf.para(lines[1], size=11, center=True)
    for line in lines[2:]:
        pdf.para(line, size=8, center=True)
    pdf.rule()


HEADERS = {
    "no": (["No.", "Item", "#"], "序号"),
    "sku": (["Item No.", "Model", "Art. No.", "Ref."], "货号"),
    "photo": (["Photo", "Picture"], "图片"),
    "desc": (["Description", "Product Description", "Name & Spec."], "品名规格"),
    "material": (["Material"], "材质"),
    "qty": (["Qty", "Quantity", "Q'TY", "Order Qty"], "数量"),
    "unit": (["Unit"], "单位"),
    "price": (["Unit Price", "Price", "U/Price"], "单价"),
    "amount": (["Amount", "Total", "Sub-total"], "金额"),
    "packing": (["Packing", "Pcs/Ctn"], "包装"),
    "moq": (["MOQ"], "起订量"),
}


def header_text(key: str, rng: random.Random, style: str, currency: str) -> str:
    en_forms, zh = HEADERS[key]
    en = pick(rng, en_forms)
    if key in ("price", "amount") and chance(rng, 0.6):
        en = f"{en} ({currency})" if chance(rng, 0.5) else f"{en} {currency}"
    if key == "qty" and chance(rng, 0.3):
        en = f"{en} (pcs)"
    if style == "bilingual":
        return f"{zh} {en}" if chance(rng, 0.7) else f"{en} {zh}"
    if style == "stacked":
        return f"{en}\n{zh}"
    if style == "zh":
        return zh
    return en


QUOTE_LAYOUTS = [
    ["no", "sku", "desc", "material", "qty", "price", "packing"],
    ["sku", "photo", "desc", "price", "qty", "moq", "packing"],
    ["no", "desc", "sku", "qty", "price"],
    ["sku", "desc", "material", "price", "moq", "qty"],
    ["no", "photo", "sku", "desc", "packing", "qty", "price"],
]


def quote_terms(
    order: Order, rng: random.Random, lang: str, *, prose: bool, factory_city: str | None
) -> list[str]:
    t = order.terms
    zh = lang == "zh"
    if zh:
        return [
            f"价格条款：{incoterm_text(t, rng, 'zh', factory_city=factory_city)}",
            f"付款方式：{payment_text(t, rng, 'zh')}",
            f"交期：{lead_text(t, rng, 'zh')}",
            f"币种：{CURRENCY_ZH.get(t.currency, t.currency)}",
            "报价有效期：30天",
            "样品：免费，运费到付",
        ]
    inc, pay, lead = (
        incoterm_text(t, rng, factory_city=factory_city),
        payment_text(t, rng),
        lead_text(t, rng),
    )
    if prose:
        return [pick(rng, [
            f"Prices above are {inc} in {t.currency}. Payment terms: {pay}. Delivery time: {lead}. This quotation is valid for 30 days.",
            f"All prices quoted {inc}, currency {t.currency}; payment {pay}; lead time {lead}. Offer valid 30 days, samples free of charge.",
        ])]  # fmt: skip
    lab = {
        "inc": pick(rng, ["Price term", "Trade term", "Price basis", "Terms of delivery"]),
        "pay": pick(rng, ["Payment", "Payment term", "Terms of payment"]),
        "lead": pick(rng, ["Lead time", "Delivery time", "Production time", "Lead tiem"]),
    }
    bi = lang == "mixed"
    if bi:
        lab = {
            "inc": "价格条款 " + lab["inc"],
            "pay": "付款方式 " + lab["pay"],
            "lead": "交期 " + lab["lead"],
        }
    lines = [
        f"{lab['inc']}: {inc}",
        f"Currency: {t.currency}",
        f"{lab['pay']}: {pay}",
        f"{lab['lead']}: {lead}",
    ]
    if chance(rng, 0.5):
        lines[0], lines[2] = lines[2], lines[0]
    lines += [pick(rng, ["Validity: 30 days from the date of this quotation", "Quotation valid for 30 days", "Offer valid 30 days"]),
              pick(rng, ["Sample: free, freight collect", "Samples free, courier cost by buyer", "Sample lead time 7 days"])]  # fmt: skip
    return lines


def write_quote(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    version: str = "",
    qdate: date | None = None,
    accepted_by: tuple[str, date] | None = None,
    bank: Bank | None = None,
    factory_city: str | None = None,
) -> Path:
    """The supplier's quotation, as XLSX (formulas with cached values) or PDF."""
    qdate = qdate or order.quote_date
    cur = order.terms.currency
    columns = pick(rng, QUOTE_LAYOUTS)
    style = "bilingual" if lang in ("mixed", "zh") else pick(rng, ["plain", "plain", "stacked"])
    three = chance(rng, 0.25)  # unit prices to 3 decimals, as many factories quote
    head = [header_text(c, rng, style, cur) for c in columns]
    body = []
    for n, item in enumerate(order.items, 1):
        cells = {
            "no": str(n),
            "sku": item.sku,
            "photo": "",
            "desc": item.desc_zh if lang == "zh" else item.desc,
            "material": material_text(item.material, rng, "zh" if lang == "zh" else "en")
            if item.material
            else "",
            "qty": f"{item.qty:,}",
            "price": dec_text(item.price, 3 if three else 2),
            "packing": carton_qty_text(item.carton_qty, rng, "zh" if lang == "zh" else "en")
            if item.carton_qty
            else "",
            "moq": f"{max(100, item.qty // 2 // 100 * 100):,} pcs",
        }
        body.append([cells[c] for c in columns])
    title = (
        pick(rng, ["QUOTATION 报价单", "报价单 QUOTATION", "PRICE QUOTATION 报价"])
        if lang != "en"
        else pick(rng, ["QUOTATION", "PRICE QUOTATION", "Quotation Sheet"])
    )
    vtxt = f" {version}" if version else ""
    ref = f"{pick(rng, ['Quote No.', 'Quotation No.', 'Ref.', 'QTN No.'])}: {order.quote_no}{vtxt}    {pick(rng, ['Date', 'Quote date'])}: {date_text(qdate, rng)}"
    to = pick(rng, [f"To: {order.buyer.name}, Attn: {order.buyer.contact}", f"Customer: {order.buyer.name} ({order.buyer.contact})",
                    f"Messrs. {order.buyer.name}"])  # fmt: skip
    terms = quote_terms(
        order, rng, lang, prose=chance(rng, 0.3) and lang != "zh", factory_city=factory_city
    )
    tail: list[str] = []
    if bank:
        tail += bank_lines_flat(
            bank_block(bank, rng, lang, currency=cur, layout=pick(rng, ["beside", "oneline"]))
        )
    if accepted_by:
        who, when = accepted_by
        tail.append(pick(rng, [
            f"Accepted and confirmed by the buyer: {who} ({order.buyer.name}), {date_text(when, style=1)}  [signed]",
            f"Buyer's confirmation: ACCEPTED – {who}, {date_text(when, style=0)}",
            f"Confirmed by buyer / 买方确认: {who}  {date_text(when, style=0)} (signature)",
        ]))  # fmt: skip
    sender = f"{order.supplier.contact}, {pick(rng, ['Sales Manager', 'Sales', 'Export Dept.', '业务经理'])}"
    if path.suffix.lower() == ".xlsx":
        qi, pi = columns.index("qty"), columns.index("price")
        data: list[list[object]] = [[Cell(order.supplier.name.upper(), bold=True)], [order.supplier.name_zh or ""],
                                    [f"Tel: {order.supplier.phone}  E-mail: {order.supplier.email}"],
                                    [Cell(title, bold=True)], [ref], [to], []]  # fmt: skip
        header_row = len(data)
        data.append([Cell(h, bold=True) for h in head])
        for r, row in enumerate(body):
            excel_row = len(data) + 1
            cells: list[object] = list(row)
            cells[qi] = Cell(order.items[r].qty, num_format="#,##0")
            cells[pi] = Cell(float(order.items[r].price), num_format="0.000" if three else "0.00")
            qcol, pcol = chr(ord("A") + qi), chr(ord("A") + pi)
            cells.append(
                Cell(
                    float(order.items[r].amount),
                    num_format="#,##0.00",
                    formula=f"={qcol}{excel_row}*{pcol}{excel_row}",
                )
            )
            data.append(cells)
        data[header_row].append(
            Cell(
                header_text("amount", rng, style, cur) if style != "plain" else f"Amount ({cur})",
                bold=True,
            )
        )
        data.append([])
        data.extend([[line] for line in terms])
        data.extend([[line] for line in tail])
        data.append([sender])
        return write_xlsx(
            path,
            {pick(rng, ["Quotation", "报价", "Sheet1"]): data},
            title=title,
            author=order.supplier.contact,
        )
    pdf = Pdf(path, title=title, author=order.supplier.contact)
    pdf_letterhead(pdf, letterhead_lines(order.supplier, rng, zh_first=lang == "zh"))
    pdf.para(title, size=12, bold=True, center=True).space().para(ref).para(to).space()
    pdf.table([head, *body]).space()
    pdf.lines(terms).space()
    if tail:
        pdf.lines(tail).space()
    pdf.para(pick(rng, ["Best regards, ", "Thanks & best regards, ", "BR, "]) + sender)
    return pdf.save()


PI_LAYOUTS = [
    ["no", "sku", "desc", "qty", "price", "amount"],
    ["sku", "desc", "qty", "unit", "price", "amount"],
    ["no", "sku", "desc", "qty", "price", "amount"],
    ["no", "desc", "sku", "price", "qty", "amount"],
    ["sku", "desc", "unit", "qty", "price", "amount"],
]
KV_LAYOUT = -1  # no item table: one key-value block per item (small suppliers' Word PIs)


def per_item_packing(order: Order) -> bool:
    return len({i.carton_qty for i in order.items}) > 1


def pi_description(
    item: Item, rng: random.Random, lang: str, show: frozenset[str] | set[str]
) -> str:
    """A PI item description: the name, then what the supplier repeats of the spec."""
    zh = lang == "zh"
    parts = [item.desc_zh if zh else item.desc]
    if "material" in show and item.material:
        parts.append(material_text(item.material, rng, "zh" if zh else "en"))
    if "capacity" in show and item.capacity:
        parts.append(capacity_text(item.capacity, rng, "zh" if zh else "en"))
    if "dims" in show and item.dims:
        unit = "cm" if "dims_cm" in show else "mm"
        parts.append(dims_text(item, rng, "zh" if zh else "en", unit=unit))
    if "color" in show and item.color:
        label = pick(rng, ["colour ", "color: ", "col. ", ""]) if not zh else "颜色"
        parts.append(label + color_text(item.color, rng, "zh" if zh else "en"))
    if "finish" in show and item.finish:
        parts.append(finish_text(item.finish, rng, "zh" if zh else "en"))
    if "logo" in show and item.logo:
        parts.append(
            ("logo: " if not zh else "Logo：") + logo_text(item.logo, rng, "zh" if zh else "en")
        )
    if "certs" in show and item.certs:
        parts.append(
            certs_text(item.certs, rng, "zh" if zh else "en")
            + (" 认证" if zh else pick(rng, [" certified", " approved", " test report"]))
        )
    return pick(rng, [", ", "; ", " / "]).join(parts) if not zh else "，".join(parts)


def pi_terms(
    order: Order,
    rng: random.Random,
    lang: str,
    *,
    omit: set[str] | frozenset[str],
    factory_city: str | None,
) -> list[str]:
    t = order.terms
    zh = lang == "zh"
    bi = lang == "mixed"
    numbering = pick(rng, ["{n}. ", "{n}) ", "- ", ""])
    lines: list[str] = []

    def add(en: list[str], zh_label: str, text: str) -> None:
        label = zh_label if zh else (f"{zh_label} {pick(rng, en)}" if bi else pick(rng, en))
        colon = "：" if zh else ":"
        lines.append(numbering.format(n=len(lines) + 1) + f"{label}{colon} {text}")

    if "incoterm" not in omit:
        add(
            ["Price term", "Trade terms", "Delivery term", "Terms of price"],
            "价格条款",
            incoterm_text(t, rng, lang if zh else "en", factory_city=factory_city),
        )
    if "payment" not in omit:
        add(
            ["Payment", "Payment terms", "Terms of payment", "Paymnet terms"],
            "付款方式",
            payment_text(t, rng, "zh" if zh else "en"),
        )
    if "lead_time" not in omit:
        add(
            ["Delivery time", "Lead time", "Shipment", "Delivery", "Deliver time"],
            "交货期",
            lead_text(t, rng, "zh" if zh else "en"),
        )
    if "packing" not in omit:
        item = order.items[0]
        plang = "zh" if zh else "en"
        if per_item_packing(order):
            add(
                ["Packing", "Packaging"],
                "包装",
                ply_text(item.carton_ply, rng, plang)
                + ("，装箱数见表格" if zh else ", pcs/ctn see table"),
            )
        elif item.carton_qty:
            inner = (
                (inner_text(item.inner, rng, plang) + ("，" if zh else ", ")) if item.inner else ""
            )
            add(
                ["Packing", "Packaging", "Packing details"],
                "包装",
                f"{inner}{carton_qty_text(item.carton_qty, rng, plang)}{'，' if zh else ', '}{ply_text(item.carton_ply, rng, plang)}",
            )
    if "inspection" not in omit and t.inspection:
        add(
            ["Inspection", "Quality inspection", "QC"],
            "验货",
            inspection_text(rng, "zh" if zh else "en"),
        )
    if "warranty" not in omit and t.warranty_months:
        add(
            ["Warranty", "Guarantee"],
            "质保",
            warranty_text(t.warranty_months, rng, "zh" if zh else "en"),
        )
    if chance(rng, 0.4):
        lines.append(numbering.format(n=len(lines) + 1) + pick(rng, [
            "Bank charges outside China are for the buyer's account." if not zh else "国外银行费用由买方承担。",
            "Shipping marks: as per buyer's instruction." if not zh else "唛头：按客户要求。",
            "Please quote the PI number on your remittance." if not zh else "汇款时请注明PI号。",
        ]))  # fmt: skip
    return lines


def pi_item_blocks(
    order: Order, rng: random.Random, lang: str, show: set[str] | frozenset[str], price_style: int
) -> list[str]:
    """Line items written as key-value blocks instead of a table."""
    cur = order.terms.currency
    zh = lang == "zh"
    per = pick(rng, ["/pc", "/pcs", " per pc", " each"]) if not zh else "/个"
    out: list[str] = []
    for n, item in enumerate(order.items, 1):
        out += [
            (f"Item {n}: {item.sku}" if not zh else f"产品{n}：{item.sku}"),
            ("Description: " if not zh else "品名：") + pi_description(item, rng, lang, show),
            ("Quantity: " if not zh else "数量：")
            + qty_text(item.qty, item.unit, rng, "zh" if zh else "en"),
            ("Unit price: " if not zh else "单价：") + money(item.price, cur, price_style) + per,
            ("Amount: " if not zh else "金额：") + money(item.printed_amount, cur, price_style),
        ]
        if per_item_packing(order) and item.carton_qty:
            out.append(
                ("Packing: " if not zh else "包装：")
                + carton_qty_text(item.carton_qty, rng, "zh" if zh else "en")
            )
        out.append(" ")
    out.append(
        ("Total amount: " if not zh else "合计金额：")
        + money(order.printed_total, order.total_currency or cur, price_style)
    )
    return out


def pi_table(
    order: Order,
    rng: random.Random,
    columns: list[str],
    style: str,
    lang: str,
    show: set[str] | frozenset[str],
    price_style: int,
) -> list[list[str]]:
    cur = order.terms.currency
    rows = [[header_text(c, rng, style, cur) for c in columns]]
    unit_zh = {"pcs": "个", "sets": "套"}
    for n, item in enumerate(order.items, 1):
        cells = {
            "no": str(n),
            "sku": item.sku,
            "desc": pi_description(item, rng, lang, show),
            "qty": f"{item.qty:,}"
            if "unit" in columns
            else qty_text(item.qty, item.unit, rng, "zh" if lang == "zh" else "en"),
            "unit": unit_zh.get(item.unit, item.unit)
            if lang == "zh"
            else pick(rng, [item.unit.upper(), item.unit, "PC"]),
            "price": money(item.price, cur, price_style),
            "amount": money(item.printed_amount, cur, price_style),
            "packing": carton_qty_text(item.carton_qty, rng, "zh" if lang == "zh" else "en")
            if item.carton_qty
            else "",
        }
        rows.append([cells[c] for c in columns])
    total = [""] * len(columns)
    total[columns.index("desc")] = (
        pick(rng, ["TOTAL 合计", "合计 TOTAL"])
        if lang != "en"
        else pick(rng, ["TOTAL", "Total", "GRAND TOTAL"])
    )
    total[columns.index("qty")] = f"{sum(i.qty for i in order.items):,}"
    total[columns.index("amount")] = money(
        order.printed_total, order.total_currency or cur, price_style
    )
    rows.append(total)
    return rows


def pi_columns(order: Order, layout: int) -> list[str]:
    columns = list(PI_LAYOUTS[layout % len(PI_LAYOUTS)])
    if per_item_packing(order):
        columns.insert(columns.index("amount"), "packing")
    return columns


def write_pi(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    layout: int | None = None,
    pi_no: str | None = None,
    pi_date: date | None = None,
    show: set[str] | frozenset[str] | None = None,
    omit: set[str] | frozenset[str] | None = None,
    remarks: list[str] | None = None,
    factory_city: str | None = None,
) -> Path:
    """The supplier's proforma invoice: letterhead, items, total in figures and words, terms, bank block.

    PDF by default; `.xlsx` and `.docx` give the Excel and Word PIs smaller suppliers send.
    """
    layout = rng.randrange(len(PI_LAYOUTS)) if layout is None else layout
    show = {"material"} if show is None else show
    omit = omit or set()
    pi_no = pi_no or order.pi_no
    pi_date = pi_date or order.pi_date
    cur = order.terms.currency
    price_style = rng.randrange(6)
    s, b = order.supplier, order.buyer
    zh = lang == "zh"
    title = (pick(rng, ["PROFORMA INVOICE 形式发票", "形式发票 PROFORMA INVOICE", "PRO FORMA INVOICE / 形式发票"]) if lang != "en"
             else pick(rng, ["PROFORMA INVOICE", "PRO FORMA INVOICE", "PROFORMA INVOICE (P/I)"]))  # fmt: skip
    no_label = (
        pick(rng, ["PI No.", "P/I No.", "Invoice No.", "Proforma No."])
        if not zh
        else "发票号 PI No."
    )
    head = [
        [f"{pick(rng, ['To', 'Buyer', 'Messrs', 'Bill to'])}: {b.name}", f"{no_label}: {pi_no}"],
        [
            f"Add: {b.address}",
            f"{'日期 Date' if zh else 'Date'}: {date_text(pi_date, rng, lang='zh' if zh and chance(rng, 0.5) else 'en')}",
        ],
        [
            f"Attn: {b.contact}  Tel: {b.phone}",
            f"{pick(rng, ['Your ref', 'Your PO', 'PO No.', 'Customer PO'])}: {order.order_id}",
        ],
    ]
    style = "bilingual" if lang in ("zh", "mixed") else pick(rng, ["plain", "plain", "stacked"])
    columns = pi_columns(order, layout) if layout != KV_LAYOUT else []
    blocks = pi_item_blocks(order, rng, lang, show, price_style) if layout == KV_LAYOUT else None
    table = (
        None
        if blocks is not None
        else pi_table(order, rng, columns, style, lang, show, price_style)
    )
    words = amount_in_words(order.printed_total, order.total_currency or cur, rng)
    terms_head = (
        pick(rng, ["TERMS AND CONDITIONS:", "TERMS:", "Remarks / Terms:"])
        if not zh
        else "条款 TERMS:"
    )
    terms = pi_terms(order, rng, lang, omit=omit, factory_city=factory_city) + list(remarks or [])
    bank = bank_block(order.bank, rng, lang, currency=cur) if "bank" not in omit else None
    sign = [
        pick(rng, [f"Seller: {s.name}    (company chop 公章)", f"For and on behalf of {s.name.upper()}", f"卖方 Seller: {s.name_zh or s.name}（盖章）"]),
        pick(rng, [f"Buyer's confirmation: ______________________    {s.contact}, Sales",
                   f"Authorized signature: {s.contact}", f"Prepared by {s.contact}   Buyer signature: ____________"]),
    ]  # fmt: skip
    letter = letterhead_lines(s, rng, zh_first=zh)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows: list[list[object]] = [
            [Cell(letter[0], bold=True)],
            *[[x] for x in letter[1:]],
            [],
            [Cell(title, bold=True)],
        ]
        rows += [list(r) for r in head] + [[]]
        if table is not None:
            rows += xlsx_numbers(order, columns, table)
        else:
            rows += [[x] for x in blocks or []]
        rows += [
            [],
            [Cell(words, bold=True)],
            [],
            [Cell(terms_head, bold=True)],
            *[[t] for t in terms],
            [],
        ]
        if bank:
            rows.append([Cell(bank.heading, bold=True)])
            rows += [list(r) for r in bank.table] if bank.table else [[x] for x in bank.lines or []]
            rows.append([])
        rows += [[x] for x in sign]
        return write_xlsx(
            path,
            {pick(rng, ["PI", "Proforma", "形式发票"]): rows},
            title=f"Proforma Invoice {pi_no}",
            author=s.name,
        )
    if suffix == ".docx":
        doc = Docx(path, title=f"Proforma Invoice {pi_no}", author=s.name)
        doc.lines([x for x in letter if x]).heading(title, 1).lines(
            [f"{r[0]}    {r[1]}" for r in head]
        )
        if table is not None:
            doc.table(table)
        else:
            doc.lines(blocks or [])
        doc.para(words, bold=True).para(terms_head, bold=True).lines(terms)
        if bank:
            doc.para(bank.heading, bold=True)
            if bank.table:
                doc.table(bank.table, header=False)
            else:
                doc.lines(bank.lines or [])
        doc.lines(sign)
        return doc.save()
    pdf = Pdf(path, title=f"Proforma Invoice {pi_no}", author=s.name)
    pdf_letterhead(pdf, letter)
    pdf.para(title, size=12, bold=True, center=True).space()
    pdf.table(head, grid=False, header=False, widths=[110, 68]).space()
    if table is not None:
        pdf.table(table).space(4)
    else:
        pdf.lines(blocks or []).space(4)
    pdf.para(words, bold=True).space()
    pdf.para(terms_head, bold=True).lines(terms).space()
    if bank:
        pdf.para(bank.heading, bold=True)
        if bank.table:
            pdf.table(bank.table, header=False, widths=[45, 133])
        else:
            pdf.lines(bank.lines or [])
        pdf.space()
    pdf.lines(sign)
    return pdf.save()


def xlsx_numbers(order: Order, columns: list[str], table: list[list[str]]) -> list[list[object]]:
    """The PI table as Excel holds it: numbers with a number format, amounts as numbers."""
    money_fmt = {"USD": '"US$"#,##0.00', "EUR": '"€"#,##0.00'}.get(order.terms.currency, "#,##0.00")
    rows: list[list[object]] = [[Cell(x, bold=True) for x in table[0]]]
    for item, texts in zip(order.items, table[1:-1], strict=False):
        row: list[object] = list(texts)
        if "unit" in columns:
            row[columns.index("qty")] = Cell(item.qty, num_format="#,##0")
        else:
            row[columns.index("qty")] = Cell(item.qty, num_format='#,##0" pcs"')
        row[columns.index("price")] = Cell(float(item.price), num_format=money_fmt)
        row[columns.index("amount")] = Cell(float(item.printed_amount), num_format=money_fmt)
        rows.append(row)
    rows.append(list(table[-1]))
    return rows


# =========================================================================================
# Change orders
# =========================================================================================


@dataclass
class Change:
    item: str | None  # SKU, or None for an order-level term
    field_label: str  # how the document names the attribute: "Colour", "Lead time"
    old: str
    new: str
    reason: str


CHANGE_TITLES = ["Change Order {n} to {o}", "ORDER AMENDMENT {n} – {o}", "Engineering Change Notice {n} (order {o})",
                 "订单变更单 Change Note {n} / {o}", "Amendment No. {n} to Purchase Order {o}"]  # fmt: skip


def write_change_order(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    number: str,
    when: date,
    changes: list[Change],
    approved: bool,
    approver: str | None = None,
) -> Path:
    """A change order / amendment: what changes from what to what, why, and the approval block."""
    title = pick(rng, CHANGE_TITLES).format(n=number, o=order.order_id)
    layout = pick(rng, ["table", "table", "prose", "bilingual"])
    if layout == "bilingual":
        rows = [["货号 Item", "项目 Attribute", "原要求 Was", "变更为 Now", "原因 Reason"]]
    else:
        rows = [pick(rng, [["Item", "Attribute", "From (approved)", "To (new)", "Reason"],
                           ["SKU", "What", "Old", "New", "Why"]])]  # fmt: skip
    rows += [
        [c.item or pick(rng, ["all items", "order", "全部"]), c.field_label, c.old, c.new, c.reason]
        for c in changes
    ]
    prose = [f"{k}. {c.field_label} of {c.item or 'the whole order'} changes from {c.old} to {c.new} ({c.reason})."
             for k, c in enumerate(changes, 1)]  # fmt: skip
    approver = approver or order.buyer.contact
    b, s = order.buyer, order.supplier
    if approved:
        sign = pick(rng, [
            [f"Approved by: {approver}, {b.name}", f"Date of approval: {date_text(when, style=0)}", f"Signature: /s/ {approver}"],
            ["Buyer approval: APPROVED", f"Name: {approver} ({b.name})", f"Date: {date_text(when, style=1)}"],
            [f"For and on behalf of {b.name}:", f"{approver}, {b.title or 'Purchasing'} – signed {date_text(when, style=0)}"],
            [f"买方确认 Buyer confirmation: {approver}（已签字 signed）", f"日期 Date: {date_text(when, style=0)}"],
        ]) + [f"Acknowledged by supplier: {s.contact}, {s.name}"]  # fmt: skip
    else:
        sign = pick(rng, [
            ["Status: PENDING BUYER APPROVAL", "Approved by: ______________________", "Date: ______________"],
            ["Buyer approval: ____________ (not yet signed)", "Date: ________"],
            ["买方签字 Buyer signature: ____________", "日期 Date: ________", "状态：待买方确认"],
            ["DRAFT – awaiting the buyer's signature"],
        ]) + [f"Requested by: {s.contact}, {s.name}"]  # fmt: skip
    intro = f"Date: {date_text(when, style=0)}    Supplier: {s.name}    Buyer: {b.name}"
    note = pick(rng, ["All other terms of the purchase order and specification remain unchanged.",
                      "Everything else as per PO and spec.", "其他条款不变 / other terms unchanged."])  # fmt: skip
    author = b.contact if approved else s.contact
    if path.suffix.lower() == ".docx":
        doc = Docx(path, title=title, author=author)
        doc.heading(title, 1).para(intro)
        if layout == "prose":
            doc.para("The parties agree to the following change(s):").lines(prose)
        else:
            doc.table(rows)
        doc.para(note).lines(sign)
        return doc.save()
    pdf = Pdf(path, title=title, author=author)
    pdf.para(title, size=12, bold=True).para(intro).space()
    if layout == "prose":
        pdf.para("The parties agree to the following change(s):").lines(prose)
    else:
        pdf.table(rows, widths=[24, 28, 42, 42, 42])
    pdf.space().para(note).space().lines(sign)
    return pdf.save()


# =========================================================================================
# Inspection reports
# =========================================================================================

INSPECTORS = [
    ("QC PARTNERS ASIA LTD.", "Zhang Wei", "Karen Ho"),
    ("BLUESTAR INSPECTION SERVICES (SHENZHEN) CO., LTD.", "Li Qiang", "Rebecca Tan"),
    ("HUAXIN QUALITY CONTROL CO., LTD. 华信质检", "Wang Lei", "Sophie Wu"),
]
RESULT_WORDING = {
    "passed": ["OVERALL RESULT: PASSED", "Conclusion: PASS", "Inspection result: CONFORM / 合格", "Final result: ACCEPTED"],
    "failed": ["OVERALL RESULT: FAILED", "Conclusion: FAIL – major defects exceed the acceptance number",
               "Inspection result: NOT CONFORM / 不合格", "Final result: REJECTED"],
    "pending": ["OVERALL RESULT: PENDING", "Conclusion: PENDING – awaiting lab test results",
                "Inspection result: 待定 PENDING (client decision required)", "Final result: ON HOLD / PENDING"],
}  # fmt: skip


def write_inspection(
    order: Order,
    path: Path,
    *,
    when: date,
    result: str,
    defects: list[tuple[str, str, int]] | None = None,
    rng: random.Random | None = None,
) -> Path:
    """A third-party pre-shipment inspection report (AQL per ISO 2859-1, General II)."""
    rng = rng or random.Random(f"{order.order_id}-{when}")
    firm, inspector, reviewer = pick(rng, INSPECTORS)  # type: ignore[arg-type]
    title = pick(rng, ["Pre-Shipment Inspection Report – {o}", "FINAL RANDOM INSPECTION REPORT (order {o})",
                       "PSI Report {o}"]).format(o=order.order_id)  # fmt: skip
    total = sum(i.qty for i in order.items)
    pdf = Pdf(path, title=title, author=firm)
    pdf.para(firm, size=12, bold=True).para(title, size=11, bold=True).space()
    pdf.table([
        ["Client", order.buyer.name],
        ["Supplier / factory", order.supplier.name],
        ["Inspection date", date_text(when, rng)],
        ["Inspection type", pick(rng, ["Pre-shipment inspection (PSI), goods 100% finished, at least 80% packed",
                                        "Final random inspection, 100% produced, >80% packed"])],
        ["Sampling plan", pick(rng, ["ISO 2859-1, General Inspection Level II, AQL Critical 0 / Major 2.5 / Minor 4.0",
                                      "ANSI/ASQ Z1.4 level II; AQL 0 / 2.5 / 4.0"])],
        ["Lot size", f"{total:,} pcs"],
        ["Sample size", pick(rng, ["200 pcs (code letter L)", "315 pcs (code letter M)", "125 pcs (code letter K)"])],
    ], header=False, widths=[45, 133]).space()  # fmt: skip
    rows = [["Defect", "Class", "Found"]] + [
        [d, c, str(n)] for d, c, n in (defects or [("None", "-", 0)])
    ]
    pdf.table(rows, widths=[110, 34, 34]).space()
    pdf.para(pick(rng, RESULT_WORDING[result.lower()]), size=11, bold=True)
    pdf.para(f"Inspector: {inspector}    Report reviewed by: {reviewer}")
    return pdf.save()


# =========================================================================================
# Chats: what people write
# =========================================================================================

# Small talk that changes nothing. (seller lines, buyer lines)
CHATTER = {
    "en": (["Good morning! Did you receive the samples by DHL?", "Attached the production photos, pls check",
            "Our factory will close for Chinese New Year from Feb 12 to Feb 25, orders placed now ship after the holiday",
            "Pls send me the shipping mark file when you have it", "Noted with thanks", "Happy Chinese New Year! 🧧",
            "Sorry for late reply, I was at the Canton Fair", "We sent 3 pcs samples of each item, AWB 4921 5530 12",
            "Dear, any news? Thanks"],
           ["Yes received yesterday, thank you", "Thanks, looks nice", "Have a nice weekend!", "ok thx", "👍",
            "Please check your email, I sent the artwork", "Can you send the barcode file again? The link expired",
            "Shipping marks attached, pls print on 2 sides of the carton"]),
    "zh": (["早上好！", "样品已经寄出，顺丰单号稍后发您", "这是大货生产照片，请查看", "春节放假2月12日到2月25日，节后安排生产",
            "每款寄了3个样品，请查收", "[图片]", "周末愉快！"],
           ["好的，收到", "唛头文件请邮件发我", "[动画表情]", "收到，谢谢", "照片看过了，没问题"]),
}  # fmt: skip

APPROVE = {
    "en": ["ok go ahead", "OK, approved.", "Fine for us, please proceed", "Agreed.", "Yes that's ok", "Confirmed, go ahead 👍",
           "Alright, we accept", "That works, pls proceed", "OK with us", "ok no problem, go ahead"],
    "de": ["Ok, passt. Bitte so machen.", "Einverstanden.", "Ja, das ist in Ordnung für uns."],
    "fr": ["D'accord, c'est ok pour nous.", "Ok, validé.", "Oui, c'est accepté."],
    "zh": ["好的，可以", "同意", "可以的，就按这个来", "没问题，同意", "OK的，同意"],
}  # fmt: skip
# Agreement that restates the value: {v} is the new value as chat text.
APPROVE_RESTATING = {
    "en": ["OK, {v} is fine.", "Approved, {v}.", "ok {v} confirmed", "Fine, we agree to {v}."],
    "de": ["Ok, {v} ist in Ordnung."], "fr": ["D'accord pour {v}."], "zh": ["好的，{v}可以", "同意{v}"],
}  # fmt: skip
QUESTION = {
    "en": ["Why {v}? Can you still do {o}?", "Is there no way to keep {o}?", "{v}?? What happened? Could you manage {o}?"],
    "de": ["Warum {v}? Geht es nicht doch in {o}?"], "fr": ["Pourquoi {v} ? Vous ne pouvez pas tenir {o} ?"],
    "zh": ["为什么要{v}？{o}不行吗？", "能不能还是{o}？"],
}  # fmt: skip
DEFER = {
    "en": ["Let me check with my manager and get back to you.", "Ok, I will discuss internally and revert tomorrow.",
           "Noted. I need to confirm with our planning team first.", "I'll come back to you after our Monday meeting."],
    "de": ["Ich muss das intern abklären und melde mich morgen."], "fr": ["Je dois vérifier avec ma direction, je reviens vers vous."],
    "zh": ["我先跟老板确认一下，明天回复你", "这个我要和财务商量一下再答复"],
}  # fmt: skip
KEEP_ORIGINAL = {
    "en": ["Please keep {o} as per our PO.", "We need to stay with {o} as quoted, sorry.", "No change please, {o} as agreed."],
    "de": ["Bitte bei {o} bleiben, wie bestellt."], "fr": ["Merci de rester sur {o}, comme convenu."],
    "zh": ["还是按原来的{o}", "请按订单的{o}执行"],
}  # fmt: skip
OBJECT = {
    "en": ["This is not acceptable for us.", "Sorry, we cannot agree to that.", "No, that doesn't work for us, sorry."],
    "de": ["Das können wir leider nicht akzeptieren."], "fr": ["Ce n'est pas acceptable pour nous."],
    "zh": ["这个我们不能接受", "不行，这个不同意"],
}  # fmt: skip
REJECT_PRICE = {
    "en": ["No, sorry. We cannot accept a price increase, please keep the quoted price.", "Sorry, not acceptable. We stick to the quotation.",
           "We don't agree, the price was confirmed in your quotation."],
    "de": ["Leider nein – bitte beim Angebotspreis bleiben."], "fr": ["Non, désolé, nous restons sur le prix du devis."],
    "zh": ["不行，请按报价执行", "不同意涨价，按原报价"],
}  # fmt: skip


def buyer_chat_lang(buyer: Company, rng: random.Random, chat_fmt: str) -> str:
    """The language a buyer answers in: English mostly; now and then German or French; Chinese in WeChat."""
    if chat_fmt.startswith("wechat"):
        return "zh"
    if buyer.country == "DE" and chance(rng, 0.35):
        return "de"
    if buyer.country == "FR" and chance(rng, 0.35):
        return "fr"
    return "en"


def phrase(table: dict[str, list[str]], lang: str, rng: random.Random, **values: str) -> str:
    return pick(rng, table.get(lang) or table["en"]).format(**values)


# =========================================================================================
# order.toml, e-mail
# =========================================================================================


def order_toml(
    order: Order,
    *,
    trade_assurance: bool | dict[str, str] | None = None,
    release: dict[str, Any] | None = None,
    tolerances: dict[str, str] | None = None,
    required_on_pi: list[str] | None = None,
    receipt_date: str | None = None,
    roles: dict[str, str] | None = None,
) -> str:
    """order.toml (contract section 1): parties with aliases, stakeholders, release conditions, tolerances."""
    b, s = order.buyer, order.supplier

    def arr(values: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(f'"{v}"' for v in values) + "]"

    buyer_aliases = [*b.aliases, *([b.agent] if b.agent else [])]
    out = [f'order_id = "{order.order_id}"']
    if isinstance(trade_assurance, bool):
        out.append(f"trade_assurance = {'true' if trade_assurance else 'false'}")
    if receipt_date:
        out.append(f'receipt_date = "{receipt_date}"')
    if required_on_pi:
        out.append(f"required_on_pi = {arr(required_on_pi)}")
    out += [f'stakeholders = ["purchasing@{b.email.split("@")[1]}", "{b.email}"]', "",
            "[buyer]", f'name = "{b.contact}"', f'company = "{b.name}"']  # fmt: skip
    if b.name_zh:
        out.append(f'name_zh = "{b.name_zh}"')
    out += [f"aliases = {arr(buyer_aliases)}", f'country = "{b.country}"', f'emails = ["{b.email}"]', "",
            "[supplier]", f'name = "{s.name}"']  # fmt: skip
    if s.name_zh:
        out.append(f'name_zh = "{s.name_zh}"')
    out += [
        f"aliases = {arr((s.contact, *s.aliases))}",
        f'country = "{s.country}"',
        f'phone = "{s.phone}"',
    ]
    if isinstance(trade_assurance, dict):
        out += [
            "",
            "[trade_assurance]",
            "enabled = true",
            *[f'{k} = "{v}"' for k, v in trade_assurance.items()],
        ]
    if roles:
        out += ["", "[roles]", *[f'"{k}" = "{v}"' for k, v in roles.items()]]
    if tolerances:
        out += ["", "[tolerances]", *[f'{k} = "{v}"' for k, v in tolerances.items()]]
    if release:
        out += ["", "[release]"]
        for k, v in release.items():
            out.append(f"{k} = " + ("true" if v is True else "false" if v is False else f'"{v}"'))
    return "\n".join(out) + "\n"


def mail(
    sender: tuple[str, str],
    to: tuple[str, str],
    *,
    when: str,
    subject: str,
    body: str,
    msg_id: str,
    in_reply_to: str | None = None,
) -> str:
    """A plain-text e-mail as a mail client saves it (.eml)."""
    (sn, se), (tn, te) = sender, to
    head = [f"From: {sn} <{se}>", f"To: {tn} <{te}>", f"Subject: {subject}", f"Date: {when}",
            f"Message-ID: <{msg_id}@{se.split('@')[1]}>"]  # fmt: skip
    if in_reply_to:
        head += [f"In-Reply-To: <{in_reply_to}>", f"References: <{in_reply_to}>"]
    head += [
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    return "\n".join(head) + "\n\n" + body + "\n"


def supplier_mail(order: Order, *, when: str, subject: str, body: str, msg_id: str) -> str:
    s, b = order.supplier, order.buyer
    return mail(
        (s.contact, s.email),
        (b.contact, b.email),
        when=when,
        subject=subject,
        body=body,
        msg_id=msg_id,
    )


def at(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def messages(rows: list[tuple[datetime, str, str]]) -> list[Message]:
    return [Message(when, who, text) for when, who, text in rows]


# =========================================================================================
# Answer keys: severities and verdicts from the contract (shared/contract.md), not from any
# project data file.
# =========================================================================================

# Contract section 3, default policy table, quoted:
#   | `critical` | any `bank.*` field, or a beneficiary that is not the supplier, whatever else holds |
#   | `high` | `material` (a downgrade is always at least high), `dimensions` out of tolerance, `capacity`,
#              `weight`, `certification`, `price.unit`, `price.total`, `currency`, `quantity`,
#              `payment.deposit`, `payment.balance`, `incoterm`, `inspection` |
#   | `medium` | `lead_time`, `color`, `finish`, `logo`, `packaging.*`, `port.loading`, `warranty` |
#   | `low` | differences of wording that change nothing |
# (the table rates "an open `undocumented_change`, `conflict` or `missing` of" the field), and:
#   "A `chat_only` change is `medium` (agreed, but to be confirmed in writing before paying), except
#    `bank.*`, which stays `critical`. A `documented_change` is `info`."
CONTRACT_CRITICAL_PREFIXES = ("bank.",)
CONTRACT_HIGH = ("material", "dimensions", "capacity", "weight", "certification", "price.unit", "price.total",
                 "currency", "quantity", "payment.deposit", "payment.balance", "incoterm", "inspection")  # fmt: skip
CONTRACT_MEDIUM = ("lead_time", "color", "finish", "logo", "port.loading", "warranty")
CONTRACT_MEDIUM_PREFIXES = ("packaging.",)
# Extension fields, as the project documents them (docs/rules.md, "Rules" table): item.added
# (`x.item`) is high, arithmetic.* (`x.arithmetic`) is high, ta.* (`x.trade_assurance`) medium.
EXTENSION_SEVERITY = {
    "x.arithmetic": "high",
    "x.item": "high",
    "x.trade_assurance": "medium",
    "x.supplier.email": "high",
}
SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}


def field_severity(fld: str) -> str:
    """The contract's rating of an open undocumented_change / conflict / missing of `fld`."""
    if fld.startswith(CONTRACT_CRITICAL_PREFIXES):
        return "critical"
    if fld in EXTENSION_SEVERITY:
        return EXTENSION_SEVERITY[fld]
    if fld in CONTRACT_HIGH:
        return "high"
    if fld in CONTRACT_MEDIUM or fld.startswith(CONTRACT_MEDIUM_PREFIXES):
        return "medium"
    return "low"


def min_severity(fld: str, status: str, *, downgrade: bool = False) -> str | None:
    """The least severity an auditor must give (None for `match`)."""
    if status == "match":
        return None
    if status == "documented_change":
        return "info"
    if status == "chat_only":
        if fld.startswith(CONTRACT_CRITICAL_PREFIXES):
            return "critical"
        return "high" if downgrade else "medium"  # "a downgrade is always at least high"
    return field_severity(fld)


def verdict_for(
    expected: list[dict],
    *,
    release_unmet: bool = False,
    has_baseline: bool = True,
    has_pi: bool = True,
    unreadable: bool = False,
) -> str:
    """Contract section 3, "Verdict of an order": HOLD / REVIEW / RELEASE from the expected findings."""
    open_ = [
        SEVERITY_RANK[e.get("min_severity") or "info"] for e in expected if e["status"] != "match"
    ]
    worst = min(open_, default=SEVERITY_RANK["info"])
    if worst <= SEVERITY_RANK["high"] or release_unmet:
        return "HOLD"
    if worst == SEVERITY_RANK["medium"] or unreadable or not has_baseline or not has_pi:
        return "REVIEW"
    return "RELEASE"


def expect(
    fld: str,
    status: str,
    item: str | None = None,
    *,
    downgrade: bool = False,
    note: str | None = None,
) -> dict:
    entry: dict = {"field": fld, "status": status}
    if item:
        entry["item"] = item
    sev = min_severity(fld, status, downgrade=downgrade)
    if sev:
        entry["min_severity"] = sev
    if note:
        entry["note"] = note
    return entry

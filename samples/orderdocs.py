"""An order as data, and the documents real parties write about it.

`Order` holds what was agreed (items, commercial terms, bank details). The renderers write the
documents of an order folder the way each party writes them: the buyer's spec sheet and golden
sample record, the supplier's quotation and proforma invoice (letterhead in English and Chinese,
ruled line-item table, terms, bank block), change orders, chat exports and inspection reports.
Phrasing, column order and language vary with a seeded `random.Random`, so a corpus generator
gets variety and a fixed seed gets identical files on every run.
"""

from __future__ import annotations

import random
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from docgen import Cell, Docx, Message, Pdf, write_text, write_xlsx

# ------------------------------------------------------------------------------------ the order


@dataclass
class Company:
    name: str
    name_zh: str | None
    address: str
    phone: str
    email: str
    contact: str  # the person who writes and chats
    country: str = "CN"
    aliases: tuple[str, ...] = ()


@dataclass
class Bank:
    beneficiary: str
    bank: str
    address: str
    swift: str
    account: str


@dataclass
class Item:
    sku: str
    desc: str
    desc_zh: str
    qty: int
    price: str  # unit price, decimal string
    unit: str = "pcs"
    material: str | None = None  # canonical code, rendered by MATERIAL_TEXT
    dims: tuple[str, ...] = ()  # mm
    dims_tol: str | None = None  # mm
    dims_style: str = "box"  # box (LxWxH), bottle (dia x H), flat (L x W)
    weight: str | None = None  # g
    weight_tol: str | None = None
    capacity: str | None = None  # ml
    color: str | None = None  # "PANTONE 186 C" or a plain colour name
    finish: str | None = None
    logo: str | None = None
    certs: tuple[str, ...] = ()
    inner: str | None = None
    carton_qty: int | None = None
    carton_cm: tuple[str, ...] = ()
    carton_ply: int = 5
    amount_override: str | None = None  # a line amount as (mis)typed on the PI

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
    trigger: str = "before_shipment"  # before_shipment, against_bl_copy
    lead_min: int = 35
    lead_max: int = 35
    lead_basis: str = "calendar"
    warranty_months: int | None = None
    inspection: str | None = "AQL 2.5 / 4.0, General Inspection Level II"
    # Fixed English wording, to write the same term two ways in two documents (re-word noise).
    lead_phrase: str | None = None
    payment_phrase: str | None = None


@dataclass
class Order:
    order_id: str
    product: str  # what the order is, for titles: "Vacuum insulated bottles"
    product_zh: str
    buyer: Company
    supplier: Company
    bank: Bank
    items: list[Item]
    terms: Terms = field(default_factory=Terms)
    spec_date: date = date(2026, 1, 12)
    quote_date: date = date(2026, 1, 20)
    pi_date: date = date(2026, 2, 3)
    pi_no: str = "PI-2026-0203"
    quote_no: str = "Q-2026-0120"
    # Extra requirements printed on the spec ("The PI shall state ...").
    spec_notes: tuple[str, ...] = ()
    total_override: str | None = None  # a grand total as (mis)typed on the PI
    total_currency: str | None = (
        None  # the currency the total line is printed in, when not the prices'
    )

    def copy(self) -> Order:
        return deepcopy(self)

    def item(self, sku: str) -> Item:
        return next(i for i in self.items if i.sku == sku)

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.items), Decimal(0))

    @property
    def printed_total(self) -> Decimal:
        """The total the PI prints: the sum of its printed line amounts unless mistyped itself."""
        if self.total_override:
            return Decimal(self.total_override)
        return sum((i.printed_amount for i in self.items), Decimal(0))


# ------------------------------------------------------------------------------- how it's written

# How buyers and suppliers write each grade (domain.md; models/lexicon/material_synonyms.tsv).
MATERIAL_TEXT: dict[str, dict[str, list[str]]] = {
    "SS304": {
        "en": [
            "18/8 stainless steel (SS304)",
            "SS304",
            "304 stainless steel",
            "stainless steel 304",
            "304 S/S",
        ],
        "zh": ["不锈钢304", "304不锈钢"],
    },
    "SS201": {
        "en": ["SS201", "201 stainless steel", "201 S/S", "stainless steel 201"],
        "zh": ["不锈钢201", "201不锈钢"],
    },
    "SILICONE_FOOD_GRADE": {
        "en": ["food grade silicone", "LFGB food grade silicone", "100% food grade silicone"],
        "zh": ["食品级硅胶"],
    },
    "SILICONE": {"en": ["silicone", "general silicone"], "zh": ["硅胶"]},
    "POLYESTER_600D": {
        "en": ["600D polyester", "polyester 600D", "600D Oxford polyester"],
        "zh": ["600D涤纶"],
    },
    "POLYESTER_300D": {"en": ["300D polyester", "polyester 300D"], "zh": ["300D涤纶"]},
    "COTTON": {"en": ["100% cotton", "cotton"], "zh": ["纯棉"]},
    "STONEWARE": {"en": ["stoneware", "ceramic stoneware"], "zh": ["炻瓷"]},
    "ALUMINIUM": {"en": ["aluminium alloy", "aluminum alloy"], "zh": ["铝合金"]},
}

PLACE_ZH = {
    "Ningbo": "宁波",
    "Shenzhen": "深圳",
    "Xiamen": "厦门",
    "Yiwu": "义乌",
    "Shanghai": "上海",
    "Guangzhou": "广州",
    "Qingdao": "青岛",
    "Felixstowe": "费利克斯托",
    "Hamburg": "汉堡",
    "Los Angeles": "洛杉矶",
    "Le Havre": "勒阿弗尔",
}
CURRENCY_SIGN = {"USD": ["US$", "USD ", "$"], "EUR": ["EUR ", "€"], "GBP": ["GBP ", "£"]}
CURRENCY_WORDS = {"USD": "US DOLLARS", "EUR": "EUROS", "GBP": "POUNDS STERLING"}


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def material_text(code: str, rng: random.Random, lang: str = "en") -> str:
    table = MATERIAL_TEXT[code]
    return pick(rng, table["zh"] if lang == "zh" and table.get("zh") else table["en"])


def money(
    amount: Decimal | str,
    currency: str,
    rng: random.Random | None = None,
    *,
    style: int | None = None,
) -> str:
    value = Decimal(amount)
    number = f"{value:,.2f}"
    signs = CURRENCY_SIGN.get(currency, [currency + " "])
    if style is None:
        style = rng.randrange(len(signs)) if rng else 0
    return f"{signs[style % len(signs)]}{number}"


def qty_text(qty: int, unit: str, rng: random.Random, lang: str = "en") -> str:
    if lang == "zh":
        return f"{qty}{'个' if unit == 'pcs' else '套'}"
    return pick(rng, [f"{qty:,} {unit}", f"{qty:,}{unit.upper()}", f"{qty} {unit}"])


def dims_text(item: Item, rng: random.Random, *, with_tol: bool = True, lang: str = "en") -> str:
    d = item.dims
    tol = f" ±{item.dims_tol} mm" if with_tol and item.dims_tol else ""
    if item.dims_style == "bottle":
        body = pick(
            rng, [f"Ø{d[0]} x {d[1]} mm", f"Ø{d[0]}*H{d[1]}mm", f"dia. {d[0]} x H {d[1]} mm"]
        )
    elif len(d) == 2:
        body = pick(rng, [f"{d[0]} x {d[1]} mm", f"{d[0]}*{d[1]}mm", f"L{d[0]} x W{d[1]} mm"])
    else:
        body = pick(
            rng,
            [
                f"{d[0]} x {d[1]} x {d[2]} mm",
                f"{d[0]}*{d[1]}*{d[2]}mm",
                f"L{d[0]} x W{d[1]} x H{d[2]} mm",
            ],
        )
    if lang == "zh":
        return f"尺寸：{body}{tol}"
    return body + tol


def dims_text_cm(item: Item) -> str | None:
    """The same size in centimetres ("Ø7 x 26 cm"), as many suppliers write it; None when not whole cm."""
    if not item.dims or any(not v.isdigit() or int(v) % 10 for v in item.dims):
        return None
    cm = [str(int(v) // 10) for v in item.dims]
    return ("Ø" if item.dims_style == "bottle" else "") + " x ".join(cm) + " cm"


def carton_text(item: Item, rng: random.Random) -> str:
    c = item.carton_cm
    return pick(
        rng,
        [f"{c[0]}x{c[1]}x{c[2]}cm", f"{c[0]}*{c[1]}*{c[2]}cm", f"L{c[0]} x W{c[1]} x H{c[2]} cm"],
    )


def color_text(color: str, rng: random.Random) -> str:
    if color.startswith("PANTONE "):
        code = color.removeprefix("PANTONE ")
        return pick(
            rng,
            [f"Pantone {code}", f"PMS {code.replace(' ', '')}", f"Pantone {code.replace(' ', '')}"],
        )
    return color.lower() if rng.random() < 0.5 else color.title()


def incoterm_text(terms: Terms, rng: random.Random, lang: str = "en") -> str:
    if terms.incoterm == "EXW":
        return pick(rng, ["EXW our factory", f"EXW {terms.place} factory", "Ex Works (factory)"])
    if lang == "zh":
        if terms.place not in PLACE_ZH:
            return f"{terms.incoterm} {terms.place}"
        return f"{terms.incoterm}{PLACE_ZH[terms.place]}"
    return pick(
        rng,
        [
            f"{terms.incoterm} {terms.place}",
            f"{terms.incoterm} {terms.place.upper()}",
            f"{terms.incoterm} {terms.place} port",
            f"{terms.incoterm} {terms.place}, China",
        ],
    )


def payment_text(terms: Terms, rng: random.Random, lang: str = "en") -> str:
    if terms.payment_phrase and lang != "zh":
        return terms.payment_phrase
    dep, bal = terms.deposit, 100 - terms.deposit
    if lang == "zh":
        when = "发货前付清" if terms.trigger == "before_shipment" else "见提单复印件付清"
        return f"定金{dep}%，尾款{bal}%{when}"
    if terms.trigger == "before_shipment":
        return pick(
            rng,
            [
                f"T/T {dep}% deposit, {bal}% balance before shipment",
                f"{dep}% T/T in advance, balance {bal}% before shipment",
                f"{dep}% deposit by T/T, {bal}% balance paid before shipment",
            ],
        )
    return pick(
        rng,
        [
            f"T/T {dep}% deposit, {bal}% against copy of B/L",
            f"{dep}% deposit, balance {bal}% against B/L copy",
        ],
    )


def lead_text(terms: Terms, rng: random.Random, lang: str = "en") -> str:
    if terms.lead_phrase and lang != "zh":
        return terms.lead_phrase
    lo, hi = terms.lead_min, terms.lead_max
    span = str(hi) if lo == hi else f"{lo}-{hi}"
    working = terms.lead_basis == "working"
    if lang == "zh":
        return f"交期：收到定金后{span}{'个工作日' if working else '天'}"
    if working:
        return pick(
            rng,
            [
                f"{span} working days after deposit",
                f"within {span} working days after receipt of deposit",
            ],
        )
    options = [
        f"{span} days after deposit",
        f"within {span} days after receipt of deposit",
        f"{span} days after receiving the deposit",
    ]
    if lo == hi and lo % 7 == 0:
        options.append(f"{lo // 7} weeks after deposit")
    return pick(rng, options)


def carton_ply_text(ply: int, lang: str = "en") -> str:
    if lang == "zh":
        return {5: "五层瓦楞纸箱", 3: "三层瓦楞纸箱", 7: "七层瓦楞纸箱"}[ply]
    return f"{ply}-ply export carton"


def amount_in_words(value: Decimal, currency: str) -> str:
    """'SAY US DOLLARS NINE THOUSAND TWO HUNDRED AND FIFTY ONLY', as PIs print totals."""
    ones = [
        "ZERO",
        "ONE",
        "TWO",
        "THREE",
        "FOUR",
        "FIVE",
        "SIX",
        "SEVEN",
        "EIGHT",
        "NINE",
        "TEN",
        "ELEVEN",
        "TWELVE",
        "THIRTEEN",
        "FOURTEEN",
        "FIFTEEN",
        "SIXTEEN",
        "SEVENTEEN",
        "EIGHTEEN",
        "NINETEEN",
    ]
    tens = ["_", "_", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]

    def below_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ones[n // 100]} HUNDRED")
            n %= 100
            if n:
                parts.append("AND")
        if n >= 20:
            parts.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n or not parts:
            parts.append(ones[n])
        return " ".join(parts)

    whole = int(value)
    cents = int((value - whole) * 100)
    chunks = []
    for size, name in ((1_000_000, "MILLION"), (1000, "THOUSAND"), (1, "")):
        if whole >= size:
            chunks.append((below_1000(whole // size) + (" " + name if name else "")).strip())
            whole %= size
    text = " ".join(chunks) or "ZERO"
    if cents:
        text += f" AND CENTS {below_1000(cents)}"
    return f"SAY {CURRENCY_WORDS.get(currency, currency)} {text} ONLY"


def _d(day: date, style: int) -> str:
    return [f"{day:%Y-%m-%d}", f"{day:%d %b %Y}", f"{day:%b. %d, %Y}", f"{day:%Y/%m/%d}"][style % 4]


# ------------------------------------------------------------------------------------ the spec


def spec_rows(item: Item, order: Order, rng: random.Random, lang: str = "en") -> list[list[str]]:
    """The spec's attribute table for one item: Attribute | Requirement | Tolerance / note."""
    zh = lang == "mixed"
    head = (
        ["属性 Attribute", "要求 Requirement", "公差 Tolerance / Note"]
        if zh
        else ["Attribute", "Requirement", "Tolerance / Note"]
    )
    rows = [
        head,
        ["Item No." if not zh else "货号 Item No.", item.sku, ""],
        ["Description" if not zh else "品名 Description", item.desc, ""],
    ]
    if item.material:
        rows.append(
            [
                "Material" if not zh else "材质 Material",
                material_text(item.material, rng),
                "no substitution without written approval",
            ]
        )
    if item.capacity:
        rows.append(["Capacity", f"{item.capacity} ml", "±3%"])
    if item.dims:
        rows.append(
            [
                "Dimensions" if not zh else "尺寸 Dimensions",
                dims_text(item, rng, with_tol=False),
                f"±{item.dims_tol} mm" if item.dims_tol else "",
            ]
        )
    if item.weight:
        rows.append(
            [
                "Weight (net)" if not zh else "重量 Weight",
                f"{item.weight} g",
                f"±{item.weight_tol} g" if item.weight_tol else "",
            ]
        )
    if item.color:
        rows.append(
            [
                "Colour" if not zh else "颜色 Colour",
                color_text(item.color, rng),
                "match approved colour card",
            ]
        )
    if item.finish:
        rows.append(["Finish", item.finish, ""])
    if item.logo:
        rows.append(["Logo", item.logo, "per artwork file v2"])
    if item.certs:
        rows.append(["Certification", ", ".join(item.certs), "test reports before shipment"])
    if item.inner:
        rows.append(["Inner packing", item.inner, ""])
    if item.carton_qty:
        rows.append(
            [
                "Master carton" if not zh else "外箱 Master carton",
                f"{item.carton_qty} pcs/ctn, {carton_ply_text(item.carton_ply)}",
                carton_text(item, rng) if item.carton_cm else "",
            ]
        )
    return rows


def write_spec(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    tracked: list[tuple[str, str, str]] | None = None,
) -> Path:
    """The buyer's specification: DOCX, XLSX, PDF or Markdown by the file suffix."""
    title = f"Product Specification – {order.product}"
    intro = [
        f"Buyer: {order.buyer.name}    Spec ref: SPEC-{order.order_id}    Date: {_d(order.spec_date, 0)}",
        f"Supplier: {order.supplier.name}",
        "This specification is part of the purchase order. Any deviation requires the buyer's written approval.",
    ]
    quality = []
    if order.terms.inspection:
        quality.append(f"Inspection: pre-shipment inspection, {order.terms.inspection}.")
    quality.extend(order.spec_notes)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        doc = Docx(path, title=title, author=order.buyer.contact)
        doc.heading(title, 1).lines(intro)
        for item in order.items:
            doc.heading(f"{item.sku} {item.desc}", 2)
            doc.table(spec_rows(item, order, rng, lang))
        doc.heading("Quality and packing", 2).lines(quality)
        for before, deleted, inserted in tracked or ():
            doc.tracked(
                before,
                deleted,
                inserted,
                author=order.buyer.contact,
                when=datetime.combine(order.spec_date, datetime.min.time()),
            )
        doc.para(f"Prepared by {order.buyer.contact}, {order.buyer.name}")
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
        return write_xlsx(path, {"Spec": rows}, title=title, author=order.buyer.contact)
    if suffix == ".pdf":
        pdf = Pdf(path, title=title, author=order.buyer.contact)
        pdf.para(order.buyer.name, size=13, bold=True).para(
            title, size=11, bold=True
        ).space().lines(intro).space()
        for item in order.items:
            pdf.para(f"{item.sku} {item.desc}", bold=True).table(
                spec_rows(item, order, rng, lang), widths=[40, 85, 53]
            ).space()
        pdf.lines(quality)
        return pdf.save()
    lines = [f"# {title}", "", *intro, ""]
    for item in order.items:
        rows = spec_rows(item, order, rng, lang)
        lines += [
            f"## {item.sku} {item.desc}",
            "",
            "| " + " | ".join(rows[0]) + " |",
            "|---|---|---|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        lines.append("")
    lines += ["## Quality", "", *quality, ""]
    return write_text(path, "\n".join(lines))


def write_sample_record(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    signed: date,
    deltas: dict[str, str] | None = None,
) -> Path:
    """The golden sample record: what the approved sample measured, who signed it off and when."""
    deltas = deltas or {}
    title = f"Golden Sample Approval Record – {order.product}"
    rows = [["Item", "Check", "Specified", "Measured on sample", "OK?"]]
    for item in order.items:
        if item.material:
            rows.append(
                [
                    item.sku,
                    "Material",
                    material_text(item.material, rng),
                    material_text(item.material, rng) + " (magnet test, XRF)",
                    "OK",
                ]
            )
        if item.dims:
            measured = deltas.get(
                f"{item.sku}:dims", deltas.get("dims", " x ".join(item.dims) + " mm")
            )
            rows.append([item.sku, "Dimensions", dims_text(item, rng), measured, "OK"])
        if item.weight:
            rows.append(
                [
                    item.sku,
                    "Weight",
                    f"{item.weight} g ±{item.weight_tol or 0} g",
                    deltas.get(f"{item.sku}:weight", deltas.get("weight", f"{item.weight} g")),
                    "accepted by buyer" if f"{item.sku}:weight" in deltas else "OK",
                ]
            )
        if item.color:
            rows.append(
                [item.sku, "Colour", color_text(item.color, rng), "matches colour card", "OK"]
            )
        if item.logo:
            rows.append([item.sku, "Logo", item.logo, "position and size per artwork", "OK"])
    sign = f"Sample approved by {order.buyer.contact} ({order.buyer.name}) on {_d(signed, 1)}. Production must match this sample."
    if path.suffix.lower() == ".xlsx":
        data: list[list[object]] = [[Cell(title, bold=True)], []]
        data += [[Cell(x, bold=r == 0) for x in row] for r, row in enumerate(rows)]
        data += [[], [sign]]
        return write_xlsx(path, {"Sample record": data}, title=title, author=order.buyer.contact)
    doc = Docx(path, title=title, author=order.buyer.contact)
    doc.heading(title, 1).para(f"Order {order.order_id}, supplier {order.supplier.name}")
    doc.table(rows).para(sign)
    return doc.save()


# --------------------------------------------------------------------------- supplier letterhead


def letterhead(pdf: Pdf, supplier: Company, rng: random.Random, *, zh_first: bool = False) -> None:
    names = [supplier.name.upper(), supplier.name_zh or ""]
    if zh_first:
        names.reverse()
    pdf.para(names[0], size=13, bold=True, center=True)
    if names[1]:
        pdf.para(names[1], size=11, center=True)
    pdf.para(f"Add: {supplier.address}", size=8, center=True)
    pdf.para(
        f"Tel: {supplier.phone}    Fax: {supplier.phone[:-2]}99    E-mail: {supplier.email}",
        size=8,
        center=True,
    )
    pdf.rule()


# ------------------------------------------------------------------------------ the quotation

QUOTE_COLUMNS = {
    "no": ("No.", "序号"),
    "sku": ("Item No.", "货号"),
    "photo": ("Photo", "图片"),
    "desc": ("Description", "品名描述"),
    "material": ("Material", "材质"),
    "qty": ("Qty", "数量"),
    "price": ("Unit Price", "单价"),
    "packing": ("Packing", "包装"),
    "moq": ("MOQ", "起订量"),
}


def _header(key: str, currency: str, style: str) -> str:
    en, zh = QUOTE_COLUMNS[key]
    if key == "price":
        en = f"Unit Price ({currency})" if style != "plain" else f"Price {currency}/pc"
    if key == "qty":
        en = "Qty (pcs)" if style != "plain" else "Quantity"
    if style == "bilingual":
        return f"{zh} {en}"
    if style == "stacked":
        return f"{en}\n{zh}"
    return en


def quote_table(
    order: Order, rng: random.Random, *, columns: list[str], header_style: str, lang: str = "en"
) -> list[list[str]]:
    cur = order.terms.currency
    rows = [[_header(c, cur, header_style) for c in columns]]
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
            "price": f"{Decimal(item.price):.2f}",
            "packing": f"{item.carton_qty}pcs/ctn" if item.carton_qty else "",
            "moq": f"{max(100, item.qty // 2 // 100 * 100):,} pcs",
        }
        rows.append([cells[c] for c in columns])
    return rows


def quote_terms(
    order: Order, rng: random.Random, lang: str = "en", *, prose: bool = False
) -> list[str]:
    t = order.terms
    if lang == "zh":
        lines = [
            f"价格条款：{incoterm_text(t, rng, 'zh')}",
            f"付款方式：{payment_text(t, rng, 'zh')}",
            lead_text(t, rng, "zh"),
            "报价有效期：30天",
        ]
        return lines
    if prose:
        return [
            f"Prices above are {incoterm_text(t, rng)} in {t.currency}. Payment terms: {payment_text(t, rng)}. "
            f"Delivery time: {lead_text(t, rng)}. This quotation is valid for 30 days."
        ]
    return [
        f"Price term: {incoterm_text(t, rng)}",
        f"Currency: {t.currency}",
        f"Payment: {payment_text(t, rng)}",
        f"Lead time: {lead_text(t, rng)}",
        "Validity: 30 days from the date of this quotation",
        "Sample: free, freight collect",
    ]


def write_quote(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    version: str = "",
    qdate: date | None = None,
) -> Path:
    """The supplier's quotation, as XLSX (with formulas and cached values) or PDF."""
    qdate = qdate or order.quote_date
    layouts = [
        ["no", "sku", "desc", "material", "qty", "price", "packing"],
        ["sku", "photo", "desc", "price", "qty", "moq", "packing"],
        ["no", "desc", "sku", "qty", "price"],
        ["sku", "desc", "material", "price", "moq", "qty"],
    ]
    columns = pick(rng, layouts)  # type: ignore[arg-type]
    header_style = "bilingual" if lang in ("mixed", "zh") else pick(rng, ["plain", "en", "stacked"])
    rows = quote_table(order, rng, columns=columns, header_style=header_style, lang=lang)
    title = "QUOTATION 报价单" if lang != "en" else "QUOTATION"
    ref = f"Quote No.: {order.quote_no}{('-' + version) if version else ''}    Date: {_d(qdate, rng.randrange(4))}"
    to = f"To: {order.buyer.name}, Attn: {order.buyer.contact}"
    terms = quote_terms(order, rng, "zh" if lang == "zh" else "en", prose=rng.random() < 0.3)
    if path.suffix.lower() == ".xlsx":
        qi, pi = columns.index("qty"), columns.index("price")
        data: list[list[object]] = [
            [Cell(order.supplier.name.upper(), bold=True)],
            [order.supplier.name_zh or ""],
            [f"Tel: {order.supplier.phone}  E-mail: {order.supplier.email}"],
            [Cell(title, bold=True)],
            [ref],
            [to],
            [],
        ]
        data.append([Cell(h, bold=True) for h in rows[0]])
        for r, row in enumerate(rows[1:]):
            excel_row = len(data) + 1
            cells: list[object] = list(row)
            cells[qi] = Cell(order.items[r].qty, num_format="#,##0")
            cells[pi] = Cell(float(order.items[r].price), num_format="0.00")
            amount = order.items[r].amount
            qcol, pcol = chr(ord("A") + qi), chr(ord("A") + pi)
            cells.append(
                Cell(
                    float(amount),
                    num_format="#,##0.00",
                    formula=f"={qcol}{excel_row}*{pcol}{excel_row}",
                )
            )
            data.append(cells)
        data[7].append(
            Cell(
                f"Amount ({order.terms.currency})"
                if lang == "en"
                else f"金额 Amount ({order.terms.currency})",
                bold=True,
            )
        )
        data.append([])
        data.extend([[line] for line in terms])
        data.append([f"{order.supplier.contact}, Sales Manager"])
        return write_xlsx(path, {"Quotation": data}, title=title, author=order.supplier.contact)
    pdf = Pdf(path, title=title, author=order.supplier.contact)
    letterhead(pdf, order.supplier, rng, zh_first=lang == "zh")
    pdf.para(title, size=12, bold=True, center=True).space().para(ref).para(to).space()
    pdf.table(rows).space()
    pdf.lines(terms).space().para(f"Best regards, {order.supplier.contact}")
    return pdf.save()


# --------------------------------------------------------------------------- the proforma invoice

PI_LAYOUTS = [
    # (columns, header style)
    (["no", "sku", "desc", "qty", "price", "amount"], "en"),
    (["sku", "desc", "qty", "unit", "price", "amount"], "en"),
    (["no", "sku", "desc", "qty", "price", "amount"], "bilingual"),
    (["no", "desc", "sku", "price", "qty", "amount"], "stacked"),
]
PI_HEADERS = {
    "no": ("No.", "序号"),
    "sku": ("Item No.", "货号"),
    "desc": ("Description", "品名规格"),
    "qty": ("Quantity", "数量"),
    "unit": ("Unit", "单位"),
    "price": ("Unit Price", "单价"),
    "amount": ("Amount", "金额"),
    "packing": ("Packing", "包装"),
}


KV_LAYOUT = -1  # no item table: one key-value block per item (small suppliers' Word PIs)


def pi_item_blocks(
    order: Order, rng: random.Random, lang: str, show: set[str], price_style: int
) -> list[str]:
    """Line items written as key-value blocks instead of a table."""
    cur = order.terms.currency
    zh = lang == "zh"
    out = []
    for n, item in enumerate(order.items, 1):
        out += [
            f"Item {n}: {item.sku}" if not zh else f"产品{n}：{item.sku}",
            ("Description: " if not zh else "品名：") + pi_description(item, rng, lang, show=show),
            ("Quantity: " if not zh else "数量：") + qty_text(item.qty, item.unit, rng),
            ("Unit price: " if not zh else "单价：")
            + money(item.price, cur, style=price_style)
            + "/pc",
            ("Amount: " if not zh else "金额：")
            + money(item.printed_amount, cur, style=price_style),
        ]
        if per_item_packing(order) and item.carton_qty:
            out.append(("Packing: " if not zh else "包装：") + f"{item.carton_qty}pcs/ctn")
        out.append(" ")
    out.append(
        ("Total amount: " if not zh else "合计金额：")
        + money(order.printed_total, cur, style=price_style)
    )
    return out


def per_item_packing(order: Order) -> bool:
    return len({i.carton_qty for i in order.items}) > 1


def pi_description(item: Item, rng: random.Random, lang: str, *, show: set[str]) -> str:
    """A PI item description: name, then the attributes a supplier repeats on the invoice."""
    parts = [item.desc_zh if lang == "zh" else item.desc]
    if "material" in show and item.material:
        parts.append(material_text(item.material, rng, "zh" if lang == "zh" else "en"))
    if "capacity" in show and item.capacity:
        parts.append(f"{item.capacity}ml")
    if "dims" in show and item.dims:
        cm = dims_text_cm(item) if "dims_cm" in show else None
        parts.append(cm or dims_text(item, rng, with_tol=False))
    if "color" in show and item.color:
        parts.append(("颜色" if lang == "zh" else "colour ") + color_text(item.color, rng))
    if "logo" in show and item.logo:
        parts.append(item.logo)
    if "certs" in show and item.certs:
        parts.append("/".join(item.certs) + (" 认证" if lang == "zh" else " certified"))
    return ", ".join(parts)


def pi_columns(order: Order, layout: int) -> list[str]:
    columns = PI_LAYOUTS[layout % len(PI_LAYOUTS)][0]
    if per_item_packing(order):
        # Items packed differently: suppliers add a packing column rather than one terms line.
        columns = [*columns[:-1], "packing", columns[-1]]
    return columns


def xlsx_numbers(order: Order, layout: int, table: list[list[str]]) -> list[list[object]]:
    """The PI table as Excel holds it: numbers with a number format, amounts as formulas with values."""
    columns = pi_columns(order, layout)
    money_fmt = {"USD": '"US$"#,##0.00', "EUR": '"€"#,##0.00'}.get(order.terms.currency, "#,##0.00")
    rows: list[list[object]] = [[Cell(x, bold=True) for x in table[0]]]
    for item, texts in zip(order.items, table[1:-1], strict=False):
        row: list[object] = list(texts)
        if "qty" in columns:
            fmt = "#,##0" if "unit" in columns else '#,##0" pcs"'
            row[columns.index("qty")] = Cell(item.qty, num_format=fmt)
        row[columns.index("price")] = Cell(float(item.price), num_format=money_fmt)
        row[columns.index("amount")] = Cell(float(item.printed_amount), num_format=money_fmt)
        rows.append(row)
    rows.append(list(table[-1]))
    return rows


def pi_table(
    order: Order, rng: random.Random, layout: int, lang: str, show: set[str], price_style: int
) -> list[list[str]]:
    columns = pi_columns(order, layout)
    style = PI_LAYOUTS[layout % len(PI_LAYOUTS)][1]
    if lang in ("zh", "mixed"):
        style = "bilingual"
    cur = order.terms.currency

    def head(key: str) -> str:
        en, zh = PI_HEADERS[key]
        if key in ("price", "amount"):
            en = f"{en} ({cur})"
        if style == "bilingual":
            return f"{zh} {en}"
        if style == "stacked":
            return f"{en}\n{zh}"
        return en

    rows = [[head(c) for c in columns]]
    for n, item in enumerate(order.items, 1):
        cells = {
            "no": str(n),
            "sku": item.sku,
            "desc": pi_description(item, rng, lang, show=show),
            "qty": f"{item.qty:,}" if "unit" in columns else qty_text(item.qty, item.unit, rng),
            "unit": item.unit.upper(),
            "price": money(item.price, cur, style=price_style),
            "amount": money(item.printed_amount, cur, style=price_style),
            "packing": f"{item.carton_qty}pcs/ctn" if item.carton_qty else "",
        }
        rows.append([cells[c] for c in columns])
    total_row = [""] * len(columns)
    total_row[columns.index("desc")] = "TOTAL 合计" if lang != "en" else "TOTAL"
    total_row[columns.index("qty")] = f"{sum(i.qty for i in order.items):,}"
    total_row[-1] = money(order.printed_total, order.total_currency or cur, style=price_style)
    rows.append(total_row)
    return rows


def pi_terms(
    order: Order, rng: random.Random, lang: str, *, omit: set[str], ply_lang: str = "en"
) -> list[str]:
    t = order.terms
    zh = lang == "zh"
    lines = []
    n = 1

    def add(en: str, zh_label: str, text: str) -> None:
        nonlocal n
        lines.append(
            f"{n}. {zh_label if zh else en}: {text}" if not zh else f"{n}. {zh_label}：{text}"
        )
        n += 1

    if "incoterm" not in omit:
        add("Price term", "价格条款", incoterm_text(t, rng, "zh" if zh else "en"))
    if "payment" not in omit:
        add("Payment", "付款方式", payment_text(t, rng, "zh" if zh else "en"))
    if "lead_time" not in omit:
        lt = lead_text(t, rng, "zh" if zh else "en")
        add("Delivery time", "交货期", lt.removeprefix("交期："))
    if "packing" not in omit:
        item = order.items[0]
        if per_item_packing(order):
            add(
                "Packing",
                "包装",
                carton_ply_text(item.carton_ply, "zh" if zh or ply_lang == "zh" else "en")
                + ", see packing column",
            )
        elif item.carton_qty:
            packing = (
                f"{item.carton_qty}只/箱，{carton_ply_text(item.carton_ply, 'zh')}"
                if zh or ply_lang == "zh"
                else f"{item.inner + ', ' if item.inner else ''}{item.carton_qty}pcs/ctn, {carton_ply_text(item.carton_ply)}"
            )
            add("Packing", "包装", packing)
    if "inspection" not in omit and t.inspection:
        add(
            "Inspection",
            "验货",
            f"buyer's pre-shipment inspection, {t.inspection}"
            if not zh
            else f"出货前验货，{t.inspection}",
        )
    if "warranty" not in omit and t.warranty_months:
        add("Warranty", "质保", f"{t.warranty_months} months from shipment")
    return lines


def bank_lines(bank: Bank, lang: str, rng: random.Random) -> list[str]:
    acct = bank.account
    if rng.random() < 0.5 and len(acct) > 8 and acct.isdigit():
        acct = " ".join(acct[i : i + 4] for i in range(0, len(acct), 4))
    if lang == "zh":
        return [
            "银行信息 BANK INFORMATION",
            f"收款人 Beneficiary: {bank.beneficiary}",
            f"开户行 Bank Name: {bank.bank}",
            f"银行地址 Bank Address: {bank.address}",
            f"SWIFT Code: {bank.swift}",
            f"银行账号 A/C No.: {acct}",
        ]
    return [
        "BANK INFORMATION:",
        f"Beneficiary: {bank.beneficiary}",
        f"Beneficiary Bank: {bank.bank}",
        f"Bank Address: {bank.address}",
        f"SWIFT Code: {bank.swift}",
        f"Account No.: {acct}",
    ]


def write_pi(
    order: Order,
    path: Path,
    rng: random.Random,
    *,
    lang: str = "en",
    layout: int | None = None,
    pi_no: str | None = None,
    pi_date: date | None = None,
    show: set[str] | None = None,
    omit: set[str] | None = None,
    remarks: list[str] | None = None,
    ply_lang: str = "en",
) -> Path:
    """The supplier's proforma invoice: letterhead, item table, total, terms, bank block.

    PDF (ruled table) by default; `.xlsx` and `.docx` paths give the Excel and Word PIs that
    smaller suppliers send.
    """
    layout = rng.randrange(len(PI_LAYOUTS)) if layout is None else layout
    show = {"material"} if show is None else show
    omit = omit or set()
    pi_no = pi_no or order.pi_no
    pi_date = pi_date or order.pi_date
    price_style = rng.randrange(3)
    title = "PROFORMA INVOICE 形式发票" if lang != "en" else "PROFORMA INVOICE"
    b = order.buyer
    head = [
        [f"To: {b.name}", f"PI No.: {pi_no}"],
        [f"Add: {b.address}", f"Date: {_d(pi_date, rng.randrange(4))}"],
        [f"Attn: {b.contact}  Tel: {b.phone}", f"Your ref: PO {order.order_id}"],
    ]
    blocks = pi_item_blocks(order, rng, lang, show, price_style) if layout == KV_LAYOUT else None
    table = None if blocks is not None else pi_table(order, rng, layout, lang, show, price_style)
    words = amount_in_words(order.printed_total, order.total_currency or order.terms.currency)
    terms_head = "TERMS AND CONDITIONS:" if lang != "zh" else "条款 TERMS:"
    terms = pi_terms(order, rng, lang, omit=omit, ply_lang=ply_lang) + list(remarks or [])
    bank = bank_lines(order.bank, lang, rng) if "bank" not in omit else []
    sign = [
        f"Seller: {order.supplier.name}    (company chop 公章)",
        f"Buyer confirmation: ______________________   {order.supplier.contact}, Sales",
    ]
    s = order.supplier
    letter = [
        s.name.upper(),
        s.name_zh or "",
        f"Add: {s.address}",
        f"Tel: {s.phone}    E-mail: {s.email}",
    ]
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
            rows += xlsx_numbers(order, layout, table)
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
        rows += [[x] for x in bank] + [[]] + [[x] for x in sign]
        return write_xlsx(path, {"PI": rows}, title=f"Proforma Invoice {pi_no}", author=s.name)
    if suffix == ".docx":
        doc = Docx(path, title=f"Proforma Invoice {pi_no}", author=s.name)
        doc.lines(letter).heading(title, 1).lines([f"{r[0]}    {r[1]}" for r in head])
        if table is not None:
            doc.table(table)
        else:
            doc.lines(blocks or [])
        doc.para(words, bold=True).para(terms_head, bold=True).lines(terms).lines(bank).lines(sign)
        return doc.save()
    pdf = Pdf(path, title=f"Proforma Invoice {pi_no}", author=s.name)
    letterhead(pdf, s, rng, zh_first=lang == "zh")
    pdf.para(title, size=12, bold=True, center=True).space()
    pdf.table(head, grid=False, header=False, widths=[110, 68]).space()
    if table is not None:
        pdf.table(table).space(4)
    else:
        pdf.lines(blocks or []).space(4)
    pdf.para(words, bold=True).space()
    pdf.para(terms_head, bold=True)
    pdf.lines(terms)
    pdf.space()
    if bank:
        pdf.lines(bank).space()
    pdf.lines(sign)
    return pdf.save()


# ------------------------------------------------------------------------------- change orders


@dataclass
class Change:
    item: str | None  # SKU or None for order-level terms
    field_label: str  # how the document names it: "Colour", "Lead time"
    old: str
    new: str
    reason: str


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
    title = f"Change Order {number} to PO {order.order_id}"
    rows = [["Item", "Attribute", "From (approved)", "To (new)", "Reason"]]
    rows += [[c.item or "all items", c.field_label, c.old, c.new, c.reason] for c in changes]
    approver = approver or order.buyer.contact
    if approved:
        sign = [
            f"Approved by: {approver}, {order.buyer.name}",
            f"Date of approval: {_d(when, 0)}",
            f"Signature: /s/ {approver}",
        ]
    else:
        sign = [
            "Status: PENDING BUYER APPROVAL",
            "Approved by: ______________________",
            "Date: ______________",
            f"Requested by: {order.supplier.contact}, {order.supplier.name}",
        ]
    intro = f"Date: {_d(when, 0)}    Supplier: {order.supplier.name}    Buyer: {order.buyer.name}"
    note = "All other terms of the purchase order and specification remain unchanged."
    if path.suffix.lower() == ".docx":
        doc = Docx(
            path, title=title, author=order.buyer.contact if approved else order.supplier.contact
        )
        doc.heading(title, 1).para(intro).table(rows).para(note).lines(sign)
        return doc.save()
    pdf = Pdf(path, title=title)
    pdf.para(title, size=12, bold=True).para(intro).space().table(
        rows, widths=[24, 28, 42, 42, 42]
    ).space().para(note).space().lines(sign)
    return pdf.save()


# ------------------------------------------------------------------------------ inspection


def write_inspection(
    order: Order,
    path: Path,
    *,
    when: date,
    result: str,
    defects: list[tuple[str, str, int]] | None = None,
) -> Path:
    """A third-party pre-shipment inspection report (AQL per ISO 2859-1, General II)."""
    title = f"Pre-Shipment Inspection Report – PO {order.order_id}"
    pdf = Pdf(path, title=title, author="QC Partners Asia Ltd.")
    pdf.para("QC PARTNERS ASIA LTD.", size=12, bold=True).para(title, size=11, bold=True).space()
    pdf.table(
        [
            ["Client", order.buyer.name],
            ["Supplier", order.supplier.name],
            ["Inspection date", _d(when, 0)],
            [
                "Inspection type",
                "Pre-shipment inspection (PSI), goods 100% finished, at least 80% packed",
            ],
            [
                "Sampling",
                "ISO 2859-1, General Inspection Level II, AQL Critical 0 / Major 2.5 / Minor 4.0",
            ],
            ["Order quantity", f"{sum(i.qty for i in order.items):,} pcs"],
        ],
        header=False,
        widths=[45, 133],
    ).space()
    rows = [["Defect", "Class", "Found"]] + [
        [d, c, str(n)] for d, c, n in (defects or [("None", "-", 0)])
    ]
    pdf.table(rows, widths=[110, 34, 34]).space()
    pdf.para(f"OVERALL RESULT: {result.upper()}", size=11, bold=True)
    pdf.para("Inspector: Zhang Wei    Report reviewed by: Karen Ho")
    return pdf.save()


# ------------------------------------------------------------------------------ chat helpers


def at(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def messages(rows: list[tuple[datetime, str, str]]) -> list[Message]:
    return [Message(when, who, text) for when, who, text in rows]


def order_toml(
    order: Order,
    *,
    extra: str = "",
    trade_assurance: bool | None = False,
    release: dict[str, Any] | None = None,
) -> str:
    """order.toml for the folder: buyer and supplier names and aliases, stakeholders, release conditions."""
    b, s = order.buyer, order.supplier

    def arr(values: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(f'"{v}"' for v in values) + "]"

    out = [
        f'order_id = "{order.order_id}"',
        *(
            [f"trade_assurance = {'true' if trade_assurance else 'false'}"]
            if trade_assurance is not None
            else []
        ),
        f'stakeholders = ["purchasing@{b.email.split("@")[1]}", "{b.email}"]',
        *([extra.strip()] if extra else []),
        "",
        "[buyer]",
        f'name = "{b.contact}"',
        f'company = "{b.name}"',
        *([f'name_zh = "{b.name_zh}"'] if b.name_zh else []),
        f"aliases = {arr(b.aliases)}",
        f'country = "{b.country}"',
        f'emails = ["{b.email}"]',
        "",
        "[supplier]",
        f'name = "{s.name}"',
        f'name_zh = "{s.name_zh}"',
        f"aliases = {arr((s.contact, *s.aliases))}",
        f'country = "{s.country}"',
        f'phone = "{s.phone}"',
    ]
    if release:
        out += ["", "[release]"]
        for k, v in release.items():
            out.append(
                f"{k} = {'true' if v is True else 'false' if v is False else repr(v).replace(chr(39), chr(34))}"
            )
    return "\n".join(out) + "\n"


def supplier_mail(order: Order, *, when: str, subject: str, body: str, msg_id: str) -> str:
    """A plain-text e-mail from the supplier as the buyer's mail client saves it (.eml)."""
    s, b = order.supplier, order.buyer
    return (
        f"From: {s.contact} <{s.email}>\n"
        f"To: {b.contact} <{b.email}>\n"
        f"Subject: {subject}\n"
        f"Date: {when}\n"
        f"Message-ID: <{msg_id}@{s.email.split('@')[1]}>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body}\n"
    )

#!/usr/bin/env python3
"""Write the labelled evaluation corpus: corpus/cases/<NNN-scenario-product>/ with expected.json.

usage: python3 corpus/make_corpus.py [--seed 2026] [--out corpus/cases]

Each case is one order folder built from a product template and one scenario (a change, a fraud
sign, a noise pattern). Layouts, phrasing, file formats and languages vary with a seeded
random.Random, so the same seed always writes the same bytes. The answer key is derived from the
scenario, never from the pipeline's output. See docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
sys.path.insert(0, str(ROOT / "samples"))

from docgen import CHAT_WRITERS, Message, write_text, write_versions  # noqa: E402
from orderdocs import (  # noqa: E402
    KV_LAYOUT,
    Bank,
    Change,
    Company,
    Item,
    Order,
    Terms,
    at,
    material_text,
    order_toml,
    supplier_mail,
    write_change_order,
    write_inspection,
    write_pi,
    write_quote,
    write_sample_record,
    write_spec,
)

# Severity of an open undocumented_change / conflict / missing per field (contract section 3).
HIGH_FIELDS = {
    "material", "dimensions", "capacity", "weight", "certification", "price.unit", "price.total",
    "currency", "quantity", "payment.deposit", "payment.balance", "incoterm", "inspection",
    # Extensions as pipeline/data/severity.toml rates them: arithmetic errors and added items move money.
    "x.arithmetic", "x.item",
}  # fmt: skip
RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}

# ---------------------------------------------------------------------------------- parties

BUYERS = [
    Company("Harbor & Pine Home Ltd", "海港松木家居", "Unit 4, Riverside Park, Bristol BS2 0QY, United Kingdom", "+44 117 496 0321",
            "emma.clarke@harborpine.co.uk", "Emma Clarke", "GB", ("Emma",)),
    Company("Keller Home GmbH", "凯勒家居", "Hafenstrasse 12, 20457 Hamburg, Germany", "+49 40 3069 1120",
            "anna@kellerhome.example", "Anna Keller", "DE", ("Anna", "王芳")),
    Company("Northwind Outdoor Inc.", "北风户外", "2150 SE 9th Ave, Portland, OR 97214, USA", "+1 503 555 0142",
            "jason.miller@northwind-outdoor.example", "Jason Miller", "US", ("Jason",)),
    Company("Maison Lumière SARL", "光之家", "14 rue des Tanneurs, 69002 Lyon, France", "+33 4 72 10 55 80",
            "claire@maisonlumiere.example", "Claire Dubois", "FR", ("Claire",)),
]  # fmt: skip

SUPPLIERS = [
    (Company("Ningbo Brightway Housewares Co., Ltd.", "宁波明途家居用品有限公司", "No. 88 Jiangnan Road, Beilun, Ningbo, China",
             "+86 574 8688 1234", "lily@brightway.example", "Lily Chen", "CN", ("Lily",)),
     ("BANK OF CHINA NINGBO BRANCH", "139 Yaohang Street, Ningbo, China", "BKCHCNBJ92A", "358176543210"), "Ningbo"),
    (Company("Shenzhen Jiahe Silicone Products Co., Ltd.", "深圳嘉禾硅胶制品有限公司", "Huafeng Industrial Park, Bao'an, Shenzhen, China",
             "+86 755 2766 4410", "kevin@jiahe.example", "Kevin Zhou", "CN", ("Kevin",)),
     ("CHINA MERCHANTS BANK SHENZHEN BRANCH", "7088 Shennan Blvd, Shenzhen, China", "CMBCCNBS", "755912345610801"), "Shenzhen"),
    (Company("Xiamen Evergreen Bags Co., Ltd.", "厦门常青箱包有限公司", "No. 201 Xiangxing Road, Huli, Xiamen, China",
             "+86 592 5712 0836", "sunny@evergreen.example", "Sunny Lin", "CN", ("Sunny",)),
     ("CHINA CONSTRUCTION BANK XIAMEN BRANCH", "98 Lujiang Road, Xiamen, China", "PCBCCNBJFJX", "35150198010100001234"), "Xiamen"),
    (Company("Yiwu Huamei Trading Co., Ltd.", "义乌华美贸易有限公司", "No. 55 Chouzhou North Road, Yiwu, Zhejiang, China",
             "+86 579 8558 2090", "amy@huamei.example", "Amy Xu", "CN", ("Amy",)),
     ("INDUSTRIAL AND COMMERCIAL BANK OF CHINA YIWU BRANCH", "2 Huangyuan Road, Yiwu, China", "ICBKCNBJZJP", "1208020109200654321"), "Ningbo"),
    (Company("Guangzhou Lianhe Lighting Co., Ltd.", "广州联合照明有限公司", "No. 12 Shixi Road, Baiyun, Guangzhou, China",
             "+86 20 3622 7788", "david@lianhe-lighting.example", "David Huang", "CN", ("David",)),
     ("AGRICULTURAL BANK OF CHINA GUANGZHOU BAIYUN BRANCH", "36 Jichang Road, Guangzhou, China", "ABOCCNBJ440", "44050101040012345"), "Shenzhen"),
]  # fmt: skip

# CIF names the buyer's port of destination.
DESTINATION_PORT = {"GB": "Felixstowe", "DE": "Hamburg", "US": "Los Angeles", "FR": "Le Havre"}

FRAUD_BANKS = [
    Bank("GOLDEN BRIDGE TRADING (HK) LIMITED", "HSBC HONG KONG", "1 Queen's Road Central, Hong Kong", "HSBCHKHHHKH", "848123456838"),
    Bank("WINSTAR INTERNATIONAL LIMITED", "DBS BANK (HONG KONG) LIMITED", "99 Queen's Road Central, Hong Kong", "DHBKHKHH", "7880123456"),
    Bank("CHEN LI", "CHINA CONSTRUCTION BANK SHENZHEN BRANCH", "Shennan Road, Shenzhen, China", "PCBCCNBJSZX", "6217003320012345677"),
]  # fmt: skip
# A second account of the same company at another Chinese bank (beneficiary unchanged).
ALT_BANKS = [
    ("BANK OF COMMUNICATIONS SHANGHAI BRANCH", "200 Jiangxi Middle Road, Shanghai, China", "COMMCNSHSHI", "310066771018000123456"),
    ("CHINA MINSHENG BANK NINGBO BRANCH", "Ningbo, Zhejiang, China", "MSBCCNBJ010", "692500188"),
]  # fmt: skip

# ------------------------------------------------------------------------------- products


def bottles(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Vacuum insulated bottles", "保温杯", [
        Item("TB-500", "Vacuum insulated bottle 500ml", "真空保温杯500ml", 3000, "3.85", material="SS304", capacity="500", dims=("70", "260"), dims_tol="1",
             dims_style="bottle", weight="350", weight_tol="10", color="PANTONE 186 C", logo="laser engraving", certs=("LFGB",), carton_qty=24, carton_cm=("52", "38", "30")),
        Item("TB-750", "Vacuum insulated bottle 750ml", "真空保温杯750ml", 2000, "4.60", material="SS304", capacity="750", dims=("78", "290"), dims_tol="1",
             dims_style="bottle", weight="420", weight_tol="10", color="PANTONE 186 C", logo="laser engraving", certs=("LFGB",), carton_qty=24, carton_cm=("56", "41", "32")),
    ], True  # fmt: skip


def lunch_boxes(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Stainless steel lunch boxes", "不锈钢饭盒", [
        Item("LB-800", "Lunch box 800ml with silicone seal", "不锈钢饭盒800ml", 2500, "3.10", material="SS304", capacity="800", dims=("180", "130", "65"), dims_tol="1",
             weight="290", weight_tol="8", logo="laser engraving", carton_qty=30, carton_cm=("58", "40", "36")),
        Item("LB-1200", "Lunch box 1200ml 2-tier", "双层饭盒1200ml", 1500, "4.25", material="SS304", capacity="1200", dims=("200", "145", "95"), dims_tol="1",
             weight="410", weight_tol="10", logo="laser engraving", carton_qty=20, carton_cm=("62", "42", "40")),
    ], True  # fmt: skip


def silicone(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Silicone kitchen utensils", "硅胶厨具", [
        Item("SP-28", "Silicone spatula 28cm", "硅胶刮刀28cm", 4000, "1.32", material="SILICONE_FOOD_GRADE", dims=("280", "55"), dims_tol="1", dims_style="flat",
             weight="62", weight_tol="3", color="PANTONE 7541 C", certs=("LFGB", "FDA"), carton_qty=100, carton_cm=("52", "36", "30")),
        Item("BM-40", "Silicone baking mat 40x30cm", "硅胶烤垫", 2000, "2.45", material="SILICONE_FOOD_GRADE", dims=("400", "300"), dims_tol="2", dims_style="flat",
             weight="145", weight_tol="5", color="PANTONE 7541 C", certs=("LFGB", "FDA"), carton_qty=50, carton_cm=("42", "32", "35")),
    ], True  # fmt: skip


def totes(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Polyester tote bags", "涤纶购物袋", [
        Item("TT-01", "Foldable tote bag 42x38cm", "折叠购物袋", 6000, "1.18", material="POLYESTER_600D", dims=("420", "380"), dims_tol="5", dims_style="flat",
             color="PANTONE 2767 C", logo="silk screen 1 colour", carton_qty=100, carton_cm=("50", "40", "35")),
        Item("BP-20", "Drawstring backpack 33x45cm", "抽绳背包", 3000, "0.96", material="POLYESTER_600D", dims=("330", "450"), dims_tol="5", dims_style="flat",
             color="BLACK", logo="heat transfer", carton_qty=200, carton_cm=("55", "45", "40")),
    ], True  # fmt: skip


def towels(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Cotton bath towels", "纯棉浴巾", [
        Item("BT-7014", "Bath towel 70x140cm 500gsm", "浴巾70x140cm", 5000, "3.95", material="COTTON", dims=("700", "1400"), dims_tol="20", dims_style="flat",
             weight="490", weight_tol="15", color="WHITE", carton_qty=20, carton_cm=("60", "40", "45")),
        Item("HT-4070", "Hand towel 40x70cm 500gsm", "毛巾40x70cm", 8000, "1.35", material="COTTON", dims=("400", "700"), dims_tol="15", dims_style="flat",
             weight="140", weight_tol="6", color="WHITE", carton_qty=60, carton_cm=("60", "40", "45")),
    ], False  # fmt: skip


def led_lamps(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "LED desk lamps", "LED台灯", [
        Item("DL-12", "LED desk lamp 12W dimmable", "LED台灯12W", 1200, "8.90", material="ALUMINIUM", dims=("160", "160", "420"), dims_tol="2",
             weight="980", weight_tol="20", color="RAL 9005", certs=("CE", "ROHS"), carton_qty=8, carton_cm=("52", "36", "48")),
    ], False  # fmt: skip


def mugs(r: random.Random) -> tuple[str, str, list[Item], bool]:
    return "Ceramic mugs", "陶瓷马克杯", [
        Item("MG-350", "Ceramic mug 350ml glazed", "陶瓷马克杯350ml", 4800, "0.88", material="STONEWARE", capacity="350", dims=("82", "95"), dims_tol="1.5",
             dims_style="bottle", weight="320", weight_tol="10", color="PANTONE 5405 C", logo="decal", certs=("FDA",), carton_qty=36, carton_cm=("48", "32", "30")),
        Item("MG-450", "Ceramic mug 450ml glazed", "陶瓷马克杯450ml", 2400, "1.05", material="STONEWARE", capacity="450", dims=("90", "110"), dims_tol="1.5",
             dims_style="bottle", weight="380", weight_tol="10", color="PANTONE 5405 C", logo="decal", certs=("FDA",), carton_qty=24, carton_cm=("50", "34", "33")),
    ], False  # fmt: skip


def mug_range(r: random.Random) -> tuple[str, str, list[Item], bool]:
    colours = ["PANTONE 186 C", "PANTONE 2945 C", "PANTONE 355 C", "PANTONE 109 C", "PANTONE 7541 C", "PANTONE 5405 C",
               "PANTONE 165 C", "PANTONE 2587 C", "PANTONE 7621 C", "PANTONE 3272 C", "PANTONE 426 C", "PANTONE 1235 C"]  # fmt: skip
    items = [
        Item(f"MG-350-C{n:02d}", f"Ceramic mug 350ml glazed, colour {n:02d}", f"陶瓷马克杯350ml 色{n:02d}", 600, "0.88", material="STONEWARE",
             capacity="350", color=colour, certs=("FDA",), carton_qty=36, carton_cm=("48", "32", "30"))
        for n, colour in enumerate(colours, 1)
    ]  # fmt: skip
    return "Ceramic mug colour range", "陶瓷马克杯系列", items, False


PRODUCTS: dict[str, Callable[[random.Random], tuple[str, str, list[Item], bool]]] = {
    "bottles": bottles, "lunchboxes": lunch_boxes, "silicone": silicone, "totes": totes,
    "towels": towels, "ledlamps": led_lamps, "mugs": mugs, "mugrange": mug_range,
}  # fmt: skip
# Products for every scenario; the 12-SKU range only serves the multi-page scenarios.
STANDARD = ["bottles", "lunchboxes", "silicone", "totes", "towels", "ledlamps", "mugs"]
DOWNGRADE = {
    "SS304": "SS201",
    "SILICONE_FOOD_GRADE": "SILICONE",
    "POLYESTER_600D": "POLYESTER_300D",
}

# ----------------------------------------------------------------------------------- a case


@dataclass
class Case:
    """One order folder being built: the agreed order, the PI as the supplier issues it, and extras."""

    name: str
    rng: random.Random
    order: Order
    pi: Order
    lang: str  # en, mixed, zh
    chat_fmt: str
    expected: list[dict] = field(default_factory=list)
    chat: list[Message] = field(default_factory=list)
    quote_fmt: str = ".xlsx"
    pi_fmt: str = ".pdf"  # PDF mostly; smaller suppliers send Excel or Word PIs
    spec_fmt: str = ".docx"
    pi_kwargs: dict = field(default_factory=dict)
    extra_pis: list[tuple[Order, str, date]] = field(
        default_factory=list
    )  # earlier PIs (order, no, date)
    toml_extra: str = ""
    release: dict | None = None
    trade_assurance: bool | None = False
    verdict: str | None = None  # forced verdict (release conditions); else derived from expected
    writers: list[Callable[[Case, Path], None]] = field(default_factory=list)
    sample: bool = False
    sample_deltas: dict[str, str] = field(default_factory=dict)  # "SKU:weight" -> measured text
    spec_tracked: list[tuple[str, str, str]] = field(default_factory=list)  # DOCX tracked changes
    description: str = ""

    @property
    def buyer(self) -> str:
        return self.order.buyer.contact

    @property
    def seller(self) -> str:
        return self.order.supplier.contact

    def expect(self, fld: str, status: str, item: str | None = None) -> None:
        entry: dict = {"field": fld, "status": status}
        if item:
            entry["item"] = item
        sev = severity(fld, status)
        if sev and status != "documented_change":
            entry["min_severity"] = sev
        self.expected.append(entry)

    def say(self, day: date, hh: int, mm: int, who: str, text: str) -> None:
        self.chat.append(Message(at(day, hh, mm, self.rng.randrange(60)), who, text))


def severity(fld: str, status: str) -> str | None:
    if status == "match":
        return None
    if fld.startswith("bank."):
        return "critical"
    if status == "documented_change":
        return "info"
    if status == "chat_only":
        return "medium"
    return "high" if fld in HIGH_FIELDS else "medium"


def verdict_of(case: Case) -> str:
    if case.verdict:
        return case.verdict
    worst = min(
        (RANK[severity(e["field"], e["status"]) or "info"] for e in case.expected), default=4
    )
    return "HOLD" if worst <= 1 else "REVIEW" if worst == 2 else "RELEASE"


# ---------------------------------------------------------------------------------- noise

CHATTER_EN = [
    "Good morning! Did you receive the samples by DHL?",
    "Yes received yesterday, thank you",
    "Our factory will be closed for Chinese New Year holiday from Feb 10 to Feb 20, orders after that",
    "Please send me the shipping marks file when you have it",
    "Attached are the production photos, please check",
    "Thanks, looks nice",
    "Have a nice weekend!",
    "Can you confirm the carton labels? Barcode file is in the email",
    "Noted with thanks",
]
CHATTER_ZH = [
    "早上好！",
    "样品已经寄出，顺丰单号稍后发您",
    "好的，收到",
    "这是大货生产照片，请查看",
    "周末愉快！",
    "唛头文件请邮件发我",
    "[图片]",
    "[动画表情]",
]


# How buyers say yes and no in chat (issue 4: "ok go ahead", "approved", "confirmed", 好的, 可以, 同意, 不行).
APPROVALS_EN = ["ok go ahead", "OK, go ahead. Please keep the quality", "Fine, approved", "Confirmed, no problem",
                "ok noted, that works for us"]  # fmt: skip
APPROVALS_ZH = ["好的，可以", "可以，同意", "没问题，同意", "好的，就这样"]
REJECTIONS_EN = ["No, we cannot accept this. Please keep the quoted price.", "Sorry, not acceptable. We stick to the PO price.",
                 "We don't agree, please follow the quotation."]  # fmt: skip


def chatter(case: Case, day: date, n: int) -> None:
    pool = CHATTER_ZH if case.chat_fmt == "wechat" else CHATTER_EN
    for k in range(n):
        who = case.seller if k % 2 == 0 else case.buyer
        case.say(day + timedelta(days=k // 2), 9 + k, 5 * k, who, case.rng.choice(pool))


# ------------------------------------------------------------------------------- scenarios
# A scenario mutates the case (the PI, the chat, extra documents) and states what the audit must
# find. Each one exercises one rule or one noise pattern; docs/evaluation.md lists them.

D0 = date(2026, 2, 20)


def s_clean(c: Case) -> None:
    c.description = "Clean order: PI repeats the quote and spec; chat chatter only."
    chatter(c, D0, 4)


def s_clean_reworded(c: Case) -> None:
    c.description = (
        "Clean order; the PI words lead time and payment differently from the quote (5 weeks = 35 days, "
        "T/T 30/70 written out), adds a validity remark; the sample record measured inside tolerance."
    )
    c.sample = True
    for terms in (c.order.terms, c.pi.terms):
        terms.lead_min = terms.lead_max = 35
        terms.lead_basis = "calendar"
        terms.deposit = 30
        terms.trigger = "before_shipment"
    c.order.terms.lead_phrase = "5 weeks after deposit"
    c.pi.terms.lead_phrase = "35 days after receipt of the deposit"
    c.order.terms.payment_phrase = "T/T 30% deposit, 70% balance before shipment"
    c.pi.terms.payment_phrase = (
        "30% of the total amount in advance by T/T, the remaining 70% to be paid before shipment"
    )
    c.pi_kwargs["remarks"] = [
        "Remark: price valid for 30 days; goods to be inspected by buyer's QC before loading."
    ]
    chatter(c, D0, 6)


def s_bank_new_pi(c: Case) -> None:
    c.description = "Revised PI with new bank details (offshore account) announced by the supplier; buyer never approves."
    old = c.pi.copy()
    c.extra_pis.append((old, c.order.pi_no, c.order.pi_date))
    c.pi.bank = c.rng.choice(FRAUD_BANKS[:2])
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-R1", pi_date=c.order.pi_date + timedelta(days=30))
    if c.chat_fmt == "wechat":
        c.say(D0, 10, 2, c.seller, "我们公司账户变更了，尾款请付款到新账户，详见新的形式发票")
        c.say(D0, 11, 15, c.buyer, "为什么换了收款公司？我们需要先和财务确认")
    else:
        c.say(
            D0,
            10,
            2,
            c.seller,
            "Dear, please note our bank account has changed due to the annual audit. Please pay the balance to our new account, see the new PI",
        )
        c.say(
            D0,
            11,
            15,
            c.buyer,
            "Why is the beneficiary a different company? I need to check with our finance team first.",
        )
    for f in ("bank.beneficiary", "bank.name", "bank.account", "bank.swift"):
        c.expect(f, "undocumented_change")


def s_bank_chat_ok(c: Case) -> None:
    c.description = (
        "Supplier moves to another Chinese bank (same company) in chat and the buyer agrees in chat; "
        "the revised PI carries it: chat_only, still critical."
    )
    c.extra_pis.append((c.pi.copy(), c.order.pi_no, c.order.pi_date))
    name, address, swift, account = next(b for b in ALT_BANKS if b[0] != c.order.bank.bank)
    c.pi.bank = Bank(c.order.bank.beneficiary, name, address, swift, account)
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-V2", pi_date=c.order.pi_date + timedelta(days=25))
    # One message over several lines, as people paste bank blocks (a multi-line chat message).
    c.say(D0, 10, 2, c.seller, f"Dear, from this month please use our new {c.order.terms.currency} account, "
          f"the beneficiary is still our company:\nBank: {name}\nSWIFT: {swift}\nA/C: {account}")  # fmt: skip
    c.say(D0, 10, 40, c.buyer, "ok noted, we will pay the balance to the new account")
    for f in ("bank.name", "bank.account", "bank.swift"):
        c.expect(f, "chat_only")
    # A bank change announced in chat needs a call-back whatever the buyer answered (domain.md).
    c.expect("bank.account", "undocumented_change")


def s_beneficiary_personal(c: Case) -> None:
    c.description = (
        "The only PI names a person, not the supplier company, as beneficiary, with a UnionPay card "
        "number as account (personal account signs)."
    )
    c.pi.bank = FRAUD_BANKS[2]
    c.expect("bank.beneficiary", "undocumented_change")
    c.expect("bank.account", "undocumented_change")


def s_material_downgrade(c: Case) -> None:
    item = c.rng.choice([i for i in c.pi.items if i.material in DOWNGRADE])
    c.description = (
        f"The PI quietly downgrades {item.sku} from {item.material} to {DOWNGRADE[item.material]}."
    )
    item.material = DOWNGRADE[item.material]
    c.pi_kwargs["show"] = {"material"}
    c.expect("material", "undocumented_change", item.sku)


def s_lead_stretch(c: Case) -> None:
    c.description = "The PI stretches the lead time by 15 days; nobody agreed."
    c.pi.terms.lead_min += 15
    c.pi.terms.lead_max += 15
    chatter(c, D0, 3)
    c.expect("lead_time", "undocumented_change")


def days_en(c: Case) -> str:
    return "working days" if c.pi.terms.lead_basis == "working" else "days"


def s_lead_chat_en(c: Case) -> None:
    c.description = "Supplier asks for 10 more days; the buyer says 'ok go ahead' in WhatsApp; the PI carries it."
    c.chat_fmt = c.rng.choice(["whatsapp-android", "whatsapp-ios", "plain-log"])
    c.pi.terms.lead_max += 10
    c.pi.terms.lead_min = c.pi.terms.lead_max
    c.say(
        D0,
        9,
        30,
        c.seller,
        f"Dear, because of the material shortage we need {c.pi.terms.lead_max} {days_en(c)} for production instead of {c.order.terms.lead_max} {days_en(c)}, is it ok?",
    )
    c.say(
        D0,
        10,
        12,
        c.buyer,
        c.rng.choice(APPROVALS_EN),
    )
    c.expect("lead_time", "chat_only")


def s_lead_chat_zh(c: Case) -> None:
    c.description = "供应商在微信里要求延长交期，买方回复'好的，可以'；PI 写了新交期。"
    c.chat_fmt = "wechat"
    c.pi.terms.lead_max += 10
    c.pi.terms.lead_min = c.pi.terms.lead_max
    c.say(
        D0,
        9,
        30,
        c.seller,
        f"因为订单多，交期需要延长到收到定金后{c.pi.terms.lead_max}{'个工作日' if c.pi.terms.lead_basis == 'working' else '天'}，可以吗？",
    )
    c.say(D0, 10, 12, c.buyer, c.rng.choice(APPROVALS_ZH))
    c.expect("lead_time", "chat_only")


def s_deposit_up(c: Case) -> None:
    c.description = (
        f"The PI raises the deposit from {c.order.terms.deposit}% to 50%; never discussed."
    )
    c.pi.terms.deposit = 50
    c.expect("payment.deposit", "undocumented_change")
    c.expect(
        "payment.balance", "undocumented_change"
    )  # 70 % -> 50 %: the balance share is a term of its own


def s_balance_trigger(c: Case) -> None:
    c.description = (
        "Quote: balance against copy of B/L; the PI asks for the balance before shipment."
    )
    c.order.terms.trigger = "against_bl_copy"
    c.pi.terms.trigger = "before_shipment"
    c.expect("payment.balance", "undocumented_change")


def s_exw(c: Case) -> None:
    c.description = "Quoted FOB; the PI switches to EXW (export clearance and inland freight move to the buyer)."
    c.pi.terms.incoterm = "EXW"
    c.expect("incoterm", "undocumented_change")


def s_qty_within(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI ships 2% more of {item.sku}; order.toml allows +/-3%: a match."
    item.qty = int(item.qty * 1.02)
    c.quote_fmt = ".pdf"
    c.toml_extra = "[tolerances]\nquantity = { percent = 3 }"
    c.expect("quantity", "match", item.sku)


def s_qty_beyond(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI raises {item.sku} by 20%, beyond any shipment allowance."
    item.qty = int(item.qty * 1.2)
    c.quote_fmt = ".pdf"
    c.toml_extra = "[tolerances]\nquantity = { percent = 3 }"
    c.expect("quantity", "undocumented_change", item.sku)


def s_dims_within(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI states {item.sku} dimensions within the spec's own tolerance: a match."
    first = str(int(item.dims[0]) + 1) if "." not in (item.dims_tol or "") else item.dims[0]
    item.dims = (first, *item.dims[1:])
    c.pi_kwargs["show"] = {"material", "dims"}
    c.expect("dimensions", "match", item.sku)


def s_dims_in_cm(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI gives the {item.sku} size in centimetres (the spec in millimetres): the same size, a match."
    c.pi_kwargs["show"] = {"material", "dims", "dims_cm"}
    c.expect("dimensions", "match", item.sku)


def s_dims_beyond(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI states {item.sku} dimensions 10% off the spec, beyond its tolerance."
    item.dims = (str(int(int(item.dims[0]) * 1.1)), *item.dims[1:])
    c.pi_kwargs["show"] = {"material", "dims"}
    c.expect("dimensions", "undocumented_change", item.sku)


def s_missing_lead(c: Case) -> None:
    c.description = "The PI drops the delivery time the quote gave."
    c.pi_kwargs["omit"] = {"lead_time"}
    c.expect("lead_time", "missing")


def s_missing_payment(c: Case) -> None:
    c.description = "The PI drops the payment terms the quote gave."
    c.pi_kwargs["omit"] = {"payment"}
    c.expect("payment.deposit", "missing")


def s_missing_inspection(c: Case) -> None:
    c.description = "The spec requires the AQL clause on the PI; the PI leaves it out (not covered by Trade Assurance)."
    c.order.spec_notes = ("The PI shall state the AQL 2.5 inspection clause.",)
    c.pi_kwargs["omit"] = {"inspection"}
    c.expect("inspection", "missing")


def s_quote_conflict(c: Case) -> None:
    item = c.order.items[0]
    c.description = (
        f"Two quotes of the same date, no version mark, give different prices for {item.sku}."
    )
    other = c.order.copy()
    other.items[0].price = f"{float(item.price) * 1.08:.2f}"
    c.quote_fmt = ".pdf"

    def second_quote(case: Case, folder: Path) -> None:
        write_quote(
            other,
            folder / "quotes" / f"quotation {case.order.supplier.contact.split()[0]}.pdf",
            case.rng,
            lang="en",
        )

    c.writers.append(second_quote)
    c.expect("price.unit", "conflict", item.sku)


def s_price_up(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI raises the unit price of {item.sku} by 6% with no agreement."
    item.price = f"{float(item.price) * 1.06:.2f}"
    c.quote_fmt = ".pdf"
    c.expect("price.unit", "undocumented_change", item.sku)


def s_rejected_kept(c: Case) -> None:
    c.description = "Supplier proposes a price increase, the buyer rejects it, the PI keeps the quoted price (no finding)."
    item = c.order.items[0]
    if c.chat_fmt == "wechat":
        c.say(
            D0,
            9,
            0,
            c.seller,
            f"原材料涨价，{item.sku}单价需要涨到{float(item.price) * 1.1:.2f}{'欧元' if c.order.terms.currency == 'EUR' else '美元'}",
        )
        c.say(D0, 9, 40, c.buyer, "不行，请按报价执行")
    else:
        c.say(
            D0,
            9,
            0,
            c.seller,
            f"Dear, raw material price went up, we need to adjust {item.sku} to {c.order.terms.currency} {float(item.price) * 1.1:.2f}/pc",
        )
        c.say(
            D0,
            9,
            40,
            c.buyer,
            "Sorry, we cannot accept a price increase. Please keep the quoted price.",
        )
    c.say(
        D0,
        10,
        5,
        c.seller,
        "OK understood, we keep the price" if c.chat_fmt != "wechat" else "好的，按原价",
    )


def s_rejected_changed(c: Case) -> None:
    item = c.pi.items[0]
    c.description = "Supplier proposes a price increase, the buyer rejects it, the PI carries the higher price anyway."
    new = f"{float(item.price) * 1.1:.2f}"
    c.say(
        D0,
        9,
        0,
        c.seller,
        f"Dear, raw material price went up, we need to adjust {item.sku} to {c.order.terms.currency} {new}/pc",
    )
    c.say(D0, 9, 40, c.buyer, c.rng.choice(REJECTIONS_EN))
    item.price = new
    c.quote_fmt = ".pdf"
    c.expect("price.unit", "undocumented_change", item.sku)


def s_change_order_approved(c: Case) -> None:
    item = c.pi.items[0]
    old = item.color or "BLACK"
    new = "PANTONE 2945 C" if old != "PANTONE 2945 C" else "PANTONE 186 C"
    c.description = (
        f"A change order signed by the buyer changes the colour of {item.sku}; the PI follows it."
    )
    item.color = new
    c.pi_kwargs["show"] = {"material", "color"}

    def co(case: Case, folder: Path) -> None:
        write_change_order(
            case.order,
            folder / "changes" / "CO-01.docx",
            case.rng,
            number="CO-01",
            when=D0,
            approved=True,
            changes=[
                Change(item.sku, "Colour", old.title(), new.title(), "retailer's new brand colour")
            ],
        )

    c.writers.append(co)
    c.expect("color", "documented_change", item.sku)


def s_change_order_unapproved(c: Case) -> None:
    item = c.pi.items[0]
    old = item.color or "BLACK"
    new = "PANTONE 2945 C" if old != "PANTONE 2945 C" else "PANTONE 186 C"
    c.description = f"A change order for the colour of {item.sku} was never signed by the buyer; the PI uses the new colour."
    item.color = new
    c.pi_kwargs["show"] = {"material", "color"}

    def co(case: Case, folder: Path) -> None:
        write_change_order(
            case.order,
            folder / "changes" / "Amendment-01.pdf",
            case.rng,
            number="AM-01",
            when=D0,
            approved=False,
            changes=[Change(item.sku, "Colour", old.title(), new.title(), "dye lot availability")],
        )

    c.writers.append(co)
    c.expect("color", "undocumented_change", item.sku)


def s_change_order_lead(c: Case) -> None:
    c.description = "A signed change order moves the lead time; a second change (deposit) is only ok-ed in chat."
    c.pi.terms.lead_max += 14
    c.pi.terms.lead_min = c.pi.terms.lead_max
    c.pi.terms.deposit = c.order.terms.deposit + 10
    t = c.order.terms
    lt_span, lt_new = (
        (str(t.lead_max) if t.lead_min == t.lead_max else f"{t.lead_min}-{t.lead_max}"),
        c.pi.terms.lead_max,
    )

    def co(case: Case, folder: Path) -> None:
        write_change_order(
            case.order,
            folder / "changes" / "Change order CO-02.pdf",
            case.rng,
            number="CO-02",
            when=D0,
            approved=True,
            changes=[
                Change(
                    None,
                    "Lead time",
                    f"{lt_span} {days_en(case)} after deposit",
                    f"{lt_new} {days_en(case)} after deposit",
                    "Chinese New Year closure",
                )
            ],
        )

    c.writers.append(co)
    c.chat_fmt = c.rng.choice(["whatsapp-android", "whatsapp-ios"])
    c.say(
        D0,
        15,
        0,
        c.seller,
        f"Could you pay {c.pi.terms.deposit}% deposit and {100 - c.pi.terms.deposit}% balance instead of "
        f"{t.deposit}/{100 - t.deposit}? We need to buy the material in advance",
    )
    c.say(D0, 15, 30, c.buyer, f"ok, {c.pi.terms.deposit}/{100 - c.pi.terms.deposit} is fine")
    c.expect("lead_time", "documented_change")
    c.expect("payment.deposit", "chat_only")
    c.expect("payment.balance", "chat_only")  # the message names both shares


def s_carton_qty(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI packs {item.sku} in more pieces per carton than the spec."
    item.carton_qty = (item.carton_qty or 24) + 6
    c.pi.items = [item] + c.pi.items[1:]
    c.expect("packaging.carton_qty", "undocumented_change")


def s_color_change(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI gives {item.sku} a different Pantone colour; nobody approved."
    item.color = "PANTONE 185 C" if item.color != "PANTONE 185 C" else "PANTONE 186 C"
    c.pi_kwargs["show"] = {"material", "color"}
    c.expect("color", "undocumented_change", item.sku)


def s_inspection_failed(c: Case) -> None:
    c.description = "order.toml requires a passed inspection; the pre-shipment report says FAILED."
    c.release = {"inspection": "passed"}
    c.verdict = "HOLD"
    c.expect("inspection", "undocumented_change")  # the goods failed the agreed AQL

    def report(case: Case, folder: Path) -> None:
        write_inspection(
            case.order,
            folder / "inspection" / "PSI report.pdf",
            when=D0 + timedelta(days=30),
            result="Failed",
            defects=[("Dent on body", "Major", 9), ("Logo misprint", "Major", 4)],
        )

    c.writers.append(report)


def s_inspection_passed(c: Case) -> None:
    c.description = "order.toml requires a passed inspection; the report says PASSED."
    c.release = {"inspection": "passed"}

    def report(case: Case, folder: Path) -> None:
        write_inspection(
            case.order,
            folder / "inspection" / "PSI report.pdf",
            when=D0 + timedelta(days=30),
            result="Passed",
            defects=[("Minor scratch", "Minor", 2)],
        )

    c.writers.append(report)


def s_arithmetic_line(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI's line amount for {item.sku} is mistyped (digits swapped); the total adds up the printed lines."
    right = f"{item.amount:.2f}"
    digits = list(right.replace(".", ""))
    i = max(0, len(digits) - 4)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    if digits[i] == digits[i + 1]:
        digits[i] = str((int(digits[i]) + 1) % 10)
    wrong = "".join(digits[:-2]) + "." + "".join(digits[-2:])
    item.amount_override = wrong
    c.quote_fmt = ".pdf"
    c.expect("x.arithmetic", "conflict", item.sku)


def s_arithmetic_total(c: Case) -> None:
    c.description = (
        f"The PI's grand total is {c.order.terms.currency} 1,000.00 more than the sum of its lines."
    )
    c.pi.total_override = f"{c.pi.total + 1000:.2f}"
    c.quote_fmt = ".pdf"
    c.expect("x.arithmetic", "conflict")


def ta_order(c: Case, *, designated: bool = False) -> None:
    """Mark the case a Trade Assurance order whose PI states the spec's standards."""
    c.trade_assurance = True
    c.pi_kwargs["show"] = {"material", "certs"}
    if designated:
        b = c.order.bank
        c.toml_extra = (
            "[trade_assurance]\nenabled = true\n"
            f'beneficiary = "{b.beneficiary}"\naccount = "{b.account}"\nswift = "{b.swift}"'
        )
        c.trade_assurance = None  # the table replaces the flag


def s_ta_off_platform(c: Case) -> None:
    c.description = "Trade Assurance order: the PI asks for payment to another account of the supplier, not the platform-designated one."
    ta_order(c, designated=True)
    name, address, swift, account = next(b for b in ALT_BANKS if b[0] != c.order.bank.bank)
    c.pi.bank = Bank(c.order.bank.beneficiary, name, address, swift, account)
    c.expect("bank.account", "undocumented_change")
    c.expect("bank.swift", "undocumented_change")


def s_ta_standard_missing(c: Case) -> None:
    c.description = (
        "Trade Assurance order: the spec's certification is not written into the PI (not covered)."
    )
    ta_order(c)
    c.pi_kwargs["show"] = {"material"}
    c.expect("x.trade_assurance", "missing")


def s_ta_acquiescence(c: Case) -> None:
    c.description = (
        "Trade Assurance order: the buyer ok-s a later delivery in chat (acquiescence voids cover)."
    )
    ta_order(c)
    s_lead_chat_en(c)
    c.description = (
        "Trade Assurance order: the buyer ok-s a later delivery in chat (acquiescence voids cover)."
    )
    c.expect("x.trade_assurance", "chat_only")


def s_ta_claim_window(c: Case) -> None:
    c.description = (
        "Trade Assurance order received on 2026-04-20: the 30-day claim window has closed."
    )
    ta_order(c)
    c.toml_extra = "receipt_date = 2026-04-20"
    c.expect("x.trade_assurance", "missing")


def s_item_added(c: Case) -> None:
    c.description = "The PI adds a line item (display boxes) that no spec or quote mentions."
    c.pi.items.append(Item("DSP-BOX", "Counter display box (printed)", "展示盒", 200, "0.95"))
    c.quote_fmt = ".pdf"
    c.expect("x.item", "undocumented_change", "DSP-BOX")


def s_item_dropped(c: Case) -> None:
    dropped = c.pi.items.pop()
    c.description = f"The PI leaves out {dropped.sku}, which the quote and spec list."
    c.expect("quantity", "missing", dropped.sku)


def s_many_items(c: Case) -> None:
    c.description = "Twelve colour SKUs: the PI table runs over two pages with its header repeated (noise); all agree."
    c.pi_kwargs["layout"] = 0
    chatter(c, D0, 2)


def s_many_items_price(c: Case) -> None:
    item = c.pi.items[-1]
    c.description = f"Twelve colour SKUs over two PI pages; only the last one, {item.sku}, has a higher unit price."
    c.pi_kwargs["layout"] = 0
    item.price = "0.93"
    c.quote_fmt = ".pdf"
    c.expect("price.unit", "undocumented_change", item.sku)


def s_kv_layout(c: Case) -> None:
    c.description = (
        "The PI lists items as key-value blocks (no table); the lead time is stretched by 10 days."
    )
    c.pi_kwargs["layout"] = KV_LAYOUT
    c.pi.terms.lead_max += 10
    c.pi.terms.lead_min = c.pi.terms.lead_max
    c.expect("lead_time", "undocumented_change")


def s_kv_clean(c: Case) -> None:
    c.description = "The PI lists items as key-value blocks (no table); everything agrees."
    c.pi_kwargs["layout"] = KV_LAYOUT


def s_sample_differs(c: Case) -> None:
    item = next(i for i in c.order.items if i.weight)
    measured = int(item.weight) + 3 * int(item.weight_tol or "5")
    c.description = f"The golden sample of {item.sku} weighed {measured} g; the spec says {item.weight} g ±{item.weight_tol} g."
    c.sample = True
    c.sample_deltas = {f"{item.sku}:weight": f"{measured} g"}
    c.expect("weight", "undocumented_change", item.sku)


def s_pi_conflict(c: Case) -> None:
    item = c.order.items[0]
    other = c.pi.copy()
    other.items[0].price = f"{Decimal(item.price) * Decimal('1.05'):.2f}"
    c.description = (
        f"Two PIs with the same number and date give {item.sku} two different unit prices."
    )
    c.quote_fmt = ".pdf"

    def second_pi(case: Case, folder: Path) -> None:
        write_pi(
            other, folder / "pi" / f"{case.order.pi_no} (1).pdf", case.rng, lang=case.lang, layout=0
        )

    c.pi_kwargs["layout"] = 0
    c.writers.append(second_pi)
    c.expect("price.unit", "conflict", item.sku)
    c.expect("price.total", "conflict")  # the line amount and the grand total differ with it


def s_inspection_pending(c: Case) -> None:
    c.description = "order.toml requires a passed inspection; the report's result is still PENDING (lab test outstanding)."
    c.release = {"inspection": "passed"}
    c.verdict = "HOLD"

    def report(case: Case, folder: Path) -> None:
        write_inspection(case.order, folder / "inspection" / "PSI report.pdf", when=D0 + timedelta(days=30), result="Pending",
                         defects=[("Lab test (food contact) results outstanding", "-", 0)])  # fmt: skip

    c.writers.append(report)
    c.expect("inspection", "missing")


def s_arithmetic_deposit(c: Case) -> None:
    dep = c.pi.terms.deposit
    right = c.pi.total * dep / 100
    wrong = right + 250
    c.description = (
        f"The PI asks for a {dep}% deposit of {wrong:,.2f}; {dep}% of the total is {right:,.2f}."
    )
    c.pi_kwargs["remarks"] = [
        f"Deposit {dep}%: {c.order.terms.currency} {wrong:,.2f}, to be paid before production starts."
    ]
    c.expect("x.arithmetic", "conflict")


def s_bank_swift_invalid(c: Case) -> None:
    c.description = (
        "The PI's SWIFT code has an impossible country code (XQ): a typo or a forged bank block."
    )
    b = c.pi.bank
    c.pi.bank = Bank(b.beneficiary, b.bank, b.address, b.swift[:4] + "XQ" + b.swift[6:], b.account)
    c.expect("bank.swift", "undocumented_change")


def s_change_order_not_carried(c: Case) -> None:
    item = c.order.items[0]
    old = item.color or "BLACK"
    new = "PANTONE 2945 C" if old != "PANTONE 2945 C" else "PANTONE 186 C"
    c.description = (
        f"A signed change order sets {item.sku} to {new.title()}; the PI still says {old.title()}."
    )
    c.pi_kwargs["show"] = {"material", "color"}

    def co(case: Case, folder: Path) -> None:
        write_change_order(case.order, folder / "changes" / "CO-03 colour.docx", case.rng, number="CO-03", when=D0, approved=True,
                           changes=[Change(item.sku, "Colour", old.title(), new.title(), "retailer's new brand colour")])  # fmt: skip

    c.writers.append(co)
    c.expect("color", "undocumented_change", item.sku)


def s_required_warranty(c: Case) -> None:
    c.description = (
        "order.toml requires a warranty clause on the PI (required_on_pi); the PI has none."
    )
    c.toml_extra = 'required_on_pi = ["warranty"]'
    c.expect("warranty", "missing")


def s_arithmetic_currency(c: Case) -> None:
    other = "USD" if c.order.terms.currency == "EUR" else "EUR"
    c.description = f"The PI prices its lines in {c.order.terms.currency} but prints the total (and SAY ... ONLY) in {other}."
    c.pi.total_currency = other
    c.pi_kwargs["layout"] = 0
    c.expect("x.arithmetic", "conflict")
    c.expect("currency", "conflict")  # one PI, two currencies: it disagrees with itself


def s_bank_mail(c: Case) -> None:
    c.description = (
        "An e-mail from a look-alike address announces an offshore account and attaches a revised PI "
        "(classic payment redirection); the buyer never approves."
    )
    c.extra_pis.append((c.pi.copy(), c.order.pi_no, c.order.pi_date))
    c.pi.bank = FRAUD_BANKS[0]
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-R1", pi_date=c.order.pi_date + timedelta(days=28))
    b = FRAUD_BANKS[0]
    user, domain = c.order.supplier.email.split("@")
    spoof = c.order.copy()
    spoof.supplier.email = f"{user}@{domain.replace('.example', '-hk.example')}"

    def mail(case: Case, folder: Path) -> None:
        body = (
            f"Dear {case.order.buyer.contact.split()[0]},\n\nPlease be informed that our company bank account was changed "
            "due to the annual audit. Kindly arrange the balance payment to our new account below and ignore the "
            f"account on the old PI.\n\nBeneficiary: {b.beneficiary}\nBank: {b.bank}\nSWIFT: {b.swift}\n"
            f"Account No.: {b.account}\n\nPlease confirm once the payment is done.\n\nBest regards,\n{case.order.supplier.contact}"
        )
        write_text(folder / "chat" / "Updated bank information.eml",
                   supplier_mail(spoof, when="Mon, 02 Mar 2026 09:14:05 +0800", subject="URGENT: updated bank information",
                                 body=body, msg_id=f"bank{case.order.order_id}"))  # fmt: skip

    c.writers.append(mail)
    for f in ("bank.beneficiary", "bank.name", "bank.account", "bank.swift"):
        c.expect(f, "undocumented_change")


def s_chat_other_inquiry(c: Case) -> None:
    c.description = (
        "Noise: in the same chat the supplier quotes a different, new product (bamboo lids) with its own "
        "price, quantity and lead time; nothing about this order changes."
    )
    cur = c.order.terms.currency
    c.say(D0, 11, 0, c.buyer, "Btw, can you also quote bamboo lids for our new project? 1,000 pcs")
    c.say(
        D0,
        16,
        20,
        c.seller,
        f"For the bamboo lids BL-90: {cur} 0.65/pc for 1,000 pcs, sample in 7 days, production 20 days",
    )
    c.say(
        D0 + timedelta(days=1),
        9,
        5,
        c.buyer,
        "Thanks, I will check with my boss and come back to you",
    )


def s_spec_tracked_change(c: Case) -> None:
    item = next(i for i in c.order.items if i.material in DOWNGRADE)
    c.description = (
        f"The spec DOCX keeps the buyer's tracked change: {DOWNGRADE[item.material]} struck out, "
        f"{item.material} inserted; the PI says {item.material}. Deleted text is history, not a requirement."
    )
    c.spec_fmt = ".docx"
    rng = random.Random(c.name)
    c.spec_tracked = [
        (
            f"Revision 2, {item.sku} body material: ",
            material_text(DOWNGRADE[item.material], rng),
            material_text(item.material, rng),
        )
    ]
    c.pi_kwargs["show"] = {"material"}


def s_proposal_questioned(c: Case) -> None:
    c.description = (
        "The supplier asks for a longer lead time; the buyer only asks back (no yes) and the PI carries "
        "the longer time anyway: a question is not an approval."
    )
    old, new = c.order.terms.lead_max, c.order.terms.lead_max + 10
    c.pi.terms.lead_max = new
    c.pi.terms.lead_min = new
    unit = "个工作日" if c.pi.terms.lead_basis == "working" else "天"
    if c.chat_fmt == "wechat":
        c.say(D0, 9, 30, c.seller, f"交期需要延长到收到定金后{new}{unit}，可以吗？")
        c.say(D0, 10, 5, c.buyer, f"为什么要{new}{unit}？能不能还是{old}{unit}？我们有促销日期")
    else:
        c.say(
            D0,
            9,
            30,
            c.seller,
            f"Dear, we need {new} {days_en(c)} for production this time, is it ok?",
        )
        c.say(
            D0,
            10,
            5,
            c.buyer,
            f"Why {new} {days_en(c)}? Can you still do {old}? We have a promotion date to meet.",
        )
    c.expect("lead_time", "undocumented_change")


SCENARIOS: dict[str, Callable[[Case], None]] = {
    "clean": s_clean,
    "clean-reworded": s_clean_reworded,
    "bank-new-pi": s_bank_new_pi,
    "bank-chat-ok": s_bank_chat_ok,
    "beneficiary-personal": s_beneficiary_personal,
    "material-downgrade": s_material_downgrade,
    "lead-stretch": s_lead_stretch,
    "lead-chat-en": s_lead_chat_en,
    "lead-chat-zh": s_lead_chat_zh,
    "deposit-up": s_deposit_up,
    "balance-trigger": s_balance_trigger,
    "exw-not-fob": s_exw,
    "qty-within-tolerance": s_qty_within,
    "qty-beyond-tolerance": s_qty_beyond,
    "dims-within-tolerance": s_dims_within,
    "dims-beyond-tolerance": s_dims_beyond,
    "missing-lead-time": s_missing_lead,
    "missing-payment": s_missing_payment,
    "missing-inspection-clause": s_missing_inspection,
    "quote-conflict": s_quote_conflict,
    "price-up": s_price_up,
    "proposal-rejected-kept": s_rejected_kept,
    "proposal-rejected-changed": s_rejected_changed,
    "change-order-approved": s_change_order_approved,
    "change-order-unapproved": s_change_order_unapproved,
    "change-order-and-chat": s_change_order_lead,
    "carton-qty": s_carton_qty,
    "color-change": s_color_change,
    "inspection-failed": s_inspection_failed,
    "inspection-passed": s_inspection_passed,
    "arithmetic-line": s_arithmetic_line,
    "arithmetic-total": s_arithmetic_total,
    "ta-off-platform": s_ta_off_platform,
    "ta-standard-missing": s_ta_standard_missing,
    "ta-acquiescence": s_ta_acquiescence,
    "ta-claim-window": s_ta_claim_window,
    "item-added": s_item_added,
    "item-dropped": s_item_dropped,
    "many-items": s_many_items,
    "many-items-price": s_many_items_price,
    "kv-layout-lead-stretch": s_kv_layout,
    "kv-layout-clean": s_kv_clean,
    "sample-differs": s_sample_differs,
    "pi-conflict": s_pi_conflict,
    "inspection-pending": s_inspection_pending,
    "arithmetic-deposit": s_arithmetic_deposit,
    "bank-swift-invalid": s_bank_swift_invalid,
    "change-order-not-carried": s_change_order_not_carried,
    "required-on-pi-warranty": s_required_warranty,
    "arithmetic-currency": s_arithmetic_currency,
    "bank-mail": s_bank_mail,
    "chat-other-inquiry": s_chat_other_inquiry,
    "dims-in-cm": s_dims_in_cm,
    "spec-tracked-change": s_spec_tracked_change,
    "proposal-questioned": s_proposal_questioned,
}

# Every compare rule (pipeline.compare.RULES, docs/rules.md) and the scenario that exercises it;
# tests/e2e checks that no rule is left without a labelled case.
RULE_CASES = {
    "baseline.sample_differs": "sample-differs",
    "field.match": "qty-within-tolerance",
    "field.documented_change": "change-order-approved",
    "field.chat_only": "lead-chat-en",
    "field.undocumented_change": "material-downgrade",
    "supplier.conflict": "pi-conflict",
    "pi.missing": "missing-lead-time",
    "item.added": "item-added",
    "item.disappeared": "item-dropped",
    "inspection.failed": "inspection-failed",
    "inspection.pending": "inspection-pending",
    "arithmetic.line_total": "arithmetic-line",
    "arithmetic.total": "arithmetic-total",
    "arithmetic.deposit": "arithmetic-deposit",
    "arithmetic.currency": "arithmetic-currency",
    "bank.changed": "bank-new-pi",
    "bank.beneficiary_not_supplier": "beneficiary-personal",
    "bank.country": "bank-new-pi",
    "bank.personal_account": "beneficiary-personal",
    "bank.announced_in_chat": "bank-chat-ok",
    "bank.invalid": "bank-swift-invalid",
    "ta.off_platform_account": "ta-off-platform",
    "ta.acquiescence": "ta-acquiescence",
    "ta.standard_not_in_contract": "ta-standard-missing",
    "ta.claim_window": "ta-claim-window",
}
# Scenarios that need a product with a downgradable material.
NEEDS_DOWNGRADE = {"material-downgrade", "spec-tracked-change"}
NEEDS_TWO_ITEMS = {"item-dropped", "many-items", "many-items-price"}
MULTI_PAGE = {"many-items", "many-items-price"}
# Towels, bags and mats carry their size in the product name: a changed size there would contradict itself.
NEEDS_SIZELESS_NAME = {"dims-within-tolerance", "dims-beyond-tolerance", "dims-in-cm"}
MULTI_PAGE_PRODUCTS = ["mugrange"]
NEEDS_CERTS = {"ta-standard-missing"}
NEEDS_WEIGHT = {"sample-differs"}
NEEDS_COLOR = {
    "change-order-not-carried",
    "change-order-approved",
    "change-order-unapproved",
    "color-change",
}


# ------------------------------------------------------------------------------------ build


def build_case(n: int, scenario: str, product: str, rng: random.Random, out: Path) -> Path:
    title, title_zh, items, _ = PRODUCTS[product](rng)
    buyer = rng.choice(BUYERS)
    supplier, bank, port = rng.choice(SUPPLIERS)
    count = len(items) if scenario in NEEDS_TWO_ITEMS else rng.randint(1, len(items))
    items = items[:count]
    for item in items:
        item.qty = int(item.qty * rng.choice([1, 1, 0.5, 2]))
        item.carton_ply = 5
    lang = rng.choices(["en", "mixed", "zh"], weights=[5, 3, 2])[0]
    terms = Terms(
        # European buyers often buy in euros (domain.md: money as EUR 1.850,00 / €).
        currency="EUR" if buyer.country in ("DE", "FR") and rng.random() < 0.4 else "USD",
        incoterm=rng.choice(["FOB", "FOB", "FOB", "CIF"]),
        place=port,
        deposit=rng.choice([30, 30, 30, 20, 40]),
        trigger=rng.choice(["before_shipment", "before_shipment", "against_bl_copy"]),
        lead_min=(lm := rng.choice([25, 30, 35, 40, 45])),
        lead_max=lm + rng.choice([0, 0, 5]),
        lead_basis=rng.choice(["calendar", "calendar", "calendar", "working"]),
    )
    if terms.incoterm == "CIF":
        terms.place = DESTINATION_PORT[buyer.country]
    order = Order(
        order_id=f"PO-{26000 + n}",
        product=title,
        product_zh=title_zh,
        buyer=buyer,
        supplier=supplier,
        bank=Bank(supplier.name.upper(), *bank),
        items=items,
        terms=terms,
        pi_no=f"PI{2026}{n:04d}",
        quote_no=f"QT-{n:04d}",
        quote_date=date(2026, 1, 10) + timedelta(days=rng.randrange(10)),
        pi_date=date(2026, 2, 2) + timedelta(days=rng.randrange(10)),
    )
    chat_fmt = "wechat" if lang == "zh" else rng.choice(["whatsapp-android", "whatsapp-ios"])
    case = Case(
        name=f"{n:03d}-{scenario}-{product}",
        rng=rng,
        order=order,
        pi=order.copy(),
        lang=lang,
        chat_fmt=chat_fmt,
        quote_fmt=rng.choice([".xlsx", ".pdf"]),
        pi_fmt=rng.choices([".pdf", ".xlsx", ".docx"], weights=[7, 2, 1])[0],
        spec_fmt=rng.choice([".docx", ".docx", ".xlsx", ".pdf", ".md"]),
        sample=rng.random() < 0.3,
    )
    SCENARIOS[scenario](case)
    folder = out / case.name
    if folder.exists():
        shutil.rmtree(folder)
    write_spec(
        order,
        folder / "spec" / f"spec {order.order_id}{case.spec_fmt}",
        rng,
        lang="mixed" if lang != "en" else "en",
        tracked=case.spec_tracked,
    )
    if case.sample:
        write_sample_record(
            order,
            folder / "sample" / f"golden sample {order.order_id}.docx",
            rng,
            signed=order.quote_date + timedelta(days=5),
            deltas=case.sample_deltas,
        )
    write_quote(order, folder / "quotes" / f"{order.quote_no}{case.quote_fmt}", rng, lang=lang)
    for earlier, pi_no, pi_date in case.extra_pis:
        write_pi(
            earlier,
            folder / "pi" / f"{pi_no}.pdf",
            rng,
            lang=lang,
            pi_no=pi_no,
            pi_date=pi_date,
            layout=0,
        )
    pi_no = case.pi_kwargs.pop("pi_no", order.pi_no)
    layout = case.pi_kwargs.pop("layout", 0 if case.extra_pis else None)
    # Revised PIs, multi-page tables and key-value layouts are PDF-shaped scenarios.
    pi_fmt = (
        ".pdf" if case.extra_pis or layout is not None or scenario in MULTI_PAGE else case.pi_fmt
    )
    write_pi(
        case.pi,
        folder / "pi" / f"{pi_no}{pi_fmt}",
        rng,
        lang=lang,
        pi_no=pi_no,
        layout=layout,
        **case.pi_kwargs,
    )
    for writer in case.writers:
        writer(case, folder)
    if case.chat:
        case.chat.sort(key=lambda m: m.when)
        name = {
            "wechat": "微信聊天记录.txt",
            "plain-log": f"chat log {order.supplier.contact}.txt",
        }.get(case.chat_fmt, f"WhatsApp Chat with {order.supplier.contact}.txt")
        fmt = case.chat_fmt
        if order.buyer.country == "US" and fmt.startswith("whatsapp"):
            fmt += "-us"  # a US phone exports month-first dates with AM/PM
        write_text(folder / "chat" / name, CHAT_WRITERS[fmt](case.chat))
    write_text(
        folder / "order.toml",
        order_toml(
            order,
            extra=case.toml_extra if not case.toml_extra.startswith("[") else "",
            trade_assurance=case.trade_assurance,
            release=case.release,
        )
        + (("\n" + case.toml_extra + "\n") if case.toml_extra.startswith("[") else ""),
    )
    key = {
        "description": case.description,
        "tags": [scenario, product, lang],
        "verdict": verdict_of(case),
        "expected": case.expected,
    }
    write_text(folder / "expected.json", json.dumps(key, indent=2, ensure_ascii=False) + "\n")
    return folder


def plan(rng: random.Random, rounds: int) -> list[tuple[str, str]]:
    """Each scenario `rounds` times, each time with a different product that suits it."""
    out = []
    offset = rng.randrange(1000)
    for r in range(rounds):
        for scenario in SCENARIOS:
            products = STANDARD
            if scenario in NEEDS_DOWNGRADE:
                products = ["bottles", "lunchboxes", "silicone", "totes"]
            if scenario in NEEDS_COLOR:
                products = ["bottles", "silicone", "totes", "mugs", "ledlamps"]
            if scenario in NEEDS_TWO_ITEMS:
                products = ["bottles", "lunchboxes", "silicone", "totes", "towels", "mugs"]
            if scenario in NEEDS_CERTS:
                products = ["bottles", "silicone", "ledlamps", "mugs"]
            if scenario in NEEDS_WEIGHT:
                products = ["bottles", "lunchboxes", "silicone", "towels", "ledlamps", "mugs"]
            if scenario in MULTI_PAGE:
                products = MULTI_PAGE_PRODUCTS
            if scenario in NEEDS_SIZELESS_NAME:
                products = ["bottles", "lunchboxes", "ledlamps", "mugs"]
            # A seeded offset: another seed pairs scenarios with other products (held-out sets).
            out.append((scenario, products[(r * 3 + len(out) + offset) % len(products)]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rounds", type=int, default=2, help="cases per scenario")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "cases")
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    cases = plan(random.Random(args.seed), args.rounds)
    for n, (scenario, product) in enumerate(cases, 1):
        build_case(n, scenario, product, random.Random(f"{args.seed}-{n}"), args.out)
    write_versions(args.out)
    print(f"wrote {len(cases)} cases to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

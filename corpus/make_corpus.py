#!/usr/bin/env python3
"""Write the labelled evaluation corpus: corpus/cases/<NNN-scenario-product>/ with expected.json.

usage: python3 corpus/make_corpus.py [--seed 2026] [--rounds 2] [--out corpus/cases]

Each case is one order folder built from a product, a buyer, a supplier and one scenario (a
change, a fraud sign, a noise pattern). Layouts, wording, file formats, languages, units and
number formats vary with a seeded random.Random, so the same seed always writes the same bytes.

The answer key of a case follows from its scenario and the contract alone (shared/contract.md,
sections 3 and 5, as clarified on 2026-12-05): severities come from the contract's default
policy table written out in samples/orderdocs.py (`min_severity`, `verdict_for`), never from a
project data file and never from the audit's output. The wording comes from the phrasebook in
samples/orderdocs.py, written independently of the audit's own vocabulary.
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
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
sys.path.insert(0, str(ROOT / "samples"))

from docgen import CHAT_WRITERS, Message, write_text, write_versions  # noqa: E402
from orderdocs import (  # noqa: E402
    APPROVE,
    APPROVE_RESTATING,
    CHATTER,
    DEFER,
    DOWNGRADES,
    KEEP_ORIGINAL,
    KV_LAYOUT,
    OBJECT,
    QUESTION,
    REJECT_PRICE,
    Bank,
    Change,
    Company,
    Item,
    Order,
    Terms,
    at,
    bank_block,
    buyer_chat_lang,
    chance,
    color_text,
    expect,
    lead_days_chat,
    lead_text,
    mail,
    material_text,
    money,
    order_toml,
    phrase,
    pick,
    qty_chat,
    verdict_for,
    write_change_order,
    write_inspection,
    write_pi,
    write_quote,
    write_sample_record,
    write_spec,
)

# ---------------------------------------------------------------------------------- parties

BUYERS = [
    Company("Harbor & Pine Home Ltd", "海港松木家居", "Unit 4, Riverside Park, Bristol BS2 0QY, United Kingdom", "+44 117 496 0321",
            "emma.clarke@harborpine.co.uk", "Emma Clarke", "GB", ("Emma", "Emma HPH"), agent="周敏", title="Purchasing Manager"),
    Company("Keller Home GmbH", "凯勒家居", "Hafenstrasse 12, 20457 Hamburg, Germany", "+49 40 3069 1120",
            "anna@kellerhome.example", "Anna Keller", "DE", ("Anna", "Anna K."), agent="王芳", title="Einkauf"),
    Company("Northwind Outdoor Inc.", "北风户外", "2150 SE 9th Ave, Portland, OR 97214, USA", "+1 503 555 0142",
            "jason.miller@northwind-outdoor.example", "Jason Miller", "US", ("Jason", "Jason M"), agent="李娜", title="Sourcing Lead"),
    Company("Maison Lumière SARL", "光之家", "14 rue des Tanneurs, 69002 Lyon, France", "+33 4 72 10 55 80",
            "claire@maisonlumiere.example", "Claire Dubois", "FR", ("Claire", "Claire D."), agent="陈雨", title="Acheteuse"),
]  # fmt: skip


@dataclass
class Supplier:
    company: Company
    bank: tuple[str, str, str, str]  # bank name, address, SWIFT, account
    port: str
    city: str  # the factory's city (EXW)


SUPPLIERS = {
    "housewares": [
        Supplier(Company("Ningbo Brightway Housewares Co., Ltd.", "宁波明途家居用品有限公司", "No. 88 Jiangnan Road, Beilun, Ningbo, China",
                         "+86 574 8688 1234", "lily@brightway.example", "Lily Chen", "CN", ("Lily", "Lily-Brightway", "陈丽")),
                 ("BANK OF CHINA NINGBO BRANCH", "139 Yaohang Street, Ningbo, China", "BKCHCNBJ92A", "358176543210"), "Ningbo", "Ningbo"),
        Supplier(Company("Yongkang Hengda Kitchenware Co., Ltd.", "永康恒达厨具有限公司", "No. 16 Huanghe Road, Yongkang, Zhejiang, China",
                         "+86 579 8713 5522", "tony@hengda-kitchen.example", "Tony Wu", "CN", ("Tony", "吴涛")),
                 ("INDUSTRIAL AND COMMERCIAL BANK OF CHINA YONGKANG BRANCH", "28 Jiefang Street, Yongkang, China", "ICBKCNBJZJP", "1208030109200456781"),
                 "Ningbo", "Yongkang"),
    ],
    "silicone": [
        Supplier(Company("Shenzhen Jiahe Silicone Products Co., Ltd.", "深圳嘉禾硅胶制品有限公司", "Huafeng Industrial Park, Bao'an, Shenzhen, China",
                         "+86 755 2766 4410", "kevin@jiahe.example", "Kevin Zhou", "CN", ("Kevin", "周凯")),
                 ("CHINA MERCHANTS BANK SHENZHEN BRANCH", "7088 Shennan Blvd, Shenzhen, China", "CMBCCNBS", "755912345610801"), "Shenzhen", "Shenzhen"),
        Supplier(Company("Dongguan Ruifeng Rubber & Plastic Co., Ltd.", "东莞瑞丰橡塑制品有限公司", "No. 3 Industrial Road, Changping, Dongguan, China",
                         "+86 769 8339 2468", "grace@ruifeng-rubber.example", "Grace Liang", "CN", ("Grace", "梁晓燕")),
                 ("CHINA CONSTRUCTION BANK DONGGUAN BRANCH", "Dongcheng Road, Dongguan, China", "PCBCCNBJGDX", "44050177660800001234"), "Shenzhen", "Dongguan"),
    ],
    "bags": [
        Supplier(Company("Xiamen Evergreen Bags Co., Ltd.", "厦门常青箱包有限公司", "No. 201 Xiangxing Road, Huli, Xiamen, China",
                         "+86 592 5712 0836", "sunny@evergreen.example", "Sunny Lin", "CN", ("Sunny", "林晓")),
                 ("CHINA CONSTRUCTION BANK XIAMEN BRANCH", "98 Lujiang Road, Xiamen, China", "PCBCCNBJFJX", "35150198010100001234"), "Xiamen", "Xiamen"),
        Supplier(Company("Quanzhou Hongxing Bags Co., Ltd.", "泉州鸿星箱包有限公司", "No. 66 Jiangbin Road, Licheng, Quanzhou, China",
                         "+86 595 2268 7730", "jack@hongxing-bags.example", "Jack Huang", "CN", ("Jack", "黄杰")),
                 ("BANK OF CHINA QUANZHOU BRANCH", "9 Fengze Street, Quanzhou, China", "BKCHCNBJ73A", "412358901234"), "Xiamen", "Quanzhou"),
    ],
    "textiles": [
        Supplier(Company("Gaomi Sunrise Textile Co., Ltd.", "高密旭日纺织有限公司", "No. 9 Fenghuang Street, Gaomi, Shandong, China",
                         "+86 536 2366 7788", "zhangli@sunrise-textile.example", "Zhang Li", "CN", ("张丽", "Zhang Li Sunrise")),
                 ("AGRICULTURAL BANK OF CHINA GAOMI BRANCH", "1 Liqun Road, Gaomi, China", "ABOCCNBJ180", "15412101040012345"), "Qingdao", "Gaomi"),
        Supplier(Company("Yiwu Huamei Trading Co., Ltd.", "义乌华美贸易有限公司", "No. 55 Chouzhou North Road, Yiwu, Zhejiang, China",
                         "+86 579 8558 2090", "amy@huamei.example", "Amy Xu", "CN", ("Amy", "徐艾米")),
                 ("INDUSTRIAL AND COMMERCIAL BANK OF CHINA YIWU BRANCH", "2 Huangyuan Road, Yiwu, China", "ICBKCNBJZJP", "1208020109200654321"), "Ningbo", "Yiwu"),
    ],
    "lighting": [
        Supplier(Company("Guangzhou Lianhe Lighting Co., Ltd.", "广州联合照明有限公司", "No. 12 Shixi Road, Baiyun, Guangzhou, China",
                         "+86 20 3622 7788", "david@lianhe-lighting.example", "David Huang", "CN", ("David", "黄大卫")),
                 ("AGRICULTURAL BANK OF CHINA GUANGZHOU BAIYUN BRANCH", "36 Jichang Road, Guangzhou, China", "ABOCCNBJ440", "44050101040012345"),
                 "Shenzhen", "Guangzhou"),
        Supplier(Company("Zhongshan Mingliang Lighting Co., Ltd.", "中山明亮照明有限公司", "No. 8 Donghe Road, Guzhen, Zhongshan, China",
                         "+86 760 2218 6655", "vivian@mingliang-light.example", "Vivian Ou", "CN", ("Vivian", "欧薇")),
                 ("BANK OF COMMUNICATIONS ZHONGSHAN BRANCH", "18 Zhongshan 3rd Road, Zhongshan, China", "COMMCNSHZSN", "484601012018010012345"),
                 "Shenzhen", "Zhongshan"),
    ],
    "ceramics": [
        Supplier(Company("Chaozhou Fengxi Ceramics Co., Ltd.", "潮州枫溪陶瓷有限公司", "Fengxi Industrial Zone, Chaozhou, Guangdong, China",
                         "+86 768 2923 4411", "ken@fengxi-ceramics.example", "Ken Cai", "CN", ("Ken", "蔡坤")),
                 ("BANK OF CHINA CHAOZHOU BRANCH", "2 Xinyang Road, Chaozhou, China", "BKCHCNBJ46A", "678912345678"), "Shantou", "Chaozhou"),
    ],
}  # fmt: skip
SUPPLIERS["ceramics"].append(SUPPLIERS["textiles"][1])  # a Yiwu trading company sells mugs as well

# CIF names the buyer's port of destination.
DESTINATION_PORT = {"GB": "Felixstowe", "DE": "Hamburg", "US": "Los Angeles", "FR": "Le Havre"}


def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit (UnionPay card numbers carry one)."""
    total = 0
    for k, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix + str((10 - total % 10) % 10)


# Offshore companies that are not the supplier (payment redirection).
OFFSHORE_BANKS = [
    Bank("GOLDEN BRIDGE TRADING (HK) LIMITED", "HSBC HONG KONG", "1 Queen's Road Central, Hong Kong", "HSBCHKHHHKH", "848-123456-838"),
    Bank("WINSTAR INTERNATIONAL LIMITED", "DBS BANK (HONG KONG) LIMITED", "99 Queen's Road Central, Hong Kong", "DHBKHKHH", "7880123456"),
    Bank("ORIENT PEAK HOLDINGS PTE. LTD.", "OVERSEA-CHINESE BANKING CORPORATION LIMITED", "63 Chulia Street, Singapore", "OCBCSGSG", "501234567001"),
]  # fmt: skip
# Accounts of a person (a salesperson's or the boss's card), not of a company.
PERSONAL_BANKS = [
    Bank("CHEN LI", "CHINA CONSTRUCTION BANK SHENZHEN BRANCH", "Shennan Road, Shenzhen, China", "PCBCCNBJSZX", luhn_complete("621700332001234567")),
    Bank("ZHOU JIANMING", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA NINGBO BRANCH", "Ningbo, China", "ICBKCNBJNBO", luhn_complete("621226390100876543")),
]  # fmt: skip
# A second account of the same company at another Chinese bank (beneficiary unchanged).
ALT_BANKS = [
    ("BANK OF COMMUNICATIONS SHANGHAI BRANCH", "200 Jiangxi Middle Road, Shanghai, China", "COMMCNSHSHI", "310066771018000123456"),
    ("CHINA MINSHENG BANK NINGBO BRANCH", "Ningbo, Zhejiang, China", "MSBCCNBJ010", "692500188"),
    ("CHINA CITIC BANK SHENZHEN BRANCH", "Shennan Middle Road, Shenzhen, China", "CIBKCNBJ518", "8110301012800123456"),
]  # fmt: skip
INTERMEDIARIES = [
    "JPMORGAN CHASE BANK, N.A., NEW YORK (SWIFT: CHASUS33)",
    "CITIBANK N.A., NEW YORK, SWIFT CITIUS33",
]

# ------------------------------------------------------------------------------- products


def bottles(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Vacuum insulated bottles", "真空保温杯", [
        Item("TB-500", "Vacuum insulated bottle 500ml", "真空保温杯500ml", 3000, "3.85", material="SS304", capacity="500", dims=("70", "260"),
             dims_tol="1", dims_style="round", weight="350", weight_tol="10", color="PANTONE 186 C", finish="POWDER", logo="LASER",
             certs=("LFGB",), inner="WHITE_BOX", carton_qty=24, carton_cm=("52", "38", "30")),
        Item("TB-750", "Vacuum insulated bottle 750ml", "真空保温杯750ml", 2000, "4.60", material="SS304", capacity="750", dims=("78", "290"),
             dims_tol="1", dims_style="round", weight="420", weight_tol="10", color="PANTONE 186 C", finish="POWDER", logo="LASER",
             certs=("LFGB",), inner="WHITE_BOX", carton_qty=24, carton_cm=("56", "41", "32")),
    ], "housewares"  # fmt: skip


def lunch_boxes(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Stainless steel lunch boxes", "不锈钢饭盒", [
        Item("LB-800", "Lunch box 800ml with silicone seal", "不锈钢饭盒800ml", 2500, "3.10", material="SS304", capacity="800",
             dims=("180", "130", "65"), dims_tol="1", weight="290", weight_tol="8", finish="MIRROR", logo="LASER", inner="KRAFT_BOX",
             carton_qty=30, carton_cm=("58", "40", "36")),
        Item("LB-1200", "Lunch box 1200ml 2-tier", "双层饭盒1200ml", 1500, "4.25", material="SS304", capacity="1200",
             dims=("200", "145", "95"), dims_tol="1", weight="410", weight_tol="10", finish="MIRROR", logo="LASER", inner="KRAFT_BOX",
             carton_qty=20, carton_cm=("62", "42", "40")),
    ], "housewares"  # fmt: skip


def silicone(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Silicone kitchen utensils", "硅胶厨具", [
        Item("SP-28", "Silicone spatula 28cm", "硅胶刮刀28cm", 4000, "1.32", material="SILICONE_FOOD_GRADE", dims=("280", "55"), dims_tol="1",
             dims_style="flat", weight="62", weight_tol="3", color="PANTONE 7541 C", logo="DEBOSS", certs=("LFGB", "FDA"), inner="OPP_HEADER",
             carton_qty=100, carton_cm=("52", "36", "30")),
        Item("BM-40", "Silicone baking mat 40x30cm", "硅胶烤垫40x30cm", 2000, "2.45", material="SILICONE_FOOD_GRADE", dims=("400", "300"),
             dims_tol="2", dims_style="flat", weight="145", weight_tol="5", color="PANTONE 7541 C", certs=("LFGB", "FDA"),
             inner="ROLLED_BAND", carton_qty=50, carton_cm=("42", "32", "35")),
    ], "silicone"  # fmt: skip


def totes(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Polyester tote bags", "涤纶购物袋", [
        Item("TT-01", "Foldable tote bag 42x38cm", "折叠购物袋42x38cm", 6000, "1.18", material="POLYESTER_600D", dims=("420", "380"),
             dims_tol="5", dims_style="flat", color="PANTONE 2767 C", logo="SILK1", inner="POLYBAG", carton_qty=100, carton_cm=("50", "40", "35")),
        Item("BP-20", "Drawstring backpack 33x45cm", "抽绳背包33x45cm", 3000, "0.96", material="POLYESTER_600D", dims=("330", "450"),
             dims_tol="5", dims_style="flat", color="BLACK", logo="HEAT", inner="POLYBAG", carton_qty=200, carton_cm=("55", "45", "40")),
    ], "bags"  # fmt: skip


def towels(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Cotton bath towels", "纯棉浴巾", [
        Item("BT-7014", "Bath towel 70x140cm 500gsm", "浴巾70x140cm 500克", 5000, "3.95", material="COTTON", dims=("700", "1400"),
             dims_tol="20", dims_style="flat", weight="490", weight_tol="15", color="WHITE", inner="PAPER_BAND", carton_qty=20,
             carton_cm=("60", "40", "45")),
        Item("HT-4070", "Hand towel 40x70cm 500gsm", "毛巾40x70cm 500克", 8000, "1.35", material="COTTON", dims=("400", "700"),
             dims_tol="15", dims_style="flat", weight="140", weight_tol="6", color="WHITE", inner="PAPER_BAND", carton_qty=60,
             carton_cm=("60", "40", "45")),
    ], "textiles"  # fmt: skip


def led_lamps(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "LED desk lamps", "LED台灯", [
        Item("DL-12", "LED desk lamp 12W dimmable", "LED台灯12W可调光", 1200, "8.90", material="ALUMINIUM", dims=("160", "160", "420"),
             dims_tol="2", weight="980", weight_tol="20", color="RAL 9005", finish="MATT_POWDER", certs=("CE", "ROHS"), inner="COLOR_BOX",
             carton_qty=8, carton_cm=("52", "36", "48")),
    ], "lighting"  # fmt: skip


def mugs(r: random.Random) -> tuple[str, str, list[Item], str]:
    return "Ceramic mugs", "陶瓷马克杯", [
        Item("MG-350", "Ceramic mug 350ml glazed", "陶瓷马克杯350ml", 4800, "0.88", material="STONEWARE", capacity="350", dims=("82", "95"),
             dims_tol="1.5", dims_style="round", weight="320", weight_tol="10", color="PANTONE 5405 C", finish="GLOSSY_GLAZE", logo="DECAL",
             certs=("FDA",), inner="WHITE_BOX", carton_qty=36, carton_cm=("48", "32", "30")),
        Item("MG-450", "Ceramic mug 450ml glazed", "陶瓷马克杯450ml", 2400, "1.05", material="STONEWARE", capacity="450", dims=("90", "110"),
             dims_tol="1.5", dims_style="round", weight="380", weight_tol="10", color="PANTONE 5405 C", finish="GLOSSY_GLAZE", logo="DECAL",
             certs=("FDA",), inner="WHITE_BOX", carton_qty=24, carton_cm=("50", "34", "33")),
    ], "ceramics"  # fmt: skip


def mug_range(r: random.Random) -> tuple[str, str, list[Item], str]:
    colours = [
        "186 C",
        "2945 C",
        "355 C",
        "109 C",
        "7541 C",
        "5405 C",
        "165 C",
        "2587 C",
        "7621 C",
        "3272 C",
        "426 C",
        "1235 C",
    ]
    items = [
        Item(f"MG-350-C{n:02d}", f"Ceramic mug 350ml glazed, colour {n:02d}", f"陶瓷马克杯350ml 色{n:02d}", 600, "0.88", material="STONEWARE",
             capacity="350", color=f"PANTONE {colour}", certs=("FDA",), carton_qty=36, carton_cm=("48", "32", "30"))
        for n, colour in enumerate(colours, 1)
    ]  # fmt: skip
    return "Ceramic mug colour range", "陶瓷马克杯系列", items, "ceramics"


PRODUCTS: dict[str, Callable[[random.Random], tuple[str, str, list[Item], str]]] = {
    "bottles": bottles, "lunchboxes": lunch_boxes, "silicone": silicone, "totes": totes,
    "towels": towels, "ledlamps": led_lamps, "mugs": mugs, "mugrange": mug_range,
}  # fmt: skip
STANDARD = ["bottles", "lunchboxes", "silicone", "totes", "towels", "ledlamps", "mugs"]
OTHER_COLOUR = {"PANTONE 186 C": "PANTONE 185 C", "PANTONE 7541 C": "PANTONE 426 C", "PANTONE 2767 C": "PANTONE 289 C",
                "PANTONE 5405 C": "PANTONE 2945 C", "RAL 9005": "RAL 9016", "BLACK": "PANTONE 426 C"}  # fmt: skip

# ------------------------------------------------------------------------------- timeline
# Every case follows one calendar, so documents are dated in the order they were written:
# quote (Jan 12-16) < spec/PO (quote + 2-4) < golden sample (quote + 6) < negotiations in chat
# and change orders (Jan 27-Feb 1) < PI (Feb 3-9) < later chat (Feb 20) < revised PI (Mar) <
# inspection (Mar 20).
NEG = date(2026, 1, 27)  # before the PI: what the PI then carries
CO_DAY = date(2026, 1, 29)
POST = date(2026, 2, 20)  # after the PI
INSPECTION_DAY = date(2026, 3, 20)


# ----------------------------------------------------------------------------------- a case


@dataclass
class Case:
    """One order folder being built: the agreed order, the PI as the supplier issues it, and extras."""

    name: str
    scenario: str
    rng: random.Random
    order: Order
    pi: Order
    lang: str  # en, mixed, zh: the supplier's documents
    chat_fmt: str
    supplier: Supplier
    expected: list[dict] = field(default_factory=list)
    chat: list[Message] = field(default_factory=list)
    quote_fmt: str = ".xlsx"
    pi_fmt: str = ".pdf"
    spec_fmt: str = ".docx"
    pi_kwargs: dict = field(default_factory=dict)
    extra_pis: list[tuple[Order, str, date]] = field(
        default_factory=list
    )  # earlier PIs: order, number, date
    toml: dict = field(default_factory=dict)  # order_toml keyword arguments
    writers: list[Callable[[Case, Path], None]] = field(default_factory=list)
    sample: bool = False
    sample_deltas: dict[str, str] = field(default_factory=dict)
    spec_tracked: list[tuple[str, str, str]] = field(default_factory=list)
    description: str = ""
    quote_accept: str | None = (
        "spec"  # how the buyer accepted the quote: spec | signed | chat | None
    )
    quote_bank: bool = False  # the quotation carries the supplier's bank block
    has_spec: bool = True
    has_pi: bool = True
    release_unmet: bool = False
    bank_touched: bool = False  # the scenario changes bank details (no intermediary noise then)
    chatter: bool = True
    buyer_lang: str = "en"
    buyer_name: str = ""
    seller_name: str = ""

    @property
    def seller_lang(self) -> str:
        return "zh" if self.chat_fmt.startswith("wechat") else "en"

    def set_chat(self, fmt: str) -> None:
        """Choose the chat format, and with it who writes (display names) and in which language."""
        self.chat_fmt = fmt
        buyer, sup = self.order.buyer, self.order.supplier
        self.buyer_lang = buyer_chat_lang(buyer, self.rng, fmt)
        wechat = fmt.startswith("wechat")
        self.buyer_name = (
            buyer.agent if wechat and buyer.agent else pick(self.rng, buyer.chat_names)
        )
        zh_alias = [a for a in sup.aliases if not a.isascii()]
        self.seller_name = (
            zh_alias[0]
            if wechat and zh_alias
            else pick(self.rng, [n for n in sup.chat_names if n.isascii()])
        )

    def expect(self, fld: str, status: str, item: str | None = None, **kw) -> None:  # noqa: ANN003
        self.expected.append(expect(fld, status, item, **kw))

    def buyer_says(self, day: date, hh: int, mm: int, text: str) -> None:
        self.chat.append(Message(at(day, hh, mm, self.rng.randrange(60)), self.buyer_name, text))

    def seller_says(self, day: date, hh: int, mm: int, text: str) -> None:
        self.chat.append(Message(at(day, hh, mm, self.rng.randrange(60)), self.seller_name, text))

    def days(self, n: int, lang: str | None = None) -> str:
        return lead_days_chat(n, self.order.terms.lead_basis, lang or self.seller_lang)


# ---------------------------------------------------------------------- supplier proposals

PROPOSE_LEAD_EN = [
    "Dear {b}, because of the material shortage we need {new} for production instead of {old}, is it ok?",
    "Hi {b}, our line is full until March, delivery time will be {new} after deposit (not {old}). Pls confirm",
    "{b}, sorry, production needs {new} this time because of the CNY holiday. Can you accept?",
    "Dear {b}, kindly note the lead time has to be {new} after deposit instead of {old}. Hope you understand.",
]  # fmt: skip
PROPOSE_LEAD_ZH = [
    "因为订单多，交期需要延长到收到定金后{new}，可以吗？",
    "春节放假，交期要改成{new}（原来{old}），请确认",
    "原材料紧张，生产需要{new}，您看可以吗？",
]
PROPOSE_DEPOSIT_EN = [
    "Could you pay {d}% deposit and {b}% balance instead of {od}/{ob}? We need to buy the material in advance",
    "Dear, for this order our boss asks {d}% deposit, {b}% balance (not {od}/{ob}). Is it ok for you?",
]  # fmt: skip
PROPOSE_DEPOSIT_ZH = [
    "这单定金能不能改成{d}%，尾款{b}%？原来是{od}/{ob}，我们要提前备料",
    "老板要求定金{d}%，余款{b}%，可以吗？",
]
PROPOSE_PRICE_EN = [
    "Dear, raw material price went up, we need to adjust {sku} to {p}/pc",
    "Hi, sorry but the steel/plastic cost increased a lot, new price for {sku} is {p} per piece",
    "{sku}: we have to raise the unit price to {p}, hope you can understand",
]  # fmt: skip
PROPOSE_PRICE_ZH = ["原材料涨价，{sku}单价需要涨到{p}", "{sku}价格要调整到{p}，请理解"]


def propose_lead(c: Case, day: date, hh: int, new: int) -> None:
    old = c.order.terms.lead_max
    if c.seller_lang == "zh":
        text = pick(c.rng, PROPOSE_LEAD_ZH).format(new=c.days(new), old=c.days(old))
    else:
        text = pick(c.rng, PROPOSE_LEAD_EN).format(
            b=c.order.buyer.contact.split()[0], new=c.days(new), old=c.days(old)
        )
    c.seller_says(day, hh, c.rng.randrange(0, 30), text)


def propose_deposit(c: Case, day: date, hh: int, dep: int) -> None:
    od = c.order.terms.deposit
    table = PROPOSE_DEPOSIT_ZH if c.seller_lang == "zh" else PROPOSE_DEPOSIT_EN
    c.seller_says(
        day,
        hh,
        c.rng.randrange(0, 30),
        pick(c.rng, table).format(d=dep, b=100 - dep, od=od, ob=100 - od),
    )


def price_chat(amount: str | Decimal, currency: str, lang: str) -> str:
    if lang == "zh":
        return f"{Decimal(amount):.2f}{'欧元' if currency == 'EUR' else '美元'}"
    return money(amount, currency, style=1)


def propose_price(c: Case, day: date, hh: int, sku: str, new: str) -> None:
    table = PROPOSE_PRICE_ZH if c.seller_lang == "zh" else PROPOSE_PRICE_EN
    c.seller_says(
        day,
        hh,
        c.rng.randrange(0, 30),
        pick(c.rng, table).format(
            sku=sku, p=price_chat(new, c.order.terms.currency, c.seller_lang)
        ),
    )


def buyer_approves(c: Case, day: date, hh: int, restated: str | None = None) -> None:
    lang = c.buyer_lang
    if restated and chance(c.rng, 0.4):
        text = phrase(APPROVE_RESTATING, lang, c.rng, v=restated)
    else:
        text = phrase(APPROVE, lang, c.rng)
    c.buyer_says(day, hh, c.rng.randrange(0, 59), text)


def chatter(c: Case, days: list[date], n: int) -> None:
    seller, buyer = CHATTER["zh" if c.seller_lang == "zh" else "en"]
    lines_s, lines_b = c.rng.sample(seller, len(seller)), c.rng.sample(buyer, len(buyer))
    for k in range(n):
        day = days[k * len(days) // n]
        if k % 2 == 0:
            c.seller_says(day, 8 + k, 5 * k % 60, lines_s[k // 2 % len(lines_s)])
        else:
            c.buyer_says(day, 8 + k, 5 * k % 60, lines_b[k // 2 % len(lines_b)])


def pct(value: Decimal | str, factor: str) -> str:
    return str((Decimal(value) * Decimal(factor)).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ------------------------------------------------------------------------------- scenarios
# A scenario changes the case (the PI, the chat, extra documents) and states what a careful
# auditor must find under the contract. docs/evaluation.md lists them.


def s_clean(c: Case) -> None:
    c.description = (
        "Clean order: the PI repeats the accepted quote and the spec; chat chatter only."
    )


def s_clean_reworded(c: Case) -> None:
    c.description = (
        "Clean order; quote and PI word lead time and payment differently (5 weeks = 35 days, T/T 30/70 written out); "
        "the golden sample measured inside tolerance (3 pcs measured: no order quantity)."
    )
    c.sample = True
    for terms in (c.order.terms, c.pi.terms):
        terms.lead_min = terms.lead_max = 35
        terms.lead_basis = "calendar"
        terms.deposit = 30
        terms.trigger = "before_shipment"
    c.order.terms.lead_style = 8  # "5 weeks after deposit" (appended to the calendar list)
    c.pi.terms.lead_style = 2
    c.order.terms.payment_style = 0
    c.pi.terms.payment_style = 7
    c.pi_kwargs["remarks"] = [pick(c.rng, ["Remark: price valid for 30 days; goods to be inspected by buyer's QC before loading.",
                                           "Note: shipping marks as per buyer's file; photos of packed goods before balance."])]  # fmt: skip


def s_bank_new_pi(c: Case) -> None:
    c.description = "A revised PI pays to an offshore company (not the supplier), announced in chat; the buyer only asks why."
    c.bank_touched = True
    c.extra_pis.append((c.pi.copy(), c.order.pi_no, c.order.pi_date))
    c.pi.bank = c.rng.choice(OFFSHORE_BANKS)
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-R1", pi_date=c.order.pi_date + timedelta(days=30))
    day = c.order.pi_date + timedelta(days=29)
    if c.seller_lang == "zh":
        c.seller_says(day, 10, 2, "我们公司账户变更了，尾款请付到新账户，详见新的形式发票")
        c.buyer_says(
            day,
            11,
            15,
            pick(
                c.rng,
                ["为什么换了收款公司？我们需要先和财务确认", "收款公司怎么变了？这个要先核实"],
            ),
        )
    else:
        c.seller_says(day, 10, 2, pick(c.rng, [
            "Dear, please note our bank account has changed due to the annual audit. Pls pay the balance to our new account, see the new PI",
            "Hi, our company account can not receive USD now, kindly use the account on the revised PI for the balance.",
        ]))  # fmt: skip
        c.buyer_says(day, 11, 15, pick(c.rng, [
            "Why is the beneficiary a different company? I need to check with our finance team first.",
            "Who is this company? Our contract is with you, we cannot pay a third party before we verify.",
            "Why do we have to pay another company now? I will call you first.",
        ]))  # fmt: skip
    for f in ("bank.beneficiary", "bank.name", "bank.account", "bank.swift"):
        c.expect(f, "undocumented_change")


def alt_bank(c: Case) -> tuple[str, str, str, str]:
    own = c.order.bank
    return next(b for b in ALT_BANKS if b[0] != own.bank and b[2][:4] != own.swift[:4])


def s_bank_chat_ok(c: Case) -> None:
    c.description = (
        "The supplier moves to another Chinese bank (same company) in chat and the buyer agrees in chat; the revised PI "
        "carries it: chat_only, and bank changes stay critical (contract section 3)."
    )
    c.bank_touched = True
    c.extra_pis.append((c.pi.copy(), c.order.pi_no, c.order.pi_date))
    name, address, swift, account = alt_bank(c)
    c.pi.bank = Bank(c.order.bank.beneficiary, name, address, swift, account)
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-V2", pi_date=c.order.pi_date + timedelta(days=25))
    day = c.order.pi_date + timedelta(days=20)
    block = bank_block(
        c.pi.bank,
        c.rng,
        "en",
        currency=c.order.terms.currency,
        layout=pick(c.rng, ["beside", "oneline", "above"]),
    )
    pasted = "\n".join(block.lines or [])
    if c.seller_lang == "zh":
        intro = "从这个月开始请用我们公司的新账户，收款人还是我们公司："
    else:
        intro = pick(c.rng, [f"Dear, from this month please use our new {c.order.terms.currency} account, the beneficiary is still our company:",
                             "Hi, we opened a new account for foreign currency, same company name. Details:"])  # fmt: skip
    c.seller_says(day, 10, 2, intro + "\n" + pasted)
    lang = c.buyer_lang
    ok = {"en": pick(c.rng, ["ok noted, we will pay the balance to the new account", "Agreed, we will use the new account for the balance.",
                             "OK, new account accepted."]),
          "de": "Ok, einverstanden – wir zahlen den Restbetrag auf das neue Konto.", "fr": "D'accord, nous paierons le solde sur le nouveau compte.",
          "zh": "好的，尾款付到新账户"}[lang]  # fmt: skip
    c.buyer_says(day, 10, 40, ok)
    for f in ("bank.name", "bank.account", "bank.swift"):
        c.expect(f, "chat_only")


def s_beneficiary_personal(c: Case) -> None:
    c.description = (
        "The only PI names a person, not the supplier company, as beneficiary (a personal card account). No earlier "
        "document gave bank details, so only the beneficiary is a finding ('a beneficiary that is not the supplier, "
        "whatever else holds', contract section 3)."
    )
    c.bank_touched = True
    c.quote_bank = False
    c.pi.bank = c.rng.choice(PERSONAL_BANKS)
    c.expect("bank.beneficiary", "undocumented_change")


def s_material_downgrade(c: Case) -> None:
    item = c.rng.choice([i for i in c.pi.items if i.material in DOWNGRADES])
    c.description = (
        f"The PI quietly downgrades {item.sku} from {item.material} to {DOWNGRADES[item.material]}."
    )
    item.material = DOWNGRADES[item.material]
    c.pi_kwargs["show"] = {"material"}
    c.expect("material", "undocumented_change", item.sku)


def s_lead_stretch(c: Case) -> None:
    c.description = "The PI stretches the lead time by 15 days; nobody agreed."
    c.pi.terms.lead_min += 15
    c.pi.terms.lead_max += 15
    c.expect("lead_time", "undocumented_change")


def lead_agreed_in_chat(c: Case, day: date, *, restate_on_pi: bool = True) -> int:
    new = c.order.terms.lead_max + 10
    if restate_on_pi:
        c.pi.terms.lead_min = c.pi.terms.lead_max = new
    propose_lead(c, day, 9, new)
    buyer_approves(c, day, 10, restated=c.days(new, c.buyer_lang))
    return new


def s_lead_chat_en(c: Case) -> None:
    c.description = "The supplier asks for 10 more days before the PI; the buyer agrees in WhatsApp (or by e-mail); the PI carries it."
    c.set_chat(pick(c.rng, ["whatsapp-android", "whatsapp-ios", "plain-log", "eml"]))
    lead_agreed_in_chat(c, NEG)
    c.expect("lead_time", "chat_only")


def s_lead_chat_zh(c: Case) -> None:
    c.description = "供应商在微信里要求延长交期，买方（采购代理）回复同意；PI 写了新交期。"
    c.set_chat(pick(c.rng, ["wechat", "wechat-pc"]))
    lead_agreed_in_chat(c, NEG)
    c.expect("lead_time", "chat_only")


def s_lead_chat_not_on_pi(c: Case) -> None:
    c.description = (
        "After the PI, the supplier asks for 10 more days and the buyer agrees in chat; no revised PI. A change agreed "
        "in chat is a change of the order even where no PI restates it: lead_time chat_only (contract section 3)."
    )
    lead_agreed_in_chat(c, POST, restate_on_pi=False)
    c.expect("lead_time", "chat_only")


def s_deposit_up(c: Case) -> None:
    c.description = f"The PI raises the deposit from {c.order.terms.deposit}% to 50% (balance down to 50%); never discussed."
    c.pi.terms.deposit = 50
    c.expect("payment.deposit", "undocumented_change")
    c.expect(
        "payment.balance", "undocumented_change", note="the balance share changes with the deposit"
    )


def s_balance_trigger(c: Case) -> None:
    c.description = "The accepted quote asks for the balance against copy of B/L; the PI asks for it before shipment."
    c.order.terms.trigger = "against_bl_copy"
    c.pi.terms.trigger = "before_shipment"
    c.expect("payment.balance", "undocumented_change")


def s_exw(c: Case) -> None:
    c.description = f"Quoted {c.order.terms.incoterm} {c.order.terms.place}; the PI switches to EXW (export clearance and inland freight move to the buyer)."
    c.pi.terms.incoterm = "EXW"
    c.expect("incoterm", "undocumented_change")


def qty_tolerance(c: Case) -> tuple[str, str]:
    form = pick(c.rng, ["±3%", "+5%/-3%", "±5%"])
    over = {"±3%": "1.02", "+5%/-3%": "1.04", "±5%": "1.03"}[form]
    return form, over


def s_qty_within(c: Case) -> None:
    item = c.pi.items[0]
    form, over = qty_tolerance(c)
    item.qty = int(Decimal(item.qty) * Decimal(over))
    c.description = f'The PI ships {item.sku} {int((Decimal(over) - 1) * 100)}% over; order.toml allows quantity = "{form}": a match.'
    c.quote_fmt = ".pdf"
    c.toml["tolerances"] = {"quantity": form}
    c.expect("quantity", "match", item.sku)


def s_qty_beyond(c: Case) -> None:
    item = c.pi.items[0]
    form, _ = qty_tolerance(c)
    c.description = f'The PI raises {item.sku} by 20%, beyond order.toml\'s quantity = "{form}".'
    item.qty = int(item.qty * 1.2)
    c.quote_fmt = ".pdf"
    c.toml["tolerances"] = {"quantity": form}
    c.expect("quantity", "undocumented_change", item.sku)


def s_dims_within(c: Case) -> None:
    item = c.pi.items[0]
    delta = Decimal(item.dims_tol) / 2
    item.dims = (str(Decimal(item.dims[0]) + delta), *item.dims[1:])
    c.description = f"The PI states {item.sku} {delta} mm off the spec, inside the spec's ±{item.dims_tol} mm: a match."
    c.pi_kwargs["show"] = {"material", "dims"}
    c.expect("dimensions", "match", item.sku)


def s_dims_in_cm(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI gives the {item.sku} size in centimetres (the spec in millimetres or inches beside them): the same size, a match."
    c.pi_kwargs["show"] = {"material", "dims", "dims_cm"}
    c.expect("dimensions", "match", item.sku)


def s_dims_beyond(c: Case) -> None:
    item = c.pi.items[0]
    c.description = (
        f"The PI states {item.sku} 10% off the spec, far beyond its ±{item.dims_tol} mm."
    )
    item.dims = (str(int(Decimal(item.dims[0]) * Decimal("1.1"))), *item.dims[1:])
    c.pi_kwargs["show"] = {"material", "dims"}
    c.expect("dimensions", "undocumented_change", item.sku)


def s_missing_lead(c: Case) -> None:
    c.description = "The PI drops the delivery time the accepted quote gave."
    c.pi_kwargs["omit"] = {"lead_time"}
    c.expect("lead_time", "missing")


def s_missing_payment(c: Case) -> None:
    c.description = "The PI drops the payment terms the accepted quote gave (the deposit is a term a PI must carry)."
    c.pi_kwargs["omit"] = {"payment"}
    c.expect("payment.deposit", "missing")


def s_missing_inspection(c: Case) -> None:
    c.description = "The spec requires the AQL inspection clause on the PI; the PI leaves it out."
    c.order.spec_notes = (pick(c.rng, [
        "The PI shall state the AQL 2.5 inspection clause.",
        "The proforma invoice must include the inspection clause (AQL 2.5/4.0, General Level II).",
        "Required on PI / contract: inspection clause AQL 2.5 major / 4.0 minor.",
    ]),)  # fmt: skip
    c.pi_kwargs["omit"] = {"inspection"}
    c.expect("inspection", "missing")


def s_quote_conflict(c: Case) -> None:
    item = c.order.items[0]
    c.description = (
        f"Two quotes of the same date, no version mark, give {item.sku} different prices; the buyer accepted neither, so "
        "nothing approved sets the price: conflict."
    )
    c.quote_accept = None
    other = c.order.copy()
    other.items[0].price = pct(item.price, "1.08")
    c.quote_fmt = ".pdf"

    def second_quote(case: Case, folder: Path) -> None:
        write_quote(other, folder / "quotes" / f"quotation {case.order.supplier.contact.split()[0]}.pdf", case.rng, lang="en",
                    factory_city=case.supplier.city)  # fmt: skip

    c.writers.append(second_quote)
    c.expect("price.unit", "conflict", item.sku)


def s_price_up(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI raises the unit price of {item.sku} by 6% with no agreement."
    item.price = pct(item.price, "1.06")
    c.quote_fmt = ".pdf"
    c.expect("price.unit", "undocumented_change", item.sku)


def s_rejected_kept(c: Case) -> None:
    c.description = "The supplier asks for a higher price in chat, the buyer refuses, the supplier backs down; the PI keeps the quoted price: nothing."
    item = c.order.items[0]
    propose_price(c, NEG, 9, item.sku, pct(item.price, "1.1"))
    c.buyer_says(NEG, 10, 40, phrase(REJECT_PRICE, c.buyer_lang, c.rng))
    c.seller_says(
        NEG,
        11,
        5,
        "好的，按原价"
        if c.seller_lang == "zh"
        else pick(c.rng, ["OK understood, we keep the price", "ok, we follow the quotation price"]),
    )


def s_rejected_changed(c: Case) -> None:
    item = c.pi.items[0]
    c.description = "The supplier asks for a higher price, the buyer refuses, the PI carries the higher price anyway."
    new = pct(item.price, "1.1")
    propose_price(c, NEG, 9, item.sku, new)
    c.buyer_says(NEG, 10, 40, phrase(REJECT_PRICE, c.buyer_lang, c.rng))
    item.price = new
    c.quote_fmt = ".pdf"
    c.expect("price.unit", "undocumented_change", item.sku)


def colour_change_doc(
    c: Case,
    item: Item,
    old: str,
    new: str,
    *,
    approved: bool,
    number: str,
    filename: str,
    reason: str,
) -> None:
    def co(case: Case, folder: Path) -> None:
        write_change_order(case.order, folder / "changes" / filename, case.rng, number=number, when=CO_DAY, approved=approved,
                           changes=[Change(item.sku, pick(case.rng, ["Colour", "Color", "Body colour"]), color_text(old, case.rng),
                                           color_text(new, case.rng), reason)])  # fmt: skip

    c.writers.append(co)


def s_change_order_approved(c: Case) -> None:
    item = c.pi.items[0]
    old, new = item.color, OTHER_COLOUR[item.color]
    c.description = (
        f"A change order signed by the buyer changes the colour of {item.sku}; the PI follows it."
    )
    item.color = new
    c.pi_kwargs["show"] = {"material", "color"}
    colour_change_doc(c, item, old, new, approved=True, number="CO-01", filename=pick(c.rng, ["CO-01.docx", "CO-01 colour.pdf"]),
                      reason="retailer's new brand colour")  # fmt: skip
    c.expect("color", "documented_change", item.sku)


def s_change_order_unapproved(c: Case) -> None:
    item = c.pi.items[0]
    old, new = item.color, OTHER_COLOUR[item.color]
    c.description = f"A change order for the colour of {item.sku}, drafted by the supplier, was never signed by the buyer; the PI uses the new colour."
    item.color = new
    c.pi_kwargs["show"] = {"material", "color"}
    colour_change_doc(c, item, old, new, approved=False, number="AM-01", filename=pick(c.rng, ["Amendment-01.pdf", "AM-01.docx"]),
                      reason="dye lot availability")  # fmt: skip
    c.expect("color", "undocumented_change", item.sku)


def s_change_order_lead(c: Case) -> None:
    c.description = "A signed change order moves the lead time (the PI follows it); a deposit change is only ok-ed in chat (the PI carries it)."
    t = c.order.terms
    new_lead = t.lead_max + 14
    c.pi.terms.lead_min = c.pi.terms.lead_max = new_lead
    new_dep = t.deposit + 10
    c.pi.terms.deposit = new_dep
    old_text = lead_text(t, c.rng)
    new_terms = Terms(lead_min=new_lead, lead_max=new_lead, lead_basis=t.lead_basis)
    new_text = lead_text(new_terms, c.rng)

    def co(case: Case, folder: Path) -> None:
        write_change_order(case.order, folder / "changes" / pick(case.rng, ["Change order CO-02.pdf", "CO-02 lead time.docx"]), case.rng,
                           number="CO-02", when=CO_DAY, approved=True,
                           changes=[Change(None, pick(case.rng, ["Lead time", "Delivery time"]), old_text, new_text, "Chinese New Year closure")])  # fmt: skip

    c.writers.append(co)
    propose_deposit(c, NEG, 15, new_dep)
    lang = c.buyer_lang
    restated = {"zh": f"{new_dep}/{100 - new_dep}可以"}.get(lang, f"{new_dep}/{100 - new_dep}")
    c.buyer_says(
        NEG,
        16,
        30,
        {
            "zh": f"好的，{restated}",
            "de": f"Ok, {restated} passt.",
            "fr": f"D'accord pour {restated}.",
        }.get(lang, f"ok, {restated} is fine"),
    )
    c.expect("lead_time", "documented_change")
    c.expect("payment.deposit", "chat_only")
    c.expect("payment.balance", "chat_only", note="the agreed message names both shares")


def s_carton_qty(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI packs {item.sku} in more pieces per carton than the spec."
    item.carton_qty = (item.carton_qty or 24) + 6
    c.expect("packaging.carton_qty", "undocumented_change")


def s_color_change(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI gives {item.sku} a different colour code; nobody approved."
    item.color = OTHER_COLOUR[item.color]
    c.pi_kwargs["show"] = {"material", "color"}
    c.expect("color", "undocumented_change", item.sku)


def inspection_report(c: Case, result: str, defects: list[tuple[str, str, int]]) -> None:
    def report(case: Case, folder: Path) -> None:
        write_inspection(case.order, folder / "inspection" / pick(case.rng, ["PSI report.pdf", f"Inspection {case.order.order_id}.pdf"]),
                         when=INSPECTION_DAY, result=result, defects=defects, rng=case.rng)  # fmt: skip

    c.writers.append(report)


def s_inspection_failed(c: Case) -> None:
    c.description = (
        "order.toml requires a passed inspection; the pre-shipment report says FAILED. An unmet [release] condition "
        "is a checklist line that makes the verdict HOLD, not a finding (contract section 3): no inspection entry."
    )
    c.toml["release"] = {"inspection": "passed"}
    c.release_unmet = True
    inspection_report(
        c,
        "failed",
        [("Dent on body", "Major", 9), ("Logo misprint", "Major", 4), ("Scratch", "Minor", 5)],
    )


def s_inspection_passed(c: Case) -> None:
    c.description = "order.toml requires a passed inspection; the report says PASSED."
    c.toml["release"] = {"inspection": "passed"}
    inspection_report(c, "passed", [("Minor scratch", "Minor", 2)])


def s_inspection_pending(c: Case) -> None:
    c.description = (
        "order.toml requires a passed inspection; the report is still PENDING (lab test outstanding). An unmet "
        "[release] condition makes the verdict HOLD but is not a finding (contract section 3)."
    )
    c.toml["release"] = {"inspection": "passed"}
    c.release_unmet = True
    inspection_report(c, "pending", [("Lab test (food contact) results outstanding", "-", 0)])


def s_inspection_failed_no_condition(c: Case) -> None:
    c.description = (
        "No [release] condition in order.toml; the pre-shipment report says FAILED: the goods do not meet the AQL the "
        "spec set, an open inspection finding (docs/rules.md inspection.failed), HOLD."
    )
    c.expect("inspection", "undocumented_change")
    inspection_report(c, "failed", [("Handle loose", "Major", 11), ("Scratch", "Minor", 6)])


def s_inspection_pending_no_condition(c: Case) -> None:
    c.description = (
        "No [release] condition in order.toml; the inspection report is still PENDING: the result the payment waits "
        "for is missing (docs/rules.md inspection.pending), HOLD."
    )
    c.expect("inspection", "missing")
    inspection_report(c, "pending", [("Drop test results outstanding", "-", 0)])


def s_bank_chat_notice(c: Case) -> None:
    c.description = (
        "The supplier writes in chat that its bank account has changed and that the new details will follow; no "
        "details, no revised PI yet. A bank change announced is critical until called back (bank.announced_in_chat)."
    )
    c.bank_touched = True
    day = c.order.pi_date + timedelta(days=12)
    if c.seller_lang == "zh":
        notice = "通知：我司银行账户已变更，新账户信息稍后发给您，尾款请勿再付到旧账户。"
    else:
        notice = pick(c.rng, [
            "Important: our company bank account has changed. New bank details will follow with the revised PI, please do not pay the balance to the old account.",
            "Dear, please note our bank account is changed, we will send you the new account information soon.",
        ])  # fmt: skip
    c.seller_says(day, 9, 12, notice)
    c.buyer_says(day, 9, 40, "Noted, waiting for the details.")
    c.expect("bank.account", "undocumented_change")


def s_arithmetic_line(c: Case) -> None:
    item = c.pi.items[0]
    c.description = f"The PI's line amount for {item.sku} is mistyped (two digits swapped); the total adds up the printed lines."
    right = f"{item.amount:.2f}"
    digits = list(right.replace(".", ""))
    i = max(0, len(digits) - 4)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    if digits[i] == digits[i + 1]:
        digits[i] = str((int(digits[i]) + 1) % 10)
    item.amount_override = "".join(digits[:-2]) + "." + "".join(digits[-2:])
    c.quote_fmt = ".pdf"
    c.expect("x.arithmetic", "conflict", item.sku)


def s_arithmetic_total(c: Case) -> None:
    c.description = (
        f"The PI's grand total is {c.order.terms.currency} 1,000.00 more than the sum of its lines."
    )
    c.pi.total_override = f"{c.pi.total + 1000:.2f}"
    c.quote_fmt = ".pdf"
    c.expect("x.arithmetic", "conflict")


def s_arithmetic_deposit(c: Case) -> None:
    dep = c.pi.terms.deposit
    right = c.pi.total * dep / 100
    wrong = right + 250
    c.description = (
        f"The PI asks for a {dep}% deposit of {wrong:,.2f}; {dep}% of the total is {right:,.2f}."
    )
    cur = c.order.terms.currency
    c.pi_kwargs["remarks"] = [pick(c.rng, [f"Deposit {dep}%: {money(wrong, cur, 1)}, to be paid before production starts.",
                                           f"Please remit the {dep}% deposit = {money(wrong, cur, 0)} to start production."])]  # fmt: skip
    c.expect("x.arithmetic", "conflict")


def s_arithmetic_currency(c: Case) -> None:
    other = "USD" if c.order.terms.currency == "EUR" else "EUR"
    c.description = (
        f"The PI prices its lines in {c.order.terms.currency} but prints the total (and the amount in words) in {other}; "
        "no accepted quote sets the currency, so the PI's two currencies conflict."
    )
    c.quote_accept = None
    c.pi.total_currency = other
    c.pi_kwargs["layout"] = 0
    c.expect("x.arithmetic", "conflict")
    c.expect("currency", "conflict")


def ta_order(c: Case, *, designated: bool = False) -> None:
    """A Trade Assurance order whose PI states the spec's standards (material, certificates, inspection)."""
    c.pi_kwargs["show"] = {"material", "certs"}
    if designated:
        b = c.order.bank
        c.toml["trade_assurance"] = {
            "beneficiary": b.beneficiary,
            "account": b.account,
            "swift": b.swift,
        }
    else:
        c.toml["trade_assurance"] = True


def s_ta_off_platform(c: Case) -> None:
    c.description = "Trade Assurance order: the PI asks for payment to another account of the supplier, not the platform-designated one in order.toml."
    c.bank_touched = True
    ta_order(c, designated=True)
    name, address, swift, account = alt_bank(c)
    c.pi.bank = Bank(c.order.bank.beneficiary, name, address, swift, account)
    c.expect("bank.account", "undocumented_change")
    c.expect("bank.swift", "undocumented_change")


def s_ta_standard_missing(c: Case) -> None:
    c.description = "Trade Assurance order: the spec's certification is not written into the PI (standards left out of the contract are not covered)."
    ta_order(c)
    c.pi_kwargs["show"] = {"material"}
    c.expect("x.trade_assurance", "missing")


def s_ta_acquiescence(c: Case) -> None:
    c.description = "Trade Assurance order: the buyer ok-s a later delivery in chat (acquiescence is not covered)."
    ta_order(c)
    c.set_chat(pick(c.rng, ["whatsapp-android", "whatsapp-ios", "plain-log"]))
    lead_agreed_in_chat(c, NEG)
    c.expect("lead_time", "chat_only")
    c.expect("x.trade_assurance", "chat_only")


def s_ta_claim_window(c: Case) -> None:
    c.description = (
        "Trade Assurance order received on 2026-04-20: the 30-day claim window has closed."
    )
    ta_order(c)
    c.toml["receipt_date"] = "2026-04-20"
    c.expect("x.trade_assurance", "missing")


def s_item_added(c: Case) -> None:
    c.description = (
        "The PI adds a line item (printed display boxes) that no spec or quote mentions."
    )
    c.pi.items.append(Item("DSP-BOX", "Counter display box (printed)", "展示盒", 200, "0.95"))
    c.quote_fmt = ".pdf"
    c.expect("x.item", "undocumented_change", "DSP-BOX")


def s_item_dropped(c: Case) -> None:
    dropped = c.pi.items.pop()
    c.description = (
        f"The PI leaves out {dropped.sku}, which the accepted quote and the spec list: its quantity and unit price are "
        "terms the PI must carry (contract section 3)."
    )
    c.expect("quantity", "missing", dropped.sku)
    c.expect("price.unit", "missing", dropped.sku)


def s_many_items(c: Case) -> None:
    c.description = (
        "Twelve colour SKUs: the PI table runs over two pages with its header repeated; all agree."
    )
    c.pi_kwargs["layout"] = 0


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
    measured = int(item.weight) + 3 * int(Decimal(item.weight_tol or "5"))
    c.description = (
        f"The golden sample of {item.sku} weighed {measured} g; the spec says {item.weight} g ±{item.weight_tol} g. Outside "
        "the tolerance, so the sample does not confirm the spec and no change document approves the difference."
    )
    c.sample = True
    c.sample_deltas = {f"{item.sku}:weight": str(measured)}
    c.expect("weight", "undocumented_change", item.sku)


def s_pi_conflict(c: Case) -> None:
    item = c.order.items[0]
    other = c.pi.copy()
    other.items[0].price = pct(item.price, "1.05")
    c.description = (
        f"Two PIs with the same number and date give {item.sku} two unit prices (and two totals); no accepted quote "
        "sets the price, so the live PIs conflict."
    )
    c.quote_accept = None
    c.quote_fmt = ".pdf"

    def second_pi(case: Case, folder: Path) -> None:
        write_pi(
            other,
            folder / "pi" / f"{case.order.pi_no} (1).pdf",
            case.rng,
            lang=case.lang,
            layout=0,
            factory_city=case.supplier.city,
        )

    c.pi_kwargs["layout"] = 0
    c.writers.append(second_pi)
    c.expect("price.unit", "conflict", item.sku)
    c.expect("price.total", "conflict")


def s_bank_swift_invalid(c: Case) -> None:
    c.description = (
        "The quotation gave the supplier's bank block; the PI repeats it with an impossible SWIFT country code (XQ): "
        "a typo or a forged block, and a change of bank.swift."
    )
    c.bank_touched = True
    c.quote_bank = True
    b = c.pi.bank
    c.pi.bank = Bank(b.beneficiary, b.bank, b.address, b.swift[:4] + "XQ" + b.swift[6:], b.account)
    c.expect("bank.swift", "undocumented_change")


def s_change_order_not_carried(c: Case) -> None:
    item = c.order.items[0]
    old, new = item.color, OTHER_COLOUR[item.color]
    c.description = f"A change order signed by the buyer before the PI sets {item.sku} to {new}; the PI still says {old}."
    c.pi_kwargs["show"] = {"material", "color"}
    colour_change_doc(
        c,
        item,
        old,
        new,
        approved=True,
        number="CO-03",
        filename="CO-03 colour.docx",
        reason="retailer's new brand colour",
    )
    c.expect("color", "undocumented_change", item.sku)


def s_required_warranty(c: Case) -> None:
    c.description = (
        "order.toml requires a warranty clause on the PI (required_on_pi); the PI has none."
    )
    c.toml["required_on_pi"] = ["warranty"]
    c.expect("warranty", "missing")


def s_bank_mail(c: Case) -> None:
    c.description = (
        "An e-mail from a look-alike address announces an offshore account and a revised PI carries it (payment "
        "redirection); the buyer never approves."
    )
    c.bank_touched = True
    c.extra_pis.append((c.pi.copy(), c.order.pi_no, c.order.pi_date))
    b = c.rng.choice(OFFSHORE_BANKS)
    c.pi.bank = b
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-R1", pi_date=c.order.pi_date + timedelta(days=28))
    s = c.order.supplier
    user, domain = s.email.split("@")
    spoof = f"{user}@{domain.replace('.example', pick(c.rng, ['-hk.example', '-group.example', '.example.co']))}"

    def write(case: Case, folder: Path) -> None:
        block = bank_block(
            b,
            case.rng,
            "en",
            currency=case.order.terms.currency,
            layout=pick(case.rng, ["beside", "above"]),
        )
        body = (
            f"Dear {case.order.buyer.contact.split()[0]},\n\n"
            + pick(case.rng, ["Please be informed that our company bank account was changed due to the annual audit. ",
                              "Kindly note we changed our receiving bank because of new foreign exchange rules. "])
            + "Kindly arrange the balance payment to our new account below and ignore the account on the old PI.\n\n"
            + "\n".join(block.lines or []) + f"\n\nPlease confirm once the payment is done.\n\nBest regards,\n{s.contact}"
        )  # fmt: skip
        write_text(folder / "chat" / "Updated bank information.eml",
                   mail((s.contact, spoof), (case.order.buyer.contact, case.order.buyer.email), when="Mon, 02 Mar 2026 09:14:05 +0800",
                        subject=pick(case.rng, ["URGENT: updated bank information", "New bank details for balance payment"]),
                        body=body, msg_id=f"bank{case.order.order_id}"))  # fmt: skip

    c.writers.append(write)
    for f in ("bank.beneficiary", "bank.name", "bank.account", "bank.swift"):
        c.expect(f, "undocumented_change")
    # The look-alike sender domain is the set-up of the fraud (domain.md): supplier.email_domain.
    c.expect("x.supplier.email", "undocumented_change")


def s_chat_other_inquiry(c: Case) -> None:
    c.description = (
        "Noise: in the same chat the supplier quotes a different, new product (bamboo lids) with its own price, "
        "quantity and lead time; nothing about this order changes."
    )
    cur = c.order.terms.currency
    ask = {
        "zh": "顺便问一下，竹盖能报个价吗？1000个",
        "de": "Können Sie uns auch Bambusdeckel anbieten? 1.000 Stück",
    }.get(c.buyer_lang, "Btw, can you also quote bamboo lids for our new project? 1,000 pcs")
    c.buyer_says(POST, 11, 0, ask)
    if c.seller_lang == "zh":
        c.seller_says(
            POST,
            16,
            20,
            f"竹盖BL-90：{price_chat('0.65', cur, 'zh')}/个，1000个起订，打样7天，大货20天",
        )
    else:
        c.seller_says(
            POST,
            16,
            20,
            f"For the bamboo lids BL-90: {money('0.65', cur, 0)}/pc for 1,000 pcs, sample in 7 days, production 20 days",
        )
    c.buyer_says(POST + timedelta(days=1), 9, 5, phrase(DEFER, c.buyer_lang, c.rng))


def s_spec_tracked_change(c: Case) -> None:
    item = next(i for i in c.order.items if i.material in DOWNGRADES)
    c.description = (
        f"The spec DOCX keeps the buyer's tracked change: {DOWNGRADES[item.material]} struck out, {item.material} inserted; "
        f"the PI says {item.material}. Deleted text is history, not a requirement."
    )
    c.spec_fmt = ".docx"
    rng = random.Random(c.name)
    c.spec_tracked = [
        (
            f"Revision 2, {item.sku} body material: ",
            material_text(DOWNGRADES[item.material], rng),
            material_text(item.material, rng),
        )
    ]
    c.pi_kwargs["show"] = {"material"}


def s_proposal_questioned(c: Case) -> None:
    c.description = "The supplier asks for a longer lead time; the buyer only asks back and the PI carries the longer time anyway: a question is no agreement."
    old, new = c.order.terms.lead_max, c.order.terms.lead_max + 10
    c.pi.terms.lead_min = c.pi.terms.lead_max = new
    propose_lead(c, NEG, 9, new)
    c.buyer_says(
        NEG,
        10,
        5,
        phrase(
            QUESTION, c.buyer_lang, c.rng, v=c.days(new, c.buyer_lang), o=c.days(old, c.buyer_lang)
        ),
    )
    c.expect("lead_time", "undocumented_change")


def s_proposal_not_agreed(c: Case) -> None:
    """A deferral, an objection or a confirmation of the original value: none is an agreement."""
    kind = pick(c.rng, ["defer", "keep", "object"])
    what = pick(c.rng, ["lead", "deposit"])
    table = {"defer": DEFER, "keep": KEEP_ORIGINAL, "object": OBJECT}[kind]
    lang = c.buyer_lang
    if what == "lead":
        old, new = c.order.terms.lead_max, c.order.terms.lead_max + 10
        c.pi.terms.lead_min = c.pi.terms.lead_max = new
        propose_lead(c, NEG, 9, new)
        c.buyer_says(NEG, 11, 20, phrase(table, lang, c.rng, o=c.days(old, lang)))
        c.expect("lead_time", "undocumented_change")
    else:
        old_dep, new_dep = c.order.terms.deposit, c.order.terms.deposit + 20
        c.pi.terms.deposit = new_dep
        propose_deposit(c, NEG, 9, new_dep)
        c.buyer_says(
            NEG,
            11,
            20,
            phrase(
                table, lang, c.rng, o={"zh": f"{old_dep}%定金"}.get(lang, f"{old_dep}% deposit")
            ),
        )
        c.expect("payment.deposit", "undocumented_change")
        c.expect(
            "payment.balance",
            "undocumented_change",
            note="the balance share changes with the deposit",
        )
    c.description = (
        f"The supplier proposes a new {'lead time' if what == 'lead' else 'deposit'} in chat; the buyer answers with "
        f"{ {'defer': 'a deferral', 'keep': 'the original value', 'object': 'an objection'}[kind] }, and the PI carries the "
        "new value anyway: no agreement (contract section 3)."
    )


def s_no_pi_yet(c: Case) -> None:
    c.description = "Spec and accepted quote, chat about production, but no PI yet: nothing to compare, REVIEW (contract section 3)."
    c.has_pi = False
    c.seller_says(
        NEG,
        10,
        0,
        "PI will be sent next week after our boss checks the price"
        if c.seller_lang == "en"
        else "PI下周发给您",
    )


def s_no_baseline(c: Case) -> None:
    c.description = (
        "Quote and PI agree, but there is no spec, no sample record and the buyer never accepted the quote: no "
        "baseline, REVIEW at least (contract section 3)."
    )
    c.has_spec = False
    c.sample = False
    c.quote_accept = None


def s_quote_revised(c: Case) -> None:
    item = c.order.items[0]
    c.description = (
        f"Quote v1 gave {item.sku} a higher price; the revised quote (later date, Rev.1) lowers it and the buyer accepts "
        "Rev.1 in chat; the PI follows Rev.1. A superseded quote is history, never a conflict: nothing."
    )
    first = c.order.copy()
    first.items[0].price = pct(item.price, "1.07")
    c.quote_accept = None  # accepted below, by version
    c.quote_fmt = pick(c.rng, [".pdf", ".xlsx"])
    rev = pick(c.rng, ["Rev.1", "R1", "v2"])

    def first_quote(case: Case, folder: Path) -> None:
        write_quote(first, folder / "quotes" / f"{case.order.quote_no}.pdf", case.rng, lang=case.lang,
                    qdate=case.order.quote_date - timedelta(days=4), factory_city=case.supplier.city)  # fmt: skip

    c.writers.append(first_quote)
    c.pi_kwargs["_quote_version"] = rev
    day = c.order.quote_date + timedelta(days=1)
    text = {"zh": f"报价单{c.order.quote_no} {rev}的价格我们接受，请做PI",
            "de": f"Angebot {c.order.quote_no} {rev} ist angenommen, bitte PI schicken."}.get(
        c.buyer_lang, f"Thanks, your quotation {c.order.quote_no} {rev} is accepted. Please send the PI.")  # fmt: skip
    c.buyer_says(day, 14, 10, text)


def s_pi_revised(c: Case) -> None:
    item = c.order.items[0]
    wrong = c.order.copy()
    wrong.items[0].price = pct(item.price, "1.05")
    c.description = (
        f"The first PI had {item.sku} at the wrong price; the buyer points it out and the supplier issues PI-R1 with the "
        "quoted price. The superseded PI is history: nothing."
    )
    c.extra_pis.append((wrong, c.order.pi_no, c.order.pi_date))
    c.pi_kwargs.update(pi_no=c.order.pi_no + "-R1", pi_date=c.order.pi_date + timedelta(days=2))
    day = c.order.pi_date + timedelta(days=1)
    quoted = money(item.price, c.order.terms.currency, 1)
    if c.buyer_lang == "zh":
        c.buyer_says(day, 9, 30, f"PI上{item.sku}的单价不对，报价是{quoted}")
    else:
        c.buyer_says(
            day,
            9,
            30,
            f"Hi, the unit price of {item.sku} on the PI is wrong, your quotation says {quoted}. Pls revise.",
        )
    c.seller_says(
        day,
        10,
        15,
        "Sorry for the mistake, revised PI attached"
        if c.seller_lang == "en"
        else "不好意思，已改好，请看新PI",
    )
    c.quote_fmt = ".pdf"


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
    # Added with the 2026-12-05 clarifications of the contract:
    "lead-chat-not-on-pi": s_lead_chat_not_on_pi,
    "proposal-not-agreed": s_proposal_not_agreed,
    "no-pi-yet": s_no_pi_yet,
    "no-baseline": s_no_baseline,
    "quote-revised": s_quote_revised,
    "pi-revised": s_pi_revised,
    "inspection-failed-no-condition": s_inspection_failed_no_condition,
    "inspection-pending-no-condition": s_inspection_pending_no_condition,
    "bank-chat-notice": s_bank_chat_notice,
}

# Every compare rule of docs/rules.md and the scenario that exercises it (tests/e2e checks that no
# rule is left without a labelled case, and that each rule makes a finding in its case). Since the
# 2026-12-05 clarification an unmet [release] condition is no finding: inspection-failed /
# inspection-pending expect a HOLD verdict and no inspection entry; the inspection rules fire
# where order.toml sets no such condition.
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
    "inspection.failed": "inspection-failed-no-condition",
    "inspection.pending": "inspection-pending-no-condition",
    "arithmetic.line_total": "arithmetic-line",
    "arithmetic.total": "arithmetic-total",
    "arithmetic.deposit": "arithmetic-deposit",
    "arithmetic.currency": "arithmetic-currency",
    "bank.changed": "bank-new-pi",
    "bank.beneficiary_not_supplier": "beneficiary-personal",
    "bank.country": "bank-new-pi",
    "bank.personal_account": "beneficiary-personal",
    "bank.announced_in_chat": "bank-chat-notice",
    "bank.invalid": "bank-swift-invalid",
    "ta.off_platform_account": "ta-off-platform",
    "ta.acquiescence": "ta-acquiescence",
    "ta.standard_not_in_contract": "ta-standard-missing",
    "ta.claim_window": "ta-claim-window",
}
NEEDS_DOWNGRADE = {"material-downgrade", "spec-tracked-change"}
NEEDS_TWO_ITEMS = {"item-dropped", "many-items", "many-items-price"}
MULTI_PAGE = {"many-items", "many-items-price"}
# Towels, bags and mats carry their size in the product name: a changed size there would contradict itself.
NEEDS_SIZELESS_NAME = {"dims-within-tolerance", "dims-beyond-tolerance", "dims-in-cm"}
NEEDS_CERTS = {"ta-standard-missing"}
NEEDS_WEIGHT = {"sample-differs"}
NEEDS_COLOR = {
    "change-order-not-carried",
    "change-order-approved",
    "change-order-unapproved",
    "color-change",
}
# Scenarios whose key depends on how (or whether) the buyer accepted the quote, or on bank blocks.
FIXED_ACCEPTANCE = {
    "quote-conflict",
    "pi-conflict",
    "arithmetic-currency",
    "no-baseline",
    "quote-revised",
}


# ------------------------------------------------------------------------------------ build

CHAT_NAMES = {
    "whatsapp": "WhatsApp Chat with {n}.txt", "whatsapp-de": "WhatsApp Chat mit {n}.txt", "whatsapp-fr": "Discussion WhatsApp avec {n}.txt",
    "wechat": "微信聊天记录 {n}.txt", "plain-log": "chat log {n}.txt",
}  # fmt: skip


def write_chat(c: Case, folder: Path) -> None:
    if not c.chat:
        return
    c.chat.sort(key=lambda m: m.when)
    o = c.order
    if c.chat_fmt == "eml":
        prev_id: str | None = None
        prev: Message | None = None
        subject = pick(
            c.rng,
            [f"Order {o.order_id}", f"{o.product} – {o.order_id}", f"{o.order_id} production / PI"],
        )
        buyer_tz = {"GB": 0, "DE": 1, "FR": 1, "US": -8}.get(o.buyer.country, 0)
        for k, m in enumerate(c.chat, 1):
            from_buyer = m.sender == c.buyer_name
            sender = (
                (o.buyer.contact, o.buyer.email)
                if from_buyer
                else (o.supplier.contact, o.supplier.email)
            )
            to = (
                (o.supplier.contact, o.supplier.email)
                if from_buyer
                else (o.buyer.contact, o.buyer.email)
            )
            body = m.text
            if prev is not None:
                quoted = "\n".join("> " + line for line in prev.text.splitlines())
                body += f"\n\nOn {prev.when:%a, %d %b %Y at %H:%M}, {prev.sender} wrote:\n{quoted}"
            msg_id = f"{o.order_id}.{k}.{m.when:%Y%m%d%H%M}"
            # Chat times are China time; the buyer's mail client states the same instant in its own zone.
            local = m.when + timedelta(hours=buyer_tz - 8) if from_buyer else m.when
            offset = (
                f"{'+' if buyer_tz >= 0 else '-'}{abs(buyer_tz):02d}00" if from_buyer else "+0800"
            )
            when = local.strftime("%a, %d %b %Y %H:%M:%S") + " " + offset
            text = mail(sender, to, when=when, subject=("Re: " if k > 1 else "") + subject, body=body, msg_id=msg_id,
                        in_reply_to=prev_id)  # fmt: skip
            write_text(folder / "chat" / f"{k:02d} {'Re ' if k > 1 else ''}{o.order_id}.eml", text)
            prev_id, prev = f"{msg_id}@{sender[1].split('@')[1]}", m
        return
    fmt = c.chat_fmt
    if fmt.startswith("whatsapp"):
        country = o.buyer.country  # the buyer's phone exports the chat in its locale
        locale = {"US": "-us", "DE": "-de", "FR": "-fr"}.get(country, "")
        if locale in ("-de", "-fr") and chance(c.rng, 0.3):
            locale = ""  # set to English
        name = CHAT_NAMES.get(
            "whatsapp" + (locale if locale in ("-de", "-fr") else ""), CHAT_NAMES["whatsapp"]
        )
        fmt += locale
    elif fmt.startswith("wechat"):
        name = CHAT_NAMES["wechat"]
    else:
        name = CHAT_NAMES["plain-log"]
    write_text(folder / "chat" / name.format(n=c.seller_name), CHAT_WRITERS[fmt](c.chat))


def build_case(n: int, scenario: str, product: str, rng: random.Random, out: Path) -> Path:
    title, title_zh, items, category = PRODUCTS[product](rng)
    buyer = rng.choice(BUYERS)
    sup = rng.choice(SUPPLIERS[category])
    count = len(items) if scenario in NEEDS_TWO_ITEMS else rng.randint(1, len(items))
    items = items[:count]
    for item in items:
        item.qty = int(item.qty * rng.choice([1, 1, 0.5, 2]))
    lang = rng.choices(["en", "mixed", "zh"], weights=[5, 3, 2])[0]
    terms = Terms(
        # European buyers often buy in euros.
        currency="EUR" if buyer.country in ("DE", "FR") and rng.random() < 0.4 else "USD",
        incoterm=rng.choice(["FOB", "FOB", "FOB", "CIF"]),
        place=sup.port,
        deposit=rng.choice([30, 30, 30, 20, 40]),
        trigger=rng.choice(["before_shipment", "before_shipment", "against_bl_copy"]),
        lead_min=(lm := rng.choice([25, 30, 35, 40, 45])),
        lead_max=lm + rng.choice([0, 0, 5]),
        lead_basis=rng.choice(["calendar", "calendar", "calendar", "working"]),
    )
    if terms.incoterm == "CIF":
        terms.place = DESTINATION_PORT[buyer.country]
    quote_date = date(2026, 1, 12) + timedelta(days=rng.randrange(5))
    bank = Bank(sup.company.name.upper(), *sup.bank)
    order = Order(
        order_id=f"PO-{26000 + n}",
        product=title,
        product_zh=title_zh,
        buyer=buyer,
        supplier=sup.company,
        bank=bank,
        items=items,
        terms=terms,
        pi_no=pick(
            rng,
            [
                f"PI{2026}{n:04d}",
                f"PI-26-{n:04d}",
                f"{sup.company.name.split()[1][:2].upper()}-PI-26{n:03d}",
            ],
        ),
        quote_no=pick(rng, [f"QT-{n:04d}", f"Q26-{n:03d}", f"QTN2026{n:03d}"]),
        quote_date=quote_date,
        spec_date=quote_date + timedelta(days=2 + rng.randrange(3)),
        pi_date=date(2026, 2, 3) + timedelta(days=rng.randrange(7)),
    )
    chat_fmt = (
        pick(rng, ["wechat", "wechat-pc"])
        if lang == "zh"
        else rng.choices(
            ["whatsapp-android", "whatsapp-ios", "plain-log", "eml"], weights=[5, 5, 2, 1]
        )[0]
    )
    case = Case(
        name=f"{n:03d}-{scenario}-{product}",
        scenario=scenario,
        rng=rng,
        order=order,
        pi=order.copy(),
        lang=lang,
        chat_fmt=chat_fmt,
        supplier=sup,
        quote_fmt=rng.choice([".xlsx", ".pdf"]),
        pi_fmt=rng.choices([".pdf", ".xlsx", ".docx"], weights=[7, 2, 1])[0],
        spec_fmt=rng.choice([".docx", ".docx", ".xlsx", ".pdf", ".md"]),
        sample=rng.random() < 0.3,
        quote_accept=rng.choice(["spec", "spec", "signed", "chat"]),
        quote_bank=rng.random() < 0.25,
    )
    case.set_chat(chat_fmt)
    # Noise the PI may repeat from the spec (the same values: no finding).
    extra_show = {k for k in ("capacity", "finish", "logo", "color", "dims") if rng.random() < 0.2}
    SCENARIOS[scenario](case)
    if not case.bank_touched and terms.currency == "USD" and rng.random() < 0.2:
        intermediary = pick(rng, INTERMEDIARIES)
        for o in (case.order, case.pi, *[e[0] for e in case.extra_pis]):
            o.bank.intermediary = intermediary
    if case.bank_touched and scenario != "bank-swift-invalid":
        case.quote_bank = False
    if scenario in FIXED_ACCEPTANCE or not case.has_spec:
        case.sample = case.sample and case.has_spec
    if case.quote_accept == "spec" and not case.has_spec:
        case.quote_accept = None
    if case.chatter and case.chat_fmt != "eml" and rng.random() < 0.6:
        chatter(case, [date(2026, 1, 20) + timedelta(days=rng.randrange(4)), date(2026, 2, 12) + timedelta(days=rng.randrange(4))],
                rng.randint(2, 5))  # fmt: skip

    folder = out / case.name
    if folder.exists():
        shutil.rmtree(folder)
    if case.has_spec:
        write_spec(order, folder / "spec" / f"{pick(rng, ['spec', 'Spec', 'Specification'])} {order.order_id}{case.spec_fmt}", rng,
                   lang="mixed" if lang != "en" else "en", tracked=case.spec_tracked, names_quote=case.quote_accept == "spec")  # fmt: skip
    if case.sample:
        write_sample_record(order, folder / "sample" / f"golden sample {order.order_id}{pick(rng, ['.docx', '.xlsx'])}", rng,
                            signed=order.quote_date + timedelta(days=6), deltas=case.sample_deltas, sample_pcs=rng.choice([2, 3, 5]))  # fmt: skip
    if case.quote_accept == "chat":
        day = order.quote_date + timedelta(days=1)
        text = {"zh": f"报价单{order.quote_no}确认了，请做PI", "de": f"Angebot {order.quote_no} ist angenommen, bitte PI schicken.",
                "fr": f"Nous acceptons votre devis {order.quote_no}, merci d'envoyer la PI."}.get(
            case.buyer_lang, pick(rng, [f"Thanks, quotation {order.quote_no} is accepted, please prepare the PI.",
                                        f"We accept your quotation {order.quote_no}. Please send the PI for the deposit."]))  # fmt: skip
        if (
            rng.random() < 0.5
        ):  # the buyer restates the quantities, the way people type them (3k pcs, 3.000 Stück)
            text += " " + ", ".join(
                f"{i.sku}: {qty_chat(i.qty, rng, case.buyer_lang)}" for i in order.items[:3]
            )
        case.buyer_says(day, 15, 0, text)
    version = case.pi_kwargs.pop("_quote_version", "")
    accepted_by = (
        (buyer.contact, order.quote_date + timedelta(days=1))
        if case.quote_accept == "signed"
        else None
    )
    qname = f"{order.quote_no}{(' ' + version) if version else ''}{case.quote_fmt}"
    write_quote(order, folder / "quotes" / qname, rng, lang=lang, version=version, accepted_by=accepted_by,
                bank=order.bank if case.quote_bank else None, factory_city=sup.city)  # fmt: skip
    for earlier, pi_no, pi_date in case.extra_pis:
        write_pi(
            earlier,
            folder / "pi" / f"{pi_no}.pdf",
            rng,
            lang=lang,
            pi_no=pi_no,
            pi_date=pi_date,
            layout=0,
            factory_city=sup.city,
        )
    pi_no = case.pi_kwargs.pop("pi_no", order.pi_no)
    layout = case.pi_kwargs.pop("layout", 0 if case.extra_pis else None)
    show = case.pi_kwargs.pop("show", None)
    if show is None:
        show = {"material"} | extra_show
    elif scenario not in ("ta-standard-missing", "material-downgrade", "spec-tracked-change"):
        show = set(show) | (extra_show - {"color", "dims"})
    pi_fmt = (
        ".pdf" if case.extra_pis or layout is not None or scenario in MULTI_PAGE else case.pi_fmt
    )
    if case.has_pi:
        write_pi(case.pi, folder / "pi" / f"{pi_no}{pi_fmt}", rng, lang=lang, pi_no=pi_no, layout=layout, show=show,
                 factory_city=sup.city, **case.pi_kwargs)  # fmt: skip
    for writer in case.writers:
        writer(case, folder)
    write_chat(case, folder)
    write_text(folder / "order.toml", order_toml(order, **case.toml))
    key = {
        "description": case.description,
        "tags": [scenario, product, lang],
        "verdict": verdict_for(
            case.expected,
            release_unmet=case.release_unmet,
            has_baseline=case.has_spec
            or case.sample
            or case.quote_accept is not None
            or scenario == "quote-revised",
            has_pi=case.has_pi,
        ),  # fmt: skip
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
                products = ["mugrange"]
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

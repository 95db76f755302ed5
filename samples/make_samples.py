#!/usr/bin/env python3
"""Write the bundled sample order folders (samples/<name>/) with their answer keys.

usage: python3 samples/make_samples.py [OUT_DIR]   (default: the folder of this script)

Deterministic: fixed dates and seeds, PDFs with invariant=1, Office zips with fixed timestamps,
so a re-run gives the same bytes. Needs the dev writers (reportlab, python-docx, xlsxwriter);
the audit itself does not. Each sample is one function in SAMPLES.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.dont_write_bytecode = True  # keep samples/ free of __pycache__ (it is data, not a package)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from docgen import CHAT_WRITERS, Message, write_text, write_versions  # noqa: E402
from orderdocs import (  # noqa: E402
    Bank,
    Change,
    Company,
    Item,
    Order,
    Terms,
    at,
    order_toml,
    supplier_mail,
    verdict_for,  # noqa: E402
    write_change_order,
    write_inspection,
    write_pi,
    write_quote,
    write_sample_record,
    write_spec,
)
from orderdocs import expect as key_entry  # noqa: E402

# ---------------------------------------------------------------------------------- the parties

HARBOR = Company(
    name="Harbor & Pine Home Ltd",
    name_zh="海港松木家居",
    address="Unit 4, Riverside Park, Feeder Road, Bristol BS2 0QY, United Kingdom",
    phone="+44 117 496 0321",
    email="emma.clarke@harborpine.co.uk",
    contact="Emma Clarke",
    country="GB",
    aliases=("Emma", "Emma HPH"),
)
KELLER = Company(
    name="Keller Home GmbH",
    name_zh="凯勒家居",
    address="Hafenstrasse 12, 20457 Hamburg, Germany",
    phone="+49 40 3069 1120",
    email="anna@kellerhome.example",
    contact="Anna Keller",
    country="DE",
    aliases=("Anna", "Wang Fang (Keller QC)", "王芳"),
)
NORTHWIND = Company(
    name="Northwind Outdoor Inc.",
    name_zh="北风户外",
    address="2150 SE 9th Ave, Portland, OR 97214, USA",
    phone="+1 503 555 0142",
    email="jason.miller@northwind-outdoor.example",
    contact="Jason Miller",
    country="US",
    aliases=("Jason", "Jason M"),
)

BRIGHTWAY = Company(
    name="Ningbo Brightway Housewares Co., Ltd.",
    name_zh="宁波明途家居用品有限公司",
    address="No. 88 Jiangnan Road, Beilun District, Ningbo, Zhejiang, China 315800",
    phone="+86 574 8688 1234",
    email="lily@brightway-housewares.example",
    contact="Lily Chen",
    aliases=("Lily", "Lily Brightway", "Brightway"),
)
JIAHE = Company(
    name="Shenzhen Jiahe Silicone Products Co., Ltd.",
    name_zh="深圳嘉禾硅胶制品有限公司",
    address="Building 5, Huafeng Industrial Park, Bao'an District, Shenzhen, Guangdong, China",
    phone="+86 755 2766 4410",
    email="kevin@jiahe-silicone.example",
    contact="Kevin Zhou",
    aliases=("Kevin", "Kevin Jiahe", "Jiahe"),
)
HENGDA = Company(
    name="Yongkang Hengda Kitchenware Co., Ltd.",
    name_zh="永康恒达厨具有限公司",
    address="No. 16 Huanghe Road, Economic Development Zone, Yongkang, Zhejiang, China",
    phone="+86 579 8713 5522",
    email="tony@hengda-kitchen.example",
    contact="Tony Wu",
    aliases=("Tony", "Hengda"),
)
EVERGREEN = Company(
    name="Xiamen Evergreen Bags Co., Ltd.",
    name_zh="厦门常青箱包有限公司",
    address="3F, No. 201 Xiangxing Road, Huli District, Xiamen, Fujian, China",
    phone="+86 592 5712 0836",
    email="sunny@evergreen-bags.example",
    contact="Sunny Lin",
    aliases=("Sunny", "Sunny Evergreen", "Evergreen"),
)
SUNRISE = Company(
    name="Gaomi Sunrise Textile Co., Ltd.",
    name_zh="高密旭日纺织有限公司",
    address="No. 9 Fenghuang Street, Gaomi, Shandong, China",
    phone="+86 536 2366 7788",
    email="zhangli@sunrise-textile.example",
    contact="Zhang Li",
    aliases=("张丽", "Sunrise"),
)


def bank_of(company: Company, bank: str, address: str, swift: str, account: str) -> Bank:
    return Bank(company.name.upper(), bank, address, swift, account)


# ------------------------------------------------------------------------------------ helpers


def save_key(
    folder: Path, expected: list[dict], description: str, *, release_unmet: bool = False
) -> None:
    """expected.json: min_severity and verdict follow from the contract (orderdocs.min_severity / verdict_for)."""
    data = {
        "description": description,
        "verdict": verdict_for(expected, release_unmet=release_unmet),
        "expected": expected,
    }
    write_text(folder / "expected.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def save_chat(path: Path, fmt: str, rows: list[Message]) -> None:
    write_text(path, CHAT_WRITERS[fmt](rows))


# ------------------------------------------------------------------------------------ samples


def silicone_clean(folder: Path) -> None:
    """Everything matches: spec, sample, quote, PI and a passed inspection -> RELEASE."""
    rng = random.Random(101)
    order = Order(
        order_id="KH-2026-014",
        product="Silicone kitchen utensils",
        product_zh="硅胶厨具",
        buyer=KELLER,
        supplier=JIAHE,
        bank=bank_of(
            JIAHE,
            "CHINA MERCHANTS BANK SHENZHEN BRANCH",
            "7088 Shennan Blvd, Futian, Shenzhen, China",
            "CMBCCNBS",
            "755912345610801",
        ),
        items=[
            Item(
                "SP-28",
                "Silicone spatula 28cm",
                "硅胶刮刀28cm",
                4000,
                "1.32",
                material="SILICONE_FOOD_GRADE",
                dims=("280", "55"),
                dims_tol="1",
                dims_style="flat",
                weight="62",
                weight_tol="3",
                color="PANTONE 7541 C",
                logo="DEBOSS",
                certs=("LFGB", "FDA"),
                inner="OPP_HEADER",
                carton_qty=100,
                carton_cm=("52", "36", "30"),
            ),
            Item(
                "BM-40",
                "Silicone baking mat 40x30cm",
                "硅胶烤垫40x30cm",
                2000,
                "2.45",
                material="SILICONE_FOOD_GRADE",
                dims=("400", "300"),
                dims_tol="2",
                dims_style="flat",
                weight="145",
                weight_tol="5",
                color="PANTONE 7541 C",
                certs=("LFGB", "FDA"),
                inner="ROLLED_BAND",
                carton_qty=50,
                carton_cm=("42", "32", "35"),
            ),
        ],
        terms=Terms(
            currency="USD", incoterm="FOB", place="Shenzhen", deposit=30, lead_min=30, lead_max=35
        ),
        pi_no="JH-PI-260211",
        quote_no="JH-Q-260128",
        quote_date=date(2026, 1, 28),
        spec_date=date(2026, 1, 30),  # the PO's spec names the accepted quote
        pi_date=date(2026, 2, 11),
    )
    write_spec(order, folder / "spec" / "KH-014 spec silicone utensils.docx", rng, names_quote=True)
    write_sample_record(
        order, folder / "sample" / "golden-sample-record.docx", rng, signed=date(2026, 1, 26)
    )
    write_quote(order, folder / "quotes" / "Jiahe quotation KH-014.xlsx", rng, lang="mixed")
    write_pi(
        order,
        folder / "pi" / "JH-PI-260211.pdf",
        rng,
        layout=2,
        lang="mixed",
        show={"material", "dims"},
    )
    write_inspection(
        order,
        folder / "inspection" / "PSI report KH-2026-014.pdf",
        when=date(2026, 3, 16),
        result="Passed",
        defects=[
            ("Slight flash on handle edge", "Minor", 3),
            ("Print smudge on header card", "Minor", 2),
        ],
    )
    d = date(2026, 2, 12)
    save_chat(
        folder / "chat" / "WhatsApp Chat with Kevin Jiahe.txt",
        "whatsapp-android",
        [
            Message(
                at(d, 9, 14),
                "Kevin Zhou",
                "Good morning Anna, PI JH-PI-260211 sent by email, please check",
            ),
            Message(
                at(d, 9, 40),
                "Anna Keller",
                "Thanks Kevin, all matches our quote. Deposit will be paid tomorrow",
            ),
            Message(
                at(d, 9, 41),
                "Kevin Zhou",
                "Great, thank you! We will book the silicone material this week",
            ),
            Message(
                at(date(2026, 3, 2), 15, 3), "Kevin Zhou", "", attachment="IMG-20260302-WA0007.jpg"
            ),
            Message(
                at(date(2026, 3, 2), 15, 4),
                "Kevin Zhou",
                "Production photo of SP-28, colour same as approved sample",
            ),
            Message(
                at(date(2026, 3, 2), 18, 22),
                "Anna Keller",
                "Looks good. Shipping marks as in the spec please",
            ),
            Message(
                at(date(2026, 3, 17), 10, 5),
                "Kevin Zhou",
                "Inspection passed yesterday, report attached in email. Can you arrange the balance?",
            ),
            Message(
                at(date(2026, 3, 17), 10, 30),
                "Anna Keller",
                "Yes, I will pay the balance this week to the account on the PI.",
            ),
        ],
    )
    write_text(folder / "order.toml", order_toml(order, release={"inspection": "passed"}))
    save_key(
        folder,
        [
            key_entry("material", "match", "SP-28"),
            key_entry("price.unit", "match", "BM-40"),
            key_entry("incoterm", "match"),
        ],
        "Clean order: spec (naming the accepted quote), sample, quote and PI agree; inspection passed.",
    )


def bottles_bank_change(folder: Path) -> None:
    """A revised PI with new bank details (an HK trading company), announced in WhatsApp -> HOLD."""
    rng = random.Random(202)
    order = Order(
        order_id="HP-2026-031",
        product="Vacuum insulated bottles",
        product_zh="真空保温杯",
        buyer=HARBOR,
        supplier=BRIGHTWAY,
        bank=bank_of(
            BRIGHTWAY,
            "BANK OF CHINA NINGBO BRANCH",
            "139 Yaohang Street, Ningbo, Zhejiang, China",
            "BKCHCNBJ92A",
            "358176543210",
        ),
        items=[
            Item(
                "TB-500",
                "Vacuum insulated bottle 500ml",
                "真空保温杯500ml",
                3000,
                "3.85",
                material="SS304",
                capacity="500",
                dims=("70", "260"),
                dims_tol="1",
                dims_style="round",
                weight="350",
                weight_tol="10",
                color="PANTONE 186 C",
                finish="POWDER",
                logo="LASER",
                certs=("LFGB", "FDA"),
                inner="WHITE_BOX",
                carton_qty=24,
                carton_cm=("52", "38", "30"),
            ),
            Item(
                "TB-750",
                "Vacuum insulated bottle 750ml",
                "真空保温杯750ml",
                2000,
                "4.60",
                material="SS304",
                capacity="750",
                dims=("78", "290"),
                dims_tol="1",
                dims_style="round",
                weight="420",
                weight_tol="10",
                color="PANTONE 186 C",
                finish="POWDER",
                logo="LASER",
                certs=("LFGB", "FDA"),
                inner="WHITE_BOX",
                carton_qty=24,
                carton_cm=("56", "41", "32"),
            ),
        ],
        terms=Terms(
            currency="USD", incoterm="FOB", place="Ningbo", deposit=30, lead_min=35, lead_max=35
        ),
        pi_no="PI-2291",
        quote_no="BW-Q-0115",
        quote_date=date(2026, 1, 15),
        spec_date=date(2026, 1, 17),  # the PO's spec names the accepted quote
        pi_date=date(2026, 1, 27),
    )
    write_spec(order, folder / "spec" / "HP-031 bottle spec.docx", rng, names_quote=True)
    write_quote(order, folder / "quotes" / "Brightway quotation BW-Q-0115.pdf", rng)
    write_pi(order, folder / "pi" / "PI-2291.pdf", rng, layout=0, show={"material", "capacity"})
    new = order.copy()
    new.bank = Bank(
        "GOLDEN BRIDGE TRADING (HK) LIMITED",
        "HSBC HONG KONG",
        "1 Queen's Road Central, Hong Kong",
        "HSBCHKHHHKH",
        "848123456838",
    )
    write_pi(
        new,
        folder / "pi" / "PI-2291-R1.pdf",
        rng,
        layout=0,
        show={"material", "capacity"},
        pi_no="PI-2291-R1",
        pi_date=date(2026, 3, 9),
        remarks=[
            "Remark: bank information updated, please remit the balance to the account below."
        ],
    )
    d = date(2026, 3, 9)
    save_chat(
        folder / "chat" / "WhatsApp Chat - Lily Brightway.txt",
        "whatsapp-ios",
        [
            Message(
                at(date(2026, 2, 26), 8, 12, 4),
                "Lily Brightway",
                "Dear Emma, mass production finished 80%, packing next week",
            ),
            Message(
                at(date(2026, 2, 26), 8, 40, 51),
                "Emma Clarke",
                "Great news, please send photos of the packed cartons",
            ),
            Message(
                at(d, 7, 55, 10),
                "Lily Brightway",
                "Dear Emma, please note our company account has changed because of annual tax audit. "
                "Please pay the 70% balance to our new account in Hong Kong:",
            ),
            Message(
                at(d, 7, 55, 48),
                "Lily Brightway",
                "Beneficiary: GOLDEN BRIDGE TRADING (HK) LIMITED\nBank: HSBC Hong Kong\nSWIFT: HSBCHKHHHKH\nA/C: 848-123456-838",
            ),
            Message(at(d, 7, 56, 2), "Lily Brightway", "", attachment="PI-2291-R1.pdf"),
            Message(
                at(d, 9, 31, 17),
                "Emma Clarke",
                "Hi Lily, why is the beneficiary a different company? Our contract is with Brightway.",
            ),
            Message(
                at(d, 9, 47, 33),
                "Lily Brightway",
                "It is our sister company in HK, same boss. The old account cannot receive USD any more, please arrange asap so we can book the vessel",
            ),
            Message(
                at(d, 10, 2, 8),
                "Emma Clarke",
                "I need to check this with our finance team first. Please send the packing photos meanwhile.",
            ),
        ],
    )
    write_text(folder / "order.toml", order_toml(order))
    expected = [
        key_entry(f, "undocumented_change")
        for f in ("bank.beneficiary", "bank.name", "bank.account", "bank.swift")
    ]
    save_key(
        folder,
        expected,
        "PI-2291-R1 carries a new beneficiary, bank, account and SWIFT announced in WhatsApp; the buyer never approved.",
    )


def lunch_boxes_downgrade(folder: Path) -> None:
    """SS304 in spec and quote; the PI quietly says 201 stainless steel for one item -> HOLD."""
    rng = random.Random(303)
    order = Order(
        order_id="NW-PO-5523",
        product="Stainless steel lunch boxes",
        product_zh="不锈钢饭盒",
        buyer=NORTHWIND,
        supplier=HENGDA,
        bank=bank_of(
            HENGDA,
            "INDUSTRIAL AND COMMERCIAL BANK OF CHINA YONGKANG BRANCH",
            "168 Jiefang Street, Yongkang, Zhejiang, China",
            "ICBKCNBJZJP",
            "1208020109200123456",
        ),
        items=[
            Item(
                "LB-800",
                "Lunch box 800ml with silicone seal",
                "不锈钢饭盒800ml",
                2500,
                "3.10",
                material="SS304",
                capacity="800",
                dims=("180", "130", "65"),
                dims_tol="1",
                weight="290",
                weight_tol="8",
                finish="MIRROR",
                logo="LASER",
                certs=("FDA",),
                inner="KRAFT_BOX",
                carton_qty=30,
                carton_cm=("58", "40", "36"),
            ),
            Item(
                "LB-1200",
                "Lunch box 1200ml 2-tier",
                "双层不锈钢饭盒1200ml",
                1500,
                "4.25",
                material="SS304",
                capacity="1200",
                dims=("200", "145", "95"),
                dims_tol="1",
                weight="410",
                weight_tol="10",
                finish="MIRROR",
                logo="LASER",
                certs=("FDA",),
                inner="KRAFT_BOX",
                carton_qty=20,
                carton_cm=("62", "42", "40"),
            ),
        ],
        terms=Terms(
            currency="USD",
            incoterm="FOB",
            place="Ningbo",
            deposit=30,
            trigger="against_bl_copy",
            lead_min=40,
            lead_max=45,
        ),
        pi_no="HD20260305",
        quote_no="HD-QT-0218",
        quote_date=date(2026, 2, 18),
        spec_date=date(2026, 2, 20),  # the PO's spec names the accepted quote
        pi_date=date(2026, 3, 5),
    )
    write_spec(
        order, folder / "spec" / "Northwind spec NW-5523 lunch boxes.docx", rng, names_quote=True
    )
    write_sample_record(
        order,
        folder / "sample" / "sample approval NW-5523.xlsx",
        rng,
        signed=date(2026, 2, 24),
    )
    write_quote(order, folder / "quotes" / "Hengda quote 0218.xlsx", rng)
    pi = order.copy()
    pi.item("LB-1200").material = "SS201"
    write_pi(pi, folder / "pi" / "PI HD20260305.pdf", rng, layout=1, show={"material", "capacity"})
    write_text(folder / "order.toml", order_toml(order))
    save_key(
        folder,
        [key_entry("material", "undocumented_change", "LB-1200")],
        "The PI describes LB-1200 as 201 stainless steel; spec, sample and quote say SS304; nothing approves it.",
    )


def tote_bags_changes(folder: Path) -> None:
    """Colour changed by a signed change order; lead time stretched and ok-ed only in WhatsApp -> REVIEW."""
    rng = random.Random(404)
    order = Order(
        order_id="HP-2026-047",
        product="Polyester tote bags",
        product_zh="涤纶购物袋",
        buyer=HARBOR,
        supplier=EVERGREEN,
        bank=bank_of(
            EVERGREEN,
            "CHINA CONSTRUCTION BANK XIAMEN BRANCH",
            "98 Lujiang Road, Siming District, Xiamen, China",
            "PCBCCNBJFJX",
            "35150198010100001234",
        ),
        items=[
            Item(
                "TT-01",
                "Foldable tote bag 42x38cm",
                "折叠购物袋42x38cm",
                6000,
                "1.18",
                material="POLYESTER_600D",
                dims=("420", "380"),
                dims_tol="5",
                dims_style="flat",
                color="PANTONE 2767 C",
                logo="SILK1",
                inner="POLYBAG",
                carton_qty=100,
                carton_cm=("50", "40", "35"),
            ),
        ],
        terms=Terms(
            currency="USD", incoterm="FOB", place="Xiamen", deposit=30, lead_min=35, lead_max=35
        ),
        pi_no="EG-PI-0316",
        quote_no="EG-Q-0302",
        quote_date=date(2026, 3, 2),
        spec_date=date(2026, 3, 4),  # the PO's spec names the accepted quote
        pi_date=date(2026, 3, 16),
    )
    write_spec(order, folder / "spec" / "HP-047 tote bag spec.docx", rng, names_quote=True)
    write_quote(order, folder / "quotes" / "Evergreen quotation EG-Q-0302.xlsx", rng)
    write_change_order(
        order,
        folder / "changes" / "CO-01 colour change.docx",
        rng,
        number="CO-01",
        when=date(2026, 3, 10),
        approved=True,
        changes=[
            Change(
                "TT-01",
                "Colour",
                "Pantone 2767 C (navy)",
                "Pantone 289 C (dark navy)",
                "closer to the retailer's brand colour",
            )
        ],
    )
    pi = order.copy()
    pi.item("TT-01").color = "PANTONE 289 C"
    pi.terms.lead_min = pi.terms.lead_max = 45
    write_pi(pi, folder / "pi" / "EG-PI-0316.pdf", rng, layout=0, show={"material", "color"})
    d = date(2026, 3, 12)
    save_chat(
        folder / "chat" / "WhatsApp Chat with Sunny Evergreen.txt",
        "whatsapp-android",
        [
            Message(
                at(d, 10, 2),
                "Sunny Evergreen",
                "Hello Emma, the 600D fabric in dark navy needs new dyeing, our fabric supplier is short this month",
            ),
            Message(
                at(d, 10, 3),
                "Sunny Evergreen",
                "Production time will be 45 days after deposit instead of 35 days. Is it ok for you?",
            ),
            Message(at(d, 11, 47), "Emma Clarke", "Hmm that is 10 days later than planned"),
            Message(
                at(d, 11, 49),
                "Emma Clarke",
                "ok go ahead, but please keep the quality same as the approved sample",
            ),
            Message(at(d, 11, 50), "Sunny Evergreen", "Thank you Emma! I will send the PI today"),
            Message(
                at(date(2026, 3, 16), 16, 20), "Sunny Evergreen", "", attachment="EG-PI-0316.pdf"
            ),
            Message(
                at(date(2026, 3, 16), 16, 21),
                "Sunny Evergreen",
                "Please check the PI, kindly arrange the 30% deposit",
            ),
        ],
    )
    write_text(folder / "order.toml", order_toml(order))
    save_key(
        folder,
        [key_entry("color", "documented_change", "TT-01"), key_entry("lead_time", "chat_only")],
        "Colour change approved by change order CO-01; lead time 35 -> 45 days agreed only in WhatsApp.",
    )


def towels_wechat(folder: Path) -> None:
    """Chinese WeChat: lead time agreed with 好的，可以 (chat_only); deposit raised to 50% on the PI -> HOLD."""
    rng = random.Random(505)
    order = Order(
        order_id="KH-2026-022",
        product="Cotton bath towels",
        product_zh="纯棉浴巾",
        buyer=KELLER,
        supplier=SUNRISE,
        bank=bank_of(
            SUNRISE,
            "AGRICULTURAL BANK OF CHINA GAOMI BRANCH",
            "1 Liqun Road, Gaomi, Shandong, China",
            "ABOCCNBJ180",
            "15412101040012345",
        ),
        items=[
            Item(
                "BT-7014",
                "Bath towel 70x140cm 500gsm",
                "浴巾70x140cm 500克",
                5000,
                "3.95",
                material="COTTON",
                dims=("700", "1400"),
                dims_tol="20",
                dims_style="flat",
                weight="490",
                weight_tol="15",
                color="PANTONE 11-0601 TCX",
                inner="PAPER_BAND",
                carton_qty=20,
                carton_cm=("60", "40", "45"),
            ),
        ],
        terms=Terms(
            currency="USD", incoterm="FOB", place="Qingdao", deposit=30, lead_min=40, lead_max=40
        ),
        pi_no="SR-PI-260309",
        quote_no="SR-Q-260220",
        quote_date=date(2026, 2, 20),
        spec_date=date(2026, 2, 22),  # the PO's spec names the accepted quote
        pi_date=date(2026, 3, 9),
    )
    write_spec(
        order, folder / "spec" / "KH-022 towel spec.docx", rng, lang="mixed", names_quote=True
    )
    write_quote(order, folder / "quotes" / "旭日纺织报价单 SR-Q-260220.pdf", rng, lang="zh")
    pi = order.copy()
    pi.terms.deposit = 50
    pi.terms.lead_min = pi.terms.lead_max = 50
    write_pi(
        pi, folder / "pi" / "SR-PI-260309.pdf", rng, layout=2, lang="zh", show={"material", "dims"}
    )
    d = date(2026, 3, 4)
    save_chat(
        folder / "chat" / "微信聊天记录 张丽.txt",
        "wechat",
        [
            Message(at(d, 9, 12, 5), "张丽", "王小姐早上好，浴巾的订单我们已经排好了"),
            Message(at(d, 9, 13, 40), "王芳", "好的，谢谢"),
            Message(
                at(d, 14, 2, 11),
                "张丽",
                "因为棉纱涨价，工厂订单太多，交期需要延长到收到定金后50天，可以吗？",
            ),
            Message(at(d, 14, 30, 2), "王芳", "好的，可以"),
            Message(at(d, 14, 31, 9), "张丽", "谢谢理解！形式发票明天发给您"),
            Message(at(date(2026, 3, 9), 10, 0, 0), "张丽", "", attachment="SR-PI-260309.pdf"),
        ],
    )
    write_text(folder / "order.toml", order_toml(order))
    save_key(
        folder,
        [
            key_entry("lead_time", "chat_only"),
            key_entry("payment.deposit", "undocumented_change"),
            key_entry(
                "payment.balance",
                "undocumented_change",
                note="the balance share changes with the deposit",
            ),
        ],
        "WeChat in Chinese: lead time 40 -> 50 days ok-ed by the buyer's QC (好的，可以); the PI also raises the deposit from 30% to 50%, never discussed.",
    )


LUMIERE = Company(
    name="Maison Lumière SARL",
    name_zh="光之家",
    address="14 rue des Tanneurs, 69002 Lyon, France",
    phone="+33 4 72 10 55 80",
    email="claire@maisonlumiere.example",
    contact="Claire Dubois",
    country="FR",
    aliases=("Claire",),
)
LIANHE = Company(
    name="Guangzhou Lianhe Lighting Co., Ltd.",
    name_zh="广州联合照明有限公司",
    address="No. 12 Shixi Road, Baiyun District, Guangzhou, Guangdong, China",
    phone="+86 20 3622 7788",
    email="david@lianhe-lighting.example",
    contact="David Huang",
    aliases=("David", "Lianhe Lighting"),
)


def led_lamps_inspection(folder: Path) -> None:
    """Trade Assurance order: the supplier mails a delay nobody accepts; the inspection fails -> HOLD."""
    rng = random.Random(606)
    order = Order(
        order_id="ML-2026-009",
        product="LED desk lamps",
        product_zh="LED台灯",
        buyer=LUMIERE,
        supplier=LIANHE,
        bank=bank_of(
            LIANHE,
            "AGRICULTURAL BANK OF CHINA GUANGZHOU BAIYUN BRANCH",
            "36 Jichang Road, Guangzhou, China",
            "ABOCCNBJ440",
            "44050101040012345",
        ),
        items=[
            Item(
                "DL-12",
                "LED desk lamp 12W dimmable",
                "LED台灯12W可调光",
                1200,
                "8.90",
                material="ALUMINIUM",
                dims=("160", "160", "420"),
                dims_tol="2",
                weight="980",
                weight_tol="20",
                color="RAL 9005",
                finish="MATT_POWDER",
                certs=("CE", "ROHS"),
                inner="COLOR_BOX",
                carton_qty=8,
                carton_cm=("52", "36", "48"),
            ),
            Item(
                "DL-18",
                "LED floor lamp 18W",
                "LED落地灯18W",
                400,
                "21.50",
                material="ALUMINIUM",
                dims=("280", "280", "1550"),
                dims_tol="5",
                weight="3200",
                weight_tol="50",
                color="RAL 9005",
                finish="MATT_POWDER",
                certs=("CE", "ROHS"),
                inner="COLOR_BOX",
                carton_qty=2,
                carton_cm=("160", "32", "32"),
            ),
        ],
        terms=Terms(
            currency="USD",
            incoterm="FOB",
            place="Shenzhen",
            deposit=30,
            lead_min=45,
            lead_max=45,
            warranty_months=24,
        ),
        pi_no="LH-PI-26-0309",
        quote_no="LH-QT-26-0222",
        quote_date=date(2026, 2, 22),
        spec_date=date(2026, 2, 24),  # the PO's spec names the accepted quote
        pi_date=date(2026, 3, 9),
    )
    write_spec(order, folder / "spec" / "ML-009 lamp spec.pdf", rng, names_quote=True)
    write_quote(order, folder / "quotes" / "Lianhe quotation LH-QT-26-0222.pdf", rng)
    write_pi(order, folder / "pi" / "LH-PI-26-0309.pdf", rng, layout=3, show={"material", "certs"})
    late = order.copy()
    late.terms.lead_min = late.terms.lead_max = 60
    write_pi(
        late,
        folder / "pi" / "LH-PI-26-0309 V2.pdf",
        rng,
        layout=3,
        show={"material", "certs"},
        pi_no="LH-PI-26-0309 V2",
        pi_date=date(2026, 4, 8),
        remarks=["Remark: delivery time updated because of LED driver shortage."],
    )
    write_text(
        folder / "chat" / "Production delay DL-12.eml",
        supplier_mail(
            late,
            when="Wed, 08 Apr 2026 16:12:40 +0800",
            subject="Re: ML-2026-009 production schedule",
            msg_id="20260408081240.4711",
            body="Dear Claire,\n\nSorry for the bad news: the LED driver supplier delayed our chips, so we need to postpone the\n"
            "shipment. New delivery time is 60 days after deposit, please see the updated PI V2 attached.\n\n"
            "Thanks for your understanding.\n\nBest regards,\nDavid Huang\nGuangzhou Lianhe Lighting Co., Ltd.\nTel: +86 20 3622 7788",
        ),
    )
    write_inspection(
        order,
        folder / "inspection" / "PSI ML-2026-009 QC Partners.pdf",
        when=date(2026, 5, 20),
        result="Failed",
        defects=[
            ("Dimmer does not reach 10 % brightness", "Major", 7),
            ("Loose base screw", "Major", 3),
            ("Scratch on arm", "Minor", 6),
        ],
    )
    write_text(
        folder / "order.toml",
        order_toml(order, trade_assurance=True, release={"inspection": "passed"}),
    )
    # The failed report leaves order.toml's [release] inspection = "passed" unmet: a checklist line and
    # a HOLD, not a finding (contract section 3, clarified 2026-12-05), so no inspection entry.
    save_key(
        folder,
        [key_entry("lead_time", "undocumented_change")],
        "Trade Assurance order: PI V2 stretches delivery 45 -> 60 days after an e-mail the buyer never accepted; the "
        "pre-shipment inspection FAILED while order.toml requires a pass (unmet release condition: HOLD, no finding).",
        release_unmet=True,
    )


SAMPLES: dict[str, Callable[[Path], None]] = {
    "silicone-utensils-clean": silicone_clean,
    "steel-bottles-bank-change": bottles_bank_change,
    "lunch-boxes-material-downgrade": lunch_boxes_downgrade,
    "tote-bags-change-order-and-chat": tote_bags_changes,
    "cotton-towels-wechat": towels_wechat,
    "led-lamps-inspection-failed": led_lamps_inspection,
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    for name, build in SAMPLES.items():
        folder = out / name
        if folder.exists():
            shutil.rmtree(folder)
        build(folder)
        print(f"wrote {folder}")
    write_versions(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

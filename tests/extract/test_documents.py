"""Extraction on whole documents built from blocks: PI lines, line-item tables, spec tables,
change documents, noise that must not become terms."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import OrderConfig
from pipeline.extract import EXTRACTORS, extract_document
from pipeline.extract.bank_details import BANK_FIELDS
from pipeline.model import FIELDS, MEASURED_RULE, Block, Document, Extraction

CONFIG = OrderConfig(order_id="PO-1")


def lines_doc(path: str, role: str, lines: list[str], *, kind: str = "line") -> Document:
    page = 1 if kind == "line" else None
    blocks = tuple(Block(kind, text, page=page, line=i) for i, text in enumerate(lines, 1))  # type: ignore[arg-type]
    return Document(path, "pdf" if kind == "line" else "docx", role, "read", blocks)  # type: ignore[arg-type]


def table_blocks(
    rows: list[list[str]], *, table: int = 1, page: int | None = 1
) -> tuple[Block, ...]:
    return tuple(
        Block("cell", text, page=page, table=table, row=r, col=c)
        for r, row in enumerate(rows, 1)
        for c, text in enumerate(row, 1)
    )


def values(extraction: Extraction, field: str, item: str | None = "any") -> list[Any]:
    return [
        t.value for t in extraction.terms if t.field == field and (item == "any" or t.item == item)
    ]


PI_LINES = [
    "PROFORMA INVOICE",
    "PI No.: PI-2291-R1    Date: 2026-03-12",
    "Tel: +86 574 8765 4321   Fax: +86 574 8765 4322",
    "Add: No. 88 Jiangnan Road, Ningbo 315000",
    "TB-500  Stainless steel water bottle 500ml, black   5,000 pcs   US$1.85/pc   US$9,250.00",
    "Material: 201 S/S",
    "Color: Pantone 186C",
    "Price term: FOB Ningbo port",
    "Payment: T/T 30% deposit, 70% balance against copy of B/L",
    "Lead time: 35-40 days after deposit",
    "Validity: 30 days",
    "MOQ: 1000 pcs",
    "Packing: 24pcs/ctn, OPP bag, carton size 52x38x30cm",
    "Logo: laser engraving",
    "Certificates: LFGB, FDA",
    "Inspection: AQL 2.5, General Level II",
    "Warranty: 12 months",
    "BANK INFORMATION:",
    "Beneficiary: Ningbo Brightway Housewares Co., Ltd.",
    "Bank: Bank of China, Ningbo Branch",
    "A/C No.: 6217 0000 1234 5678",
    "SWIFT: BKCHCNBJ92A",
]


@pytest.fixture(scope="module")
def pi() -> Extraction:
    return extract_document(lines_doc("pi/PI-2291-R1.pdf", "pi", PI_LINES), CONFIG)


# fmt: off
PI_EXPECTED = [
    ("price.unit", "TB-500", {"amount": "1.85", "currency": "USD", "per": "pc"}),
    ("price.total", "TB-500", {"amount": "9250.00", "currency": "USD"}),
    ("quantity", "TB-500", {"value": 5000, "unit": "pc"}),
    ("capacity", "TB-500", {"ml": "500"}),
    ("currency", None, "USD"),
    ("material", None, "SS201"),
    ("color", None, "PANTONE 186 C"),
    ("incoterm", None, {"rule": "FOB", "place": "NINGBO"}),
    ("payment.deposit", None, {"percent": 30}),
    ("payment.balance", None, {"percent": 70, "trigger": "against_bl_copy"}),
    ("lead_time", None, {"min_days": 35, "max_days": 40, "basis": "calendar", "from": "deposit"}),
    ("packaging.carton_qty", None, 24),
    ("packaging.inner", None, "poly bag"),
    ("packaging.carton_size", None, {"mm": ["520", "380", "300"], "tolerance_mm": None}),
    ("logo", None, "laser engraving"),
    ("certification", None, "LFGB"),
    ("certification", None, "FDA"),
    ("inspection", None, {"aql": "2.5", "level": "II", "result": None}),
    ("warranty", None, {"months": 12}),
    ("bank.beneficiary", None, "NINGBO BRIGHTWAY HOUSEWARES CO LTD"),
    ("bank.name", None, "BANK OF CHINA NINGBO BRANCH"),
    ("bank.account", None, "6217000012345678"),
    ("bank.swift", None, "BKCHCNBJ92A"),
]
# fmt: on


@pytest.mark.parametrize(
    ("field", "item", "value"), PI_EXPECTED, ids=[f"{f}-{v}" for f, _, v in PI_EXPECTED]
)
def test_pi_lines(pi: Extraction, field: str, item: str | None, value: Any) -> None:
    assert value in values(pi, field, item)


def test_pi_noise_is_not_a_term(pi: Extraction) -> None:
    # validity 30 days is not a lead time; MOQ is not the quantity; Tel/Fax are not accounts;
    # the "BANK INFORMATION" heading is not a bank named INFORMATION.
    assert len(values(pi, "lead_time")) == 1
    assert values(pi, "quantity") == [{"value": 5000, "unit": "pc"}]
    assert values(pi, "bank.account") == ["6217000012345678"]
    assert "INFORMATION" not in values(pi, "bank.name")


def test_pi_date_version_and_evidence(pi: Extraction) -> None:
    assert pi.date == "2026-03-12"
    assert pi.version == "R1"
    material = next(t for t in pi.terms if t.field == "material")
    assert (material.evidence.page, material.evidence.line, material.evidence.quote) == (
        1,
        6,
        "Material: 201 S/S",
    )
    assert material.raw == "201 S/S"


def test_every_term_has_a_contract_field(pi: Extraction) -> None:
    assert {t.field for t in pi.terms} <= set(FIELDS)
    assert set(EXTRACTORS) | set(BANK_FIELDS) == set(FIELDS)


def test_line_item_table_with_bilingual_header() -> None:
    rows = [
        [
            "No.",
            "Item No.",
            "Description",
            "Material",
            "数量 Qty",
            "Unit Price (USD)",
            "Amount (USD)",
        ],
        ["1", "TB-500", "Vacuum bottle 500ml", "SS304", "3,000", "1.85", "5,550.00"],
        [
            "2",
            "TB 750",
            "Vacuum bottle 750ml, Pantone 186C",
            "201 stainless steel",
            "2,000 pcs",
            "2.10",
            "4,200.00",
        ],
        ["", "Total", "", "", "5,000", "", "9,750.00"],
    ]
    ex = extract_document(Document("pi/PI.pdf", "pdf", "pi", "read", table_blocks(rows)), CONFIG)
    assert values(ex, "material", "TB-500") == ["SS304"]
    assert values(ex, "material", "TB750") == ["SS201"]
    assert values(ex, "quantity", "TB-500") == [{"value": 3000, "unit": "pc"}]
    assert values(ex, "price.unit", "TB750") == [{"amount": "2.10", "currency": "USD", "per": "pc"}]
    assert values(ex, "price.total", None) == [{"amount": "9750.00", "currency": "USD"}]
    assert values(ex, "color", "TB750") == ["PANTONE 186 C"]
    # the totals row's quantity would apply to every item: it is not a term
    assert values(ex, "quantity", None) == []
    assert {i["item"] for i in ex.facts["items"]} == {"TB-500", "TB750"}
    term = next(t for t in ex.terms if t.field == "material" and t.item == "TB-500")
    assert (term.evidence.table, term.evidence.row, term.evidence.col) == (1, 2, 4)


def test_quotation_sheet_with_letterhead_above_the_header() -> None:
    rows = [
        ["YONGKANG HENGDA KITCHENWARE CO., LTD."],
        ["Tel: +86 579 8713 5522"],
        ["Quote No.: HD-QT-0218 Date: Feb. 18, 2026"],
        [
            "Item No.",
            "Description",
            "Material",
            "Unit Price (USD)",
            "MOQ",
            "Qty (sets)",
            "Amount (USD)",
        ],
        ["LB-800", "Lunch box 800ml", "304 S/S", "3.1", "500 pcs", "2500", "7750"],
        ["Price term: FOB Ningbo"],
        ["Validity: 30 days from the date of this quotation"],
    ]
    blocks = tuple(
        Block("cell", t, sheet="Quotation", table=1, row=r, col=c)
        for r, row in enumerate(rows, 1)
        for c, t in enumerate(row, 1)
    )
    ex = extract_document(Document("quotes/q.xlsx", "xlsx", "quote", "read", blocks), CONFIG)
    assert values(ex, "quantity") == [{"value": 2500, "unit": "set"}]  # MOQ column is noise
    assert values(ex, "price.unit", "LB-800") == [
        {"amount": "3.10", "currency": "USD", "per": "set"}
    ]
    assert values(ex, "incoterm") == [{"rule": "FOB", "place": "NINGBO"}]
    assert values(ex, "lead_time") == []
    assert ex.date == "2026-02-18"


def test_spec_sections_and_attribute_tables() -> None:
    blocks = (
        Block("paragraph", "Product Specification – Stainless steel lunch boxes", line=1),
        Block("paragraph", "LB-800 Lunch box 800ml with silicone seal", line=2),
        *table_blocks(
            [
                ["Attribute", "Requirement", "Tolerance / Note"],
                ["Item No.", "LB-800", ""],
                [
                    "Material",
                    "18/8 stainless steel (SS304)",
                    "no substitution without written approval",
                ],
                ["Weight (net)", "290 g", "±8 g"],
                ["Dimensions", "180 x 130 x 65 mm", "±1 mm"],
            ],
            page=None,
        ),
        Block("paragraph", "LB-1200 Lunch box 1200ml 2-tier", line=3),
        *table_blocks(
            [["Attribute", "Requirement"], ["Material", "SS304"], ["Weight", "410 g ±10 g"]],
            table=2,
            page=None,
        ),
        Block("paragraph", "The PI shall state the AQL 2.5 inspection clause.", line=4),
    )
    ex = extract_document(Document("spec/spec.docx", "docx", "spec", "read", blocks), CONFIG)
    # the heading's "silicone seal" is the material of a part: a set of two materials
    assert values(ex, "material", "LB-800") == ["SILICONE", "SS304"]
    assert values(ex, "weight", "LB-800") == [{"g": "290", "tolerance_g": "8"}]
    assert values(ex, "dimensions", "LB-800") == [{"mm": ["180", "130", "65"], "tolerance_mm": "1"}]
    assert values(ex, "weight", "LB-1200") == [{"g": "410", "tolerance_g": "10"}]
    # the title's "stainless steel" is no material requirement
    assert "STAINLESS_STEEL" not in values(ex, "material")
    assert ex.facts["required_on_pi"] == ["inspection"]


def test_sample_record_reads_what_the_sample_measured() -> None:
    rows = [
        ["Item", "Check", "Specified", "Measured on sample", "OK?"],
        ["LB-800", "Material", "304 S/S", "304 stainless steel (magnet test, XRF)", "OK"],
        ["LB-800", "Weight", "290 g ±8 g", "303 g", "accepted by buyer"],
        ["LB-800", "Colour", "PMS 186C", "matches colour card", ""],
        ["LB-800", "Capacity", "800 ml", "805 ml", "OK"],
    ]
    blocks = tuple(
        Block("cell", t, sheet="Sample record", table=1, row=r, col=c)
        for r, row in enumerate(rows, 1)
        for c, t in enumerate(row, 1)
    )
    ex = extract_document(Document("sample/s.xlsx", "xlsx", "sample", "read", blocks), CONFIG)
    # the specified value, then what the sample measured (marked, to be checked against it)
    assert values(ex, "weight", "LB-800") == [
        {"g": "290", "tolerance_g": "8"},
        {"g": "303", "tolerance_g": None},
    ]
    measured = [t for t in ex.terms if t.rule.endswith(MEASURED_RULE)]
    assert {t.field for t in measured} == {"weight", "capacity"}
    assert values(ex, "material", "LB-800") == ["SS304"]
    # a row marked OK is measured too: within the spec's tolerance it confirms it (compare stage)
    assert values(ex, "capacity", "LB-800") == [{"ml": "800"}, {"ml": "805"}]
    # "matches colour card" gives no value: the specified colour stands alone
    assert values(ex, "color", "LB-800") == ["PANTONE 186 C"]


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        (["Material: from SS304 to SS201"], "material", "SS201"),
        (["Change material from 304 stainless steel to 201 stainless steel"], "material", "SS201"),
        (["Lead time changed from 35 days to 45 days after deposit"], "lead_time",
         {"min_days": 45, "max_days": 45, "basis": "calendar", "from": "deposit"}),
        (["材质：由不锈钢304改为不锈钢201"], "material", "SS201"),
        (["Field: Colour", "From: Black", "To: Pantone 186C"], "color", "PANTONE 186 C"),
        (["Carton qty: 24pcs/ctn -> 30pcs/ctn"], "packaging.carton_qty", 30),
    ],
)  # fmt: skip
def test_change_documents_give_the_new_value(lines: list[str], field: str, value: Any) -> None:
    ex = extract_document(lines_doc("changes/CO-1.docx", "change", lines, kind="paragraph"), CONFIG)
    assert values(ex, field) == [value]


def test_change_from_to_table_and_approval() -> None:
    blocks = (
        Block("paragraph", "CHANGE ORDER CO-02 Rev.1", line=1),
        Block("paragraph", "Date: 14 March 2026", line=2),
        *table_blocks(
            [
                ["Field", "From", "To"],
                ["Material", "SS304", "SS201"],
                ["Colour", "Black", "Pantone 186C"],
            ],
            page=None,
        ),
        Block("paragraph", "Reason: 304 steel price went up", line=3),
        Block("paragraph", "Approved by: John Smith   Date: 2026-03-15", line=4),
    )
    ex = extract_document(Document("changes/CO-02.docx", "docx", "change", "read", blocks), CONFIG)
    assert values(ex, "material") == ["SS201"]
    assert values(ex, "color") == ["PANTONE 186 C"]
    assert ex.approval is not None and ex.approval.approved
    assert (ex.approval.by, ex.approval.date) == ("John Smith", "2026-03-15")
    assert (ex.date, ex.version) == ("2026-03-14", "R1")


@pytest.mark.parametrize(
    ("line", "approved"),
    [
        ("Approved by: ______  Date: ____", False),
        ("Approved by: Anna Keller on 2026-03-02", True),
        ("Buyer approval: Rejected", False),
        ("Status: Approved 2026-03-02", True),
        ("批准人：王芳  日期：2026年3月2日", True),
        ("Approval: pending", False),
    ],
)
def test_change_approval_blocks(line: str, approved: bool) -> None:
    doc = lines_doc(
        "changes/CO-3.docx",
        "change",
        ["CHANGE ORDER", "Material: from SS304 to SS316", line],
        kind="paragraph",
    )
    ex = extract_document(doc, CONFIG)
    assert ex.approval is not None
    assert ex.approval.approved is approved


def test_change_document_without_approval_block() -> None:
    ex = extract_document(
        lines_doc(
            "changes/CO-4.docx", "change", ["Material: from SS304 to SS201"], kind="paragraph"
        ),
        CONFIG,
    )
    assert ex.approval is not None and not ex.approval.approved


def test_chinese_pi_terms() -> None:
    lines = [
        "形式发票 PROFORMA INVOICE",
        "日期：2026年3月9日",
        "1. 价格条款：FOB青岛",
        "2. 付款方式：定金30%，尾款70%发货前付清",
        "3. 交货期：收到定金后45天",
        "4. 包装：20只/箱，五层瓦楞纸箱，外箱尺寸：60*40*45cm",
        "材质：食品级硅胶",
        "颜色：黑色",
        "收款人 Beneficiary: GAOMI SUNRISE TEXTILE CO., LTD.",
        "银行账号 A/C No.: 1541 2101 0400 1234 5",
        "SWIFT Code: ABOCCNBJ180",
    ]
    ex = extract_document(lines_doc("pi/SR-PI.pdf", "pi", lines), CONFIG)
    assert ex.date == "2026-03-09"
    assert values(ex, "incoterm") == [{"rule": "FOB", "place": "QINGDAO"}]
    assert values(ex, "payment.deposit") == [{"percent": 30}]
    assert values(ex, "payment.balance") == [{"percent": 70, "trigger": "before_shipment"}]
    assert values(ex, "lead_time") == [
        {"min_days": 45, "max_days": 45, "basis": "calendar", "from": "deposit"}
    ]
    assert values(ex, "packaging.carton_qty") == [20]
    assert values(ex, "packaging.carton_size") == [
        {"mm": ["600", "400", "450"], "tolerance_mm": None, "ply": 5}
    ]
    assert values(ex, "material") == ["SILICONE_FOOD_GRADE"]
    assert values(ex, "color") == ["BLACK"]
    assert values(ex, "bank.account") == ["15412101040012345"]


def test_invalid_swift_and_iban_are_reported() -> None:
    lines = ["SWIFT: BKCHXXBJ9", "IBAN: DE89 3704 0044 0532 0130 01"]
    ex = extract_document(lines_doc("pi/PI-x.pdf", "pi", lines), CONFIG)
    swift = next(t for t in ex.terms if t.field == "bank.swift")
    iban = next(t for t in ex.terms if t.field == "bank.account")
    assert swift.value == "BKCHXXBJ9" and len(swift.problems) == 2
    assert iban.value == "DE89370400440532013001" and "checksum" in iban.problems[0]


def test_inspection_report_facts() -> None:
    lines = [
        "PRE-SHIPMENT INSPECTION REPORT",
        "AQL: Major 2.5 / Minor 4.0, Level II",
        "Overall result: FAILED",
    ]
    ex = extract_document(lines_doc("inspection/r.pdf", "inspection", lines), CONFIG)
    assert ex.facts["inspection_result"] == "failed"
    assert {"aql": "2.5", "level": "II", "result": None} in values(ex, "inspection")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01 garbage ::: ±±± x x x",
        "US$ $ $ 1,2,3,4,5 pcs/ctn/ctn",
        "Material: " + "a" * 5000,
        "FOB FOB FOB",
        "99999999999999999999 days",
        "±" * 100,
    ],
)
def test_odd_text_never_raises(text: str) -> None:
    ex = extract_document(lines_doc("other/x.txt", "other", [text]), CONFIG)
    assert "extract_errors" not in ex.facts


def test_unreadable_document_gives_an_empty_extraction() -> None:
    doc = Document("pi/broken.pdf", "pdf", "pi", "unreadable", error="pi/broken.pdf is not a PDF.")
    assert extract_document(doc, CONFIG).terms == ()


# fmt: off
LINE_VARIANTS = [
    ("Price: US$1.85/pc FOB Ningbo", "incoterm", {"rule": "FOB", "place": "NINGBO"}),
    ("Price: US$1.85/pc FOB Ningbo", "price.unit", {"amount": "1.85", "currency": "USD", "per": "pc"}),
    ("Delivery: 35 days after deposit, FOB Shanghai", "incoterm", {"rule": "FOB", "place": "SHANGHAI"}),
    ("Material: SS304, Pantone 186C", "color", "PANTONE 186 C"),
    ("Net weight: 350g/pc", "weight", {"g": "350", "tolerance_g": None}),
    ("Packing: each in a white box, 24 boxes per carton", "packaging.carton_qty", 24),
    ("AQL: 2.5 (major), 4.0 (minor)", "inspection", {"aql": "2.5", "level": None, "result": None}),
    ("包装：1个/OPP袋，50个/箱", "packaging.inner", "poly bag"),
    ("包装：1个/OPP袋，50个/箱", "packaging.carton_qty", 50),
    ("Terms of payment: 30% T/T in advance, balance by T/T against B/L copy", "payment.balance",
     {"percent": 70, "trigger": "against_bl_copy"}),
    ("Payment term: TT 30% deposit + 70% before shipment", "payment.deposit", {"percent": 30}),
    ("Shipment: within 45 days after receipt of 30% deposit", "lead_time",
     {"min_days": 45, "max_days": 45, "basis": "calendar", "from": "deposit"}),
    ("Product size: Φ75 x H210 mm", "dimensions", {"mm": ["75", "210"], "tolerance_mm": None}),
    ("Color: navy blue & grey", "color", "NAVY"),
    ("Certificate: CE/RoHS/FCC", "certification", "ROHS"),
    ("Beneficiary's Bank: China Merchants Bank, Shenzhen Branch", "bank.name", "CHINA MERCHANTS BANK SHENZHEN BRANCH"),
    ("SWIFT/BIC: CMBCCNBS", "bank.swift", "CMBCCNBS"),
    ("交货期：30-35个工作日", "lead_time", {"min_days": 30, "max_days": 35, "basis": "working", "from": "unknown"}),
    ("材质：304不锈钢 + 食品级硅胶", "material", "SILICONE_FOOD_GRADE"),
    ("付款方式：30%定金，70%见提单副本付款", "payment.balance", {"percent": 70, "trigger": "against_bl_copy"}),
    ("颜色：黑色，潘通186C", "color", "PANTONE 186 C"),
    ("Material: PP + TPR", "material", "TPR"),
    ("材质：炻瓷", "material", "STONEWARE"),
    ("Material: 100% polyester 300D oxford", "material", "POLYESTER_300D"),
    ("Shipping term: CIF Los Angeles", "incoterm", {"rule": "CIF", "place": "LOS ANGELES"}),
    ("Price basis: FOB Shenzhen", "incoterm", {"rule": "FOB", "place": "SHENZHEN"}),
    ("交货期：确认样品后25天", "lead_time", {"min_days": 25, "max_days": 25, "basis": "calendar", "from": "sample_approval"}),
    ("Unit price: RMB 12.50 / set", "price.unit", {"amount": "12.50", "currency": "CNY", "per": "set"}),
    ("IBAN: GB82 WEST 1234 5698 7654 32", "bank.account", "GB82WEST12345698765432"),
]
LINE_NOISE = [
    "Tel: 0086-755-8888 9999", "MOQ: 500pcs per color", "Sample time: 7 days", "Price valid for 30 days",
    "Bank Address: No. 7088 Shennan Blvd, Shenzhen", "Validity: 30 days", "G.W.: 15kgs  N.W.: 13.5kgs",
    "Subtotal $ 112.00", "Quotation valid for 30 days from the date of this quotation",
    "Order PO-26091, supplier Shenzhen Jiahe Silicone Products Co., Ltd.",
    "Yongkang Hengda Stainless Steel Co Ltd", "深圳佳和硅胶制品有限公司",
]
# fmt: on


@pytest.mark.parametrize(
    ("line", "field", "value"), LINE_VARIANTS, ids=[f"{c[0]}:{c[1]}" for c in LINE_VARIANTS]
)
def test_how_suppliers_write_it(line: str, field: str, value: Any) -> None:
    ex = extract_document(lines_doc("pi/PI-v.pdf", "pi", ["PROFORMA INVOICE", line]), CONFIG)
    assert value in values(ex, field)


@pytest.mark.parametrize("line", LINE_NOISE)
def test_noise_lines_give_no_terms(line: str) -> None:
    ex = extract_document(lines_doc("pi/PI-n.pdf", "pi", ["PROFORMA INVOICE", line]), CONFIG)
    assert [t.to_json() for t in ex.terms] == []


def test_wrapped_prose_line_is_read_whole() -> None:
    lines = [
        "QUOTATION",
        "Prices above are CIF FELIXSTOWE in USD. Payment terms: T/T 30% deposit, 70% balance before shipment. Delivery",
        "time: within 35 days after receipt of deposit. This quotation is valid for 30 days.",
    ]
    ex = extract_document(lines_doc("quotes/q.pdf", "quote", lines), CONFIG)
    assert values(ex, "lead_time") == [
        {"min_days": 35, "max_days": 35, "basis": "calendar", "from": "deposit"}
    ]
    assert values(ex, "incoterm") == [{"rule": "CIF", "place": "FELIXSTOWE"}]


def test_label_at_the_end_of_a_wrapped_line_takes_the_next_line() -> None:
    lines = [
        "QUOTATION",
        "Prices above are FOB Shenzhen port in USD. Payment terms: 30% deposit, balance 70% against B/L copy. Delivery time:",
        "30 days after receiving the deposit. This quotation is valid for 30 days.",
    ]
    ex = extract_document(lines_doc("quotes/q.pdf", "quote", lines), CONFIG)
    assert values(ex, "lead_time") == [
        {"min_days": 30, "max_days": 30, "basis": "calendar", "from": "deposit"}
    ]


def test_table_running_over_two_pages_keeps_its_header() -> None:
    header = ["No.", "Item No.", "Description", "Quantity", "Unit Price (USD)", "Amount (USD)"]
    page1 = [header] + [
        [str(i), f"MG-350-C{i:02d}", "Ceramic mug 350ml", "600 pcs", "US$0.88", "US$528.00"]
        for i in range(1, 3)
    ]
    blocks = table_blocks(page1, page=1) + tuple(
        Block("cell", t, page=2, table=1, row=4, col=c)
        for c, t in enumerate(
            ["3", "MG-350-C03", "Ceramic mug 350ml", "600 pcs", "US$0.95", "US$570.00"], 1
        )
    )
    ex = extract_document(Document("pi/PI.pdf", "pdf", "pi", "read", blocks), CONFIG)
    assert values(ex, "price.unit", "MG-350-C03") == [
        {"amount": "0.95", "currency": "USD", "per": "pc"}
    ]


def test_markdown_spec_sections_and_item_lines_without_a_table() -> None:
    spec = [
        "# Spec sheet – Vacuum bottles", "## Item TB-500", "- Material: SS304", "- Colour: black",
        "## Item TB-750", "- Material: SS316", "## Packing", "- 24 pcs per carton",
    ]  # fmt: skip
    ex = extract_document(lines_doc("spec/spec.md", "spec", spec), CONFIG)
    assert values(ex, "material", "TB-500") == ["SS304"]
    assert values(ex, "material", "TB-750") == ["SS316"]
    assert values(ex, "packaging.carton_qty", None) == [24]  # "## Packing" ends the item's section
    pi = [
        "PROFORMA INVOICE",
        "1. TB-500 Vacuum bottle 500ml 3,000 pcs USD 1.85 USD 5,550.00",
        "   stainless steel 201, black powder coated",
    ]
    ex = extract_document(lines_doc("pi/PI-77.pdf", "pi", pi), CONFIG)
    assert values(ex, "price.unit", "TB-500") == [
        {"amount": "1.85", "currency": "USD", "per": "pc"}
    ]
    assert values(ex, "price.total", "TB-500") == [{"amount": "5550.00", "currency": "USD"}]
    assert values(ex, "material", "TB-500") == ["SS201"]  # the wrapped second line of the item


def test_price_cell_with_its_unit_under_a_currency_header() -> None:
    rows = [
        ["Model", "Description", "FOB Price (USD)", "MOQ"],
        ["TB-500", "Vacuum bottle 500ml", "1.85/pc", "1000"],
    ]
    ex = extract_document(
        Document("quotes/q.xlsx", "xlsx", "quote", "read", table_blocks(rows, page=None)), CONFIG
    )
    assert values(ex, "price.unit", "TB-500") == [
        {"amount": "1.85", "currency": "USD", "per": "pc"}
    ]
    assert values(ex, "quantity") == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("0123456789 .,:/x*%$¥€±-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz材质交期天定金尾款箱只\n")), max_size=80),
        min_size=1, max_size=6,
    ),
    st.sampled_from(["pi", "spec", "change", "chat", "inspection"]),
)  # fmt: skip
def test_random_supplier_text_never_breaks_extraction(lines: list[str], role: str) -> None:
    kind = "message" if role == "chat" else "line"
    blocks = tuple(
        Block(
            kind,
            text,
            page=1 if kind == "line" else None,
            line=i,
            timestamp="2026-03-01T09:00:00" if kind == "message" else None,
            sender="x",
        )  # type: ignore[arg-type]
        for i, text in enumerate(lines, 1)
    )
    ex = extract_document(Document("x/doc.txt", "text", role, "read", blocks), CONFIG)  # type: ignore[arg-type]
    assert "extract_errors" not in ex.facts, ex.facts.get("extract_errors")
    assert {t.field for t in ex.terms} <= set(FIELDS)


@pytest.mark.parametrize(
    ("line", "materials"),
    [
        ("BM-40 Silicone baking mat 40x30cm 2,000 pcs USD 2.45 USD 4,900.00", []),
        ("TB-500 Stainless steel bottle 3,000 pcs USD 1.85 USD 5,550.00", []),
        ("TB-501 201 stainless steel bottle 3,000 pcs USD 1.85 USD 5,550.00", ["SS201"]),
        (
            "SP-28 Silicone spatula, LFGB food grade silicone 4,000 pcs USD 1.32 USD 5,280.00",
            ["SILICONE_FOOD_GRADE"],
        ),
    ],
)
def test_the_family_word_of_a_product_name_states_no_grade(line: str, materials: list[str]) -> None:
    ex = extract_document(lines_doc("pi/PI-m.pdf", "pi", ["PROFORMA INVOICE", line]), CONFIG)
    assert values(ex, "material") == materials


def test_key_value_pi_scopes_each_item_block_and_ends_at_the_total() -> None:
    """Regression (held-out corpus seed 7, case 096): 'Item 1: SP-28' opened no item, so the
    second item's size was read as the first item's."""
    doc = lines_doc(
        "pi/PI20260096.pdf",
        "pi",
        [
            "PROFORMA INVOICE",
            "Item 1: SP-28",
            "Description: Silicone spatula 28cm, food grade silicone",
            "Quantity: 8000 pcs",
            "Unit price: US$1.32/pc",
            "Item 2: BM-40",
            "Description: Silicone baking mat 40x30cm, LFGB food grade silicone",
            "Quantity: 4,000PCS",
            "Unit price: US$2.45/pc",
            "Total amount: US$20,360.00",
            "TERMS AND CONDITIONS:",
            "Packing: 5-ply export carton",
        ],
    )
    extraction = extract_document(doc, OrderConfig(order_id="PO-26096"))
    assert values(extraction, "dimensions", "BM-40") == [
        {"mm": ["400", "300"], "tolerance_mm": None}
    ]
    assert values(extraction, "dimensions", "SP-28") == []
    assert values(extraction, "quantity", "SP-28") == [{"value": 8000, "unit": "pc"}]
    assert values(extraction, "price.total", None) == [{"amount": "20360.00", "currency": "USD"}]

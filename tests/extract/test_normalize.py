"""Table-driven normalisation tests: text in, normalised value out, English and Chinese."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from pipeline.extract import bank_identifiers as bank_ids
from pipeline.extract import normalize as n

# fmt: off
MONEY = [
    ("US$1.85/pc", ("1.85", "USD", "pc")),
    ("USD 1,850.00", ("1850.00", "USD", None)),
    ("1.85USD/pc", ("1.85", "USD", "pc")),
    ("$1.85", ("1.85", "USD", None)),
    ("RMB 12.5", ("12.50", "CNY", None)),
    ("¥12.5", ("12.50", "CNY", None)),
    ("￥12.5/只", ("12.50", "CNY", "pc")),
    ("EUR 1.850,00", ("1850.00", "EUR", None)),
    ("€2,40 per piece", ("2.40", "EUR", "pc")),
    ("USD 3.20/set", ("3.20", "USD", "set")),
    ("US$ 0.85 per pair", ("0.85", "USD", "pair")),
    ("USD 9.60/dozen", ("9.60", "USD", "dozen")),
    ("12.5元/个", ("12.50", "CNY", "pc")),
    ("单价 8.8元/套", ("8.80", "CNY", "set")),
    ("GBP 4.10 each", ("4.10", "GBP", "pc")),
    ("HK$15.00", ("15.00", "HKD", None)),
    ("2.35 USD per unit", ("2.35", "USD", "pc")),
    ("US$0.125/pc", ("0.125", "USD", "pc")),
    ("USD 1 850.00", ("1850.00", "USD", None)),
    ("3.95美元/条", ("3.95", "USD", None)),
]

NUMBERS = [
    ("1,850.00", "1850.00"), ("1.850,00", "1850.00"), ("12,5", "12.5"), ("5000", "5000"),
    ("0,118", "0.118"),
    ("1,000,000", "1000000"), ("0.85", "0.85"), ("1.234.567", "1234567"), ("3,5", "3.5"),
]

QUANTITIES = [
    ("5,000 pcs", [(5000, "pc")]),
    ("5k pcs", [(5000, "pc")]),
    ("5K pcs", [(5000, "pc")]),
    ("3000只", [(3000, "pc")]),
    ("1万个", [(10000, "pc")]),
    ("5千只", [(5000, "pc")]),
    ("200 ctns x 24 pcs", [(4800, "pc")]),
    ("200 cartons × 24 pieces", [(4800, "pc")]),
    ("1,200 sets", [(1200, "set")]),
    ("500 pairs", [(500, "pair")]),
    ("Order: 2000 pcs, MOQ 500 pcs", [(2000, "pc")]),
    ("24pcs/ctn", []),
    ("24 pcs per carton", []),
    ("Tel: +86 574 8765 4321", []),
    ("MOQ: 1000 pcs", []),
    ("125 ctns", []),
    ("数量：5000套", [(5000, "set")]),
    ("6000 pcs", [(6000, "pc")]),
]

CARTON_QTY = [
    ("24pcs/ctn", 24), ("24 pcs per carton", 24), ("25只/箱", 25), ("200 ctns x 24 pcs", 24),
    ("每箱24只", 24), ("Packing: 30 pcs / carton", 30), ("12 sets per master carton", 12),
    ("48pcs/export carton", 48), ("20 pcs in one carton", 20),
]

DIMENSIONS: list[tuple[str, bool, Any]] = [
    ("52x38x30cm", False, (["520", "380", "300"], None)),
    ("52*38*30 cm", False, (["520", "380", "300"], None)),
    ("L52*W38*H30 cm", False, (["520", "380", "300"], None)),
    ("L52xW38xH30cm", False, (["520", "380", "300"], None)),
    ("20.5 x 15 in", False, (["521", "381"], None)),
    ("Ø80mm", False, (["80"], None)),
    ("180 x 130 x 65 mm ±1 mm", False, (["180", "130", "65"], "1")),
    ("700*1400mm ±20 mm", False, (["700", "1400"], "20")),
    ("52×38×30cm", False, (["520", "380", "300"], None)),
    ("10 x 8 inch", False, (["254", "203"], None)),
    ("250mm ±0.5mm", True, (["250"], "0.5")),
    ("25 cm", True, (["250"], None)),
    ("25 cm", False, None),
    ("尺寸：52*38*30厘米", False, (["520", "380", "300"], None)),
    ("60*40*45cm", False, (["600", "400", "450"], None)),
    ("Dia. 7.5 cm", False, (["75"], None)),
    ("200 ctns x 24 pcs", False, None),
    ("L 58 x W 40 x H 36 cm", False, (["580", "400", "360"], None)),
    ("12\" x 10\"", False, (["305", "254"], None)),
    ("1.2 x 0.8 m", False, (["1200", "800"], None)),
]

WEIGHTS: list[tuple[str, Any]] = [
    ("350g", {"g": "350", "tolerance_g": None}),
    ("0.35 kg", {"g": "350", "tolerance_g": None}),
    ("1.2 lbs", {"g": "544.3", "tolerance_g": None}),
    ("290 g ±8 g", {"g": "290", "tolerance_g": "8"}),
    ("500克", {"g": "500", "tolerance_g": None}),
    ("1.5公斤", {"g": "1500", "tolerance_g": None}),
    ("2 kgs", {"g": "2000", "tolerance_g": None}),
    ("500gsm", None),
    ("12.5 kgs/ctn", None),
]

CAPACITIES: list[tuple[str, Any]] = [
    ("500ml", "500"), ("500 mL", "500"), ("0.5 L", "500"), ("1.5L", "1500"), ("17 oz", "502.8"),
    ("16 fl oz", "473.2"), ("500毫升", "500"), ("1升", "1000"), ("750ML", "750"), ("2 litres", "2000"),
    ("Volume: 1.2 CBM", None),
]

LEAD_TIMES: list[tuple[str, Any]] = [
    ("35 days after deposit", (35, 35, "calendar", "deposit")),
    ("30-35 days", (30, 35, "calendar", "unknown")),
    ("6-7 weeks", (42, 49, "calendar", "unknown")),
    ("45 working days", (45, 45, "working", "unknown")),
    ("交期35天", (35, 35, "calendar", "unknown")),
    ("收到定金后35天", (35, 35, "calendar", "deposit")),
    ("35个工作日", (35, 35, "working", "unknown")),
    ("40-45 days after receipt of deposit", (40, 45, "calendar", "deposit")),
    ("25 days after sample approval", (25, 25, "calendar", "sample_approval")),
    ("within 30 days after order confirmation", (30, 30, "calendar", "order")),
    ("4 weeks", (28, 28, "calendar", "unknown")),
    ("30~35天", (30, 35, "calendar", "unknown")),
    ("2 months", (60, 60, "calendar", "unknown")),
    ("35 to 40 business days from deposit", (35, 40, "working", "deposit")),
    ("样品确认后25天", (25, 25, "calendar", "sample_approval")),
    ("交期四十五天", (45, 45, "calendar", "unknown")),
    ("交期二十到二十五天", (20, 25, "calendar", "unknown")),
    ("收到定金后三十五个工作日", (35, 35, "working", "deposit")),
    ("交期一个月", (30, 30, "calendar", "unknown")),
    ("no number here", None),
]

PAYMENTS: list[tuple[str, Any, Any]] = [
    ("T/T 30% deposit, 70% balance before shipment", 30, (70, "before_shipment")),
    ("30% deposit, balance 70% against B/L copy", 30, (70, "against_bl_copy")),
    ("T/T 30% deposit, 70% against copy of B/L", 30, (70, "against_bl_copy")),
    ("定金30%，尾款70%发货前付清", 30, (70, "before_shipment")),
    ("定金50%，尾款50%发货前付清", 50, (50, "before_shipment")),
    ("L/C at sight", 0, (100, "lc_at_sight")),
    ("100% T/T before shipment", 0, (100, "before_shipment")),
    ("40% deposit, balance after inspection", 40, (60, "after_inspection")),
    ("T/T 30/70", 30, (70, "unknown")),
    ("50% down payment, 50% balance on delivery", 50, (50, "on_delivery")),
    ("deposit 30%, balance before loading", 30, (70, "before_shipment")),
    ("30% T/T in advance, balance against copy of B/L", 30, (70, "against_bl_copy")),
    ("预付30%，余款见提单副本付清", 30, (70, "against_bl_copy")),
    ("Quotation valid for 30 days", None, None),
]

INCOTERMS: list[tuple[str, Any]] = [
    ("FOB NINGBO", ("FOB", "NINGBO")),
    ("FOB Ningbo port", ("FOB", "NINGBO")),
    ("FOB Ningbo, China", ("FOB", "NINGBO")),
    ("EXW factory", ("EXW", "FACTORY")),
    ("EXW our factory", ("EXW", "FACTORY")),
    ("FOB SZ", ("FOB", "SHENZHEN")),
    ("CIF LA", ("CIF", "LOS ANGELES")),
    ("DDP", ("DDP", None)),
    ("FOB宁波", ("FOB", "NINGBO")),
    ("FOB 青岛", ("FOB", "QINGDAO")),
    ("C&F Hamburg", ("CFR", "HAMBURG")),
    ("FOB Xiamen port (Incoterms 2020)", ("FOB", "XIAMEN")),
    ("CIF Rotterdam", ("CIF", "ROTTERDAM")),
    ("FCA Shanghai", ("FCA", "SHANGHAI")),
    ("DDU Felixstowe", ("DAP", "FELIXSTOWE")),
    ("FOB price", ("FOB", None)),
    ("Ex Works (factory)", ("EXW", "FACTORY")),
    ("EX-WORKS Ningbo", ("EXW", "NINGBO")),
    ("Free On Board Ningbo port", ("FOB", "NINGBO")),
    ("Cost, Insurance and Freight Hamburg", ("CIF", "HAMBURG")),
    ("工厂交货", ("EXW", None)),
]

PLACES = [
    ("Ningbo port", "NINGBO"), ("Ningbo, China", "NINGBO"), ("SZ", "SHENZHEN"), ("宁波", "NINGBO"),
    ("Shanghai", "SHANGHAI"), ("our factory", "FACTORY"), ("Yantian", "SHENZHEN"), ("Xiamen Port", "XIAMEN"),
]

COLOR_CODES: list[tuple[str, bool, list[str]]] = [
    ("PMS 186C", False, ["PANTONE 186 C"]),
    ("Pantone 186 C", False, ["PANTONE 186 C"]),
    ("pantone 186c", False, ["PANTONE 186 C"]),
    ("PMS 11-0601TCX", False, ["PANTONE 11-0601 TCX"]),
    ("RAL 9005", False, ["RAL 9005"]),
    ("RAL9005", False, ["RAL 9005"]),
    ("186C", True, ["PANTONE 186 C"]),
    ("186C", False, []),
    ("Pantone 2945 U", False, ["PANTONE 2945 U"]),
    ("潘通 186C", False, ["PANTONE 186 C"]),
]

INSPECTIONS: list[tuple[str, bool, Any]] = [
    ("AQL 2.5, General Inspection Level II", False, ("2.5", "II", None)),
    ("AQL 2.5 / 4.0, General Inspection Level II", False, ("2.5", "II", None)),
    ("Major 2.5, Minor 4.0, Level II", False, ("2.5", "II", None)),
    ("Result: PASSED", True, (None, None, "passed")),
    ("Overall result: Fail", True, (None, None, "failed")),
    ("Conclusion: Pending", True, (None, None, "pending")),
    ("检验结果：合格", True, (None, None, "passed")),
    ("检验结果：不合格", True, (None, None, "failed")),
    ("AQL 1.5 level III", False, ("1.5", "III", None)),
    ("third party inspection by SGS before shipment, AQL II 2.5/4.0", False, ("2.5", "II", None)),
]

WARRANTIES = [
    ("12 months warranty", 12), ("Warranty: 1 year", 12), ("质保一年", 12), ("2 years guarantee", 24),
    ("保修12个月", 12), ("warranty: 18 months", 18),
]

SWIFTS: list[tuple[str, bool]] = [
    ("BKCHCNBJ92A", True), ("BKCHCNBJ", True), ("ICBKCNBJZJP", True), ("HSBCHKHH", True),
    ("ABOCCNBJ180", True), ("BKCHCNBJ9", False), ("BKCHXXBJ", False), ("BKCH1NBJ", False),
    ("DEUTDEFF", True), ("DEUTDEFF500", True),
]

ACCOUNTS: list[tuple[str, Any]] = [
    ("6217 0000 1234 5678", ("6217000012345678", True)),
    ("808-123456-838", ("808123456838", True)),
    ("1541 2101 0400 1234 5", ("15412101040012345", True)),
    ("DE89 3704 0044 0532 0130 00", ("DE89370400440532013000", True)),
    ("DE89 3704 0044 0532 0130 01", ("DE89370400440532013001", False)),
    ("GB82 WEST 1234 5698 7654 32", ("GB82WEST12345698765432", True)),
    ("GB82 WEST 1234 5698 7654 33", ("GB82WEST12345698765433", False)),
    ("12345", None),
    ("see attached", None),
]

COMPANIES = [
    ("Ningbo Brightway Housewares Co., Ltd.", "NINGBO BRIGHTWAY HOUSEWARES CO LTD"),
    ("NINGBO BRIGHTWAY HOUSEWARES CO.,LTD", "NINGBO BRIGHTWAY HOUSEWARES CO LTD"),
    ("Brightway Trading (HK) Limited", "BRIGHTWAY TRADING HK LTD"),
    ("Yongkang Hengda Kitchenware Company Limited", "YONGKANG HENGDA KITCHENWARE CO LTD"),
]

DATES = [
    ("Date: 2026-03-12", "2026-03-12"), ("12/03/2026", "2026-03-12"), ("03/25/2026", "2026-03-25"),
    ("12-Mar-2026", "2026-03-12"), ("March 12, 2026", "2026-03-12"), ("Mar. 09, 2026", "2026-03-09"),
    ("2026年3月12日", "2026-03-12"), ("2026/3/5", "2026-03-05"), ("14 March 2026", "2026-03-14"),
    ("no date", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), MONEY, ids=[c[0] for c in MONEY])
def test_money(text: str, expected: tuple[str, str, str | None]) -> None:
    money = n.find_money(text)[0]
    assert (money.text, money.currency, money.per) == expected


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: str) -> None:
    assert n.parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), QUANTITIES, ids=[c[0] for c in QUANTITIES])
def test_quantities(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(q.value, q.unit) for q in n.find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CARTON_QTY, ids=[c[0] for c in CARTON_QTY])
def test_carton_qty(text: str, expected: int) -> None:
    assert n.find_carton_qty(text)[0][0] == expected


@pytest.mark.parametrize(("text", "single", "expected"), DIMENSIONS, ids=[c[0] for c in DIMENSIONS])
def test_dimensions(text: str, single: bool, expected: Any) -> None:
    found = n.find_dimensions(text, single=single)
    if expected is None:
        assert found == []
    else:
        assert (list(found[0].mm), found[0].tolerance_mm) == expected


@pytest.mark.parametrize(("text", "expected"), WEIGHTS, ids=[c[0] for c in WEIGHTS])
def test_weights(text: str, expected: Any) -> None:
    found = n.find_weights(text)
    assert (found[0][0] if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), CAPACITIES, ids=[c[0] for c in CAPACITIES])
def test_capacities(text: str, expected: str | None) -> None:
    found = n.find_capacities(text)
    assert (found[0][0]["ml"] if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), LEAD_TIMES, ids=[c[0] for c in LEAD_TIMES])
def test_lead_times(text: str, expected: Any) -> None:
    parsed = n.parse_lead_time(text)
    if expected is None:
        assert parsed is None
    else:
        assert parsed is not None
        v = parsed[0]
        assert (v["min_days"], v["max_days"], v["basis"], v["from"]) == expected


@pytest.mark.parametrize(("text", "deposit", "balance"), PAYMENTS, ids=[c[0] for c in PAYMENTS])
def test_payment(text: str, deposit: Any, balance: Any) -> None:
    parsed = n.parse_payment(text)
    assert parsed.get("payment.deposit") == ({"percent": deposit} if deposit is not None else None)
    if balance is not None:
        balance_value = dict(parsed["payment.balance"])
        rest = balance_value.pop("rest", False)
        assert balance_value == {"percent": balance[0], "trigger": balance[1]}
        # the share is marked as the rest of the deposit exactly when the text writes no share
        assert rest == (text.count("%") == 1 and deposit not in (0, None))


@pytest.mark.parametrize(("text", "expected"), INCOTERMS, ids=[c[0] for c in INCOTERMS])
def test_incoterms(text: str, expected: tuple[str, str | None]) -> None:
    value = n.find_incoterms(text)[0][0]
    assert (value["rule"], value["place"]) == expected


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text: str, expected: str) -> None:
    assert n.normalise_place(text) == expected


@pytest.mark.parametrize(
    ("text", "bare", "expected"), COLOR_CODES, ids=[f"{c[0]}-{c[1]}" for c in COLOR_CODES]
)
def test_color_codes(text: str, bare: bool, expected: list[str]) -> None:
    assert [c[0] for c in n.find_color_codes(text, bare=bare)] == expected


@pytest.mark.parametrize(
    ("text", "with_result", "expected"), INSPECTIONS, ids=[c[0] for c in INSPECTIONS]
)
def test_inspection(text: str, with_result: bool, expected: Any) -> None:
    value = n.parse_inspection(text, with_result=with_result)
    assert value is not None
    assert (value["aql"], value["level"], value["result"]) == expected


@pytest.mark.parametrize(("text", "months"), WARRANTIES)
def test_warranty(text: str, months: int) -> None:
    parsed = n.parse_warranty(text)
    assert parsed is not None and parsed[0] == {"months": months}


@pytest.mark.parametrize(("code", "valid"), SWIFTS)
def test_swift(code: str, valid: bool) -> None:
    assert (bank_ids.check_swift(code) == ()) is valid


@pytest.mark.parametrize(("text", "expected"), ACCOUNTS, ids=[c[0] for c in ACCOUNTS])
def test_accounts(text: str, expected: Any) -> None:
    parsed = bank_ids.normalise_account(text)
    if expected is None:
        assert parsed is None
    else:
        assert parsed is not None
        assert (parsed[0], parsed[1] == ()) == expected


@pytest.mark.parametrize(("text", "expected"), COMPANIES)
def test_company_names(text: str, expected: str) -> None:
    assert bank_ids.normalise_company(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: str | None) -> None:
    found = n.find_date(text)
    assert (found[0] if found else None) == expected


def test_pint_converts_inches_exactly() -> None:
    assert n.convert(Decimal("20.5"), "inch", "millimeter") == Decimal("520.70")

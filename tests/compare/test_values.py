"""One comparator per value shape (docs/architecture.md "Normalised values")."""

from __future__ import annotations

import pytest

from pipeline.compare.policy import Tolerance
from pipeline.compare.values import COMPARATORS, compare_values, display_value
from pipeline.model import FIELDS
from tests.compare.conftest import aql, deposit, dims, incoterm, lead, money, qty

EXACT = Tolerance()

# fmt: off
CASES = [
    ("price.unit", money("1.85"), money("1.850"), True),
    ("price.unit", money("1.85"), money("1.85", "EUR"), False),
    # a set is the unit the order counts in ("USD 9.80 / set", quantity "600 sets"): per set = per piece
    ("price.unit", money("1.85"), money("1.85", per="set"), True),
    ("price.total", money("9250.00", per=None), money("9250", per=None), True),
    ("currency", "USD", "usd", True),
    ("quantity", qty(5000), qty(5000), True),
    ("quantity", qty(5000), qty(5000, "ctn"), False),
    ("incoterm", incoterm("FOB", "NINGBO"), incoterm("FOB", "NINGBO"), True),
    ("incoterm", incoterm("FOB", "NINGBO"), incoterm("EXW", "NINGBO"), False),
    # the named port of FOB is compared as port.loading (one change, one finding)
    ("incoterm", incoterm("FOB", "NINGBO"), incoterm("FOB", "SHANGHAI"), True),
    ("incoterm", incoterm("CIF", "HAMBURG"), incoterm("CIF", "ROTTERDAM"), False),
    ("incoterm", incoterm("FOB", "NINGBO"), incoterm("FOB", None), True),
    ("port.loading", "NINGBO", "Ningbo", True),
    ("payment.deposit", deposit(30), deposit(30.0), True),
    ("payment.deposit", deposit(30), deposit(50), False),
    ("payment.balance", {"percent": 70, "trigger": "before_shipment"}, {"percent": 70, "trigger": "against_bl_copy"}, False),
    ("payment.balance", {"percent": 70, "trigger": "before_shipment"}, {"percent": 70, "trigger": "unknown"}, True),
    ("lead_time", lead(30, 35), lead(30, 35), True),
    ("lead_time", lead(30, 35), lead(30, 45), False),
    ("lead_time", lead(30, 35), lead(25, 25, "working"), True),        # 25 working days = 35 calendar
    ("lead_time", lead(30, 35), lead(30, 35, start="sample_approval"), True),   # same days, start named otherwise
    ("lead_time", lead(30, 35), lead(40, 45, start="sample_approval"), False),
    ("material", "SS304", "SS304", True),
    ("material", "SS304", "SS201", False),
    ("material", "SS304", "STAINLESS_STEEL", True),                    # grade-less family name
    ("material", "SS304", "SILICONE", False),
    ("dimensions", dims("520", "380", "300", tol="2"), dims("521", "380", "299"), True),
    ("dimensions", dims("520", "380", "300"), dims("380", "520", "300"), True),   # other order
    ("dimensions", dims("520", "380", "300"), dims("520", "380"), True),     # fewer measures, each one of the baseline's
    ("dimensions", dims("520", "380", "300"), dims("520", "400"), False),
    ("dimensions", dims("520", "380", "300"), dims("520"), False),          # one of three says too little
    ("packaging.carton_size", dims("520", "380", "300"), dims("520", "380", "310"), False),
    ("weight", {"g": "350", "tolerance_g": "10"}, {"g": "358", "tolerance_g": None}, True),
    ("weight", {"g": "350", "tolerance_g": None}, {"g": "358", "tolerance_g": None}, False),
    ("capacity", {"ml": "500"}, {"ml": "500.0"}, True),
    ("color", "PANTONE 186 C", "pantone  186 c", True),
    ("finish", "brushed", "polished", False),
    ("certification", "LFGB", "LFGB", True),
    ("logo", "laser engraving", "silk screen", False),
    ("packaging.inner", "opp bag", "OPP BAG", True),
    ("packaging.carton_qty", 24, 24, True),
    ("packaging.carton_qty", 24, 30, False),
    ("packaging.label", "fnsku barcode", "fnsku barcode", True),
    ("inspection", aql(), aql(result="passed"), True),
    ("inspection", aql(), aql(value="4.0"), False),
    ("warranty", {"months": 12}, {"months": 12}, True),
    ("bank.beneficiary", "NINGBO BRIGHTWAY HOUSEWARES CO LTD", "Ningbo Brightway Housewares Company Limited", True),
    ("bank.beneficiary", "NINGBO BRIGHTWAY HOUSEWARES CO LTD", "GOLDEN BRIDGE TRADING HK LTD", False),
    ("bank.name", "BANK OF CHINA NINGBO BRANCH", "BANK OF CHINA NINGBO BRANCH", True),
    ("bank.account", "3581 0012 3456", "358100123456", True),
    ("bank.account", "358100123456", "358100123457", False),
    ("bank.swift", "BKCHCNBJ", "BKCHCNBJXXX", True),
    ("bank.intermediary", "CHASUS33", "chasus33", True),
    ("bank.intermediary", "CHASUS33", "CITIUS33", False),
    ("bank.swift", "BKCHCNBJ92A", "BKCHCNBJ", False),
    ("bank.swift", "BKCHCNBJ92A", "HSBCHKHHHKH", False),
]
# fmt: on


@pytest.mark.parametrize(
    ("field", "base", "obs", "same"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_comparator(field: str, base: object, obs: object, same: bool) -> None:
    result = compare_values(field, base, obs, EXACT)
    assert result.same is same, result.detail
    assert result.detail


def test_every_contract_field_has_a_comparator_and_every_case_field_is_tested() -> None:
    assert set(FIELDS) <= set(COMPARATORS)
    assert set(FIELDS) <= {c[0] for c in CASES}


# fmt: off
@pytest.mark.parametrize(("field", "value", "shown"), [
    ("price.unit", money("1.85"), "1.85 USD/pc"),
    ("quantity", qty(5000), "5000 pc"),
    ("incoterm", incoterm("FOB", "NINGBO"), "FOB NINGBO"),
    ("payment.deposit", deposit(30), "30 % deposit"),
    ("lead_time", lead(30, 35), "30-35 days from deposit"),
    ("lead_time", lead(45, 45, "working"), "45 working days from deposit"),
    ("dimensions", dims("520", "380", "300", tol="2"), "520 x 380 x 300 mm (±2 mm)"),
    ("inspection", aql(), "AQL 2.5, level II"),
    ("material", ["SS304", "PP"], "SS304, PP"),
    ("material", None, "(not stated)"),
])
# fmt: on
def test_display(field: str, value: object, shown: str) -> None:
    assert display_value(field, value) == shown

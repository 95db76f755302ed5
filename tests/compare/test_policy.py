"""Severity policy and tolerances: data files, order.toml overrides, floors, bad configuration."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.compare.policy import Tolerance, load_policy
from pipeline.compare.rules import RULES
from pipeline.config import order_config_from_dict
from pipeline.errors import ConfigError
from tests.compare.conftest import dims, find, lead, money, qty, typical_order


def _policy(**data):  # noqa: ANN202
    return load_policy(order_config_from_dict({"order_id": "T", **data}), RULES)


# fmt: off
@pytest.mark.parametrize(("tolerance", "baseline", "observed", "ok"), [
    ({"absolute": "0.05"}, "1.85", "1.90", True),                        # absolute, inside
    ({"absolute": "0.05"}, "1.85", "1.91", False),                       # absolute, outside
    ({"percent": "3"}, "5000", "5150", True),                            # percent, inside
    ({"percent": "3"}, "5000", "5151", False),                           # percent, outside
    ({"absolute": "10", "percent": "1"}, "5000", "5040", False),         # and: both must hold
    ({"absolute": "10", "percent": "1", "combine": "or"}, "5000", "5040", True),  # or: either
    ({"absolute": "100", "percent": "1", "combine": "and"}, "5000", "5040", True),
    ({"over": {"percent": "5"}, "under": {"percent": "3"}}, "1000", "1040", True),   # +5 % / -3 %
    ({"over": {"percent": "5"}, "under": {"percent": "3"}}, "1000", "960", False),
    ({"percent": "3", "over": {"absolute": "0"}}, "1000", "975", True),   # under-shipment only
    ({"percent": "3", "over": {"absolute": "0"}}, "1000", "1001", False),
    ({}, "1.85", "1.85", True),                                          # exact
    ({}, "1.85", "1.86", False),
])
# fmt: on
def test_tolerance_forms(tolerance: dict, baseline: str, observed: str, ok: bool) -> None:
    allowed, detail = Tolerance.parse(tolerance, "test").allows(Decimal(baseline), Decimal(observed))
    assert allowed is ok
    assert ("within" in detail) is ok or detail == "equal"


def test_default_severities_follow_the_contract_table() -> None:
    policy = _policy()
    assert policy.severity("bank.account", "undocumented_change", "x") == "critical"
    assert policy.severity("material", "undocumented_change", "x") == "high"
    assert policy.severity("lead_time", "missing", "x") == "medium"
    assert policy.severity("packaging.inner", "conflict", "x") == "medium"
    assert policy.severity("lead_time", "chat_only", "x") == "medium"
    assert policy.severity("bank.swift", "chat_only", "x") == "critical"
    assert policy.severity("bank.swift", "documented_change", "x") == "critical"
    assert policy.severity("price.unit", "documented_change", "x") == "info"
    assert policy.severity("price.unit", "match", "x") == "info"


# fmt: off
@pytest.mark.parametrize(("overrides", "field", "status", "rule", "expected"), [
    ({"lead_time": "high"}, "lead_time", "undocumented_change", "field.undocumented_change", "high"),
    ({"packaging.*": "low"}, "packaging.inner", "undocumented_change", "field.undocumented_change", "low"),
    ({"field.undocumented_change": "low", "lead_time": "high"}, "lead_time", "undocumented_change",
     "field.undocumented_change", "low"),                                 # rule beats field
    ({"chat_only": "high"}, "color", "chat_only", "field.chat_only", "high"),
    ({"bank.*": "low"}, "bank.account", "undocumented_change", "bank.changed", "critical"),  # floor
    ({"bank.changed": "info"}, "bank.account", "undocumented_change", "bank.changed", "critical"),
    ({"x.trade_assurance": "high"}, "x.trade_assurance", "missing", "ta.standard_not_in_contract", "high"),
])
# fmt: on
def test_severity_overrides(overrides: dict, field: str, status: str, rule: str, expected: str) -> None:
    assert _policy(severity=overrides).severity(field, status, rule) == expected  # type: ignore[arg-type]


def test_material_downgrade_floor() -> None:
    policy = _policy(severity={"material": "low"})
    assert policy.severity("material", "undocumented_change", "r") == "low"
    assert policy.severity("material", "undocumented_change", "r", floor="material.downgrade") == "high"


def test_severity_override_reaches_the_audit() -> None:
    audit = typical_order(pi={"lead_time": lead(45, 50)}).audit(severity={"lead_time": "high"})
    [f] = find(audit, "lead_time", "undocumented_change")
    assert f.severity == "high"
    assert audit.verdict == "HOLD"


# fmt: off
@pytest.mark.parametrize(("data", "message"), [
    ({"severity": {"no.such.thing": "high"}}, "neither a rule id"),
    ({"tolerances": {"quantity": {"percent": "3", "direction": "up"}}}, "unknown key"),
    ({"tolerances": {"quantity": {"combine": "xor"}}}, "combine"),
    ({"tolerances": {"quantity": {"percent": "-1"}}}, "non-negative"),
    ({"tolerances": {"quantity": {"percent": "lots"}}}, "not a number"),
    ({"tolerances": {"quantity": {"over": {"over": {"percent": "1"}}}}}, "unknown key"),
])
# fmt: on
def test_bad_configuration_is_an_error(data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _policy(**data)


def test_quantity_allowance_default_and_override() -> None:
    within = typical_order(pi={"quantity": qty(5150)}).audit()
    assert find(within, "quantity", "match")
    explained = find(within, "quantity", "match")[0].explanation
    assert any("within tolerance ±3 % (pipeline/data/fields.toml)" in e for e in explained)
    strict = typical_order(pi={"quantity": qty(5150)}).audit(tolerances={"quantity": {"absolute": "0"}})
    [f] = find(strict, "quantity", "undocumented_change")
    assert any("order.toml" in e for e in f.explanation)


def test_asymmetric_quantity_allowance_from_order_toml() -> None:
    tolerances = {"quantity": {"over": {"percent": "5"}, "under": {"absolute": "0"}}}
    assert find(typical_order(pi={"quantity": qty(5200)}).audit(tolerances=tolerances), "quantity", "match")
    [f] = find(typical_order(pi={"quantity": qty(4990)}).audit(tolerances=tolerances), "quantity", "undocumented_change")
    assert any("under the baseline, outside tolerance over +5 %, under -0" in e for e in f.explanation)


def test_price_tolerance_override_or() -> None:
    order = typical_order(pi={"price.unit": money("1.87")})
    tolerances = {"price": {"unit": {"absolute": "0.01", "percent": "2", "combine": "or"}}}
    assert find(order.audit(tolerances=tolerances), "price.unit", "match")
    assert find(order.audit(), "price.unit", "undocumented_change")


def test_dimensions_within_the_specs_own_tolerance_match() -> None:
    audit = typical_order(pi={"dimensions": dims("521", "379", "301.5")}).audit()
    [f] = find(audit, "dimensions")
    assert f.status == "match"
    assert any("baseline's own tolerance ±2 mm" in e for e in f.explanation)
    beyond = typical_order(pi={"dimensions": dims("523", "380", "300")}).audit()
    [g] = find(beyond, "dimensions")
    assert g.status == "undocumented_change" and g.severity == "high"

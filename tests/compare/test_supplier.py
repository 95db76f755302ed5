"""Supplier verification rules (issue 15): each rule found on its labelled case of
corpus/supplier and silent on the clean ones; names compared across scripts and suffixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.audit import audit_order
from pipeline.compare.company_names import plausible_name, same_company
from pipeline.compare.rules.supplier import look_alike
from pipeline.config import order_config_from_dict
from pipeline.errors import ConfigError
from pipeline.evaluate import evaluate

CASES = Path(__file__).resolve().parents[2] / "corpus" / "supplier"
SUPPLIER_RULES = (
    "supplier.entity_changed", "supplier.uscc_invalid", "supplier.uscc_differs",
    "supplier.trading_company", "supplier.email_domain", "supplier.phone_changed",
    "bank.beneficiary_not_supplier",
)  # fmt: skip

# fmt: off
SAME = [
    ("Ningbo Brightway Housewares Co., Ltd.", "NINGBO BRIGHTWAY HOUSEWARES COMPANY LIMITED", True),
    ("Ningbo Brightway Housewares Co., Ltd.", "Brightway Housewares Ningbo Ltd", True),
    ("NINGBO MINGTU HOUSEWARES CO LTD", "宁波明途家居用品有限公司", True),
    ("NINGBO MINGTU JIAJU YONGPIN CO LTD", "宁波明途家居用品有限公司", True),
    ("宁波明途家居用品有限公司", "宁波市明途家居用品有限公司", True),
    ("Ningbo Brightway Housewares Co., Ltd.", "宁波明途家居用品有限公司", None),  # a translated brand
    ("WENZHOU CANGNAN HONG LTD", "温州苍南宏达包装有限公司", None),  # a cut-off name
    ("Hong Kong Brightway Trading Limited", "Ningbo Brightway Housewares Co., Ltd.", False),
    ("宁波明途贸易有限公司", "宁波明途家居用品有限公司", False),
    ("NINGBO MINGTU TRADING CO LTD", "宁波明途家居用品有限公司", False),  # only one trades
]
LOOK_ALIKE = [
    ("brightvvay-housewares.example", "brightway-housewares.example", True),
    ("brlghtway-housewares.example", "brightway-housewares.example", True),
    ("brightway-housewares.co", "brightway-housewares.example", True),
    ("brightway-housewares-co.example", "brightway-housewares.example", True),
    ("brightway-housewares.example", "brightway-housewares.example", False),
    ("mail.brightway-housewares.example", "brightway-housewares.example", False),
    ("harborpine.example", "brightway-housewares.example", False),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "same"), SAME)
def test_same_company(a: str, b: str, same: bool | None) -> None:
    assert same_company(a, b)[0] is same
    assert same_company(b, a)[0] is same


@pytest.mark.parametrize(("domain", "company", "alike"), LOOK_ALIKE)
def test_look_alike_domains(domain: str, company: str, alike: bool) -> None:
    assert (look_alike(domain, company) is not None) is alike


def test_garbled_names_are_not_compared() -> None:
    assert not plausible_name("FOS LTD")
    assert not plausible_name("区美康电器有限公司")
    assert plausible_name("宁波明途家居用品有限公司") and plausible_name(
        "Ningbo Brightway Co., Ltd."
    )


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "expected.json").is_file())


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_each_rule_on_its_case_and_silent_elsewhere(case: Path) -> None:
    key = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    audit = audit_order(case)
    found = {
        (f.field, f.status)
        for f in audit.findings
        if f.rule in SUPPLIER_RULES and f.status != "match"
    }
    assert found == {(e["field"], e["status"]) for e in key["expected"]}
    assert audit.verdict == key["verdict"]


def test_the_supplier_corpus_scores_without_false_alarms() -> None:
    report = evaluate(CASES)
    assert report.recall == 1.0
    assert report.false_alarms == 0


def test_order_toml_supplier_identity_is_checked() -> None:
    base = {"name": "Ningbo Brightway Housewares Co., Ltd."}
    config = order_config_from_dict(
        {
            "supplier": {
                **base,
                "uscc": "91330206MA2CLB0T2Y",
                "supplier_type": "manufacturer",
                "domain": "www.Brightway-Housewares.example",
            }
        }  # fmt: skip
    )
    assert config.supplier.uscc == "91330206MA2CLB0T2Y"
    assert config.supplier.supplier_type == "manufacturer"
    assert config.supplier.domains == ("brightway-housewares.example",)
    for bad, words in (
        ({"uscc": "91330206MA2CLB0T2K"}, "not valid"),
        ({"supplier_type": "factory"}, "supplier_type"),
        ({"usc": "x"}, "did you mean uscc"),
    ):
        with pytest.raises(ConfigError, match=words):
            order_config_from_dict({"supplier": {**base, **bad}})
    with pytest.raises(ConfigError, match="unknown key"):  # the vetted identity is the supplier's
        order_config_from_dict({"buyer": {"name": "Emma", "uscc": "91330206MA2CLB0T2Y"}})

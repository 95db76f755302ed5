"""order.toml parsing: every key optional, unknown keys and bad values are errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings, load_order_config, order_config_from_dict
from pipeline.errors import ConfigError

FULL = """
order_id = "PO-1001"
trade_assurance = true
stakeholders = ["finance@buyer.example", "qa@buyer.example"]
required_on_pi = ["inspection"]
receipt_date = 2026-05-02

[buyer]
name = "Anna Keller"
company = "Keller Home GmbH"
aliases = ["Anna", "AK"]

[supplier]
name = "Ningbo Brightway Housewares Co., Ltd."
name_zh = "宁波明途家居用品有限公司"
aliases = ["Lily"]
country = "CN"

[roles]
"misc/scan.pdf" = "pi"

[release]
inspection = "passed"
bank_verified = true

[tolerances]
quantity = { percent = 3 }
price.unit = { abs = "0.01" }

[severity]
lead_time = "high"
"""


def test_full_order_toml(tmp_path: Path) -> None:
    (tmp_path / "order.toml").write_text(FULL, encoding="utf-8")
    config = load_order_config(tmp_path)
    assert config.order_id == "PO-1001"
    assert config.trade_assurance is True
    assert config.stakeholders == ("finance@buyer.example", "qa@buyer.example")
    assert config.buyer.names == ("Keller Home GmbH", "Anna Keller", "Anna", "AK")
    assert config.supplier.name_zh == "宁波明途家居用品有限公司"
    assert config.supplier.country == "CN"
    assert config.roles == {"misc/scan.pdf": "pi"}
    assert config.release == {"inspection": "passed", "bank_verified": True}
    assert config.tolerances == {"quantity": {"percent": 3}, "price.unit": {"abs": "0.01"}}
    assert config.severity == {"lead_time": "high"}
    assert config.required_on_pi == ("inspection",)
    assert config.receipt_date == "2026-05-02"


def test_party_names_longest_first() -> None:
    config = order_config_from_dict({"buyer": {"name": "Anna Keller", "aliases": ["Anna"]}})
    assert config.buyer.names == ("Anna Keller", "Anna")


@pytest.mark.parametrize(
    ("buyer", "names"),
    [("Tom", ("Tom",)), (["Tom Lee", "Tom"], ("Tom Lee", "Tom")), ({"name": "Tom"}, ("Tom",))],
    ids=["string", "list", "table"],
)
def test_party_forms(buyer: object, names: tuple[str, ...]) -> None:
    assert order_config_from_dict({"buyer": buyer}).buyer.names == names


def test_missing_order_toml_uses_folder_name(tmp_path: Path) -> None:
    folder = tmp_path / "PO-77"
    folder.mkdir()
    assert load_order_config(folder).order_id == "PO-77"


# fmt: off
BAD = [
    ("colour = 'red'",                         "unknown key(s) colour"),
    ("[roles]\n'a.pdf' = 'invoice'",           "is not one of"),
    ("[release]\nsunshine = true",             "not a known condition"),
    ("[severity]\nmaterial = 'huge'",          "is not one of"),
    ("[tolerances]\nmaterials = {percent=1}",  "not a contract field"),
    ("required_on_pi = ['aql']",               "not a contract field"),
    ("order_id = ",                            "not valid TOML"),
]
# fmt: on


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_order_toml_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "order.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_order_config(tmp_path)
    assert message in str(info.value)
    assert "order.toml" in str(info.value)


def test_settings_are_checked() -> None:
    with pytest.raises(ConfigError):
        Settings(max_pages=0)
    assert Settings().with_options(max_pages=5, ocr=None).max_pages == 5


@pytest.mark.parametrize(
    ("value", "enabled", "account"),
    [
        (True, True, {}),
        (False, False, {}),
        (
            {"account": "6217 0000", "swift": "BKCHCNBJ"},
            True,
            {"account": "6217 0000", "swift": "BKCHCNBJ"},
        ),
        ({"enabled": False, "account": "1"}, False, {"account": "1"}),
    ],
    ids=["true", "false", "table", "table-disabled"],
)
def test_trade_assurance_forms(value: object, enabled: bool, account: dict[str, str]) -> None:
    config = order_config_from_dict({"trade_assurance": value})
    assert (config.trade_assurance, config.trade_assurance_account) == (enabled, account)


def test_trade_assurance_unknown_key() -> None:
    with pytest.raises(ConfigError, match="unknown key"):
        order_config_from_dict({"trade_assurance": {"iban": "x"}})

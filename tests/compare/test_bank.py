"""Bank-detail checks: always critical, always with the call-back advice."""

from __future__ import annotations

import pytest

from tests.compare.conftest import BANK, Order, approved, open_findings, typical_order

CALLBACK = "never to a number given in"


def _bank_findings(audit: object, rule: str) -> list:
    return [f for f in audit.findings if f.rule == rule]  # type: ignore[attr-defined]


@pytest.mark.parametrize("field", ["bank.beneficiary", "bank.name", "bank.account", "bank.swift"])
def test_any_bank_change_is_critical(field: str) -> None:
    new = {"bank.beneficiary": "NINGBO BRIGHTWAY TRADING CO LTD", "bank.name": "ICBC NINGBO BRANCH",
           "bank.account": "999900001111", "bank.swift": "ICBKCNBJNBO"}[field]  # fmt: skip
    audit = typical_order(pi={field: new}).audit()
    [f] = [f for f in _bank_findings(audit, "bank.changed") if f.field == field]
    assert f.status == "undocumented_change" and f.severity == "critical"
    assert CALLBACK in f.message and "quotes/Q-100.xlsx" in f.message
    assert audit.verdict == "HOLD"


def test_same_bank_details_written_differently_are_no_change() -> None:
    audit = typical_order(pi={"bank.beneficiary": "Ningbo Brightway Housewares Co., Ltd.", "bank.swift": "BKCHCNBJ92A",
                              "bank.account": "358100123456"}).audit()  # fmt: skip
    assert not [f for f in open_findings(audit) if f.field.startswith("bank.")]


def test_bank_change_approved_by_change_order_stays_critical() -> None:
    order = typical_order(pi={"bank.account": "999900001111"})
    order.doc("changes/CO-3.pdf", "change", approval=approved()).term(
        "bank.account", "999900001111"
    )
    [f] = [f for f in _bank_findings(order.audit(), "bank.changed")]
    assert f.status == "documented_change" and f.severity == "critical"


def test_bank_change_agreed_in_chat_is_chat_only_and_critical() -> None:
    order = typical_order(pi={"bank.account": "999900001111"})
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-18T09:00:00", "Lily", "please use our new account 9999 0000 1111", party="supplier",
             kind="bank_announcement", fields=("bank.account",), terms={"bank.account": "999900001111"})  # fmt: skip
    chat.say("2026-02-18T09:30:00", "Tom", "ok noted, we will pay the balance there", party="buyer",
             kind="approval", fields=("payment.balance",))  # fmt: skip
    audit = order.audit()
    [f] = _bank_findings(audit, "bank.changed")
    assert f.status == "chat_only" and f.severity == "critical"
    assert f.approval is not None and f.approval.sender == "Tom"
    # one event, one finding (issue 11): the announcement whose details were read is that change
    assert not _bank_findings(audit, "bank.announced_in_chat")


def test_beneficiary_that_is_not_the_supplier() -> None:
    order = Order()
    order.doc("pi/PI-1.pdf", "pi").term("bank.beneficiary", "GOLDEN BRIDGE TRADING HK LTD")
    [f] = _bank_findings(order.audit(), "bank.beneficiary_not_supplier")
    assert f.severity == "critical" and CALLBACK in f.message


@pytest.mark.parametrize("name", ["NINGBO BRIGHTWAY HOUSEWARES COMPANY LIMITED", "BRIGHTWAY HOUSEWARES (NINGBO) CO., LTD",
                                  "宁波明途家居用品有限公司"])  # fmt: skip
def test_beneficiary_variants_of_the_supplier_name_are_fine(name: str) -> None:
    order = Order()
    order.doc("pi/PI-1.pdf", "pi").term("bank.beneficiary", name)
    assert not _bank_findings(order.audit(), "bank.beneficiary_not_supplier")


def test_bank_in_hong_kong() -> None:
    order = Order()
    order.doc("pi/PI-1.pdf", "pi").term("bank.swift", "HSBCHKHHHKH")
    [f] = _bank_findings(order.audit(), "bank.country")
    assert "HK, an offshore jurisdiction" in f.message and f.severity == "critical"


def test_bank_country_follows_the_supplier_country() -> None:
    order = Order()
    order.config["supplier"]["country"] = "VN"
    order.doc("pi/PI-1.pdf", "pi").term("bank.swift", "BFTVVNVX")
    assert not _bank_findings(order.audit(), "bank.country")


# fmt: off
@pytest.mark.parametrize(("field", "value", "quote", "sign"), [
    ("bank.beneficiary", "ZHANG WEI", None, "reads as a person's name"),
    ("bank.account", "6217000012345670", None, "UnionPay card"),
    ("bank.account", "358100123456", "Please pay to my personal account 358100123456", "personal account"),
])
# fmt: on
def test_personal_account_signs(field: str, value: str, quote: str | None, sign: str) -> None:
    order = Order()
    order.doc("pi/PI-1.pdf", "pi").term(field, value, quote=quote)
    [f] = _bank_findings(order.audit(), "bank.personal_account")
    assert f.severity == "critical"
    assert any(sign in e for e in f.explanation)


def test_company_account_has_no_personal_sign() -> None:
    audit = typical_order().audit()
    assert not _bank_findings(audit, "bank.personal_account")


def test_announcement_in_chat_is_one_finding_per_chat() -> None:
    order = typical_order()
    chat = order.doc("chat/wa.txt", "chat")
    chat.say("2026-02-18T09:00:00", "Lily", "our account changed because of tax audit", party="supplier",
             kind="bank_announcement", fields=("bank.account",))  # fmt: skip
    chat.say("2026-02-18T09:01:00", "Lily", "Beneficiary: X, A/C 1234", party="supplier", kind="bank_announcement",
             fields=("bank.account", "bank.beneficiary"))  # fmt: skip
    [f] = _bank_findings(order.audit(), "bank.announced_in_chat")
    assert f.field == "bank.account" and len(f.explanation) == 2
    assert f.observed is not None and f.observed.evidence is not None
    assert f.observed.evidence.timestamp == "2026-02-18T09:01:00"
    assert "quotes/Q-100.xlsx" in f.message or "order.toml" in f.message


def test_invalid_swift() -> None:
    order = Order()
    order.doc("pi/PI-1.pdf", "pi").term("bank.swift", "BKCH12", problems=("a SWIFT code has 8 or 11 characters",))
    [f] = _bank_findings(order.audit(), "bank.invalid")
    assert f.severity == "critical" and "8 or 11" in f.message


def test_callback_prefers_the_phone_in_order_toml() -> None:
    order = typical_order(pi={"bank.account": "999900001111"})
    order.config["supplier"]["phone"] = "+86 574 8688 1234"
    [f] = _bank_findings(order.audit(), "bank.changed")
    assert "+86 574 8688 1234" in f.message


def test_bank_details_are_not_compared_as_product_fields() -> None:
    audit = typical_order(pi={"bank.account": "999900001111"}).audit()
    assert not [f for f in audit.findings if f.field.startswith("bank.") and f.rule.startswith("field.")]
    assert set(BANK) >= {f.field for f in audit.findings if f.field.startswith("bank.")}


def test_change_versus_an_earlier_payment() -> None:
    order = Order()
    order.doc("other/deposit-remittance.pdf", "other", date="2026-01-20").term("bank.account", "358100123456")
    order.doc("pi/PI-1-R1.pdf", "pi", date="2026-03-01", version="R1").term("bank.account", "848123456838")
    [f] = _bank_findings(order.audit(), "bank.changed")
    assert "(an earlier payment)" in f.message and "other/deposit-remittance.pdf" in f.message
    assert f.severity == "critical"

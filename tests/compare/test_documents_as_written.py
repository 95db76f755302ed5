"""Issues 10 and 11: what order folders written by others taught the compare stage, one class of
failure per test (items, sample records, lists, equivalences, versions, chat, bank verification,
nothing to audit). Each names the blind or dev-set case that showed the class."""

from __future__ import annotations

from dataclasses import replace

from pipeline.model import MEASURED_RULE, Evidence
from tests.compare.conftest import (
    BANK,
    Order,
    dims,
    find,
    incoterm,
    lead,
    money,
    qty,
    typical_order,
)


def _open(audit: object) -> list:  # type: ignore[type-arg]
    return [f for f in audit.findings if f.status != "match"]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- items


def test_one_product_under_two_keys_is_one_item() -> None:
    # dev set 04: the quote keys the bib "lf bib" (its name), the PI "LF-BIB-01" (its code)
    order = Order()
    order.doc("spec/spec.docx", "spec", date="2026-01-05").term("material", "SILICONE_FOOD_GRADE")
    quote = order.doc("quotes/Q.pdf", "quote", date="2026-01-08")
    quote.term("price.unit", money("1.38"), "lf bib").term("quantity", qty(5000), "lf bib")
    pi = order.doc("pi/PI.pdf", "pi", date="2026-02-20")
    pi.term("price.unit", money("1.38"), "LF-BIB-01").term("quantity", qty(5000), "LF-BIB-01")
    audit = order.audit()
    assert not _open(audit)
    [f] = find(audit, "price.unit")
    assert f.status == "match" and f.item == "LF-BIB-01"


def test_two_codes_are_two_items_however_alike_their_names() -> None:
    # blind b/10: one description ("Round stoneware planter") for TL-PT10 and TL-PT14
    order = Order()
    spec = order.doc("spec/spec.xlsx", "spec", date="2026-01-05", facts={"items": [
        {"item": "TL-PT10", "sku": "TL-PT10", "description": "Round stoneware planter"},
        {"item": "TL-PT14", "sku": "TL-PT14", "description": "Round stoneware planter"},
    ]})  # fmt: skip
    spec.term("quantity", qty(1200), "TL-PT10").term("quantity", qty(960), "TL-PT14")
    pi = order.doc("pi/PI.pdf", "pi", date="2026-02-10", facts={"items": [
        {"item": "TL-PT10", "sku": "TL-PT10"}, {"item": "TL-PT14", "sku": "TL-PT14"}]})  # fmt: skip
    pi.term("quantity", qty(1200), "TL-PT10").term("quantity", qty(960), "TL-PT14")
    assert not _open(order.audit())


def test_a_code_written_with_its_variant_abbreviated_is_the_same_item() -> None:
    # blind c/03: "MH-WSK-25 CHARCOAL" on the PI, "MH-WSK-25-CHR" in the spec
    order = Order()
    spec = order.doc("spec/spec.docx", "spec", date="2026-01-05", facts={"items": [
        {"item": "MH-WSK-25-CHR", "sku": "MH-WSK-25-CHR"}, {"item": "MH-LDL-32-CHR", "sku": "MH-LDL-32-CHR"}]})  # fmt: skip
    spec.term("quantity", qty(1000), "MH-WSK-25-CHR").term("quantity", qty(800), "MH-LDL-32-CHR")
    pi = order.doc("pi/PI.pdf", "pi", date="2026-02-10", facts={"items": [
        {"item": "MH-WSK-25-CHARCOAL", "sku": "MH-WSK-25-CHARCOAL"}, {"item": "MH-LDL-32", "sku": "MH-LDL-32"}]})  # fmt: skip
    pi.term("quantity", qty(1000), "MH-WSK-25-CHARCOAL").term("quantity", qty(800), "MH-LDL-32")
    assert not _open(order.audit())


def test_a_quote_may_offer_items_the_order_does_not_take() -> None:
    # blind c/02, c/11: the quote offers a larger size; the spec and the PI take only one
    order = Order()
    spec = order.doc("spec/spec.docx", "spec", date="2026-01-05", facts={"items": [
        {"item": "LL-AMB10", "sku": "LL-AMB10"}]})  # fmt: skip
    spec.term("quantity", qty(1000), "LL-AMB10")
    quote = order.doc("quotes/QT-1.xlsx", "quote", date="2026-01-08", facts={"items": [
        {"item": "LL-AMB10", "sku": "LL-AMB10"}, {"item": "LL-AMB14", "sku": "LL-AMB14"}]})  # fmt: skip
    quote.term("quantity", qty(1000), "LL-AMB10").term("price.unit", money("2.95"), "LL-AMB10")
    quote.term("quantity", qty(600), "LL-AMB14").term("price.unit", money("3.48"), "LL-AMB14")
    pi = order.doc("pi/PI-1.pdf", "pi", date="2026-02-10", facts={"items": [
        {"item": "LL-AMB10", "sku": "LL-AMB10"}]})  # fmt: skip
    pi.term("quantity", qty(1000), "LL-AMB10").term("price.unit", money("2.95"), "LL-AMB10")
    audit = order.audit()
    assert not [f for f in _open(audit) if f.item == "LL-AMB14"]
    assert [f for f in audit.findings if f.item == "LL-AMB10" and f.status == "match"]


# ---------------------------------------------------------------- sample record


def test_the_sample_count_is_no_order_quantity() -> None:
    # dev set 05: "Pre-production sample, 3 pcs"
    order = typical_order()
    order.doc("sample/sample.docx", "sample", date="2026-02-05").term("quantity", qty(3))
    assert not find(order.audit(), "quantity", "undocumented_change")


def _sample_weight(measured: str) -> Order:
    def weight(g: str, tol: str | None) -> dict[str, str | None]:
        return {"g": g, "tolerance_g": tol}

    order = typical_order()
    order.get("spec/spec.docx").term("weight", weight("290", "8"))
    record = order.doc("sample/record.xlsx", "sample", date="2026-02-05")
    record.term("weight", weight("290", "8"))
    record.terms.append(
        replace(
            record.terms[-1],
            value=weight(measured, None),
            rule=f"weight (label: weight) {MEASURED_RULE}",
        )
    )
    return order


def test_a_measurement_outside_the_tolerance_is_a_difference_whatever_the_ok_mark() -> None:
    # generated corpus 043/104: "Weight | 290 g ±8 g | 314 g | OK"
    [f] = find(_sample_weight("314").audit(), "weight", "undocumented_change")
    assert f.rule == "baseline.sample_differs" and f.severity == "high"


def test_a_measurement_within_the_tolerance_confirms_the_spec() -> None:
    assert not find(_sample_weight("296").audit(), "weight", "undocumented_change")


# ---------------------------------------------------------------- lists and equivalences


def test_a_pi_naming_more_certificates_changes_nothing() -> None:
    order = typical_order()
    order.get("spec/spec.docx").term("certification", "LFGB")
    order.get("pi/PI-2291.pdf").term("certification", "LFGB").term("certification", "FDA")
    assert not find(order.audit(), "certification", "undocumented_change")


def test_a_certificate_replaced_by_one_of_its_kind_is_a_change() -> None:
    # EN71 (toy safety) replaced by ASTM F963 (toy safety); an FSC claim left out beside it is not
    order = typical_order()
    order.get("spec/spec.docx").term("certification", "EN71").term("certification", "FSC")
    order.get("pi/PI-2291.pdf").term("certification", "ASTM F963")
    [f] = find(order.audit(), "certification", "undocumented_change")
    assert f.severity == "high"


def test_a_name_cannot_contradict_a_pantone_code() -> None:
    # blind a/01: "Red 1805C" read as RED against "Pantone 1805 C"
    order = typical_order(pi={"color": "RED"})
    assert not find(order.audit(), "color", "undocumented_change")


def test_fob_with_another_port_is_a_port_of_loading_change() -> None:
    # blind b/04: FOB Shenzhen -> FOB Guangzhou is keyed as port.loading
    order = typical_order(
        pi={"incoterm": incoterm("FOB", "GUANGZHOU"), "port.loading": "GUANGZHOU"}
    )
    order.get("spec/spec.docx").term("port.loading", "NINGBO")
    audit = order.audit()
    assert not find(audit, "incoterm", "undocumented_change")
    assert find(audit, "port.loading", "undocumented_change")


def test_the_same_days_counted_from_a_start_named_otherwise_match() -> None:
    order = typical_order(pi={"lead_time": lead(30, 35, start="sample_approval")})
    assert not find(order.audit(), "lead_time", "undocumented_change")


def test_fewer_measures_that_are_among_the_baseline_s_match() -> None:
    order = typical_order(pi={"dimensions": dims("520", "380")})
    assert not find(order.audit(), "dimensions", "undocumented_change")


def test_a_better_grade_of_the_same_material_is_low() -> None:
    order = typical_order(pi={"material": "SS316"})
    [f] = find(order.audit(), "material", "undocumented_change")
    assert f.severity == "low" and f.rule == "field.material_upgrade"


# ---------------------------------------------------------------- chat


def test_an_offer_nobody_took_up_changes_nothing() -> None:
    # blind a/03: "350ml / 12oz version: USD 4.60/pc ... Formal quote when you are ready"
    order = typical_order()
    order.doc("chat/mail.eml", "chat").say(
        "2026-02-12T10:48:00", "Lily", "350ml version: USD 4.60/pc", party="supplier",
        kind="proposal", fields=("price.unit",), terms={"price.unit": money("4.60")},
    )  # fmt: skip
    assert not find(order.audit(), "price.unit", "undocumented_change")


def test_an_agreement_in_a_reply_saved_as_its_own_mail() -> None:
    # blind a/06: the announcement and the buyer's "we will remit ... to the new account" are
    # two .eml files of one thread
    order = typical_order()
    new_bank = {**BANK, "bank.account": "8601 0122 0001 4478 53", "bank.swift": "BKNBCN2NSXX"}
    order.doc("chat/notice.eml", "chat").say(
        "2026-03-09T15:26:00", "Lily", "our bank has changed", party="supplier",
        kind="bank_announcement", fields=("bank.account", "bank.swift"),
        terms={"bank.account": new_bank["bank.account"], "bank.swift": new_bank["bank.swift"]},
    )  # fmt: skip
    order.doc("chat/RE notice.eml", "chat").say(
        "2026-03-10T08:41:00", "Tom", "Noted - we will remit the balance to the new account",
        party="buyer", kind="approval", fields=("bank.account", "bank.swift"),
    )  # fmt: skip
    audit = order.audit()
    for field in ("bank.account", "bank.swift"):
        [f] = [f for f in audit.findings if f.field == field and f.status != "match"]
        assert (f.status, f.severity) == ("chat_only", "critical")
    assert not [f for f in audit.findings if f.rule == "bank.announced_in_chat"]


def test_restating_the_original_value_is_no_agreement() -> None:
    # dev set 07: "our agreed terms are 30% deposit / 70% against B/L copy, as in your quotation"
    from tests.compare.conftest import deposit

    order = typical_order(pi={"payment.deposit": deposit(50)})
    chat = order.doc("chat/wechat.txt", "chat")
    chat.say("2026-02-03T10:20:00", "Lily", "we need 50% deposit this time", party="supplier",
             kind="proposal", fields=("payment.deposit",), terms={"payment.deposit": deposit(50)})  # fmt: skip
    chat.say("2026-02-03T17:55:00", "Tom", "our agreed terms are 30% deposit", party="buyer",
             kind="approval", fields=("payment.deposit",), terms={"payment.deposit": deposit(30)})  # fmt: skip
    [f] = find(order.audit(), "payment.deposit")
    assert f.status == "undocumented_change"


# ---------------------------------------------------------------- bank verification


def _bank_change_order() -> Order:
    order = typical_order()
    order.doc("pi/PI-1-R1.pdf", "pi", date="2026-03-01", version="R1").term(
        "bank.account", "9999 8888 7777"
    )
    return order


def _note(order: Order, sender: str, party: str) -> None:
    text = "I phoned the bank and the new account details are verified"
    chat = order.doc("chat/chat.txt", "chat", facts={"bank_callback": {
        "verified": True, "sender": sender,
        "evidence": Evidence(document="chat/chat.txt", quote=text, timestamp="2026-03-02T09:00:00", sender=sender).to_json(),
    }})  # fmt: skip
    chat.say("2026-03-02T09:00:00", sender, text, party=party)  # type: ignore[arg-type]


def test_a_supplier_claim_of_verification_leaves_bank_verified_unmet() -> None:
    order = _bank_change_order()
    _note(order, "Lily", "supplier")
    [condition] = order.audit(release={"bank_verified": True}).checklist
    assert not condition.met and "not written by the buyer" in condition.detail


def test_the_buyer_s_own_call_back_note_meets_bank_verified() -> None:
    order = _bank_change_order()
    _note(order, "Tom", "buyer")
    [condition] = order.audit(release={"bank_verified": True}).checklist
    assert condition.met


def test_an_order_toml_record_of_another_account_does_not_count() -> None:
    order = _bank_change_order()
    record = {"called_by": "Tom Baker", "number": "+86 574 8688 1234", "date": "2026-03-02"}
    [ok] = order.audit(
        release={"bank_verified": True}, bank_verification={**record, "account": "9999 8888 7777"}
    ).checklist
    assert ok.met
    [wrong] = order.audit(
        release={"bank_verified": True}, bank_verification={**record, "account": "3581 0012 3456"}
    ).checklist
    assert not wrong.met and "asks for payment to 999988887777" in wrong.detail


# ---------------------------------------------------------------- nothing to audit


def test_no_pi_is_review_with_the_reason() -> None:
    order = typical_order()
    order.docs = [d for d in order.docs if d.role != "pi"]
    audit = order.audit()
    assert audit.verdict == "REVIEW"
    assert any("proforma invoice" in r for r in audit.reasons)

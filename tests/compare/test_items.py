"""Line items across documents: SKU, then fuzzy description; added and disappeared items."""

from __future__ import annotations

from tests.compare.conftest import Order, find, money, qty


def _order(pi_items: dict[str, tuple[int, str]], quote_items: dict[str, tuple[int, str]]) -> Order:
    order = Order()
    quote = order.doc("quotes/Q-1.xlsx", "quote", date="2026-02-01")
    for item, (count, price) in quote_items.items():
        quote.term("quantity", qty(count), item).term("price.unit", money(price), item)
    pi = order.doc("pi/PI-1.pdf", "pi", date="2026-02-10")
    for item, (count, price) in pi_items.items():
        pi.term("quantity", qty(count), item).term("price.unit", money(price), item)
    return order


def test_items_match_by_sku_written_differently() -> None:
    audit = _order({"TB500": (3000, "1.85")}, {"TB-500": (3000, "1.85")}).audit()
    [f] = find(audit, "price.unit")
    assert f.status == "match" and f.item == "TB-500"
    assert any("matched 'TB-500' by SKU" in e for e in f.explanation)


def test_items_match_by_fuzzy_description_with_the_score() -> None:
    audit = _order(
        {"stainless tumbler 500ml vacuum": (3000, "1.95")},
        {"vacuum tumbler stainless 500ml": (3000, "1.85")},
    ).audit()
    [f] = find(audit, "price.unit", "undocumented_change")
    assert f.item == "vacuum tumbler stainless 500ml"
    assert any("by description (score 1.00" in e for e in f.explanation)


def test_different_skus_and_different_sizes_never_match() -> None:
    audit = _order(
        {"TB-600": (3000, "1.85"), "tumbler 750ml": (10, "1")},
        {"TB-500": (3000, "1.85"), "tumbler 500ml": (10, "1")},
    ).audit()
    added = {f.item for f in find(audit, "x.item", "undocumented_change")}
    assert added == {"TB-600", "tumbler 750ml"}


def test_item_added_on_the_pi() -> None:
    audit = _order(
        {"TB-500": (3000, "1.85"), "DSP-BOX": (200, "0.95")}, {"TB-500": (3000, "1.85")}
    ).audit()
    [f] = find(audit, "x.item", "undocumented_change")
    assert f.item == "DSP-BOX" and f.rule == "item.added" and f.severity == "high"
    assert f.observed is not None and f.observed.evidence is not None
    assert any("closest known item" in e for e in f.explanation)


def test_item_disappeared_from_the_pi() -> None:
    audit = _order(
        {"TB-500": (3000, "1.85")}, {"TB-500": (3000, "1.85"), "TB-750": (2000, "2.40")}
    ).audit()
    [f] = find(audit, "quantity", "missing")
    assert f.item == "TB-750" and f.rule == "item.disappeared" and f.severity == "high"
    # its unit price is a commercial term the PI must carry too (contract section 3)
    [p] = find(audit, "price.unit", "missing")
    assert p.item == "TB-750" and p.rule == "item.disappeared"


def test_item_less_total_quantity_is_not_each_items_quantity() -> None:
    order = _order(
        {"TB-500": (3000, "1.85"), "TB-750": (2000, "2.40")},
        {"TB-500": (3000, "1.85"), "TB-750": (2000, "2.40")},
    )
    order.get("pi/PI-1.pdf").term("quantity", qty(5000))
    audit = order.audit()
    assert not [f for f in audit.findings if f.field == "quantity" and f.status != "match"]


def test_item_less_term_applies_only_to_the_items_its_document_lists() -> None:
    order = Order()
    order.doc("spec/spec.xlsx", "spec").term("packaging.carton_qty", 30, "LB-800").term(
        "packaging.carton_qty", 20, "LB-1200"
    )
    order.doc("pi/PI-1.pdf", "pi").term("quantity", qty(100), "LB-800").term(
        "packaging.carton_qty", 30
    )
    audit = order.audit()
    assert [f.status for f in find(audit, "packaging.carton_qty")] == ["match"]


def test_key_value_pi_without_item_keys_matches_items_by_value() -> None:
    order = _order({}, {"SP-28": (2000, "1.32"), "BM-40": (2000, "2.45")})
    pi = order.get("pi/PI-1.pdf")
    pi.term("quantity", qty(2000)).term("price.unit", money("1.32")).term(
        "quantity", qty(2000)
    ).term("price.unit", money("2.45"))
    audit = order.audit()
    assert not [f for f in audit.findings if f.status != "match"]
    explained = find(audit, "price.unit", "match", item="SP-28")[0].explanation
    assert any("one of them matches" in e for e in explained)


def test_key_value_pi_with_a_changed_price_is_still_caught() -> None:
    order = _order({}, {"SP-28": (2000, "1.32"), "BM-40": (2000, "2.45")})
    pi = order.get("pi/PI-1.pdf")
    pi.term("price.unit", money("1.40")).term("price.unit", money("2.60"))
    assert {f.item for f in find(order.audit(), "price.unit", "undocumented_change")} == {
        "SP-28",
        "BM-40",
    }


def test_item_less_material_of_an_unitemised_pi_meets_the_items_baseline() -> None:
    order = Order()
    spec = order.doc("spec/spec.docx", "spec")
    spec.term("material", "SILICONE").term("material", "POLYESTER_600D", "TT-01").term(
        "material", "POLYESTER_600D", "BP-20"
    )
    order.doc("pi/PI-1.pdf", "pi").term("material", "POLYESTER_600D")
    findings = find(order.audit(), "material")
    assert {f.item for f in findings} == {None, "TT-01", "BP-20"}
    assert all(f.status == "match" for f in findings)
    [general] = [f for f in findings if f.item is None]
    assert any("the baseline of an item" in e for e in general.explanation)


def test_two_currencies_in_a_multi_item_pi_are_a_conflict() -> None:
    order = _order({"A": (1, "1.00"), "B": (1, "2.00")}, {"A": (1, "1.00"), "B": (1, "2.00")})
    order.get("quotes/Q-1.xlsx").term("currency", "USD")
    order.get("pi/PI-1.pdf").term("currency", "USD").term("currency", "EUR")
    audit = order.audit()
    assert find(audit, "currency", "conflict")
    assert not find(audit, "currency", "undocumented_change")

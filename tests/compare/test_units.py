"""Cartons and dozens compared as pieces."""

from __future__ import annotations

from tests.compare.conftest import find, money, qty, typical_order


def test_cartons_on_the_pi_are_pieces_of_the_baseline() -> None:
    order = typical_order(pi={"quantity": qty(125, "ctn")})
    order.get("pi/PI-2291.pdf").term("packaging.carton_qty", 40)
    [f] = find(order.audit(), "quantity")
    assert f.status == "match"
    assert any(
        "125 ctn counted as 5000 pc: 1 ctn = 40 pc (pi/PI-2291.pdf)" in e for e in f.explanation
    )


def test_cartons_use_the_baseline_carton_count_when_the_pi_gives_none() -> None:
    order = typical_order(pi={"quantity": qty(125, "ctn")})
    order.get("spec/spec.docx").term("packaging.carton_qty", 24)
    [f] = find(order.audit(), "quantity", "undocumented_change")
    assert f.observed is not None and f.observed.value == {"value": 3000, "unit": "pc"}
    assert "5000 pc to 3000 pc" in f.message


def test_cartons_without_a_carton_count_stay_a_difference_of_unit() -> None:
    [f] = find(
        typical_order(pi={"quantity": qty(125, "ctn")}).audit(), "quantity", "undocumented_change"
    )
    assert any("unit ctn is not pc" in e for e in f.explanation)


def test_price_per_dozen_is_a_price_per_piece() -> None:
    audit = typical_order(pi={"price.unit": money("22.20", per="dozen")}).audit()
    [f] = find(audit, "price.unit")
    assert f.status == "match"
    assert any("22.20 per dozen counted as 1.85 per pc" in e for e in f.explanation)

"""Arithmetic checks on the latest PI and quote: field x.arithmetic, status conflict."""

from __future__ import annotations

from tests.compare.conftest import Order, deposit, find, money, qty


def _pi(lines: dict[str, tuple[int, str, str | None]], total: str | None, **facts: object) -> Order:
    order = Order()
    pi = order.doc("pi/PI-7.pdf", "pi", date="2026-02-10", facts=dict(facts))
    for item, (count, price, line) in lines.items():
        pi.term("quantity", qty(count), item).term("price.unit", money(price), item)
        if line is not None:
            pi.term("price.total", money(line, per=None), item)
    if total is not None:
        pi.term("price.total", money(total, per=None))
    pi.term("payment.deposit", deposit(30))
    return order


def test_correct_arithmetic_gives_no_finding() -> None:
    audit = _pi({"A": (2500, "3.10", "7750.00"), "B": (1000, "1.005", "1005.00")}, "8755.00",
                deposit_amount={"amount": "2626.50", "currency": "USD"}).audit()  # fmt: skip
    assert not find(audit, "x.arithmetic")


def test_line_total() -> None:
    audit = _pi({"LB-800": (2500, "3.10", "7705.00")}, "7705.00").audit()
    [f] = find(audit, "x.arithmetic", rule="arithmetic.line_total")
    assert f.status == "conflict" and f.severity == "high" and f.item == "LB-800"
    assert "2500 x 3.10 = 7750.00 USD" in f.message and "7705.00 USD" in f.message


def test_line_total_uses_an_item_less_quantity_of_a_single_item_pi() -> None:
    order = Order()
    pi = order.doc("pi/PI-7.pdf", "pi")
    pi.term("quantity", qty(2500)).term("price.unit", money("3.10"), "LB-800").term(
        "price.total", money("7705.00", per=None), "LB-800"
    )
    assert find(order.audit(), "x.arithmetic", rule="arithmetic.line_total")


def test_total_is_the_sum_of_lines_and_charges() -> None:
    audit = _pi({"A": (100, "2.00", "200.00"), "B": (100, "3.00", "300.00")}, "650.00").audit()
    [f] = find(audit, "x.arithmetic", rule="arithmetic.total")
    assert "add up to 500.00 USD" in f.message
    charged = _pi({"A": (100, "2.00", "200.00"), "B": (100, "3.00", "300.00")}, "650.00",
                  charges=[{"label": "freight", "amount": "150.00"}]).audit()  # fmt: skip
    assert not find(charged, "x.arithmetic")


def test_total_computed_from_quantity_and_price_when_lines_have_no_amount() -> None:
    audit = _pi({"A": (100, "2.00", None)}, "210.00").audit()
    assert find(audit, "x.arithmetic", rule="arithmetic.total")


def test_deposit_amount() -> None:
    audit = _pi(
        {"A": (1000, "10.00", "10000.00")}, "10000.00", deposit_amount={"amount": "5000.00"}
    ).audit()
    [f] = find(audit, "x.arithmetic", rule="arithmetic.deposit")
    assert "30 % of 10000.00 USD is 3000.00 USD" in f.message


def test_one_currency() -> None:
    order = _pi({"A": (100, "2.00", "200.00")}, "200.00")
    order.get("pi/PI-7.pdf").term("currency", "EUR")
    [f] = find(order.audit(), "x.arithmetic", rule="arithmetic.currency")
    assert "USD, EUR" in f.message


def test_superseded_quote_is_not_checked() -> None:
    order = _pi({"A": (100, "2.00", "200.00")}, "200.00")
    old = order.doc("quotes/Q-1.pdf", "quote", date="2026-01-01")
    old.term("quantity", qty(100), "A").term("price.unit", money("2.00"), "A").term(
        "price.total", money("250.00", per=None), "A"
    )
    new = order.doc("quotes/Q-1-v2.pdf", "quote", date="2026-01-05", version="v2")
    new.term("quantity", qty(100), "A").term("price.unit", money("2.00"), "A").term(
        "price.total", money("200.00", per=None), "A"
    )
    assert not find(order.audit(), "x.arithmetic")


def test_ten_dollars_off_on_a_large_line_is_caught() -> None:
    audit = _pi({"TB-500": (6000, "3.85", "23110.00")}, "23110.00").audit()
    assert find(audit, "x.arithmetic", rule="arithmetic.line_total")


def test_line_in_cartons_priced_per_piece() -> None:
    order = Order()
    pi = order.doc("pi/PI-7.pdf", "pi")
    pi.term("quantity", qty(125, "ctn"), "A").term("price.unit", money("1.85"), "A")
    pi.term("packaging.carton_qty", 24, "A").term("price.total", money("5550.00", per=None), "A")
    assert not find(order.audit(), "x.arithmetic")
    pi.terms[-1] = pi.terms[-1].__class__(
        **{**pi.terms[-1].__dict__, "value": money("5555.00", per=None)}
    )
    assert find(order.audit(), "x.arithmetic", rule="arithmetic.line_total")

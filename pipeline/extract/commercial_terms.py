"""Extractors of the commercial terms: price, currency, quantity, Incoterm, port, payment, lead time.

Registered by name in the field registry (pipeline/data/fields.toml `extractor`); see
pipeline/extract/segment.py for what an extractor reads and returns.
"""

from __future__ import annotations

import re

from pipeline.extract import normalize as n
from pipeline.extract.lexicon import cue
from pipeline.extract.segment import Found, Segment
from pipeline.model import BALANCE_REST_RULE

# Cue words that tell what an unlabelled number is about (models/lexicon/cues.toml).
PRICE_CUE = cue("price")
TOTAL_CUE = cue("total")
LEAD_CUE = cue("lead_time")
NOT_LEAD = cue("not_lead_time")
# Days in a chat that are not the production lead time: transit, holidays, samples, the past.
NOT_LEAD_IN_CHAT = cue("not_lead_time_in_chat")
PAYMENT_CUE = cue("payment")


def _price_default_per(seg: Segment) -> str:
    return seg.unit_hint or "pc"


_ADD_ON = re.compile(
    r"\+\s*(?:US)?\s*[$¥€]?\s*$|\+\s*(?:USD|US\$|RMB|EUR)\s*$|\b(?:option(?:al)?|extra|add-?on|surcharge|"
    r"upcharge|additional|plus)\b[^.;]*$|加价|另加|选配",
    re.I,
)


def extract_price_unit(seg: Segment) -> list[Found]:
    """Unit price: 'US$1.85/pc', '1.85USD/pc', '单价：12.5元/只', a 'Unit Price (USD)' cell '1.85'."""
    text = seg.value
    labelled = seg.labelled("price.unit")
    monies = n.find_money(text, seg.currency)
    # an item line "TB-500 ... 3,000 pcs USD 1.85 USD 5,550.00": the first amount is the price
    item_line = seg.item is not None and seg.context == "line" and len(monies) >= 2
    priced = seg.cue(PRICE_CUE) and not seg.cue(TOTAL_CUE)
    out: list[Found] = []
    for money in monies:
        if money.per in ("ctn",):
            continue
        if _ADD_ON.search(text[max(0, money.start - 40) : money.start + 1]):
            continue  # "pom-pom option +USD 0.35/pc": an add-on, not the item's price
        if (
            money.per is None
            and not labelled
            and not priced
            and not (item_line and money is monies[0])
        ):
            continue
        per = money.per or _price_default_per(seg)
        value = {"amount": money.text, "currency": money.currency, "per": per}
        out.append(
            Found(value, money.raw, "money/per-unit" if money.per else "money/labelled-price")
        )
        if not labelled:
            break
    # A bare amount under a price header: in the document's currency, or in none it states
    # (a quote sheet with "Unit price FOB Ningbo" and "1.72"); compare then checks the amount.
    if not out and labelled:
        bare = n.parse_bare_price(text)
        if bare is not None and bare[0] > 0:
            per = bare[1] or _price_default_per(seg)
            bare_value: dict[str, str | None] = {
                "amount": n.fmt_money(bare[0]),
                "currency": seg.currency,
                "per": per,
            }
            out.append(Found(bare_value, text.strip(), "cell/bare-amount"))
    return out[:1] if seg.context == "cell" else out


def extract_price_total(seg: Segment) -> list[Found]:
    """Totals: 'Total: USD 9,250.00', an 'Amount' cell, 'TOTAL AMOUNT US$18,500.00'."""
    labelled = seg.labelled("price.total")
    text = seg.value
    monies = [m for m in n.find_money(text, seg.currency) if m.per is None]
    # An item line "TB-500 ... 5,000 pcs US$1.85 US$9,250.00": the last amount is the line total.
    item_line = (
        seg.item is not None
        and seg.context == "line"
        and len(n.find_money(text, seg.currency)) >= 2
    )
    if not labelled and not seg.cue(TOTAL_CUE) and not item_line:
        return []
    if monies:
        money = monies[-1]
        return [Found({"amount": money.text, "currency": money.currency}, money.raw, "money/total")]
    if labelled:
        amount = n.parse_bare_amount(text)
        if amount is not None and amount > 0:
            return [
                Found(
                    {"amount": n.fmt_money(amount), "currency": seg.currency},
                    text.strip(),
                    "cell/bare-amount",
                )
            ]
    return []


def extract_currency(seg: Segment) -> list[Found]:
    """'Currency: USD' (the currency of prices is added per document from the amounts)."""
    if not seg.labelled("currency"):
        return []
    code = n.currency_code(seg.value)
    return [Found(code, seg.value.strip(), "label/currency")] if code else []


def extract_quantity(seg: Segment) -> list[Found]:
    """Order quantity: '5,000 pcs', '5k pcs', '3000只', '200 ctns x 24 pcs', a 'Qty' cell '5000'."""
    if seg.label in ("packing", "packaging.carton_qty", "noise", "price.unit"):
        return []
    if re.search(r"\bsamples?\b|样品|打样", seg.text[: seg.value_start], re.I):
        return []  # "样品 Sample | 3 pcs free": the samples, never the order quantity
    labelled = seg.labelled("quantity")
    if not labelled and seg.role == "spec" and seg.context == "cell" and seg.label != "description":
        return []  # "Wick | Cotton wick, lead-free, 2 pcs": a part's count, not the order's
    quantities = n.find_quantities(seg.value)
    out = [
        Found({"value": q.value, "unit": q.unit}, q.raw, "quantity/count-unit")
        for q in quantities
        if labelled or q.value > 1
    ]
    if not out and labelled:
        bare = n.parse_bare_quantity(seg.value)
        if bare:
            out.append(
                Found(
                    {"value": bare, "unit": seg.unit_hint or "pc"},
                    seg.value.strip(),
                    "quantity/bare",
                )
            )
    if not labelled and seg.context != "cell":
        if seg.cue(PRICE_CUE + r"|moq|minimum") and not seg.cue(r"\bqty\b|quantity|order"):
            return []
        out = out[:1]
    return out


def extract_incoterm(seg: Segment) -> list[Found]:
    """Incoterms 2020 with the named place: 'FOB NINGBO', 'FOB Ningbo port', 'EXW factory'."""
    labelled = seg.labelled("incoterm")
    found = n.find_incoterms(seg.value, any_case=labelled)
    return [Found(v, raw, "incoterm") for v, _, _, raw in found[:1]]


def extract_port_loading(seg: Segment) -> list[Found]:
    """'Port of loading: Ningbo, China' -> 'NINGBO'."""
    if not seg.labelled("port.loading"):
        return []
    place = n.normalise_place(seg.value)
    return [Found(place, seg.value.strip(), "label/port")] if place else []


def _payment(seg: Segment, field_name: str) -> list[Found]:
    if not (seg.labelled("payment", "payment.deposit", "payment.balance") or seg.cue(PAYMENT_CUE)):
        return []
    parsed = n.parse_payment(seg.value if seg.label else seg.text)
    if seg.context == "message" and "payment.deposit" not in parsed:
        # "please pay the 70% balance to our new account" asks for money, it states no terms
        balance = parsed.get("payment.balance")
        if balance and balance["trigger"] == "unknown":
            return []
    value = parsed.get(field_name)
    if not value:
        return []
    value = dict(value)
    rule = f"payment/{field_name.split('.')[1]}"
    if value.pop("rest", False):
        rule = BALANCE_REST_RULE  # "30% deposit, balance before shipment": 70 is not written
    return [Found(value, seg.value.strip(), rule)]


def extract_payment_deposit(seg: Segment) -> list[Found]:
    """'T/T 30% deposit', '定金30%' -> {'percent': 30}."""
    return _payment(seg, "payment.deposit")


def extract_payment_balance(seg: Segment) -> list[Found]:
    """'70% balance before shipment', 'against copy of B/L', 'L/C at sight' -> percent and trigger."""
    return _payment(seg, "payment.balance")


def extract_lead_time(seg: Segment) -> list[Found]:
    """'35 days after deposit', '6-7 weeks', '45 working days', '交期35天' -> day range and basis."""
    if seg.labelled("lead_time"):
        parsed = n.parse_lead_time(seg.value)
        return [Found(parsed[0], parsed[3], "lead-time")] if parsed else []
    # "...; lead time 35 days after deposit. Offer valid 30 days": each clause on its own, so the
    # validity beside it does not hide the lead time, nor does a lead time make it one
    for clause in re.split(r"[;；。]|\.\s", seg.value):
        cued = re.search(LEAD_CUE, clause, re.I) or (
            # in a chat about the order, "Can you accept 45 days?", "We can do 40 days if deposit
            # is 50%": a number of days no other word claims is the lead time
            seg.context == "message"
            and re.search(
                r"(?<![\d.])(?:[1-9]\d|1[0-7]\d)\s*(?:working\s+|calendar\s+)?days?\b|\d{2,3}\s*(?:个工作日|天)",
                clause,
                re.I,
            )
            and not re.search(NOT_LEAD_IN_CHAT, clause, re.I)
        )
        if cued and not re.search(NOT_LEAD, clause, re.I):
            parsed = n.parse_lead_time(clause)
            if parsed:
                return [Found(parsed[0], parsed[3], "lead-time")]
    return []

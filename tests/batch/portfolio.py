"""A generated portfolio of order folders for the nightly batch tests (issue 17): real files the
readers accept (Markdown spec, PI and inspection report, a WhatsApp text export, order.toml).

Four suppliers, each with the pattern one signal looks for, and one that must raise nothing:

| supplier | orders | what it does |
|---|---|---|
| Ningbo Brightway | BW-1, BW-2 | the bank account on the PI differs between orders (bank_differs) |
| Yongkang Hengda (no domain in order.toml) | HD-1, HD-2, HD-3 | unit price 2.00 -> 2.04 -> 2.10 (+5 %) and lead time 30 -> 35 -> 40 days |
| Xiamen Evergreen | EG-1, EG-2 | a failed inspection and a lead time agreed only in chat, on both |
| Shenzhen Jiahe (clean) | JH-1, JH-2 | same bank, lead time, a passed inspection; price +1.5 % (under 3 %) |

usage: python tests/batch/portfolio.py OUT_DIR
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

BUYER = "Anna Keller"
BUYER_COMPANY = "Keller Home GmbH"


@dataclass(frozen=True)
class Supplier:
    name: str
    contact: str
    domain: str
    bank: str
    swift: str
    account: str
    vetted_domain: bool = True  # order.toml [supplier] domains; else tied to its orders by name


@dataclass(frozen=True)
class OrderSpec:
    """One generated order: its folder name, supplier, date and terms."""

    folder: str
    order_id: str
    supplier: Supplier
    date: str  # the PI's date, ISO
    sku: str
    product: str
    quantity: int
    price: str  # USD per piece
    lead_days: int
    account: str | None = None  # another account than the supplier's usual one
    inspection: str | None = None  # "PASSED" / "FAILED"
    chat_lead_days: int | None = None  # a longer lead time agreed only in chat
    stakeholders: tuple[str, ...] = ("finance@buyer.example",)
    balance_due: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


BRIGHTWAY = Supplier(
    "Ningbo Brightway Housewares Co., Ltd.",
    "Lily Chen",
    "brightway-housewares.example",
    "Bank of China Ningbo Branch",
    "BKCHCNBJ92A",
    "3581 7654 3210",
)
HENGDA = Supplier(
    "Yongkang Hengda Kitchenware Co., Ltd.",
    "Tony Wu",
    "hengda-kitchen.example",
    "Agricultural Bank of China Yongkang Branch",
    "ABOCCNBJ110",
    "1958 0101 0400 1234",
    vetted_domain=False,
)
EVERGREEN = Supplier(
    "Xiamen Evergreen Bags Co., Ltd.",
    "Sunny Lin",
    "evergreen-bags.example",
    "China Construction Bank Xiamen Branch",
    "PCBCCNBJXMX",
    "3515 0198 0010 5566",
)
JIAHE = Supplier(
    "Shenzhen Jiahe Silicone Products Co., Ltd.",
    "Kevin Zhou",
    "jiahe-silicone.example",
    "China Merchants Bank Shenzhen Branch",
    "CMBCCNBS",
    "7559 1234 5610 801",
)

PORTFOLIO: tuple[OrderSpec, ...] = (
    OrderSpec("BW-1", "BW-2026-001", BRIGHTWAY, "2026-01-12", "TB-500", "Steel bottle 500 ml", 3000, "3.85", 35),
    OrderSpec("BW-2", "BW-2026-002", BRIGHTWAY, "2026-02-16", "TB-500", "Steel bottle 500 ml", 2000, "3.85", 35,
              account="8481 2345 6838"),
    OrderSpec("HD-1", "HD-2026-001", HENGDA, "2026-01-05", "PN-24", "Frying pan 24 cm", 1000, "2.00", 30),
    OrderSpec("HD-2", "HD-2026-002", HENGDA, "2026-02-05", "PN-24", "Frying pan 24 cm", 1000, "2.04", 35),
    OrderSpec("HD-3", "HD-2026-003", HENGDA, "2026-03-05", "PN-24", "Frying pan 24 cm", 1000, "2.10", 40,
              stakeholders=("finance@buyer.example", "qa@buyer.example")),
    OrderSpec("EG-1", "EG-2026-001", EVERGREEN, "2026-01-20", "TT-01", "Tote bag 600D", 5000, "1.10", 35,
              inspection="FAILED", chat_lead_days=45),
    OrderSpec("EG-2", "EG-2026-002", EVERGREEN, "2026-02-20", "TT-01", "Tote bag 600D", 5000, "1.10", 35,
              inspection="FAILED", chat_lead_days=45),
    OrderSpec("JH-1", "JH-2026-001", JIAHE, "2026-01-08", "SP-28", "Silicone spatula 28 cm", 4000, "1.32", 30,
              inspection="PASSED"),
    OrderSpec("JH-2", "JH-2026-002", JIAHE, "2026-02-08", "SP-28", "Silicone spatula 28 cm", 4000, "1.34", 30,
              inspection="PASSED", balance_due="2026-03-30"),
)  # fmt: skip


def _money(value: str, quantity: int) -> str:
    from decimal import Decimal

    return f"{Decimal(value) * quantity:.2f}"


def order_toml(spec: OrderSpec) -> str:
    s = spec.supplier
    lines = [
        f'order_id = "{spec.order_id}"',
        "stakeholders = [" + ", ".join(f'"{a}"' for a in spec.stakeholders) + "]",
        "",
        "[buyer]",
        f'name = "{BUYER}"',
        f'company = "{BUYER_COMPANY}"',
        'aliases = ["Anna"]',
        "",
        "[supplier]",
        f'name = "{s.name}"',
        f'aliases = ["{s.contact}", "{s.contact.split()[0]}"]',
    ]
    if s.vetted_domain:
        lines.append(f'domains = ["{s.domain}"]')
    if spec.balance_due:
        lines += ["", "[release]", f"balance_due = {spec.balance_due}"]
    return "\n".join(lines) + "\n"


def spec_md(spec: OrderSpec) -> str:
    return f"""# Product specification {spec.order_id}

Buyer: {BUYER_COMPANY}

| Item | Description | Quantity | Unit price |
|---|---|---|---|
| {spec.sku} | {spec.product} | {spec.quantity} pcs | USD {spec.price}/pc |

- Lead time: {spec.lead_days} days after deposit
- Incoterm: FOB Ningbo
- Payment: 30% deposit, 70% balance before shipment
"""


def pi_md(spec: OrderSpec) -> str:
    s = spec.supplier
    total = _money(spec.price, spec.quantity)
    return f"""# PROFORMA INVOICE

PI No.: PI-{spec.order_id}
Date: {spec.date}
Seller: {s.name}
E-mail: {s.contact.split()[0].lower()}@{s.domain}

| Item | Description | Quantity | Unit price | Amount |
|---|---|---|---|---|
| {spec.sku} | {spec.product} | {spec.quantity} pcs | USD {spec.price} | USD {total} |

Lead time: {spec.lead_days} days after deposit
Incoterm: FOB Ningbo
Payment: 30% deposit, 70% balance before shipment

Beneficiary: {s.name}
Bank: {s.bank}
SWIFT: {s.swift}
Account No.: {spec.account or s.account}
"""


def inspection_md(spec: OrderSpec) -> str:
    return f"""# Inspection report {spec.order_id}

Product: {spec.product} ({spec.sku})
Inspection: AQL 2.5, level II
Result: {spec.inspection}
"""


def chat_txt(spec: OrderSpec) -> str:
    s = spec.supplier
    day = spec.date[8:10] + "/" + spec.date[5:7] + "/" + spec.date[:4]
    who = f"{s.contact.split()[0]} {s.name.split()[1]}"
    return (
        f"{day}, 10:03 - {who}: Production time will be {spec.chat_lead_days} days after deposit "
        f"instead of {spec.lead_days} days. Is it ok for you?\n"
        f"{day}, 11:49 - {BUYER}: ok go ahead, {spec.chat_lead_days} days is fine\n"
    )


def write_order(spec: OrderSpec, root: Path) -> Path:
    """Write one order folder under root; returns it."""
    folder = root / spec.folder
    files = {
        "order.toml": order_toml(spec),
        "spec/spec.md": spec_md(spec),
        f"pi/PI-{spec.order_id}.md": pi_md(spec),
        **spec.extra,
    }
    if spec.inspection:
        files["inspection/inspection.md"] = inspection_md(spec)
    if spec.chat_lead_days:
        files[f"chat/WhatsApp Chat with {spec.supplier.contact}.txt"] = chat_txt(spec)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def write_portfolio(root: Path, orders: tuple[OrderSpec, ...] = PORTFOLIO) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    return [write_order(spec, root) for spec in orders]


def edited(spec_folder: str, **changes: object) -> OrderSpec:
    """The portfolio's order `spec_folder` with some terms changed (for a second run)."""
    spec = next(s for s in PORTFOLIO if s.folder == spec_folder)
    return replace(spec, **changes)  # type: ignore[arg-type]


if __name__ == "__main__":
    for folder in write_portfolio(Path(sys.argv[1] if len(sys.argv) > 1 else "portfolio")):
        print(folder)

"""Generate a benchmark corpus: N realistic order folders of about ten documents each.

Each order: order.toml, a spec DOCX with a table, a sample record (Markdown), a quotation XLSX,
a revised quotation PDF, a proforma invoice PDF of 1-3 pages with a drawn line-item table and
bank block, sometimes a revised PI, a change order PDF, an inspection report PDF, a WhatsApp
(Android) export and a WeChat export. About a third of the orders carry a planted problem (a
material downgrade on the PI, new bank details announced in chat, a change agreed only in chat).

Dev dependencies only: reportlab, python-docx, openpyxl. Deterministic for a given seed.

    python benchmarks/corpus.py /tmp/bench-orders --orders 200
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

# Products and their terms: the grades, colours and packing that domain.md lists.
PRODUCTS = [
    ("TB", "Vacuum insulated bottle 500 ml", "SS304", "SS201", "304 stainless steel", "201 stainless steel", "PANTONE 186 C"),
    ("SM", "Silicone baking mat 40x30 cm", "food grade silicone", "silicone", "LFGB food grade silicone", "silicone", "PANTONE 7621 C"),
    ("BP", "Laptop backpack 15.6 inch", "600D polyester", "300D polyester", "600D polyester", "300D polyester", "BLACK"),
    ("CT", "Bath towel 70x140 cm", "cotton 500gsm", "cotton 400gsm", "100% cotton 500gsm", "cotton 400gsm", "PANTONE 11-0601 TCX"),
    ("KC", "Ceramic coffee mug 350 ml", "stoneware", "porcelain", "stoneware", "porcelain", "RAL 9005"),
]  # fmt: skip
SUPPLIERS = [
    ("Ningbo Brightway Housewares Co., Ltd.", "BKCHCNBJ92A", "Bank of China Ningbo Branch", "Lily Chen"),
    ("Yiwu Sunrise Trading Co., Ltd.", "ICBKCNBJZJP", "ICBC Yiwu Sub-branch", "Kevin Wang"),
    ("Shenzhen Everbright Bags Manufacturing Co., Ltd.", "PCBCCNBJSZX", "China Construction Bank Shenzhen", "Amy Liu"),
    ("Xiamen Oceanic Textile Co., Ltd.", "ABOCCNBJ080", "Agricultural Bank of China Xiamen", "Jason Xu"),
]  # fmt: skip
BUYERS = ["Anna Becker", "Tom Reynolds", "Sofia Marin", "Lars Olsen"]
PORTS = ["NINGBO", "SHANGHAI", "SHENZHEN", "XIAMEN"]


@dataclass
class Order:
    """The terms of one generated order, and the problem planted in it (if any)."""

    order_id: str
    supplier: str
    swift: str
    bank: str
    account: str
    contact: str
    buyer: str
    port: str
    items: list[tuple[str, str, int, str]]  # sku, description, quantity, unit price
    material: str
    material_text: str
    cheap_text: str
    color: str
    deposit: int
    lead_days: int
    carton_qty: int
    problem: str  # "", "downgrade", "bank", "chat_change"
    day: date


def make_order(rng: random.Random, n: int) -> Order:
    prefix, name, material, _cheap, material_text, cheap_text, color = rng.choice(PRODUCTS)
    supplier, swift, bank, contact = rng.choice(SUPPLIERS)
    n_items = rng.choice([1, 2, 3, 6, 12, 25, 40, 70])  # 40 and 70 items push the PI to 2-3 pages
    items = [
        (f"{prefix}-{100 + i * 5}", f"{name}, variant {i + 1}", rng.choice([500, 1000, 3000, 5000]), f"{rng.uniform(0.8, 12):.2f}")
        for i in range(n_items)
    ]  # fmt: skip
    return Order(
        order_id=f"PO-{26000 + n}",
        supplier=supplier,
        swift=swift,
        bank=bank,
        account="".join(rng.choice("0123456789") for _ in range(16)),
        contact=contact,
        buyer=rng.choice(BUYERS),
        port=rng.choice(PORTS),
        items=items,
        material=material,
        material_text=material_text,
        cheap_text=cheap_text,
        color=color,
        deposit=rng.choice([30, 30, 30, 50]),
        lead_days=rng.choice([30, 35, 45]),
        carton_qty=rng.choice([12, 24, 48]),
        problem=rng.choice(["", "", "", "downgrade", "bank", "chat_change"]),
        day=date(2026, 1, 5) + timedelta(days=n % 60),
    )


# --------------------------------------------------------------------------------------------- writers


def write_pdf(
    path: Path,
    title: str,
    lines: list[str],
    table: list[list[str]] | None = None,
    tail: Sequence[str] = (),
) -> None:
    """A PDF with a heading, text lines, a gridded (drawn) table and more lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story: list = [Paragraph(title, styles["Title"])]
    story += [Paragraph(line, styles["Normal"]) for line in lines]
    if table:
        story.append(Spacer(1, 8))
        t = Table(table, repeatRows=1)
        t.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8)]
            )
        )
        story.append(t)
        story.append(Spacer(1, 8))
    story += [Paragraph(line, styles["Normal"]) for line in tail]
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, title=title, invariant=1).build(story)


def write_docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]]) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(table):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def write_xlsx(path: Path, title: str, rows: list[list[str]], terms: list[str]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Quotation"
    sheet.append([title])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    sheet.append([])
    for line in terms:
        sheet.append([line])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))


# --------------------------------------------------------------------------------------------- one order


def write_order(folder: Path, o: Order) -> int:
    """Write one order folder; return the number of documents written."""
    first_sku = o.items[0][0]
    item_rows = [["No.", "Item", "Description", "Qty (pcs)", "Unit price (USD)", "Amount (USD)"]]
    total = 0.0
    for i, (sku, desc, qty, price) in enumerate(o.items, 1):
        amount = qty * float(price)
        total += amount
        item_rows.append([str(i), sku, desc, f"{qty:,}", price, f"{amount:,.2f}"])
    commercial = [
        f"Price term: FOB {o.port.title()}",
        f"Payment: T/T {o.deposit}% deposit, {100 - o.deposit}% balance before shipment",
        f"Lead time: {o.lead_days} days after deposit",
        f"Packing: {o.carton_qty}pcs/ctn, 5-ply export carton",
    ]
    bank = [
        f"Beneficiary: {o.supplier}",
        f"Bank: {o.bank}",
        f"SWIFT: {o.swift}",
        f"Account No.: {o.account}",
    ]
    d = o.day
    (folder / "order.toml").parent.mkdir(parents=True, exist_ok=True)
    (folder / "order.toml").write_text(
        f'order_id = "{o.order_id}"\n'
        f'buyer = {{ name = "{o.buyer}", aliases = ["{o.buyer.split()[0]}"] }}\n'
        f'supplier = {{ name = "{o.supplier}", aliases = ["{o.contact}", "{o.contact.split()[0]}"] }}\n',
        encoding="utf-8",
    )
    spec_rows = [["Attribute", "Requirement"], ["Item", first_sku], ["Material", o.material_text],
                 ["Colour", o.color], ["Packaging", f"{o.carton_qty}pcs/ctn, OPP bag"],
                 ["Inspection", "AQL 2.5 General Level II"]]  # fmt: skip
    write_docx(folder / "spec" / f"{o.order_id}-spec.docx", f"Product specification {o.order_id}",
               [f"Buyer: {o.buyer}", f"Quantity: {o.items[0][2]:,} pcs", "Approved by the buyer."], spec_rows)  # fmt: skip
    (folder / "sample").mkdir(parents=True, exist_ok=True)
    (folder / "sample" / "golden-sample.md").write_text(
        f"# Golden sample record {o.order_id}\n\nItem: {first_sku}\nMaterial: {o.material_text}\n"
        f"Colour: {o.color}\nApproved by {o.buyer} on {d.isoformat()}\n",
        encoding="utf-8",
    )
    write_xlsx(folder / "quotes" / f"quotation-{o.order_id}.xlsx", f"QUOTATION {o.order_id}",
               [r[:5] for r in item_rows], commercial + [f"Material: {o.material_text}", "Valid for 30 days"])  # fmt: skip
    write_pdf(folder / "quotes" / f"quotation-{o.order_id}-v2.pdf", f"Quotation {o.order_id} v2",
              [f"Date: {(d + timedelta(days=3)).isoformat()}", f"Supplier: {o.supplier}"],
              item_rows, commercial + [f"Material: {o.material_text}"])  # fmt: skip
    pi_material = o.cheap_text if o.problem == "downgrade" else o.material_text
    write_pdf(folder / "pi" / f"PI-{o.order_id}.pdf", "PROFORMA INVOICE",
              [f"PI No.: PI-{o.order_id}", f"Date: {(d + timedelta(days=7)).isoformat()}", f"Seller: {o.supplier}",
               f"Buyer: {o.buyer}"],
              item_rows,
              [f"TOTAL: USD {total:,.2f}", f"Material: {pi_material}", f"Colour: {o.color}", *commercial,
               "Inspection: AQL 2.5 before shipment", *bank])  # fmt: skip
    docs = 5  # spec, sample record, quote xlsx, quote pdf, PI
    if len(o.items) > 3:
        write_pdf(folder / "pi" / f"PI-{o.order_id}-R1.pdf", "PROFORMA INVOICE R1",
                  [f"PI No.: PI-{o.order_id}-R1", f"Date: {(d + timedelta(days=9)).isoformat()}", f"Seller: {o.supplier}"],
                  item_rows, [f"Material: {pi_material}", *commercial, *bank])  # fmt: skip
        docs += 1
    write_pdf(folder / "changes" / f"change-order-1-{o.order_id}.pdf", "CHANGE ORDER 1",
              [f"Order: {o.order_id}", f"Date: {(d + timedelta(days=5)).isoformat()}",
               f"Change: Packaging from {o.carton_qty}pcs/ctn to {o.carton_qty}pcs/ctn with an extra OPP bag",
               f"Approved by: {o.buyer}", f"Approval date: {(d + timedelta(days=5)).isoformat()}"])  # fmt: skip
    write_pdf(folder / "inspection" / f"inspection-{o.order_id}.pdf", "PRE-SHIPMENT INSPECTION REPORT",
              [f"Order: {o.order_id}", "Standard: ISO 2859-1, General Level II, AQL major 2.5 / minor 4.0"],
              [["Check", "Result"], ["Quantity", "Conform"], ["Workmanship", "Conform"], ["Packing", "Conform"]],
              ["Overall result: PASSED"])  # fmt: skip
    docs += 2
    t = datetime(d.year, d.month, d.day, 9, 12)
    wa = [
        (t, o.contact, f"Hello {o.buyer.split()[0]}, PI for {o.order_id} is ready, please check"),
        (t + timedelta(minutes=14), o.buyer, "Thanks, material must stay " + o.material_text),
        (
            t + timedelta(hours=2),
            o.contact,
            "Sure. Lead time " + str(o.lead_days) + " days after deposit",
        ),
    ]
    if o.problem == "bank":
        wa.append(
            (
                t + timedelta(days=1),
                o.contact,
                "Dear, our company bank account changed, please pay the balance to the new account",
            )
        )
        wa.append((t + timedelta(days=1, minutes=1), o.contact, "Beneficiary: Sunrise Global Trading Ltd\nAccount No.: 801234567890\nSWIFT: HSBCHKHH"))  # fmt: skip
    if o.problem == "chat_change":
        wa.append((t + timedelta(days=2), o.contact, "Can we change colour to BLACK? Same price"))
        wa.append((t + timedelta(days=2, minutes=30), o.buyer, "ok agreed"))
    for k in range(8):
        wa.append(
            (
                t + timedelta(days=3, minutes=k * 7),
                o.contact if k % 2 else o.buyer,
                f"Production update {k + 1}: on schedule",
            )
        )
    (folder / "chat").mkdir(parents=True, exist_ok=True)
    (folder / "chat" / "WhatsApp Chat with supplier.txt").write_text(
        "\n".join(f"{ts:%d/%m/%Y}, {ts:%H:%M} - {who}: {text}" for ts, who, text in wa) + "\n",
        encoding="utf-8",
    )
    wc = [(t + timedelta(days=4, hours=h), o.contact if h % 2 else o.buyer, f"Shipping schedule week {h + 1}: ETD {o.port}") for h in range(6)]  # fmt: skip
    (folder / "chat" / "wechat.txt").write_text(
        "".join(f"{ts:%Y-%m-%d %H:%M:%S} {who}\n{text}\n\n" for ts, who, text in wc),
        encoding="utf-8",
    )
    return docs + 2  # the two chat exports


def generate(out: Path, orders: int, seed: int = 7) -> dict[str, int]:
    """Write `orders` order folders under out; return counts of orders and documents."""
    rng = random.Random(seed)
    documents = 0
    for n in range(orders):
        order = make_order(rng, n)
        documents += write_order(out / f"{order.order_id}-{order.items[0][0]}", order)
    return {"orders": orders, "documents": documents}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.orders, args.seed))


if __name__ == "__main__":
    main()

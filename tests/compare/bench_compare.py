"""Time compare_order on a large order built in code (not a test: prints figures).

usage: python tests/compare/bench_compare.py [ITEMS] [MESSAGES]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pipeline.extract.lexicon  # noqa: E402,F401  (spaCy import cost is not compare's)
from tests.compare.conftest import Order, lead, money, qty  # noqa: E402


def build(items: int, messages: int) -> Order:
    order = Order()
    spec = order.doc("spec/spec.docx", "spec", date="2026-01-01")
    quote = order.doc("quotes/q.xlsx", "quote", date="2026-01-05")
    pi = order.doc("pi/pi.pdf", "pi", date="2026-01-20")
    revised = order.doc("pi/pi-R1.pdf", "pi", date="2026-01-25", version="R1")
    for i in range(items):
        item = f"SKU-{i:04d}"
        spec.term("material", "SS304", item).term("color", "BLACK", item)
        for doc in (quote, pi, revised):
            doc.term("quantity", qty(100 + i), item).term(
                "price.unit", money(f"{1 + i / 100:.2f}"), item
            )
            doc.term("price.total", money(f"{(100 + i) * (1 + i / 100):.2f}", per=None), item)
        revised.term("material", "SS304" if i % 7 else "SS201", item)
    chat = order.doc("chat/wa.txt", "chat")
    for m in range(messages):
        supplier = m % 2 == 1
        kind = ("proposal" if supplier else "approval") if m % 10 in (1, 2) else None
        terms = {"lead_time": lead(30, 30 + m % 5)} if supplier and m % 10 == 1 else None
        chat.say(f"2026-01-{10 + m // 100 % 18:02d}T{m % 24:02d}:{m % 60:02d}:00", "Lily" if supplier else "Tom",
                 f"message {m}", party="supplier" if supplier else "buyer", kind=kind, fields=("lead_time",),
                 terms=terms)  # fmt: skip
    return order


def main() -> None:
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    messages = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    order = build(items, messages)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        audit = order.audit()
        runs.append(time.perf_counter() - start)
    terms = sum(len(d.terms) for d in order.docs)
    print(f"items {items}, chat messages {messages}, terms {terms}: compare_order best {min(runs):.2f} s "
          f"(runs {', '.join(f'{r:.2f}' for r in runs)}); findings {len(audit.findings)}, "
          f"timeline steps {len(audit.timeline)}, verdict {audit.verdict}")  # fmt: skip


if __name__ == "__main__":
    main()

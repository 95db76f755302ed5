"""Words per second through the extract stage's spaCy pipeline and through extract_document.

Run: python benchmarks/bench_terms.py [--repeat N]
Prints one line per measurement; no thresholds (the figures go into docs/performance.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import OrderConfig  # noqa: E402
from pipeline.extract import extract_document, load_nlp  # noqa: E402
from pipeline.model import Block, Document  # noqa: E402

CHAT = [
    "Hi John, steel price went up a lot this month. We will use 201 steel to keep the price, ok?",
    "ok go ahead, but please keep the Pantone 186C colour and the laser engraved logo",
    "好的，交期改为45天，定金30%，尾款70%发货前付清",
    "Dear, our account has changed, please pay the balance to the new account below",
    "Beneficiary: Brightway Trading (HK) Limited  Bank: HSBC Hong Kong  A/C: 808-123456-838  SWIFT: HSBCHKHH",
    "不行，材质必须是不锈钢304，包装24只/箱，外箱尺寸52*38*30cm",
    "Can you ship 5,000 pcs by the end of March? FOB Ningbo as before.",
    "The samples look good, thanks. Please send the PI today.",
]
PI = [
    "PROFORMA INVOICE  PI No.: PI-2291-R1  Date: 2026-03-12",
    "TB-500 Stainless steel water bottle 500ml, black 5,000 pcs US$1.85/pc US$9,250.00",
    "Material: 18/8 stainless steel (SS304), food grade silicone lid, BPA free",
    "Price term: FOB Ningbo port   Payment: T/T 30% deposit, 70% balance against copy of B/L",
    "Lead time: 35-40 days after deposit. Validity: 30 days.",
    "Packing: 24pcs/ctn, OPP bag, color box, carton size 52x38x30cm, G.W. 12.5kgs",
    "Certificates: LFGB, FDA, CE, RoHS   Logo: silk screen 1 colour   Inspection: AQL 2.5 Level II",
    "Beneficiary: Ningbo Brightway Housewares Co., Ltd.  Bank: Bank of China Ningbo Branch",
    "A/C No.: 6217 0000 1234 5678   SWIFT: BKCHCNBJ92A   Tel: +86 574 8765 4321",
]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) + sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff") for t in texts)


def bench_pipeline(name: str, texts: list[str], repeat: int) -> None:
    nlp = load_nlp()
    batch = texts * repeat
    start = time.perf_counter()
    for _ in nlp.pipe(batch, batch_size=1000):
        pass
    elapsed = time.perf_counter() - start
    print(
        f"spaCy pipeline, {name:4}: {words(batch) / elapsed:>10,.0f} words/s ({len(batch)} texts, {elapsed:.2f} s)"
    )


def bench_extract(name: str, texts: list[str], repeat: int, kind: str) -> None:
    blocks = tuple(
        Block("message", t, timestamp="2026-03-12T10:00:00", sender="Lily")
        if kind == "message"
        else Block("line", t, page=1, line=i)
        for i, t in enumerate(texts * repeat, 1)
    )
    document = Document(
        f"{name}.txt", "text", "chat" if kind == "message" else "pi", "read", blocks
    )
    start = time.perf_counter()
    extraction = extract_document(document, OrderConfig(order_id="bench"))
    elapsed = time.perf_counter() - start
    total = words([b.text for b in blocks])
    print(
        f"extract_document, {name:4}: {total / elapsed:>10,.0f} words/s ({len(extraction.terms)} terms, {elapsed:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--repeat", type=int, default=2000, help="copies of the sample texts (default 2000)"
    )
    args = parser.parse_args()
    start = time.perf_counter()
    load_nlp()
    print(f"load_nlp: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    bench_extract("warm", PI[:3], 1, "line")  # first use of the normalisers' caches
    print(f"first extraction: {time.perf_counter() - start:.2f} s")
    bench_pipeline("chat", CHAT, args.repeat)
    bench_pipeline("pi", PI, args.repeat)
    bench_extract("chat", CHAT, max(1, args.repeat // 10), "message")
    bench_extract("pi", PI, max(1, args.repeat // 10), "line")


if __name__ == "__main__":
    main()

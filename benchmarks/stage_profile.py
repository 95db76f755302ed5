"""Where one process spends an audit's time: read / extract / compare / render / write, per
document format and role, over the first N orders of a corpus; optionally a cProfile of it.

    python benchmarks/stage_profile.py /tmp/bench100 --orders 20
    python benchmarks/stage_profile.py /tmp/bench100 --orders 10 --cprofile 30

Seconds, not asserts: a figure for docs/performance.md. The spaCy load is timed apart (paid once
per process, once per batch worker, once per `order-audit watch`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPORT_KINDS = ("json", "html", "md", "txt")


def order_folders(corpus: Path, count: int) -> list[Path]:
    from pipeline.batch import find_order_folders

    return find_order_folders(corpus)[:count]


def profile_orders(orders: list[Path], out: Path) -> Counter[str]:
    """Seconds per stage (and per format / role within read and extract) over `orders`."""
    from pipeline.audit import audit_meta
    from pipeline.compare import compare_order
    from pipeline.config import Settings, load_order_config
    from pipeline.extract import extract_document
    from pipeline.ingest import list_order_files, read_order_file
    from pipeline.report.files import REPORT_FORMATS, atomic_write_bytes

    times: Counter[str] = Counter()
    for order in orders:
        config, settings = load_order_config(order), Settings()
        extractions = []
        for path in list_order_files(order, config):
            t0 = time.perf_counter()
            documents = read_order_file(path, order, config, settings)
            t1 = time.perf_counter()
            found = [extract_document(d, config) for d in documents]
            t2 = time.perf_counter()
            kind = documents[0].format if documents else path.suffix.lstrip(".")
            role = documents[0].role if documents else "other"
            times["read"] += t1 - t0
            times["extract"] += t2 - t1
            times[f"read {kind}"] += t1 - t0
            times[f"extract {kind}"] += t2 - t1
            times[f"extract role:{role}"] += t2 - t1
            times["documents"] += len(documents)
            times["pdf pages"] += sum(d.pages or 0 for d in documents if d.format == "pdf")
            extractions += found
        t0 = time.perf_counter()
        audit = compare_order(extractions, config)
        audit_meta(config, extractions)
        times["compare"] += time.perf_counter() - t0
        for kind in REPORT_KINDS:
            name, render = REPORT_FORMATS[kind]
            t0 = time.perf_counter()
            data = render(audit)
            t1 = time.perf_counter()
            atomic_write_bytes(out / order.name / name, data)
            times["render"] += t1 - t0
            times[f"render {kind}"] += t1 - t0
            times["write"] += time.perf_counter() - t1
    return times


def show(times: Counter[str], load_s: float, orders: int) -> dict[str, float]:
    stages = ("read", "extract", "compare", "render", "write")
    total = sum(times[s] for s in stages)
    print(f"\n## stages over {orders} orders, one process (spaCy load {load_s:.2f} s apart)")
    print(f"  {'stage':28} {'seconds':>8} {'share':>6} {'ms/order':>9}")
    for stage in stages:
        print(
            f"  {stage:28} {times[stage]:8.3f} {times[stage] / total:6.1%}"
            f" {1000 * times[stage] / orders:9.1f}"
        )
        for key, value in sorted(times.items(), key=lambda kv: -kv[1]):
            if key.startswith(stage + " "):
                print(f"    {key:26} {value:8.3f} {value / total:6.1%}")
    print(f"  {'total':28} {total:8.3f}")
    print(f"  documents {int(times['documents'])}, PDF pages {int(times['pdf pages'])}")
    return {"load_nlp": load_s, "orders": orders, "total": total, **dict(times)}


def cprofile(orders: list[Path], out: Path, top: int) -> None:
    """cProfile of the same loop (warm: spaCy loaded, first order run once before)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    profile_orders(orders, out)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"\n## cProfile, top {top} by own time")
    stats.sort_stats("tottime").print_stats(top)
    print(f"\n## cProfile, top {top} by cumulative time")
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus", type=Path, help="a folder of order folders (benchmarks/corpus.py)"
    )
    parser.add_argument("--orders", type=int, default=20, help="first N orders (default 20)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="TOP", help="also cProfile")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from pipeline.extract import load_nlp

    load_nlp()
    load_s = time.perf_counter() - t0
    orders = order_folders(args.corpus, args.orders)
    with tempfile.TemporaryDirectory(prefix="order-audit-stages-") as tmp:
        profile_orders(orders[:1], Path(tmp) / "warm-up")  # templates compiled, modules imported
        figures = show(profile_orders(orders, Path(tmp)), load_s, len(orders))
        if args.cprofile:
            cprofile(orders, Path(tmp) / "profiled", args.cprofile)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

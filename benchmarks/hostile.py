"""Hostile-input benchmark (issue 13): wall time and peak RSS of a cold `order-audit audit` of a
sample order holding one hostile file, at the sizes the issue reported.

Each input is generated (tests/hostile/inputs.py), put in misc/ of a copy of a sample order and
audited by a fresh process under an address-space ceiling; the peak RSS is the kernel's
ru_maxrss of that process. `--code DIR` audits with another checkout (e.g. the code before the
issue: `git archive e2aa6c6 | tar -x -C /tmp/before`), so that both can be compared.

    python benchmarks/hostile.py                       # every input, this checkout
    python benchmarks/hostile.py --only csv-1m,pdf-bomb --code /tmp/before --timeout 300
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import inputs  # noqa: E402
from tests.hostile.limits import MB, audit_args, environment, run_limited  # noqa: E402

# name -> (what the issue measured, a function writing the input into misc/)
INPUTS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "zip-190-members": (
        "p1: 509 KB zip of 190 text members just under 1 MB: 48 s, 3.35 GB",
        lambda d: inputs.make_zip_of_many_members(d / "notes.zip"),
    ),
    "zip-190-padded": (
        "p1: the same with 3 MB of random bytes pulling the overall ratio under 100",
        lambda d: inputs.make_zip_of_many_members(d / "notes.zip", padding=3 * MB),
    ),
    "zip-nested-10": (
        "p1: 10-level nested zip (150 members of 0.99 MB per level): 2.1 GB",
        lambda d: inputs.make_nested_zip(d / "nested.zip"),
    ),
    "csv-1m": (
        "p2: 5.9 MB CSV of 1M cells: 147 s, 5.6 GB",
        lambda d: inputs.make_csv(d / "cells.csv", cells=1_000_000),
    ),
    "csv-29mb": (
        "p2: 29 MB CSV: 9.8 GB",
        lambda d: inputs.make_csv(d / "big.csv", cells=5_000_000),
    ),
    "docx-29mb": (
        "p2: 29 MB DOCX: 201 s, 9.8 GB",
        lambda d: inputs.make_docx(d / "big.docx", paragraphs=700_000),
    ),
    "xlsx-big-sheet": (
        "p2: one big XLSX sheet: 140 s, 8.7 GB",
        lambda d: inputs.make_xlsx(d / "big.xlsx", rows=300_000, columns=10),
    ),
    "whatsapp-35mb": (
        "p2: 35 MB WhatsApp export: killed at 240 s with 4.4 GB",
        lambda d: inputs.make_whatsapp(d / "WhatsApp Chat - big.txt", messages=330_000),
    ),
    "whatsapp-60k": (
        "p2: 3.7 MB chat of 60k messages: 50 s",
        lambda d: inputs.make_whatsapp(d / "WhatsApp Chat - long.txt", messages=60_000),
    ),
    "text-one-line-40mb": (
        "one 40 MB line of text",
        lambda d: inputs.make_one_line_text(d / "line.txt", size=40 * MB),
    ),
    "pdf-bomb": (
        "p3: 1 MB PDF with a 1 GB Flate stream: 2.1 GB",
        lambda d: inputs.make_pdf_stream_bomb(d / "bomb.pdf"),
    ),
}


def _document(out: Path, name: str) -> dict[str, object]:
    try:
        findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    for document in findings.get("documents", []):
        if str(document.get("path", "")).startswith(f"misc/{name}"):
            return dict(document)
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated input names")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose pipeline to run")
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(INPUTS)
    env = environment({"PYTHONPATH": str(args.code)})
    print(f"code: {args.code}")
    print(f"{'input':22} {'file MB':>8} {'wall s':>7} {'peak MB':>8} {'exit':>5}  status: reason")
    for name in names:
        issue, make = INPUTS[name]
        with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
            order = inputs.order_with(Path(tmp))
            made = make(order / "misc")
            size = made.stat().st_size / MB
            out = Path(tmp) / "out"
            run = run_limited(audit_args(order, out), timeout=args.timeout, env=env, cwd=args.code)
            document = _document(out, made.name)
            status = document.get("status", "?")
            error = str(document.get("error") or "")[:150]
            flag = " TIMEOUT" if run.timed_out else ""
            print(
                f"{name:22} {size:8.1f} {run.seconds:7.1f} {run.peak_mb:8.0f} {run.returncode:5}"
                f"{flag}  {status}: {error}"
            )
            if run.returncode not in (0, 1) and not run.timed_out:
                print("   " + (run.stderr.strip().splitlines() or [""])[-1][:200])
        print(f"   ({issue})")


if __name__ == "__main__":
    main()

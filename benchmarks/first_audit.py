"""Where a first `order-audit audit ORDER --no-cache` spends its time, step by step, in this
fresh process: the bare imports, the pipeline's modules, the spaCy pipeline, pypinyin, reading
and extracting, compare, the reports; with the seconds spent compiling regular expressions in
each step (Python compiles them in pure Python, once per process).

    python benchmarks/first_audit.py samples/cotton-towels-wechat
    for i in 1 2 3; do python benchmarks/first_audit.py samples/cotton-towels-wechat; done

Run it in a new process each time (it measures what a cold process pays). Seconds, not asserts:
a figure for docs/performance.md ("Where a first audit's time goes").
"""

from __future__ import annotations

import re._compiler
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_compile: Callable[..., Any] = re._compiler.compile
_regex_seconds = [0.0]


def _timed_compile(pattern: Any, flags: int = 0) -> Any:
    began = time.perf_counter()
    try:
        return _compile(pattern, flags)
    finally:
        _regex_seconds[0] += time.perf_counter() - began


re._compiler.compile = _timed_compile  # re.compile and the re functions call it on a cache miss


def main(order: str) -> None:
    steps: list[tuple[str, float, float]] = []

    def done(step: str) -> None:
        steps.append((step, time.perf_counter(), _regex_seconds[0]))

    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401
    import spacy  # noqa: F401

    done("import spacy, pdfplumber, pypdfium2")
    import pipeline.audit
    import pipeline.cli
    import pipeline.compare
    import pipeline.extract.document
    import pipeline.report.files  # noqa: F401

    done("the pipeline's modules")
    from pipeline.extract.nlp import load_nlp

    load_nlp()
    done("the spaCy pipeline (models/)")
    from pypinyin import lazy_pinyin  # noqa: F401

    done("pypinyin")
    from dataclasses import replace
    from tempfile import TemporaryDirectory

    from pipeline.audit import audit_meta, extract_order
    from pipeline.compare import compare_order
    from pipeline.config import Settings, load_order_config
    from pipeline.report.files import write_reports

    folder = Path(order)
    config = load_order_config(folder)
    extractions = extract_order(folder, config, Settings())
    done("read + extract")
    audit = compare_order(extractions, config)
    meta = {**audit.meta, **audit_meta(config, extractions)}
    audit = replace(audit, order_dir=str(folder.resolve()), meta=meta)
    done("compare")
    with TemporaryDirectory() as out:
        write_reports(audit, Path(out), formats=("json", "html", "md", "txt"))
    done("the four reports written")
    previous, previous_regex = STARTED, 0.0
    for step, at, regex in steps:
        print(
            f"{step:40s} {at - previous:6.3f} s  (compiling regexes {regex - previous_regex:5.3f})"
        )
        previous, previous_regex = at, regex
    print(f"{'total in this process':40s} {previous - STARTED:6.3f} s  "
          f"(compiling regexes {_regex_seconds[0]:5.3f})")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "samples" / "cotton-towels-wechat"))

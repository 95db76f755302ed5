"""Time reading every PDF under a folder with each engine (best of 2), and count the pages each
pypdfium2 path read.

    python benchmarks/corpus.py /tmp/bench40 --orders 40 && python benchmarks/pdf_engines.py /tmp/bench40
    python benchmarks/pdf_engines.py samples
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import Settings  # noqa: E402
from pipeline.ingest.common import Source  # noqa: E402
from pipeline.ingest.pdf import read_pdf  # noqa: E402


def main(folder: Path) -> None:
    files = [(p.name, p.read_bytes()) for p in sorted(folder.rglob("*.pdf"))]
    for engine in ("auto", "pdfplumber"):
        best = float("inf")
        pages = text_pages = table_pages = 0
        for _ in range(2):
            started = time.perf_counter()
            pages = text_pages = table_pages = 0
            for name, data in files:
                reading = read_pdf(Source(name, data), Settings(), engine=engine)
                pages += reading.pages or 0
                text_pages += int(reading.meta.get("pdfium_pages", 0))
                table_pages += int(reading.meta.get("pdfium_table_pages", 0))
            best = min(best, time.perf_counter() - started)
        print(
            f"{engine:10} {len(files)} PDFs, {pages} pages: {best:.2f} s "
            f"(pdfium: {text_pages} text pages, {table_pages} table pages)"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))

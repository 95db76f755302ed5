"""Make docs/img/report.png: a sample order's report.html in headless Chromium.

Usage: python tests/report/make_screenshot.py [ORDER_DIR] [--out docs/img/report.png]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from pipeline.audit import audit_order
from pipeline.report import write_reports

ROOT = Path(__file__).resolve().parents[2]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "order_dir", nargs="?", type=Path, default=ROOT / "samples" / "steel-bottles-bank-change"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "report.png")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=1300)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        html = write_reports(audit_order(args.order_dir), Path(tmp), formats=["html"])["html"]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(html.as_uri())
            page.screenshot(path=str(args.out), full_page=False)
            browser.close()
    print(args.out)


if __name__ == "__main__":
    main()

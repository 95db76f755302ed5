"""Make the screenshots in docs/img from the bundled samples, in headless Chromium.

Usage: python tests/report/make_screenshot.py [--out docs/img]

  report-hold.png         the bank-change sample (HOLD): verdict, what to do next, payment
  report-review.png       tote-bags (REVIEW: a change agreed only in chat)
  report-release.png      silicone-utensils (RELEASE)
  report-bank-change.png  the bank-change sample's one bank card and its bank table
  report-phone.png        the bank-change sample on a 390 px phone
  mail.png                the e-mail body of the bank-change sample
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

from pipeline.audit import audit_order  # noqa: E402
from pipeline.report import write_reports  # noqa: E402
from pipeline.report.mail import render_mail_html  # noqa: E402

SAMPLES = ROOT / "samples"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]
PAGES = {  # file -> (sample, viewport width, viewport height, element to start at)
    "report-hold.png": ("steel-bottles-bank-change", 1000, 1300, None),
    "report-review.png": ("tote-bags-change-order-and-chat", 1000, 1300, None),
    "report-release.png": ("silicone-utensils-clean", 1000, 1300, None),
    "report-bank-change.png": ("steel-bottles-bank-change", 1000, 1500, "#findings"),
    "report-phone.png": ("steel-bottles-bank-change", 390, 1400, None),
}


def _shoot(browser: Any, path: Path, out: Path, width: int, height: int, start: str | None) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(path.as_uri())
    if start:
        page.evaluate(f"document.querySelector({start!r}).scrollIntoView()")
    page.screenshot(path=str(out), full_page=False)
    page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        audits = {name: audit_order(SAMPLES / name) for name, *_ in PAGES.values()}
        html = {
            name: write_reports(audit, Path(tmp) / name, formats=["html"])["html"]
            for name, audit in audits.items()
        }
        for filename, (sample, width, height, start) in PAGES.items():
            _shoot(browser, html[sample], args.out / filename, width, height, start)
            print(args.out / filename)
        mail = Path(tmp) / "mail.html"
        mail.write_text(
            render_mail_html(audits["steel-bottles-bank-change"], attached=["report.pdf"]),
            encoding="utf-8",
        )
        _shoot(browser, mail, args.out / "mail.png", 640, 1180, None)
        print(args.out / "mail.png")
        browser.close()


if __name__ == "__main__":
    main()

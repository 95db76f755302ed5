"""The HTML report and the mail body in a real headless Chromium (Debian's /usr/bin/chromium).

Playwright drives the system browser through executable_path; no browser is ever downloaded.
Each page must load with no console error and no request beyond its own file, show supplier
script text as text (no dialog fires), and leave a screenshot under test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import HOLD_AUDIT, HOSTILE_AUDIT, RELEASE_AUDIT, SCRIPT

from pipeline.model import Audit
from pipeline.report import BatchRow, render_html, write_batch_index
from pipeline.report.mail import render_mail_html

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]
CHROMIUM_CANDIDATES = (
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "chromium",
    "chromium-browser",
)


def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no Chromium installed (apt-get install chromium): the browser tests need a real one"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the python 'playwright' package is not installed"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class PageWatch:
    """A page that records console errors, dialogs and every request it makes."""

    def __init__(self, browser: Any, width: int, height: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.context.route("**/*", self._route)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def assert_clean(self, path: Path) -> None:
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"a dialog fired (script ran): {self.dialogs}"
        assert self.requests == [path.resolve().as_uri()], (
            f"requests beyond the file itself: {self.requests}"
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watch(browser: Any) -> Iterator[Any]:
    opened: list[PageWatch] = []

    def make(width: int = 1200, height: int = 900) -> PageWatch:
        page = PageWatch(browser, width, height)
        opened.append(page)
        return page

    yield make
    for page in opened:
        page.close()


@pytest.mark.parametrize(
    ("case", "audit", "width"),
    [
        ("hold-desktop", HOLD_AUDIT, 1200),
        ("hold-phone", HOLD_AUDIT, 390),
        ("release-desktop", RELEASE_AUDIT, 1200),
        ("hostile-desktop", HOSTILE_AUDIT, 1200),
    ],
)
def test_report_in_chromium(
    case: str, audit: Audit, width: int, watch: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(audit), encoding="utf-8")
    view = watch(width, 900)
    view.open(path)
    view.page.screenshot(path=str(artifacts_dir / f"report-{case}.png"), full_page=True)
    view.assert_clean(path)
    page = view.page
    assert page.locator("header.banner .verdict").inner_text() == audit.verdict
    assert page.locator("script").count() == 0
    # The page never scrolls sideways, on a phone either: wide tables scroll inside their box.
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"page is {scroll_width}px wide in a {width}px viewport"
    if audit is HOSTILE_AUDIT:
        assert page.get_by_text(SCRIPT, exact=False).count() > 0  # shown as text
    if audit is HOLD_AUDIT:
        assert page.locator(".finding").count() == 5
        first = page.locator("details").first
        assert not first.evaluate("d => d.open")
        first.locator("summary").click()
        assert first.evaluate("d => d.open")  # the explanation toggle works without script


def test_report_print_layout(watch: Any, tmp_path: Path, artifacts_dir: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(HOLD_AUDIT), encoding="utf-8")
    view = watch()
    view.open(path)
    view.page.emulate_media(media="print")
    pdf = view.page.pdf(format="Letter", print_background=True)
    (artifacts_dir / "report-print-letter.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    view.assert_clean(path)


def test_mail_body_in_chromium(watch: Any, tmp_path: Path, artifacts_dir: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_text(
        render_mail_html(HOSTILE_AUDIT, attached=["report.pdf", "findings.json"]), encoding="utf-8"
    )
    view = watch(600, 900)
    view.open(path)
    view.page.screenshot(path=str(artifacts_dir / "mail-hostile.png"), full_page=True)
    view.assert_clean(path)
    page = view.page
    assert page.locator("style").count() == 0  # everything inlined for mail clients
    assert page.get_by_text(SCRIPT, exact=False).count() > 0
    banner = page.locator(".banner")
    assert banner.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(179, 38, 30)"


def test_batch_index_in_chromium(watch: Any, tmp_path: Path, artifacts_dir: Path) -> None:
    rows = [
        BatchRow.from_audit(RELEASE_AUDIT, "PO-2002"),
        BatchRow.from_audit(HOSTILE_AUDIT, "PO-3003"),
        BatchRow.failed("PO-4004", "PO-4004", "PO-4004: the folder holds no documents."),
    ]
    path = write_batch_index(rows, tmp_path)["html"]
    view = watch()
    view.open(path)
    view.page.screenshot(path=str(artifacts_dir / "batch-index.png"), full_page=True)
    view.assert_clean(path)
    assert view.page.locator("tbody tr").count() == 3


def test_the_watch_sees_a_script_that_runs(watch: Any, tmp_path: Path) -> None:
    """Control: the checks above would catch a script, a console error and a remote request."""
    path = tmp_path / "bad.html"
    path.write_text(
        "<!doctype html><title>x</title><img src='https://example.com/x.png'>"
        "<script>console.error('boom'); alert(1)</script>",
        encoding="utf-8",
    )
    view = watch()
    view.open(path)
    assert view.dialogs == ["1"]
    assert "boom" in view.errors
    assert "https://example.com/x.png" in view.requests

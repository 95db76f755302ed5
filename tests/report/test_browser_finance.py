"""The finance view of issue 12 in a real headless Chromium, checked in the DOM: what to do
next, the balance and the account it may go to, one card per change of bank details, the bank
table in date order, plain words on the cards, values never broken mid-token on a phone, the
inspection and the scope. Screenshots go to test-artifacts/ for review."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import RELEASE_AUDIT
from test_browser import browser, watch  # noqa: F401 - fixtures used by name

from pipeline import __version__
from pipeline.model import Audit, Document, Extraction
from pipeline.report import render_html
from pipeline.report.mail import render_mail_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# What belongs in "How this was decided", never on the face of a card.
JARGON = re.compile(
    r"\bbank\.(?:swift|account|name|beneficiary)\b|\brule\b|similarity|tolerances\.toml"
    r"|outside tolerance|\b\d+\.\d\d %"
)


@cache
def sample_audit(name: str) -> Audit:
    from pipeline.audit import audit_order

    return audit_order(SAMPLES / name)


def _open(watch: Any, audit: Audit, tmp_path: Path, width: int) -> Any:  # noqa: F811
    path = tmp_path / "report.html"
    path.write_text(render_html(audit), encoding="utf-8")
    view = watch(width, 900)
    view.open(path)
    view.assert_clean(path)
    return view


def _face_text(card: Any) -> str:
    """A card's visible text without its 'How this was decided' fold."""
    return str(
        card.evaluate(
            "c => { const x = c.cloneNode(true); x.querySelectorAll('details').forEach(d => d.remove());"
            " return x.innerText; }"
        )
    )


@pytest.mark.parametrize("width", [1000, 390], ids=["desktop", "phone"])
def test_bank_change_sample(
    width: int,
    watch: Any,  # noqa: F811
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    audit = sample_audit("steel-bottles-bank-change")
    view = _open(watch, audit, tmp_path, width)
    page = view.page
    view.page.screenshot(path=str(artifacts_dir / f"bank-change-{width}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # The audit date (ISO with zone) and the version, in the banner.
    stamp = page.locator("header .audited-at").inner_text()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp), stamp
    assert page.locator("header .tool-version").inner_text() == f"order-audit {__version__}"

    # What to do next, who does it; the balance and the account it may go to.
    steps = page.locator("#next .steps li")
    assert steps.count() >= 2
    assert steps.nth(0).inner_text().startswith("Finance")
    assert "Do not pay the balance of USD 14,525.00" in steps.nth(0).inner_text()
    assert "+86 574 8688 1234" in steps.nth(1).inner_text()
    payment = page.locator("#payment").inner_text()
    assert "USD 14,525.00" in payment and "70 % of USD 20,750.00" in payment
    assert "358176543210" in payment and "848123456838" not in payment
    assert "only after the call-back" in payment

    # One change of bank details: one card, every part listed, the call-back said once.
    cards = page.locator(".finding.bank-event")
    assert cards.count() == 1 and page.locator(".finding").count() == 1
    card = cards.first
    parts = card.locator("table.parts tbody tr")
    assert parts.count() == 4
    assert card.locator(".callback").count() == 1
    face = _face_text(card)
    assert not JARGON.search(face), JARGON.search(face)
    assert "Bank account" in face and "SWIFT/BIC code" in face

    # The bank table: first account on record first, the chat message last, and only the
    # later values marked changed.
    rows = page.locator("#bank ~ .table-wrap table.bank tbody tr")
    assert rows.count() == 3
    assert "pi/PI-2291.pdf" in rows.nth(0).inner_text()
    assert rows.nth(0).get_attribute("class") == "reference"
    assert rows.nth(0).locator("td.diff").count() == 0
    assert rows.nth(1).locator("td.diff").count() == 4
    assert "chat/" in rows.nth(2).inner_text() and "2026-03-09 07:55" in rows.nth(2).inner_text()

    # Account numbers and SWIFT codes are never broken across lines.
    for value in page.locator('.bv[data-field="bank.account"], .bv[data-field="bank.swift"]').all():
        lines = value.evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }"
        )
        assert lines == 1, value.inner_text()


def test_percentages_move_in_points(watch: Any, tmp_path: Path) -> None:  # noqa: F811
    view = _open(watch, sample_audit("cotton-towels-wechat"), tmp_path, 1000)
    deposit = view.page.locator(".finding", has=view.page.locator("h4", has_text="Deposit"))
    assert deposit.locator(".change").inner_text() == "30 % -> 50 % (+20 points)"
    cards = view.page.locator(".finding")
    for i in range(cards.count()):
        face = _face_text(cards.nth(i))
        assert not JARGON.search(face), JARGON.search(face)
    # The compare stage's technical wording is still there, in the fold.
    assert "66.67 %" in (deposit.locator("details.how").text_content() or "")


def test_inspection_section(watch: Any, tmp_path: Path) -> None:  # noqa: F811
    view = _open(watch, sample_audit("led-lamps-inspection-failed"), tmp_path, 1000)
    section = view.page.locator(".card.inspection").first.inner_text()
    # the verdict and the report's own words for it (samples/led-lamps-inspection-failed: "Final result: REJECTED")
    assert "Result: FAILED" in section and "Final result: REJECTED" in section
    assert "AQL 2.5, level II" in section
    steps = view.page.locator("#next .steps").inner_text()
    assert "Quality" in steps and "new inspection" in steps


def test_scope_lists_what_was_skipped(watch: Any, tmp_path: Path) -> None:  # noqa: F811
    own = Document(
        "review/report.html",
        "html",
        "other",
        "read",
        role_source="written by order-audit, not read",
        meta={"skipped": "written by order-audit, not read"},
    )
    audit = replace(
        RELEASE_AUDIT,
        documents=(*RELEASE_AUDIT.documents, own),
        extractions=(*RELEASE_AUDIT.extractions, Extraction(own)),
    )
    view = _open(watch, audit, tmp_path, 1000)
    assert "1 written by order-audit, not read" in view.page.locator("#summary").inner_text()
    skipped = view.page.locator("td.status-skipped")
    assert skipped.count() == 1
    assert skipped.inner_text() == "skipped: written by order-audit, not read"


def test_mail_body_carries_the_finance_view(
    watch: Any,  # noqa: F811
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    audit = sample_audit("steel-bottles-bank-change")
    path = tmp_path / "mail.html"
    path.write_text(render_mail_html(audit, attached=["report.pdf"]), encoding="utf-8")
    view = watch(600, 900)
    view.open(path)
    view.assert_clean(path)
    view.page.screenshot(path=str(artifacts_dir / "mail-bank-change.png"), full_page=True)
    text = view.page.locator("body").inner_text()
    assert "What to do next" in text and "Balance due" in text and "USD 14,525.00" in text
    assert text.count("Bank details changed") >= 1
    assert "+86 574 8688 1234" in text

"""The Supplier section (issue 15) in report.html, the PDF, report.md, report.txt and the mail,
on audits of corpus/supplier cases; supplier text escaped, one line in text and mail."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from pipeline.audit import audit_order
from pipeline.model import Audit
from pipeline.report import render_html, render_markdown, render_pdf, render_text
from pipeline.report.message import render_mail_html, render_mail_text

CASES = Path(__file__).resolve().parents[2] / "corpus" / "supplier"
HOSTILE = "<script>alert(1)</script>\r\nBcc: evil@example.com Co., Ltd."


@cache
def audited(case: str) -> Audit:
    return audit_order(CASES / case)


def with_hostile_name(audit: Audit) -> Audit:
    meta = dict(audit.meta)
    identity = dict(meta["supplier_identity"])
    identity["documents"] = [{**d, "names": [HOSTILE]} for d in identity["documents"]]
    meta["supplier_identity"] = identity
    return replace(audit, meta=meta)


def test_html_shows_the_reference_documents_and_what_disagrees() -> None:
    html = render_html(audited("03-entity-changed-on-pi"))
    section = html[html.index('<h2 id="supplier">') :]
    section = section[: section.index("<h2", 10)]
    assert "What disagrees" in section
    assert "NINGBO BRIGHTWAY TRADING CO., LTD." in section and "宁波明途贸易有限公司" in section
    assert "pi/PI-2601.pdf" in section and "quotes/Q-2601.pdf" in section
    assert 'href="#supplier"' in html


def test_clean_case_says_nothing_disagrees() -> None:
    audit = audited("01-clean-bilingual-transliteration")
    assert "Every document names the same supplier" in render_html(audit)
    md = render_markdown(audit)
    assert "## Supplier" in md and "Registered capital: 伍佰万元整" in md
    assert "business licence" in render_text(audit)


def test_markdown_and_text_carry_the_section() -> None:
    audit = audited("09-look-alike-domain")
    md, txt = render_markdown(audit), render_text(audit)
    assert "## Supplier" in md and "brightvvay" in md
    assert "\nSUPPLIER\n" in txt and "!! [HIGH] Mail from lily@brightvvay-housewares.example" in txt


def test_mail_text_and_html_carry_the_section() -> None:
    audit = audited("10-phone-changed-on-pi")
    text = render_mail_text(audit, attached=[], notes=[])
    html = render_mail_html(audit, attached=[], notes=[])
    assert "\nSupplier:\n" in text and "+86 138 0574 9911" in text
    assert ">Supplier</h2>" in html  # styles are inlined into the tag


def test_supplier_text_is_escaped_and_kept_on_one_line() -> None:
    audit = with_hostile_name(audited("01-clean-bilingual-transliteration"))
    html = render_html(audit)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    txt = render_text(audit)
    line = next(x for x in txt.splitlines() if "alert(1)" in x)
    assert "Bcc: evil@example.com" in line  # CR/LF removed: one line, no header injection
    md = render_markdown(audit)
    assert "\\<script>" in md  # the md filter escapes it (docs/reports.md)


def test_pdf_carries_the_section(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    path = render_pdf(audited("05-uscc-fails-check"), tmp_path / "report.pdf")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF text back")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Supplier" in text and "91330206MA2CLB0T2K" in text

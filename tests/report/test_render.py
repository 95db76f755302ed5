"""Reports rendered from hand-built audits: golden Markdown, escaped HTML, atomic files, the PDF."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import AUDITS, CHINESE_SUPPLIER, HOLD_AUDIT, HOSTILE_AUDIT, RELEASE_AUDIT, SCRIPT
from jinja2 import UndefinedError

from pipeline import __version__
from pipeline.errors import AuditError
from pipeline.model import Audit
from pipeline.report import (
    audit_from_json,
    load_audit,
    render_html,
    render_markdown,
    render_pdf,
    render_text,
    summary_lines,
    write_reports,
)
from pipeline.report.environment import environment
from pipeline.report.files import REPORT_FORMATS, OutputError, ReportWriteError

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report"


def check_golden(name: str, text: str, update: bool) -> None:
    """Compare with tests/golden/report/<name>; `pytest --update-golden` rewrites it."""
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.is_file():
        pytest.fail(
            f"{path} is missing: run 'pytest tests/report --update-golden' and review the diff"
        )
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file; if intended, run pytest --update-golden"
    )


@pytest.mark.parametrize("case", sorted(AUDITS))
def test_markdown_matches_golden(case: str, update_golden: bool) -> None:
    check_golden(f"{case}.md", render_markdown(AUDITS[case]), update_golden)


@pytest.mark.parametrize("case", sorted(AUDITS))
def test_text_matches_golden(case: str, update_golden: bool) -> None:
    check_golden(f"{case}.txt", render_text(AUDITS[case]), update_golden)


def test_html_escapes_supplier_text() -> None:
    html = render_html(HOSTILE_AUDIT)
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()


def test_html_is_self_contained(any_audit: Audit) -> None:
    html = render_html(any_audit)
    # No external asset: no src/href to another host, no @import, no url() outside data:.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert "@import" not in html
    assert not re.search(r"url\((?!\s*['\"]?data:)", html)
    assert "<style>" in html and "Content-Security-Policy" in html


def test_html_sections_in_order() -> None:
    html = render_html(HOLD_AUDIT)
    ids = ["verdict", "next", "payment", "checklist", "findings", "bank", "timeline", "documents"]
    ids += ["appendix"]
    positions = [html.index(f'id="{i}"') for i in ids]
    assert positions == sorted(positions)
    # Findings grouped worst first; both quotes and their places shown.
    assert (
        html.index('id="sev-critical"')
        < html.index('id="sev-high"')
        < html.index('id="sev-medium"')
    )
    assert "Material: 201 S/S 不锈钢201" in html and "Body: 304 stainless steel (不锈钢304)" in html
    assert "p. 1, line 22" in html and "2026-03-12 14:05, Tom (Buyer)" in html
    assert "Agreed only in chat" in html and "Covered by" in html
    assert "No approval on record." in html
    assert "<details" in html and "rule <code>material.grade_downgrade</code>" in html
    assert "content: title &#39;Change Order&#39;" in html  # role_source shown
    assert 'class="bankval diff"' in html  # bank panel marks the changed account


def test_expand_opens_every_details() -> None:
    closed = render_html(HOLD_AUDIT)
    opened = render_html(HOLD_AUDIT, expand=True)
    is_open = re.compile(r"<details[^>]*\sopen[\s>]")
    assert not is_open.search(closed)
    assert len(is_open.findall(opened)) == opened.count("<details") == closed.count("<details") > 0


def test_unflagged_histories_fold_in_html_and_stay_out_of_print() -> None:
    html = render_html(RELEASE_AUDIT)
    assert "<summary>History of the other 1 field</summary>" in html
    assert 'id="tl-price.unit--TB-500"' in html
    printed = render_html(RELEASE_AUDIT, print_version=True)
    assert 'id="tl-price.unit--TB-500"' not in printed
    assert "The history of the other 1 field is in report.html." in printed
    flagged = render_html(HOLD_AUDIT, print_version=True)
    assert 'id="tl-material--TB-500"' in flagged and "History of the other" not in flagged


def test_strict_undefined_makes_template_typos_errors() -> None:
    template = environment().from_string("{{ audit.no_such_field }}")
    with pytest.raises(UndefinedError):
        template.render()


@pytest.mark.parametrize(
    ("name", "autoescaped"),
    [
        ("report.html.j2", True),
        ("index.html.j2", True),
        ("report.md.j2", False),
        ("mail.txt.j2", False),
    ],
)
def test_autoescape_by_template_kind(name: str, autoescaped: bool) -> None:
    env = environment()
    assert env.autoescape(name) is autoescaped  # type: ignore[operator]


def test_markdown_escapes_supplier_text() -> None:
    md = render_markdown(HOSTILE_AUDIT)
    assert SCRIPT not in md
    assert r"\<script>alert(1)\</script>" in md
    # The CR/LF in the supplier name cannot start a new Markdown line.
    assert "\nBcc:" not in md and "\nPay here" not in md


def test_write_reports_writes_every_format(tmp_path: Path) -> None:
    written = write_reports(HOLD_AUDIT, tmp_path / "out")
    assert set(written) == set(REPORT_FORMATS)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        name for name, _ in REPORT_FORMATS.values()
    )
    data = json.loads(written["json"].read_text(encoding="utf-8"))
    assert data.pop("generator") == f"order-audit {__version__}"  # the marker, first
    assert data == HOLD_AUDIT.to_json()
    raw = written["json"].read_text(encoding="utf-8")
    assert CHINESE_SUPPLIER in raw  # ensure_ascii=False: Chinese kept readable
    assert raw.startswith('{\n  "generator": "order-audit ')


def test_write_reports_subset_and_unknown(tmp_path: Path) -> None:
    written = write_reports(RELEASE_AUDIT, tmp_path, formats=["json", "md"])
    assert sorted(written) == ["json", "md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json", "report.md"]
    with pytest.raises(ValueError, match="unknown report format"):
        write_reports(RELEASE_AUDIT, tmp_path, formats=["docx"])


def test_write_reports_replaces_atomically(tmp_path: Path) -> None:
    write_reports(HOLD_AUDIT, tmp_path, formats=["md"])
    before = (tmp_path / "report.md").stat().st_ino
    write_reports(RELEASE_AUDIT, tmp_path, formats=["md"])
    after = tmp_path / "report.md"
    assert (
        after.stat().st_ino != before
    )  # a new file renamed over the old one, not rewritten in place
    assert after.read_text(encoding="utf-8").splitlines()[1].startswith("# RELEASE")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_failing_format_does_not_cost_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(audit: Audit) -> bytes:
        raise RuntimeError("layout engine crashed")

    monkeypatch.setitem(REPORT_FORMATS, "pdf", ("report.pdf", broken))
    with pytest.raises(ReportWriteError) as caught:
        write_reports(HOLD_AUDIT, tmp_path)
    assert sorted(caught.value.written) == ["html", "json", "md", "txt"]
    assert (
        f"{tmp_path / 'report.pdf'}: could not be rendered (RuntimeError: layout engine crashed)"
        in str(caught.value)
    )
    assert not (tmp_path / "report.pdf").exists()
    assert (tmp_path / "findings.json").is_file()


def test_a_path_through_a_file_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be")
    for out in (blocker, blocker / "PO-2002"):
        with pytest.raises(OutputError) as caught:
            write_reports(RELEASE_AUDIT, out, formats=["json"])
        assert str(caught.value) == (
            f"Cannot write the reports to {out}: {blocker} is a file, not a folder."
        )


@pytest.mark.parametrize("case", sorted(AUDITS))
def test_findings_json_round_trip(case: str, tmp_path: Path) -> None:
    audit = AUDITS[case]
    write_reports(audit, tmp_path, formats=["json"])
    loaded = load_audit(tmp_path)
    assert loaded.to_json() == audit.to_json()
    assert f"\n# {audit.verdict} · " in render_markdown(audit_from_json(audit.to_json()))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"schema_version": "2", "verdict": "HOLD"}',
            "schema_version '2', this order-audit reads '1'",
        ),
        ("not json", "not a findings.json order-audit can read"),
        ("[1, 2]", "not a findings.json order-audit can read"),
        ('{"schema_version": "1"}', "not a findings.json order-audit can read"),
    ],
    ids=["newer-schema", "not-json", "a-list", "no-verdict"],
)
def test_load_audit_refuses_what_it_cannot_read(content: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "findings.json").write_text(content, encoding="utf-8")
    with pytest.raises(AuditError, match=re.escape(message)):
        load_audit(tmp_path)


def test_load_audit_without_findings_json(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="no findings.json here"):
        load_audit(tmp_path)


def _no_cjk_font() -> bool:
    """True when fontconfig lists no Chinese font (WeasyPrint would draw boxes for 宁波)."""
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    return not listed.stdout.strip()


def test_pdf_has_pages_footer_and_chinese(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    if _no_cjk_font():
        pytest.skip(
            "no CJK font is installed (fc-list :lang=zh lists none): a report PDF cannot show Chinese; .ci/system-packages.sh installs one"
        )
    path = render_pdf(HOLD_AUDIT, tmp_path / "report.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF text back")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.count("\f")
    assert pages >= 2
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count("PO-1001 · pre-balance review") >= pages  # the order id in every footer
    # ... and the audit date and the version (issue 12, point 4)
    stamp = "PO-1001 · pre-balance review · Audited 2026-03-16T09:30:00+08:00 by order-audit 0.1.0"
    assert text.count(stamp) == pages
    assert "What to do next" in text and "Balance due" in text
    assert "宁波明辉家居用品有限公司" in text  # CJK glyphs really rendered, not boxes
    assert "Any change of bank details is critical" in text  # explanations open on paper
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "WenQuanYi" in fonts or "Noto" in fonts


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_pdf_page_sizes(page_size: str, tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    import pypdfium2

    path = render_pdf(RELEASE_AUDIT, tmp_path / "r.pdf", page_size=page_size)
    pdf = pypdfium2.PdfDocument(str(path))
    width, height = pdf[0].get_size()
    expected = (595, 842) if page_size == "A4" else (612, 792)
    assert (round(width), round(height)) == expected


def test_summary_lines_plain_and_coloured() -> None:
    plain = summary_lines(HOLD_AUDIT, color=False)
    assert plain[0].startswith(" HOLD  PO-1001")
    assert not any("\033[" in line for line in plain)
    table = "\n".join(plain)
    assert re.search(r"critical\s+1\n\s+high\s+2\n\s+medium\s+1", table)
    assert "HIGH     Material · TB-500: SS304 -> SS201" in table
    assert "HIGH     Lead time: 30-35 days after deposit -> not stated" in table
    # One change of bank details is one line, in plain words (no field ids).
    assert "CRITICAL Bank details changed: Beneficiary: " in table
    assert "bank.account" not in table.split("Top findings:")[1]
    assert "Finance: Do not pay the balance yet." in table
    assert "unreadable: inspection/scan.jpg: no text layer" in table
    coloured = summary_lines(HOLD_AUDIT, color=True)
    assert "\033[1;37;41m HOLD \033[0m" in coloured[0]
    assert [re.sub(r"\033\[[0-9;]*m", "", line) for line in coloured] == plain


@pytest.mark.parametrize("tty", [True, False])
def test_summary_lines_auto_colour_follows_the_terminal(
    tty: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: tty)
    coloured = any("\033[" in line for line in summary_lines(HOLD_AUDIT, color=None))
    assert coloured is tty


def test_summary_lines_strip_control_characters() -> None:
    lines = summary_lines(HOSTILE_AUDIT, color=False)
    assert all("\r" not in line and "\n" not in line for line in lines)

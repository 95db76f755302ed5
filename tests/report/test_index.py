"""The batch index: orders by risk in index.html, summary.csv and summary.json."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from conftest import HOLD_AUDIT, HOSTILE_AUDIT, RELEASE_AUDIT, SCRIPT

from pipeline import __version__
from pipeline.model import SEVERITIES
from pipeline.report import BatchRow, write_batch_index
from pipeline.report.index import SUMMARY_COLUMNS, spreadsheet_cell

ROWS = [
    BatchRow.from_audit(RELEASE_AUDIT, "PO-2002"),
    BatchRow.failed("PO-4004", "PO-4004", "PO-4004: the folder holds no documents."),
    BatchRow.from_audit(HOLD_AUDIT, "PO-1001"),
    BatchRow(
        "PO-5005", "PO-5005", "REVIEW", {"medium": 2}, '=HYPERLINK("http://x")', "100.00", "EUR"
    ),
    BatchRow("PO-6006", "PO-6006", "HOLD", {"high": 1}, "Small HOLD Co", "50000.00", "USD"),
    BatchRow.from_audit(HOSTILE_AUDIT, "javascript:alert(1)"),
]


def test_rows_from_audits() -> None:
    row = BatchRow.from_audit(HOLD_AUDIT, "PO-1001")
    assert (row.verdict, row.total_value, row.currency) == ("HOLD", "9250.00", "USD")
    assert row.count("critical") == 1 and row.count("high") == 2
    failed = ROWS[1]
    assert failed.verdict == "FAILED" and failed.to_json()["report"] is None


def test_index_files_sorted_by_risk(tmp_path: Path) -> None:
    written = write_batch_index(ROWS, tmp_path)
    assert sorted(written) == ["csv", "html", "json"]
    summary = json.loads(written["json"].read_text(encoding="utf-8"))
    order = [o["order_id"] for o in summary["orders"]]
    # HOLD with critical findings first, then the other HOLD, then FAILED, REVIEW, RELEASE.
    assert order[:2] == ["PO-1001", HOSTILE_AUDIT.order_id] or order[:2] == [
        HOSTILE_AUDIT.order_id,
        "PO-1001",
    ]
    assert order[2:] == ["PO-6006", "PO-4004", "PO-5005", "PO-2002"]
    assert summary["verdicts"] == {"HOLD": 3, "FAILED": 1, "REVIEW": 1, "RELEASE": 1}
    assert summary["orders"][0]["report"].endswith("/report.html")


def test_summary_csv_is_spreadsheet_safe(tmp_path: Path) -> None:
    written = write_batch_index(ROWS, tmp_path)
    rows = list(csv.DictReader(written["csv"].open(encoding="utf-8", newline="")))
    assert list(rows[0]) == [
        "order_id",
        "verdict",
        "critical",
        "high",
        "medium",
        "low",
        "info",
        "supplier",
        "total_value",
        "currency",
        "report",
        "error",
        "audited_at",
    ]
    by_id = {r["order_id"]: r for r in rows}
    assert by_id["PO-5005"]["supplier"].startswith("'=")  # a formula stays text in Excel
    assert by_id["PO-4004"]["verdict"] == "FAILED" and "no documents" in by_id["PO-4004"]["error"]
    assert all("\n" not in r["supplier"] and "\r" not in r["supplier"] for r in rows)


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1", "-2", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=1", " =1"],
    ids=["equals", "plus", "minus", "at", "tab", "cr", "space"],
)
def test_every_summary_csv_cell_is_escaped(cell: str, tmp_path: Path) -> None:
    """Issue 13, point 9: any column (not only the supplier) may carry a formula start."""
    row = BatchRow(cell, cell, "REVIEW", {}, cell, cell, cell, cell, audited_at=cell)
    written = write_batch_index([row], tmp_path)
    (values,) = list(csv.reader(written["csv"].open(encoding="utf-8", newline="")))[1:]
    for name, value in zip(SUMMARY_COLUMNS, values, strict=True):
        if name in ("verdict", *SEVERITIES):
            continue
        assert value.startswith("'"), f"{name}: {value!r} would be a formula"
        assert "\t" not in value and "\r" not in value


def test_plain_cells_stay_as_they_are() -> None:
    assert spreadsheet_cell("Ningbo Brightway Co., Ltd.") == "Ningbo Brightway Co., Ltd."
    assert spreadsheet_cell("9250.00") == "9250.00"
    assert spreadsheet_cell(None) == ""
    assert spreadsheet_cell(3) == "3"


def test_index_html_escapes_and_links(tmp_path: Path) -> None:
    html = write_batch_index(ROWS, tmp_path)["html"].read_text(encoding="utf-8")
    assert SCRIPT not in html and "&lt;script&gt;" in html
    assert 'href="PO-1001/report.html"' in html
    assert 'href="javascript:' not in html  # a folder name cannot become a script link
    assert "USD 50,000.00" in html
    assert (
        html.index("PO-6006")
        < html.index("PO-4004")
        < html.index("PO-5005")
        < html.index("PO-2002")
    )


def test_empty_batch(tmp_path: Path) -> None:
    written = write_batch_index([], tmp_path)
    assert json.loads(written["json"].read_text())["orders"] == []
    assert "0 orders" in written["html"].read_text()


@pytest.mark.parametrize("verdict", ["HOLD", "REVIEW", "RELEASE", "FAILED"])
def test_every_verdict_renders(verdict: str, tmp_path: Path) -> None:
    row = BatchRow(
        "PO-1", "PO-1", verdict, {}, None, None, None, "boom" if verdict == "FAILED" else None
    )
    html = write_batch_index([row], tmp_path)["html"].read_text()
    assert f'verdict-pill {verdict}">{verdict}' in html


def test_every_row_and_the_index_carry_dates_and_the_version(tmp_path: Path) -> None:
    """Issue 12, point 4: the audit date and the tool version on the index too."""
    (tmp_path / "PO-6006").mkdir()
    (tmp_path / "PO-6006" / "findings.json").write_text("{}")  # an order skipped as unchanged
    written = write_batch_index(ROWS, tmp_path)
    summary = json.loads(written["json"].read_text(encoding="utf-8"))
    dates = {o["order_id"]: o["audited_at"] for o in summary["orders"]}
    assert dates["PO-1001"] == HOLD_AUDIT.meta["audited_at"]  # from the audit
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", dates["PO-6006"])
    assert dates["PO-4004"] is None  # failed: never audited
    assert summary["generator"] == f"order-audit {__version__}"
    html = written["html"].read_text(encoding="utf-8")
    assert f'<span class="tool-version">order-audit {__version__}</span>' in html
    assert HOLD_AUDIT.meta["audited_at"] in html and 'class="written-at"' in html

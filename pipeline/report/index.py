"""A folder of audited orders -> index.html (orders by risk), summary.csv and summary.json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.generated import SUMMARY_CSV_HEADER, generator
from pipeline.model import SEVERITIES, Audit
from pipeline.report.environment import environment
from pipeline.report.files import atomic_write_text
from pipeline.report.formatting import clean_line
from pipeline.report.view import order_total

FAILED = "FAILED"
# Risk order of a batch row: what must be looked at first. A failed order is unknown risk, so it
# comes right after the orders known to need a hold.
_VERDICT_RISK = {"HOLD": 0, FAILED: 1, "REVIEW": 2, "RELEASE": 3}


@dataclass(frozen=True)
class BatchRow:
    """One order of a batch run: its verdict and counts, or FAILED with the error."""

    order_id: str
    report_dir: str  # relative to the batch output folder, "/" separators
    verdict: str  # HOLD, REVIEW, RELEASE or FAILED
    counts: Mapping[str, int] = field(default_factory=dict)
    supplier: str | None = None
    total_value: str | None = None  # decimal string
    currency: str | None = None
    error: str | None = None
    audited_at: str | None = None  # ISO 8601 with the zone; write_batch_index fills it if unset
    # Supplier signals resting on this order (issue 17): one line each, and the link to its
    # supplier's section of suppliers.html.
    signals: tuple[str, ...] = ()
    signals_link: str | None = None

    @classmethod
    def from_audit(cls, audit: Audit, report_dir: str) -> BatchRow:
        total = order_total(audit)
        return cls(
            order_id=audit.order_id,
            report_dir=report_dir,
            verdict=audit.verdict,
            counts=audit.counts(),
            supplier=audit.supplier,
            total_value=total[0] if total else None,
            currency=total[1] if total else None,
            audited_at=str(audit.meta["audited_at"]) if audit.meta.get("audited_at") else None,
        )

    @classmethod
    def failed(cls, order_id: str, report_dir: str, error: str) -> BatchRow:
        return cls(order_id=order_id, report_dir=report_dir, verdict=FAILED, error=error)

    def count(self, severity: str) -> int:
        return int(self.counts.get(severity, 0))

    def to_json(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "verdict": self.verdict,
            "counts": {s: self.count(s) for s in SEVERITIES},
            "supplier": self.supplier,
            "total_value": self.total_value,
            "currency": self.currency,
            "report_dir": self.report_dir,
            "report": f"{self.report_dir}/report.html" if self.verdict != FAILED else None,
            "error": self.error,
            "audited_at": self.audited_at,
            "supplier_signals": list(self.signals),
        }


def _amount(value: str | None) -> Decimal:
    try:
        return Decimal(value) if value else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def risk_key(row: BatchRow) -> tuple[Any, ...]:
    """HOLD before FAILED before REVIEW before RELEASE; then more severe counts; then larger value."""
    severity = tuple(-row.count(s) for s in SEVERITIES)
    return (_VERDICT_RISK.get(row.verdict, 1), severity, -_amount(row.total_value), row.order_id)


def sort_by_risk(rows: Sequence[BatchRow]) -> list[BatchRow]:
    return sorted(rows, key=risk_key)


# A cell that starts with one of these is a formula (or becomes one) to Excel, LibreOffice and
# Google Sheets: = + - @, and a tab or CR that the spreadsheet strips before the formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """One CSV cell, safe to open in a spreadsheet: one line, and a leading ' before a formula start."""
    raw = "" if value is None else str(value)
    text = clean_line(raw)
    return "'" + text if raw.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS) else text


# The header row is also how order-audit recognises summary.csv as its own (pipeline.generated).
SUMMARY_COLUMNS = tuple(SUMMARY_CSV_HEADER.split(","))


def summary_csv(rows: Sequence[BatchRow]) -> str:
    """summary.csv: one row per order, riskiest first; every cell passes spreadsheet_cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    for row in sort_by_risk(rows):
        data = row.to_json()
        cells = [
            row.order_id,
            row.verdict,
            *(row.count(s) for s in SEVERITIES),
            row.supplier,
            row.total_value,
            row.currency,
            data["report"],
            row.error,
            row.audited_at,
        ]
        writer.writerow([spreadsheet_cell(cell) for cell in cells])
    return out.getvalue()


def render_batch_index(rows: Sequence[BatchRow], *, suppliers_page: str | None = None) -> str:
    ordered = sort_by_risk(rows)
    verdicts = {v: sum(1 for r in rows if r.verdict == v) for v in _VERDICT_RISK}
    return (
        environment()
        .get_template("index.html.j2")
        .render(
            rows=ordered,
            verdicts=verdicts,
            severities=SEVERITIES,
            version=__version__,
            written_at=_now(),
            suppliers_page=suppliers_page,
        )
    )


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _with_audit_dates(rows: Sequence[BatchRow], out_dir: Path) -> list[BatchRow]:
    """Rows without an audit date take their findings.json's time (an order skipped as
    unchanged keeps the date of the audit that made its reports)."""
    out = []
    for row in rows:
        if row.audited_at is None and row.verdict != FAILED:
            try:
                stamp = (out_dir / row.report_dir / "findings.json").stat().st_mtime
            except OSError:
                stamp = None
            if stamp is not None:
                when = datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")
                row = replace(row, audited_at=when)
        out.append(row)
    return out


def write_batch_index(
    rows: Sequence[BatchRow], out_dir: Path, *, suppliers_page: str | None = None
) -> dict[str, Path]:
    """Write index.html, summary.csv and summary.json (orders by risk) into out_dir; the index
    links `suppliers_page` (a file name beside it) when given."""
    out_dir = Path(out_dir)
    rows = _with_audit_dates(rows, out_dir)
    ordered = sort_by_risk(rows)
    summary = {
        "generator": generator(),
        "written_at": _now(),
        "orders": [r.to_json() for r in ordered],
        "verdicts": {v: sum(1 for r in rows if r.verdict == v) for v in _VERDICT_RISK},
    }
    return {
        "html": atomic_write_text(
            out_dir / "index.html", render_batch_index(rows, suppliers_page=suppliers_page)
        ),
        "csv": atomic_write_text(out_dir / "summary.csv", summary_csv(rows)),
        "json": atomic_write_text(
            out_dir / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        ),
    }

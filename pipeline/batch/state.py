"""The state file beside each order's reports: the fingerprint and result of the run that wrote
them, so that a re-run skips an order whose inputs did not change and a batch resumes."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

from pipeline.batch.discovery import STATE_VERSION
from pipeline.batch.results import OrderResult
from pipeline.report.atomic import atomic_write_text

STATE_FILE = ".order-audit-state.json"


ERROR_FILE = "error.txt"


# Report files of an order; removed when its re-audit fails, so that error.txt stands alone.
REPORT_FILES = ("findings.json", "report.html", "report.md", "report.txt", "report.pdf")


def write_state(report_dir: Path, result: OrderResult) -> None:
    state = {"state_version": STATE_VERSION, "result": asdict(result)}
    atomic_write_text(report_dir / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False))
    (report_dir / ERROR_FILE).unlink(missing_ok=True)


def forget_state(report_dir: Path) -> None:
    (report_dir / STATE_FILE).unlink(missing_ok=True)


def previous_result(report_dir: Path, fingerprint: str) -> OrderResult | None:
    """The stored result of an earlier run when it audited exactly these inputs and its reports are all there."""
    try:
        state = json.loads((report_dir / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("state_version") != STATE_VERSION:
            return None
        result = OrderResult(**state["result"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if result.status != "done" or result.fingerprint != fingerprint:
        return None
    if not result.reports or not all(Path(p).is_file() for p in result.reports.values()):
        return None
    return replace(result, status="skipped", seconds=0.0, cache_hits=0, cache_misses=0)

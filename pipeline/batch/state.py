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


def write_failed_state(report_dir: Path, result: OrderResult) -> None:
    """The failed row beside error.txt, so that an unchanged order is not audited again."""
    state = {"state_version": STATE_VERSION, "result": asdict(result)}
    atomic_write_text(report_dir / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False))


def forget_state(report_dir: Path) -> None:
    (report_dir / STATE_FILE).unlink(missing_ok=True)


# What a failed row kept from an earlier run says before its reason.
FAILED_EARLIER = "failed earlier, inputs unchanged (--retry-failed audits it again)"


def previous_result(
    report_dir: Path, fingerprint: str, *, retry_failed: bool = False
) -> OrderResult | None:
    """The stored result of an earlier run when it audited exactly these inputs and its reports
    (or, for a failed order, its error.txt) are all there. A failed order comes back as a failed
    row with its reason, unless `retry_failed`."""
    try:
        state = json.loads((report_dir / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("state_version") != STATE_VERSION:
            return None
        result = OrderResult(**state["result"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if result.fingerprint != fingerprint:
        return None
    if result.status == "failed":
        if retry_failed or not (report_dir / ERROR_FILE).is_file():
            return None
        reason = result.error or "failed without a message"
        if not reason.startswith(FAILED_EARLIER):
            reason = f"{FAILED_EARLIER}: {reason}"
        return replace(result, error=reason, seconds=0.0, cache_hits=0, cache_misses=0)
    if result.status != "done":
        return None
    if not result.reports or not all(Path(p).is_file() for p in result.reports.values()):
        return None
    return replace(result, status="skipped", seconds=0.0, cache_hits=0, cache_misses=0)

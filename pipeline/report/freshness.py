"""Is a report folder still the review of its order? A report must never be mailed (or trusted)
when the last audit failed or the order's files changed after it (issue 12, point 1)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.config import ORDER_FILE
from pipeline.errors import AuditError
from pipeline.generated import ERROR_FILE
from pipeline.ingest import list_order_files
from pipeline.model import Audit
from pipeline.report.files import audit_again_command, error_reason
from pipeline.report.loader import FINDINGS_FILE


class StaleReport(AuditError):
    """The report folder holds an error report, or is older than its order's inputs."""


@dataclass(frozen=True)
class Freshness:
    """What check_current could check: `checked` False when the order folder is not at hand."""

    checked: bool
    note: str = ""


def refuse_failed(report_dir: Path) -> None:
    """Raise StaleReport when report_dir holds error.txt (the last audit of the order failed)."""
    reason = error_reason(report_dir)
    if reason is not None:
        raise StaleReport(
            f"{report_dir} holds {ERROR_FILE}: the last audit of this order failed ({reason.rstrip('.')}), "
            "so there is no valid review to send; fix that and audit the order again."
        )


def _covers(inputs: set[str], document: str) -> bool:
    """A document path is one of the input files, or an attachment/member of one ('a.eml#b.pdf')."""
    return document in inputs or any(document.startswith(i + "#") for i in inputs)


def check_current(report_dir: Path, audit: Audit, order_dir: Path | None = None) -> Freshness:
    """Raise StaleReport when the order's files changed after the audit in report_dir.

    Changed means: a file (order.toml included) modified after findings.json was written, or
    a file added or removed since. The order folder is `order_dir`, else the one findings.json
    names; when neither is at hand the check is skipped and the returned note says so.
    """

    report_dir = Path(report_dir)
    refuse_failed(report_dir)
    folder = order_dir or (Path(audit.order_dir) if audit.order_dir else None)
    if folder is None or not folder.is_dir():
        where = f" ({folder} is not there)" if folder else ""
        return Freshness(
            False,
            f"the order folder is not at hand{where}, so whether its files changed after the "
            "audit was not checked; give --order-dir to check it.",
        )
    audited = (report_dir / FINDINGS_FILE).stat().st_mtime_ns
    files = list_order_files(folder)
    if (folder / ORDER_FILE).is_file():
        files.append(folder / ORDER_FILE)
    again = audit_again_command(folder, report_dir)
    inputs = {p.relative_to(folder).as_posix() for p in files} - {ORDER_FILE}
    documents = [d.path for d in audit.documents if not d.meta.get("skipped")]
    added = sorted(i for i in inputs if not any(_covers({i}, d) for d in documents))
    removed = sorted({d for d in documents if not _covers(inputs, d)})
    if added or removed:
        what = (
            f"{_some(added)} added" if added else f"{_some(removed)} removed"
        ) + " since the audit"
        raise StaleReport(
            f"{report_dir} is older than its order's files ({what}); audit again first: {again}"
        )
    newer = []
    for path in files:
        try:
            if path.stat().st_mtime_ns > audited:
                newer.append(path.relative_to(folder).as_posix())
        except OSError:
            continue
    if newer:
        raise StaleReport(
            f"{report_dir} is older than its order's files ({_some(newer)} changed after the "
            f"audit); audit again first: {again}"
        )
    return Freshness(True)


def _some(paths: list[str], limit: int = 3) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")

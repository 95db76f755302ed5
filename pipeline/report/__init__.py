"""The report stage: Audit -> findings.json, report.html/.md/.txt/.pdf, batch index, e-mail.

Public entry points are re-exported here; the mail functions import css_inline and smtplib
only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.report.files import (
    REPORT_FORMATS,
    ReportWriteError,
    atomic_write_bytes,
    atomic_write_text,
    write_reports,
)
from pipeline.report.index import BatchRow, write_batch_index
from pipeline.report.loader import audit_from_json, load_audit
from pipeline.report.render import (
    pdf_available,
    render_html,
    render_markdown,
    render_pdf,
    render_text,
)
from pipeline.report.terminal import summary_lines

if TYPE_CHECKING:
    from pipeline.report.mail import build_message, email_report, send_message, write_eml

__all__ = [
    "REPORT_FORMATS",
    "ReportWriteError",
    "BatchRow",
    "atomic_write_bytes",
    "atomic_write_text",
    "audit_from_json",
    "build_message",
    "email_report",
    "load_audit",
    "pdf_available",
    "render_html",
    "render_markdown",
    "render_pdf",
    "render_text",
    "send_message",
    "summary_lines",
    "write_batch_index",
    "write_eml",
    "write_reports",
]

_MAIL = {"build_message", "email_report", "send_message", "write_eml"}


def __getattr__(name: str) -> Any:
    if name in _MAIL:
        from pipeline.report import mail  # deferred: SMTP and MIME code only when mail is used

        return getattr(mail, name)
    raise AttributeError(f"module 'pipeline.report' has no attribute {name!r}")

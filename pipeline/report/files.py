"""Audit -> files in the output folder; every write is atomic (temp file + os.replace)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import AuditError
from pipeline.model import Audit
from pipeline.report.render import (
    pdf_available,
    render_html,
    render_markdown,
    render_pdf_bytes,
    render_text,
)


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write to a temp file beside `path`, then rename over it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def findings_json(audit: Audit) -> str:
    """findings.json text: the contract's section 4, pretty, UTF-8 (Chinese kept as is)."""
    return json.dumps(audit.to_json(), ensure_ascii=False, indent=2) + "\n"


# The one table of report files: format name -> (file name, renderer to bytes).
REPORT_FORMATS: dict[str, tuple[str, Callable[[Audit], bytes]]] = {
    "json": ("findings.json", lambda a: findings_json(a).encode("utf-8")),
    "html": ("report.html", lambda a: render_html(a).encode("utf-8")),
    "md": ("report.md", lambda a: render_markdown(a).encode("utf-8")),
    "txt": ("report.txt", lambda a: render_text(a).encode("utf-8")),
    "pdf": ("report.pdf", render_pdf_bytes),
}


class ReportWriteError(AuditError):
    """Some report files could not be made; the others were written (see `written`)."""

    def __init__(self, written: dict[str, Path], failures: dict[str, str]) -> None:
        self.written = written
        self.failures = failures
        done = ", ".join(p.name for p in written.values()) or "nothing"
        problems = "; ".join(failures.values())
        super().__init__(f"{problems} (written: {done}).")


def write_reports(
    audit: Audit, out_dir: Path, *, formats: Sequence[str] | None = None
) -> dict[str, Path]:
    """Write findings.json and the reports into out_dir; returns format -> path written.

    With formats None, every format is written, PDF only when WeasyPrint is importable.
    A format that fails does not stop the others: ReportWriteError lists what failed and
    carries what was written, findings.json first.
    """
    unknown = [f for f in formats or () if f not in REPORT_FORMATS]
    if unknown:
        raise ValueError(
            f"unknown report format(s) {', '.join(unknown)}; known: {', '.join(REPORT_FORMATS)}"
        )
    wanted = (
        list(formats)
        if formats is not None
        else [f for f in REPORT_FORMATS if f != "pdf" or pdf_available()]
    )
    out_dir = Path(out_dir)
    written: dict[str, Path] = {}
    failures: dict[str, str] = {}
    for name in wanted:
        filename, render = REPORT_FORMATS[name]
        path = out_dir / filename
        try:
            data = render(audit)
        except ImportError as exc:
            failures[name] = f"{path}: not made, {exc.name or 'a module'} is not installed"
            continue
        except Exception as exc:  # noqa: BLE001 - a renderer bug must not cost the other reports
            failures[name] = f"{path}: could not be rendered ({type(exc).__name__}: {exc})"
            continue
        try:
            written[name] = atomic_write_bytes(path, data)
        except OSError as exc:
            failures[name] = f"{path}: cannot be written ({exc.strerror or exc})"
    if failures:
        raise ReportWriteError(written, failures)
    return written


def read_findings(report_dir: Path) -> dict[str, Any]:
    """The findings.json of a report folder, as parsed JSON."""
    path = Path(report_dir) / "findings.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))

"""Audit -> files in the output folder; every write is atomic (temp file + os.replace).

A report folder always describes the order's current inputs: writing reports removes what an
earlier run left (an error report, a format not written this time), and a failed audit replaces
the reports by error.txt (`write_error_report`). Every output-side failure is an OutputError
with one sentence naming the folder and the reason.
"""

from __future__ import annotations

import errno
import json
import os
import shlex
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from pipeline.errors import AuditError
from pipeline.generated import ERROR_FILE, generator, marker_line
from pipeline.model import Audit
from pipeline.report.atomic import atomic_write_bytes, atomic_write_text  # noqa: F401 - part of this module's interface
from pipeline.report.render import (
    pdf_available,
    render_html,
    render_markdown,
    render_pdf_bytes,
    render_text,
)


class OutputError(AuditError):
    """A report, index or message could not be written: one sentence, CLI exit code 2."""


def os_reason(exc: OSError) -> str:
    """'permission denied', 'read-only file system', 'no space left on device', ..."""
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def _blocking_file(folder: Path) -> Path | None:
    """The file standing where `folder` or one of its parents should be a folder, if any."""
    for candidate in (folder, *folder.parents):
        if candidate.exists() or candidate.is_symlink():
            return None if candidate.is_dir() else candidate
    return None


def prepare_folder(folder: Path, what: str = "the reports") -> Path:
    """Create `folder` (with parents) and check a file can be written in it.

    Raises OutputError with one sentence: 'cannot write the reports to out/x: out is a file,
    not a folder.' / '...: permission denied.' / '...: the file system is read-only.'
    """
    folder = Path(folder)
    blocker = _blocking_file(folder)
    if blocker is not None:
        raise OutputError(f"Cannot write {what} to {folder}: {blocker} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".order-audit-probe.", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"Cannot write {what} to {folder}: {os_reason(exc)}.") from exc
    return folder


def findings_json(audit: Audit) -> str:
    """findings.json text: a `generator` key first (the marker that keeps order-audit from ever
    reading it as a document), then the contract's section 4; pretty, UTF-8 (Chinese kept)."""
    data = {"generator": generator(), **audit.to_json()}
    return pretty_json(data) + "\n"


def pretty_json(data: Any) -> str:
    """json.dumps(data, ensure_ascii=False, indent=2), byte for byte, through orjson when the
    data allows it: with an indent the standard library encodes in pure Python (a third of the
    report stage's time). orjson writes floats differently and refuses non-string keys and
    integers past 64 bits, so data holding a float it would spell otherwise, or anything it
    refuses, takes json."""
    if _orjson_spells_alike(data):
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
        except orjson.JSONEncodeError:  # a non-str key, an int past 64 bits, a lone surrogate,
            pass  # nesting past its limit: json says
    return json.dumps(data, ensure_ascii=False, indent=2)


# Values orjson and json spell alike whatever they hold; an int orjson cannot write (past 64
# bits) makes it raise, as does a non-str dict key, so neither needs a look here.
_PLAIN_LEAVES = frozenset({str, int, bool, type(None)})


def _orjson_spells_alike(data: Any) -> bool:
    """False when `data` holds a value orjson would write otherwise than json, or not refuse:
    a float in exponent notation, nan or inf, a subclass, a Decimal, a date, an enum."""
    stack = [data]  # iterative: a recursive walk with generators cost as much as it saved
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            children: Any = value.values()
        elif kind is list or kind is tuple:
            children = value
        elif kind is float:
            # repr's exponent form (1e+16, 1e-05), nan and inf differ; plain notation does not.
            if not (value == 0.0 or 1e-4 <= abs(value) < 1e16):
                return False
            continue
        else:  # only `data` itself can be a plain leaf here: children that are one stay behind
            return kind in _PLAIN_LEAVES
        # Most containers hold plain leaves only: one pass over their types in C settles them.
        if _PLAIN_LEAVES.issuperset(map(type, children)):
            continue
        for child in children:
            if type(child) not in _PLAIN_LEAVES:
                stack.append(child)
    return True


# The one table of report files: format name -> (file name, renderer to bytes).
REPORT_FORMATS: dict[str, tuple[str, Callable[[Audit], bytes]]] = {
    "json": ("findings.json", lambda a: findings_json(a).encode("utf-8")),
    "html": ("report.html", lambda a: render_html(a).encode("utf-8")),
    "md": ("report.md", lambda a: render_markdown(a).encode("utf-8")),
    "txt": ("report.txt", lambda a: render_text(a).encode("utf-8")),
    "pdf": ("report.pdf", render_pdf_bytes),
}


class ReportWriteError(OutputError):
    """Some report files could not be made; the others were written (see `written`)."""

    def __init__(self, written: dict[str, Path], failures: dict[str, str]) -> None:
        self.written = written
        self.failures = failures
        done = ", ".join(p.name for p in written.values()) or "nothing"
        problems = "; ".join(failures.values())
        super().__init__(f"{problems} (written: {done}).")


def _remove(path: Path, failures: dict[str, str], key: str) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        failures[key] = f"{path}: an earlier file could not be removed ({os_reason(exc)})"


def write_reports(
    audit: Audit, out_dir: Path, *, formats: Sequence[str] | None = None
) -> dict[str, Path]:
    """Write findings.json and the reports into out_dir; returns format -> path written.

    With formats None, every format is written, PDF only when WeasyPrint is importable. Once
    all are written, what an earlier run left and this one did not write (another format, an
    error.txt) is removed, so the folder never mixes two audits. A format that fails does not
    stop the others: ReportWriteError lists what failed and carries what was written, and the
    caller marks the folder failed (write_error_report). A folder that cannot be written at
    all is an OutputError before anything is rendered.
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
    out_dir = prepare_folder(Path(out_dir))
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
            failures[name] = f"{path}: cannot be written ({os_reason(exc)})"
    if failures:
        raise ReportWriteError(written, failures)
    for name, (filename, _) in REPORT_FORMATS.items():
        if name not in wanted:
            _remove(out_dir / filename, failures, name)
    _remove(out_dir / ERROR_FILE, failures, "error")
    if failures:
        raise ReportWriteError(written, failures)
    return written


def audit_again_command(order_dir: Path | str, out_dir: Path | str) -> str:
    """The command line that audits the order into its report folder again."""
    return f"order-audit audit {shlex.quote(str(order_dir))} --out {shlex.quote(str(out_dir))}"


def write_error_report(
    out_dir: Path, *, order_dir: Path | str, reason: str, details: str | None = None
) -> Path:
    """The order could not be audited: replace its reports in out_dir by error.txt (FAILED).

    The earlier findings.json and report.* no longer describe the order's files, so they go;
    error.txt says why and how to audit again. Raises OutputError when out_dir is unwritable.
    """
    out_dir = prepare_folder(Path(out_dir), "the error report")
    failures: dict[str, str] = {}
    for filename, _ in REPORT_FORMATS.values():
        _remove(out_dir / filename, failures, filename)
    reason = " ".join(reason.split()) or "failed without a message"
    lines = [
        marker_line(),
        "FAILED: this order could not be audited; no earlier report of it is valid.",
        f"Order folder: {order_dir}",
        f"Failed at: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Reason: {reason}",
        f"Fix the reason, then audit again: {audit_again_command(order_dir, out_dir)}",
    ]
    if details:
        lines += ["", details.rstrip()]
    try:
        path = atomic_write_text(out_dir / ERROR_FILE, "\n".join(lines) + "\n")
    except OSError as exc:
        raise OutputError(f"Cannot write {out_dir / ERROR_FILE}: {os_reason(exc)}.") from exc
    if failures:
        raise OutputError(
            f"{'; '.join(failures.values())}; {path} says the audit failed, but the old reports remain."
        )
    return path


def error_reason(report_dir: Path) -> str | None:
    """The reason in report_dir/error.txt (a failed audit), or None when there is no error.txt."""
    path = Path(report_dir) / ERROR_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path} cannot be read ({os_reason(exc)})"
    for line in text.splitlines():
        if line.startswith("Reason: "):
            return line.removeprefix("Reason: ")
    # batch and older versions wrote "ORDER_DIR: reason" as the first line
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "the last audit of this order failed"

"""Start-up: commands import only what they need (no timing here; figures are in the benchmark)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "pdfplumber", "pypdfium2", "weasyprint")


def heavy_modules_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport sys\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    last = (done.stdout.splitlines() or [""])[-1]
    return [m for m in last.split(",") if m]


def test_read_of_a_text_file_imports_no_heavy_library(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Unit price USD 1.85/pc\n", encoding="utf-8")
    code = (
        "import contextlib, io\nfrom pipeline.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['read', {str(note)!r}])"
    )
    assert heavy_modules_after(code) == []


def test_report_labels_do_not_import_the_compare_stage_or_spacy() -> None:
    code = (
        "from pipeline.report.formatting import field_label\n"
        "assert field_label('bank.swift') == 'SWIFT/BIC code'\n"
        "assert field_label('price.unit') == 'Unit price'\n"
        "import pipeline.report.render"
    )
    assert heavy_modules_after(code) == []

"""`order-audit audit` keeps an extraction cache in OUT: a re-audit reads only changed files and,
when nothing changed, starts without spaCy or the PDF libraries (docs/performance.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cache import CACHE_FILE_NAME
from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "cotton-towels-wechat"

# Run the CLI in a fresh interpreter and say which heavy modules it imported.
_PROBE = """
import json, sys
from pipeline.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
heavy = ("spacy", "pdfplumber", "pypdfium2", "pypinyin")
print(json.dumps({"exit": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def _audit_in_new_process(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "audit", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _findings(out: Path) -> dict[str, object]:
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    data["meta"].pop("audited_at")
    return data  # type: ignore[no-any-return]


def test_a_reaudit_with_nothing_changed_loads_no_spacy(tmp_path: Path) -> None:
    order = Path(shutil.copytree(SAMPLE, tmp_path / SAMPLE.name))
    out = tmp_path / "out"

    first = _audit_in_new_process(str(order), "--out", str(out))
    assert first["exit"] == 0 and "spacy" in first["loaded"]  # type: ignore[operator]
    assert (out / CACHE_FILE_NAME).is_file()
    reports = _findings(out)

    again = _audit_in_new_process(str(order), "--out", str(out))
    assert again["exit"] == 0
    # pypinyin may load (the supplier's Chinese and English names are compared again)
    assert not {"spacy", "pdfplumber", "pypdfium2"} & set(again["loaded"])  # type: ignore[arg-type]
    assert _findings(out) == reports

    # a new chat export: only that file is read, so spaCy loads, the PDFs stay unread
    chat = next((order / "chat").iterdir())
    chat.write_text(chat.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = _audit_in_new_process(str(order), "--out", str(out))
    assert changed["exit"] == 0 and "spacy" in changed["loaded"]  # type: ignore[operator]
    assert "pypdfium2" not in changed["loaded"]  # type: ignore[operator]
    assert _findings(out) == reports


def test_no_cache_reads_every_file_and_writes_no_cache(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["audit", str(SAMPLE), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not (out / CACHE_FILE_NAME).exists()


def test_cache_and_no_cache_exclude_each_other(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "audit",
            str(SAMPLE),
            "--out",
            str(tmp_path),
            "--no-cache",
            "--cache",
            str(tmp_path / "c"),
        ],
    )
    assert result.exit_code == 2
    assert "--cache and --no-cache exclude each other" in result.output

"""The committed samples and corpus are exactly what their generators write (deterministic, up to date)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from e2e_helpers import CORPUS_DIR, ROOT, SAMPLES_DIR

pytest.importorskip("reportlab", reason="the sample writers (reportlab) are a test extra")
pytest.importorskip("xlsxwriter", reason="the sample writers (xlsxwriter) are a test extra")


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts
    }


@pytest.mark.parametrize(
    ("script", "args", "committed"),
    [
        ("samples/make_samples.py", [], SAMPLES_DIR),
        ("corpus/make_corpus.py", ["--out"], CORPUS_DIR),
    ],
    ids=["samples", "corpus"],
)
def test_generator_rewrites_the_committed_files(
    tmp_path: Path, script: str, args: list[str], committed: Path
) -> None:
    recorded = json.loads((committed / "writers.json").read_text(encoding="utf-8"))
    installed = {name: version(name) for name in recorded}
    if installed != recorded:
        pytest.skip(
            f"the committed files were written by {recorded}; installed {installed} may write other bytes"
        )
    out = tmp_path / "out"
    cmd = [sys.executable, str(ROOT / script), *args, str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    fresh, kept = files(out), files(committed)
    assert sorted(fresh) == sorted(kept), (
        "the generator writes other files than those committed: re-run it"
    )
    stale = [name for name in fresh if fresh[name] != kept[name]]
    assert not stale, (
        f"committed files differ from the generator's output (re-run {script}): {stale[:5]}"
    )

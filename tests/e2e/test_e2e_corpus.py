"""The CI gate: the labelled corpus must keep recall >= 0.95 and <= 0.1 false alarms per case."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from e2e_helpers import CORPUS_DIR, ROOT, pipeline_ready

MIN_RECALL = 0.95
MAX_FALSE_ALARMS_PER_CASE = 0.1


def test_corpus_has_sixty_cases() -> None:
    cases = sorted(CORPUS_DIR.glob("*/expected.json"))
    assert len(cases) >= 60, f"{len(cases)} cases under {CORPUS_DIR}"


# Measured 2026-11-26 13:47 UTC on 110 cases: recall 1.000 (128/128), 0.000 false alarms per case,
# precision 1.000, verdict accuracy 1.000.
@pytest.mark.slow
def test_corpus_meets_the_eval_thresholds() -> None:
    pipeline_ready()
    from pipeline.cli.evaluate import summary_lines
    from pipeline.evaluate import evaluate

    report = evaluate(CORPUS_DIR)
    summary = "\n".join(summary_lines(report))
    assert report.errors == 0, summary
    assert report.recall >= MIN_RECALL, summary
    assert report.false_alarms_per_case <= MAX_FALSE_ALARMS_PER_CASE, summary


# The committed corpus is visible to everyone who tunes the pipeline; a corpus from another seed
# (other layouts, phrasings, products per scenario) is not. Measured 2026-11-26 13:47 UTC, seed 7:
# recall 0.992, 0.018 false alarms per case, verdict accuracy 0.982 (seed 11: 0.984, 0.018, 0.982).
HELD_OUT_SEED = 7


@pytest.mark.slow
def test_held_out_corpus_meets_the_eval_thresholds(tmp_path: Path) -> None:
    pipeline_ready()
    pytest.importorskip("reportlab", reason="the corpus generator needs the test extra's writers")
    from pipeline.cli.evaluate import summary_lines
    from pipeline.evaluate import evaluate

    out = tmp_path / "held-out"
    cmd = [
        sys.executable,
        str(ROOT / "corpus" / "make_corpus.py"),
        "--seed",
        str(HELD_OUT_SEED),
        "--out",
        str(out),
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    report = evaluate(out)
    summary = "\n".join(summary_lines(report))
    assert report.errors == 0, summary
    assert report.recall >= MIN_RECALL, summary
    assert report.false_alarms_per_case <= MAX_FALSE_ALARMS_PER_CASE, summary

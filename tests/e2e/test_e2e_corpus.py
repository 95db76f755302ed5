"""The CI gates on accuracy: every labelled set the project can see must keep its measured level.

Each threshold sits just below the score measured when it was set (docs/evaluation.md has the
history and says which sets were debugged on). A drop below it is a regression to explain.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from e2e_helpers import CORPUS_DIR, ROOT, pipeline_ready

BLIND_DIR = ROOT / "corpus" / "blind"
DEVSET_DIR = ROOT.parent / "shared" / "devset" / "cases"


def _evaluate(root: Path) -> tuple[Any, str]:
    pipeline_ready()
    from pipeline.cli.evaluate import summary_lines
    from pipeline.evaluate import evaluate

    report = evaluate(root)
    return report, "\n".join(summary_lines(report))


def _gate(
    report: Any, summary: str, recall: float, precision: float, fa_per_case: float, verdicts: float
) -> None:
    assert report.errors == 0, summary
    assert report.recall >= recall, summary
    assert report.precision >= precision, summary
    assert report.false_alarms_per_case <= fa_per_case, summary
    assert (report.verdict_accuracy or 0.0) >= verdicts, summary


def test_corpus_has_sixty_cases() -> None:
    cases = sorted(CORPUS_DIR.glob("*/expected.json"))
    assert len(cases) >= 60, f"{len(cases)} cases under {CORPUS_DIR}"


# Generated corpus (corpus/make_corpus.py, default seed; debugged on). First score of the
# rewritten generator 2026-12-06: recall 0.858, precision 0.600, 0.656 false alarms per case,
# verdicts 0.795. Measured on 128 cases when this gate was last set (2026-12-06): recall 1.000,
# precision 1.000, no false alarm, verdicts 1.000.
@pytest.mark.slow
def test_corpus_meets_the_eval_thresholds() -> None:
    report, summary = _evaluate(CORPUS_DIR)
    _gate(report, summary, recall=0.98, precision=0.97, fa_per_case=0.05, verdicts=0.98)


# The same generator with another seed: other layouts, phrasings and products per scenario.
# Seed 11 has never been debugged on (seed 7 was, on 2026-12-06). First score of seed 11 (122
# cases): recall 0.945, precision 0.970, 0.033 false alarms per case, verdicts 0.984; with three
# more scenarios (128 cases): recall 0.962, precision 0.985, 0.016, verdicts 0.984.
HELD_OUT_SEED = 11


@pytest.mark.slow
def test_held_out_corpus_meets_the_eval_thresholds(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="the corpus generator needs the test extra's writers")
    out = tmp_path / "held-out"
    cmd = [sys.executable, str(ROOT / "corpus" / "make_corpus.py"), "--seed", str(HELD_OUT_SEED),
           "--out", str(out)]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    report, summary = _evaluate(out)
    _gate(report, summary, recall=0.94, precision=0.96, fa_per_case=0.05, verdicts=0.96)


def _authors(report: Any, *authors: str) -> Any:
    """The part of a blind report that scores the folders of `authors` (author-a, ...)."""
    cases = tuple(c for c in report.cases if c.case.split("/", 1)[0] in authors)
    return replace(report, cases=cases, fields=())


# corpus/blind holds folders written by helpers who never read pipeline/ or models/ (issue 10),
# one sub-folder per author. Both groups have been debugged on since their first score, so these
# gates are regression floors, not held-out accuracy (docs/evaluation.md).
@pytest.fixture(scope="module")
def blind_report() -> tuple[Any, str]:
    return _evaluate(BLIND_DIR)


# Authors A-D, 44 folders. First score: recall 0.565, precision 0.216, 3.7 false alarms per
# case, 24/44 passed. On 2026-12-06: recall 0.984, precision 0.931, 0.09 per case, 44/44.
@pytest.mark.slow
def test_blind_authors_a_to_d_meet_the_eval_thresholds(blind_report: tuple[Any, str]) -> None:
    report, summary = blind_report
    part = _authors(report, "author-a", "author-b", "author-c", "author-d")
    assert len(part.cases) == 44, summary
    _gate(part, summary, recall=0.93, precision=0.9, fa_per_case=0.12, verdicts=0.93)


# Authors E to J, 60 folders written after A-D were fixed, each held out until its first score:
# E and F (2026-12-05) recall 0.619, precision 0.419, 1.25 false alarms per case, 12/20
# verdicts; H recall 0.692, precision 0.469, 1.7 per case, 6/10; G 0.765, 0.533, 1.4, 5/10;
# I 0.857, 0.700, 0.6, 7/10; J 0.385, 0.312, 1.1, 8/10 (2026-12-06). Debugged on since
# (2026-12-06: recall 0.987, precision 0.950, 0.07 per case, 58/60 verdicts); the floor keeps
# most of that.
@pytest.mark.slow
def test_blind_authors_e_to_j_meet_the_eval_thresholds(blind_report: tuple[Any, str]) -> None:
    report, summary = blind_report
    part = _authors(report, "author-e", "author-f", "author-g", "author-h", "author-i", "author-j")
    assert len(part.cases) == 60, summary
    _gate(part, summary, recall=0.95, precision=0.9, fa_per_case=0.15, verdicts=0.92)


# ../shared/devset: folders written by people who never read this code (debugged on). At the
# review before issue 10: recall 0.74, precision 0.46, 20 false alarms, 8 of 16 passed.
@pytest.mark.slow
def test_devset_meets_the_eval_thresholds() -> None:
    if not DEVSET_DIR.is_dir():
        pytest.skip(f"the shared dev set is not at {DEVSET_DIR}")
    report, summary = _evaluate(DEVSET_DIR)
    _gate(report, summary, recall=0.95, precision=0.95, fa_per_case=0.07, verdicts=0.93)

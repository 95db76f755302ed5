"""The CI gate: the labelled corpus must keep recall >= 0.95 and <= 0.1 false alarms per case."""

from __future__ import annotations

import pytest
from e2e_helpers import CORPUS_DIR, pipeline_ready

MIN_RECALL = 0.95
MAX_FALSE_ALARMS_PER_CASE = 0.1


def test_corpus_has_sixty_cases() -> None:
    cases = sorted(CORPUS_DIR.glob("*/expected.json"))
    assert len(cases) >= 60, f"{len(cases)} cases under {CORPUS_DIR}"


# Measured 2026-11-26 13:00 UTC on 104 cases: recall 1.000 (124/124), 0.029 false alarms per case,
# precision 0.978, verdict accuracy 0.990.
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

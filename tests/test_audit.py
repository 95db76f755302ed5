"""audit_order reports its progress file by file, and the CLI's bar draws only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audit import audit_order
from pipeline.cli.common import ProgressBar

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "tote-bags-change-order-and-chat"


def test_progress_is_called_once_per_file_of_the_order() -> None:
    calls: list[tuple[int, int, str]] = []
    audit = audit_order(
        SAMPLE, progress=lambda done, total, path: calls.append((done, total, path))
    )
    total = calls[-1][1]
    assert [c[0] for c in calls] == list(range(1, total + 1))
    assert {c[2] for c in calls} <= {d.path for d in audit.documents}
    assert audit.order_dir == str(SAMPLE.resolve())


def test_progress_bar_draws_on_a_terminal_after_its_delay(
    capsys: pytest.CaptureFixture[str],
) -> None:
    quiet, shown = ProgressBar(enabled=False), ProgressBar(enabled=True)
    shown.started -= ProgressBar.DELAY
    for bar in (quiet, shown):
        bar.draw(1, 4, "1/4 files  pi/PI.pdf")
        bar.close()
    err = capsys.readouterr().err
    assert err.count("[######------------------] 1/4 files  pi/PI.pdf") == 1
    assert err.endswith("\n")

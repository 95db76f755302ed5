"""The batch command's table, totals line and progress line, on results built in the test."""

from __future__ import annotations

import io

import click
import pytest

from pipeline.batch import BatchResult, OrderResult
from pipeline.cli.batch import ProgressLine, summary_table, summary_totals


def result(*rows: OrderResult, cache: str | None = "out/.order-audit-cache.sqlite") -> BatchResult:
    ordered = tuple(sorted(rows, key=lambda r: (r.risk_key(), r.name)))
    return BatchResult(
        root="orders",
        out_dir="out",
        rows=ordered,
        seconds=4.0,
        executor="local",
        jobs=2,
        cache_path=cache,
    )


ROWS = (
    OrderResult("clean", "orders/clean", "done", verdict="RELEASE", counts={"critical": 0}, documents=5, pages=2, seconds=1.2, cache_misses=5),
    OrderResult("bank", "orders/bank", "done", verdict="HOLD", counts={"critical": 2, "high": 1}, documents=6, pages=3, seconds=2.0, cache_hits=4, cache_misses=2),
    OrderResult("towels", "orders/towels", "skipped", verdict="REVIEW", counts={"medium": 1}, documents=4, pages=1),
    OrderResult("broken", "orders/broken", "failed", error="orders/broken/order.toml: is not valid TOML."),
    OrderResult("downgrade", "orders/downgrade", "done", verdict="HOLD", counts={"high": 1}, documents=4, pages=1, seconds=1.0),
)  # fmt: skip


def test_table_is_sorted_by_risk_with_reasons() -> None:
    lines = [click.unstyle(line) for line in summary_table(result(*ROWS))]
    assert [line.split()[:2] for line in lines] == [
        ["VERDICT", "ORDER"],
        ["FAILED", "broken"],
        ["HOLD", "bank"],
        ["HOLD", "downgrade"],
        ["REVIEW", "towels"],
        ["RELEASE", "clean"],
    ]
    assert lines[1].endswith("orders/broken/order.toml: is not valid TOML.")
    assert lines[4].endswith("unchanged, skipped")
    assert lines[2].split()[2:5] == ["2", "1", "0"]  # critical, high, medium


@pytest.mark.parametrize(
    ("cache", "expected"),
    [
        ("c.sqlite", "5 orders: 3 audited, 1 unchanged, skipped, 1 failed. 15 documents, 6 pages in 4.0 s (0.75 orders/s, 3.8 documents/s); cache 4 hits, 7 misses."),
        (None, "5 orders: 3 audited, 1 unchanged, skipped, 1 failed. 15 documents, 6 pages in 4.0 s (0.75 orders/s, 3.8 documents/s); cache off."),
    ],
)  # fmt: skip
def test_totals_line(cache: str | None, expected: str) -> None:
    assert summary_totals(result(*ROWS, cache=cache)) == expected


@pytest.mark.parametrize(
    ("fail_on", "fails"),
    [(None, False), ("critical", True), ("high", True), ("hold", True), ("review", True)],
)
def test_fail_on_reads_verdicts_and_counts(fail_on: str | None, fails: bool) -> None:
    assert result(*ROWS).fails(fail_on) is fails
    assert result(ROWS[0]).fails(fail_on) is False  # one clean order never fails


def test_progress_line_shows_rates_only_when_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    progress = ProgressLine(enabled=True)
    progress.started -= 2.0  # the batch has run for two seconds
    progress(ROWS[1], 1, 4)
    progress.close()
    text = stream.getvalue()
    assert (
        "1/4 orders" in text
        and "orders/s" in text
        and "documents/s" in text
        and text.endswith("\n")
    )

    stream.truncate(0)
    quiet = ProgressLine(enabled=False)
    quiet(ROWS[1], 1, 4)
    quiet.close()
    assert stream.getvalue() == ""

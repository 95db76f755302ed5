"""A crashed or hung worker fails its own order only; the pool is rebuilt and the rest complete."""

from __future__ import annotations

from pathlib import Path

from batch_test_workers import behave

from pipeline.batch import OrderResult, OrderTask, run_local
from pipeline.config import Settings


def tasks(tmp_path: Path, *names: str) -> list[OrderTask]:
    return [OrderTask(n, tmp_path / n, tmp_path / "out" / n, "fp", Settings()) for n in names]


def run(
    tmp_path: Path, names: list[str], jobs: int, timeout: float | None = None
) -> dict[str, OrderResult]:
    results: list[OrderResult] = []
    run_local(tasks(tmp_path, *names), jobs, timeout, results.append, work=behave, grace=0.5)
    assert len(results) == len(names)
    return {r.name: r for r in results}


def test_a_worker_crash_fails_only_its_order(tmp_path: Path) -> None:
    results = run(tmp_path, ["a", "b", "crash-c", "d", "e"], jobs=2)
    assert results["crash-c"].status == "failed"
    assert "crashed" in (results["crash-c"].error or "")
    assert all(results[n].status == "done" for n in "abde")
    assert "BrokenProcessPool" in (tmp_path / "out" / "crash-c" / "error.txt").read_text()


def test_a_hung_worker_is_killed_at_its_time_limit(tmp_path: Path) -> None:
    results = run(tmp_path, ["a", "hang-b", "c"], jobs=2, timeout=0.5)
    assert results["hang-b"].status == "failed"
    assert "timed out" in (results["hang-b"].error or "")
    assert results["a"].status == results["c"].status == "done"

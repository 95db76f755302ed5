"""A failed order whose inputs did not change keeps its failed row on a re-run, without a worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from batch_test_workers import require_chain

import pipeline.batch
from pipeline.batch import ERROR_FILE, FAILED_EARLIER, run_batch

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ("lunch-boxes-material-downgrade", "silicone-utensils-clean")
BROKEN_TOML = "order_id = [not toml\n"


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    """Two sample orders; the first with an order.toml that cannot be parsed."""
    require_chain()
    root = tmp_path / "orders"
    for name in SAMPLES:
        if not (ROOT / "samples" / name).is_dir():
            pytest.skip(f"samples/{name} is absent")
        shutil.copytree(ROOT / "samples" / name, root / name)
    (root / SAMPLES[0] / "order.toml").write_text(BROKEN_TOML, encoding="utf-8")
    return root


def no_pool(*args: object, **kwargs: object) -> None:
    raise AssertionError("a worker pool was started although nothing needs auditing")


def statuses(result: pipeline.batch.BatchResult) -> dict[str, str]:
    return {r.name: r.status for r in result.rows}


def test_an_unchanged_failed_order_is_not_run_again(
    orders: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = run_batch(orders, out, jobs=1)
    assert statuses(first) == {SAMPLES[0]: "failed", SAMPLES[1]: "done"}
    reason = first.by_status("failed")[0].error or ""
    assert "order.toml" in reason

    with monkeypatch.context() as patched:
        patched.setitem(pipeline.batch.EXECUTORS, "local", no_pool)
        again = run_batch(orders, out, jobs=1)
    assert statuses(again) == {SAMPLES[0]: "failed", SAMPLES[1]: "skipped"}
    failed = again.by_status("failed")[0]
    assert failed.error == f"{FAILED_EARLIER}: {reason}"
    assert (out / SAMPLES[0] / ERROR_FILE).is_file()
    assert again.fails(None) is False and failed.status == "failed"

    third = run_batch(orders, out, jobs=1, retry_failed=True)  # audited again: same failure
    assert statuses(third) == {SAMPLES[0]: "failed", SAMPLES[1]: "skipped"}
    assert third.by_status("failed")[0].error == reason


def test_a_failed_order_runs_again_when_its_inputs_change_or_with_force(
    orders: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(orders, out, jobs=1)
    forced = run_batch(orders, out, jobs=1, force=True)
    assert not forced.by_status("failed")[0].error.startswith(FAILED_EARLIER)  # type: ignore[union-attr]

    shutil.copy(ROOT / "samples" / SAMPLES[0] / "order.toml", orders / SAMPLES[0] / "order.toml")
    fixed = run_batch(orders, out, jobs=1)
    assert statuses(fixed) == {SAMPLES[0]: "done", SAMPLES[1]: "skipped"}
    assert not (out / SAMPLES[0] / ERROR_FILE).exists()


def test_the_cli_says_failed_earlier_and_retry_failed_runs_it(orders: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    out = tmp_path / "out"
    args = ["batch", str(orders), "--out", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 3
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 3, again.output
    assert "failed earlier, inputs unchanged" in again.output
    retried = CliRunner().invoke(main, [*args, "--retry-failed"])
    assert retried.exit_code == 3
    assert "failed earlier" not in retried.output

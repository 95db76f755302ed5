"""run_batch and `order-audit batch` on real order folders (copies of samples/), through the whole chain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from batch_test_workers import require_chain
from click.testing import CliRunner

from pipeline.batch import ERROR_FILE, STATE_FILE, OrderResult, run_batch
from pipeline.cache import CACHE_FILE_NAME

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ("lunch-boxes-material-downgrade", "silicone-utensils-clean")  # HOLD and RELEASE


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    """Two sample orders copied under a batch root, one nested a level deeper."""
    require_chain()
    root = tmp_path / "orders"
    for n, name in enumerate(SAMPLES):
        source = ROOT / "samples" / name
        if not source.is_dir():
            pytest.skip(f"samples/{name} is absent")
        shutil.copytree(source, root / ("2026" if n == 1 else "") / name)
    return root


def rows(result) -> dict[str, OrderResult]:  # noqa: ANN001
    return {r.name: r for r in result.rows}


def findings(report_dir: Path) -> tuple[str, list[dict]]:
    data = json.loads((report_dir / "findings.json").read_text(encoding="utf-8"))
    return data["verdict"], data["findings"]


def test_two_workers_audit_every_order_like_a_single_audit(orders: Path, tmp_path: Path) -> None:
    from pipeline.audit import audit_order

    out = tmp_path / "out"
    result = run_batch(orders, out, jobs=2)
    assert sorted(rows(result)) == sorted(SAMPLES)
    assert [r.status for r in result.rows] == ["done"] * 2
    for name in SAMPLES:
        order_dir = next(orders.rglob(name))
        audit = json.loads(json.dumps(audit_order(order_dir).to_json(), ensure_ascii=False))
        assert findings(out / name) == (audit["verdict"], audit["findings"])
        assert (out / name / STATE_FILE).is_file()
    verdicts = [r.verdict for r in result.rows]
    assert verdicts == sorted(verdicts, key=["HOLD", "REVIEW", "RELEASE"].index)  # riskiest first
    assert not list(out.rglob("*.tmp")), "a temporary file was left behind"


def test_a_corrupt_order_toml_fails_that_order_only(orders: Path, tmp_path: Path) -> None:
    from pipeline.cli import main

    out = tmp_path / "out"
    (orders / SAMPLES[0] / "order.toml").write_text("order_id = [not toml\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["batch", str(orders), "--out", str(out), "--jobs", "2", "--no-cache"]
    )
    assert result.exit_code == 3, result.output  # an order failed
    assert result.output.splitlines()[1].split()[:2] == [
        "FAILED",
        SAMPLES[0],
    ]  # failures head the table
    assert "order.toml" in result.output and "1 failed" in result.output
    run = json.loads((out / "batch-run.json").read_text(encoding="utf-8"))
    assert {o["name"]: o["status"] for o in run["orders"]} == {
        SAMPLES[0]: "failed",
        SAMPLES[1]: "done",
    }
    assert "order.toml" in (out / SAMPLES[0] / ERROR_FILE).read_text(encoding="utf-8")
    assert not (out / CACHE_FILE_NAME).exists()  # --no-cache


def test_an_order_past_its_time_limit_fails_with_the_reason(orders: Path, tmp_path: Path) -> None:
    result = run_batch(orders, tmp_path / "out", jobs=1, timeout=0.01)
    assert {r.status for r in result.rows} == {"failed"}
    assert all("timed out after 0.01 s" in (r.error or "") for r in result.rows)


def test_rerun_rereads_only_changed_files_and_skips_unchanged_orders(
    orders: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = run_batch(orders, out, jobs=2)
    files = {r.name: r.cache_misses for r in first.rows}
    assert first.cache_hits == 0 and all(files.values())

    order = next(orders.rglob(SAMPLES[1]))
    touched = next(order.rglob("*.docx"))
    touched.write_bytes(touched.read_bytes())  # rewritten with the same bytes: not a change
    chat = next((order / "chat").iterdir())
    chat.write_bytes(chat.read_bytes() + b"\n")
    second = rows(run_batch(orders, out, jobs=2))
    changed = second[SAMPLES[1]]
    assert changed.status == "done"
    assert (changed.cache_misses, changed.cache_hits) == (1, files[SAMPLES[1]] - 1)
    assert second[SAMPLES[0]].status == "skipped"

    forced = run_batch(orders, out, jobs=2, force=True)
    assert [r.status for r in forced.rows] == ["done"] * 2
    assert forced.cache_misses == 0 and forced.cache_hits == sum(files.values())


def test_a_corrupt_cache_is_rebuilt_not_trusted(orders: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / CACHE_FILE_NAME).write_bytes(b"garbage, not SQLite\n" * 50)
    result = run_batch(orders, out, jobs=2)
    assert [r.status for r in result.rows] == ["done"] * 2
    assert result.cache_misses > 0 and result.cache_hits == 0
    assert len(list(out.glob(CACHE_FILE_NAME + ".corrupt-*"))) == 1


def test_an_interrupted_batch_resumes(orders: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[str] = []

    def interrupt(result: OrderResult, finished: int, total: int) -> None:
        seen.append(result.name)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(orders, out, jobs=1, progress=interrupt)
    resumed = rows(run_batch(orders, out, jobs=1))
    assert resumed[seen[0]].status == "skipped"
    assert sorted(r.status for r in resumed.values()) == ["done", "skipped"]


def test_a_failed_write_leaves_no_stale_report_and_no_temp_file(
    orders: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.batch import OrderTask, audit_one, order_fingerprint
    from pipeline.config import Settings

    order_dir, report_dir = orders / SAMPLES[0], tmp_path / "out" / SAMPLES[0]
    task = OrderTask(
        SAMPLES[0], order_dir, report_dir, order_fingerprint(order_dir, Settings()), Settings()
    )
    assert audit_one(task).status == "done"
    before = {p.name: p.read_bytes() for p in report_dir.iterdir()}

    import pipeline.report.files as files

    def power_cut(src: str, dst: str) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(files.os, "replace", power_cut)
    result = audit_one(task)
    assert result.status == "failed" and result.output_error
    assert "disk went away" in (result.error or "")
    assert "findings.json" in before
    # The earlier run's reports must not pass for this run's; nothing could be written here (not
    # even error.txt, os.replace fails), so the emptied folder goes too: no temp file is left.
    assert not report_dir.exists() or list(report_dir.iterdir()) == []


def test_cli_prints_a_risk_table_and_the_skip_count(orders: Path, tmp_path: Path) -> None:
    from pipeline.cli import main

    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(
        main, ["batch", str(orders), "--out", str(out), "--jobs", "2", "--fail-on", "hold"]
    )
    assert first.exit_code == 1, first.output  # the material downgrade is HOLD
    header, *lines = first.output.splitlines()
    assert header.split()[:2] == ["VERDICT", "ORDER"]
    assert lines[0].split()[:2] == ["HOLD", SAMPLES[0]]
    assert lines[1].split()[:2] == ["RELEASE", SAMPLES[1]]
    assert "2 orders: 2 audited." in first.output

    second = runner.invoke(main, ["batch", str(orders), "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert "2 orders: 0 audited, 2 unchanged, skipped." in second.output
    assert "unchanged, skipped" in second.output.splitlines()[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cache", "c.sqlite", "--no-cache"], "--cache and --no-cache exclude each other"),
        (["--executor", "dask"], "--executor dask needs --scheduler"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler only applies with --executor dask"),
    ],
)
def test_cli_rejects_conflicting_options(tmp_path: Path, args: list[str], message: str) -> None:
    from pipeline.cli import main

    result = CliRunner().invoke(main, ["batch", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_no_order_folder_is_a_usage_error(tmp_path: Path) -> None:
    from pipeline.cli import main

    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "no order folder found" in result.output

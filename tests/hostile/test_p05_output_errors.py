"""Issue 13, point 5: a full disk or read-only --out in `batch` gave a traceback, exit 1, empty
order folders without error.txt and no index. Now: one sentence, exit 2, error.txt for every order
where the disk allows it, and no report of an earlier run beside a failure."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.hostile.limits import ROOT, cli_args, run_limited

SAMPLES = ROOT / "samples"
REPORTS = ("findings.json", "report.html", "report.md", "report.txt")


def _orders(tmp_path: Path, names: tuple[str, ...] = ()) -> Path:
    root = tmp_path / "orders"
    for sample in names or (
        "tote-bags-change-order-and-chat",
        "lunch-boxes-material-downgrade",
        "steel-bottles-bank-change",
    ):
        shutil.copytree(
            SAMPLES / sample, root / sample, ignore=shutil.ignore_patterns("expected.json")
        )
    return root


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


def test_an_output_folder_that_cannot_be_made_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "a-file" / "out"
    run = run_limited(
        cli_args("batch", _orders(tmp_path), "--out", out, "--jobs", "1"), timeout=120
    )
    assert run.returncode == 2
    line = _one_error_line(run.stderr)
    assert line == (
        f"Error: Cannot write the batch output to {out}: {tmp_path / 'a-file'} is a file, not a folder."
    )


@pytest.mark.slow
def test_reports_that_cannot_be_written_stop_the_batch_with_one_sentence(tmp_path: Path) -> None:
    # Every file the batch writes is capped at 6 KB (RLIMIT_FSIZE): writing a report fails with
    # "File too large" as it would on a full disk, while a short error.txt still fits.
    root, out = _orders(tmp_path), tmp_path / "out"
    run = run_limited(
        cli_args("batch", root, "--out", out, "--jobs", "1", "--no-cache"),
        timeout=300,
        file_size=6 * 1024,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    line = _one_error_line(run.stderr)
    assert "could not be written (file too large)" in line
    for order in root.iterdir():
        folder = out / order.name
        assert (folder / "error.txt").is_file(), folder
        assert not any((folder / name).exists() for name in REPORTS)
    assert not [p for p in out.iterdir() if p.is_dir() and not any(p.iterdir())]  # no empty folder


def test_a_failed_re_audit_leaves_only_error_txt(tmp_path: Path) -> None:
    """No report of the earlier run stays beside error.txt; the hidden state file records the
    failure (so that a re-run on the same inputs keeps the failed row without auditing again)."""
    from pipeline.batch import ERROR_FILE, STATE_FILE, OrderTask, audit_one, order_fingerprint
    from pipeline.config import Settings

    order = (
        _orders(tmp_path, ("tote-bags-change-order-and-chat",)) / "tote-bags-change-order-and-chat"
    )
    report_dir = tmp_path / "out" / order.name
    task = OrderTask(
        order.name, order, report_dir, order_fingerprint(order, Settings()), Settings()
    )
    assert audit_one(task).status == "done"
    assert all((report_dir / name).is_file() for name in REPORTS)
    (order / "order.toml").write_text("this is = = not toml\n", encoding="utf-8")
    failed = audit_one(task)
    assert failed.status == "failed" and "order.toml" in (failed.error or "")
    assert sorted(p.name for p in report_dir.iterdir()) == sorted([STATE_FILE, ERROR_FILE])
    state = json.loads((report_dir / STATE_FILE).read_text(encoding="utf-8"))
    assert state["result"]["status"] == "failed"


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    not _can_mount(), reason="needs root and unshare to mount a small or read-only tmpfs"
)
@pytest.mark.parametrize("mount", ["size=96k", "ro"], ids=["full-disk", "read-only"])
def test_a_full_or_read_only_disk_is_one_sentence_and_exit_2(tmp_path: Path, mount: str) -> None:
    root, out = _orders(tmp_path), tmp_path / "out"
    out.mkdir()
    script = f'mount -t tmpfs -o {mount} tmpfs "{out}" && exec "$@"'
    run = run_limited(
        cli_args("batch", root, "--out", out, "--jobs", "1", "--no-cache"),
        timeout=300,
        prefix=["unshare", "-m", "sh", "-c", script, "sh"],
    )
    assert run.returncode == 2, run.stdout + run.stderr
    line = _one_error_line(run.stderr)
    expected = "the file system is read-only" if mount == "ro" else "the disk is full"
    assert expected in line, line

"""The resident mode: a real watch loop (watchfiles) in a thread on a copy of a sample order."""

from __future__ import annotations

import json
import queue
import shutil
import threading
from pathlib import Path

import pytest

from pipeline.resident import ResidentAudit, ResidentPipeline, WatchFilter, changed_orders

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "silicone-utensils-clean"
# A supplier message announcing new bank details: a finding the clean sample does not have.
BANK_CHANGE = """\
18/03/2026, 09:12 - Kevin Zhou: Dear Anna, please note our company account has changed. Please pay the balance to our new account:
18/03/2026, 09:13 - Kevin Zhou: Beneficiary: GOLDEN BRIDGE TRADING (HK) LIMITED Bank: HSBC Hong Kong SWIFT: HSBCHKHHHKH A/C: 848-123456-838
"""
WAIT = 120  # seconds a test waits for an audit before failing (a timeout, not a speed figure)


def bank_findings(report_dir: Path) -> list[dict]:
    data = json.loads((report_dir / "findings.json").read_text(encoding="utf-8"))
    return [f for f in data["findings"] if f["field"].startswith("bank.")]


@pytest.fixture
def order(tmp_path: Path) -> Path:
    if not SAMPLE.is_dir():
        pytest.skip("samples/silicone-utensils-clean is absent")
    return Path(shutil.copytree(SAMPLE, tmp_path / "orders" / SAMPLE.name))


def test_a_new_chat_export_is_audited_and_stop_ends_the_loop(order: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    resident = ResidentPipeline(out)
    audits: queue.Queue[ResidentAudit] = queue.Queue()
    stop = threading.Event()
    loop = threading.Thread(
        target=resident.watch, args=([order], audits.put), kwargs={"stop": stop}
    )
    loop.start()
    try:
        first = audits.get(timeout=WAIT)
        assert first.error is None and first.changed == ()
        assert bank_findings(first.report_dir) == []
        # Our own reports written into the order folder must not trigger an audit.
        shutil.copy(first.report_dir / "report.md", order / "report.md")
        (order / "chat" / "WhatsApp Chat - bank.txt").write_text(BANK_CHANGE, encoding="utf-8")
        second = audits.get(timeout=WAIT)
        assert second.error is None
        assert second.changed == ("chat/WhatsApp Chat - bank.txt",)
        assert bank_findings(second.report_dir), "the new bank details were not flagged"
        assert second.cache_misses == 1  # only the new file was read
    finally:
        stop.set()
        loop.join(timeout=WAIT)
    assert not loop.is_alive()
    assert audits.empty()


def test_a_broken_order_toml_is_reported_and_the_loop_goes_on(order: Path, tmp_path: Path) -> None:
    resident = ResidentPipeline(tmp_path / "out", use_cache=False)
    (order / "order.toml").write_text("order_id = [not toml\n", encoding="utf-8")
    result = resident.audit(order)
    assert result.error is not None and "order.toml" in result.error
    assert (result.report_dir / "error.txt").is_file()
    shutil.copy(SAMPLE / "order.toml", order / "order.toml")
    fixed = resident.audit(order)
    assert fixed.error is None and fixed.verdict == "RELEASE"
    assert not (fixed.report_dir / "error.txt").exists()


def test_the_filter_ignores_output_hidden_temporary_and_own_files(tmp_path: Path) -> None:
    from watchfiles import Change

    order, out = tmp_path / "order", tmp_path / "order" / "out"
    order.mkdir()
    keep = WatchFilter([order], out)
    own = order / "findings.json"
    own.write_text('{"generator": "order-audit 0.1.0"}', encoding="utf-8")
    assert keep(Change.added, str(order / "chat" / "new.txt"))
    assert not keep(Change.added, str(out / "x" / "report.html"))
    assert not keep(Change.added, str(order / ".report.html.abc.tmp"))
    assert not keep(Change.modified, str(own))
    assert not keep(Change.added, str(order / ".git" / "index"))


def test_changed_paths_go_to_the_innermost_order(tmp_path: Path) -> None:
    outer, inner = tmp_path / "a", tmp_path / "a" / "b"
    paths = [str(inner / "pi" / "x.pdf"), str(outer / "y.txt"), str(tmp_path / "z.txt")]
    assert changed_orders([outer, inner], paths) == {outer: ("y.txt",), inner: ("pi/x.pdf",)}


def test_the_watch_command_is_listed() -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["watch", "--help"])
    assert result.exit_code == 0 and "Ctrl-C" in result.output


def test_the_watch_command_stops_cleanly_on_sigterm(order: Path, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "watch", str(order), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + WAIT  # a limit for a hung start, not a speed figure
        while not (out / SAMPLE.name / "findings.json").is_file():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no report written"
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "RELEASE" in stdout and stdout.rstrip().endswith("Stopped.")

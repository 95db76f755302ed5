"""Issue 13, point 7, and the process-level guards behind the budgets.

7. A `kill -9` of the batch left its workers running for ten minutes and more: they now die with
   it (PR_SET_PDEATHSIG). Behind the per-document budgets, a worker's address space is capped and
   a worker resident past Settings.worker_memory_mb is stopped; a reader stuck in a library past
   its time is interrupted.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import OrderResult, OrderTask, run_local
from pipeline.config import Settings
from tests.hostile import inputs
from tests.hostile.limits import cli_args, environment
from tests.hostile.workers import calm, greedy, hog

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _workers(pid: int) -> list[int]:
    out = []
    for child in _children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            out.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.slow
@linux
def test_workers_die_with_a_killed_batch(tmp_path: Path) -> None:
    root = tmp_path / "orders"
    for n in range(2):  # each order keeps its worker busy for a while
        order = inputs.order_with(root, f"order-{n}")
        inputs.make_whatsapp(order / "misc" / "WhatsApp Chat - long.txt", messages=200_000)
    batch = subprocess.Popen(
        [
            sys.executable,
            *cli_args("batch", root, "--out", tmp_path / "out", "--jobs", "2", "--no-cache"),
        ],
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.5)
            workers = _workers(batch.pid)
        assert len(workers) == 2, "the batch did not start its workers"
        time.sleep(3)  # loading spaCy, then auditing
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert [w for w in workers if _alive(w)] == []
    finally:
        for pid in _workers(batch.pid):
            os.kill(pid, signal.SIGKILL)


def _task(tmp_path: Path, name: str) -> OrderTask:
    folder = tmp_path / name
    folder.mkdir()
    return OrderTask(name, folder, tmp_path / "out" / name, "fp", Settings())


@pytest.mark.slow
@linux
def test_a_worker_past_its_memory_limit_is_stopped_and_the_others_complete(tmp_path: Path) -> None:
    results: list[OrderResult] = []
    tasks = [_task(tmp_path, "hog"), _task(tmp_path, "calm-1"), _task(tmp_path, "calm-2")]
    run_local(tasks, 2, None, results.append, work=_pick, memory_limit=300 * 1024 * 1024)
    by_name = {r.name: r for r in results}
    assert by_name["hog"].status == "failed"
    assert by_name["hog"].error == "its worker used more than 300 MB of memory and was stopped"
    assert by_name["calm-1"].status == by_name["calm-2"].status == "done"


def _pick(task: OrderTask) -> OrderResult:
    return hog(task) if task.name == "hog" else calm(task)  # type: ignore[return-value]


@pytest.mark.slow
@linux
def test_a_worker_cannot_map_more_than_its_address_space(tmp_path: Path) -> None:
    results: list[OrderResult] = []
    run_local(
        [_task(tmp_path, "greedy")], 1, None, results.append, work=greedy, memory_limit=1 << 30
    )  # type: ignore[arg-type]
    assert [(r.status, r.error) for r in results] == [("failed", "MemoryError")]


def test_a_reader_stuck_past_its_time_is_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.ingest as ingest

    def stuck(source, settings):  # a library looping in Python, never looking at the clock
        while True:
            pass

    monkeypatch.setitem(ingest.READERS, ".txt", stuck)
    (tmp_path / "quote.txt").write_text("QUOTATION\n", encoding="utf-8")
    document = ingest.read_order_file(
        tmp_path / "quote.txt", tmp_path, None, Settings(seconds_per_document=0.5)
    )[0]
    assert document.status == "unreadable"
    assert document.error == (
        "quote.txt could not be read: reading stopped in it: the per-document time limit of "
        "0.5 s was reached."
    )

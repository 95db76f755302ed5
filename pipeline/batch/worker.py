"""The work of one order, in a worker process or on a Dask worker: audit it, write its reports
and its state file, and turn every failure into a failed row with its reason."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pipeline.audit import audit_order, load_stages
from pipeline.batch.guard import die_with_parent, limit_address_space
from pipeline.batch.results import OrderResult, OrderTask
from pipeline.batch.state import (
    ERROR_FILE,
    REPORT_FILES,
    STATE_FILE,
    forget_state,
    write_failed_state,
    write_state,
)
from pipeline.cache import process_cache
from pipeline.errors import AuditError
from pipeline.report import BatchRow, write_reports
from pipeline.report.atomic import atomic_write_text
from pipeline.report.files import ReportWriteError, os_reason


class OrderTimeout(BaseException):
    """Raised inside a worker when one order exceeds its time limit.

    A BaseException, like KeyboardInterrupt, so that a reader's `except Exception` (which turns a
    bad file into an unreadable document) cannot swallow it.
    """


_STARTS: Any = None  # this worker's queue for telling the parent when an order starts


def init_worker(
    starts: Any = None, parent_pid: int | None = None, address_space: int | None = None
) -> None:
    """ProcessPoolExecutor initializer: die with the parent, cap the address space, and load the
    spaCy pipeline once for every order this worker audits."""
    global _STARTS

    if parent_pid is not None:
        die_with_parent(parent_pid)
    limit_address_space(address_space)
    _STARTS = starts
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    load_stages()


def started_then(work: Callable[[OrderTask], OrderResult], task: OrderTask) -> OrderResult:
    """Tell the parent this order starts now in this process (its time limit counts from here,
    its memory is watched), then do it."""
    if _STARTS is not None:
        _STARTS.put((task.name, os.getpid()))
    return work(task)


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OrderTimeout after `seconds` (main thread of a process only; elsewhere the parent enforces it)."""
    in_main_thread = threading.current_thread() is threading.main_thread()
    if not seconds or not in_main_thread or not hasattr(signal, "setitimer"):  # Windows has none
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OrderTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def audit_one(task: OrderTask) -> OrderResult:
    """Audit one order, write its reports and its state file; never raises for a bad order.

    A failure to write the reports (a full disk, a read-only folder) fails the order with
    `output_error` set, so that the batch can stop and say so."""

    started = time.perf_counter()
    cache = process_cache(task.cache_path) if task.cache_path else None
    hits0, misses0 = (cache.stats.hits, cache.stats.misses) if cache else (0, 0)
    try:
        forget_state(task.report_dir)
    except OSError as exc:
        return failed(task, _output_reason(task, exc), started, output_error=True)
    try:
        with _time_limit(task.timeout):
            load_stages()  # once per process (a Dask worker runs no initializer)
            audit = audit_order(task.order_dir, task.settings, cache=cache)

            try:
                written = write_reports(audit, task.report_dir, formats=task.formats)
            except ReportWriteError as exc:
                if not any("cannot be written" in f for f in exc.failures.values()):
                    raise
                return failed(task, _output_reason(task, exc), started, output_error=True)
            except OSError as exc:
                return failed(task, _output_reason(task, exc), started, output_error=True)
            row = BatchRow.from_audit(audit, task.name)
    except OrderTimeout:
        return failed(task, f"timed out after {task.timeout:g} s", started)
    except AuditError as exc:
        return failed(task, str(exc), started, remember=True)
    except Exception as exc:  # an order's bug must not stop the batch; the traceback is kept
        return failed(
            task, f"{type(exc).__name__}: {exc}", started, traceback.format_exc(), remember=True
        )
    hits, misses = (cache.stats.hits - hits0, cache.stats.misses - misses0) if cache else (0, 0)
    result = OrderResult(
        name=task.name,
        order_dir=str(task.order_dir),
        status="done",
        order_id=audit.order_id,
        verdict=audit.verdict,
        counts=audit.counts(),
        documents=len(audit.documents),
        pages=sum(d.pages or 0 for d in audit.documents),
        unreadable=sum(1 for d in audit.documents if d.status == "unreadable"),
        seconds=time.perf_counter() - started,
        reports={kind: str(path) for kind, path in written.items()},
        fingerprint=task.fingerprint,
        cache_hits=hits,
        cache_misses=misses,
        supplier=row.supplier,
        total_value=row.total_value,
        currency=row.currency,
    )
    try:
        write_state(task.report_dir, result)
    except OSError as exc:
        return failed(task, _output_reason(task, exc), started, output_error=True)
    return result


def _output_reason(task: OrderTask, exc: BaseException) -> str:
    return f"its reports could not be written to {task.report_dir} ({os_detail(exc)})"


def os_detail(exc: BaseException) -> str:
    """Why a write failed, in the words the report stage uses ("the disk is full")."""

    if isinstance(exc, OSError):
        return os_reason(exc)
    found = re.search(r"cannot be written \(([^()]+)\)", str(exc))
    return found.group(1) if found else str(exc).rstrip(".")


def failed(
    task: OrderTask,
    reason: str,
    started: float | None = None,
    details: str | None = None,
    *,
    output_error: bool = False,
    remember: bool = False,
) -> OrderResult:
    """A failed row: error.txt in the order's report folder where the disk allows it, and no
    report of an earlier run left beside it (a stale report must not pass for this run's).

    `remember`: the failure comes from the order's own inputs (a bad order.toml, an exception
    while auditing it), so its state file keeps the failed row and a re-run with the same
    fingerprint does not audit it again. Time-outs, crashes and refused writes are not
    remembered: they may pass on the next run."""
    reason = " ".join(reason.split()) or "failed without a message"
    for name in (*REPORT_FILES, STATE_FILE):
        with contextlib.suppress(OSError):
            (task.report_dir / name).unlink(missing_ok=True)
    try:
        task.report_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(
            task.report_dir / ERROR_FILE, f"{task.order_dir}: {reason}\n\n{details or ''}"
        )
    except OSError:  # the row carries the reason even when the disk refuses; no empty folder
        with contextlib.suppress(OSError):
            task.report_dir.rmdir()
    result = OrderResult(
        name=task.name,
        order_dir=str(task.order_dir),
        status="failed",
        error=reason,
        seconds=time.perf_counter() - started if started is not None else 0.0,
        fingerprint=task.fingerprint,
        output_error=output_error,
    )
    if remember and not output_error:
        with contextlib.suppress(OSError):  # not remembered: the next run audits it again
            write_failed_state(task.report_dir, result)
    return result

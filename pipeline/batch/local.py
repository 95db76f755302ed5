"""The local executor of a batch: a spawn-based process pool with its guards.

Orders run in worker processes, at most one per worker; the parent watches them: a crashed
worker's orders are retried one at a time to find the culprit, an order past its hard time limit
or a worker resident past its memory limit gets its pool killed (the bystanders run again), and
once the output folder refuses a write no further order starts. Workers die with the parent
(pipeline/batch/guard.py).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from pipeline.batch.guard import resident_bytes
from pipeline.batch.results import OrderResult, OrderTask
from pipeline.batch.worker import audit_one, failed, init_worker, started_then

# A worker gets this much beyond --timeout (spaCy load, report writing) before it is killed.
HARD_TIMEOUT_GRACE = 15.0
# An order whose worker crashed is retried alone once; a second crash makes it a failed row.
MAX_CRASH_ATTEMPTS = 2
# The address space each worker may map (second line behind the documents' budgets; the
# parent also stops a worker resident past Settings.worker_memory_mb).
WORKER_ADDRESS_SPACE = 4096 * 1024 * 1024


def run_local(
    tasks: list[OrderTask],
    jobs: int,
    timeout: float | None,
    collect: Callable[[OrderResult], None],
    *,
    work: Callable[[OrderTask], OrderResult] | None = None,
    grace: float = HARD_TIMEOUT_GRACE,
    halt: Callable[[], str | None] = lambda: None,
    memory_limit: int | None = None,
) -> None:
    """Run tasks on a spawn-based process pool, at most `jobs` in flight so that each has a worker.

    A crashed worker breaks the whole pool: the orders in flight are retried alone, and one that
    crashes a worker again becomes a failed row. An order past its time limit (the worker's own
    alarm did not fire, e.g. stuck in C code) or whose worker is resident past `memory_limit`
    bytes gets its pool killed; the others in flight rerun. Workers die with this process, and
    once `halt()` gives a reason (the output folder refused a write) no further order starts.
    """
    work = work or audit_one

    context = multiprocessing.get_context("spawn")
    pending: deque[OrderTask] = deque(tasks)
    suspects: deque[OrderTask] = deque()  # in flight when a worker crashed: each reruns alone
    crashes: Counter[str] = Counter()
    inflight: dict[Future[OrderResult], OrderTask] = {}
    started: dict[str, float] = {}  # order name -> when its worker said it started
    workers: dict[str, int] = {}  # order name -> the pid of the worker auditing it
    hard_limit = timeout + grace if timeout else None
    address_space = max(WORKER_ADDRESS_SPACE, 2 * memory_limit) if memory_limit else None

    def new_pool() -> tuple[ProcessPoolExecutor, Any]:
        starts = context.Queue()
        pool = ProcessPoolExecutor(
            jobs,
            mp_context=context,
            initializer=init_worker,
            initargs=(starts, os.getpid(), address_space),
        )
        return pool, starts

    def submit(task: OrderTask) -> bool:
        try:
            inflight[pool.submit(started_then, work, task)] = task
        except BrokenProcessPool:
            return False
        started.pop(task.name, None)
        workers.pop(task.name, None)
        return True

    pool, starts = new_pool()
    try:
        while pending or suspects or inflight:
            broken = False
            if (reason := halt()) is not None:
                while pending:
                    collect(failed(pending.popleft(), reason, output_error=True))
            waiting = suspects if suspects else pending
            limit = 1 if suspects else jobs
            while waiting and len(inflight) < limit and not broken:
                if submit(waiting[0]):
                    waiting.popleft()
                else:
                    broken = True
            done, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue  # stays in flight: handled with the others below
                except Exception as exc:  # e.g. a result that could not be pickled back
                    result = failed(inflight[future], f"{type(exc).__name__}: {exc}")
                collect(result)
                del inflight[future]
            now = time.monotonic()
            with contextlib.suppress(queue.Empty, OSError, ValueError):
                while True:
                    name, pid = starts.get_nowait()
                    started.setdefault(name, now)
                    workers[name] = pid
            overdue = {
                f
                for f, t in inflight.items()
                if hard_limit and now - started.get(t.name, now) > hard_limit
            }
            bloated = {
                f
                for f, t in inflight.items()
                if memory_limit
                and t.name in workers
                and (resident_bytes(workers[t.name]) or 0) > memory_limit
            }
            if not broken and not overdue and not bloated:
                continue
            _kill_pool(pool)
            victims = list(inflight.items())
            inflight.clear()
            for future, task in victims:
                if future in overdue:
                    collect(failed(task, f"timed out after {timeout:g} s (worker killed)"))
                elif future in bloated:
                    megabytes = (memory_limit or 0) // (1024 * 1024)
                    collect(
                        failed(
                            task,
                            f"its worker used more than {megabytes} MB of memory and was stopped",
                        )
                    )
                elif not broken:
                    pending.appendleft(task)  # a bystander of a killed pool: run it again
                else:
                    # Which order in flight crashed the worker is unknown: retry each alone.
                    crashes[task.name] += 1
                    if len(victims) == 1 or crashes[task.name] >= MAX_CRASH_ATTEMPTS:
                        reason = "the worker process crashed while auditing this order (BrokenProcessPool)"
                        collect(failed(task, reason))
                    else:
                        suspects.append(task)
            pool, starts = new_pool()
    except BaseException:
        _kill_pool(pool)
        raise
    pool.shutdown(wait=True)


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    processes = list(getattr(pool, "_processes", {}).values())  # no public API before Python 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)

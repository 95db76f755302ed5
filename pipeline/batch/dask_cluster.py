"""The Dask executor of a batch: the same audit_one on a distributed cluster, with the time
limit counted from when the scheduler says a task runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pipeline.batch.local import HARD_TIMEOUT_GRACE
from pipeline.batch.results import BatchError, OrderResult, OrderTask
from pipeline.batch.worker import audit_one, failed

DASK_CONNECT_TIMEOUT = "20s"


def run_dask(
    tasks: list[OrderTask],
    scheduler: str | None,
    timeout: float | None,
    collect: Callable[[OrderResult], None],
) -> None:
    """Run tasks on a Dask distributed cluster; the same audit_one as the local run, so the same results."""
    try:
        from distributed import Client  # optional dependency: order-audit[dask]
    except ImportError as exc:
        raise BatchError(
            "--executor dask needs Dask distributed: pip install 'order-audit[dask]' (or 'dask[distributed]')."
        ) from exc
    if not scheduler:
        raise BatchError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler} ({exc}).") from exc
    try:
        futures = {
            client.submit(
                audit_one,
                task,
                key=f"order-audit-{task.name}-{task.fingerprint[:12]}",
                pure=False,
                retries=1,
            ): task
            for task in tasks
        }
        started: dict[Any, float] = {}
        while futures:
            done = [f for f in futures if f.done()]
            if not done:
                time.sleep(0.2)
            for future in done:
                task = futures.pop(future)
                try:
                    collect(future.result())
                except Exception as exc:  # KilledWorker, a lost connection, ...
                    collect(failed(task, f"the Dask task failed: {type(exc).__name__}: {exc}"))
            if timeout and futures:
                # The scheduler knows which tasks a worker is processing; the clock starts there.
                now = time.monotonic()
                running = {key for keys in client.processing().values() for key in keys}
                for future, task in list(futures.items()):
                    if future.key in running:
                        started.setdefault(future.key, now)
                    if (
                        future.key in started
                        and now - started[future.key] > timeout + HARD_TIMEOUT_GRACE
                    ):
                        future.cancel()
                        del futures[future]
                        collect(failed(task, f"timed out after {timeout:g} s on the Dask cluster"))
    finally:
        client.close()

"""run_batch: every order folder under a root, skipped when unchanged, the rest audited by an
executor (a local process pool or a Dask cluster), then the batch index.

Each order runs in a worker (a ProcessPoolExecutor whose initializer loads spaCy once, or a Dask
cluster); its reports go to OUT/<order folder name>/ beside a state file holding the order's
fingerprint, so a re-run skips orders whose inputs, rules and settings did not change and an
interrupted batch resumes where it stopped. A failing order (an exception, a crashed worker, a
time-out) becomes a failed row with its reason; the others complete.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.batch.dask_cluster import run_dask
from pipeline.batch.discovery import (
    BATCH_FORMATS,
    find_order_folders,
    order_bytes,
    order_fingerprint,
    report_folder_names,
)
from pipeline.batch.local import run_local
from pipeline.batch.results import (
    BatchError,
    BatchOutputError,
    BatchResult,
    ExecutorName,
    OrderResult,
    OrderTask,
)
from pipeline.batch.state import previous_result
from pipeline.batch.worker import os_detail
from pipeline.cache import CACHE_FILE_NAME, CacheUnavailable, ExtractionCache, host_cache_path
from pipeline.config import ORDER_FILE, Settings
from pipeline.portfolio.pages import PortfolioPages, write_supplier_pages
from pipeline.report import BatchRow, write_batch_index
from pipeline.report.atomic import atomic_write_text
from pipeline.report.files import OutputError, prepare_folder

RUN_FILE = "batch-run.json"


@dataclass(frozen=True)
class Dispatch:
    """How a batch hands its tasks to an executor: the workers it may use, the time limit of one
    order, where each result goes as it finishes, and why no further order should start."""

    jobs: int
    timeout: float | None
    collect: Callable[[OrderResult], None]
    halt: Callable[[], str | None]
    scheduler: str | None = None
    memory_limit: int | None = None


# An executor runs the tasks and hands each order's result to `dispatch.collect`.
Executor = Callable[[list[OrderTask], Dispatch], None]


def _local_pool(tasks: list[OrderTask], dispatch: Dispatch) -> None:
    run_local(
        tasks,
        dispatch.jobs,
        dispatch.timeout,
        dispatch.collect,
        halt=dispatch.halt,
        memory_limit=dispatch.memory_limit,
    )


def _dask_cluster(tasks: list[OrderTask], dispatch: Dispatch) -> None:
    run_dask(tasks, dispatch.scheduler, dispatch.timeout, dispatch.collect)


# The executors a batch can run on (`--executor`): one line each.
EXECUTORS: dict[str, Executor] = {"local": _local_pool, "dask": _dask_cluster}

Progress = Callable[[OrderResult, int, int], None]  # (result, finished so far, total)


def default_cache_path(out_dir: Path, executor: ExecutorName = "local") -> Path:
    """OUT/.order-audit-cache.sqlite; on Dask one file per node, since SQLite locking does not
    cross machines on a network filesystem."""
    name = (
        CACHE_FILE_NAME
        if executor == "local"
        else CACHE_FILE_NAME.replace(".sqlite", "-{host}.sqlite")
    )
    return Path(out_dir) / name


def run_batch(
    root: Path,
    out_dir: Path,
    *,
    jobs: int | None = None,
    cache_path: Path | None = None,
    use_cache: bool = True,
    executor: ExecutorName = "local",
    scheduler: str | None = None,
    timeout: float | None = None,
    force: bool = False,
    pdf: bool = False,
    settings: Settings | None = None,
    progress: Progress | None = None,
    retry_failed: bool = False,
) -> BatchResult:
    """Audit every order folder under root into out_dir/<name>/ and write the batch index.

    Unchanged orders (same fingerprint, reports present) are skipped unless `force`; an order
    that failed on the same inputs keeps its failed row without a worker unless `force` or
    `retry_failed`, so a re-run with nothing changed starts no pool. The cache
    defaults to out_dir/.order-audit-cache.sqlite; `use_cache=False` disables it. `pdf` adds
    report.pdf to each order's reports.
    """
    started = time.perf_counter()
    root, out_dir = Path(root), Path(out_dir)
    if not root.is_dir():
        raise BatchError(f"{root}: no such folder.")
    if timeout is not None and timeout <= 0:
        raise BatchError(f"--timeout must be positive, got {timeout:g}.")
    orders = find_order_folders(root, exclude=(out_dir,))
    if not orders:
        raise BatchError(
            f"{root}: no order folder found (a folder with {ORDER_FILE} or role sub-folders such as spec/, pi/, quotes/, chat/)."
        )
    settings = settings or Settings()
    jobs = max(1, jobs or _available_cpus())
    _check_writable(out_dir)
    notes: list[str] = []
    if use_cache:
        cache_path = Path(cache_path) if cache_path else default_cache_path(out_dir, executor)
        unavailable = _prepare_cache(cache_path)
        if unavailable:
            notes.append(f"the cache is not used in this run: {unavailable}")
            cache_path = None
    else:
        cache_path = None

    formats = (*BATCH_FORMATS, "pdf") if pdf else BATCH_FORMATS
    names = report_folder_names(orders, root)
    rows: list[OrderResult] = []
    tasks: list[OrderTask] = []
    for order in orders:
        report_dir = out_dir / names[order]
        fingerprint = order_fingerprint(order, settings, formats)
        earlier = (
            None if force else previous_result(report_dir, fingerprint, retry_failed=retry_failed)
        )
        if earlier is not None:
            rows.append(earlier)
            continue
        tasks.append(
            OrderTask(
                names[order], order, report_dir, fingerprint, settings, cache_path, timeout, formats
            )
        )
    # Biggest orders first (by bytes of input): a long order started last would leave the other
    # workers idle at the end of the batch.
    tasks.sort(key=lambda task: -order_bytes(task.order_dir))

    total = len(orders)
    output_failure: list[str] = []  # why the first order's reports could not be written

    def collect(result: OrderResult) -> None:
        rows.append(result)
        if result.output_error and not output_failure:
            found = re.search(r"\(([^()]+)\)$", result.error or "")
            output_failure.append(found.group(1) if found else "the disk refused a write")
        if progress is not None:
            progress(result, len(rows), total)

    def halt() -> str | None:
        """Why no further order should start: the output folder refused a write."""
        if not output_failure:
            return None
        return (
            f"not audited: the batch stopped when the reports of an order could not be "
            f"written to {out_dir} ({output_failure[0]})"
        )

    if progress is not None:
        for i, row in enumerate(rows, 1):
            progress(row, i, total)
    if tasks:
        run_tasks = EXECUTORS.get(executor)
        if run_tasks is None:
            raise BatchError(f"unknown executor {executor!r}; use {' or '.join(EXECUTORS)}.")
        run_tasks(
            tasks,
            Dispatch(
                jobs=min(jobs, len(tasks)),
                timeout=timeout,
                collect=collect,
                halt=halt,
                scheduler=scheduler,
                memory_limit=settings.worker_memory_mb * 1024 * 1024,
            ),
        )

    rows.sort(key=lambda r: (r.risk_key(), r.name))
    result = BatchResult(
        root=str(root),
        out_dir=str(out_dir),
        rows=tuple(rows),
        seconds=time.perf_counter() - started,
        executor=executor,
        jobs=jobs,
        cache_path=str(cache_path) if cache_path else None,
        notes=tuple(notes),
    )
    try:
        index = _write_index(result)
        atomic_write_text(
            out_dir / RUN_FILE, json.dumps(result.to_json(), indent=2, ensure_ascii=False)
        )
    except (OSError, OutputError) as exc:
        raise BatchOutputError(_output_sentence(out_dir, os_detail(exc), result)) from exc
    if output_failure:
        failed = sum(1 for r in rows if r.output_error)
        raise BatchOutputError(
            f"{out_dir}: the reports of {failed} of {total} orders could not be written "
            f"({output_failure[0]}); each has an error.txt where the disk allowed it."
        )
    return replace(result, index=index | {"run": str(out_dir / RUN_FILE)})


def _output_sentence(out_dir: Path, detail: str, result: BatchResult) -> str:
    written = sum(1 for r in result.rows if r.status != "failed")
    return (
        f"{out_dir}: the batch index could not be written ({detail}); "
        f"{written} of {len(result.rows)} orders have their reports."
    )


def _check_writable(out_dir: Path) -> None:
    """Make the output folder and write a file in it, or stop with one sentence (exit 2): a
    read-only or full disk is found before any order is audited."""
    try:
        prepare_folder(out_dir, "the batch output")
    except OutputError as exc:
        raise BatchOutputError(str(exc)) from exc


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _prepare_cache(path: Path) -> str | None:
    """Open the cache once in the parent: a corrupt file is moved aside here, before workers race
    on it (unless another batch has it open). Returns why the cache cannot be used, or None."""
    try:
        with ExtractionCache(host_cache_path(path)) as cache:
            cache.prune()
    except (CacheUnavailable, OSError) as exc:
        return str(exc)
    return None


def _write_index(result: BatchResult) -> dict[str, str]:
    # Issue 17 hook: the Suppliers page (signals across orders), linked from each affected row.
    pages = write_supplier_pages(result.rows, Path(result.out_dir))
    rows = [_with_signals(_batch_row(r), r.name, pages) for r in result.rows]
    written = write_batch_index(rows, Path(result.out_dir), suppliers_page="suppliers.html")
    return {kind: str(path) for kind, path in (written | pages.written).items()}


def _with_signals(row: BatchRow, name: str, pages: PortfolioPages) -> BatchRow:
    signals = pages.order_signals(name)
    if not signals:
        return row
    link = f"suppliers.html#{pages.anchor_of(name)}"
    return replace(row, signals=tuple(s.message for s in signals), signals_link=link)


def _batch_row(result: OrderResult) -> Any:
    """The report stage's BatchRow (for index.html, summary.csv, summary.json) of one result."""
    if result.status == "failed":
        return BatchRow.failed(
            result.order_id or result.name, result.name, result.error or "failed"
        )
    return BatchRow(
        order_id=result.order_id or result.name,
        report_dir=result.name,
        verdict=result.verdict or "FAILED",
        counts=dict(result.counts),
        supplier=result.supplier,
        total_value=result.total_value,
        currency=result.currency,
    )

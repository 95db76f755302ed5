"""Audit many order folders: discovered under a root, run in worker processes, cached, resumable.

Each order runs in a worker (a ProcessPoolExecutor whose initializer loads spaCy once, or a Dask
cluster); its reports go to OUT/<order folder name>/ beside a state file holding the order's
fingerprint, so a re-run skips orders whose inputs, rules and settings did not change and an
interrupted batch resumes where it stopped. A failing order (an exception, a crashed worker, a
time-out) becomes a failed row with its reason; the others complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pipeline.batch_discovery import (  # noqa: F401 - part of this module's interface
    BATCH_FORMATS,
    ROLE_FOLDERS,
    STATE_VERSION,
    find_order_folders,
    is_order_folder,
    order_bytes,
    order_fingerprint,
    report_folder_names,
)
from pipeline.batch_local import (  # noqa: F401 - part of this module's interface
    HARD_TIMEOUT_GRACE,
    MAX_CRASH_ATTEMPTS,
    WORKER_ADDRESS_SPACE,
    _kill_pool,
    _run_local,
)
from pipeline.config import ORDER_FILE, Settings
from pipeline.errors import AuditError
from pipeline.model import SEVERITIES, reaches_fail_on

STATE_FILE = ".order-audit-state.json"
ERROR_FILE = "error.txt"
RUN_FILE = "batch-run.json"

DASK_CONNECT_TIMEOUT = "20s"

OrderStatus = Literal["done", "skipped", "failed"]
ExecutorName = Literal["local", "dask"]


# Report files of an order; removed when its re-audit fails, so that error.txt stands alone.
REPORT_FILES = ("findings.json", "report.html", "report.md", "report.txt", "report.pdf")


class BatchError(AuditError):
    """The batch itself cannot run (no order under ROOT, Dask missing, scheduler unreachable)."""


class BatchOutputError(BatchError):
    """The output folder cannot be written (read-only, full disk): one sentence, CLI exit 2."""


class OrderTimeout(BaseException):
    """Raised inside a worker when one order exceeds its time limit.

    A BaseException, like KeyboardInterrupt, so that a reader's `except Exception` (which turns a
    bad file into an unreadable document) cannot swallow it.
    """


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class OrderResult:
    """What happened to one order of the batch."""

    name: str  # the OUT sub-folder name
    order_dir: str
    status: OrderStatus
    order_id: str | None = None
    verdict: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # open findings by severity
    documents: int = 0
    pages: int = 0
    unreadable: int = 0
    seconds: float = 0.0
    error: str | None = None  # one sentence, for failed orders
    reports: dict[str, str] = field(default_factory=dict)  # kind -> path
    fingerprint: str = ""
    cache_hits: int = 0
    cache_misses: int = 0
    supplier: str | None = None
    total_value: str | None = None  # decimal string
    currency: str | None = None
    output_error: bool = False  # failed because its reports could not be written

    def risk_key(self) -> tuple[int, ...]:
        """Sort key, riskiest first: failed, then HOLD, REVIEW, RELEASE, then by open findings."""
        verdict_rank = {"HOLD": 1, "REVIEW": 2, "RELEASE": 3}.get(self.verdict or "", 4)
        first = 0 if self.status == "failed" else verdict_rank
        return (first, *(-self.counts.get(s, 0) for s in SEVERITIES))

    def reaches(self, fail_on: str | None) -> bool:
        """True when this order reaches the --fail-on threshold (same rule as the audit command)."""
        return self.status != "failed" and reaches_fail_on(self.verdict, dict(self.counts), fail_on)


@dataclass(frozen=True)
class BatchResult:
    """The outcome of a batch: one row per order (risk-sorted) and the run's figures."""

    root: str
    out_dir: str
    rows: tuple[OrderResult, ...]
    seconds: float
    executor: str
    jobs: int
    cache_path: str | None
    index: dict[str, str] = field(default_factory=dict)  # kind -> path of the batch index files
    notes: tuple[str, ...] = ()  # what the run could not do as asked (the cache was unusable)

    def by_status(self, status: OrderStatus) -> list[OrderResult]:
        return [r for r in self.rows if r.status == status]

    @property
    def audited(self) -> list[OrderResult]:
        return self.by_status("done")

    @property
    def documents(self) -> int:
        return sum(r.documents for r in self.audited)

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.audited)

    @property
    def cache_hits(self) -> int:
        return sum(r.cache_hits for r in self.rows)

    @property
    def cache_misses(self) -> int:
        return sum(r.cache_misses for r in self.rows)

    def fails(self, fail_on: str | None) -> bool:
        return any(r.reaches(fail_on) for r in self.rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "out_dir": self.out_dir,
            "seconds": round(self.seconds, 3),
            "executor": self.executor,
            "jobs": self.jobs,
            "cache": self.cache_path,
            "cache_hits": self.cache_hits,
            "cache_misses": self.cache_misses,
            "notes": list(self.notes),
            "counts": dict(Counter(r.status for r in self.rows)),
            "orders": [asdict(r) for r in self.rows],
        }


# ---------------------------------------------------------------------------------------------
# The work of one order (runs in a worker process or a Dask worker)


@dataclass(frozen=True)
class OrderTask:
    """Everything a worker needs to audit one order; small and picklable."""

    name: str
    order_dir: Path
    report_dir: Path
    fingerprint: str
    settings: Settings
    cache_path: Path | None = None
    timeout: float | None = None
    formats: tuple[str, ...] = BATCH_FORMATS


_STARTS: Any = None  # this worker's queue for telling the parent when an order starts


def init_worker(
    starts: Any = None, parent_pid: int | None = None, address_space: int | None = None
) -> None:
    """ProcessPoolExecutor initializer: die with the parent, cap the address space, and load the
    spaCy pipeline once for every order this worker audits."""
    global _STARTS
    from pipeline.batch_guard import die_with_parent, limit_address_space

    if parent_pid is not None:
        die_with_parent(parent_pid)
    limit_address_space(address_space)
    _STARTS = starts
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _load_nlp()
    # Import the other stages now, so the first order's time limit is not spent importing them.
    import pipeline.audit
    import pipeline.compare
    import pipeline.ingest
    import pipeline.report  # noqa: F401


def _started_then(work: Callable[[OrderTask], OrderResult], task: OrderTask) -> OrderResult:
    """Tell the parent this order starts now in this process (its time limit counts from here,
    its memory is watched), then do it."""
    if _STARTS is not None:
        _STARTS.put((task.name, os.getpid()))
    return work(task)


def _load_nlp() -> None:
    from pipeline import extract

    load = getattr(extract, "load_nlp", None)
    if load is not None:
        load()


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
    from pipeline.audit import audit_order
    from pipeline.cache import process_cache

    started = time.perf_counter()
    cache = process_cache(task.cache_path) if task.cache_path else None
    hits0, misses0 = (cache.stats.hits, cache.stats.misses) if cache else (0, 0)
    try:
        _forget_state(task.report_dir)
    except OSError as exc:
        return _failed(task, _output_reason(task, exc), started, output_error=True)
    try:
        with _time_limit(task.timeout):
            _load_nlp()
            audit = audit_order(task.order_dir, task.settings, cache=cache)
            from pipeline.report import BatchRow, write_reports
            from pipeline.report.files import ReportWriteError

            try:
                written = write_reports(audit, task.report_dir, formats=task.formats)
            except ReportWriteError as exc:
                if not any("cannot be written" in f for f in exc.failures.values()):
                    raise
                return _failed(task, _output_reason(task, exc), started, output_error=True)
            except OSError as exc:
                return _failed(task, _output_reason(task, exc), started, output_error=True)
            row = BatchRow.from_audit(audit, task.name)
    except OrderTimeout:
        return _failed(task, f"timed out after {task.timeout:g} s", started)
    except AuditError as exc:
        return _failed(task, str(exc), started, remember=True)
    except Exception as exc:  # an order's bug must not stop the batch; the traceback is kept
        return _failed(
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
        _write_state(task.report_dir, result)
    except OSError as exc:
        return _failed(task, _output_reason(task, exc), started, output_error=True)
    return result


def _output_reason(task: OrderTask, exc: BaseException) -> str:
    return f"its reports could not be written to {task.report_dir} ({_os_detail(exc)})"


def _os_detail(exc: BaseException) -> str:
    """Why a write failed, in the words the report stage uses ("the disk is full")."""
    from pipeline.report.files import os_reason

    if isinstance(exc, OSError):
        return os_reason(exc)
    found = re.search(r"cannot be written \(([^()]+)\)", str(exc))
    return found.group(1) if found else str(exc).rstrip(".")


def _failed(
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
            _write_failed_state(task.report_dir, result)
    return result


def atomic_write_text(path: Path, text: str) -> None:
    from pipeline.report.files import atomic_write_text as write

    write(path, text)


def _write_state(report_dir: Path, result: OrderResult) -> None:
    state = {"state_version": STATE_VERSION, "result": asdict(result)}
    atomic_write_text(report_dir / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False))
    (report_dir / ERROR_FILE).unlink(missing_ok=True)


def _write_failed_state(report_dir: Path, result: OrderResult) -> None:
    """The failed row beside error.txt, so that an unchanged order is not audited again."""
    state = {"state_version": STATE_VERSION, "result": asdict(result)}
    atomic_write_text(report_dir / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False))


def _forget_state(report_dir: Path) -> None:
    (report_dir / STATE_FILE).unlink(missing_ok=True)


# What a failed row kept from an earlier run says before its reason.
FAILED_EARLIER = "failed earlier, inputs unchanged (--retry-failed audits it again)"


def previous_result(
    report_dir: Path, fingerprint: str, *, retry_failed: bool = False
) -> OrderResult | None:
    """The stored result of an earlier run when it audited exactly these inputs and its reports
    (or, for a failed order, its error.txt) are all there. A failed order comes back as a failed
    row with its reason, unless `retry_failed`."""
    try:
        state = json.loads((report_dir / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("state_version") != STATE_VERSION:
            return None
        result = OrderResult(**state["result"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if result.fingerprint != fingerprint:
        return None
    if result.status == "failed":
        if retry_failed or not (report_dir / ERROR_FILE).is_file():
            return None
        reason = result.error or "failed without a message"
        if not reason.startswith(FAILED_EARLIER):
            reason = f"{FAILED_EARLIER}: {reason}"
        return replace(result, error=reason, seconds=0.0, cache_hits=0, cache_misses=0)
    if result.status != "done":
        return None
    if not result.reports or not all(Path(p).is_file() for p in result.reports.values()):
        return None
    return replace(result, status="skipped", seconds=0.0, cache_hits=0, cache_misses=0)


# ---------------------------------------------------------------------------------------------
# Running the work


Progress = Callable[[OrderResult, int, int], None]  # (result, finished so far, total)


def default_cache_path(out_dir: Path, executor: ExecutorName = "local") -> Path:
    """OUT/.order-audit-cache.sqlite; on Dask one file per node, since SQLite locking does not
    cross machines on a network filesystem."""
    from pipeline.cache import CACHE_FILE_NAME

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
        if executor == "dask":
            _run_dask(tasks, scheduler, timeout, collect)
        elif executor == "local":
            _run_local(
                tasks,
                min(jobs, len(tasks)),
                timeout,
                collect,
                halt=halt,
                memory_limit=settings.worker_memory_mb * 1024 * 1024,
            )
        else:
            raise BatchError(f"unknown executor {executor!r}; use local or dask.")

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
    from pipeline.report.files import OutputError

    try:
        index = _write_index(result)
        atomic_write_text(
            out_dir / RUN_FILE, json.dumps(result.to_json(), indent=2, ensure_ascii=False)
        )
    except (OSError, OutputError) as exc:
        raise BatchOutputError(_output_sentence(out_dir, _os_detail(exc), result)) from exc
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
    from pipeline.report.files import OutputError, prepare_folder

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
    from pipeline.cache import CacheUnavailable, ExtractionCache, host_cache_path

    try:
        with ExtractionCache(host_cache_path(path)) as cache:
            cache.prune()
    except (CacheUnavailable, OSError) as exc:
        return str(exc)
    return None


def _write_index(result: BatchResult) -> dict[str, str]:
    from pipeline.report import write_batch_index

    written = write_batch_index([_batch_row(r) for r in result.rows], Path(result.out_dir))
    return {kind: str(path) for kind, path in written.items()}


def _batch_row(result: OrderResult) -> Any:
    """The report stage's BatchRow (for index.html, summary.csv, summary.json) of one result."""
    from pipeline.report import BatchRow

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


def _run_dask(
    tasks: list[OrderTask],
    scheduler: str | None,
    timeout: float | None,
    collect: Callable[[OrderResult], None],
) -> None:
    """Run tasks on a Dask distributed cluster; the same audit_one as the local run, so the same results."""
    try:
        from distributed import Client
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
                    collect(_failed(task, f"the Dask task failed: {type(exc).__name__}: {exc}"))
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
                        collect(_failed(task, f"timed out after {timeout:g} s on the Dask cluster"))
    finally:
        client.close()

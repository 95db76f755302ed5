"""Audit many order folders: discovered under a root, run by an executor (a local process pool or a
Dask cluster), cached, resumable; a nightly run keeps a history and mails what changed.

| module | holds |
|---|---|
| `run.py` | `run_batch`, the executor table `EXECUTORS` |
| `discovery.py` | which folders are orders, report folder names, an order's fingerprint |
| `state.py` | the state file beside each order's reports (what lets a re-run skip it) |
| `results.py` | `OrderTask`, `OrderResult`, `BatchResult`, the batch's errors |
| `worker.py` | the work of one order in a worker: `audit_one`, `init_worker` |
| `local.py`, `dask_cluster.py` | the two executors |
| `guard.py` | workers die with the parent; address-space and memory limits |
| `lock.py`, `nightly.py` | the nightly run: OUT's lock, history, mail on change |
"""

from pipeline.batch.discovery import (
    BATCH_FORMATS,
    ROLE_FOLDERS,
    STATE_VERSION,
    find_order_folders,
    is_order_folder,
    order_bytes,
    order_fingerprint,
    report_folder_names,
)
from pipeline.batch.local import (
    HARD_TIMEOUT_GRACE,
    MAX_CRASH_ATTEMPTS,
    WORKER_ADDRESS_SPACE,
    run_local,
)
from pipeline.batch.results import (
    BatchError,
    BatchOutputError,
    BatchResult,
    ExecutorName,
    OrderResult,
    OrderStatus,
    OrderTask,
)
from pipeline.batch.run import (
    EXECUTORS,
    RUN_FILE,
    Executor,
    Progress,
    default_cache_path,
    run_batch,
)
from pipeline.batch.state import (
    ERROR_FILE,
    FAILED_EARLIER,
    REPORT_FILES,
    STATE_FILE,
    previous_result,
)
from pipeline.batch.worker import OrderTimeout, audit_one, init_worker

__all__ = [
    "BATCH_FORMATS",
    "ERROR_FILE",
    "FAILED_EARLIER",
    "EXECUTORS",
    "HARD_TIMEOUT_GRACE",
    "MAX_CRASH_ATTEMPTS",
    "REPORT_FILES",
    "ROLE_FOLDERS",
    "RUN_FILE",
    "STATE_FILE",
    "STATE_VERSION",
    "WORKER_ADDRESS_SPACE",
    "BatchError",
    "BatchOutputError",
    "BatchResult",
    "Dispatch",
    "Executor",
    "ExecutorName",
    "OrderResult",
    "OrderStatus",
    "OrderTask",
    "OrderTimeout",
    "Progress",
    "audit_one",
    "default_cache_path",
    "find_order_folders",
    "init_worker",
    "is_order_folder",
    "order_bytes",
    "order_fingerprint",
    "previous_result",
    "report_folder_names",
    "run_batch",
    "run_local",
]

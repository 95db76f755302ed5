"""What a batch produces and passes around: one order's task and result, the batch's result,
and the errors that stop a batch."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pipeline.batch.discovery import BATCH_FORMATS
from pipeline.config import Settings
from pipeline.errors import AuditError
from pipeline.model import SEVERITIES, reaches_fail_on

OrderStatus = Literal["done", "skipped", "failed"]


ExecutorName = Literal["local", "dask"]


class BatchError(AuditError):
    """The batch itself cannot run (no order under ROOT, Dask missing, scheduler unreachable)."""


class BatchOutputError(BatchError):
    """The output folder cannot be written (read-only, full disk): one sentence, CLI exit 2."""


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

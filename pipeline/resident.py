"""The resident mode: the pipeline loaded once (spaCy, templates, the extraction cache), order
folders audited on request or whenever a file in them changes.

`ResidentPipeline` holds what a cold `order-audit audit` loads on every run; its `audit()`
re-reads only files whose bytes changed (the others come from an in-memory layer in front of the
SQLite extraction cache) and writes the reports. `watch()` watches order folders with
watchfiles, groups bursts of file events, ignores what order-audit writes itself and the output
folder, and re-audits the orders whose files changed until its stop event is set.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import watchfiles

from pipeline.audit import audit_order, load_stages
from pipeline.cache import CACHE_FILE_NAME, MemoryCache
from pipeline.config import Settings
from pipeline.errors import AuditError
from pipeline.generated import written_by_order_audit
from pipeline.report import write_reports
from pipeline.report.environment import environment
from pipeline.report.files import OutputError, write_error_report

if TYPE_CHECKING:
    from watchfiles import Change

# Report formats the resident mode writes (report.pdf only with pdf=True, as `audit --pdf`).
RESIDENT_FORMATS = ("json", "html", "md", "txt")
# Quiet time (ms) after the last file event before a burst is audited: a chat export saved as
# several writes, a folder of files copied in, is one re-audit.
DEBOUNCE_MS = 400
# The longest (ms) a steady stream of events may postpone the audit.
MAX_WAIT_MS = 3000
# Temporary names editors and our own atomic writes use: never a document worth an audit.
_TEMP_SUFFIXES = (".tmp", ".part", ".crdownload", ".swp", "~")


@dataclass(frozen=True)
class ResidentAudit:
    """One audit made by the resident pipeline: the verdict and reports, or why it failed."""

    order_dir: Path
    report_dir: Path
    seconds: float
    verdict: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    reports: dict[str, Path] = field(default_factory=dict)
    error: str | None = None  # one sentence when the audit failed (its error.txt says the same)
    changed: tuple[str, ...] = ()  # the files whose events triggered it (empty: on request)
    cache_hits: int = 0
    cache_misses: int = 0


OnAudit = Callable[[ResidentAudit], None]


class ResidentPipeline:
    """The loaded pipeline: call `audit(order_dir)` as often as needed; `close()` when done."""

    def __init__(
        self,
        out_dir: Path,
        *,
        cache_path: Path | None = None,
        use_cache: bool = True,
        settings: Settings | None = None,
        pdf: bool = False,
    ) -> None:

        self.out_dir = Path(out_dir)
        self.settings = settings or Settings()
        self.formats = (*RESIDENT_FORMATS, "pdf") if pdf else RESIDENT_FORMATS
        backing = (cache_path or self.out_dir / CACHE_FILE_NAME) if use_cache else None
        self.cache = MemoryCache(backing)
        self._lock = threading.Lock()  # one audit at a time (spaCy and PDFium are not shared)
        _load()

    def report_dir(self, order_dir: Path) -> Path:
        """OUT/<order folder name>/, as `order-audit batch` names it."""
        return self.out_dir / Path(order_dir).resolve().name

    def audit(self, order_dir: Path, changed: Sequence[str] = ()) -> ResidentAudit:
        """Audit one order folder and write its reports; never raises for a bad order (the
        result's `error` says why, and error.txt replaces the reports)."""

        order_dir = Path(order_dir)
        report_dir = self.report_dir(order_dir)
        with self._lock:
            started = time.perf_counter()
            hits, misses = self.cache.stats.hits, self.cache.stats.misses
            try:
                audit = audit_order(order_dir, self.settings, cache=self.cache)
                written = write_reports(audit, report_dir, formats=self.formats)
            except AuditError as exc:
                return self._failed(order_dir, report_dir, str(exc), started, changed)
            except Exception as exc:  # a bug on one order must not end the watch
                reason = f"{type(exc).__name__}: {exc}"
                return self._failed(order_dir, report_dir, reason, started, changed)
            return ResidentAudit(
                order_dir=order_dir,
                report_dir=report_dir,
                seconds=time.perf_counter() - started,
                verdict=audit.verdict,
                counts=audit.counts(),
                reports=dict(written),
                changed=tuple(changed),
                cache_hits=self.cache.stats.hits - hits,
                cache_misses=self.cache.stats.misses - misses,
            )

    def _failed(
        self,
        order_dir: Path,
        report_dir: Path,
        reason: str,
        started: float,
        changed: Sequence[str],
    ) -> ResidentAudit:

        try:
            write_error_report(report_dir, order_dir=order_dir, reason=reason)
        except OutputError as exc:
            reason = f"{reason} {exc}"
        return ResidentAudit(
            order_dir=order_dir,
            report_dir=report_dir,
            seconds=time.perf_counter() - started,
            error=reason,
            changed=tuple(changed),
        )

    def watch(
        self,
        order_dirs: Iterable[Path],
        on_audit: OnAudit,
        *,
        stop: threading.Event | None = None,
        initial: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        """Audit each order (unless not `initial`), then re-audit an order whenever files in it
        change, until `stop` is set (or Ctrl-C). Returns when the loop has ended."""
        watch(self, order_dirs, on_audit, stop=stop, initial=initial, debounce_ms=debounce_ms)


def _load() -> None:
    """Load what every audit needs once: spaCy, the stages, the compiled report templates."""
    load_stages()
    for name in ("report.html.j2", "report.md.j2", "report.txt.j2"):
        environment().get_template(name)


def watch(
    pipeline: ResidentPipeline,
    order_dirs: Iterable[Path],
    on_audit: OnAudit,
    *,
    stop: threading.Event | None = None,
    initial: bool = True,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """The watch loop of `ResidentPipeline.watch` (see there)."""

    orders = [Path(d).resolve() for d in order_dirs]
    stop = stop or threading.Event()
    keep = WatchFilter(orders, pipeline.out_dir)
    pending = list(orders) if initial else []
    # yield_on_timeout: the first (empty) batch comes once the watcher is running, so the first
    # audits run while it already records changes: a file saved meanwhile is audited next.
    for changes in watchfiles.watch(
        *orders,
        watch_filter=keep,
        debounce=MAX_WAIT_MS,
        step=debounce_ms,
        stop_event=stop,
        rust_timeout=500,
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if pending:
            for order in pending:
                if stop.is_set():
                    return
                on_audit(pipeline.audit(order))
            pending = []
            continue
        for order, paths in changed_orders(orders, (p for _, p in changes)).items():
            if stop.is_set():
                return
            on_audit(pipeline.audit(order, paths))


def changed_orders(orders: Sequence[Path], paths: Iterable[str]) -> dict[Path, tuple[str, ...]]:
    """Which order folder each changed path belongs to (the innermost), with its paths relative
    to it, sorted; paths outside every order are dropped."""
    found: dict[Path, set[str]] = {}
    for raw in paths:
        path = Path(raw)
        owners = [o for o in orders if path.is_relative_to(o)]
        if owners:
            owner = max(owners, key=lambda o: len(o.parts))
            found.setdefault(owner, set()).add(path.relative_to(owner).as_posix())
    return {order: tuple(sorted(found[order])) for order in orders if order in found}


class WatchFilter:
    """watchfiles filter: watchfiles' defaults (.git, editor swap files), then none of
    order-audit's own output (the output folder, files carrying its generator marker), no
    hidden file and no temporary name."""

    def __init__(self, orders: Sequence[Path], out_dir: Path) -> None:

        self.default = watchfiles.DefaultFilter()
        self.out_dir = Path(out_dir).resolve()
        self.orders = tuple(orders)

    def __call__(self, change: Change, raw: str) -> bool:
        path = Path(raw)
        if not self.default(change, raw) or path.is_relative_to(self.out_dir):
            return False
        if path.name.startswith(".") or path.name.endswith(_TEMP_SUFFIXES):
            return False
        return not (path.is_file() and written_by_order_audit(path))

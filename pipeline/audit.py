"""Audit one order folder: ingest, extract, compare. Everything the CLI's `audit` does, callable."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.cache import config_fingerprint, file_sha256, process_cache
from pipeline.config import ANSWER_KEY, ORDER_FILE, OrderConfig, Settings, load_order_config
from pipeline.errors import OrderFolderError
from pipeline.generated import SKIP_REASON, generator
from pipeline.model import Audit, Document, Extraction

if TYPE_CHECKING:
    from pipeline.cache import ExtractionStore


def check_order_folder(order_dir: Path) -> Path:
    """Return the folder resolved, or raise OrderFolderError when it is missing or holds no file."""
    if not order_dir.exists():
        raise OrderFolderError(f"{order_dir}: no such folder.")
    if not order_dir.is_dir():
        raise OrderFolderError(f"{order_dir}: is a file, not an order folder.")
    from pipeline.ingest.common import walk_paths  # rglob recurses: RecursionError when deep

    # order.toml and expected.json are not documents: a folder with only those must not RELEASE.
    if not any(
        p.is_file() and not p.name.startswith(".") and p.name not in (ORDER_FILE, ANSWER_KEY)
        for p in walk_paths(order_dir)
    ):
        raise OrderFolderError(f"{order_dir}: the folder holds no documents.")
    return order_dir


# The modules an audit runs, each imported on first use (start-up of the other commands).
STAGE_MODULES = ("pipeline.ingest", "pipeline.extract.document", "pipeline.compare")


def load_stages() -> None:
    """Load spaCy and import every stage now, in a process that will audit many orders (a batch
    worker, `watch`), so that no order's time limit or re-audit is spent importing them."""
    for module in STAGE_MODULES:
        importlib.import_module(module)
    importlib.import_module("pipeline.extract.nlp").load_nlp()


# Called after each file of an order: (files done, files in all, the file's path in the order).
Progress = Callable[[int, int, str], None]


def extract_order(
    order_dir: Path,
    config: OrderConfig,
    settings: Settings,
    cache: ExtractionStore | None = None,
    progress: Progress | None = None,
) -> list[Extraction]:
    """Read and extract every file of the order, one file at a time, through the cache when given.

    A file whose bytes, path, extractor version and extraction-relevant config are unchanged is
    taken from the cache; only the others are read again.
    """
    # deferred: the readers load when an order is audited, not when batch or evaluate import
    # this module (start-up)
    from pipeline.ingest import list_order_files, read_order_file

    def read(path: Path) -> list[Extraction]:
        # deferred: spaCy loads only when a file is extracted, not when every file of a
        # re-audit comes from the cache (start-up)
        from pipeline.extract import extract_document

        documents = read_order_file(path, order_dir, config, settings)
        return [extract_document(document, config) for document in documents]

    def read_through_cache(path: Path, cache: ExtractionStore, config_fp: str) -> list[Extraction]:
        try:
            digest = file_sha256(path)
        except OSError:  # a dangling link, a file that vanished: the reader says why
            return read(path)
        rel = path.relative_to(order_dir).as_posix()
        cached = cache.get(digest, rel, config_fp)
        if cached is None:
            cached = read(path)
            if all(e.document.status != "unreadable" for e in cached):
                # An unreadable file may be a passing condition (a time-out, a missing tool): retry next run.
                cache.put(digest, rel, config_fp, cached)
        return cached

    if cache is not None:
        config_fp = config_fingerprint(config, settings)
    own: list[Path] = []
    files = list_order_files(order_dir, config, skipped=own)
    extractions: list[Extraction] = []
    for done, path in enumerate(files, 1):
        extractions.extend(
            read(path) if cache is None else read_through_cache(path, cache, config_fp)
        )
        if progress is not None:
            progress(done, len(files), path.relative_to(order_dir).as_posix())
    extractions += [Extraction(skipped_document(path, order_dir)) for path in sorted(own)]
    return extractions


def skipped_document(path: Path, order_dir: Path) -> Document:
    """A file order-audit wrote itself, found in the order folder: listed (contract: no file is
    dropped silently), never read. Status `read` with no blocks, so it moves no verdict; the
    reports show it as skipped (`meta["skipped"]`)."""
    return Document(
        path=path.relative_to(order_dir).as_posix(),
        format=path.suffix.lower().lstrip(".") or "unknown",
        role="other",
        status="read",
        role_source=SKIP_REASON,
        meta={"skipped": SKIP_REASON},
    )


def audit_meta(config: OrderConfig, extractions: list[Extraction]) -> dict[str, Any]:
    """What the reports need beyond the comparison, kept in findings.json's `meta` so that a
    report folder re-renders and mails the same (docs/reports.md, "findings.json additions")."""
    meta: dict[str, Any] = {
        "audited_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "generator": generator(),
    }
    dates = {e.document.path: e.date for e in extractions if e.date}
    if dates:
        meta["document_dates"] = dates
    facts = {e.document.path: dict(e.facts) for e in extractions if _report_facts(e)}
    if facts:
        meta["document_facts"] = facts
    if config.supplier.phone:
        meta["supplier_phone"] = config.supplier.phone
    return meta


def _report_facts(extraction: Extraction) -> bool:
    """Facts a report shows (an inspection's result, defects, sampling); line-item lists stay out."""
    return extraction.document.role == "inspection" and bool(extraction.facts)


def audit_order(
    order_dir: Path,
    settings: Settings | None = None,
    *,
    cache: ExtractionStore | None = None,
    progress: Progress | None = None,
) -> Audit:
    """Read, extract and compare every document of one order folder; return the Audit.

    `cache` (or `settings.cache_path`) reuses the extractions of files that did not change.
    """
    # deferred: spaCy and the readers load when an order is audited, not when batch or evaluate
    # import this module (start-up)
    from pipeline.compare import compare_order

    settings = settings or Settings()
    order_dir = check_order_folder(Path(order_dir))
    config = load_order_config(order_dir)
    if cache is None and settings.cache_path is not None:
        cache = process_cache(settings.cache_path)
    extractions = extract_order(order_dir, config, settings, cache, progress)
    audit = compare_order(extractions, config)
    return replace(
        audit,
        order_dir=str(order_dir.resolve()),
        meta={**audit.meta, **audit_meta(config, extractions)},
    )

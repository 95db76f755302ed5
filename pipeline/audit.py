"""Audit one order folder: ingest, extract, compare. Everything the CLI's `audit` does, callable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import ANSWER_KEY, ORDER_FILE, OrderConfig, Settings, load_order_config
from pipeline.errors import OrderFolderError
from pipeline.model import Audit, Extraction

if TYPE_CHECKING:
    from pipeline.cache import ExtractionCache


def check_order_folder(order_dir: Path) -> Path:
    """Return the folder resolved, or raise OrderFolderError when it is missing or holds no file."""
    if not order_dir.exists():
        raise OrderFolderError(f"{order_dir}: no such folder.")
    if not order_dir.is_dir():
        raise OrderFolderError(f"{order_dir}: is a file, not an order folder.")
    # order.toml and expected.json are not documents: a folder with only those must not RELEASE.
    if not any(
        p.is_file() and not p.name.startswith(".") and p.name not in (ORDER_FILE, ANSWER_KEY)
        for p in order_dir.rglob("*")
    ):
        raise OrderFolderError(f"{order_dir}: the folder holds no documents.")
    return order_dir


# Called after each file of an order: (files done, files in all, the file's path in the order).
Progress = Callable[[int, int, str], None]


def extract_order(
    order_dir: Path,
    config: OrderConfig,
    settings: Settings,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> list[Extraction]:
    """Read and extract every file of the order, one file at a time, through the cache when given.

    A file whose bytes, path, extractor version and extraction-relevant config are unchanged is
    taken from the cache; only the others are read again.
    """
    from pipeline.extract import extract_document
    from pipeline.ingest import list_order_files, read_order_file

    def read(path: Path) -> list[Extraction]:
        documents = read_order_file(path, order_dir, config, settings)
        return [extract_document(document, config) for document in documents]

    def read_through_cache(path: Path, cache: ExtractionCache, config_fp: str) -> list[Extraction]:
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
        from pipeline.cache import config_fingerprint, file_sha256

        config_fp = config_fingerprint(config, settings)
    files = list_order_files(order_dir, config)
    extractions: list[Extraction] = []
    for done, path in enumerate(files, 1):
        extractions.extend(
            read(path) if cache is None else read_through_cache(path, cache, config_fp)
        )
        if progress is not None:
            progress(done, len(files), path.relative_to(order_dir).as_posix())
    return extractions


def audit_order(
    order_dir: Path,
    settings: Settings | None = None,
    *,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> Audit:
    """Read, extract and compare every document of one order folder; return the Audit.

    `cache` (or `settings.cache_path`) reuses the extractions of files that did not change.
    """
    from pipeline.compare import compare_order

    settings = settings or Settings()
    order_dir = check_order_folder(Path(order_dir))
    config = load_order_config(order_dir)
    if cache is None and settings.cache_path is not None:
        from pipeline.cache import process_cache

        cache = process_cache(settings.cache_path)
    extractions = extract_order(order_dir, config, settings, cache, progress)
    return replace(compare_order(extractions, config), order_dir=str(order_dir.resolve()))

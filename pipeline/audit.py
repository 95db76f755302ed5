"""Audit one order folder: ingest, extract, compare. Everything the CLI's `audit` does, callable."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Settings, load_order_config
from pipeline.errors import OrderFolderError
from pipeline.model import Audit


def check_order_folder(order_dir: Path) -> Path:
    """Return the folder resolved, or raise OrderFolderError when it is missing or holds no file."""
    if not order_dir.exists():
        raise OrderFolderError(f"{order_dir}: no such folder.")
    if not order_dir.is_dir():
        raise OrderFolderError(f"{order_dir}: is a file, not an order folder.")
    if not any(p.is_file() and not p.name.startswith(".") for p in order_dir.rglob("*")):
        raise OrderFolderError(f"{order_dir}: the folder holds no documents.")
    return order_dir


def audit_order(order_dir: Path, settings: Settings | None = None) -> Audit:
    """Read, extract and compare every document of one order folder; return the Audit."""
    from pipeline.compare import compare_order
    from pipeline.extract import extract_document
    from pipeline.ingest import read_order

    settings = settings or Settings()
    order_dir = check_order_folder(Path(order_dir))
    config = load_order_config(order_dir)
    documents = read_order(order_dir, config, settings)
    extractions = [extract_document(document, config) for document in documents]
    return compare_order(extractions, config)

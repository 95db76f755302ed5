"""Helpers for tests/batch that spawned worker processes must be able to import (module level)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pipeline.batch import OrderResult, OrderTask
from pipeline.model import Block, Document, Evidence, Extraction, Term


def extraction_for(path: str, n: int) -> Extraction:
    """A real Extraction of a one-line text document that quotes a unit price."""
    block = Block(kind="line", text=f"Unit price: USD {n}.50/pc", line=1)
    document = Document(path=path, format="text", role="quote", status="read", blocks=(block,))
    term = Term(
        field="price.unit",
        value={"amount": f"{n}.50", "currency": "USD", "per": "pc"},
        raw=f"USD {n}.50/pc",
        evidence=Evidence.of(document, block),
        rule="test",
    )
    return Extraction(document=document, terms=(term,))


def behave(task: OrderTask) -> OrderResult:
    """Do what the order's name says: 'crash' kills the worker, 'hang' sleeps past any limit."""
    if "crash" in task.name:
        os._exit(70)  # what a segfault in a C extension looks like to the pool
    if "hang" in task.name:
        time.sleep(3600)
    return OrderResult(
        name=task.name, order_dir=str(task.order_dir), status="done", verdict="RELEASE", documents=1
    )


def hammer_cache(path: str, worker: int, rows: int) -> int:
    """Write and read back rows from one process; return how many it read back."""
    from pipeline.cache import ExtractionCache

    cache = ExtractionCache(Path(path), check=False)
    for n in range(rows):
        cache.put(f"sha-{worker}-{n}", f"doc-{n}.txt", "cfg", [extraction_for(f"doc-{n}.txt", n)])
    found = sum(
        cache.get(f"sha-{worker}-{n}", f"doc-{n}.txt", "cfg") is not None for n in range(rows)
    )
    cache.close()
    return found


def require_chain() -> None:
    """Skip a test until every stage's entry point exists (the stages are built concurrently)."""
    import importlib

    import pytest

    for module, name in [
        ("pipeline.ingest", "read_order_file"),
        ("pipeline.extract", "extract_document"),
        ("pipeline.compare", "compare_order"),
        ("pipeline.report", "write_reports"),
    ]:
        try:
            found = hasattr(importlib.import_module(module), name)
        except ImportError:
            found = False
        if not found:
            pytest.skip(f"{module}.{name} is not built yet")

"""Functions the hostile tests run in spawned processes (they must be importable by name)."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Block, Document, Extraction


def extraction(n: int) -> Extraction:
    block = Block(kind="line", text=f"Unit price: USD {n}.50/pc", line=1)
    document = Document(
        path=f"doc-{n}.txt", format="text", role="quote", status="read", blocks=(block,)
    )
    return Extraction(document=document, terms=())


def open_and_write(path: str, worker: int, rounds: int) -> tuple[int, list[str]]:
    """Open the cache the way a batch does (integrity check first), write a row, close; `rounds`
    times. Returns the rows read back and the errors met."""
    from pipeline.cache import CacheUnavailable, ExtractionCache

    errors: list[str] = []
    found = 0
    for n in range(rounds):
        try:
            with ExtractionCache(Path(path), check=True, wait=30) as cache:
                cache.put(f"sha-{worker}-{n}", f"doc-{n}.txt", "cfg", [extraction(n)])
                found += cache.get(f"sha-{worker}-{n}", f"doc-{n}.txt", "cfg") is not None
                if cache.moved_aside is not None:
                    errors.append(f"moved aside: {cache.moved_aside}")
        except CacheUnavailable as exc:
            errors.append(f"unavailable: {exc}")
        except Exception as exc:  # what the issue saw: 'database disk image is malformed'
            errors.append(f"{type(exc).__name__}: {exc}")
    return found, errors


def hog(task: object) -> object:
    """A batch 'audit' that holds 600 MB resident and waits: the parent must stop its worker."""
    import time

    from pipeline.batch import OrderResult

    ballast = bytearray(600 * 1024 * 1024)
    for offset in range(0, len(ballast), 4096):
        ballast[offset] = 1  # touch every page so that it is resident
    time.sleep(120)
    return OrderResult(name=task.name, order_dir=str(task.order_dir), status="done")  # type: ignore[attr-defined]


def greedy(task: object) -> object:
    """A batch 'audit' that asks for 8 GB at once: the worker's address-space cap refuses it."""
    from pipeline.batch import OrderResult

    try:
        bytearray(8 * 1024 * 1024 * 1024)
    except MemoryError:
        return OrderResult(
            name=task.name, order_dir=str(task.order_dir), status="failed", error="MemoryError"
        )  # type: ignore[attr-defined]
    return OrderResult(name=task.name, order_dir=str(task.order_dir), status="done")  # type: ignore[attr-defined]


def calm(task: object) -> object:
    from pipeline.batch import OrderResult

    return OrderResult(
        name=task.name, order_dir=str(task.order_dir), status="done", verdict="RELEASE"
    )  # type: ignore[attr-defined]

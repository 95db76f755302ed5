"""Which folders under a batch root are orders, their report folder names, and the fingerprint
of an order's inputs that decides whether a re-run may skip it."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections import Counter
from pathlib import Path

from pipeline.cache import READ_SETTINGS, file_sha256, rules_version
from pipeline.config import ORDER_FILE, Settings, load_order_config
from pipeline.errors import AuditError
from pipeline.ingest import list_order_files
from pipeline.ingest.roles import order_folder_marks

STATE_VERSION = 1
# Report files a batch writes per order; report.pdf only on request (WeasyPrint takes 0.2-1 s an order).
BATCH_FORMATS = ("json", "html", "md", "txt")

# Sub-folder names that make a folder an order folder (pipeline/ingest/data/roles.toml [discovery]).
ROLE_FOLDERS = order_folder_marks()


# ---------------------------------------------------------------------------------------------
# Discovery and fingerprints


def is_order_folder(folder: Path) -> bool:
    """A folder holding order.toml, or a role sub-folder (spec/, pi/, quotes/, chat/, ...)."""
    if (folder / ORDER_FILE).is_file():
        return True
    return any(child.is_dir() and child.name.lower() in ROLE_FOLDERS for child in _children(folder))


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def find_order_folders(root: Path, *, exclude: tuple[Path, ...] = ()) -> list[Path]:
    """Every order folder under root (root itself when it is one), never one nested in another.

    Hidden folders, links to folders (a link loop would never end) and the excluded ones (the
    output folder when it sits under root) are skipped.
    """
    root = Path(root)
    excluded = {p.resolve() for p in exclude}
    found: list[Path] = []
    todo = [root]
    while todo:
        folder = todo.pop()
        if folder.resolve() in excluded:
            continue
        if is_order_folder(folder):
            found.append(folder)
            continue
        todo.extend(
            child
            for child in reversed(_children(folder))
            if child.is_dir() and not child.is_symlink() and not child.name.startswith(".")
        )
    return sorted(found)


def report_folder_names(orders: list[Path], root: Path) -> dict[Path, str]:
    """OUT sub-folder name per order: the folder name, or its path under root when two share a name."""
    names = Counter(order.name for order in orders)
    out: dict[Path, str] = {}
    for order in orders:
        if names[order.name] == 1:
            out[order] = order.name or "order"
        else:
            rel = order.resolve().relative_to(Path(root).resolve())
            out[order] = "__".join(rel.parts) or order.name
    return out


def _order_files(order_dir: Path) -> list[Path]:
    """The files an audit of the folder reads, plus order.toml (its settings are inputs too)."""

    try:
        config = load_order_config(order_dir)
    except AuditError:
        config = (
            None  # the audit will report the broken order.toml; the fingerprint still covers it
        )
    files = list_order_files(order_dir, config)
    toml = order_dir / ORDER_FILE
    return [toml, *files] if toml.is_file() else files


def order_fingerprint(
    order_dir: Path, settings: Settings, formats: tuple[str, ...] = BATCH_FORMATS
) -> str:
    """A digest of an order's inputs (every file's path and bytes, order.toml included), the
    rules/data/code version and the run settings: equal fingerprints give equal reports."""

    digest = hashlib.sha256()
    digest.update(f"state {STATE_VERSION}\0rules {rules_version()}\0formats {formats}\0".encode())
    digest.update(
        json.dumps({k: getattr(settings, k) for k in READ_SETTINGS}, sort_keys=True).encode()
    )
    for path in _order_files(order_dir):
        try:
            content = file_sha256(path)
        except OSError:  # a dangling link: its absence is the input
            content = "missing"
        digest.update(f"\0{path.relative_to(order_dir).as_posix()}\0{content}".encode())
    return digest.hexdigest()


def order_bytes(order_dir: Path) -> int:
    total = 0
    for path in _order_files(order_dir):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total

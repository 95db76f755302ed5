"""The extraction cache: one SQLite file mapping a file's content to what ingest+extract made of it.

Key: (file sha256, path relative to the order folder, extractor version, config fingerprint).
Value: the pickled list of Extractions the file yielded (a mail yields one per attachment), with
its own sha256 so a damaged row is dropped instead of trusted. WAL journal and a busy timeout
let several worker processes read and write the same file at once. A file that is not a
usable cache (garbage, wrong schema, failed integrity check) is moved aside and rebuilt.

The cache is as trusted as the output folder it lives in: rows are unpickled, so point
`--cache` only at files this tool wrote.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.config import OrderConfig, Settings
from pipeline.model import Extraction

CACHE_FILE_NAME = ".order-audit-cache.sqlite"
SCHEMA_VERSION = "1"
BUSY_TIMEOUT_MS = 60_000  # a worker waits this long for another one's write to finish
_PACKAGE = Path(__file__).resolve().parent

# order.toml keys that only the compare stage reads: changing them must not invalidate extractions.
_COMPARE_ONLY_KEYS = frozenset(
    {
        "release",
        "tolerances",
        "severity",
        "required_on_pi",
        "stakeholders",
        "notes",
        "receipt_date",
        "trade_assurance",
    }
)
# Settings that change what a reader produces (cache_path itself does not).
_READ_SETTINGS = (
    "max_pages",
    "seconds_per_document",
    "max_file_bytes",
    "max_unzipped_bytes",
    "max_zip_ratio",
    "ocr",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    extractor TEXT NOT NULL,
    config TEXT NOT NULL,
    payload BLOB NOT NULL,
    payload_sha256 TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (sha256, path, extractor, config)
) WITHOUT ROWID;
"""


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file's bytes; OSError (NotRegularFile) for a pipe, socket or device,
    which is never opened for reading (a FIFO would block forever)."""
    from pipeline.ingest.common import open_regular

    with open_regular(path) as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _tree_digest(roots: list[Path], suffixes: tuple[str, ...] | None = None) -> str:
    digest = hashlib.sha256()
    for root in roots:
        if not root.exists():
            continue
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or (suffixes and path.suffix not in suffixes):
                continue
            rel = path.relative_to(root.parent).as_posix()
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _models_dir() -> list[Path]:
    from pipeline.resources import models_dir

    try:
        return [models_dir()]
    except FileNotFoundError:
        return []


@cache
def extractor_version() -> str:
    """A digest of everything that decides what a file reads and extracts as.

    The package version, the ingest and extract code, the data model and config code and the
    models/ data: a change to any of them makes every cached extraction stale.
    """
    code = [
        _PACKAGE / "ingest",
        _PACKAGE / "extract",
        _PACKAGE / "model.py",
        _PACKAGE / "config.py",
    ]
    return __version__ + ":" + _tree_digest(code + _models_dir())[:32]


@cache
def rules_version() -> str:
    """A digest of the whole package, its data, models/ and templates/: what an audit's output depends on."""
    from pipeline.resources import templates_dir

    roots = [_PACKAGE, *_models_dir()]
    with contextlib.suppress(FileNotFoundError):
        roots.append(templates_dir())
    return __version__ + ":" + _tree_digest(roots)[:32]


def config_fingerprint(config: OrderConfig, settings: Settings) -> str:
    """A digest of the order.toml keys and run settings that can change what ingest+extract produce."""
    relevant = {k: v for k, v in sorted(config.raw.items()) if k not in _COMPARE_ONLY_KEYS}
    relevant["__order_id"] = config.order_id
    relevant["__settings"] = {name: getattr(settings, name) for name in _READ_SETTINGS}
    text = json.dumps(relevant, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass
class CacheStats:
    """Hits, misses and rejected rows since the cache was opened in this process."""

    hits: int = 0
    misses: int = 0
    rejected: int = 0  # rows that failed their checksum or could not be unpickled


class ExtractionCache:
    """A connection to the SQLite extraction cache; open one per process (sqlite3 connections are not shared)."""

    def __init__(self, path: Path, *, check: bool = True) -> None:
        self.path = Path(path)
        self.stats = CacheStats()
        self.moved_aside: Path | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._connect(check=check)
        except sqlite3.DatabaseError:
            # Garbage, a foreign database or a failed integrity check: never trust it, start over.
            self.moved_aside = _move_aside(self.path)
            self._conn = self._connect(check=False)

    def _connect(self, *, check: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if check:
                row = conn.execute("PRAGMA quick_check").fetchone()
                if row is None or row[0] != "ok":
                    raise sqlite3.DatabaseError(f"integrity check failed: {row}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
            )
            found = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if found is None or found[0] != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"cache schema {found and found[0]!r}, expected {SCHEMA_VERSION!r}"
                )
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def get(self, sha256: str, path: str, config_fp: str) -> list[Extraction] | None:
        """The cached extractions of one file, or None (a miss) when absent or not trustworthy."""
        try:
            row = self._conn.execute(
                "SELECT payload, payload_sha256 FROM extractions WHERE sha256=? AND path=? AND extractor=? AND config=?",
                (sha256, path, extractor_version(), config_fp),
            ).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            self.stats.misses += 1
            return None
        payload, payload_sha = row
        value = _unpickle(payload, payload_sha)
        if value is None:
            self.stats.rejected += 1
            self.stats.misses += 1
            self._delete(sha256, path, config_fp)
            return None
        self.stats.hits += 1
        return value

    def put(self, sha256: str, path: str, config_fp: str, extractions: list[Extraction]) -> None:
        """Store what one file yielded; a write that cannot get the lock in time is skipped, not fatal."""
        payload = pickle.dumps(list(extractions), protocol=pickle.HIGHEST_PROTOCOL)
        # Locked past the busy timeout (or damaged): skip, the next run extracts this file again.
        with contextlib.suppress(sqlite3.DatabaseError):
            self._conn.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    path,
                    extractor_version(),
                    config_fp,
                    payload,
                    hashlib.sha256(payload).hexdigest(),
                    time.time(),
                ),
            )

    def prune(self) -> int:
        """Delete rows written by another extractor version; return how many went."""
        cur = self._conn.execute(
            "DELETE FROM extractions WHERE extractor != ?", (extractor_version(),)
        )
        return cur.rowcount

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM extractions").fetchone()[0])

    def _delete(self, sha256: str, path: str, config_fp: str) -> None:
        with contextlib.suppress(sqlite3.DatabaseError):
            self._conn.execute(
                "DELETE FROM extractions WHERE sha256=? AND path=? AND extractor=? AND config=?",
                (sha256, path, extractor_version(), config_fp),
            )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _unpickle(payload: bytes, payload_sha: str) -> list[Extraction] | None:
    if hashlib.sha256(payload).hexdigest() != payload_sha:
        return None
    try:
        value = pickle.loads(payload)  # noqa: S301 - written by this tool, checksum verified
    except Exception:  # a pickle of a class that no longer exists, truncated data, ...
        return None
    if not isinstance(value, list) or not all(isinstance(e, Extraction) for e in value):
        return None
    return value


def _move_aside(path: Path) -> Path:
    """Rename a bad cache file (and its WAL side files) out of the way; return the new name."""
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}")
    for suffix in ("", "-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


_LOCAL = threading.local()  # sqlite3 connections must stay in the thread that opened them


def host_cache_path(path: Path) -> Path:
    """The path with "{host}" replaced by this machine's name: one cache file per cluster node."""
    return Path(str(path).replace("{host}", socket.gethostname()))


def process_cache(path: Path) -> ExtractionCache:
    """This thread's connection to the cache at path, opened once (workers and Dask threads call this)."""
    key = host_cache_path(path).resolve()
    opened: dict[Path, ExtractionCache] = _LOCAL.__dict__.setdefault("caches", {})
    if key not in opened:
        opened[key] = ExtractionCache(key, check=False)
    return opened[key]

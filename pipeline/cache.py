"""The extraction cache: one SQLite file mapping a file's content to what ingest+extract made of it.

Key: (file sha256, path relative to the order folder, extractor version, config fingerprint).
Value: the pickled list of Extractions the file yielded (a mail yields one per attachment), with
its own sha256 so a damaged row is dropped instead of trusted. WAL journal and a busy timeout
let several worker processes read and write the same file at once (SQLite lets one write at a
time; the others wait). "Locked" is told from "corrupt" by SQLite's error code: a cache that is
busy is waited for with back-off, never taken for damaged. A file that is not a usable cache
(garbage, wrong schema, failed integrity check) is moved aside and rebuilt, but only by a process
that holds the cache's lock file alone: a cache another process has open is never moved.

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
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a damaged cache is still moved aside
    fcntl = None  # type: ignore[assignment]

from pipeline import __version__
from pipeline.config import OrderConfig, Settings
from pipeline.field_registry import registry_path
from pipeline.ingest.common import open_regular
from pipeline.model import Extraction
from pipeline.resources import models_dir, templates_dir

CACHE_FILE_NAME = ".order-audit-cache.sqlite"
SCHEMA_VERSION = "1"
BUSY_TIMEOUT_MS = 60_000  # a worker waits this long for another one's write to finish
OPEN_WAIT_SECONDS = 60.0  # opening retries a locked cache with back-off for this long
LOCK_SUFFIX = ".lock"  # beside the cache: shared while a process has it open, exclusive to move it
# SQLite's primary result codes (sqlite3.h): busy/locked mean "wait", corrupt/notadb mean damaged.
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
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
READ_SETTINGS = (
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

    try:
        return [models_dir()]
    except FileNotFoundError:
        return []


@cache
def extractor_version() -> str:
    """A digest of everything that decides what a file reads and extracts as.

    The package version, the ingest and extract code, the data model and config code, the field
    registry in use (and a site extractor it names is not covered: change its registry file's
    text, or use --no-cache) and the models/ data: a change to any of them makes every cached
    extraction stale.
    """

    code = [
        _PACKAGE / "ingest",
        _PACKAGE / "extract",
        _PACKAGE / "model.py",
        _PACKAGE / "config.py",
        _PACKAGE / "field_registry.py",
        registry_path(),
    ]
    return __version__ + ":" + _tree_digest(code + _models_dir())[:32]


@cache
def rules_version() -> str:
    """A digest of the whole package, its data, models/ and templates/: what an audit's output depends on."""

    roots = [_PACKAGE, *_models_dir()]
    with contextlib.suppress(FileNotFoundError):
        roots.append(templates_dir())
    return __version__ + ":" + _tree_digest(roots)[:32]


def config_fingerprint(config: OrderConfig, settings: Settings) -> str:
    """A digest of the order.toml keys and run settings that can change what ingest+extract produce."""
    relevant = {k: v for k, v in sorted(config.raw.items()) if k not in _COMPARE_ONLY_KEYS}
    relevant["__order_id"] = config.order_id
    relevant["__settings"] = {name: getattr(settings, name) for name in READ_SETTINGS}
    text = json.dumps(relevant, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class CacheUnavailable(Exception):
    """The cache cannot be used now (locked too long, damaged while another process has it open,
    unwritable); the audit runs without it."""


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_locked(exc: sqlite3.Error) -> bool:
    """True for "database is locked" / "busy": another connection holds the lock, nothing is wrong."""
    code = _code(exc)
    if code is not None:
        return code in _BUSY_CODES
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_damaged(exc: sqlite3.Error) -> bool:
    """True when the file is no usable cache: not a database, malformed, failed check, wrong schema."""
    if isinstance(exc, _Unusable):
        return True
    code = _code(exc)
    if code is not None:
        return code in _DAMAGED_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


class _Unusable(sqlite3.DatabaseError):
    """Raised by our own checks: failed quick_check, another schema."""


@dataclass
class CacheStats:
    """Hits, misses and rejected rows since the cache was opened in this process."""

    hits: int = 0
    misses: int = 0
    rejected: int = 0  # rows that failed their checksum or could not be unpickled


class ExtractionCache:
    """A connection to the SQLite extraction cache; open one per process (sqlite3 connections are not shared)."""

    def __init__(self, path: Path, *, check: bool = True, wait: float = OPEN_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.stats = CacheStats()
        self.moved_aside: Path | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _LockFile(Path(str(self.path) + LOCK_SUFFIX))
        try:
            self._conn = self._open(check=check, wait=wait)
        except BaseException:
            self._lock.close()
            raise

    def _open(self, *, check: bool, wait: float) -> sqlite3.Connection:
        """Connect, waiting out locks with back-off; move a damaged file aside when no other
        process has the cache open; else CacheUnavailable."""
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            try:
                return self._connect(check=check)
            except sqlite3.Error as exc:
                if is_locked(exc):
                    if time.monotonic() + delay > deadline:
                        raise CacheUnavailable(
                            f"{self.path}: locked by another process for more than {wait:g} s"
                        ) from exc
                    time.sleep(delay)
                    delay = min(2.0, delay * 2)
                    continue
                if not is_damaged(exc):
                    raise CacheUnavailable(f"{self.path}: cannot be opened ({exc})") from exc
                if not self._lock.exclusive():
                    raise CacheUnavailable(
                        f"{self.path}: damaged ({exc}) while another process has it open; "
                        "it is left as it is"
                    ) from exc
                try:
                    # Garbage, a foreign database or a failed integrity check: start over.
                    self.moved_aside = _move_aside(self.path)
                    return self._connect(check=False)
                finally:
                    self._lock.shared()

    def _connect(self, *, check: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if check:
                row = conn.execute("PRAGMA quick_check").fetchone()
                if row is None or row[0] != "ok":
                    raise _Unusable(f"integrity check failed: {row}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
            )
            found = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if found is None or found[0] != SCHEMA_VERSION:
                raise _Unusable(f"cache schema {found and found[0]!r}, expected {SCHEMA_VERSION!r}")
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
        """Delete rows written by another extractor version; return how many went (0 when the
        cache is busy: the next batch prunes)."""
        try:
            cur = self._conn.execute(
                "DELETE FROM extractions WHERE extractor != ?", (extractor_version(),)
            )
        except sqlite3.Error:
            return 0
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
        try:
            self._conn.close()
        finally:
            self._lock.close()

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


class _LockFile:
    """An flock on a file beside the cache: every process holds it shared while it has the cache
    open, so a process that gets it exclusively knows nobody else is using the cache."""

    def __init__(self, path: Path) -> None:
        self.fd: int | None = None
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            return  # a read-only folder: no lock file, so never exclusive (never moved aside)
        self.shared()

    def shared(self) -> None:
        if self.fd is not None and fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_SH)

    def exclusive(self) -> bool:
        """Try to hold the lock alone (without waiting); on success it stays exclusive until
        shared() is called."""
        if self.fd is None or fcntl is None:
            return self.fd is not None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.shared()  # a failed conversion may have dropped the shared lock
            return False
        return True

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class ExtractionStore(Protocol):
    """What extract_order needs of a cache: the SQLite cache, or the resident mode's memory
    layer in front of it."""

    stats: CacheStats

    def get(self, sha256: str, path: str, config_fp: str) -> list[Extraction] | None: ...

    def put(
        self, sha256: str, path: str, config_fp: str, extractions: list[Extraction]
    ) -> None: ...


# Files the memory layer keeps (their pickled extractions, a few kB to a few hundred kB each).
MEMORY_CACHE_FILES = 2048


class MemoryCache:
    """Extractions held in this process in front of the SQLite cache, for the resident mode:
    a file audited before costs one unpickle, no SQLite read and no checksum.

    Kept pickled, so that every audit gets objects of its own (as from SQLite), least recently
    used dropped first. `backing` is the SQLite cache path (None: memory only); its connection
    is opened per thread (process_cache), since the watch loop may run in another thread.
    """

    def __init__(self, backing: Path | None = None, *, limit: int = MEMORY_CACHE_FILES) -> None:
        self.backing = backing
        self.limit = limit
        self.stats = CacheStats()
        self._rows: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def _sqlite(self) -> ExtractionCache | None:
        return process_cache(self.backing) if self.backing is not None else None

    def get(self, sha256: str, path: str, config_fp: str) -> list[Extraction] | None:
        key = (sha256, path, config_fp)
        with self._lock:
            payload = self._rows.get(key)
            if payload is not None:
                self._rows.move_to_end(key)
        if payload is not None:
            self.stats.hits += 1
            return list(pickle.loads(payload))  # noqa: S301 - pickled by this process
        sqlite = self._sqlite()
        found = sqlite.get(sha256, path, config_fp) if sqlite is not None else None
        if found is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        self._keep(key, found)
        return found

    def put(self, sha256: str, path: str, config_fp: str, extractions: list[Extraction]) -> None:
        self._keep((sha256, path, config_fp), extractions)
        sqlite = self._sqlite()
        if sqlite is not None:
            sqlite.put(sha256, path, config_fp, extractions)

    def _keep(self, key: tuple[str, str, str], extractions: list[Extraction]) -> None:
        payload = pickle.dumps(list(extractions), protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._rows[key] = payload
            self._rows.move_to_end(key)
            while len(self._rows) > self.limit:
                self._rows.popitem(last=False)

    def __len__(self) -> int:
        return len(self._rows)


_LOCAL = threading.local()  # sqlite3 connections must stay in the thread that opened them


def host_cache_path(path: Path) -> Path:
    """The path with "{host}" replaced by this machine's name: one cache file per cluster node."""
    return Path(str(path).replace("{host}", socket.gethostname()))


def process_cache(path: Path) -> ExtractionCache | None:
    """This thread's connection to the cache at path, opened once (workers and Dask threads call
    this); None when the cache cannot be used now (the audit then reads every file)."""
    key = host_cache_path(path).resolve()
    opened: dict[Path, ExtractionCache] = _LOCAL.__dict__.setdefault("caches", {})
    if key not in opened:
        try:
            opened[key] = ExtractionCache(key, check=False)
        except (CacheUnavailable, OSError):
            return None
    return opened[key]

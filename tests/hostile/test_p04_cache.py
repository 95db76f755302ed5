"""Issue 13, point 4: two batches on one cache. A busy cache was taken for a corrupt one and
moved aside while the other process used it (23 of 30 tries), and a process crashed with
"database disk image is malformed" (4 of 30)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from pipeline import cache as cache_module
from pipeline.cache import CacheUnavailable, ExtractionCache, is_damaged, is_locked
from tests.hostile.workers import extraction, open_and_write


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def _hold_exclusive(path: Path, seconds: float, ready: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('holder', 'x')")
    ready.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_a_locked_cache_is_waited_for_not_taken_for_corrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path) as cache:
        cache.put("abc", "q.txt", "cfg", [extraction(1)])
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT_MS", 200)  # SQLite gives up fast, we retry
    ready = threading.Event()
    holder = threading.Thread(target=_hold_exclusive, args=(path, 2.0, ready))
    holder.start()
    ready.wait(10)
    try:
        with ExtractionCache(path, wait=30) as cache:
            assert cache.moved_aside is None
            assert cache.get("abc", "q.txt", "cfg") is not None  # the rows are still there
    finally:
        holder.join()
    assert _aside(path) == []


def test_a_cache_locked_for_too_long_is_unavailable_not_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite"
    ExtractionCache(path).close()
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT_MS", 100)
    ready = threading.Event()
    holder = threading.Thread(target=_hold_exclusive, args=(path, 3.0, ready))
    holder.start()
    ready.wait(10)
    try:
        with pytest.raises(CacheUnavailable, match="locked by another process"):
            ExtractionCache(path, wait=0.5)
    finally:
        holder.join()
    assert _aside(path) == []


def test_sqlite_error_codes_tell_locked_from_damaged(tmp_path: Path) -> None:
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    malformed.sqlite_errorcode = 11  # type: ignore[attr-defined]
    assert is_locked(locked) and not is_damaged(locked)
    assert is_damaged(malformed) and not is_locked(malformed)
    garbage = tmp_path / "g.sqlite"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("PRAGMA quick_check").fetchone()
    assert is_damaged(caught.value)


def test_a_damaged_cache_another_process_has_open_is_left_alone(tmp_path: Path) -> None:
    import fcntl
    import os

    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database at all\n" * 100)
    lock = os.open(str(path) + cache_module.LOCK_SUFFIX, os.O_RDWR | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_SH)  # what another batch holds while it uses the cache
    try:
        with pytest.raises(CacheUnavailable, match="another process has it open"):
            ExtractionCache(path)
        assert _aside(path) == [] and path.read_bytes().startswith(b"this is not")
    finally:
        os.close(lock)
    with ExtractionCache(path) as cache:  # alone now: moved aside and rebuilt
        assert cache.moved_aside is not None
    assert len(_aside(path)) == 1


@pytest.mark.slow
def test_two_batches_opening_one_cache_30_times_never_move_or_break_it(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    ExtractionCache(path).close()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        runs = list(pool.map(open_and_write, [str(path)] * 2, [1, 2], [30, 30]))
    assert [errors for _, errors in runs] == [[], []]
    assert [found for found, _ in runs] == [30, 30]
    assert _aside(path) == []
    with ExtractionCache(path) as cache:
        assert len(cache) == 60

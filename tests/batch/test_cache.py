"""The SQLite extraction cache: round trip, keys, corruption, concurrent writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from batch_test_workers import extraction_for, hammer_cache

from pipeline.cache import ExtractionCache, config_fingerprint, extractor_version, process_cache
from pipeline.config import Settings, order_config_from_dict


def test_round_trip_gives_equal_extractions(tmp_path: Path) -> None:
    stored = [extraction_for("quotes/q.txt", 1), extraction_for("quotes/q.txt#att.pdf", 2)]
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        assert cache.get("abc", "quotes/q.txt", "cfg") is None
        cache.put("abc", "quotes/q.txt", "cfg", stored)
        assert cache.get("abc", "quotes/q.txt", "cfg") == stored
        assert (cache.stats.hits, cache.stats.misses) == (1, 1)


@pytest.mark.parametrize(
    ("sha", "path", "config"),
    [
        ("other", "quotes/q.txt", "cfg"),
        ("abc", "pi/q.txt", "cfg"),
        ("abc", "quotes/q.txt", "other"),
    ],
    ids=["content", "path", "config"],
)
def test_every_key_part_matters(tmp_path: Path, sha: str, path: str, config: str) -> None:
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        cache.put("abc", "quotes/q.txt", "cfg", [extraction_for("quotes/q.txt", 1)])
        assert cache.get(sha, path, config) is None


def test_rows_of_another_extractor_version_are_misses_and_pruned(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path) as cache:
        cache.put("abc", "q.txt", "cfg", [extraction_for("q.txt", 1)])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE extractions SET extractor = 'older'")
    with ExtractionCache(path) as cache:
        assert cache.get("abc", "q.txt", "cfg") is None
        assert cache.prune() == 1
        assert len(cache) == 0
    assert extractor_version() == extractor_version()


@pytest.mark.parametrize(
    "garbage",
    [b"this is not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000, b""],
    ids=["text", "bad-header", "empty"],
)
def test_a_corrupt_cache_is_moved_aside_and_rebuilt(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(garbage)
    with ExtractionCache(path) as cache:
        assert cache.get("abc", "q.txt", "cfg") is None
        cache.put("abc", "q.txt", "cfg", [extraction_for("q.txt", 1)])
        assert cache.get("abc", "q.txt", "cfg") is not None
        moved = cache.moved_aside
    if garbage:
        assert moved is not None and moved.read_bytes() == garbage
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("damage", ["checksum", "payload"])
def test_a_damaged_row_is_never_trusted(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path) as cache:
        cache.put("abc", "q.txt", "cfg", [extraction_for("q.txt", 1)])
    with sqlite3.connect(path) as conn:
        if damage == "checksum":
            conn.execute("UPDATE extractions SET payload_sha256 = 'x'")
        else:  # a well-formed pickle of the wrong thing, with a matching checksum
            import hashlib
            import pickle

            payload = pickle.dumps({"not": "extractions"})
            conn.execute(
                "UPDATE extractions SET payload = ?, payload_sha256 = ?",
                (payload, hashlib.sha256(payload).hexdigest()),
            )
    with ExtractionCache(path) as cache:
        assert cache.get("abc", "q.txt", "cfg") is None
        assert cache.stats.rejected == 1
        assert len(cache) == 0


def test_concurrent_worker_processes_share_one_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    ExtractionCache(path).close()
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")) as pool:
        found = list(pool.map(hammer_cache, [str(path)] * 4, range(4), [40] * 4))
    assert found == [40, 40, 40, 40]
    with ExtractionCache(path) as cache:
        assert len(cache) == 160


def test_process_cache_opens_one_connection_per_thread(tmp_path: Path) -> None:
    assert process_cache(tmp_path / "c.sqlite") is process_cache(tmp_path / "c.sqlite")


@pytest.mark.parametrize(
    ("change", "affects_extraction"),
    [
        ({"roles": {"a.pdf": "pi"}}, True),
        ({"supplier": {"name": "Ningbo Brightway"}}, True),
        ({"release": {"inspection": "passed"}}, False),
        ({"severity": {"color": "high"}}, False),
    ],
)
def test_config_fingerprint_follows_what_extraction_reads(
    change: dict, affects_extraction: bool
) -> None:
    base = config_fingerprint(order_config_from_dict({"order_id": "PO-1"}), Settings())
    changed = config_fingerprint(order_config_from_dict({"order_id": "PO-1", **change}), Settings())
    assert (base != changed) is affects_extraction


def test_config_fingerprint_follows_read_settings() -> None:
    config = order_config_from_dict({"order_id": "PO-1"})
    assert config_fingerprint(config, Settings()) != config_fingerprint(config, Settings(ocr=False))
    assert config_fingerprint(config, Settings()) == config_fingerprint(
        config, Settings(cache_path=Path("x"))
    )

"""The batch history: one SQLite file in the batch output folder (OUT/.order-audit-history.sqlite)
holding, per run, each order's snapshot, and the digests queued and sent.

One writer at a time (the batch lock, pipeline.batch.nightly, sees to that); WAL so that a reader
(a person with the sqlite3 shell) never blocks the run. A file that is not this database, or of
another schema version, stops the run with one sentence naming it: a history is never rebuilt
silently, since that would announce every finding again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.errors import AuditError
from pipeline.portfolio.snapshot import FindingRecord, OrderSnapshot
from pipeline.report.files import OutputError

HISTORY_FILE = ".order-audit-history.sqlite"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    run_at TEXT NOT NULL,           -- ISO 8601, UTC
    root TEXT NOT NULL,
    notify INTEGER NOT NULL,        -- 1 when this run sent (or queued) the digests of its changes
    signals TEXT NOT NULL           -- JSON list of the ids of the supplier signals found
);
CREATE TABLE IF NOT EXISTS orders (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    name TEXT NOT NULL,             -- the order's OUT sub-folder
    status TEXT NOT NULL,           -- done, skipped (unchanged) or failed
    verdict TEXT NOT NULL,          -- HOLD, REVIEW, RELEASE or FAILED
    snapshot TEXT NOT NULL REFERENCES snapshots(digest),
    PRIMARY KEY (run_id, name)
);
-- OrderSnapshot.to_json() (finding ids, key terms, identity), stored once per content: a night
-- where nothing changed adds one short row per order, not a copy of each.
CREATE TABLE IF NOT EXISTS snapshots (digest TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS digests (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    base_run INTEGER NOT NULL,      -- the run the changes are counted from (0: none before)
    recipient TEXT NOT NULL,
    digest TEXT NOT NULL,           -- sha256 of the digest's content (not of its date)
    message BLOB NOT NULL,          -- the RFC 5322 message, so that a failed send is retried as is
    status TEXT NOT NULL,           -- pending, sent
    sent_at TEXT,
    error TEXT,
    UNIQUE (base_run, recipient, digest)
);
CREATE TABLE IF NOT EXISTS due_notices (
    name TEXT NOT NULL,
    balance_due TEXT NOT NULL,
    recipient TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    PRIMARY KEY (name, balance_due, recipient)
);
"""


@dataclass(frozen=True)
class OrderChange:
    """What changed for one order since the base run."""

    name: str
    order_id: str
    kind: str  # new, changed, failed, recovered, removed
    verdict_before: str | None
    verdict_after: str | None
    new: tuple[FindingRecord, ...] = ()
    resolved: tuple[FindingRecord, ...] = ()
    error: str | None = None

    @property
    def verdict_moved(self) -> bool:
        return self.verdict_before != self.verdict_after


@dataclass(frozen=True)
class PendingDigest:
    id: int
    recipient: str
    message: bytes


class History:
    """The history database of one batch output folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            version = self._version()
        except sqlite3.DatabaseError as exc:
            raise history_error(self.path, exc) from exc
        if version is not None and version != SCHEMA_VERSION:
            raise AuditError(
                f"{self.path}: history schema version {version}, this order-audit reads "
                f"version {SCHEMA_VERSION}; move it aside to start a new history."
            )

    def _version(self) -> int | None:
        with self.transaction():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(statement)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
                return None
        try:
            return int(row[0])
        except ValueError:
            return -1

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --------------------------------------------------------------------------- runs and orders

    def record_run(
        self,
        snapshots: Sequence[OrderSnapshot],
        *,
        root: str,
        notify: bool,
        signal_ids: Iterable[str] = (),
        when: datetime | None = None,
    ) -> int:
        """Record one run, the snapshot of each of its orders and the ids of the supplier signals
        it found; returns the run id."""
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        data = {
            s.name: json.dumps(s.to_json(), ensure_ascii=False, sort_keys=True) for s in snapshots
        }
        digests = {
            name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in data.items()
        }
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO runs (run_at, root, notify, signals) VALUES (?, ?, ?, ?)",
                (stamp, root, int(notify), json.dumps(sorted(set(signal_ids)))),
            )
            run_id = int(cursor.lastrowid or 0)
            self.db.executemany(
                "INSERT OR IGNORE INTO snapshots (digest, data) VALUES (?, ?)",
                [(digests[name], text) for name, text in data.items()],
            )
            self.db.executemany(
                "INSERT INTO orders (run_id, name, status, verdict, snapshot) VALUES (?, ?, ?, ?, ?)",
                [(run_id, s.name, s.status, s.verdict, digests[s.name]) for s in snapshots],
            )
        return run_id

    def last_run(self, *, notified: bool = False, before: int | None = None) -> int | None:
        """The latest run (with notify on, when asked), before run `before` when given."""
        query = "SELECT max(id) FROM runs WHERE id < ?" + (" AND notify = 1" if notified else "")
        row = self.db.execute(query, (before if before is not None else 2**62,)).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def signal_ids_at(self, run_id: int | None) -> frozenset[str]:
        if run_id is None:
            return frozenset()
        row = self.db.execute("SELECT signals FROM runs WHERE id = ?", (run_id,)).fetchone()
        return frozenset(json.loads(row[0])) if row else frozenset()

    def run_at(self, run_id: int | None) -> str | None:
        if run_id is None:
            return None
        row = self.db.execute("SELECT run_at FROM runs WHERE id = ?", (run_id,)).fetchone()
        return str(row[0]) if row else None

    def run_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM runs").fetchone()[0])

    def snapshots_at(self, run_id: int | None) -> dict[str, OrderSnapshot]:
        """Each order's snapshot at run `run_id` (every run records every order of its batch)."""
        if run_id is None:
            return {}
        rows = self.db.execute(
            "SELECT o.name, s.data FROM orders o JOIN snapshots s ON s.digest = o.snapshot"
            " WHERE o.run_id = ?",
            (run_id,),
        ).fetchall()
        return {name: OrderSnapshot.from_json(json.loads(text)) for name, text in rows}

    def last_audited(self, name: str, run_id: int | None) -> OrderSnapshot | None:
        """The order's latest snapshot that is not a failure, up to run `run_id`."""
        if run_id is None:
            return None
        row = self.db.execute(
            "SELECT s.data FROM orders o JOIN snapshots s ON s.digest = o.snapshot"
            " WHERE o.name = ? AND o.run_id <= ? AND o.status != 'failed'"
            " ORDER BY o.run_id DESC LIMIT 1",
            (name, run_id),
        ).fetchone()
        return OrderSnapshot.from_json(json.loads(row[0])) if row else None

    def changes(self, current: Sequence[OrderSnapshot], base_run: int | None) -> list[OrderChange]:
        """What changed from run `base_run` (None: no run before, so every order is new) to the
        snapshots of this run. An unchanged order is no change; a failed one is compared by its
        verdict and error, and its findings are compared again once it is audited."""
        before = self.snapshots_at(base_run)
        out: list[OrderChange] = []
        for snap in current:
            old = before.get(snap.name)
            change = _change(snap, old, self.last_audited(snap.name, base_run))
            if change is not None:
                out.append(change)
        names = {s.name for s in current}
        for name, old in sorted(before.items()):
            if name not in names:
                out.append(OrderChange(name, old.order_id, "removed", old.verdict, None))
        return out

    # --------------------------------------------------------------------------- digests

    def queue_digest(
        self, run_id: int, base_run: int | None, recipient: str, digest: str, message: bytes
    ) -> bool:
        """Queue one digest; False when this content went to this recipient from this base
        already (a re-run after a crash, say), so nothing is sent twice."""
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO digests (run_id, base_run, recipient, digest, message, status)"
                " VALUES (?, ?, ?, ?, ?, 'pending')",
                (run_id, base_run or 0, recipient.lower(), digest, message),
            )
        return cursor.rowcount == 1

    def pending_digests(self) -> list[PendingDigest]:
        rows = self.db.execute(
            "SELECT id, recipient, message FROM digests WHERE status = 'pending' ORDER BY id"
        ).fetchall()
        return [PendingDigest(int(i), str(r), bytes(m)) for i, r, m in rows]

    def mark_sent(self, digest_id: int) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE digests SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                (datetime.now(UTC).isoformat(timespec="seconds"), digest_id),
            )

    def mark_failed(self, digest_id: int, error: str) -> None:
        with self.transaction():
            self.db.execute("UPDATE digests SET error = ? WHERE id = ?", (error, digest_id))

    def due_noticed(self, name: str, balance_due: str, recipient: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM due_notices WHERE name = ? AND balance_due = ? AND recipient = ?",
            (name, balance_due, recipient.lower()),
        ).fetchone()
        return row is not None

    def note_due(self, run_id: int, items: Iterable[tuple[str, str, str]]) -> None:
        """Record (order, balance_due, recipient) notices as given, so each goes out once."""
        with self.transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO due_notices (name, balance_due, recipient, run_id)"
                " VALUES (?, ?, ?, ?)",
                [(n, d, r.lower(), run_id) for n, d, r in items],
            )


def _change(
    snap: OrderSnapshot, old: OrderSnapshot | None, audited: OrderSnapshot | None
) -> OrderChange | None:
    if snap.status == "failed":
        if old is not None and old.status == "failed" and old.error == snap.error:
            return None
        before = old.verdict if old else None
        return OrderChange(snap.name, snap.order_id, "failed", before, "FAILED", error=snap.error)
    # Findings are compared with the last audit that had findings (a failure has none).
    earlier = (audited or old) if (old is None or old.status == "failed") else old
    before_ids = earlier.finding_ids if earlier else frozenset()
    new = tuple(f for f in snap.findings if f.id not in before_ids)
    resolved = tuple(f for f in earlier.findings if f.id not in snap.finding_ids) if earlier else ()
    verdict_before = old.verdict if old else None
    if old is None:
        kind = "new"
    elif old.status == "failed":
        kind = "recovered"
    elif new or resolved or verdict_before != snap.verdict:
        kind = "changed"
    else:
        return None
    return OrderChange(snap.name, snap.order_id, kind, verdict_before, snap.verdict, new, resolved)


_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def history_error(path: Path, exc: sqlite3.DatabaseError) -> AuditError:
    """A damaged file is said as such; anything else (a full disk, a read-only folder, an I/O
    error) is a history that cannot be written, never "not a history"."""

    code = getattr(exc, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None  # the primary code of an extended one
    if code in _DAMAGED_CODES or (code is None and "not a database" in str(exc)):
        return AuditError(
            f"{path}: is not an order-audit history database ({exc}); move it aside "
            "to start a new history (the next digest then lists every order as new)."
        )
    return OutputError(f"{path}: the batch history cannot be written ({exc}).")


def open_history(out_dir: Path) -> History:
    return History(Path(out_dir) / HISTORY_FILE)


def check_history(out_dir: Path) -> None:
    """Before a batch: an existing history file that is not one stops the run at once (one
    sentence naming it). A missing file is made after the batch, when the run is recorded."""
    path = Path(out_dir) / HISTORY_FILE
    if path.is_file():
        History(path).close()

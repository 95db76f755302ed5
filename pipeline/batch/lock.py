"""One batch at a time per output folder: an flock on OUT/.order-audit-batch.lock.

A nightly run started while the previous one still runs (a slow night, a stuck SMTP server)
stops at once with one sentence and exit code 75 (EX_TEMPFAIL: try again later) instead of
racing it for the reports, the history and the digests. The kernel drops the lock when the
holder exits, however it exits (kill -9 included), so a stale lock file never blocks a run.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from pipeline.errors import AuditError
from pipeline.report.files import prepare_folder

LOCK_FILE = ".order-audit-batch.lock"
EXIT_LOCKED = 75  # sysexits.h EX_TEMPFAIL: cron and systemd read it as "try again later"


class BatchLocked(AuditError):
    """Another batch holds OUT's lock."""


@contextlib.contextmanager
def batch_lock(out_dir: Path) -> Iterator[Path]:
    """Hold OUT's batch lock for the block, or raise BatchLocked naming the holder."""

    out_dir = prepare_folder(Path(out_dir), "the batch output")  # one sentence when it cannot
    path = out_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            holder = _holder(fd)
            raise BatchLocked(
                f"{out_dir}: another order-audit batch is running on this output folder"
                f"{holder}; this run stops without changing anything (exit {EXIT_LOCKED}), "
                "try again when it has finished."
            ) from exc
        os.ftruncate(fd, 0)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        os.write(fd, f"{os.getpid()} {stamp}\n".encode())
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
        if len(text) >= 2:
            return f" (pid {int(text[0])}, started {text[1]})"
    return ""

"""Process-level guards for batch workers, the second line behind each document's budget.

- A worker dies with the batch process that started it: on Linux the kernel sends it SIGKILL
  when its parent dies (prctl PR_SET_PDEATHSIG), so a `kill -9` of the batch leaves no worker
  behind; elsewhere a thread notices the parent is gone within a second.
- A worker's address space is capped (RLIMIT_AS): a library that tries to allocate gigabytes
  gets a MemoryError (the document becomes unreadable) instead of waking the OOM killer.
- The parent reads each busy worker's resident memory (/proc/PID/statm) and stops a worker
  over its limit; the order it was auditing fails with that reason, the others run again.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def die_with_parent(parent_pid: int) -> None:
    """Make this process end when `parent_pid` (the process that started it) ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)
    if not sys.platform.startswith("linux"):

        def watch() -> None:
            while os.getppid() == parent_pid:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, name="order-audit-parent-watch", daemon=True).start()


def limit_address_space(limit: int | None) -> None:
    """Cap this process's address space at `limit` bytes (no-op without resource limits)."""
    if not limit:
        return
    try:
        import resource  # Unix only: deferred so that the module imports on Windows
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def resident_bytes(pid: int) -> int | None:
    """The resident memory of a process (Linux /proc), or None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            fields = handle.read().split()
    except OSError:
        return None
    try:
        return int(fields[1]) * _PAGE
    except (IndexError, ValueError):
        return None

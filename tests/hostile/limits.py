"""Run order-audit in a child process under resource limits and measure what it used.

The child gets an address-space ceiling (RLIMIT_AS) so that a regression cannot take the test
machine down, and its peak resident memory is read from the kernel (wait4's ru_maxrss) when it
ends: the figure the budgets are checked against.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
RSS_BUDGET = 1024 * MB  # issue 13: a hostile audit never exceeds 1 GB resident
ADDRESS_CEILING = 4096 * MB  # the child cannot map more than this (a safety net, not the budget)
# What a cold audit costs besides reading: starting Python, loading spaCy (about 1 s), comparing
# and writing the reports. Generous: the tests run on a loaded 2-core machine.
STARTUP_SECONDS = 20.0


@dataclass(frozen=True)
class Run:
    returncode: int
    seconds: float
    peak_rss: int  # bytes
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def peak_mb(self) -> float:
        return self.peak_rss / MB


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.setdefault("PYTHONHASHSEED", "0")
    env.update(extra or {})
    return env


def run_limited(
    args: list[str],
    *,
    timeout: float,
    address_space: int = ADDRESS_CEILING,
    file_size: int | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    prefix: list[str] | None = None,
) -> Run:
    """Run `python args...` with an address-space ceiling; kill it (and its process group) after
    `timeout` seconds. Returns its exit code, wall time and peak RSS (the kernel's ru_maxrss of
    this child, from wait4). `file_size` caps every file it writes (RLIMIT_FSIZE: a write past
    it fails with EFBIG, as on a full disk); `prefix` runs python under another command."""

    def limit() -> None:  # runs in the child before exec
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
        os.setsid()

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [*(prefix or []), sys.executable, *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=cwd or ROOT,
            env=env or environment(),
            preexec_fn=limit,
        )
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            process.returncode,
            seconds,
            usage.ru_maxrss * 1024,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            timed_out,
        )


CLI = ["-c", "from pipeline.cli import main; main()"]  # `order-audit` of the checkout on PYTHONPATH


def cli_args(*args: str | Path) -> list[str]:
    return [*CLI, *(str(a) for a in args)]


def audit_args(order: Path, out: Path) -> list[str]:
    return cli_args("audit", order, "--out", out)

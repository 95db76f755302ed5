"""What the CLI commands share: exit codes, --fail-on, error translation."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline.errors import AuditError, OrderFolderError
from pipeline.model import Audit, reaches_fail_on

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FAIL_ON = 1  # --fail-on threshold reached
EXIT_USAGE = 2  # bad usage or an unreadable order folder (click uses 2 for usage errors too)

FAIL_ON = click.Choice(["high", "critical", "hold", "review"])
fail_on_option = click.option(
    "--fail-on",
    type=FAIL_ON,
    default=None,
    help="Exit 1 when a finding reaches this severity (high, critical) or the verdict is HOLD (hold) or not RELEASE (review).",
)


class UsageFailure(click.ClickException):
    exit_code = EXIT_USAGE


def cache_option(extra_help: str) -> Callable[[F], F]:
    """`--cache PATH`, as batch, watch and audit take it (their OUT holds the default cache)."""
    return click.option(
        "--cache",
        "cache_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help=f"SQLite extraction cache (default: OUT/.order-audit-cache.sqlite){extra_help}",
    )


def check_cache_options(cache_path: Path | None, no_cache: bool) -> None:
    if cache_path is not None and no_cache:
        raise UsageFailure("--cache and --no-cache exclude each other; pick one.")


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn library errors into one 'Error: ...' line and the documented exit code."""
    try:
        yield
    except OrderFolderError as exc:
        raise UsageFailure(str(exc)) from exc
    except AuditError as exc:
        raise UsageFailure(str(exc)) from exc


def fails(audit: Audit, fail_on: str | None) -> bool:
    """True when the audit reaches the --fail-on threshold."""
    return reaches_fail_on(audit.verdict, audit.counts(), fail_on)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def is_terminal() -> bool:
    return sys.stdout.isatty()


class ProgressBar:
    """A one-line progress bar on stderr, drawn only on a terminal and only after a second of work,
    so that quick runs, pipes and logs stay clean."""

    WIDTH = 24
    DELAY = 1.0

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self.drawn = False

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def draw(self, finished: int, total: int, text: str) -> None:
        if not self.enabled or self.elapsed < self.DELAY:
            return
        filled = int(self.WIDTH * finished / max(total, 1))
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {text}".ljust(110)[:130])
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()

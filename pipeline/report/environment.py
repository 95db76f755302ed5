"""The one Jinja environment every report and mail template renders in."""

from __future__ import annotations

import contextlib
from functools import cache

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
)
from jinja2.bccache import Bucket

from pipeline.report.formatting import FILTERS
from pipeline.resources import templates_dir

# Templates that produce plain text or Markdown; everything else (HTML, CSS, unknown) is escaped.
_PLAIN_SUFFIXES = (".md.j2", ".txt.j2")


def _autoescape(name: str | None) -> bool:
    return not (name or "").endswith(_PLAIN_SUFFIXES)


class _QuietBytecodeCache(FileSystemBytecodeCache):
    """Jinja's on-disk cache of compiled templates (a private folder of this user under the temp
    folder): a cold process loads them instead of compiling them (0.1-0.2 s). A cache that
    cannot be written only costs the compile next time."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> BytecodeCache | None:
    try:
        return _QuietBytecodeCache()
    except (OSError, RuntimeError):  # no private temp folder to be had: compile every time
        return None


@cache
def environment() -> Environment:
    """StrictUndefined (a typo in a template is an error, never an empty cell) and autoescape on."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env

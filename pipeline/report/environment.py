"""The one Jinja environment every report and mail template renders in."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.report.formatting import FILTERS
from pipeline.resources import templates_dir

# Templates that produce plain text or Markdown; everything else (HTML, CSS, unknown) is escaped.
_PLAIN_SUFFIXES = (".md.j2", ".txt.j2")


def _autoescape(name: str | None) -> bool:
    return not (name or "").endswith(_PLAIN_SUFFIXES)


@cache
def environment() -> Environment:
    """StrictUndefined (a typo in a template is an error, never an empty cell) and autoescape on."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env

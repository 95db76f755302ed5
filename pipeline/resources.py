"""Where package data lives: templates/ and models/ from a source checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DATA_DIR = _PACKAGE / "data"


def _locate(name: str) -> Path:
    # A wheel carries templates/ and models/ as pipeline/_templates and pipeline/_models
    # (pyproject force-include); a source checkout or editable install has them at the top.
    for candidate in (_PACKAGE / f"_{name}", _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"order-audit package data '{name}/' not found; reinstall with 'pip install .'"
    )


@cache
def templates_dir() -> Path:
    return _locate("templates")


@cache
def models_dir() -> Path:
    return _locate("models")

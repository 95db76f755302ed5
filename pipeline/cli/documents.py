"""`order-audit read FILE` and `order-audit extract FILE`: one document, as JSON (contract section 6)."""

from __future__ import annotations

import difflib
from pathlib import Path

import click

from pipeline.cli.common import UsageFailure, print_json, translate_errors
from pipeline.config import ORDER_FILE, OrderConfig, load_order_config
from pipeline.model import FIELDS, Document


def _order_of(path: Path) -> tuple[Path | None, OrderConfig]:
    """The order folder a file sits in (the nearest parent holding order.toml) and its config."""
    for parent in path.resolve().parents:
        if (parent / ORDER_FILE).is_file():
            return parent, load_order_config(parent)
    return None, OrderConfig(order_id=path.stem)


def _read(path: Path) -> tuple[Document, OrderConfig]:
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.ingest import read_file

    if not path.exists():
        raise UsageFailure(f"{path}: no such file.")
    if path.is_dir():
        raise UsageFailure(f"{path}: is a folder; use 'order-audit audit' for an order folder.")
    root, config = _order_of(path)
    return read_file(path.resolve() if root else path, root=root, config=config), config


# The contract's fields (section 2); bank.intermediary is in the contract even before every
# extractor gives it, and x.* names are the documented extensions.
KNOWN_FIELDS = (*FIELDS, *(("bank.intermediary",) if "bank.intermediary" not in FIELDS else ()))


def check_field_name(name: str) -> None:
    """An unknown --field is a usage error (exit 2), never an empty answer with exit 0."""
    if name in KNOWN_FIELDS or name.startswith("x."):
        return
    close = difflib.get_close_matches(name, KNOWN_FIELDS, n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise UsageFailure(
        f"--field {name}: no such field.{hint} Known fields: {', '.join(KNOWN_FIELDS)}."
    )


@click.command("read")
@click.argument("file", type=click.Path(path_type=Path))
def read_command(file: Path) -> None:
    """Print the blocks one reader made of FILE, with their provenance, as JSON.

    When FILE sits in an order folder (a parent holds order.toml), its role and path follow it.

    Example: order-audit read samples/steel-bottles-bank-change/pi/PI-2291.pdf
    """
    with translate_errors():
        document, _ = _read(file)
    print_json(document.to_json(blocks=True))


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--field",
    "fields",
    multiple=True,
    help="Show only this field (repeatable), e.g. --field bank.swift; an unknown name is an error.",
)
def extract_command(file: Path, fields: tuple[str, ...]) -> None:
    """Print the terms extracted from FILE: normalised value, raw text and evidence, as JSON.

    When FILE sits in an order folder, its order.toml names the buyer and supplier of chat acts.

    Example: order-audit extract samples/steel-bottles-bank-change/pi/PI-2291.pdf --field material
    """
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.extract import extract_document

    for name in fields:
        check_field_name(name)
    with translate_errors():
        document, config = _read(file)
        extraction = extract_document(document, config)
    data = extraction.to_json()
    if fields:
        data["terms"] = [t for t in data["terms"] if t["field"] in fields]
    print_json(data)

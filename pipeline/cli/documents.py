"""`order-audit read FILE` and `order-audit extract FILE`: one document, as JSON (contract section 6)."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import UsageFailure, print_json, translate_errors


def _read(path: Path):  # noqa: ANN202 - returns a Document
    from pipeline.ingest import read_file

    if not path.exists():
        raise UsageFailure(f"{path}: no such file.")
    if path.is_dir():
        raise UsageFailure(f"{path}: is a folder; use 'order-audit audit' for an order folder.")
    return read_file(path)


@click.command("read")
@click.argument("file", type=click.Path(path_type=Path))
def read_command(file: Path) -> None:
    """Print the blocks one reader made of FILE, with their provenance, as JSON.

    Example: order-audit read samples/steel-bottles/pi/PI-2291.pdf
    """
    with translate_errors():
        document = _read(file)
    print_json(document.to_json(blocks=True))


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--field",
    "fields",
    multiple=True,
    help="Show only this field (repeatable), e.g. --field bank.swift.",
)
def extract_command(file: Path, fields: tuple[str, ...]) -> None:
    """Print the terms extracted from FILE: normalised value, raw text and evidence, as JSON.

    Example: order-audit extract samples/steel-bottles/pi/PI-2291.pdf --field material
    """
    from pipeline.config import OrderConfig
    from pipeline.extract import extract_document

    with translate_errors():
        document = _read(file)
        extraction = extract_document(document, OrderConfig(order_id=file.stem))
    data = extraction.to_json()
    if fields:
        data["terms"] = [t for t in data["terms"] if t["field"] in fields]
    print_json(data)

"""The `order-audit` command: thin click commands over the library.

Each command module defines one or more click commands; COMMANDS is the one table that
gathers them. Heavy imports (spaCy, pdfplumber) happen inside the commands that need them.
"""

from __future__ import annotations

import click

from pipeline import __version__
from pipeline.cli import audit as _audit
from pipeline.cli import documents as _documents

COMMANDS: list[click.Command] = [
    _audit.audit_command,
    _documents.read_command,
    _documents.extract_command,
]

for _module in ("batch", "evaluate", "mail", "watch"):
    # Commands that later stages add; a missing module is a packaging bug, so let it raise.
    try:
        _mod = __import__(f"pipeline.cli.{_module}", fromlist=["COMMANDS"])
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a command is being built
        if exc.name != f"pipeline.cli.{_module}":
            raise
        continue
    COMMANDS.extend(_mod.COMMANDS)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="order-audit")
def main() -> None:
    """Audit an import order before the balance payment is released.

    Example: order-audit audit samples/steel-bottles-bank-change --out out/bottles
    """


for _command in COMMANDS:
    main.add_command(_command)

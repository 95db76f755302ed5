"""`order-audit audit ORDER_DIR`: one order in, a verdict and reports out."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import fail_on_option, fails, translate_errors


@click.command("audit")
@click.argument("order_dir", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for findings.json and the reports (default: ./out/<order folder name>).",
)
@fail_on_option
def audit_command(order_dir: Path, out_dir: Path | None, fail_on: str | None) -> None:
    """Audit one order folder and write findings.json, report.html and report.md.

    Exit codes: 0 audit done, 1 --fail-on reached, 2 usage error or unreadable order folder.

    Example: order-audit audit samples/steel-bottles --out out/steel-bottles --fail-on hold
    """
    from pipeline.audit import audit_order
    from pipeline.report import summary_lines, write_reports

    with translate_errors():
        audit = audit_order(order_dir)
        out_dir = out_dir or Path("out") / order_dir.resolve().name
        written = write_reports(audit, out_dir)
    for line in summary_lines(audit, color=None):
        click.echo(line)
    click.echo("Reports: " + ", ".join(str(p) for p in written.values()))
    if fails(audit, fail_on):
        raise SystemExit(1)

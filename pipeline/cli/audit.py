"""`order-audit audit ORDER_DIR`: one order in, a verdict and reports out."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import ProgressBar, fail_on_option, fails, translate_errors

REPORT_FORMATS = ("json", "html", "md", "txt")


@click.command("audit")
@click.argument("order_dir", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for findings.json and the reports (default: ./out/<order folder name>).",
)
@click.option("--pdf", is_flag=True, help="Also write report.pdf (WeasyPrint; about a second).")
@click.option(
    "--email",
    "email",
    is_flag=True,
    help="Mail the review to --to or order.toml stakeholders over SMTP ($ORDER_AUDIT_SMTP_*); implies --pdf.",
)
@click.option("--to", "to", multiple=True, help="Recipient for --email (repeatable).")
@click.option(
    "--from", "sender", default=None, help="Sender for --email (default: $ORDER_AUDIT_SMTP_FROM)."
)
@click.option(
    "--outbox",
    type=click.Path(path_type=Path),
    default=None,
    help="With --email: write the message as an .eml file into this folder instead of sending it.",
)
@fail_on_option
def audit_command(
    order_dir: Path,
    out_dir: Path | None,
    pdf: bool,
    email: bool,
    to: tuple[str, ...],
    sender: str | None,
    outbox: Path | None,
    fail_on: str | None,
) -> None:
    """Audit one order folder and write findings.json, report.html, report.md and report.txt.

    Exit codes: 0 audit done, 1 --fail-on reached, 2 usage error or unreadable order folder.

    Example: order-audit audit samples/steel-bottles-bank-change --out out/bottles --fail-on hold
    """
    from pipeline.audit import audit_order
    from pipeline.report import summary_lines, write_reports

    if (to or outbox or sender) and not email:
        raise click.UsageError("--to, --from and --outbox only apply with --email.")
    formats = (*REPORT_FORMATS, "pdf") if (pdf or email) else REPORT_FORMATS
    bar = ProgressBar()
    with translate_errors():
        try:
            audit = audit_order(
                order_dir,
                progress=lambda done, total, path: bar.draw(
                    done, total, f"{done}/{total} files  {path[:60]}"
                ),
            )
        finally:
            bar.close()
        out_dir = out_dir or Path("out") / order_dir.resolve().name
        written = write_reports(audit, out_dir, formats=formats)
    for line in summary_lines(audit, color=None):
        click.echo(line)
    click.echo("Reports: " + ", ".join(str(p) for p in written.values()))
    if email:
        from pipeline.report.mail import email_report

        with translate_errors():
            outcome = email_report(
                out_dir, to=to, sender=sender, order_dir=order_dir, outbox=outbox
            )
        if outcome.eml is not None:
            click.echo(f"Mail written to {outcome.eml}")
        else:
            click.echo(f"Mail sent to {', '.join(outcome.recipients)}")
    if fails(audit, fail_on):
        raise SystemExit(1)

"""`order-audit email REPORT_DIR`: mail the review in a report folder, or write it as .eml."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import translate_errors


@click.command("email")
@click.argument("report_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--to", "to", multiple=True, help="Recipient (repeatable). Default: order.toml stakeholders."
)
@click.option(
    "--from", "sender", default=None, help="Sender address. Default: $ORDER_AUDIT_SMTP_FROM."
)
@click.option(
    "--order-dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    default=None,
    help="Order folder whose order.toml lists the stakeholders (default: the one findings.json names).",
)
@click.option("--host", default=None, help="SMTP server. Default: $ORDER_AUDIT_SMTP_HOST.")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Default: $ORDER_AUDIT_SMTP_PORT, else 587 / 465.",
)
@click.option("--user", default=None, help="SMTP login. Default: $ORDER_AUDIT_SMTP_USER.")
@click.option(
    "--password-file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="File holding the SMTP password. Default: $ORDER_AUDIT_SMTP_PASSWORD (never an option value).",
)
@click.option(
    "--starttls/--ssl",
    "starttls",
    default=None,
    help="STARTTLS on 587 (default) or implicit TLS on 465.",
)
@click.option(
    "--no-tls",
    is_flag=True,
    help="Plain SMTP, for a relay on this machine (no password over the wire).",
)
@click.option(
    "--cafile",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="CA bundle for a server with a private certificate. Default: $ORDER_AUDIT_SMTP_CAFILE.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=None,
    help="Seconds to wait for the server (default 30).",
)
@click.option(
    "--outbox",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Write the message as an .eml file into this folder instead of sending it.",
)
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send nothing.")
@click.option(
    "--max-attachment-mb",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    help="Attachments above this total are left out, with a note in the message.",
)
def email_command(
    report_dir: Path,
    to: tuple[str, ...],
    sender: str | None,
    order_dir: Path | None,
    host: str | None,
    port: int | None,
    user: str | None,
    password_file: Path | None,
    starttls: bool | None,
    no_tls: bool,
    cafile: Path | None,
    timeout: float | None,
    outbox: Path | None,
    dry_run: bool,
    max_attachment_mb: float,
) -> None:
    """Mail the pre-balance review in REPORT_DIR (findings.json, report.pdf) to the stakeholders.

    The password is read only from $ORDER_AUDIT_SMTP_PASSWORD or --password-file. If sending
    fails, the message is kept as an .eml file and the error says where.

    Example: order-audit email out/steel-bottles --to buyer@example.com --from audit@example.com --host smtp.example.com
    """
    if outbox is not None and dry_run:
        raise click.UsageError("--outbox and --dry-run exclude each other: choose one.")
    if no_tls and starttls is not None:
        raise click.UsageError("--no-tls excludes --starttls and --ssl: choose one.")
    security = "none" if no_tls else {True: "starttls", False: "ssl", None: None}[starttls]
    for line in send_review(
        report_dir,
        to=to,
        sender=sender,
        order_dir=order_dir,
        host=host,
        port=port,
        user=user,
        password_file=password_file,
        security=security,
        cafile=cafile,
        timeout=timeout,
        outbox=outbox,
        dry_run=dry_run,
        max_attachment_mb=max_attachment_mb,
    ):
        click.echo(line)


def send_review(
    report_dir: Path,
    *,
    to: tuple[str, ...] = (),
    sender: str | None = None,
    order_dir: Path | None = None,
    host: str | None = None,
    port: int | None = None,
    user: str | None = None,
    password_file: Path | None = None,
    security: str | None = None,
    cafile: Path | None = None,
    timeout: float | None = None,
    outbox: Path | None = None,
    dry_run: bool = False,
    max_attachment_mb: float = 10.0,
) -> list[str]:
    """Mail (or write, or preview) the review in report_dir; the lines to print.

    `order-audit email` and `order-audit audit --email` both call this; unset SMTP values come
    from ORDER_AUDIT_SMTP_*. Library errors become one 'Error: ...' line (exit code 2).
    """
    from pipeline.report.mail import SmtpSettings, email_report

    with translate_errors():
        smtp = None
        if outbox is None and not dry_run:
            smtp = SmtpSettings.resolve(
                host=host,
                port=port,
                user=user,
                password_file=password_file,
                security=security,  # type: ignore[arg-type]
                timeout=timeout,
                cafile=cafile,
            )
        outcome = email_report(
            report_dir,
            to=to,
            sender=sender,
            order_dir=order_dir,
            smtp=smtp,
            outbox=outbox,
            dry_run=dry_run,
            max_attachment_bytes=int(max_attachment_mb * 1024 * 1024),
        )
    if dry_run:
        return [outcome.preview, "(dry run: nothing sent)"]
    if outcome.eml is not None:
        return [f"Wrote {outcome.eml} for {', '.join(outcome.recipients)}"]
    via = f" via {smtp.host}:{smtp.port}" if smtp else ""
    return [f"Sent '{outcome.message['Subject']}' to {', '.join(outcome.recipients)}{via}"]


COMMANDS = [email_command]

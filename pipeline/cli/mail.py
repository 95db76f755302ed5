"""`order-audit email REPORT_DIR`: mail the review in a report folder, or write it as .eml.

The SMTP and attachment options are shared with `order-audit audit --email` (mail_options).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.cli.common import UsageFailure, translate_errors
from pipeline.errors import AuditError

MAIL_OPTIONS: list[Callable[[Any], Any]] = [
    click.option(
        "--to",
        "to",
        multiple=True,
        help="Recipient (repeatable; each gets the message once). Default: order.toml stakeholders.",
    ),
    click.option(
        "--from", "sender", default=None, help="Sender address. Default: $ORDER_AUDIT_SMTP_FROM."
    ),
    click.option("--host", default=None, help="SMTP server. Default: $ORDER_AUDIT_SMTP_HOST."),
    click.option(
        "--port",
        type=click.IntRange(1, 65535),
        default=None,
        help="Default: $ORDER_AUDIT_SMTP_PORT, else 587 (STARTTLS) / 465 (--ssl) / 25 (--no-tls).",
    ),
    click.option("--user", default=None, help="SMTP login. Default: $ORDER_AUDIT_SMTP_USER."),
    click.option(
        "--password-file",
        type=click.Path(path_type=Path, exists=True, dir_okay=False),
        default=None,
        help="File holding the SMTP password. Default: $ORDER_AUDIT_SMTP_PASSWORD (never an option value).",
    ),
    click.option(
        "--starttls/--ssl",
        "starttls",
        default=None,
        help="STARTTLS on 587 (default) or implicit TLS on 465.",
    ),
    click.option(
        "--no-tls",
        is_flag=True,
        help="Plain SMTP, for a relay on this machine (no password over the wire).",
    ),
    click.option(
        "--cafile",
        type=click.Path(path_type=Path, exists=True, dir_okay=False),
        default=None,
        help="CA bundle for a server with a private certificate. Default: $ORDER_AUDIT_SMTP_CAFILE.",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=1),
        default=None,
        help="Seconds to wait for the server (default 30).",
    ),
    click.option(
        "--outbox",
        type=click.Path(path_type=Path),
        default=None,
        help="Write the message as an .eml file into this folder instead of sending it.",
    ),
    click.option(
        "--dry-run",
        is_flag=True,
        help="Print the server, TLS mode, recipients and the message; send nothing.",
    ),
    click.option(
        "--attach",
        default="pdf",
        show_default=True,
        metavar="LIST",
        help="Report files to attach, comma-separated: pdf, json, html, md, txt, or none.",
    ),
    click.option(
        "--max-attachment-mb",
        type=click.FloatRange(min=0),
        default=10.0,
        show_default=True,
        help="Attachments above this total are left out, with a note in the message.",
    ),
]


# The parameter names MAIL_OPTIONS define (audit refuses them without --email).
MAIL_OPTION_NAMES = frozenset(
    {"to", "sender", "host", "port", "user", "password_file", "starttls", "no_tls", "cafile"}
    | {"timeout", "outbox", "dry_run", "attach", "max_attachment_mb"}
)


def mail_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of `email`, also on `audit --email`."""
    for option in reversed(MAIL_OPTIONS):
        command = option(command)
    return command


def check_mail_options(
    *, outbox: Path | None, dry_run: bool, starttls: bool | None, no_tls: bool
) -> str | None:
    """Conflicting options, one message each; returns the security mode chosen (or None)."""
    if outbox is not None and dry_run:
        raise click.UsageError("--outbox and --dry-run exclude each other: choose one.")
    if no_tls and starttls is not None:
        raise click.UsageError("--no-tls excludes --starttls and --ssl: choose one.")
    return "none" if no_tls else {True: "starttls", False: "ssl", None: None}[starttls]


@click.command("email")
@click.argument("report_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--order-dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    default=None,
    help="Order folder whose order.toml lists the stakeholders, and whose files the report must "
    "be newer than (default: the one findings.json names).",
)
@mail_options
def email_command(
    report_dir: Path,
    order_dir: Path | None,
    to: tuple[str, ...],
    sender: str | None,
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
    attach: str,
    max_attachment_mb: float,
) -> None:
    """Mail the pre-balance review in REPORT_DIR (report.pdf attached) to the stakeholders.

    REPORT_DIR is the --out folder of `order-audit audit`. A folder whose last audit failed
    (error.txt) or whose order files changed after the audit is refused: audit again first.
    The password is read only from $ORDER_AUDIT_SMTP_PASSWORD or --password-file. If sending
    fails, the message is kept in REPORT_DIR/outbox and the error says where.

    Exit codes: 0 sent (or written, or previewed), 2 usage error, stale report, or not sent.

    Example: order-audit email out/bottles --to finance@example.com --host smtp.example.com
    """
    security = check_mail_options(outbox=outbox, dry_run=dry_run, starttls=starttls, no_tls=no_tls)
    _refuse_an_order_folder(report_dir)
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
        attach=attach,
        max_attachment_mb=max_attachment_mb,
    ):
        click.echo(line)


def _refuse_an_order_folder(folder: Path) -> None:
    """An order folder given where a report folder belongs: say what to run, with an --out
    outside the order folder (reports inside it are no documents, but they do not belong there)."""
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.batch import is_order_folder

    if (folder / "findings.json").is_file() or not is_order_folder(folder):
        return
    name = folder.resolve().name or "order"
    raise UsageFailure(
        f"{folder} is an order folder, not a report folder: audit it first with "
        f"'order-audit audit {folder} --out out/{name}', then run 'order-audit email out/{name}'."
    )


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
    attach: str = "pdf",
    max_attachment_mb: float = 10.0,
) -> list[str]:
    """Mail (or write, or preview) the review in report_dir; the lines to print.

    `order-audit email` and `order-audit audit --email` both call this; unset SMTP values come
    from ORDER_AUDIT_SMTP_*. Library errors become one 'Error: ...' line (exit code 2).
    """
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.report.mail import SmtpSettings, email_report, parse_attach

    with translate_errors():
        attached = parse_attach(attach)
        smtp = None
        server = ""
        if outbox is None:
            try:
                smtp = SmtpSettings.resolve(
                    host=host,
                    port=port,
                    user=user,
                    password_file=password_file,
                    security=security,  # type: ignore[arg-type]
                    timeout=timeout,
                    cafile=cafile,
                )
            except AuditError as exc:
                if not dry_run:
                    raise
                server = f"not usable: {exc}"  # the dry run shows what is missing
        outcome = email_report(
            report_dir,
            to=to,
            sender=sender,
            order_dir=order_dir,
            smtp=smtp,
            outbox=outbox,
            dry_run=dry_run,
            attach=attached,
            max_attachment_bytes=int(max_attachment_mb * 1024 * 1024),
            server=server,
        )
    notes = [f"Note: {n}" for n in outcome.notes]
    if dry_run:
        return [outcome.preview, *notes, "(dry run: nothing sent)"]
    if outcome.eml is not None:
        return [f"Wrote {outcome.eml} for {', '.join(outcome.recipients)}", *notes]
    return [
        f"Sent '{outcome.message['Subject']}' to {', '.join(outcome.recipients)} via {outcome.server}",
        *notes,
    ]


COMMANDS = [email_command]

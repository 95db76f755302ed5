"""Mail the review in a report folder: check it is current, build the message, send it (or write
it to an outbox, or only preview it), and keep whatever could not be delivered.

The job is split by concern: pipeline.report.message builds the message, pipeline.report.smtp
sends it; this module puts them together and re-exports their public names.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from pipeline.config import load_order_config
from pipeline.errors import AuditError, DeliveryError
from pipeline.model import Audit
from pipeline.report.files import OutputError
from pipeline.report.freshness import check_current, refuse_failed
from pipeline.report.loader import load_audit
from pipeline.report.message import (
    ATTACHABLE,
    DEFAULT_ATTACH,
    DEFAULT_MAX_ATTACHMENT_BYTES,
    build_message,
    check_address,
    mail_subject,
    parse_attach,
    preview,
    readdressed,
    render_mail_html,
    render_mail_text,
)
from pipeline.report.smtp import (
    DEFAULT_PORTS,
    ENV_FROM,
    SECURITIES,
    PartialDelivery,
    Security,
    SmtpSettings,
    eml_name,
    send_message,
    write_eml,
)

__all__ = [
    "ATTACHABLE",
    "DEFAULT_ATTACH",
    "DEFAULT_PORTS",
    "OUTBOX",
    "SECURITIES",
    "MailOutcome",
    "PartialDelivery",
    "Security",
    "SmtpSettings",
    "build_message",
    "check_address",
    "default_recipients",
    "email_report",
    "eml_name",
    "mail_subject",
    "parse_attach",
    "preview",
    "render_mail_html",
    "render_mail_text",
    "send_message",
    "write_eml",
]

OUTBOX = "outbox"  # where a message that could not be sent is kept, inside the report folder


@dataclass(frozen=True)
class MailOutcome:
    """What email_report did: sent, written to an outbox, or only previewed."""

    message: EmailMessage
    recipients: tuple[str, ...]
    sent: bool = False
    eml: Path | None = None
    preview: str = ""
    notes: tuple[str, ...] = ()
    server: str = ""


def default_recipients(audit: Audit, order_dir: Path | None) -> tuple[str, ...]:
    """order.toml `stakeholders` of the order folder given, else of the one findings.json names."""
    folder = order_dir or (Path(audit.order_dir) if audit.order_dir else None)
    if folder is None or not folder.is_dir():
        return ()
    return tuple(load_order_config(folder).stakeholders)


def _server_line(smtp: SmtpSettings | None, env: Mapping[str, str]) -> str:
    """The server and TLS mode a send would use, for --dry-run; what is missing when unset."""
    try:
        settings = smtp or SmtpSettings.resolve(env=env)
    except AuditError as exc:
        return f"not usable: {exc}"
    return settings.describe()


def email_report(
    report_dir: Path,
    *,
    to: Sequence[str] = (),
    sender: str | None = None,
    order_dir: Path | None = None,
    smtp: SmtpSettings | None = None,
    outbox: Path | None = None,
    dry_run: bool = False,
    attach: Sequence[str] = DEFAULT_ATTACH,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    env: Mapping[str, str] | None = None,
    server: str = "",
) -> MailOutcome:
    """Mail the review in report_dir: send it, or write it to outbox, or (dry_run) preview it.

    Refuses (StaleReport) a folder whose last audit failed (error.txt) or whose order files
    changed after the audit. Without smtp settings they are resolved from ORDER_AUDIT_SMTP_*.
    A failed send keeps the message in outbox (default REPORT_DIR/outbox) and raises
    DeliveryError saying where; when only some recipients were refused, the kept copy is
    addressed to those alone and the error says who did get it. `server` overrides how a dry
    run describes the server (the CLI passes what made its settings unusable).
    """
    report_dir = Path(report_dir)
    env = os.environ if env is None else env
    refuse_failed(report_dir)
    audit = load_audit(report_dir)
    freshness = check_current(report_dir, audit, order_dir)
    notes = (freshness.note,) if freshness.note else ()
    recipients = tuple(to) or default_recipients(audit, order_dir)
    if not recipients:
        raise AuditError(
            "no recipient: give --to, or --order-dir of an order whose order.toml lists stakeholders."
        )
    from_address = (
        sender
        or env.get(ENV_FROM)
        or (smtp.user if smtp and smtp.user and "@" in smtp.user else None)
    )
    if not from_address:
        raise AuditError(f"no sender: give --from or set {ENV_FROM}.")
    msg = build_message(
        report_dir,
        to=recipients,
        sender=from_address,
        attach=attach,
        max_attachment_bytes=max_attachment_bytes,
    )
    unique = tuple(str(a) for a in msg["To"].addresses) if msg["To"] else recipients
    if dry_run:
        server = server or _server_line(smtp, env)
        return MailOutcome(msg, unique, preview=preview(msg, server), notes=notes, server=server)
    if outbox is not None:
        return MailOutcome(msg, unique, eml=write_eml(msg, outbox), notes=notes)
    settings = smtp or SmtpSettings.resolve(env=env)
    try:
        settings.send(msg)
    except PartialDelivery as exc:
        kept = _keep(readdressed(msg, list(exc.refused)), report_dir / OUTBOX, exc)
        raise DeliveryError(
            f"{exc} The message for {', '.join(exc.refused)} is kept at {kept}; send it once "
            "the address is fixed."
        ) from exc
    except DeliveryError as exc:
        kept = _keep(msg, report_dir / OUTBOX, exc)
        raise DeliveryError(
            f"{exc} The message is kept at {kept}; send it from a mail client or run this "
            "command again."
        ) from exc
    return MailOutcome(msg, unique, sent=True, notes=notes, server=settings.describe())


def _keep(msg: EmailMessage, outbox: Path, failure: DeliveryError) -> Path:
    try:
        return write_eml(msg, outbox)
    except OutputError as save_error:
        raise DeliveryError(
            f"{failure} The message could not be kept either: {save_error}"
        ) from failure

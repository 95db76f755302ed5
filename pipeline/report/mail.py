"""The review by e-mail: build a multipart message, send it over SMTP, or keep it as an .eml file.

Supplier text never reaches a header unclean (CR, LF and control characters stripped); the
password comes only from ORDER_AUDIT_SMTP_PASSWORD or a file; a message that could not be
sent is written to disk before the error is raised, so nothing is lost.
"""

from __future__ import annotations

import ipaddress
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any, Literal

from pipeline import __version__
from pipeline.config import load_order_config
from pipeline.errors import AuditError, DeliveryError
from pipeline.model import Audit
from pipeline.report.environment import environment
from pipeline.report.files import atomic_write_bytes, findings_json
from pipeline.report.formatting import clean_line
from pipeline.report.loader import load_audit
from pipeline.report.render import pdf_available, render_pdf_bytes
from pipeline.report.view import VERDICT_MEANING, counts_phrase, order_total, top_findings

Security = Literal["starttls", "ssl", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "ssl", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ATTACHMENT_BYTES = (
    10 * 1024 * 1024
)  # many corporate gateways refuse mail above 10-25 MB
TOP_FINDINGS = 5
SUPPLIER_IN_SUBJECT = 50  # characters
# Headers are written unfolded up to RFC 5322's hard limit of 998: Python's folder puts a
# stray space before an encoded word it moves to the next line ("medium  (宁波..."), which
# every client then shows. Bodies are encoded at set_content time with the usual 78.
HEADER_POLICY = policy.SMTP.clone(max_line_length=998)

# The environment variables the SMTP settings come from (options win over them).
ENV_HOST = "ORDER_AUDIT_SMTP_HOST"
ENV_PORT = "ORDER_AUDIT_SMTP_PORT"
ENV_USER = "ORDER_AUDIT_SMTP_USER"
ENV_PASSWORD = "ORDER_AUDIT_SMTP_PASSWORD"
ENV_FROM = "ORDER_AUDIT_SMTP_FROM"
ENV_SECURITY = "ORDER_AUDIT_SMTP_SECURITY"
ENV_CAFILE = "ORDER_AUDIT_SMTP_CAFILE"


def header_text(text: Any, *, limit: int | None = None) -> str:
    """Untrusted text made safe for a mail header: one line, no control characters."""
    return clean_line(text, limit=limit)


def mail_subject(audit: Audit) -> str:
    """'[HOLD] PO-1001 pre-balance review: 1 critical, 2 high' (+ the supplier's name when known)."""
    subject = f"[{audit.verdict}] {header_text(audit.order_id, limit=60)} pre-balance review: {counts_phrase(audit.counts())}"
    supplier = header_text(audit.supplier or "", limit=SUPPLIER_IN_SUBJECT)
    return f"{subject} ({supplier})" if supplier else subject


def check_address(address: str) -> str:
    """One e-mail address, checked: no header injection, one '@', a domain."""
    text = str(address).strip()
    if _CONTROL_OR_BREAK.search(text):
        raise AuditError(f"e-mail address {text!r} holds a line break or control character.")
    found = getaddresses([text])
    if len(found) != 1:
        raise AuditError(f"{text!r} holds {len(found)} addresses; give each one with its own --to.")
    name, addr = found[0]
    if not addr or addr.count("@") != 1 or not addr.split("@")[1] or "," in addr:
        raise AuditError(f"{text!r} is not an e-mail address (expected name@example.com).")
    return str(Address(display_name=name, addr_spec=addr)) if name else addr


_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str
    subtype: str


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} kB"


def plan_attachments(
    candidates: Sequence[tuple[Attachment, str]], max_bytes: int
) -> tuple[list[Attachment], list[str]]:
    """Keep attachments while their total stays within max_bytes; a note for each one left out."""
    kept: list[Attachment] = []
    notes: list[str] = []
    total = 0
    for attachment, where in candidates:
        size = len(attachment.data)
        if total + size > max_bytes:
            notes.append(
                f"{attachment.filename} ({_size(size)}) is not attached: attachments are limited to "
                f"{_size(max_bytes)} per message. It is at {where}."
            )
            continue
        kept.append(attachment)
        total += size
    return kept, notes


def _mail_context(audit: Audit, attached: Sequence[str], notes: Sequence[str]) -> dict[str, Any]:
    opened = [f for f in audit.findings if f.status != "match" and f.severity != "info"]
    top = top_findings(audit, TOP_FINDINGS)
    return {
        "a": audit,
        "subject": mail_subject(audit),
        "supplier": clean_line(audit.supplier or "", limit=80),
        "meaning": VERDICT_MEANING.get(audit.verdict, ""),
        "counts_text": counts_phrase(audit.counts()),
        "total": order_total(audit),
        "top": top,
        "more": len(opened) - len(top),
        "attached": list(attached),
        "notes": list(notes),
        "version": __version__,
    }


def render_mail_text(
    audit: Audit, *, attached: Sequence[str] = (), notes: Sequence[str] = ()
) -> str:
    """The text/plain body: verdict, reasons, top findings, what is attached."""
    return environment().get_template("mail.txt.j2").render(_mail_context(audit, attached, notes))


def render_mail_html(
    audit: Audit, *, attached: Sequence[str] = (), notes: Sequence[str] = ()
) -> str:
    """The text/html body with its CSS inlined (mail clients drop <style> blocks)."""
    import css_inline

    html = environment().get_template("mail.html.j2").render(_mail_context(audit, attached, notes))
    # No remote stylesheets: the template has none, and a supplier URL must never be fetched.
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)
    return str(inliner.inline(html))


def _attachments_for(
    audit: Audit, report_dir: Path | None
) -> tuple[list[tuple[Attachment, str]], list[str]]:
    candidates: list[tuple[Attachment, str]] = []
    notes: list[str] = []
    pdf_path = report_dir / "report.pdf" if report_dir else None
    if pdf_path is not None and pdf_path.is_file():
        candidates.append(
            (Attachment("report.pdf", pdf_path.read_bytes(), "application", "pdf"), str(pdf_path))
        )
    elif pdf_available():
        where = str(report_dir) if report_dir else "the report folder once written"
        candidates.append(
            (Attachment("report.pdf", render_pdf_bytes(audit), "application", "pdf"), where)
        )
    else:
        notes.append(
            "report.pdf is not attached: WeasyPrint is not installed (pip install 'order-audit[pdf]')."
        )
    json_path = report_dir / "findings.json" if report_dir else None
    if json_path is not None and json_path.is_file():
        data = json_path.read_bytes()
        where = str(json_path)
    else:
        data = findings_json(audit).encode("utf-8")
        where = str(report_dir) if report_dir else "the report folder once written"
    candidates.append((Attachment("findings.json", data, "application", "json"), where))
    return candidates, notes


def build_message(
    audit_or_report_dir: Audit | Path,
    *,
    to: Sequence[str],
    sender: str,
    cc: Sequence[str] = (),
    attach: bool = True,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> EmailMessage:
    """The review as a multipart message: text and HTML alternatives, report.pdf and findings.json.

    Given a report folder, the Audit is read from its findings.json and its files are attached
    as they are; given an Audit, the attachments are rendered in memory.
    """
    if isinstance(audit_or_report_dir, Audit):
        audit, report_dir = audit_or_report_dir, None
    else:
        report_dir = Path(audit_or_report_dir)
        audit = load_audit(report_dir)
    recipients = [check_address(a) for a in to]
    if not recipients:
        raise AuditError("no recipient: give --to or list stakeholders in order.toml.")
    copies = [check_address(a) for a in cc]
    from_address = check_address(sender)

    kept: list[Attachment] = []
    notes: list[str] = []
    if attach:
        candidates, notes = _attachments_for(audit, report_dir)
        kept, size_notes = plan_attachments(candidates, max_attachment_bytes)
        notes += size_notes
    names = [a.filename for a in kept]

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = mail_subject(audit)
    msg["From"] = from_address
    msg["To"] = ", ".join(recipients)
    if copies:
        msg["Cc"] = ", ".join(copies)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = make_msgid(
        idstring="order-audit", domain=from_address.rpartition("@")[2].rstrip(">") or None
    )
    msg["X-Order-Audit-Verdict"] = audit.verdict
    msg["X-Order-Audit-Order"] = header_text(audit.order_id, limit=80)
    msg.set_content(render_mail_text(audit, attached=names, notes=notes))
    msg.add_alternative(render_mail_html(audit, attached=names, notes=notes), subtype="html")
    for attachment in kept:
        msg.add_attachment(
            attachment.data,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
        )
    msg.policy = HEADER_POLICY
    return msg


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send: options first, then ORDER_AUDIT_SMTP_* variables, then defaults."""

    host: str
    port: int
    security: Security = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT
    cafile: Path | None = None

    @classmethod
    def resolve(
        cls,
        *,
        host: str | None = None,
        port: int | None = None,
        user: str | None = None,
        password_file: Path | None = None,
        security: Security | None = None,
        timeout: float | None = None,
        cafile: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> SmtpSettings:
        env = os.environ if env is None else env
        host = host or env.get(ENV_HOST)
        if not host:
            raise AuditError(
                f"no SMTP server: give --host or set {ENV_HOST} (or use --outbox DIR to write .eml files)."
            )
        chosen = security or env.get(ENV_SECURITY) or "starttls"
        if chosen not in SECURITIES:
            raise AuditError(f"{ENV_SECURITY}={chosen!r} is not one of {', '.join(SECURITIES)}.")
        if port is None and env.get(ENV_PORT):
            try:
                port = int(env[ENV_PORT])
            except ValueError as exc:
                raise AuditError(f"{ENV_PORT}={env[ENV_PORT]!r} is not a port number.") from exc
        if password_file is not None:
            try:
                password: str | None = (
                    Path(password_file).read_text(encoding="utf-8").rstrip("\r\n")
                )
            except OSError as exc:
                raise AuditError(
                    f"{password_file}: cannot read the SMTP password file ({exc.strerror})."
                ) from exc
        else:
            password = env.get(ENV_PASSWORD)
        ca = cafile or (Path(env[ENV_CAFILE]) if env.get(ENV_CAFILE) else None)
        login = user or env.get(ENV_USER) or None
        if login and not password:
            raise AuditError(
                f"SMTP user {login} has no password: set {ENV_PASSWORD} or give --password-file."
            )
        return cls(
            host=host,
            port=port or DEFAULT_PORTS[chosen],
            security=chosen,
            user=login,
            password=password,
            timeout=timeout or DEFAULT_TIMEOUT,
            cafile=ca,
        )

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile) if self.cafile else None)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(exc: BaseException, timeout: float) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the login was refused ({exc.smtp_code} {_decode(exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(
            f"{addr} ({code} {_decode(text)})" for addr, (code, text) in exc.recipients.items()
        )
        return f"every recipient was refused: {refused}"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return f"the sender {exc.sender} was refused ({exc.smtp_code} {_decode(exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"the server answered {exc.smtp_code} {_decode(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"the server closed the connection ({exc})"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"its TLS certificate is not trusted ({exc.verify_message}); give --cafile for a private CA"
    if isinstance(exc, ssl.SSLError):
        return f"the TLS handshake failed ({exc.reason or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused (is the host and port right, is the server running?)"
    if isinstance(exc, socket.gaierror):
        return "the host name could not be resolved"
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _decode(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def send_message(
    msg: EmailMessage,
    *,
    host: str,
    port: int | None = None,
    user: str | None = None,
    password: str | None = None,
    security: Security = "starttls",
    timeout: float = DEFAULT_TIMEOUT,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Send over SMTP (STARTTLS, implicit TLS or, on loopback only with a password, plain).

    Raises DeliveryError naming the server and the reason.
    """
    if security not in SECURITIES:
        raise ValueError(f"security {security!r} is not one of {', '.join(SECURITIES)}")
    port = port or DEFAULT_PORTS[security]
    where = f"SMTP server {host}:{port}"
    if user and security == "none" and not _is_loopback(host):
        raise DeliveryError(
            f"{where}: refusing to send the SMTP password unencrypted; use --starttls or --ssl."
        )
    context = ssl_context or ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if security == "ssl":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        with smtp:
            smtp.ehlo()
            if security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise DeliveryError(
                        f"{where} does not offer STARTTLS; use --ssl, or a server that does."
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if user:
                smtp.login(user, password or "")
            refused = smtp.send_message(msg)
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{where}: could not send: {_reason(exc, timeout)}.") from exc
    if refused:
        listed = ", ".join(
            f"{addr} ({code} {_decode(text)})" for addr, (code, text) in refused.items()
        )
        raise DeliveryError(f"{where}: accepted the message but refused some recipients: {listed}.")


def eml_name(msg: EmailMessage) -> str:
    """'20260312T140500Z-PO-1001-HOLD.eml': sortable, and safe on every file system."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    order = (
        re.sub(r"[^A-Za-z0-9._-]+", "_", str(msg.get("X-Order-Audit-Order", "order")))[:60].strip(
            "._"
        )
        or "order"
    )
    verdict = re.sub(r"[^A-Z]", "", str(msg.get("X-Order-Audit-Verdict", "")))
    return f"{stamp}-{order}" + (f"-{verdict}" if verdict else "") + ".eml"


def write_eml(msg: EmailMessage, outbox: Path) -> Path:
    """Write the message as an .eml file (RFC 5322, CRLF) into outbox; never overwrites one."""
    outbox = Path(outbox)
    outbox.mkdir(parents=True, exist_ok=True)
    name = eml_name(msg)
    path = outbox / name
    n = 2
    while path.exists():
        path = outbox / f"{name[:-4]}-{n}.eml"
        n += 1
    return atomic_write_bytes(path, msg.as_bytes(policy=HEADER_POLICY))


@dataclass(frozen=True)
class MailOutcome:
    """What email_report did: sent, written to an outbox, or only previewed."""

    message: EmailMessage
    recipients: tuple[str, ...]
    sent: bool = False
    eml: Path | None = None
    preview: str = ""
    notes: tuple[str, ...] = ()


def default_recipients(audit: Audit, order_dir: Path | None) -> tuple[str, ...]:
    """order.toml `stakeholders` of the order folder given, else of the one findings.json names."""
    folder = order_dir or (Path(audit.order_dir) if audit.order_dir else None)
    if folder is None or not folder.is_dir():
        return ()
    return tuple(load_order_config(folder).stakeholders)


def preview(msg: EmailMessage) -> str:
    """What would be sent, for --dry-run: headers, attachments with sizes, the text body."""
    lines = [f"{name}: {msg[name]}" for name in ("From", "To", "Cc", "Subject") if msg[name]]
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else 0
        lines.append(f"Attachment: {part.get_filename()} ({_size(size)})")
    body = msg.get_body(preferencelist=("plain",))
    lines.append("")
    lines.append(body.get_content() if isinstance(body, EmailMessage) else "")
    return "\n".join(lines)


def email_report(
    report_dir: Path,
    *,
    to: Sequence[str] = (),
    sender: str | None = None,
    order_dir: Path | None = None,
    smtp: SmtpSettings | None = None,
    outbox: Path | None = None,
    dry_run: bool = False,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    env: Mapping[str, str] | None = None,
) -> MailOutcome:
    """Mail the review in report_dir: send it, or write it to outbox, or (dry_run) only preview it.

    Without smtp settings they are resolved from ORDER_AUDIT_SMTP_*. A failed send writes the
    .eml into outbox or report_dir and raises DeliveryError saying where it is.
    """
    report_dir = Path(report_dir)
    env = os.environ if env is None else env
    audit = load_audit(report_dir)
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
        report_dir, to=recipients, sender=from_address, max_attachment_bytes=max_attachment_bytes
    )
    if dry_run:
        return MailOutcome(msg, recipients, preview=preview(msg))
    if outbox is not None:
        return MailOutcome(msg, recipients, eml=write_eml(msg, outbox))
    settings = smtp or SmtpSettings.resolve(env=env)
    try:
        send_message(
            msg,
            host=settings.host,
            port=settings.port,
            user=settings.user,
            password=settings.password,
            security=settings.security,
            timeout=settings.timeout,
            ssl_context=settings.ssl_context(),
        )
    except DeliveryError as exc:
        try:
            kept = write_eml(msg, outbox or report_dir)
        except OSError as save_error:
            raise DeliveryError(
                f"{exc} The message could not be saved either ({save_error.strerror or save_error})."
            ) from exc
        raise DeliveryError(f"{exc} The message is saved at {kept}; nothing is lost.") from exc
    return MailOutcome(msg, recipients, sent=True)

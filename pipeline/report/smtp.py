"""Sending a message over SMTP, and keeping it as an .eml file.

The password comes only from ORDER_AUDIT_SMTP_PASSWORD or a file; the message goes to each
recipient once; a server that refuses some recipients, refuses all, or goes silent is a
DeliveryError that says which, and who (if anyone) got the message.
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
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from pipeline.errors import AuditError, DeliveryError
from pipeline.report.files import OutputError, atomic_write_bytes, os_reason, prepare_folder
from pipeline.report.message import HEADER_POLICY, addr_spec, envelope_recipients

Security = Literal["starttls", "ssl", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "ssl", "none")
SECURITY_WORDS = {"starttls": "STARTTLS", "ssl": "implicit TLS", "none": "no TLS"}
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_TIMEOUT = 30.0

# The environment variables the SMTP settings come from (options win over them).
ENV_HOST = "ORDER_AUDIT_SMTP_HOST"
ENV_PORT = "ORDER_AUDIT_SMTP_PORT"
ENV_USER = "ORDER_AUDIT_SMTP_USER"
ENV_PASSWORD = "ORDER_AUDIT_SMTP_PASSWORD"
ENV_FROM = "ORDER_AUDIT_SMTP_FROM"
ENV_SECURITY = "ORDER_AUDIT_SMTP_SECURITY"
ENV_CAFILE = "ORDER_AUDIT_SMTP_CAFILE"


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

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        """Send msg with these settings (send_message); the recipients the server accepted."""
        return send_message(
            msg,
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            security=self.security,
            timeout=self.timeout,
            ssl_context=self.ssl_context(),
        )

    def describe(self) -> str:
        """'smtp.example.com:587, STARTTLS, login audit@example.com' (never the password)."""
        login = f"login {self.user}" if self.user else "no login"
        ca = f", CA file {self.cafile}" if self.cafile else ""
        return f"{self.host}:{self.port}, {SECURITY_WORDS[self.security]}, {login}{ca}, timeout {self.timeout:g} s"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _decode(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _timed_out(exc: BaseException) -> bool:
    if isinstance(exc, TimeoutError | socket.timeout):
        return True
    # smtplib turns a read time-out into SMTPServerDisconnected("... closed: timed out")
    return isinstance(exc, smtplib.SMTPServerDisconnected) and (
        isinstance(exc.__context__, TimeoutError | socket.timeout) or "timed out" in str(exc)
    )


_SILENT = {
    "connect": "the server accepted the connection but sent no greeting",
    "hello": "the server stopped answering during the greeting",
    "tls": "the server stopped answering during the TLS handshake",
    "login": "the server stopped answering during the login",
    "envelope": "the server stopped answering while taking the recipients",
    "data": (
        "the server went silent after the message was sent, so it may or may not have been "
        "delivered; check with the recipients before sending again"
    ),
}


def _reason(exc: BaseException, timeout: float, phase: str) -> str:
    if _timed_out(exc):
        silent = _SILENT.get(phase, "the server stopped answering")
        if phase == "connect" and isinstance(exc, TimeoutError | socket.timeout):
            silent = "the server did not accept the connection"
        return f"no answer within {timeout:g} s: {silent}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the login was refused ({exc.smtp_code} {_decode(exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(
            f"{addr} ({code} {_decode(text)})" for addr, (code, text) in exc.recipients.items()
        )
        return f"every recipient was refused: {refused}"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return f"the sender {_decode(exc.sender)} was refused ({exc.smtp_code} {_decode(exc.smtp_error)})"
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
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class PartialDelivery(DeliveryError):
    """The server took the message for some recipients and refused the others."""

    def __init__(self, where: str, accepted: Sequence[str], refused: Mapping[str, str]) -> None:
        self.accepted = tuple(accepted)
        self.refused = dict(refused)
        listed = ", ".join(f"{addr} ({why})" for addr, why in refused.items())
        super().__init__(f"{where}: delivered to {', '.join(accepted)}; refused {listed}.")


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
    recipients: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """Send over SMTP (STARTTLS, implicit TLS or, on loopback only with a password, plain) to
    each recipient once (To and Cc, or `recipients`); returns the addresses that took it.

    Raises DeliveryError naming the server and the reason, PartialDelivery when the server
    refused some recipients (the others got the message).
    """
    if security not in SECURITIES:
        raise ValueError(f"security {security!r} is not one of {', '.join(SECURITIES)}")
    port = port or DEFAULT_PORTS[security]
    where = f"SMTP server {host}:{port}"
    if user and security == "none" and not _is_loopback(host):
        raise DeliveryError(
            f"{where}: refusing to send the SMTP password unencrypted; use --starttls or --ssl."
        )
    targets = list(dict.fromkeys(addr_spec(r) for r in (recipients or envelope_recipients(msg))))
    if not targets:
        raise DeliveryError(f"{where}: the message has no recipient.")
    sender = addr_spec(str(msg["From"]))
    data = msg.as_bytes(policy=HEADER_POLICY)
    context = ssl_context or ssl.create_default_context()
    phase = "connect"
    accepted: list[str] = []
    refused: dict[str, str] = {}
    try:
        smtp: smtplib.SMTP
        if security == "ssl":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        with smtp:
            phase = "hello"
            smtp.ehlo()
            if security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise DeliveryError(
                        f"{where} does not offer STARTTLS; use --ssl, or a server that does."
                    )
                phase = "tls"
                smtp.starttls(context=context)
                smtp.ehlo()
            if user:
                phase = "login"
                smtp.login(user, password or "")
            phase = "envelope"
            code, text = smtp.mail(sender)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, text, sender)
            for target in targets:
                code, text = smtp.rcpt(target)
                if code in (250, 251):
                    accepted.append(target)
                else:
                    refused[target] = f"{code} {_decode(text)}"
            if not accepted:
                smtp.rset()
                raise DeliveryError(
                    f"{where}: could not send: every recipient was refused: "
                    + ", ".join(f"{a} ({why})" for a, why in refused.items())
                    + "."
                )
            phase = "data"
            code, text = smtp.data(data)
            if code != 250:
                raise smtplib.SMTPDataError(code, text)
            phase = "quit"
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        if phase == "quit":  # the message was taken; a rude goodbye changes nothing
            pass
        else:
            raise DeliveryError(
                f"{where}: could not send: {_reason(exc, timeout, phase)}."
            ) from exc
    if refused:
        raise PartialDelivery(where, accepted, refused)
    return tuple(accepted)


def eml_name(msg: EmailMessage) -> str:
    """'20260312T140500Z-PO-1001-HOLD.eml': sortable, and safe on every file system."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    order = (
        re.sub(
            r"[^A-Za-z0-9._-]+",
            "_",
            str(
                msg.get("X-Order-Audit-Order", "digest" if msg["X-Order-Audit-Digest"] else "order")
            ),
        )[:60].strip("._")
        or "order"
    )
    verdict = re.sub(r"[^A-Z]", "", str(msg.get("X-Order-Audit-Verdict", "")))
    return f"{stamp}-{order}" + (f"-{verdict}" if verdict else "") + ".eml"


def write_eml(msg: EmailMessage, outbox: Path) -> Path:
    """Write the message as an .eml file (RFC 5322, CRLF) into outbox; never overwrites one.
    Raises OutputError (one sentence) when the outbox cannot be written."""
    outbox = prepare_folder(Path(outbox), "the message")
    name = eml_name(msg)
    path = outbox / name
    n = 2
    while path.exists():
        path = outbox / f"{name[:-4]}-{n}.eml"
        n += 1
    try:
        return atomic_write_bytes(path, msg.as_bytes(policy=HEADER_POLICY))
    except OSError as exc:
        raise OutputError(f"Cannot write the message to {path}: {os_reason(exc)}.") from exc

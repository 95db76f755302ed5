"""E-mail: the message as built, and as a real SMTP server on 127.0.0.1 receives it.

The servers are aiosmtpd controllers started and stopped by the fixtures; TLS uses a
self-signed certificate the test makes with the `cryptography` package.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import HOLD_AUDIT, HOSTILE_AUDIT, INJECTED_NAME, RELEASE_AUDIT, SCRIPT
from test_render import check_golden

from pipeline import __version__
from pipeline.cli import main
from pipeline.errors import AuditError, DeliveryError
from pipeline.model import Audit
from pipeline.report import write_reports
from pipeline.report.mail import (
    build_message,
    email_report,
    mail_subject,
    parse_attach,
    render_mail_text,
    send_message,
    write_eml,
)

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")
aiosmtpd_smtp = pytest.importorskip("aiosmtpd.smtp")

USER, PASSWORD = "audit-bot", "s3cret-pw"
SENDER = "Order Audit <audit@example.com>"


# --- the message itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("audit", "subject"),
    [
        (
            HOLD_AUDIT,
            "[HOLD] PO-1001 pre-balance review: 1 critical, 2 high, 1 medium (宁波明辉家居用品有限公司 Ningbo Brightway Housewares Co., Ltd.)",
        ),
        (
            RELEASE_AUDIT,
            "[RELEASE] PO-2002 pre-balance review: no open findings (Xiamen Greenleaf Bags Co., Ltd.)",
        ),
    ],
    ids=["hold", "release"],
)
def test_subject(audit: Audit, subject: str) -> None:
    assert mail_subject(audit) == subject


def test_subject_strips_injection() -> None:
    subject = mail_subject(HOSTILE_AUDIT)
    assert "\r" not in subject and "\n" not in subject
    assert subject.startswith(
        "[HOLD] PO-3003 X-Injected: yes pre-balance review: 1 critical, 2 high, 1 medium (Evil Trading Ltd Bcc:"
    )


@pytest.mark.parametrize("case", ["hold", "release", "hostile"])
def test_mail_text_body_matches_golden(case: str, update_golden: bool) -> None:
    audit = {"hold": HOLD_AUDIT, "release": RELEASE_AUDIT, "hostile": HOSTILE_AUDIT}[case]
    body = render_mail_text(audit, attached=["report.pdf", "findings.json"])
    check_golden(f"mail-{case}.txt", body, update_golden)


@pytest.fixture(scope="module")
def written_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HOLD audit's reports, rendered once (the PDF takes a few seconds)."""
    out = tmp_path_factory.mktemp("reports") / "PO-1001"
    write_reports(HOLD_AUDIT, out)
    return out


@pytest.fixture
def report_dir(written_reports: Path, tmp_path: Path) -> Path:
    """A fresh copy per test, so .eml files a test leaves do not leak into the next."""
    return Path(shutil.copytree(written_reports, tmp_path / "PO-1001"))


def _parts(msg: EmailMessage) -> dict[str, Any]:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert isinstance(plain, EmailMessage) and isinstance(html, EmailMessage)
    attachments = {
        part.get_filename(): part.get_payload(decode=True) for part in msg.iter_attachments()
    }
    return {"plain": plain.get_content(), "html": html.get_content(), "attachments": attachments}


def test_build_message_from_report_dir(report_dir: Path) -> None:
    msg = build_message(
        report_dir, to=["finance@example.com", "Tom Baker <tom@example.com>"], sender=SENDER
    )
    assert msg.get_content_type() == "multipart/mixed"
    parts = _parts(msg)
    assert "HOLD: PO-1001 pre-balance review" in parts["plain"]
    assert "<style" not in parts["html"] and 'style="' in parts["html"]  # CSS inlined
    # Finance reads the PDF; findings.json is for programs and goes only when asked for.
    assert parts["attachments"] == {"report.pdf": (report_dir / "report.pdf").read_bytes()}
    assert msg["To"] == "finance@example.com, Tom Baker <tom@example.com>"
    assert msg["X-Mailer"] == f"order-audit {__version__}"


@pytest.mark.parametrize(
    ("attach", "names"),
    [
        (("pdf", "json"), ["report.pdf", "findings.json"]),
        (("json",), ["findings.json"]),
        (("html", "md", "txt"), ["report.html", "report.md", "report.txt"]),
        ((), []),
    ],
    ids=["pdf-json", "json", "texts", "none"],
)
def test_attachments_are_chosen(
    report_dir: Path, attach: tuple[str, ...], names: list[str]
) -> None:
    msg = build_message(report_dir, to=["f@example.com"], sender=SENDER, attach=attach)
    files = _parts(msg)["attachments"]
    assert list(files) == names
    for name in names:
        assert files[name] == (report_dir / name).read_bytes()
    if not names:
        assert "Nothing attached" in _parts(msg)["plain"]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("pdf,json", ("pdf", "json")), (" PDF , pdf ", ("pdf",)), ("none", ()), ("", ())],
)
def test_parse_attach(text: str, parsed: tuple[str, ...]) -> None:
    assert parse_attach(text) == parsed


def test_parse_attach_refuses_unknown_names() -> None:
    with pytest.raises(AuditError, match="--attach docx: not a report file; choose from pdf, json"):
        parse_attach("pdf,docx")


def test_each_recipient_is_addressed_once() -> None:
    msg = build_message(
        RELEASE_AUDIT,
        to=["a@example.com", "A@Example.com", "Ann <a@example.com>", "b@example.com"],
        cc=["b@example.com", "c@example.com"],
        sender=SENDER,
        attach=False,
    )
    assert msg["To"] == "a@example.com, b@example.com"
    assert msg["Cc"] == "c@example.com"


def test_the_text_part_is_never_cut() -> None:
    """Issue 12, point 6: reasons were cut at 200 characters, the call-back number with them."""
    reason = "Critical: " + "x" * 260 + " call back on +86 574 8688 1234."
    audit = replace(HOLD_AUDIT, reasons=(reason,))
    text = render_mail_text(audit)
    assert reason in text
    assert "+86 574 8688 1234" in text


def test_build_message_from_audit_renders_attachments() -> None:
    msg = build_message(HOLD_AUDIT, to=["f@example.com"], sender=SENDER, attach=("pdf", "json"))
    files = _parts(msg)["attachments"]
    assert files["report.pdf"].startswith(b"%PDF-")
    assert files["findings.json"].decode("utf-8").startswith('{\n  "generator": "order-audit')


def test_attachment_size_limit_leaves_a_clear_note(report_dir: Path) -> None:
    json_size = (report_dir / "findings.json").stat().st_size
    msg = build_message(
        report_dir,
        to=["f@example.com"],
        sender=SENDER,
        attach=("pdf", "json"),
        max_attachment_bytes=json_size + 10,
    )
    parts = _parts(msg)
    assert list(parts["attachments"]) == ["findings.json"]
    note = "report.pdf ("
    assert (
        note in parts["plain"] and "is not attached: attachments are limited to" in parts["plain"]
    )
    assert str(report_dir / "report.pdf") in parts["plain"]
    assert "is not attached" in parts["html"]


@pytest.mark.parametrize(
    "bad",
    [
        "victim@example.com\r\nBcc: x@example.com",
        "not-an-address",
        "a@b@c",
        "",
        "x@example.com, y@example.com",
    ],
)
def test_bad_recipient_is_refused(bad: str) -> None:
    with pytest.raises(AuditError):
        build_message(HOLD_AUDIT, to=[bad], sender=SENDER, attach=False)


def test_write_eml_never_overwrites(tmp_path: Path) -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER, attach=False)
    first, second = write_eml(msg, tmp_path), write_eml(msg, tmp_path)
    assert first != second and first.suffix == ".eml" and "PO-2002-RELEASE" in first.name
    parsed = message_from_bytes(first.read_bytes(), policy=policy.default)
    assert parsed["Subject"] == msg["Subject"]
    assert b"\r\n" in first.read_bytes()


# --- a real SMTP server on loopback ------------------------------------------------------


class Sink:
    """aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    ok = isinstance(auth_data, aiosmtpd_smtp.LoginPassword) and (
        auth_data.login,
        auth_data.password,
    ) == (USER.encode(), PASSWORD.encode())
    AUTH_SEEN.append((mechanism, ok))
    return aiosmtpd_smtp.AuthResult(success=ok, handled=False)


AUTH_SEEN: list[tuple[str, bool]] = []  # (mechanism, accepted) of every AUTH the servers saw


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made here, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate[0]), str(certificate[1]))
    return context


class Server:
    def __init__(self, controller: Any, sink: Sink) -> None:
        self.controller, self.sink = controller, sink
        self.host, self.port = "127.0.0.1", controller.port

    def received(self) -> EmailMessage:
        assert len(self.sink.envelopes) == 1, (
            f"expected one message, got {len(self.sink.envelopes)}"
        )
        msg = message_from_bytes(self.sink.envelopes[0].content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def _start(**kwargs: Any) -> Iterator[Server]:
    AUTH_SEEN.clear()
    sink = Sink()
    controller = aiosmtpd_controller.Controller(
        sink, hostname="127.0.0.1", port=_free_port(), **kwargs
    )
    controller.start()
    try:
        yield Server(controller, sink)
    finally:
        controller.stop()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    yield from _start()


@pytest.fixture
def starttls_server(certificate: tuple[Path, Path]) -> Iterator[Server]:
    yield from _start(
        tls_context=_server_context(certificate),
        require_starttls=True,
        authenticator=_authenticator,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["PLAIN"],  # so the client must use AUTH LOGIN
    )


@pytest.fixture
def ssl_server(certificate: tuple[Path, Path]) -> Iterator[Server]:
    yield from _start(
        ssl_context=_server_context(certificate),
        authenticator=_authenticator,
        auth_required=True,
        auth_require_tls=False,
    )


def _client_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


def _expected_headers(received: EmailMessage) -> None:
    names = {k.lower() for k in received}
    assert not names & {"bcc", "x-injected"}, f"injected header(s): {names & {'bcc', 'x-injected'}}"
    assert {"subject", "from", "to", "date", "message-id", "x-order-audit-verdict"} <= names


def test_send_over_plain_smtp_on_loopback(plain_server: Server, report_dir: Path) -> None:
    msg = build_message(report_dir, to=["finance@example.com"], sender=SENDER)
    send_message(msg, host=plain_server.host, port=plain_server.port, security="none", timeout=10)
    received = plain_server.received()
    assert plain_server.sink.envelopes[0].rcpt_tos == ["finance@example.com"]
    parts = _parts(received)
    assert "Top findings" in parts["plain"] and "Top findings" in parts["html"]
    assert parts["attachments"] == {"report.pdf": (report_dir / "report.pdf").read_bytes()}
    assert received["Subject"] == msg["Subject"]
    _expected_headers(received)


def test_starttls_with_login_and_hostile_supplier(
    starttls_server: Server, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    write_reports(HOSTILE_AUDIT, tmp_path)
    msg = build_message(tmp_path, to=["finance@example.com"], sender=SENDER)
    send_message(
        msg,
        host=starttls_server.host,
        port=starttls_server.port,
        user=USER,
        password=PASSWORD,
        security="starttls",
        ssl_context=_client_context(certificate),
        timeout=10,
    )
    received = starttls_server.received()
    assert AUTH_SEEN == [("LOGIN", True)]
    _expected_headers(received)
    raw = starttls_server.sink.envelopes[0].content
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    header_lines = [line for line in header_block.split(b"\r\n") if line and not line[:1].isspace()]
    assert not any(
        line.lower().startswith((b"bcc:", b"x-injected:", b"pay here")) for line in header_lines
    )
    assert "Evil Trading Ltd Bcc: victim@example.com Pay here" in str(received["Subject"])
    html = _parts(received)["html"]
    assert SCRIPT not in html and "&lt;script&gt;" in html
    assert INJECTED_NAME not in _parts(received)["plain"]


def test_starttls_wrong_password_is_a_clear_error(
    starttls_server: Server, certificate: tuple[Path, Path]
) -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER, attach=False)
    with pytest.raises(
        DeliveryError,
        match=rf"127\.0\.0\.1:{starttls_server.port}: could not send: the login was refused \(535",
    ):
        send_message(
            msg,
            host=starttls_server.host,
            port=starttls_server.port,
            user=USER,
            password="wrong",
            security="starttls",
            ssl_context=_client_context(certificate),
            timeout=10,
        )
    assert starttls_server.sink.envelopes == []


def test_untrusted_certificate_is_refused(starttls_server: Server) -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER, attach=False)
    with pytest.raises(DeliveryError, match="TLS certificate is not trusted"):
        send_message(
            msg,
            host=starttls_server.host,
            port=starttls_server.port,
            user=USER,
            password=PASSWORD,
            timeout=10,
        )


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # TLS is implicit here
def test_implicit_tls_with_login(ssl_server: Server, certificate: tuple[Path, Path]) -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER)
    send_message(
        msg,
        host=ssl_server.host,
        port=ssl_server.port,
        user=USER,
        password=PASSWORD,
        security="ssl",
        ssl_context=_client_context(certificate),
        timeout=10,
    )
    assert _parts(ssl_server.received())["attachments"].keys() == {"report.pdf"}


def test_starttls_missing_is_reported(plain_server: Server) -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER, attach=False)
    with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
        send_message(
            msg, host=plain_server.host, port=plain_server.port, security="starttls", timeout=10
        )


def test_password_never_sent_in_clear_to_a_remote_host() -> None:
    msg = build_message(RELEASE_AUDIT, to=["f@example.com"], sender=SENDER, attach=False)
    with pytest.raises(DeliveryError, match="refusing to send the SMTP password unencrypted"):
        send_message(msg, host="smtp.example.com", user=USER, password=PASSWORD, security="none")


def test_refused_connection_keeps_the_eml(report_dir: Path) -> None:
    port = _free_port()  # nothing listens there
    env = {
        "ORDER_AUDIT_SMTP_HOST": "127.0.0.1",
        "ORDER_AUDIT_SMTP_PORT": str(port),
        "ORDER_AUDIT_SMTP_SECURITY": "none",
    }
    with pytest.raises(DeliveryError) as caught:
        email_report(report_dir, to=["f@example.com"], sender=SENDER, env=env)
    message = str(caught.value)
    assert f"SMTP server 127.0.0.1:{port}: could not send: the connection was refused" in message
    assert not list(report_dir.glob("*.eml")), "kept in the outbox folder, not among the reports"
    saved = list((report_dir / "outbox").glob("*.eml"))
    assert len(saved) == 1 and str(saved[0]) in message
    parsed = message_from_bytes(saved[0].read_bytes(), policy=policy.default)
    assert parsed["Subject"].startswith("[HOLD] PO-1001")


# --- the `order-audit email` command -----------------------------------------------------


def test_cli_sends_with_starttls_env_and_password_file(
    starttls_server: Server, certificate: tuple[Path, Path], report_dir: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text(PASSWORD + "\n")
    env = {
        "ORDER_AUDIT_SMTP_HOST": "127.0.0.1",
        "ORDER_AUDIT_SMTP_PORT": str(starttls_server.port),
        "ORDER_AUDIT_SMTP_USER": USER,
        "ORDER_AUDIT_SMTP_PASSWORD": "not-this-one",
    }
    args = [
        "email",
        str(report_dir),
        "--to",
        "a@example.com",
        "--to",
        "b@example.com",
        "--from",
        SENDER,
    ]
    args += ["--password-file", str(secret), "--cafile", str(certificate[0])]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.output
    assert f"via 127.0.0.1:{starttls_server.port}" in result.output
    assert starttls_server.sink.envelopes[0].rcpt_tos == ["a@example.com", "b@example.com"]


def test_cli_password_from_env(
    starttls_server: Server, certificate: tuple[Path, Path], report_dir: Path
) -> None:
    env = {
        "ORDER_AUDIT_SMTP_HOST": "127.0.0.1",
        "ORDER_AUDIT_SMTP_PORT": str(starttls_server.port),
        "ORDER_AUDIT_SMTP_USER": USER,
        "ORDER_AUDIT_SMTP_PASSWORD": PASSWORD,
        "ORDER_AUDIT_SMTP_FROM": "audit@example.com",
        "ORDER_AUDIT_SMTP_CAFILE": str(certificate[0]),
    }
    result = CliRunner().invoke(main, ["email", str(report_dir), "--to", "a@example.com"], env=env)
    assert result.exit_code == 0, result.output
    assert starttls_server.received()["From"] == "audit@example.com"


def test_cli_refused_connection_says_where_the_eml_is(report_dir: Path) -> None:
    port = _free_port()
    args = [
        "email",
        str(report_dir),
        "--to",
        "a@example.com",
        "--from",
        SENDER,
        "--host",
        "127.0.0.1",
    ]
    result = CliRunner().invoke(
        main, [*args, "--port", str(port), "--no-tls"], env={"ORDER_AUDIT_SMTP_PASSWORD": ""}
    )
    assert result.exit_code == 2
    assert (
        f"Error: SMTP server 127.0.0.1:{port}: could not send: the connection was refused"
        in result.output
    )
    saved = list((report_dir / "outbox").glob("*.eml"))
    assert len(saved) == 1 and str(saved[0]) in result.output
    assert "The message is kept at" in result.output


def test_cli_outbox_and_dry_run(report_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    outbox = tmp_path / "outbox"
    result = runner.invoke(
        main,
        [
            "email",
            str(report_dir),
            "--to",
            "a@example.com",
            "--from",
            SENDER,
            "--outbox",
            str(outbox),
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(list(outbox.glob("*.eml"))) == 1
    result = runner.invoke(
        main, ["email", str(report_dir), "--to", "a@example.com", "--from", SENDER, "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "Subject: [HOLD] PO-1001 pre-balance review: 1 critical, 2 high, 1 medium" in result.output
    )
    assert (
        "Attachment: report.pdf (" in result.output and "(dry run: nothing sent)" in result.output
    )
    result = runner.invoke(
        main,
        ["email", str(report_dir), "--to", "a@example.com", "--dry-run", "--outbox", str(outbox)],
    )
    assert result.exit_code == 2 and "exclude each other" in result.output


def order_folder_of(audit: Audit, folder: Path, toml: str) -> Path:
    """An order folder holding the audit's documents (empty stand-ins) and order.toml, all
    older than the report folder, so that the report is current for it."""
    for document in audit.documents:
        path = folder / document.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (folder / "order.toml").write_text(toml, encoding="utf-8")
    past = time.time() - 3600
    for path in folder.rglob("*"):
        os.utime(path, (past, past))
    return folder


def test_cli_recipients_from_order_toml(report_dir: Path, tmp_path: Path) -> None:
    order = order_folder_of(
        HOLD_AUDIT,
        tmp_path / "order",
        'order_id = "PO-1001"\nstakeholders = ["cfo@example.com", "buyer@example.com"]\n',
    )
    result = CliRunner().invoke(
        main, ["email", str(report_dir), "--from", SENDER, "--order-dir", str(order), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert "To: cfo@example.com, buyer@example.com" in result.output


def test_cli_recipients_from_the_order_dir_findings_json_names(
    report_dir: Path, tmp_path: Path
) -> None:
    order = order_folder_of(HOLD_AUDIT, tmp_path / "order", 'stakeholders = ["cfo@example.com"]\n')
    data = json.loads((report_dir / "findings.json").read_text(encoding="utf-8"))
    data["order_dir"] = str(order)
    (report_dir / "findings.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["email", str(report_dir), "--from", SENDER, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "To: cfo@example.com" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", SENDER, "--host", "127.0.0.1"], "no recipient"),
        (["--to", "a@example.com"], "no SMTP server"),
        (
            ["--to", "a@example.com", "--from", SENDER, "--host", "h", "--no-tls", "--ssl"],
            "--no-tls excludes",
        ),
        (
            ["--to", "a@example.com", "--from", SENDER, "--host", "h", "--user", "bot"],
            "SMTP user bot has no password",
        ),
    ],
)
def test_cli_usage_errors(report_dir: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(
        main,
        ["email", str(report_dir), *args],
        env={
            "ORDER_AUDIT_SMTP_HOST": "",
            "ORDER_AUDIT_SMTP_USER": "",
            "ORDER_AUDIT_SMTP_PASSWORD": "",
        },
    )
    assert result.exit_code == 2
    assert message in result.output

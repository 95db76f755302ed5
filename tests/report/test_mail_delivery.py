"""Issue 12 point 6 and issue 13 point 12, against real aiosmtpd servers on 127.0.0.1: each
recipient gets the message once; a partial refusal says who got it and keeps a copy for the
refused only; a server that goes silent is named as such; `audit --email` takes the SMTP
options; a dry run shows the server, the TLS mode and the recipients."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_mail import SENDER, Server, Sink, _free_port, _start, plain_server  # noqa: F401

from pipeline.cli import main
from pipeline.errors import DeliveryError
from pipeline.report.mail import build_message, email_report, send_message

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NO_ENV = {
    "ORDER_AUDIT_SMTP_HOST": "",
    "ORDER_AUDIT_SMTP_USER": "",
    "ORDER_AUDIT_SMTP_PASSWORD": "",
    "ORDER_AUDIT_SMTP_FROM": "",
}


class RefusingSink(Sink):
    """Takes every recipient but those on its list, which it refuses with 550."""

    def __init__(self, refuse: set[str]) -> None:
        super().__init__()
        self.refuse = refuse
        self.rcpts: list[str] = []

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        self.rcpts.append(address)
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class SilentSink(Sink):
    """Takes the message, then says nothing for longer than the client waits."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        await asyncio.sleep(4)
        return "250 too late"


def _serve(handler: Sink) -> Iterator[Server]:
    controller = aiosmtpd_controller.Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield Server(controller, handler)
    finally:
        controller.stop()


@pytest.fixture
def refusing_server() -> Iterator[Server]:
    yield from _serve(RefusingSink({"gone@example.com", "typo@example.com"}))


@pytest.fixture
def silent_server() -> Iterator[Server]:
    yield from _serve(SilentSink())


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bank-change sample audited once: (order folder, report folder)."""
    from pipeline.audit import audit_order
    from pipeline.report import write_reports

    root = tmp_path_factory.mktemp("mail")
    order = Path(shutil.copytree(SAMPLES / "steel-bottles-bank-change", root / "order"))
    past = time.time() - 3600
    for path in order.rglob("*"):
        os.utime(path, (past, past))
    out = root / "out"
    write_reports(audit_order(order), out, formats=["json", "html", "md", "txt"])
    return order, out


@pytest.fixture
def report_dir(sample_reports: tuple[Path, Path], tmp_path: Path) -> Path:
    return Path(shutil.copytree(sample_reports[1], tmp_path / "out"))


def test_each_recipient_gets_the_message_once(plain_server: Server, report_dir: Path) -> None:  # noqa: F811
    msg = build_message(
        report_dir,
        to=["a@example.com", "A@example.com", "b@example.com"],
        cc=["b@example.com", "c@example.com"],
        sender=SENDER,
        attach=False,
    )
    accepted = send_message(
        msg, host=plain_server.host, port=plain_server.port, security="none", timeout=10
    )
    assert accepted == ("a@example.com", "b@example.com", "c@example.com")
    (envelope,) = plain_server.sink.envelopes
    assert envelope.rcpt_tos == ["a@example.com", "b@example.com", "c@example.com"]


def test_a_partial_refusal_says_who_got_it_and_keeps_a_copy_for_the_refused(
    refusing_server: Server, report_dir: Path
) -> None:
    env = {
        "ORDER_AUDIT_SMTP_HOST": "127.0.0.1",
        "ORDER_AUDIT_SMTP_PORT": str(refusing_server.port),
        "ORDER_AUDIT_SMTP_SECURITY": "none",
    }
    to = ["cfo@example.com", "gone@example.com", "buyer@example.com", "typo@example.com"]
    with pytest.raises(DeliveryError) as caught:
        email_report(report_dir, to=to, sender=SENDER, env=env, order_dir=None)
    message = str(caught.value)
    assert "delivered to cfo@example.com, buyer@example.com" in message
    assert "refused gone@example.com (550 5.1.1 mailbox unavailable)" in message
    (envelope,) = refusing_server.sink.envelopes  # one message, to the two that were taken
    assert envelope.rcpt_tos == ["cfo@example.com", "buyer@example.com"]
    (kept,) = (report_dir / "outbox").glob("*.eml")
    assert str(kept) in message
    copy = message_from_bytes(kept.read_bytes(), policy=policy.default)
    assert copy["To"] == "gone@example.com, typo@example.com" and copy["Cc"] is None
    assert copy["Subject"].startswith("[HOLD] HP-2026-031")


def test_every_recipient_refused_is_a_clear_error(
    refusing_server: Server, report_dir: Path
) -> None:
    msg = build_message(report_dir, to=["gone@example.com"], sender=SENDER, attach=False)
    with pytest.raises(DeliveryError, match=r"every recipient was refused: gone@example.com \(550"):
        send_message(
            msg, host=refusing_server.host, port=refusing_server.port, security="none", timeout=10
        )
    assert refusing_server.sink.envelopes == []


def test_a_server_that_goes_silent_is_named_as_such(
    silent_server: Server, report_dir: Path
) -> None:
    msg = build_message(report_dir, to=["cfo@example.com"], sender=SENDER, attach=False)
    with pytest.raises(DeliveryError) as caught:
        send_message(
            msg, host=silent_server.host, port=silent_server.port, security="none", timeout=1.5
        )
    message = str(caught.value)
    assert "no answer within 1.5 s: the server went silent after the message was sent" in message
    assert "may or may not have been delivered" in message
    assert "closed the connection" not in message  # the old, wrong explanation


def test_a_server_that_never_greets_is_named_as_such(report_dir: Path) -> None:
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the connection (backlog), never says a word
        port = listener.getsockname()[1]
        msg = build_message(report_dir, to=["cfo@example.com"], sender=SENDER, attach=False)
        with pytest.raises(DeliveryError) as caught:
            send_message(msg, host="127.0.0.1", port=port, security="none", timeout=1)
    assert "no answer within 1 s: the server accepted the connection but sent no greeting" in str(
        caught.value
    )


def test_audit_email_takes_the_smtp_options(
    plain_server: Server,  # noqa: F811
    sample_reports: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    order, _ = sample_reports
    out = tmp_path / "out"
    args = ["audit", str(order), "--out", str(out), "--email", "--from", SENDER]
    args += ["--to", "cfo@example.com", "--to", "CFO@example.com", "--to", "buyer@example.com"]
    args += ["--host", "127.0.0.1", "--port", str(plain_server.port), "--no-tls", "--timeout", "10"]
    args += ["--attach", "pdf,json"]
    result = CliRunner().invoke(main, args, env=NO_ENV)
    assert result.exit_code == 0, result.output
    assert f"via 127.0.0.1:{plain_server.port}, no TLS, no login" in result.output
    envelope = plain_server.sink.envelopes[0]
    assert envelope.rcpt_tos == ["cfo@example.com", "buyer@example.com"]
    received = message_from_bytes(envelope.content, policy=policy.default)
    assert {p.get_filename() for p in received.iter_attachments()} == {
        "report.pdf",
        "findings.json",
    }


def test_dry_run_shows_server_tls_and_recipients(report_dir: Path, tmp_path: Path) -> None:
    args = ["email", str(report_dir), "--from", SENDER, "--to", "a@example.com"]
    args += ["--to", "b@example.com", "--host", "smtp.example.com", "--ssl", "--dry-run"]
    result = CliRunner().invoke(main, args, env=NO_ENV)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Server: smtp.example.com:465, implicit TLS, no login, timeout 30 s"
    assert lines[1] == "Recipients: a@example.com, b@example.com"
    assert "Attachment: report.pdf (" in result.output
    assert "(dry run: nothing sent)" in result.output
    unset = CliRunner().invoke(main, args[:6] + ["--dry-run"], env=NO_ENV)
    assert unset.exit_code == 0, unset.output
    assert unset.output.startswith("Server: not usable: no SMTP server: give --host")


def test_a_failed_send_says_where_the_message_is_kept(report_dir: Path) -> None:
    port = _free_port()  # nothing listens there
    args = ["email", str(report_dir), "--from", SENDER, "--to", "a@example.com"]
    args += ["--host", "127.0.0.1", "--port", str(port), "--no-tls"]
    result = CliRunner().invoke(main, args, env=NO_ENV)
    assert result.exit_code == 2
    (kept,) = (report_dir / "outbox").glob("*.eml")
    assert f"The message is kept at {kept}" in result.output
    assert not list(report_dir.glob("*.eml"))

"""Issue 17: nightly runs over a generated portfolio, with a real SMTP server on 127.0.0.1
(aiosmtpd, started and stopped here): the first run mails everything new, an edited document
mails only its order, a run with no change and a re-run mail nothing; the batch lock stops a
second run with one sentence."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from batch_test_workers import require_chain
from click.testing import CliRunner
from portfolio import edited, inspection_md, write_order, write_portfolio

from pipeline.batch.lock import EXIT_LOCKED, LOCK_FILE, batch_lock
from pipeline.batch.nightly import NotifySettings, run_nightly
from pipeline.portfolio.history import HISTORY_FILE, open_history
from pipeline.report.smtp import SmtpSettings

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

SENDER = "Order Audit <audit@example.com>"
TODAY = date(2026, 3, 25)  # JH-2's balance falls due on 2026-03-30: within 7 days


class Sink:
    """aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def take(self) -> dict[str, EmailMessage]:
        """The messages received since the last take, by recipient."""
        out = {}
        for envelope in self.envelopes:
            msg = message_from_bytes(envelope.content, policy=policy.SMTP)
            assert isinstance(msg, EmailMessage)
            for rcpt in envelope.rcpt_tos:
                assert rcpt not in out, f"{rcpt} got two messages in one run"
                out[rcpt] = msg
        self.envelopes.clear()
        return out


@dataclass
class Server:
    host: str
    port: int
    sink: Sink


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    sink = Sink()
    controller = aiosmtpd_controller.Controller(sink, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield Server("127.0.0.1", controller.port, sink)
    finally:
        controller.stop()


def _notify(server: Server, **kw: Any) -> NotifySettings:
    smtp = SmtpSettings(host=server.host, port=server.port, security="none", timeout=10)
    return NotifySettings(sender=SENDER, smtp=smtp, today=TODAY, **kw)


def _orders_in(msg: EmailMessage) -> list[str]:
    """The order ids a digest lists as changed, in its text part."""
    body = msg.get_body(preferencelist=("plain",))
    assert isinstance(body, EmailMessage)
    text = body.get_content()
    part = text.split("Changed orders", 1)[1] if "Changed orders" in text else ""
    part = part.split("Balance falling due", 1)[0].split("New supplier signals", 1)[0]
    return sorted(re.findall(r"^([A-Z]{2}-2026-\d{3}): ", part, flags=re.MULTILINE))


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(preferencelist=("plain",))
    assert isinstance(body, EmailMessage)
    return str(body.get_content())


ALL = sorted(
    [
        f"{p}-2026-00{n}"
        for p, k in (("BW", 2), ("HD", 3), ("EG", 2), ("JH", 2))
        for n in range(1, k + 1)
    ]
)


def test_nightly_runs_mail_exactly_what_changed(smtp_server: Server, tmp_path: Path) -> None:
    require_chain()
    root, out = tmp_path / "orders", tmp_path / "out"
    write_portfolio(root)

    # Run 1: everything is new. finance@ is a stakeholder of every order; qa@ of HD-3 only.
    first = run_nightly(root, out, jobs=2, notify=_notify(smtp_server))
    assert {r.status for r in first.batch.rows} == {"done"}
    mail = smtp_server.sink.take()
    assert sorted(mail) == ["finance@buyer.example", "qa@buyer.example"]
    assert _orders_in(mail["finance@buyer.example"]) == ALL
    assert _orders_in(mail["qa@buyer.example"]) == ["HD-2026-003"]
    finance = _text(mail["finance@buyer.example"])
    assert "JH-2026-002: balance due on 2026-03-30, in 5 day(s)" in finance
    assert "New supplier signals" in finance and "bank account differs" in finance
    assert mail["finance@buyer.example"]["Subject"].startswith("[order-audit] 9 orders changed")
    assert mail["finance@buyer.example"]["X-Mailer"].startswith("order-audit")

    # Run 2, nothing changed: every order is skipped as unchanged, and no mail goes out.
    second = run_nightly(root, out, jobs=2, notify=_notify(smtp_server))
    assert {r.status for r in second.batch.rows} == {"skipped"}
    assert second.changes == () and second.digests == ()
    assert smtp_server.sink.take() == {}

    # Run 3: one document edited (JH-1's inspection now failed): only JH-1, only to finance@.
    jh1 = edited("JH-1", inspection="FAILED")
    (root / "JH-1" / "inspection" / "inspection.md").write_text(inspection_md(jh1), "utf-8")
    third = run_nightly(root, out, jobs=2, notify=_notify(smtp_server))
    mail = smtp_server.sink.take()
    assert sorted(mail) == ["finance@buyer.example"]
    assert _orders_in(mail["finance@buyer.example"]) == ["JH-2026-001"]
    text = _text(mail["finance@buyer.example"])
    assert "RELEASE -> HOLD" in text and "+ new [high]" in text
    assert "balance due" not in text  # told once, in run 1
    assert [c.name for c in third.changes] == ["JH-1"]

    # Run 4, a re-run: nothing new, nothing sent again.
    fourth = run_nightly(root, out, jobs=2, notify=_notify(smtp_server))
    assert fourth.digests == () and smtp_server.sink.take() == {}

    with open_history(out) as history:
        assert history.run_count() == 4
        assert not history.pending_digests()
    assert (out / HISTORY_FILE).is_file()


def test_a_new_document_and_a_failed_order_via_the_cli(smtp_server: Server, tmp_path: Path) -> None:
    """`order-audit batch --notify --to` on loopback SMTP: the digest goes to --to alone; an
    added document lists its order; a broken order.toml is recorded as failed and said so."""
    require_chain()
    from pipeline.cli import main

    root, out = tmp_path / "orders", tmp_path / "out"
    for name in ("BW-1", "JH-1"):
        write_order(edited(name), root)
    args = [
        "batch",
        str(root),
        "--out",
        str(out),
        "--jobs",
        "1",
        "--notify",
        "--to",
        "cfo@buyer.example",
    ]
    args += [
        "--host",
        smtp_server.host,
        "--port",
        str(smtp_server.port),
        "--no-tls",
        "--from",
        SENDER,
    ]
    env = {"ORDER_AUDIT_SMTP_USER": "", "ORDER_AUDIT_SMTP_PASSWORD": ""}
    run = CliRunner().invoke(main, args, env=env)
    assert run.exit_code == 0, run.output
    assert "Digest sent to cfo@buyer.example." in run.output
    assert sorted(smtp_server.sink.take()) == ["cfo@buyer.example"]

    # A document added to BW-1 (a chat agreeing a longer lead time), JH-1's order.toml broken.
    chat = root / "BW-1" / "chat" / "WhatsApp Chat with Lily Chen.txt"
    chat.parent.mkdir()
    chat.write_text(
        "12/01/2026, 10:03 - Lily Brightway: Production time will be 45 days after deposit "
        "instead of 35 days. Is it ok for you?\n"
        "12/01/2026, 11:49 - Anna Keller: ok go ahead, 45 days is fine\n",
        "utf-8",
    )
    (root / "JH-1" / "order.toml").write_text("order_id = [broken\n", "utf-8")
    run = CliRunner().invoke(main, args, env=env)
    assert run.exit_code == 3, run.output  # an order failed
    mail = smtp_server.sink.take()
    assert sorted(mail) == ["cfo@buyer.example"]
    text = _text(mail["cfo@buyer.example"])
    assert (
        "BW-2026-001: still RELEASE, findings changed (1 new)" in text
        or "BW-2026-001: RELEASE ->" in text
    )
    assert "the audit failed" in text and "order.toml" in text
    with open_history(out) as history:
        last = history.snapshots_at(history.last_run())
    assert last["JH-1"].status == "failed" and last["JH-1"].verdict == "FAILED"

    run = CliRunner().invoke(main, args, env=env)  # the same again: nothing new to tell
    assert "Digest: nothing changed, nothing sent." in run.output
    assert smtp_server.sink.take() == {}


def test_a_digest_that_could_not_be_sent_is_sent_by_the_next_run(tmp_path: Path) -> None:
    require_chain()
    root, out = tmp_path / "orders", tmp_path / "out"
    write_order(edited("BW-1"), root)
    refused = SmtpSettings(host="127.0.0.1", port=_free_port(), security="none", timeout=5)
    first = run_nightly(
        root, out, jobs=1, notify=NotifySettings(sender=SENDER, smtp=refused, today=TODAY)
    )
    assert first.delivery is not None and first.delivery.failed
    assert "stays queued" in first.delivery.failed[0]
    outbox = tmp_path / "outbox"
    second = run_nightly(
        root, out, jobs=1, notify=NotifySettings(sender=SENDER, outbox=outbox, today=TODAY)
    )
    assert second.digests == ()  # nothing changed since run 1 ...
    assert (
        second.delivery is not None and len(second.delivery.written) == 1
    )  # ... but run 1's digest goes now
    assert len(list(outbox.glob("*.eml"))) == 1
    third = run_nightly(
        root, out, jobs=1, notify=NotifySettings(sender=SENDER, outbox=outbox, today=TODAY)
    )
    assert third.delivery is not None and not third.delivery.written
    assert len(list(outbox.glob("*.eml"))) == 1


def test_a_second_run_while_the_first_holds_the_lock_stops_with_one_sentence(
    tmp_path: Path,
) -> None:
    from pipeline.cli import main

    root, out = tmp_path / "orders", tmp_path / "out"
    write_order(edited("BW-1"), root)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from pipeline.batch.lock import batch_lock\n"
            "with batch_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        run = CliRunner().invoke(main, ["batch", str(root), "--out", str(out)])
        assert time.monotonic() - started < 10  # it does not wait for the other run
    finally:
        holder.kill()
        holder.wait()
    assert run.exit_code == EXIT_LOCKED
    assert run.output.count("\n") == 1, run.output
    assert "another order-audit batch is running on this output folder" in run.output
    assert f"(pid {holder.pid}," in run.output
    assert not (out / "index.html").exists() and not (out / HISTORY_FILE).exists()
    # Once the holder is gone (killed: the kernel drops its lock), the lock is free again.
    with batch_lock(out) as path:
        assert path.name == LOCK_FILE


def test_a_history_file_that_is_not_one_is_one_sentence(tmp_path: Path) -> None:
    from pipeline.cli import main

    root, out = tmp_path / "orders", tmp_path / "out"
    write_order(edited("BW-1"), root)
    out.mkdir()
    (out / HISTORY_FILE).write_bytes(b"not a database at all" * 100)
    run = CliRunner().invoke(main, ["batch", str(root), "--out", str(out)])
    assert run.exit_code == 2
    assert f"{out / HISTORY_FILE}: is not an order-audit history database" in run.output
    assert not (out / "BW-1").exists()  # stopped before auditing anything


def test_mail_options_need_notify(tmp_path: Path) -> None:
    from pipeline.cli import main

    run = CliRunner().invoke(main, ["batch", str(tmp_path), "--to", "a@example.com"])
    assert run.exit_code == 2 and "--to applies only with --notify" in run.output


def test_supplier_signals_json_and_findings_stay_valid(tmp_path: Path) -> None:
    """The index links the Suppliers page; each order's findings.json passes the contract check."""
    require_chain()
    root, out = tmp_path / "orders", tmp_path / "out"
    write_portfolio(root)
    run_nightly(root, out, jobs=2)
    data = json.loads((out / "supplier-signals.json").read_text("utf-8"))
    kinds = {(s["kind"], tuple(s["orders"])) for s in data["signals"]}
    assert kinds == {
        ("bank_differs", ("BW-1", "BW-2")),
        ("price_creep", ("HD-1", "HD-2", "HD-3")),
        ("lead_time_creep", ("HD-1", "HD-2", "HD-3")),
        ("repeated_chat_only", ("EG-1", "EG-2")),
        ("repeated_failed_inspection", ("EG-1", "EG-2")),
    }
    assert not [s for s in data["signals"] if {"JH-1", "JH-2"} & set(s["orders"])]  # the clean one
    tied = {g["name"].split()[1]: g["tied_by"] for g in data["suppliers"]}
    assert tied["Hengda"] == ["name"] and tied["Brightway"] == [
        "domain:brightway-housewares.example"
    ]
    index = (out / "index.html").read_text("utf-8")
    assert 'href="suppliers.html"' in index and "suppliers.html#supplier-" in index
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    by_order = {o["order_id"]: o["supplier_signals"] for o in summary["orders"]}
    assert len(by_order["HD-2026-002"]) == 2 and by_order["JH-2026-001"] == []
    check = Path(__file__).resolve().parents[3] / "shared" / "checks" / "check_findings.py"
    if not check.is_file():
        pytest.skip("../shared/checks/check_findings.py is absent")
    for folder in sorted(root.iterdir()):
        result = subprocess.run(
            [sys.executable, str(check), str(out / folder.name / "findings.json"), str(folder)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout

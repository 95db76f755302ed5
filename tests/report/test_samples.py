"""Reports of the real sample orders (the whole chain): every file listed, supplier text escaped,
the contract check passes, and a sample's review arrives by mail with order.toml's stakeholders."""

from __future__ import annotations

import subprocess
import sys
from email import message_from_bytes, policy
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mail import Server, plain_server  # noqa: F401 - the fixture is used by name

from pipeline.cli import main
from pipeline.config import load_order_config
from pipeline.model import Audit
from pipeline.report import render_markdown, summary_lines, write_reports

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_DIRS = sorted(p.parent.name for p in SAMPLES.glob("*/order.toml"))

pytestmark = pytest.mark.slow


@cache
def sample_audit(name: str) -> Audit:
    from pipeline.audit import audit_order

    return audit_order(SAMPLES / name)


@pytest.mark.parametrize("name", SAMPLE_DIRS)
def test_sample_reports(name: str, tmp_path: Path, shared_dir: Path) -> None:
    audit = sample_audit(name)
    written = write_reports(audit, tmp_path, formats=["json", "html", "md", "txt"])
    html = written["html"].read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    for document in audit.documents:
        assert document.path.replace("&", "&amp;").replace("'", "&#39;") in html
    assert f"\n# {audit.verdict} · " in render_markdown(audit)
    assert summary_lines(audit, color=False)[0].startswith(f" {audit.verdict}  ")
    check = shared_dir / "checks" / "check_findings.py"
    result = subprocess.run(
        [sys.executable, str(check), str(written["json"]), str(SAMPLES / name)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_sample_review_arrives_by_mail(plain_server: Server, tmp_path: Path) -> None:  # noqa: F811
    name = (
        "steel-bottles-bank-change"
        if "steel-bottles-bank-change" in SAMPLE_DIRS
        else SAMPLE_DIRS[0]
    )
    audit = sample_audit(name)
    out = tmp_path / name
    write_reports(audit, out)
    stakeholders = list(load_order_config(SAMPLES / name).stakeholders)
    assert stakeholders, f"samples/{name}/order.toml lists no stakeholders"
    args = ["email", str(out), "--order-dir", str(SAMPLES / name), "--from", "audit@example.com"]
    args += ["--host", "127.0.0.1", "--port", str(plain_server.port), "--no-tls"]
    result = CliRunner().invoke(
        main, args, env={"ORDER_AUDIT_SMTP_PASSWORD": "", "ORDER_AUDIT_SMTP_USER": ""}
    )
    assert result.exit_code == 0, result.output
    envelope = plain_server.sink.envelopes[0]
    assert envelope.rcpt_tos == stakeholders
    received = message_from_bytes(envelope.content, policy=policy.default)
    assert received["Subject"].startswith(
        f"[{audit.verdict}] {audit.order_id} pre-balance review: "
    )
    files = {
        part.get_filename(): part.get_payload(decode=True) for part in received.iter_attachments()
    }
    assert files == {"report.pdf": (out / "report.pdf").read_bytes()}  # the PDF alone by default
    text = received.get_body(preferencelist=("plain",)).get_content()
    assert "What to do next:" in text and "Balance due:" in text
    for reason in audit.reasons:
        if not reason.startswith("Critical: "):
            assert reason in text  # the reasons whole, never cut

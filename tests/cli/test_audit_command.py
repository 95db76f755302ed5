"""`order-audit audit` options: --pdf, --email with --outbox, --fail-on and their misuse."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
HOLD_SAMPLE = SAMPLES / "steel-bottles-bank-change"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_email_to_outbox_writes_a_message_with_the_pdf(runner: CliRunner, tmp_path: Path) -> None:
    out, outbox = tmp_path / "out", tmp_path / "outbox"
    args = ["audit", str(HOLD_SAMPLE), "--out", str(out), "--email", "--outbox", str(outbox)]
    args += ["--to", "finance@buyer.example", "--from", "audit@buyer.example"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    (eml,) = outbox.glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["Subject"].startswith("[HOLD]")
    assert message["To"] == "finance@buyer.example"
    names = {part.get_filename() for part in message.iter_attachments()}
    assert names == {"report.pdf"}


def test_fail_on_hold_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["audit", str(HOLD_SAMPLE), "--out", str(tmp_path), "--fail-on", "hold"]
    )
    assert result.exit_code == 1
    assert "HOLD" in result.output
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize(
    "option", [["--to", "a@b.example"], ["--outbox", "x"], ["--from", "a@b.example"]]
)
def test_mail_options_need_email(runner: CliRunner, tmp_path: Path, option: list[str]) -> None:
    result = runner.invoke(main, ["audit", str(HOLD_SAMPLE), "--out", str(tmp_path), *option])
    assert result.exit_code == 2
    assert "only apply with --email" in result.output


def test_a_folder_holding_only_order_toml_and_answer_key_is_no_order(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "order.toml").write_text('order_id = "PO-EMPTY"\n', encoding="utf-8")
    (tmp_path / "expected.json").write_text(
        '{"verdict": "RELEASE", "expected": []}', encoding="utf-8"
    )
    result = runner.invoke(main, ["audit", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "holds no documents" in result.output
    assert "RELEASE" not in result.output

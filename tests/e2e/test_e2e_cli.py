"""The CLI end to end with click's CliRunner: audit, read, extract, eval, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from e2e_helpers import CORPUS_DIR, SAMPLES, SAMPLES_DIR, copy_sample, pipeline_ready

from pipeline.cli import main

BANK = "steel-bottles-bank-change"
CLEAN = "silicone-utensils-clean"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_audit_prints_verdict_and_writes_reports(runner: CliRunner, tmp_path: Path) -> None:
    pipeline_ready()
    result = runner.invoke(main, ["audit", str(SAMPLES_DIR / BANK), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "HOLD" in result.output
    data = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert data["verdict"] == "HOLD"
    assert (tmp_path / "report.html").is_file()
    assert (tmp_path / "report.md").is_file()


@pytest.mark.parametrize(
    ("sample", "fail_on", "code"), [(BANK, "hold", 1), (BANK, "critical", 1), (CLEAN, "hold", 0)]
)
def test_audit_fail_on(
    runner: CliRunner, tmp_path: Path, sample: str, fail_on: str, code: int
) -> None:
    pipeline_ready()
    result = runner.invoke(
        main, ["audit", str(SAMPLES_DIR / sample), "--out", str(tmp_path), "--fail-on", fail_on]
    )
    assert result.exit_code == code, result.output


def test_audit_missing_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["audit", str(tmp_path / "no-such-order")])
    assert result.exit_code == 2
    assert "no such folder" in result.output


def test_audit_empty_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty-order" / "pi").mkdir(parents=True)
    result = runner.invoke(main, ["audit", str(tmp_path / "empty-order")])
    assert result.exit_code == 2
    assert "holds no documents" in result.output


def test_audit_goes_on_past_a_corrupted_pdf(runner: CliRunner, tmp_path: Path) -> None:
    pipeline_ready()
    order = copy_sample(CLEAN, tmp_path)
    (order / "pi" / "PI-scan-broken.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj <</Type /Catalog>>\n%% truncated by the mail gateway"
    )
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(order), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    docs = {d["path"]: d for d in data["documents"]}
    broken = docs["pi/PI-scan-broken.pdf"]
    assert broken["status"] == "unreadable"
    assert "PI-scan-broken.pdf" in broken["error"]
    assert docs["pi/JH-PI-260211.pdf"]["status"] == "read"
    assert data["verdict"] in ("REVIEW", "HOLD")  # an unreadable document is never RELEASE


def test_read_whatsapp_export(runner: CliRunner) -> None:
    pipeline_ready()
    chat = next((SAMPLES_DIR / BANK / "chat").glob("*.txt"))
    result = runner.invoke(main, ["read", str(chat)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["format"] == "whatsapp"
    messages = [b for b in data["blocks"] if b["kind"] == "message" and not b["system"]]
    announce = [b for b in messages if "account has changed" in b["text"]]
    assert announce and announce[0]["timestamp"] == "2026-03-09T07:55:10"
    assert announce[0]["sender"] == "Lily Brightway"


def test_read_pi_table_cells(runner: CliRunner) -> None:
    pipeline_ready()
    result = runner.invoke(main, ["read", str(SAMPLES_DIR / BANK / "pi" / "PI-2291-R1.pdf")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    cells = [b for b in data["blocks"] if b["kind"] == "cell"]
    assert any(b["text"] == "TB-500" for b in cells)
    lines = [b["text"] for b in data["blocks"] if b["kind"] == "line"]
    assert any("HSBCHKHHHKH" in t for t in lines)


def test_read_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["read", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_read_corrupted_pdf_is_unreadable_not_a_crash(runner: CliRunner, tmp_path: Path) -> None:
    pipeline_ready()
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    result = runner.invoke(main, ["read", str(bad)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["status"] == "unreadable"
    assert "broken.pdf" in data["error"]


def test_extract_bank_terms_from_the_revised_pi(runner: CliRunner) -> None:
    pipeline_ready()
    pi = SAMPLES_DIR / BANK / "pi" / "PI-2291-R1.pdf"
    result = runner.invoke(
        main, ["extract", str(pi), "--field", "bank.swift", "--field", "bank.account"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    values = {t["field"]: t["value"] for t in data["terms"]}
    assert values == {"bank.swift": "HSBCHKHHHKH", "bank.account": "848123456838"}
    assert all(t["evidence"]["document"] for t in data["terms"])


def test_extract_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    pipeline_ready()
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.docx")])
    assert result.exit_code == 2


def test_eval_samples_recall_one_no_false_alarm(runner: CliRunner) -> None:
    pipeline_ready()
    result = runner.invoke(
        main, ["eval", str(SAMPLES_DIR), "--json", "--min-recall", "1.0", "--max-false-alarms", "0"]
    )
    data = json.loads(result.output)
    assert data["cases"] == len(SAMPLES)
    assert data["recall"] == 1.0, [c["missed"] for c in data["per_case"] if c["missed"]]
    assert data["false_alarms"] == 0, [
        c["false_alarms"] for c in data["per_case"] if c["false_alarms"]
    ]
    assert data["verdict_accuracy"] == 1.0
    assert result.exit_code == 0


def test_eval_verbose_text(runner: CliRunner) -> None:
    pipeline_ready()
    result = runner.invoke(main, ["eval", str(SAMPLES_DIR / CLEAN), "-v"])
    assert result.exit_code == 0, result.output
    assert "recall:" in result.output and "verdict accuracy:" in result.output
    assert CLEAN in result.output.splitlines()[0]  # the case line names the case folder


def test_eval_threshold_failure_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    pipeline_ready()
    case = copy_sample(CLEAN, tmp_path)
    key = {
        "verdict": "HOLD",
        "expected": [{"field": "bank.swift", "status": "undocumented_change"}],
    }
    (case / "expected.json").write_text(json.dumps(key), encoding="utf-8")
    result = runner.invoke(main, ["eval", str(tmp_path), "--min-recall", "0.95"])
    assert result.exit_code == 1
    assert "recall 0.000 is below 0.95" in result.output


def test_eval_missing_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["eval", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "not a folder of labelled cases" in result.output


def test_eval_folder_without_cases(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "order" / "pi").mkdir(parents=True)
    result = runner.invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "expected.json" in result.output


def test_eval_bad_answer_key(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "expected.json").write_text(
        '{"verdict": "PAY", "expected": []}', encoding="utf-8"
    )
    result = runner.invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "verdict 'PAY'" in result.output


def test_eval_only_selects_cases_by_tag(runner: CliRunner) -> None:
    pipeline_ready()
    result = runner.invoke(main, ["eval", str(CORPUS_DIR), "-k", "bank-new-pi", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["cases"] >= 1
    assert all("bank-new-pi" in c["case"] for c in data["per_case"])


def test_eval_only_without_a_match(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", str(CORPUS_DIR), "-k", "no-such-scenario"])
    assert result.exit_code == 2
    assert "no case matching 'no-such-scenario'" in result.output


def test_eval_scores_a_case_whose_audit_fails_and_goes_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    pipeline_ready()
    copy_sample(CLEAN, tmp_path)
    broken = copy_sample(BANK, tmp_path)
    (broken / "order.toml").write_text(
        'order_id = "HP-2026-031\n', encoding="utf-8"
    )  # unterminated string
    result = runner.invoke(main, ["eval", str(tmp_path), "-v"])
    assert result.exit_code == 0, result.output
    assert f"FAIL {BANK}" in result.output
    assert "is not valid TOML" in result.output
    assert f"ok   {CLEAN}" in result.output
    assert "1 failed to audit" in result.output

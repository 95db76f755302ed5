"""Scoring rules of pipeline.evaluate (contract section 5), on audits built in the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.evaluate import AnswerKey, ExpectedFinding, find_cases, load_answer_key, score_case
from pipeline.model import Audit, Evidence, Finding, Observation


def finding(field: str, status: str, severity: str, item: str | None = None) -> Finding:
    ev = Evidence(document="pi/PI-1.pdf", quote="...", page=1, line=3)
    return Finding(field=field, status=status, severity=severity, message="m", rule="r", item=item,  # type: ignore[arg-type]
                   observed=Observation("x", ev))  # fmt: skip


def audit(*findings: Finding, verdict: str = "HOLD") -> Audit:
    return Audit(order_id="t", verdict=verdict, reasons=(), documents=(), findings=findings)  # type: ignore[arg-type]


def key(*entries: ExpectedFinding, verdict: str | None = "HOLD") -> AnswerKey:
    return AnswerKey(verdict=verdict, expected=entries)


# fmt: off
CASES = [
    # (expected entries, findings, found, missed, false alarms)
    ("field+status found",
     [ExpectedFinding("material", "undocumented_change")],
     [finding("material", "undocumented_change", "high", "TB-500")], 1, 0, 0),
    ("item must agree when the key names one",
     [ExpectedFinding("material", "undocumented_change", item="TB-750")],
     [finding("material", "undocumented_change", "high", "TB-500")], 0, 1, 1),
    ("item compared without case and spaces",
     [ExpectedFinding("material", "undocumented_change", item="tb 500")],
     [finding("material", "undocumented_change", "high", "TB500")], 1, 0, 0),
    ("wrong status is a miss and a false alarm",
     [ExpectedFinding("lead_time", "chat_only")],
     [finding("lead_time", "undocumented_change", "medium")], 0, 1, 1),
    ("below min_severity is a miss",
     [ExpectedFinding("bank.account", "undocumented_change", min_severity="critical")],
     [finding("bank.account", "undocumented_change", "high")], 0, 1, 0),
    ("low findings are never false alarms",
     [],
     [finding("finish", "undocumented_change", "low")], 0, 0, 0),
    ("match findings are never false alarms",
     [],
     [finding("price.unit", "match", "info")], 0, 0, 0),
    ("an expected match is found",
     [ExpectedFinding("quantity", "match", item="SP-28")],
     [finding("quantity", "match", "info", "SP-28")], 1, 0, 0),
    ("duplicates of an expected finding are not false alarms",
     [ExpectedFinding("bank.swift", "undocumented_change")],
     [finding("bank.swift", "undocumented_change", "critical"), finding("bank.swift", "undocumented_change", "critical")], 1, 0, 0),
    ("unexpected medium finding is a false alarm",
     [],
     [finding("color", "undocumented_change", "medium", "TT-01")], 0, 0, 1),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "entries", "findings", "found", "missed", "false"), CASES, ids=[c[0] for c in CASES]
)
def test_score_case(name: str, entries, findings, found: int, missed: int, false: int) -> None:  # noqa: ANN001
    score = score_case("c", key(*entries), audit(*findings))
    assert (len(score.found), len(score.missed), len(score.false_alarms)) == (found, missed, false)


def test_verdict_and_rates() -> None:
    score = score_case(
        "c",
        key(
            ExpectedFinding("material", "undocumented_change"),
            ExpectedFinding("color", "documented_change"),
            verdict="HOLD",
        ),
        audit(
            finding("material", "undocumented_change", "high"),
            finding("lead_time", "undocumented_change", "medium"),
            verdict="REVIEW",
        ),
    )
    assert score.recall == 0.5
    assert score.precision == 0.5
    assert score.verdict_ok is False
    assert not score.passed
    assert "no finding for this field" in score.missed[0].reason


def write_key(path: Path, data: object) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "expected.json").write_text(json.dumps(data), encoding="utf-8")
    return path / "expected.json"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"verdict": "PAY"}, "verdict 'PAY'"),
        ({"expected": [{"field": "colour", "status": "match"}]}, "not a contract field"),
        ({"expected": [{"field": "color", "status": "changed"}]}, "status 'changed'"),
        (
            {"expected": [{"field": "color", "status": "match", "min_severity": "urgent"}]},
            "min_severity",
        ),
        ({"expected": [{"field": "color", "status": "match", "sku": "A"}]}, "unknown key(s) sku"),
        ({"verdict": "HOLD", "extra": 1}, "unknown key(s) extra"),
        ([], "JSON object"),
    ],
)
def test_bad_answer_keys_name_the_file(tmp_path: Path, data: object, message: str) -> None:
    path = write_key(tmp_path / "case", data)
    with pytest.raises(ConfigError) as err:
        load_answer_key(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_answer_key_accepts_extension_fields(tmp_path: Path) -> None:
    path = write_key(
        tmp_path / "c",
        {"verdict": "HOLD", "expected": [{"field": "x.arithmetic", "status": "conflict"}]},
    )
    assert load_answer_key(path).expected[0].field == "x.arithmetic"


def test_find_cases_is_recursive_and_skips_hidden(tmp_path: Path) -> None:
    write_key(tmp_path / "a", {})
    write_key(tmp_path / "group" / "b", {})
    write_key(tmp_path / ".trash" / "c", {})
    assert [p.relative_to(tmp_path).as_posix() for p in find_cases(tmp_path)] == ["a", "group/b"]


@pytest.mark.parametrize(
    "folder",
    sorted(
        p.parent.name
        for p in (Path(__file__).resolve().parents[2] / "corpus" / "cases").glob("*/expected.json")
    ),
)
def test_every_corpus_key_is_valid(folder: str) -> None:
    root = Path(__file__).resolve().parents[2] / "corpus" / "cases" / folder
    k = load_answer_key(root / "expected.json")
    assert k.verdict in ("HOLD", "REVIEW", "RELEASE")


def test_by_tag_counts_cases_and_passes() -> None:
    from pipeline.evaluate import EvalReport

    ok = score_case("a", AnswerKey("HOLD", (ExpectedFinding("material", "undocumented_change"),), tags=("downgrade", "en")),
                    audit(finding("material", "undocumented_change", "high")))  # fmt: skip
    bad = score_case("b", AnswerKey("HOLD", (ExpectedFinding("material", "undocumented_change"),), tags=("downgrade", "zh")),
                     audit(finding("color", "undocumented_change", "medium")))  # fmt: skip
    tags = EvalReport(root="r", cases=(ok, bad)).by_tag()
    assert tags["downgrade"] == {
        "cases": 2,
        "passed": 1,
        "expected": 2,
        "found": 1,
        "false_alarms": 1,
    }
    assert tags["en"]["passed"] == 1 and tags["zh"]["passed"] == 0

"""Every bundled sample, audited end to end: its expected findings, verdict and a valid findings.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from e2e_helpers import SAMPLES, SAMPLES_DIR, audit_sample, pipeline_ready

from pipeline.evaluate import is_alarm, load_answer_key, matches
from pipeline.model import severity_rank


def test_there_are_at_least_four_samples() -> None:
    assert len(SAMPLES) >= 4, SAMPLES


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_expected_findings(sample: str) -> None:
    pipeline_ready()
    audit = audit_sample(sample)
    key = load_answer_key(SAMPLES_DIR / sample / "expected.json")
    seen = [(f.field, f.item, f.status, f.severity) for f in audit.findings if f.status != "match"]
    for entry in key.expected:
        hits = [f for f in audit.findings if matches(entry, f)]
        assert hits, f"{sample}: expected {entry.describe()}, the audit gave {seen}"
        if entry.min_severity:
            worst = min(severity_rank(f.severity) for f in hits)
            assert worst <= severity_rank(entry.min_severity), (
                f"{sample}: {entry.describe()} at {hits[0].severity}"
            )  # type: ignore[arg-type]


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_verdict(sample: str) -> None:
    pipeline_ready()
    audit = audit_sample(sample)
    key = load_answer_key(SAMPLES_DIR / sample / "expected.json")
    assert audit.verdict == key.verdict, f"{sample}: {audit.verdict} ({'; '.join(audit.reasons)})"


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_has_no_false_alarm(sample: str) -> None:
    pipeline_ready()
    audit = audit_sample(sample)
    key = load_answer_key(SAMPLES_DIR / sample / "expected.json")
    false = [
        f"{f.field} [{f.item}] {f.status} {f.severity}: {f.observed.evidence.document if f.observed and f.observed.evidence else '-'}"
        for f in audit.findings
        if is_alarm(f) and not any(matches(e, f) for e in key.expected)
    ]
    assert not false, f"{sample}: false alarms {false}"


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_every_file_is_a_document(sample: str) -> None:
    pipeline_ready()
    audit = audit_sample(sample)
    folder = SAMPLES_DIR / sample
    files = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file()
        and p.name not in ("expected.json", "order.toml")
        and not p.name.startswith(".")
    }
    listed = {d.path for d in audit.documents}
    assert files == listed
    assert all(d.status == "read" for d in audit.documents), [
        (d.path, d.error) for d in audit.documents if d.status != "read"
    ]


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_findings_json_passes_the_shared_check(
    sample: str, shared_dir: Path, tmp_path: Path
) -> None:
    pipeline_ready()
    from pipeline.report import write_reports

    written = write_reports(audit_sample(sample), tmp_path, formats=["json", "html", "md"])
    findings = tmp_path / "findings.json"
    assert findings.is_file(), written
    data = json.loads(findings.read_text(encoding="utf-8"))
    assert data["verdict"] in ("HOLD", "REVIEW", "RELEASE")
    check = shared_dir / "checks" / "check_findings.py"
    run = subprocess.run(
        [sys.executable, str(check), str(findings), str(SAMPLES_DIR / sample)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().splitlines()[-1] == "ok"

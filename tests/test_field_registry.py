"""The field registry (pipeline/data/fields.toml): every stage's field tables derive from it, a
half-registered field fails at start-up, and a new field needs only a registry entry and its
extractor function."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.compare.findings import FIELD_LABELS
from pipeline.compare.policy import default_policy
from pipeline.compare.values import COMPARATORS, DISPLAY
from pipeline.errors import RuleFileError
from pipeline.extract.field_table import EXTRACTORS, LABEL_TARGETS, targets_of
from pipeline.field_registry import REGISTRY_FILE, field_names, load_registry, registry
from pipeline.model import FIELDS
from pipeline.report.formatting import field_label

ROOT = Path(__file__).resolve().parent.parent


def test_every_contract_field_is_registered_in_the_contracts_order() -> None:
    names = [n for n in registry() if not n.startswith("x.")]
    assert tuple(names) == FIELDS


def test_every_stage_table_is_derived_from_the_registry() -> None:
    specs = registry()
    assert set(COMPARATORS) == set(specs)
    assert set(FIELD_LABELS) == set(specs)
    assert set(EXTRACTORS) == set(field_names(read_by="segment"))
    assert set(DISPLAY) == {n for n, s in specs.items() if s.display}
    policy = default_policy()
    for name, spec in specs.items():
        assert policy._field_default(name) == spec.severity
        assert (name in policy.tolerances) == (spec.tolerance is not None)
    assert policy.params["missing"]["commercial"] == [
        "price.unit", "currency", "quantity", "incoterm", "payment.deposit", "lead_time",
    ]  # fmt: skip
    assert policy.params["missing"]["per_item"] == ["price.unit", "quantity"]
    assert policy.params["conflict"]["per_item"]["fields"] == [
        "price.unit", "price.total", "quantity",
    ]  # fmt: skip
    assert field_label("bank.swift") == "SWIFT/BIC code"  # report_label
    assert field_label("x.supplier.uscc") == "Supplier credit code (USCC)"
    assert LABEL_TARGETS["payment"] == ("payment.deposit", "payment.balance")
    assert targets_of("price.total") == ("price.total", "quantity")  # label_also


def _registry_with(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "fields.toml"
    path.write_text(REGISTRY_FILE.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("extra", "where", "reason"),
    [
        ('["x.volt"]\nlabel = "Voltage"\n', "x.volt.group", "is required"),
        (
            '["x.volt"]\nlabel="V"\ngroup="product"\nscope="item"\nshape="s"\ncompare="text"\n'
            'severity="urgent"\nread_by="rule"\n',
            "x.volt.severity",
            "'urgent' is not one of critical",
        ),
        (
            '["x.volt"]\nlabel="V"\ngroup="product"\nscope="item"\nshape="s"\ncompare="text"\n'
            'severity="high"\nread_by="segment"\n',
            "x.volt.extractor",
            "is required exactly when read_by is 'segment'",
        ),
        (
            '["x.volt"]\nlabel="V"\ngroup="product"\nscope="item"\nshape="s"\ncompare="text"\n'
            'severity="high"\nread_by="rule"\ntraits=["shiny"]\n',
            "x.volt.traits",
            "unknown trait 'shiny'",
        ),
        ('["volt"]\nlabel = "V"\n', "volt", "is neither a contract field nor an extension"),
    ],
)
def test_a_half_registered_field_is_an_error_naming_the_file_and_the_field(
    tmp_path: Path, extra: str, where: str, reason: str
) -> None:
    path = _registry_with(tmp_path, extra)
    with pytest.raises(RuleFileError) as raised:
        load_registry(path)
    assert str(path) in str(raised.value)
    assert where in str(raised.value)
    assert reason in str(raised.value)


def test_an_unregistered_contract_field_is_an_error(tmp_path: Path) -> None:
    text = REGISTRY_FILE.read_text(encoding="utf-8")
    start = text.index('["warranty"]')
    end = text.index("# Bank fields")
    path = tmp_path / "fields.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(RuleFileError, match="warranty.*is a contract field and must be registered"):
        load_registry(path)


def _run_cli(
    args: list[str], registry_file: Path, extra_path: Path
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["ORDER_AUDIT_FIELDS"] = str(registry_file)
    env["PYTHONPATH"] = os.pathsep.join((str(ROOT), str(extra_path)))
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_an_unknown_comparator_stops_the_run_with_one_sentence(tmp_path: Path) -> None:
    path = _registry_with(
        tmp_path,
        '["x.volt"]\nlabel="V"\ngroup="product"\nscope="item"\nshape="s"\ncompare="volts"\n'
        'severity="high"\nread_by="rule"\n',
    )
    done = _run_cli(
        [
            "audit",
            str(ROOT / "samples" / "silicone-utensils-clean"),
            "--out",
            str(tmp_path / "out"),
        ],
        path,
        tmp_path,
    )
    assert done.returncode != 0
    assert "x.volt.compare" in done.stderr and "'volts' is not a comparator" in done.stderr
    assert "Traceback" not in done.stderr


TOY_EXTRACTOR = '''
"""A site's own field: the rated voltage of an appliance ("Voltage: 220 V")."""
import re

from pipeline.extract.segment import Found, Segment

_VOLTS = re.compile(r"(\\d{2,3})\\s*V(?:AC)?\\b", re.I)


def extract_voltage(seg: Segment) -> list[Found]:
    if not seg.labelled("x.voltage"):
        return []
    found = _VOLTS.search(seg.value)
    return [Found(f"{found.group(1)} V", found.group(0), "voltage")] if found else []
'''

TOY_FIELD = """
["x.voltage"]
label = "Rated voltage"
group = "product"
scope = "item"
shape = "volts as text"
compare = "text"
severity = "high"
read_by = "segment"
extractor = "toy_voltage:extract_voltage"
labels = ["voltage", "rated voltage", "电压"]
"""


def test_a_toy_field_is_added_through_the_registry_alone(tmp_path: Path) -> None:
    (tmp_path / "toy_voltage.py").write_text(TOY_EXTRACTOR, encoding="utf-8")
    registry_file = _registry_with(tmp_path, TOY_FIELD)
    order = tmp_path / "kettle"
    for folder, name, text in (
        ("spec", "spec.md", "# Kettle KT-1 specification\n\nMaterial: SS304\nRated voltage: 220 V\n"),
        ("pi", "PI-001.txt", "PROFORMA INVOICE PI-001\nDate: 2026-03-01\nMaterial: SS304\nVoltage: 110 V\n"),
    ):  # fmt: skip
        (order / folder).mkdir(parents=True)
        (order / folder / name).write_text(text, encoding="utf-8")
    (order / "order.toml").write_text('order_id = "KT-1"\n', encoding="utf-8")
    out = tmp_path / "out"
    done = _run_cli(["audit", str(order), "--out", str(out)], registry_file, tmp_path)
    assert done.returncode == 0, done.stderr
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]
    voltage = [f for f in findings if f["field"] == "x.voltage"]
    assert [(f["status"], f["severity"]) for f in voltage] == [("undocumented_change", "high")]
    assert voltage[0]["baseline"]["value"] == "220 V"
    assert voltage[0]["observed"]["value"] == "110 V"
    assert "Rated voltage" in (out / "report.md").read_text(encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, str(ROOT.parent / "shared" / "checks" / "check_findings.py"), str(out / "findings.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if (ROOT.parent / "shared" / "checks").is_dir():
        assert checked.returncode == 0, checked.stdout + checked.stderr

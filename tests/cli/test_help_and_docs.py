"""Issue 12, point 7: what --help and the README say is true, and a mistyped field is an error."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli.batch import EXIT_ORDERS_FAILED
from pipeline.cli.common import EXIT_FAIL_ON, EXIT_USAGE

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_examples_name_samples_that_exist(name: str | None) -> None:
    command: click.Command = main if name is None else main.commands[name]
    text = command.help or ""
    examples = [line for line in text.splitlines() if "Example:" in line]
    assert examples, f"{name or 'order-audit'} --help has no Example:"
    for path in re.findall(r"samples/[^\s]+", " ".join(examples)):
        assert (ROOT / path.rstrip(".,")).exists(), (
            f"{name} --help names {path}, which is not there"
        )


def test_readme_exit_codes_match_the_cli() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("Exit codes:") :].split("\n\n")[0]
    parts = re.split(r"`(\d)` ", paragraph)[1:]
    codes = dict(zip(parts[::2], parts[1::2], strict=True))
    assert set(codes) == {"0", str(EXIT_FAIL_ON), str(EXIT_USAGE), str(EXIT_ORDERS_FAILED)}
    assert "--fail-on" in codes[str(EXIT_FAIL_ON)] and "batch" not in codes[str(EXIT_FAIL_ON)]
    assert "batch order" in codes[str(EXIT_ORDERS_FAILED)]
    assert "cannot be written" in " ".join(codes[str(EXIT_USAGE)].split())


def test_an_unknown_field_is_a_usage_error() -> None:
    pdf = ROOT / "samples" / "steel-bottles-bank-change" / "pi" / "PI-2291.pdf"
    result = CliRunner().invoke(main, ["extract", str(pdf), "--field", "bank.swfit"])
    assert result.exit_code == 2
    assert "--field bank.swfit: no such field. Did you mean bank.swift?" in result.output
    ok = CliRunner().invoke(main, ["extract", str(pdf), "--field", "bank.swift"])
    assert ok.exit_code == 0 and '"field": "bank.swift"' in ok.output


def test_a_typo_inside_supplier_is_an_error(tmp_path: Path) -> None:
    order = tmp_path / "order"
    (order / "pi").mkdir(parents=True)
    (order / "pi" / "PI-1.txt").write_text("PROFORMA INVOICE\n")
    (order / "order.toml").write_text('[supplier]\nname = "Ningbo Brightway"\nphnoe = "+86 1"\n')
    result = CliRunner().invoke(main, ["audit", str(order), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "supplier: unknown key(s) phnoe; did you mean phone?" in result.output

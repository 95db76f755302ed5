"""docs/rules.md stays current: every rule of RULES is documented, every rule has a docstring."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.compare import RULES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def documented() -> set[str]:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_.]+)` \|", text, flags=re.MULTILINE))


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_is_in_docs_rules_md(rule_id: str, documented: set[str]) -> None:
    assert rule_id in documented, f"docs/rules.md has no table row for {rule_id}"


def test_docs_list_no_rule_that_does_not_exist(documented: set[str]) -> None:
    rule_rows = {d for d in documented if "." in d and not d.startswith("x.") and d.split(".")[0] in
                 {r.split(".")[0] for r in RULES}}  # fmt: skip
    assert rule_rows <= set(RULES)


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_explains_itself(rule_id: str) -> None:
    assert (RULES[rule_id].__doc__ or "").strip(), f"{rule_id} has no docstring"

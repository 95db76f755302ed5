"""Every compare rule has a labelled case in the corpus (issue 5: "each rule has a labelled case")."""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

import pytest
from e2e_helpers import CORPUS_DIR, ROOT


def corpus_generator() -> ModuleType:
    pytest.importorskip("reportlab", reason="the corpus generator needs the test extra's writers")
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "corpus" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def supplier_rule_cases() -> dict[str, str]:
    """Rules whose labelled case is in corpus/supplier (corpus/supplier_cases.py, issue 15)."""
    spec = importlib.util.spec_from_file_location(
        "supplier_cases", ROOT / "corpus" / "supplier_cases.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return dict(module.RULE_CASES)


def test_every_rule_has_a_scenario() -> None:
    try:
        from pipeline.compare import RULES
    except ImportError as exc:
        pytest.skip(f"the compare stage is not importable: {exc}")
    gen = corpus_generator()
    assert sorted(set(RULES) - set(gen.RULE_CASES) - set(supplier_rule_cases())) == [], (
        "rules without a labelled case: add a scenario"
    )
    unknown = {rule: s for rule, s in gen.RULE_CASES.items() if s not in gen.SCENARIOS}
    assert not unknown


def test_every_scenario_is_in_the_committed_corpus() -> None:
    gen = corpus_generator()
    tags = set()
    for key in CORPUS_DIR.glob("*/expected.json"):
        tags.update(json.loads(key.read_text(encoding="utf-8")).get("tags", []))
    assert set(gen.SCENARIOS) <= tags, sorted(set(gen.SCENARIOS) - tags)


@pytest.mark.slow
def test_every_rule_fires_in_its_scenario() -> None:
    """Deleting a rule must fail a gate: each rule's labelled case makes a finding of that rule."""
    from pipeline.audit import audit_order
    from pipeline.compare import RULES

    gen = corpus_generator()
    supplier = supplier_rule_cases()
    silent = []
    for rule in sorted(RULES):
        if rule in supplier:
            cases = [ROOT / "corpus" / "supplier" / supplier[rule]]
        else:
            scenario = gen.RULE_CASES[rule]
            cases = sorted(p.parent for p in CORPUS_DIR.glob(f"*-{scenario}-*/expected.json"))
        assert cases, f"no committed case of scenario {scenario}"
        audit = audit_order(cases[0])
        # a sign folded into the finding of the event it explains keeps its rule id in front
        if not any(
            f.rule == rule or any(line.startswith(f"{rule}: ") for line in f.explanation)
            for f in audit.findings
        ):
            silent.append(f"{rule} ({cases[0].name})")
    assert not silent, f"rules that make no finding in their labelled case: {silent}"

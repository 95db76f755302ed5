"""The lexicons under models/ and the spaCy pipeline built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import RuleFileError
from pipeline.extract import load_nlp, material_info
from pipeline.extract.build_model import build_pipeline, lexicon_patterns
from pipeline.extract.lexicon import read_tsv
from pipeline.extract.nlp import PATTERNS_FILE, pipeline_path

# fmt: off
DOWNGRADES = [
    ("SS304", "SS201"), ("SS316", "SS304"), ("SILICONE_FOOD_GRADE", "SILICONE"),
    ("POLYESTER_600D", "POLYESTER_300D"), ("COTTON_500GSM", "COTTON_400GSM"),
    ("FULL_GRAIN_LEATHER", "PU_LEATHER"), ("BOROSILICATE_GLASS", "SODA_LIME_GLASS"),
    ("AL6061", "AL6063"), ("PORCELAIN", "STONEWARE"), ("SS304", "STAINLESS_STEEL"),
]
# fmt: on


@pytest.mark.parametrize(("better", "worse"), DOWNGRADES)
def test_material_quality_order(better: str, worse: str) -> None:
    a, b = material_info(better), material_info(worse)
    assert a is not None and b is not None
    assert a.family == b.family
    assert a.rank > b.rank


def test_material_info_of_unknown_and_display() -> None:
    assert material_info("UNOBTAINIUM") is None
    info = material_info("polyester_600d")
    assert info is not None and info.display == "600D polyester"
    assert material_info("PP") != material_info("ABS")


def test_every_material_code_has_a_family_and_a_name() -> None:
    from pipeline.extract.lexicon import material_codes

    for code in material_codes():
        info = material_info(code)
        assert info is not None and info.family and info.display and info.rank >= 0


def test_every_synonym_names_a_known_material() -> None:
    from pipeline.extract.lexicon import lexicon_path

    for row in read_tsv(lexicon_path("material_synonyms.tsv"), ("phrase", "code")):
        assert material_info(row["code"]) is not None, row


def test_committed_pipeline_matches_the_lexicons() -> None:
    """models/pipeline is rebuilt by `python -m pipeline.extract.build_model` after a data change."""
    lines = (
        (pipeline_path() / "order_audit_lexicon" / PATTERNS_FILE)
        .read_text(encoding="utf-8")
        .splitlines()
    )
    committed = sorted(json.dumps(json.loads(line), sort_keys=True) for line in lines)
    current = sorted(json.dumps(p, sort_keys=True) for p in lexicon_patterns())
    assert committed == current, "run: python -m pipeline.extract.build_model"


def test_pipeline_loads_once_and_keeps_text() -> None:
    nlp = load_nlp()
    assert load_nlp() is nlp
    text = "材质 Material: 304不锈钢, 单价US$1.85/pc 交期35天"
    doc = nlp(text)
    assert doc.text == text
    labels = {(s.label_, s.id_) for s in doc.spans["lexicon"]}
    assert ("material", "SS304") in labels
    assert ("field_label", "lead_time") in labels


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("shipping by sea", ("material", "PP")),
        ("one pc per bag", ("material", "PC")),
        ("ce", ("certification", "CE")),
    ],
)
def test_short_codes_match_only_as_written(text: str, absent: tuple[str, str]) -> None:
    doc = load_nlp()(text)
    labels = {(s.label_, s.id_) for s in doc.spans["lexicon"]}
    assert absent not in labels


def test_build_pipeline_in_memory_matches_loaded() -> None:
    built = build_pipeline()
    doc = built("food grade silicone lid, Pantone 186C, laser engraved logo")
    assert {s.id_ for s in doc.spans["lexicon"]} >= {"SILICONE_FOOD_GRADE", "laser engraving"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("phrase\tcode\n", "source"),
        ("phrase\tcode\tsource\nsteel\n", "columns"),
        ("phrase\tcode\tsource\n\tSS304\tx\n", "empty"),
    ],
)
def test_bad_lexicon_file_fails_at_load(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError, match=reason):
        list(read_tsv(path, ("phrase", "code")))


@pytest.mark.parametrize(
    ("file", "row", "reason"),
    [
        ("field_labels.tsv", "matrial\tmaterial.grade\ttypo", "contract field"),
        ("intents.tsv", "yes please\tagreement\ttypo", "kind"),
        ("material_synonyms.tsv", "inox 18/10\tSS318\ttypo", "materials.tsv"),
    ],
)
def test_a_lexicon_row_naming_an_unknown_target_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, row: str, reason: str
) -> None:
    import shutil

    from pipeline.extract import build_model
    from pipeline.extract.lexicon import lexicon_path

    copy = tmp_path / "lexicon"
    shutil.copytree(lexicon_path("materials.tsv").parent, copy)
    with (copy / file).open("a", encoding="utf-8") as out:
        out.write(row + "\n")
    monkeypatch.setattr(build_model, "lexicon_path", lambda name: copy / name)
    with pytest.raises(RuleFileError, match=reason):
        build_model.lexicon_patterns()


def test_committed_unit_factors_are_pints() -> None:
    """models/pipeline/unit_factors.json holds pint's factors, so that a run need not start pint."""
    from decimal import Decimal

    from pipeline.extract.normalize import UNIT_FACTORS_FILE, pint_factor, unit_pairs

    factors = json.loads((pipeline_path() / UNIT_FACTORS_FILE).read_text(encoding="utf-8"))
    for unit, target in unit_pairs():
        assert Decimal(factors[f"{unit}->{target}"]) == pint_factor(unit, target), (unit, target)


def test_every_cue_pattern_is_documented_and_used() -> None:
    """models/lexicon/cues.toml: each entry says what it means and where it comes from, and some
    module of pipeline/extract asks for it by name (no dead vocabulary)."""
    import tomllib

    from pipeline.extract.lexicon import cue, cue_regex, lexicon_path

    data = tomllib.loads(lexicon_path("cues.toml").read_text(encoding="utf-8"))
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (Path(__file__).resolve().parents[2] / "pipeline" / "extract").glob("*.py")
    )
    names = [(s, n) for s in ("cues", "patterns") for n in data[s]]
    assert len(names) >= 20
    for section, name in names:
        entry = data[section][name]
        assert entry["means"] and entry["source"], name
        asked = f'cue("{name}")' if section == "cues" else f'cue_regex("{name}")'
        assert asked in code, f"{name} is not used"
        assert cue_regex(name).pattern == cue(name)


def test_an_unknown_cue_is_an_error_naming_the_file() -> None:
    from pipeline.errors import RuleFileError
    from pipeline.extract.lexicon import cue

    with pytest.raises(RuleFileError, match=r"cues\.toml.*no_such_cue.*is not defined"):
        cue("no_such_cue")


def test_currency_and_result_words_come_from_the_lexicon() -> None:
    """models/lexicon/currencies.tsv and inspection_results.tsv: one source for the words the
    money and inspection parsers read (a symbol written before the amount, a word after it)."""
    from pipeline.extract.parse_marks import parse_result
    from pipeline.extract.parse_numbers import CURRENCY_SYMBOLS, currency_code, find_money

    rows = list(
        read_tsv(
            Path(pipeline_path().parent / "lexicon" / "currencies.tsv"),
            ("phrase", "code", "written"),
        )
    )
    assert {r["phrase"].lower(): r["code"] for r in rows} == CURRENCY_SYMBOLS
    assert [(m.text, m.currency) for m in find_money("US$1.85/pc, 12.5元/只, 3,50 euros")] == [
        ("1.85", "USD"), ("12.50", "CNY"), ("3.50", "EUR"),
    ]  # fmt: skip
    assert currency_code("prices in US dollars") == "USD"
    assert [parse_result(t) for t in ("PASSED", "not passed", "on  hold", "不合格")] == [
        "passed", "failed", "pending", "failed",
    ]  # fmt: skip


def test_price_terms_come_from_the_lexicon() -> None:
    """models/lexicon/incoterms.tsv: rules, old codes, dotted codes and written-out names."""
    from pipeline.extract.parse_terms import INCOTERM_ALIASES, INCOTERMS_2020, find_incoterms

    assert len(INCOTERMS_2020) == 11 and INCOTERM_ALIASES["C&F"] == "CFR"
    found = [
        find_incoterms(text, any_case=True)[0][0]["rule"]
        for text in (
            "C&F LA",
            "F.O.B. Shenzhen",
            "Ex-Works factory",
            "Cost, Insurance and Freight",
            "离岸价",
        )
    ]
    assert found == ["CFR", "FOB", "EXW", "CIF", "FOB"]

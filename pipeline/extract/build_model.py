"""Build models/pipeline from the lexicons under models/lexicon.

Run after editing a lexicon:  python -m pipeline.extract.build_model
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

from spacy.language import Language

from pipeline.errors import RuleFileError
from pipeline.extract.field_table import LABEL_GROUPS
from pipeline.extract.lexicon import lexicon_path, material_info, read_tsv
from pipeline.extract.nlp import LexiconMatcher, blank_pipeline, pipeline_path
from pipeline.extract.normalize import UNIT_FACTORS_FILE, pint_factor, unit_pairs
from pipeline.model import FIELDS

# file -> (span label, column with the phrase, column with the canonical value)
LEXICONS: dict[str, tuple[str, str, str]] = {
    "material_synonyms.tsv": ("material", "phrase", "code"),
    "colors.tsv": ("color", "phrase", "color"),
    "certifications.tsv": ("certification", "phrase", "code"),
    "logo_methods.tsv": ("logo", "phrase", "method"),
    "finishes.tsv": ("finish", "phrase", "finish"),
    "packaging_inner.tsv": ("packaging.inner", "phrase", "packaging"),
    "packaging_labels.tsv": ("packaging.label", "phrase", "label"),
    "field_labels.tsv": ("field_label", "phrase", "target"),
    "intents.tsv": ("intent", "phrase", "kind"),
    "ports.tsv": ("port", "alias", "place"),
    "units.tsv": ("unit", "phrase", "unit"),
}

# Short Latin codes (CE, PP, UL, SZ) match only in upper case: "pp" in prose is not polypropylene.
_SHORT_CODE = re.compile(r"^[A-Za-z0-9]{1,3}$")
_EXACT_LABELS = {"material", "certification", "port"}


# What a value of each lexicon may be: checked at build time against the contract's fields.
_LABEL_TARGETS = frozenset((*FIELDS, *LABEL_GROUPS))
# "deferral" ("we need to confirm with finance first") labels no act: it stops a word such as
# 确认 / confirm in the same message from reading as an approval.
_ACT_KINDS = frozenset(
    ("proposal", "approval", "rejection", "bank_announcement", "deferral", "acknowledgement")
)


def _check(file: str, label: str, value: str, phrase: str) -> None:
    path = lexicon_path(file)
    if label == "field_label" and value not in _LABEL_TARGETS:
        raise RuleFileError(
            path,
            phrase,
            f"target {value!r} is neither a contract field nor one of item_key, description, packing, payment, new_value, noise",
        )
    if label == "intent" and value not in _ACT_KINDS:
        raise RuleFileError(
            path, phrase, f"kind {value!r} is not one of {', '.join(sorted(_ACT_KINDS))}"
        )
    if label == "material" and material_info(value) is None:
        raise RuleFileError(path, phrase, f"code {value!r} is not in materials.tsv")


def lexicon_patterns() -> list[dict[str, str]]:
    """Every lexicon row as a phrase pattern {label, pattern, id, case}, checked."""
    patterns: list[dict[str, str]] = []
    for file, (label, phrase_col, value_col) in LEXICONS.items():
        for row in read_tsv(lexicon_path(file), (phrase_col, value_col)):
            phrase = row[phrase_col]
            _check(file, label, row[value_col], phrase)
            if label in _EXACT_LABELS and _SHORT_CODE.match(phrase) and not phrase.isdigit():
                patterns.append(
                    {
                        "label": label,
                        "pattern": phrase.upper(),
                        "id": row[value_col],
                        "case": "exact",
                    }
                )
            else:
                patterns.append(
                    {"label": label, "pattern": phrase, "id": row[value_col], "case": "lower"}
                )
                if "." in phrase and phrase.upper() != phrase:
                    # the tokenizer keeps "N.W." whole but splits "n.w." ("n.w", "."): a dotted
                    # abbreviation is matched as written in capitals too
                    patterns.append(
                        {"label": label, "pattern": phrase.upper(), "id": row[value_col],
                         "case": "lower"}
                    )  # fmt: skip
    return patterns


def build_pipeline() -> Language:
    """A fresh pipeline holding every lexicon as phrase patterns."""
    nlp = blank_pipeline()
    matcher = nlp.get_pipe("order_audit_lexicon")
    assert isinstance(matcher, LexiconMatcher)  # noqa: S101 - the pipe we just added
    matcher.add_patterns(lexicon_patterns())
    return nlp


def main(out: Path | None = None) -> Path:
    target = out or pipeline_path()
    nlp = build_pipeline()
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    # pint's conversion factors, so that a run need not start pint's registry (~0.5 s)
    factors = {f"{unit}->{to}": str(pint_factor(unit, to)) for unit, to in unit_pairs()}
    text = json.dumps(factors, indent=1, sort_keys=True) + "\n"
    (target / UNIT_FACTORS_FILE).write_text(text, encoding="utf-8")
    count = len(nlp.get_pipe("order_audit_lexicon").patterns)  # type: ignore[attr-defined]
    print(f"built {target} with {count} phrase patterns")
    return target


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)

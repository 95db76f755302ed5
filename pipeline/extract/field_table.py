"""The extract stage's field tables, derived from the field registry (pipeline/data/fields.toml).

EXTRACTORS maps every field read from text (`read_by = "segment"`) to the function its registry
entry names: a function of commercial_terms.py or product_terms.py by its name, or any module's
function as "package.module:function" (a site's own field). A name that resolves to nothing is a
RuleFileError when this module loads. The bank fields are read as a block, all at once, by
pipeline/extract/bank_details.py; the supplier's identity by supplier_identity.py.
"""

from __future__ import annotations

import importlib
from functools import cache

from pipeline.errors import RuleFileError
from pipeline.extract import commercial_terms, product_terms
from pipeline.extract.memo import ThreadMemo
from pipeline.extract.segment import Extractor, Found, Segment
from pipeline.field_registry import field_names, registry, registry_path

_BUILT_IN = {
    name: value
    for module in (commercial_terms, product_terms)
    for name, value in vars(module).items()
    if name.startswith("extract_") and callable(value)
}


def _resolve(field_name: str, reference: str) -> Extractor:
    """'extract_price_unit' (built in) or 'package.module:function'."""
    if ":" not in reference:
        found = _BUILT_IN.get(reference)
    else:
        module_name, _, function = reference.partition(":")
        try:
            found = getattr(importlib.import_module(module_name), function, None)
        except ImportError as exc:
            raise RuleFileError(
                registry_path(), f"{field_name}.extractor", f"cannot import {module_name} ({exc})"
            ) from exc
    if not callable(found):
        raise RuleFileError(
            registry_path(), f"{field_name}.extractor", f"{reference!r} names no function"
        )
    return found


def _extractors() -> dict[str, Extractor]:
    return {
        name: _resolve(name, spec.extractor)
        for name, spec in registry().items()
        if spec.read_by == "segment" and spec.extractor
    }


# The one table of field extractors, in registry order (the order terms are read in).
EXTRACTORS: dict[str, Extractor] = _extractors()

# Fields a line-item table's description cell may carry; the product's own come first.
_DESCRIBED = field_names(trait="described")
PRODUCT_FIELDS: tuple[str, ...] = tuple(f for f in _DESCRIBED if registry()[f].group == "product")

# Which extractors a label sends its value to; a field's own label sends it to that field and
# to its `label_also` fields (fields.toml).
LABEL_TARGETS: dict[str, tuple[str, ...]] = {
    "packing": tuple(f for f in EXTRACTORS if f.startswith("packaging.")),
    "payment": tuple(f for f in EXTRACTORS if f.startswith("payment.")),
    "description": (
        *PRODUCT_FIELDS,
        *(f for f in _DESCRIBED if f not in PRODUCT_FIELDS),
    ),
    "new_value": tuple(EXTRACTORS),
    **{
        name: (name, *spec.label_also)
        for name, spec in registry().items()
        if spec.label_also and name in EXTRACTORS
    },
    "noise": (),
    "item_key": (),
}

# Values that name themselves, read after any label too ("Price: US$1.85/pc FOB Ningbo").
SELF_NAMING_FIELDS: tuple[str, ...] = field_names(trait="self_naming")

# What a label of models/lexicon/field_labels.tsv may point at besides a field.
LABEL_GROUPS = ("item_key", "description", "packing", "payment", "new_value", "noise")


# Fields whose values always hold a digit (trait numeric): skipped at once on text without one.
NUMERIC_FIELDS = frozenset(field_names(trait="numeric"))

# A field's answer for a segment: the values found, or the error its extractor raised.
Answer = tuple[str, "list[Found] | Exception"]

# What the built-in extractors read of a segment: its text; its Doc (the unit's, which may run
# past the segment), keyed by identity since Doc.text joins its tokens on every call (the key
# holds the Doc, so its id is never another's); where the value starts; its label; whether it
# belongs to an item; its context and role; the currency and unit its column or document gives.
# Nothing else (commercial_terms.py and product_terms.py read no block, document or quote), so
# two segments alike in all of these give the same answers.
_BUILT_IN_FIELDS = frozenset(
    name for name, extractor in EXTRACTORS.items() if extractor in _BUILT_IN.values()
)
_ANSWERS: ThreadMemo[tuple[object, ...], list[Answer]] = ThreadMemo(16384)


def read_fields(seg: Segment, fields: tuple[str, ...]) -> list[Answer]:
    """What each of `fields` reads in `seg`, in the fields' order, leaving out the fields that
    found nothing; an extractor that raised gives its exception (the caller records it).

    The built-in extractors' answers for a segment alike in everything they read are reused:
    line-item rows, revised PIs and chats repeat the same lines (two thirds of the extractor
    calls of a benchmark batch). Found values are shared, which is safe because no stage
    changes a value in place (Terms are frozen; a change builds a new value). A site's own
    extractor (`module:function`) may read anything and is always called.
    """
    key = (
        fields, seg.text, seg.doc, seg.value_start, seg.label, seg.item is not None,
        seg.context, seg.role, seg.currency, seg.unit_hint,
    )  # fmt: skip
    built_in = _ANSWERS.get(key)
    if built_in is None:
        built_in = _ANSWERS.put(key, _answers(seg, [f for f in fields if f in _BUILT_IN_FIELDS]))
    if _all_built_in(fields):
        return built_in
    found = dict(built_in)
    site = dict(_answers(seg, [f for f in fields if f not in _BUILT_IN_FIELDS]))
    return [(f, found.get(f) or site[f]) for f in fields if f in found or f in site]


def _answers(seg: Segment, fields: list[str]) -> list[Answer]:
    answers: list[Answer] = []
    digits = seg.has_digit
    for field_name in fields:
        if field_name in NUMERIC_FIELDS and not digits:
            continue
        try:
            found: list[Found] | Exception = EXTRACTORS[field_name](seg)
        except Exception as exc:  # noqa: BLE001 - odd text must not stop the audit; the caller records it
            found = exc
        if found:
            answers.append((field_name, found))
    return answers


@cache
def _all_built_in(fields: tuple[str, ...]) -> bool:
    return all(f in _BUILT_IN_FIELDS for f in fields)


def targets_of(label: str | None) -> tuple[str, ...]:
    """The fields an extractor pass should try for a segment with this label."""
    if label is None:
        return tuple(EXTRACTORS)
    if label in LABEL_TARGETS:
        return LABEL_TARGETS[label]
    return (label,) if label in EXTRACTORS else ()

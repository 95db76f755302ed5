"""The extract stage's field tables, derived from the field registry (pipeline/data/fields.toml).

EXTRACTORS maps every field read from text (`read_by = "segment"`) to the function its registry
entry names: a function of commercial_terms.py or product_terms.py by its name, or any module's
function as "package.module:function" (a site's own field). A name that resolves to nothing is a
RuleFileError when this module loads. The bank fields are read as a block, all at once, by
pipeline/extract/bank_details.py; the supplier's identity by supplier_identity.py.
"""

from __future__ import annotations

import importlib

from pipeline.errors import RuleFileError
from pipeline.extract import commercial_terms, product_terms
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


# What the built-in extractors read of a segment: its text, the text of its Doc (a segment may
# end before its unit's text does), where the value starts, its label, whether it belongs to an
# item, its context and role, and the currency and unit its column or document gives. Nothing
# else (commercial_terms.py and product_terms.py read no block, document or quote), so two
# segments alike in all of these give the same values.
_MemoKey = tuple[str, str, str, int, str | None, bool, str, str, str | None, str | None]
_MEMO_SIZE = 32768
_BUILT_IN_FIELDS = frozenset(
    name for name, extractor in EXTRACTORS.items() if extractor in _BUILT_IN.values()
)
_found_memo: dict[_MemoKey, list[Found]] = {}


def run_extractor(field_name: str, seg: Segment) -> list[Found]:
    """The values of `field_name` in `seg`; a built-in extractor's answer for a segment alike in
    everything it reads is reused (line-item rows, revised PIs and chats repeat the same lines:
    two thirds of the calls of a benchmark batch). Its Found values are shared, which is safe
    because no stage changes a value in place (Terms are frozen; changes build new values).
    A site's own extractor (`module:function`) may read anything and is always called."""
    if field_name not in _BUILT_IN_FIELDS:
        return EXTRACTORS[field_name](seg)
    key = (
        field_name, seg.text, seg.doc.text, seg.value_start, seg.label, seg.item is not None,
        seg.context, seg.role, seg.currency, seg.unit_hint,
    )  # fmt: skip
    found = _found_memo.get(key)
    if found is None:
        if len(_found_memo) >= _MEMO_SIZE:
            _found_memo.clear()  # bounded; a batch worker's orders rarely share lines this far apart
        found = _found_memo[key] = EXTRACTORS[field_name](seg)
    return found


def targets_of(label: str | None) -> tuple[str, ...]:
    """The fields an extractor pass should try for a segment with this label."""
    if label is None:
        return tuple(EXTRACTORS)
    if label in LABEL_TARGETS:
        return LABEL_TARGETS[label]
    return (label,) if label in EXTRACTORS else ()

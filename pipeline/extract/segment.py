"""What a field extractor reads and returns: a Segment of text, the values Found in it.

Each extractor (pipeline/extract/commercial_terms.py, product_terms.py; the table in
field_table.py) reads one Segment (a line, a cell, a chat line; labelled or not) and returns the
values it found there. A labelled segment ("Material: 201 S/S", a "Qty" column) is read
generously; unlabelled text only when the value names itself (FOB NINGBO, 24pcs/ctn, PMS 186C) or
a cue word on the line says what it is, so that noise (validity 30 days, Tel: +86 ...) stays out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.model import Block, Document, Role

if TYPE_CHECKING:  # spaCy is imported where Docs are made (nlp.py), not by this module's users
    from spacy.tokens import Doc, Span

# The span group the lexicon matcher (nlp.py) fills.
SPANS_KEY = "lexicon"


@dataclass(frozen=True)
class Found:
    """One value an extractor read: normalised value, the raw text, the rule that fired."""

    value: Any
    raw: str
    rule: str
    problems: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass
class Segment:
    """A piece of text to read terms from: a line of a block, a table cell, a chat line.

    `label` is what a label in front of the value (or the column header) says the value is: a
    field name or packing / payment / description / new_value; None for unlabelled text.
    """

    document: Document
    block: Block
    text: str
    doc: Doc
    label: str | None = None
    value_start: int = 0
    item: str | None = None
    context: str = "line"  # line, cell, message
    role: Role = "other"
    currency: str | None = None  # the document's (or column's) currency for bare amounts
    unit_hint: str | None = None  # a column header's unit: "Qty (sets)"
    quote: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> str:
        return self.text[self.value_start :]

    @property
    def has_digit(self) -> bool:
        return _DIGIT.search(self.text, self.value_start) is not None

    @property
    def lower(self) -> str:
        return self.text.lower()

    def spans(self, label: str) -> list[Span]:
        return [
            s for s in spans_by_label(self.doc).get(label, ()) if s.start_char >= self.value_start
        ]

    def cue(self, pattern: str) -> bool:
        compiled = _CUE_PATTERNS.get(pattern)
        if compiled is None:
            compiled = _CUE_PATTERNS[pattern] = re.compile(pattern, re.IGNORECASE)
        return compiled.search(self.text) is not None

    def labelled(self, *fields: str) -> bool:
        return self.label in fields


Extractor = Callable[[Segment], list[Found]]
_DIGIT = re.compile(r"\d")
# The cue patterns extractors pass to Segment.cue, compiled once (a string pattern costs a
# lookup in re's own cache on every call: 255,000 calls for 20 benchmark orders).
_CUE_PATTERNS: dict[str, re.Pattern[str]] = {}


@dataclass
class Unit:
    """One text to run the pipeline on, with where it sits."""

    block: Block
    text: str
    context: str  # line, cell, message
    item: str | None = None
    label: str | None = None  # the column header's (or row label's) target, for cells
    hint: str | None = None  # the column header's text: "Unit Price (USD)", "Qty (sets)"
    quote: str | None = None
    item_info: dict[str, str] | None = None  # a line-item row: {"item", "sku", "description"}
    # the row's counting unit ("sets" in its Qty cell or header), for prices
    unit: str | None = None
    # read instead when this unit gives no term (a Measured cell -> the Specified one)
    fallback: Unit | None = None
    # a value measured on a sample: it confirms the specified value, it sets none (contract s. 3)
    measured: bool = False


def spans_by_label(doc: Doc) -> dict[str, tuple[Span, ...]]:
    """The doc's lexicon spans grouped by label, in their order; built once per Doc (spaCy makes
    a new Span object each time a span group is iterated)."""
    grouped = doc.user_data.get(_BY_LABEL)
    if grouped is None:
        lists: dict[str, list[Span]] = {}
        for span in doc.spans.get(SPANS_KEY, []):
            lists.setdefault(span.label_, []).append(span)
        grouped = {label: tuple(spans) for label, spans in lists.items()}
        doc.user_data[_BY_LABEL] = grouped
    return grouped


_BY_LABEL = "order_audit.spans_by_label"

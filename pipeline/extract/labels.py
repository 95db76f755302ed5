"""Labels in front of values: "Material: 201 S/S; Colour: black" split into labelled parts, and
the label a column header or an earlier word gives a value (its field, currency or unit)."""

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.extract import normalize as n

_AFTER_LABEL = re.compile(
    r"\s*(?P<paren>\([^)]{0,20}\)|（[^）]{0,20}）)?\s*(?P<sep>[:：]|-\s|\t|=)?\s*"
)
_BULLET = re.compile(
    r"^\s*(?:[-*•·]|\d{1,2}[.)、]|[a-z][.)]|\(\d{1,2}\)|[一二三四五六七八九十]+[、.])?\s*"
)


_SENTENCE_END = re.compile(r"(?<!\d)[.。](?=\s+[A-Z\u4e00-\u9fff])|。")


@dataclass(frozen=True)
class LabelledPart:
    label: str | None
    start: int  # where the value starts
    end: int  # where the value ends
    hint: str | None = None  # the label's parenthetical: "(USD)", "(sets)"


def split_labels(
    text: str, doc: Doc, *, whole_cell: bool = False, prose: bool = False
) -> list[LabelledPart]:
    """'Price term: FOB Ningbo  Payment: 30% deposit' -> two labelled parts.

    A label counts when a colon (or tab) follows it, or when it opens the line; in prose (a chat
    message) only with its colon: "原材料紧张，生产需要40个工作日" opens with a word, not a label.
    """
    bullet_end = _BULLET.match(text).end()  # type: ignore[union-attr]
    labels: list[tuple[int, int, str, str | None]] = []
    for span in doc.spans.get("lexicon", []):
        if span.label_ != "field_label":
            continue
        after = _AFTER_LABEL.match(text, span.end_char)
        assert after is not None  # noqa: S101 - the pattern matches the empty string
        at_start = span.start_char <= bullet_end
        # Without a colon a label must open the line and a number must follow ("Lead time 35
        # days"), so that a heading ("BANK INFORMATION") is not read as a bank named INFORMATION.
        bare = (
            at_start
            and not prose
            and (whole_cell or re.search(r"\d", text[after.end() :]) is not None)
        )
        if after["sep"] or bare:
            if labels and span.start_char < labels[-1][1]:
                continue
            labels.append((span.start_char, after.end(), span.id_, after["paren"]))
    if not labels:
        return [LabelledPart(None, 0, len(text))]
    parts: list[LabelledPart] = []
    if text[: labels[0][0]].strip(" -|:;,"):
        parts.append(LabelledPart(None, 0, labels[0][0]))
    for i, (_, value_start, target, paren) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        # a labelled value ends with its sentence: "... after deposit. This quotation is valid ..."
        stop = _SENTENCE_END.search(text, value_start, end)
        end = stop.start() + 1 if stop else end
        parts.append(LabelledPart(target, value_start, end, paren))
    return parts


def label_before(doc: Doc, end_char: int) -> str | None:
    spans = [
        s
        for s in doc.spans.get("lexicon", [])
        if s.label_ == "field_label" and s.end_char <= end_char
    ]
    spans = [s for s in spans if s.id_ not in ("noise", "new_value", "item_key", "description")]
    return spans[-1].id_ if spans else None


def hint_currency(hint: str | None) -> str | None:
    return n.currency_code(hint) if hint else None


def hint_unit(hint: str | None) -> str | None:
    if not hint:
        return None
    m = re.search(r"[(（/]\s*([A-Za-z\u4e00-\u9fff]+)\s*[)）]?", hint)
    if not m:
        return None
    unit = n.unit_code(m.group(1))
    return unit if unit and unit != "ctn" else None

"""Line-item tables printed without ruling lines, found from the alignment of a page's words.

Supplier PIs often print the item table as aligned text columns with no grid. A table is taken
only when it is unmistakable: a header row naming at least two line-item columns, at least three
columns whose words never cross from one column into the next, and at least two body rows
spaced like the header. Anything doubtful is left to the page's text lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Words that head the columns of a PI / quotation line-item table (English as printed by Chinese
# exporters' invoice templates, and the Chinese column titles of 形式发票/报价单 templates).
LINE_ITEM_HEADER_WORDS = (
    "item",
    "no.",
    "description",
    "qty",
    "quantity",
    "unit price",
    "price",
    "amount",
    "total",
    "model",
    "sku",
    "品名",
    "数量",
    "单价",
    "金额",
    "货号",
    "型号",
)
_HEADER_PATTERN = re.compile(
    "|".join(
        re.escape(w) if not w.isascii() else rf"(?<![a-z]){re.escape(w)}(?![a-z])"
        for w in sorted(LINE_ITEM_HEADER_WORDS, key=len, reverse=True)
    )
)
_MIN_COLUMNS = 3
_MIN_BODY_ROWS = 2
_MIN_HEADER_WORDS = 2
# Words closer than this share of the text height belong to one phrase ("Unit Price", "数量
# Qty"); column gaps in printed tables are wider.
_PHRASE_GAP = 0.9
# A body row further below the previous row than this times the header-to-first-row pitch ends
# the table (a blank line before the totals or the payment terms).
_ROW_PITCH_SLACK = 1.6
_SAME_LINE = 3.0  # points: words whose tops are this close are on one line


@dataclass(frozen=True)
class _Phrase:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def header_word_count(text: str) -> int:
    """How many line-item header words the text holds (each match once)."""
    return len(_HEADER_PATTERN.findall(text.lower()))


def _lines(words: list[dict[str, Any]]) -> list[list[_Phrase]]:
    """The page's words grouped into lines top to bottom, each line into phrases left to right."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if rows and abs(float(rows[-1][0]["top"]) - float(word["top"])) <= _SAME_LINE:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines: list[list[_Phrase]] = []
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        phrases: list[_Phrase] = []
        for word in row:
            x0, x1 = float(word["x0"]), float(word["x1"])
            top, bottom = float(word["top"]), float(word["bottom"])
            last = phrases[-1] if phrases else None
            if last is not None and x0 - last.x1 <= _PHRASE_GAP * (bottom - top):
                phrases[-1] = _Phrase(
                    last.x0,
                    max(last.x1, x1),
                    min(last.top, top),
                    max(last.bottom, bottom),
                    f"{last.text} {word['text']}",
                )
            else:
                phrases.append(_Phrase(x0, x1, top, bottom, str(word["text"])))
        lines.append(phrases)
    return lines


def _column_of(phrase: _Phrase, columns: list[list[float]]) -> list[int]:
    return [i for i, (x0, x1) in enumerate(columns) if phrase.x0 <= x1 and phrase.x1 >= x0]


def _is_header(line: list[_Phrase]) -> bool:
    if len(line) < _MIN_COLUMNS or any(p.text.rstrip().endswith((":", "：")) for p in line):
        return False  # "Item: SP-28   Qty: 5000" is a key-value line, not a table header
    return sum(1 for p in line if header_word_count(p.text)) >= _MIN_HEADER_WORDS


def _table_from(
    lines: list[list[_Phrase]], start: int
) -> tuple[tuple[float, ...], list[list[str]]] | None:
    header = lines[start]
    columns = [[p.x0, p.x1] for p in header]
    body: list[list[_Phrase]] = []
    pitch: float | None = None
    previous_top = header[0].top
    height = max(p.bottom - p.top for p in header)
    for line in lines[start + 1 :]:
        top = min(p.top for p in line)
        step = top - previous_top
        if pitch is None:
            if step > 3 * height:
                break
            reference = step
        elif step > _ROW_PITCH_SLACK * pitch:
            break
        if len(line) < 2:
            break
        spans = [_column_of(p, columns) for p in line]
        if any(len(s) != 1 for s in spans) or len({s[0] for s in spans}) != len(spans):
            break  # a phrase in a gap, across two columns, or two phrases in one column
        for phrase, (col,) in zip(line, spans, strict=True):
            columns[col] = [min(columns[col][0], phrase.x0), max(columns[col][1], phrase.x1)]
        if any(columns[i][1] >= columns[i + 1][0] for i in range(len(columns) - 1)):
            break  # the row's text bridges two columns
        if pitch is None:
            pitch = reference
        body.append(line)
        previous_top = top
    if len(body) < _MIN_BODY_ROWS:
        return None
    rows: list[list[str]] = []
    for line in [header, *body]:
        cells = [""] * len(columns)
        for phrase in line:
            (col,) = _column_of(phrase, columns)
            cells[col] = phrase.text
        rows.append(cells)
    every = [p for line in [header, *body] for p in line]
    bbox = (
        min(p.x0 for p in every),
        min(p.top for p in every),
        max(p.x1 for p in every),
        max(p.bottom for p in every),
    )
    return bbox, rows


def find_text_tables(page: Any) -> list[tuple[tuple[float, ...], list[list[str]]]]:
    """Rulerless line-item tables of a pdfplumber page as (bbox, rows of cell texts); [] when
    the page holds none beyond doubt. Rotated pages are left alone."""
    if int(getattr(page, "rotation", 0) or 0) % 360:
        return []
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines = _lines(words)
    found: list[tuple[tuple[float, ...], list[list[str]]]] = []
    index = 0
    while index < len(lines):
        table = _table_from(lines, index) if _is_header(lines[index]) else None
        if table is None:
            index += 1
            continue
        found.append(table)
        index += len(table[1])
    return found

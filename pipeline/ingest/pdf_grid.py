"""Ruled tables read with pypdfium2: the grid from the page's drawn segments, cells from its text.

pdfplumber finds a ruled table from the page's edges (snapped and joined within 3 points),
their intersections and the cells they close; this module rebuilds the same grid from the path
objects pdfium gives and reads each cell with `get_text_bounded`, about 30x faster than
pdfplumber's table finder and `Table.extract`. It only answers when it is sure: every rule of a
grid must span the whole grid (no merged or partial cells), paths must be straight segments,
and every cell's text must hold as many characters as the page draws in that cell. Otherwise
it returns None and the page is read by pdfplumber.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

# pdfplumber's TableSettings defaults (snap, join, intersection tolerance; edge_min_length)
_SNAP = 3.0
_JOIN = 3.0
_MEET = 3.0
_MIN_EDGE = 3.0
_SAME_BASELINE = 2.0  # points: text runs this close vertically are one line (as in pdf.py)
_MAX_DEPTH = 15  # form XObject nesting read, as pypdfium2's get_objects

# top-down box (x0, top, x1, bottom), as pdfplumber gives bboxes
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class GridPage:
    """A page read by pdfium: its text lines with their tops, and its tables as rows of cells."""

    lines: list[str]
    tops: list[float]
    tables: list[tuple[Box, list[list[str]]]]
    chars: int


@dataclass
class _Edge:
    at: float  # y of a horizontal edge, x of a vertical one (top-down for y)
    start: float
    end: float


def _segments(page: Any, height: float) -> tuple[list[_Edge], list[_Edge]] | None:
    """Horizontal and vertical straight segments of every path on the page (top-down y), or
    None when a path holds curves (pdfplumber turns their control points into edges)."""
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read (start-up of other commands)

    horizontal: list[_Edge] = []
    vertical: list[_Edge] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    for obj in raw_page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH):
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            raise RuntimeError("Failed to get matrix of pageobject.")
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
                return None
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                points = [point]
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
                _add(points[-1] if points else point, point, height, horizontal, vertical)
                points.append(point)
            else:
                return None
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                _add(point, start, height, horizontal, vertical)
    return horizontal, vertical


def raw_page_objects(page: Any, kind: int, max_depth: int = _MAX_DEPTH) -> Iterator[Any]:
    """The raw handles of a pypdfium2 page's objects of one kind (FPDF_PAGEOBJ_PATH, _TEXT),
    descending into form XObjects: the objects, order and errors of pypdfium2's
    `page.get_objects(filter=[kind], max_depth=...)` without a Python wrapper for every object
    of the page (the grid reader, the rules test and the font test walk every page)."""
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read (start-up of other commands)

    yield from _objects(page.raw, pdfium_c, kind, max_depth, False, 0)


def _objects(
    parent: Any, pdfium_c: Any, kind: int, max_depth: int, form: bool, level: int
) -> Iterator[Any]:
    from pypdfium2 import PdfiumError  # deferred: PDF libraries load only when a PDF is read

    if form:
        count, get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    else:
        count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    n_objects = count(parent)
    if n_objects < 0:
        raise PdfiumError("Failed to get number of pageobjects.")
    for i in range(n_objects):
        obj = get(parent, i)
        if not obj:
            raise PdfiumError("Failed to get pageobject.")
        found = pdfium_c.FPDFPageObj_GetType(obj)
        if found == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise PdfiumError(
                "Failed to determine pageobject type, did you pass in a valid FPDF_PAGEOBJECT handle?"
            )
        if found == kind:
            yield obj
        if found == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            yield from _objects(obj, pdfium_c, kind, max_depth, True, level + 1)


def _add(
    p: tuple[float, float],
    q: tuple[float, float],
    height: float,
    horizontal: list[_Edge],
    vertical: list[_Edge],
) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 1e-6 and abs(x0 - x1) >= 1:
        horizontal.append(_Edge(height - y0, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < 1e-6 and abs(y0 - y1) >= 1:
        vertical.append(_Edge(x0, height - max(y0, y1), height - min(y0, y1)))


def _merge(edges: list[_Edge]) -> list[_Edge]:
    """Snap edges whose positions lie within the tolerance to their mean, then join collinear
    pieces whose gap is at most the join tolerance (pdfplumber's merge_edges)."""
    edges = sorted(edges, key=lambda e: e.at)
    clusters: list[list[_Edge]] = []
    for edge in edges:
        if clusters and edge.at - clusters[-1][-1].at <= _SNAP:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    merged: list[_Edge] = []
    for cluster in clusters:
        at = sum(e.at for e in cluster) / len(cluster)
        joined: list[_Edge] = []
        for edge in sorted(cluster, key=lambda e: e.start):
            if joined and edge.start <= joined[-1].end + _JOIN:
                joined[-1].end = max(joined[-1].end, edge.end)
            else:
                joined.append(_Edge(at, edge.start, edge.end))
        merged.extend(e for e in joined if e.end - e.start >= _MIN_EDGE)
    return merged


def _meets(h: _Edge, v: _Edge) -> bool:
    return h.start - _MEET <= v.at <= h.end + _MEET and v.start - _MEET <= h.at <= v.end + _MEET


def find_grids(page: Any, height: float) -> list[tuple[list[float], list[float]]] | None:
    """Each ruled table of the page as (column x's, row y's, top-down), or None when a group of
    crossing rules is not a complete grid (merged cells, partial rules, curves)."""
    found = _segments(page, height)
    if found is None:
        return None
    horizontal, vertical = _merge(found[0]), _merge(found[1])
    # group crossing edges: union-find over h (0..H-1) and v (H..)
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    crossed = set()
    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _meets(h, v):
                parent[root(i)] = root(len(horizontal) + j)
                crossed.add(i)
                crossed.add(len(horizontal) + j)
    groups: dict[int, tuple[list[_Edge], list[_Edge]]] = {}
    for i in crossed:
        hs, vs = groups.setdefault(root(i), ([], []))
        if i < len(horizontal):
            hs.append(horizontal[i])
        else:
            vs.append(vertical[i - len(horizontal)])
    grids = []
    for hs, vs in groups.values():
        xs = sorted(v.at for v in vs)
        ys = sorted(h.at for h in hs)
        if len(xs) < 2 or len(ys) < 2 or len(set(xs)) != len(xs) or len(set(ys)) != len(ys):
            return None
        if len(xs) == 2 and len(ys) == 2:
            continue  # a lone box: pdfplumber keeps no one-cell table
        if any(h.start > xs[0] + _MEET or h.end < xs[-1] - _MEET for h in hs):
            return None
        if any(v.start > ys[0] + _MEET or v.end < ys[-1] - _MEET for v in vs):
            return None
        grids.append((xs, ys))
    return sorted(grids, key=lambda g: (g[1][0], g[0][0]))


def read_grid_page(page: Any, textpage: Any) -> GridPage | None:
    """The page's lines and ruled tables read by pdfium, or None when pdfplumber must read it."""
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read

    left, bottom, right, top = page.get_mediabox()
    if (left, bottom) != (0, 0) or page.get_cropbox() != (left, bottom, right, top):
        return None
    height = float(top)
    grids = find_grids(page, height)
    if not grids:
        return None
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        return None
    # every drawn character's centre, top-down, from its font box (pdfplumber's char box)
    # (raw PDFium calls into one reused rectangle: the values `get_charbox(i, loose=True)` gives)
    centres: list[tuple[float, float] | None] = [None] * count
    tops: list[float | None] = [None] * count
    drawn_chars: list[tuple[int, float, float]] = []  # (index, centre x, centre y)
    has_centre = bytearray(count)
    loose = pdfium_c.FS_RECTF()
    get_loose = pdfium_c.FPDFText_GetLooseCharBox
    raw = textpage.raw
    add_drawn = drawn_chars.append
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if not get_loose(raw, i, loose):
            raise RuntimeError("Failed to get charbox.")
        y1 = loose.top
        cx, cy = (loose.left + loose.right) / 2, height - (loose.bottom + y1) / 2
        centres[i] = (cx, cy)
        tops[i] = height - y1
        has_centre[i] = 1
        add_drawn((i, cx, cy))
    bounded = _BoundedText(textpage, count, pdfium_c)
    tables: list[tuple[Box, list[list[str]]]] = []
    inside = bytearray(count)  # 1 where a character's centre lies in a table's box (edges in)
    for xs, ys in grids:
        # each character in the cell holding its centre (pdfplumber's char_in_bbox: left and
        # top edges inclusive), in pdfium's order
        drawn: dict[tuple[int, int], list[int]] = {}
        x_first, x_last, y_first, y_last = xs[0], xs[-1], ys[0], ys[-1]
        for i, cx, cy in drawn_chars:
            if x_first <= cx <= x_last and y_first <= cy <= y_last:
                inside[i] = 1
                if cx == x_last or cy == y_last:
                    continue  # on the table's right or bottom edge: in its box, in no cell
                key = (bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1)
                cell = drawn.get(key)
                if cell is None:
                    drawn[key] = [i]
                else:
                    cell.append(i)
        rows = []
        no_chars: list[int] = []
        for r in range(len(ys) - 1):
            cells = []
            cell_top, cell_bottom = height - ys[r], height - ys[r + 1]
            for c in range(len(xs) - 1):
                chars = drawn.get((r, c), no_chars)
                if len(chars) > 1 and not _reading_order(chars, centres, tops):
                    return None  # drawn out of reading order: pdfplumber sorts, pdfium does not
                words = bounded(xs[c], cell_bottom, xs[c + 1], cell_top).split()
                if sum(map(len, words)) != len(chars):  # the cell's non-space characters
                    return None
                cells.append(" ".join(words))
            rows.append(cells)
        tables.append(((xs[0], ys[0], xs[-1], ys[-1]), rows))
    # running counts of the characters with a centre and of those in a table: a run's share
    # of each is one subtraction
    with_centre = list(accumulate(has_centre, initial=0))
    in_table = list(accumulate(inside, initial=0))
    runs: list[tuple[float, float, str]] = []
    for match in re.finditer(r"[^\r\n]+", text):
        for start, end in _one_baseline(match.start(), match.end(), text, tops):
            segment = text[start:end]
            if not segment.strip():
                continue
            in_tables = in_table[end] - in_table[start]
            if in_tables == with_centre[end] - with_centre[start]:
                continue  # every character in a table (or none with a centre)
            if in_tables:
                return None  # a text run half in a table: unsure how pdfplumber splits it
            first = start + (len(segment) - len(segment.lstrip()))
            x_left, _b, _r, y_top = textpage.get_charbox(first)
            runs.append((y_top, x_left, segment.strip()))
    runs.sort(key=lambda r: (-r[0], r[1]))
    grouped: list[list[tuple[float, float, str]]] = []
    for run in runs:
        if grouped and abs(grouped[-1][0][0] - run[0]) <= _SAME_BASELINE:
            grouped[-1].append(run)
        else:
            grouped.append([run])
    lines = [" ".join(r[2] for r in sorted(g, key=lambda r: r[1])) for g in grouped]
    line_tops = [height - g[0][0] for g in grouped]
    return GridPage(lines=lines, tops=line_tops, tables=tables, chars=count)


class _BoundedText:
    """`textpage.get_text_bounded(left, bottom, right, top)` in one PDFium call instead of two.

    pypdfium2 asks `FPDFText_GetBoundedText` once for the length and again for the text, and
    each call walks every character of the page. Here one call fills a buffer that holds any
    answer the page can give (at most "\\r\\n" and a surrogate pair per character, plus the
    NUL PDFium adds); an answer that fills the buffer, or holds a surrogate or NUL (pypdfium2
    cuts text with characters beyond the BMP to its length in code points), is asked for with
    `get_text_bounded` itself, so the text is always the one pypdfium2 gives."""

    def __init__(self, textpage: Any, count: int, pdfium_c: Any) -> None:
        self.textpage = textpage
        self.raw = textpage.raw
        self.size = 4 * count + 16
        self.buffer = (ctypes.c_ushort * self.size)()
        self.call = pdfium_c.FPDFText_GetBoundedText

    def __call__(self, left: float, bottom: float, right: float, top: float) -> str:
        n = self.call(self.raw, left, top, right, bottom, self.buffer, self.size)
        if n <= 0:
            return ""
        if n < self.size:
            try:
                value = ctypes.string_at(self.buffer, 2 * n).decode("utf-16-le")
            except UnicodeDecodeError:
                pass
            else:
                if value.endswith("\x00"):
                    value = value[:-1]  # the terminator PDFium copies with the text
                if not value or (max(value) <= "\uffff" and "\x00" not in value):
                    return value
        return str(self.textpage.get_text_bounded(left, bottom, right, top))


def _one_baseline(
    start: int, end: int, text: str, tops: list[float | None]
) -> list[tuple[int, int]]:
    """Split text[start:end] (one pdfium text line) where its characters move to another line:
    pdfium sometimes runs two printed lines into one when the PDF draws no break between them."""
    pieces: list[tuple[int, int]] = []
    begin, line_top = start, None
    for i in range(start, end):
        top = tops[i]
        if top is None:
            continue
        if line_top is not None and abs(top - line_top) > _SAME_BASELINE:
            pieces.append((begin, i))
            begin = i
        line_top = top
    pieces.append((begin, end))
    return pieces


def _reading_order(
    indices: list[int], centres: list[tuple[float, float] | None], tops: list[float | None]
) -> bool:
    """True when the characters come in reading order (left to right on a line, lines top to
    bottom), the order pdfplumber sorts a cell's text into."""
    previous: tuple[float, float] | None = None
    for i in indices:
        centre, top = centres[i], tops[i]
        if centre is None or top is None:
            continue
        if previous is not None:
            same_line = abs(top - previous[1]) <= _SNAP
            if (same_line and centre[0] < previous[0]) or (not same_line and top < previous[1]):
                return False
        previous = (centre[0], top)
    return True

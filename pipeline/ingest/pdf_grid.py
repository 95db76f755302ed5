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
from dataclasses import dataclass
from typing import Any

# pdfplumber's TableSettings defaults (snap, join, intersection tolerance; edge_min_length)
_SNAP = 3.0
_JOIN = 3.0
_MEET = 3.0
_MIN_EDGE = 3.0
_SAME_BASELINE = 2.0  # points: text runs this close vertically are one line (as in pdf.py)

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
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        a, b, c, d, e, f = obj.get_matrix().get()
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
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
    centres: list[tuple[float, float] | None] = []
    tops: list[float | None] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            centres.append(None)
            tops.append(None)
            continue
        x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
        centres.append(((x0 + x1) / 2, height - (y0 + y1) / 2))
        tops.append(height - y1)
    tables: list[tuple[Box, list[list[str]]]] = []
    for xs, ys in grids:
        # each character in the cell holding its centre (pdfplumber's char_in_bbox: left and
        # top edges inclusive), in pdfium's order
        drawn: dict[tuple[int, int], list[int]] = {}
        for i, centre in enumerate(centres):
            if centre is None:
                continue
            col, row = bisect_right(xs, centre[0]) - 1, bisect_right(ys, centre[1]) - 1
            if 0 <= col < len(xs) - 1 and 0 <= row < len(ys) - 1:
                drawn.setdefault((row, col), []).append(i)
        rows = []
        for r in range(len(ys) - 1):
            cells = []
            for c in range(len(xs) - 1):
                chars = drawn.get((r, c), [])
                if not _reading_order(chars, centres, tops):
                    return None  # drawn out of reading order: pdfplumber sorts, pdfium does not
                value = textpage.get_text_bounded(
                    xs[c], height - ys[r + 1], xs[c + 1], height - ys[r]
                )
                if sum(1 for ch in value if not ch.isspace()) != len(chars):
                    return None
                cells.append(" ".join(value.split()))
            rows.append(cells)
        tables.append(((xs[0], ys[0], xs[-1], ys[-1]), rows))
    boxes: list[Box] = [box for box, _ in tables]

    def inside(i: int) -> bool:
        centre = centres[i]
        if centre is None:
            return False
        cx, cy = centre
        return any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes)

    runs: list[tuple[float, float, str]] = []
    for match in re.finditer(r"[^\r\n]+", text):
        for start, end in _one_baseline(match.start(), match.end(), text, tops):
            segment = text[start:end]
            if not segment.strip():
                continue
            flags = [inside(i) for i in range(start, end) if centres[i] is not None]
            if all(flags):
                continue
            if any(flags):
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

"""PDF: text lines per page and tables as cells (pdfplumber), scans through OCR, within limits.

Lines are numbered per page from 1 in reading order; text inside a table's area is given as
that table's cells only. Repeated page headers and footers are marked. A table that runs on
from one page to the next keeps its number and its row count. Every page is closed after use
(pdfplumber otherwise keeps every parsed object of the document in memory).

Longer than 500 lines because page text, ruled tables, the PDFium fast path and OCR of scanned
pages share one page loop and one budget; ruling grids are in pdf_grid.py, tables without rules
in pdf_text_tables.py, the limits on streams and fonts in pdf_limits.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.common import (
    BlockSink,
    Budget,
    Reading,
    ReadingTimeout,
    Source,
    clean_cell,
)
from pipeline.ingest.image import ocr_blocks, ocr_languages
from pipeline.ingest.pdf_grid import raw_page_objects, read_grid_page
from pipeline.ingest.pdf_limits import (
    check_streams,
    needs_system_font,
    read_symbol_fonts_as_pdfium,
)
from pipeline.ingest.pdf_text_tables import find_text_tables, header_word_count
from pipeline.model import Block, DocStatus
from pipeline.pdfium_lock import PDFIUM_LOCK

# A table whose top sits in the top fraction of a page, following one that ended in the bottom
# fraction of the previous page with as many columns, is the same table running on.
_RUN_ON_TOP = 0.25
_RUN_ON_BOTTOM = 0.70
# A line repeated at the top or bottom of at least this share of the pages is a header/footer.
_REPEATED_SHARE = 0.5
_OCR_RENDER_SCALE = 300 / 72  # 300 dpi
# A page rendered for OCR has at most this many pixels (A4 at 300 dpi has 8.7M): a page declared
# metres wide is rendered at a lower resolution instead of as a bitmap of gigabytes.
_OCR_MAX_PIXELS = 40_000_000
_LOOSE_TABLE = {
    "vertical_strategy": "text",
    "horizontal_strategy": "lines",
    "min_words_vertical": 2,
}
_SAME_BASELINE = 2.0  # points: text runs this close vertically are one line


@dataclass
class _PageText:
    number: int
    lines: list[str] = field(default_factory=list)
    # each table's cells with the number of text lines above it, so blocks keep reading order
    tables: list[tuple[int, list[Block]]] = field(default_factory=list)
    chars: int = 0


@dataclass
class _OpenTable:
    number: int
    columns: int
    header: list[str]
    rows: int
    bottom_ratio: float


def _table_rows(table: Any) -> list[list[str]]:
    rows = [[clean_cell(c or "") for c in row] for row in table.extract()]
    if getattr(table, "loose", False) and rows:
        # Columns found from text alignment split "52x38x30 cm" in two; a column with no header
        # is the tail of the column on its left.
        for col in range(len(rows[0]) - 1, 0, -1):
            if not rows[0][col]:
                for row in rows:
                    if col < len(row):
                        row[col - 1] = " ".join(x for x in (row[col - 1], row.pop(col)) if x)
    return rows


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _find_tables(page: Any) -> list[Any]:
    tables = page.find_tables()
    if tables:
        return list(tables)
    # Tables drawn with row rules only (no vertical lines): columns from the text's alignment.
    if len(page.horizontal_edges) >= 3:
        loose = [_aligned_rows(page, t) for t in page.find_tables(_LOOSE_TABLE)]
        found = [t for t in loose if t and len(t.rows) >= 2 and len(t.rows[0].cells) >= 2]
        for table in found:
            table.loose = True
        return found
    return []


def _aligned_rows(page: Any, table: Any) -> Any:
    """Of a table whose columns come from text alignment, the longest run of rows in which no
    word runs across a column boundary; None when no two rows qualify.

    Row rules under a letterhead, a terms paragraph or a bank block make pdfplumber's text strategy
    cut that prose into columns: "AGRICULTURAL BANK OF CHI" in one cell, "NA" lost beside it. A
    word over a boundary shows that the row is prose, not a row of the table.
    """
    words = page.extract_words()
    clean: list[bool] = []
    for row in table.rows:
        cells = [c for c in row.cells if c]
        if not cells:
            clean.append(False)
            continue
        top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
        inner = sorted({c[0] for c in cells} | {c[2] for c in cells})[1:-1]
        clean.append(
            not any(
                top <= (w["top"] + w["bottom"]) / 2 <= bottom
                and any(w["x0"] < b - 1 and w["x1"] > b + 1 for b in inner)
                for w in words
            )
        )
    if all(clean):
        return table
    best: tuple[int, int] = (0, 0)
    start = 0
    for i, ok in enumerate([*clean, False]):
        if not ok:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = i + 1
    if best[1] - best[0] < 2:
        return None
    from pdfplumber.table import Table  # pdfplumber is loaded only for pages that need it

    cells = [c for row in table.rows[best[0] : best[1]] for c in row.cells if c]
    return Table(page, cells)


def _read_page(page: Any, number: int, state: dict[str, Any], *, ruled: bool = True) -> _PageText:
    """A pdfplumber page: ruled tables (unless `ruled` is False, for a page pdfium found without
    rules), else rulerless line-item tables, as cells; the other text as lines."""
    out = _PageText(number=number, chars=len(page.chars))
    tables = _find_tables(page) if ruled else []
    found = [(tuple(t.bbox), _table_rows(t)) for t in sorted(tables, key=lambda t: t.bbox[1])]
    if not found:
        # No ruled table: a line-item table printed as aligned columns, when beyond doubt.
        found = find_text_tables(page)
    boxes = [(b[0], b[1], b[2], b[3]) for b, _ in found]
    text_page = (
        page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
        if boxes
        else page
    )
    text = text_page.extract_text() or ""
    out.lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    tops = (
        [float(x["top"]) for x in text_page.extract_text_lines() if x["text"].strip()]
        if boxes
        else []
    )
    if len(tops) != len(out.lines):
        tops = []  # positions unknown: tables follow the page's lines
    _add_tables(out, found, tops, float(page.height) or 1.0, state)
    return out


def _add_tables(
    out: _PageText,
    tables: list[tuple[tuple[float, ...], list[list[str]]]],
    tops: list[float],
    height: float,
    state: dict[str, Any],
) -> None:
    """Number the page's tables (top-down bboxes, rows of cell texts, top to bottom) into
    cells, a table running on from the previous page keeping its number and row count."""
    previous: _OpenTable | None = state.get("open")
    state["open"] = None
    for index, (bbox, rows) in enumerate(tables):
        if not rows or not any(any(cells) for cells in rows):
            continue
        columns = max(len(r) for r in rows)
        run_on = (
            index == 0
            and previous is not None
            and previous.columns == columns
            and previous.bottom_ratio >= _RUN_ON_BOTTOM
            and bbox[1] / height <= _RUN_ON_TOP
        )
        if run_on and previous is not None:
            current = previous
            if rows[0] == current.header:
                rows = rows[1:]  # the header row repeated on the new page
        else:
            state["tables"] += 1
            current = _OpenTable(state["tables"], columns, rows[0], 0, 0.0)
        above = sum(1 for top in tops if top < bbox[1]) if tops else len(out.lines)
        cells_of_table: list[Block] = []
        out.tables.append((above, cells_of_table))
        for cells in rows:
            current.rows += 1
            for col, value in enumerate(cells, start=1):
                if value:
                    cells_of_table.append(
                        Block(
                            kind="cell",
                            text=value,
                            page=out.number,
                            table=current.number,
                            row=current.rows,
                            col=col,
                        )
                    )
        current.bottom_ratio = bbox[3] / height
        state["open"] = current


def _pdfium_lines(page: Any) -> tuple[list[str], int]:
    """(lines in reading order, char count) of a pypdfium2 page: its text runs sorted top to
    bottom, runs on one baseline joined left to right, as pdfplumber orders them."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:
            return [line.strip() for line in text.splitlines() if line.strip()], count
        runs: list[tuple[float, float, str]] = []
        for match in re.finditer(r"[^\r\n]+", text):
            segment = match.group(0)
            if not segment.strip():
                continue
            first = match.start() + (len(segment) - len(segment.lstrip()))
            left, _bottom, _right, top = textpage.get_charbox(first)
            runs.append((top, left, segment.strip()))
    finally:
        textpage.close()
    runs.sort(key=lambda r: (-r[0], r[1]))
    lines: list[list[tuple[float, float, str]]] = []
    for run in runs:
        if lines and abs(lines[-1][0][0] - run[0]) <= _SAME_BASELINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [" ".join(r[2] for r in sorted(group, key=lambda r: r[1])) for group in lines], count


def _may_hold_text_table(lines: list[str]) -> bool:
    """True when a line of a page read without tables names two line-item columns (a cheap
    test before pdfplumber looks for a rulerless table)."""
    return any(header_word_count(line) >= 2 for line in lines)


def _has_rules(page: Any, minimum: int = 3) -> bool:
    """True when a pypdfium2 page draws at least `minimum` paths (table rules, boxes), or fewer
    paths holding many segments: reportlab's canvas.grid() draws a whole table as one path."""
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read

    segments = 0
    for found, obj in enumerate(raw_page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH), start=1):
        segments += max(int(pdfium_c.FPDFPath_CountSegments(obj)), 0)
        if found >= minimum or segments >= 4 * minimum:
            return True
    return False


def _normalised(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _repeated(pages: list[_PageText], pick: int) -> set[str]:
    """Normalised lines standing at position `pick` (0 top, -1 bottom) on most pages."""
    with_text = [p for p in pages if p.lines]
    if len(with_text) < 2:
        return set()
    counts = Counter(_normalised(p.lines[pick]) for p in with_text)
    need = max(2, int(len(with_text) * _REPEATED_SHARE + 0.999))
    return {line for line, n in counts.items() if n >= need}


def _page_blocks(pages: list[_PageText]) -> list[Block]:
    headers, footers = _repeated(pages, 0), _repeated(pages, -1)
    blocks: list[Block] = []
    for page in pages:
        last = len(page.lines) - 1
        for index, line in enumerate(page.lines):
            for _, cells in (t for t in page.tables if t[0] == index):
                blocks.extend(cells)
            source = None
            if index == 0 and _normalised(line) in headers:
                source = "header"
            elif index == last and _normalised(line) in footers:
                source = "footer"
            blocks.append(
                Block(kind="line", text=line, page=page.number, line=index + 1, source=source)
            )
        for _, cells in (t for t in page.tables if t[0] >= len(page.lines)):
            blocks.extend(cells)
    return blocks


def _scanned_pages(source: Source, numbers: list[int]) -> list[int]:
    """Of the given 1-based pages without text, those that show an image (a scanned page)."""
    import pypdfium2 as pdfium  # deferred: PDF libraries load only when a PDF is read
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read

    found = []
    pdf = pdfium.PdfDocument(source.data)
    try:
        for number in numbers:
            page = pdf[number - 1]
            try:
                if any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])):
                    found.append(number)
            finally:
                page.close()
    finally:
        pdf.close()
    return found


def _ocr_pdf(
    source: Source, settings: Settings, numbers: list[int], deadline: Budget
) -> tuple[list[Block], list[int], str | None]:
    """OCR blocks of the given 1-based pages rendered at 300 dpi, the pages done, and why OCR
    stopped early (time limit, tesseract failure) or None."""
    import pypdfium2 as pdfium  # deferred: PDF libraries load only when a PDF is read

    blocks: list[Block] = []
    done: list[int] = []
    pdf = pdfium.PdfDocument(source.data)
    try:
        for number in numbers:
            if done and deadline.expired:
                break
            page = pdf[number - 1]
            try:
                image = page.render(scale=_ocr_scale(page)).to_pil()
            finally:
                page.close()
            buffer = BytesIO()
            image.save(buffer, format="PNG")
            timeout = deadline.remaining() if done else settings.seconds_per_document
            try:
                blocks.extend(ocr_blocks(buffer.getvalue(), source.name, settings, number, timeout))
            except RuntimeError as exc:  # tesseract failed or ran out of time: keep what was read
                return blocks, done, f"OCR of page {number} failed ({exc})"
            done.append(number)
    finally:
        pdf.close()
    stopped = None
    if len(done) < len(numbers):
        stopped = f"OCR stopped after page {done[-1]}: the per-document time limit was reached"
    return blocks, done, stopped


def _ocr_scale(page: Any) -> float:
    """300 dpi, or less when that would give a bitmap of more than _OCR_MAX_PIXELS."""
    width, height = page.get_size()
    area = max(1.0, float(width) * float(height))
    return min(_OCR_RENDER_SCALE, (_OCR_MAX_PIXELS / area) ** 0.5)


def _was(numbers: list[int]) -> str:
    return "was" if len(numbers) == 1 else "were"


def _pages_list(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(str(n) for n in numbers)


def read_pdf(source: Source, settings: Settings, *, engine: str = "auto") -> Reading:
    """A PDF: lines (page, line) and table cells (page, table, row, col); scans OCRed when possible.

    engine "auto" reads pages that draw no rules with pypdfium2 (fast) and the others with
    pdfplumber (tables); "pdfplumber" reads every page with pdfplumber. One PDF at a time per
    process: PDFium is not thread-safe (pipeline/pdfium_lock.py).
    """
    with PDFIUM_LOCK:
        return _read_pdf(source, settings, engine=engine)


def _read_pdf(source: Source, settings: Settings, *, engine: str) -> Reading:
    import pdfplumber  # deferred: PDF libraries load only when a PDF is read
    import pypdfium2 as pdfium  # deferred: PDF libraries load only when a PDF is read
    from pdfminer.pdfdocument import (
        PDFPasswordIncorrect,  # deferred: PDF libraries load only when a PDF is read
    )

    if not source.data:
        raise source.fail("the file is empty")
    if b"%PDF" not in source.data[:1024]:
        raise source.fail("it is not a PDF (no %PDF header)")
    deadline = source.budget_for(settings)
    try:
        pdf = pdfplumber.open(source.stream(), password="")
    except PDFPasswordIncorrect as exc:
        raise source.fail("it is encrypted with a password; ask for an unprotected copy") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if "password" in repr(exc).lower():
            raise source.fail(
                "it is encrypted with a password; ask for an unprotected copy"
            ) from exc
        raise source.fail(f"it is not a readable PDF ({_short(exc)})") from exc
    try:
        check_streams(pdf.doc, source, deadline)
        read_symbol_fonts_as_pdfium(pdf)
    except BaseException:
        pdf.close()
        raise
    fast: Any = None
    if engine == "auto":
        try:
            fast = pdfium.PdfDocument(source.data, password="")
        except Exception:  # pdfium refuses some files pdfminer reads: fall back to pdfplumber
            fast = None
    problems: list[str] = []
    state: dict[str, Any] = {"tables": 0, "open": None}
    pages: list[_PageText] = []
    counts: Counter[str] = Counter()  # pages read by pdfium: "text", "table"
    fonts: dict[int, bool] = {}  # per font: does pdfium need a system font for it?
    title = _metadata_title(pdf)
    try:
        try:
            total = len(pdf.pages)
        except Exception as exc:
            raise source.fail(f"its page tree is broken ({_short(exc)})") from exc
        limit = min(total, settings.max_pages)
        for index in range(limit):
            if index > 0 and deadline.expired:
                problems.append(
                    f"reading stopped after page {index} of {total}: the per-document time limit of "
                    f"{settings.seconds_per_document:g} s was reached"
                )
                break
            try:
                page_text = (
                    _read_fast(fast, index, state, counts, fonts) if fast is not None else None
                )
                if page_text is None or (
                    not page_text.tables and _may_hold_text_table(page_text.lines)
                ):
                    # pdfplumber reads the page; a text page from pdfium is kept unless
                    # pdfplumber finds a rulerless line-item table on it.
                    fast_text = page_text
                    page = pdf.pages[index]
                    try:
                        page_text = _read_page(page, index + 1, state, ruled=fast_text is None)
                    finally:
                        page.close()
                    if fast_text is not None and not page_text.tables:
                        page_text = fast_text
                    elif fast_text is not None:
                        counts["text"] -= 1  # pdfplumber read the page after all
                pages.append(page_text)
            except ReadingTimeout:
                problems.append(deadline.time_note(f"in page {index + 1} of {total}"))
                break
            except Exception as exc:
                problems.append(f"page {index + 1} could not be read ({_short(exc)})")
        if total > limit:
            problems.append(
                f"it has {total} pages and only the first {limit} were read (page limit)"
            )
    finally:
        pdf.close()
        if fast is not None:
            fast.close()
    sink = BlockSink(deadline)
    for block in _page_blocks(pages):
        if not sink.add(block):
            problems.append(sink.note(f"on page {block.page}") or "")
            break
    blocks = sink.items
    meta: dict[str, str] = {}
    blank = [p.number for p in pages if not p.chars]
    ocr_ready = settings.ocr and ocr_languages() is not None
    if pages and len(blank) == len(pages):
        # A scan: no text layer at all.
        if not ocr_ready:
            raise source.fail(
                "it has no text layer (a scan) and OCR is not available (install tesseract-ocr)"
            )
        blocks, done, stopped = _ocr_pdf(source, settings, blank, deadline)
        if not done:
            raise source.fail(f"it has no text layer (a scan) and {stopped}")
        meta["ocr"] = ocr_languages() or ""
        problems.insert(
            0, "it has no text layer (a scan); its text was read by OCR and may hold errors"
        )
        if stopped:
            problems.append(stopped)
    elif blank and (scanned := _scanned_pages(source, blank)):
        if ocr_ready:
            ocr, done, stopped = _ocr_pdf(source, settings, scanned, deadline)
            blocks = sorted([*blocks, *ocr], key=lambda b: b.page or 0)
            if done:
                meta["ocr"] = ocr_languages() or ""
                problems.append(
                    f"{_pages_list(done)} had no text layer and {_was(done)} read by OCR, which may hold errors"
                )
            if stopped:
                missing = [n for n in scanned if n not in done]
                problems.append(
                    f"{_pages_list(missing)} without a text layer {_was(missing)} not read: {stopped}"
                )
        else:
            problems.append(
                f"{_pages_list(scanned)} without a text layer {_was(scanned)} not read (OCR is not available)"
            )
    elif not pages and total:
        raise source.fail("none of its pages could be read")
    status: DocStatus = "partial" if problems else "read"
    error = f"{source.name}: {'; '.join(problems)}." if problems else None
    if state["tables"]:
        meta["tables"] = str(state["tables"])
    if counts["text"]:
        meta["pdfium_pages"] = str(counts["text"])
    if counts["table"]:
        meta["pdfium_table_pages"] = str(counts["table"])
    if title:
        meta["title"] = title
    return Reading(
        format="pdf", blocks=tuple(blocks), status=status, error=error, pages=total, meta=meta
    )


def _read_fast(
    pdf: Any, index: int, state: dict[str, Any], counts: Counter[str], fonts: dict[int, bool]
) -> _PageText | None:
    """A page read by pypdfium2; None when the page needs pdfplumber.

    Pages without drawn rules give their lines; pages with ruled tables that form clean grids
    give lines and cells (pdf_grid), the same pdfplumber gives. Rotated pages always come here:
    pdfplumber reads them in display coordinates, one character per line and tables transposed,
    while pdfium reads the text as it was drawn (tables as lines)."""
    page = pdf[index]
    try:
        rotated = page.get_rotation() != 0
        if not rotated and needs_system_font(page, fonts):
            return None  # pdfium would read this font with whatever font this machine has
        if not rotated and _has_rules(page):
            textpage = page.get_textpage()
            try:
                grid = read_grid_page(page, textpage)
            except Exception:  # the grid path only saves time: anything odd goes to pdfplumber
                grid = None
            finally:
                textpage.close()
            if grid is None:
                return None
            out = _PageText(number=index + 1, lines=grid.lines, chars=grid.chars)
            _add_tables(out, list(grid.tables), grid.tops, float(page.get_height()) or 1.0, state)
            counts["table"] += 1
            return out
        lines, chars = _pdfium_lines(page)
    finally:
        page.close()
    state["open"] = None
    counts["text"] += 1
    return _PageText(number=index + 1, lines=lines, chars=chars)


def _metadata_title(pdf: Any) -> str | None:
    try:
        title = pdf.metadata.get("Title")
    except Exception:  # a damaged Info dictionary is no reason to refuse the text
        return None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    title = " ".join(str(title or "").split())
    # generators' placeholders are no title
    return (
        title
        if title and title.lower() not in {"untitled", "untitled document", "(anonymous)"}
        else None
    )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]

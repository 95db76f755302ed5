"""Office files: DOCX (python-docx), XLSX (openpyxl), legacy .doc/.xls through LibreOffice.

DOCX paragraphs and tables come in document order; merged cells are given once, at their
top-left cell; nested tables get their own table number; headers and footers follow the
body. Tracked changes are kept: a paragraph with unaccepted changes yields its text with the
changes accepted (source tracked-insert) and as it read before them (source tracked-delete).

Longer than 500 lines because DOCX, XLSX and the legacy formats converted through
LibreOffice share the container checks, the cell cleaning and the converter; the raw OOXML
parts are read in ooxml.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.archive import check_office_container
from pipeline.ingest.common import BlockSink, Reading, Source, clean_cell, partial_reading
from pipeline.model import Block

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CLOCK_EVERY = 4096  # cells between two looks at the clock
_INSERTED = {f"{W}ins", f"{W}moveTo"}
_DELETED = {f"{W}del", f"{W}moveFrom"}


# --- DOCX --------------------------------------------------------------------------------


@dataclass
class _DocxState:
    sink: BlockSink
    paragraphs: int = 0
    tables: int = 0
    inserts: int = 0
    deletes: int = 0

    @property
    def blocks(self) -> list[Block]:
        return self.sink.items

    @property
    def full(self) -> bool:
        return self.sink.stopped is not None

    def add(self, block: Block) -> None:
        self.sink.add(block)


def _versions(element: Any) -> tuple[str, str, bool]:
    """(text with changes accepted, text before the changes, has tracked changes) of a paragraph."""
    accepted: list[str] = []
    original: list[str] = []
    changed = False
    for node in element.iter(
        f"{W}t", f"{W}delText", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"
    ):
        tag = node.tag
        if tag == f"{W}t" or tag == f"{W}delText":
            text = node.text or ""
        elif tag == f"{W}noBreakHyphen":
            text = "-"
        elif tag == f"{W}tab":
            text = "\t"
        else:
            text = "\n"
        inserted = deleted = False
        for ancestor in node.iterancestors():
            if ancestor is element:
                break
            if ancestor.tag in _INSERTED:
                inserted = True
            elif ancestor.tag in _DELETED:
                deleted = True
        if deleted or tag == f"{W}delText":
            original.append(text)
            changed = True
        elif inserted:
            accepted.append(text)
            changed = True
        else:
            accepted.append(text)
            original.append(text)
    return "".join(accepted), "".join(original), changed


def _paragraph(element: Any, state: _DocxState, source: str | None) -> None:
    accepted, original, changed = _versions(element)
    accepted, original = accepted.strip(), original.strip()
    if not accepted and not original:
        return
    state.paragraphs += 1
    line = state.paragraphs
    if not changed:
        state.add(Block(kind="paragraph", text=accepted, line=line, source=source))
        return
    if accepted:
        state.inserts += 1
        state.add(Block(kind="paragraph", text=accepted, line=line, source="tracked-insert"))
    if original and original != accepted:
        state.deletes += 1
        state.add(Block(kind="paragraph", text=original, line=line, source="tracked-delete"))


def _cell_text(tc: Any) -> tuple[str, str, bool]:
    accepted: list[str] = []
    original: list[str] = []
    changed = False
    for child in _content(tc):
        if child.tag == f"{W}p":
            a, o, c = _versions(child)
            accepted.append(a.strip())
            original.append(o.strip())
            changed = changed or c
    join = " ".join
    return (
        clean_cell(join(x for x in accepted if x)),
        clean_cell(join(x for x in original if x)),
        changed,
    )


def _content(element: Any) -> list[Any]:
    """Children of a body, cell or header, with content controls (w:sdt) opened up."""
    out = []
    for child in element:
        if child.tag == f"{W}sdt":
            inner = child.find(f"{W}sdtContent")
            if inner is not None:
                out.extend(_content(inner))
        elif child.tag in (f"{W}customXml", f"{W}smartTag"):
            out.extend(_content(child))
        else:
            out.append(child)
    return out


def _grid_span(tc: Any) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        return int(span.get(f"{W}val")) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _continues_merge(tc: Any) -> bool:
    merge = tc.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def _table(tbl: Any, state: _DocxState, source: str | None) -> None:
    state.tables += 1
    number = state.tables
    nested: list[Any] = []
    rows = (c for c in _content(tbl) if c.tag == f"{W}tr")
    for row_number, tr in enumerate(rows, start=1):
        before = tr.find(f"{W}trPr/{W}gridBefore")
        col = 1 + (int(before.get(f"{W}val", "0")) if before is not None else 0)
        for tc in (c for c in _content(tr) if c.tag == f"{W}tc"):
            span = _grid_span(tc)
            if not _continues_merge(tc):
                accepted, original, changed = _cell_text(tc)
                cell_source = source
                if changed:
                    cell_source = "tracked-insert"
                if accepted:
                    state.add(
                        Block(
                            kind="cell",
                            text=accepted,
                            table=number,
                            row=row_number,
                            col=col,
                            source=cell_source,
                        )
                    )
                if changed and original and original != accepted:
                    state.add(
                        Block(
                            kind="cell",
                            text=original,
                            table=number,
                            row=row_number,
                            col=col,
                            source="tracked-delete",
                        )
                    )
                nested.extend(c for c in _content(tc) if c.tag == f"{W}tbl")
            col += span
    for inner in nested:
        if state.full:
            return
        _table(inner, state, source)


def _walk(container: Any, state: _DocxState, source: str | None) -> None:
    _walk_children(_content(container), state, source)


def _walk_children(children: list[Any], state: _DocxState, source: str | None) -> None:
    for child in children:
        if state.full:
            return
        if child.tag == f"{W}p":
            _paragraph(child, state, source)
        elif child.tag == f"{W}tbl":
            _table(child, state, source)


def _expanded(child: Any) -> list[Any]:
    """One body child as _content gives it: content controls and custom XML opened up."""
    if child.tag == f"{W}sdt":
        inner = child.find(f"{W}sdtContent")
        return _content(inner) if inner is not None else []
    if child.tag in (f"{W}customXml", f"{W}smartTag"):
        return _content(child)
    return [child]


_SECTION_PARTS = (
    ("header", "headerReference", ("default", "first", "even")),
    ("footer", "footerReference", ("default", "first", "even")),
)
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _section_refs(sect_pr: Any) -> list[tuple[str, str]]:
    """(kind, relationship id) of a section's headers and footers, in python-docx's order:
    default, first-page and even-page header, then the footers; a missing one is linked to the
    previous section's and not read again."""
    refs = []
    for kind, tag, types in _SECTION_PARTS:
        for type_ in types:
            for ref in sect_pr.findall(f"{W}{tag}"):
                if ref.get(f"{W}type") == type_ and ref.get(R_ID):
                    refs.append((kind, ref.get(R_ID)))
                    break
    return refs


def read_docx(source: Source, settings: Settings) -> Reading:
    """A Word .docx: paragraphs, tables (cells), headers and footers, tracked changes kept.

    The body is parsed one top-level element at a time and each is dropped once read, so that
    reading stops where the budget (paragraphs, cells, characters, time) says, not after the
    whole file was held as one XML tree."""
    from lxml import etree  # deferred: lxml only when a DOCX is read (start-up)

    # deferred with lxml, which ooxml imports: only when a DOCX is read (start-up)
    from pipeline.ingest.ooxml import (
        ChildStream,
        PackageError,
        core_title,
        part_of_type,
        relationships,
    )

    check_office_container(source, settings)
    budget = source.budget_for(settings)
    state = _DocxState(BlockSink(budget))

    def stop(units: int) -> bool:
        # `units`: paragraphs and cells of the element being parsed (a cell holds a paragraph)
        room = sum(budget.limit(k) - budget.used[k] for k in ("cell", "paragraph"))
        return budget.expired or units > 2 * room + 1000

    problems: list[str] = []
    meta: dict[str, str] = {}
    try:
        with zipfile.ZipFile(source.stream()) as archive:
            main = part_of_type(archive, "", "officeDocument")
            if main is None or main not in archive.namelist():
                raise PackageError("it has no main document part")
            body = ChildStream(archive, main, container_depth=2, stop=stop)
            refs: list[tuple[str, str]] = []  # read now: each child is cleared once read
            for child in body:
                if body.root_tag is not None and not body.root_tag.endswith("}document"):
                    raise PackageError(
                        f"its main part is a {body.root_tag.split('}')[-1]}, not a Word document"
                    )
                if child.tag == f"{W}sectPr":
                    refs += _section_refs(child)
                elif (
                    child.tag == f"{W}p" and (found := child.find(f"{W}pPr/{W}sectPr")) is not None
                ):
                    refs += _section_refs(found)
                _walk_children(_expanded(child), state, None)
                if state.full:
                    break
            if body.cut or state.full:
                where = (
                    f"in table {state.tables}"
                    if child.tag == f"{W}tbl"
                    else f"at paragraph {state.paragraphs}"
                )
                problems.append(state.sink.note(where) or budget.time_note(where))
            rels = relationships(archive, main)
            seen: set[str] = set()
            for kind, rid in refs:
                if state.full or body.cut:
                    break
                target = rels.get(rid, ("", ""))[1]
                if target not in archive.namelist():
                    continue
                key = f"{kind}:{hashlib.sha256(archive.read(target)).hexdigest()}"
                if key in seen:
                    continue
                seen.add(key)
                for child in ChildStream(archive, target, container_depth=1, stop=stop):
                    _walk_children(_expanded(child), state, kind)
            if body.strict:
                meta["variant"] = "strict open xml"
            title = core_title(archive)
    except (PackageError, KeyError) as exc:
        reason = exc.args[0] if isinstance(exc, PackageError) else f"a part is missing: {exc}"
        raise source.fail(f"it is not a readable Word document ({reason})") from exc
    except etree.XMLSyntaxError as exc:
        raise source.fail(f"it is not a readable Word document ({exc})") from exc
    if title:
        meta["title"] = title
    if state.inserts or state.deletes:
        meta["tracked_changes"] = (
            f"{state.inserts} changed paragraph(s) or cell(s) with unaccepted changes"
        )
    return partial_reading(source, "docx", state.blocks, problems, meta)


# --- XLSX --------------------------------------------------------------------------------


def cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell value as text: integers without '.0', floats without binary noise, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if number_format and "%" in number_format:
            return f"{value * 100:.10g}%"
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.12g}"
    return clean_cell(str(value))


def _sheet_cells(sheet: Any) -> Any:
    """The cells a streamed sheet really holds, row by row. Its declared used range is dropped
    first: an 'inflated' range (A1:XFD1048576) would otherwise pad every row with empty cells."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    return (cell for row in sheet.iter_rows() for cell in row)


_OPENPYXL_PATCH = threading.Lock()


@contextmanager
def _without_dimension_scan() -> Iterator[None]:
    """Load a read-only workbook without openpyxl's look for each sheet's <dimension>: with none
    in the file it parses the whole sheet (minutes for a big one) before a cell is read. The
    declared used range is dropped anyway (`_sheet_cells`), so nothing is lost."""
    from openpyxl.worksheet._read_only import (
        ReadOnlyWorksheet,  # deferred: openpyxl is slow to import
    )

    with _OPENPYXL_PATCH:
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original


def read_xlsx(source: Source, settings: Settings) -> Reading:
    """An Excel .xlsx/.xlsm: every worksheet's cells (sheet, row, col as in Excel), cached formula values."""
    import openpyxl  # deferred: openpyxl is slow to import (start-up of other commands)

    check_office_container(source, settings)
    try:
        with _without_dimension_scan():
            workbook = openpyxl.load_workbook(source.stream(), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, TypeError... on damaged files
        raise source.fail(f"it is not a readable Excel workbook ({_short(exc)})") from exc
    budget = source.budget_for(settings)
    sink = BlockSink(budget)
    problems: list[str] = []
    try:
        for number, sheet in enumerate(workbook.worksheets, start=1):
            if number > 1 and budget.expired:
                problems.append(budget.time_note(f"at sheet {sheet.title!r}"))
                break
            for count, cell in enumerate(_sheet_cells(sheet), start=1):
                if count % _CLOCK_EVERY == 0 and not sink.check_time():
                    break
                value = getattr(cell, "value", None)
                text = (
                    cell_text(value, getattr(cell, "number_format", None))
                    if value is not None
                    else ""
                )
                if text and not sink.add(
                    Block(
                        kind="cell",
                        text=text,
                        sheet=sheet.title,
                        table=number,
                        row=cell.row,
                        col=cell.column,
                    )
                ):
                    break
            if sink.stopped is not None:
                where = f"in sheet {sheet.title!r} at row {getattr(cell, 'row', '?')}"
                problems.append(sink.note(where) or "")
                break
        sheets = ", ".join(ws.title for ws in workbook.worksheets)
        hidden = ", ".join(ws.title for ws in workbook.worksheets if ws.sheet_state != "visible")
    finally:
        workbook.close()
    meta = {"sheets": sheets}
    if hidden:
        meta["hidden_sheets"] = (
            hidden  # read like the others, but a reader of the file never saw them
        )
    return partial_reading(source, "xlsx", sink.items, problems, meta)


# --- legacy formats through LibreOffice --------------------------------------------------


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def _convert(source: Source, settings: Settings, target: str, kind: str) -> bytes:
    exe = libreoffice()
    if exe is None:
        raise source.fail(
            f"it is a legacy {kind} file and LibreOffice is not installed to convert it "
            f"(install libreoffice, or save it as .{target})"
        )
    with tempfile.TemporaryDirectory(prefix="order-audit-") as tmp:
        original = Path(tmp) / f"in{source.suffix}"
        original.write_bytes(source.data)
        try:
            subprocess.run(
                [exe, "--headless", "--convert-to", target, "--outdir", tmp, str(original)],
                capture_output=True,
                timeout=settings.seconds_per_document,
                check=False,
                env={"HOME": tmp, "PATH": "/usr/bin:/bin"},
            )
        except subprocess.TimeoutExpired as exc:
            raise source.fail(
                f"converting it with LibreOffice took longer than {settings.seconds_per_document:g} s"
            ) from exc
        converted = Path(tmp) / f"in.{target}"
        if not converted.is_file():
            raise source.fail(
                f"LibreOffice could not convert it to .{target}; the file may be damaged"
            )
        return converted.read_bytes()


def read_doc(source: Source, settings: Settings) -> Reading:
    """A legacy Word .doc, converted to .docx with LibreOffice when it is installed."""
    data = _convert(source, settings, "docx", "Word .doc")
    reading = read_docx(Source(source.name, data), settings)
    return Reading(
        format="doc", blocks=reading.blocks, meta=reading.meta | {"converted": "libreoffice"}
    )


def read_xls(source: Source, settings: Settings) -> Reading:
    """A legacy Excel .xls, converted to .xlsx with LibreOffice when it is installed."""
    data = _convert(source, settings, "xlsx", "Excel .xls")
    reading = read_xlsx(Source(source.name, data), settings)
    return Reading(
        format="xls",
        blocks=reading.blocks,
        status=reading.status,
        error=reading.error,
        meta=reading.meta | {"converted": "libreoffice"},
    )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]

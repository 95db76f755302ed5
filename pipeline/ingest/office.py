"""Office files: DOCX (python-docx), XLSX (openpyxl), legacy .doc/.xls through LibreOffice.

DOCX paragraphs and tables come in document order; merged cells are given once, at their
top-left cell; nested tables get their own table number; headers and footers follow the
body. Tracked changes are kept: a paragraph with unaccepted changes yields its text with the
changes accepted (source tracked-insert) and as it read before them (source tracked-delete).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.archive import check_office_container
from pipeline.ingest.common import Deadline, Reading, Source, clean_cell
from pipeline.model import Block, DocStatus

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_INSERTED = {f"{W}ins", f"{W}moveTo"}
_DELETED = {f"{W}del", f"{W}moveFrom"}


# --- DOCX --------------------------------------------------------------------------------


@dataclass
class _DocxState:
    blocks: list[Block] = field(default_factory=list)
    paragraphs: int = 0
    tables: int = 0
    inserts: int = 0
    deletes: int = 0


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
        state.blocks.append(Block(kind="paragraph", text=accepted, line=line, source=source))
        return
    if accepted:
        state.inserts += 1
        state.blocks.append(
            Block(kind="paragraph", text=accepted, line=line, source="tracked-insert")
        )
    if original and original != accepted:
        state.deletes += 1
        state.blocks.append(
            Block(kind="paragraph", text=original, line=line, source="tracked-delete")
        )


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
                    state.blocks.append(
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
                    state.blocks.append(
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
        _table(inner, state, source)


def _walk(container: Any, state: _DocxState, source: str | None) -> None:
    for child in _content(container):
        if child.tag == f"{W}p":
            _paragraph(child, state, source)
        elif child.tag == f"{W}tbl":
            _table(child, state, source)


def read_docx(source: Source, settings: Settings) -> Reading:
    """A Word .docx: paragraphs, tables (cells), headers and footers, tracked changes kept."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_office_container(source, settings)
    try:
        document = docx.Document(source.stream())
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        strict = _read_strict_docx(source)
        if strict is not None:
            return strict
        raise source.fail(f"it is not a readable Word document ({exc})") from exc
    state = _DocxState()
    _walk(document.element.body, state, None)
    seen: set[str] = set()
    for section in document.sections:
        for kind, parts in (
            ("header", (section.header, section.first_page_header, section.even_page_header)),
            ("footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                try:
                    if part.is_linked_to_previous:
                        continue
                    element = part._element
                except (AttributeError, KeyError, ValueError):
                    continue
                key = f"{kind}:{element.xml if hasattr(element, 'xml') else id(element)}"
                if key in seen:
                    continue
                seen.add(key)
                _walk(element, state, kind)
    meta: dict[str, str] = {}
    title = document.core_properties.title
    if title:
        meta["title"] = title
    if state.inserts or state.deletes:
        meta["tracked_changes"] = (
            f"{state.inserts} changed paragraph(s) or cell(s) with unaccepted changes"
        )
    return Reading(format="docx", blocks=tuple(state.blocks), meta=meta)


_STRICT_NAMESPACES = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W[1:-1].encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
)


def _read_strict_docx(source: Source) -> Reading | None:
    """A 'Strict Open XML' document (which python-docx cannot open): its body read directly,
    after mapping the strict namespaces to the transitional ones they mirror."""
    import zipfile

    from lxml import etree

    try:
        with zipfile.ZipFile(source.stream()) as archive:
            data = archive.read("word/document.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    if _STRICT_NAMESPACES[0][0] not in data:
        return None
    for strict, transitional in _STRICT_NAMESPACES:
        data = data.replace(strict, transitional)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    body = root.find(f"{W}body")
    if body is None:
        return None
    state = _DocxState()
    _walk(body, state, None)
    return Reading(format="docx", blocks=tuple(state.blocks), meta={"variant": "strict open xml"})


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


def read_xlsx(source: Source, settings: Settings) -> Reading:
    """An Excel .xlsx/.xlsm: every worksheet's cells (sheet, row, col as in Excel), cached formula values."""
    import openpyxl

    check_office_container(source, settings)
    try:
        workbook = openpyxl.load_workbook(source.stream(), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, TypeError... on damaged files
        raise source.fail(f"it is not a readable Excel workbook ({_short(exc)})") from exc
    deadline = Deadline(settings)
    blocks: list[Block] = []
    problems: list[str] = []
    try:
        for number, sheet in enumerate(workbook.worksheets, start=1):
            if number > 1 and deadline.expired:
                problems.append(
                    f"reading stopped at sheet {sheet.title!r}: the per-document time limit was reached"
                )
                break
            for cell in _sheet_cells(sheet):
                value = getattr(cell, "value", None)
                text = (
                    cell_text(value, getattr(cell, "number_format", None))
                    if value is not None
                    else ""
                )
                if text:
                    blocks.append(
                        Block(
                            kind="cell",
                            text=text,
                            sheet=sheet.title,
                            table=number,
                            row=cell.row,
                            col=cell.column,
                        )
                    )
        sheets = ", ".join(ws.title for ws in workbook.worksheets)
        hidden = ", ".join(ws.title for ws in workbook.worksheets if ws.sheet_state != "visible")
    finally:
        workbook.close()
    meta = {"sheets": sheets}
    if hidden:
        meta["hidden_sheets"] = (
            hidden  # read like the others, but a reader of the file never saw them
        )
    status: DocStatus = "partial" if problems else "read"
    error = f"{source.name}: {'; '.join(problems)}." if problems else None
    return Reading(format="xlsx", blocks=tuple(blocks), status=status, error=error, meta=meta)


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

"""Hostile inputs of issue 13, generated on demand (bombs are built, never committed).

Each `make_*` writes one file (or folder) and returns its path. `order_with(...)` builds a small
real order around a hostile file, so that an audit of it must still read the other documents.
`benchmarks/hostile.py` measures the same inputs with bigger sizes.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE_ORDER = ROOT / "samples" / "steel-bottles-bank-change"
MB = 1024 * 1024

# A line an order's text could hold, repeated: compresses about 300 times.
_LINE = "Unit price: US$1.85 per pc, 304 stainless steel, 5-ply export carton, lead time 35 days\n"


def order_with(folder: Path, name: str = "order") -> Path:
    """A copy of a bundled sample order (spec, quote, PIs, chat) with an empty misc/ folder."""
    order = folder / name
    shutil.copytree(BASE_ORDER, order, ignore=shutil.ignore_patterns("expected.json"))
    (order / "misc").mkdir()
    return order


def _text(size: int) -> bytes:
    return (_LINE * (size // len(_LINE) + 1)).encode()[:size]


# --- point 1: zip bombs ----------------------------------------------------------------------


def make_zip_of_many_members(
    path: Path, *, members: int = 190, size: int = 1_000_000 - 1, padding: int = 0
) -> Path:
    """A zip of `members` text members just under 1 MB each (the old per-member ratio floor),
    plus `padding` incompressible bytes that pull the archive's overall ratio down."""
    body = _text(size)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for n in range(members):
            archive.writestr(f"notes/part-{n:03d}.txt", body)
        if padding:
            archive.writestr("media/photo.jpg", random.Random(13).randbytes(padding))
    return path


def make_nested_zip(path: Path, *, levels: int = 10, members: int = 150) -> Path:
    """`levels` zips nested in each other, each with `members` text members of 0.99 MB beside
    the next level: under the old limits every level read passed its own 200 MB cap."""
    inner: bytes | None = None
    body = _text(1_000_000 - 1)
    for level in range(levels, 0, -1):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for n in range(members):
                archive.writestr(f"level-{level}/part-{n:03d}.txt", body)
            if inner is not None:
                archive.writestr(f"level-{level}/inner.zip", inner, zipfile.ZIP_STORED)
        inner = buffer.getvalue()
    assert inner is not None
    path.write_bytes(inner)
    return path


def make_zip_with_unsafe_names(path: Path) -> Path:
    """A zip whose members try to leave the archive: '../x', '/abs', 'a/../../b', 'C:\\\\x'."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("quote.txt", "QUOTATION\nUnit price: US$1.85\n")
        for name in ("../escape.txt", "/etc/abs.txt", "a/../../up.txt", "C:\\windows.txt"):
            info = zipfile.ZipInfo(name)
            archive.writestr(info, "PROFORMA INVOICE\nBank: new account\n")
    return path


# --- point 2: big files of every format -------------------------------------------------------


def make_csv(path: Path, *, cells: int = 1_000_000, columns: int = 10) -> Path:
    """A CSV of `cells` cells (a 1M-cell CSV is about 6 MB)."""
    rows = cells // columns
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(f"col{c}" for c in range(columns)) + "\n")
        for r in range(rows - 1):
            out.write(",".join(f"{r % 997}.{c}" for c in range(columns)) + "\n")
    return path


def make_text(path: Path, *, size: int) -> Path:
    path.write_bytes(_text(size))
    return path


def make_one_line_text(path: Path, *, size: int) -> Path:
    """A text file that is one line of `size` bytes."""
    path.write_bytes(_text(size).replace(b"\n", b" "))
    return path


_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, document_xml: bytes | str, *, level: int = 6) -> Path:
    data = document_xml.encode() if isinstance(document_xml, str) else document_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("word/document.xml", data)
    return path


def make_docx(path: Path, *, paragraphs: int, table_rows: int = 0) -> Path:
    """A DOCX of `paragraphs` paragraphs (and a table of `table_rows` rows of 4 cells), its XML
    written directly (python-docx would take minutes for a million paragraphs)."""
    rng = random.Random(13)
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
    ]
    for n in range(paragraphs):
        parts.append(
            f"<w:p><w:r><w:t>Clause {n}: unit price US${rng.randint(1, 999)}.{rng.randint(0, 99):02d} "
            f"per pc, batch {rng.getrandbits(40):x}</w:t></w:r></w:p>"
        )
    if table_rows:
        parts.append("<w:tbl>")
        for r in range(table_rows):
            cells = "".join(
                f"<w:tc><w:p><w:r><w:t>r{r}c{c} {rng.getrandbits(24):x}</w:t></w:r></w:p></w:tc>"
                for c in range(4)
            )
            parts.append(f"<w:tr>{cells}</w:tr>")
        parts.append("</w:tbl>")
    parts.append("<w:p><w:r><w:t>END OF DOCUMENT</w:t></w:r></w:p></w:body></w:document>")
    return _docx(path, "".join(parts), level=1)


def make_docx_with_doctype(path: Path, *, padding: int = 0, utf16: bool = False) -> Path:
    """A DOCX whose document.xml declares an entity after `padding` bytes of comment (past the
    old 4 KB look-ahead), optionally in UTF-16."""
    pad = f"<!--{' ' * padding}-->" if padding else ""
    xml = (
        f'<?xml version="1.0" encoding="{"UTF-16" if utf16 else "UTF-8"}"?>{pad}'
        '<!DOCTYPE w:document [<!ENTITY bank "IBAN DE00 0000 0000 0000 0000 00">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        "<w:p><w:r><w:t>PROFORMA INVOICE</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Pay to &bank;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return _docx(path, ("\ufeff" + xml).encode("utf-16-le") if utf16 else xml.encode())


_XLSX_FILES = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Prices" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    ),
}


def _column(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


def make_xlsx(path: Path, *, rows: int, columns: int = 10) -> Path:
    """An XLSX with one sheet of rows x columns numeric cells, its XML written directly."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    ]
    letters = [_column(c) for c in range(columns)]
    for r in range(1, rows + 1):
        cells = "".join(f'<c r="{letters[c]}{r}"><v>{r * 7 + c}</v></c>' for c in range(columns))
        parts.append(f'<row r="{r}">{cells}</row>')
    parts.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _XLSX_FILES.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))
    return path


def make_whatsapp(path: Path, *, messages: int, bank_change_last: bool = True) -> Path:
    """A WhatsApp export of `messages` messages (60k is about 4 MB); the last one announces new
    bank details, as a supplier's chat does before the balance is due."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(messages - 1):
            day, minute = 1 + (n // 1440) % 28, n % 60
            out.write(
                f"{day:02d}/03/2026, {(n // 60) % 24:02d}:{minute:02d} - Lily Brightway: "
                f"message {n}: the carton is 5-ply, the price stays US$1.85\n"
            )
        if bank_change_last:
            out.write(
                "28/03/2026, 23:59 - Lily Brightway: Our bank account changed, please pay the "
                "balance to the new account: IBAN HK00 1234 5678 9012\n"
            )
    return path


# --- point 3: PDF stream bomb ------------------------------------------------------------------


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def make_pdf_stream_bomb(path: Path, *, inflated: int = 1024 * MB) -> Path:
    """A one-page PDF whose content stream is `inflated` bytes of text operators and spaces,
    Flate-compressed (1 GB is about 1 MB on disk)."""
    head = b"BT /F1 12 Tf 72 720 Td (PROFORMA INVOICE PI-2291) Tj ET\n"
    compressor = zlib.compressobj(9)
    chunks = [compressor.compress(head)]
    block = b" " * MB
    for _ in range(max(0, inflated - len(head)) // MB):
        chunks.append(compressor.compress(block))
    chunks.append(compressor.flush())
    content = b"".join(chunks)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode()
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(_pdf(objects))
    return path


# --- points 6 and 8: odd files and folders -----------------------------------------------------


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_deep_folders(order: Path, *, depth: int = 1100) -> Path:
    """`depth` nested folders under order/deep with a quotation at the bottom."""
    folder = order / "deep"
    folder.mkdir()
    for _ in range(depth):  # level by level: Path.mkdir(parents=True) recurses
        folder = folder / "d"
        folder.mkdir()
    (folder / "quote.txt").write_text("QUOTATION\nUnit price: US$1.85 per pc\n", encoding="utf-8")
    return folder / "quote.txt"


def remove_deep_folders(order: Path) -> None:
    """Remove what make_deep_folders made, deepest first (shutil.rmtree recurses: pytest's own
    clean-up of old temporary folders would hit RecursionError on it)."""
    top = order / "deep"
    if not top.is_dir():
        return
    folders = [top]
    while (folders[-1] / "d").is_dir():
        folders.append(folders[-1] / "d")
    for folder in reversed(folders):
        for child in folder.iterdir():
            if not child.is_dir():
                child.unlink()
        folder.rmdir()

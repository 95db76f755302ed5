"""Plain text, Markdown and CSV, with the file's encoding detected once for the whole file."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata

from charset_normalizer import from_bytes

from pipeline.config import Settings
from pipeline.ingest.common import Reading, Source, clean_cell
from pipeline.model import Block

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def detect_encoding(data: bytes) -> str:
    """The encoding of a whole file: BOM, then strict UTF-8, UTF-16 without BOM, GB18030, cp1252.

    Chinese logs are GB18030/GBK far more often than anything charset-normalizer might
    propose for a short sample (Big5, EUC-KR), so GB18030 wins when the decoded text is
    mostly CJK; Western files that are not UTF-8 are almost always cp1252.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.3 and even_nul < 0.05:
            return "utf-16-le"
        if even_nul > 0.3 and odd_nul < 0.05:
            return "utf-16-be"
    try:
        decoded = data.decode("gb18030")
        non_ascii = [c for c in decoded if ord(c) > 127]
        if non_ascii and sum(1 for c in non_ascii if _CJK.match(c)) / len(non_ascii) > 0.6:
            return "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding in {
        "gb18030",
        "gbk",
        "gb2312",
        "big5",
        "utf_16",
        "cp1252",
    }:
        return "gb18030" if best.encoding in {"gbk", "gb2312"} else best.encoding
    return "cp1252"


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding we read (NULs outside UTF-16, control junk)."""
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    even, odd = sample[0::2], sample[1::2]
    utf16_like = (odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even)) or (
        even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd)
    )
    if utf16_like:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.02 * len(sample) or b"\x00" in sample


def decode_text(source: Source) -> tuple[str, str]:
    """The file's text and encoding name; raises UnreadableDocument for binary data."""
    if not source.data.strip():
        raise source.fail("the file is empty")
    if looks_binary(source.data):
        raise source.fail("the file holds binary data, not text")
    encoding = detect_encoding(source.data)
    text = source.data.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _mostly_unprintable(text):
        raise source.fail(f"the file does not decode to readable text (tried {encoding})")
    return text, encoding


def _mostly_unprintable(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or unicodedata.category(c) in {"Cc", "Co", "Cn"} and c not in "\n\t\f"
    )
    return bad > 0.1 * len(sample)


def text_lines(text: str) -> tuple[Block, ...]:
    """Non-empty lines of a text, numbered from 1 within the file (blank lines keep their number)."""
    return tuple(
        Block(kind="line", text=line.rstrip(), line=number)
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    )


def read_text(source: Source, settings: Settings) -> Reading:
    """A plain text file: one line block per non-empty line."""
    text, encoding = decode_text(source)
    return Reading(format="text", blocks=text_lines(text), meta={"encoding": encoding})


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(
    r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$|^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$"
)


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    cells = re.split(r"(?<!\\)\|", inner)
    return [clean_cell(c.replace("\\|", "|")) for c in cells]


def read_markdown(source: Source, settings: Settings) -> Reading:
    """A Markdown file: its lines, except pipe tables (a header row, then a |---| rule), which
    become cells (table, row, col) like the tables of other formats."""
    text, encoding = decode_text(source)
    lines = text.split("\n")
    blocks: list[Block] = []
    tables = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if _PIPE_ROW.match(line) and index + 1 < len(lines) and _PIPE_RULE.match(lines[index + 1]):
            tables += 1
            rows = [line]
            index += 2
            while index < len(lines) and _PIPE_ROW.match(lines[index]):
                rows.append(lines[index])
                index += 1
            for row_number, row in enumerate(rows, start=1):
                for col_number, value in enumerate(_pipe_cells(row), start=1):
                    if value:
                        blocks.append(
                            Block(
                                kind="cell",
                                text=value,
                                table=tables,
                                row=row_number,
                                col=col_number,
                            )
                        )
            continue
        if line.strip():
            blocks.append(Block(kind="line", text=line.rstrip(), line=index + 1))
        index += 1
    return Reading(format="markdown", blocks=tuple(blocks), meta={"encoding": encoding})


def read_html(source: Source, settings: Settings) -> Reading:
    """An HTML page saved from a browser or an ERP: its visible text as lines (scripts and styles
    dropped, block elements on their own lines, table cells separated by tabs)."""
    from pipeline.ingest.mail import html_to_text

    text, encoding = decode_text(source)
    return Reading(
        format="html", blocks=text_lines(html_to_text(text)), meta={"encoding": encoding}
    )


def read_csv(source: Source, settings: Settings) -> Reading:
    """A CSV/TSV file as one table of cells; the delimiter is sniffed from the first lines."""
    text, encoding = decode_text(source)
    head = "\n".join(text.split("\n")[:20])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    blocks = []
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(v.strip() for v in row)]
    for row_number, row in enumerate(rows, start=1):
        for col_number, value in enumerate(row, start=1):
            if value.strip():
                blocks.append(
                    Block(
                        kind="cell", text=clean_cell(value), table=1, row=row_number, col=col_number
                    )
                )
    meta = {"encoding": encoding, "delimiter": getattr(dialect, "delimiter", ",")}
    return Reading(format="csv", blocks=tuple(blocks), meta=meta)

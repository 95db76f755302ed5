"""Plain text, Markdown, HTML and CSV, with the file's encoding detected once for the whole file.

The text is decoded as a stream of lines and the readers stop where the document's budget says
(lines, cells, characters, time): a 30 MB CSV is never held as a million cells.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator

from charset_normalizer import from_bytes

from pipeline.config import Settings
from pipeline.ingest.common import BlockSink, Reading, Source, clean_cell, partial_reading
from pipeline.ingest.html_text import html_text_lines
from pipeline.model import Block

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_CHUNK = 1 << 20
_SAMPLE = 1 << 20  # the bytes whose decoded text decides GB18030
_CLOCK_EVERY = 4096  # lines between two looks at the clock


def _decodes(data: bytes, encoding: str) -> bool:
    """True when the whole of `data` decodes strictly; decoded chunk by chunk and thrown away, so
    a big file is never held as text twice."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(view[start : start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """The encoding of a whole file: BOM, then strict UTF-8, UTF-16 without BOM, GB18030, cp1252.

    Chinese logs are GB18030/GBK far more often than anything charset-normalizer might
    propose for a short sample (Big5, EUC-KR), so GB18030 wins when the decoded text is
    mostly CJK; Western files that are not UTF-8 are almost always cp1252.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _decodes(data, "utf-8"):
        return "utf-8"
    sample = data[:4096]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.3 and even_nul < 0.05:
            return "utf-16-le"
        if even_nul > 0.3 and odd_nul < 0.05:
            return "utf-16-be"
    if _decodes(data, "gb18030"):
        decoded = data[:_SAMPLE].decode("gb18030", errors="ignore")
        non_ascii = [c for c in decoded if ord(c) > 127]
        if non_ascii and sum(1 for c in non_ascii if _CJK.match(c)) / len(non_ascii) > 0.6:
            return "gb18030"
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


_NOT_BLANK = re.compile(rb"[^\s\x00]")


def _checked_encoding(source: Source) -> str:
    """The encoding of a text file, after refusing empty, binary and undecodable files."""
    if not _NOT_BLANK.search(source.data):
        raise source.fail("the file is empty")
    if looks_binary(source.data):
        raise source.fail("the file holds binary data, not text")
    encoding = detect_encoding(source.data)
    head = source.data[:16384].decode(encoding, errors="replace")
    if _mostly_unprintable(head.lstrip("\ufeff")):
        raise source.fail(f"the file does not decode to readable text (tried {encoding})")
    return encoding


def decode_text(source: Source) -> tuple[str, str]:
    """The file's whole text and encoding name; raises UnreadableDocument for binary data.
    Readers of big files use `text_stream` instead."""
    encoding = _checked_encoding(source)
    text = source.data.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _stream_lines(data: bytes, encoding: str) -> Iterator[str]:
    wrapper = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace", newline=None)
    first = True
    for line in wrapper:
        line = line[:-1] if line.endswith("\n") else line
        if first:
            line, first = line.lstrip("\ufeff"), False
        yield line


def text_stream(source: Source) -> tuple[Iterator[str], str]:
    """The file's lines (CRLF, CR and LF all end a line; no line ends kept), decoded as they are
    read, and its encoding; raises UnreadableDocument for binary data."""
    encoding = _checked_encoding(source)
    return _stream_lines(source.data, encoding), encoding


def text_head(source: Source, size: int = 1 << 18) -> str:
    """The first `size` bytes of a text file as text (whole lines), for sniffing its format."""
    encoding = _checked_encoding(source)
    cut = source.data[:size]
    if len(source.data) > size and b"\n" in cut:
        cut = cut[: cut.rindex(b"\n")]
    text = cut.decode(encoding, errors="replace")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


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


def _line_blocks(
    source: Source,
    settings: Settings,
    lines: Iterator[str] | list[str],
    fmt: str,
    meta: dict[str, str],
) -> Reading:
    """One line block per non-empty line (numbered in the file), within the budget."""
    sink = BlockSink(source.budget_for(settings))
    number = 0
    for number, line in enumerate(lines, start=1):
        if number % _CLOCK_EVERY == 0 and not sink.check_time():
            break
        if line.strip() and not sink.add(Block(kind="line", text=line.rstrip(), line=number)):
            break
    return partial_reading(source, fmt, sink.items, [sink.note(f"at line {number}") or ""], meta)


def read_text(source: Source, settings: Settings) -> Reading:
    """A plain text file: one line block per non-empty line."""
    lines, encoding = text_stream(source)
    return _line_blocks(source, settings, lines, "text", {"encoding": encoding})


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
    lines, encoding = text_stream(source)
    sink = BlockSink(source.budget_for(settings))
    tables = 0
    index = 0
    line = next(lines, None)
    while line is not None:
        if index % _CLOCK_EVERY == 0 and not sink.check_time():
            break
        following = next(lines, None)
        if _PIPE_ROW.match(line) and following is not None and _PIPE_RULE.match(following):
            tables += 1
            rows = [line]
            index += 2
            line = next(lines, None)
            while line is not None and _PIPE_ROW.match(line):
                rows.append(line)
                index += 1
                line = next(lines, None)
            if not _table_cells(sink, rows, tables):
                break
            continue
        if line.strip() and not sink.add(Block(kind="line", text=line.rstrip(), line=index + 1)):
            break
        index += 1
        line = following
    note = sink.note(f"at line {index + 1}")
    return partial_reading(source, "markdown", sink.items, [note or ""], {"encoding": encoding})


def _table_cells(sink: BlockSink, rows: list[str], table: int) -> bool:
    for row_number, row in enumerate(rows, start=1):
        for col_number, value in enumerate(_pipe_cells(row), start=1):
            if value and not sink.add(
                Block(kind="cell", text=value, table=table, row=row_number, col=col_number)
            ):
                return False
    return True


def read_html(source: Source, settings: Settings) -> Reading:
    """An HTML page saved from a browser or an ERP: its visible text as lines (scripts and styles
    dropped, block elements on their own lines, table cells separated by tabs)."""

    lines, encoding = text_stream(source)
    sink = BlockSink(source.budget_for(settings))
    number = 0
    blank = False  # a run of blank lines counts as one line, as in html_to_text
    for count, line in enumerate(html_text_lines(f"{x}\n" for x in lines), start=1):
        if count % _CLOCK_EVERY == 0 and not sink.check_time():
            break
        if not line:
            blank = number > 0
            continue
        number += 2 if blank else 1
        blank = False
        if not sink.add(Block(kind="line", text=line, line=number)):
            break
    note = sink.note(f"at line {number}")
    return partial_reading(source, "html", sink.items, [note or ""], {"encoding": encoding})


def read_csv(source: Source, settings: Settings) -> Reading:
    """A CSV/TSV file as one table of cells; the delimiter is sniffed from the first lines."""
    head = "\n".join(text_head(source, 1 << 16).split("\n")[:20])
    lines, encoding = text_stream(source)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    sink = BlockSink(source.budget_for(settings))
    row_number = 0
    # the csv module needs each line's end to keep a quoted cell's own line breaks ("Beneficiary:
    # ...\nBank: ..."); text_stream gives lines without them
    for count, row in enumerate(csv.reader((f"{x}\n" for x in lines), dialect), start=1):
        if count % _CLOCK_EVERY == 0 and not sink.check_time():
            break
        if not any(v.strip() for v in row):
            continue
        row_number += 1
        if not all(
            sink.add(Block(kind="cell", text=clean_cell(v), table=1, row=row_number, col=col))
            for col, v in enumerate(row, start=1)
            if v.strip()
        ):
            break
    meta = {"encoding": encoding, "delimiter": getattr(dialect, "delimiter", ",")}
    note = sink.note(f"at row {row_number}")
    return partial_reading(source, "csv", sink.items, [note or ""], meta)

"""What a PDF may cost before any library decodes it, and which pages need no system font.

- Compressed streams are inflated once here, counted and thrown away, through the same filters
  pdfminer and pdfium apply (Flate, LZW, RunLength, after ASCII85/ASCIIHex and decryption), so
  a 1 MB file holding a 1 GB Flate stream is refused before pdfplumber or pdfium would hold it
  in memory. Content streams, fonts and object streams spend from the document's unpacked-bytes
  budget; each image stream (decoded only to render a scan for OCR) may unpack to at most that
  budget on its own.
- pdfium reads the text of a font that is not embedded with a font of this machine in its place:
  without a CJK font some characters vanish ("收到定金后40天" read as "收到定金后40") and glyph
  boxes change, so the same file read differently on two machines. Pages that draw text in a
  non-embedded font other than the 14 standard ones (which pdfium carries itself) are left to
  pdfplumber, which only uses the metrics in the file and its own tables. pdfplumber reads the
  standard Symbol and ZapfDingbats fonts through their built-in encodings, as pdfium does.
"""

from __future__ import annotations

import ctypes
import tomllib
import zlib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from io import BytesIO
from typing import Any

from pipeline.ingest.common import MB, Budget, Source
from pipeline.ingest.pdf_grid import raw_page_objects

_CHUNK = 1 << 16
_CLOCK_EVERY = 256  # objects between two looks at the clock
_FLATE = {"FlateDecode", "Fl"}
_LZW = {"LZWDecode", "LZW"}
_RUN_LENGTH = {"RunLengthDecode", "RL"}
_ASCII85 = {"ASCII85Decode", "A85"}
_ASCIIHEX = {"ASCIIHexDecode", "AHx"}
# The 14 standard fonts (PDF 1.7, 9.6.2.2) and the names Windows writes for three of them.
STANDARD_FONTS = frozenset(
    {
        "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique",
        "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique",
        "Times-Roman", "Times-Bold", "Times-BoldItalic", "Times-Italic",
        "Symbol", "ZapfDingbats",
        "Arial", "Arial,Bold", "Arial,Italic", "Arial,BoldItalic", "ArialMT", "Arial-BoldMT",
        "Arial-ItalicMT", "Arial-BoldItalicMT", "TimesNewRoman", "TimesNewRoman,Bold",
        "TimesNewRoman,Italic", "TimesNewRoman,BoldItalic", "TimesNewRomanPSMT",
        "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT", "TimesNewRomanPS-BoldItalicMT",
        "CourierNew", "CourierNew,Bold", "CourierNew,Italic", "CourierNew,BoldItalic",
        "CourierNewPSMT", "CourierNewPS-BoldMT",
    }
)  # fmt: skip


class StreamBomb(Exception):
    """A stream unpacks past what is left of the budget."""


def _name(value: Any) -> str:
    from pdfminer.psparser import PSLiteral  # deferred: PDF libraries load only when a PDF is read

    name = value.name if isinstance(value, PSLiteral) else value
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _inflate(data: bytes) -> Iterator[bytes]:
    """Flate output in chunks; stops (silently, as pdfminer does) at damaged data."""
    decompressor = zlib.decompressobj()
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        pending: bytes | memoryview = view[start : start + _CHUNK]
        while pending:
            try:
                out = decompressor.decompress(pending, _CHUNK)
            except zlib.error:
                return
            if out:
                yield out
            if decompressor.eof:
                return
            pending = decompressor.unconsumed_tail


def _run_length(data: bytes) -> Iterator[bytes]:
    index = 0
    while index < len(data):
        length = data[index]
        if length == 128:
            return
        if length < 128:
            yield data[index + 1 : index + 2 + length]
            index += length + 2
        else:
            yield data[index + 1 : index + 2] * (257 - length)
            index += 2


def _lzw(data: bytes) -> Iterator[bytes]:
    from pdfminer.lzw import LZWDecoder  # deferred: PDF libraries load only when a PDF is read

    yield from LZWDecoder(BytesIO(data)).run()


def _expand(kind: str, data: bytes) -> Iterator[bytes]:
    if kind in _FLATE:
        return _inflate(data)
    if kind in _LZW:
        return _lzw(data)
    return _run_length(data)


def _decoded_size(data: bytes, filters: list[str], cap: int) -> int:
    """Bytes the filter chain unpacks `data` to, counted up to `cap` (StreamBomb past it)."""
    from pdfminer.ascii85 import (  # deferred: PDF libraries load only when a PDF is read
        ascii85decode,
        asciihexdecode,
    )

    expanding = [f for f in filters if f in _FLATE | _LZW | _RUN_LENGTH]
    for position, kind in enumerate(filters):
        if kind in _ASCII85:
            data = ascii85decode(data)
        elif kind in _ASCIIHEX:
            data = asciihexdecode(data)
        elif kind in _FLATE | _LZW | _RUN_LENGTH:
            total = 0
            kept: list[bytes] = []
            last = kind == expanding[-1] and kind not in filters[position + 1 :]
            for chunk in _expand(kind, data):
                total += len(chunk)
                if total > cap:
                    raise StreamBomb
                if not last:
                    kept.append(chunk)
            if last:
                return total
            data = b"".join(kept)
        else:
            break  # an image codec (DCT, JPX, CCITT, JBIG2): not decoded to read text
    return len(data)


def check_streams(doc: Any, source: Source, budget: Budget) -> None:
    """Refuse a PDF (pdfminer's PDFDocument) whose streams unpack past the budget: the
    unpacked bytes of every stream but images are spent from the document's budget."""
    from pdfminer.pdftypes import (  # deferred: PDF libraries load only when a PDF is read
        PDFStream,
        resolve1,
    )

    seen = 0
    for xref in getattr(doc, "xrefs", []):
        for objid in xref.get_objids():
            seen += 1
            if seen % _CLOCK_EVERY == 0 and budget.expired:
                raise source.fail(budget.time_note("while checking its streams"))
            try:
                stream_id, _, _ = xref.get_pos(objid)
                if stream_id is not None:
                    continue  # an object inside an object stream: never a stream itself
                obj = doc.getobj(objid)
            except Exception:  # a broken object: the readers will say so, or skip it
                continue
            if not isinstance(obj, PDFStream) or obj.rawdata is None:
                continue
            try:
                filters = [_name(f) for f, _ in obj.get_filters()]
            except Exception:
                continue
            if not filters or not set(filters) & (_FLATE | _LZW | _RUN_LENGTH):
                continue
            data = obj.rawdata
            if obj.decipher and obj.objid is not None and obj.genno is not None:
                try:
                    data = obj.decipher(obj.objid, obj.genno, data, obj.attrs)
                except Exception:
                    continue
            image = _name(resolve1(obj.attrs.get("Subtype"))) == "Image"
            cap = budget.max_unpacked if image else budget.bytes_left()
            try:
                size = _decoded_size(data, filters, cap)
            except StreamBomb:
                raise source.fail(
                    f"its compressed streams unpack to more than {budget.max_unpacked // MB} MB "
                    "(PDF stream bomb limit)"
                ) from None
            except Exception:  # undecodable data: pdfminer and pdfium skip it too
                continue
            if not image:
                budget.unpack(size)


# --- fonts -------------------------------------------------------------------------------------


def _base_font_name(font: Any) -> str:
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read

    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    name = buffer.value.decode("latin-1", "replace")
    # a subset's name starts with six capitals and "+": "ABCDEF+SimSun"
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


def needs_system_font(page: Any, known: dict[int, bool]) -> bool:
    """True when the pypdfium2 page draws text in a font that is neither embedded nor one of the
    standard 14: pdfium would read it with whatever font this machine has in its place.
    `known` caches the answer per font of the document."""
    import pypdfium2.raw as pdfium_c  # deferred: PDF libraries load only when a PDF is read

    for obj in raw_page_objects(page, pdfium_c.FPDF_PAGEOBJ_TEXT, max_depth=5):
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        if not font:
            continue
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        answer = known.get(key)
        if answer is None:
            embedded = bool(pdfium_c.FPDFFont_GetIsEmbedded(font))
            answer = not embedded and _base_font_name(font) not in STANDARD_FONTS
            known[key] = answer
        if answer:
            return True
    return False


@cache
def _symbol_tables() -> dict[str, dict[int, str]]:
    text = resources.files("pipeline.ingest").joinpath("data/symbol_fonts.toml").read_text("utf-8")
    return {
        font: {int(code, 16): char for code, char in codes.items()}
        for font, codes in tomllib.loads(text).items()
    }


def read_symbol_fonts_as_pdfium(pdf: Any) -> None:
    """Make pdfplumber read the standard Symbol and ZapfDingbats fonts through their built-in
    encodings, as pdfium does: pdfminer reads them through StandardEncoding, so "∆E ≤ 1.0" in
    Symbol came out as "DE £ 1.0" (a pound sign where none is written). Only fonts that are not
    embedded and carry neither /Encoding nor /ToUnicode are changed."""
    from pdfminer.psparser import (
        literal_name,  # deferred: PDF libraries load only when a PDF is read
    )

    manager = pdf.rsrcmgr
    original = manager.get_font

    def get_font(objid: object, spec: Any) -> Any:
        font = original(objid, spec)
        try:
            base = literal_name(spec.get("BaseFont")) if isinstance(spec, dict) else ""
        except Exception:
            return font
        table = _symbol_tables().get(str(base).split("+")[-1].lower())
        if (
            table
            and "Encoding" not in spec
            and "ToUnicode" not in spec
            and hasattr(font, "cid2unicode")
        ):
            descriptor = spec.get("FontDescriptor")
            if descriptor is None or not any(
                k in descriptor for k in ("FontFile", "FontFile2", "FontFile3")
            ):
                font.cid2unicode = dict(table)
        return font

    manager.get_font = get_font

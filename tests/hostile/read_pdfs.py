"""Print, as JSON, the blocks order-audit reads from PDF files: `python read_pdfs.py [--no-system-fonts] FILE...`.

With --no-system-fonts pdfium is started again with an empty font folder, as on a machine with no
font installed at all (pdfium does not use fontconfig: it scans /usr/share/fonts itself, and a
user font path replaces that scan).
"""

from __future__ import annotations

import ctypes
import json
import sys
import tempfile


def _pdfium_without_system_fonts() -> None:
    import pypdfium2._library_scope as scope
    import pypdfium2.raw as pdfium_c
    from pypdfium2.internal import bases

    empty = tempfile.mkdtemp(prefix="no-fonts-")
    scope.destroy_lib()
    paths = (ctypes.c_char_p * 2)(empty.encode(), None)
    config = pdfium_c.FPDF_LIBRARY_CONFIG(
        version=2,
        m_pUserFontPaths=ctypes.cast(paths, type(pdfium_c.FPDF_LIBRARY_CONFIG().m_pUserFontPaths)),
        m_pIsolate=None,
        m_v8EmbedderSlot=0,
    )
    pdfium_c.FPDF_InitLibraryWithConfig(config)
    bases.LIBRARY_AVAILABLE = True


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--no-system-fonts":
        _pdfium_without_system_fonts()
        argv = argv[1:]
    from pathlib import Path

    from pipeline.config import Settings
    from pipeline.errors import UnreadableDocument
    from pipeline.ingest.common import Source
    from pipeline.ingest.pdf import read_pdf

    out: dict[str, object] = {}
    for name in argv:
        path = Path(name)
        try:
            reading = read_pdf(Source(path.name, path.read_bytes()), Settings())
            out[name] = [b.to_json() for b in reading.blocks]
        except UnreadableDocument as exc:
            out[name] = str(exc)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])

"""One lock for every call into PDFium.

PDFium is not thread-safe (pypdfium2's documentation: use it from one thread at a time, or from
processes). The CLI and the local batch run orders in processes, but a Dask worker with several
threads (`--executor dask`, `threads_per_worker > 1`) reads two PDFs at once in one process, and
two threads inside PDFium crash the interpreter. Every reader that opens a PdfDocument holds this
lock for as long as the document is open.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()

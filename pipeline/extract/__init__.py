"""The extract stage: Document -> Extraction (terms, chat acts, date, version, approval, facts).

`extract_document` is the entry point; `EXTRACTORS` is the one table of field extractors;
`load_nlp` loads the spaCy pipeline built from models/ (once per process).

The names are loaded on first use (PEP 562): importing this package, or a module of it that
compare reads (lexicon.py, supplier_lexicon.py, commercial_terms.py), does not import spaCy,
so a re-audit whose extractions all come from the cache never loads it (start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.extract.document import extract_document
    from pipeline.extract.field_table import EXTRACTORS
    from pipeline.extract.lexicon import MaterialInfo, material_info
    from pipeline.extract.nlp import load_nlp

__all__ = ["EXTRACTORS", "MaterialInfo", "extract_document", "load_nlp", "material_info"]

_HOME = {
    "extract_document": "pipeline.extract.document",
    "EXTRACTORS": "pipeline.extract.field_table",
    "MaterialInfo": "pipeline.extract.lexicon",
    "material_info": "pipeline.extract.lexicon",
    "load_nlp": "pipeline.extract.nlp",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)

"""The extract stage: Document -> Extraction (terms, chat acts, date, version, approval, facts).

`extract_document` is the entry point; `EXTRACTORS` is the one table of field extractors;
`load_nlp` loads the spaCy pipeline built from models/ (once per process).
"""

from pipeline.extract.document import extract_document
from pipeline.extract.field_table import EXTRACTORS
from pipeline.extract.lexicon import MaterialInfo, material_info
from pipeline.extract.nlp import load_nlp

__all__ = ["EXTRACTORS", "MaterialInfo", "extract_document", "load_nlp", "material_info"]

"""A PRC business licence (营业执照): registered name, Unified Social Credit Code, legal
representative, registered capital, business scope, date of establishment, type and domicile.

A licence is recognised by its title (营业执照 / Business License, near the top; an OCR'd image
too) or by the folder it sits in (`licence/`, `license/`, `营业执照/`). Its role stays `other`
(the contract's roles are closed); `Extraction.facts["business_licence"]` says what it is.
Labels are data: models/lexicon/supplier_words.tsv.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.bank_details import Line, document_lines
from pipeline.extract.supplier_lexicon import label_pattern, phrase_pattern
from pipeline.model import Document, Evidence

FOLDERS = ("licence", "license", "licences", "licenses", "business-licence", "营业执照")
TITLE_LINES = 6  # the title sits among the first lines of the page

# Field of facts["business_licence"] -> the kind of its labels in supplier_words.tsv.
LICENCE_FIELDS = {
    "registered_name": "name",
    "uscc": "uscc",
    "legal_representative": "legal_rep",
    "registered_capital": "capital",
    "business_scope": "scope",
    "established": "established",
    "company_type": "company_type",
    "domicile": "address",
}

_DATE = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")


def is_business_licence(document: Document, lines: list[Line] | None = None) -> bool:
    """True for a business licence: by its folder, or its title among the first lines."""
    folders = [p.lower() for p in document.path.split("#")[0].split("/")[:-1]]
    if any(f in FOLDERS for f in folders):
        return True
    if document.role not in ("other", "spec", "sample"):  # a PI quoting the word is no licence
        return False
    lines = document_lines(document) if lines is None else lines
    title = phrase_pattern("licence_title")
    return any(title.search(line.text) for line in lines[:TITLE_LINES] if not line.scope)


def _iso_date(text: str) -> str | None:
    found = _DATE.search(text)
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _value_after(text: str, start: int, labels: re.Pattern[str]) -> str:
    """The value of a label: up to the next label on the same line."""
    rest = text[start:]
    following = labels.search(rest)
    if following and following.start() > 0:
        rest = rest[: following.start()]
    return rest.strip(" :：|,;")


def business_licence(document: Document, lines: list[Line] | None = None) -> dict[str, Any]:
    """facts["business_licence"]: each field's value with its evidence; `business_scope` runs on
    over the lines below its label until the next label. Empty when the document is no licence."""
    lines = document_lines(document) if lines is None else lines
    if not is_business_licence(document, lines):
        return {}
    any_label = label_pattern(*LICENCE_FIELDS.values())
    out: dict[str, Any] = {}
    open_field: str | None = None
    for line in lines:
        if line.scope:
            continue
        hits = []
        for name, kind in LICENCE_FIELDS.items():
            found = label_pattern(kind).search(line.text)
            if found and name not in out:
                hits.append((found.start(), found.end(), name))
        if not hits:
            if open_field == "business_scope" and line.text.strip():
                scope = out["business_scope"]
                scope["value"] = f"{scope['value']} {line.text.strip()}".strip()
            continue
        open_field = None
        for _, end, name in sorted(hits):
            value = _value_after(line.text, end, any_label)
            if not value and name != "business_scope":
                continue
            entry: dict[str, Any] = {
                "value": value,
                "evidence": Evidence.of(document, line.block_at(end), line.text[:300]).to_json(),
            }
            if name == "established":
                entry["date"] = _iso_date(value)
            if name == "uscc":
                entry["value"] = re.sub(r"[\s\-]", "", value).upper()[:18]
            out[name] = entry
            open_field = name
    if out:
        out["document_kind"] = "business_licence"
    return out

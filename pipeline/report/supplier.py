"""The report's Supplier section (issue 15): who the documents say the supplier is, per document,
against the identity the buyer vetted, and what disagrees.

Reads `Audit.meta["supplier_identity"]` (written by the compare stage, kept in findings.json so
a report folder re-renders the same) and the open findings of the supplier rules and of
`bank.beneficiary_not_supplier`. Every value is supplier text: the templates escape it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.model import Audit, Finding, severity_rank

# Rules whose findings are "what disagrees" in the section.
SECTION_RULES = ("bank.beneficiary_not_supplier",)
SECTION_FIELD_PREFIX = "x.supplier."

# Labels of the rows of a document, in the order shown.
DOCUMENT_ROWS = (
    ("names", "Legal names"),
    ("uscc", "Credit code (USCC)"),
    ("phones", "Phone"),
    ("emails", "E-mail"),
    ("senders", "Mail senders"),
    ("websites", "Website / store"),
)
LICENCE_LABELS = {
    "registered_name": "Registered name",
    "uscc": "Credit code (USCC)",
    "legal_representative": "Legal representative",
    "registered_capital": "Registered capital",
    "business_scope": "Business scope",
    "established": "Established",
    "company_type": "Company type",
    "domicile": "Domicile",
}
REFERENCE_LABELS = (
    ("names", "Legal names"),
    ("uscc", "Credit code (USCC)"),
    ("phones", "Phone on file"),
    ("domains", "Company domains"),
    ("supplier_type", "Type"),
)


@dataclass(frozen=True)
class SupplierDocument:
    document: str
    role: str
    date: str | None
    rows: tuple[tuple[str, str], ...]  # (label, value)


@dataclass(frozen=True)
class SupplierPanel:
    reference: tuple[tuple[str, str], ...]
    documents: tuple[SupplierDocument, ...]
    disagreements: tuple[Finding, ...]

    @property
    def empty(self) -> bool:
        return not (self.reference or self.documents or self.disagreements)


def _joined(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def supplier_panel(audit: Audit) -> SupplierPanel:
    data = audit.meta.get("supplier_identity")
    data = data if isinstance(data, dict) else {}
    reference = data.get("reference") or {}
    ref_rows = tuple(
        (label, _joined(reference[key])) for key, label in REFERENCE_LABELS if reference.get(key)
    )
    documents = []
    for doc in data.get("documents") or []:
        rows = [(label, _joined(doc[key])) for key, label in DOCUMENT_ROWS if doc.get(key)]
        for key, value in (doc.get("licence") or {}).items():
            if key in LICENCE_LABELS and key not in ("registered_name", "uscc"):
                rows.append((LICENCE_LABELS[key], str(value)))
        documents.append(
            SupplierDocument(str(doc["document"]), str(doc["role"]), doc.get("date"), tuple(rows))
        )
    disagreements = tuple(
        sorted(
            (
                f
                for f in audit.findings
                if f.status != "match"
                and (f.field.startswith(SECTION_FIELD_PREFIX) or f.rule in SECTION_RULES)
            ),
            key=lambda f: (severity_rank(f.severity), f.field, f.message),
        )
    )
    return SupplierPanel(ref_rows, tuple(documents), disagreements)

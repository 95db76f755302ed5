"""Document -> Extraction: lines, cells and messages become segments, segments become terms.

Line-item tables are read by their header row (a column header names the field, the item column
names the line item); key-value lines by their label; chat messages line by line, with their
intent. Change documents give their "to" values and their approval block. The steps: layout.py
(units), labels.py (labels), term_run.py (segments -> terms); this module runs them and the
passes over the whole document's terms.
"""

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from pipeline.config import OrderConfig
from pipeline.extract import normalize as n
from pipeline.extract.document_meta import (
    change_approval,
    document_date,
    document_facts,
    document_version,
)
from pipeline.extract.layout import layout_units
from pipeline.extract.lexicon import material_info
from pipeline.extract.supplier_identity import supplier_facts
from pipeline.extract.term_run import Run, read_units
from pipeline.model import (
    Approval,
    Document,
    Extraction,
    Term,
)


def _document_currency(document: Document) -> str | None:
    counts: Counter[str] = Counter()
    for block in document.blocks:
        for money in n.find_money(block.text):
            if money.raw.strip()[0] != "$" or "US" in money.raw.upper():
                counts[money.currency] += 2
            else:
                counts[money.currency] += 1
        if re.match(r"\s*(?:currency|币种|币别)\s*[:：]", block.text, re.I):
            code = n.currency_code(block.text)
            if code:
                counts[code] += 10
    return counts.most_common(1)[0][0] if counts else None


# ---------------------------------------------------------------- entry point


def extract_document(document: Document, config: OrderConfig) -> Extraction:
    """Read the terms, chat acts, date, version, approval and facts of one document.

    Never raises on odd text: a step that fails is recorded, with its reason, in
    facts["extract_errors"], and what the other steps read is kept.
    """
    if document.status == "unreadable" or not document.blocks:
        return Extraction(
            document=document,
            approval=Approval(approved=False) if document.role == "change" else None,
        )
    errors: list[str] = []
    run = Run(document, config, currency=_safely(errors, "currency", _document_currency, document))
    run.errors.extend(errors)
    units = _safely(run.errors, "layout", layout_units, document) or []
    _safely(run.errors, "terms", read_units, run, units)
    _add_currency_terms(run)
    _add_loading_port_terms(run)
    _drop_generic_materials(run)
    _fold_carton_grade(run)
    facts = _safely(run.errors, "facts", document_facts, document) or {}
    if run.items:
        facts["items"] = list(run.items.values())
    if run.required_on_pi:
        facts["required_on_pi"] = run.required_on_pi
    if run.charges:
        facts["charges"] = run.charges
    if run.deposit_amount:
        facts["deposit_amount"] = run.deposit_amount
    facts.update(_safely(run.errors, "supplier identity", supplier_facts, document, config) or {})
    approval = None
    if document.role == "change":
        approval = _safely(run.errors, "approval", change_approval, document) or Approval(
            approved=False
        )
    date = _safely(run.errors, "date", document_date, document)
    version = _safely(run.errors, "version", document_version, document)
    if run.errors:
        facts["extract_errors"] = run.errors
    return Extraction(
        document=document,
        terms=tuple(run.terms),
        acts=tuple(run.acts),
        date=date,
        version=version,
        approval=approval,
        facts=facts,
    )


def _safely(errors: list[str], step: str, function: Any, *args: Any) -> Any:
    """Run one step of the extraction; a failure is recorded, not raised (supplier text is odd)."""
    try:
        return function(*args)
    except Exception as exc:  # noqa: BLE001 - recorded in facts["extract_errors"], never silent
        errors.append(f"{step}: {type(exc).__name__}: {exc}")
        return None


def _drop_generic_materials(run: Run) -> None:
    """'Stainless steel' says less than 'SS304' of the same item: keep only the graded code.

    Likewise the bare family word of a product name ("Silicone spatula, food grade silicone") is
    not a second, lesser material; "SS304 body, SS201 lid" keeps both (neither phrase holds the other).
    """
    graded: dict[str | None, list[tuple[Any, str]]] = {}
    for term in run.terms:
        info = material_info(term.value) if term.field == "material" else None
        if info and info.rank > 0:
            graded.setdefault(term.item, []).append((info, term.raw.lower()))
    if not graded:
        return
    kept = []
    for term in run.terms:
        info = material_info(term.value) if term.field == "material" else None
        if info is not None:
            better = graded.get(term.item, []) + (graded.get(None, []) if term.item else [])
            raw = term.raw.lower()
            if any(
                other.family == info.family
                and other.rank > info.rank
                and (info.rank == 0 or raw in other_raw)
                for other, other_raw in better
            ):
                continue
        kept.append(term)
    run.terms[:] = kept


def _fold_carton_grade(run: Run) -> None:
    """'五层瓦楞纸箱，外箱尺寸：60*40*45cm': a board grade stated apart from the size is that size's.

    A ply-only carton term joins the sized carton terms of the same item (or of any item when it
    names none) that state no grade of their own, and is dropped beside a size of the same grade;
    it stays a term of its own when no size is read.
    """
    cartons = [i for i, t in enumerate(run.terms) if t.field == "packaging.carton_size"]
    sizes = [i for i in cartons if run.terms[i].value.get("mm")]
    folded: set[int] = set()
    for g in (i for i in cartons if i not in sizes):
        grade = run.terms[g]
        targets = [
            i
            for i in sizes
            if grade.item in (None, run.terms[i].item) and "ply" not in run.terms[i].value
        ]
        for i in targets:
            run.terms[i] = replace(
                run.terms[i], value={**run.terms[i].value, "ply": grade.value["ply"]}
            )
        same = any(
            grade.item in (None, run.terms[i].item)
            and run.terms[i].value.get("ply") == grade.value["ply"]
            for i in sizes
        )
        if (
            targets or same
        ):  # "carton upgraded to 5-ply" beside "5-ply carton 62*42*52cm": one carton
            folded.add(g)
    run.terms[:] = [t for i, t in enumerate(run.terms) if i not in folded]


# Incoterms 2020: under FOB and FAS the named place is the port of shipment.
_PORT_RULES = ("FOB", "FAS")


def _add_loading_port_terms(run: Run) -> None:
    """'FOB Shenzhen' names the port of loading: a port.loading term where none is stated."""
    if any(t.field == "port.loading" for t in run.terms):
        return
    for term in list(run.terms):
        value = term.value
        if term.field == "incoterm" and value.get("rule") in _PORT_RULES and value.get("place"):
            run.terms.append(
                Term("port.loading", value["place"], term.raw, term.evidence, None,
                     f"port named by {value['rule']} {value['place']}", term.confidence)
            )  # fmt: skip
            return


def _add_currency_terms(run: Run) -> None:
    """One `currency` term per currency the prices use, unless a 'Currency:' line gave it."""
    have = {t.value for t in run.terms if t.field == "currency"}
    for term in list(run.terms):
        if term.field in ("price.unit", "price.total"):
            code = term.value["currency"]
            if code and code not in have:
                have.add(code)
                run.terms.append(
                    Term(
                        "currency",
                        code,
                        term.raw,
                        term.evidence,
                        None,
                        "currency of the prices",
                        term.confidence,
                    )
                )

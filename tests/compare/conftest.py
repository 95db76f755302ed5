"""Builders for compare tests: documents, terms, chat messages and a typical order, built in code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from pipeline.compare import compare_order
from pipeline.config import OrderConfig, order_config_from_dict
from pipeline.model import (
    Approval,
    ChatAct,
    Document,
    Evidence,
    Extraction,
    Finding,
    Party,
    Role,
    Term,
)

# ---------------------------------------------------------------- value shapes


def money(amount: str, currency: str = "USD", per: str | None = "pc") -> dict[str, Any]:
    out: dict[str, Any] = {"amount": amount, "currency": currency}
    if per:
        out["per"] = per
    return out


def qty(value: int, unit: str = "pc") -> dict[str, Any]:
    return {"value": value, "unit": unit}


def incoterm(rule: str, place: str | None = None) -> dict[str, Any]:
    return {"rule": rule, "place": place}


def deposit(percent: float) -> dict[str, Any]:
    return {"percent": percent}


def lead(lo: int, hi: int, basis: str = "calendar", start: str = "deposit") -> dict[str, Any]:
    return {"min_days": lo, "max_days": hi, "basis": basis, "from": start}


def dims(*mm: str, tol: str | None = None) -> dict[str, Any]:
    return {"mm": list(mm), "tolerance_mm": tol}


def aql(level: str = "II", value: str = "2.5", result: str | None = None) -> dict[str, Any]:
    return {"aql": value, "level": level, "result": result}


# ---------------------------------------------------------------- documents


@dataclass
class Doc:
    """A document under construction: add terms and chat messages, then build an Extraction."""

    path: str
    role: Role
    date: str | None = None
    version: str | None = None
    approval: Approval | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    status: str = "read"
    error: str | None = None
    terms: list[Term] = field(default_factory=list)
    acts: list[ChatAct] = field(default_factory=list)

    def term(
        self,
        field_name: str,
        value: Any,
        item: str | None = None,
        *,
        quote: str | None = None,
        line: int | None = None,
        problems: tuple[str, ...] = (),
    ) -> Doc:
        line = line if line is not None else len(self.terms) + 1
        text = quote or f"{field_name}: {value}"
        evidence = Evidence(
            document=self.path, quote=text, page=1 if self.role == "pi" else None, line=line
        )
        self.terms.append(
            Term(
                field_name,
                value,
                text,
                evidence,
                item=item,
                rule=f"test (label: {field_name})",
                problems=problems,
            )  # fmt: skip
        )
        return self

    def say(
        self,
        timestamp: str,
        sender: str,
        text: str,
        *,
        party: Party,
        kind: str | None = None,
        fields: tuple[str, ...] = (),
        terms: dict[str, Any] | None = None,
        item: str | None = None,
    ) -> Doc:
        """One chat message: optionally an act (proposal/approval/rejection/bank_announcement) and terms."""
        evidence = Evidence(document=self.path, quote=text, timestamp=timestamp, sender=sender)
        if kind:
            self.acts.append(ChatAct(kind, party, evidence, fields, rule="test"))  # type: ignore[arg-type]
        for name, value in (terms or {}).items():
            self.terms.append(Term(name, value, text, evidence, item=item, rule="test"))
        return self

    def extraction(self) -> Extraction:
        document = Document(
            path=self.path,
            format="test",
            role=self.role,
            status=self.status,
            error=self.error,  # type: ignore[arg-type]
        )
        return Extraction(
            document=document,
            terms=tuple(self.terms),
            acts=tuple(self.acts),
            date=self.date,
            version=self.version,
            approval=self.approval,
            facts=dict(self.facts),
        )


def approved(
    by: str = "Tom Baker", date: str = "2026-03-14", path: str = "changes/CO-1.pdf"
) -> Approval:
    return Approval(
        True, by, date, Evidence(document=path, quote=f"Approved: {by}, {date}", line=20)
    )


class Order:
    """An order folder built in code: documents in file order, and the audit of them."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.config: dict[str, Any] = {
            "order_id": "PO-TEST",
            "buyer": {"name": "Tom Baker", "aliases": ["Tom"]},
            "supplier": {
                "name": "Ningbo Brightway Housewares Co., Ltd.",
                "name_zh": "宁波明途家居用品有限公司",
                "aliases": ["Lily"],
                "country": "CN",
            },
        }

    def doc(self, path: str, role: Role, **kwargs: Any) -> Doc:
        doc = Doc(path, role, **kwargs)
        self.docs.append(doc)
        return doc

    def get(self, path: str) -> Doc:
        return next(d for d in self.docs if d.path == path)

    def extractions(self) -> list[Extraction]:
        return [d.extraction() for d in self.docs]

    def order_config(self, **extra: Any) -> OrderConfig:
        return order_config_from_dict({**self.config, **extra})

    def audit(self, **extra: Any):  # noqa: ANN201 - returns pipeline.model.Audit
        return compare_order(self.extractions(), self.order_config(**extra))


BANK = {
    "bank.beneficiary": "NINGBO BRIGHTWAY HOUSEWARES CO LTD",
    "bank.name": "BANK OF CHINA NINGBO BRANCH",
    "bank.account": "3581 0012 3456",
    "bank.swift": "BKCHCNBJ92A",
}


def typical_order(pi: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> Order:
    """Spec + quote + one PI that agrees with both; `pi` replaces PI values, `drop` leaves fields out."""
    order = Order()
    spec = order.doc("spec/spec.docx", "spec", date="2026-02-01")
    spec.term("material", "SS304", quote="Body: 304 stainless steel")
    spec.term("dimensions", dims("520", "380", "300", tol="2"))
    spec.term("color", "PANTONE 186 C")
    spec.term("capacity", {"ml": "500"})
    spec.term("inspection", aql())
    quote = order.doc("quotes/Q-100.xlsx", "quote", date="2026-02-10")
    quote.term("price.unit", money("1.85"))
    quote.term("quantity", qty(5000))
    quote.term("currency", "USD")
    quote.term("incoterm", incoterm("FOB", "NINGBO"))
    quote.term("payment.deposit", deposit(30))
    quote.term("lead_time", lead(30, 35))
    for name, value in BANK.items():
        quote.term(name, value)
    values: dict[str, Any] = {
        "price.unit": money("1.85"),
        "quantity": qty(5000),
        "currency": "USD",
        "incoterm": incoterm("FOB", "NINGBO"),
        "payment.deposit": deposit(30),
        "lead_time": lead(30, 35),
        "material": "SS304",
        "inspection": aql(),
        "price.total": money("9250.00", per=None),
        **BANK,
    }
    values.update(pi or {})
    doc = order.doc("pi/PI-2291.pdf", "pi", date="2026-02-20")
    for name, value in values.items():
        if name not in drop:
            doc.term(name, value)
    return order


def find(
    audit: Any,
    field_name: str,
    status: str | None = None,
    item: str | None = "*",
    rule: str | None = None,
) -> list[Finding]:
    """Findings of a field (and status, item, rule when given)."""
    return [
        f
        for f in audit.findings
        if f.field == field_name
        and (status is None or f.status == status)
        and (item == "*" or f.item == item)
        and (rule is None or f.rule == rule)
    ]


def open_findings(audit: Any) -> list[Finding]:
    return [f for f in audit.findings if f.status != "match"]


@pytest.fixture
def order() -> Order:
    return Order()

"""The words a person reads for each field ("Unit price", "SWIFT code"): the compare stage's
finding messages and the reports both use them. A module of its own, importing nothing, so that
rendering a report never imports the compare stage (whose rules import extract, and spaCy).
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "price.unit": "Unit price", "price.total": "Total price", "currency": "Currency",
    "quantity": "Quantity", "incoterm": "Price term (Incoterm)", "port.loading": "Port of loading",
    "payment.deposit": "Deposit", "payment.balance": "Balance payment", "lead_time": "Lead time",
    "material": "Material", "dimensions": "Dimensions", "weight": "Weight", "color": "Colour",
    "finish": "Finish", "capacity": "Capacity", "certification": "Certification", "logo": "Logo",
    "packaging.inner": "Inner packing", "packaging.carton_qty": "Pieces per carton",
    "packaging.carton_size": "Carton size", "packaging.label": "Labelling",
    "inspection": "Inspection clause", "warranty": "Warranty",
    "bank.beneficiary": "Beneficiary", "bank.name": "Bank", "bank.account": "Bank account",
    "bank.swift": "SWIFT code", "bank.intermediary": "Intermediary bank", "x.arithmetic": "Arithmetic", "x.item": "Line item",
    "x.trade_assurance": "Trade Assurance",
}  # fmt: skip

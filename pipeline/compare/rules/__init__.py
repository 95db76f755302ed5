"""RULES: the one table of compare rules. A rule is a plain function Context -> Findings; its name
is the id every finding it makes carries in Finding.rule (docs/rules.md lists them all)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.compare.context import Context
from pipeline.compare.rules import (
    arithmetic,
    bank,
    field_changes,
    inspection,
    items,
    pi_missing,
    supplier,
    supplier_position,
    trade_assurance,
)
from pipeline.model import Finding

Rule = Callable[[Context], Iterable[Finding]]

RULES: dict[str, Rule] = {
    "baseline.sample_differs": field_changes.rule_sample_differs,
    "field.match": field_changes.rule_field_match,
    "field.documented_change": field_changes.rule_field_documented,
    "field.chat_only": field_changes.rule_field_chat_only,
    "field.undocumented_change": field_changes.rule_field_undocumented,
    "supplier.conflict": supplier_position.rule_supplier_conflict,
    "pi.missing": pi_missing.rule_pi_missing,
    "item.added": items.rule_item_added,
    "item.disappeared": items.rule_item_disappeared,
    "inspection.failed": inspection.rule_inspection_failed,
    "inspection.pending": inspection.rule_inspection_pending,
    "arithmetic.line_total": arithmetic.rule_line_total,
    "arithmetic.total": arithmetic.rule_total,
    "arithmetic.deposit": arithmetic.rule_deposit,
    "arithmetic.currency": arithmetic.rule_currency,
    "bank.changed": bank.rule_bank_changed,
    "bank.beneficiary_not_supplier": bank.rule_beneficiary_not_supplier,
    "bank.country": bank.rule_bank_country,
    "bank.personal_account": bank.rule_personal_account,
    "bank.announced_in_chat": bank.rule_announced_in_chat,
    "bank.invalid": bank.rule_invalid_bank_code,
    "ta.off_platform_account": trade_assurance.rule_off_platform_account,
    "ta.acquiescence": trade_assurance.rule_acquiescence,
    "ta.standard_not_in_contract": trade_assurance.rule_standard_not_in_contract,
    "ta.claim_window": trade_assurance.rule_claim_window,
    "supplier.entity_changed": supplier.rule_entity_changed,
    "supplier.uscc_invalid": supplier.rule_uscc_invalid,
    "supplier.uscc_differs": supplier.rule_uscc_differs,
    "supplier.trading_company": supplier.rule_trading_company,
    "supplier.email_domain": supplier.rule_email_domain,
    "supplier.phone_changed": supplier.rule_phone_changed,
}

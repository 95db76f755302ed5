"""findings.json of a busy order passes ../shared/checks/check_findings.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.compare.conftest import approved, lead, money, typical_order


def test_check_findings_accepts_the_audit(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "check_findings", shared_dir / "checks" / "check_findings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    order = typical_order(pi={"bank.account": "999900001111", "price.unit": money("1.95"), "lead_time": lead(45, 50)},
                          drop=("incoterm",))  # fmt: skip
    order.doc("changes/CO-1.pdf", "change", approval=approved()).term("bank.swift", "ICBKCNBJNBO")
    order.get("pi/PI-2291.pdf").term("bank.swift", "ICBKCNBJNBO").term(
        "price.total", money("1.00", per=None), "X"
    )
    chat = order.doc("chat/wa.txt", "chat")
    chat.say(
        "2026-02-18T09:00:00", "Lily", "new account", party="supplier", kind="bank_announcement"
    )
    audit = order.audit(trade_assurance=True, receipt_date="2026-04-02")
    assert {f.status for f in audit.findings} >= {
        "match",
        "documented_change",
        "undocumented_change",
        "missing",
    }
    assert module.check(audit.to_json()) == []

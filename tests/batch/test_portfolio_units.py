"""Issue 17, without auditing anything: the history's changes between runs, the supplier
signals on their cases and silent on the clean ones, the digest's untrusted text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from pipeline.errors import AuditError, ConfigError, RuleFileError
from pipeline.portfolio.digest import (
    Digest,
    OrderContact,
    build_digest_message,
    plan_digests,
)
from pipeline.portfolio.history import SCHEMA_VERSION, History, OrderChange
from pipeline.portfolio.pages import render_suppliers_page
from pipeline.portfolio.signals import load_thresholds, supplier_signals
from pipeline.portfolio.snapshot import (
    FindingRecord,
    Identity,
    OrderSnapshot,
    failed_snapshot,
)

BANK = FindingRecord(
    "f-bank", "bank.account", None, "undocumented_change", "critical", "Bank changed"
)
COLOR = FindingRecord("f-color", "color", "TB-1", "chat_only", "medium", "Colour agreed in chat")


def snap(
    name: str, verdict: str = "RELEASE", *findings: FindingRecord, **kw: object
) -> OrderSnapshot:
    return OrderSnapshot(name, f"PO-{name}", "done", verdict, findings=findings, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------- history


def test_changes_new_resolved_verdict_moves_failures_and_removals(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite") as h:
        run1 = h.record_run([snap("A", "HOLD", BANK), snap("B"), snap("C")], root="r", notify=True)
        assert [c.kind for c in h.changes([snap("A", "HOLD", BANK)], None)] == ["new"]
        now = [
            snap("A", "REVIEW", COLOR),  # bank resolved, colour new, HOLD -> REVIEW
            replace(snap("B"), status="skipped"),  # unchanged, skipped: no change
            failed_snapshot("C", "PO-C", "order.toml: is not valid TOML."),
            snap("D"),  # new order
        ]
        changes = {c.name: c for c in h.changes(now, run1)}
        assert sorted(changes) == ["A", "C", "D"]
        a = changes["A"]
        assert (a.kind, a.verdict_before, a.verdict_after) == ("changed", "HOLD", "REVIEW")
        assert [f.id for f in a.new] == ["f-color"] and [f.id for f in a.resolved] == ["f-bank"]
        assert changes["C"].kind == "failed" and changes["C"].error.startswith("order.toml")
        run2 = h.record_run(now, root="r", notify=True)
        # C audited again with the findings it had before failing: recovered, nothing new
        again = [snap("A", "REVIEW", COLOR), snap("B"), snap("C"), snap("D")]
        changes = {c.name: c for c in h.changes(again, run2)}
        assert list(changes) == ["C"] and changes["C"].kind == "recovered"
        assert changes["C"].new == () and changes["C"].resolved == ()
        # the same failure twice is no change; an order gone from the batch is "removed"
        assert h.changes([*now[:2], failed_snapshot("C", "PO-C", now[2].error), now[3]], run2) == []
        removed = h.changes([snap("A", "REVIEW", COLOR)], run2)
        assert {c.name: c.kind for c in removed} == {"B": "removed", "C": "removed", "D": "removed"}


def test_a_digest_is_queued_once_per_base_recipient_and_content(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite") as h:
        run = h.record_run([snap("A")], root="r", notify=True)
        assert h.queue_digest(run, None, "a@example.com", "d1", b"msg")
        assert not h.queue_digest(run, None, "A@example.com", "d1", b"msg")  # a re-run
        assert h.queue_digest(run, None, "a@example.com", "d2", b"msg")  # other content
        assert len(h.pending_digests()) == 2


def test_a_history_of_another_schema_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    with History(path) as h:
        h.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(
        AuditError, match=f"schema version 99, this order-audit reads version {SCHEMA_VERSION}"
    ):
        History(path)


# --------------------------------------------------------------------------------- signals


def price(amount: str) -> dict[str, dict[str, str]]:
    return {"SKU-1": {"amount": amount, "currency": "USD", "per": "pc"}}


def supplier_orders(name: str, prices: list[str], **terms: object) -> list[OrderSnapshot]:
    return [
        snap(
            f"{name[:2]}-{n}",
            identity=Identity(name),
            order_date=f"2026-0{n}-01",
            terms={"price.unit": price(p), **terms},
        )
        for n, p in enumerate(prices, 1)
    ]


@pytest.mark.parametrize(
    ("prices", "creeps"),
    [
        (["2.00", "2.04", "2.10"], True),  # +5 %, never falling
        (["2.00", "2.07"], True),  # +3.5 % on one repeat order
        (["2.00", "2.06"], False),  # +3 % exactly: not beyond the threshold
        (["1.32", "1.34"], False),  # +1.5 %
        (["2.00", "2.20", "2.10"], False),  # fell once: not a creep
        (["2.10", "2.00"], False),  # cheaper
    ],
)
def test_price_creep_threshold(prices: list[str], creeps: bool) -> None:
    _, signals = supplier_signals(supplier_orders("Yongkang Hengda Kitchenware Co., Ltd.", prices))
    assert [s.kind for s in signals] == (["price_creep"] if creeps else [])


def test_orders_of_one_supplier_are_found_by_name_uscc_or_domain() -> None:
    a = snap(
        "A",
        identity=Identity("Ningbo Brightway Housewares Co., Ltd."),
        terms={"bank.account": "111"},
    )
    b = snap(
        "B", identity=Identity("NINGBO BRIGHTWAY HOUSEWARES CO LTD"), terms={"bank.account": "222"}
    )
    c = snap(
        "C",
        identity=Identity("Brightway Trading", domains=("bw.example",)),
        terms={"bank.account": "333"},
    )
    d = snap(
        "D", identity=Identity("Other name", domains=("bw.example",)), terms={"bank.account": "333"}
    )
    e = snap("E", identity=Identity("Ningbo Brightway Housewares", uscc="91330206MA2CLB0T2Y"))
    f = snap("F", identity=Identity("Ningbo Brightway Housewares", uscc="91330206MA2CLB0T3X"))
    groups, signals = supplier_signals([a, b, c, d])
    assert sorted(len(g.orders) for g in groups) == [2, 2]
    assert [(s.kind, s.severity, s.orders) for s in signals] == [
        ("bank_differs", "critical", ("A", "B"))
    ]
    groups, _ = supplier_signals([e, f])  # two USCCs: two companies, whatever the names say
    assert len(groups) == 2


def test_a_clean_supplier_raises_nothing() -> None:
    lead = {"min_days": 30, "max_days": 30, "basis": "calendar", "from": "deposit"}
    orders = supplier_orders("Shenzhen Jiahe Silicone Products Co., Ltd.", ["1.32", "1.33", "1.34"])
    orders = [
        replace(o, terms={**o.terms, "lead_time": lead, "bank.account": "755912345610801"})
        for o in orders
    ]
    assert supplier_signals(orders)[1] == []


def test_thresholds_are_checked_when_they_load(tmp_path: Path) -> None:
    bad = tmp_path / "signals.toml"
    bad.write_text('[bank_differs]\nseverity = "urgent"\n', "utf-8")
    with pytest.raises(RuleFileError, match="bank_differs"):
        load_thresholds(bad)
    assert load_thresholds()["price_creep"].min_total_percent == 3


# --------------------------------------------------------------------------------- untrusted text

EVIL = 'Evil <script>alert(1)</script>\r\nBcc: victim@example.com "Co., Ltd."'


def test_supplier_text_is_escaped_in_html_and_never_reaches_a_header() -> None:
    orders = supplier_orders(EVIL, ["2.00", "2.20"])
    groups, signals = supplier_signals(orders)
    page = render_suppliers_page(groups, signals, 2)
    assert "<script>" not in page and "&lt;script&gt;" in page
    finding = FindingRecord("x", "color", None, "chat_only", "medium", EVIL)
    change = OrderChange("EV-1", "PO\r\nBcc: x@evil.example", "new", None, "HOLD", (finding,))
    digest = Digest("finance@buyer.example", (change,), (), tuple(signals))
    msg = build_digest_message(
        digest, sender="audit@example.com", index_dir="/out", since="x", orders_total=2
    )
    raw = msg.as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert b"Bcc" not in headers and b"script" not in headers
    parsed = message_from_bytes(raw, policy=policy.SMTP)
    html = parsed.get_body(preferencelist=("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_recipients_are_stakeholders_or_to_and_an_unaddressed_change_is_said() -> None:
    changes = [
        OrderChange("A", "PO-A", "new", None, "HOLD"),
        OrderChange("B", "PO-B", "new", None, "REVIEW"),
    ]
    contacts = [
        OrderContact("A", "PO-A", "HOLD", ("a@example.com",), date(2026, 4, 1)),
        OrderContact("B", "PO-B", "REVIEW"),
    ]
    plan = plan_digests(changes, contacts, today=date(2026, 3, 30), due_within=7)
    assert [
        (d.recipient, [c.name for c in d.changes], [x.name for x in d.due]) for d in plan.digests
    ] == [("a@example.com", ["A"], ["A"])]
    assert plan.notes == (
        "The change of PO-B is not mailed: its order.toml lists no stakeholders and no --to was given.",
    )
    plan = plan_digests(
        changes, contacts, to=["x@example.com", "X@example.com"], today=date(2026, 3, 1)
    )
    assert [(d.recipient, len(d.changes), d.due) for d in plan.digests] == [
        ("x@example.com", 2, ())
    ]


def test_balance_due_in_order_toml(tmp_path: Path) -> None:
    from pipeline.config import load_order_config

    (tmp_path / "order.toml").write_text(
        '[release]\nbalance_due = 2026-03-30\ninspection = "passed"\n', "utf-8"
    )
    config = load_order_config(tmp_path)
    assert config.balance_due == date(2026, 3, 30) and config.release == {"inspection": "passed"}
    (tmp_path / "order.toml").write_text('[release]\nbalance_due = "next week"\n', "utf-8")
    with pytest.raises(
        ConfigError,
        match="balance_due = 'next week' is not a date; write it as balance_due = 2026-03-30",
    ):
        load_order_config(tmp_path)


def test_a_history_that_cannot_be_written_is_not_called_damaged(tmp_path: Path) -> None:
    import sqlite3

    from pipeline.portfolio.history import history_error
    from pipeline.report.files import OutputError

    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    error = history_error(tmp_path / "h.sqlite", io_error)
    assert isinstance(error, OutputError)
    assert (
        str(error)
        == f"{tmp_path / 'h.sqlite'}: the batch history cannot be written (disk I/O error)."
    )
    damaged = sqlite3.DatabaseError("file is not a database")
    damaged.sqlite_errorcode = 26
    assert "is not an order-audit history database" in str(
        history_error(tmp_path / "h.sqlite", damaged)
    )


# --------------------------------------------------------------------------------- snapshots


def test_a_findings_json_is_read_once_until_it_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.batch.results import OrderResult
    from pipeline.portfolio import snapshot as snapshots
    from pipeline.report.atomic import atomic_write_text

    folder = tmp_path / "PO-1"
    folder.mkdir()
    findings = folder / "findings.json"
    atomic_write_text(findings, '{"order_id": "PO-1", "verdict": "RELEASE", "findings": []}')
    row = OrderResult(name="PO-1", order_dir=str(tmp_path / "orders" / "PO-1"), status="done")
    reads: list[Path] = []
    real = snapshots.read_findings

    def counting(path: Path) -> dict[str, object]:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(snapshots, "read_findings", counting)
    first = snapshots.snapshot_of(row, tmp_path)
    assert snapshots.snapshot_of(row, tmp_path) is first and len(reads) == 1
    # an audit again replaces the file (atomic write: a new file): read again
    atomic_write_text(findings, '{"order_id": "PO-1", "verdict": "HOLD", "findings": []}')
    assert snapshots.snapshot_of(row, tmp_path).verdict == "HOLD" and len(reads) == 2


def test_a_findings_json_json_wrote_with_nan_reads_back(tmp_path: Path) -> None:
    from pipeline.report.loader import parse_findings

    assert parse_findings(b'{"a": NaN, "b": 1}')["b"] == 1  # orjson refuses NaN; json reads it
    with pytest.raises(ValueError):
        parse_findings(b'{"a": ')

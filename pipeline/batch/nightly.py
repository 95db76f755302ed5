"""A batch run with its history and, when asked, the mail on change (issue 17).

`run_nightly` holds OUT's batch lock, runs the batch (pipeline.batch.run_batch), records each
order's snapshot in OUT/.order-audit-history.sqlite, works out what changed since the last run
(and, for the digest, since the last notifying run), and with `notify` queues and sends one
digest per recipient. The CLI `order-audit batch` calls it for every run, so that every run
leaves its record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from pipeline.batch import FAILED_EARLIER, BatchError, BatchResult, OrderResult, run_batch
from pipeline.batch.lock import batch_lock
from pipeline.config import load_order_config
from pipeline.errors import AuditError
from pipeline.portfolio.digest import (
    DEFAULT_DUE_WITHIN,
    Delivery,
    Digest,
    OrderContact,
    build_digest_message,
    plan_digests,
    queue_digests,
    send_pending,
)
from pipeline.portfolio.history import (
    History,
    OrderChange,
    check_history,
    history_error,
    open_history,
)
from pipeline.portfolio.signals import Signal, supplier_signals
from pipeline.portfolio.snapshot import snapshot_of
from pipeline.report.message import preview


@dataclass(frozen=True)
class NotifySettings:
    """How the digests go out: to whom (else each order's stakeholders), from whom, and how
    (SMTP settings, an outbox folder for .eml files, or a dry run that previews them)."""

    to: tuple[str, ...] = ()
    sender: str | None = None
    smtp: Any = None  # pipeline.report.smtp.SmtpSettings; resolved by the caller
    outbox: Path | None = None
    dry_run: bool = False
    due_within: int = DEFAULT_DUE_WITHIN
    today: date | None = None


@dataclass(frozen=True)
class NightlyResult:
    """The batch, what changed since the previous run, the supplier signals, and the digests."""

    batch: BatchResult
    run_id: int
    changes: tuple[OrderChange, ...]  # since the previous run (any)
    signals: tuple[Signal, ...]
    digests: tuple[Digest, ...] = ()  # planned this run (empty without notify)
    delivery: Delivery | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def run_nightly(
    root: Path, out_dir: Path, *, notify: NotifySettings | None = None, **batch_options: Any
) -> NightlyResult:
    """Run the batch under OUT's lock, record its history and, with `notify`, mail the digests.
    Raises BatchLocked when another batch holds the lock (nothing is done), AuditError for a
    history file that is not one (before any order is audited)."""
    out_dir = Path(out_dir)
    if not Path(root).is_dir():
        raise BatchError(f"{root}: no such folder.")
    with batch_lock(out_dir):
        check_history(out_dir)
        result = run_batch(root, out_dir, **batch_options)
        with open_history(out_dir) as history:
            try:
                return _record(history, root, out_dir, result, notify)
            except sqlite3.DatabaseError as exc:  # a full disk while recording, say
                raise history_error(history.path, exc) from exc


def _as_first_failed(row: OrderResult) -> OrderResult:
    """A failed row kept from an earlier run (inputs unchanged) with the reason it first failed
    for: the history sees the same failure, not a new one."""
    prefix = f"{FAILED_EARLIER}: "
    if row.status == "failed" and row.error and row.error.startswith(prefix):
        return replace(row, error=row.error.removeprefix(prefix))
    return row


def _record(
    history: History,
    root: Path,
    out_dir: Path,
    result: BatchResult,
    notify: NotifySettings | None,
) -> NightlyResult:
    """Record the run in the history, and with `notify` mail what changed."""
    snapshots = [snapshot_of(_as_first_failed(row), out_dir) for row in result.rows]
    _, signals = supplier_signals(snapshots)
    previous = history.last_run()
    base = history.last_run(notified=True)
    run_id = history.record_run(
        snapshots,
        root=str(root),
        notify=notify is not None and not notify.dry_run,
        signal_ids=[s.id for s in signals],
    )
    changes = tuple(history.changes(snapshots, previous))
    nightly = NightlyResult(result, run_id, changes, tuple(signals))
    if notify is None:
        return nightly
    since = changes if base == previous else tuple(history.changes(snapshots, base))
    return _notify(history, nightly, since, base, notify, out_dir)


def _notify(
    history: History,
    nightly: NightlyResult,
    changes: Sequence[OrderChange],
    base: int | None,
    notify: NotifySettings,
    out_dir: Path,
) -> NightlyResult:
    """Plan the digests of `changes` (since run `base`), queue them and send every queued one."""
    known = history.signal_ids_at(base)
    contacts, notes = order_contacts(nightly.batch.rows)
    plan = plan_digests(
        changes,
        contacts,
        to=notify.to,
        today=notify.today or date.today(),
        due_within=notify.due_within,
        new_signals=[s for s in nightly.signals if s.id not in known],
        history=history,
    )
    notes += list(plan.notes)
    if notify.dry_run:
        previews = tuple(
            preview(_message(d, notify, history, base, nightly, out_dir)) for d in plan.digests
        )
        return replace(
            nightly, digests=plan.digests, delivery=Delivery(previews=previews), notes=tuple(notes)
        )
    skipped: tuple[str, ...] = ()
    if plan.digests:
        messages = {
            d.recipient: (d, _message(d, notify, history, base, nightly, out_dir))
            for d in plan.digests
        }
        skipped = queue_digests(history, nightly.run_id, base, messages)
    sent = send_pending(history, smtp=notify.smtp, outbox=notify.outbox)
    return replace(
        nightly,
        digests=plan.digests,
        delivery=replace(sent, skipped=skipped),
        notes=tuple(notes),
    )


def _message(
    digest: Digest,
    notify: NotifySettings,
    history: History,
    base: int | None,
    nightly: NightlyResult,
    out_dir: Path,
) -> EmailMessage:
    if not notify.sender:
        raise AuditError("no sender for the digests: give --from or set ORDER_AUDIT_SMTP_FROM.")
    return build_digest_message(
        digest,
        sender=notify.sender,
        index_dir=str(out_dir.resolve()),
        since=history.run_at(base) or "the first run",
        orders_total=len(nightly.batch.rows),
    )


def order_contacts(rows: Sequence[OrderResult]) -> tuple[list[OrderContact], list[str]]:
    """Each order's stakeholders and balance due, from its order.toml; an order.toml that
    cannot be read is said in one sentence naming it (the order is failed in the batch too)."""
    contacts, notes = [], []
    for row in rows:
        verdict = row.verdict if row.status != "failed" else "FAILED"
        try:
            config = load_order_config(Path(row.order_dir))
        except AuditError as exc:
            notes.append(f"{exc} Its stakeholders and balance date are not known.")
            contacts.append(OrderContact(row.name, row.order_id or row.name, verdict or "FAILED"))
            continue
        contacts.append(
            OrderContact(
                row.name,
                row.order_id or config.order_id,
                verdict or "FAILED",
                tuple(config.stakeholders),
                config.balance_due,
            )
        )
    return contacts, notes

"""The mail on change: one digest per recipient listing only the orders whose verdict or findings
changed since the last notifying run, the balances falling due, and new supplier signals.

Recipients are the `--to` addresses (every change goes to each), else each order's order.toml
`stakeholders` (the changes of their orders). A digest is queued in the history before it is
sent, keyed by (base run, recipient, content hash), so a re-run never sends it twice and a send
that failed is tried again by the next run. Nothing changed: no digest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from pipeline.errors import AuditError, DeliveryError
from pipeline.generated import generator
from pipeline.portfolio.history import History, OrderChange
from pipeline.portfolio.signals import Signal
from pipeline.report.environment import environment
from pipeline.report.files import OutputError
from pipeline.report.message import HEADER_POLICY, addr_spec, check_address
from pipeline.report.smtp import write_eml

DEFAULT_DUE_WITHIN = 7  # days: a week's notice to line up the payment (and the call-back)


@dataclass(frozen=True)
class OrderContact:
    """What order.toml says about who hears of an order, and when its balance falls due."""

    name: str
    order_id: str
    verdict: str
    stakeholders: tuple[str, ...] = ()
    balance_due: date | None = None


@dataclass(frozen=True)
class DueItem:
    name: str
    order_id: str
    verdict: str
    balance_due: date
    days: int  # from today; negative when overdue

    @property
    def text(self) -> str:
        when = self.balance_due.isoformat()
        if self.days < 0:
            return f"balance was due on {when}, {-self.days} day(s) ago"
        if self.days == 0:
            return f"balance due today ({when})"
        return f"balance due on {when}, in {self.days} day(s)"


@dataclass(frozen=True)
class Digest:
    """One recipient's digest."""

    recipient: str
    changes: tuple[OrderChange, ...] = ()
    due: tuple[DueItem, ...] = ()
    signals: tuple[Signal, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.changes or self.due or self.signals)

    def content_hash(self) -> str:
        """What the digest says, not when: the key that keeps a re-run from sending it again."""
        data = {
            "changes": [
                [
                    c.name,
                    c.kind,
                    c.verdict_before,
                    c.verdict_after,
                    [f.id for f in c.new],
                    [f.id for f in c.resolved],
                    c.error,
                ]
                for c in self.changes
            ],
            "due": [[d.name, d.balance_due.isoformat()] for d in self.due],
            "signals": [s.id for s in self.signals],
        }
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DigestPlan:
    digests: tuple[Digest, ...]
    notes: tuple[str, ...] = ()  # changes no one can be told of, said in one sentence each


def due_items(contacts: Sequence[OrderContact], today: date, within: int) -> dict[str, DueItem]:
    """Orders whose balance falls due within `within` days (or is overdue), by order name."""
    out = {}
    for c in contacts:
        if c.balance_due is None:
            continue
        days = (c.balance_due - today).days
        if days <= within:
            out[c.name] = DueItem(c.name, c.order_id, c.verdict, c.balance_due, days)
    return out


def plan_digests(
    changes: Sequence[OrderChange],
    contacts: Sequence[OrderContact],
    *,
    to: Sequence[str] = (),
    today: date,
    due_within: int = DEFAULT_DUE_WITHIN,
    new_signals: Sequence[Signal] = (),
    history: History | None = None,
) -> DigestPlan:
    """One digest per recipient: with `to`, everything to each address; else each order's
    changes, due balance and new signals to its stakeholders. A due balance is told once per
    order, date and recipient (the history remembers)."""

    by_name = {c.name: c for c in contacts}
    due = due_items(contacts, today, due_within)
    wanted: dict[str, dict[str, list[Any]]] = {}
    notes: list[str] = []
    fixed = [check_address(a) for a in to]

    def recipients(name: str) -> list[str]:
        if fixed:
            return fixed
        contact = by_name.get(name)
        return [check_address(a) for a in contact.stakeholders] if contact else []

    def add(name: str, kind: str, thing: Any, what: str) -> None:
        people = recipients(name)
        if not people:
            notes.append(
                f"{what} is not mailed: its order.toml lists no stakeholders and no --to was given."
            )
        for person in people:
            key = addr_spec(person).lower()
            box = wanted.setdefault(key, {"to": [person], "changes": [], "due": [], "signals": []})
            if thing not in box[kind]:
                box[kind].append(thing)

    for change in changes:
        add(change.name, "changes", change, f"The change of {change.order_id}")
    for item in due.values():
        add(item.name, "due", item, f"The due balance of {item.order_id}")
    for signal in new_signals:
        for order in signal.orders:
            add(order, "signals", signal, f"The supplier signal on {order}")
    digests = []
    for box in wanted.values():
        recipient = box["to"][0]
        fresh_due = tuple(
            d
            for d in box["due"]
            if history is None
            or not history.due_noticed(d.name, d.balance_due.isoformat(), addr_spec(recipient))
        )
        digest = Digest(recipient, tuple(box["changes"]), fresh_due, tuple(box["signals"]))
        if not digest.empty:
            digests.append(digest)
    return DigestPlan(tuple(digests), tuple(dict.fromkeys(notes)))


_KIND_LINES = {
    "new": "new in the batch, {after}",
    "changed": "{before} -> {after}",
    "recovered": "audited again after a failure, {after}",
    "failed": "the audit failed ({error})",
    "removed": "no longer in the batch (was {before})",
}


def _change_view(change: OrderChange, index_dir: str) -> dict[str, Any]:
    line = _KIND_LINES[change.kind].format(
        before=change.verdict_before, after=change.verdict_after, error=change.error
    )
    if change.kind == "changed" and not change.verdict_moved:
        line = f"still {change.verdict_after}, findings changed"
    counts = []
    if change.new:
        counts.append(f"{len(change.new)} new")
    if change.resolved:
        counts.append(f"{len(change.resolved)} resolved")
    if counts and change.kind != "new":
        line += f" ({', '.join(counts)})"
    elif change.kind == "new":
        line += f" ({len(change.new)} open finding(s))"
    report = (
        f"{index_dir}/{change.name}/report.html" if change.kind not in ("failed", "removed") else ""
    )
    return {
        "order_id": change.order_id,
        "line": line,
        "new": change.new,
        "resolved": change.resolved,
        "report": report,
    }


def digest_subject(digest: Digest) -> str:
    """'[order-audit] 2 orders changed (1 now HOLD), 1 balance due': counts only, no supplier
    text, so nothing untrusted reaches the header."""
    parts = []
    if digest.changes:
        n = len(digest.changes)
        parts.append(f"{n} order{'s' if n != 1 else ''} changed")
        holds = sum(1 for c in digest.changes if c.verdict_moved and c.verdict_after == "HOLD")
        if holds:
            parts[-1] += f" ({holds} now HOLD)"
    if digest.due:
        parts.append(f"{len(digest.due)} balance{'s' if len(digest.due) != 1 else ''} due")
    if digest.signals:
        parts.append(
            f"{len(digest.signals)} supplier signal{'s' if len(digest.signals) != 1 else ''}"
        )
    return "[order-audit] " + ", ".join(parts)


def build_digest_message(
    digest: Digest,
    *,
    sender: str,
    index_dir: str,
    since: str,
    orders_total: int,
    now: datetime | None = None,
) -> EmailMessage:
    """The digest as a text + HTML message; supplier text is escaped in the HTML (autoescape)
    and cleaned to one line in the text; headers hold no supplier text."""

    context = {
        "changes": [_change_view(c, index_dir) for c in digest.changes],
        "due": digest.due,
        "signals": digest.signals,
        "since": since,
        "orders_total": orders_total,
        "index": f"{index_dir}/index.html",
        "generator": generator(),
        "subject": digest_subject(digest),
    }
    env = environment()
    from_address = check_address(sender)
    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = digest_subject(digest)
    msg["From"] = from_address
    msg["To"] = check_address(digest.recipient)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = make_msgid(
        idstring="order-audit-digest", domain=from_address.rpartition("@")[2].rstrip(">") or None
    )
    msg["X-Mailer"] = generator()
    msg["X-Order-Audit-Digest"] = digest.content_hash()[:16]
    msg.set_content(env.get_template("digest.txt.j2").render(context))
    msg.add_alternative(env.get_template("digest.html.j2").render(context), subtype="html")
    msg.policy = HEADER_POLICY
    return msg


@dataclass(frozen=True)
class Delivery:
    """What happened to the queued digests: sent (or written to the outbox), or still pending."""

    sent: tuple[str, ...] = ()  # recipients
    written: tuple[Path, ...] = ()  # .eml files, with an outbox
    failed: tuple[str, ...] = ()  # one sentence each; the digest stays queued for the next run
    previews: tuple[str, ...] = ()  # dry run
    skipped: tuple[str, ...] = ()  # recipients whose digest was sent before (same content)


def queue_digests(
    history: History,
    run_id: int,
    base_run: int | None,
    messages: Mapping[str, tuple[Digest, EmailMessage]],
) -> tuple[str, ...]:
    """Queue each message (and its due notices) in the history; returns the recipients whose
    identical digest from the same base was queued already (not queued again)."""

    skipped = []
    for recipient, (digest, msg) in messages.items():
        fresh = history.queue_digest(
            run_id, base_run, recipient, digest.content_hash(), msg.as_bytes(policy=HEADER_POLICY)
        )
        if not fresh:
            skipped.append(recipient)
            continue
        history.note_due(
            run_id, [(d.name, d.balance_due.isoformat(), addr_spec(recipient)) for d in digest.due]
        )
    return tuple(skipped)


def send_pending(
    history: History,
    *,
    smtp: Any = None,
    outbox: Path | None = None,
) -> Delivery:
    """Send every queued digest (this run's and any an earlier run could not send), or write it
    to `outbox` as an .eml file; each is marked sent once delivered, so it goes out once."""

    sent, written, failed = [], [], []
    for pending in history.pending_digests():
        msg = message_from_bytes(pending.message, policy=policy.SMTP)
        try:
            if not isinstance(msg, EmailMessage):  # policy.SMTP parses to EmailMessage
                raise AuditError(f"the queued digest {pending.id} is not a message.")
            if outbox is not None:
                written.append(write_eml(msg, outbox))
            else:
                if smtp is None:
                    raise AuditError("no SMTP settings: give --host or set ORDER_AUDIT_SMTP_HOST.")
                smtp.send(msg)
        except (DeliveryError, OutputError, AuditError) as exc:
            reason = " ".join(str(exc).split())
            history.mark_failed(pending.id, reason)
            failed.append(
                f"The digest for {pending.recipient} was not sent: {reason} It stays queued "
                f"in {history.path} and the next run sends it."
            )
            continue
        history.mark_sent(pending.id)
        sent.append(pending.recipient)
    return Delivery(sent=tuple(sent), written=tuple(written), failed=tuple(failed))

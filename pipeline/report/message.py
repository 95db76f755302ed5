"""The review as an e-mail message: subject, addresses, text and HTML bodies, attachments.

Supplier text never reaches a header unclean (CR, LF and control characters stripped); every
recipient appears once; the text part carries the whole review summary, never cut.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import AuditError
from pipeline.generated import generator
from pipeline.model import Audit
from pipeline.report.environment import environment
from pipeline.report.files import findings_json
from pipeline.report.formatting import clean_line
from pipeline.report.loader import load_audit
from pipeline.report.render import (
    pdf_available,
    render_html,
    render_markdown,
    render_pdf_bytes,
    render_text,
)
from pipeline.report.view import build_view, counts_phrase, top_items

DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # many corporate gateways refuse more
TOP_ITEMS = 5
SUPPLIER_IN_SUBJECT = 50  # characters
# Headers are written unfolded up to RFC 5322's hard limit of 998: Python's folder puts a
# stray space before an encoded word it moves to the next line ("medium  (宁波..."), which
# every client then shows. Bodies are encoded at set_content time with the usual 78.
HEADER_POLICY = policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Attachable:
    """A report file the message can carry: its name, MIME type and how to make it in memory."""

    filename: str
    maintype: str
    subtype: str


# The one table of what --attach accepts. The default is the PDF alone: finance reads that;
# findings.json is for programs and goes only when asked for (--attach pdf,json).
ATTACHABLE: dict[str, Attachable] = {
    "pdf": Attachable("report.pdf", "application", "pdf"),
    "json": Attachable("findings.json", "application", "json"),
    "html": Attachable("report.html", "text", "html"),
    "md": Attachable("report.md", "text", "markdown"),
    "txt": Attachable("report.txt", "text", "plain"),
}
DEFAULT_ATTACH: tuple[str, ...] = ("pdf",)


def parse_attach(text: str | Sequence[str]) -> tuple[str, ...]:
    """'pdf,json' -> ('pdf', 'json'); 'none' or '' -> (); unknown names are an error."""
    items = text.split(",") if isinstance(text, str) else list(text)
    names = [i.strip().lower() for i in items if i.strip()]
    if names == ["none"]:
        return ()
    unknown = [n for n in names if n not in ATTACHABLE]
    if unknown:
        raise AuditError(
            f"--attach {','.join(unknown)}: not a report file; choose from "
            f"{', '.join(ATTACHABLE)} (comma-separated), or none."
        )
    return tuple(dict.fromkeys(names))


def header_text(text: Any, *, limit: int | None = None) -> str:
    """Untrusted text made safe for a mail header: one line, no control characters."""
    return clean_line(text, limit=limit)


def mail_subject(audit: Audit) -> str:
    """'[HOLD] PO-1001 pre-balance review: 1 critical, 2 high' (+ the supplier's name when known)."""
    subject = f"[{audit.verdict}] {header_text(audit.order_id, limit=60)} pre-balance review: {counts_phrase(audit.counts())}"
    supplier = header_text(audit.supplier or "", limit=SUPPLIER_IN_SUBJECT)
    return f"{subject} ({supplier})" if supplier else subject


_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f]")


def check_address(address: str) -> str:
    """One e-mail address, checked: no header injection, one '@', a domain."""
    text = str(address).strip()
    if _CONTROL_OR_BREAK.search(text):
        raise AuditError(f"e-mail address {text!r} holds a line break or control character.")
    found = getaddresses([text])
    if len(found) != 1:
        raise AuditError(f"{text!r} holds {len(found)} addresses; give each one with its own --to.")
    name, addr = found[0]
    if not addr or addr.count("@") != 1 or not addr.split("@")[1] or "," in addr:
        raise AuditError(f"{text!r} is not an e-mail address (expected name@example.com).")
    return str(Address(display_name=name, addr_spec=addr)) if name else addr


def addr_spec(address: str) -> str:
    """'Tom <tom@example.com>' -> 'tom@example.com' (the envelope address)."""
    return getaddresses([address])[0][1]


def unique_addresses(addresses: Iterable[str], *, skip: Iterable[str] = ()) -> list[str]:
    """Checked addresses, each mailbox once (compared without case), in the order given."""
    seen = {addr_spec(a).lower() for a in skip}
    out = []
    for address in addresses:
        checked = check_address(address)
        key = addr_spec(checked).lower()
        if key not in seen:
            seen.add(key)
            out.append(checked)
    return out


def size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} kB"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str
    subtype: str


def plan_attachments(
    candidates: Sequence[tuple[Attachment, str]], max_bytes: int
) -> tuple[list[Attachment], list[str]]:
    """Keep attachments while their total stays within max_bytes; a note for each one left out."""
    kept: list[Attachment] = []
    notes: list[str] = []
    total = 0
    for attachment, where in candidates:
        size = len(attachment.data)
        if total + size > max_bytes:
            notes.append(
                f"{attachment.filename} ({size_text(size)}) is not attached: attachments are limited to "
                f"{size_text(max_bytes)} per message. It is at {where}."
            )
            continue
        kept.append(attachment)
        total += size
    return kept, notes


_RENDER = {
    "pdf": render_pdf_bytes,
    "json": lambda a: findings_json(a).encode("utf-8"),
    "html": lambda a: render_html(a).encode("utf-8"),
    "md": lambda a: render_markdown(a).encode("utf-8"),
    "txt": lambda a: render_text(a).encode("utf-8"),
}


def _attachments_for(
    audit: Audit, report_dir: Path | None, attach: Sequence[str]
) -> tuple[list[tuple[Attachment, str]], list[str]]:
    """The files asked for: from the report folder when there, else rendered in memory."""
    candidates: list[tuple[Attachment, str]] = []
    notes: list[str] = []
    for name in attach:
        kind = ATTACHABLE[name]
        path = report_dir / kind.filename if report_dir else None
        if path is not None and path.is_file():
            data, where = path.read_bytes(), str(path)
        elif name == "pdf" and not pdf_available():
            notes.append(
                "report.pdf is not attached: WeasyPrint is not installed (pip install 'order-audit[pdf]')."
            )
            continue
        else:
            data = _RENDER[name](audit)
            where = str(report_dir) if report_dir else "the report folder once written"
        candidates.append((Attachment(kind.filename, data, kind.maintype, kind.subtype), where))
    return candidates, notes


def _mail_context(audit: Audit, attached: Sequence[str], notes: Sequence[str]) -> dict[str, Any]:
    view = build_view(audit)
    items = top_items(audit, 0, view)
    return {
        "a": audit,
        "v": view,
        "subject": mail_subject(audit),
        "supplier": clean_line(audit.supplier or "", limit=80),
        "counts_text": counts_phrase(audit.counts()),
        "top": items[:TOP_ITEMS],
        "more": max(0, len(items) - TOP_ITEMS),
        "attached": list(attached),
        "notes": list(notes),
        "version": __version__,
    }


def render_mail_text(
    audit: Audit, *, attached: Sequence[str] = (), notes: Sequence[str] = ()
) -> str:
    """The text/plain body: verdict, what to do next, payment, reasons, top findings; uncut."""
    return environment().get_template("mail.txt.j2").render(_mail_context(audit, attached, notes))


def render_mail_html(
    audit: Audit, *, attached: Sequence[str] = (), notes: Sequence[str] = ()
) -> str:
    """The text/html body with its CSS inlined (mail clients drop <style> blocks)."""
    import css_inline  # deferred: only when an HTML mail body is built (start-up)

    html = environment().get_template("mail.html.j2").render(_mail_context(audit, attached, notes))
    # No remote stylesheets: the template has none, and a supplier URL must never be fetched.
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)
    return str(inliner.inline(html))


def build_message(
    audit_or_report_dir: Audit | Path,
    *,
    to: Sequence[str],
    sender: str,
    cc: Sequence[str] = (),
    attach: Sequence[str] | bool = DEFAULT_ATTACH,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> EmailMessage:
    """The review as a multipart message: text and HTML alternatives, and the report files asked
    for in `attach` (ATTACHABLE names; default the PDF alone; False or () for none).

    Given a report folder, the Audit is read from its findings.json and its files are attached
    as they are; given an Audit, the attachments are rendered in memory. Each recipient appears
    once, in To or (if not there) in Cc.
    """
    if isinstance(audit_or_report_dir, Audit):
        audit, report_dir = audit_or_report_dir, None
    else:
        report_dir = Path(audit_or_report_dir)
        audit = load_audit(report_dir)
    recipients = unique_addresses(to)
    if not recipients:
        raise AuditError("no recipient: give --to or list stakeholders in order.toml.")
    copies = unique_addresses(cc, skip=recipients)
    from_address = check_address(sender)
    wanted = parse_attach(list(DEFAULT_ATTACH) if attach is True else attach or [])

    kept: list[Attachment] = []
    notes: list[str] = []
    if wanted:
        candidates, notes = _attachments_for(audit, report_dir, wanted)
        kept, size_notes = plan_attachments(candidates, max_attachment_bytes)
        notes += size_notes
    names = [a.filename for a in kept]

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = mail_subject(audit)
    msg["From"] = from_address
    msg["To"] = ", ".join(recipients)
    if copies:
        msg["Cc"] = ", ".join(copies)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = make_msgid(
        idstring="order-audit", domain=from_address.rpartition("@")[2].rstrip(">") or None
    )
    msg["X-Mailer"] = generator()  # also how order-audit knows a kept .eml as its own
    msg["X-Order-Audit-Verdict"] = audit.verdict
    msg["X-Order-Audit-Order"] = header_text(audit.order_id, limit=80)
    msg.set_content(render_mail_text(audit, attached=names, notes=notes))
    msg.add_alternative(render_mail_html(audit, attached=names, notes=notes), subtype="html")
    for attachment in kept:
        msg.add_attachment(
            attachment.data,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
        )
    msg.policy = HEADER_POLICY
    return msg


def envelope_recipients(msg: EmailMessage) -> list[str]:
    """The envelope addresses of a message: To then Cc, each mailbox once."""
    listed = [a for name in ("To", "Cc") for a in (msg.get_all(name) or [])]
    return list(dict.fromkeys(addr for _, addr in getaddresses(listed) if addr))


def readdressed(msg: EmailMessage, recipients: Sequence[str]) -> EmailMessage:
    """A copy of msg addressed to `recipients` only (To), e.g. those a server refused."""
    again = copy.deepcopy(msg)
    del again["To"]
    del again["Cc"]
    again["To"] = ", ".join(recipients)
    return again


def preview(msg: EmailMessage, server: str = "") -> str:
    """What would be sent, for --dry-run: the server and TLS mode, the envelope recipients,
    headers, attachments with sizes, and the whole text body."""
    lines = []
    if server:
        lines.append(f"Server: {server}")
    lines.append(f"Recipients: {', '.join(envelope_recipients(msg))}")
    lines += [f"{name}: {msg[name]}" for name in ("From", "To", "Cc", "Subject") if msg[name]]
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else 0
        lines.append(f"Attachment: {part.get_filename()} ({size_text(size)})")
    if not any(True for _ in msg.iter_attachments()):
        lines.append("Attachment: none")
    body = msg.get_body(preferencelist=("plain",))
    lines.append("")
    lines.append(body.get_content() if isinstance(body, EmailMessage) else "")
    return "\n".join(lines)

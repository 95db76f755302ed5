"""E-mail: .eml and .mbox with the standard library (policy=default).

Each message gives `message` blocks, one per paragraph of its plain-text body (HTML bodies
converted to text), with the Date as timestamp (the sender's wall-clock time, naive) and From as
sender. Quoted replies ("> ..." lines and everything below an "On ... wrote:" or "-----Original
Message-----" header) are kept with source quoted-reply. Attachments become documents.
"""

from __future__ import annotations

import email
import email.utils
import mailbox
import mimetypes
import re
import struct
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage, Message
from io import BytesIO
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.common import Attachment, BlockSink, Reading, Source, partial_reading
from pipeline.ingest.html_text import html_text_lines, html_to_text  # noqa: F401 - html_text_lines is part of this module's interface
from pipeline.ingest.mail_quotes import quoted_messages, utc_of
from pipeline.model import Block

_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
# Lines that open the quoted part of a reply, from the clients in talon's and
# email-reply-parser's test mails (Gmail, Outlook, Apple Mail, Yahoo, QQ/163 Mail in Chinese).
# A "forward header" quotes everything below it; an attribution line ("On ... wrote:") quotes
# the "> " lines that follow it (which may also stand above the reply: bottom posting).
_FORWARD_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|原始邮件|Ursprüngliche Nachricht)\s*-{2,}"
    r"|_{5,}\s*$|-{5,}\s*$"
    r"|\*?(?:From|Von|De|发件人|寄件者)\s*[:：]\*?.+)",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"(?:\bwrote|написал|написала|写道|schrieb|a écrit|escribió|ha scritto)\s*[:：]?\s*>?\s*$"
    r"|^\s*(?:On|Am|Le|El|Il|在)\b.{0,200}[:：]\s*$",
    re.IGNORECASE,
)
_WRAPPED_DATE = re.compile(r"\b\d{1,2}:\d{2}\b")


def split_quoted(body: str) -> tuple[str, str]:
    """(the new text of a reply, the quoted part) of a plain-text mail body."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if index > 0 and _FORWARD_HEADER.match(line) and any(x.strip() for x in lines[:index]):
            head, tail = lines[:index], lines[index:]
            new, quoted = _split_quote_marks(head)
            return new, "\n".join([quoted, "\n".join(tail)]).strip()
    return _split_quote_marks(lines)


def _split_quote_marks(lines: list[str]) -> tuple[str, str]:
    quoted = [line.lstrip().startswith(">") for line in lines]
    # An attribution line (possibly wrapped over up to 3 lines) right above a quoted run is quoted.
    for index in range(len(lines)):
        if not quoted[index] or (index > 0 and quoted[index - 1]):
            continue
        start = index
        while start > 0 and not lines[start - 1].strip():
            start -= 1
        for size in (1, 2, 3):
            if start - size < 0:
                break
            joined = " ".join(x.strip() for x in lines[start - size : start])
            if _ATTRIBUTION.search(joined):
                top = start - size
                # a wrapped attribution: the line above holds its date ("02.04.2012 14:20 ...")
                if (
                    top > 0
                    and _WRAPPED_DATE.search(lines[top - 1])
                    and not _WRAPPED_DATE.search(lines[top])
                ):
                    top -= 1
                for k in range(top, index):
                    quoted[k] = True
                break
    new = "\n".join(line for line, q in zip(lines, quoted, strict=True) if not q).strip()
    old = "\n".join(line for line, q in zip(lines, quoted, strict=True) if q).strip()
    return new, old


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError, AttributeError):
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _sent(date_header: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError):
        return None


def _timestamp(date_header: str) -> str | None:
    """The Date header in UTC: a reply from Ningbo (+0800) and its answer from Lyon (+0100) keep
    their order (blind and generated cases: 09:23 +0800 comes before 03:07 +0100)."""
    parsed = _sent(date_header)
    return utc_of(parsed).isoformat() if parsed else None


def _sender(message: Message) -> str | None:
    raw = _header(message, "From")
    if not raw:
        return None
    name, address = email.utils.parseaddr(raw)
    if name and address:
        return f"{name} <{address}>"
    return name or address or raw


def _body(message: Message, limit: int | None = None) -> str:
    """The plain-text body: text/plain preferred, else HTML converted; attachments excluded.
    With `limit`, at most that many characters (HTML: of the text it converts to)."""
    part: Message | None = None
    if isinstance(message, EmailMessage):
        try:
            part = message.get_body(preferencelist=("plain", "html"))
        except (KeyError, LookupError, AttributeError, ValueError):
            part = None
    if part is None:
        for candidate in message.walk():
            if candidate.get_content_maintype() == "text" and not candidate.get_filename():
                part = candidate
                break
    if part is None:
        return ""
    text = _decode_part(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text if limit is None else text[: 4 * limit + 4096])
    if limit is not None:
        text = text[: limit + 1]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_part(part: Message) -> str:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else None
        if isinstance(content, str):
            return content
    except (KeyError, LookupError, ValueError, AttributeError, AssertionError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _paragraphs(text: str) -> Iterator[str]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def _paragraph_blocks(
    text: str,
    timestamp: str | None,
    sender: str | None,
    source: str | None,
    sink: BlockSink | None = None,
) -> list[Block]:
    """One message block per paragraph; with a sink, they go there, within the budget."""
    blocks: list[Block] = []
    for raw in _paragraphs(text):
        para = "\n".join(line.rstrip() for line in raw.strip("\n").split("\n")).strip()
        if not para:
            continue
        block = Block(kind="message", text=para, timestamp=timestamp, sender=sender, source=source)
        if sink is None:
            blocks.append(block)
        elif not sink.add(block):
            break
    return blocks


def _parts(message: Message) -> list[Message]:
    """Leaf parts in order; an attached message (message/rfc822) is one part, not opened up."""
    out: list[Message] = []
    stack: list[Message] = [message]
    while stack:
        part = stack.pop(0)
        if part is not message and part.get_content_type() == "message/rfc822":
            out.append(part)
        elif part.is_multipart():
            children = part.get_payload()
            stack[0:0] = (
                [c for c in children if isinstance(c, Message)]
                if isinstance(children, list)
                else []
            )
        else:
            out.append(part)
    return out


def _part_bytes(part: Message) -> bytes | None:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            try:
                return inner[0].as_bytes()
            except (LookupError, ValueError, TypeError, UnicodeError):
                return None
        return None
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else None


def _attachments(message: Message, origin: str, meta: dict[str, str]) -> list[Attachment]:
    """Every attached file (and attached message) of a mail, named so that its reader is found."""
    out: list[Attachment] = []
    names: set[str] = set()
    for index, part in enumerate(_parts(message), start=1):
        filename = part.get_filename()
        disposition = (part.get_content_disposition() or "").lower()
        forwarded = part.get_content_type() == "message/rfc822"
        if not filename and disposition != "attachment" and not forwarded:
            continue
        payload = _part_bytes(part)
        if payload is None:
            continue
        guessed = (
            ".eml" if forwarded else (mimetypes.guess_extension(part.get_content_type()) or "")
        )
        name = (
            (filename or f"attachment-{index}{guessed}")
            .replace("/", "_")
            .replace("\\", "_")
            .strip()
        )
        name = name or f"attachment-{index}{guessed}"
        base, n = name, 2
        while name in names:
            name = f"{n}-{base}"
            n += 1
        names.add(name)
        out.append(Attachment(name=name, data=payload, meta={"attachment_of": origin, **meta}))
    return out


def message_blocks(
    message: Message, sink: BlockSink | None = None
) -> tuple[list[Block], dict[str, str]]:
    """The blocks and headers of one parsed message; with a sink, the blocks go there (within
    the document's budget: the body is cut at the characters left) and the list is empty."""
    headers = {
        name.lower().replace("-", "_"): v for name in _HEADERS if (v := _header(message, name))
    }
    stamp = _timestamp(headers.get("date", ""))
    if stamp:
        # ISO like every other date of the model; the header as written stays beside it
        headers["date_header"] = headers["date"]
        headers["date"] = stamp
    sender = _sender(message)
    limit = sink.budget.chars_left() if sink is not None else None
    new, quoted = split_quoted(_body(message, limit))
    blocks = _paragraph_blocks(new, stamp, sender, None, sink)
    blocks += _quoted_blocks(quoted, _sent(headers.get("date_header", "")), sink)
    return blocks, headers


def _quoted_blocks(quoted: str, sent: datetime | None, sink: BlockSink | None) -> list[Block]:
    """The quoted part: each message an attribution line opens ("On ... X wrote:") with its
    sender and time (the only copy of the buyer's own words when their mail is not in the
    folder); text no attribution opens stays anonymous. All are source quoted-reply."""
    messages = quoted_messages(quoted, sent)
    if not messages:
        return _paragraph_blocks(quoted, None, None, "quoted-reply", sink)
    blocks: list[Block] = []
    for m in messages:
        blocks += _paragraph_blocks(m.text, m.timestamp, m.sender, "quoted-reply", sink)
    return blocks


def _parse(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=policy.default)


def read_email(source: Source, settings: Settings) -> Reading:
    """An .eml message: headers in meta, body paragraphs as messages, attachments as documents."""
    if not source.data.strip():
        raise source.fail("the file is empty")
    if source.data[:8] == _OLE_MAGIC:
        return read_msg(source, settings)  # an Outlook .msg saved under another name
    message = _parse(source.data)
    if (
        not any(message.get(h) for h in ("From", "To", "Subject", "Date"))
        and not message.is_multipart()
    ):
        raise source.fail("it is not an e-mail message (no From, To, Subject or Date header)")
    sink = BlockSink(source.budget_for(settings))
    _, headers = message_blocks(message, sink)
    attachment_meta = {
        "message_" + k: v for k, v in headers.items() if k in ("from", "date", "subject")
    }
    attachments = _attachments(message, source.name, attachment_meta)
    meta = dict(headers)
    if attachments:
        meta["attachments"] = ", ".join(a.name for a in attachments)
    note = sink.note("in its body")
    return partial_reading(
        source, "email", sink.items, [note or ""], meta, attachments=tuple(attachments)
    )


def read_mbox(source: Source, settings: Settings) -> Reading:
    """An .mbox mailbox: every message's blocks in order; all attachments become documents."""
    if not source.data.strip():
        raise source.fail("the file is empty")
    with tempfile.TemporaryDirectory(prefix="order-audit-") as tmp:
        path = Path(tmp) / "box.mbox"
        path.write_bytes(source.data)
        box = mailbox.mbox(str(path), factory=None, create=False)
        raw_messages = [box.get_bytes(key) for key in box.iterkeys()]
        box.close()
    if not raw_messages:
        raise source.fail("it holds no messages (no 'From ' separator lines)")
    sink = BlockSink(source.budget_for(settings))
    attachments: list[Attachment] = []
    note = None
    for number, raw in enumerate(raw_messages, start=1):
        if not sink.check_time():
            note = sink.note(f"at message {number} of {len(raw_messages)}")
            break
        message = _parse(raw)
        _, headers = message_blocks(message, sink)
        meta = {"message_" + k: v for k, v in headers.items() if k in ("from", "date", "subject")}
        for attachment in _attachments(message, source.name, meta):
            attachments.append(
                Attachment(f"{number}-{attachment.name}", attachment.data, attachment.meta)
            )
        if sink.stopped is not None:
            note = sink.note(f"in message {number} of {len(raw_messages)}")
            break
    meta = {"messages": str(len(raw_messages))}
    return partial_reading(
        source, "email", sink.items, [note or ""], meta, attachments=tuple(attachments)
    )


# --- Outlook .msg (OLE compound file, MS-OXMSG) -----------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_TEXT_TYPES = (("001F", "utf-16-le"), ("001E", "cp1252"))
_PT_SYSTIME = 0x0040
_PR_CLIENT_SUBMIT_TIME = 0x0039
_PR_MESSAGE_DELIVERY_TIME = 0x0E06
_FILETIME_EPOCH = datetime(1601, 1, 1)
_MSG_TOP_HEADER = 32  # bytes before the first property entry of the message's own properties stream
_MSG_SUB_HEADER = 8  # ... and of an attachment's


def _msg_text(ole: Any, storage: str, tag: str) -> str | None:
    for kind, encoding in _MSG_TEXT_TYPES:
        name = f"{storage}__substg1.0_{tag}{kind}"
        if ole.exists(name):
            return ole.openstream(name).read().decode(encoding, "replace").rstrip("\0")
    return None


def _msg_binary(ole: Any, storage: str, tag: str) -> bytes | None:
    name = f"{storage}__substg1.0_{tag}0102"
    return ole.openstream(name).read() if ole.exists(name) else None


def _msg_time(ole: Any) -> str | None:
    """The submit (else delivery) time from the fixed-size property entries, as naive UTC ISO."""
    if not ole.exists("__properties_version1.0"):
        return None
    data = ole.openstream("__properties_version1.0").read()
    found: dict[int, int] = {}
    for offset in range(_MSG_TOP_HEADER, len(data) - 15, 16):
        tag, _flags, value = struct.unpack_from("<IIQ", data, offset)
        if tag & 0xFFFF == _PT_SYSTIME:
            found[tag >> 16] = value
    value = found.get(_PR_CLIENT_SUBMIT_TIME) or found.get(_PR_MESSAGE_DELIVERY_TIME)
    if not value:
        return None
    return (_FILETIME_EPOCH + timedelta(microseconds=value // 10)).isoformat()


def read_msg(source: Source, settings: Settings) -> Reading:
    """An Outlook .msg: subject, sender, recipients, time, body (plain, else HTML), attachments."""
    try:
        import olefile  # optional dependency: only .msg files need it
    except ImportError as exc:
        raise source.fail(
            "reading Outlook .msg files needs the olefile package (pip install olefile)"
        ) from exc
    if not source.data:
        raise source.fail("the file is empty")
    if source.data[:8] != _OLE_MAGIC:
        raise source.fail("it is not an Outlook .msg file (no OLE header)")
    try:
        # a stream, never bytes: olefile takes short bytes for a file name
        ole = olefile.OleFileIO(BytesIO(source.data))
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError... on damaged files
        raise source.fail(f"it is a damaged Outlook .msg file ({exc})") from exc
    try:
        if (
            not ole.exists("__substg1.0_0037001F")
            and not ole.exists("__substg1.0_0037001E")
            and not ole.exists("__properties_version1.0")
        ):
            raise source.fail("it is an OLE file but not an Outlook message")
        name = _msg_text(ole, "", "0C1A") or _msg_text(ole, "", "0042")
        address = _msg_text(ole, "", "0C1F") or _msg_text(ole, "", "0065")
        if name and address and "@" in address and name.strip() != address.strip():
            sender: str | None = f"{name} <{address}>"
        else:
            sender = address if address and "@" in address else (name or address)
        headers = {
            "from": sender,
            "to": _msg_text(ole, "", "0E04"),
            "cc": _msg_text(ole, "", "0E03"),
            "subject": _msg_text(ole, "", "0037"),
        }
        stamp = _msg_time(ole)
        transport = _msg_text(ole, "", "007D") or ""
        if match := re.search(r"^Date:\s*(.+)$", transport, re.MULTILINE):
            stamp = _timestamp(match.group(1).strip()) or stamp
        body = _msg_text(ole, "", "1000")
        if not body:
            html = _msg_binary(ole, "", "1013") or (_msg_text(ole, "", "1013") or "").encode()
            body = html_to_text(html.decode("utf-8", "replace")) if html else ""
        attachments: list[Attachment] = []
        meta = {k: " ".join(v.split()) for k, v in headers.items() if v}
        if stamp:
            meta["date"] = stamp
        origin_meta = {
            "message_" + k: v for k, v in meta.items() if k in ("from", "date", "subject")
        }
        storages = sorted(
            {"/".join(e[:1]) for e in ole.listdir() if e[0].startswith("__attach_version1.0_#")}
        )
        for number, storage in enumerate(storages, start=1):
            data = _msg_binary(ole, f"{storage}/", "3701")
            if data is None:
                continue  # an embedded message or OLE object: named in the body, not read
            filename = _msg_text(ole, f"{storage}/", "3707") or _msg_text(
                ole, f"{storage}/", "3704"
            )
            filename = (filename or f"attachment-{number}").replace("/", "_").replace("\\", "_")
            attachments.append(
                Attachment(filename, data, {"attachment_of": source.name, **origin_meta})
            )
    finally:
        ole.close()
    sink = BlockSink(source.budget_for(settings))
    body = body[: sink.budget.chars_left() + 1]
    new, quoted = split_quoted(body.replace("\r\n", "\n").replace("\r", "\n"))
    _paragraph_blocks(new, stamp, sender, None, sink)
    _paragraph_blocks(quoted, None, None, "quoted-reply", sink)
    if attachments:
        meta["attachments"] = ", ".join(a.name for a in attachments)
    note = sink.note("in its body")
    return partial_reading(
        source, "email", sink.items, [note or ""], meta, attachments=tuple(attachments)
    )

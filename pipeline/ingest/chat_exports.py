"""Chat exports: WhatsApp (every export variant), WeChat text exports, Telegram JSON, plain logs.

Each message becomes one `message` block with its timestamp (ISO 8601, naive, as the phone
showed it), sender, text (continuation lines joined with "\\n"), `system` for lines the app
wrote itself, and `attachment` when a file is named. Day/month order is decided once per file
from all its dates, never per line.

Longer than 500 lines because the WhatsApp, WeChat, Telegram and plain-log parsers share the
message model, the sniffing that tells the formats apart (a .txt may be any of them) and the
budgeted reading; WeChat's day dividers are in wechat_days.py, locales in chat_locale.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.chat_locale import (
    _alternation,
    _ascii_digits,
    _gregorian_year,
    _hour,
    _markers,
    _whatsapp_headers,
    normalise_line,
)
from pipeline.ingest.common import (
    BLOCK_LIMITS,
    BlockSink,
    Budget,
    Reading,
    Source,
    partial_reading,
)
from pipeline.ingest.text import decode_text
from pipeline.ingest.wechat_days import dated_by_day_dividers
from pipeline.model import Block

_CLOCK_EVERY = 4096  # lines between two looks at the clock


@dataclass(frozen=True)
class ChatMessage:
    """One parsed message and the lines of the export it came from (1-based, inclusive)."""

    timestamp: str | None
    sender: str | None
    text: str
    system: bool
    attachment: str | None
    first_line: int
    last_line: int

    def block(self) -> Block:
        return Block(
            kind="message",
            text=self.text,
            line=self.first_line,
            timestamp=self.timestamp,
            sender=self.sender,
            system=self.system,
            attachment=self.attachment,
        )


@cache
def _attachment_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(p, re.IGNORECASE) for p in _markers()["whatsapp"]["attachment_patterns"]
    )


@dataclass(frozen=True, slots=True)
class _Header:
    index: int  # 0-based line index
    date: tuple[str, str, str]
    hour: int
    minute: int
    second: int
    rest: str
    style: str  # "[" for a bracketed header, then the separator before the sender
    marked: bool  # the text after "Name: " started with an invisible mark (iOS system lines)


_HEADER_START = re.compile(r"^\[?\s*\w")


def _match_header(index: int, raw: str) -> _Header | None:
    line = normalise_line(raw)
    if not _HEADER_START.match(line):
        return None
    ascii_line = _ascii_digits(line)
    date_first, time_first = _whatsapp_headers()
    match = date_first.match(ascii_line)
    kind = ""
    if not match:
        match = time_first.match(ascii_line)
        kind = "t"
        if not match:
            return None
    marker = match["pre"] or match["post"]
    parts = re.split(r"[:.]", match["time"])
    hour = _hour(int(parts[0]), marker)
    if hour is None:
        return None
    sep = match["sep"].strip() or "space"
    date = tuple(_gregorian_year(p.strip()) for p in re.split(r"[./-]", match["date"]))
    if not all(date):
        return None
    style = f"{kind}{'[' if match['open'] else ''}{sep}"
    colon = raw.find(": ")
    marked = colon >= 0 and raw[colon + 2 : colon + 3] in {"\u200e", "\u200f"}
    return _Header(
        index=index,
        date=(date[0], date[1], date[2]),
        hour=hour,
        minute=int(parts[1]),
        second=int(parts[2]) if len(parts) > 2 else 0,
        rest=line[match.start("rest") :],
        style=style,
        marked=marked,
    )


def _date_order(headers: list[_Header], day_first: bool | None) -> tuple[int, int, int] | None:
    """Positions of (year, month, day) in the date triple, decided from every date of the file."""
    if not headers:
        return None
    year_votes = Counter(i for h in headers for i in range(3) if len(h.date[i]) == 4)
    if year_votes:
        year = year_votes.most_common(1)[0][0]
    elif any(int(h.date[0]) > 31 for h in headers):
        year = 0
    else:
        year = 2
    p, q = (i for i in range(3) if i != year)
    if day_first is not None:
        return (year, q, p) if day_first else (year, p, q)
    if year == 0 and not any(int(h.date[p]) > 12 for h in headers):
        return (year, p, q)  # y-m-d; nobody writes y-d-m
    if any(int(h.date[p]) > 12 for h in headers):
        return (year, q, p)
    if any(int(h.date[q]) > 12 for h in headers):
        return (year, p, q)
    # Undecided by the values: a chat runs forward in time, so the reading with fewer steps
    # back wins; a tie reads day first, as most of the world writes dates.
    day_first_order, month_first_order = (year, q, p), (year, p, q)
    if _backsteps(headers, month_first_order) < _backsteps(headers, day_first_order):
        return month_first_order
    return day_first_order


def _backsteps(headers: list[_Header], order: tuple[int, int, int]) -> int:
    stamps = [s for h in headers if (s := _timestamp(h, order))]
    return sum(1 for a, b in zip(stamps, stamps[1:], strict=False) if b < a)


def _timestamp(header: _Header, order: tuple[int, int, int]) -> str | None:
    year_s, month_s, day_s = (header.date[i] for i in order)
    year = int(year_s)
    if len(year_s) <= 2:
        year += 2000
    try:
        stamp = datetime(year, int(month_s), int(day_s), header.hour, header.minute, header.second)
    except ValueError:
        return None
    return stamp.isoformat()


def _split_sender(rest: str) -> tuple[str | None, str]:
    """'Name: text' -> (Name, text); a line with no 'Name: ' is the app's own (sender None)."""
    colon = rest.find(": ")
    if colon <= 0:
        if rest.endswith(":") and 0 < len(rest) - 1 <= 60 and '"' not in rest:
            return rest[:-1], ""
        return None, rest
    sender = rest[:colon]
    if len(sender) > 80 or '"' in sender or "“" in sender or _system_fragment().search(sender):
        return None, rest
    # newer WhatsApp versions mark senders who are not in the address book with "~ "
    return sender.strip().removeprefix("~").strip(), rest[colon + 2 :]


@cache
def _system_fragment() -> re.Pattern[str]:
    fragments = [f for f in _markers()["whatsapp"]["system_fragments"] if f.strip()]
    return re.compile(_alternation(fragments))


@cache
def _app_placeholders() -> frozenset[str]:
    wa = _markers()["whatsapp"]
    words = [w.lower() for w in wa["media_omitted"] + wa["deleted"]]
    return frozenset([*words, *(f"{w}." for w in words)])


def _classify(text: str) -> tuple[bool, str | None]:
    """(system, attachment) for a message text: media placeholders and deletions are the app's own."""
    first = normalise_line(text.split("\n", 1)[0]).strip()
    for pattern in _attachment_patterns():
        if match := pattern.match(first):
            return False, match["file"].strip()
    if first.lower() in _app_placeholders():
        return True, None
    return False, None


@dataclass(frozen=True)
class ParsedChat:
    """Messages of a chat export and what was left out: the last `limit` messages are kept."""

    messages: list[ChatMessage]
    total: int  # messages found (the preamble included)
    stopped_at: int | None = None  # the line where the time limit stopped the reading


def parse_whatsapp(text: str, *, day_first: bool | None = None) -> list[ChatMessage]:
    """Parse a WhatsApp (or `[time] name: text`) export; every line lands in exactly one message."""
    return parse_whatsapp_export(text, day_first=day_first).messages


def parse_whatsapp_export(
    text: str,
    *,
    day_first: bool | None = None,
    limit: int | None = None,
    budget: Budget | None = None,
) -> ParsedChat:
    """parse_whatsapp with limits: only the last `limit` messages are built (the latest messages
    matter most before a payment), and the budget's clock stops the scan of the lines."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    candidates: list[_Header] = []
    stopped_at = None
    for i, line in enumerate(lines):
        if budget is not None and i % _CLOCK_EVERY == 0 and i and budget.expired:
            stopped_at = i + 1
            del lines[i:]
            break
        if header := _match_header(i, line):
            candidates.append(header)
    if not candidates:
        return ParsedChat([], 0, stopped_at)
    # Only lines in the file's dominant header style start messages: a continuation line that
    # happens to begin with a date ("2016-04-29 10:30:00 ...") stays in its message.
    style = Counter(h.style for h in candidates).most_common(1)[0][0]
    headers = [h for h in candidates if h.style == style]
    del candidates
    order = _date_order(headers, day_first)
    heads = [h for h in headers if order and _timestamp(h, order)]
    if not heads or order is None:
        return ParsedChat([], 0, stopped_at)
    messages: list[ChatMessage] = []
    spans = [h.index for h in heads]
    preamble = 0
    if spans[0] > 0:
        if any(line.strip() for line in lines[: spans[0]]):
            preamble = 1
        else:
            spans[0] = 0  # blank lines before the first header belong to it
    total = len(heads) + preamble
    first_kept = 0 if limit is None else max(0, len(heads) - limit)
    if preamble and first_kept == 0 and (limit is None or limit > len(heads)):
        text_before = "\n".join(normalise_line(line) for line in lines[: spans[0]]).strip()
        messages.append(ChatMessage(None, None, text_before, True, None, 1, spans[0]))
    for n in range(first_kept, len(heads)):
        header = heads[n]
        end = heads[n + 1].index - 1 if n + 1 < len(heads) else len(lines) - 1
        sender, first = _split_sender(header.rest)
        following = (normalise_line(line) for line in lines[header.index + 1 : end + 1])
        body = "\n".join([first, *following]).strip()
        system, attachment = _classify(body)
        if sender is None or (header.marked and attachment is None):
            system = True
        stamp = _timestamp(header, order)
        messages.append(ChatMessage(stamp, sender, body, system, attachment, spans[n] + 1, end + 1))
    return ParsedChat(messages, total, stopped_at)


def chat_log_style(text: str) -> str:
    """'chatlog' when every header is an ISO date (yyyy-mm-dd) not followed by WhatsApp's ' - '."""
    lines = text.split("\n")[:400]
    heads = [h for i, line in enumerate(lines) if (h := _match_header(i, line))]
    iso = re.compile(r"^\[?\d{4}-\d{2}-\d{2}[ T]")
    if heads and all(
        iso.match(normalise_line(lines[h.index])) and "-" not in h.style for h in heads
    ):
        return "chatlog"
    return "whatsapp"


# --- WeChat ------------------------------------------------------------------------------

_WECHAT_STAMP = (
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?P<ampm>上午|下午|中午|凌晨|晚上|早上)?\s*"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
)
_WECHAT_HEADERS = (
    re.compile(rf"^{_WECHAT_STAMP}\s+(?P<name>[^:：\s][^:：]{{0,60}}?)\s*$"),
    re.compile(rf"^(?P<name>[^\d\s:：][^:：]{{0,60}}?)(?:\s*[(（]|\s+){_WECHAT_STAMP}[)）]?\s*$"),
)


def _wechat_header(line: str) -> re.Match[str] | None:
    line = normalise_line(line).strip()
    for pattern in _WECHAT_HEADERS:
        if match := pattern.match(line):
            return match
    return None


def _wechat_stamp(match: re.Match[str]) -> str | None:
    y, m, d = (int(x) for x in re.findall(r"\d+", match["date"]))
    parts = [int(x) for x in match["time"].split(":")]
    hour = _hour(parts[0], match["ampm"])
    if hour is None:
        return None
    try:
        return datetime(y, m, d, hour, parts[1], parts[2] if len(parts) > 2 else 0).isoformat()
    except ValueError:
        return None


def parse_wechat(text: str) -> list[ChatMessage]:
    """A WeChat text export: a 'yyyy-mm-dd hh:mm:ss Name' line (or 'Name yyyy-mm-dd ...'), text below."""
    return parse_wechat_export(text).messages


def parse_wechat_export(
    text: str, *, limit: int | None = None, budget: Budget | None = None
) -> ParsedChat:
    """parse_wechat with limits: the last `limit` messages, the lines scanned while time is left."""
    lines = text.split("\n")
    lines = dated_by_day_dividers(lines) or lines
    while lines and not lines[-1].strip():
        lines.pop()
    starts: list[int] = []
    stopped_at = None
    for i, line in enumerate(lines):
        if budget is not None and i % _CLOCK_EVERY == 0 and i and budget.expired:
            stopped_at = i + 1
            del lines[i:]
            break
        if (m := _wechat_header(line)) and _wechat_stamp(m):
            starts.append(i)
    messages: list[ChatMessage] = []
    if not starts:
        return ParsedChat(messages, 0, stopped_at)
    preamble = 0
    if starts[0] > 0:
        if any(line.strip() for line in lines[: starts[0]]):
            preamble = 1
        else:
            starts[0] = 0
    total = len(starts) + preamble
    first_kept = 0 if limit is None else max(0, len(starts) - limit)
    if preamble and first_kept == 0 and (limit is None or limit > len(starts)):
        text_before = "\n".join(lines[: starts[0]]).strip()
        messages.append(ChatMessage(None, None, text_before, True, None, 1, starts[0]))
    wc = _markers()["wechat"]
    for n in range(first_kept, len(starts)):
        start = starts[n]
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(lines) - 1
        header_index = next(i for i in range(start, end + 1) if _wechat_header(lines[i]))
        match = _wechat_header(lines[header_index])
        assert match is not None
        body = "\n".join(normalise_line(line) for line in lines[header_index + 1 : end + 1]).strip()
        system = False
        attachment = None
        first = body.split("\n", 1)[0].strip()
        if any(first.startswith(f) for f in wc["file_markers"]):
            attachment = first.split("]", 1)[1].strip() or None
        elif (
            first in wc["media"]
            or any(f in body for f in wc["system_fragments"])
            and len(body) < 80
        ):
            system = True
        name = match["name"].strip()
        if name in {"系统消息", "System", "系统"}:
            system = True
        messages.append(
            ChatMessage(_wechat_stamp(match), name, body, system, attachment, start + 1, end + 1)
        )
    return ParsedChat(messages, total, stopped_at)


# --- Telegram ----------------------------------------------------------------------------


def _telegram_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        # Plain strings carry their own spaces; two entities in a row (a bold label, then a link)
        # are written without one in some exports, so one is put between them.
        out = ""
        for previous, part in zip([None, *value], value, strict=False):
            text = _telegram_text(part)
            if (
                isinstance(previous, dict)
                and isinstance(part, dict)
                and out
                and text
                and not out[-1].isspace()
                and not text[0].isspace()
            ):
                out += " "
            out += text
        return out
    if isinstance(value, dict):
        return str(value.get("text", ""))
    return ""


def _telegram_stamp(message: dict[str, Any]) -> str | None:
    # "date" is the local time the app showed; date_unixtime alone is read as UTC.
    date = message.get("date")
    if isinstance(date, str):
        try:
            return datetime.fromisoformat(date).replace(tzinfo=None).isoformat()
        except ValueError:
            pass
    unix = message.get("date_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), UTC).replace(tzinfo=None).isoformat()
        except (ValueError, OverflowError, OSError):
            return None
    return None


def parse_telegram(data: Any) -> list[ChatMessage]:
    """Telegram Desktop's result.json: one chat ({"messages": [...]}) or a full export ({"chats": ...})."""
    chats: list[Any] = []
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        chats = [data]
    elif isinstance(data, dict) and isinstance(data.get("chats"), dict):
        chats = [c for c in data["chats"].get("list", []) if isinstance(c, dict)]
    messages: list[ChatMessage] = []
    for chat in chats:
        for n, message in enumerate(chat.get("messages", []), start=1):
            if not isinstance(message, dict):
                continue
            service = message.get("type") == "service"
            text = _telegram_text(message.get("text", ""))
            sender = message.get("from") or message.get("actor")
            if service and not text:
                text = " ".join(str(x) for x in (sender, message.get("action", "")) if x)
            attachment = message.get("file_name") or message.get("file") or message.get("photo")
            if isinstance(attachment, str) and attachment.startswith("(File not included"):
                attachment = message.get("file_name") or "file not included"
            messages.append(
                ChatMessage(
                    _telegram_stamp(message),
                    str(sender) if sender is not None else None,
                    text,
                    service,
                    str(attachment) if attachment else None,
                    n,
                    n,
                )
            )
    return messages


# --- sniffing and readers ----------------------------------------------------------------


def sniff_chat(text: str) -> str | None:
    """'whatsapp', 'chatlog' or 'wechat' when the text is a chat export, else None."""
    lines = [line for line in text.split("\n") if line.strip()][:400]
    if not lines:
        return None
    dated = dated_by_day_dividers(lines)
    if dated is not None and sum(1 for line in dated if _wechat_header(line)) >= 2:
        return "wechat"  # a day divider, then 'Name  hh:mm' headers
    # the first header may follow a title line ("Megan Ortiz和王磊 Leo的聊天记录")
    first_head = next((i for i, line in enumerate(lines[:3]) if _wechat_header(line)), None)
    if (
        first_head is not None
        and len(lines) > first_head + 1
        and not _match_header(first_head + 1, lines[first_head + 1])
    ):
        heads = sum(1 for line in lines if _wechat_header(line))
        if heads >= max(1, len(lines) // 6):
            return "wechat"
    first = _match_header(0, lines[0])
    if first is None:
        return None
    with_sender = sum(
        1
        for i, line in enumerate(lines)
        if (h := _match_header(i, line)) and _split_sender(h.rest)[0]
    )
    if with_sender == 0 and len(lines) > 2:
        return None
    return chat_log_style(text)


def _reading(
    source: Source, settings: Settings, fmt: str, parsed: ParsedChat, meta: dict[str, str]
) -> Reading:
    """The messages as blocks, newest first into the budget (so that a chat over budget keeps its
    latest messages, which matter most before a payment), then in file order."""
    budget = source.budget_for(settings)
    sink = BlockSink(budget)
    for message in reversed(parsed.messages):
        if not sink.add(message.block()):
            break
    blocks = sink.items[::-1]
    problems = []
    if parsed.stopped_at is not None:
        problems.append(budget.time_note(f"at line {parsed.stopped_at}"))
    if len(blocks) < parsed.total:
        word = sink.stopped or "message"
        problems.append(
            f"only its last {len(blocks)} of {parsed.total} messages were read: the limit of "
            f"{budget.limit(word)} {BLOCK_LIMITS[word][1]} per document was reached"
        )
    meta = dict(meta)
    meta["messages"] = str(len(blocks))
    if len(blocks) < parsed.total:
        meta["messages_in_file"] = str(parsed.total)
    senders = sorted({b.sender for b in blocks if b.sender and not b.system})
    if senders:
        meta["senders"] = ", ".join(senders)
    return partial_reading(source, fmt, blocks, problems, meta)


def _require_messages(source: Source, budget: Budget, parsed: ParsedChat, kind: str) -> None:
    if not parsed.total:
        if parsed.stopped_at is not None:
            raise source.fail(budget.time_note(f"at line {parsed.stopped_at}"))
        raise source.fail(f"no {kind} message header was found in it")


def _room(source: Source, settings: Settings) -> tuple[Budget, int]:
    budget = source.budget_for(settings)
    return budget, max(0, budget.limit("message") - budget.used["message"])


def read_whatsapp_export(source: Source, settings: Settings) -> Reading:
    """A WhatsApp .txt export, Android or iOS, any locale, 12 or 24 h clock."""
    text, encoding = decode_text(source)
    budget, room = _room(source, settings)
    parsed = parse_whatsapp_export(text, limit=room, budget=budget)
    _require_messages(source, budget, parsed, "WhatsApp")
    return _reading(source, settings, chat_log_style(text), parsed, {"encoding": encoding})


def read_chat_log(source: Source, settings: Settings) -> Reading:
    """A plain `[yyyy-mm-dd hh:mm] name: text` log (parsed like a WhatsApp export)."""
    reading = read_whatsapp_export(source, settings)
    return replace(reading, format="chatlog")


def read_wechat_export(source: Source, settings: Settings) -> Reading:
    """A WeChat text export (desktop export tools): header line with time and name, text below."""
    text, encoding = decode_text(source)
    budget, room = _room(source, settings)
    parsed = parse_wechat_export(text, limit=room, budget=budget)
    _require_messages(source, budget, parsed, "WeChat")
    return _reading(source, settings, "wechat", parsed, {"encoding": encoding})


def read_telegram_export(source: Source, settings: Settings) -> Reading:
    """Telegram Desktop's JSON export (result.json)."""
    text, _ = decode_text(source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise source.fail(f"it is not valid JSON (line {exc.lineno})") from exc
    del text
    messages = parse_telegram(data)
    if not messages and not (isinstance(data, dict) and ("messages" in data or "chats" in data)):
        raise source.fail("it is JSON but not a Telegram export (no 'messages' list)")
    meta = {"chat": str(data.get("name"))} if isinstance(data, dict) and data.get("name") else {}
    _, room = _room(source, settings)
    parsed = ParsedChat(
        messages[-room:] if 0 < room < len(messages) else messages[:room], len(messages)
    )
    return _reading(source, settings, "telegram", parsed, meta)


def is_telegram_json(text: str) -> bool:
    head = text[:4096]
    return '"messages"' in head or ('"chats"' in head and '"list"' in text[:20000])

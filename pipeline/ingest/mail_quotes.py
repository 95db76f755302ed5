"""The messages a reply quotes: who wrote each and when, from its attribution line.

A supplier's reply often carries the only copy of the buyer's own words ("On Mar 12, 2026, at
22:05, Jordan Hayes <jordan@...> wrote: > Approved, please proceed with the 5-ply carton."), when
the buyer's sent mail is not in the folder. The quoted part of a mail (pipeline.ingest.mail_files
split_quoted) is cut here into the messages it holds: an attribution line opens each, its "> "
lines (one level of quote marks removed) are the text, deeper quotes belong to the attributions
inside them. Outlook's header block (From: / Sent: / To: / Subject:) opens a message as well.

A quoting client writes the quoted time in its own time zone, which is the zone of the mail's
Date header: times are read in that zone and given in UTC, as the mail's own time is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

# Month names a mail client writes, English, German, French, Spanish, Italian (first 3 letters).
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12, "mär": 3, "mai": 5, "okt": 10, "dez": 12, "janv": 1,
    "févr": 2, "fév": 2, "mars": 3, "avr": 4, "juin": 6, "juil": 7, "août": 8, "déc": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9,
    "ott": 10,
}  # fmt: skip

# "On <date> ... <sender> wrote:" and its translations; the sender is what stands between the
# date/time and the verb (or, in German, after "schrieb").
_ATTRIBUTION = re.compile(
    r"^\s*(?:On|Le|El|Il|在)\s+(?P<body>.{4,200}?)\s*(?:wrote|a\s+écrit|escribió|ha\s+scritto|写道)\s*[:：]?\s*$"
    r"|^\s*Am\s+(?P<de_date>.{4,80}?)\s+schrieb\s+(?P<de_sender>.{1,120}?)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(
    r"^\s*\*?(?:From|Von|De|发件人|寄件者)\s*[:：]\*?\s*(?P<sender>.+?)\s*$", re.I
)
_OUTLOOK_SENT = re.compile(
    r"^\s*\*?(?:Sent|Date|Gesendet|Envoyé|Enviado|Inviato|发送时间|日期)\s*[:：]\*?\s*(?P<date>.+?)\s*$",
    re.I,
)
_OUTLOOK_SKIP = re.compile(
    r"^\s*\*?(?:To|Cc|Subject|An|Betreff|À|Objet|收件人|抄送|主题)\s*[:：]", re.I
)

_TIME = re.compile(r"(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?::\d{2})?\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?")
_YMD = re.compile(r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[./](?P<mo>\d{1,2})[./](?P<y>20\d{2})")
_NAMED = re.compile(
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,5})\.?,?\s+(?P<y1>20\d{2})"
    r"|(?P<m2>[^\W\d_]{3,5})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>20\d{2}))"
)


@dataclass(frozen=True)
class QuotedMessage:
    sender: str | None
    timestamp: str | None  # ISO 8601, UTC, no zone suffix (as the mail's own Date)
    text: str


def quoted_messages(quoted: str, sent: datetime | None) -> list[QuotedMessage]:
    """The messages of a mail's quoted part, oldest last as written; `sent` is the mail's own
    Date (its zone is the zone of the quoted times)."""
    zone: tzinfo = sent.tzinfo if sent is not None and sent.tzinfo else UTC
    lines = quoted.split("\n")
    out: list[QuotedMessage] = []
    index = 0
    while index < len(lines):
        opened = _opening(lines, index, zone)
        if opened is None:
            index += 1
            continue
        sender, stamp, index = opened
        body: list[str] = []
        while index < len(lines) and _opening(lines, index, zone) is None:
            body.append(lines[index])
            index += 1
        text, deeper = _own_text(body)
        if text:
            out.append(QuotedMessage(sender, stamp, text))
        if deeper:
            out.extend(quoted_messages(deeper, sent))
    return out


def _opening(
    lines: list[str], index: int, zone: tzinfo
) -> tuple[str | None, str | None, int] | None:
    """(sender, timestamp, index of the first line after the opening) when a message opens here
    (at this level of quoting: "> On ... wrote:" opens a message inside the one being read)."""
    line = lines[index]
    m = _ATTRIBUTION.match(line)
    if m:
        if m["body"] is not None:
            date_part, sender = _split_sender(m["body"])
        else:
            date_part, sender = m["de_date"], m["de_sender"]
        return _clean_sender(sender), _when(date_part, zone), index + 1
    m = _OUTLOOK_FROM.match(line)
    if m and index + 1 < len(lines):
        sent = _OUTLOOK_SENT.match(lines[index + 1])
        if sent:
            after = index + 2
            while after < len(lines) and _OUTLOOK_SKIP.match(lines[after]):
                after += 1
            return _clean_sender(m["sender"]), _when(sent["date"], zone), after
    return None


def _unquote(line: str) -> str:
    return re.sub(r"^\s*>\s?", "", line)


def _own_text(body: list[str]) -> tuple[str, str]:
    """The message's own lines (one level of '>' removed) and the quote inside it."""
    own: list[str] = []
    deeper: list[str] = []
    for line in body:
        inner = _unquote(line)
        if (
            re.match(r"^\s*>", inner)
            or deeper
            and not inner.strip()
            or deeper
            and _ATTRIBUTION.match(inner)
        ):
            deeper.append(inner)
        else:
            (deeper if deeper else own).append(inner)
    text = "\n".join(own).strip()
    # an attribution line for the quote inside ends the message's own text
    parts = [x for x in text.split("\n")]
    for k, line in enumerate(parts):
        if _ATTRIBUTION.match(line) or _OUTLOOK_FROM.match(line):
            return "\n".join(parts[:k]).strip(), "\n".join([*parts[k:], *deeper]).strip()
    return text, "\n".join(deeper).strip()


def _split_sender(body: str) -> tuple[str, str]:
    """'Mar 12, 2026, at 22:05, Jordan Hayes <j@x.com>' -> (date part, sender)."""
    times = list(_TIME.finditer(body))
    if times:
        cut = times[-1].end()
        return body[:cut], body[cut:].strip(" ,，")
    years = list(re.finditer(r"20\d{2}", body))
    if years:
        cut = years[-1].end()
        return body[:cut], body[cut:].strip(" ,，")
    return "", body


def _clean_sender(raw: str) -> str | None:
    raw = raw.strip(" ,，:*<>\"'")
    m = re.match(r"^(?P<name>.*?)\s*<\s*(?P<address>[^<>\s]+@[^<>\s]+)\s*>?$", raw)
    if m:
        name = m["name"].strip(" \"'")
        return f"{name} <{m['address']}>" if name else m["address"]
    return raw or None


def _when(text: str, zone: tzinfo) -> str | None:
    day = _day(text)
    if day is None:
        return None
    t = _TIME.search(text[day[3] :])
    hour, minute = (int(t["h"]), int(t["m"])) if t else (0, 0)
    if t and t["ampm"]:
        pm = t["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        local = datetime(day[0], day[1], day[2], hour, minute, tzinfo=zone)
    except ValueError:
        return None
    return local.astimezone(UTC).replace(tzinfo=None).isoformat()


def _day(text: str) -> tuple[int, int, int, int] | None:
    """(year, month, day, end) of the first date in `text`."""
    m = _YMD.search(text)
    if m:
        return int(m["y"]), int(m["mo"]), int(m["d"]), m.end()
    m = _NAMED.search(text)
    if m:
        name = (m["m1"] or m["m2"]).lower()
        month = _MONTHS.get(name) or _MONTHS.get(name[:3])
        if month:
            day = int(m["d1"] or m["d2"])
            return int(m["y1"] or m["y2"]), month, day, m.end()
    m = _DMY.search(text)
    if m:
        return int(m["y"]), int(m["mo"]), int(m["d"]), m.end()
    return None


def utc_of(stamp: datetime) -> datetime:
    """A mail's Date in UTC (a Date without a zone is taken as UTC)."""
    if stamp.tzinfo is None:
        return stamp
    return stamp.astimezone(UTC).replace(tzinfo=None)

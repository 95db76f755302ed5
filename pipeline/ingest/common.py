"""What every reader shares: the bytes it reads (Source), what it returns (Reading), its limits."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import PurePosixPath

from pipeline.config import Settings
from pipeline.errors import UnreadableDocument
from pipeline.model import Block, DocStatus


@dataclass(frozen=True)
class Source:
    """One file to read: its display path (relative to the order folder) and its bytes.

    Attachments and zip members are Sources too, so every reader works on bytes and never
    needs a real file of its own.
    """

    name: str  # "pi/PI-2291.pdf" or "chat/thread.eml#PI-2291.pdf"
    data: bytes

    @property
    def filename(self) -> str:
        """The last part of the name: the attachment's own name for 'mail.eml#PI.pdf'."""
        return PurePosixPath(self.name.rsplit("#", 1)[-1]).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.filename).suffix.lower()

    def stream(self) -> BytesIO:
        return BytesIO(self.data)

    def fail(self, reason: str) -> UnreadableDocument:
        """The error a reader raises when this file cannot be read at all."""
        return UnreadableDocument(self.name, reason)


@dataclass(frozen=True)
class Attachment:
    """A document found inside another one (mail attachment, zip member), with where it came from."""

    name: str  # the member's own name, "PI-2291.pdf"
    data: bytes
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    """What a reader made of one Source; read_order_file turns it into a Document with a role."""

    format: str
    blocks: tuple[Block, ...] = ()
    status: DocStatus = "read"
    error: str | None = None
    pages: int | None = None
    meta: dict[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()


Reader = Callable[[Source, Settings], Reading]


class Deadline:
    """The per-document time limit of Settings, checked between pages, sheets or members."""

    def __init__(self, settings: Settings) -> None:
        self.seconds = settings.seconds_per_document
        self.start = time.monotonic()

    @property
    def expired(self) -> bool:
        return time.monotonic() - self.start > self.seconds

    def remaining(self) -> float:
        """Seconds left (at least one, so a started step may finish its smallest unit)."""
        return max(1.0, self.seconds - (time.monotonic() - self.start))


def clean_cell(value: str) -> str:
    """Cell text with its inner line breaks folded to single spaces (cells are one value)."""
    return " ".join(value.split())


def sentence(text: str) -> str:
    """One sentence: stripped, first letter kept as is, exactly one final full stop."""
    text = " ".join(text.split()).rstrip(".")
    return f"{text}."

"""What every reader shares: the bytes it reads (Source), what it returns (Reading), its budget."""

from __future__ import annotations

import ctypes
import errno
import io
import os
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import cast

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
    # The budget of the file this one came from (its attachments and members share it); None
    # for a Source read on its own, which then gets a budget of its own.
    budget: Budget | None = field(default=None, compare=False, repr=False)

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

    def budget_for(self, settings: Settings) -> Budget:
        """The budget this file spends from: its tree's, else a new one."""
        return self.budget if self.budget is not None else Budget(settings)

    def child(self, name: str, data: bytes) -> Source:
        """An attachment or member of this file: it spends from the same budget."""
        return Source(name, data, self.budget)


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
    # Members that are listed but refused (a zip member named '../x'): (name, reason).
    refused: tuple[tuple[str, str], ...] = ()


Reader = Callable[[Source, Settings], Reading]


# The Settings limit of each block kind, and the word its notes use.
BLOCK_LIMITS = {
    "line": ("max_lines", "lines"),
    "cell": ("max_cells", "cells"),
    "message": ("max_messages", "messages"),
    "paragraph": ("max_paragraphs", "paragraphs"),
    "char": ("max_chars", "characters of text"),
}
MB = 1024 * 1024


class Budget:
    """The resources one file may use, shared by everything read from it (its zip members, mail
    attachments, nested archives): wall time from when it was opened, bytes unpacked (zip members,
    XML parts, PDF streams) and blocks of each kind. Readers spend from it where they produce
    bytes and blocks, and stop there, so that a file over budget is `partial` with its reason."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seconds = settings.seconds_per_document
        self.start = time.monotonic()
        self.unpacked = 0
        self.used: Counter[str] = Counter()

    @property
    def expired(self) -> bool:
        return time.monotonic() - self.start > self.seconds

    def remaining(self) -> float:
        """Seconds left (at least one, so a started step may finish its smallest unit)."""
        return max(1.0, self.seconds - (time.monotonic() - self.start))

    def time_note(self, where: str) -> str:
        return f"reading stopped {where}: the per-document time limit of {self.seconds:g} s was reached"

    # --- blocks

    def limit(self, kind: str) -> int:
        name = BLOCK_LIMITS.get(kind)
        return int(getattr(self.settings, name[0])) if name else 1 << 62

    def chars_left(self) -> int:
        return self.settings.max_chars - self.used["char"]

    def take(self, kind: str, count: int = 1) -> bool:
        """Spend `count` blocks of `kind`; False (nothing spent) when that passes its limit."""
        if self.used[kind] + count > self.limit(kind):
            return False
        self.used[kind] += count
        return True

    def limit_note(self, kind: str, where: str) -> str:
        word = BLOCK_LIMITS.get(kind, (kind, f"{kind}s"))[1]
        return f"reading stopped {where}: the limit of {self.limit(kind)} {word} per document was reached"

    # --- unpacked bytes

    @property
    def max_unpacked(self) -> int:
        return self.settings.max_unzipped_bytes

    def bytes_left(self) -> int:
        return self.max_unpacked - self.unpacked

    def unpack(self, count: int) -> bool:
        """Spend `count` unpacked bytes; False once the document's unpacked total passes its limit."""
        self.unpacked += count
        return self.unpacked <= self.max_unpacked

    def bytes_note(self) -> str:
        return f"more than {self.max_unpacked // MB} MB unpacked (zip bomb limit)"


class BlockSink:
    """The blocks a reader yields, within its budget: `add` returns False once the time or the
    block limit is reached, and `note(where)` then says why reading stopped."""

    _CLOCK_EVERY = 256  # blocks between two looks at the clock

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.items: list[Block] = []
        self.stopped: str | None = None  # "time" or the block kind whose limit was reached

    def add(self, block: Block) -> bool:
        if self.stopped is not None:
            return False
        if len(self.items) % self._CLOCK_EVERY == 0 and self.budget.expired and self.items:
            self.stopped = "time"
            return False
        if not self.budget.take(block.kind):
            self.stopped = block.kind
            return False
        left = self.budget.chars_left()
        if len(block.text) > left:  # the text limit: keep the start of this block, then stop
            self.stopped = "char"
            if left > 0:
                self.budget.used["char"] += left
                self.items.append(replace(block, text=block.text[:left]))
            return False
        self.budget.used["char"] += len(block.text)
        self.items.append(block)
        return True

    def check_time(self) -> bool:
        """True while there is time left; a loop that yields few blocks calls this itself."""
        if self.stopped is None and self.budget.expired:
            self.stopped = "time"
        return self.stopped is None

    def note(self, where: str) -> str | None:
        """Why reading stopped ("reading stopped at line 20001: ..."), or None when it did not."""
        if self.stopped is None:
            return None
        if self.stopped == "time":
            return self.budget.time_note(where)
        return self.budget.limit_note(self.stopped, where)


# Kept for readers that only need the clock.
Deadline = Budget


class ReadingTimeout(BaseException):
    """Raised into a reader still running past its document's time limit (see `time_guard`).

    A BaseException, so that a library's `except Exception` cannot swallow it."""


_GUARD_GRACE = 0.05  # share of the time budget past which a reader is interrupted


@contextmanager
def time_guard(budget: Budget) -> Iterator[None]:
    """Interrupt the code in this block when the budget's time runs out (plus 5 %): the
    readers check the clock themselves between pages, lines and members, but a library may spend
    minutes inside one page. A timer thread raises ReadingTimeout in this thread; it cannot
    interrupt C code, only the Python around it (pdfminer's parser, openpyxl's loops)."""
    if not hasattr(ctypes, "pythonapi"):  # not CPython: the readers' own checks only
        yield
        return
    target = threading.get_ident()
    lock = threading.Lock()
    active = [True]
    fired = [False]

    def fire() -> None:
        with lock:
            if active[0]:
                fired[0] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(ReadingTimeout)
                )

    left = budget.seconds * (1 + _GUARD_GRACE) - (time.monotonic() - budget.start)
    timer = threading.Timer(max(0.0, left), fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active[0] = False
            # An interruption scheduled but not yet delivered must not escape this block. Only
            # then: clearing one that was never set still raises the interpreter's pending-call
            # flag, and cProfile then hung on the next call in this thread.
            if fired[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
        timer.cancel()


def clean_cell(value: str) -> str:
    """Cell text with its inner line breaks folded to single spaces (cells are one value)."""
    return " ".join(value.split())


def partial_reading(
    source: Source,
    fmt: str,
    blocks: list[Block] | tuple[Block, ...],
    problems: list[str],
    meta: dict[str, str] | None = None,
    **extra: object,
) -> Reading:
    """A Reading that is `partial` with one sentence naming the file when there are problems."""
    problems = [p for p in problems if p]
    if not problems:
        return Reading(format=fmt, blocks=tuple(blocks), meta=dict(meta or {}), **extra)  # type: ignore[arg-type]
    return Reading(
        format=fmt,
        blocks=tuple(blocks),
        status="partial",
        error=f"{source.name}: {'; '.join(problems)}.",
        meta=dict(meta or {}),
        **extra,  # type: ignore[arg-type]
    )


def sentence(text: str) -> str:
    """One sentence: stripped, first letter kept as is, exactly one final full stop."""
    text = " ".join(text.split()).rstrip(".")
    return f"{text}."


# --- files on disk ----------------------------------------------------------------------------

_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


class NotRegularFile(OSError):
    """A path that is no regular file (a FIFO, a device, a socket): it is never opened for reading."""

    def __init__(self, path: os.PathLike[str] | str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        self.kind = kind
        self.reason = f"it is {kind}, not a regular file, so it was not read"


def special_kind(mode: int) -> str | None:
    """What a file of this st_mode is when it is not a regular file ("a named pipe (FIFO)")."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def open_regular(path: os.PathLike[str] | str) -> io.BufferedReader:
    """Open a regular file for reading, never blocking: a FIFO, device or socket raises
    NotRegularFile before anything is read from it (checked before and after opening, so a file
    swapped for a pipe in between is caught too)."""
    kind = special_kind(os.stat(path).st_mode)
    if kind is not None:
        raise NotRegularFile(path, kind)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotRegularFile(path, kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return cast(io.BufferedReader, os.fdopen(fd, "rb"))
    except BaseException:
        os.close(fd)
        raise


def walk_folders(
    top: os.PathLike[str] | str, *, descend: Callable[[os.DirEntry[str]], bool] | None = None
) -> Iterator[tuple[Path, list[os.DirEntry[str]], OSError | None]]:
    """(folder, its entries, the error listing it raised) for `top` and every folder below it,
    depth first in name order, without recursion (a folder nested a thousand deep is no
    RecursionError) and never through a link to a folder. `descend` may refuse sub-folders."""
    todo: list[Path] = [Path(top)]
    while todo:
        folder = todo.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield folder, [], exc
            continue
        yield folder, entries, None
        below = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir and (descend is None or descend(entry)):
                below.append(Path(entry.path))
        todo.extend(reversed(below))


def walk_paths(top: os.PathLike[str] | str) -> Iterator[Path]:
    """Every path below `top` (files, links, pipes; folders too), like Path.rglob("*") but without
    recursion, so that a deeply nested folder cannot raise RecursionError."""
    for _folder, entries, _error in walk_folders(top):
        for entry in entries:
            yield Path(entry.path)

"""Zip files, safely: unpacked bytes counted against the document's budget, zip bomb limits,
member names that would leave the archive refused, XML parts checked for entity declarations.

Used for .zip exports (a WhatsApp chat with its media) and for the zip containers DOCX and XLSX
are. Every byte a member unpacks to is spent from the budget of the file the archive came from
(`Budget.unpacked`), so nesting (a zip in a mail in a zip) cannot multiply the limit. zipfile
never returns more bytes than a member's header declares, so the declared sizes checked before
anything is inflated bound what is really inflated.
"""

from __future__ import annotations

import codecs
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import IO

from pipeline.config import Settings
from pipeline.ingest.common import MB, Attachment, Budget, Reading, Source
from pipeline.model import Block

_CHUNK = 1 << 16
# What zipfile raises for a damaged or unsupported member (RuntimeError: encrypted).
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_RATIO_FLOOR = MB  # a member (or an archive) smaller than this is never refused for its ratio
_UNSAFE_NAME = (
    "its name leads out of the archive ('..' or an absolute path), which is refused for safety"
)


def _limit_mb(settings: Settings) -> str:
    return f"{settings.max_unzipped_bytes // MB} MB"


def declared_entries(data: bytes) -> int | None:
    """The number of members a zip's end-of-central-directory record declares (zip64 too), read
    before zipfile builds an object for each of them; None when no record is found."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - (1 << 16) - 22))
    if at < 0 or at + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, at + 10)[0]
    if count != 0xFFFF:
        return int(count)
    locator = at - 20
    if locator < 0 or data[locator : locator + 4] != b"PK\x06\x07":
        return None
    offset = struct.unpack_from("<Q", data, locator + 8)[0]
    if offset + 40 > len(data) or data[offset : offset + 4] != b"PK\x06\x06":
        return None
    return int(struct.unpack_from("<Q", data, offset + 32)[0])


def _zipfile(source: Source, settings: Settings) -> zipfile.ZipFile:
    if not source.data:
        raise source.fail("the file is empty")
    entries = declared_entries(source.data)
    if entries is not None and entries > settings.max_lines:
        raise source.fail(
            f"it holds {entries} members, more than the {settings.max_lines} a document may list (zip bomb limit)"
        )
    try:
        return zipfile.ZipFile(source.stream())
    except zipfile.BadZipFile as exc:
        raise source.fail(f"it is not a valid zip container ({exc})") from exc
    except (OSError, ValueError, EOFError) as exc:
        raise source.fail(f"it is a damaged zip container ({exc})") from exc


def open_zip(
    source: Source, settings: Settings, *, members: list[zipfile.ZipInfo] | None = None
) -> zipfile.ZipFile:
    """The zip archive of `source`, after checking the declared sizes of the members that will be
    unpacked (all of them unless `members` picks some) against the zip bomb limits and what is
    left of the document's budget; the declared total is spent from the budget here."""
    archive = _zipfile(source, settings)
    try:
        check_sizes(source, settings, archive, members)
    except BaseException:
        archive.close()
        raise
    return archive


def check_sizes(
    source: Source,
    settings: Settings,
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo] | None = None,
) -> None:
    """Refuse an archive whose members (those given, else all) declare more than the limits."""
    budget = source.budget_for(settings)
    infos = archive.infolist() if members is None else members
    declared = compressed = 0
    for info in infos:
        declared += info.file_size
        compressed += info.compress_size
        if declared > settings.max_unzipped_bytes:
            raise source.fail(f"it unpacks to more than {_limit_mb(settings)} (zip bomb limit)")
        if (
            info.file_size > _RATIO_FLOOR
            and info.file_size / max(1, info.compress_size) > settings.max_zip_ratio
        ):
            raise source.fail(
                f"its member {info.filename!r} is compressed more than {settings.max_zip_ratio:g} times (zip bomb limit)"
            )
    if declared > _RATIO_FLOOR and declared / max(1, compressed) > settings.max_zip_ratio:
        raise source.fail(
            f"its members are compressed more than {settings.max_zip_ratio:g} times together (zip bomb limit)"
        )
    if declared > budget.bytes_left():
        top = source.name.split("#", 1)[0]
        raise source.fail(
            f"it unpacks to more than what is left of the {_limit_mb(settings)} limit for "
            f"{top} and everything in it (zip bomb limit)"
        )
    budget.unpack(declared)


def read_member(
    source: Source, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int
) -> bytes:
    """A member's bytes, refusing to inflate past `budget` bytes whatever its header claims."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > budget:
                    raise source.fail(
                        f"its member {info.filename!r} unpacks past the size limit (zip bomb limit)"
                    )
    except _DAMAGED_ZIP as exc:
        if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
            raise source.fail(f"its member {info.filename!r} is encrypted") from exc
        raise source.fail(f"its member {info.filename!r} is damaged ({exc})") from exc
    return bytes(out)


# --- XML entity declarations -------------------------------------------------------------------

_ENTITY_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC


def _xml_encoding(head: bytes) -> str | None:
    """The encoding to scan an XML part's prolog in, from its first bytes: a BOM or the byte
    pattern of "<" (XML 1.0 appendix F); latin-1 for every ASCII-compatible encoding (markup is
    ASCII there); None when it is no XML we accept (EBCDIC, UTF-32 without a BOM...)."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return name
    if head[:4] in (b"<\0\0\0", b"\0\0\0<") or head[:4] == _EBCDIC_XML:
        return None
    if head[:2] == b"<\0" or head[:2] in (b" \0", b"\t\0", b"\n\0", b"\r\0"):
        return "utf-16-le"
    if head[:2] == b"\0<" or head[:2] in (b"\0 ", b"\0\t", b"\0\n", b"\0\r"):
        return "utf-16-be"
    return "latin-1"


def _decoded_chunks(stream: IO[bytes], encoding: str, first: bytes) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    chunk = first
    while chunk:
        yield decoder.decode(chunk)
        chunk = stream.read(_CHUNK)
    yield decoder.decode(b"", final=True)


def prolog_declares_entities(stream: IO[bytes]) -> bool | None:
    """True when an XML stream has a DOCTYPE or ENTITY declaration before its root element,
    False when its root element comes first, None when it is no XML this reader accepts.

    The whole prolog is read, however long its padding (comments, processing instructions,
    whitespace) and in whichever of UTF-8, UTF-16 or UTF-32 it is written; the root element ends
    the scan, since a declaration cannot follow it."""
    first = stream.read(_CHUNK)
    if not first:
        return False
    encoding = _xml_encoding(first[:4])
    if encoding is None:
        return None
    pending = ""
    for text in _decoded_chunks(stream, encoding, first):
        pending += text
        position = 0
        while True:
            while position < len(pending) and pending[position] in " \t\r\n\ufeff":
                position += 1
            rest = pending[position:]
            if not rest:
                pending = ""
                break
            if rest.startswith("<?"):
                end = rest.find("?>", 2)
                end = end + 2 if end >= 0 else -1
            elif rest.startswith("<!--"):
                end = rest.find("-->", 4)
                end = end + 3 if end >= 0 else -1
            elif _ENTITY_DECLARATION.match(rest):
                return True
            elif len(rest) < 16 and rest.startswith("<"):
                end = -1  # "<!DOC" cut by the chunk: wait for more text
            else:
                return False  # the root element (or text that is no XML prolog) comes first
            if end < 0:
                pending = rest
                break
            position += end
    return False


def check_office_container(source: Source, settings: Settings) -> None:
    """Refuse an OOXML file (DOCX, XLSX) that is a zip bomb or declares XML entities.

    Every member is checked, whatever its name (a package may keep XML under any name its content
    types declare): a member whose first bytes are markup has its whole prolog scanned."""
    if source.data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise source.fail(
            "it is an OLE compound file, not Office Open XML: an encrypted Office document or a legacy "
            ".doc/.xls file with the wrong extension"
        )
    archive = open_zip(source, settings)
    budget = source.budget_for(settings)
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if budget.expired:
                raise source.fail(budget.time_note(f"at its part {info.filename!r}"))
            try:
                with archive.open(info) as stream:
                    declared = prolog_declares_entities(stream)
            except _DAMAGED_ZIP as exc:
                raise source.fail(f"its part {info.filename!r} is damaged ({exc})") from exc
            if declared is None:
                raise source.fail(
                    f"its part {info.filename!r} is XML in an encoding other than UTF-8 or UTF-16, which is refused for safety"
                )
            if declared:
                raise source.fail(
                    f"its part {info.filename!r} declares XML entities (DOCTYPE), which are refused for safety"
                )


# --- .zip files ----------------------------------------------------------------------------------


def unsafe_member_name(name: str) -> bool:
    """True for a member name that leads out of the archive: a '..' part, or an absolute path
    (a leading slash or backslash, or a drive letter)."""
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or bool(re.match(r"^[A-Za-z]:", name)) or ".." in parts


def _hidden_member(name: str) -> bool:
    return any(p.startswith(".") or p == "__MACOSX" for p in PurePosixPath(name).parts)


def read_zip(
    source: Source, settings: Settings, reader_for: Callable[[str], object | None]
) -> Reading:
    """A zip archive: its members listed as lines; each member that is a document read on its own
    (within the budget of the file the archive came from); members whose names would leave the
    archive are listed as unreadable. `reader_for` says which member suffixes are documents (the
    ingest stage's reader table, passed in: the table itself holds the zip reader)."""

    budget: Budget = source.budget_for(settings)
    archive = _zipfile(source, settings)
    blocks: list[Block] = []
    attachments: list[Attachment] = []
    refused: list[tuple[str, str]] = []
    skipped: list[str] = []
    with archive:
        listed: list[zipfile.ZipInfo] = []
        to_read: list[zipfile.ZipInfo] = []
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            if unsafe_member_name(name):
                refused.append((name, _UNSAFE_NAME))
            elif _hidden_member(name):
                continue
            elif reader_for(PurePosixPath(name).suffix.lower()) is not None:
                to_read.append(info)
            else:
                skipped.append(name)
            listed.append(info)
        check_sizes(source, settings, archive, to_read)
        for info in listed:
            block = Block(
                kind="line", text=f"{info.filename} ({info.file_size} bytes)", line=len(blocks) + 1
            )
            if not budget.take("line"):
                raise source.fail(budget.limit_note("line", f"at member {info.filename!r}"))
            blocks.append(block)
        for info in to_read:
            data = read_member(source, archive, info, info.file_size)
            attachments.append(
                Attachment(name=info.filename, data=data, meta={"member_of": source.name})
            )
    meta = {"members": str(len(blocks))}
    if skipped:
        meta["not_read"] = ", ".join(skipped[:20]) + (" ..." if len(skipped) > 20 else "")
    return Reading(
        format="zip",
        blocks=tuple(blocks),
        meta=meta,
        attachments=tuple(attachments),
        refused=tuple(refused),
    )

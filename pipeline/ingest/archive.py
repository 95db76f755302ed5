"""Zip files, safely: size and ratio limits against zip bombs, members read through a capped stream.

Used for .zip exports (a WhatsApp chat with its media) and for the zip containers DOCX and XLSX
are, which are also checked for XML entity declarations before any XML parser sees them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import PurePosixPath

from pipeline.config import Settings
from pipeline.ingest.common import Attachment, Reading, Source
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
_ENTITY = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_HEAD_BYTES = 4096  # a DOCTYPE can only stand before the root element


def open_zip(source: Source, settings: Settings) -> zipfile.ZipFile:
    """The zip archive of `source`, after checking its declared sizes against the limits."""
    if not source.data:
        raise source.fail("the file is empty")
    try:
        archive = zipfile.ZipFile(source.stream())
    except zipfile.BadZipFile as exc:
        raise source.fail(f"it is not a valid zip container ({exc})") from exc
    except (OSError, ValueError, EOFError) as exc:
        raise source.fail(f"it is a damaged zip container ({exc})") from exc
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > settings.max_unzipped_bytes:
            raise source.fail(
                f"it unpacks to more than {settings.max_unzipped_bytes // (1024 * 1024)} MB (zip bomb limit)"
            )
        if (
            info.file_size > 1024 * 1024
            and info.file_size / max(1, info.compress_size) > settings.max_zip_ratio
        ):
            raise source.fail(
                f"its member {info.filename!r} is compressed more than {settings.max_zip_ratio:g} times (zip bomb limit)"
            )
    return archive


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


def check_office_container(source: Source, settings: Settings) -> None:
    """Refuse an OOXML file (DOCX, XLSX) that is a zip bomb or declares XML entities."""
    if source.data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise source.fail(
            "it is an OLE compound file, not Office Open XML: an encrypted Office document or a legacy "
            ".doc/.xls file with the wrong extension"
        )
    archive = open_zip(source, settings)
    with archive:
        budget = settings.max_unzipped_bytes
        for info in archive.infolist():
            if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(info) as stream:
                    head = stream.read(_XML_HEAD_BYTES)
            except _DAMAGED_ZIP as exc:
                raise source.fail(f"its part {info.filename!r} is damaged ({exc})") from exc
            if _ENTITY.search(head):
                raise source.fail(
                    f"its part {info.filename!r} declares XML entities (DOCTYPE), which are refused for safety"
                )
            budget -= info.file_size


def read_zip(source: Source, settings: Settings) -> Reading:
    """A zip archive: its members listed as lines; each member that is a document read on its own."""
    from pipeline.ingest import reader_for

    archive = open_zip(source, settings)
    blocks: list[Block] = []
    attachments: list[Attachment] = []
    skipped: list[str] = []
    budget = settings.max_unzipped_bytes
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            parts = PurePosixPath(name).parts
            if any(p.startswith(".") or p == "__MACOSX" for p in parts):
                continue
            blocks.append(
                Block(kind="line", text=f"{name} ({info.file_size} bytes)", line=len(blocks) + 1)
            )
            if reader_for(PurePosixPath(name).suffix.lower()) is None:
                skipped.append(name)
                continue
            data = read_member(source, archive, info, budget)
            budget -= len(data)
            attachments.append(Attachment(name=name, data=data, meta={"member_of": source.name}))
    meta = {"members": str(len(blocks))}
    if skipped:
        meta["not_read"] = ", ".join(skipped[:20]) + (" ..." if len(skipped) > 20 else "")
    return Reading(format="zip", blocks=tuple(blocks), meta=meta, attachments=tuple(attachments))

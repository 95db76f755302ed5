"""Ingest: every file of an order folder -> Documents made of Blocks with provenance.

READERS is the one table of readers, by file suffix and by format name; `.txt` files are
sniffed (WhatsApp, WeChat, `[time] name: text` log, else plain text). No reader ever raises
out of `read_order_file` / `read_file`: a file that cannot be read is a Document with status
`unreadable` and a one-sentence error naming it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from pipeline.config import ANSWER_KEY, ORDER_FILE, OrderConfig, Settings
from pipeline.errors import UnreadableDocument
from pipeline.generated import written_by_order_audit
from pipeline.ingest.archive import read_zip
from pipeline.ingest.chat_exports import (
    is_telegram_json,
    read_chat_log,
    read_telegram_export,
    read_wechat_export,
    read_whatsapp_export,
    sniff_chat,
)
from pipeline.ingest.common import (
    Attachment,
    Budget,
    NotRegularFile,
    Reader,
    Reading,
    ReadingTimeout,
    Source,
    open_regular,
    sentence,
    time_guard,
    walk_folders,
)
from pipeline.ingest.image import IMAGE_SUFFIXES, read_image
from pipeline.ingest.mail_files import read_email, read_mbox, read_msg
from pipeline.ingest.office import read_doc, read_docx, read_xls, read_xlsx
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.roles import decide_role
from pipeline.ingest.text import read_csv, read_html, read_markdown, read_text, text_head
from pipeline.model import Document

__all__ = [
    "READERS",
    "decide_role",
    "list_order_files",
    "read_file",
    "read_order",
    "read_order_file",
    "reader_for",
]

_MAX_NESTING = 2  # a zip in a mail in a zip is read; deeper nesting is listed only


def read_txt(source: Source, settings: Settings) -> Reading:
    """A .txt file: a chat export when its content says so (WhatsApp, WeChat, log), else plain text."""
    text = text_head(source)
    kind = sniff_chat(text)
    if kind == "wechat":
        return read_wechat_export(source, settings)
    if kind == "chatlog":
        return read_chat_log(source, settings)
    if kind == "whatsapp":
        return read_whatsapp_export(source, settings)
    return read_text(source, settings)


def read_json(source: Source, settings: Settings) -> Reading:
    """A .json file: a Telegram export when it looks like one, else its text lines."""
    text = text_head(source)
    if is_telegram_json(text):
        return read_telegram_export(source, settings)
    return read_text(source, settings)


def read_unknown(source: Source, settings: Settings) -> Reading:
    """A file with a suffix no reader claims: read as text when it is text, else refused."""
    try:
        return read_txt(source, settings)
    except UnreadableDocument as exc:
        suffix = source.suffix or "(none)"
        raise source.fail(
            f"its type {suffix} is not a format order-audit reads ({exc.reason})"
        ) from exc


# The readers, by file suffix (lower case) and by format name. One line per format.
def read_zip_members(source: Source, settings: Settings) -> Reading:
    """A zip archive; its members that a reader of READERS claims are read as documents."""
    return read_zip(source, settings, reader_for)


READERS: dict[str, Reader] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".docm": read_docx,
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".doc": read_doc,
    ".xls": read_xls,
    ".txt": read_txt,
    ".text": read_txt,
    ".log": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".eml": read_email,
    ".mbox": read_mbox,
    ".msg": read_msg,
    ".zip": read_zip_members,
    **dict.fromkeys(IMAGE_SUFFIXES, read_image),
    # by format name, for callers that know what a file is
    "pdf": read_pdf,
    "docx": read_docx,
    "xlsx": read_xlsx,
    "doc": read_doc,
    "xls": read_xls,
    "text": read_text,
    "markdown": read_markdown,
    "csv": read_csv,
    "html": read_html,
    "whatsapp": read_whatsapp_export,
    "wechat": read_wechat_export,
    "telegram": read_telegram_export,
    "chatlog": read_chat_log,
    "email": read_email,
    "mbox": read_mbox,
    "image": read_image,
    "zip": read_zip_members,
}

# The format a file of each suffix has when it cannot be read at all (for the documents list).
_FORMAT_OF_SUFFIX = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".doc": "doc", ".xls": "xls", ".txt": "text", ".text": "text", ".log": "text",
    ".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".tsv": "csv", ".json": "text", ".html": "html", ".htm": "html",
    ".eml": "email", ".mbox": "email", ".msg": "email", ".zip": "zip", **dict.fromkeys(IMAGE_SUFFIXES, "image"),
}  # fmt: skip


def reader_for(suffix: str) -> Reader | None:
    """The reader of a file suffix ('.pdf'), or None when no reader claims it."""
    return READERS.get(suffix.lower()) if suffix else None


def list_order_files(
    order_dir: Path, config: OrderConfig | None = None, *, skipped: list[Path] | None = None
) -> list[Path]:
    """Every file of the order folder, at any depth and sorted; hidden files, order.toml and
    expected.json aside. Symbolic links, pipes and devices are listed (and refused when read),
    never followed or opened; a folder that cannot be listed is listed itself.

    Files order-audit wrote itself (reports, error reports, kept messages; recognised by the
    marker inside them, pipeline.generated) are no documents: they are left out, and appended
    to `skipped` when a list is given, so that the audit can say so. Only regular files are
    opened to look for the marker (a named pipe would block)."""
    order_dir = Path(order_dir)
    found: list[Path] = []
    for folder, entries, error in walk_folders(
        order_dir, descend=lambda entry: not entry.name.startswith(".")
    ):
        if error is not None:
            if folder != order_dir:
                found.append(folder)  # it becomes an unreadable document
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    continue
                regular = entry.is_file(follow_symlinks=False)
            except OSError:
                regular = False
            if folder == order_dir and entry.name in (ORDER_FILE, ANSWER_KEY):
                continue
            path = Path(entry.path)
            if regular and written_by_order_audit(path):
                if skipped is not None:
                    skipped.append(path)
                continue
            found.append(path)
    return sorted(set(found), key=lambda p: p.relative_to(order_dir).as_posix())


def _relative(path: Path, order_dir: Path) -> str:
    """The path shown for a file: relative to the order folder, "/" separators, and always valid
    text (a name that is not UTF-8 on disk shows U+FFFD where its bad bytes are)."""
    try:
        rel = path.relative_to(order_dir).as_posix()
    except ValueError:
        rel = path.name
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _run_reader(source: Source, settings: Settings) -> Reading:
    """Run the reader for `source`; any failure becomes an unreadable Reading with one sentence."""
    reader = reader_for(source.suffix) or read_unknown
    fallback_format = _FORMAT_OF_SUFFIX.get(source.suffix, "unknown")
    try:
        return reader(source, settings)
    except ReadingTimeout:
        budget = source.budget_for(settings)
        return Reading(
            format=fallback_format,
            status="unreadable",
            error=sentence(f"{source.name} could not be read: {budget.time_note('in it')}"),
        )
    except UnreadableDocument as exc:
        return Reading(
            format=fallback_format,
            status="unreadable",
            error=sentence(f"{source.name} could not be read: {exc.reason}"),
        )
    except RecursionError:
        return Reading(
            format=fallback_format,
            status="unreadable",
            error=sentence(f"{source.name} could not be read: it is nested too deeply"),
        )
    except MemoryError:
        return Reading(
            format=fallback_format,
            status="unreadable",
            error=sentence(
                f"{source.name} could not be read: it needs more memory than is available"
            ),
        )
    except Exception as exc:  # a reader library failing on a damaged file must not stop the audit
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        return Reading(
            format=fallback_format,
            status="unreadable",
            error=sentence(
                f"{source.name} could not be read: the file is damaged or not a valid {fallback_format} file ({detail})"
            ),
        )


def _document(
    source: Source, reading: Reading, config: OrderConfig | None, *, nested: bool
) -> Document:
    role, how = decide_role(
        source.name, config, format=reading.format, blocks=reading.blocks, use_folders=not nested
    )
    return Document(
        path=source.name,
        format=reading.format,
        role=role,
        status=reading.status,
        blocks=reading.blocks,
        pages=reading.pages,
        error=reading.error,
        role_source=how,
        sha256=hashlib.sha256(source.data).hexdigest(),
        meta=dict(reading.meta),
    )


def _unreadable(rel: str, reason: str, config: OrderConfig | None, fmt: str) -> Document:
    role, how = decide_role(rel, config, format=fmt)
    return Document(
        path=rel,
        format=fmt,
        role=role,
        status="unreadable",
        error=sentence(f"{rel} could not be read: {reason}"),
        role_source=how,
    )


def _read_tree(
    source: Source, settings: Settings, config: OrderConfig | None, depth: int
) -> list[Document]:
    reading = _run_reader(source, settings)
    documents = [_document(source, reading, config, nested=depth > 0)]
    budget = source.budget_for(settings)
    for name, reason in reading.refused:
        documents.append(_unreadable(f"{source.name}#{name}", reason, config, "unknown"))
    for attachment in reading.attachments:
        child = source.child(f"{source.name}#{attachment.name}", attachment.data)
        if reader_for(child.suffix) is None:
            continue
        if depth >= _MAX_NESTING:
            documents.append(
                _unreadable(
                    child.name,
                    "it is nested too deeply in other files to be read",
                    config,
                    "unknown",
                )
            )
            continue
        if budget.expired:
            documents.append(
                _unreadable(
                    child.name,
                    f"it was not read: the time limit of {budget.seconds:g} s for "
                    f"{source.name.split('#', 1)[0]} was spent on what came before it",
                    config,
                    _FORMAT_OF_SUFFIX.get(child.suffix, "unknown"),
                )
            )
            continue
        for doc in _read_tree(child, settings, config, depth + 1):
            documents.append(_with_meta(doc, attachment) if doc.path == child.name else doc)
    return documents


def _with_meta(document: Document, attachment: Attachment) -> Document:
    return replace(document, meta={**attachment.meta, **document.meta})


def read_order_file(
    path: Path, order_dir: Path, config: OrderConfig | None = None, settings: Settings | None = None
) -> list[Document]:
    """The Document of one file of an order folder, then one per attachment or zip member that is a
    document itself ('chat/thread.eml#PI-2291.pdf'). Never raises for a bad file."""
    settings = settings or Settings()
    path, order_dir = Path(path), Path(order_dir)
    rel = _relative(path, order_dir)
    fmt = _FORMAT_OF_SUFFIX.get(path.suffix.lower(), "unknown")
    try:
        if path.is_symlink():
            target = path.resolve()
            root = order_dir.resolve()
            if not target.exists():
                return [
                    _unreadable(
                        rel, "it is a symbolic link to a file that does not exist", config, fmt
                    )
                ]
            if root not in target.parents:
                return [
                    _unreadable(
                        rel,
                        "it is a symbolic link to a file outside the order folder, which is not followed",
                        config,
                        fmt,
                    )
                ]
        if path.is_dir():
            if path.is_symlink():
                return [_unreadable(rel, "it is a link to a folder, not a file", config, fmt)]
            return [
                _unreadable(
                    rel,
                    "it is a folder that could not be opened, so its files were not read",
                    config,
                    fmt,
                )
            ]
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > settings.max_file_bytes:
                limit = settings.max_file_bytes // (1024 * 1024)
                return [
                    _unreadable(
                        rel,
                        f"it is {size // (1024 * 1024)} MB, over the {limit} MB limit per file",
                        config,
                        fmt,
                    )
                ]
            data = handle.read(settings.max_file_bytes + 1)
        if len(data) > settings.max_file_bytes:  # it grew while being read
            limit = settings.max_file_bytes // (1024 * 1024)
            return [_unreadable(rel, f"it is over the {limit} MB limit per file", config, fmt)]
    except NotRegularFile as exc:
        return [_unreadable(rel, exc.reason, config, fmt)]
    except OSError as exc:
        return [_unreadable(rel, f"the file cannot be opened ({exc.strerror or exc})", config, fmt)]
    budget = Budget(settings)
    try:
        with time_guard(budget):
            return _read_tree(Source(rel, data, budget), settings, config, 0)
    except ReadingTimeout:
        return [_unreadable(rel, budget.time_note("before it was read"), config, fmt)]


def read_order(
    order_dir: Path, config: OrderConfig | None = None, settings: Settings | None = None
) -> list[Document]:
    """Every document of an order folder (files, attachments, zip members), in path order."""
    settings = settings or Settings()
    documents: list[Document] = []
    for path in list_order_files(order_dir, config):
        documents.extend(read_order_file(path, order_dir, config, settings))
    return documents


def read_file(
    path: Path,
    *,
    root: Path | None = None,
    config: OrderConfig | None = None,
    settings: Settings | None = None,
) -> Document:
    """One file as a Document (for `order-audit read`); its role comes from the folder it sits in,
    else its content. Without `root` the path shown is 'folder/name'."""
    path = Path(path)
    if root is None:
        root = path.parent.parent if path.parent.name else path.parent
    return read_order_file(path, root, config, settings)[0]

"""Hostile inputs: each gives one sentence naming the file, status unreadable, and leaves the
other documents of the order read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import list_order_files, read_order

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

# (file under fixtures/ingest/hostile, the error after "<path> could not be read: ")
HOSTILE = [
    ("zip-bomb.zip", "its member 'zeros.txt' is compressed more than 100 times (zip bomb limit)."),
    ("entity-bomb.docx", "its part 'word/document.xml' declares XML entities (DOCTYPE), which are refused for safety."),
    ("external-entity.xlsx", "its part 'xl/worksheets/sheet1.xml' declares XML entities (DOCTYPE), which are refused for safety."),
    ("zero-byte.pdf", "the file is empty."),
    ("junk.txt", "the file holds binary data, not text."),
    ("truncated.pdf", "it is not a readable PDF"),
    ("truncated.docx", "it is not a valid zip container"),
    ("not-really.xlsx", "it is not a valid zip container"),
    ("damaged.zip", "it is not a valid zip container"),
]  # fmt: skip


def _order_with(tmp_path: Path, name: str) -> Path:
    order = tmp_path / "order"
    (order / "pi").mkdir(parents=True)
    (order / "misc").mkdir()
    shutil.copy(FIXTURES / "pdf" / "pi-ruled.pdf", order / "pi" / "PI-2291.pdf")
    shutil.copy(FIXTURES / "chats" / "chat-log.txt", order / "misc" / "chat-log.txt")
    shutil.copy(FIXTURES / "hostile" / name, order / "misc" / name)
    return order


def _assert_others_read(documents: list) -> None:
    by_path = {d.path: d for d in documents}
    assert by_path["pi/PI-2291.pdf"].status == "read" and by_path["pi/PI-2291.pdf"].blocks
    assert (
        by_path["misc/chat-log.txt"].status == "read"
        and len(by_path["misc/chat-log.txt"].blocks) == 3
    )


@pytest.mark.parametrize(("name", "error"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file_is_unreadable_with_one_sentence_and_others_are_read(
    tmp_path: Path, name: str, error: str
) -> None:
    order = _order_with(tmp_path, name)
    documents = read_order(order, None, Settings())
    bad = next(d for d in documents if d.path == f"misc/{name}")
    assert bad.status == "unreadable"
    assert bad.error is not None and bad.error.startswith(f"misc/{name} could not be read: {error}")
    assert bad.error.endswith(".") and bad.error.count("\n") == 0
    assert bad.blocks == ()
    _assert_others_read(documents)


def test_zip_bomb_by_total_size(tmp_path: Path) -> None:
    order = _order_with(tmp_path, "zip-bomb.zip")
    documents = read_order(order, None, Settings(max_unzipped_bytes=1024 * 1024, max_zip_ratio=1e9))
    bad = next(d for d in documents if d.path == "misc/zip-bomb.zip")
    assert (
        bad.error
        == "misc/zip-bomb.zip could not be read: it unpacks to more than 1 MB (zip bomb limit)."
    )


def test_symlink_out_of_the_folder_is_listed_and_not_followed(tmp_path: Path) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    secret = tmp_path / "secret.txt"
    secret.write_text("PROFORMA INVOICE\nsecret bank details\n", encoding="utf-8")
    os.symlink(secret, order / "misc" / "link.txt")
    os.symlink(tmp_path, order / "misc" / "folder-link")
    listed = [p.relative_to(order).as_posix() for p in list_order_files(order, None)]
    assert "misc/link.txt" in listed and "misc/folder-link" in listed
    documents = read_order(order, None, Settings())
    by_path = {d.path: d for d in documents}
    link = by_path["misc/link.txt"]
    assert link.status == "unreadable" and link.blocks == ()
    assert link.error == (
        "misc/link.txt could not be read: it is a symbolic link to a file outside the order folder, which is not followed."
    )
    assert by_path["misc/folder-link"].status == "unreadable"
    assert not any("secret" in d.text for d in documents)
    _assert_others_read(documents)


def test_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    os.symlink(order / "misc" / "chat-log.txt", order / "misc" / "same-chat.txt")
    by_path = {d.path: d for d in read_order(order, None, Settings())}
    assert by_path["misc/same-chat.txt"].status == "read"


@pytest.mark.parametrize(
    "name",
    [
        "PI #2291 (final) 报价 ;'$(x).txt",
        "new\nline.txt",
        "tab\there.txt",
        "  spaces  .txt",
        "émoji 📎.txt",
        "-rf.txt",
        "no-suffix",
    ],
)
def test_odd_file_names(tmp_path: Path, name: str) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    (order / "misc" / name).write_text("QUOTATION\nUnit price: US$1.85\n", encoding="utf-8")
    by_path = {d.path: d for d in read_order(order, None, Settings())}
    document = by_path[f"misc/{name}"]
    assert document.status == "read" and document.role == "quote"
    assert [b.text for b in document.blocks] == ["QUOTATION", "Unit price: US$1.85"]


def test_unknown_binary_format_is_refused_clearly(tmp_path: Path) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    (order / "misc" / "drawing.dwg").write_bytes(b"AC1032\x00\x00\x01\x02" * 100)
    by_path = {d.path: d for d in read_order(order, None, Settings())}
    assert by_path["misc/drawing.dwg"].error == (
        "misc/drawing.dwg could not be read: its type .dwg is not a format order-audit reads (the file holds binary data, not text)."
    )


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    (order / "misc" / "big.txt").write_bytes(b"x" * (2 * 1024 * 1024))
    by_path = {d.path: d for d in read_order(order, None, Settings(max_file_bytes=1024 * 1024))}
    assert (
        by_path["misc/big.txt"].error
        == "misc/big.txt could not be read: it is 2 MB, over the 1 MB limit per file."
    )


def test_a_folder_that_cannot_be_listed_is_an_unreadable_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _order_with(tmp_path, "zero-byte.pdf")
    (order / "locked").mkdir()
    (order / "locked" / "PI.pdf").write_bytes(b"%PDF-1.4")
    real_scandir = os.scandir

    def scandir(path):  # the way os.walk meets a folder it may not read
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    by_path = {d.path: d for d in read_order(order, None, Settings())}
    assert by_path["locked"].status == "unreadable"
    assert (
        by_path["locked"].error
        == "locked could not be read: it is a folder that could not be opened, so its files were not read."
    )
    _assert_others_read(list(by_path.values()))


def test_file_name_that_is_not_utf8_is_read_and_shown_as_text(tmp_path: Path) -> None:
    import json

    order = _order_with(tmp_path, "zero-byte.pdf")
    raw = os.path.join(os.fsencode(order / "misc"), b"quote-\xff\xfe.txt")
    with open(raw, "wb") as handle:
        handle.write(b"QUOTATION\n")
    by_path = {d.path: d for d in read_order(order, None, Settings())}
    document = by_path["misc/quote-\ufffd\ufffd.txt"]
    assert document.status == "read" and document.role == "quote"
    json.dumps(document.to_json(blocks=True), ensure_ascii=False).encode("utf-8")

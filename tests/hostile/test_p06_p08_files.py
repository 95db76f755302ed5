"""Issue 13, points 6, 8, 10 and 11: files and names that are not what they seem.

6. A FIFO in an order folder hung `batch` (even with --timeout), `audit` and `read`.
8. 1,100 nested folders raised RecursionError, and the whole batch died with it.
10. Zip members named '../x' were dropped silently (neither read nor listed as unreadable).
11. The DOCTYPE pre-check read only the first 4 KB of UTF-8: a padded or UTF-16 DOCTYPE reached
    the parser, and the paragraph that used the entity vanished silently.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import list_order_files, read_order
from tests.hostile import inputs
from tests.hostile.conftest import others_read
from tests.hostile.limits import audit_args, cli_args, run_limited

FIFO_REASON = "it is a named pipe (FIFO), not a regular file, so it was not read"


# --- point 6 -----------------------------------------------------------------------------------


def test_a_fifo_is_listed_as_unreadable_and_never_opened(order: Path) -> None:
    inputs.make_fifo(order / "misc" / "pipe.txt")
    documents = read_order(order, None, Settings())  # would block forever on open()
    pipe = next(d for d in documents if d.path == "misc/pipe.txt")
    assert pipe.status == "unreadable"
    assert pipe.error == f"misc/pipe.txt could not be read: {FIFO_REASON}."
    others_read(documents)


def test_a_socket_is_listed_as_unreadable(order: Path) -> None:
    path = order / "misc" / "s.sock"
    if len(str(path)) > 100:
        pytest.skip("the path is too long for a Unix socket")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        sock = next(d for d in read_order(order, None, Settings()) if d.path == "misc/s.sock")
    finally:
        server.close()
    assert (
        sock.error
        == "misc/s.sock could not be read: it is a socket, not a regular file, so it was not read."
    )


@pytest.mark.slow
@pytest.mark.parametrize("command", ["audit", "read", "batch"])
def test_a_fifo_does_not_hang_the_commands(tmp_path: Path, command: str) -> None:
    order = inputs.order_with(tmp_path)
    inputs.make_fifo(order / "misc" / "pipe.txt")
    if command == "audit":
        args = audit_args(order, tmp_path / "out")
    elif command == "read":
        args = cli_args("read", order / "misc" / "pipe.txt")
    else:
        args = cli_args(
            "batch", tmp_path, "--out", tmp_path / "out", "--jobs", "1", "--timeout", "120"
        )
    run = run_limited(args, timeout=180)
    assert not run.timed_out, command
    assert run.returncode in (0, 1), run.stderr
    if command == "read":
        assert FIFO_REASON in run.stdout


# --- point 8 -----------------------------------------------------------------------------------


@pytest.fixture
def deep_order(order: Path):
    """The sample order with a quotation 1,100 folders down; removed deepest first afterwards."""
    inputs.make_deep_folders(order, depth=1100)
    yield order
    inputs.remove_deep_folders(order)


def test_1100_nested_folders_are_walked_without_recursion(deep_order: Path) -> None:
    order = deep_order
    deep = next(p for p in list_order_files(order, None) if p.name == "quote.txt")
    assert len(deep.relative_to(order).parts) == 1102
    assert sys.getrecursionlimit() < 1100 * 2
    documents = read_order(order, None, Settings())
    quote = next(d for d in documents if d.path.endswith("/quote.txt"))
    assert quote.status == "read" and quote.role == "quote"
    others_read(documents)


def test_a_deep_order_is_audited_and_fingerprinted(deep_order: Path) -> None:
    from pipeline.audit import audit_order
    from pipeline.batch import find_order_folders, order_fingerprint

    order = deep_order
    assert find_order_folders(order.parent) == [order]
    assert len(order_fingerprint(order, Settings())) == 64
    audit = audit_order(order, Settings())
    assert any(d.path.endswith("/quote.txt") and d.status == "read" for d in audit.documents)


@pytest.mark.slow
def test_a_deep_order_does_not_stop_the_batch(tmp_path: Path) -> None:
    from pipeline.batch import run_batch

    root = tmp_path / "orders"
    deep = inputs.order_with(root, "deep-order")
    inputs.make_deep_folders(deep, depth=1100)
    shutil.copytree(inputs.ROOT / "samples" / "tote-bags-change-order-and-chat", root / "tote-bags")
    try:
        result = run_batch(root, tmp_path / "out", jobs=2, use_cache=False)
    finally:
        inputs.remove_deep_folders(deep)
    assert sorted(r.status for r in result.rows) == ["done", "done"]


# --- point 10 ----------------------------------------------------------------------------------


def test_zip_members_that_leave_the_archive_are_listed_as_unreadable(order: Path) -> None:
    inputs.make_zip_with_unsafe_names(order / "misc" / "names.zip")
    documents = {d.path: d for d in read_order(order, None, Settings())}
    assert documents["misc/names.zip#quote.txt"].status == "read"
    for name in ("../escape.txt", "/etc/abs.txt", "a/../../up.txt", "C:\\windows.txt"):
        member = documents[f"misc/names.zip#{name}"]
        assert member.status == "unreadable"
        assert member.error == (
            f"misc/names.zip#{name} could not be read: its name leads out of the archive "
            "('..' or an absolute path), which is refused for safety."
        )
        assert f"{name} (" in documents["misc/names.zip"].text  # and listed in the archive's lines
    assert not (order / "escape.txt").exists() and not (order.parent / "escape.txt").exists()


# --- point 11 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("padding", "utf16"), [(10_000, False), (200_000, False), (0, True), (10_000, True)]
)
def test_a_doctype_anywhere_in_the_prolog_is_refused(
    order: Path, padding: int, utf16: bool
) -> None:
    inputs.make_docx_with_doctype(order / "misc" / "spec.docx", padding=padding, utf16=utf16)
    documents = read_order(order, None, Settings())
    spec = next(d for d in documents if d.path == "misc/spec.docx")
    assert spec.status == "unreadable"
    assert spec.error == (
        "misc/spec.docx could not be read: its part 'word/document.xml' declares XML entities "
        "(DOCTYPE), which are refused for safety."
    )
    others_read(documents)


def test_a_part_in_another_encoding_is_refused(order: Path) -> None:
    import zipfile

    path = inputs.make_docx(order / "misc" / "spec.docx", paragraphs=2)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "word/extra.xml", '<?xml version="1.0" encoding="UTF-32"?><r/>'.encode("utf-32-le")
        )
    spec = next(d for d in read_order(order, None, Settings()) if d.path == "misc/spec.docx")
    assert spec.status == "unreadable" and "other than UTF-8 or UTF-16" in (spec.error or "")


def test_a_clean_docx_of_the_generator_is_read(order: Path) -> None:
    inputs.make_docx(order / "misc" / "spec.docx", paragraphs=3)
    spec = next(d for d in read_order(order, None, Settings()) if d.path == "misc/spec.docx")
    assert spec.status == "read" and spec.blocks[-1].text == "END OF DOCUMENT"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_point_6_fixture_is_a_real_fifo(tmp_path: Path) -> None:
    import stat

    path = inputs.make_fifo(tmp_path / "p")
    assert stat.S_ISFIFO(os.lstat(path).st_mode)

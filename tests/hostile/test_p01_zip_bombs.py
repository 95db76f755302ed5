"""Issue 13, point 1: zip bombs under the old limits (members just under the 1 MB ratio floor;
the 200 MB cap counted per archive, not over the nesting)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_order
from tests.hostile import inputs
from tests.hostile.conftest import audit_budget, others_read
from tests.hostile.limits import RSS_BUDGET, audit_args, run_limited


def _doc(documents: list, path: str):
    return next(d for d in documents if d.path == path)


def test_many_members_just_under_the_old_ratio_floor_are_refused(order: Path) -> None:
    inputs.make_zip_of_many_members(order / "misc" / "notes.zip")
    documents = read_order(order, None, Settings())
    bomb = _doc(documents, "misc/notes.zip")
    assert bomb.status == "unreadable"
    assert (
        bomb.error
        == "misc/notes.zip could not be read: it unpacks to more than 100 MB (zip bomb limit)."
    )
    assert not any(d.path.startswith("misc/notes.zip#") for d in documents)
    others_read(documents)


def test_the_ratio_of_the_whole_archive_counts_too(order: Path) -> None:
    inputs.make_zip_of_many_members(order / "misc" / "notes.zip", members=60)
    bomb = _doc(read_order(order, None, Settings()), "misc/notes.zip")
    assert bomb.error == (
        "misc/notes.zip could not be read: its members are compressed more than 100 times "
        "together (zip bomb limit)."
    )


def test_a_bomb_padded_under_the_ratio_is_read_within_the_text_budget(order: Path) -> None:
    # 60 MB of text: under the unpacked limit, under the ratio thanks to 1 MB of random bytes
    inputs.make_zip_of_many_members(order / "misc" / "notes.zip", members=60, padding=1 << 20)
    documents = read_order(order, None, Settings())
    members = [d for d in documents if d.path.startswith("misc/notes.zip#notes/")]
    assert len(members) == 60
    lines = sum(len(d.blocks) for d in members)
    assert lines <= Settings().max_lines  # one line budget for the archive and every member
    partial = [d for d in members if d.status == "partial"]
    assert partial and "the limit of 20000 lines per document was reached" in (
        partial[0].error or ""
    )
    others_read(documents)


def test_nesting_cannot_multiply_the_limit(order: Path) -> None:
    # each level declares 60 MB, under the limit alone; two levels together are over it
    inputs.make_nested_zip(order / "misc" / "nested.zip", levels=4, members=60)
    documents = read_order(order, None, Settings(max_zip_ratio=1e9))
    outer = _doc(documents, "misc/nested.zip")
    assert outer.status == "read"
    inner = _doc(documents, "misc/nested.zip#level-1/inner.zip")
    assert inner.status == "unreadable"
    assert "it unpacks to more than what is left of the 100 MB limit for misc/nested.zip" in (
        inner.error or ""
    )
    others_read(documents)


def test_a_member_header_that_lies_cannot_inflate_more(order: Path) -> None:
    # A member whose header says 1 KB but whose data inflates to 50 MB: zipfile stops at the
    # declared size (CRC error), so the declared sizes bound what is inflated.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("quote.txt", b"QUOTATION\n" * 5_000_000)
    data = bytearray(buffer.getvalue())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        data[at + offset : at + offset + 4] = (1024).to_bytes(4, "little")
    (order / "misc" / "liar.zip").write_bytes(bytes(data))
    documents = read_order(order, None, Settings())
    zipped = _doc(documents, "misc/liar.zip")
    assert zipped.status == "unreadable" and "damaged" in (zipped.error or "")
    others_read(documents)


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["many-members", "nested"])
def test_a_zip_bomb_audit_stays_within_its_budget(tmp_path: Path, shape: str) -> None:
    order = inputs.order_with(tmp_path)
    if shape == "many-members":
        inputs.make_zip_of_many_members(order / "misc" / "notes.zip")
    else:
        inputs.make_nested_zip(order / "misc" / "nested.zip", levels=10, members=60)
    run = run_limited(audit_args(order, tmp_path / "out"), timeout=audit_budget() * 3)
    assert run.returncode in (0, 1), run.stderr
    assert run.peak_rss < RSS_BUDGET, run.peak_mb
    assert run.seconds < audit_budget(), run.seconds

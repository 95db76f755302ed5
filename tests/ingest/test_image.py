"""Images: listed, read by OCR where Tesseract is installed, with OCR provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_file
from pipeline.ingest.image import ocr_languages, tesseract_environment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.mark.skipif(ocr_languages() is None, reason="tesseract is not installed")
def test_image_is_ocred_with_lower_confidence() -> None:
    document = read_file(FIXTURES / "images" / "pi-photo.png")
    assert document.format == "image" and document.status == "read"
    assert [b.text for b in document.blocks] == ["PROFORMA INVOICE", "Unit price US$ 1.85"]
    assert all(b.source == "ocr" and 0 < b.confidence < 1 and b.page == 1 for b in document.blocks)
    assert document.role == "pi"


def test_tesseract_runs_on_one_thread_unless_the_user_set_a_limit() -> None:
    assert tesseract_environment({"PATH": "/usr/bin"}) == {
        "PATH": "/usr/bin",
        "OMP_THREAD_LIMIT": "1",
    }
    assert tesseract_environment({"OMP_THREAD_LIMIT": "4"}) == {"OMP_THREAD_LIMIT": "4"}


@pytest.mark.skipif(ocr_languages() is None, reason="tesseract is not installed")
def test_ocr_reads_the_same_with_the_users_thread_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    one_thread = read_file(FIXTURES / "images" / "pi-photo.png")
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    two_threads = read_file(FIXTURES / "images" / "pi-photo.png")
    assert [(b.text, b.confidence) for b in one_thread.blocks] == [
        (b.text, b.confidence) for b in two_threads.blocks
    ]
    assert [b.text for b in one_thread.blocks] == ["PROFORMA INVOICE", "Unit price US$ 1.85"]


def test_image_with_ocr_off_is_listed_as_partial() -> None:
    document = read_file(FIXTURES / "images" / "pi-photo.png", settings=Settings(ocr=False))
    assert document.format == "image" and document.status == "partial" and document.blocks == ()
    assert (
        document.error
        == "images/pi-photo.png is an image and OCR is switched off, so its text was not read."
    )
    assert document.meta["size"] == "900x300"


def test_broken_image_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg")
    document = read_file(tmp_path / "photo.jpg", root=tmp_path)
    assert document.status == "unreadable"
    assert document.error and document.error.startswith(
        "photo.jpg could not be read: it is not a readable image"
    )

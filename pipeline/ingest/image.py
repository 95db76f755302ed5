"""Images (photos of PIs, scans) and OCR through the Tesseract command line, when it is installed."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections.abc import Mapping
from functools import cache

from pipeline.config import Settings
from pipeline.ingest.common import Reading, Source
from pipeline.model import Block

OCR_LANGUAGES = ("chi_sim", "eng")  # Debian tesseract-ocr-chi-sim and tesseract-ocr-eng
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")
_MAX_CONFIDENCE = 0.99  # OCR text is never as sure as a text layer


@cache
def ocr_languages() -> str | None:
    """The '+'-joined Tesseract languages available among OCR_LANGUAGES, or None without tesseract."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        listed = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    available = set(listed.stdout.split()) | set(listed.stderr.split())
    langs = [lang for lang in OCR_LANGUAGES if lang in available]
    return "+".join(langs) if langs else None


def tesseract_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment Tesseract runs in: one OpenMP thread unless OMP_THREAD_LIMIT is set.

    Tesseract's OpenMP threads make one page slower, not faster (3.4 s against 4.6-5.5 s for a
    300 dpi A4 scan in chi_sim+eng on the 2-core development machine, the same TSV), and batch
    workers that OCR at once fight over the cores (tesseract-ocr/tesseract#3109: 459 s against
    9 s for ten pages in parallel). A limit the user set is kept."""
    return {**environ} if "OMP_THREAD_LIMIT" in environ else {**environ, "OMP_THREAD_LIMIT": "1"}


def ocr_lines(image: bytes, name: str, timeout: float) -> list[tuple[str, float]]:
    """(text, confidence 0-1) per line Tesseract reads in the image; raises RuntimeError on failure."""
    langs = ocr_languages()
    exe = shutil.which("tesseract")
    if langs is None or exe is None:
        raise RuntimeError("tesseract is not installed")
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", "-l", langs, "--psm", "3", "tsv"],
            input=image,
            capture_output=True,
            timeout=timeout,
            check=False,
            env=tesseract_environment(os.environ),
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"OCR took longer than the {timeout:.0f} s limit") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed ({message[-1] if message else done.returncode})")
    lines: dict[tuple[str, str, str, str], list[tuple[str, float]]] = {}
    reader = csv.DictReader(
        io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    for row in reader:
        word = (row.get("text") or "").strip()
        if not word or row.get("level") != "5":
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        try:
            conf = float(row.get("conf") or 0) / 100
        except ValueError:
            conf = 0.0
        lines.setdefault(key, []).append((word, conf))
    out = []
    for words in lines.values():
        text = _join_words([w for w, _ in words])
        conf = sum(c for _, c in words) / len(words)
        out.append((text, round(min(_MAX_CONFIDENCE, max(0.0, conf)), 2)))
    return out


def _join_words(words: list[str]) -> str:
    # Tesseract splits Chinese into one "word" per character; no spaces between CJK characters.
    out = ""
    for word in words:
        if out and not (_is_cjk(out[-1]) and _is_cjk(word[0])):
            out += " "
        out += word
    return out


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def ocr_blocks(
    image: bytes, name: str, settings: Settings, page: int = 1, timeout: float | None = None
) -> tuple[Block, ...]:
    """Line blocks of an image read by OCR (source 'ocr', confidence below 1)."""
    lines = ocr_lines(image, name, timeout or settings.seconds_per_document)
    return tuple(
        Block(kind="line", text=text, page=page, line=n, source="ocr", confidence=conf)
        for n, (text, conf) in enumerate(lines, start=1)
    )


def read_image(source: Source, settings: Settings) -> Reading:
    """An image: listed, and its text read by OCR when Tesseract is installed."""
    if not source.data:
        raise source.fail("the file is empty")
    from PIL import Image, UnidentifiedImageError  # deferred: Pillow only when an image is read

    try:
        with Image.open(io.BytesIO(source.data)) as img:
            img.verify()
            size = f"{img.width}x{img.height}"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise source.fail(f"it is not a readable image ({exc})") from exc
    meta = {"size": size}
    if not settings.ocr:
        meta["ocr"] = "off"
        return Reading(
            format="image",
            meta=meta,
            status="partial",
            error=f"{source.name} is an image and OCR is switched off, so its text was not read.",
        )
    if ocr_languages() is None:
        return Reading(
            format="image",
            meta=meta | {"ocr": "not available"},
            status="partial",
            error=f"{source.name} is an image and tesseract is not installed, so its text was not read.",
        )
    try:
        blocks = ocr_blocks(source.data, source.name, settings)
    except RuntimeError as exc:
        return Reading(
            format="image", meta=meta, status="partial", error=f"{source.name}: OCR failed: {exc}."
        )
    meta["ocr"] = ocr_languages() or ""
    return Reading(format="image", blocks=blocks, pages=1, meta=meta)

"""Issue 13, point 13: without a CJK font, "交期：收到定金后40天" read as "交期：收到定金后40" and
"500克" as "500 " (pdfium reads the text of a font the file does not embed with a font of the
machine in its place), and 76 test_pdf_engines tests failed. Pages in such fonts are now read
by pdfplumber, which uses only the file: the same blocks with or without any font installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.hostile.limits import ROOT, environment, run_limited

READER = Path(__file__).with_name("read_pdfs.py")
PDFS = sorted(
    str(p)
    for folder in ("samples", "tests/fixtures", "corpus/cases")
    for p in (ROOT / folder).rglob("*.pdf")
)
CJK_FONT_DIRS = (
    "/usr/share/fonts/truetype/wqy",
    "/usr/share/fonts/opentype/noto",
    "/usr/share/fonts/truetype/arphic",
)


def _read(*args: str, prefix: list[str] | None = None) -> dict[str, object]:
    run = run_limited([str(READER), *args], timeout=600, prefix=prefix, env=environment())
    assert run.returncode == 0, run.stderr
    return dict(json.loads(run.stdout))


def _texts(blocks: object) -> str:
    assert isinstance(blocks, list)
    return "\n".join(str(b["text"]) for b in blocks)


@pytest.mark.slow
def test_the_same_blocks_without_any_system_font() -> None:
    with_fonts = _read(*PDFS)
    without = _read("--no-system-fonts", *PDFS)
    assert len(with_fonts) == len(PDFS) > 200
    differ = [name for name in PDFS if with_fonts[name] != without[name]]
    assert differ == []
    # the lines the issue saw cut: a lead time ending in 天 (days), a weight in 克 (grams)
    quote = _texts(without[next(n for n in PDFS if "SR-Q-260220" in n)])
    lead_time = next(line for line in quote.splitlines() if line.startswith("交期"))
    assert "天" in lead_time and "克" in quote


def _hide_fonts_prefix(folders: list[str]) -> list[str]:
    mounts = " && ".join(f'mount --bind "$EMPTY" "{f}"' for f in folders)
    return ["unshare", "-m", "sh", "-c", f'EMPTY=$(mktemp -d) && {mounts} && exec "$@"', "sh"]


def _can_hide_fonts() -> list[str]:
    """The folders of every installed font that covers Chinese, when they can be hidden (root,
    unshare): mounting an empty folder over them hides them from fontconfig and pdfium alike."""
    if os.geteuid() != 0 or shutil.which("unshare") is None or shutil.which("fc-list") is None:
        return []
    if subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False).returncode:
        return []
    listed = subprocess.run(
        ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False
    ).stdout
    return sorted({str(Path(line.split(":")[0]).parent) for line in listed.splitlines() if line})


@pytest.mark.slow
@pytest.mark.skipif(
    not _can_hide_fonts(), reason="needs root, unshare and an installed CJK font to hide"
)
def test_the_same_blocks_with_the_cjk_font_hidden_from_the_whole_system() -> None:
    folders = _can_hide_fonts()
    with_fonts = _read(*PDFS)
    hidden = _read(*PDFS, prefix=_hide_fonts_prefix(folders))
    assert [n for n in PDFS if with_fonts[n] != hidden[n]] == []


@pytest.mark.slow
@pytest.mark.skipif(
    not _can_hide_fonts(), reason="needs root, unshare and an installed CJK font to hide"
)
def test_the_pdf_engine_tests_pass_with_the_cjk_font_hidden() -> None:
    folders = _can_hide_fonts()
    run = run_limited(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ingest/test_pdf_engines.py"],
        timeout=900,
        prefix=_hide_fonts_prefix(folders),
        env=environment(),
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout and "failed" not in run.stdout

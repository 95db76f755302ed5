"""Text, Markdown and CSV: encodings detected per file, lines numbered, CSV cells."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_file
from pipeline.ingest.common import Source
from pipeline.ingest.text import decode_text, detect_encoding, read_csv

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
EXPECTED = json.loads((FIXTURES / "encodings" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "encoding", "text"),
    [
        ("utf8.txt", "utf-8", "zh"),
        ("utf8-bom.txt", "utf-8-sig", "zh"),
        ("utf16.txt", "utf-16", "zh"),
        ("utf16le-nobom.txt", "utf-16-le", "zh"),
        ("gb18030.txt", "gb18030", "zh"),
        ("gbk.txt", "gb18030", "zh"),
        ("cp1252.txt", "cp1252", "western"),
    ],
)
def test_encoding_is_detected_for_the_whole_file(name: str, encoding: str, text: str) -> None:
    data = (FIXTURES / "encodings" / name).read_bytes()
    assert detect_encoding(data) == encoding
    decoded, _ = decode_text(Source(name, data))
    assert decoded == EXPECTED[text]
    document = read_file(FIXTURES / "encodings" / name)
    assert document.format == "text" and document.status == "read"
    assert [b.text for b in document.blocks] == EXPECTED[text].rstrip("\n").split("\n")
    assert [b.line for b in document.blocks] == list(range(1, len(document.blocks) + 1))


def test_blank_lines_keep_their_numbers(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("first\n\nthird\n", encoding="utf-8")
    document = read_file(tmp_path / "notes.txt")
    assert [(b.line, b.text) for b in document.blocks] == [(1, "first"), (3, "third")]


def test_markdown_lines_and_pipe_tables(tmp_path: Path) -> None:
    text = (
        "# SPECIFICATION\n\n| Part | Material |\n|---|:---:|\n| Body | SS304 |\n| Lid | PP \\| food grade |\n\n"
        "Notes: | not a table |\nEnd\n"
    )
    (tmp_path / "spec.md").write_text(text, encoding="utf-8")
    document = read_file(tmp_path / "spec.md", root=tmp_path)
    assert document.format == "markdown"
    lines = [(b.line, b.text) for b in document.blocks if b.kind == "line"]
    assert lines == [(1, "# SPECIFICATION"), (8, "Notes: | not a table |"), (9, "End")]
    cells = {(b.table, b.row, b.col): b.text for b in document.blocks if b.kind == "cell"}
    assert cells == {
        (1, 1, 1): "Part", (1, 1, 2): "Material", (1, 2, 1): "Body", (1, 2, 2): "SS304",
        (1, 3, 1): "Lid", (1, 3, 2): "PP | food grade",
    }  # fmt: skip
    assert document.role == "spec" and document.role_source == "content: title 'SPECIFICATION'"


def _markdown_table(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|[\s\-|:]+\|", line):
            # the ground truth escapes "|" as &#124; and keeps tabs that a cell's text folds to spaces
            rows.append(
                [" ".join(html.unescape(c).split()) for c in line.strip().strip("|").split("|")]
            )
    return rows


CSV_CASES = [
    "csv-comma.csv",
    "csv-semicolon.csv",
    "csv-tab.csv",
    "csv-pipe.csv",
    "csv-comma-in-cell.csv",
    "csv-single-column.csv",
]


@pytest.mark.parametrize("name", CSV_CASES)
def test_docling_csv_against_ground_truth(corpus_dir: Path, name: str) -> None:
    base = corpus_dir / "docling" / "tests" / "data" / "csv"
    reading = read_csv(Source(name, (base / "sources" / name).read_bytes()), Settings())
    cells = {(b.row, b.col): b.text for b in reading.blocks}
    truth = _markdown_table(base / "groundtruth" / f"{name}.md")
    expected = {
        (r, c): v for r, row in enumerate(truth, start=1) for c, v in enumerate(row, start=1) if v
    }
    agree = sum(1 for key, value in expected.items() if cells.get(key) == value)
    assert agree == len(expected), [
        (k, v, cells.get(k)) for k, v in expected.items() if cells.get(k) != v
    ]


def test_html_page_is_read_as_text_lines(tmp_path: Path) -> None:
    page = "<html><head><script>x=1</script></head><body><h1>QUOTATION</h1><table><tr><td>TB-500</td><td>US$1.85</td></tr></table></body></html>"
    (tmp_path / "quote.html").write_text(page, encoding="utf-8")
    document = read_file(tmp_path / "quote.html", root=tmp_path)
    assert document.format == "html" and document.role == "quote"
    assert [b.text for b in document.blocks] == ["QUOTATION", "TB-500 US$1.85"]


def test_csv_cell_over_several_lines_keeps_its_line_breaks_as_spaces() -> None:
    # blind d/01: a quote's "Bank info" cell holds the bank block on four lines
    data = (
        b'Field,Value\r\nBank info,"Beneficiary: HENGRUN COOKWARE CO., LTD.\r\n'
        b'Bank: BANK OF CHINA HEBEI BRANCH\r\nSWIFT: BKCHCNBJ220"\r\n'
    )
    reading = read_csv(Source("quote.csv", data), Settings())
    [cell] = [b for b in reading.blocks if b.text.startswith("Beneficiary")]
    assert cell.text == (
        "Beneficiary: HENGRUN COOKWARE CO., LTD. Bank: BANK OF CHINA HEBEI BRANCH SWIFT: BKCHCNBJ220"
    )

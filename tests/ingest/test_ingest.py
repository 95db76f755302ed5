"""The package's entry points: READERS, list_order_files, read_order_file, read_order, read_file,
and `order-audit read FILE` (contract section 6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.config import OrderConfig, Settings, order_config_from_dict
from pipeline.ingest import (
    READERS,
    list_order_files,
    read_file,
    read_order,
    read_order_file,
    reader_for,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def _order(tmp_path: Path) -> Path:
    order = tmp_path / "PO-1001"
    for folder in ("spec", "pi", "chat", ".git", "notes/.hidden"):
        (order / folder).mkdir(parents=True)
    shutil.copy(FIXTURES / "docx" / "spec-tracked.docx", order / "spec" / "spec.docx")
    shutil.copy(FIXTURES / "pdf" / "pi-ruled.pdf", order / "pi" / "PI-2291.pdf")
    shutil.copy(FIXTURES / "mail" / "thread.eml", order / "chat" / "thread.eml")
    shutil.copy(FIXTURES / "whatsapp" / "android-en-gb-24h.txt", order / "chat" / "wa.txt")
    (order / "order.toml").write_text(
        'order_id = "PO-1001"\n[roles]\n"pi/PI-2291.pdf" = "quote"\n', encoding="utf-8"
    )
    (order / "expected.json").write_text("{}", encoding="utf-8")
    (order / ".DS_Store").write_bytes(b"\0\1")
    (order / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (order / "notes" / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    (order / "notes" / "call.md").write_text("# Call notes\n", encoding="utf-8")
    (order / "chat" / "sub").mkdir()
    (order / "chat" / "sub" / "expected.json").write_text("{}", encoding="utf-8")
    return order


def test_list_order_files_recursive_sorted_without_hidden_and_answer_files(tmp_path: Path) -> None:
    order = _order(tmp_path)
    listed = [
        p.relative_to(order).as_posix() for p in list_order_files(order, OrderConfig(order_id="x"))
    ]
    assert listed == [
        "chat/sub/expected.json",  # only the order's own expected.json is the answer key
        "chat/thread.eml",
        "chat/wa.txt",
        "notes/call.md",
        "pi/PI-2291.pdf",
        "spec/spec.docx",
    ]


def test_read_order_gives_every_file_and_attachment_with_roles(tmp_path: Path) -> None:
    order = _order(tmp_path)
    config = order_config_from_dict({"order_id": "PO-1001", "roles": {"pi/PI-2291.pdf": "quote"}})
    documents = read_order(order, config, Settings())
    summary = [(d.path, d.format, d.role, d.status, d.role_source) for d in documents]
    assert summary[1:] == [
        ("chat/thread.eml", "email", "chat", "read", "folder 'chat/'"),
        ("chat/thread.eml#PI-2291.pdf", "pdf", "pi", "read", "content: title 'PROFORMA INVOICE'"),
        ("chat/wa.txt", "whatsapp", "chat", "read", "folder 'chat/'"),
        (
            "notes/call.md",
            "markdown",
            "other",
            "read",
            "no role found (not in order.toml, no role folder, no title)",
        ),
        ("pi/PI-2291.pdf", "pdf", "quote", "read", "order.toml"),
        ("spec/spec.docx", "docx", "spec", "read", "folder 'spec/'"),
    ]
    assert summary[0] == ("chat/sub/expected.json", "text", "chat", "read", "folder 'chat/'")
    assert all(d.sha256 and len(d.sha256) == 64 for d in documents)


def test_read_file_takes_its_role_from_the_parent_folder(tmp_path: Path) -> None:
    order = _order(tmp_path)
    document = read_file(order / "pi" / "PI-2291.pdf")
    assert (document.path, document.role, document.role_source) == (
        "pi/PI-2291.pdf",
        "pi",
        "folder 'pi/'",
    )
    document = read_file(order / "notes" / "call.md", root=order)
    assert document.path == "notes/call.md"


def test_read_file_never_raises_for_a_missing_file(tmp_path: Path) -> None:
    document = read_file(tmp_path / "pi" / "gone.pdf")
    assert document.status == "unreadable" and document.error
    assert document.error.startswith("pi/gone.pdf could not be read: the file cannot be opened")


def test_read_order_file_returns_the_document_first(tmp_path: Path) -> None:
    order = _order(tmp_path)
    documents = read_order_file(order / "chat" / "thread.eml", order, None, Settings())
    assert documents[0].path == "chat/thread.eml"
    assert [d.path for d in documents[1:]] == ["chat/thread.eml#PI-2291.pdf"]


@pytest.mark.parametrize(
    "key",
    [".pdf", ".docx", ".xlsx", ".doc", ".xls", ".txt", ".md", ".csv", ".json", ".eml", ".mbox", ".zip", ".jpg", ".png",
     "pdf", "docx", "xlsx", "text", "markdown", "csv", "whatsapp", "wechat", "telegram", "chatlog", "email", "image", "zip"],
)  # fmt: skip
def test_readers_table_covers_every_format(key: str) -> None:
    assert callable(READERS[key])


def test_reader_for_is_case_insensitive() -> None:
    assert reader_for(".PDF") is READERS[".pdf"]
    assert reader_for(".dwg") is None and reader_for("") is None


def test_cli_read_prints_contract_json() -> None:
    from pipeline.cli import main

    result = CliRunner().invoke(main, ["read", str(FIXTURES / "chats" / "chat-log.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {k: data[k] for k in ("path", "format", "role", "status")} == {
        "path": "chats/chat-log.txt",
        "format": "chatlog",
        "role": "chat",
        "status": "read",
    }
    assert data["blocks"][0] == {
        "kind": "message",
        "timestamp": "2026-03-12T14:05:00",
        "sender": "Lily",
        "text": "new account attached",
        "system": False,
    }


def test_cli_read_of_a_pdf_gives_lines_and_cells() -> None:
    from pipeline.cli import main

    result = CliRunner().invoke(main, ["read", str(FIXTURES / "pdf" / "pi-ruled.pdf")])
    data = json.loads(result.output)
    assert data["pages"] == 1
    assert data["blocks"][0] == {"kind": "line", "page": 1, "line": 1, "text": "PROFORMA INVOICE"}
    assert {"kind": "cell", "page": 1, "table": 1, "row": 2, "col": 1, "text": "TB-500"} in data[
        "blocks"
    ]

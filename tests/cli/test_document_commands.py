"""`order-audit read` / `extract` on a file inside an order folder follow its order.toml."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "steel-bottles-bank-change"


def test_extract_names_chat_parties_from_the_order_toml() -> None:
    (chat,) = (SAMPLE / "chat").glob("*.txt")
    result = CliRunner().invoke(main, ["extract", str(chat)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["path"] == f"chat/{chat.name}" and data["role"] == "chat"
    announcements = [a for a in data["acts"] if a["kind"] == "bank_announcement"]
    assert announcements and {a["party"] for a in announcements} == {"supplier"}


def test_extract_field_filter_and_read_paths_relative_to_the_order() -> None:
    (pi,) = sorted((SAMPLE / "pi").glob("*R1*.pdf"))
    result = CliRunner().invoke(main, ["extract", str(pi), "--field", "bank.swift"])
    assert result.exit_code == 0, result.output
    terms = json.loads(result.output)["terms"]
    assert terms and {t["field"] for t in terms} == {"bank.swift"}
    read = json.loads(CliRunner().invoke(main, ["read", str(pi)]).output)
    assert read["path"] == f"pi/{pi.name}" and read["role"] == "pi"
    assert any(b["kind"] == "cell" for b in read["blocks"])

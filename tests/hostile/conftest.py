"""Shared helpers of the hostile-input suite (issue 13): orders around a hostile file, and the
budget an audit of one must stay within."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from tests.hostile import inputs
from tests.hostile.limits import STARTUP_SECONDS

# Extracting a document at its block limits (20,000 lines, 50,000 cells, 20,000 messages or
# paragraphs, 5M characters) takes up to about 20 s on the 2-core reference machine; the time
# budget of a document is its reading limit plus this (docs/formats.md, "Budgets").
EXTRACT_SECONDS = 30.0


def audit_budget(settings: Settings | None = None, documents: int = 1) -> float:
    """Seconds an audit of a sample order with `documents` hostile files may take, plus 10 %."""
    settings = settings or Settings()
    budget = STARTUP_SECONDS + documents * (settings.seconds_per_document + EXTRACT_SECONDS)
    return budget * 1.1


@pytest.fixture
def order(tmp_path: Path) -> Path:
    """A copy of a sample order with an empty misc/ folder for the hostile file."""
    return inputs.order_with(tmp_path)


def others_read(documents: list) -> None:
    """The sample order's own documents were read in full despite the hostile file."""
    by_path = {d.path: d for d in documents}
    for name in ("pi/PI-2291.pdf", "pi/PI-2291-R1.pdf", "spec/HP-031 bottle spec.docx"):
        assert by_path[name].status == "read" and by_path[name].blocks, name
    chat = by_path["chat/WhatsApp Chat - Lily Brightway.txt"]
    assert chat.status == "read" and chat.format == "whatsapp"

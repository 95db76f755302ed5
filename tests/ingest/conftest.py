"""Fixtures shared by the ingest tests: the fixture folder and a default Settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()

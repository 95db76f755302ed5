"""Shared test options and fixtures: --update-golden, the ../shared folder, the project root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests run the same examples on every machine: a CI run must not find what the
# developer's run never saw. (Explore with HYPOTHESIS_PROFILE=explore.)
hypothesis_settings.register_profile("order-audit", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", derandomize=False, deadline=None, max_examples=1000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "order-audit"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/golden from the current output instead of comparing.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project (contract, checks, corpus); tests that need it skip without it."""
    if not (SHARED / "contract.md").is_file():
        pytest.skip(
            f"{SHARED} is absent: the shared contract and corpus are not beside the project"
        )
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    corpus = shared_dir / "corpus" / "external"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent: the shared test corpus is not beside the project")
    return corpus

"""Which folders under ROOT are order folders, and what their report folders are called."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import find_order_folders, order_fingerprint, report_folder_names
from pipeline.config import Settings


def make(root: Path, *files: str) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"content of {name}\n", encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    make(
        tmp_path,
        "by-toml/order.toml",
        "by-toml/notes.txt",
        "by-roles/spec/spec.md",
        "by-roles/pi/pi.txt",
        "2026/q1/PO-7/quotes/q.txt",
        "2026/q1/PO-7/chat/wa.txt",
        "2026/q1/PO-7/archive/spec/old.md",  # nested inside PO-7: part of it, not an order
        "loose/readme.txt",  # neither order.toml nor role folders
        ".hidden/spec/spec.md",
        "out/PO-7/findings.json",
        "out/spec/x.txt",  # the output folder is never searched
    )
    return tmp_path


def test_finds_orders_by_toml_and_by_role_folders(tree: Path) -> None:
    found = find_order_folders(tree, exclude=(tree / "out",))
    assert [p.relative_to(tree).as_posix() for p in found] == [
        "2026/q1/PO-7",
        "by-roles",
        "by-toml",
    ]


def test_root_that_is_an_order_is_a_batch_of_one(tree: Path) -> None:
    assert find_order_folders(tree / "by-roles") == [tree / "by-roles"]


def test_samples_folder_is_not_mistaken_for_a_sample_role_folder(tmp_path: Path) -> None:
    make(tmp_path, "samples/kettle/order.toml", "samples/mugs/spec/spec.md")
    assert [p.name for p in find_order_folders(tmp_path)] == ["kettle", "mugs"]


def test_duplicate_folder_names_get_their_path_under_root(tmp_path: Path) -> None:
    make(tmp_path, "2025/PO-1/order.toml", "2026/PO-1/order.toml", "2026/PO-2/order.toml")
    orders = find_order_folders(tmp_path)
    assert sorted(report_folder_names(orders, tmp_path).values()) == [
        "2025__PO-1",
        "2026__PO-1",
        "PO-2",
    ]


@pytest.mark.parametrize(
    ("change", "changes_fingerprint"),
    [
        ("spec/spec.md", True),  # an input file
        ("order.toml", True),
        ("expected.json", False),  # the answer key is not an input of the audit
        (".DS_Store", False),  # hidden files are not documents
    ],
)
def test_order_fingerprint_follows_inputs_only(
    tmp_path: Path, change: str, changes_fingerprint: bool
) -> None:
    make(tmp_path, "spec/spec.md", "order.toml", "expected.json", ".DS_Store")
    before = order_fingerprint(tmp_path, Settings())
    (tmp_path / change).write_text("edited\n", encoding="utf-8")
    assert (order_fingerprint(tmp_path, Settings()) != before) is changes_fingerprint


def test_order_fingerprint_follows_read_settings(tmp_path: Path) -> None:
    make(tmp_path, "spec/spec.md")
    assert order_fingerprint(tmp_path, Settings()) != order_fingerprint(
        tmp_path, Settings(max_pages=5)
    )


def test_a_link_loop_does_not_hang_discovery(tmp_path: Path) -> None:
    make(tmp_path, "PO-9/spec/spec.md")
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "back").symlink_to(tmp_path, target_is_directory=True)
    assert find_order_folders(tmp_path) == [tmp_path / "PO-9"]

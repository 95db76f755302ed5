"""Roles: order.toml > folder name > content (chat structure, title, file name)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import OrderConfig, Settings, load_order_config
from pipeline.ingest import read_order, read_order_file
from pipeline.ingest.roles import decide_role, role_of_filename, role_of_folder, role_of_title
from pipeline.model import Block

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize(
    ("folder", "role"),
    [
        ("spec", "spec"), ("Specs", "spec"), ("sample", "sample"), ("samples", "sample"),
        ("quotes", "quote"), ("Quote", "quote"), ("quotations", "quote"), ("pi", "pi"), ("PI", "pi"),
        ("proforma_invoices", "pi"), ("changes", "change"), ("change orders", "change"),
        ("chat", "chat"), ("chats", "chat"), ("WhatsApp", "chat"), ("emails", "chat"),
        ("inspection", "inspection"), ("QC", "inspection"), ("03_PI", "pi"), ("01 - spec", "spec"),
        ("报价单", "quote"), ("聊天记录", "chat"), ("misc", None), ("drafts", None), ("other", "other"), ("其他", "other"),
    ],
)  # fmt: skip
def test_role_of_folder(folder: str, role: str | None) -> None:
    assert role_of_folder(folder) == role


@pytest.mark.parametrize(
    ("title", "role", "found"),
    [
        ("PROFORMA INVOICE", "pi", "PROFORMA INVOICE"),
        ("Ningbo Brightway - Proforma Invoice No. PI-2291", "pi", "Proforma Invoice"),
        ("PRO-FORMA INVOICE", "pi", "PRO-FORMA INVOICE"),
        ("形式发票", "pi", "形式发票"),
        ("QUOTATION", "quote", "QUOTATION"),
        ("报价单 SR-Q-260220", "quote", "报价单"),
        ("PRODUCT SPECIFICATION", "spec", "PRODUCT SPECIFICATION"),
        ("Sample Approval Record", "sample", "Sample Approval Record"),
        ("CHANGE ORDER CO-01", "change", "CHANGE ORDER"),
        ("INSPECTION REPORT", "inspection", "INSPECTION REPORT"),
        ("验货报告", "inspection", "验货报告"),
        ("Invoice", "pi", "Invoice"),
        ("INVOICE No. 2026-031", "pi", "INVOICE"),
        ("Quote Q-77", "quote", "Quote"),
        ("QUOTATION for insulated bottles", "quote", "QUOTATION"),
    ],
)
def test_role_of_title(title: str, role: str, found: str) -> None:
    assert role_of_title([Block(kind="line", text=title)]) == (role, found)


@pytest.mark.parametrize(
    "text",
    [
        "Send the invoice to our office",  # a one-word title inside a sentence is no title
        "Invoice address: 12 Harbour Road",  # nor a field label
        "报价有效期：30天",
        "Quote: valid for 30 days",
        "The supplier shall state the AQL clause on the proforma invoice and keep it for the whole order.",
    ],
)
def test_prose_is_no_title(text: str) -> None:
    assert role_of_title([Block(kind="line", text=text)]) is None


@pytest.mark.parametrize(
    ("name", "role"),
    [("PI-2291_R1.pdf", "pi"), ("quotation v2.xlsx", "quote"), ("CO-01 colour.docx", "change"),
     ("QC report.pdf", "inspection"), ("WhatsApp Chat with Lily.txt", "chat"), ("picture.jpg", None),
     ("spice list.pdf", None)],
)  # fmt: skip
def test_role_of_filename(name: str, role: str | None) -> None:
    assert role_of_filename(name) == role


def test_order_toml_wins_over_folder_and_content() -> None:
    config = OrderConfig(order_id="x", roles={"pi/old-quote.pdf": "quote"})
    blocks = [Block(kind="line", text="PROFORMA INVOICE")]
    assert decide_role("pi/old-quote.pdf", config, format="pdf", blocks=blocks) == (
        "quote",
        "order.toml",
    )
    assert decide_role("pi/other.pdf", config, format="pdf", blocks=blocks) == (
        "pi",
        "folder 'pi/'",
    )
    assert decide_role("misc/other.pdf", config, format="pdf", blocks=blocks) == (
        "pi",
        "content: title 'PROFORMA INVOICE'",
    )
    assert decide_role("misc/scan.pdf", None, format="pdf") == (
        "other",
        "no role found (not in order.toml, no role folder, no title)",
    )


def test_nearest_role_folder_wins() -> None:
    assert decide_role("quotes/old/pi/x.pdf")[0] == "pi"
    assert decide_role("pi/archive/x.pdf") == ("pi", "folder 'pi/'")


def test_attachments_are_judged_by_content_not_by_the_chat_folder(settings: Settings) -> None:
    documents = read_order_file(FIXTURES / "mail" / "thread.eml", FIXTURES, None, settings)
    assert [(d.role, d.role_source) for d in documents] == [
        ("chat", "folder 'mail/'"),
        ("pi", "content: title 'PROFORMA INVOICE'"),
    ]


@pytest.mark.parametrize(
    ("path", "role"),
    [
        ("pdf/document-0042.pdf", "pi"), ("pdf/scan-final.pdf", "inspection"), ("pdf/chinese.pdf", "pi"),
        ("docx/spec-tracked.docx", "spec"), ("docx/untitled-1.docx", "quote"), ("xlsx/quote.xlsx", "quote"),
        ("chats/wechat-export.txt", "chat"), ("chats/result.json", "chat"), ("mail/thread.eml", "chat"),
        ("whatsapp/android-zh-cn-12h.txt", "chat"), ("pdf/rotated.pdf", "quote"),
    ],
)  # fmt: skip
def test_fixture_roles_by_content_alone(
    tmp_path: Path, settings: Settings, path: str, role: str
) -> None:
    flat = tmp_path / Path(path).name
    shutil.copy(FIXTURES / path, flat)
    document = read_order_file(flat, tmp_path, None, settings)[0]
    assert document.role == role, document.role_source


def _sample_orders() -> list[Path]:
    return (
        sorted(p for p in SAMPLES.iterdir() if (p / "expected.json").is_file())
        if SAMPLES.is_dir()
        else []
    )


@pytest.mark.parametrize("order", _sample_orders(), ids=lambda p: p.name)
def test_sample_roles_are_right_without_order_toml_and_folders(
    tmp_path: Path, settings: Settings, order: Path
) -> None:
    documents = read_order(order, load_order_config(order), settings)
    for document in documents:
        if "#" in document.path:
            continue
        source = order / document.path
        flat = tmp_path / source.name
        shutil.copy(source, flat)
        alone = read_order_file(flat, tmp_path, None, settings)[0]
        assert alone.role == document.role, f"{document.path}: {alone.role_source}"

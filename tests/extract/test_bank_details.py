"""Bank details in every layout (issue 11): real files from tests/fixtures/extract/bank (written by
make_bank_fixtures.py), the shared corpus's real invoices, and lines in the reader's own terms."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.config import OrderConfig
from pipeline.extract import extract_document
from pipeline.extract.bank_details import Line, _read, read_bank_details
from pipeline.extract.bank_identifiers import check_iban, check_swift, normalise_account
from pipeline.ingest import read_file
from pipeline.model import Block, Extraction

BANK = Path(__file__).resolve().parent.parent / "fixtures" / "extract" / "bank"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "external" / "invoice2data"


@cache
def extraction(name: str) -> Extraction:
    document = read_file(BANK / name, root=BANK)
    assert document.status == "read", document.error
    return extract_document(document, OrderConfig(order_id="bank"))


def values(ex: Extraction, field: str) -> list[object]:
    return [t.value for t in ex.terms if t.field == field]


# fmt: off
LAYOUTS = [
    # file, beneficiary, bank, account, SWIFT
    ("spec-prose.docx", "YONGKANG BRIGHTWAY HOUSEWARES CO LTD", "BANK OF CHINA JINHUA BRANCH",
     "358766210045", "BKCHCNBJ92A"),
    ("pi-labels-above.pdf", "TIANYU INTL TRADING LTD", "HSBC HONG KONG", "808123456838", "HSBCHKHHHKH"),
    ("pi-one-line.pdf", "NINGBO BRIGHTWAY HOUSEWARES CO LTD", "BANQUE FIDUCIAL",
     "FR2012421242124212421242124", "FIDCFR21XXX"),
    ("pi-two-columns.xlsx", "ZHEJIANG GREENFIELD GARDEN PRODUCTS CO LTD",
     "AGRICULTURAL BANK OF CHINA JINHUA BRANCH", "19600101040023456", "ABOCCNBJ190"),
    ("pi-chinese.docx", "余姚市光明照明电器有限公司", "中国银行余姚支行", "359858762201", "BKCHCNBJ92A"),
    ("chat.txt", "NINGBO BRIGHTWAY TRADING CO LTD", "BANK OF COMMUNICATIONS SHANGHAI BRANCH",
     "310066771018000123456", "COMMCNSHSHI"),
    ("notice.eml", None, "BANK OF NINGBO SHAOXING BRANCH", "860101220001447853", "BKNBCN2NSXX"),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "beneficiary", "bank", "account", "swift"), LAYOUTS, ids=[c[0] for c in LAYOUTS]
)
def test_every_layout_gives_the_bank_fields(
    name: str, beneficiary: str | None, bank: str, account: str, swift: str
) -> None:
    ex = extraction(name)
    if beneficiary is not None:
        assert beneficiary in values(ex, "bank.beneficiary")
    assert bank in values(ex, "bank.name")
    assert account in values(ex, "bank.account")
    assert swift in values(ex, "bank.swift")


def test_the_address_and_cnaps_code_of_a_bank_are_no_account() -> None:
    assert values(extraction("pi-chinese.docx"), "bank.account") == ["359858762201"]
    names = values(extraction("pi-two-columns.xlsx"), "bank.name")
    assert not any("BAYI" in str(n) for n in names)


def test_an_intermediary_bank_keeps_its_own_swift() -> None:
    ex = extraction("pi-two-columns.xlsx")
    assert values(ex, "bank.intermediary") == ["CHASUS33"]
    assert values(ex, "bank.swift") == ["ABOCCNBJ190"]


def test_a_chat_message_in_prose_and_one_pasted_as_a_block() -> None:
    ex = extraction("chat.txt")
    assert {"COMMCNSHSHI", "BKNBCN2NSXX"} <= set(values(ex, "bank.swift"))
    assert "860101220001447853" in values(ex, "bank.account")
    evidence = next(t.evidence for t in ex.terms if t.value == "BKNBCN2NSXX")
    assert evidence.timestamp == "2026-03-12T10:05:00" and evidence.sender == "Lily Chen"


def test_hostile_writing_is_normalised_or_flagged_never_repaired() -> None:
    ex = extraction("hostile.txt")
    # a zero-width space and full-width digits are the same account
    assert values(ex, "bank.account") == ["621700012345678"]
    # 8 for B in the bank code: kept as written, and said to be invalid
    [swift] = [t for t in ex.terms if t.field == "bank.swift"]
    assert swift.value == "8KCHCNBJ92A"
    assert swift.problems and "BKCHCNBJ92A" in swift.problems[0]


def _read_text(text: str, *, message: bool = False) -> dict[str, list[object]]:
    block = Block(
        "message" if message else "line", text,
        timestamp="2026-03-01T09:00:00" if message else None, sender="Lily" if message else None,
    )  # fmt: skip
    scope = id(block) if message else 0
    lines = [Line(t, ((0, block),), scope) for t in text.splitlines() if t.strip()]
    out: dict[str, list[object]] = {}
    for found in _read(lines):
        out.setdefault(found.field, []).append(found.value)
    return out


# fmt: off
LINES = [
    ("SWIFT: BKCHCNBJ92A  A/C: 6217 0000 1234 5678", {"bank.swift": ["BKCHCNBJ92A"], "bank.account": ["6217000012345678"]}),
    ("Beneficiary: DEHUA YONGSHENG CERAMICS CO., LTD. · Bank of China Dehua Sub-branch · SWIFT BKCHCNBJ73A",
     {"bank.beneficiary": ["DEHUA YONGSHENG CERAMICS CO LTD"], "bank.name": ["BANK OF CHINA DEHUA SUB-BRANCH"],
      "bank.swift": ["BKCHCNBJ73A"]}),
    ("SWIFT / BIC BKCHCNBJ 46A", {"bank.swift": ["BKCHCNBJ46A"]}),
    ("Bank: China Merchants Bank Shenzhen Branch (see PI)", {"bank.name": ["CHINA MERCHANTS BANK SHENZHEN BRANCH"]}),
    ("受益人 Beneficiary | HEJIAN JINGRUI GLASSWARE CO., LTD.", {"bank.beneficiary": ["HEJIAN JINGRUI GLASSWARE CO LTD"]}),
    ("BANK ADD.: NO. 118 SHUNDE ROAD, XINGTAI", {}),
    ("Bank of China Ningbo Branch is our bank since 2010", {}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LINES, ids=[t[:30] for t, _ in LINES])
def test_lines(text: str, expected: dict[str, list[object]]) -> None:
    assert _read_text(text) == expected


def test_a_value_wrapped_onto_the_next_line() -> None:
    found = _read_text(
        "Bank: Bank of China, Chaozhou Branch · A/C 6856 5702\n1183 · SWIFT BKCHCNBJ46A"
    )
    assert found["bank.account"] == ["685657021183"]
    found = _read_text(
        "Beneficiary: SHIJIAZHUANG HENGRUN CAST IRON\nPRODUCTS CO., LTD.\nSWIFT: BKCHCNBJ500"
    )
    assert found["bank.beneficiary"] == ["SHIJIAZHUANG HENGRUN CAST IRON PRODUCTS CO LTD"]


def test_a_sentence_about_the_details_is_no_value() -> None:
    found = _read_text("SWIFT code BKNBCN2NSXX; the beneficiary name is unchanged.", message=True)
    assert "bank.beneficiary" not in found


@pytest.mark.parametrize(
    ("code", "valid"),
    [("BKCHCNBJ92A", True), ("HSBCHKHH", True), ("BKCHCNBJ", True), ("BKCHZZBJ", False),
     ("B0CHCNBJ", False), ("BKCHCNB", False)],
)  # fmt: skip
def test_swift_structure_and_country(code: str, valid: bool) -> None:
    assert (check_swift(code) == ()) is valid


def test_iban_checksum_from_python_stdnum() -> None:
    assert check_iban("FR2012421242124212421242124") == ()
    assert check_iban("FR2112421242124212421242124")  # one digit off
    # a word run on to an IBAN in a PDF's text: the longest beginning that passes the checksum
    assert normalise_account("NL50 INGB 0683 2513 09KLANTNUMMER") == ("NL50INGB0683251309", ())


def test_real_invoice_from_the_shared_corpus() -> None:
    pdf = SHARED / "tests" / "compare" / "coolblue1.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf} is not here (../shared/corpus is beside the project in CI)")
    document = read_file(pdf)
    terms = read_bank_details(document)
    truth = {"bic": "INGBNL2A", "iban": "NL50INGB0683251309"}  # tests/compare/coolblue1.json
    assert truth["iban"] in [t.value for t in terms if t.field == "bank.account"]
    assert truth["bic"] in [t.value for t in terms if t.field == "bank.swift"]

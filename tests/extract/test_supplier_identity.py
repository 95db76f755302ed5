"""Supplier identity (issue 15): names, credit code, phone, mail senders, business licence,
read from the real files of corpus/supplier (made by corpus/supplier_cases.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_order_config
from pipeline.extract import extract_document
from pipeline.extract.supplier_identity import check_uscc, company_names
from pipeline.extract.supplier_lexicon import phone_digits
from pipeline.ingest import read_file

CASES = Path(__file__).resolve().parents[2] / "corpus" / "supplier"

# fmt: off
NAMES = [
    ("NINGBO BRIGHTWAY HOUSEWARES CO., LTD.", ["NINGBO BRIGHTWAY HOUSEWARES CO., LTD."]),
    ("Seller: Ningbo Mingtu Housewares Company Limited", ["Ningbo Mingtu Housewares Company Limited"]),
    ("卖方 Seller: 宁波明途家居用品有限公司（盖章）", ["宁波明途家居用品有限公司"]),
    ("For and on behalf of Hong Kong Brightway Trading Limited", ["Hong Kong Brightway Trading Limited"]),
    ("供方：宁波明途贸易有限公司", ["宁波明途贸易有限公司"]),
    ("Tel: +86 574 8688 1234", []),
    ("FOS LTD", ["FOS LTD"]),  # read; compare sets such garbled names aside (plausible_name)
]
PHONES = [
    ("+86 574 8688 1234", "57486881234"), ("0574-86881234", "57486881234"),
    ("0086 574 8688 1234", "57486881234"), ("(0574) 8688 1234", "57486881234"),
    ("+86 138 0574 9911", "13805749911"),
]
USCC = [
    ("91330206MA2CLB0T2Y", None), ("91110000600037341L", None),
    ("91330206MA2CLB0T2K", "checksum"), ("91330206MA2CLB0T", "length"),
]
# fmt: on


@pytest.mark.parametrize(("line", "names"), NAMES)
def test_company_names_in_a_line(line: str, names: list[str]) -> None:
    assert [name for _, name in company_names(line)] == names


@pytest.mark.parametrize(("raw", "digits"), PHONES)
def test_phone_numbers_compare_as_national_digits(raw: str, digits: str) -> None:
    assert phone_digits(raw) == digits


@pytest.mark.parametrize(("code", "problem"), USCC)
def test_uscc_check_character_by_python_stdnum(code: str, problem: str | None) -> None:
    found = check_uscc(code)
    assert (found is None) if problem is None else (problem in (found or ""))


def _extract(case: str, path: str):  # noqa: ANN202
    root = CASES / case
    config = load_order_config(root)
    return extract_document(read_file(root / path, root=root, config=config), config)


def test_pi_letterhead_seal_code_and_phone() -> None:
    facts = _extract("01-clean-bilingual-transliteration", "pi/PI-2601.pdf").facts
    identity = facts["supplier_identity"]
    names = {e["value"] for e in identity["names"]}
    assert "NINGBO MINGTU HOUSEWARES CO., LTD." in names
    assert "宁波明途家居用品有限公司" in names
    assert not any("Harbor" in n for n in names)  # the buyer's "To:" line is not the supplier
    assert not any("COMPANY LIMITED" in n for n in names)  # the beneficiary is the bank reader's
    assert [(e["value"], e["valid"]) for e in identity["uscc"]] == [("91330206MA2CLB0T2Y", True)]
    assert [e["digits"] for e in identity["phones"]] == ["57486881234"]
    assert identity["emails"][0]["domain"] == "brightway-housewares.example"
    assert identity["names"][0]["evidence"]["document"] == "pi/PI-2601.pdf"


def test_an_invalid_code_is_read_with_its_problem() -> None:
    identity = _extract("05-uscc-fails-check", "pi/PI-2601.pdf").facts["supplier_identity"]
    (code,) = identity["uscc"]
    assert code["value"] == "91330206MA2CLB0T2K"
    assert code["valid"] is False and "checksum" in code["problem"]


def test_business_licence_fields() -> None:
    facts = _extract("01-clean-bilingual-transliteration", "licence/business-licence.pdf").facts
    licence = facts["business_licence"]
    assert licence["document_kind"] == "business_licence"
    assert licence["registered_name"]["value"] == "宁波明途家居用品有限公司"
    assert licence["uscc"]["value"] == "91330206MA2CLB0T2Y"
    assert licence["legal_representative"]["value"] == "陈立"
    assert licence["registered_capital"]["value"] == "伍佰万元整"
    assert licence["established"]["date"] == "2016-03-08"
    assert "制造" in licence["business_scope"]["value"]
    names = [e for e in facts["supplier_identity"]["names"] if e["source"] == "licence"]
    assert names and names[0]["value"] == "宁波明途家居用品有限公司"


def test_mail_senders_with_their_side() -> None:
    vetted = _extract("01-clean-bilingual-transliteration", "chat/mail-1.eml").facts
    company = _extract("08-free-mail-after-company-mail", "chat/mail-1.eml").facts
    free = _extract("08-free-mail-after-company-mail", "chat/mail-2.eml").facts
    (known,) = vetted["supplier_identity"]["senders"]
    (first,) = company["supplier_identity"]["senders"]
    (second,) = free["supplier_identity"]["senders"]
    assert known["party"] == "supplier"  # order.toml [supplier] aliases name Lily Chen
    assert (first["domain"], first["party"]) == ("brightway-housewares.example", "unknown")
    assert second["value"] == "lilychen.brightway@gmail.com"
    # the mail's Date header, +0800, read in UTC
    assert second["name"] == "Lily Chen" and second["first"] == "2026-01-21T10:30:00"


def test_a_spec_has_no_letterhead_of_the_supplier() -> None:
    facts = _extract("01-clean-bilingual-transliteration", "spec/spec.md").facts
    assert "supplier_identity" not in facts

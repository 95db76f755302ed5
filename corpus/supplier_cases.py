#!/usr/bin/env python3
"""Write the labelled supplier-verification cases (issue 15): corpus/supplier/<NN-name>/.

usage: python3 corpus/supplier_cases.py [--out corpus/supplier]

One order folder per supplier rule and two clean ones: a spec, a quotation and a PI (PDF), and
where the rule needs them a business licence (PDF) and e-mails (.eml). Only the supplier's
identity differs between cases; the commercial terms agree everywhere, so that the answer key
(expected.json, contract section 5) lists the one finding the case is about. Severities in the
keys follow the policy documented in docs/rules.md (issue 15), not the audit's output.
Deterministic: same bytes on every run (reportlab invariant PDFs, fixed dates).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT / "samples"))

from docgen import Pdf, write_text  # noqa: E402

USCC_OK = "91330206MA2CLB0T2Y"  # check character computed with python-stdnum cn.uscc
USCC_OTHER = "91330200MA2H4ABC1Y"
USCC_BAD = "91330206MA2CLB0T2K"  # one character off: fails the check


# The labelled case of each supplier rule (tests/e2e/test_e2e_rule_cases.py: every rule fires in
# its case; the rules of corpus/make_corpus.py have theirs in RULE_CASES there).
RULE_CASES = {
    "supplier.entity_changed": "03-entity-changed-on-pi",
    "supplier.uscc_invalid": "05-uscc-fails-check",
    "supplier.uscc_differs": "06-uscc-differs-from-licence",
    "supplier.trading_company": "07-trading-company-vetted-as-manufacturer",
    "supplier.email_domain": "08-free-mail-after-company-mail",
    "supplier.phone_changed": "10-phone-changed-on-pi",
}


@dataclass(frozen=True)
class Identity:
    """What one document prints about the supplier."""

    name_en: str = "Ningbo Brightway Housewares Co., Ltd."
    name_zh: str = "宁波明途家居用品有限公司"
    address: str = "No. 88 Jiangnan Road, Beilun District, Ningbo, Zhejiang, China"
    phone: str = "+86 574 8688 1234"
    email: str = "lily@brightway-housewares.example"
    uscc: str | None = None
    beneficiary: str = "NINGBO BRIGHTWAY HOUSEWARES CO., LTD."


@dataclass
class Case:
    name: str
    description: str
    verdict: str
    expected: list[dict[str, str]] = field(default_factory=list)
    quote: Identity = Identity()
    pi: Identity = Identity()
    supplier_toml: str = ""
    licence: dict[str, str] | None = None
    mails: list[tuple[str, str, str]] = field(default_factory=list)  # (from, date, body)


VETTED = """[supplier]
name = "Ningbo Brightway Housewares Co., Ltd."
name_zh = "宁波明途家居用品有限公司"
aliases = ["Lily Chen", "Lily"]
country = "CN"
phone = "+86 574 8688 1234"
uscc = "91330206MA2CLB0T2Y"
supplier_type = "manufacturer"
domains = ["brightway-housewares.example"]
"""

BUYER = """order_id = "{order}"

[buyer]
name = "Emma Clarke"
company = "Harbor & Pine Home Ltd"
emails = ["emma.clarke@harborpine.example"]

"""

LICENCE = {
    "名称": "宁波明途家居用品有限公司",
    "统一社会信用代码": USCC_OK,
    "类型": "有限责任公司（自然人投资或控股）",
    "法定代表人": "陈立",
    "注册资本": "伍佰万元整",
    "成立日期": "2016年03月08日",
    "住所": "浙江省宁波市北仑区江南路88号",
    "经营范围": "不锈钢制品、家居用品的制造、加工；自营和代理各类货物和技术的进出口。",
}


def letterhead(pdf: Pdf, who: Identity, title: str) -> None:
    pdf.para(who.name_en.upper(), size=13, bold=True)
    pdf.para(who.name_zh, size=11)
    pdf.para(f"Add: {who.address}")
    pdf.para(f"Tel: {who.phone}    E-mail: {who.email}")
    if who.uscc:
        pdf.para(f"统一社会信用代码 USCC: {who.uscc}")
    pdf.space(4).rule()
    pdf.para(title, size=14, bold=True, center=True)


def write_spec(folder: Path) -> None:
    write_text(
        folder / "spec" / "spec.md",
        "# Product specification: vacuum bottle TB-500\n\n"
        "Buyer: Harbor & Pine Home Ltd\n\n"
        "| Attribute | Requirement |\n|---|---|\n"
        "| Item No. | TB-500 |\n| Material | SS304 stainless steel |\n"
        "| Capacity | 500 ml |\n| Quantity | 3,000 pcs |\n",
    )


def commercial(pdf: Pdf) -> None:
    pdf.space(4)
    pdf.table(
        [
            ["Item No.", "Description", "Qty", "Unit Price", "Amount"],
            ["TB-500", "Vacuum bottle 500ml, SS304", "3,000 pcs", "US$3.85", "US$11,550.00"],
        ]
    )
    pdf.space(4)
    pdf.para("Price term: FOB Ningbo")
    pdf.para("Payment: T/T 30% deposit, 70% balance before shipment")
    pdf.para("Lead time: 35 days after deposit")


def write_quote(folder: Path, who: Identity) -> None:
    pdf = Pdf(folder / "quotes" / "Q-2601.pdf", title="Quotation Q-2601")
    letterhead(pdf, who, "QUOTATION")
    pdf.para("Quotation No.: Q-2601    Date: 2026-01-10")
    pdf.para("To: Harbor & Pine Home Ltd")
    commercial(pdf)
    pdf.para(f"Seller: {who.name_en}")
    pdf.save()


def write_pi(folder: Path, who: Identity) -> None:
    pdf = Pdf(folder / "pi" / "PI-2601.pdf", title="Proforma invoice PI-2601")
    letterhead(pdf, who, "PROFORMA INVOICE")
    pdf.para("PI No.: PI-2601    Date: 2026-01-20")
    pdf.para("To: Harbor & Pine Home Ltd")
    commercial(pdf)
    pdf.space(4)
    pdf.para("BENEFICIARY BANK DETAILS")
    pdf.para(f"Beneficiary: {who.beneficiary}")
    pdf.para("Bank name: BANK OF CHINA NINGBO BRANCH")
    pdf.para("SWIFT: BKCHCNBJ92A")
    pdf.para("Account No.: 3581 7654 3210")
    pdf.para(f"卖方 Seller: {who.name_zh}（盖章）")
    pdf.save()


def write_licence(folder: Path, fields: dict[str, str]) -> None:
    pdf = Pdf(folder / "licence" / "business-licence.pdf", title="营业执照")
    pdf.para("营业执照", size=16, bold=True, center=True)
    pdf.para("（副本）", center=True)
    for label, value in fields.items():
        pdf.para(f"{label}  {value}")
    pdf.save()


def write_mail(folder: Path, n: int, sender: str, date: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Emma Clarke <emma.clarke@harborpine.example>"
    msg["Date"] = date
    msg["Subject"] = "Re: TB-500 order PI-2601"
    msg["Message-ID"] = f"<case-{n}@mail.example>"
    msg.set_content(body)
    path = folder / "chat" / f"mail-{n}.eml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(msg))


COMPANY_MAIL = (
    "Lily Chen <lily@brightway-housewares.example>",
    "Mon, 12 Jan 2026 10:00:00 +0800",
    "Dear Emma,\nthank you for the order, the PI follows next week.\nBest regards\nLily",
)


def cases() -> list[Case]:
    base = Identity()
    return [
        Case(
            "01-clean-bilingual-transliteration",
            "PI in the pinyin name (Ningbo Mingtu ...) of the vetted 宁波明途家居用品有限公司, the "
            "quote in its English brand name; licence, code and phone agree: nothing to flag",
            "RELEASE",
            pi=replace(
                base,
                name_en="Ningbo Mingtu Housewares Co., Ltd.",
                beneficiary="NINGBO MINGTU HOUSEWARES COMPANY LIMITED",
                uscc=USCC_OK,
                phone="0574-86881234",
            ),
            supplier_toml=VETTED,
            licence=LICENCE,
            mails=[COMPANY_MAIL],
        ),
        Case(
            "02-clean-free-mail-from-the-start",
            "the supplier writes from QQ mail from the first message on and nothing else differs",
            "RELEASE",
            mails=[
                ("Lily Chen <lily_bw@qq.com>", COMPANY_MAIL[1], COMPANY_MAIL[2]),
                ("Lily Chen <lily_bw@qq.com>", "Tue, 20 Jan 2026 09:00:00 +0800", "PI attached."),
            ],
        ),
        Case(
            "03-entity-changed-on-pi",
            "the PI comes from a trading company of the same brand, not the company of the quote",
            "HOLD",
            [
                {
                    "field": "x.supplier.entity",
                    "status": "undocumented_change",
                    "min_severity": "high",
                }
            ],
            pi=replace(
                base, name_en="Ningbo Brightway Trading Co., Ltd.", name_zh="宁波明途贸易有限公司"
            ),
        ),
        Case(
            "04-beneficiary-not-supplier",
            "the PI asks the money to an import-export company that is not the supplier",
            "HOLD",
            [
                {
                    "field": "bank.beneficiary",
                    "status": "undocumented_change",
                    "min_severity": "critical",
                }
            ],
            pi=replace(base, beneficiary="YIWU JINSHENG IMPORT & EXPORT CO., LTD."),
            supplier_toml=VETTED,
        ),
        Case(
            "05-uscc-fails-check",
            "the PI prints a Unified Social Credit Code whose check character is wrong",
            "RELEASE",
            [{"field": "x.supplier.uscc", "status": "undocumented_change", "min_severity": "low"}],
            pi=replace(base, uscc=USCC_BAD),
        ),
        Case(
            "06-uscc-differs-from-licence",
            "the licence and the PI give two different (valid) codes",
            "HOLD",
            [{"field": "x.supplier.uscc", "status": "conflict", "min_severity": "high"}],
            pi=replace(base, uscc=USCC_OTHER),
            licence=LICENCE,
        ),
        Case(
            "07-trading-company-vetted-as-manufacturer",
            "order.toml vetted a manufacturer; the licence's scope is wholesale and import-export only",
            "REVIEW",
            [
                {
                    "field": "x.supplier.type",
                    "status": "undocumented_change",
                    "min_severity": "medium",
                }
            ],
            supplier_toml=VETTED,
            licence={
                **LICENCE,
                "经营范围": "日用百货、不锈钢制品的批发、零售；自营和代理各类货物的进出口。",
            },
        ),
        Case(
            "08-free-mail-after-company-mail",
            "Lily wrote from the company domain, then from a Gmail address",
            "HOLD",
            [
                {
                    "field": "x.supplier.email",
                    "status": "undocumented_change",
                    "min_severity": "high",
                }
            ],
            mails=[
                COMPANY_MAIL,
                (
                    "Lily Chen <lilychen.brightway@gmail.com>",
                    "Wed, 21 Jan 2026 18:30:00 +0800",
                    "Dear Emma,\nour company mail server is down, please write to this address.\nLily",
                ),
            ],
        ),
        Case(
            "09-look-alike-domain",
            "after mail from brightway-housewares.example, mail from brightvvay-housewares.example",
            "HOLD",
            [
                {
                    "field": "x.supplier.email",
                    "status": "undocumented_change",
                    "min_severity": "high",
                }
            ],
            mails=[
                COMPANY_MAIL,
                (
                    "Lily Chen <lily@brightvvay-housewares.example>",
                    "Wed, 21 Jan 2026 18:30:00 +0800",
                    "Dear Emma,\nplease find the PI attached and confirm.\nLily",
                ),
            ],
        ),
        Case(
            "10-phone-changed-on-pi",
            "the PI prints a mobile number that is not the number on file",
            "REVIEW",
            [
                {
                    "field": "x.supplier.phone",
                    "status": "undocumented_change",
                    "min_severity": "medium",
                }
            ],
            pi=replace(base, phone="+86 138 0574 9911"),
            supplier_toml=VETTED,
        ),
    ]


def write_case(out: Path, case: Case) -> None:
    folder = out / case.name
    order = BUYER.format(order=f"SV-{case.name[:2]}") + case.supplier_toml
    write_text(folder / "order.toml", order)
    write_spec(folder)
    write_quote(folder, case.quote)
    write_pi(folder, case.pi)
    if case.licence:
        write_licence(folder, case.licence)
    for n, (sender, date, body) in enumerate(case.mails, 1):
        write_mail(folder, n, sender, date, body)
    key = {
        "description": case.description,
        "tags": ["supplier", case.name[3:]],
        "verdict": case.verdict,
        "expected": case.expected,
    }
    write_text(folder / "expected.json", json.dumps(key, indent=2, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "supplier")
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    for case in cases():
        write_case(args.out, case)
    print(f"wrote {len(cases())} cases to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

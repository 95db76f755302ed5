"""A document's own metadata: its date and version, a change document's approval block, and
document-level facts (inspection result, bank call-back note), read from its blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from pipeline.extract import normalize as n
from pipeline.extract.bank_details import Line, document_lines
from pipeline.model import (
    Approval,
    Block,
    Document,
    Evidence,
)

_ENCODED = re.compile(r"^\s*[A-Za-z0-9+/=_-]{60,}\s*$")


def block_lines(block: Block) -> Iterator[str]:
    """The lines of a block, without empty lines and long base64-like runs, each cut at 2,000
    characters."""
    for line in block.text.splitlines():
        if line.strip() and not _ENCODED.match(line):
            yield line[:2000]


# ---------------------------------------------------------------- date, version, approval, facts


_DATE_LABEL = re.compile(
    r"(?:^|\b)(?:pi\s+|invoice\s+|issue\s+|quotation\s+|quote\s+|order\s+|change\s+|document\s+)?(?:date|dated)\b\s*(?:of\s+\w+\s*)?[:：]?|日期|开票日期|报价日期",
    re.I,
)
_VERSION = re.compile(
    r"(?:^|[^A-Za-z0-9])(?:(?:rev(?:ision)?\.?\s*|r)(?P<r>\d{1,2})|(?:v(?:er(?:sion)?)?\.?\s*)(?P<v>\d{1,2}(?:\.\d)?))(?![A-Za-z0-9])",
    re.I,
)


def document_date(document: Document) -> str | None:
    """The document's own date: the first 'Date: ...' line, else the first date near the top."""
    if document.format in ("whatsapp", "wechat", "telegram") or document.role == "chat":
        return None
    first: str | None = None
    for i, block in enumerate(document.blocks[:80]):
        if re.search(r"approv|confirm|sign|批准|确认", block.text, re.I):
            continue
        found = n.find_date(block.text)
        if not found:
            continue
        label = _DATE_LABEL.search(block.text)
        if label and label.start() <= found[1]:
            return found[0]
        if first is None and i < 25:
            first = found[0]
    return first or (document.meta.get("date") if document.meta else None)


def document_version(document: Document) -> str | None:
    """'R1', 'V2' from the file name or the title: 'PI-2291-R1.pdf', 'Quotation Rev.2', 'quote_v2.xlsx'."""
    candidates = [
        PurePosixPath(document.path).stem,
        document.meta.get("title", "") if document.meta else "",
    ]
    candidates += [b.text for b in document.blocks[:5] if b.kind != "message"]
    for text in candidates:
        m = _VERSION.search(text)
        if m:
            return f"R{int(m['r'])}" if m["r"] else f"V{m['v']}"
    return None


_APPROVED_BY = re.compile(
    r"(?P<verb>approved|confirmed|accepted|authori[sz]ed|signed)\s*(?:and\s+signed\s*)?by\s*[:：]?\s*(?P<by>[^\n|,;]*)"
    r"|(?:批准人|审批人|确认人|客户确认|买方确认|审批)\s*[:：]\s*(?P<by_zh>[^\n|,;，；]*)",
    re.I,
)
# Other ways a change document names its buyer signer: "Buyer confirmation: Anna Keller signed",
# "Signature: /s/ Claire Dubois", "Claire Dubois, Acheteuse – signed 2026-01-29".
_SIGNED_BY = (
    re.compile(
        r"buyer\s*(?:'s)?\s*(?:confirmation|approval|signature|sign[\s-]?off)\s*[:：]\s*(?P<by>[^\n|;]*)",
        re.I,
    ),
    re.compile(
        r"signature\s*(?:[(（]\s*(?:buyer|customer|买方)\s*[)）])?\s*[:：]\s*/s/\s*(?P<by>[^\n|,;]*)",
        re.I,
    ),
    # "Approved — Buyer: Jordan Pike, Sourcing Director ... Signature: J. Pike", "Approved
    # (buyer): Sanne de Vries, Inkoop – signed 10-03-2026"
    re.compile(
        r"\b(?:approved|confirmed|accepted|signed)\s*(?:[—–:-]+\s*|[(（]\s*)(?:by\s+)?(?:the\s+)?buyer"
        r"\s*[)）]?\s*[:：]\s*(?P<by>[^\n|,;]*)",
        re.I,
    ),
    # "Approved for Glenbrook Home Ltd: Aoife Byrne (signed) – 4 Mar 2026": signed for a company
    re.compile(r"\bapproved\s+for\s+[^:：\n|]{2,60}[:：]\s*(?P<by>[^\n|,;(（]*)", re.I),
    re.compile(
        r"^\s*(?P<by>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s*,[^|\n]{0,40}?[–—-]\s*signed\b"
    ),
)
_APPROVAL_STATUS = re.compile(
    r"(?:approval|status|buyer\s+approval|decision|审批结果|状态)\s*[:：]\s*(?P<s>[^\n|]+)", re.I
)
_NEGATIVE = re.compile(
    r"not\s+approved|rejected|declined|pending|awaiting|to\s+be\s+approved|unapproved|"
    r"not\s+(?:yet\s+)?signed|unsigned|未批准|驳回|待审批|不同意|未签",
    re.I,
)
_BLANK = re.compile(r"^[\s_.\-/]*$")


# A signature block laid out in columns: "Approved by buyer | Acknowledged by supplier" over a row
# holding each side's name, title, signature and date.
_BUYER_COLUMN = re.compile(
    r"approved\s+by|buyer\s*(?:'s)?\s*approval|for\s+the\s+buyer|buyer\s+signature|"
    # "Buyer — approved", "Buyer: approved" over the buyer's column
    r"^\s*buyer\s*[-–—:：/(（]?\s*approved\b|"
    r"客户确认|买方确认|买方签字|批准",
    re.I,
)
_SUPPLIER_SIDE = re.compile(
    r"acknowledg|for\s+the\s+(?:supplier|seller|vendor)|supplier|seller|vendor|factory|卖方|供方|工厂|供应商",
    re.I,
)


def _column_approval(document: Document) -> Approval | None:
    """The buyer's column of a signature table: the heading cell, and the signer in the cell below."""
    cells = {
        (b.page, b.sheet, b.table, b.row, b.col): b for b in document.blocks if b.kind == "cell"
    }
    for (page, sheet, table, row, col), block in cells.items():
        head = block.text.strip()
        if len(head) > 60 or not _BUYER_COLUMN.search(head) or _SUPPLIER_SIDE.search(head):
            continue
        # the signer sits beside the heading ("Approved by (buyer) | Hannah Leclerc ...") or
        # under it (a column per side)
        right = cells.get((page, sheet, table, row, (col or 0) + 1))
        down = cells.get((page, sheet, table, (row or 0) + 1, col))
        below = next(
            (
                c
                for c in (right, down)
                if c is not None
                and c.text.strip()
                and not _SUPPLIER_SIDE.search(c.text[:30])
                and not _BUYER_COLUMN.search(c.text[:30])
            ),
            None,
        )
        if below is None:
            continue
        text = below.text.strip()
        name = re.split(
            r"[,，\n]|\s{2,}|\s+(?:signature|date|title)\b", text, maxsplit=1, flags=re.I
        )[0]
        name = re.sub(r"^(?:name|姓名)\s*[:：]?\s*", "", name, flags=re.I).strip(" :：")
        if _BLANK.match(name) or _NEGATIVE.search(text):
            return Approval(
                approved=False, evidence=Evidence.of(document, below, f"{head}: {text}")
            )
        date = n.find_date(text)
        return Approval(
            approved=True,
            by=name[:80],
            date=date[0] if date else None,
            evidence=Evidence.of(document, below, f"{head}: {text}"),
        )
    return None


_BUYER_ROW = re.compile(r"^\s*(?:buyer|customer|purchaser|买方|客户|采购方)\s*[:：]?\s*$", re.I)
_SIGNATURE_HEAD = re.compile(r"signature|signed|签字|签名|签章", re.I)


def _row_approval(document: Document) -> Approval | None:
    """A signature table with a row per side: 'Buyer | Sanne de Vries | S. de Vries | 26-01-2026'
    under 'Name | Signature | Date'. A signed buyer row is the buyer's approval."""
    cells = {
        (b.page, b.sheet, b.table, b.row, b.col): b for b in document.blocks if b.kind == "cell"
    }
    for (page, sheet, table, row, col), block in cells.items():
        if not _BUYER_ROW.match(block.text):
            continue
        heads = {
            c: b.text.strip()
            for (p, s, t, r, c), b in cells.items()
            if (p, s, t) == (page, sheet, table) and r is not None and row is not None and r < row
        }
        sign_cols = [c for c, text in heads.items() if _SIGNATURE_HEAD.search(text)]
        rest = {
            c: b.text.strip()
            for (p, s, t, r, c), b in cells.items()
            if (p, s, t, r) == (page, sheet, table, row) and c != col and b.text.strip()
        }
        text = " | ".join(rest[c] for c in sorted(rest, key=lambda c: c or 0))
        # signed in a Signature column, or the row says so ("Megan Torres, ... - signed 01/27/2026")
        signed_words = re.search(r"\bsigned\b|已签|签字", text, re.I)
        if not sign_cols and not signed_words:
            continue
        signed = bool(signed_words) or any(
            rest.get(c) and not _BLANK.match(rest[c]) for c in sign_cols
        )
        name_col = next((c for c, h in heads.items() if re.search(r"name|姓名", h, re.I)), None)
        name = rest.get(name_col, "") if name_col is not None else next(iter(rest.values()), "")
        name = re.split(r"[,，]", name, maxsplit=1)[0].strip()
        evidence = Evidence.of(document, block, f"{block.text.strip()}: {text}")
        if not signed or _NEGATIVE.search(text):
            return Approval(approved=False, evidence=evidence)
        date = n.find_date(text)
        return Approval(
            approved=True, by=name[:80] or None, date=date[0] if date else None, evidence=evidence
        )
    return None


def change_approval(document: Document) -> Approval:
    """Whether a change document's own approval block says the buyer approved it, who and when."""
    column = _column_approval(document)
    if column is not None and column.approved:
        return column
    row = _row_approval(document)
    if row is not None and row.approved:
        return row
    lines: list[tuple[Block, str]] = []
    rows: dict[tuple[Any, ...], list[Block]] = {}
    for block in document.blocks:
        if block.kind == "cell":
            rows.setdefault((block.page, block.sheet, block.table, block.row), []).append(block)
        else:
            lines.extend((block, line) for line in block_lines(block))
    for cells in rows.values():
        ordered = sorted(cells, key=lambda b: b.col or 0)
        lines.append(
            (
                ordered[0],
                " ".join(
                    b.text.strip()
                    + (":" if i % 2 == 0 and not b.text.strip().endswith((":", "：")) else "")
                    for i, b in enumerate(ordered)
                ),
            )
        )
    result: Approval | None = column
    for i, (block, line) in enumerate(lines):
        if _SUPPLIER_SIDE.search(line[:40]) and not _BUYER_COLUMN.search(line[:40]):
            continue  # "Acknowledged: Amy Lin (supplier)": the supplier's receipt, not an approval
        m = _APPROVED_BY.search(line) or next(
            (found for regex in _SIGNED_BY if (found := regex.search(line))), None
        )
        status = _APPROVAL_STATUS.search(line)
        if m:
            groups = m.groupdict()
            by_text = (groups["by"] if groups["by"] is not None else groups.get("by_zh")) or ""
            by_text = re.split(
                r"\s+(?:on|date|dated|signed)\b|\s{2,}|日期|\t|[(（]|\s[–—-]\s",
                by_text,
                maxsplit=1,
                flags=re.I,
            )[0].strip(" :：,")
            negative = bool(_NEGATIVE.search(line))
            by = None if _BLANK.match(by_text) else by_text
            date = n.find_date(line[m.end() :] if m.end() < len(line) else "") or n.find_date(line)
            if date is None:
                for _, nxt in lines[i + 1 : i + 3]:
                    if re.search(r"date|日期", nxt, re.I):
                        date = n.find_date(nxt)
                        if date:
                            break
            approved = by is not None and not negative
            result = Approval(
                approved=approved,
                by=by,
                date=date[0] if date else None,
                evidence=Evidence.of(document, block, line),
            )
            if approved:
                return result
        elif status and result is None:
            s = status["s"]
            if _NEGATIVE.search(s):
                result = Approval(approved=False, evidence=Evidence.of(document, block, line))
            elif re.search(r"\bapproved\b|\byes\b|已批准|同意|批准", s, re.I):
                date = n.find_date(line)
                result = Approval(
                    approved=True,
                    date=date[0] if date else None,
                    evidence=Evidence.of(document, block, line),
                )
    return result or Approval(approved=False)


_CALLBACK = re.compile(
    r"call[\s-]?back|called|phoned|by\s+phone|by\s+telephone|phone\s+call|电话(?:核实|确认|回拨)|回电",
    re.I,
)
_BANK_WORD = re.compile(r"bank|account|beneficiary|swift|账户|账号|银行|收款", re.I)
_VERIFIED = re.compile(r"verif|confirm|validated|checked|核实|确认|无误", re.I)
_NOT = re.compile(r"\bnot\b|n't|unable|could\s+not|no\s+answer|failed|未|没有|无法", re.I)
_RESULT_LINE = re.compile(r"result|conclusion|verdict|overall|decision|结论|结果|判定", re.I)


_OVERALL = re.compile(r"overall|conclusion|final|inspection\s+result|verdict|结论|判定", re.I)
_ONLY_RESULT = re.compile(
    r"^\s*(?:passed|pass|failed|fail|pending|accepted|rejected|合格|不合格|通过|不通过)\s*[.!]?\s*$",
    re.I,
)


def _inspection_result(document: Document, lines: list[Line]) -> tuple[str, Block, str] | None:
    """The report's overall result: 'Overall result: FAILED', 'Inspection result | PASS', or the
    result word printed on its own line above or below its label ('PASSED' / 'Overall result:')."""
    labelled = [(i, line) for i, line in enumerate(lines) if _RESULT_LINE.search(line.text)]
    labelled.sort(key=lambda pair: _OVERALL.search(pair[1].text) is None)  # overall ones first
    for i, line in labelled:
        label = _RESULT_LINE.search(line.text)
        assert label is not None  # noqa: S101 - filtered above
        result = n.parse_result(line.text[label.end() :])
        if result:
            return result, line.block_at(label.end()), line.text
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _ONLY_RESULT.match(lines[j].text):
                found = n.parse_result(lines[j].text)
                if found:
                    return found, lines[j].block_at(0), f"{line.text} {lines[j].text}"
    return None


def document_facts(document: Document) -> dict[str, Any]:
    """Document-level facts: the inspection result of a report; a bank call-back note (with its
    sender, so that compare can tell the buyer's own record from a supplier's claim)."""
    facts: dict[str, Any] = {}
    lines = document_lines(document)
    if document.role == "inspection":
        found = _inspection_result(document, lines)
        if found:
            facts["inspection_result"] = found[0]
            facts["inspection_result_evidence"] = Evidence.of(
                document, found[1], found[2]
            ).to_json()
    for line in lines:
        text = line.text
        if (
            "bank_callback" not in facts
            and _CALLBACK.search(text)
            and _BANK_WORD.search(text)
            and _VERIFIED.search(text)
            and not _NOT.search(text)
        ):
            block = line.block_at(0)
            facts["bank_callback"] = {
                "verified": True,
                "evidence": Evidence.of(document, block, text).to_json(),
                "sender": block.sender,
            }
    return facts

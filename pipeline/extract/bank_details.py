"""Bank details read as a block: beneficiary, bank, account, SWIFT/BIC and intermediary bank.

A bank block is written in every layout: key/value lines ("SWIFT: BKCHCNBJ92A"), several keys
on one line ("IBAN : FR20 ... - BIC : FIDCFR21XXX - Bank: Banque Fiducial"), two-column tables
("Beneficiary | LINYI ..."), a label above its value ("BENEFICIARY BANK:" / "Bank of China ..."),
prose in an e-mail ("please remit to Bank of Ningbo, account number 8601 ..., SWIFT code ...")
and the same in Chinese (收款人 / 开户行 / 账号). So the document is read line by line (a table
row is one line, a chat message a run of lines of its own), the labels of
models/lexicon/bank_labels.tsv split each line into label/value pairs, and a small state carries
a label whose value is on the next line and tells an intermediary bank's SWIFT from the
beneficiary bank's. A SWIFT/BIC is also recognised by its structure inside a bank block.

Longer than 500 lines because the block is read by one small state machine (the label waiting
for its value, the intermediary bank, the line that ends the block) whose steps only make sense
together; the identifiers' own checks (IBAN, SWIFT, account) are in bank_identifiers.py.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from stdnum import bic as stdnum_bic

from pipeline.errors import RuleFileError
from pipeline.extract.bank_identifiers import (
    check_swift,
    clean_bank_text,
    countries,
    normalise_account,
    normalise_bank_name,
    normalise_company,
)
from pipeline.extract.lexicon import lexicon_path, read_tsv
from pipeline.extract.memo import ThreadMemo
from pipeline.model import Block, Document, Evidence, Term

BANK_FIELDS = ("bank.beneficiary", "bank.name", "bank.account", "bank.swift", "bank.intermediary")
_TARGET_FIELD = {
    "beneficiary": "bank.beneficiary",
    "bank": "bank.name",
    "account": "bank.account",
    "swift": "bank.swift",
    "intermediary": "bank.intermediary",
}
_TARGETS = (*_TARGET_FIELD, "skip", "heading")
# How many lines a bank block stays open after its last label (a bank address runs on).
_WINDOW = 4
_SEPARATORS = " \t|;·•:：=,，-–—/"
# A line that closes a bank block: totals, terms, signatures, the next heading of a document.
_BLOCK_END = re.compile(
    r"^\s*(?:total|say\s+(?:us\s+)?dollars|terms|payment\s*(?:terms?)?\s*[:：]|packing|shipment|"
    r"delivery|remarks?|note|signature|authori[sz]ed|seller|buyer|for\s+and\s+on\s+behalf|"
    r"合计|总计|备注|签字|盖章)\b",
    re.I,
)
# Values that are a sentence about the details, not a detail: "the beneficiary name is unchanged".
_NOT_A_VALUE = re.compile(
    r"^\s*(?:is|are|was|were|remains?|stays?|unchanged|the\s+same|same|as\s+(?:before|per|above)|"
    r"not|will|has|have|changed?|details?|information|info|below|above|charges?|fees?|our|"
    r"still)\b"
    # "收款人还是我们公司" (the beneficiary is still our company): Chinese words need no boundary
    r"|^\s*(?:不变|相同|如下|同上|还是|仍是|仍然|依然|我们|我司|本公司|贵司|见下)",
    re.I,
)
_SWIFT_SHAPE = re.compile(r"(?<![A-Z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Z0-9])")
_ACCOUNT_VALUE = re.compile(
    r"(?:no\.?|number|#)?\s*[:：]?\s*(?P<v>[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,32}|\d[\d \-]{4,44}\d)",
    re.I,
)
# A bank's own name in prose or an unlabelled line: "Bank of Ningbo", "DBS Bank (Hong Kong)
# Limited", "China Merchants Bank Shenzhen Branch", "中国银行余姚支行", or a known short name.
_BANK_NAME_EN = re.compile(
    r"(?:(?:[A-Z][A-Za-z&.'\-]*\s+){0,5}(?:Bank|Banque|Banco|Bancorp|Sparkasse)\b"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][A-Za-z&.'\-]*\s*){1,4})?"
    r"(?:\s*\([A-Za-z .]+\))?(?:\s+(?:Co\.?,?\s*)?(?:Ltd\.?|Limited|Corporation|N\.A\.|PLC|AG|SA)\b)?"
    r"(?:,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Sub-?\s?)?Branch\b)?)"
)
_BANK_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{2,20}银行[\u4e00-\u9fff]{0,12}?(?:分行|支行|营业部)?")


@dataclass(frozen=True)
class BankLabel:
    phrase: str
    target: str
    strong: bool


@dataclass(frozen=True)
class Line:
    """One line of text with the blocks its characters come from (a table row joins its cells)."""

    text: str
    pieces: tuple[tuple[int, Block], ...]  # (offset of the block's text in `text`, block)
    scope: int  # lines of one chat message share a scope; a document's other lines scope 0

    def block_at(self, pos: int) -> Block:
        chosen = self.pieces[0][1]
        for start, block in self.pieces:
            if start <= pos:
                chosen = block
        return chosen


@dataclass
class _Pair:
    target: str
    value: str
    label: str
    start: int  # where the value starts in the line


@dataclass
class _Found:
    field: str
    value: Any
    raw: str
    line: Line
    pos: int
    rule: str
    problems: tuple[str, ...] = ()


@dataclass
class _State:
    open_lines: int = 0
    pending: tuple[str, str] | None = None  # (target, label) waiting for its value
    section: str = "beneficiary"  # or "intermediary": whose SWIFT/bank a label gives
    intermediary: dict[str, Any] = field(default_factory=dict)


@cache
def bank_labels() -> tuple[dict[str, BankLabel], re.Pattern[str]]:
    """The labels of models/lexicon/bank_labels.tsv and one pattern finding them, longest first."""
    path = lexicon_path("bank_labels.tsv")
    labels: dict[str, BankLabel] = {}
    for row in read_tsv(path, ("phrase", "target", "strength")):
        target, strength = row["target"], row["strength"]
        if target not in _TARGETS or strength not in ("strong", "weak"):
            raise RuleFileError(
                path, row["phrase"], f"bad target {target!r} or strength {strength!r}"
            )
        labels[_key(row["phrase"])] = BankLabel(row["phrase"], target, strength == "strong")
    parts = []
    for phrase in sorted(labels, key=len, reverse=True):
        body = r"\s*".join(re.escape(w) for w in phrase.split())
        head = r"(?<![A-Za-z0-9])" if phrase[0].isascii() and phrase[0].isalnum() else ""
        tail = r"(?![A-Za-z0-9])" if phrase[-1].isascii() and phrase[-1].isalnum() else ""
        parts.append(head + body + tail)
    # "USD A/C No.:", "EUR Account Number": the account's currency may open any label
    currency = r"(?:(?<![A-Za-z0-9])(?:USD|EUR|GBP|HKD|RMB|CNY|US\$)\s*)?"
    return labels, re.compile(currency + "(?:" + "|".join(parts) + ")", re.I)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@cache
def _ascii_heads() -> re.Pattern[str] | None:
    """The first word of every label, lower case, as one alternation of literals: an ASCII line
    holding none of them holds no label, and the big pattern need not run (it tries every label
    at every position: 35 ms an order). One search of the literals costs a tenth of asking
    `head in line` for each of the ~70 heads. None when a head's non-ASCII letter could match an
    ASCII one under re.IGNORECASE (the Kelvin sign, the long s): the pre-test would not be exact."""
    heads = sorted({phrase.split()[0] for phrase in bank_labels()[0]})
    others = {char for head in heads for char in head if not char.isascii()}
    if others and re.search(f"[{re.escape(''.join(sorted(others)))}]", string.ascii_letters, re.I):
        return None
    return re.compile("|".join(re.escape(head) for head in heads))


# ---------------------------------------------------------------- lines


def document_lines(document: Document) -> list[Line]:
    """The document as lines: text lines, table rows (cells joined by ' | '), message lines.

    Four readers of one document ask for its lines (bank details, supplier identity, business
    licence, document facts): the lines of the last document asked for are kept."""
    kept = _LINES.get(id(document))
    if kept is None or kept[0] is not document:
        kept = _LINES.put(id(document), (document, _document_lines(document)))
    return list(kept[1])


# The lines of the document being extracted (the Document held, so its id stays its own).
_LINES: ThreadMemo[int, tuple[Document, list[Line]]] = ThreadMemo(1)


def _document_lines(document: Document) -> list[Line]:
    lines: list[Line] = []
    row_key: tuple[Any, ...] | None = None
    row: list[Block] = []

    def flush() -> None:
        if row:
            text, pieces, pos = "", [], 0
            for cell in row:
                value = clean_bank_text(cell.text).replace("\n", " ").strip()
                if not value:
                    continue
                if text:
                    text += " | "
                    pos = len(text)
                pieces.append((pos, cell))
                text += value
            if pieces:
                lines.append(Line(text, tuple(pieces), 0))
            row.clear()

    for block in document.blocks:
        if block.source in ("tracked-delete", "quoted-reply") or block.system:
            continue
        if block.kind == "cell":
            key = (block.page, block.sheet, block.table, block.row)
            if key != row_key:
                flush()
                row_key = key
            row.append(block)
            continue
        flush()
        row_key = None
        scope = id(block) if block.kind == "message" else 0
        texts = [t for t in clean_bank_text(block.text).splitlines() if t.strip()]
        if block.kind == "message":
            texts = _unwrap(texts)
        for text in texts:
            lines.append(Line(text[:1000], ((0, block),), scope))
    flush()
    return lines


def _unwrap(texts: list[str]) -> list[str]:
    """A mail body wrapped at 72 characters: "...at Bank of Ningbo, account" / "number 8601 ..."
    is one sentence again (a line that ends mid-sentence and a next one in lower case or digits)."""
    out: list[str] = []
    for text in texts:
        if out and not re.search(r"[.:;!?。：；]\s*$", out[-1]) and re.match(r"\s*[a-z0-9(]", text):
            out[-1] = f"{out[-1].rstrip()} {text.strip()}"
        else:
            out.append(text)
    return out


# ---------------------------------------------------------------- label/value pairs


def _pairs(text: str, in_block: bool) -> tuple[str, list[_Pair]]:
    """The text before the first label, and every label of the line with its value."""
    labels, pattern = bank_labels()
    heads = _ascii_heads()
    if heads is not None and text.isascii() and not heads.search(text.lower()):
        return text, []
    accepted: list[tuple[re.Match[str], BankLabel]] = []
    for m in pattern.finditer(text):
        label = labels.get(_key(m.group())) or labels.get(
            _key(re.sub(r"^(?:USD|EUR|GBP|HKD|RMB|CNY|US\$)\s*", "", m.group(), flags=re.I))
        )
        if label is None:
            continue
        after = text[m.end() :]
        # a colon, or the cell boundary of a two-column table ("Beneficiary | Zhejiang ...")
        colon = re.match(r"\s*\.?\s*[:：=|]", after) is not None
        before = text[: m.start()]
        at_start = not before.strip(_SEPARATORS + "*0123456789.)") or before.rstrip().endswith(
            tuple("|;·•,，-–—/:：")
        )
        next_word = re.match(r"\s*([A-Za-z']+)", after)
        if next_word and next_word.group(1).lower() in ("of", "'s", "s") and not colon:
            continue  # "Bank of China": a name, not a label
        # "受益人 Beneficiary", "开户行 Bank": the second label of a bilingual pair
        paired = bool(accepted) and not text[accepted[-1][0].end() : m.start()].strip(_SEPARATORS)
        if not label.strong and not (colon or paired or ((in_block or accepted) and at_start)):
            continue
        accepted.append((m, label))
    if not accepted:
        return text, []
    pairs = []
    for i, (m, label) in enumerate(accepted):
        end = accepted[i + 1][0].start() if i + 1 < len(accepted) else len(text)
        raw = text[m.end() : end]
        stripped = raw.lstrip(_SEPARATORS + ".")
        start = m.end() + (len(raw) - len(stripped))
        value = stripped.rstrip(_SEPARATORS).strip()
        # "Beneficiary X CO., LTD. · Bank of China Dehua Sub-branch": a middle dot, bar or
        # semicolon ends a value; what follows (no label of its own) is left for the next reader
        parts = re.split(r"\s*[;；]\s*|\s+[·|]\s+", value)
        value = parts[0].strip()
        pairs.append(_Pair(label.target, value, m.group(), start))
        for rest in parts[1:]:
            named = _prose_bank_name(rest)
            if named and label.target != "bank":
                pairs.append(_Pair("bank", named[0], "(bank named after a separator)", start))
    return text[: accepted[0][0].start()], pairs


# ---------------------------------------------------------------- values


def _swift_token(value: str) -> str | None:
    """'BKCHCNBJ92A', 'BKCHCNBJ 46A' (branch code set apart), 'bkchcnbj' -> the code."""
    tokens = re.findall(r"[A-Za-z0-9]+", value.upper())[:2]
    if not tokens:
        return None
    first = tokens[0]
    if len(first) == 8 and len(tokens) > 1 and len(tokens[1]) == 3:
        return first + tokens[1]
    return first if 6 <= len(first) <= 12 and re.search(r"[A-Z]", first) else None


def _bank_name(value: str) -> str | None:
    value = re.sub(
        r"\s*[(（]\s*(?:see|as\s+per|refer|per|same\s+as)\b[^)）]*[)）]", "", value, flags=re.I
    )
    # "Bank of China, Nanping Branch, No. 118 Shunde Road": the address is not the name
    value = re.split(r",\s*(?=No\.?\s*\d|\d|Room|Flat|Floor|\d+/F)", value, maxsplit=1)[0]
    value = re.split(r"\s*[(（]\s*(?:swift|bic|a/c|account)", value, maxsplit=1, flags=re.I)[0]
    if not re.search(r"[A-Za-z\u4e00-\u9fff]{2}", value) or len(value) > 120:
        return None
    return normalise_bank_name(value)


# A Latin company name ends at its legal form: what follows ("— Bank of China ...", the text of
# a company chop drawn over it, "永鑫塑料模 岩 具") is something else.
_LEGAL_FORM_END = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9 .,&'()/-]*?\b(?:CO\.?,?\s*LTD\.?|COMPANY\s+LIMITED|CO\.?,?\s*LIMITED|"
    r"LIMITED|LTD\.?|INC\.?|CORP(?:ORATION)?\.?|GMBH|LLC|S\.?A\.?|B\.?V\.?|PTE\.?\s*LTD\.?)"
    r"(?=\s*(?:[—–|;]|\s-\s|[\u4e00-\u9fff]|$))",
    re.I,
)


def _company(value: str) -> str | None:
    value = re.split(
        r"\s{2,}|[,;]\s*(?=(?:add|address|tel|no\.?\s*\d))|\s[—–]\s", value, flags=re.I
    )[0]
    legal = _LEGAL_FORM_END.match(value.strip())
    if legal:
        value = legal.group()
    if not re.search(r"[A-Za-z\u4e00-\u9fff]{2}", value) or len(value) > 120:
        return None
    return normalise_company(value)


def _value(target: str, text: str) -> tuple[Any, tuple[str, ...]] | None:
    """The normalised value of one labelled text, and its problems (an invalid SWIFT or IBAN)."""
    if not text or _NOT_A_VALUE.match(text):
        return None
    if target == "beneficiary":
        company = _company(text)
        return (company, ()) if company else None
    if target in ("bank", "intermediary"):
        name = _bank_name(text)
        return (name, ()) if name else None
    if target == "account":
        m = _ACCOUNT_VALUE.match(text.strip())
        parsed = normalise_account(m["v"]) if m else None
        return parsed
    if target == "swift":
        token = _swift_token(text)
        return (token, check_swift(token)) if token else None
    return None


def _structural_swift(text: str) -> list[tuple[str, int]]:
    """SWIFT/BIC codes recognised by their shape alone (ISO 9362, a real country), in a bank block.

    An all-letter 8-character word ("SHIPMENT") could pass the shape; a code without a label must
    carry a digit in its location or branch part, or the branch 'XXX', to count."""
    out = []
    for m in _SWIFT_SHAPE.finditer(text):
        code = m.group()
        if code[4:6] not in countries() or not stdnum_bic.is_valid(code):
            continue
        if re.search(r"\d", code[6:]) or code.endswith("XXX"):
            out.append((code, m.start()))
    return out


def _prose_bank_name(text: str) -> tuple[str, int] | None:
    for pattern in (_BANK_NAME_EN, _BANK_NAME_ZH):
        for m in pattern.finditer(text):
            name = m.group().strip(" ,")
            if len(name) >= 6 and not re.fullmatch(r"(?:the\s+)?bank", name, re.I):
                return name, m.start()
    for short in _known_banks():
        known = re.search(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])[^,;|()]*", text)
        if known:
            return known.group().strip(" ,"), known.start()
    return None


@cache
def _known_banks() -> tuple[str, ...]:
    rows = read_tsv(lexicon_path("bank_names.tsv"), ("name",))
    return tuple(sorted((r["name"] for r in rows), key=len, reverse=True))


# ---------------------------------------------------------------- the reader


def _read(lines: list[Line]) -> Iterator[_Found]:
    state = _State()
    scope = 0

    def close() -> Iterator[_Found]:
        inter = state.intermediary
        if inter.get("swift") or inter.get("name"):
            value = inter.get("swift") or inter.get("name")
            raw = " ".join(str(inter[k]) for k in ("name", "swift") if inter.get(k))
            yield _Found("bank.intermediary", value, raw, inter["line"], inter["pos"],
                         "bank/intermediary", inter.get("problems", ()))  # fmt: skip
        state.intermediary = {}
        state.section = "beneficiary"
        state.pending = None

    upcoming: tuple[str, list[_Pair]] | None = None
    for index, line in enumerate(lines):
        if line.scope != scope:
            yield from close()
            state.open_lines, scope, upcoming = 0, line.scope, None
        in_block = state.open_lines > 0
        lead, pairs = upcoming or _pairs(line.text, in_block)
        upcoming = None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if pairs and following is not None and following.scope == line.scope:
            # "A/C 6856 5702" / "1183 · SWIFT ...": a value wrapped onto the next line
            next_lead, next_pairs = _pairs(following.text, True)
            rest = next_lead.strip(_SEPARATORS)
            if rest and _continues(pairs[-1], rest):
                pairs[-1].value = f"{pairs[-1].value} {rest}"
                next_lead = ""
            upcoming = (next_lead, next_pairs)
        if not pairs and in_block and _BLOCK_END.match(line.text):
            yield from close()
            state.open_lines = 0
            continue
        if pairs:
            state.open_lines = _WINDOW
        elif in_block:
            state.open_lines -= 1
        found_here: set[str] = set()
        # the text before the first label: a pending label's value, or a bank named before its codes
        if lead.strip(_SEPARATORS) and (in_block or pairs):
            if state.pending is not None and not _BLOCK_END.match(lead):
                yield from _emit(state, state.pending[0], lead.strip(_SEPARATORS), line, 0,
                                 f"bank/label above: {state.pending[1]}", found_here)  # fmt: skip
                state.pending = None
            elif pairs and not any(p.target == "bank" for p in pairs):
                named = _prose_bank_name(lead)
                if named:
                    yield from _emit(
                        state,
                        "bank",
                        named[0],
                        line,
                        named[1],
                        "bank/name before codes",
                        found_here,
                    )
        for pair in pairs:
            if pair.target == "heading":
                continue
            if pair.target == "intermediary":
                state.section = "intermediary"
            elif pair.target in ("beneficiary", "account") or pair.label.lower().startswith(
                "beneficiary"
            ):
                state.section = "beneficiary"
            if pair.target == "skip":
                state.pending = None
                continue
            if not pair.value:
                state.pending = (pair.target, pair.label)
                continue
            state.pending = None
            yield from _emit(state, pair.target, pair.value, line, pair.start,
                             f"bank/label: {pair.label.strip()}", found_here)  # fmt: skip
        if in_block or pairs:
            for code, pos in _structural_swift(line.text):
                if "bank.swift" not in found_here and code not in (
                    state.intermediary.get("swift"),
                ):
                    yield from _emit(
                        state, "swift", code, line, pos, "bank/SWIFT by its structure", found_here
                    )
            if (
                pairs
                and "bank.name" not in found_here
                and any(p.target in ("account", "swift") for p in pairs)
                and not any(p.target == "bank" for p in pairs)
                and line.scope
            ):
                named = _prose_bank_name(line.text)
                if named:
                    yield from _emit(
                        state, "bank", named[0], line, named[1], "bank/name in prose", found_here
                    )
    yield from close()


_NAME_END = re.compile(
    r"(?:\bLTD|\bLIMITED|\bCO|\bINC|\bCORP(?:ORATION)?|\bBRANCH|\bBANK|\bPLC|\bN\.A|\bAG|"
    r"公司|支行|分行|银行|营业部)\.?,?\s*$",
    re.I,
)


def _continues(pair: _Pair, rest: str) -> bool:
    """Whether the start of the next line finishes the value of a line's last label."""
    if not pair.value:
        return False  # a label above its value: the pending label takes the next line
    if pair.target == "account":
        return bool(re.search(r"\d$", pair.value) and re.fullmatch(r"\d[\d \-]{0,24}", rest))
    if pair.target in ("beneficiary", "bank"):
        return (
            not _NAME_END.search(pair.value)
            and len(rest) <= 60
            and re.match(r"[A-Za-z\u4e00-\u9fff(（&]", rest) is not None
            and not _BLOCK_END.match(rest)
        )
    return False


def _emit(
    state: _State, target: str, text: str, line: Line, pos: int, rule: str, found_here: set[str]
) -> Iterator[_Found]:
    if state.section == "intermediary" and target in ("swift", "bank", "intermediary"):
        parsed = _value("swift" if target == "swift" else "bank", text)
        if parsed is None:
            return
        key = "swift" if target == "swift" else "name"
        state.intermediary.setdefault(key, parsed[0])
        state.intermediary.setdefault("line", line)
        state.intermediary.setdefault("pos", pos)
        if parsed[1]:
            state.intermediary["problems"] = parsed[1]
        return
    parsed = _value(target, text)
    if parsed is None:
        return
    field_name = _TARGET_FIELD[target]
    found_here.add(field_name)
    yield _Found(field_name, parsed[0], text.strip(), line, pos, rule, parsed[1])


def read_bank_details(document: Document) -> list[Term]:
    """Every bank detail of a document, each with the line (or table row, or message) it is on."""
    return [term for _, term in bank_details_by_block(document)]


def bank_details_by_block(document: Document) -> list[tuple[Block, Term]]:
    """read_bank_details with the block each term was read from (chat acts need the message)."""
    out: list[tuple[Block, Term]] = []
    seen: set[tuple[str, str, int]] = set()
    for found in _read(document_lines(document)):
        block = found.line.block_at(found.pos)
        key = (found.field, repr(found.value), id(block))
        if key in seen:
            continue
        seen.add(key)
        out.append((block, Term(
                field=found.field,
                value=found.value,
                raw=found.raw,
                evidence=Evidence.of(document, block, found.line.text[:300]),
                rule=found.rule,
                confidence=1.0 if "label" in found.rule else 0.9,
                problems=found.problems,
            )))  # fmt: skip
    return out

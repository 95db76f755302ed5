"""Who a document says the supplier is (issue 15): legal names in English and Chinese, the
Unified Social Credit Code, address, phone, e-mail domain, website and Alibaba store.

Read from the places where a document names its supplier: the letterhead of a quotation, PI or
business licence (the lines above its title, its page header), lines labelled Seller / 卖方 /
供方 / Supplier, seal (公章, "company chop") and signature lines. Never from a line labelled
Buyer / To / 买方 / 需方 or naming the buyer of order.toml, and never from the bank block (the bank
reader reads the beneficiary). In a chat or mail, the sender's address of every message, with
the sender's side. The result is `Extraction.facts["supplier_identity"]`; a business licence's
registered data are `facts["business_licence"]` (pipeline/extract/business_licence.py).
"""

from __future__ import annotations

import re
from typing import Any

from stdnum.cn import uscc as uscc_code
from stdnum.exceptions import ValidationError

from pipeline.config import OrderConfig, Party
from pipeline.extract.bank_details import Line, document_lines
from pipeline.extract.business_licence import business_licence, is_business_licence
from pipeline.extract.supplier_lexicon import (
    EN_LEGAL_FORM,
    label_pattern,
    phone_digits,
    phrase_pattern,
    words,
    zh_legal_form,
)
from pipeline.model import Document, Evidence

# Roles whose letterhead is the supplier's (a spec's is the buyer's, an inspection report's the
# inspection company's).
LETTERHEAD_ROLES = ("quote", "pi")
LETTERHEAD_LINES = 8  # a letterhead is at most this many lines above the title

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
_WEBSITE = re.compile(
    r"\b(?:https?://)?((?:www\.)[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|[a-z0-9\-]+\.en\.alibaba\.com)\b",
    re.I,
)
_STORE_URL = re.compile(r"\b([a-z0-9\-]+)\.en\.alibaba\.com\b", re.I)
_PHONE = re.compile(r"\+?\(?\d[\d\s\-().]{6,}\d")
_USCC_VALUE = re.compile(r"[0-9A-Za-z](?:[\s\-]?[0-9A-Za-z]){14,20}")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w&'.\-]*|&|and|of|\([A-Za-z .]+\)),?$")


def check_uscc(value: str) -> str | None:
    """Why a Unified Social Credit Code is not valid (python-stdnum cn.uscc), or None."""
    try:
        uscc_code.validate(value)
    except ValidationError as exc:
        return str(exc).rstrip(".").lower()
    return None


def _party_of(sender: str, config: OrderConfig) -> str:
    text = sender.lower()

    def named(party: Party) -> bool:
        if any(e and e.lower() in text for e in party.emails):
            return True
        return any(n and len(n) > 2 and n.lower() in text for n in party.names)

    if named(config.buyer):
        return "buyer"
    if named(config.supplier):
        return "supplier"
    return "unknown"


def _entry(document: Document, line: Line, pos: int, value: str, **more: Any) -> dict[str, Any]:
    evidence = Evidence.of(document, line.block_at(pos), line.text[:300]).to_json()
    return {"value": value, **more, "evidence": evidence}


def _strip_labels(name: str) -> str:
    """'Seller Ningbo X Co., Ltd.' -> 'Ningbo X Co., Ltd.'; '卖方宁波…' -> '宁波…'."""
    prefixes = words("seller_label") + words("name") + words("seal") + words("signature")
    changed = True
    while changed:
        changed = False
        for phrase in prefixes:
            if name.lower().startswith(phrase) and len(name) > len(phrase) + 2:
                rest = name[len(phrase) :]
                if phrase.isascii() and rest[:1].isalnum():
                    continue
                name, changed = rest.lstrip(" :：.,-"), True
    return name.strip()


def company_names(text: str) -> list[tuple[int, str]]:
    """Every legal company name in a line: (position, name), English and Chinese."""
    found: list[tuple[int, str]] = []
    for match in EN_LEGAL_FORM.finditer(text):
        before = text[: match.start()].rstrip(" ,")
        tokens = before.split(" ")
        kept: list[str] = []
        for token in reversed(tokens):
            if not token or token.endswith((":", "：")) or "|" in token:
                break
            if not _NAME_WORD.match(token) or len(kept) >= 8:
                break
            kept.insert(0, token)
        while kept and kept[0].lower() in ("and", "of", "&"):
            kept.pop(0)
        if not any(len(t) > 1 and t[0].isalpha() for t in kept):
            continue
        name = _strip_labels(f"{' '.join(kept)} {match.group(0).strip()}")
        found.append((match.start() - len(" ".join(kept)), name))
    for match in zh_legal_form().finditer(text):
        name = _strip_labels(match.group(0).lstrip("（）()"))
        core_length = len(re.sub(r"[（）()]", "", name))
        if core_length >= 5:
            found.append((match.start(), name))
    return found


def _seller_and_skipped(lines: list[Line]) -> tuple[list[bool], list[bool]]:
    """Per line: does it carry a seller label; is it left out (a chat message, or a line that
    names the buyer and not the seller: 'Buyer: ...' holds no supplier fact). Asked once per
    line for both readers of supplier_identity (each label pattern is a long alternation)."""
    seller, buyer = label_pattern("seller_label"), label_pattern("buyer_label")
    sellers = [not line.scope and seller.search(line.text) is not None for line in lines]
    skipped = [
        bool(line.scope) or (not named and buyer.search(line.text) is not None)
        for line, named in zip(lines, sellers, strict=True)
    ]
    return sellers, skipped


def _zones(
    document: Document, lines: list[Line], sellers: list[bool], skipped: list[bool]
) -> list[tuple[Line, str]]:
    """(line, zone) for every line that speaks of the supplier: letterhead, seller, seal, signature."""
    letterhead: set[int] = set()
    if document.role in LETTERHEAD_ROLES or is_business_licence(document, lines):
        top = [i for i, line in enumerate(lines[: LETTERHEAD_LINES + 1]) if _on_first_page(line)]
        titles = (phrase_pattern("document_title"), phrase_pattern("licence_title"))
        title = next((i for i in top if any(t.search(lines[i].text) for t in titles)), None)
        letterhead = set(top[: title if title is not None else 4])
        letterhead |= {i for i, line in enumerate(lines) if line.pieces[0][1].source == "header"}
    seal, signature = phrase_pattern("seal"), phrase_pattern("signature")
    out: list[tuple[Line, str]] = []
    for i, line in enumerate(lines):
        if skipped[i]:  # chat messages (their senders are read instead), the buyer's lines
            continue
        text = line.text
        if sellers[i]:
            out.append((line, "seller"))
        elif seal.search(text):
            out.append((line, "seal"))
        elif signature.search(text):
            out.append((line, "signature"))
        elif i in letterhead:
            out.append((line, "letterhead"))
    return out


def _on_first_page(line: Line) -> bool:
    return line.pieces[0][1].page in (None, 1)


def _buyer_named(text: str, config: OrderConfig) -> bool:
    lower = text.lower()
    return any(n and len(n) > 3 and n.lower() in lower for n in config.buyer.names)


def _after_label(text: str, pattern: re.Pattern[str]) -> str | None:
    found = pattern.search(text)
    if not found:
        return None
    rest = text[found.end() :]
    again = pattern.match(rest.lstrip())
    if again:  # "地址 Add: ..."
        rest = rest.lstrip()[again.end() :]
    stop = re.search(
        r"\s{2,}|\s\|\s|\s(?=[A-Z][A-Za-z./ ]{1,20}[:：])|(?<=\S)\s+(?=[\u4e00-\u9fff]{2,6}[:：])",
        rest,
    )
    return (rest[: stop.start()] if stop else rest).strip(" :：,;")


def _read_zone_line(
    document: Document, line: Line, zone: str, config: OrderConfig, identity: dict[str, list]
) -> None:
    text = line.text
    if _buyer_named(text, config):
        return
    if not phrase_pattern("bank_word").search(text) or zone in ("seller", "seal"):
        for pos, name in company_names(text):
            if _buyer_named(name, config):
                continue
            script = "en" if name.isascii() else "zh"
            identity["names"].append(_entry(document, line, pos, name, script=script, source=zone))
    phone_label, fax_label = label_pattern("phone"), label_pattern("fax")
    for found in phone_label.finditer(text):
        rest = text[found.end() :]
        fax = fax_label.search(rest)
        number = _PHONE.match(
            rest[: fax.start()] if fax else rest, pos=len(rest) - len(rest.lstrip())
        )
        if number and len(re.sub(r"\D", "", number.group(0))) >= 7:
            raw = number.group(0).strip()
            identity["phones"].append(
                _entry(document, line, found.start(), raw, digits=phone_digits(raw), source=zone)
            )
    for found in _EMAIL.finditer(text):
        identity["emails"].append(
            _entry(
                document,
                line,
                found.start(),
                found.group(0),
                domain=found.group(1).lower(),
                source=zone,
            )
        )
    for found in _WEBSITE.finditer(text):
        site = found.group(1).lower()
        if "@" not in text[max(0, found.start() - 1) : found.start()]:
            identity["websites"].append(_entry(document, line, found.start(), site, source=zone))
    address = _after_label(text, label_pattern("address"))
    if address and len(address) > 8:
        identity["addresses"].append(_entry(document, line, 0, address, source=zone))


def _read_uscc(document: Document, line: Line, identity: dict[str, list]) -> None:
    found = label_pattern("uscc").search(line.text)
    if not found:
        return
    value = _USCC_VALUE.search(line.text[found.end() :])
    if not value:
        return
    code = re.sub(r"[\s\-]", "", value.group(0)).upper()
    problem = check_uscc(code)
    identity["uscc"].append(
        _entry(document, line, found.start(), code, valid=problem is None, problem=problem)
    )


def _read_senders(document: Document, config: OrderConfig, identity: dict[str, list]) -> None:
    """Every sender address of a chat or mail, once, with its side, first and last message."""
    seen: dict[str, dict[str, Any]] = {}
    for block in document.blocks:
        if block.kind != "message" or not block.sender or block.system:
            continue
        found = _EMAIL.search(block.sender)
        if not found:
            continue
        address = found.group(0).lower()
        entry = seen.get(address)
        if entry is None:
            name = block.sender[: found.start()].strip(" <\"'")
            entry = seen[address] = {
                "value": address,
                "domain": found.group(1).lower(),
                "name": name,
                "party": _party_of(block.sender, config),
                "first": block.timestamp,
                "last": block.timestamp,
                "source": "sender",
                "evidence": Evidence.of(document, block, block.text[:200]).to_json(),
            }
        elif block.timestamp and (entry["last"] or "") < block.timestamp:
            entry["last"] = block.timestamp
    identity["senders"].extend(seen.values())


def supplier_identity(document: Document, config: OrderConfig) -> dict[str, Any]:
    """facts["supplier_identity"] of one document: names, uscc, addresses, phones, emails,
    websites, stores and (chats and mail) senders; each entry with its evidence. Empty lists
    are left out; an empty dict means the document names no supplier."""
    identity: dict[str, list[dict[str, Any]]] = {
        k: []
        for k in ("names", "uscc", "addresses", "phones", "emails", "websites", "stores", "senders")
    }
    lines = document_lines(document)
    sellers, skipped = _seller_and_skipped(lines)
    for line, zone in _zones(document, lines, sellers, skipped):
        _read_zone_line(document, line, zone, config, identity)
    store_label = label_pattern("store")
    for line, skip in zip(lines, skipped, strict=True):
        if skip:
            continue
        _read_uscc(document, line, identity)
        url = _STORE_URL.search(line.text)
        store = url.group(1).lower() if url else _after_label(line.text, store_label)
        if store and not _EMAIL.search(store):
            identity["stores"].append(_entry(document, line, 0, store, source="store"))
    if document.role == "chat" or any(b.kind == "message" for b in document.blocks[:5]):
        _read_senders(document, config, identity)
    return {k: _unique(v) for k, v in identity.items() if v}


def _unique(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per value (the first place it was read)."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        key = str(entry["value"]).lower()
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out


def supplier_facts(document: Document, config: OrderConfig) -> dict[str, Any]:
    """The facts this module adds to an Extraction: `supplier_identity` and, for a business
    licence, `business_licence` (whose registered name and code count as the document's)."""
    facts: dict[str, Any] = {}
    licence = business_licence(document)
    identity = supplier_identity(document, config)
    if licence:
        facts["business_licence"] = licence
        registered = licence.get("registered_name")
        if registered and registered["value"]:
            name = registered["value"]
            entry = {"value": name, "script": "en" if name.isascii() else "zh", "source": "licence"}
            names = [{**entry, "evidence": registered["evidence"]}, *identity.get("names", [])]
            identity["names"] = _unique(names)
    if identity:
        facts["supplier_identity"] = identity
    return facts

"""What every rule needs to know about an order: document order, line items, who said what."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from pipeline.compare.item_index import ItemIndex, plain_words
from pipeline.compare.policy import Policy, default_policy
from pipeline.config import OrderConfig
from pipeline.model import Evidence, Extraction, Party, Role, Term

# Where a document usually sits in the life of an order; used when dates do not decide.
STAGE_RANK: dict[Role, int] = {
    "spec": 0, "sample": 1, "quote": 2, "chat": 3, "change": 4, "pi": 5, "inspection": 6, "other": 7,
}  # fmt: skip
SUPPLIER_ROLES: tuple[Role, ...] = ("quote", "pi")
BUYER_ROLES: tuple[Role, ...] = ("spec", "sample", "change")


def version_number(version: str | None) -> int:
    """'R1' -> 1, 'v2' -> 2, 'Rev.3' -> 3; no version (the original) -> 0."""
    if not version:
        return 0
    digits = re.findall(r"\d+", version)
    return int(digits[-1]) if digits else 0


@dataclass(frozen=True)
class DocInfo:
    """One extraction with its place in time: own date, the date used to sort it, version, index."""

    extraction: Extraction
    index: int
    own_date: str | None
    sort_date: str
    version: int

    # path, role and stage are asked for every statement by every rule (over 100,000 times on an
    # order of 70 items): each is read once (a DocInfo and its extraction never change)
    @cached_property
    def path(self) -> str:
        return self.extraction.document.path

    @cached_property
    def role(self) -> Role:
        return self.extraction.document.role

    @cached_property
    def stage(self) -> int:
        return STAGE_RANK[self.role]

    def key(self, timestamp: str | None = None) -> tuple[str, int, int, int, str]:
        return (timestamp or self.sort_date, self.stage, self.version, self.index, timestamp or "")

    def extracted_terms(self, field: str, item: str | None) -> list[Term]:
        """The document's terms of this field and item as extracted (not the canonical item of
        Context.terms_of), in their order."""
        return self._terms_by_field_item.get((field, item), [])

    def extracted_fields_items(self) -> Iterable[tuple[str, str | None]]:
        """Every (field, item) the document states as extracted, in the order first stated."""
        return self._terms_by_field_item.keys()

    @cached_property
    def _terms_by_field_item(self) -> dict[tuple[str, str | None], list[Term]]:
        # rules ask for every (field, item) pair of a PI: one pass instead of one per question
        grouped: dict[tuple[str, str | None], list[Term]] = {}
        for term in self.extraction.terms:
            grouped.setdefault((term.field, term.item), []).append(term)
        return grouped


def superseded_how(earlier: DocInfo, later: DocInfo) -> str:
    """Why `later` supersedes `earlier`: by date, version, role or, failing all, file order."""
    if earlier.own_date and later.own_date and earlier.own_date[:10] != later.own_date[:10]:
        return f"by date: {later.own_date[:10]} is after {earlier.own_date[:10]}"
    if earlier.version != later.version:
        a = earlier.extraction.version or "the original"
        b = later.extraction.version or "the original"
        return f"by version: {b} follows {a}"
    if earlier.stage != later.stage:
        return f"by role: a {later.role} follows a {earlier.role}"
    return f"by file order only: {later.path} is listed after {earlier.path}"


def clearly_later(earlier: DocInfo, later: DocInfo) -> bool:
    """True when date, version or role (not file order alone) puts `later` after `earlier`."""
    return not superseded_how(earlier, later).startswith("by file order")


def _chat_date(extraction: Extraction) -> str | None:
    stamps = [t.evidence.timestamp for t in extraction.terms if t.evidence.timestamp]
    stamps += [a.evidence.timestamp for a in extraction.acts if a.evidence.timestamp]
    stamps += [b.timestamp for b in extraction.document.blocks if b.timestamp]
    return max(stamps) if stamps else None


def order_documents(extractions: Sequence[Extraction]) -> list[DocInfo]:
    """Every extraction with its sort date; an undated document sorts after the dated ones before its stage."""
    own: list[str | None] = []
    for ext in extractions:
        date = ext.date or (ext.approval.date if ext.approval else None)
        if ext.document.role == "chat" and not date:
            date = _chat_date(ext)
        own.append(date)
    infos = []
    for i, ext in enumerate(extractions):
        rank = STAGE_RANK[ext.document.role]
        if own[i]:
            sort_date = str(own[i])
        else:
            earlier = [
                str(d)
                for j, d in enumerate(own)
                if d and STAGE_RANK[extractions[j].document.role] < rank
            ]
            sort_date = max(earlier) if earlier else ""
        infos.append(DocInfo(ext, i, own[i], sort_date, version_number(ext.version)))
    return infos


# Every sender of every chat is matched against every name of the order: the patterns are kept
# here (re's own cache of 512 is shared with everything else, and a batch outgrows it).
@lru_cache(maxsize=4096)
def _word_pattern(words: str) -> re.Pattern[str]:
    """`words` standing alone (between word boundaries)."""
    return re.compile(rf"\b{re.escape(words)}\b")


def _has_word(text: str, word: str) -> bool:
    # Chinese has no spaces between words: a Chinese hint counts anywhere in the name.
    return word in text if not word.isascii() else _word_pattern(word).search(text) is not None


def party_of_sender(sender: str | None, config: OrderConfig) -> Party:
    """buyer / supplier / unknown for a chat sender, from order.toml names and aliases."""
    if not sender:
        return "unknown"
    who = plain_words(sender)
    for party, side in (("supplier", config.supplier), ("buyer", config.buyer)):
        for name in side.names:
            n = plain_words(name)
            if n and (n == who or _word_pattern(n).search(who) or _word_pattern(who).search(n)):
                return party  # type: ignore[return-value]
    # Display names that say which side they are on ("Lily (Supplier)", "Sales Dept").
    hints = default_policy().params["parties"]
    for party in ("supplier", "buyer"):
        if any(_has_word(who, word) for word in hints[party]):
            return party  # type: ignore[return-value]
    return "unknown"


def _labelled_as(term: Term) -> bool:
    """A term read under a label of its own field ("Weight | 95 g ±5 | 96 g"), or of its group."""
    m = re.search(r"\(label: ([^)]+)\)", term.rule)
    if not m:
        return False
    label = m.group(1)
    return (
        label == term.field
        or term.field.startswith(f"{label}.")
        or (label == "packing" and term.field.startswith("packaging."))
    )


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and an order of 70
# items has hundreds of statements, made anew for every order compared. Nothing assigns to one.
@dataclass(slots=True)
class Statement:
    """One term as a point in the order's history: who stated it, in which document, when."""

    info: DocInfo
    term: Term
    item: str | None  # the canonical line-item key
    party: Party
    # Read from info and term once, when the statement is made: rules sort, group and filter
    # the statements of an order by these again and again.
    role: Role = field(init=False, repr=False, compare=False)
    path: str = field(init=False, repr=False, compare=False)
    key: tuple[str, int, int, int, str] = field(init=False, repr=False, compare=False)
    source_key: tuple[int, str] = field(
        init=False, repr=False, compare=False
    )  # one document, or one message of a chat

    def __post_init__(self) -> None:
        timestamp = self.term.evidence.timestamp
        self.role = self.info.role
        self.path = self.info.path
        self.key = self.info.key(timestamp)
        self.source_key = (self.info.index, timestamp or "")

    @property
    def extraction(self) -> Extraction:
        return self.info.extraction

    @property
    def when(self) -> str | None:
        return self.term.evidence.timestamp or self.info.own_date


def _with_parties(extraction: Extraction, config: OrderConfig) -> Extraction:
    """The extraction with every chat act's unknown party resolved from order.toml names."""
    if not any(a.party == "unknown" for a in extraction.acts):
        return extraction
    acts = tuple(
        replace(a, party=party_of_sender(a.evidence.sender, config)) if a.party == "unknown" else a
        for a in extraction.acts
    )
    return replace(extraction, acts=acts)


# ---------------------------------------------------------------- the context


class Context:
    """The order as the rules see it; derived views are computed once, on first use."""

    def __init__(
        self, extractions: Sequence[Extraction], config: OrderConfig, policy: Policy
    ) -> None:
        self.extractions = tuple(_with_parties(e, config) for e in extractions)
        self.config = config
        self.policy = policy
        self.cache: dict[str, Any] = {}
        self.ignored: list[
            str
        ] = []  # terms set aside, with the reason (Audit.meta["ignored_terms"])
        self._doc_terms: dict[
            int, dict[tuple[str, str | None], list[Term]]
        ] = {}  # derived results shared by rules (baseline, decisions)
        self._doc_statements: dict[int, list[Statement]] = {}
        self._of_role: dict[tuple[Role, ...], list[DocInfo]] = {}
        # who speaks in a chat, worked out once per document and per sender name
        self._message_parties_by_doc: dict[int, dict[tuple[str | None, str | None], Party]] = {}
        self._sender_parties: dict[str | None, Party] = {}
        self._superseded: dict[tuple[int, int], str] = {}

    @cached_property
    def infos(self) -> list[DocInfo]:
        return order_documents(self.extractions)

    @cached_property
    def items(self) -> ItemIndex:
        return ItemIndex.build(self.infos, float(self.policy.params["items"]["min_ratio"]))

    def party(self, info: DocInfo, evidence: Evidence) -> Party:
        if info.role in SUPPLIER_ROLES:
            return "supplier"
        if info.role in BUYER_ROLES:
            return "buyer"
        if info.role == "chat":
            known = self._message_parties(info).get((evidence.timestamp, evidence.sender))
            if known is not None:
                return known
            if evidence.sender not in self._sender_parties:
                self._sender_parties[evidence.sender] = party_of_sender(
                    evidence.sender, self.config
                )
            return self._sender_parties[evidence.sender]
        return "unknown"

    def _message_parties(self, info: DocInfo) -> dict[tuple[str | None, str | None], Party]:
        """Per message (timestamp, sender) of a chat, the party of its first act that knows it:
        one pass over the acts, not one per term of the chat."""
        parties = self._message_parties_by_doc.get(info.index)
        if parties is None:
            parties = {}
            for act in info.extraction.acts:
                if act.party != "unknown":
                    parties.setdefault((act.evidence.timestamp, act.evidence.sender), act.party)
            self._message_parties_by_doc[info.index] = parties
        return parties

    @cached_property
    def statements(self) -> list[Statement]:
        """Every term of every readable document, oldest first (company-name words set aside)."""
        out = [st for info in self.infos for st in self.doc_statements(info)]
        return sorted(out, key=lambda s: s.key)

    def doc_statements(self, info: DocInfo) -> list[Statement]:
        """One document's statements in its own order, made once (the baseline reads the spec's,
        sample record's, quotes' and changes' before `statements` sorts them all)."""
        made = self._doc_statements.get(info.index)
        if made is None:
            made = [
                Statement(info, term, self._item_of(info, term), self.party(info, term.evidence))
                for term in info.extraction.terms
                if not self.set_aside(info, term)
            ]
            self._doc_statements[info.index] = made
        return made

    def statements_of(self, field: str) -> list[Statement]:
        """The statements of one field, oldest first (as in `statements`)."""
        return self._statements_by_field.get(field, [])

    @cached_property
    def _statements_by_field(self) -> dict[str, list[Statement]]:
        grouped: dict[str, list[Statement]] = {}
        for statement in self.statements:
            grouped.setdefault(statement.term.field, []).append(statement)
        return grouped

    def _item_of(self, info: DocInfo, term: Term) -> str | None:
        """The term's canonical item; a chat message naming one model code speaks of that item
        ("pink of LP-RB-PNK-26 changed to PMS 210C"), not of every item of the order."""
        item = self.items.canonical_of(term.item)
        if item is None and term.item is None and info.role == "chat":
            codes = self._item_code_pattern
            named = set(codes.findall(term.evidence.quote.upper())) if codes else set()
            if len(named) == 1:
                return named.pop()
        return item

    @cached_property
    def _item_code_pattern(self) -> re.Pattern[str] | None:
        """One pattern for the order's items whose key is a model code (letters and digits, no
        space), longest first, each standing alone; None when there is none."""
        codes = sorted(
            (
                k
                for k in self.items.registry
                if re.search(r"\d", k) and re.search(r"[A-Za-z]", k) and " " not in k
            ),
            key=len,
            reverse=True,
        )
        if not codes:
            return None
        alternatives = "|".join(re.escape(k) for k in codes)
        return re.compile(rf"(?<![A-Z0-9-])(?:{alternatives})(?![A-Z0-9-])")

    def _ignore(self, reason: str) -> None:
        if reason not in self.ignored:
            self.ignored.append(reason)

    @cached_property
    def _sample_ignored(self) -> frozenset[str]:
        return frozenset(self.policy.params["terms"].get("sample_ignored_fields", ()))

    @cached_property
    def _name_guard_fields(self) -> frozenset[str]:
        return frozenset(self.policy.params["terms"]["name_guard_fields"])

    @cached_property
    def _company_names(self) -> tuple[tuple[str, str], ...]:
        """The order's longer company names, each with its lower-case form."""
        names = (*self.config.supplier.names, *self.config.buyer.names)
        return tuple((n, n.lower()) for n in names if len(n) > 6)

    def set_aside(self, info: DocInfo, term: Term) -> bool:
        """A term that is no statement of the order: a sample record's count, a company-name word."""
        if info.role == "sample" and not _labelled_as(term):
            # a sample record measures in its rows; a word in its title is no measurement
            self._ignore(
                f"{info.path}: {term.field} {term.raw!r} is not a measured row of the record"
            )
            return True
        if info.role == "sample" and term.field in self._sample_ignored:
            self._ignore(
                f"{info.path}: {term.field} {term.raw!r} is a sample record's figure, not a term of the order"
            )
            return True
        if term.field not in self._name_guard_fields or not term.raw.strip():
            return False
        raw = term.raw.strip().lower()
        quote = None  # lowered only for a name the raw text is part of (quotes can be long)
        for name, lowered in self._company_names:
            if raw not in lowered:
                continue
            if quote is None:
                quote = term.evidence.quote.lower()
            if lowered in quote:
                self._ignore(
                    f"{info.path}: {term.field} {term.raw!r} is part of the company name {name!r}"
                )
                return True
        return False

    def superseded_how(self, earlier: DocInfo, later: DocInfo) -> str:
        """`superseded_how` worded once per pair of documents: the timeline and the supplier's
        positions ask it for every step and item, over a handful of documents."""
        pair = (earlier.index, later.index)
        how = self._superseded.get(pair)
        if how is None:
            how = self._superseded[pair] = superseded_how(earlier, later)
        return how

    def of_role(self, *roles: Role) -> list[DocInfo]:
        """The documents of these roles, oldest first (sorted once per roles; rules ask often)."""
        found = self._of_role.get(roles)
        if found is None:
            found = sorted((i for i in self.infos if i.role in roles), key=lambda i: i.key())
            self._of_role[roles] = found
        return list(found)

    def latest_tier(self, role: Role) -> list[DocInfo]:
        """The latest document of a role and any other that is not clearly earlier than it."""
        docs = [d for d in self.of_role(role) if d.extraction.terms]
        if not docs:
            return []
        last = docs[-1]
        return [d for d in docs if d is last or not clearly_later(d, last)]

    @cached_property
    def latest_pi(self) -> DocInfo | None:
        tier = self.latest_tier("pi")
        return tier[-1] if tier else None

    def doc_terms(self, info: DocInfo) -> dict[tuple[str, str | None], list[Term]]:
        """A document's terms by (field, canonical item), built once."""
        index = self._doc_terms.get(info.index)
        if index is None:
            index = {}
            for term in info.extraction.terms:
                index.setdefault((term.field, self.items.canonical_of(term.item)), []).append(term)
            self._doc_terms[info.index] = index
        return index

    def doc_items(self, info: DocInfo) -> list[str]:
        """The canonical line items a document lists, sorted."""
        return sorted({item for (_, item) in self.doc_terms(info) if item is not None})

    def terms_of(self, info: DocInfo, field_name: str, item: str | None) -> list[Term]:
        """A document's terms of one field for one canonical item (exact item, else item-less terms)."""
        index = self.doc_terms(info)
        exact = index.get((field_name, item), [])
        if exact or item is None:
            return list(exact)
        return list(index.get((field_name, None), []))

    def item_note(self, terms: Iterable[Term]) -> list[str]:
        notes = []
        for term in terms:
            if term.item:
                note = self.items.explain(term.item)
                if note and note not in notes:
                    notes.append(note)
        return notes

"""Chat intent: which messages propose, approve, reject a change or announce bank details, and who."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.config import OrderConfig
from pipeline.config import Party as PartyConfig
from pipeline.extract.lexicon import cue_regex
from pipeline.model import ActKind, Block, ChatAct, Evidence, Party, Term

# A question asks, it does not agree: "ok?", "可以吗", "can we use 201?".
_QUESTION = re.compile(
    r"[?？]\s*$|吗\s*[?？]?\s*$|^\s*(?:can|could|may|shall|should|would|is|are|do)\s+(?:we|you|i|it)\b",
    re.I,
)
_CONFIRM_REQUEST = re.compile(
    r"\b(?:pls|please|plz|kindly|can\s+you|could\s+you)\s+(?:confirm|approve|advise|reconfirm)\b|"
    r"请确认|请回复|请批准|麻烦确认|bitte\s+(?:um\s+)?(?:bestätigen|bestätigung)|merci\s+de\s+confirmer|"
    r"veuillez\s+confirmer|por\s+favor\s+confirme",
    re.I,
)
# Words that say a message is about a change of terms even without a field value in it.
_FIELD_WORDS: tuple[tuple[str, str], ...] = (
    (
        "material",
        r"material|steel|stainless|\b(?:201|304|316)\b|silicone|plastic|fabric|材质|材料|不锈钢",
    ),
    ("price.unit", r"price|cost|单价|价格|涨价"),
    ("quantity", r"quantity|\bqty\b|数量"),
    ("lead_time", r"lead\s*time|delivery|delay|ship\s+date|交期|延期|交货"),
    ("color", r"colou?r|pantone|颜色"),
    ("dimensions", r"\bsize\b|dimension|尺寸"),
    ("packaging.inner", r"packing|packaging|\bbox|\bbag|包装|彩盒|纸盒"),
    ("packaging.carton_size", r"carton|\bply\b|纸箱|外箱|层"),
    ("packaging.carton_qty", r"pcs\s*/\s*ctn|per\s+carton|每箱|装箱"),
    ("logo", r"\blogo\b|printing|印刷"),
    ("payment.deposit", r"deposit|定金"),
    ("payment.balance", r"balance|尾款"),
    ("incoterm", r"\b(?:fob|exw|cif|ddp)\b"),
)
_BANK_WORDS = re.compile(r"\baccount\b|\bbank\b|\bswift\b|beneficiary|账户|账号|银行|收款", re.I)
BANK_FIELDS = ("bank.account", "bank.beneficiary", "bank.name", "bank.swift", "bank.intermediary")
_NEGATED_APPROVAL = re.compile(
    r"\b(?:not|never|no|don'?t|do not|doesn'?t|does not|can'?t|cannot|won'?t|will not)\s+"
    r"(?:ok|okay|approved?|agreed?|accept(?:ed)?|confirm(?:ed)?)\b"
    # holding to what was agreed: "please keep it", "keep the 0.84"; Polish "nie ma zgody"
    r"|\bplease\s+keep\s+(?:it\b|to\s+(?:the\s+)?(?:agreed|original|quoted)|the\s+(?:agreed|original|quoted|old)\b)"
    r"|\bnie\s+ma\s+zgody\b|\bnie\s+zgadzam",
    re.I,
)


# A sentence that asks ("Why has the account changed?") or a clause that sets a condition ("we
# will not pay before we have confirmed it by phone") holds no agreement, whatever words it uses.
_INTERROGATIVE = re.compile(
    r"^\s*(?:why|what|how|when|where|which|who|can|could|may|shall|should|would|will|is|are|do|"
    r"does|did|have|has|为什么|为何|怎么|是否)\b",
    re.I,
)
_CONDITION = re.compile(
    r"\b(?:before|until|unless|if|once|after|as\s+soon\s+as|only\s+when)\b|除非|之前|以前|如果|等到",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")
_BARE_OK = {"ok", "okay", "好的", "ok go ahead"}


def _counts(text: str, start: int, kind: str) -> bool:
    """Whether an intent phrase at `start` speaks for the message: an approval inside a question
    or after a condition in its sentence does not."""
    if kind != "approval":
        return True
    for m in _SENTENCE.finditer(text):
        if m.start() <= start < m.end():
            sentence = m.group()
            before = text[m.start() : start]
            asks = sentence.rstrip().endswith(("?", "？")) or _INTERROGATIVE.match(sentence)
            return not (asks or _CONDITION.search(before))
    return True


@dataclass(frozen=True)
class Sender:
    party: Party
    name: str | None


def _names(party: PartyConfig) -> list[str]:
    names = [name.lower() for name in party.names if len(name.strip()) >= 2]
    names += [email.lower() for email in party.emails]
    return names


def party_of(sender: str | None, config: OrderConfig) -> Party:
    """buyer / supplier / unknown for a chat sender, from order.toml names, aliases and e-mails."""
    if not sender:
        return "unknown"
    who = sender.strip().lower()
    best: tuple[int, Party] = (0, "unknown")
    for party, names in (("buyer", _names(config.buyer)), ("supplier", _names(config.supplier))):
        for name in names:
            if name == who or name in who or (len(who) >= 3 and who in name):
                score = len(name) + (100 if name == who else 0)
                if score > best[0]:
                    best = (score, party)  # type: ignore[assignment]
    if best[1] != "unknown":
        return best[1]
    if re.search(r"\((?:supplier|factory|seller|vendor)\)|供应商|工厂", who):
        return "supplier"
    if re.search(r"\((?:buyer|customer|client|importer)\)|客户|买家", who):
        return "buyer"
    return "unknown"


# A supplier asking for the money to go to an account it names by owner or place ("pls pay the
# balance to our Hong Kong company account", "kindly remit into the new account", "余款请打到香港
# 公司账户"): the announcement itself, whatever words for "new" it uses (the phrases of
# models/lexicon/intents.tsv kind bank_announcement cover the fixed wordings).
_PAY_TO_ACCOUNT = cue_regex("pay_to_account")


# The buyer saying it will pay to the account named ("we'll wire the balance to the HK account",
# "will pay to new account", "余款会打到新账户"): an agreement to the account, however it begins.
_WILL_PAY_TO_ACCOUNT = cue_regex("will_pay_to_account")


def label_message(
    block: Block,
    docs: Sequence[Doc],
    terms: Sequence[Term],
    config: OrderConfig,
    document_path: str,
    previous: Sequence[ChatAct],
) -> list[ChatAct]:
    """The acts of one chat message: proposal, approval, rejection, bank announcement."""
    if block.system:
        return []
    text = block.text
    party = party_of(block.sender, config)
    spans = [
        (doc, span)
        for doc in docs
        for span in doc.spans.get("lexicon", [])
        if span.label_ == "intent" and _counts(doc.text, span.start_char, span.id_)
    ]
    kinds = {span.id_ for _, span in spans}
    if "acknowledgement" in kinds and kinds & {"approval"}:
        # "ok received", "ok noted, thanks": a receipt; "ok noted, we will pay to it" agrees
        bare = {s.text.lower() for _, s in spans if s.id_ == "approval"} <= _BARE_OK
        if bare:
            kinds.discard("approval")
    if party != "buyer" and _PAY_TO_ACCOUNT.search(text):
        kinds.add("bank_announcement")  # "pls pay the balance to our Hong Kong company account"
    if party == "buyer" and _WILL_PAY_TO_ACCOUNT.search(text):
        kinds.add("approval")  # "ok noted, we'll wire the balance to the HK account": agreed
    # "Pls confirm", "请确认": a request for the other side's approval asks, it approves nothing
    question = bool(_QUESTION.search(text.strip()) or _CONFIRM_REQUEST.search(text))
    fields = sorted(
        {t.field for t in terms}
        | {f for f, pattern in _FIELD_WORDS if re.search(pattern, text, re.I)}
    )
    acts: list[tuple[ActKind, tuple[str, ...], str]] = []
    bank_terms = [t for t in terms if t.field.startswith("bank.")]
    # Only the supplier side announces its bank details; a buyer's "ok, new account noted" agrees.
    if party != "buyer" and ("bank_announcement" in kinds or bank_terms):
        bank_fields = tuple(sorted({t.field for t in bank_terms})) or ("bank.account",)
        acts.append(
            (
                "bank_announcement",
                bank_fields,
                "intent/bank" if "bank_announcement" in kinds else "bank-details-in-chat",
            )
        )
    # "ok go ahead, but don't change the logo": the phrase that comes first decides
    first: dict[str, tuple[int, int]] = {}
    for doc, span in spans:
        first.setdefault(span.id_, (docs.index(doc), span.start_char))
    approval_first = "approval" in first and first["approval"] < first.get("rejection", (999, 0))
    rejected = ("rejection" in kinds and not approval_first) or bool(_NEGATED_APPROVAL.search(text))
    if rejected and _BANK_WORDS.search(text):
        bank = _fields_of_last(previous, party, "bank_announcement") or BANK_FIELDS
        acts.append(("rejection", bank, "intent/rejection (bank details announced before)"))
    elif rejected:
        acts.append(
            (
                "rejection",
                tuple(fields) or _fields_of_last_proposal(previous, party),
                "intent/rejection",
            )
        )
    elif "approval" in kinds and not question and "deferral" not in kinds:
        named = tuple(f for f in fields if f in {t.field for t in terms}) or tuple(fields)
        rule = "intent/approval"
        if _BANK_WORDS.search(text):
            named = _fields_of_last(previous, party, "bank_announcement") or BANK_FIELDS
            rule = "intent/approval (bank details announced before)"
        elif not named:
            named = _fields_of_last_proposal(previous, party)
            rule = "intent/approval (fields of the proposal it answers)" if named else rule
        acts.append(("approval", named, rule))
    product_terms = [t for t in terms if not t.field.startswith("bank.")]
    proposes = "proposal" in kinds and bool(product_terms or fields)
    asks = question and bool(product_terms) and party != "buyer"
    if (proposes or asks) and not rejected:
        proposed = tuple(sorted({t.field for t in product_terms} or set(fields)))
        acts.append(("proposal", proposed, "intent/proposal"))
    evidence = Evidence.of(document_path, block)
    return [
        ChatAct(kind=kind, party=party, evidence=evidence, fields=fs, rule=rule)
        for kind, fs, rule in acts
    ]


def _fields_of_last_proposal(previous: Sequence[ChatAct], party: Party) -> tuple[str, ...]:
    return _fields_of_last(previous, party, "proposal")


def _fields_of_last(previous: Sequence[ChatAct], party: Party, kind: ActKind) -> tuple[str, ...]:
    for act in reversed(previous):
        if act.kind == kind and act.party != party:
            return act.fields
    return ()

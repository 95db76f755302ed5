"""The spaCy pipeline of the extract stage: a mixed English/Chinese tokenizer and a lexicon matcher.

`spacy.blank("en")` tokenizes Latin text; runs of CJK characters are split one character per token
(what `spacy.blank("zh")` does with its default "char" segmenter), so Chinese lexicon phrases match
character by character while "shipping" never matches the resin code "PP". Every lexicon under
models/lexicon becomes phrase patterns (fast at any size), built into models/pipeline by
`python -m pipeline.extract.build_model` and loaded once per process by `load_nlp`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans
from spacy.vocab import Vocab

from pipeline.errors import RuleFileError
from pipeline.extract.memo import ThreadMemo
from pipeline.extract.segment import SPANS_KEY
from pipeline.field_registry import registry
from pipeline.resources import models_dir

PIPELINE_DIR = "pipeline"
PATTERNS_FILE = "patterns.jsonl"

# CJK ideographs, CJK punctuation and full-width forms: one token per character.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SEGMENTS = re.compile(f"[{_CJK}]|[^{_CJK}]+")


class MixedTokenizer:
    """English tokenizer for Latin text, one token per CJK character (as spaCy's zh 'char' mode)."""

    def __init__(self, vocab: Vocab, base: Callable[[str], Doc]) -> None:
        self.vocab = vocab
        self.base = base

    def __call__(self, text: str) -> Doc:
        if not _CJK_CHAR.search(text):
            return self.base(text)
        words: list[str] = []
        spaces: list[bool] = []
        for match in _SEGMENTS.finditer(text):
            segment = match.group()
            if _CJK_CHAR.match(segment):
                words.append(segment)
                spaces.append(False)
                continue
            if words and segment.startswith(" "):
                spaces[-1] = True
                segment = segment[1:]
            for token in self.base(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer is made by code (create_mixed_tokenizer) from spaCy's English defaults: the
    # pipeline directory only names it, so that loading does not rebuild its 5,000 special cases.
    def to_disk(self, path: Path, **kwargs: Any) -> None:
        Path(path).write_text(json.dumps({"tokenizer": TOKENIZER}) + "\n", encoding="utf-8")

    def from_disk(self, path: Path, **kwargs: Any) -> MixedTokenizer:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return json.dumps({"tokenizer": TOKENIZER}).encode()

    def from_bytes(self, data: bytes, **kwargs: Any) -> MixedTokenizer:
        return self


TOKENIZER = "order_audit.mixed_tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_mixed_tokenizer() -> Callable[[Language], MixedTokenizer]:
    def make(nlp: Language) -> MixedTokenizer:
        defaults = nlp.Defaults
        # "1pc/opp bag", "/OPP袋", "24pcs/ctn": a slash between or before words separates them
        prefixes = [*(defaults.prefixes or ()), r"/"]
        infixes = [*(defaults.infixes or ()), r"(?<=[0-9A-Za-z])/(?=[0-9A-Za-z])"]
        base = Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return MixedTokenizer(nlp.vocab, base)

    return make


class LexiconMatcher:
    """Phrase patterns from models/lexicon -> doc.spans["lexicon"], label = category, id = canonical.

    `case` "lower" patterns match case-insensitively; "exact" ones (CE, PP, UL) only as written.
    Within one category the longest match wins ("food grade silicone" over "silicone").
    """

    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.patterns: list[dict[str, str]] = []
        self._matchers = {
            "lower": PhraseMatcher(nlp.vocab, attr="LOWER"),
            "exact": PhraseMatcher(nlp.vocab, attr="ORTH"),
        }
        self._keys: dict[int, tuple[str, str]] = {}

    def add_patterns(self, patterns: Iterable[dict[str, str]]) -> None:
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for pattern in patterns:
            case = pattern.get("case", "lower")
            if case not in self._matchers:
                raise RuleFileError(
                    PATTERNS_FILE,
                    pattern.get("pattern", "?"),
                    f"case {case!r} is not lower or exact",
                )
            grouped.setdefault((case, pattern["label"], pattern["id"]), []).append(
                pattern["pattern"]
            )
            self.patterns.append(dict(pattern))
        for (case, label, ident), texts in grouped.items():
            key = f"{label}\x1f{ident}"
            self._keys[self.nlp.vocab.strings.add(key)] = (label, ident)
            self._matchers[case].add(key, [self.nlp.make_doc(text) for text in texts])

    def __call__(self, doc: Doc) -> Doc:
        by_label: dict[str, list[Span]] = {}
        for matcher in self._matchers.values():
            for match_id, start, end in matcher(doc):
                label, ident = self._keys[match_id]
                by_label.setdefault(label, []).append(
                    Span(doc, start, end, label=label, span_id=ident)
                )
        spans: list[Span] = []
        for found in by_label.values():
            spans.extend(filter_spans(found))
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start, -s.end))
        return doc

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with (path / PATTERNS_FILE).open("w", encoding="utf-8") as out:
            for pattern in self.patterns:
                out.write(json.dumps(pattern, ensure_ascii=False, sort_keys=True) + "\n")

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> LexiconMatcher:
        file = Path(path) / PATTERNS_FILE
        lines = file.read_text(encoding="utf-8").splitlines()
        self.add_patterns(json.loads(line) for line in lines if line.strip())
        return self


@Language.factory("order_audit_lexicon", default_config={"spans_key": SPANS_KEY})
def make_lexicon_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, spans_key=spans_key)


def blank_pipeline() -> Language:
    """An empty pipeline with the mixed tokenizer and an empty lexicon matcher."""
    nlp = spacy.blank(
        "en", config={"nlp": {"tokenizer": {"@tokenizers": "order_audit.mixed_tokenizer.v1"}}}
    )
    nlp.add_pipe("order_audit_lexicon")
    nlp.meta.update(name="order_audit", version="1.0.0", description="order-audit lexicon pipeline")
    return nlp


def pipeline_path() -> Path:
    return models_dir() / PIPELINE_DIR


@cache
def load_nlp() -> Language:
    """The extract pipeline from models/pipeline, loaded once per process."""
    path = pipeline_path()
    if not (path / "config.cfg").is_file():
        raise RuleFileError(
            path, "pipeline", "is not built; run `python -m pipeline.extract.build_model`"
        )
    nlp = spacy.load(path)
    extra = registry_label_patterns()
    if extra:
        matcher = nlp.get_pipe("order_audit_lexicon")
        assert isinstance(matcher, LexiconMatcher)  # noqa: S101 - the pipe blank_pipeline adds
        matcher.add_patterns(extra)
    return nlp


# Docs of texts seen before: cell and line texts repeat within a document and across an
# order's documents ("pcs", "USD", "FOB Ningbo"): 11,782 unit texts of 20 benchmark orders are
# 1,788 distinct ones. A few thousand short Docs are a few MB.
_DOCS: ThreadMemo[str, Doc] = ThreadMemo(8192)


def parse_texts(texts: Iterable[str]) -> list[Doc]:
    """One Doc per text through the extract pipeline, the Doc of a text seen before reused.

    Sharing is safe because nothing changes a Doc after the pipeline (extractors read its tokens
    and "lexicon" spans; `segment.spans_by_label` only stores an index of those spans on it),
    and the pipeline gives the same Doc for the same text.
    """
    nlp = load_nlp()
    docs: list[Doc] = []
    for text in texts:
        doc = _DOCS.get(text)
        docs.append(doc if doc is not None else _DOCS.put(text, nlp(text)))
    return docs


def parse_text(text: str) -> Doc:
    return parse_texts((text,))[0]


def registry_label_patterns() -> list[dict[str, str]]:
    """The field registry's own label words (fields.toml `labels`) as field_label patterns,
    added when the pipeline loads: a registered field needs no model rebuild."""
    return [
        {"label": "field_label", "pattern": phrase, "id": name, "case": "lower"}
        for name, spec in registry().items()
        for phrase in spec.labels
    ]

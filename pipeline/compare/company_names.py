"""Is this the same legal entity? Company names compared across spellings, suffix variants and
scripts (issue 15).

- Two English names: the same once punctuation and the legal form ("Co., Ltd." / "Company
  Limited" / "Ltd") are dropped (`values.company_key`, the suffixes of pipeline/data/bank.toml),
  in any word order, or 90 % alike (difflib); one name's words inside the other's is "cannot
  tell" (a district added, or a Hong Kong company of the same brand).
- Two Chinese names: the same once the legal form (有限公司 …) and the administrative words
  省 / 市 / 县 / 区 are dropped; one inside the other is "cannot tell".
- English and Chinese: the same when the English name opens with the pinyin of the Chinese
  name's first four or more characters (宁波明途 -> "Ningbo Mingtu ..."), python-pypinyin, and
  neither name is a trading company's where the other is not; otherwise "cannot tell" (the
  English name may translate the brand: 明途 -> "Brightway").
"""

from __future__ import annotations

import difflib
import re
from functools import cache, lru_cache

from pipeline.compare.values import company_key
from pipeline.extract.supplier_lexicon import is_trading_name

SIMILAR = 0.9  # difflib ratio above which two English names are one (the bank rule's threshold)
MIN_TRANSLITERATED = 4  # Chinese characters whose pinyin must open the English name

_ADMIN = re.compile(r"[省市县区镇]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def script(name: str) -> str:
    """'zh' for a name written in Chinese characters, else 'en'."""
    return "zh" if _CJK.search(name) else "en"


@cache
def _syllables(chinese: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # loads its dictionary (0.3 s): only when a pair needs it

    return tuple(s.lower() for s in lazy_pinyin(chinese) if s.isalpha())


def _zh_core(name: str) -> str:
    return _ADMIN.sub("", re.sub(r"[^\u4e00-\u9fff]", "", company_key(name)))


def transliterated(english: str, chinese: str) -> int:
    """How many of the Chinese name's first characters the English name spells in pinyin, word
    by word from its start: 'NINGBO MINGTU HOUSEWARES' / '宁波明途家居用品有限公司' -> 4. An English
    name that is nothing but pinyin must spell the whole Chinese name ('WENZHOU CANGNAN HONG' is
    a cut-off name, not 温州苍南宏达包装): else 0."""
    tokens = company_key(english).lower().split()
    syllables = _syllables(_zh_core(chinese))
    count = used = 0
    for token in tokens:
        spelled, n = "", 0
        while count + n < len(syllables) and len(spelled) < len(token):
            spelled += syllables[count + n]
            n += 1
        if spelled != token:
            break
        count, used = count + n, used + 1
    if used == len(tokens) and count < len(syllables):
        return 0
    return count


# Asked for every pair of a document's and the reference's names, again for every rule and
# order that meets them; the answer depends on the two names and the data files only.
@lru_cache(maxsize=4096)
def same_company(a: str, b: str) -> tuple[bool | None, str]:
    """(True, why) for one legal entity, (False, why) for two, (None, why) when the names
    cannot tell (different scripts with a translated brand, or one name inside the other)."""
    sa, sb = script(a), script(b)
    if sa != sb:
        english, chinese = (a, b) if sa == "en" else (b, a)
        if bool(is_trading_name(english)) != bool(is_trading_name(chinese)):
            return False, f"{english} and {chinese}: only one is a trading company's name"
        count = transliterated(english, chinese)
        if count >= MIN_TRANSLITERATED:
            return True, f"{english} spells {chinese} in pinyin ({count} characters)"
        return None, f"{english} and {chinese} are written in different scripts"
    if sa == "zh":
        ka, kb = _zh_core(a), _zh_core(b)
        if ka == kb:
            return True, f"{a} is {b} (legal form and 省/市/县/区 aside)"
        if ka and kb and (ka in kb or kb in ka):
            return None, f"one of {a} and {b} holds the other"
        return False, f"{a} is not {b}"
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return None, "a name without words"
    if ka == kb or set(ka.split()) == set(kb.split()):
        return True, f"{a} is {b} (legal form, punctuation and word order aside)"
    ratio = difflib.SequenceMatcher(None, ka, kb).ratio()
    if ratio >= SIMILAR:
        return True, f"{a} matches {b} (similarity {ratio:.2f})"
    wa, wb = set(ka.split()), set(kb.split())
    if wa <= wb or wb <= wa:
        return None, f"the words of one of {a} and {b} are inside the other"
    return False, f"{a} is not {b} (similarity {ratio:.2f})"


def plausible_name(name: str) -> bool:
    """A legal name worth comparing: two words or more before the legal form (English), five
    Chinese characters or more besides 省/市/县/区 (Chinese); a page that reads garbled gives 'FOS LTD'."""
    key = company_key(name)
    if script(name) == "zh":
        return len(_zh_core(name)) >= 6
    return len([w for w in key.split() if len(w) > 1]) >= 2

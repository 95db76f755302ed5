"""A document's role: order.toml [roles], else the folder it sits in, else its content."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import PurePosixPath

from pipeline.config import OrderConfig
from pipeline.model import Block, Role

# Formats that are conversations whatever their title says (contract: chat exports and .eml).
CHAT_FORMATS = frozenset({"whatsapp", "wechat", "telegram", "chatlog", "email"})
_TITLE_WINDOW = 25  # blocks from the top where a title may stand
_TITLE_MAX_CHARS = 80  # longer blocks are prose that merely mentions a title word


@cache
def _role_words() -> dict[str, dict[str, list[str]]]:
    text = (
        resources.files("pipeline.ingest").joinpath("data/roles.toml").read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


def order_folder_marks() -> frozenset[str]:
    """Sub-folder names that make a folder an order folder (roles.toml [discovery])."""
    return frozenset(_role_words()["discovery"]["order_folder_marks"])


def _folder_key(name: str) -> str:
    name = re.sub(r"^\d+[-_. ]*", "", name.strip().lower())
    return re.sub(r"[\s_]+", "-", name)


def role_of_folder(name: str) -> Role | None:
    """The role a folder name stands for ('quotes' -> quote, '03_PI' -> pi), or None."""
    key = _folder_key(name)
    for role, names in _role_words()["folders"].items():
        if key in names:
            return role  # type: ignore[return-value]
    return None


@cache
def _title_patterns() -> tuple[tuple[re.Pattern[str], str, Role], ...]:
    out = []
    for role, titles in _role_words()["titles"].items():
        for title in titles:
            words = r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", title))
            if re.search(r"[A-Za-z]", title):
                pattern = re.compile(rf"(?<![A-Za-z]){words}(?![A-Za-z])", re.IGNORECASE)
            else:
                pattern = re.compile(words)
            out.append((pattern, title, role))
    out.sort(key=lambda entry: -len(entry[1]))
    return tuple(out)  # type: ignore[arg-type]


def _weak(title: str) -> bool:
    # One-word titles ("INVOICE", "QUOTE", "报价") also name fields ("Invoice address", "报价有效期"):
    # they count only where a block starts with them and no word of the same phrase follows.
    return (" " not in title and "-" not in title and title.isascii()) or len(title) <= 2


def _weak_title_stands_alone(text: str, start: int, end: int) -> bool:
    if text[:start].strip(" #*-:|"):
        return False
    if text[start:end].isupper():
        return True  # a heading in capitals: "QUOTATION for bottles"
    rest = text[end:].lstrip(" #*|")
    if not rest:
        return True
    # "Invoice address", "Quote: valid 30 days", "报价有效期" are labels, not titles
    return not (rest[0] in ":：" or rest[0].islower() or "\u4e00" <= rest[0] <= "\u9fff")


def role_of_title(blocks: Sequence[Block]) -> tuple[Role, str] | None:
    """The role named by a title near the top of the document, with the title as written."""
    for block in list(blocks)[:_TITLE_WINDOW]:
        text = " ".join(block.text.split())
        if not text or len(text) > _TITLE_MAX_CHARS:
            continue
        for pattern, title, role in _title_patterns():
            match = pattern.search(text)
            if match and (
                not _weak(title) or _weak_title_stands_alone(text, match.start(), match.end())
            ):
                return role, match.group(0)
    return None


def role_of_filename(name: str) -> Role | None:
    """The role a file name's words suggest ('PI-2291_R1.pdf' -> pi), or None."""
    stem = PurePosixPath(name).stem.lower()
    tokens = set(re.split(r"[^a-z\u4e00-\u9fff]+", stem)) - {""}
    for role, words in _role_words()["filenames"].items():
        for word in words:
            if word in tokens or (not word.isascii() and word in stem):
                return role  # type: ignore[return-value]
    return None


def decide_role(
    path: str,
    config: OrderConfig | None = None,
    *,
    format: str = "text",
    blocks: Sequence[Block] = (),
    use_folders: bool = True,
) -> tuple[Role, str]:
    """(role, how it was decided) for the document at `path` (relative to the order folder).

    Order: order.toml [roles] > the nearest folder with a role name > content (chat structure,
    title words, file name) > "other". Attachments pass use_folders=False: a PI mailed in a chat
    thread is a PI, not a chat.
    """
    path = path.replace("\\", "/")
    if config is not None and path in config.roles:
        return config.roles[path], "order.toml"
    if use_folders:
        for folder in reversed(PurePosixPath(path.split("#", 1)[0]).parts[:-1]):
            role = role_of_folder(folder)
            if role is not None:
                return role, f"folder '{folder}/'"
    if format in CHAT_FORMATS:
        return "chat", f"content: structure ({format} messages)"
    titled = role_of_title(blocks)
    if titled is not None:
        return titled[0], f"content: title '{titled[1]}'"
    name = path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    role = role_of_filename(name)
    if role is not None:
        return role, f"file name '{name}'"
    return "other", "no role found (not in order.toml, no role folder, no title)"

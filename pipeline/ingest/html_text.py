"""HTML -> text lines: mail bodies written in HTML and saved web pages, with the standard
library's HTMLParser (scripts and styles dropped, block elements on lines of their own, table
cells separated by tabs, blockquotes marked as quoted)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "blockquote",
    "hr",
    "pre",
}


class _HtmlText(HTMLParser):
    """HTML to text: block tags become line breaks, <blockquote> content is quoted with '> '."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag == "blockquote":
            self.quote += 1
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        classes = dict(attrs).get("class") or ""
        if tag == "div" and ("gmail_quote" in classes or "yahoo_quoted" in classes):
            self.quote += 1
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote:
            data = "\n".join(f"> {line}" if line.strip() else line for line in data.split("\n"))
        self.parts.append(data)


def html_text_lines(chunks: Iterable[str]) -> Iterator[str]:
    """The lines of the visible text of HTML fed in chunks (tags dropped, blocks on their own
    lines, spaces collapsed; blank lines kept as ""), produced as the chunks are parsed."""
    parser = _HtmlText()
    pending = ""
    broken = False
    for chunk in chunks:
        if not broken:
            try:
                parser.feed(chunk)
            except (AssertionError, ValueError):
                broken = True
        pending += "".join(parser.parts)
        parser.parts.clear()
        *complete, pending = pending.split("\n")
        for line in complete:
            yield " ".join(line.replace("\xa0", " ").split())
    if not broken:
        with contextlib.suppress(AssertionError, ValueError):
            parser.close()
    pending += "".join(parser.parts)
    for line in pending.split("\n"):
        yield " ".join(line.replace("\xa0", " ").split())


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body (tags dropped, blocks on their own lines)."""
    text = "\n".join(html_text_lines([html]))
    return re.sub(r"\n{3,}", "\n\n", text).strip()

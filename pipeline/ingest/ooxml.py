"""Office Open XML packages read as streams: parts found through their relationships, XML parsed
one top-level element at a time (a paragraph, a table) and dropped once read, so a Word file of
a million paragraphs never sits in memory as one tree.

`read_docx` (office.py) walks what `ChildStream` yields with its DOCX walker. A package in
"Strict Open XML" (which python-docx cannot open) has its namespaces mapped to the transitional
ones they mirror, element by element.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

TRANSITIONAL_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TRANSITIONAL_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main": TRANSITIONAL_W,
    "http://purl.oclc.org/ooxml/officeDocument/relationships": TRANSITIONAL_R,
}
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SMALL_PART = 4 * 1024 * 1024  # relationships, core properties: read whole, at most this much
_CLOCK_EVERY = 4096  # inner elements between two looks at the stop test


class PackageError(Exception):
    """The package lacks a part it needs (named in the message)."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _small_xml(archive: zipfile.ZipFile, name: str) -> Any:
    info = archive.getinfo(name)
    if info.file_size > _SMALL_PART:
        raise PackageError(f"its part {name!r} is larger than {_SMALL_PART // (1024 * 1024)} MB")
    return etree.fromstring(archive.read(info), _parser())


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part name) of a part ('' for the package itself)."""
    name = _rels_name(part) if part else "_rels/.rels"
    try:
        root = _small_xml(archive, name)
    except KeyError:
        return {}
    base = posixpath.dirname(part)
    out: dict[str, tuple[str, str]] = {}
    for rel in root.iter(f"{_RELS_NS}Relationship"):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        out[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(resolved))
    return out


def part_of_type(archive: zipfile.ZipFile, part: str, kind: str) -> str | None:
    """The first part related to `part` ('' = the package) whose relationship type ends in /kind
    (transitional and strict types both end so)."""
    for rel_type, target in relationships(archive, part).values():
        if rel_type.rsplit("/", 1)[-1] == kind:
            return target
    return None


def core_title(archive: zipfile.ZipFile) -> str | None:
    """dc:title of the package's core properties, when set."""
    name = part_of_type(archive, "", "core-properties")
    if name is None:
        return None
    try:
        root = _small_xml(archive, name)
    except (KeyError, PackageError, etree.XMLSyntaxError):
        return None
    title = root.find("{http://purl.org/dc/elements/1.1/}title")
    text = (title.text or "").strip() if title is not None else ""
    return text or None


def _to_transitional(element: Any) -> None:
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag.startswith("{"):
            ns, local = node.tag[1:].split("}", 1)
            if ns in _STRICT:
                node.tag = f"{{{_STRICT[ns]}}}{local}"
        for key in [k for k in node.attrib if k.startswith("{")]:
            ns, local = key[1:].split("}", 1)
            if ns in _STRICT:
                node.attrib[f"{{{_STRICT[ns]}}}{local}"] = node.attrib.pop(key)


class ChildStream:
    """The children of a part's container element (w:body of a document, the root of a header),
    each yielded complete and then dropped. `stop(units)` is asked every few thousand inner
    elements with the paragraphs and cells ended so far in the child being parsed (time, block
    limits); when it says so, that child is yielded as far as it was read and the stream ends
    with `cut` set."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        part: str,
        *,
        container_depth: int,
        stop: Callable[[int], bool],
    ) -> None:
        self.archive = archive
        self.part = part
        self.container_depth = container_depth  # 2: w:document/w:body; 1: w:hdr
        self.stop = stop
        self.cut = False
        self.strict = False
        self.root_tag: str | None = None

    def __iter__(self) -> Iterator[Any]:
        with self.archive.open(self.part) as stream:
            context = etree.iterparse(
                stream,
                events=("start", "end"),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
                load_dtd=False,
            )
            depth = 0
            container: Any = None
            inner = units = 0
            for event, element in context:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        self.root_tag = element.tag
                        self.strict = any(element.tag.startswith(f"{{{ns}}}") for ns in _STRICT)
                    if depth == self.container_depth:
                        container = element
                    continue
                if depth == self.container_depth + 1 and container is not None:
                    if self.strict:
                        _to_transitional(element)
                    yield element
                    element.clear()
                    container.remove(element)
                    units = 0
                elif depth > self.container_depth + 1:
                    inner += 1
                    if element.tag.endswith(("}p", "}tc")):
                        units += 1
                    if inner % _CLOCK_EVERY == 0 and self.stop(units):
                        self.cut = True
                        if container is not None and len(container):
                            partial = container[-1]
                            if self.strict:
                                _to_transitional(partial)
                            yield partial
                        return
                depth -= 1

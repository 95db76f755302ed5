"""Audit -> report text: HTML (self-contained), Markdown, plain text, and PDF via WeasyPrint."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.generated import markdown_marker, marker_line
from pipeline.model import SCHEMA_VERSION, Audit
from pipeline.report.atomic import atomic_write_bytes
from pipeline.report.environment import environment
from pipeline.report.view import ReportView, build_view, change_text, finding_anchor

PAGE_SIZES = ("A4", "Letter")
BANNER_REASONS = 4  # reasons shown in the verdict banner; the rest fold under "N more reasons"


# The view of the audit rendered last in this thread: write_reports renders html, md and txt
# (and the PDF) of one audit in a row, and the view is the same for all of them.
_LAST_VIEW = threading.local()


def view_of(audit: Audit) -> ReportView:
    """build_view(audit), built once for the formats of one audit rendered one after another."""
    last = getattr(_LAST_VIEW, "pair", None)
    if last is None or last[0] is not audit:
        last = (audit, build_view(audit))
        _LAST_VIEW.pair = last
    return last[1]


def _context(audit: Audit, *, expand: bool, print_version: bool = False) -> dict[str, Any]:
    view = view_of(audit)
    return {
        "v": view,
        "expand": expand or print_version,
        "print": print_version,
        "banner_reasons": BANNER_REASONS,
        "anchors": {h.anchor for h in view.histories},
        "anchor_for": finding_anchor,
        "change_text": change_text,
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "marker_line": marker_line(),
        "markdown_marker": markdown_marker(),
    }


def render_html(audit: Audit, *, expand: bool = False, print_version: bool = False) -> str:
    """report.html: one self-contained page (inline CSS, no script, no external asset).

    `expand` opens every <details> (explanations, matched fields). `print_version` (the PDF's
    source) also opens them and leaves out the history of fields nothing flagged, which
    report.html keeps folded: on paper it only adds pages.
    """
    context = _context(audit, expand=expand, print_version=print_version)
    return environment().get_template("report.html.j2").render(context)


def render_markdown(audit: Audit) -> str:
    """report.md, for chat tools and tickets; supplier text is escaped for Markdown."""
    return environment().get_template("report.md.j2").render(_context(audit, expand=False))


def render_text(audit: Audit) -> str:
    """report.txt, for plain-text mail and terminals; supplier text is reduced to single lines."""
    return environment().get_template("report.txt.j2").render(_context(audit, expand=False))


def pdf_available() -> bool:
    """True when WeasyPrint (and its Pango libraries) can be imported."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def render_pdf_bytes(audit: Audit, *, page_size: str = "A4") -> bytes:
    """The HTML report laid out on A4 or Letter pages, with page numbers and the order id in the footer."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r} is not one of {', '.join(PAGE_SIZES)}")
    import weasyprint  # deferred: WeasyPrint (1 s) only when a PDF report is asked for

    # overflow-wrap:anywhere (right for narrow screens) makes WeasyPrint measure every possible
    # break while sizing table columns: 2.5x slower. break-word wraps the same on paper.
    page = weasyprint.CSS(
        string=f"@page {{ size: {page_size}; }} * {{ overflow-wrap: break-word !important; }}"
    )
    # base_url None and no url_fetcher use: the report has no external asset, and a stray
    # URL in supplier text is text, not a link WeasyPrint would fetch.
    document = weasyprint.HTML(
        string=render_html(audit, print_version=True), base_url=None, url_fetcher=_refuse_fetch
    )
    pdf = document.write_pdf(stylesheets=[page])
    if pdf is None:  # pragma: no cover - write_pdf returns bytes when no target is given
        raise RuntimeError("WeasyPrint returned no PDF")
    return bytes(pdf)


def render_pdf(audit: Audit, path: Path, *, page_size: str = "A4") -> Path:
    """Write report.pdf atomically to `path`; raises ImportError when WeasyPrint is missing."""
    return atomic_write_bytes(Path(path), render_pdf_bytes(audit, page_size=page_size))


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the report must not load external resources ({url[:80]})")

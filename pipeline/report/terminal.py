"""The compact summary `order-audit audit` prints: verdict, a severity table, the top findings."""

from __future__ import annotations

import sys

from pipeline.model import SEVERITIES, Audit
from pipeline.report.formatting import clean_line, observation
from pipeline.report.view import VERDICT_MEANING, top_findings

# ANSI SGR codes; used only when colour is on (a terminal, or asked for).
_RESET = "\033[0m"
_STYLE = {
    "HOLD": "\033[1;37;41m",
    "REVIEW": "\033[1;30;43m",
    "RELEASE": "\033[1;37;42m",
    "critical": "\033[1;31m",
    "high": "\033[31m",
    "medium": "\033[33m",
    "low": "\033[36m",
    "info": "\033[2m",
    "dim": "\033[2m",
}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if color else text


def summary_lines(audit: Audit, *, color: bool | None = None, top: int = 5) -> list[str]:
    """Lines for the terminal; color None means 'when stdout is a terminal'."""
    if color is None:
        color = sys.stdout.isatty()
    counts = audit.counts()
    lines = [
        f"{_paint(f' {audit.verdict} ', audit.verdict, color)} {clean_line(audit.order_id)}"
        + (f" · {clean_line(audit.supplier, limit=60)}" if audit.supplier else ""),
        VERDICT_MEANING.get(audit.verdict, ""),
    ]
    for reason in audit.reasons[:3]:
        lines.append(f"  - {clean_line(reason, limit=120)}")
    if len(audit.reasons) > 3:
        lines.append(f"  - ... {len(audit.reasons) - 3} more reasons in the report")
    lines.append("")
    width = max(len(s) for s in SEVERITIES)
    lines.append(f"  {'severity':<{width}}  open")
    lines.append(f"  {'-' * width}  ----")
    for sev in SEVERITIES:
        row = f"  {sev:<{width}}  {counts[sev]:>4}"
        lines.append(_paint(row, sev, color) if counts[sev] else row)
    shown = top_findings(audit, top)
    if shown:
        lines.append("")
        lines.append("Top findings:")
        for f in shown:
            item = f" [{clean_line(f.item, limit=30)}]" if f.item else ""
            observed = observation(f.observed, f.field) if f.observed else "not stated"
            change = f"{observation(f.baseline, f.field)} -> {observed}"
            head = _paint(f"{f.severity.upper():<8}", f.severity, color)
            lines.append(
                f"  {head} {f.field}{item}: {clean_line(change, limit=90)} ({f.status.replace('_', ' ')})"
            )
        rest = sum(1 for f in audit.findings if f.status != "match" and f.severity != "info") - len(
            shown
        )
        if rest > 0:
            lines.append(_paint(f"  ... {rest} more in the report", "dim", color))
    unread = [d for d in audit.documents if d.status != "read"]
    if unread:
        lines.append("")
        for d in unread:
            error = clean_line(d.error or "no reason recorded", limit=160)
            lines.append(
                f"  {d.status}: " + (error if d.path in error else f"{clean_line(d.path)}: {error}")
            )
    return lines

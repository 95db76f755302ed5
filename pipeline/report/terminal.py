"""The compact summary `order-audit audit` prints: verdict, a severity table, the top findings."""

from __future__ import annotations

import sys

from pipeline.model import SEVERITIES, Audit
from pipeline.report.formatting import clean_line
from pipeline.report.view import build_view, top_items

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
    view = build_view(audit)
    counts = audit.counts()
    lines = [
        f"{_paint(f' {audit.verdict} ', audit.verdict, color)} {clean_line(audit.order_id)}"
        + (f" · {clean_line(audit.supplier, limit=60)}" if audit.supplier else ""),
        view.meaning,
    ]
    for reason in view.reasons[:3]:
        lines.append(f"  - {clean_line(reason, limit=120)}")
    if len(view.reasons) > 3:
        lines.append(f"  - ... {len(view.reasons) - 3} more reasons in the report")
    lines.append("")
    width = max(len(s) for s in SEVERITIES)
    lines.append(f"  {'severity':<{width}}  open")
    lines.append(f"  {'-' * width}  ----")
    for sev in SEVERITIES:
        row = f"  {sev:<{width}}  {counts[sev]:>4}"
        lines.append(_paint(row, sev, color) if counts[sev] else row)
    items = top_items(audit, 0, view)
    if items:
        lines.append("")
        lines.append("Top findings:")
        for item in items[:top]:
            head = _paint(f"{item.severity.upper():<8}", item.severity, color)
            lines.append(
                f"  {head} {clean_line(item.title, limit=40)}: {clean_line(item.change, limit=110)}"
            )
        if len(items) > top:
            lines.append(_paint(f"  ... {len(items) - top} more in the report", "dim", color))
    lines.append("")
    lines.append(
        f"Balance due: {view.balance.text}"
        + (f" ({view.balance.basis})" if view.balance.amount else "")
    )
    lines.append("Next:")
    for step in view.steps:
        lines.append(f"  - {step.who}: {clean_line(step.what, limit=150)}")
    unread = [d for d in audit.documents if d.status != "read"]
    if unread:
        lines.append("")
        for d in unread:
            error = clean_line(d.error or "no reason recorded", limit=160)
            lines.append(
                f"  {d.status}: " + (error if d.path in error else f"{clean_line(d.path)}: {error}")
            )
    return lines

"""The history of every field and item: spec -> quotes -> chats -> changes -> PIs, with what
superseded what (by date, version, role or file order, stated in each step's note)."""

from __future__ import annotations

from pipeline.compare.baseline import baseline_of
from pipeline.compare.context import Context, Statement
from pipeline.compare.values import display_value
from pipeline.model import Party, TimelineStep

_ROLE_NOTE = {
    "spec": "spec (baseline)",
    "sample": "approved sample record",
    "quote": "quotation",
    "pi": "proforma invoice",
    "inspection": "inspection report",
    "other": "other document",
}


def _role_note(ctx: Context, st: Statement) -> str:
    if st.role == "chat":
        return f"said in chat by the {st.party}" if st.party != "unknown" else "said in chat"
    if st.role == "change":
        baseline = baseline_of(ctx)
        applied = next((c for c in baseline.changes if c.document == st.path), None)
        if applied is not None:
            who = f" by {applied.approved_by}" if applied.approved_by else ""
            when = f" on {applied.date}" if applied.date else ""
            return f"change approved{who}{when}"
        skipped = next((s for s in baseline.skipped if s.document == st.path), None)
        return f"change not applied: {skipped.reason}" if skipped else "change document"
    return _ROLE_NOTE.get(st.role, st.role)


def _later_from_another_document(steps: list[list[Statement]]) -> list[Statement | None]:
    """For each step, the first later step of the same role read from another document.

    One pass from the end, keeping per role the nearest later step and the nearest one from a
    different file than it: a chat of 300,000 messages is one role in one file, and scanning
    ahead from every message made the timeline quadratic."""
    nearest: dict[str, tuple[Statement, Statement | None]] = {}
    out: list[Statement | None] = [None] * len(steps)
    for i in range(len(steps) - 1, -1, -1):
        first = steps[i][0]
        seen = nearest.get(first.role)
        if seen is not None:
            near, other = seen
            out[i] = near if near.path != first.path else other
            nearest[first.role] = (first, near if near.path != first.path else other)
        else:
            nearest[first.role] = (first, None)
    return out


def build_timeline(ctx: Context) -> tuple[TimelineStep, ...]:
    """One step per document (or chat message) per field and item, oldest first within each."""
    groups: dict[tuple[str, str | None], list[list[Statement]]] = {}
    for st in ctx.statements:
        steps = groups.setdefault((st.term.field, st.item), [])
        if steps and steps[-1][0].source_key == st.source_key:
            steps[-1].append(st)
        else:
            steps.append([st])
    baseline = baseline_of(ctx)
    # A role note depends on the document and the speaking party only: worded once per order,
    # not per step (an order of 70 items has hundreds of steps over a handful of documents).
    role_notes: dict[tuple[int, Party], str] = {}
    out: list[TimelineStep] = []
    for (field, item), steps in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for step, later in zip(steps, _later_from_another_document(steps), strict=True):
            first = step[0]
            value = first.term.value if len(step) == 1 else [s.term.value for s in step]
            role_key = (first.info.index, first.party)
            role_note = role_notes.get(role_key)
            if role_note is None:
                role_note = role_notes[role_key] = _role_note(ctx, first)
            notes = [role_note]
            if later is not None and first.role != "chat":
                how = ctx.superseded_how(first.info, later.info)
                notes.append(f"superseded by {later.path} ({how})")
            if first.role in ("spec", "sample"):
                entry = baseline.get(field, item)
                if entry is not None and entry.source == "change" and entry.document != first.path:
                    notes.append(f"superseded by the approved change {entry.document}")
            out.append(
                TimelineStep(
                    field=field,
                    item=item,
                    value=value,
                    display=display_value(field, value),
                    document=first.path,
                    role=first.role,
                    date=first.when,
                    evidence=first.term.evidence,
                    note="; ".join(notes),
                )
            )
    return tuple(out)

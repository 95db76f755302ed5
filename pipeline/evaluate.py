"""Score audits against answer keys (contract section 5): recall, precision, false alarms, verdicts.

A case is any folder under the cases root that holds `expected.json`. Each case is audited with
`pipeline.audit.audit_order`; its findings are matched against the key's entries by field,
status and (when the key names one) item.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.audit import audit_order
from pipeline.config import ANSWER_KEY, Settings
from pipeline.errors import AuditError, ConfigError
from pipeline.model import FIELDS, SEVERITIES, STATUSES, Audit, Finding, severity_rank

# A finding of this severity or worse that no entry expects is a false alarm (contract section 5).
ALARM_SEVERITIES = ("critical", "high", "medium")
VERDICTS = ("HOLD", "REVIEW", "RELEASE")
_ENTRY_KEYS = {"field", "status", "item", "min_severity", "note"}
_KEY_KEYS = {"verdict", "expected", "description", "tags", "notes", "unreadable"}


@dataclass(frozen=True)
class ExpectedFinding:
    """One entry of an answer key: a finding the audit must produce."""

    field: str
    status: str
    item: str | None = None
    min_severity: str | None = None
    note: str = ""

    def describe(self) -> str:
        item = f" [{self.item}]" if self.item else ""
        sev = f" (>= {self.min_severity})" if self.min_severity else ""
        return f"{self.field}{item} {self.status}{sev}"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "status": self.status}
        if self.item is not None:
            out["item"] = self.item
        if self.min_severity is not None:
            out["min_severity"] = self.min_severity
        return out


@dataclass(frozen=True)
class AnswerKey:
    """A case's expected.json, checked."""

    verdict: str | None
    expected: tuple[ExpectedFinding, ...]
    description: str = ""
    tags: tuple[str, ...] = ()
    # Documents the audit must list as unreadable or partial (contract section 5, optional).
    unreadable: tuple[str, ...] = ()


@dataclass(frozen=True)
class Miss:
    """An expected entry the audit did not produce, or produced below its minimum severity."""

    entry: ExpectedFinding
    reason: str

    def to_json(self) -> dict[str, Any]:
        return self.entry.to_json() | {"reason": self.reason}


@dataclass(frozen=True)
class CaseScore:
    """How one case scored."""

    case: str  # path of the case folder relative to the cases root (its name for the root itself)
    key: AnswerKey
    verdict: str | None  # what the audit said; None when the audit failed
    found: tuple[ExpectedFinding, ...] = ()
    missed: tuple[Miss, ...] = ()
    alarms: int = 0  # findings that are not `match` with severity medium or above
    false_alarms: tuple[Finding, ...] = ()
    error: str | None = None  # the audit raised: one sentence
    unreadable: tuple[str, ...] = ()  # documents the audit could not read
    # documents the key lists as unreadable that the audit read in full (or did not list at all)
    unreadable_missed: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        total = len(self.key.expected)
        return 1.0 if total == 0 else len(self.found) / total

    @property
    def precision(self) -> float:
        return 1.0 if self.alarms == 0 else (self.alarms - len(self.false_alarms)) / self.alarms

    @property
    def verdict_ok(self) -> bool | None:
        """True/False when the key gives a verdict, None when it does not."""
        if self.key.verdict is None:
            return None
        return self.verdict == self.key.verdict

    @property
    def passed(self) -> bool:
        return (
            self.error is None
            and not self.missed
            and not self.false_alarms
            and not self.unreadable_missed
            and self.verdict_ok is not False
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "passed": self.passed,
            "verdict": {"expected": self.key.verdict, "actual": self.verdict},
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "expected": len(self.key.expected),
            "found": [e.to_json() for e in self.found],
            "missed": [m.to_json() for m in self.missed],
            "alarms": self.alarms,
            "false_alarms": [_finding_json(f) for f in self.false_alarms],
            "unreadable": list(self.unreadable),
            "unreadable_missed": list(self.unreadable_missed),
            "error": self.error,
        }


@dataclass(frozen=True)
class FieldScore:
    """Per-field figures over all cases."""

    field: str
    expected: int = 0
    found: int = 0
    alarms: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float | None:
        return None if self.expected == 0 else self.found / self.expected

    @property
    def precision(self) -> float | None:
        return None if self.alarms == 0 else (self.alarms - self.false_alarms) / self.alarms

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "expected": self.expected,
            "found": self.found,
            "recall": _round(self.recall),
            "alarms": self.alarms,
            "false_alarms": self.false_alarms,
            "precision": _round(self.precision),
        }


@dataclass(frozen=True)
class EvalReport:
    """The scores of every case and overall."""

    root: str
    cases: tuple[CaseScore, ...]
    fields: tuple[FieldScore, ...] = field(default_factory=tuple)

    @property
    def expected(self) -> int:
        return sum(len(c.key.expected) for c in self.cases)

    @property
    def found(self) -> int:
        return sum(len(c.found) for c in self.cases)

    @property
    def alarms(self) -> int:
        return sum(c.alarms for c in self.cases)

    @property
    def false_alarms(self) -> int:
        return sum(len(c.false_alarms) for c in self.cases)

    @property
    def recall(self) -> float:
        return 1.0 if self.expected == 0 else self.found / self.expected

    @property
    def precision(self) -> float:
        return 1.0 if self.alarms == 0 else (self.alarms - self.false_alarms) / self.alarms

    @property
    def false_alarms_per_case(self) -> float:
        return 0.0 if not self.cases else self.false_alarms / len(self.cases)

    @property
    def verdict_accuracy(self) -> float | None:
        judged = [c.verdict_ok for c in self.cases if c.verdict_ok is not None]
        return None if not judged else sum(1 for ok in judged if ok) / len(judged)

    @property
    def errors(self) -> int:
        return sum(1 for c in self.cases if c.error)

    def by_tag(self) -> dict[str, dict[str, int]]:
        """Cases and passes per answer-key tag (scenario, product, language), to see where misses cluster."""
        out: dict[str, dict[str, int]] = {}
        for case in self.cases:
            for tag in case.key.tags:
                row = out.setdefault(
                    tag, {"cases": 0, "passed": 0, "expected": 0, "found": 0, "false_alarms": 0}
                )
                row["cases"] += 1
                row["passed"] += int(case.passed)
                row["expected"] += len(case.key.expected)
                row["found"] += len(case.found)
                row["false_alarms"] += len(case.false_alarms)
        return dict(sorted(out.items()))

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "cases": len(self.cases),
            "passed": sum(1 for c in self.cases if c.passed),
            "errors": self.errors,
            "expected": self.expected,
            "found": self.found,
            "recall": round(self.recall, 4),
            "alarms": self.alarms,
            "false_alarms": self.false_alarms,
            "precision": round(self.precision, 4),
            "false_alarms_per_case": round(self.false_alarms_per_case, 4),
            "verdict_accuracy": _round(self.verdict_accuracy),
            "fields": [f.to_json() for f in self.fields],
            "tags": self.by_tag(),
            "per_case": [c.to_json() for c in self.cases],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _finding_json(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "field": finding.field,
        "item": finding.item,
        "status": finding.status,
        "severity": finding.severity,
        "message": finding.message,
        "rule": finding.rule,
    }
    if finding.observed and finding.observed.evidence:
        ev = finding.observed.evidence
        out["observed"] = {"document": ev.document, "where": ev.location(), "quote": ev.quote}
    return out


def load_answer_key(path: Path) -> AnswerKey:
    """Read and check one expected.json; a malformed key is a ConfigError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(path, f"is not a readable JSON answer key ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(path, "must hold a JSON object with 'verdict' and 'expected'")
    unknown = set(data) - _KEY_KEYS
    if unknown:
        raise ConfigError(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    verdict = data.get("verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise ConfigError(path, f"verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    entries = data.get("expected", [])
    if not isinstance(entries, list):
        raise ConfigError(path, "'expected' must be a list of entries")
    expected = []
    for i, entry in enumerate(entries):
        where = f"expected[{i}]"
        if not isinstance(entry, dict):
            raise ConfigError(path, f"{where} must be an object with field and status")
        bad = set(entry) - _ENTRY_KEYS
        if bad:
            raise ConfigError(path, f"{where} has unknown key(s) {', '.join(sorted(bad))}")
        fld, status = entry.get("field"), entry.get("status")
        if fld not in FIELDS and not str(fld).startswith("x."):
            raise ConfigError(path, f"{where} field {fld!r} is not a contract field")
        if status not in STATUSES:
            raise ConfigError(
                path, f"{where} status {status!r} is not one of {', '.join(STATUSES)}"
            )
        sev = entry.get("min_severity")
        if sev is not None and sev not in SEVERITIES:
            raise ConfigError(
                path, f"{where} min_severity {sev!r} is not one of {', '.join(SEVERITIES)}"
            )
        item = entry.get("item")
        expected.append(
            ExpectedFinding(
                field=str(fld),
                status=str(status),
                item=None if item is None else str(item),
                min_severity=sev,
                note=str(entry.get("note", "")),
            )
        )
    tags = data.get("tags", ())
    unreadable = data.get("unreadable", [])
    if not isinstance(unreadable, list) or not all(isinstance(u, str) for u in unreadable):
        raise ConfigError(path, "'unreadable' must be a list of document paths")
    return AnswerKey(
        verdict=verdict,
        expected=tuple(expected),
        description=str(data.get("description", "")),
        tags=tuple(str(t) for t in tags),
        unreadable=tuple(u.replace("\\", "/") for u in unreadable),
    )


def find_cases(cases_dir: Path) -> list[Path]:
    """Every folder at or under cases_dir that holds an answer key, in path order."""
    cases_dir = Path(cases_dir)
    keys = sorted(cases_dir.rglob(ANSWER_KEY))
    return [
        k.parent for k in keys if not any(p.startswith(".") for p in k.relative_to(cases_dir).parts)
    ]


def _item_key(item: str | None) -> str | None:
    # SKUs are compared upper-case without spaces; descriptions case-insensitively (architecture.md).
    return None if item is None else "".join(item.split()).upper()


def matches(entry: ExpectedFinding, finding: Finding) -> bool:
    """Field and status agree, and the item too when the entry names one."""
    if entry.field != finding.field or entry.status != finding.status:
        return False
    return entry.item is None or _item_key(entry.item) == _item_key(finding.item)


def is_alarm(finding: Finding) -> bool:
    """A finding a person must act on: not a match, and medium or worse."""
    return finding.status != "match" and finding.severity in ALARM_SEVERITIES


def score_case(case: str, key: AnswerKey, audit: Audit) -> CaseScore:
    """Match one audit's findings against its key."""
    found: list[ExpectedFinding] = []
    missed: list[Miss] = []
    for entry in key.expected:
        candidates = [f for f in audit.findings if matches(entry, f)]
        if not candidates:
            missed.append(Miss(entry, _near_miss(entry, audit.findings)))
            continue
        worst = min(candidates, key=lambda f: severity_rank(f.severity))
        if entry.min_severity and severity_rank(worst.severity) > severity_rank(entry.min_severity):  # type: ignore[arg-type]
            missed.append(
                Miss(
                    entry,
                    f"found at severity {worst.severity}, expected at least {entry.min_severity}",
                )
            )
            continue
        found.append(entry)
    alarms = [f for f in audit.findings if is_alarm(f)]
    false = [f for f in alarms if not any(matches(e, f) for e in key.expected)]
    unreadable = tuple(d.path for d in audit.documents if d.status == "unreadable")
    not_read = {d.path for d in audit.documents if d.status in ("unreadable", "partial")}
    return CaseScore(
        case=case,
        key=key,
        verdict=audit.verdict,
        found=tuple(found),
        missed=tuple(missed),
        alarms=len(alarms),
        false_alarms=tuple(false),
        unreadable=unreadable,
        unreadable_missed=tuple(p for p in key.unreadable if p not in not_read),
    )


def _near_miss(entry: ExpectedFinding, findings: tuple[Finding, ...]) -> str:
    # Say what the audit did produce for the field, so a miss can be routed to the right stage.
    same_field = [f for f in findings if f.field == entry.field]
    if not same_field:
        return "no finding for this field"
    seen = ", ".join(
        sorted({f"{f.status}{' [' + f.item + ']' if f.item else ''}" for f in same_field})
    )
    return f"the audit gave {seen}"


def _field_scores(
    cases: list[CaseScore], audits: dict[str, list[Finding]]
) -> tuple[FieldScore, ...]:
    names: dict[str, dict[str, int]] = {}

    def bucket(name: str) -> dict[str, int]:
        return names.setdefault(name, {"expected": 0, "found": 0, "alarms": 0, "false_alarms": 0})

    for case in cases:
        for entry in case.key.expected:
            bucket(entry.field)["expected"] += 1
        for entry in case.found:
            bucket(entry.field)["found"] += 1
        for finding in audits.get(case.case, []):
            if is_alarm(finding):
                bucket(finding.field)["alarms"] += 1
        for finding in case.false_alarms:
            bucket(finding.field)["false_alarms"] += 1
    order = {name: i for i, name in enumerate(FIELDS)}
    return tuple(
        FieldScore(name, **counts)
        for name, counts in sorted(names.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    )


def evaluate(
    cases_dir: Path,
    *,
    settings: Settings | None = None,
    on_case: Callable[[CaseScore], None] | None = None,
    only: str | None = None,
) -> EvalReport:
    """Audit every case under cases_dir and score it; `on_case` is called after each case.

    `only` keeps the cases whose path contains it or whose key has it as a tag. A case whose
    audit raises is scored as all-missed with its error recorded; the run goes on.
    """

    cases_dir = Path(cases_dir)
    if not cases_dir.is_dir():
        raise ConfigError(cases_dir, "is not a folder of labelled cases")
    folders = find_cases(cases_dir)
    if not folders:
        raise ConfigError(cases_dir, f"holds no case: no sub-folder has an {ANSWER_KEY}")
    scores: list[CaseScore] = []
    findings: dict[str, list[Finding]] = {}
    for folder in folders:
        name = folder.relative_to(cases_dir).as_posix()
        if name == ".":  # the root itself is a case: show its name, not "."
            name = cases_dir.resolve().name
        key = load_answer_key(folder / ANSWER_KEY)
        if only and only not in name and only not in key.tags:
            continue
        try:
            audit = audit_order(folder, settings=settings)
        except AuditError as exc:
            score = _failed(name, key, str(exc))
        except Exception as exc:  # noqa: BLE001 - one broken case must not stop the evaluation
            score = _failed(
                name, key, f"{folder}: the audit crashed ({type(exc).__name__}: {exc})."
            )
        else:
            score = score_case(name, key, audit)
            findings[name] = list(audit.findings)
        scores.append(score)
        if on_case is not None:
            on_case(score)
    if not scores:
        raise ConfigError(cases_dir, f"holds no case matching {only!r}")
    return EvalReport(
        root=str(cases_dir), cases=tuple(scores), fields=_field_scores(scores, findings)
    )


def _failed(name: str, key: AnswerKey, error: str) -> CaseScore:
    return CaseScore(
        case=name,
        key=key,
        verdict=None,
        missed=tuple(Miss(e, "the audit failed") for e in key.expected),
        error=error,
    )

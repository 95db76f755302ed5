"""`order-audit eval CASES_DIR`: audit labelled cases and print recall, precision and false alarms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.common import print_json, translate_errors

if TYPE_CHECKING:  # the library is imported inside the command, to keep `--help` fast
    from pipeline.evaluate import CaseScore, EvalReport


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def _case_lines(score: CaseScore) -> list[str]:
    mark = "ok  " if score.passed else "FAIL"
    verdict = f"verdict {score.verdict or '-'}"
    if score.key.verdict and score.verdict != score.key.verdict:
        verdict += f" (expected {score.key.verdict})"
    lines = [
        f"{mark} {score.case}: {verdict}, found {len(score.found)}/{len(score.key.expected)}, "
        f"false alarms {len(score.false_alarms)}"
    ]
    if score.error:
        lines.append(f"     error: {score.error}")
    for miss in score.missed:
        lines.append(f"     missed {miss.entry.describe()}: {miss.reason}")
    for f in score.false_alarms:
        where = ""
        if f.observed and f.observed.evidence:
            ev = f.observed.evidence
            where = f" <- {ev.document} {ev.location()}: {ev.quote[:80]!r}"
        item = f" [{f.item}]" if f.item else ""
        lines.append(f"     false alarm {f.field}{item} {f.status} {f.severity}{where}")
    for path in score.unreadable:
        lines.append(f"     unreadable document: {path}")
    for path in score.unreadable_missed:
        lines.append(
            f"     missed unreadable document: {path} (the key lists it; the audit read it)"
        )
    return lines


def summary_lines(report: EvalReport) -> list[str]:
    """The overall figures and the per-field table, as printed by `eval`."""
    n = len(report.cases)
    passed = sum(1 for c in report.cases if c.passed)
    lines = [
        f"cases: {n} ({passed} passed, {report.errors} failed to audit)",
        f"recall: {report.recall:.3f} ({report.found}/{report.expected} expected findings found)",
        f"precision: {report.precision:.3f} ({report.alarms - report.false_alarms}/{report.alarms} alarms expected)",
        f"false alarms: {report.false_alarms} ({report.false_alarms_per_case:.3f} per case)",
    ]
    acc = report.verdict_accuracy
    judged = sum(1 for c in report.cases if c.verdict_ok is not None)
    right = sum(1 for c in report.cases if c.verdict_ok)
    lines.append(f"verdict accuracy: {_pct(acc).strip()} ({right}/{judged})")
    failing = {tag: row for tag, row in report.by_tag().items() if row["passed"] < row["cases"]}
    if failing:
        lines.append("")
        lines.append(
            "tags with failing cases: "
            + ", ".join(f"{t} {r['passed']}/{r['cases']}" for t, r in failing.items())
        )
    if report.fields:
        lines.append("")
        lines.append(
            f"{'field':<24}{'expected':>9}{'found':>7}{'recall':>8}{'alarms':>8}{'false':>7}{'precision':>10}"
        )
        for f in report.fields:
            lines.append(
                f"{f.field:<24}{f.expected:>9}{f.found:>7}{_pct(f.recall):>8}{f.alarms:>8}{f.false_alarms:>7}{_pct(f.precision):>10}"
            )
    return lines


@click.command("eval")
@click.argument("cases_dir", type=click.Path(path_type=Path))
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Print every case with its missed findings and false alarms.",
)
@click.option(
    "--min-recall",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit 1 when overall recall is below this, e.g. 0.95.",
)
@click.option(
    "--max-false-alarms",
    type=click.FloatRange(0),
    default=None,
    help="Exit 1 when false alarms per case exceed this, e.g. 0.1.",
)
@click.option(
    "--min-verdict-accuracy",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit 1 when the share of correct verdicts is below this.",
)
@click.option(
    "-k",
    "--only",
    default=None,
    help="Score only the cases whose path contains this text or that carry it as a tag.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the full scores as JSON instead of text."
)
def eval_command(
    cases_dir: Path,
    verbose: bool,
    min_recall: float | None,
    max_false_alarms: float | None,
    min_verdict_accuracy: float | None,
    only: str | None,
    as_json: bool,
) -> None:
    """Audit every sub-folder of CASES_DIR that holds an expected.json and score it.

    A finding counts as found when field, status (and item, where the key names one) match an
    expected entry at or above its min_severity; a finding of severity medium or above that no
    entry expects is a false alarm. Exit codes: 0 scored (thresholds met), 1 a threshold failed,
    2 usage error or no case found.

    \b
    Example: order-audit eval corpus/cases -v --min-recall 0.95 --max-false-alarms 0.1
    Example: order-audit eval corpus/cases -v -k bank-new-pi
    """
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.evaluate import evaluate

    def show(score: CaseScore) -> None:
        if verbose and not as_json:
            for line in _case_lines(score):
                click.echo(line)

    with translate_errors():
        report = evaluate(cases_dir, on_case=show, only=only)
    failures = []
    if min_recall is not None and report.recall < min_recall:
        failures.append(f"recall {report.recall:.3f} is below {min_recall}")
    if max_false_alarms is not None and report.false_alarms_per_case > max_false_alarms:
        failures.append(
            f"false alarms per case {report.false_alarms_per_case:.3f} exceed {max_false_alarms}"
        )
    acc = report.verdict_accuracy
    if min_verdict_accuracy is not None and (acc or 0.0) < min_verdict_accuracy:
        failures.append(f"verdict accuracy {_pct(acc).strip()} is below {min_verdict_accuracy}")
    if as_json:
        print_json(report.to_json() | {"threshold_failures": failures})
    else:
        if verbose:
            click.echo("")
        for line in summary_lines(report):
            click.echo(line)
        for failure in failures:
            click.echo(f"FAILED: {failure}", err=True)
    if failures:
        raise SystemExit(1)


COMMANDS = [eval_command]

"""`order-audit batch ROOT`: every order folder under ROOT, in parallel, cached, resumable."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.common import (
    EXIT_FAIL_ON,
    ProgressBar,
    UsageFailure,
    fail_on_option,
    translate_errors,
)

if TYPE_CHECKING:
    from pipeline.batch import BatchResult, OrderResult

EXIT_ORDERS_FAILED = 3  # the batch ran, but at least one order could not be audited

_VERDICT_COLOURS = {"HOLD": "red", "REVIEW": "yellow", "RELEASE": "green", "FAILED": "magenta"}


class ProgressLine(ProgressBar):
    """The batch's progress bar: orders done, orders/s, documents/s and the time left."""

    def __init__(self, enabled: bool) -> None:
        super().__init__(enabled)
        self.documents = 0
        self.audited = 0

    def __call__(self, result: OrderResult, finished: int, total: int) -> None:
        if result.status == "done":
            self.audited += 1
            self.documents += result.documents
        elapsed = max(self.elapsed, 1e-9)
        rate = self.audited / elapsed
        remaining = (total - finished) / rate if rate else 0.0
        self.draw(
            finished,
            total,
            f"{finished}/{total} orders  {rate:.2f} orders/s  {self.documents / elapsed:.1f} documents/s"
            f"  eta {remaining:.0f} s  {result.name[:30]}",
        )


def summary_table(result: BatchResult) -> list[str]:
    """The orders, riskiest first, as fixed-width lines (verdict, order, open findings, notes)."""
    rows: list[tuple[str, ...]] = [
        ("VERDICT", "ORDER", "CRIT", "HIGH", "MED", "DOCS", "PAGES", "SEC", "NOTE")
    ]
    for r in result.rows:
        verdict = "FAILED" if r.status == "failed" else (r.verdict or "?")
        note = r.error or ("unchanged, skipped" if r.status == "skipped" else "")
        if r.status == "done" and r.unreadable:
            note = f"{r.unreadable} unreadable document(s)"
        rows.append(
            (
                verdict,
                r.name,
                *(
                    str(r.counts.get(s, 0)) if r.status != "failed" else "-"
                    for s in ("critical", "high", "medium")
                ),
                str(r.documents),
                str(r.pages),
                f"{r.seconds:.1f}" if r.status == "done" else "-",
                note,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            row[i].ljust(widths[i]) if i < 2 else row[i].rjust(widths[i])
            for i in range(len(widths))
        ]
        if n > 0:
            cells[0] = click.style(
                cells[0], fg=_VERDICT_COLOURS.get(row[0]), bold=row[0] != "RELEASE"
            )
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def summary_totals(result: BatchResult) -> str:
    audited, skipped, failed = (len(result.by_status(s)) for s in ("done", "skipped", "failed"))
    parts = [f"{len(result.rows)} orders: {audited} audited"]
    if skipped:
        parts.append(f"{skipped} unchanged, skipped")
    if failed:
        parts.append(f"{failed} failed")
    seconds = max(result.seconds, 1e-9)
    speed = (
        f"{result.documents} documents, {result.pages} pages in {result.seconds:.1f} s"
        f" ({audited / seconds:.2f} orders/s, {result.documents / seconds:.1f} documents/s)"
    )
    cache = (
        f"cache {result.cache_hits} hits, {result.cache_misses} misses"
        if result.cache_path
        else "cache off"
    )
    return ", ".join(parts) + ". " + speed + "; " + cache + "."


@click.command("batch")
@click.argument("root", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the batch index and one report folder per order.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the number of CPUs).",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="SQLite extraction cache (default: OUT/.order-audit-cache.sqlite); {host} in the path becomes the machine name.",
)
@click.option("--no-cache", is_flag=True, help="Read and extract every file again; use no cache.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run on local worker processes or on a Dask distributed cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="SECONDS",
    help="Fail an order that takes longer than this; the others go on.",
)
@fail_on_option
@click.option(
    "--pdf", is_flag=True, help="Also write report.pdf for each order (needs WeasyPrint; slower)."
)
@click.option(
    "--force", is_flag=True, help="Audit every order again, even those whose inputs did not change."
)
@click.option(
    "--retry-failed",
    is_flag=True,
    help="Audit again the orders that failed on inputs that have not changed since (skipped otherwise).",
)
def batch_command(
    root: Path,
    out_dir: Path,
    jobs: int | None,
    cache_path: Path | None,
    no_cache: bool,
    executor: str,
    scheduler: str | None,
    timeout: float | None,
    fail_on: str | None,
    pdf: bool,
    force: bool,
    retry_failed: bool,
) -> None:
    """Audit every order folder under ROOT (a folder with order.toml or role sub-folders such as
    spec/, pi/, quotes/, chat/) in parallel; write OUT/<order>/ reports and the batch index.

    Orders whose files, order.toml, rules and settings did not change since the last run are
    skipped (--force audits them again); an order that failed keeps its failed row until its
    inputs change (--retry-failed audits it again); an interrupted batch resumes where it stopped.

    Exit codes: 0 batch done, 1 --fail-on reached by an order, 2 usage error or no order
    folder under ROOT, 3 at least one order failed (its reason is in the table and in
    OUT/<order>/error.txt).

    Example: order-audit batch orders/ --out out/ --jobs 2 --fail-on hold
    """
    if cache_path is not None and no_cache:
        raise UsageFailure("--cache and --no-cache exclude each other; pick one.")
    if executor == "dask" and not scheduler:
        raise UsageFailure("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
    if executor == "local" and scheduler:
        raise UsageFailure("--scheduler only applies with --executor dask.")
    if executor == "dask" and jobs is not None:
        raise UsageFailure(
            "--jobs applies to the local executor; a Dask cluster sizes itself by its workers."
        )

    from pipeline.batch import run_batch

    progress = ProgressLine(enabled=sys.stderr.isatty())
    with translate_errors():
        try:
            result = run_batch(
                root,
                out_dir,
                jobs=jobs,
                cache_path=cache_path,
                use_cache=not no_cache,
                executor=executor,  # type: ignore[arg-type]
                scheduler=scheduler,
                timeout=timeout,
                force=force,
                pdf=pdf,
                progress=progress,
                retry_failed=retry_failed,
            )
        finally:
            progress.close()
    for line in summary_table(result):
        click.echo(line)
    click.echo(summary_totals(result))
    if result.index:
        click.echo("Index: " + ", ".join(result.index.values()))
    if result.by_status("failed"):
        raise SystemExit(EXIT_ORDERS_FAILED)
    if result.fails(fail_on):
        raise SystemExit(EXIT_FAIL_ON)


COMMANDS = [batch_command]

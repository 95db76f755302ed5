"""`order-audit batch ROOT`: every order folder under ROOT, in parallel, cached, resumable."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.common import (
    EXIT_FAIL_ON,
    EXIT_USAGE,
    ProgressBar,
    UsageFailure,
    cache_option,
    check_cache_options,
    fail_on_option,
    translate_errors,
)
from pipeline.cli.mail import MAIL_OPTIONS, check_mail_options

if TYPE_CHECKING:
    from pipeline.batch import BatchResult, OrderResult
    from pipeline.batch.nightly import NightlyResult

EXIT_ORDERS_FAILED = 3  # the batch ran, but at least one order could not be audited
EXIT_LOCKED = 75  # another batch holds OUT's lock (pipeline.batch.lock; EX_TEMPFAIL)

# --to, --from, --host, --port, --user, --password-file, --starttls/--ssl, --no-tls, --cafile,
# --outbox, --dry-run of `order-audit email` (MAIL_OPTIONS' order); the batch's own --timeout
# is the order time limit, so the SMTP one is --smtp-timeout.
_NOTIFY_OPTIONS = [*MAIL_OPTIONS[:9], MAIL_OPTIONS[10], MAIL_OPTIONS[11]]


def notify_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_NOTIFY_OPTIONS):
        command = option(command)
    return command


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
@cache_option("; {host} in the path becomes the machine name.")
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
@click.option(
    "--notify",
    is_flag=True,
    help="Mail one digest per recipient listing only the orders that changed since the last "
    "--notify run, and balances falling due (order.toml [release] balance_due).",
)
@click.option(
    "--due-within",
    type=click.IntRange(min=0),
    default=None,
    metavar="DAYS",
    help="With --notify: tell of a balance due within this many days (once per order and date). "
    "Default: 7.",
)
@click.option(
    "--smtp-timeout",
    type=click.FloatRange(min=1),
    default=None,
    help="With --notify: seconds to wait for the SMTP server (default 30).",
)
@notify_options
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
    notify: bool,
    due_within: int | None,
    smtp_timeout: float | None,
    to: tuple[str, ...],
    sender: str | None,
    host: str | None,
    port: int | None,
    user: str | None,
    password_file: Path | None,
    starttls: bool | None,
    no_tls: bool,
    cafile: Path | None,
    outbox: Path | None,
    dry_run: bool,
) -> None:
    """Audit every order folder under ROOT (a folder with order.toml or role sub-folders such as
    spec/, pi/, quotes/, chat/) in parallel; write OUT/<order>/ reports and the batch index.

    Orders whose files, order.toml, rules and settings did not change since the last run are
    skipped (--force audits them again); an order that failed keeps its failed row until its
    inputs change (--retry-failed audits it again); an interrupted batch resumes where it stopped.

    Every run is recorded in OUT/.order-audit-history.sqlite; with --notify each recipient
    (--to, else the orders' order.toml stakeholders) gets one digest of what changed since the
    last --notify run, sent once; nothing when nothing changed. One batch at a time per OUT.

    Exit codes: 0 batch done, 1 --fail-on reached by an order, 2 usage error, no order
    folder under ROOT, or a digest not sent (it is sent by the next run), 3 at least one order
    failed (its reason is in the table and in OUT/<order>/error.txt), 75 another batch is
    running on OUT (nothing done).

    Example: order-audit batch orders/ --out out/ --jobs 2 --notify --due-within 7
    """
    check_cache_options(cache_path, no_cache)
    if executor == "dask" and not scheduler:
        raise UsageFailure("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
    if executor == "local" and scheduler:
        raise UsageFailure("--scheduler only applies with --executor dask.")
    if executor == "dask" and jobs is not None:
        raise UsageFailure(
            "--jobs applies to the local executor; a Dask cluster sizes itself by its workers."
        )

    mail_given = [
        name
        for name, value in (("--to", to), ("--from", sender), ("--host", host), ("--port", port))
        + (("--user", user), ("--password-file", password_file), ("--cafile", cafile))
        + (("--outbox", outbox), ("--dry-run", dry_run), ("--smtp-timeout", smtp_timeout))
        + (("--due-within", due_within is not None),)
        if value
    ]
    if mail_given and not notify:
        raise UsageFailure(f"{mail_given[0]} applies only with --notify.")
    # deferred: the batch, portfolio and report code load when a batch runs, not for --help
    from pipeline.batch.lock import BatchLocked
    from pipeline.batch.nightly import run_nightly
    from pipeline.portfolio.digest import DEFAULT_DUE_WITHIN

    settings = (
        _notify_settings(
            to=to,
            sender=sender,
            host=host,
            port=port,
            user=user,
            password_file=password_file,
            security=check_mail_options(
                outbox=outbox, dry_run=dry_run, starttls=starttls, no_tls=no_tls
            ),
            cafile=cafile,
            timeout=smtp_timeout,
            outbox=outbox,
            dry_run=dry_run,
            due_within=DEFAULT_DUE_WITHIN if due_within is None else due_within,
        )
        if notify
        else None
    )
    progress = ProgressLine(enabled=sys.stderr.isatty())
    with translate_errors():
        try:
            nightly = run_nightly(
                root,
                out_dir,
                jobs=jobs,
                cache_path=cache_path,
                use_cache=not no_cache,
                executor=executor,
                scheduler=scheduler,
                timeout=timeout,
                force=force,
                pdf=pdf,
                progress=progress,
                retry_failed=retry_failed,
                notify=settings,
            )
        except BatchLocked as exc:
            click.echo(f"Error: {exc}", err=True)
            raise SystemExit(EXIT_LOCKED) from exc
        finally:
            progress.close()
    result = nightly.batch
    for line in summary_table(result):
        click.echo(line)
    click.echo(summary_totals(result))
    if result.index:
        click.echo("Index: " + ", ".join(result.index.values()))
    for line in nightly_lines(nightly):
        click.echo(line)
    if nightly.delivery is not None and nightly.delivery.failed:
        for line in nightly.delivery.failed:
            click.echo(f"Error: {line}", err=True)
        raise SystemExit(EXIT_USAGE)
    if result.by_status("failed"):
        raise SystemExit(EXIT_ORDERS_FAILED)
    if result.fails(fail_on):
        raise SystemExit(EXIT_FAIL_ON)


def nightly_lines(nightly: NightlyResult) -> list[str]:
    """What changed since the previous run, the supplier signals, and the digests."""
    changes = nightly.changes
    kinds = Counter(c.kind for c in changes)
    parts = [
        f"{kinds[kind]} {word}"
        for kind, word in (("new", "new"), ("failed", "failed"), ("removed", "gone"))
        if kinds[kind]
    ]
    moved = sum(1 for c in changes if c.kind in ("changed", "recovered") and c.verdict_moved)
    if moved:
        parts.append(f"{moved} verdict(s) moved")
    new, resolved = sum(len(c.new) for c in changes), sum(len(c.resolved) for c in changes)
    parts.append(f"{new} new finding(s), {resolved} resolved")
    lines = [
        f"Since the last run: {len(changes)} order(s) changed ({', '.join(parts)})."
        if changes
        else "Since the last run: nothing changed."
    ]
    if nightly.signals:
        lines.append(
            f"Supplier signals: {len(nightly.signals)} "
            f"({', '.join(sorted({s.kind for s in nightly.signals}))}); see suppliers.html."
        )
    lines += [f"Note: {n}" for n in nightly.notes]
    d = nightly.delivery
    if d is None:
        return lines
    if d.previews:
        lines += [*d.previews, f"(dry run: {len(d.previews)} digest(s), nothing sent)"]
    elif not nightly.digests and not d.sent and not d.written:
        lines.append("Digest: nothing changed, nothing sent.")
    if d.sent and not d.written:
        lines.append(f"Digest sent to {', '.join(d.sent)}.")
    for path in d.written:
        lines.append(f"Digest written to {path}.")
    if d.skipped:
        lines.append(f"Digest already sent before to {', '.join(d.skipped)}; not sent again.")
    return lines


def _notify_settings(
    *,
    to: tuple[str, ...],
    sender: str | None,
    host: str | None,
    port: int | None,
    user: str | None,
    password_file: Path | None,
    security: str | None,
    cafile: Path | None,
    timeout: float | None,
    outbox: Path | None,
    dry_run: bool,
    due_within: int,
) -> Any:
    """The digest settings; SMTP settings resolved now (a missing server is said before the
    batch runs, unless the digests go to an outbox or are only previewed)."""
    # deferred: the nightly and mail code only when --notify is given (start-up)
    from pipeline.batch.nightly import NotifySettings
    from pipeline.report.smtp import ENV_FROM, SmtpSettings

    smtp = None
    with translate_errors():
        if outbox is None and not dry_run:
            smtp = SmtpSettings.resolve(
                host=host,
                port=port,
                user=user,
                password_file=password_file,
                security=security,  # type: ignore[arg-type]
                timeout=timeout,
                cafile=cafile,
            )
        from_address = (
            sender
            or os.environ.get(ENV_FROM)
            or (smtp.user if smtp and smtp.user and "@" in smtp.user else None)
        )
        if from_address is None and (outbox is not None or dry_run):
            from_address = "order-audit@localhost"
        return NotifySettings(
            to=tuple(to),
            sender=from_address,
            smtp=smtp,
            outbox=outbox,
            dry_run=dry_run,
            due_within=due_within,
        )


COMMANDS = [batch_command]

"""`order-audit audit ORDER_DIR`: one order in, a verdict and reports out."""

from __future__ import annotations

from pathlib import Path

import click
from click.core import ParameterSource

from pipeline.cli.common import (
    ProgressBar,
    UsageFailure,
    cache_option,
    check_cache_options,
    fail_on_option,
    fails,
    translate_errors,
)
from pipeline.cli.mail import MAIL_OPTION_NAMES, check_mail_options, mail_options, send_review
from pipeline.errors import AuditError

REPORT_FORMATS = ("json", "html", "md", "txt")


def _mail_options_given() -> list[str]:
    """The mail options given on the command line (they only apply with --email)."""
    ctx = click.get_current_context()
    return [
        param.opts[0]
        for param in ctx.command.params
        if param.name in MAIL_OPTION_NAMES
        and ctx.get_parameter_source(param.name) is ParameterSource.COMMANDLINE
    ]


@click.command("audit")
@click.argument("order_dir", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for findings.json and the reports (default: ./out/<order folder name>).",
)
@click.option("--pdf", is_flag=True, help="Also write report.pdf (WeasyPrint; about a second).")
@cache_option(": a re-audit reads only the files that changed.")
@click.option("--no-cache", is_flag=True, help="Read and extract every file again.")
@click.option(
    "--email",
    "email",
    is_flag=True,
    help="Mail the review (report.pdf attached) to --to or order.toml stakeholders; implies --pdf. "
    "Takes the options of 'order-audit email'.",
)
@fail_on_option
@mail_options
def audit_command(
    order_dir: Path,
    out_dir: Path | None,
    pdf: bool,
    cache_path: Path | None,
    no_cache: bool,
    email: bool,
    fail_on: str | None,
    to: tuple[str, ...],
    sender: str | None,
    host: str | None,
    port: int | None,
    user: str | None,
    password_file: Path | None,
    starttls: bool | None,
    no_tls: bool,
    cafile: Path | None,
    timeout: float | None,
    outbox: Path | None,
    dry_run: bool,
    attach: str,
    max_attachment_mb: float,
) -> None:
    """Audit one order folder and write findings.json, report.html, report.md and report.txt.

    Exit codes: 0 audit done, 1 --fail-on reached, 2 usage error, unreadable order folder or
    invalid order.toml (earlier reports in OUT are then replaced by error.txt), reports that
    cannot be written, or --email not sent.

    Example: order-audit audit samples/steel-bottles-bank-change --out out/bottles --fail-on hold
    """
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.audit import audit_order
    from pipeline.cache import CACHE_FILE_NAME
    from pipeline.config import Settings
    from pipeline.report import ReportWriteError, summary_lines, write_reports

    check_cache_options(cache_path, no_cache)
    mail_given = _mail_options_given()
    if mail_given and not email:
        raise click.UsageError(f"{', '.join(mail_given)} only apply with --email.")
    security = check_mail_options(outbox=outbox, dry_run=dry_run, starttls=starttls, no_tls=no_tls)
    formats = (*REPORT_FORMATS, "pdf") if (pdf or email) else REPORT_FORMATS
    out_dir = out_dir or Path("out") / order_dir.resolve().name
    if _inside(out_dir, order_dir):
        click.echo(
            f"Note: {out_dir} is inside the order folder; order-audit will not read its own "
            "reports there, but keep them apart with --out (for example --out out/ORDER).",
            err=True,
        )
    settings = Settings(cache_path=None if no_cache else cache_path or out_dir / CACHE_FILE_NAME)
    bar = ProgressBar()
    with translate_errors():
        try:
            audit = audit_order(
                order_dir,
                settings,
                progress=lambda done, total, path: bar.draw(
                    done, total, f"{done}/{total} files  {path[:60]}"
                ),
            )
        except AuditError as exc:
            raise UsageFailure(_supersede(out_dir, order_dir, exc)) from exc
        finally:
            bar.close()
        try:
            written = write_reports(audit, out_dir, formats=formats)
        except ReportWriteError as exc:
            raise UsageFailure(_supersede(out_dir, order_dir, exc)) from exc
    for line in summary_lines(audit, color=None):
        click.echo(line)
    click.echo("Reports: " + ", ".join(str(p) for p in written.values()))
    if email:
        for line in send_review(
            out_dir,
            to=to,
            sender=sender,
            order_dir=order_dir,
            host=host,
            port=port,
            user=user,
            password_file=password_file,
            security=security,
            cafile=cafile,
            timeout=timeout,
            outbox=outbox,
            dry_run=dry_run,
            attach=attach,
            max_attachment_mb=max_attachment_mb,
        ):
            click.echo(line)
    if fails(audit, fail_on):
        raise SystemExit(1)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return folder.is_dir()


def _supersede(out_dir: Path, order_dir: Path, exc: AuditError) -> str:
    """The audit failed: reports an earlier run left in out_dir no longer describe the order, so
    error.txt takes their place (verdict FAILED). Returns the one line to print."""
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.generated import ERROR_FILE
    from pipeline.report.files import REPORT_FORMATS as FILES
    from pipeline.report.files import OutputError, write_error_report

    reason = str(exc)
    earlier = [out_dir / name for name, _ in FILES.values()] + [out_dir / ERROR_FILE]
    if not any(p.is_file() for p in earlier):
        return reason  # nothing stale to supersede; a mistyped folder makes no error report
    try:
        path = write_error_report(out_dir, order_dir=order_dir, reason=reason)
    except OutputError as failure:
        return f"{reason} {failure}"
    return f"{reason} The reports in {out_dir} were removed; {path} says why (FAILED)."

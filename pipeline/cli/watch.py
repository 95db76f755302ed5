"""`order-audit watch ORDER_DIR...`: the resident mode, one loaded pipeline auditing orders as they change."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.common import UsageFailure, cache_option, check_cache_options

if TYPE_CHECKING:
    from pipeline.resident import ResidentAudit


def audit_line(result: ResidentAudit) -> str:
    """One line per audit: when, which order, the verdict and open findings (or the error)."""

    stamp = time.strftime("%H:%M:%S")
    trigger = f" after {', '.join(result.changed[:3])}" if result.changed else ""
    more = f" (+{len(result.changed) - 3})" if len(result.changed) > 3 else ""
    if result.error is not None:
        return f"{stamp} {result.order_dir.name}{trigger}{more}: FAILED - {result.error}"
    counts = ", ".join(f"{n} {s}" for s, n in result.counts.items() if n) or "no open finding"
    return (
        f"{stamp} {result.order_dir.name}{trigger}{more}: {result.verdict} ({counts}) "
        f"in {result.seconds:.2f} s -> {result.report_dir}"
    )


@click.command("watch")
@click.argument("order_dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for one report folder per order (OUT/<order folder name>/).",
)
@cache_option(", kept across restarts.")
@click.option("--no-cache", is_flag=True, help="Keep extractions in memory only.")
@click.option("--pdf", is_flag=True, help="Also write report.pdf on every audit (slower).")
@click.option(
    "--no-initial", is_flag=True, help="Do not audit the orders at start; wait for a change."
)
def watch_command(
    order_dirs: tuple[Path, ...],
    out_dir: Path,
    cache_path: Path | None,
    no_cache: bool,
    pdf: bool,
    no_initial: bool,
) -> None:
    """Keep the pipeline loaded and re-audit each ORDER_DIR whenever a file in it changes.

    spaCy, the report templates and the extractions of unchanged files stay in memory, so a
    re-audit after a new chat export takes well under a second. Reports go to OUT/<order>/;
    files order-audit writes and the OUT folder itself are ignored. Stop with Ctrl-C.

    Example: order-audit watch orders/PO-1001 orders/PO-1002 --out out/
    """
    check_cache_options(cache_path, no_cache)
    for order in order_dirs:
        if not order.is_dir():
            raise UsageFailure(f"{order}: no such folder.")
    # deferred: the stages load when the command runs, not for --help or other commands (start-up)
    from pipeline.resident import ResidentPipeline

    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        resident = ResidentPipeline(out_dir, cache_path=cache_path, use_cache=not no_cache, pdf=pdf)
        click.echo(
            f"Watching {len(order_dirs)} order folder(s); reports in {out_dir}. Ctrl-C stops."
        )
        resident.watch(
            order_dirs, lambda r: click.echo(audit_line(r)), stop=stop, initial=not no_initial
        )
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    click.echo("Stopped.")


COMMANDS = [watch_command]

"""Batch benchmark: throughput cold and warm, the pdfplumber floor, scaling, memory, cold CLI start.

Generates (or reuses) a corpus of realistic orders (benchmarks/corpus.py) and prints:
- the bare-library floor: pdfplumber text + tables on the corpus PDFs (pages/s), the other
  formats read by their bare libraries, and pypdfium2 text for comparison;
- `run_batch` cold (fresh output and cache) with 1 and 2 workers: orders/s, pages/s, ratio to
  the floor, 2-vs-1 scaling;
- warm re-runs: nothing changed (orders skipped) and --force with a hot extraction cache;
- peak RSS per worker (sampled with psutil), and at several corpus sizes with --sizes 50,500;
- one sample order audited by a cold `order-audit audit` process (CLI start included);
- which heavy modules (spacy, pdfplumber, weasyprint, ...) each command imports (-X importtime).

    python benchmarks/bench_batch.py                     # 200 orders in a temp folder
    python benchmarks/bench_batch.py --orders 50 --corpus /tmp/orders --sizes 50,500
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

HEAVY = (
    "spacy",
    "pdfplumber",
    "pdfminer",
    "pypdfium2",
    "weasyprint",
    "docx",
    "openpyxl",
    "pint",
    "distributed",
    "jinja2",
)


# --------------------------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


def load() -> float:
    """The 1-minute load average: figures taken while other work runs on the machine are slower."""
    return round(os.getloadavg()[0], 2)


# --------------------------------------------------------------------------------------------- memory


class RssSampler:
    """Samples the RSS of this process's children (the workers) every 0.2 s; keeps each one's peak.

    The list of children is refreshed once a second: psutil finds children by scanning every
    process of the machine, and doing that 20 times a second took CPU from the workers measured.
    """

    INTERVAL = 0.2
    REFRESH = 1.0

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.peaks: dict[int, int] = {}
        self.parent_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        children: list[Any] = []
        refreshed = 0.0
        while not self._stop.is_set():
            now = time.monotonic()
            if now - refreshed > self.REFRESH:
                children, refreshed = self.me.children(recursive=True), now
            self.parent_peak = max(self.parent_peak, self.me.memory_info().rss)
            for child in children:
                try:
                    rss = child.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
            self._stop.wait(self.INTERVAL)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def worker_peak_mb(self) -> float:
        # The spawn machinery's resource tracker is a child too; it stays tiny, the max ignores it.
        return max(self.peaks.values(), default=0) / 2**20


# --------------------------------------------------------------------------------------------- floors


def files_of(corpus: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in suffixes and p.is_file())


def pdfplumber_floor(pdfs: list[Path]) -> dict[str, float]:
    """Bare pdfplumber: every page's text and tables, pages closed as we go."""
    import pdfplumber

    pages = broken = 0
    text_s = table_s = 0.0
    for path in pdfs:
        try:
            pdf = pdfplumber.open(path)
        except Exception:  # noqa: BLE001 - a truncated PDF (the devset has one): not in the floor
            broken += 1
            continue
        with pdf:
            for page in pdf.pages:
                t0 = time.perf_counter()
                page.extract_text()
                t1 = time.perf_counter()
                page.extract_tables()
                t2 = time.perf_counter()
                page.close()
                text_s += t1 - t0
                table_s += t2 - t1
                pages += 1
    return {
        "pages": pages,
        "broken_pdfs": broken,
        "seconds": text_s + table_s,
        "text_seconds": text_s,
        "table_seconds": table_s,
    }


def pypdfium2_text(pdfs: list[Path]) -> dict[str, float]:
    import pypdfium2 as pdfium

    pages = 0
    t0 = time.perf_counter()
    for path in pdfs:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return {"pages": pages, "seconds": time.perf_counter() - t0}


def other_formats_floor(corpus: Path) -> dict[str, float]:
    """The bare libraries on the other documents: python-docx, openpyxl (read-only), plain text."""
    import docx
    import openpyxl

    t0 = time.perf_counter()
    count = 0
    for path in files_of(corpus, ".docx"):
        document = docx.Document(str(path))
        _ = [p.text for p in document.paragraphs] + [
            c.text for t in document.tables for r in t.rows for c in r.cells
        ]
        count += 1
    for path in files_of(corpus, ".xlsx"):
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in book.worksheets:
            _ = list(sheet.iter_rows(values_only=True))
        book.close()
        count += 1
    for path in files_of(corpus, ".txt", ".md"):
        path.read_text(encoding="utf-8")
        count += 1
    return {"documents": count, "seconds": time.perf_counter() - t0}


# --------------------------------------------------------------------------------------------- runs


def batch_run(
    corpus: Path, out: Path, *, jobs: int, force: bool = False, fresh: bool = True
) -> dict[str, Any]:
    from pipeline.batch import run_batch

    if fresh and out.exists():
        shutil.rmtree(out)
    load_before = load()
    with RssSampler() as rss:
        t0 = time.perf_counter()
        result = run_batch(corpus, out, jobs=jobs, force=force)
        seconds = time.perf_counter() - t0
    audited = result.audited
    failed = result.by_status("failed")
    return {
        "jobs": jobs,
        "seconds": seconds,
        "orders": len(result.rows),
        "audited": len(audited),
        "skipped": len(result.by_status("skipped")),
        "failed": len(failed),
        "failures": sorted({r.error or "" for r in failed})[:5],
        "documents": result.documents,
        "pages": result.pages,
        "orders_per_s": len(result.rows) / seconds,
        "documents_per_s": result.documents / seconds,
        "pages_per_s": result.pages / seconds,
        "cache_hits": result.cache_hits,
        "cache_misses": result.cache_misses,
        "worker_peak_rss_mb": rss.worker_peak_mb,
        "parent_peak_rss_mb": rss.parent_peak / 2**20,
        "load_before": load_before,
        "load_after": load(),
    }


def cold_cli(sample: Path, repeats: int) -> dict[str, Any]:
    """Wall time of `order-audit audit SAMPLE` in a fresh process, CLI start included."""
    exe = shutil.which("order-audit")
    command = [exe] if exe else [sys.executable, "-c", "from pipeline.cli import main; main()"]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            t0 = time.perf_counter()
            done = subprocess.run(
                [*command, "audit", str(sample), "--out", tmp, "--no-cache"],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - t0)
    return {
        "sample": str(sample.relative_to(ROOT)) if sample.is_relative_to(ROOT) else str(sample),
        "exit": done.returncode,
        "min_s": min(times),
        "median_s": statistics.median(times),
        "stderr": done.stderr.strip().splitlines()[-1:] if done.returncode not in (0, 1) else [],
    }


def import_check() -> dict[str, dict[str, float]]:
    """Heavy modules each command imports, with their cumulative import time in ms."""
    probes = {
        "import pipeline.cli": "import pipeline.cli",
        "order-audit --help": "from pipeline.cli import main\ntry: main(['--help'])\nexcept SystemExit: pass",
        "order-audit batch --help": "from pipeline.cli import main\ntry: main(['batch', '--help'])\nexcept SystemExit: pass",
        "audit_order imports": "import pipeline.audit, pipeline.ingest, pipeline.extract, pipeline.compare, pipeline.report",
        "report + PDF": "import pipeline.report.render as r\nr.render_pdf_bytes",
    }
    out: dict[str, dict[str, float]] = {}
    for name, code in probes.items():
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        heavy: dict[str, float] = {}
        total = 0.0
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "|" not in line:
                continue
            _, cumulative, module = (part.strip() for part in line.split(":", 1)[1].split("|"))
            if not cumulative.isdigit():
                continue
            if module.strip() in HEAVY:
                heavy[module.strip()] = int(cumulative) / 1000
            if not line.split("|")[2].startswith("  "):  # a top-level import: count it once
                total += int(cumulative) / 1000
        out[name] = {"total_ms": round(total), **{k: round(v) for k, v in heavy.items()}}
    return out


def _min_wall(command: list[str], repeats: int, **kwargs: Any) -> tuple[float, float, int]:
    """(min, median, exit code) of a command's wall time over `repeats` fresh processes."""
    times, code = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, **kwargs)
        times.append(time.perf_counter() - t0)
        code = done.returncode
    return min(times), statistics.median(times), code


def startup(sample: Path, repeats: int) -> dict[str, Any]:
    """Cold processes: the bare heavy imports against `--help`, `read` of a text file and
    `audit` of one sample (the console script's code path, run through this checkout)."""
    cli = [sys.executable, "-c", "from pipeline.cli import main; main()"]
    bare = [sys.executable, "-c", "import spacy, pdfplumber, pypdfium2"]
    out: dict[str, Any] = {"load_before": load()}
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "note.txt"
        text.write_text("Unit price USD 1.85/pc\n", encoding="utf-8")
        runs = {
            "bare imports (spacy, pdfplumber, pypdfium2)": bare,
            "order-audit --help": [*cli, "--help"],
            "order-audit read note.txt": [*cli, "read", str(text)],
            # a first audit: every file read and extracted (no cache to take them from)
            "order-audit audit SAMPLE": [
                *cli,
                "audit",
                str(sample),
                "--out",
                f"{tmp}/out",
                "--no-cache",
            ],
            # the same order audited again: its extractions come from the cache in OUT
            "order-audit audit SAMPLE again": [*cli, "audit", str(sample), "--out", f"{tmp}/again"],
        }
        subprocess.run(
            runs["order-audit audit SAMPLE again"], capture_output=True, cwd=ROOT, env=_env()
        )
        for name, command in runs.items():
            low, median, code = _min_wall(command, repeats, cwd=ROOT, env=_env())
            out[name] = {"min_s": round(low, 3), "median_s": round(median, 3), "exit": code}
        done = subprocess.run(
            [*cli[:1], "-X", "importtime", *cli[1:], "read", str(text)],
            capture_output=True, text=True, cwd=ROOT, env=_env(),
        )  # fmt: skip
    heavy = sorted(
        {m for m in HEAVY if f"| {m}\n" in done.stderr + "\n" or f"|   {m}\n" in done.stderr}
    )
    out["read note.txt imports spacy"] = any(
        line.rstrip().endswith(" spacy") for line in done.stderr.splitlines()
    )
    out["read note.txt heavy imports"] = heavy
    bare_s = out["bare imports (spacy, pdfplumber, pypdfium2)"]["min_s"]
    out["audit / bare imports"] = round(out["order-audit audit SAMPLE"]["min_s"] / bare_s, 2)
    out["audit again / bare imports"] = round(
        out["order-audit audit SAMPLE again"]["min_s"] / bare_s, 2
    )
    out["sample"] = sample.name
    out["load_after"] = load()
    return out


RESIDENT_CHAT = """\
18/03/2026, 09:{minute:02d} - Supplier: Dear buyer, please note our company account has changed. Please pay the balance to our new account:
18/03/2026, 09:{minute:02d} - Supplier: Beneficiary: GOLDEN BRIDGE TRADING (HK) LIMITED SWIFT: HSBCHKHHHKH A/C: 848-123456-{minute:03d}
"""


def resident(sample: Path, repeats: int) -> dict[str, Any]:
    """The resident mode (pipeline/resident.py) in this process: start-up, the first audit of a
    sample, then re-audits after a new chat export lands (min / median of `repeats`), and once
    through the real watch loop: from the file written to the report written."""
    import queue

    from pipeline.resident import ResidentPipeline

    out: dict[str, Any] = {"load_before": load(), "sample": sample.name}
    with tempfile.TemporaryDirectory() as tmp:
        order = Path(shutil.copytree(sample, Path(tmp) / "orders" / sample.name))
        t0 = time.perf_counter()
        pipeline = ResidentPipeline(Path(tmp) / "out")
        out["start_s"] = time.perf_counter() - t0
        first = pipeline.audit(order)
        out["first_audit_s"] = first.seconds
        times = []
        for n in range(repeats):
            chat = order / "chat" / f"WhatsApp Chat - new {n}.txt"
            chat.parent.mkdir(exist_ok=True)
            chat.write_text(RESIDENT_CHAT.format(minute=n), encoding="utf-8")
            result = pipeline.audit(order, (chat.name,))
            times.append(result.seconds)
        out["reaudit_min_s"] = min(times)
        out["reaudit_median_s"] = statistics.median(times)
        out["reaudit_cache"] = f"{result.cache_hits} hits, {result.cache_misses} miss(es)"
        audits: queue.Queue[Any] = queue.Queue()
        stop = threading.Event()
        loop = threading.Thread(
            target=pipeline.watch,
            args=([order], audits.put),
            kwargs={"stop": stop, "initial": False},
        )
        loop.start()
        time.sleep(1.0)  # the watcher is set up
        t0 = time.perf_counter()
        (order / "chat" / "WhatsApp Chat - watched.txt").write_text(
            RESIDENT_CHAT.format(minute=59), encoding="utf-8"
        )
        watched = audits.get(timeout=60)
        out["watch_file_to_report_s"] = time.perf_counter() - t0
        out["watch_audit_s"] = watched.seconds
        stop.set()
        loop.join()
    out["load_after"] = load()
    return out


def failing_rerun(corpus: Path, work: Path, jobs: int) -> dict[str, Any]:
    """Cold batch of the corpus plus one order whose order.toml is broken, then the re-run with
    nothing changed: the failed order keeps its row, no worker pool starts."""
    root = work / "with-failing"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for order in sorted(p for p in corpus.iterdir() if p.is_dir()):
        shutil.copytree(order, root / order.name)
    broken = root / "zz-broken-order"
    shutil.copytree(next(p for p in sorted(corpus.iterdir()) if p.is_dir()), broken)
    (broken / "order.toml").write_text("order_id = [not toml\n", encoding="utf-8")
    cold = batch_run(root, work / "with-failing-out", jobs=jobs)
    warm = batch_run(root, work / "with-failing-out", jobs=jobs, fresh=False)
    return {
        "orders": cold["orders"],
        "cold_s": cold["seconds"],
        "cold_failed": cold["failed"],
        "warm_s": warm["seconds"],
        "warm_failed": warm["failed"],
        "warm_skipped": warm["skipped"],
        "speedup": cold["seconds"] / warm["seconds"],
        "load_before": cold["load_before"],
        "load_after": warm["load_after"],
    }


STAGE_PROBE = """
import collections, json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from pipeline.extract import extract_document, load_nlp
load_nlp()
times = collections.Counter({"load_nlp": time.perf_counter() - t0})
from pipeline.batch import BATCH_FORMATS
from pipeline.compare import compare_order
from pipeline.config import Settings, load_order_config
from pipeline.ingest import list_order_files, read_order_file
from pipeline.report import write_reports
out = Path(sys.argv[2])
for order in sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_dir())[: int(sys.argv[3])]:
    config, settings, extractions = load_order_config(order), Settings(), []
    for path in list_order_files(order, config):
        t = time.perf_counter()
        documents = read_order_file(path, order, config, settings)
        t1 = time.perf_counter()
        for d in documents:
            if d.format == "pdf":
                times["pdf pages"] += d.pages or 0
                times["pdf pages read by pypdfium2"] += int(d.meta.get("pdfium_pages", 0))
        extractions += [extract_document(d, config) for d in documents]
        t2 = time.perf_counter()
        times["read " + path.suffix.lower()] += t1 - t
        times["extract " + path.suffix.lower()] += t2 - t1
    t = time.perf_counter()
    audit = compare_order(extractions, config)
    t1 = time.perf_counter()
    write_reports(audit, out / order.name, formats=BATCH_FORMATS)
    times["compare"] += t1 - t
    times["report"] += time.perf_counter() - t1
print(json.dumps({k: round(v, 3) for k, v in times.most_common()}))
"""


def stage_breakdown(corpus: Path, orders: int) -> dict[str, float]:
    """Seconds per stage and format over the first `orders` orders, in one fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-c", STAGE_PROBE, str(corpus), tmp, str(orders)],
            capture_output=True, text=True, cwd=ROOT, env=_env(), check=True,
        )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# --------------------------------------------------------------------------------------------- main


@contextmanager
def corpus_folder(path: Path | None, orders: int) -> Iterator[Path]:
    from corpus import generate

    if path is not None:
        if not path.exists() or not any(path.iterdir()):
            t0 = time.perf_counter()
            print(
                f"generating {orders} orders in {path} ...",
                generate(path, orders),
                f"{time.perf_counter() - t0:.1f} s",
                flush=True,
            )
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="order-audit-bench-") as tmp:
        target = Path(tmp) / "orders"
        t0 = time.perf_counter()
        print(
            f"generating {orders} orders in {target} ...",
            generate(target, orders),
            f"{time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        yield target


def show(title: str, data: dict[str, Any]) -> None:
    print(f"\n## {title}")
    for key, value in data.items():
        print(f"  {key:24} {value:.3f}" if isinstance(value, float) else f"  {key:24} {value}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--orders", type=int, default=200, help="orders in the corpus (default 200)"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="corpus folder (generated when empty); default a temp folder",
    )
    parser.add_argument(
        "--work", type=Path, default=None, help="where batch outputs go (default a temp folder)"
    )
    parser.add_argument(
        "--sizes", default="", help="also measure worker RSS at these corpus sizes, e.g. 50,500"
    )
    parser.add_argument(
        "--sample",
        type=Path,
        default=None,
        help="sample order for the cold CLI run (default: first of samples/)",
    )
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated parts to skip: floor,cold,warm,failing,scaling,stages,cli,"
        "startup,resident,imports",
    )
    parser.add_argument(
        "--findings-before",
        type=Path,
        default=None,
        help="a batch output folder of the same corpus made by other code: compare every "
        "order's findings.json with the cold run's (benchmarks/compare_findings.py)",
    )
    parser.add_argument(
        "--json", type=Path, default=None, help="also write every figure to this JSON file"
    )
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    figures: dict[str, Any] = {"machine": machine() | {"load_at_start": load()}}
    show("machine", figures["machine"])

    work = args.work or Path(tempfile.mkdtemp(prefix="order-audit-bench-out-"))
    with corpus_folder(args.corpus, args.orders) as corpus:
        pdfs = files_of(corpus, ".pdf")
        if "floor" not in skip:
            floor = pdfplumber_floor(pdfs)
            floor["pages_per_s"] = floor["pages"] / floor["seconds"]
            figures["pdfplumber_floor"] = floor
            show(f"pdfplumber floor ({len(pdfs)} PDFs, text + tables)", floor)
            fast = pypdfium2_text(pdfs)
            fast["pages_per_s"] = fast["pages"] / fast["seconds"]
            figures["pypdfium2_text"] = fast
            show("pypdfium2 text only", fast)
            other = other_formats_floor(corpus)
            figures["other_formats_floor"] = other
            show("python-docx + openpyxl + text, bare", other)
        if "cold" not in skip:
            cold = batch_run(corpus, work / "cold-1", jobs=1)
            figures["cold_1"] = cold
            show("run_batch cold, 1 worker", cold)
            if "pdfplumber_floor" in figures:
                floor_s = figures["pdfplumber_floor"]["seconds"]
                all_floor_s = floor_s + figures["other_formats_floor"]["seconds"]
                ratios = {
                    "cold / pdf floor": cold["seconds"] / floor_s,
                    "cold / all-format floor": cold["seconds"] / all_floor_s,
                    "pdf floor / cold (speed-up)": floor_s / cold["seconds"],
                }
                figures["ratios"] = ratios
                show("cold run against the floor (1 worker)", ratios)
            if args.findings_before is not None:
                from compare_findings import compare_outputs

                same = compare_outputs(args.findings_before, work / "cold-1")
                figures["findings_vs_before"] = {
                    "identical": same.identical,
                    "summary": same.summary(),
                    "different": list(same.different[:10]),
                }
                show("findings.json against --findings-before", figures["findings_vs_before"])
            if "warm" not in skip:
                warm = batch_run(corpus, work / "cold-1", jobs=1, fresh=False)
                warm["speedup_vs_cold"] = cold["seconds"] / warm["seconds"]
                figures["warm_unchanged"] = warm
                show("re-run, nothing changed (orders skipped)", warm)
                hot = batch_run(corpus, work / "cold-1", jobs=1, force=True, fresh=False)
                hot["speedup_vs_cold"] = cold["seconds"] / hot["seconds"]
                figures["warm_cache_force"] = hot
                show("re-run --force, extraction cache hot", hot)
            if "failing" not in skip:
                figures["failing_rerun"] = failing_rerun(corpus, work, jobs=1)
                show("cold, then re-run unchanged, one order failing", figures["failing_rerun"])
            if "scaling" not in skip:
                two = batch_run(corpus, work / "cold-2", jobs=2)
                two["scaling_vs_1"] = cold["seconds"] / two["seconds"]
                figures["cold_2"] = two
                show("run_batch cold, 2 workers", two)
        if "stages" not in skip:
            subset = sorted(p for p in corpus.iterdir() if p.is_dir())[:20]
            stages = stage_breakdown(corpus, len(subset))
            floor = pdfplumber_floor([f for order in subset for f in files_of(order, ".pdf")])
            stages["pdfplumber floor, same PDFs"] = round(floor["seconds"], 3)
            stages["read .pdf / floor"] = round(stages.get("read .pdf", 0.0) / floor["seconds"], 3)
            figures["stages"] = stages
            show(
                f"where the time goes: seconds per stage over {len(subset)} orders, one process",
                stages,
            )
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            with corpus_folder(work / f"corpus-{size}", size) as sized:
                run = batch_run(sized, work / f"size-{size}", jobs=2)
                figures[f"size_{size}"] = run
                show(f"{size} orders, 2 workers (memory)", run)
    sample = args.sample or next(
        (p for p in sorted((ROOT / "samples").iterdir()) if p.is_dir()), None
    )
    if "startup" not in skip and sample is not None:
        figures["startup"] = startup(sample, repeats=5)
        show("cold start-up (fresh processes, min of 5)", figures["startup"])
    if "resident" not in skip and sample is not None:
        figures["resident"] = resident(sample, repeats=5)
        show("resident mode (order-audit watch)", figures["resident"])
    if "cli" not in skip and sample is not None:
        figures["cold_cli"] = cold_cli(sample, repeats=3)
        show("one sample, cold `order-audit audit` process", figures["cold_cli"])
    if "imports" not in skip:
        figures["imports"] = imports = import_check()
        print("\n## heavy imports per command (cumulative ms)")
        for name, mods in imports.items():
            print(f"  {name:28} {json.dumps(mods)}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

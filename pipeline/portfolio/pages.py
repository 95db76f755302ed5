"""The Suppliers page of a batch (OUT/suppliers.html) and its data (OUT/supplier-signals.json).

The signals live beside the index, not in the orders' reports: an order's report and its
findings.json audit that order's folder, and stay the same while its files do (a skipped order
keeps them); a signal rests on several orders and changes when another order changes. The index
links each affected order to its supplier's section here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline import __version__
from pipeline.generated import generator
from pipeline.portfolio.signals import Signal, SupplierGroup, supplier_signals
from pipeline.portfolio.snapshot import OrderSnapshot, ResultLike, snapshot_of
from pipeline.report.environment import environment
from pipeline.report.files import atomic_write_text

SUPPLIERS_PAGE = "suppliers.html"
SIGNALS_JSON = "supplier-signals.json"


@dataclass(frozen=True)
class PortfolioPages:
    """What the Suppliers page found and wrote: the groups, the signals, each order's signal
    lines and anchor (for the index), and the files."""

    snapshots: tuple[OrderSnapshot, ...]
    groups: tuple[SupplierGroup, ...]
    signals: tuple[Signal, ...]
    written: dict[str, Path]

    def order_signals(self, name: str) -> list[Signal]:
        return [s for s in self.signals if name in s.orders]

    def anchor_of(self, name: str) -> str | None:
        for group in self.groups:
            if any(s.name == name for s in group.orders):
                return group.anchor
        return None


def render_suppliers_page(
    groups: Sequence[SupplierGroup], signals: Sequence[Signal], orders: int
) -> str:

    by_group = {g.anchor: [s for s in signals if s.supplier == g.name] for g in groups}
    return (
        environment()
        .get_template("suppliers.html.j2")
        .render(
            groups=groups,
            signals=signals,
            by_group=by_group,
            orders=orders,
            version=__version__,
            written_at=datetime.now().astimezone().isoformat(timespec="seconds"),
        )
    )


def write_supplier_pages(rows: Sequence[ResultLike], out_dir: Path) -> PortfolioPages:
    """Read every order's findings.json in out_dir, find the supplier signals, and write
    suppliers.html and supplier-signals.json (atomically)."""

    out_dir = Path(out_dir)
    snapshots = tuple(snapshot_of(row, out_dir) for row in rows)
    groups, signals = supplier_signals(snapshots)
    data = {
        "generator": generator(),
        "suppliers": [
            {
                "name": g.name,
                "anchor": g.anchor,
                "tied_by": list(g.keys),
                "orders": [s.name for s in g.orders],
            }
            for g in groups
        ],
        "signals": [s.to_json() for s in signals],
    }
    written = {
        "suppliers": atomic_write_text(
            out_dir / SUPPLIERS_PAGE, render_suppliers_page(groups, signals, len(snapshots))
        ),
        "signals": atomic_write_text(
            out_dir / SIGNALS_JSON, json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        ),
    }
    return PortfolioPages(snapshots, tuple(groups), tuple(signals), written)

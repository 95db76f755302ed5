"""Supplier signals: what one supplier does across the orders of a batch (issue 17).

Orders are grouped by supplier identity: the same USCC, a shared company mail domain, or legal
names that pipeline.compare.company_names calls one entity. Over each group's orders, in order
date order (the latest PI's date), five signals are looked for; their thresholds and severities
are data (pipeline/data/supplier_signals.toml, with the reason for each number):

- bank_differs: bank details (account, SWIFT, beneficiary) on the latest PIs differ between orders;
- price_creep: the unit price of one SKU rises from order to order, never falls, by more than
  the threshold in total;
- lead_time_creep: the PI lead time grows on every repeat order, by more than the threshold;
- repeated_chat_only: changes agreed only in a chat, on several orders;
- repeated_failed_inspection: failed inspections on several orders.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.compare.company_names import same_company
from pipeline.errors import RuleFileError
from pipeline.model import SEVERITIES
from pipeline.portfolio.snapshot import OrderSnapshot
from pipeline.resources import DATA_DIR

SIGNALS_FILE = DATA_DIR / "supplier_signals.toml"
KINDS = (
    "bank_differs",
    "price_creep",
    "lead_time_creep",
    "repeated_chat_only",
    "repeated_failed_inspection",
)


@dataclass(frozen=True)
class Threshold:
    severity: str
    min_orders: int = 2
    min_total_percent: float = 0.0
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signal:
    """One pattern of one supplier across orders, with the orders (OUT folder names) it rests on."""

    kind: str
    severity: str
    supplier: str  # the display name of the supplier group
    orders: tuple[str, ...]
    message: str
    evidence: tuple[str, ...] = ()  # one line per order: what it showed

    @property
    def id(self) -> str:
        text = "|".join((self.kind, self.supplier, *self.orders, self.message))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "supplier": self.supplier,
            "orders": list(self.orders),
            "message": self.message,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class SupplierGroup:
    """The orders of one supplier identity."""

    name: str
    orders: tuple[OrderSnapshot, ...]
    keys: tuple[str, ...]  # what tied them: uscc:…, domain:…, name:…

    @property
    def anchor(self) -> str:
        return "supplier-" + hashlib.sha256(self.name.encode("utf-8")).hexdigest()[:10]


@cache
def load_thresholds(path: Path = SIGNALS_FILE) -> dict[str, Threshold]:
    """The thresholds, checked at load: a missing signal, an unknown key or severity is an error
    naming the file and the signal."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(path, "*", f"cannot be read ({exc})") from exc
    out: dict[str, Threshold] = {}
    for kind in KINDS:
        table = data.get(kind)
        if not isinstance(table, dict):
            raise RuleFileError(path, kind, "is missing")
        unknown = set(table) - {"severity", "min_orders", "min_total_percent", "fields"}
        if unknown or table.get("severity") not in SEVERITIES:
            raise RuleFileError(
                path, kind, f"unknown key(s) {sorted(unknown)} or severity not one of {SEVERITIES}"
            )
        out[kind] = Threshold(
            severity=str(table["severity"]),
            min_orders=max(2, int(table.get("min_orders", 2))),
            min_total_percent=float(table.get("min_total_percent", 0)),
            fields=tuple(str(f) for f in table.get("fields", ())),
        )
    extra = set(data) - set(KINDS)
    if extra:
        raise RuleFileError(path, sorted(extra)[0], f"is not a signal ({', '.join(KINDS)})")
    return out


# ------------------------------------------------------------------------------------ grouping


def _name_ties(names: Sequence[str]) -> dict[tuple[str, str], bool]:
    """same_company for each pair of distinct names (a batch has a few dozen names at most,
    however many orders: the pairs are of names, not of orders)."""

    distinct = sorted(set(names))
    return {
        (a, b): same_company(a, b)[0] is True
        for i, a in enumerate(distinct)
        for b in distinct[i + 1 :]
    }


def group_by_supplier(snapshots: Sequence[OrderSnapshot]) -> list[SupplierGroup]:
    """Audited orders grouped by supplier identity (USCC, company domain, or one legal entity by
    name); orders with no supplier named are left out. Failed orders have no snapshot data."""
    orders = [s for s in snapshots if s.status != "failed" and s.identity.name]
    same = _name_ties([str(s.identity.name) for s in orders])
    parent = list(range(len(orders)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ties: dict[int, set[str]] = {i: set() for i in range(len(orders))}
    for i, a in enumerate(orders):
        for j in range(i):
            why = _tie(a, orders[j], same)
            if why:
                parent[find(i)] = find(j)
                ties[i].add(why)
                ties[j].add(why)
    groups: dict[int, list[int]] = {}
    for i in range(len(orders)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        snaps = tuple(sorted((orders[i] for i in members), key=_chronological))
        name = str(snaps[-1].identity.name)
        keys = tuple(sorted({k for i in members for k in ties[i]}))
        out.append(SupplierGroup(name, snaps, keys))
    return sorted(out, key=lambda g: g.name.lower())


def _tie(a: OrderSnapshot, b: OrderSnapshot, same: Mapping[tuple[str, str], bool]) -> str | None:
    ia, ib = a.identity, b.identity
    if ia.uscc and ib.uscc:
        return f"uscc:{ia.uscc}" if ia.uscc == ib.uscc else None  # two codes: two companies
    shared = set(ia.domains) & set(ib.domains)
    if shared:
        return f"domain:{sorted(shared)[0]}"
    if ia.name and ib.name:
        pair = (min(ia.name, ib.name), max(ia.name, ib.name))
        if ia.name == ib.name or same.get(pair):
            return "name"
    return None


def _chronological(s: OrderSnapshot) -> tuple[str, str]:
    return (s.order_date or "", s.name)


# ------------------------------------------------------------------------------------ signals


def supplier_signals(
    snapshots: Sequence[OrderSnapshot], thresholds: Mapping[str, Threshold] | None = None
) -> tuple[list[SupplierGroup], list[Signal]]:
    """The supplier groups of a batch and the signals found in them (riskiest first)."""
    limits = thresholds or load_thresholds()
    groups = group_by_supplier(snapshots)
    found: list[Signal] = []
    for group in groups:
        if len(group.orders) < 2:
            continue
        found += _bank(group, limits["bank_differs"])
        found += _price(group, limits["price_creep"])
        found += _lead_time(group, limits["lead_time_creep"])
        found += _repeated(
            group,
            limits["repeated_chat_only"],
            "repeated_chat_only",
            lambda s: ", ".join(s.chat_only) if s.chat_only else None,
            "changes agreed only in chat (not confirmed in a document)",
        )
        found += _repeated(
            group,
            limits["repeated_failed_inspection"],
            "repeated_failed_inspection",
            lambda s: "inspection failed" if s.failed_inspection else None,
            "failed inspections",
        )
    found.sort(key=lambda s: (SEVERITIES.index(s.severity), s.supplier, s.kind))
    return groups, found


def _bank(group: SupplierGroup, limit: Threshold) -> list[Signal]:
    out = []
    for name in limit.fields or ("bank.account",):
        values = {s.name: s.terms.get(name) for s in group.orders if s.terms.get(name)}
        if len(values) < limit.min_orders or len({str(v) for v in values.values()}) < 2:
            continue
        label = name.split(".", 1)[1]
        out.append(
            Signal(
                "bank_differs",
                limit.severity,
                group.name,
                tuple(values),
                f"{group.name}: the bank {label} differs between orders "
                f"({len(set(map(str, values.values())))} different values on {len(values)} orders); "
                "verify each by a call-back to the number on file before paying.",
                tuple(f"{order}: {value}" for order, value in values.items()),
            )
        )
    return out


def _amount(value: Any) -> tuple[Decimal, str] | None:
    if not isinstance(value, Mapping):
        return None
    try:
        return Decimal(str(value.get("amount"))), str(value.get("currency") or "")
    except (InvalidOperation, ValueError):
        return None


def _creep(series: Sequence[tuple[str, Decimal]], limit: Threshold) -> Decimal | None:
    """The total rise in percent when the series never falls, rises at least once and rises
    by more than the threshold in total; else None."""
    if len(series) < limit.min_orders:
        return None
    values = [v for _, v in series]
    if values[0] <= 0 or any(b < a for a, b in zip(values, values[1:], strict=False)):
        return None
    rise = (values[-1] - values[0]) / values[0] * 100
    return rise if rise > Decimal(str(limit.min_total_percent)) else None


def _price(group: SupplierGroup, limit: Threshold) -> list[Signal]:
    prices: dict[tuple[str, str], list[tuple[str, Decimal]]] = {}
    for snap in group.orders:
        for item, value in (snap.terms.get("price.unit") or {}).items():
            parsed = _amount(value)
            if item and parsed:
                prices.setdefault((item, parsed[1]), []).append((snap.name, parsed[0]))
    out = []
    for (item, currency), series in sorted(prices.items()):
        rise = _creep(series, limit)
        if rise is None:
            continue
        out.append(
            Signal(
                "price_creep",
                limit.severity,
                group.name,
                tuple(order for order, _ in series),
                f"{group.name}: the unit price of {item} rose on repeat orders, "
                f"{currency} {series[0][1]} to {series[-1][1]} (+{rise:.1f} %, threshold "
                f"{limit.min_total_percent:g} %).",
                tuple(f"{order}: {currency} {price}" for order, price in series),
            )
        )
    return out


def _lead_time(group: SupplierGroup, limit: Threshold) -> list[Signal]:
    series = []
    for snap in group.orders:
        value = snap.terms.get("lead_time")
        if isinstance(value, Mapping) and value.get("max_days"):
            series.append((snap.name, Decimal(int(value["max_days"]))))
    values = [v for _, v in series]
    if any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return []  # "each time": every repeat order longer than the one before
    rise = _creep(series, limit)
    if rise is None:
        return []
    return [
        Signal(
            "lead_time_creep",
            limit.severity,
            group.name,
            tuple(order for order, _ in series),
            f"{group.name}: the lead time grew on every repeat order, {series[0][1]} to "
            f"{series[-1][1]} days (+{rise:.0f} %, threshold {limit.min_total_percent:g} %).",
            tuple(f"{order}: {days} days" for order, days in series),
        )
    ]


def _repeated(
    group: SupplierGroup,
    limit: Threshold,
    kind: str,
    shows: Any,
    what: str,
) -> list[Signal]:
    hits = [(s.name, shows(s)) for s in group.orders if shows(s)]
    if len(hits) < limit.min_orders:
        return []
    return [
        Signal(
            kind,
            limit.severity,
            group.name,
            tuple(order for order, _ in hits),
            f"{group.name}: {what} on {len(hits)} of {len(group.orders)} orders.",
            tuple(f"{order}: {detail}" for order, detail in hits),
        )
    ]


def signals_by_order(signals: Sequence[Signal]) -> dict[str, list[Signal]]:
    """Each order's signals (an order may rest under several)."""
    out: dict[str, list[Signal]] = {}
    for signal in signals:
        for order in signal.orders:
            out.setdefault(order, []).append(signal)
    return out

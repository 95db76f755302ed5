"""Severity policy and tolerances: data files under pipeline/data merged with order.toml, in one place."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pipeline.compare.tolerance_text import tolerance_table_from_text
from pipeline.config import OrderConfig
from pipeline.errors import ConfigError, RuleFileError
from pipeline.field_registry import (
    field_names,
    fields_in_scope,
    is_known_field,
    registry,
    registry_path,
)
from pipeline.model import SEVERITIES, STATUSES, Severity, Status, severity_rank
from pipeline.resources import DATA_DIR

SEVERITY_FILE = DATA_DIR / "severity.toml"
COMPARE_FILE = DATA_DIR / "compare.toml"
BANK_FILE = DATA_DIR / "bank.toml"

FIELD_TABLE_STATUSES: tuple[Status, ...] = ("undocumented_change", "conflict", "missing")
_TOLERANCE_KEYS = {"absolute", "percent", "combine"}

Combine = Literal["and", "or"]


def load_toml(path: Path) -> dict[str, Any]:
    """A data file of pipeline/data, parsed; a broken file raises RuleFileError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(path, "*", f"cannot be read as TOML ({exc})") from exc


def _decimal(value: Any, where: str, key: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"{key} {value!r} is not a number") from exc
    if number < 0 or not number.is_finite():
        raise ValueError(f"{key} {value!r} must be a non-negative number")
    return number


@dataclass(frozen=True)
class Tolerance:
    """An allowed difference: absolute and/or percent of the baseline, combined with and/or;
    optionally other limits above (`over`) and below (`under`) the baseline, as in +5 % / -3 %."""

    absolute: Decimal | None = None
    percent: Decimal | None = None
    combine: Combine = "and"
    source: str = "exact"
    over: Tolerance | None = None
    under: Tolerance | None = None

    @classmethod
    def parse(
        cls, data: Any, source: str, *, nested: bool = False, field_name: str | None = None
    ) -> Tolerance:
        """Build from a table or, for a field, a string as specs write it ("±1.5 mm", "+5%/-3%");
        raises ValueError on a bad entry."""
        if isinstance(data, str | int | float) and not isinstance(data, bool) and not nested:
            table = tolerance_table_from_text(str(data), field_name)
            return cls.parse(table, source, field_name=field_name)
        if not isinstance(data, dict):
            raise ValueError(
                "must be a string as a spec writes it or a table with absolute, percent, "
                "combine, over and/or under"
            )
        if "abs" in data and "absolute" not in data:  # the short name people write
            data = {("absolute" if k == "abs" else k): v for k, v in data.items()}
        known = _TOLERANCE_KEYS if nested else _TOLERANCE_KEYS | {"over", "under"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(
                f"unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}"
            )
        combine = data.get("combine", "and")
        if combine not in ("and", "or"):
            raise ValueError(f"combine {combine!r} must be 'and' or 'or'")
        absolute = _decimal(data["absolute"], source, "absolute") if "absolute" in data else None
        percent = _decimal(data["percent"], source, "percent") if "percent" in data else None
        over = cls.parse(data["over"], source, nested=True) if "over" in data else None
        under = cls.parse(data["under"], source, nested=True) if "under" in data else None
        return cls(absolute, percent, combine, source, over, under)

    def widened(self, absolute: Decimal, source: str) -> Tolerance:
        """This tolerance with an absolute limit at least `absolute` (a spec's own stated tolerance)."""
        if (
            self.absolute is not None
            and self.absolute >= absolute
            and not (self.over or self.under)
        ):
            return self
        return Tolerance(
            absolute=absolute,
            percent=self.percent,
            combine="or" if self.percent else "and",
            source=source,
        )

    def _limits(self, sign: str = "±") -> str:
        parts = []
        if self.absolute is not None:
            parts.append(f"{sign}{_plain(self.absolute)}")
        if self.percent is not None:
            parts.append(f"{sign}{_plain(self.percent)} %")
        return f" {self.combine} ".join(parts) or f"{sign}0"

    def describe(self) -> str:
        """'±3 % (pipeline/data/tolerances.toml)', 'over +5 %, under -3 % (order.toml)'."""
        parts = [self._limits()] if self.absolute is not None or self.percent is not None else []
        if self.over is not None:
            parts.append(f"over {self.over._limits('+')}")
        if self.under is not None:
            parts.append(f"under {self.under._limits('-')}")
        return f"{', '.join(parts) or 'exact'} ({self.source})"

    def allows(self, baseline: Decimal, observed: Decimal) -> tuple[bool, str]:
        """Whether observed is within tolerance of baseline, and a sentence saying why."""
        diff = abs(observed - baseline)
        if diff == 0:
            return True, "equal"
        side = self.over if observed > baseline else self.under
        if side is not None:
            ok = side._within(baseline, diff)
            where = "over" if observed > baseline else "under"
            return (
                ok,
                f"difference {_plain(diff)}{_percent(diff, baseline)} {where} the baseline, {'within' if ok else 'outside'} tolerance {self.describe()}",
            )
        ok = self._within(baseline, diff)
        return (
            ok,
            f"difference {_plain(diff)}{_percent(diff, baseline)} {'within' if ok else 'outside'} tolerance {self.describe()}",
        )

    def _within(self, baseline: Decimal, diff: Decimal) -> bool:
        checks: list[bool] = []
        if self.absolute is not None:
            checks.append(diff <= self.absolute)
        if self.percent is not None:
            checks.append(baseline != 0 and diff * 100 <= abs(baseline) * self.percent)
        return bool(checks) and (all(checks) if self.combine == "and" else any(checks))


def _percent(diff: Decimal, baseline: Decimal) -> str:
    return (
        f" ({_plain((diff * 100 / abs(baseline)).quantize(Decimal('0.01')))} %)" if baseline else ""
    )


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


EXACT = Tolerance()


@dataclass(frozen=True)
class Policy:
    """Severities and tolerances for one order: the data files with order.toml's overrides on top."""

    status_severity: dict[str, Severity]
    field_severity: dict[str, Severity]
    floors: dict[str, Severity]
    rule_severity: dict[str, Severity] = field(default_factory=dict)  # [rule] of severity.toml
    overrides: dict[str, Severity] = field(default_factory=dict)
    tolerances: dict[str, Tolerance] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    bank: dict[str, Any] = field(default_factory=dict)

    def tolerance(self, name: str) -> Tolerance:
        return self.tolerances.get(name, EXACT)

    def _field_default(self, name: str) -> Severity:
        if name in self.field_severity:
            return self.field_severity[name]
        group = name.split(".")[0] + ".*"
        if name.startswith("x.") and name.count(".") > 1:
            group = ".".join(name.split(".")[:2]) + ".*"
        return self.field_severity.get(group, self.field_severity["default"])

    def _override(self, keys: Iterable[str]) -> Severity | None:
        for key in keys:
            if key in self.overrides:
                return self.overrides[key]
        return None

    def severity(
        self, field_name: str, status: Status, rule: str, floor: str | None = None
    ) -> Severity:
        """The severity of a finding: override by rule, else by field or status, then the floors."""
        group = field_name.split(".")[0] + ".*"
        if status in FIELD_TABLE_STATUSES:
            chosen = (
                self._override((rule, field_name, group))
                or self.rule_severity.get(rule)
                or self._field_default(field_name)
            )
        else:
            chosen = self._override((rule, status)) or self.status_severity[status]
        if status == "match":
            return chosen
        for key in (field_name, group, floor):
            if (
                key
                and key in self.floors
                and severity_rank(self.floors[key]) < severity_rank(chosen)
            ):
                chosen = self.floors[key]
        return chosen


@cache
def default_policy() -> Policy:
    data = load_toml(SEVERITY_FILE)
    status_sev: dict[str, Severity] = {}
    field_sev: dict[str, Severity] = {}
    floors: dict[str, Severity] = {}
    rule_sev: dict[str, Severity] = {}
    for table, target in (
        ("status", status_sev), ("field", field_sev), ("floor", floors), ("rule", rule_sev)
    ):  # fmt: skip
        for key, value in dict(data.get(table, {})).items():
            if value not in SEVERITIES:
                raise RuleFileError(
                    SEVERITY_FILE,
                    f"{table}.{key}",
                    f"severity {value!r} is not one of {', '.join(SEVERITIES)}",
                )
            target[key] = value
    for key in status_sev:
        if key not in STATUSES:
            raise RuleFileError(SEVERITY_FILE, f"status.{key}", "is not a contract status")
    for key in field_sev:
        if key != "default":
            raise RuleFileError(
                SEVERITY_FILE,
                f"field.{key}",
                "a field's severity is set in the field registry (pipeline/data/fields.toml)",
            )
    if "default" not in field_sev:
        raise RuleFileError(SEVERITY_FILE, "field.default", "is required")
    field_sev.update({name: spec.severity for name, spec in registry().items()})
    for status in STATUSES:
        if status not in FIELD_TABLE_STATUSES and status not in status_sev:
            raise RuleFileError(SEVERITY_FILE, f"status.{status}", "is required")
    tolerances: dict[str, Tolerance] = {}
    for name, spec in registry().items():
        if spec.tolerance is None:
            continue
        try:
            tolerances[name] = Tolerance.parse(spec.tolerance, _registry_name())
        except ValueError as exc:
            raise RuleFileError(registry_path(), f"{name}.tolerance", str(exc)) from exc
    params = load_toml(COMPARE_FILE)
    for section in ("terms", "parties", "missing", "conflict", "items", "trade_assurance", "units"):
        if section not in params:
            raise RuleFileError(COMPARE_FILE, section, "section is required")
    _add_registry_params(params)
    return Policy(
        status_severity=status_sev,
        field_severity=field_sev,
        floors=floors,
        rule_severity=rule_sev,
        tolerances=tolerances,
        params=params,
        bank=load_toml(BANK_FILE),
    )


def _registry_name() -> str:
    """How a tolerance's source is named in explanations: the registry file, project-relative."""
    path = registry_path()
    return f"pipeline/data/{path.name}" if path.parent == DATA_DIR else str(path)


# Lists of fields that compare.toml's sections once held, now derived from the field registry
# (pipeline/data/fields.toml); compare.toml keeps the parameters that are not about one field.
_DERIVED_PARAMS: dict[tuple[str, ...], Any] = {
    ("terms", "name_guard_fields"): lambda: field_names(trait="name_guard"),
    ("terms", "sample_ignored_fields"): lambda: field_names(group="commercial"),
    ("missing", "commercial"): lambda: field_names(trait="on_pi"),
    ("missing", "per_item"): lambda: tuple(
        f for f in field_names(trait="on_pi") if f in fields_in_scope("line")
    ),
    ("missing", "aggregates"): lambda: field_names(trait="aggregate"),
    ("conflict", "scalar"): lambda: field_names(trait="one_value"),
    ("conflict", "per_item", "fields"): lambda: fields_in_scope("line"),
    ("sets", "additive"): lambda: field_names(trait="additive"),
    ("sets", "drop_is_change"): lambda: field_names(trait="drop_is_change"),
    ("items", "item_fields"): lambda: fields_in_scope("line", "item"),
    ("trade_assurance", "standard_fields"): lambda: field_names(trait="ta_standard"),
}


def _add_registry_params(params: dict[str, Any]) -> None:
    """Put the registry's field lists where the rules read them (policy.params); a list that
    compare.toml still states itself is an error: one source per fact."""
    for path, derive in _DERIVED_PARAMS.items():
        table = params
        for key in path[:-1]:
            table = table.setdefault(key, {})
        if path[-1] in table:
            raise RuleFileError(
                COMPARE_FILE,
                ".".join(path),
                "is derived from the field registry (pipeline/data/fields.toml traits); remove it",
            )
        table[path[-1]] = list(derive())


def load_policy(config: OrderConfig, rule_ids: Iterable[str] = ()) -> Policy:
    """The default policy with order.toml [severity] and [tolerances] applied; bad keys raise ConfigError."""
    base = default_policy()
    source = config.source or "order.toml"
    rules = set(rule_ids)
    overrides: dict[str, Severity] = {}
    for key, value in config.severity.items():
        if value not in SEVERITIES:
            raise ConfigError(
                source, f"[severity] {key} = {value!r} is not one of {', '.join(SEVERITIES)}"
            )
        if not (
            key in rules or key in base.rule_severity or key in STATUSES or is_known_field(key)
        ):
            raise ConfigError(
                source,
                f"[severity] {key!r} is neither a rule id, a field, a 'group.*' pattern nor a status (see docs/rules.md)",
            )
        overrides[key] = value
    tolerances = dict(base.tolerances)
    for key, table in config.tolerances.items():
        if not is_known_field(key):
            raise ConfigError(source, f"[tolerances] {key} is not a contract field")
        try:
            tolerances[key] = Tolerance.parse(table, "order.toml [tolerances]", field_name=key)
        except ValueError as exc:
            raise ConfigError(source, f"[tolerances] {key}: {exc}") from exc
    return Policy(
        status_severity=base.status_severity,
        field_severity=base.field_severity,
        floors=base.floors,
        rule_severity=base.rule_severity,
        overrides=overrides,
        tolerances=tolerances,
        params=base.params,
        bank=base.bank,
    )

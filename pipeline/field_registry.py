"""The field registry: pipeline/data/fields.toml as typed FieldSpecs, checked when it loads.

Every stage asks this module about a field (its extractor, comparator, display, severity and
tolerance defaults, whether a PI must carry it, one value per line item or a set ...) instead of
keeping a table of its own. A field that is missing a key, names a comparator or an extractor
that does not exist, or a contract field that is not registered is an error at start-up
(RuleFileError naming the file and the field), not a silent default.

The registry file is pipeline/data/fields.toml; `ORDER_AUDIT_FIELDS` names another file (a site's
own fields on top of the contract's, or a test's toy field).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import RuleFileError
from pipeline.model import FIELDS, SEVERITIES, Severity
from pipeline.resources import DATA_DIR

REGISTRY_FILE = DATA_DIR / "fields.toml"
REGISTRY_ENV = "ORDER_AUDIT_FIELDS"

Group = Literal["commercial", "product", "packaging", "quality", "bank", "extension"]
Scope = Literal["line", "item", "order"]
ReadBy = Literal["segment", "bank_block", "supplier_block", "rule"]

GROUPS: tuple[Group, ...] = ("commercial", "product", "packaging", "quality", "bank", "extension")
SCOPES: tuple[Scope, ...] = ("line", "item", "order")
READ_BY: tuple[ReadBy, ...] = ("segment", "bank_block", "supplier_block", "rule")
TRAITS = frozenset(
    (
        "on_pi",
        "one_value",
        "aggregate",
        "described",
        "self_naming",
        "name_guard",
        "additive",
        "drop_is_change",
        "ta_standard",
        "numeric",
    )
)
_REQUIRED = ("label", "group", "scope", "shape", "compare", "severity", "read_by")
_OPTIONAL = ("report_label", "display", "tolerance", "extractor", "labels", "label_also", "traits")


@dataclass(frozen=True)
class FieldSpec:
    """One registered field (the keys are documented at the top of pipeline/data/fields.toml)."""

    name: str
    label: str
    group: Group
    scope: Scope
    shape: str
    compare: str
    severity: Severity
    read_by: ReadBy
    report_label: str | None = None
    display: str | None = None
    tolerance: dict[str, Any] | None = None
    extractor: str | None = None
    labels: tuple[str, ...] = ()
    label_also: tuple[str, ...] = ()
    traits: frozenset[str] = frozenset()

    def has(self, trait: str) -> bool:
        return trait in self.traits


def registry_path() -> Path:
    """The registry file in use: $ORDER_AUDIT_FIELDS, else pipeline/data/fields.toml."""
    chosen = os.environ.get(REGISTRY_ENV)
    return Path(chosen) if chosen else REGISTRY_FILE


def _strings(path: Path, name: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleFileError(path, f"{name}.{key}", "must be a list of non-empty strings")
    return tuple(value)


def _choice(path: Path, name: str, key: str, value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise RuleFileError(path, f"{name}.{key}", f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _spec(path: Path, name: str, table: Any) -> FieldSpec:
    if not isinstance(table, dict):
        raise RuleFileError(path, name, "must be a table of keys")
    if not name.startswith("x.") and name not in FIELDS:
        raise RuleFileError(path, name, "is neither a contract field nor an extension (x.*)")
    unknown = sorted(set(table) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise RuleFileError(path, name, f"unknown key {unknown[0]!r}")
    for key in _REQUIRED:
        if not isinstance(table.get(key), str) or not table[key]:
            raise RuleFileError(path, f"{name}.{key}", "is required (a non-empty string)")
    traits = frozenset(_strings(path, name, "traits", table.get("traits", [])))
    if traits - TRAITS:
        raise RuleFileError(path, f"{name}.traits", f"unknown trait {sorted(traits - TRAITS)[0]!r}")
    read_by = _choice(path, name, "read_by", table["read_by"], READ_BY)
    extractor = table.get("extractor")
    if (read_by == "segment") != isinstance(extractor, str):
        raise RuleFileError(
            path, f"{name}.extractor", "is required exactly when read_by is 'segment'"
        )
    tolerance = table.get("tolerance")
    if tolerance is not None and not isinstance(tolerance, dict):
        raise RuleFileError(path, f"{name}.tolerance", "must be a table")
    return FieldSpec(
        name=name,
        label=table["label"],
        group=_choice(path, name, "group", table["group"], GROUPS),
        scope=_choice(path, name, "scope", table["scope"], SCOPES),
        shape=table["shape"],
        compare=table["compare"],
        severity=_choice(path, name, "severity", table["severity"], SEVERITIES),
        read_by=read_by,
        report_label=table.get("report_label"),
        display=table.get("display"),
        tolerance=tolerance,
        extractor=extractor,
        labels=_strings(path, name, "labels", table.get("labels", [])),
        label_also=_strings(path, name, "label_also", table.get("label_also", [])),
        traits=traits,
    )


def load_registry(path: Path) -> dict[str, FieldSpec]:
    """Parse and check a registry file; RuleFileError names the file and the field at fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(path, "*", f"cannot be read as TOML ({exc})") from exc
    specs = {name: _spec(path, name, table) for name, table in data.items()}
    contract = [name for name in specs if not name.startswith("x.")]
    missing = [f for f in FIELDS if f not in specs]
    if missing:
        raise RuleFileError(path, missing[0], "is a contract field and must be registered")
    if tuple(contract) != FIELDS:
        raise RuleFileError(path, "*", "the contract's fields must come in the contract's order")
    for spec in specs.values():
        for other in spec.label_also:
            if other not in specs:
                raise RuleFileError(path, f"{spec.name}.label_also", f"{other!r} is not a field")
    return specs


@cache
def registry() -> dict[str, FieldSpec]:
    """The registry in use, loaded once per process (every stage's field tables derive from it)."""
    return load_registry(registry_path())


def field_spec(name: str) -> FieldSpec | None:
    return registry().get(name)


def field_names(
    *, trait: str | None = None, group: str | None = None, read_by: str | None = None
) -> tuple[str, ...]:
    """Registered fields in registry order, filtered by trait, group and/or how they are read."""
    if trait is not None and trait not in TRAITS:
        raise KeyError(f"unknown trait {trait!r}")
    return tuple(
        spec.name
        for spec in registry().values()
        if (trait is None or spec.has(trait))
        and (group is None or spec.group == group)
        and (read_by is None or spec.read_by == read_by)
    )


def fields_in_scope(*scopes: str) -> tuple[str, ...]:
    return tuple(spec.name for spec in registry().values() if spec.scope in scopes)


def extension_fields() -> tuple[str, ...]:
    return tuple(name for name in registry() if name.startswith("x."))


def is_known_field(name: str) -> bool:
    """A registered field, or a 'group.*' pattern that covers at least one."""
    if name in registry():
        return True
    if name.endswith(".*"):
        prefix = name[:-1]
        return any(f.startswith(prefix) for f in registry())
    return False


def functions_by_registry(table: dict[str, Any], key: str, what: str) -> dict[str, Any]:
    """field -> function, for every registered field, by the name its entry gives under `key`
    (compare = "money" -> table["money"]); a name with no function is a RuleFileError."""
    out: dict[str, Any] = {}
    for name, spec in registry().items():
        chosen = getattr(spec, key)
        if chosen is None:
            continue
        if chosen not in table:
            raise RuleFileError(
                registry_path(),
                f"{name}.{key}",
                f"{chosen!r} is not a {what} ({', '.join(sorted(table))})",
            )
        out[name] = table[chosen]
    return out

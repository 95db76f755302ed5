"""order.toml and run settings: defaults as named constants, merged in one place, checked on creation."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.model import FIELDS, ROLES, SEVERITIES, Role

ORDER_FILE = "order.toml"
ANSWER_KEY = "expected.json"

# Run limits (issue 3): one huge catalogue must not stall an audit.
DEFAULT_MAX_PAGES = 60
DEFAULT_SECONDS_PER_DOCUMENT = 30.0
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_ZIP_RATIO = 100.0
# One budget per document (issue 13), shared by its attachments and zip members: blocks of each
# kind it may yield (extraction costs about 1 ms a line, 0.3 ms a cell, 0.5 ms a message).
DEFAULT_MAX_LINES = 20_000
DEFAULT_MAX_CELLS = 50_000
DEFAULT_MAX_MESSAGES = 20_000
DEFAULT_MAX_PARAGRAPHS = 20_000
DEFAULT_MAX_CHARS = 5_000_000  # characters of text in all blocks (extraction: about 1 s per 1M)
DEFAULT_WORKER_MEMORY_MB = 1536  # a batch worker resident past this is stopped (second line)

_KNOWN_KEYS = {
    "order_id", "buyer", "supplier", "stakeholders", "roles", "release", "tolerances",
    "severity", "required_on_pi", "trade_assurance", "receipt_date", "currency", "notes",
    "bank_verification",
}  # fmt: skip
# [bank_verification]: the buyer's own record of the call-back (issue 11): who called, which
# number (taken from an earlier, trusted document), when, and the account confirmed.
_BANK_VERIFICATION_KEYS = ("called_by", "number", "date", "account")
_RELEASE_KEYS = {"inspection", "bank_verified", "no_open", "documents"}
# [release] balance_due = 2026-03-30: when the balance falls due (issue 17). A date, not a
# condition: kept apart from `release`, which holds only the conditions the verdict checks.
BALANCE_DUE_KEY = "balance_due"


@dataclass(frozen=True)
class Party:
    """One side of the order: names and aliases, used to tell who said what in a chat."""

    name: str | None = None
    name_zh: str | None = None
    company: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166 alpha-2
    phone: str | None = None
    emails: tuple[str, ...] = ()
    # [supplier] only: the vetted identity (issue 15, docs/order-toml.md)
    uscc: str | None = None
    supplier_type: str | None = None  # SUPPLIER_TYPES
    domains: tuple[str, ...] = ()  # the company's own e-mail and web domains

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this party goes by, longest first (for matching chat senders)."""
        names = {n for n in (self.name, self.name_zh, self.company, *self.aliases) if n}
        return tuple(sorted(names, key=lambda n: (-len(n), n)))


@dataclass(frozen=True)
class OrderConfig:
    """What order.toml says about one order (every key optional; see docs/order-toml.md)."""

    order_id: str
    buyer: Party = Party()
    supplier: Party = Party()
    stakeholders: tuple[str, ...] = ()
    roles: dict[str, Role] = field(default_factory=dict)
    release: dict[str, Any] = field(default_factory=dict)
    tolerances: dict[str, dict[str, Any]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    required_on_pi: tuple[str, ...] = ()
    trade_assurance: bool = False
    # [trade_assurance] account / beneficiary / swift: the platform-designated account, when given.
    trade_assurance_account: dict[str, str] = field(default_factory=dict)
    receipt_date: str | None = None
    bank_verification: dict[str, str] = field(default_factory=dict)
    balance_due: date | None = None  # [release] balance_due: the nightly digest's due reminder
    source: str | None = None  # path of the order.toml it came from
    raw: dict[str, Any] = field(default_factory=dict)


_PARTY_KEYS = {
    "name", "legal_name", "name_zh", "company", "aliases", "country", "phone", "emails", "email",
}  # fmt: skip
_SUPPLIER_KEYS = _PARTY_KEYS | {"uscc", "supplier_type", "domain", "domains"}
SUPPLIER_TYPES = ("manufacturer", "trading")


def _party(value: Any, where: str, known: set[str] = _PARTY_KEYS) -> Party:
    if value is None:
        return Party()
    if isinstance(value, str):
        return Party(name=value)
    if isinstance(value, list):
        names = [str(v) for v in value]
        return Party(name=names[0] if names else None, aliases=tuple(names[1:]))
    if isinstance(value, dict):
        unknown = sorted(set(value) - known)
        if unknown:  # a typo ('phnoe') must not silently drop the call-back number
            close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise ConfigError(
                where,
                f"unknown key(s) {', '.join(unknown)}{hint} (known: {', '.join(sorted(known))})",
            )
        emails = value.get("emails", value.get("email", ()))
        return Party(
            name=value.get("name") or value.get("legal_name"),
            name_zh=value.get("name_zh"),
            company=value.get("company"),
            aliases=tuple(str(a) for a in value.get("aliases", ())),
            country=(value.get("country") or None),
            phone=value.get("phone"),
            emails=(emails,) if isinstance(emails, str) else tuple(emails or ()),
            **vetted_identity(value, where),
        )
    raise ConfigError(where, "must be a name, a list of names or a table with name and aliases")


def vetted_identity(value: dict[str, Any], where: str) -> dict[str, Any]:
    """[supplier] uscc, supplier_type, domain(s): checked here, an audit tool must not guess."""
    out: dict[str, Any] = {}
    if value.get("uscc"):
        # deferred: python-stdnum only when order.toml names a USCC (start-up)
        from stdnum.cn import uscc
        from stdnum.exceptions import ValidationError

        try:
            out["uscc"] = uscc.validate(str(value["uscc"]))
        except ValidationError as exc:
            raise ConfigError(where, f"uscc {value['uscc']!r} is not valid: {exc}") from exc
    kind = value.get("supplier_type")
    if kind is not None and kind not in SUPPLIER_TYPES:
        raise ConfigError(
            where, f"supplier_type {kind!r} is not one of {', '.join(SUPPLIER_TYPES)}"
        )
    if kind:
        out["supplier_type"] = kind
    domains = value.get("domains", value.get("domain", ()))
    domains = (domains,) if isinstance(domains, str) else tuple(domains or ())
    if domains:
        out["domains"] = tuple(str(d).strip().lower().removeprefix("www.") for d in domains)
    return out


def load_order_config(order_dir: Path) -> OrderConfig:
    """Read order_dir/order.toml when present; the order id falls back to the folder name."""
    path = order_dir / ORDER_FILE
    if not path.is_file():
        return OrderConfig(order_id=order_dir.resolve().name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"is not valid TOML ({exc})") from exc
    return order_config_from_dict(data, source=str(path), default_id=order_dir.resolve().name)


def order_config_from_dict(
    data: dict[str, Any], *, source: str = ORDER_FILE, default_id: str = "order"
) -> OrderConfig:
    """Check and convert a parsed order.toml; unknown keys are an error, never silently ignored."""
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise ConfigError(
            source,
            f"unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KNOWN_KEYS))}",
        )
    roles: dict[str, Role] = {
        str(k).replace("\\", "/"): v for k, v in dict(data.get("roles", {})).items()
    }
    for name, role in roles.items():
        if role not in ROLES:
            raise ConfigError(source, f"[roles] {name} = {role!r} is not one of {', '.join(ROLES)}")
    release = dict(data.get("release", {}))
    balance_due = _balance_due(release.pop(BALANCE_DUE_KEY, None), source)
    for key in release:
        if key not in _RELEASE_KEYS:
            raise ConfigError(
                source,
                f"[release] {key} is not a known condition ({', '.join(sorted(_RELEASE_KEYS))}) nor {BALANCE_DUE_KEY}",
            )
    severity = {str(k): str(v) for k, v in dict(data.get("severity", {})).items()}
    for key, sev in severity.items():
        if sev not in SEVERITIES:
            raise ConfigError(
                source, f"[severity] {key} = {sev!r} is not one of {', '.join(SEVERITIES)}"
            )
    tolerances = _flatten_field_table(dict(data.get("tolerances", {})))
    for key in tolerances:
        if key not in FIELDS:
            raise ConfigError(source, f"[tolerances] {key} is not a contract field")
    required = tuple(str(f) for f in data.get("required_on_pi", ()))
    for key in required:
        if key not in FIELDS:
            raise ConfigError(
                source, f"required_on_pi names {key!r}, which is not a contract field"
            )
    stakeholders = data.get("stakeholders", ())
    receipt = data.get("receipt_date")
    trade_assurance, ta_account = _trade_assurance(data.get("trade_assurance", False), source)
    verification = _bank_verification(data.get("bank_verification"), source)
    return OrderConfig(
        order_id=str(data.get("order_id") or default_id),
        buyer=_party(data.get("buyer"), f"{source}: buyer"),
        supplier=_party(data.get("supplier"), f"{source}: supplier", _SUPPLIER_KEYS),
        stakeholders=(stakeholders,) if isinstance(stakeholders, str) else tuple(stakeholders),
        roles=roles,
        release=release,
        tolerances=tolerances,
        severity=severity,
        required_on_pi=required,
        trade_assurance=trade_assurance,
        trade_assurance_account=ta_account,
        receipt_date=str(receipt) if receipt is not None else None,
        bank_verification=verification,
        balance_due=balance_due,
        source=source,
        raw=data,
    )


def _balance_due(value: Any, source: str) -> date | None:
    """[release] balance_due: a TOML date (2026-03-30) or an ISO date string; else one sentence."""
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(
        source,
        f"[release] balance_due = {value!r} is not a date; write it as balance_due = 2026-03-30",
    )


def _bank_verification(value: Any, source: str) -> dict[str, str]:
    if value is None:
        return {}
    example = (
        '[bank_verification] called_by = "Anna Keller", number = "+86 574 8888 1234", '
        'date = 2026-03-14, account = "6217 0000 1234 5678"'
    )
    if not isinstance(value, dict):
        raise ConfigError(source, f"bank_verification must be a table, e.g. {example}")
    unknown = set(value) - set(_BANK_VERIFICATION_KEYS)
    missing = [k for k in _BANK_VERIFICATION_KEYS if not str(value.get(k, "")).strip()]
    if unknown or missing:
        what = (
            f"unknown key(s) {', '.join(sorted(unknown))}"
            if unknown
            else f"lacks {', '.join(missing)}"
        )
        raise ConfigError(source, f"[bank_verification] {what}; write it as {example}")
    return {k: str(value[k]) for k in _BANK_VERIFICATION_KEYS}


_TRADE_ASSURANCE_KEYS = {"enabled", "account", "beneficiary", "swift"}


def _trade_assurance(value: Any, source: str) -> tuple[bool, dict[str, str]]:
    # `trade_assurance = true`, or a table naming the platform-designated account (and `enabled`).
    if isinstance(value, bool):
        return value, {}
    if not isinstance(value, dict):
        raise ConfigError(source, "trade_assurance must be true/false or a table")
    unknown = set(value) - _TRADE_ASSURANCE_KEYS
    if unknown:
        raise ConfigError(
            source,
            f"[trade_assurance] unknown key(s) {', '.join(sorted(unknown))}; "
            f"known: {', '.join(sorted(_TRADE_ASSURANCE_KEYS))}",
        )
    account = {k: str(v) for k, v in value.items() if k != "enabled"}
    return bool(value.get("enabled", True)), account


def _flatten_field_table(table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    # TOML turns `price.unit = {...}` into {"price": {"unit": {...}}}; fold it back to dotted names.
    out: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        # `price.unit = "±0.01"` too: a table whose keys are not tolerance keys is a field group.
        if (
            isinstance(value, dict)
            and key not in FIELDS
            and not set(value) & {"absolute", "abs", "percent", "combine", "over", "under"}
        ):
            for sub, inner in value.items():
                out[f"{key}.{sub}"] = inner
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class Settings:
    """How to run an audit (limits, OCR, cache); CLI options are merged here and nowhere else."""

    max_pages: int = DEFAULT_MAX_PAGES
    seconds_per_document: float = DEFAULT_SECONDS_PER_DOCUMENT
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    max_zip_ratio: float = DEFAULT_MAX_ZIP_RATIO
    max_lines: int = DEFAULT_MAX_LINES
    max_cells: int = DEFAULT_MAX_CELLS
    max_messages: int = DEFAULT_MAX_MESSAGES
    max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS
    max_chars: int = DEFAULT_MAX_CHARS
    worker_memory_mb: int = DEFAULT_WORKER_MEMORY_MB
    ocr: bool = True  # OCR scans when tesseract is installed
    cache_path: Path | None = None  # SQLite cache of extracted documents; None = no cache

    def __post_init__(self) -> None:
        if self.max_pages < 1:
            raise ConfigError("settings", "max_pages must be at least 1")
        if self.seconds_per_document <= 0:
            raise ConfigError("settings", "seconds_per_document must be positive")
        for name in ("max_lines", "max_cells", "max_messages", "max_paragraphs", "max_chars"):
            if getattr(self, name) < 1:
                raise ConfigError("settings", f"{name} must be at least 1")

    def with_options(self, **options: Any) -> Settings:
        """A copy with the given options set; None means 'keep the default'."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})

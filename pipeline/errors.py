"""The exceptions order-audit raises; each message names the bad thing and the next step."""

from __future__ import annotations

from pathlib import Path


class AuditError(Exception):
    """Base of every error order-audit raises on purpose."""


class UnreadableDocument(AuditError):
    """A file could not be read; the audit lists it as unreadable and goes on."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: {self.reason}.")


class OrderFolderError(AuditError):
    """The order folder itself is missing, empty or not a folder (CLI exit code 2)."""


class ConfigError(AuditError):
    """order.toml or a settings value is invalid."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: {self.reason}.")


class RuleFileError(AuditError):
    """A data file under models/ or pipeline/data is malformed; raised at load time, never at audit time."""

    def __init__(self, path: str | Path, rule: str, reason: str) -> None:
        self.path = str(path)
        self.rule = rule
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: rule {rule!r}: {self.reason}.")


class DeliveryError(AuditError):
    """An e-mail could not be sent; the .eml stays on disk."""

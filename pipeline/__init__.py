"""order-audit: audit an import order against its approved baseline before the balance is paid."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The installed package's version (pyproject.toml); a checkout that is not installed says so."""
    try:
        return version("order-audit")
    except PackageNotFoundError:  # pragma: no cover - only in an uninstalled checkout
        return "0+unknown"


__version__ = _version()

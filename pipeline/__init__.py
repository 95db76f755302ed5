"""order-audit: audit an import order against its approved baseline before the balance is paid."""

__version__ = "0.1.0"

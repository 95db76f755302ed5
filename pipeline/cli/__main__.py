"""`python -m pipeline.cli`: the order-audit command without an installed entry point."""

from pipeline.cli import main

if __name__ == "__main__":
    main(prog_name="order-audit")

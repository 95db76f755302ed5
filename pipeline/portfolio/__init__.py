"""Across the orders of a batch (issue 17): what each order looked like at each run (history),
what changed since the last run (digest), and what one supplier does across orders (signals).

Modules, each one idea:

- `snapshot`: one order's findings.json -> `OrderSnapshot` (verdict, finding ids, key terms,
  supplier identity), the unit everything else works on;
- `history`: the SQLite record of every run (OUT/.order-audit-history.sqlite) and the changes
  between two runs;
- `signals`: supplier signals over the snapshots of a batch (thresholds in
  pipeline/data/supplier_signals.toml);
- `pages`: the Suppliers page (OUT/suppliers.html) and supplier-signals.json;
- `digest`: the mail on change: one digest per recipient, sent once.

This package imports config, model, compare (company names) and report; it never imports
pipeline.batch. `pipeline.batch.nightly` puts it together with a batch run.
"""

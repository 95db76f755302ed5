"""--executor dask on a LocalCluster bound to loopback gives the same findings as the local run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from batch_test_workers import require_chain

from pipeline.batch import BatchError, run_batch

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ("steel-bottles-bank-change", "silicone-utensils-clean")

pytestmark = pytest.mark.slow


def findings(out: Path, name: str) -> tuple[str, list[dict]]:
    data = json.loads((out / name / "findings.json").read_text(encoding="utf-8"))
    return data["verdict"], data["findings"]


def test_dask_local_cluster_matches_local_run(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    require_chain()
    root = tmp_path / "orders"
    for name in SAMPLES:
        shutil.copytree(ROOT / "samples" / name, root / name)

    local = run_batch(root, tmp_path / "local", jobs=1)
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        remote = run_batch(
            root, tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address
        )

    assert [r.status for r in remote.rows] == ["done"] * len(SAMPLES)
    assert [(r.name, r.verdict, r.counts) for r in remote.rows] == [
        (r.name, r.verdict, r.counts) for r in local.rows
    ]
    for name in SAMPLES:
        assert findings(tmp_path / "dask", name) == findings(tmp_path / "local", name)


def test_dask_without_a_reachable_scheduler_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("pipeline.batch.dask_cluster.DASK_CONNECT_TIMEOUT", "1s")
    (tmp_path / "orders" / "PO-1" / "spec").mkdir(parents=True)
    (tmp_path / "orders" / "PO-1" / "spec" / "spec.md").write_text(
        "Material: SS304\n", encoding="utf-8"
    )
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler"):
        run_batch(
            tmp_path / "orders", tmp_path / "out", executor="dask", scheduler="tcp://127.0.0.1:9"
        )


def test_dask_missing_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(
        sys.modules, "distributed", None
    )  # what an install without the extra looks like
    (tmp_path / "orders" / "PO-1" / "spec").mkdir(parents=True)
    (tmp_path / "orders" / "PO-1" / "spec" / "spec.md").write_text(
        "Material: SS304\n", encoding="utf-8"
    )
    with pytest.raises(BatchError, match=r"pip install 'order-audit\[dask\]'"):
        run_batch(
            tmp_path / "orders", tmp_path / "out", executor="dask", scheduler="tcp://127.0.0.1:9"
        )

"""A bounded memo per thread, for the extract stage's repeated work (Docs of repeated texts, the
answers of extractors for alike segments, the lines of the document being read).

Per thread because a Dask worker runs orders in threads of one process; bounded by clearing
when full, which is cheap and enough: what repeats is close together (an order's documents, a
worker's run of orders from one corpus).
"""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ThreadMemo(Generic[K, V]):
    def __init__(self, size: int) -> None:
        self.size = size
        self._local = threading.local()

    def _table(self) -> dict[K, V]:
        table: dict[K, V] | None = getattr(self._local, "table", None)
        if table is None:
            table = self._local.table = {}
        return table

    def get(self, key: K) -> V | None:
        return self._table().get(key)

    def put(self, key: K, value: V) -> V:
        table = self._table()
        if len(table) >= self.size:
            table.clear()
        table[key] = value
        return value

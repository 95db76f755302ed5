"""pretty_json: json.dumps(data, ensure_ascii=False, indent=2) byte for byte, whichever encoder
writes it, and json's own error when json refuses the data."""

from __future__ import annotations

import enum
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from pipeline.report.files import _orjson_spells_alike, pretty_json


class _Text(str):
    pass


class _Count(enum.IntEnum):
    ONE = 1


class _Colour(enum.Enum):
    RED = "red"


def _nested(depth: int) -> Any:
    data: Any = "leaf"
    for _ in range(depth):
        data = {"x": [data]}
    return data


# fmt: off
SAME_AS_JSON: list[Any] = [
    {"generator": "order-audit", "supplier": "宁波华丰五金有限公司", "n": 3, "ok": True, "x": None},
    {"a": [], "b": {}, "c": [{}], "d": ()},
    [1, "two", [3, [4, (5, 6)]], {"k": [None, False]}],
    {"floats": [0.0, -0.0, 0.1, 1.5, 1e-4, 123456789.125, 9999999999999998.0]},
    {"exponent": [1e16, 1e-5, 2.5e-7, 1e300]},
    {"not finite": [float("nan"), float("inf"), float("-inf")]},
    {"ints": [2**63 - 1, -(2**63), 2**64 - 1]},
    {"big int": 2**64}, {"small int": -(2**63) - 1},
    {1: "int key"}, {None: "None key"}, {True: "bool key"}, {1.5: "float key"},
    {_Text("subclass key"): 1}, {"subclass value": _Text("text")},
    {"int enum": _Count.ONE}, {"bool": [True, False]},
    {"control": "tab\there, newline\n, quote \" and backslash \\, \x00 \x1f \x7f \u2028"},
    "a string alone", 42, 2**70, None, 3.5, 1e20,
    _nested(50), _nested(300),
]
JSON_REFUSES: list[Any] = [
    {"decimal": Decimal("1.5")},
    {"enum": _Colour.RED},
    {"uuid": uuid.UUID(int=1)},
    {"set": {1, 2}},
    {"bytes": b"raw"},
    {(1, 2): "tuple key"},
]
# fmt: on


@pytest.mark.parametrize("data", SAME_AS_JSON, ids=range(len(SAME_AS_JSON)))
def test_pretty_json_is_json_dumps(data: Any) -> None:
    assert pretty_json(data) == json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("data", JSON_REFUSES, ids=range(len(JSON_REFUSES)))
def test_pretty_json_refuses_what_json_refuses(data: Any) -> None:
    with pytest.raises(TypeError):
        json.dumps(data, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        pretty_json(data)


def test_lone_surrogate_is_written_as_json_writes_it() -> None:
    data = {"text": "broken \ud800 surrogate"}
    assert pretty_json(data) == json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    ("data", "alike"),
    [
        ({"a": ["b", 1, None, True, {"c": 0.5}]}, True),
        ("leaf", True),
        (7, True),
        ({"a": [{"b": 1e-5}]}, False),
        ({"a": [{"b": float("nan")}]}, False),
        ({"a": _Text("x")}, False),
        ([Decimal(1)], False),
        (_Colour.RED, False),
    ],
)
def test_orjson_spells_alike(data: Any, alike: bool) -> None:
    assert _orjson_spells_alike(data) is alike

"""Every JSON decoder the SDK may use gives exactly what ``json.loads`` gives: the same value, or the same error.

Hypothesis builds JSON texts from every kind of value (huge integers, NaN and infinities, lone surrogates,
either escaping) and breaks some of them byte by byte; a list of hand-picked bodies covers the edges
(byte order marks, UTF-16, depth, digit limits, trailing data).
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sumvin_sdk import _json

FAST = [name for name in _json.decoders() if name != "json"]
"""The fast decoders' names; each test builds its decoders afresh (``_json.decoders()``), so what it checks is
what the module builds now, not what it built when this file was imported."""


def test_the_speedups_extra_is_installed_here_so_both_decoders_are_tested() -> None:
    assert list(_json.decoders()) == ["json", "msgspec"]


def outcome(decode: _json.Decoder, content: bytes) -> tuple[Any, ...]:
    """What decoding gives, comparable exactly: the value with every type spelled out, or the error."""
    try:
        return ("value", spelled(decode(content)))
    except RecursionError:
        return ("error", "RecursionError")
    except Exception as error:
        return ("error", type(error).__name__, str(error))


def spelled(value: Any) -> Any:
    if isinstance(value, dict):
        return ("dict", [(spelled(k), spelled(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [spelled(v) for v in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value.hex())
    return (type(value).__name__, value)


values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 5, max_value=2**70)
    | st.integers(min_value=-(2**70), max_value=-(2**63) + 5)
    | st.floats()
    | st.text(st.characters(codec=None)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def texts(draw: st.DrawFn) -> bytes:
    """JSON text of any value, escaped or not, sometimes with bytes replaced, dropped or added."""
    ascii_only = draw(st.booleans())
    text = json.dumps(
        draw(values), ensure_ascii=ascii_only, separators=draw(st.sampled_from([(",", ":"), (", ", ": ")]))
    )
    content = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(content)))
        action = draw(st.sampled_from(["replace", "drop", "insert"]))
        byte = draw(st.integers(0, 255) | st.sampled_from(list(b'{}[]",:-+.eE0\\ \n')))
        if action == "insert" or not content:
            content.insert(at, byte)
        elif action == "drop":
            del content[min(at, len(content) - 1)]
        else:
            content[min(at, len(content) - 1)] = byte
    return bytes(content)


@pytest.mark.parametrize("name", FAST)
def test_a_fast_decoder_answers_every_text_as_json_loads_does(name: str) -> None:
    @settings(max_examples=400, deadline=None, database=None)
    @given(content=texts())
    def check(content: bytes) -> None:
        assert outcome(fast, content) == outcome(json.loads, content), content

    fast = _json.decoders()[name]
    check()


EDGES = [
    b"", b" ", b"\x00", b"NaN", b"-Infinity", b"[Infinity]", b"1e400", b"-1e400", b"1e-400", b"-0", b"-0.0",
    b"18446744073709551616", b"-9223372036854775809", b"1" * 4300, b"1" * 4301, b"1" * 5000 + b".5",
    b'"\\ud800"', b'"\\udc00\\ud800"', b'"\xed\xa0\x80"', b'"\xff"', b"\xc0\x80", b'"\\u0000"', b'"\x1f"',
    b"\xef\xbb\xbf{}", "{}".encode("utf-16"), "[1]".encode("utf-32"), '{"a": 1}'.encode("utf-16-le"),
    b'{"a":1,"b":2,"a":3}', b"[1,]", b"{}{}", b"[1] x", b"{} \n\t\r", b"\xa0{}", b"[" * 5000 + b"]" * 5000,
    b"[" * 900 + b"]" * 900, b'{"a":' * 1200 + b"1" + b"}" * 1200, b"0.1", b"1E2", b"1.7976931348623157e309",
    b"2.2250738585072014e-308", b"4.9e-324", b"01", b"-", b"1.", b".5", b"true", b"True", b"nul",
]  # fmt: skip


@pytest.mark.parametrize("name", FAST)
@pytest.mark.parametrize("content", EDGES, ids=lambda content: repr(content[:24]))
def test_a_fast_decoder_answers_the_edge_cases_as_json_loads_does(name: str, content: bytes) -> None:
    assert outcome(_json.decoders()[name], content) == outcome(json.loads, content)


def test_the_sdk_decodes_with_the_fastest_decoder_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_decode", None)  # as in a fresh process: chosen on the first decode
    assert _json.loads(b'{"a": [1]}') == {"a": [1]}
    assert _json._decode is not None
    assert _json._decode.__qualname__ == list(_json.decoders().values())[-1].__qualname__ != "loads"

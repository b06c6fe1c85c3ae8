"""Property tests over every generated message and struct, fast codec vs construct codec.

For each type: fast encode equals construct build; decoding the encoding gives the value back
from ``bytes`` and from ``memoryview``; and on truncated, over-long, bit-flipped or random
input both backends accept or reject alike, and the fast codec raises only DecodeError.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssh_wire import DecodeError, decode, encode
from ssh_wire import reference as ref
from ssh_wire.strategies import STRATEGIES

TYPES = sorted(STRATEGIES, key=lambda cls: cls.__name__)
IDS = [cls.__name__ for cls in TYPES]


def _outcome(decoder: Any, cls: type, data: bytes | memoryview) -> tuple[str, Any]:
    try:
        return ("ok", decoder(cls, data))
    except DecodeError as exc:
        return ("reject", exc)


def _agree(cls: type, data: bytes) -> None:
    """Both backends accept ``data`` with equal results, or both reject it."""
    fast = _outcome(decode, cls, data)  # any exception but DecodeError fails the test
    fast_view = _outcome(decode, cls, memoryview(data))
    slow = _outcome(ref.decode, cls, data)
    assert fast[0] == slow[0] == fast_view[0], (fast, slow)
    if fast[0] == "ok":
        assert fast[1] == slow[1] == fast_view[1]
        # Re-encoding is canonical (a boolean byte 0x02 decodes as True and encodes as 0x01,
        # RFC 4251 §5), and decodes to the same value.
        assert decode(cls, encode(fast[1])) == fast[1]


@pytest.mark.parametrize("cls", TYPES, ids=IDS)
def test_fast_encode_equals_construct_build(cls: type) -> None:
    @given(STRATEGIES[cls])
    def check(value: Any) -> None:
        assert encode(value) == ref.encode(value)

    check()


@pytest.mark.parametrize("cls", TYPES, ids=IDS)
def test_round_trip_from_bytes_and_memoryview(cls: type) -> None:
    @given(STRATEGIES[cls])
    def check(value: Any) -> None:
        data = encode(value)
        assert decode(cls, data) == value
        assert decode(cls, memoryview(data)) == value
        assert ref.decode(cls, data) == value

    check()


@pytest.mark.parametrize("cls", TYPES, ids=IDS)
def test_damaged_input_handled_alike(cls: type) -> None:
    @given(STRATEGIES[cls], st.data())
    def check(value: Any, data: st.DataObject) -> None:
        wire = encode(value)
        cut = data.draw(st.integers(0, max(len(wire) - 1, 0)), label="cut")
        _agree(cls, wire[:cut])
        _agree(cls, wire + data.draw(st.binary(min_size=1, max_size=8), label="extra"))
        if wire:
            bit = data.draw(st.integers(0, len(wire) * 8 - 1), label="bit")
            flipped = bytearray(wire)
            flipped[bit // 8] ^= 1 << (bit % 8)
            _agree(cls, bytes(flipped))

    check()


@pytest.mark.parametrize("cls", TYPES, ids=IDS)
def test_random_input_handled_alike(cls: type) -> None:
    msg_id = getattr(cls, "MSG_ID", None)
    prefix = b"" if msg_id is None else bytes([msg_id])

    @given(st.binary(max_size=64))
    def check(garbage: bytes) -> None:
        _agree(cls, prefix + garbage)

    check()

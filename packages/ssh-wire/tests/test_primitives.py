"""RFC 4251 §5 golden vectors and the hand-written primitives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssh_wire import (
    Buffer,
    DecodeError,
    EncodeError,
    decode_mpint,
    decode_name_list,
    encode_mpint,
    encode_name,
    encode_name_list,
    encode_string,
)

# RFC 4251 §5, "mpint" examples: value -> the whole string, length included.
MPINT_VECTORS = [
    (0, "00000000"),
    (0x9A378F9B2E332A7, "0000000809a378f9b2e332a7"),
    (0x80, "000000020080"),
    (-0x1234, "00000002edcc"),
    (-0xDEADBEEF, "00000005ff21524111"),
]


@pytest.mark.parametrize(("value", "wire"), MPINT_VECTORS)
def test_mpint_rfc4251_vectors(value: int, wire: str) -> None:
    raw = bytes.fromhex(wire)
    assert encode_string(encode_mpint(value)) == raw
    assert Buffer(raw).get_mpint() == value


# RFC 4251 §5, "name-list" examples.
@pytest.mark.parametrize(
    ("names", "wire"),
    [
        ((), "00000000"),
        (("zlib",), "000000047a6c6962"),
        (("zlib", "none"), "000000097a6c69622c6e6f6e65"),
    ],
)
def test_name_list_rfc4251_vectors(names: tuple[str, ...], wire: str) -> None:
    raw = bytes.fromhex(wire)
    assert encode_string(encode_name_list(names)) == raw
    assert Buffer(raw).get_name_list() == names


@given(st.integers(-(2**2100), 2**2100))
def test_mpint_round_trip_is_minimal(value: int) -> None:
    raw = encode_mpint(value)
    assert decode_mpint(raw) == value
    if raw:  # minimal: dropping the first byte changes the value or its sign
        assert len(raw) == 1 or int.from_bytes(raw[1:], "big", signed=True) != value


@pytest.mark.parametrize("raw", ["0000", "007f", "00", "ff80", "ffff"])
def test_non_minimal_mpint_rejected(raw: str) -> None:
    with pytest.raises(DecodeError, match="mpint"):
        decode_mpint(bytes.fromhex(raw))


@pytest.mark.parametrize("raw", [b"a,,b", b",a", b"a,", b"a b", b"caf\xc3\xa9", b"a\x00"])
def test_bad_name_lists_rejected(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_name_list(raw)


@pytest.mark.parametrize("name", ["", "a,b", "has space", "caf\u00e9", "tab\t"])
def test_bad_names_refused_on_encode(name: str) -> None:
    with pytest.raises(EncodeError):
        encode_name(name)


def test_buffer_reads_every_type_and_reports_offsets() -> None:
    data = (
        b"\x07\x01"
        + (5).to_bytes(4, "big")
        + (2**40).to_bytes(8, "big")
        + encode_string(b"raw")
        + encode_string("h\u00e9".encode())
        + encode_string(b"ssh-ed25519")
        + b"tail"
    )
    buf = Buffer(memoryview(data), owner="test")
    assert buf.get_byte() == 7
    assert buf.get_boolean() is True
    assert buf.get_uint32() == 5
    assert buf.get_uint64() == 2**40
    assert buf.get_string() == b"raw"
    assert buf.get_utf8() == "h\u00e9"
    assert buf.get_name() == "ssh-ed25519"
    assert buf.remaining() == 4
    with pytest.raises(DecodeError) as exc:
        buf.expect_end()
    assert exc.value.offset == len(data) - 4
    assert buf.get_rest() == b"tail"
    buf.expect_end()


@given(st.binary(max_size=40))
def test_buffer_only_raises_decode_error(data: bytes) -> None:
    buf = Buffer(data)
    readers = [buf.get_string, buf.get_mpint, buf.get_name_list, buf.get_utf8, buf.get_uint64]
    for read in readers:
        try:
            read()
        except DecodeError as exc:
            assert 0 <= exc.offset <= len(data)
            return


def test_buffer_string_length_past_end() -> None:
    with pytest.raises(DecodeError, match="truncated string") as exc:
        Buffer(b"\x00\x00\x00\x09abc", owner="X").get_string()
    assert exc.value.message_name == "X"
    assert exc.value.offset == 4


@pytest.mark.parametrize(
    "names",
    [
        ("",),
        ("a", ""),
        ("", "a"),
        ("a", "", "b"),
        ("", ""),
        ("a,b",),
        ("a", "b,c"),
        (",",),
        ("a", "b c"),
        ("caf\u00e9",),
        ("a", 1),
    ],
)
def test_bad_name_lists_refused_on_encode(names: tuple[object, ...]) -> None:
    with pytest.raises(EncodeError, match="name-list"):
        encode_name_list(names)  # type: ignore[arg-type]


@given(st.lists(st.text(alphabet="abc,", max_size=4), max_size=6))
def test_name_list_encode_accepts_exactly_valid_names(names: list[str]) -> None:
    valid = all(name and "," not in name for name in names)
    if valid:
        assert encode_name_list(names) == ",".join(names).encode()
    else:
        with pytest.raises(EncodeError):
            encode_name_list(names)

"""A channel's unread bytes (``_channel._Received``): kept as they arrived, handed out in
order whatever the read sizes, without a copy when one whole chunk is read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssh_engine._session._channel import _Received


def test_one_whole_chunk_is_handed_out_as_is() -> None:
    received = _Received()
    chunk = bytes(range(200))
    received.append(chunk)
    assert received.take(-1) is chunk
    assert received.size == 0 and not received.chunks


def test_reads_split_and_join_chunks() -> None:
    received = _Received()
    for chunk in (b"abc", b"defg", b"h"):
        received.append(chunk)
    assert received.take(2) == b"ab"
    assert received.take(0) == b""
    assert received.take(3) == b"cde"
    assert received.size == 3
    assert received.take(10) == b"fgh"  # more than there is: everything
    assert received.size == 0


@given(
    chunks=st.lists(st.binary(max_size=64), max_size=20),
    reads=st.lists(st.integers(min_value=-1, max_value=100), max_size=30),
)
def test_any_reads_return_the_bytes_in_order(chunks: list[bytes], reads: list[int]) -> None:
    received = _Received()
    for chunk in chunks:
        received.append(chunk)
    whole = b"".join(chunks)
    out = []
    for n in reads:
        before = received.size
        data = received.take(n)
        assert len(data) == (before if n < 0 else min(n, before))
        assert received.size == before - len(data)
        out.append(data)
    out.append(received.take(-1))
    assert b"".join(out) == whole
    assert received.size == 0

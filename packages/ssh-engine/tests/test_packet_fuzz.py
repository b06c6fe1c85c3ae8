"""Hypothesis: whatever bytes reach a reader, only the engine's ProtocolError subclasses come
out (never struct.error, InvalidTag, IndexError...), and tampering is caught by the MAC."""

from __future__ import annotations

import contextlib

import pytest
from _packet_helpers import COMBOS, drain, pair
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_engine._errors import MacError, ProtocolError, RemoteProtocolError
from ssh_engine._packet import CIPHERS, MACS, PacketReader

MACED = [(c, m) for c, m in COMBOS if CIPHERS[c].aead or m not in ("", "none")]
combos = st.sampled_from(COMBOS)
maced = st.sampled_from(MACED)
payloads = st.binary(max_size=600)


def _length_region(cipher: str, mac: str) -> int:
    """Returns how many leading bytes of a packet can change the packet length field."""
    info = CIPHERS[cipher]
    if info.aead or info.factory is None or MACS[mac].etm:
        return 4  # clear length, or a stream-encrypted one (chacha20's K_1)
    return max(8, info.block_size)  # the length is inside the first encrypted block


def _read_all(reader: PacketReader) -> None:
    """Drain the reader; let only ProtocolError subclasses escape."""
    with contextlib.suppress(ProtocolError):
        drain(reader)


@settings(max_examples=200)
@given(combo=combos, garbage=st.binary(max_size=2000), chunk=st.integers(1, 700))
def test_random_input_only_raises_protocol_errors(
    combo: tuple[str, str], garbage: bytes, chunk: int
) -> None:
    _, reader = pair(*combo, max_packet_length=35000)
    for i in range(0, len(garbage), chunk):
        reader.feed(garbage[i : i + chunk])
        try:
            drain(reader)
        except ProtocolError:
            return


@settings(max_examples=100)
@given(garbage=st.binary(max_size=300))
def test_random_input_without_keys(garbage: bytes) -> None:
    reader = PacketReader()
    reader.feed(garbage)
    _read_all(reader)


@settings(max_examples=150)
@given(combo=combos, data=st.lists(payloads, min_size=1, max_size=3), cut=st.integers(1, 10**6))
def test_truncated_input_waits_for_more(
    combo: tuple[str, str], data: list[bytes], cut: int
) -> None:
    writer, reader = pair(*combo)
    wire = b"".join(bytes(writer.seal(p)) for p in data)
    cut %= len(wire)
    reader.feed(wire[:cut])
    got = drain(reader)  # never raises: a prefix of valid packets is only incomplete
    assert got == data[: len(got)] and len(got) < len(data)
    reader.feed(wire[cut:])
    assert got + drain(reader) == data


@settings(max_examples=300)
@given(combo=maced, payload=payloads, where=st.integers(0, 10**6), bit=st.integers(0, 7))
def test_flipped_bit_is_a_mac_error(
    combo: tuple[str, str], payload: bytes, where: int, bit: int
) -> None:
    """Outside the bytes that encode the length, a flipped bit is always a MAC error."""
    writer, reader = pair(*combo)
    packet = bytearray(writer.seal(payload))
    where %= len(packet)
    packet[where] ^= 1 << bit
    reader.feed(bytes(packet))
    if where < _length_region(*combo):
        # A changed length: refused, caught by the MAC, or waiting for bytes never sent.
        with contextlib.suppress(ProtocolError):
            assert reader.next_payload() is None
        return
    with pytest.raises(MacError) as info:
        reader.next_payload()
    assert info.value.reason == 5


@settings(max_examples=150)
@given(
    combo=st.sampled_from([(c, m) for c, m in MACED if _length_region(c, m) > 4]),
    payload=payloads,
    where=st.integers(0, 15),
    bit=st.integers(0, 7),
)
def test_encrypted_length_corruption_reads_as_a_mac_error(
    combo: tuple[str, str], payload: bytes, where: int, bit: int
) -> None:
    """Encrypt-and-MAC: a corrupted first block is reported as a MAC error, as OpenSSH does."""
    writer, reader = pair(*combo)
    packet = bytearray(writer.seal(payload))
    packet[where % _length_region(*combo)] ^= 1 << bit
    reader.feed(bytes(packet))
    with contextlib.suppress(MacError):
        assert reader.next_payload() is None


@settings(max_examples=100)
@given(combo=combos, length=st.integers(35001, 2**32 - 1))
def test_oversized_lengths_are_refused(combo: tuple[str, str], length: int) -> None:
    cipher, mac = combo
    writer, reader = pair(cipher, mac, max_packet_length=35000)
    if CIPHERS[cipher].aead or cipher == "none" or MACS[mac].etm:
        if cipher.startswith("chacha"):
            return  # its length is encrypted; covered by the sealed case below
        reader.feed(length.to_bytes(4, "big") + bytes(64))
        with pytest.raises(RemoteProtocolError, match="exceeds the limit"):
            reader.next_payload()
        return
    reader.feed(bytes(writer.seal(bytes(40_000))))
    with pytest.raises(RemoteProtocolError):
        reader.next_payload()


@pytest.mark.parametrize(("cipher", "mac"), MACED[:: max(1, len(MACED) // 40)])
def test_sealed_oversized_packet_is_refused(cipher: str, mac: str) -> None:
    writer, reader = pair(cipher, mac, max_packet_length=35000)
    reader.feed(bytes(writer.seal(bytes(40_000))))
    with pytest.raises(RemoteProtocolError):
        reader.next_payload()

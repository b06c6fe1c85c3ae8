"""RFC 4253 §6.2: compression is initialised again at every NEWKEYS (OpenSSH's
ssh_set_newkeys does the same), for zlib always and for zlib@openssh.com once
authentication has succeeded; a reader and a writer that both reset stay in step."""

from __future__ import annotations

import pytest

from ssh_engine._packet import PacketReader, PacketWriter

PAYLOAD = bytes([94]) + b"the same payload, compressed twice " * 20


def _sealed_after_newkeys(method: str, *, authenticated: bool) -> tuple[bytes, bytes]:
    writer = PacketWriter()
    writer.set_compression(method)
    if authenticated:
        writer.start_delayed_compression()
    first = bytes(writer.seal(PAYLOAD))
    writer.set_compression(method)  # the NEWKEYS of a rekey
    writer.sequence_number = 0
    return first, bytes(writer.seal(PAYLOAD))


def _compressed_part(packet: bytes) -> bytes:
    """The payload field of an unencrypted packet (RFC 4253 §6: length, padding length,
    payload, padding)."""
    length, padding = int.from_bytes(packet[:4], "big"), packet[4]
    return packet[5 : 4 + length - padding]


@pytest.mark.parametrize("method", ["zlib", "zlib@openssh.com"])
def test_writer_starts_a_fresh_stream_at_each_newkeys(method: str) -> None:
    first, again = _sealed_after_newkeys(method, authenticated=True)
    assert len(_compressed_part(first)) < len(PAYLOAD)
    # A fresh stream compresses the same payload to the same bytes; a continued one would
    # refer back to the previous packet and differ.
    assert _compressed_part(again) == _compressed_part(first)


def test_delayed_method_stays_off_before_authentication() -> None:
    first, again = _sealed_after_newkeys("zlib@openssh.com", authenticated=False)
    assert PAYLOAD in first and PAYLOAD in again


@pytest.mark.parametrize("method", ["zlib", "zlib@openssh.com"])
def test_reader_and_writer_reset_together_across_rekeys(method: str) -> None:
    writer, reader = PacketWriter(), PacketReader()
    for rekey in range(4):
        writer.set_compression(method)
        reader.set_compression(method)
        if rekey == 0:
            writer.start_delayed_compression()
            reader.start_delayed_compression()
        for n in range(3):
            payload = PAYLOAD + bytes([rekey, n])
            reader.feed(bytes(writer.seal(payload)))
            got = reader.next_payload()
            assert got is not None and bytes(got) == payload
        assert writer.compression_active and reader.compression_active

"""Writer -> reader round trips for every cipher x MAC, framing rules, limits, compression."""

from __future__ import annotations

import struct

import pytest
from _packet_helpers import AEAD, COMBOS, drain, material, pair

from ssh_engine._errors import LocalProtocolError, MacError, RemoteProtocolError
from ssh_engine._packet import CIPHERS, MACS, PacketReader, PacketWriter

SIZES = [0, 1, 3, 4, 11, 12, 15, 16, 17, 255, 1000, 32768]


def _block(cipher: str, mac: str) -> tuple[int, bool]:
    """Returns (alignment, length field excluded from the alignment) for a combination."""
    info = CIPHERS[cipher]
    excluded = info.aead or (mac != "" and MACS[mac].etm)
    return max(8, info.block_size), excluded


@pytest.mark.parametrize(("cipher", "mac"), COMBOS)
def test_round_trip_every_combination(cipher: str, mac: str) -> None:
    writer, reader = pair(cipher, mac)
    payloads = [material(f"p{size}", size) for size in SIZES]
    wire = b"".join(writer.seal(p) for p in payloads)
    reader.feed(wire)
    assert drain(reader) == payloads
    assert reader.buffered == 0
    assert writer.sequence_number == reader.sequence_number == len(SIZES)


@pytest.mark.parametrize(("cipher", "mac"), COMBOS)
def test_padding_rules(cipher: str, mac: str) -> None:
    """RFC 4253 §6: padding >= 4 bytes, total a multiple of max(8, block); MAC size after."""
    writer, _ = pair(cipher, mac)
    info = CIPHERS[cipher]
    tail = info.tag_size or (MACS[mac].mac_size if mac else 0)
    block, excluded = _block(cipher, mac)
    for size in SIZES:
        packet = writer.seal(bytes(size))
        body = len(packet) - tail
        length = body - 4
        assert length % block == 0 if excluded else body % block == 0
        pad = length - 1 - size
        assert 4 <= pad < 4 + block
        if info.kind.value in ("gcm", "none") or (excluded and info.kind.value != "chacha"):
            # The length travels in clear in these framings.
            assert struct.unpack(">I", packet[:4])[0] == length


@pytest.mark.parametrize(
    ("cipher", "mac"),
    [
        ("chacha20-poly1305@openssh.com", ""),
        ("aes128-gcm@openssh.com", ""),
        ("aes256-gcm", ""),
        ("aes128-ctr", "hmac-sha2-256-etm@openssh.com"),
        ("aes256-ctr", "hmac-sha1"),
        ("aes128-cbc", "hmac-sha2-512"),
        ("aes192-cbc", "hmac-md5-96-etm@openssh.com"),
        ("none", "none"),
    ],
)
def test_fragmented_feeding_one_byte_at_a_time(cipher: str, mac: str) -> None:
    writer, reader = pair(cipher, mac)
    payloads = [material(f"f{size}", size) for size in (0, 1, 31, 100, 2000)]
    wire = b"".join(writer.seal(p) for p in payloads)
    got: list[bytes] = []
    for i in range(len(wire)):
        reader.feed(wire[i : i + 1])
        got += drain(reader)
    assert got == payloads
    assert reader.buffered == 0


def test_feeding_bytearray_and_memoryview_chunks() -> None:
    writer, reader = pair("aes128-gcm@openssh.com", "")
    payloads = [material(f"m{n}", n) for n in (10, 5000, 70)]
    wire = b"".join(writer.seal(p) for p in payloads)
    reader.feed(bytearray(wire[:7]))
    reader.feed(memoryview(wire)[7:4000])
    reader.feed(wire[4000:])
    assert drain(reader) == payloads


def test_payload_views_stay_valid_after_more_input() -> None:
    writer, reader = pair("chacha20-poly1305@openssh.com", "")
    reader.feed(bytes(writer.seal(b"first")))
    first = reader.next_payload()
    reader.feed(bytes(writer.seal(b"second")))
    second = reader.next_payload()
    assert first is not None and second is not None
    assert (bytes(first), bytes(second)) == (b"first", b"second")


@pytest.mark.parametrize(
    ("cipher", "mac"),
    [("chacha20-poly1305@openssh.com", ""), ("aes128-gcm@openssh.com", ""),
     ("aes128-ctr", "hmac-sha2-256-etm@openssh.com"), ("aes128-cbc", "hmac-sha1")],
)  # fmt: skip
def test_sequence_number_wraps(cipher: str, mac: str) -> None:
    """RFC 4253 §6.4: the sequence number is a uint32 that wraps to 0."""
    writer, reader = pair(cipher, mac)
    writer.sequence_number = reader.sequence_number = 0xFFFFFFFE
    payloads = [b"a", b"b", b"c"]
    reader.feed(b"".join(writer.seal(p) for p in payloads))
    assert drain(reader) == payloads
    assert writer.sequence_number == reader.sequence_number == 1


def test_sequence_number_is_authenticated() -> None:
    writer, reader = pair("aes128-ctr", "hmac-sha2-256-etm@openssh.com")
    reader.sequence_number = 5
    reader.feed(bytes(writer.seal(b"x")))
    with pytest.raises(MacError):
        reader.next_payload()


def test_reset_sequence_number_for_strict_kex() -> None:
    writer, reader = pair("chacha20-poly1305@openssh.com", "")
    reader.feed(bytes(writer.seal(b"x")) + bytes(writer.seal(b"y")))
    assert drain(reader) == [b"x", b"y"]
    writer.reset_sequence_number()
    reader.reset_sequence_number()
    reader.feed(bytes(writer.seal(b"z")))
    assert drain(reader) == [b"z"]


def test_rfc5647_counter_is_per_packet_and_64_bit() -> None:
    """RFC 5647 §7.1: the invocation counter increments mod 2**64 per packet."""
    writer, reader = PacketWriter(), PacketReader()
    key, iv = material("k", 16), b"\x00\x00\x00\x01" + b"\xff" * 8
    writer.set_keys("aes128-gcm", key, iv, "", b"")
    reader.set_keys("aes128-gcm", key, iv, "", b"")
    reader.feed(b"".join(bytes(writer.seal(p)) for p in (b"a", b"b", b"c")))
    assert drain(reader) == [b"a", b"b", b"c"]


def test_keys_change_between_packets_in_one_feed() -> None:
    """Bytes fed before set_keys but not yet consumed are read with the new keys."""
    writer, reader = PacketWriter(), PacketReader()
    first = bytes(writer.seal(b"newkeys"))
    key, iv, mac_key = material("k", 64), material("iv", 16), material("m", 64)
    writer.set_keys("aes256-ctr", key, iv, "hmac-sha2-512-etm@openssh.com", mac_key)
    second = bytes(writer.seal(b"encrypted"))
    reader.feed(first + second)
    assert reader.next_payload() == b"newkeys"
    reader.set_keys("aes256-ctr", key, iv, "hmac-sha2-512-etm@openssh.com", mac_key)
    assert drain(reader) == [b"encrypted"]


def test_none_payload_is_a_copy_not_a_view_of_the_input() -> None:
    writer, reader = PacketWriter(), PacketReader()
    reader.feed(bytearray(writer.seal(b"hello")))
    payload = reader.next_payload()
    assert payload == b"hello"
    reader.feed(b"\x00")  # would fail with BufferError if the payload pinned the buffer


# --------------------------------------------------------------------------- limits


def _clear_header(length: int, pad: int) -> bytes:
    return struct.pack(">IB", length, pad)


@pytest.mark.parametrize("length", [0, 1, 4, 300_000, 0xFFFFFFFF])
def test_bad_lengths_without_keys(length: int) -> None:
    reader = PacketReader()
    reader.feed(struct.pack(">I", length) + bytes(16))
    with pytest.raises(RemoteProtocolError) as info:
        reader.next_payload()
    assert type(info.value) is RemoteProtocolError and info.value.reason == 2


def test_max_packet_length_is_enforced_and_35000_is_accepted() -> None:
    writer, reader = pair("aes128-gcm@openssh.com", "", max_packet_length=35000)
    reader.feed(bytes(writer.seal(bytes(34_900))))
    assert len(drain(reader)[0]) == 34_900
    reader.feed(bytes(writer.seal(bytes(35_100))))
    with pytest.raises(RemoteProtocolError, match="exceeds the limit"):
        reader.next_payload()


def test_oversized_length_is_refused_before_the_body_arrives() -> None:
    writer, reader = pair("chacha20-poly1305@openssh.com", "", max_packet_length=40_000)
    reader.feed(bytes(writer.seal(bytes(50_000)))[:8])
    with pytest.raises(RemoteProtocolError, match="exceeds the limit"):
        reader.next_payload()


@pytest.mark.parametrize("pad", [0, 3, 12])
def test_bad_padding_length_without_keys(pad: int) -> None:
    reader = PacketReader()
    reader.feed(_clear_header(12, pad) + bytes(11))
    with pytest.raises(RemoteProtocolError, match="bad padding length"):
        reader.next_payload()


def test_misaligned_length_without_keys() -> None:
    reader = PacketReader()
    reader.feed(_clear_header(13, 4) + bytes(12))
    with pytest.raises(RemoteProtocolError, match="multiple of the 8-byte block"):
        reader.next_payload()


def test_errors_are_sticky() -> None:
    reader = PacketReader()
    reader.feed(struct.pack(">I", 3) + bytes(16))
    with pytest.raises(RemoteProtocolError) as first:
        reader.next_payload()
    with pytest.raises(RemoteProtocolError) as second:
        reader.next_payload()
    assert first.value is second.value


@pytest.mark.parametrize("cipher", AEAD)
def test_aead_tag_flip_is_a_mac_error(cipher: str) -> None:
    writer, reader = pair(cipher, "")
    packet = bytearray(writer.seal(b"payload"))
    packet[-1] ^= 1
    reader.feed(bytes(packet))
    with pytest.raises(MacError) as info:
        reader.next_payload()
    assert info.value.reason == 5


def test_writer_refuses_absurd_payloads() -> None:
    class Huge:
        def __len__(self) -> int:
            return 0xFFFFFFFF

    with pytest.raises(LocalProtocolError):
        PacketWriter().seal(Huge())  # type: ignore[arg-type]


# --------------------------------------------------------------------------- compression


@pytest.mark.parametrize("cipher", ["none", "aes128-gcm@openssh.com"])
def test_zlib_round_trip(cipher: str) -> None:
    writer, reader = pair(cipher, "hmac-sha2-256" if cipher == "none" else "")
    writer.set_compression("zlib")
    reader.set_compression("zlib")
    payloads = [b"a" * 5000, material("z", 3000), b"", b"a" * 5000]
    sealed = [bytes(writer.seal(p)) for p in payloads]
    assert len(sealed[0]) < 200 and len(sealed[3]) <= len(sealed[0])
    reader.feed(b"".join(sealed))
    assert drain(reader) == payloads


def test_delayed_compression_starts_when_told_and_survives_rekey() -> None:
    writer, reader = pair("aes128-ctr", "hmac-sha2-256-etm@openssh.com")
    writer.set_compression("zlib@openssh.com")
    reader.set_compression("zlib@openssh.com")
    assert (writer.compression_active, reader.compression_active) == (False, False)
    plain = bytes(writer.seal(b"b" * 4000))
    assert len(plain) > 4000
    reader.feed(plain)
    assert drain(reader) == [b"b" * 4000]
    writer.start_delayed_compression()
    reader.start_delayed_compression()
    assert (writer.compression_active, reader.compression_active) == (True, True)
    reader.feed(bytes(writer.seal(b"b" * 4000)))
    # A rekey keeping the same method keeps the zlib streams.
    key, iv, mac_key = material("k2", 64), material("iv2", 16), material("m2", 64)
    writer.set_keys("aes256-gcm@openssh.com", key, iv, "", mac_key)
    writer.set_compression("zlib@openssh.com")
    tail = bytes(writer.seal(b"c" * 4000))
    assert drain(reader) == [b"b" * 4000]
    reader.set_keys("aes256-gcm@openssh.com", key, iv, "", mac_key)
    reader.set_compression("zlib@openssh.com")
    reader.feed(tail)
    assert drain(reader) == [b"c" * 4000]


def test_decompression_bomb_and_garbage_are_compression_errors() -> None:
    writer, reader = PacketWriter(), PacketReader(max_packet_length=35000)
    writer.set_compression("zlib")
    reader.set_compression("zlib")
    reader.feed(bytes(writer.seal(bytes(100_000))))
    with pytest.raises(RemoteProtocolError, match="inflates beyond") as info:
        reader.next_payload()
    assert info.value.reason == 6
    garbage_reader = PacketReader()
    garbage_reader.set_compression("zlib")
    garbage_reader.feed(bytes(PacketWriter().seal(b"\xff" * 20)))
    with pytest.raises(RemoteProtocolError, match="corrupt compressed") as info:
        garbage_reader.next_payload()
    assert info.value.reason == 6

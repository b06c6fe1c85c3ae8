"""Framed buffers: ``frame``'s layout, ``seal_framed`` sealing in place exactly as ``seal``
does, sequence numbers kept by the sealers across keys, and buffers that cannot be sealed."""

from __future__ import annotations

import pytest
from _packet_helpers import COMBOS, drain, material, pair

from ssh_engine._errors import LocalProtocolError
from ssh_engine._packet import CIPHERS, FRAME_HEADROOM, FRAME_TAILROOM, MACS, frame

SIZES = [0, 1, 3, 4, 11, 12, 15, 16, 17, 255, 1000, 32768]
FRAMING = FRAME_HEADROOM + FRAME_TAILROOM


def test_frame_layout() -> None:
    buf = frame(memoryview(b"payload"))
    assert type(buf) is bytearray
    assert len(buf) == FRAMING + 7
    assert buf[FRAME_HEADROOM : FRAME_HEADROOM + 7] == b"payload"


def test_tailroom_covers_the_longest_padding_and_tag() -> None:
    longest_mac = max(info.mac_size for info in MACS.values())
    longest_tag = max(info.tag_size for info in CIPHERS.values())
    assert 16 + 3 + max(longest_mac, longest_tag) <= FRAME_TAILROOM  # RFC 4253 §6


@pytest.mark.parametrize(("cipher", "mac"), COMBOS)
def test_seal_framed_is_byte_identical_to_seal(cipher: str, mac: str) -> None:
    copying, _ = pair(cipher, mac, deterministic=True)
    in_place, reader = pair(cipher, mac, deterministic=True)
    payloads = [material(f"p{size}", size) for size in SIZES]
    for payload in payloads:
        buf = frame(payload)
        packet = in_place.seal_framed(buf)
        assert packet is buf  # sealed where it lies, no new buffer
        assert packet == copying.seal(payload)
        reader.feed(bytes(packet))
    assert drain(reader) == payloads
    assert in_place.sequence_number == reader.sequence_number == len(SIZES)


@pytest.mark.parametrize(("cipher", "mac"), COMBOS)
def test_buffers_too_short_to_be_framed_are_refused(cipher: str, mac: str) -> None:
    writer, _ = pair(cipher, mac)
    for size in (0, FRAME_HEADROOM, FRAMING - 1):
        with pytest.raises(LocalProtocolError, match="cannot be sealed"):
            writer.seal_framed(bytearray(size))
    assert writer.sequence_number == 0  # nothing was counted


def test_a_compressing_writer_refuses_short_buffers_too() -> None:
    writer, _ = pair("aes128-gcm@openssh.com", "")
    writer.set_compression("zlib")
    with pytest.raises(LocalProtocolError, match="cannot be sealed"):
        writer.seal_framed(bytearray(FRAMING - 1))


@pytest.mark.parametrize("cipher", ["aes128-gcm@openssh.com", "none", "aes256-ctr"])
def test_framed_round_trip_with_compression(cipher: str) -> None:
    mac = "" if CIPHERS[cipher].aead else "hmac-sha2-256"
    writer, reader = pair(cipher, mac)
    writer.set_compression("zlib")
    reader.set_compression("zlib")
    payloads = [b"x" * 5000, material("c", 300), b"\x5e" + b"y" * 32767]
    for payload in payloads:
        reader.feed(bytes(writer.seal_framed(frame(payload))))
    assert drain(reader) == payloads


def test_sequence_number_survives_rekeys_between_framings() -> None:
    """RFC 4253 §6.4: the sequence number is never reset by NEWKEYS (outside strict kex),
    whichever sealer kind holds it; the AES-GCM sealer derives it from its nonce counter."""
    writer, reader = pair("aes128-gcm@openssh.com", "")
    writer.sequence_number = reader.sequence_number = 0xFFFFFFFE
    chain = [
        ("aes128-gcm@openssh.com", ""),
        ("chacha20-poly1305@openssh.com", ""),
        ("aes128-ctr", "hmac-sha2-256-etm@openssh.com"),
        ("aes256-gcm@openssh.com", ""),
    ]
    sent = []
    for round_, (cipher, mac) in enumerate(chain):
        key, iv, mac_key = material(f"k{round_}", 64), material(f"i{round_}", 16), material("m", 64)
        writer.set_keys(cipher, key, iv, mac, mac_key)
        reader.set_keys(cipher, key, iv, mac, mac_key)
        for n in range(3):
            payload = f"{cipher} {n}".encode()
            sent.append(payload)
            reader.feed(bytes(writer.seal_framed(frame(payload))))
            assert drain(reader) == [payload]  # the MAC / nonce binds the sequence number
    expected = (0xFFFFFFFE + len(sent)) & 0xFFFFFFFF
    assert writer.sequence_number == reader.sequence_number == expected


def test_gcm_sequence_number_can_be_set_and_reset() -> None:
    writer, _ = pair("aes256-gcm@openssh.com", "")
    writer.seal(b"a")
    assert writer.sequence_number == 1
    writer.sequence_number = 0xFFFFFFFF
    writer.seal(b"b")
    assert writer.sequence_number == 0  # wraps mod 2**32
    writer.seal(b"c")
    writer.reset_sequence_number()  # strict kex
    assert writer.sequence_number == 0

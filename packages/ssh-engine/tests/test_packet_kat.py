"""Known answers: each framing rebuilt independently from its specification with the raw
cryptography primitives (fresh contexts, no shared code), plus a cross-check against
asyncssh's OpenSSH-interoperable packet encryption when asyncssh is installed."""

from __future__ import annotations

import hashlib
import hmac
import struct

import pytest
from _packet_helpers import COMBOS, drain, fixed_padding, material, pair
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.poly1305 import Poly1305

from ssh_engine._packet import CIPHERS, MACS, PacketReader, PacketWriter

RFC8439_PLAINTEXT = (
    b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
    b"future, sunscreen would be it."
)


def _plain_packet(payload: bytes, aligned_extra: int, block: int) -> tuple[bytes, bytes]:
    """Returns (uint32 length, padlen || payload || 0xA5 padding) per RFC 4253 §6."""
    pad = -(aligned_extra + 1 + len(payload)) % block
    if pad < 4:
        pad += block
    body = bytes([pad]) + payload + fixed_padding(pad)
    return struct.pack(">I", len(body)), body


def test_chacha20_nonce_layout_matches_rfc8439_vector() -> None:
    """RFC 8439 §2.4.2 (counter 1): the 16-byte nonce is LE counter || nonce, as we build it."""
    nonce = bytes.fromhex("01000000" + "000000000000004a00000000")
    out = Cipher(algorithms.ChaCha20(bytes(range(32)), nonce), None).encryptor()
    assert out.update(RFC8439_PLAINTEXT)[:16].hex() == "6e2e359a2568f98041ba0728dd0d6981"


def _chacha_reference(key: bytes, seq: int, payload: bytes) -> bytes:
    """PROTOCOL.chacha20poly1305, step by step with fresh contexts."""
    k_2, k_1 = key[:32], key[32:]
    length, body = _plain_packet(payload, 0, 8)
    seqnr = struct.pack(">Q", seq)
    enc_length = Cipher(algorithms.ChaCha20(k_1, bytes(8) + seqnr), None).encryptor()
    poly_key = Cipher(algorithms.ChaCha20(k_2, bytes(8) + seqnr), None).encryptor()
    block1 = struct.pack("<Q", 1) + seqnr  # payload starts at block counter 1
    enc_body = Cipher(algorithms.ChaCha20(k_2, block1), None).encryptor().update(body)
    head = enc_length.update(length)
    tag = Poly1305.generate_tag(poly_key.update(bytes(32)), head + enc_body)
    return head + enc_body + tag


def test_chacha20_poly1305_known_answer() -> None:
    writer, reader = pair("chacha20-poly1305@openssh.com", "", deterministic=True)
    key = material("key", 64)
    payloads = [b"", b"\x05\x00\x00\x00\x0cssh-userauth", material("x", 1000)]
    writer.sequence_number = reader.sequence_number = 0xFFFFFFFF  # exercise the wrap
    for i, payload in enumerate(payloads):
        seq = (0xFFFFFFFF + i) & 0xFFFFFFFF
        expected = _chacha_reference(key, seq, payload)
        assert bytes(writer.seal(payload)) == expected
        reader.feed(expected)
        assert drain(reader) == [payload]


@pytest.mark.parametrize(
    "cipher", ["aes128-gcm@openssh.com", "aes256-gcm", "aes256-gcm@openssh.com"]
)
def test_aes_gcm_known_answer(cipher: str) -> None:
    writer, _ = pair(cipher, "", deterministic=True)
    size = CIPHERS[cipher].key_size
    aead = AESGCM(material("key", 64)[:size])
    iv = material("iv", 16)[:12]
    fixed, counter = struct.unpack(">IQ", iv)
    for i, payload in enumerate([b"\x15", material("g", 777)]):
        length, body = _plain_packet(payload, 0, 16)
        nonce = struct.pack(">IQ", fixed, counter + i)  # RFC 5647 §7.1
        assert bytes(writer.seal(payload)) == length + aead.encrypt(nonce, body, length)


@pytest.mark.parametrize(
    "mac", ["hmac-sha2-256-etm@openssh.com", "hmac-sha1-96-etm@openssh.com", "hmac-sha2-512"]
)
def test_aes_ctr_with_hmac_known_answer(mac: str) -> None:
    writer, _ = pair("aes128-ctr", mac, deterministic=True)
    info = MACS[mac]
    enc = Cipher(algorithms.AES(material("key", 16)), modes.CTR(material("iv", 16))).encryptor()
    mac_key = material("mac", 64)[: info.key_size]
    for seq, payload in enumerate([b"\x02", material("c", 300)]):
        seqnr = struct.pack(">I", seq)
        if info.etm:  # PROTOCOL §1.5: length in clear, MAC over the ciphertext
            length, body = _plain_packet(payload, 0, 16)
            wire = length + enc.update(body)
            tag = hmac.new(mac_key, seqnr + wire, info.hash_name).digest()
        else:  # RFC 4253 §6.4: MAC over the plaintext, everything encrypted
            length, body = _plain_packet(payload, 4, 16)
            tag = hmac.new(mac_key, seqnr + length + body, info.hash_name).digest()
            wire = enc.update(length + body)
        assert bytes(writer.seal(payload)) == wire + tag[: info.mac_size]


def test_3des_cbc_hmac_md5_known_answer() -> None:
    if "3des-cbc" not in CIPHERS:
        pytest.skip("3des-cbc unavailable in this cryptography build")
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES

    writer, _ = pair("3des-cbc", "hmac-md5", deterministic=True)
    enc = Cipher(TripleDES(material("key", 24)), modes.CBC(material("iv", 8))).encryptor()
    length, body = _plain_packet(b"\x06hello", 4, 8)
    tag = hmac.new(material("mac", 16), bytes(4) + length + body, hashlib.md5).digest()
    assert bytes(writer.seal(b"\x06hello")) == enc.update(length + body) + tag


# --------------------------------------------------------------------------- asyncssh


def _asyncssh_encryption(cipher: str, mac: str, key: bytes, iv: bytes, mac_key: bytes) -> object:
    """Returns asyncssh's packet encryption for the combination, or skips if unsupported."""
    encryption = pytest.importorskip("asyncssh.encryption")
    asyncssh_mac = pytest.importorskip("asyncssh.mac")
    enc_name, mac_name = cipher.encode(), mac.encode()
    if enc_name not in encryption.get_encryption_algs():
        pytest.skip(f"asyncssh lacks {cipher}")
    info = CIPHERS[cipher]
    if not info.aead and mac_name not in asyncssh_mac.get_mac_algs():
        pytest.skip(f"asyncssh lacks {mac}")
    etm = mac.endswith("-etm@openssh.com")
    if info.aead:
        return encryption.get_encryption(enc_name, key[: info.key_size], iv[: info.iv_size])
    mac_size = MACS[mac].key_size
    return encryption.get_encryption(
        enc_name, key[: info.key_size], iv[: info.iv_size], mac_name, mac_key[:mac_size], etm
    )


ASYNCSSH_COMBOS = [
    (c, m)
    for c, m in COMBOS
    # asyncssh has no "none" framing here, no RFC 5647 names and no RIPEMD-160.
    if c != "none" and m != "none" and not c.endswith("-gcm") and "ripemd" not in m
]


@pytest.mark.parametrize(("cipher", "mac"), ASYNCSSH_COMBOS)
def test_matches_asyncssh_both_ways(cipher: str, mac: str) -> None:
    """Our sealed packets equal asyncssh's, byte for byte, and our reader opens them."""
    key, iv, mac_key = material("key", 64), material("iv", 16), material("mac", 64)
    ours = _asyncssh_encryption(cipher, mac, key, iv, mac_key)
    writer, _ = pair(cipher, mac, deterministic=True)
    reader = PacketReader()
    reader.set_keys(cipher, key, iv, mac, mac_key)
    info = CIPHERS[cipher]
    excluded = info.aead or MACS[mac].etm
    block = max(8, info.block_size)
    for seq, payload in enumerate([b"\x14" + material("k", 50), b"", material("d", 4096)]):
        length, body = _plain_packet(payload, 0 if excluded else 4, block)
        packet, tag = ours.encrypt_packet(seq, length, body)  # type: ignore[attr-defined]
        assert bytes(writer.seal(payload)) == packet + tag
        reader.feed(packet + tag)
        assert drain(reader) == [payload]


def test_asyncssh_imports_are_optional() -> None:
    assert isinstance(PacketWriter(), PacketWriter)

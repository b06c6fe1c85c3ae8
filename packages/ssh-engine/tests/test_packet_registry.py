"""The cipher and MAC registries and the engine's error tree."""

from __future__ import annotations

import pickle

import pytest

from ssh_engine._errors import LocalProtocolError, MacError, ProtocolError, RemoteProtocolError
from ssh_engine._packet import (
    CIPHERS,
    COMPRESSIONS,
    MACS,
    CipherKind,
    PacketReader,
    PacketWriter,
    default_cipher_names,
    default_mac_names,
)
from ssh_wire import SSHError
from ssh_wire.messages import DisconnectReason

# (key, iv, block, aead) from RFC 4253 §6.3, RFC 4344, RFC 4345, RFC 5647, PROTOCOL.*
EXPECTED_CIPHERS = {
    "chacha20-poly1305@openssh.com": (64, 0, 8, True),
    "aes128-gcm@openssh.com": (16, 12, 16, True),
    "aes256-gcm@openssh.com": (32, 12, 16, True),
    "aes128-gcm": (16, 12, 16, True),
    "aes256-gcm": (32, 12, 16, True),
    "aes128-ctr": (16, 16, 16, False),
    "aes192-ctr": (24, 16, 16, False),
    "aes256-ctr": (32, 16, 16, False),
    "aes128-cbc": (16, 16, 16, False),
    "aes192-cbc": (24, 16, 16, False),
    "aes256-cbc": (32, 16, 16, False),
    "none": (0, 0, 8, False),
}
LEGACY_CIPHERS = {
    "3des-cbc": (24, 8, 8, False),
    "blowfish-cbc": (16, 8, 8, False),
    "cast128-cbc": (16, 8, 8, False),
    "arcfour": (16, 0, 8, False),
    "arcfour128": (16, 0, 8, False),
    "arcfour256": (32, 0, 8, False),
}
# (key size, MAC size) from RFC 4253 §6.4 and RFC 6668
EXPECTED_MACS = {
    "hmac-sha2-256": (32, 32),
    "hmac-sha2-512": (64, 64),
    "hmac-sha1": (20, 20),
    "hmac-sha2-256-96": (32, 12),
    "hmac-sha2-512-96": (64, 12),
    "hmac-sha1-96": (20, 12),
    "hmac-md5": (16, 16),
    "hmac-md5-96": (16, 12),
}


def test_cipher_parameters() -> None:
    for name, (key, iv, block, aead) in {**EXPECTED_CIPHERS, **LEGACY_CIPHERS}.items():
        if name in LEGACY_CIPHERS and name not in CIPHERS:
            continue  # skipped silently when this cryptography build lacks it
        info = CIPHERS[name]
        assert (info.key_size, info.iv_size, info.block_size, info.aead) == (key, iv, block, aead)
        assert info.tag_size == (16 if aead else 0)
        assert (info.factory is not None) == (info.kind in (CipherKind.STREAM, CipherKind.CBC))


def test_legacy_ciphers_are_off_by_default() -> None:
    for name in LEGACY_CIPHERS:
        if name in CIPHERS:
            assert not CIPHERS[name].default
    for name in ("aes128-cbc", "aes192-cbc", "aes256-cbc", "none", "aes128-gcm", "aes256-gcm"):
        assert not CIPHERS[name].default


def test_default_orders_follow_openssh() -> None:
    assert default_cipher_names() == [
        "chacha20-poly1305@openssh.com",
        "aes128-ctr",
        "aes192-ctr",
        "aes256-ctr",
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
    ]
    assert default_mac_names() == [
        "hmac-sha2-256-etm@openssh.com",
        "hmac-sha2-512-etm@openssh.com",
        "hmac-sha1-etm@openssh.com",
        "hmac-sha2-256",
        "hmac-sha2-512",
        "hmac-sha1",
    ]


def test_mac_parameters_and_etm_forms() -> None:
    for name, (key, size) in EXPECTED_MACS.items():
        info = MACS[name]
        assert (info.key_size, info.mac_size, info.etm) == (key, size, False)
        etm = MACS.get(f"{name}-etm@openssh.com")
        if etm is not None:
            assert (etm.key_size, etm.mac_size, etm.etm) == (key, size, True)
    for name in ("hmac-sha2-256", "hmac-sha2-512", "hmac-sha1", "hmac-md5", "hmac-sha1-96"):
        assert f"{name}-etm@openssh.com" in MACS
    if "hmac-ripemd160" in MACS:
        assert (MACS["hmac-ripemd160"].key_size, MACS["hmac-ripemd160"].mac_size) == (20, 20)


def test_compressions() -> None:
    assert COMPRESSIONS == {"none": False, "zlib": False, "zlib@openssh.com": True}


def test_error_tree_and_reasons() -> None:
    assert issubclass(ProtocolError, SSHError)
    assert issubclass(LocalProtocolError, ProtocolError)
    assert issubclass(RemoteProtocolError, ProtocolError)
    assert issubclass(MacError, RemoteProtocolError)
    assert MacError("x").reason == DisconnectReason.MAC_ERROR
    assert int(MacError("x").reason) == 5
    assert RemoteProtocolError("x").reason == DisconnectReason.PROTOCOL_ERROR
    err = RemoteProtocolError("zip", DisconnectReason.COMPRESSION_ERROR)
    copy = pickle.loads(pickle.dumps(err))
    assert (type(copy), copy.reason, copy.description) == (RemoteProtocolError, 6, "zip")


@pytest.mark.parametrize("side", [PacketWriter, PacketReader])
def test_set_keys_rejects_unknown_names_and_short_keys(side: type) -> None:
    obj = side()
    with pytest.raises(LocalProtocolError, match="unknown cipher"):
        obj.set_keys("rot13", b"", b"", "none", b"")
    with pytest.raises(LocalProtocolError, match="unknown MAC"):
        obj.set_keys("aes128-ctr", bytes(16), bytes(16), "crc32", b"")
    with pytest.raises(LocalProtocolError, match="16-byte key"):
        obj.set_keys("aes128-ctr", bytes(15), bytes(16), "none", b"")
    with pytest.raises(LocalProtocolError, match="32-byte key"):
        obj.set_keys("aes128-ctr", bytes(16), bytes(16), "hmac-sha2-256", bytes(31))
    with pytest.raises(LocalProtocolError, match="unknown compression"):
        obj.set_compression("lz4")


def test_aead_ignores_the_mac_name() -> None:
    writer = PacketWriter()
    writer.set_keys("aes128-gcm@openssh.com", bytes(16), bytes(12), "whatever", b"")
    assert (writer.cipher_name, writer.mac_name) == ("aes128-gcm@openssh.com", "")


def test_reader_limit_bounds() -> None:
    with pytest.raises(ValueError):
        PacketReader(max_packet_length=34999)
    assert PacketReader(max_packet_length=35000).max_packet_length == 35000
    assert PacketReader().max_packet_length == 256 * 1024

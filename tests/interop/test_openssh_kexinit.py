"""Our codecs read the KEXINIT a real OpenSSH sshd sends, and write it back byte for byte."""

from __future__ import annotations

import ssh_wire.reference
from ssh_wire import decode_message, encode_message
from ssh_wire.messages import KexInit
from tests.interop._sshd import SshdServer, read_server_kexinit


def test_sshd_kexinit_decodes_and_reencodes_exactly(sshd: SshdServer) -> None:
    ident, payload = read_server_kexinit(sshd.host, sshd.port, timeout=10.0)
    assert ident.startswith("SSH-2.0-OpenSSH_"), ident
    assert payload[0] == 20  # SSH_MSG_KEXINIT, RFC 4253 §7.1

    msg = decode_message(payload)
    assert isinstance(msg, KexInit)
    assert len(msg.cookie) == 16
    assert "curve25519-sha256" in msg.kex_algorithms
    assert "kex-strict-s-v00@openssh.com" in msg.kex_algorithms  # Terrapin countermeasure
    assert "ssh-ed25519" in msg.server_host_key_algorithms
    assert "ecdsa-sha2-nistp256" in msg.server_host_key_algorithms
    assert "aes256-gcm@openssh.com" in msg.encryption_algorithms_client_to_server
    assert "none" in msg.compression_algorithms_server_to_client
    assert msg.first_kex_packet_follows is False
    assert msg.reserved == 0

    assert encode_message(msg) == payload
    assert ssh_wire.reference.decode_message(payload) == msg
    assert ssh_wire.reference.encode_message(msg) == payload


def test_sshd_kexinit_cookie_is_fresh_per_connection(sshd: SshdServer) -> None:
    _, first = read_server_kexinit(sshd.host, sshd.port, timeout=10.0)
    _, second = read_server_kexinit(sshd.host, sshd.port, timeout=10.0)
    a, b = decode_message(first), decode_message(second)
    assert isinstance(a, KexInit) and isinstance(b, KexInit)
    assert a.cookie != b.cookie  # RFC 4253 §7.1: a random value
    assert a.kex_algorithms == b.kex_algorithms

"""Golden vectors captured off a real OpenSSH decode with both backends and re-encode exactly.

The files come from ``tests/interop/capture_golden.py``; see ``tests/golden/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ssh_wire
import ssh_wire.reference
from ssh_wire.messages import KexInit, SftpVersion

GOLDEN = Path(__file__).parent / "golden"

Decoder = Callable[..., Any]
Encoder = Callable[[Any], bytes]
BACKENDS: dict[str, tuple[Decoder, Encoder]] = {
    "fast": (ssh_wire.decode_message, ssh_wire.encode_message),
    "construct": (ssh_wire.reference.decode_message, ssh_wire.reference.encode_message),
}


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> tuple[Decoder, Encoder]:
    """Each backend's (decode_message, encode_message)."""
    name: str = request.param
    return BACKENDS[name]


def test_openssh_kexinit(backend: tuple[Decoder, Encoder]) -> None:
    decode, encode = backend
    payload = (GOLDEN / "openssh_kexinit.bin").read_bytes()
    msg = decode(payload)
    assert isinstance(msg, KexInit)
    assert msg.kex_algorithms[-1] == "kex-strict-s-v00@openssh.com"
    assert "curve25519-sha256" in msg.kex_algorithms
    assert msg.server_host_key_algorithms == (
        "ssh-ed25519",
        "ecdsa-sha2-nistp256",
        "rsa-sha2-512",
        "rsa-sha2-256",
    )
    assert msg.encryption_algorithms_client_to_server[0] == "chacha20-poly1305@openssh.com"
    assert msg.compression_algorithms_client_to_server == ("none", "zlib@openssh.com")
    assert msg.languages_client_to_server == ()
    assert msg.languages_server_to_client == ()
    assert msg.first_kex_packet_follows is False
    assert msg.reserved == 0
    assert encode(msg) == payload
    assert decode(memoryview(payload)) == msg


def test_openssh_sftp_version(backend: tuple[Decoder, Encoder]) -> None:
    decode, encode = backend
    payload = (GOLDEN / "openssh_sftp_version.bin").read_bytes()
    msg = decode(payload, "sftp")
    assert isinstance(msg, SftpVersion)
    assert msg.version == 3
    extensions = {ext.name: ext.data for ext in msg.extensions}
    assert extensions["posix-rename@openssh.com"] == b"1"
    assert extensions["statvfs@openssh.com"] == b"2"
    assert extensions["limits@openssh.com"] == b"1"
    assert encode(msg) == payload
    assert decode(memoryview(payload), "sftp") == msg


def test_both_backends_agree() -> None:
    for name, context in (("openssh_kexinit.bin", "ssh"), ("openssh_sftp_version.bin", "sftp")):
        payload = (GOLDEN / name).read_bytes()
        fast = ssh_wire.decode_message(payload, context)
        assert ssh_wire.reference.decode_message(payload, context) == fast

"""Shared helpers for the transport engine tests: host keys, configs, pairs, raw packets."""

from __future__ import annotations

from functools import cache

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._packet import PacketWriter
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._pair import EnginePair
from ssh_wire.keys import SSHKey, generate_key


@cache
def host_key(kind: str = "ed25519", bits: int | None = None) -> SSHKey:
    """Returns a cached private host key (``ed25519``, ``ecdsa``, ``rsa``, ``dsa``)."""
    if kind == "rsa" and bits is None:
        bits = 2048
    return generate_key(kind, bits)


def make_pair(
    *,
    algorithms: dict[str, object] | None = None,
    host_keys: tuple[SSHKey, ...] | None = None,
    auto_accept: bool = True,
    **common: object,
) -> EnginePair:
    """Returns a client/server pair offering ``algorithms`` (both sides), with ``common``
    extra :class:`TransportConfig` fields for both."""
    algs = build_algorithm_config(algorithms)  # type: ignore[arg-type]
    keys = host_keys if host_keys is not None else (host_key(),)
    client = TransportConfig(algorithms=algs, **common)  # type: ignore[arg-type]
    server = TransportConfig(algorithms=algs, host_keys=keys, **common)  # type: ignore[arg-type]
    return EnginePair(client, server, auto_accept=auto_accept)


def ready_pair(**kwargs: object) -> EnginePair:
    """Returns a pair that completed kex and the ssh-userauth service request."""
    pair = make_pair(**kwargs)  # type: ignore[arg-type]
    pair.handshake()
    return pair


def plain_packet(payload: bytes) -> bytes:
    """Returns ``payload`` framed as an unencrypted packet (valid before the first NEWKEYS)."""
    return bytes(PacketWriter().seal(payload))


def split_plain_packets(data: bytes) -> list[bytes]:
    """Splits unencrypted packets (uint32 length first) off the front of ``data``; the last
    element holds whatever could not be parsed (possibly empty)."""
    out: list[bytes] = []
    pos = 0
    while pos + 5 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        if length > 35000 or pos + 4 + length > len(data):
            break
        out.append(data[pos : pos + 4 + length])
        pos += 4 + length
    out.append(data[pos:])
    return out

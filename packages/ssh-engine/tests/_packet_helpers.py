"""Shared helpers for the packet-layer tests: keyed writer/reader pairs for any algorithms."""

from __future__ import annotations

import hashlib

from ssh_engine._packet import CIPHERS, MACS, PacketReader, PacketWriter

AEAD = [name for name, info in CIPHERS.items() if info.aead]
NON_AEAD = [name for name, info in CIPHERS.items() if not info.aead]
MAC_NAMES = list(MACS)
COMBOS = [(c, "") for c in AEAD] + [(c, m) for c in NON_AEAD for m in MAC_NAMES]


def material(label: str, n: int) -> bytes:
    """Returns ``n`` deterministic key bytes derived from ``label``."""
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{label}/{counter}".encode()).digest()
        counter += 1
    return out[:n]


def fixed_padding(n: int) -> bytes:
    """A deterministic padding source: 0xA5 bytes."""
    return b"\xa5" * n


def pair(
    cipher: str, mac: str, *, max_packet_length: int = 256 * 1024, deterministic: bool = False
) -> tuple[PacketWriter, PacketReader]:
    """Returns a writer and a reader keyed alike for ``cipher`` and ``mac``."""
    writer = PacketWriter(random_bytes=fixed_padding) if deterministic else PacketWriter()
    reader = PacketReader(max_packet_length=max_packet_length)
    key, iv, mac_key = material("key", 64), material("iv", 16), material("mac", 64)
    writer.set_keys(cipher, key, iv, mac, mac_key)
    reader.set_keys(cipher, key, iv, mac, mac_key)
    return writer, reader


def drain(reader: PacketReader) -> list[bytes]:
    """Returns every complete payload the reader holds, as bytes."""
    out = []
    while (payload := reader.next_payload()) is not None:
        out.append(bytes(payload))
    return out

"""The binary packet protocol (RFC 4253 §6): cipher and MAC registries, compression, and
the per-direction sans-IO :class:`PacketWriter` / :class:`PacketReader`.

Private to the engine: the transport state machine drives these objects and the kex installs
keys with ``set_keys`` after NEWKEYS.
"""

from __future__ import annotations

from ._ciphers import CIPHERS, CipherInfo, CipherKind, default_cipher_names
from ._compression import COMPRESSIONS
from ._framing import (
    DEFAULT_MAX_PACKET_LENGTH,
    FRAME_HEADROOM,
    FRAME_TAILROOM,
    MIN_MAX_PACKET_LENGTH,
    PacketReader,
    PacketWriter,
    frame,
)
from ._macs import MACS, Mac, MacInfo, default_mac_names

__all__ = [
    "CIPHERS",
    "COMPRESSIONS",
    "DEFAULT_MAX_PACKET_LENGTH",
    "FRAME_HEADROOM",
    "FRAME_TAILROOM",
    "MACS",
    "MIN_MAX_PACKET_LENGTH",
    "CipherInfo",
    "CipherKind",
    "Mac",
    "MacInfo",
    "PacketReader",
    "PacketWriter",
    "default_cipher_names",
    "default_mac_names",
    "frame",
]

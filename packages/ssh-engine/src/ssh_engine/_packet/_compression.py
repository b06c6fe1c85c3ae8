"""Payload compression (RFC 4253 §6.2; OpenSSH PROTOCOL §2.2 for ``zlib@openssh.com``).

Each direction has one zlib stream per key exchange: RFC 4253 §6.2 (and OpenSSH's
ssh_set_newkeys) initialise it again at every NEWKEYS. It is flushed with ``Z_SYNC_FLUSH``
after every packet so the peer can decompress each packet as it arrives.
``zlib@openssh.com`` is "delayed": negotiated at kex, but only started when the engine calls
``start_delayed_compression()`` after user authentication succeeds.
"""

from __future__ import annotations

import zlib

from ssh_wire.messages import DisconnectReason

from .._errors import LocalProtocolError, RemoteProtocolError

__all__ = ["COMPRESSIONS", "Compressor", "Decompressor", "check_compression"]

COMPRESSIONS: dict[str, bool] = {"none": False, "zlib": False, "zlib@openssh.com": True}
"""Supported compression names -> whether the method is delayed until after auth."""


def check_compression(name: str) -> None:
    """Check that ``name`` is a supported compression method.

    Raises:
        LocalProtocolError: the name is unknown.
    """
    if name not in COMPRESSIONS:
        raise LocalProtocolError(f"unknown compression algorithm {name!r}")


class Compressor:
    """The outbound zlib stream (RFC 1950) of one connection direction."""

    __slots__ = ("_zlib",)

    def __init__(self) -> None:
        self._zlib = zlib.compressobj()

    def compress(self, payload: bytes | bytearray | memoryview) -> bytes:
        """Returns ``payload`` compressed and sync-flushed (a complete unit for the peer)."""
        return self._zlib.compress(payload) + self._zlib.flush(zlib.Z_SYNC_FLUSH)


class Decompressor:
    """The inbound zlib stream of one connection direction, bounded against zip bombs."""

    __slots__ = ("_limit", "_zlib")

    def __init__(self, limit: int) -> None:
        self._zlib = zlib.decompressobj()
        self._limit = limit

    def decompress(self, data: bytes | bytearray | memoryview) -> bytes:
        """Returns the payload inflated from one packet.

        Raises:
            RemoteProtocolError: (COMPRESSION_ERROR) the stream is corrupt, or the payload
                would inflate beyond the reader's packet size limit.
        """
        try:
            out = self._zlib.decompress(data, self._limit)
        except zlib.error as exc:
            raise RemoteProtocolError(
                f"corrupt compressed payload: {exc}", DisconnectReason.COMPRESSION_ERROR
            ) from None
        if self._zlib.unconsumed_tail:
            raise RemoteProtocolError(
                f"compressed payload inflates beyond {self._limit} bytes",
                DisconnectReason.COMPRESSION_ERROR,
            )
        return out

"""Agent protocol framing (draft-miller-ssh-agent §3): ``uint32 length || payload``.

Sans-IO: :class:`FrameDecoder` is fed bytes and returns whole payloads; :func:`frame` wraps
one. OpenSSH's agent refuses messages over 256 KiB (``AGENT_MAX_LEN``); so do we, before
buffering them, so a peer cannot make us allocate more.
"""

from __future__ import annotations

import struct

from ._errors import AgentProtocolError

__all__ = ["MAX_MESSAGE", "FrameDecoder", "frame"]

#: Largest payload accepted in either direction (OpenSSH's AGENT_MAX_LEN).
MAX_MESSAGE = 256 * 1024
_U32 = struct.Struct(">I")


def frame(payload: bytes) -> bytes:
    """Returns ``payload`` with its uint32 length prefix.

    Raises:
        AgentProtocolError: the payload is empty or larger than MAX_MESSAGE.
    """
    if not payload or len(payload) > MAX_MESSAGE:
        raise AgentProtocolError(f"agent message of {len(payload)} bytes cannot be sent")
    return _U32.pack(len(payload)) + payload


class FrameDecoder:
    """Splits a byte stream into agent message payloads."""

    __slots__ = ("_buffer", "_limit")

    def __init__(self, limit: int = MAX_MESSAGE) -> None:
        self._buffer = bytearray()
        self._limit = limit

    def feed(self, data: bytes) -> list[bytes]:
        """Add received bytes.

        Returns:
            Every payload completed by ``data`` (possibly none), in order.
        Raises:
            AgentProtocolError: a frame announces length 0 or more than the limit.
        """
        buf = self._buffer
        buf += data
        out: list[bytes] = []
        while len(buf) >= 4:
            (length,) = _U32.unpack_from(buf, 0)
            if length == 0 or length > self._limit:
                raise AgentProtocolError(f"agent message length {length} is out of bounds")
            if len(buf) < 4 + length:
                break
            out.append(bytes(buf[4 : 4 + length]))
            del buf[: 4 + length]
        return out

    @property
    def pending(self) -> int:
        """Bytes received that do not yet form a whole frame."""
        return len(self._buffer)

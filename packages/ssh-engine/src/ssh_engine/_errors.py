"""The engine's exception tree, rooted at :class:`ssh_wire.SSHError`.

A :class:`ProtocolError` carries the RFC 4250 §4.2.2 disconnect reason code that the engine
sends in SSH_MSG_DISCONNECT before it raises. :class:`LocalProtocolError` means our own side
broke the protocol (an illegal action, a bad argument); :class:`RemoteProtocolError` means
the peer sent something invalid. Fatal errors are sticky: once raised by a reader or an
engine, the same object keeps being raised.
"""

from __future__ import annotations

from ssh_wire import SSHError
from ssh_wire.messages import DisconnectReason

__all__ = ["KexError", "LocalProtocolError", "MacError", "ProtocolError", "RemoteProtocolError"]


class ProtocolError(SSHError):
    """The SSH protocol was violated; the connection cannot continue.

    Attributes:
        reason: the RFC 4250 §4.2.2 disconnect reason code to send to the peer.
        description: a short human-readable explanation (also the exception message).
    """

    default_reason = DisconnectReason.PROTOCOL_ERROR

    def __init__(self, description: str, reason: DisconnectReason | None = None) -> None:
        super().__init__(description)
        self.description = description
        self.reason = self.default_reason if reason is None else reason

    def __reduce__(self) -> tuple[type[ProtocolError], tuple[str, DisconnectReason]]:
        return (type(self), (self.description, self.reason))


class LocalProtocolError(ProtocolError):
    """Our side asked for something the protocol does not allow (an API misuse)."""


class RemoteProtocolError(ProtocolError):
    """The peer sent bytes or messages that break the protocol."""


class MacError(RemoteProtocolError):
    """An inbound packet failed its MAC or AEAD tag check (RFC 4250 reason MAC_ERROR, 5)."""

    default_reason = DisconnectReason.MAC_ERROR


class KexError(ProtocolError):
    """Key exchange failed: a peer value was invalid, a group was unacceptable, or a kex
    object was used out of order (for example ``finish()`` before ``start()``).

    Answered with SSH_MSG_DISCONNECT, reason KEY_EXCHANGE_FAILED (RFC 4253 §11.1, RFC 4250
    §4.2.2).
    """

    default_reason = DisconnectReason.KEY_EXCHANGE_FAILED

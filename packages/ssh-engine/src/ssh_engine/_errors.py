"""The engine's exception tree, rooted at :class:`ssh_wire.SSHError`.

A :class:`ProtocolError` carries the RFC 4250 §4.2.2 disconnect reason code that the engine
sends in SSH_MSG_DISCONNECT before it raises. :class:`LocalProtocolError` means our own side
broke the protocol (an illegal action, a bad argument); :class:`RemoteProtocolError` means
the peer sent something invalid. Fatal errors are sticky: once raised by a reader or an
engine, the same object keeps being raised. :class:`HostKeyRejected` is the client's refusal
of the server's host key (its ``reason`` is a short policy code, not a disconnect reason;
the driver sends HOST_KEY_NOT_VERIFIABLE before raising it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from ssh_wire import SSHError
from ssh_wire.keys import SSHCertificate, SSHKey
from ssh_wire.keys._public import key_from_public_blob
from ssh_wire.messages import DisconnectReason

__all__ = [
    "AuthError",
    "DisconnectError",
    "HostKeyRejected",
    "KexError",
    "LocalProtocolError",
    "MacError",
    "ProtocolError",
    "RemoteProtocolError",
]

_HostKey: TypeAlias = SSHKey | SSHCertificate


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


class DisconnectError(SSHError):
    """The peer ended the connection with SSH_MSG_DISCONNECT (RFC 4253 §11.1).

    Attributes:
        reason: the peer's RFC 4250 §4.2.2 reason code (the seed's ``err.code``).
        description: the peer's text.
    """

    def __init__(self, reason: int, description: str) -> None:
        super().__init__(f"disconnected by the peer ({reason}): {description}")
        self.reason = reason
        self.description = description

    def __reduce__(self) -> tuple[type[DisconnectError], tuple[int, str]]:
        return (type(self), (self.reason, self.description))


class AuthError(SSHError):
    """User authentication failed: every method tried was refused (the seed's
    "All configured authentication methods failed").

    Attributes:
        tried: the methods tried, in order (``publickey`` once per key, whatever the
            number of signature algorithms tried with it).
        methods_left: what the server said can still continue, as of its last answer.
        partial_success: the last refusal was a partial success (more factors needed).
    """

    def __init__(
        self,
        message: str,
        tried: tuple[str, ...] = (),
        methods_left: tuple[str, ...] = (),
        partial_success: bool = False,
    ) -> None:
        detail = f"{message}; tried: {', '.join(tried) or 'nothing'}"
        detail += f"; the server allows: {', '.join(methods_left) or 'nothing'}"
        super().__init__(detail)
        self.message = message
        self.tried = tried
        self.methods_left = methods_left
        self.partial_success = partial_success

    def __reduce__(
        self,
    ) -> tuple[type[AuthError], tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
        return (type(self), (self.message, self.tried, self.methods_left, self.partial_success))


class KexError(ProtocolError):
    """Key exchange failed: a peer value was invalid, a group was unacceptable, or a kex
    object was used out of order (for example ``finish()`` before ``start()``).

    Answered with SSH_MSG_DISCONNECT, reason KEY_EXCHANGE_FAILED (RFC 4253 §11.1, RFC 4250
    §4.2.2).
    """

    default_reason = DisconnectReason.KEY_EXCHANGE_FAILED


class HostKeyRejected(SSHError):
    """The server's host key was refused; the connection must not go on.

    Raised by the host key verifiers of ``ssh_engine._hostkeys`` and, after the client sent
    SSH_MSG_DISCONNECT (HOST_KEY_NOT_VERIFIABLE, RFC 4250 §4.2.2 reason 9), by the driver's
    ``connect``. The message names the key type and its SHA256 fingerprint.

    Attributes:
        key: the refused key or certificate.
        host: the host name as connected to.
        port: the port.
        reason: a short code: ``unknown``, ``changed``, ``revoked``, ``invalid-certificate``,
            ``rejected`` (a callback said no), ``callback-error`` or ``no-verifier``.
        detail: the human-readable explanation (part of the message).
    """

    def __init__(self, key: _HostKey, host: str, port: int | None, reason: str, detail: str):
        self.key = key
        self.host = host
        self.port = port
        self.reason = reason
        self.detail = detail
        where = host if port in (None, 22) else f"[{host}]:{port}"
        super().__init__(
            f"host key {key.type} {key.fingerprint()} for {where} refused ({reason}): {detail}"
        )

    def __reduce__(
        self,
    ) -> tuple[Callable[..., HostKeyRejected], tuple[object, ...]]:
        # cryptography keys do not pickle; the wire blob rebuilds the same key.
        key = self.key
        blob = key.blob if isinstance(key, SSHCertificate) else key.public_blob
        return (
            _rebuild_rejected,
            (type(self), blob, self.host, self.port, self.reason, self.detail),
        )


def _rebuild_rejected(
    cls: type[HostKeyRejected], blob: bytes, host: str, port: int | None, reason: str, detail: str
) -> HostKeyRejected:
    return cls(key_from_public_blob(blob), host, port, reason, detail)

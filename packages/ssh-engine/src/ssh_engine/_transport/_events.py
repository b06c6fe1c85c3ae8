"""Events the transport engine hands out from ``receive_data`` and its actions.

Every event is a frozen, keyword-only dataclass with a past-tense name (h11 style): it
records something that already happened on the connection. The engine never calls back
into the application; the caller reacts to the events it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ssh_wire.keys import SSHCertificate, SSHKey

from .._negotiate import Negotiated
from .._version import Identification

__all__ = [
    "ConnectionClosed",
    "DebugReceived",
    "DisconnectReceived",
    "Event",
    "ExtInfoReceived",
    "HostKeyReceived",
    "IdentificationReceived",
    "KexCompleted",
    "MessageReceived",
    "PongReceived",
    "ServiceAccepted",
    "UnimplementedReceived",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base class of every transport event."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IdentificationReceived(Event):
    """The peer's identification line arrived (RFC 4253 §4.2).

    Attributes:
        identification: the parsed line.
        greeting: lines a server sent before its identification, CR LF joined (the seed's
            ``greeting``; empty on a server).
    """

    identification: Identification
    greeting: str


@dataclass(frozen=True, slots=True, kw_only=True)
class HostKeyReceived(Event):
    """Client only: the server proved it holds ``key`` by signing the exchange hash.

    The engine sends nothing more until the application calls ``accept_host_key()`` or
    ``reject_host_key()`` (fail closed).

    Attributes:
        key: the server's public host key, or its host certificate (the signature over H
            already verified; a certificate's CA is the verifier's to check).
        algorithm: the negotiated host key (signature) algorithm.
    """

    key: SSHKey | SSHCertificate
    algorithm: str


@dataclass(frozen=True, slots=True, kw_only=True)
class KexCompleted(Event):
    """A key exchange finished: NEWKEYS went both ways and the new keys are in use.

    Attributes:
        negotiated: the algorithms, in the seed's ``handshake`` event shape
            (``kex``, ``srv_host_key``, ``cs``/``sc`` cipher, mac, compress, lang).
        session_id: the exchange hash of the first kex (RFC 4253 §7.2), constant for the
            connection.
        initial: ``True`` for the first kex, ``False`` for a rekey.
    """

    negotiated: Negotiated
    session_id: bytes
    initial: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtInfoReceived(Event):
    """SSH_MSG_EXT_INFO arrived (RFC 8308 §2.3).

    Attributes:
        extensions: extension name to its decoded value (``ServerSigAlgs``, ``ExtVersion``…
            or raw ``bytes`` for unknown names).
        server_sig_algs: the ``server-sig-algs`` list when present, else ``None``.
    """

    extensions: dict[str, object]
    server_sig_algs: tuple[str, ...] | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceAccepted(Event):
    """The service named ``name`` is running (RFC 4253 §10): the client got SERVICE_ACCEPT,
    or the server sent it. From now on messages 50-255 travel as ``MessageReceived``."""

    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageReceived(Event):
    """A message for the layers above the transport (numbers 50-255, RFC 4250 §4.1.1).

    Attributes:
        payload: the whole payload, message number first: read-only, and owned by this
            event (a view of the decrypted packet, which nothing else uses, or ``bytes``).
        sequence_number: its packet's sequence number, for an SSH_MSG_UNIMPLEMENTED
            answer (``send_unimplemented``) when no layer knows the message.
    """

    payload: bytes | memoryview
    sequence_number: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class DisconnectReceived(Event):
    """The peer sent SSH_MSG_DISCONNECT (RFC 4253 §11.1); the connection is over."""

    reason: int
    description: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DebugReceived(Event):
    """The peer sent SSH_MSG_DEBUG (RFC 4253 §11.3)."""

    always_display: bool
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class UnimplementedReceived(Event):
    """The peer answered our packet ``sequence_number`` with SSH_MSG_UNIMPLEMENTED."""

    sequence_number: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PongReceived(Event):
    """The peer answered our ping@openssh.com (OpenSSH PROTOCOL, "transport: ping facility")."""

    data: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionClosed(Event):
    """The peer closed the byte stream (``receive_eof``) at a packet boundary."""

"""The transport's inbound state machine as data: (phase, message class) -> handler.

Theory of operation (RFC 4253 §4-§11, RFC 8308, OpenSSH PROTOCOL: strict kex, ping):

* VERSION: only the peer's identification line is read (``VersionReader``).
* KEX: the first key exchange, until the peer's first NEWKEYS has arrived. Only transport
  messages are legal; userauth/connection numbers (50-255) are a protocol error
  (CVE-2023-46445/46446 class). Under strict kex (both sides announced
  ``kex-strict-*-v00@openssh.com``) the peer's KEXINIT must be its first packet and any
  message that is not KEXINIT, a kex method message, NEWKEYS or DISCONNECT is fatal
  (the Terrapin countermeasure).
* SERVICE: keys are in use; the client asks for a service (RFC 4253 §10) and the server
  answers SERVICE_ACCEPT. EXT_INFO (RFC 8308) may arrive; a rekey may happen.
* OPEN: the service runs; messages 50-255 go up as ``MessageReceived`` (except
  ping@openssh.com 192/193, answered here).
* CLOSED: DISCONNECT went one way or the other; input is ignored.

Orthogonal to the phase, while the *peer* is inside a key exchange (its KEXINIT received,
its NEWKEYS not yet) it may send only transport-generic (1-4, unknown 1-49) and kex
messages (RFC 4253 §7.1); a second KEXINIT is an error. Kex method messages (30-49) are
checked against the exchange's current step by the kex driver. Direction: SERVICE_REQUEST
only from a client, SERVICE_ACCEPT only from a server.

A (phase, class) pair missing from :data:`HANDLERS` is a protocol error: the engine queues
DISCONNECT (PROTOCOL_ERROR) and raises :class:`RemoteProtocolError`.
"""

from __future__ import annotations

import enum
from typing import Final, Literal

__all__ = [
    "HANDLERS",
    "PEER_IN_KEX_ALLOWED",
    "SENT_BY",
    "STRICT_KEX_ALLOWED",
    "Inbound",
    "Phase",
    "classify",
]


class Phase(enum.Enum):
    """Where the connection stands, seen from the inbound direction."""

    VERSION = "version"
    KEX = "kex"
    SERVICE = "service"
    OPEN = "open"
    CLOSED = "closed"


class Inbound(enum.Enum):
    """Classes of inbound message numbers (RFC 4250 §4.1)."""

    DISCONNECT = 1
    IGNORE = 2
    UNIMPLEMENTED = 3
    DEBUG = 4
    SERVICE_REQUEST = 5
    SERVICE_ACCEPT = 6
    EXT_INFO = 7
    KEXINIT = 20
    NEWKEYS = 21
    KEX_METHOD = 30  # 30-49, method specific
    UNKNOWN_TRANSPORT = 0  # an undefined number in 1-49
    PING = 192
    PONG = 193
    UPPER = 50  # 50-255: userauth, connection, client protocols, local extensions


_FIXED: Final = {
    1: Inbound.DISCONNECT,
    2: Inbound.IGNORE,
    3: Inbound.UNIMPLEMENTED,
    4: Inbound.DEBUG,
    5: Inbound.SERVICE_REQUEST,
    6: Inbound.SERVICE_ACCEPT,
    7: Inbound.EXT_INFO,
    20: Inbound.KEXINIT,
    21: Inbound.NEWKEYS,
    192: Inbound.PING,
    193: Inbound.PONG,
}


def classify(msg_id: int) -> Inbound:
    """Returns the class of message number ``msg_id`` (0-255)."""
    found = _FIXED.get(msg_id)
    if found is not None:
        return found
    if 30 <= msg_id <= 49:
        return Inbound.KEX_METHOD
    if msg_id >= 50:
        return Inbound.UPPER
    return Inbound.UNKNOWN_TRANSPORT


Handler = Literal[
    "disconnect",
    "ignore",
    "unimplemented",
    "debug",
    "unknown",
    "kexinit",
    "newkeys",
    "kex_method",
    "service_request",
    "service_accept",
    "ext_info",
    "upper",
    "ping",
    "pong",
]

_GENERIC: Final[dict[Inbound, Handler]] = {
    Inbound.DISCONNECT: "disconnect",
    Inbound.IGNORE: "ignore",
    Inbound.UNIMPLEMENTED: "unimplemented",
    Inbound.DEBUG: "debug",
    Inbound.UNKNOWN_TRANSPORT: "unknown",
    Inbound.KEXINIT: "kexinit",
    Inbound.NEWKEYS: "newkeys",
    Inbound.KEX_METHOD: "kex_method",
}

#: (phase, class) -> handler name; everything else is a protocol error.
HANDLERS: Final[dict[tuple[Phase, Inbound], Handler]] = {
    **{(Phase.KEX, cls): name for cls, name in _GENERIC.items()},
    **{(Phase.SERVICE, cls): name for cls, name in _GENERIC.items()},
    (Phase.SERVICE, Inbound.SERVICE_REQUEST): "service_request",
    (Phase.SERVICE, Inbound.SERVICE_ACCEPT): "service_accept",
    (Phase.SERVICE, Inbound.EXT_INFO): "ext_info",
    **{(Phase.OPEN, cls): name for cls, name in _GENERIC.items()},
    # RFC 8308 §2.4: a server may send EXT_INFO again just before USERAUTH_SUCCESS.
    (Phase.OPEN, Inbound.EXT_INFO): "ext_info",
    (Phase.OPEN, Inbound.UPPER): "upper",
    (Phase.OPEN, Inbound.PING): "ping",
    (Phase.OPEN, Inbound.PONG): "pong",
}

#: Which role may send a class at all (the receiver must be the other role).
SENT_BY: Final[dict[Inbound, Literal["client", "server"]]] = {
    Inbound.SERVICE_REQUEST: "client",
    Inbound.SERVICE_ACCEPT: "server",
}

#: Legal while the peer is inside a key exchange (RFC 4253 §7.1).
PEER_IN_KEX_ALLOWED: Final = frozenset(
    {
        Inbound.DISCONNECT,
        Inbound.IGNORE,
        Inbound.UNIMPLEMENTED,
        Inbound.DEBUG,
        Inbound.UNKNOWN_TRANSPORT,
        Inbound.KEX_METHOD,
        Inbound.NEWKEYS,
    }
)

#: Legal during a strict initial kex after the peer's KEXINIT (OpenSSH PROTOCOL,
#: "transport: strict key exchange extension").
STRICT_KEX_ALLOWED: Final = frozenset({Inbound.DISCONNECT, Inbound.KEX_METHOD, Inbound.NEWKEYS})

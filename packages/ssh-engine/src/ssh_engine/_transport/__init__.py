"""The SSH transport layer (RFC 4253) as a sans-IO engine: version exchange, key exchange,
strict kex, EXT_INFO, service request, rekeying and DISCONNECT, in both roles."""

from __future__ import annotations

from ._engine import DEFAULT_SERVER_SIG_ALGS, TransportConfig, TransportEngine
from ._events import (
    ConnectionClosed,
    DebugReceived,
    DisconnectReceived,
    Event,
    ExtInfoReceived,
    HostKeyReceived,
    IdentificationReceived,
    KexCompleted,
    MessageReceived,
    PongReceived,
    ServiceAccepted,
    UnimplementedReceived,
)
from ._states import Phase

__all__ = [
    "DEFAULT_SERVER_SIG_ALGS",
    "ConnectionClosed",
    "DebugReceived",
    "DisconnectReceived",
    "Event",
    "ExtInfoReceived",
    "HostKeyReceived",
    "IdentificationReceived",
    "KexCompleted",
    "MessageReceived",
    "Phase",
    "PongReceived",
    "ServiceAccepted",
    "TransportConfig",
    "TransportEngine",
    "UnimplementedReceived",
]

"""The SSH connection protocol (RFC 4254) as a sans-IO engine, both roles: channels with
flow control, channel and global requests, in-order replies."""

from __future__ import annotations

from ._channel import ChannelState
from ._engine import CONNECTION_MESSAGES, MAX_SEND_CHUNK, PACKET_SLACK, ConnectionEngine
from ._events import (
    ChannelClosed,
    ChannelDataReceived,
    ChannelEofReceived,
    ChannelOpenConfirmed,
    ChannelOpenFailed,
    ChannelOpenRequested,
    ChannelRequestReceived,
    ChannelRequestReplied,
    ChannelWindowOpened,
    ConnectionEvent,
    GlobalRequestReceived,
    GlobalRequestReplied,
)
from ._requests import OPENED_BY

__all__ = [
    "CONNECTION_MESSAGES",
    "MAX_SEND_CHUNK",
    "OPENED_BY",
    "PACKET_SLACK",
    "ChannelClosed",
    "ChannelDataReceived",
    "ChannelEofReceived",
    "ChannelOpenConfirmed",
    "ChannelOpenFailed",
    "ChannelOpenRequested",
    "ChannelRequestReceived",
    "ChannelRequestReplied",
    "ChannelState",
    "ChannelWindowOpened",
    "ConnectionEngine",
    "ConnectionEvent",
    "GlobalRequestReceived",
    "GlobalRequestReplied",
]

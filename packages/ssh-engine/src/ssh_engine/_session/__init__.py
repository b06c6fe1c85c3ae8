"""The connection layer over asyncio: a multiplexer driving the connection engine over an
authenticated transport, channels as streams, and the server's session serving."""

from __future__ import annotations

from ._channel import DEFAULT_HIGH_WATER, Channel, ChannelClosedError, ExitSignal
from ._client_session import RunResult, run_command
from ._mux import ChannelOpenError, ConnectionMux, PeerChannelHandlers
from ._server_session import ServerSession, SessionHandler, SessionServer

__all__ = [
    "DEFAULT_HIGH_WATER",
    "Channel",
    "ChannelClosedError",
    "ChannelOpenError",
    "ConnectionMux",
    "ExitSignal",
    "PeerChannelHandlers",
    "RunResult",
    "ServerSession",
    "SessionHandler",
    "SessionServer",
    "run_command",
]

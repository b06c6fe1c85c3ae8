"""Events the connection engine hands out from ``receive_message`` (RFC 4254).

Every event is a frozen, keyword-only dataclass with a past-tense name (h11 style): it
records something that already happened. Channel ids in events are always *our* local ids;
the peer's ids never reach the application.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ChannelClosed",
    "ChannelDataReceived",
    "ChannelEofReceived",
    "ChannelOpenConfirmed",
    "ChannelOpenFailed",
    "ChannelOpenRequested",
    "ChannelRequestReceived",
    "ChannelRequestReplied",
    "ChannelWindowOpened",
    "ConnectionEvent",
    "GlobalRequestReceived",
    "GlobalRequestReplied",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionEvent:
    """Base class of every connection-layer event."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelOpenRequested(ConnectionEvent):
    """The peer asked to open a channel (RFC 4254 §5.1); answer it with ``accept_channel``
    or ``reject_channel``. Types this role can never receive were already refused by the
    engine and never show up here.

    Attributes:
        channel_id: the local id the engine reserved for the channel.
        channel_type: ``session``, ``direct-tcpip``, ``x11``… or any unknown name.
        info: the type-specific fields (``DirectTcpipChannelOpen``, ``X11ChannelOpen``…),
            ``None`` for types without fields (``session``), raw ``bytes`` for unknown types.
        peer_window: the peer's initial window (bytes we may send).
        peer_max_packet: the largest data packet the peer accepts.
    """

    channel_id: int
    channel_type: str
    info: object
    peer_window: int
    peer_max_packet: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelOpenConfirmed(ConnectionEvent):
    """The peer accepted a channel we opened (SSH_MSG_CHANNEL_OPEN_CONFIRMATION).

    Attributes:
        channel_id: our id.
        peer_window: the peer's initial window.
        peer_max_packet: the largest data packet the peer accepts.
        data: channel-type specific data after the standard fields (empty for every
            type defined so far).
    """

    channel_id: int
    peer_window: int
    peer_max_packet: int
    data: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelOpenFailed(ConnectionEvent):
    """The peer refused a channel we opened (SSH_MSG_CHANNEL_OPEN_FAILURE); the id is free.

    Attributes:
        reason: RFC 4254 §5.1 reason code (``ChannelOpenFailureReason``; unknown codes
            are passed through).
        description: the peer's text.
    """

    channel_id: int
    reason: int
    description: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelRequestReceived(ConnectionEvent):
    """The peer sent SSH_MSG_CHANNEL_REQUEST (RFC 4254 §5.4).

    When ``want_reply`` is true the application must answer with ``reply_request``;
    replies leave in the order the requests arrived on the channel.

    Attributes:
        request_type: ``exec``, ``pty-req``, ``exit-status``… or any unknown name.
        request: the parsed body (``ExecRequest``, ``PtyReq``…), ``None`` for requests
            without fields (``shell``), raw ``bytes`` for unknown types.
        request_id: the token to pass to ``reply_request``; ``None`` when no reply is
            wanted.
    """

    channel_id: int
    request_type: str
    want_reply: bool
    request: object
    request_id: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelRequestReplied(ConnectionEvent):
    """The peer answered one of our channel requests (CHANNEL_SUCCESS / CHANNEL_FAILURE).

    Attributes:
        request_type: the type of the request answered (the oldest one pending).
        success: ``True`` for SSH_MSG_CHANNEL_SUCCESS.
    """

    channel_id: int
    request_type: str
    success: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelDataReceived(ConnectionEvent):
    """Channel data arrived (RFC 4254 §5.2). Call ``consume(channel_id, len(data))`` once
    the bytes are processed, so the engine can reopen the window.

    Attributes:
        data: the bytes.
        stream: 0 for SSH_MSG_CHANNEL_DATA, else the extended data type code
            (1 = stderr).
    """

    channel_id: int
    data: bytes
    stream: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelWindowOpened(ConnectionEvent):
    """The peer enlarged its window (SSH_MSG_CHANNEL_WINDOW_ADJUST); buffered output was
    sent as far as the new window allowed.

    Attributes:
        window: bytes we may still send without buffering.
        pending: bytes still buffered for the channel.
    """

    channel_id: int
    window: int
    pending: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelEofReceived(ConnectionEvent):
    """The peer will send no more data on the channel (SSH_MSG_CHANNEL_EOF)."""

    channel_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelClosed(ConnectionEvent):
    """CHANNEL_CLOSE went both ways (RFC 4254 §5.3); the id is free and may be reused."""

    channel_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class GlobalRequestReceived(ConnectionEvent):
    """The peer sent SSH_MSG_GLOBAL_REQUEST (RFC 4254 §4).

    Attributes:
        request_name: ``tcpip-forward``, ``keepalive@openssh.com``… or any unknown name.
        request: the parsed body (``TcpipForwardRequest``, ``HostkeysRequest``…),
            ``None`` for requests without fields, raw ``bytes`` for unknown names.
        request_id: the token for ``reply_global_request``; ``None`` when no reply is wanted.
    """

    request_name: str
    want_reply: bool
    request: object
    request_id: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GlobalRequestReplied(ConnectionEvent):
    """The peer answered our oldest pending global request.

    Attributes:
        request_name: the name of the request answered.
        success: ``True`` for SSH_MSG_REQUEST_SUCCESS.
        data: the request-specific reply bytes (empty on failure).
        reply: ``data`` parsed when the request has a reply format
            (``TcpipForwardReply``, ``HostkeysProveReply``) and data is non-empty, else
            ``None``.
    """

    request_name: str
    success: bool
    data: bytes
    reply: object

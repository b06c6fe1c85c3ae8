"""One channel's state (RFC 4254 §5) and the inbound state table.

Theory of operation. A channel is known by two ids: ours (``local_id``, the one the
application and events use, and the recipient id in every message the peer sends) and the
peer's (``peer_id``, the recipient id of everything we send). Its life:

================  ===========================  =========================================
state             how it is entered            what the peer may send on it
================  ===========================  =========================================
OPENING           we sent CHANNEL_OPEN         OPEN_CONFIRMATION, OPEN_FAILURE
AWAITING_ACCEPT   the peer sent CHANNEL_OPEN   nothing (it does not know our id yet)
OPEN              confirmation either way      WINDOW_ADJUST, DATA, EXTENDED_DATA, EOF,
                                               CLOSE, REQUEST, SUCCESS, FAILURE
CLOSE_SENT        we sent CHANNEL_CLOSE        the same (crossing in flight; only CLOSE
                                               is acted on, the rest is dropped)
(freed)           CLOSE went both ways, or     nothing: any message is a protocol error
                  OPEN_FAILURE either way
================  ===========================  =========================================

RFC 4254 §5.3: after sending CLOSE a party sends nothing more on the channel, and the
channel (and its id) is gone once CLOSE went both ways. A peer's CLOSE in OPEN is answered
at once with ours, so there is no "close received" state. Orthogonal flags: the peer's EOF
(data after it is a protocol error, §5.3), our EOF, and deferred EOF/CLOSE, which the
application asked for while output was still buffered for lack of peer window: they leave
right after the last buffered byte, so EOF never overtakes data.

:data:`INBOUND` is the table: ``(state, message number) -> action``. A pair missing from it
is a protocol error; :data:`REFUSAL` says why, per state.
"""

from __future__ import annotations

import enum
from collections import deque
from typing import Final, Literal

from ._requests import ReplyQueue

__all__ = ["INBOUND", "MESSAGE_NAMES", "REFUSAL", "Action", "Channel", "ChannelState"]


class ChannelState(enum.Enum):
    """Where a channel stands (see the module docstring)."""

    OPENING = "opening"
    AWAITING_ACCEPT = "awaiting-accept"
    OPEN = "open"
    CLOSE_SENT = "close-sent"


Action = Literal["confirm", "fail", "adjust", "data", "eof", "close", "request", "reply", "drop"]

#: RFC 4250 §4.1.2 names of the channel messages, for error texts.
MESSAGE_NAMES: Final = {
    80: "GLOBAL_REQUEST",
    81: "REQUEST_SUCCESS",
    82: "REQUEST_FAILURE",
    90: "CHANNEL_OPEN",
    91: "CHANNEL_OPEN_CONFIRMATION",
    92: "CHANNEL_OPEN_FAILURE",
    93: "CHANNEL_WINDOW_ADJUST",
    94: "CHANNEL_DATA",
    95: "CHANNEL_EXTENDED_DATA",
    96: "CHANNEL_EOF",
    97: "CHANNEL_CLOSE",
    98: "CHANNEL_REQUEST",
    99: "CHANNEL_SUCCESS",
    100: "CHANNEL_FAILURE",
}

_S = ChannelState
_OPEN_TRAFFIC: Final[dict[int, Action]] = {
    93: "adjust",
    94: "data",
    95: "data",
    96: "eof",
    97: "close",
    98: "request",
    99: "reply",
    100: "reply",
}

#: (state, inbound message number) -> action; anything else is a protocol error.
INBOUND: Final[dict[tuple[ChannelState, int], Action]] = {
    (_S.OPENING, 91): "confirm",
    (_S.OPENING, 92): "fail",
    **{(_S.OPEN, num): action for num, action in _OPEN_TRAFFIC.items()},
    # Messages the peer sent before it saw our CLOSE are legal; data still counts against
    # the window (checked by the "data" action), everything but CLOSE is dropped.
    **{(_S.CLOSE_SENT, num): "drop" for num in (93, 96, 98, 99, 100)},
    (_S.CLOSE_SENT, 94): "data",
    (_S.CLOSE_SENT, 95): "data",
    (_S.CLOSE_SENT, 97): "close",
}

#: Why a message missing from :data:`INBOUND` is refused, by state.
REFUSAL: Final = {
    _S.OPENING: "before its CHANNEL_OPEN_CONFIRMATION",
    _S.AWAITING_ACCEPT: "before we confirmed the channel",
    _S.OPEN: "on an open channel",
    _S.CLOSE_SENT: "after we closed the channel",
}


class Channel:
    """The bookkeeping of one channel; the engine owns every transition.

    Windows (RFC 4254 §5.2): ``recv_window`` is what the peer may still send us,
    ``unconsumed`` what was delivered but not yet consumed by the application; the
    difference ``window_max - recv_window - unconsumed`` is consumed credit not yet given
    back by WINDOW_ADJUST. ``peer_window`` is what we may still send; output beyond it
    waits in ``pending`` (``(stream, view)`` pairs, ``pending_bytes`` in total).
    """

    __slots__ = (
        "channel_type",
        "close_pending",
        "eof_pending",
        "eof_received",
        "eof_sent",
        "incoming",
        "local_id",
        "local_max_packet",
        "outgoing",
        "peer_id",
        "peer_max_packet",
        "peer_window",
        "pending",
        "pending_bytes",
        "recv_window",
        "send_chunk",
        "state",
        "unconsumed",
        "window_max",
    )

    def __init__(
        self,
        local_id: int,
        channel_type: str,
        state: ChannelState,
        window_max: int,
        local_max_packet: int,
    ) -> None:
        self.local_id = local_id
        self.channel_type = channel_type
        self.state = state
        self.peer_id = -1
        self.window_max = window_max
        self.recv_window = window_max
        self.unconsumed = 0
        self.local_max_packet = local_max_packet
        self.peer_window = 0
        self.peer_max_packet = 0
        self.send_chunk = 0
        self.pending: deque[tuple[int, memoryview]] = deque()
        self.pending_bytes = 0
        self.eof_received = False
        self.eof_sent = False
        self.eof_pending = False
        self.close_pending = False
        #: the peer's requests waiting for our in-order replies (RFC 4254 §5.4)
        self.incoming = ReplyQueue()
        #: types of our requests that wait for the peer's reply, oldest first
        self.outgoing: deque[str] = deque()

    def set_peer(self, peer_id: int, window: int, max_packet: int, chunk_cap: int) -> None:
        """Records the peer's side of the channel from its OPEN or OPEN_CONFIRMATION."""
        self.peer_id = peer_id
        self.peer_window = window
        self.peer_max_packet = max_packet
        self.send_chunk = min(max_packet, chunk_cap)

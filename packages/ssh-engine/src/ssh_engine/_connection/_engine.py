"""The sans-IO SSH connection protocol engine (RFC 4254), both roles, h11-style.

Theory of operation: :class:`ConnectionEngine` sits above the transport. The driver feeds it
the payloads of messages 80-127 with :meth:`~ConnectionEngine.receive_message` and gets
events back; everything the engine wants to send goes out at once through the ``send``
callable (the transport's ``send_message``), already in wire order. Actions
(``open_session``, ``send_data``, ``exec``, ``reply_request``, ``close_channel``…) check the
channel state (the table in ``_channel``) and raise :class:`LocalProtocolError` when
illegal, before changing anything.

Flow control (RFC 4254 §5.2): output beyond the peer's window is buffered per channel and
released by WINDOW_ADJUST; data chunks never exceed the peer's maximum packet size. Input
counts against the window we advertised; the application reports processed bytes with
:meth:`~ConnectionEngine.consume`, and the engine gives credit back with WINDOW_ADJUST once
the peer's view of our window fell below half, so a slow consumer throttles the peer.

Replies to the peer's requests leave in arrival order (RFC 4254 §4, §5.4) whatever order
the application answers in (``_requests.ReplyQueue``).

Errors: a :class:`RemoteProtocolError` raised while handling input is sticky (later calls
raise the same object); the driver sends DISCONNECT with its ``reason``. The CHANNEL_DATA
and CHANNEL_EXTENDED_DATA hot paths read and write their fixed headers with ``struct``
directly (the generated codec builds a dataclass per packet); everything else goes through
the generated codecs of ``ssh_wire.messages``.
"""

from __future__ import annotations

import struct
from collections import deque
from collections.abc import Callable
from typing import Any, Final

from ssh_wire import REPLIES, DecodeError, EncodeError, UnknownMessageError, decode, decode_message
from ssh_wire import encode_message as _encode
from ssh_wire.messages import (
    ChannelClose,
    ChannelEof,
    ChannelFailure,
    ChannelOpen,
    ChannelOpenConfirmation,
    ChannelOpenFailure,
    ChannelOpenFailureReason,
    ChannelRequest,
    ChannelSuccess,
    ChannelWindowAdjust,
    DirectTcpipChannelOpen,
    ForwardedTcpipChannelOpen,
    GlobalRequest,
    RequestFailure,
    RequestSuccess,
)

from .._errors import LocalProtocolError, RemoteProtocolError
from .._packet import FRAME_HEADROOM, FRAME_TAILROOM
from ._channel import INBOUND, MESSAGE_NAMES, REFUSAL, Channel, ChannelState
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
from ._requests import OPENED_BY, SESSION_REQUEST_SENT_BY, ReplyQueue, Role
from ._session import SessionRequests

__all__ = ["CONNECTION_MESSAGES", "MAX_SEND_CHUNK", "PACKET_SLACK", "ConnectionEngine"]

_MASK32: Final = 0xFFFFFFFF
_DATA_HDR: Final = struct.Struct(">BII")  # SSH_MSG_CHANNEL_DATA, recipient, data length
_EXT_HDR: Final = struct.Struct(">BIII")  # ..._EXTENDED_DATA, recipient, type code, length
# The same headers behind the packet header's reserved room, for framed buffers.
_DATA_FRAME: Final = struct.Struct(f">{FRAME_HEADROOM}xBII")
_EXT_FRAME: Final = struct.Struct(f">{FRAME_HEADROOM}xBIII")
_TAIL: Final = bytes(FRAME_TAILROOM)
_EMPTY: Final = bytearray()
#: Inbound data may exceed our advertised maximum packet size by this much: RFC 4254 §5.1
#: leaves open whether the limit counts only the data or the whole message, and peers
#: differ; a little tolerance avoids killing a connection over that ambiguity.
PACKET_SLACK: Final = 1024
#: Our data chunks never exceed this, whatever the peer's maximum packet size says, so one
#: chunk always fits a 256 KiB transport packet (OpenSSH's and our packet length limit).
MAX_SEND_CHUNK: Final = 256 * 1024 - 1024
#: The message numbers RFC 4254 defines (§4-§5.4); the rest of 80-127 is reserved.
CONNECTION_MESSAGES: Final = frozenset({80, 81, 82, *range(90, 101)})
#: How many freed ids are remembered, so late messages get a precise error text.
_CLOSED_MEMORY: Final = 256

_Buffer = bytes | memoryview


def _peer_role(role: Role) -> Role:
    return "server" if role == "client" else "client"


def _data_frame(peer: int, stream: int, data: memoryview) -> bytearray:
    """Returns CHANNEL_DATA (``stream`` 0) or CHANNEL_EXTENDED_DATA carrying ``data`` (RFC
    4254 §5.2), encoded straight into a framed buffer: the one copy the data costs."""
    if stream:
        head = _EXT_FRAME.pack(95, peer, stream, len(data))
    else:
        head = _DATA_FRAME.pack(94, peer, len(data))
    return _EMPTY.join((head, data, _TAIL))


class ConnectionEngine(SessionRequests):
    """The connection protocol of one SSH connection (RFC 4254), in either role.

    Args:
        role: ``"client"`` or ``"server"``.
        send: called with each outbound payload (the transport's ``send_message``).
        send_framed: called with each data message encoded into a framed buffer (the
            transport's ``send_framed``, which seals it in place); by default the payload
            is copied out and given to ``send``.
        window_size: the window we advertise per channel (OpenSSH: 2 MiB).
        max_packet_size: the largest data packet we accept per channel (OpenSSH: 32 KiB).
        max_channels: channels open at once; a peer's open beyond it is refused with
            RESOURCE_SHORTAGE.

    Raises:
        ValueError: a setting is out of range.
    """

    def __init__(
        self,
        role: Role,
        send: Callable[[bytes], None],
        *,
        send_framed: Callable[[bytearray], None] | None = None,
        window_size: int = 2 * 1024 * 1024,
        max_packet_size: int = 32768,
        max_channels: int = 1024,
    ) -> None:
        if role not in ("client", "server"):
            raise ValueError(f"role must be 'client' or 'server', not {role!r}")
        _check_window_args(window_size, max_packet_size)
        if max_channels < 1:
            raise ValueError("max_channels must be at least 1")
        self.role: Final[Role] = role
        self._send = send
        self._send_framed = send_framed or self._send_unframed
        self.window_size = window_size
        self.max_packet_size = max_packet_size
        self.max_channels = max_channels
        self._channels: dict[int, Channel] = {}
        self._next_id = 0
        self._closed_ids: deque[int] = deque()
        self._closed_set: set[int] = set()
        self._next_request_id = 0
        self._global_replies = ReplyQueue()
        self._global_pending: deque[str] = deque()
        self._no_more_sessions = False
        self._error: RemoteProtocolError | None = None
        self._dispatch: dict[int, Callable[[Any, list[ConnectionEvent]], None]] = {
            80: self._on_global_request,
            81: self._on_global_reply,
            82: self._on_global_reply,
            90: self._on_channel_open,
            94: self._on_data,
            95: self._on_extended_data,
            **{num: self._on_channel_message for num in (91, 92, 93, 96, 97, 98, 99, 100)},
        }

    # ------------------------------------------------------------------ inspection

    @property
    def channel_ids(self) -> tuple[int, ...]:
        """Returns the local ids of every channel not yet freed."""
        return tuple(self._channels)

    def channel_state(self, channel_id: int) -> ChannelState | None:
        """Returns the state of ``channel_id``, or ``None`` when no such channel exists."""
        chan = self._channels.get(channel_id)
        return None if chan is None else chan.state

    def channel_type(self, channel_id: int) -> str:
        """Returns the type of ``channel_id``.

        Raises:
            LocalProtocolError: no such channel.
        """
        return self._get(channel_id).channel_type

    def pending_output(self, channel_id: int) -> int:
        """Returns the bytes buffered for ``channel_id`` waiting for the peer's window.

        Raises:
            LocalProtocolError: no such channel.
        """
        return self._get(channel_id).pending_bytes

    def send_window(self, channel_id: int) -> int:
        """Returns the bytes we may still send on ``channel_id`` without buffering.

        Raises:
            LocalProtocolError: no such channel.
        """
        return self._get(channel_id).peer_window

    # ------------------------------------------------------------------ input

    def receive_message(self, payload: bytes | bytearray | memoryview) -> list[ConnectionEvent]:
        """Handles one connection protocol message (numbers 80-127, message number first).

        A memoryview payload is sliced without copying; each data event holds one ``bytes``.

        Returns:
            The events, in order.
        Raises:
            RemoteProtocolError: the message is malformed or illegal here (sticky; the
                caller sends DISCONNECT with ``exc.reason``).
            LocalProtocolError: the payload is not a connection protocol message (80-127)
                at all, so the caller routed it wrongly.
        """
        if self._error is not None:
            raise self._error
        if not payload:
            raise LocalProtocolError("empty payload passed to the connection engine")
        if isinstance(payload, bytearray):
            payload = memoryview(payload)
        msg_id = payload[0]
        handler = self._dispatch.get(msg_id)
        events: list[ConnectionEvent] = []
        try:
            if handler is None:
                if not 80 <= msg_id <= 127:
                    raise LocalProtocolError(
                        f"message {msg_id} is not a connection protocol message (80-127)"
                    )
                # RFC 4250 §4.1.2: 83-89 and 101-127 are reserved; nobody sends them.
                raise RemoteProtocolError(f"unassigned connection protocol message {msg_id}")
            handler(payload, events)
        except RemoteProtocolError as exc:
            self._error = exc
            raise
        return events

    # --- global requests (RFC 4254 §4)

    def _on_global_request(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        msg = _decode(payload, GlobalRequest)
        request_id = self._request_token(msg.want_reply, self._global_replies)
        if msg.request_name == "no-more-sessions@openssh.com" and self.role == "server":
            # OpenSSH PROTOCOL §2.2: later session opens are a protocol violation.
            self._no_more_sessions = True
        events.append(
            GlobalRequestReceived(
                request_name=msg.request_name,
                want_reply=msg.want_reply,
                request=msg.body,
                request_id=request_id,
            )
        )

    def _on_global_reply(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        success = payload[0] == 81
        msg = _decode(payload, RequestSuccess if success else RequestFailure)
        if not self._global_pending:
            raise RemoteProtocolError(
                f"{MESSAGE_NAMES[payload[0]]} without a pending global request"
            )
        name = self._global_pending.popleft()
        data = bytes(msg.data) if success else b""
        reply: object = None
        entry = REPLIES.get(("GlobalRequest", name))
        if success and data and entry is not None:
            try:
                reply = decode(entry[1], data)
            except DecodeError as exc:
                raise RemoteProtocolError(f"malformed reply to {name}: {exc}") from None
        events.append(
            GlobalRequestReplied(request_name=name, success=success, data=data, reply=reply)
        )

    # --- channel open (RFC 4254 §5.1)

    def _on_channel_open(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        msg = _decode(payload, ChannelOpen)
        ctype = msg.channel_type
        peer = msg.sender_channel
        if OPENED_BY.get(ctype, self._peer) == self.role:
            # See _requests: refused without bothering the application, like OpenSSH.
            self._refuse(
                peer,
                ChannelOpenFailureReason.ADMINISTRATIVELY_PROHIBITED,
                f"{ctype} channels are not opened by the {self._peer}",
            )
            return
        if ctype == "session" and self._no_more_sessions:
            raise RemoteProtocolError("session channel opened after no-more-sessions@openssh.com")
        if msg.maximum_packet_size == 0:
            raise RemoteProtocolError(f"CHANNEL_OPEN of {ctype} with maximum packet size 0")
        if len(self._channels) >= self.max_channels:
            self._refuse(
                peer,
                ChannelOpenFailureReason.RESOURCE_SHORTAGE,
                f"too many channels (limit {self.max_channels})",
            )
            return
        chan = self._new_channel(self._free_id(), ctype, ChannelState.AWAITING_ACCEPT, None, None)
        chan.set_peer(peer, msg.initial_window_size, msg.maximum_packet_size, MAX_SEND_CHUNK)
        events.append(
            ChannelOpenRequested(
                channel_id=chan.local_id,
                channel_type=ctype,
                info=msg.body,
                peer_window=msg.initial_window_size,
                peer_max_packet=msg.maximum_packet_size,
            )
        )

    def _refuse(self, peer_id: int, reason: int, description: str) -> None:
        self._send(
            _encode(
                ChannelOpenFailure(
                    recipient_channel=peer_id,
                    reason_code=reason,
                    description=description,
                    language_tag=b"",
                )
            )
        )

    # --- messages addressed to one of our channels

    def _lookup(self, msg_id: int, recipient: int) -> Channel:
        chan = self._channels.get(recipient)
        if chan is None:
            name = MESSAGE_NAMES[msg_id]
            if recipient in self._closed_set:
                raise RemoteProtocolError(f"{name} for channel {recipient}, which is closed")
            raise RemoteProtocolError(f"{name} for unknown channel {recipient}")
        return chan

    def _action(self, msg_id: int, chan: Channel) -> str:
        action = INBOUND.get((chan.state, msg_id))
        if action is None:
            raise RemoteProtocolError(
                f"{MESSAGE_NAMES[msg_id]} on channel {chan.local_id} {REFUSAL[chan.state]}"
            )
        return action

    def _on_channel_message(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        msg = _decode_any(payload)
        msg_id = payload[0]
        chan = self._lookup(msg_id, msg.recipient_channel)
        action = self._action(msg_id, chan)
        if action == "drop":
            return
        if action == "confirm":
            self._on_confirm(chan, msg, events)
        elif action == "fail":
            self._free(chan)
            events.append(
                ChannelOpenFailed(
                    channel_id=chan.local_id, reason=msg.reason_code, description=msg.description
                )
            )
        elif action == "adjust":
            self._on_window_adjust(chan, msg.bytes_to_add, events)
        elif action == "eof":
            if chan.eof_received:
                raise RemoteProtocolError(f"second CHANNEL_EOF on channel {chan.local_id}")
            chan.eof_received = True
            events.append(ChannelEofReceived(channel_id=chan.local_id))
        elif action == "close":
            self._on_close(chan, events)
        elif action == "request":
            request_id = self._request_token(msg.want_reply, chan.incoming)
            events.append(
                ChannelRequestReceived(
                    channel_id=chan.local_id,
                    request_type=msg.request_type,
                    want_reply=msg.want_reply,
                    request=msg.body,
                    request_id=request_id,
                )
            )
        else:  # reply
            if not chan.outgoing:
                raise RemoteProtocolError(
                    f"{MESSAGE_NAMES[msg_id]} on channel {chan.local_id} without a pending request"
                )
            events.append(
                ChannelRequestReplied(
                    channel_id=chan.local_id,
                    request_type=chan.outgoing.popleft(),
                    success=msg_id == 99,
                )
            )

    def _on_confirm(
        self, chan: Channel, msg: ChannelOpenConfirmation, events: list[ConnectionEvent]
    ) -> None:
        if msg.maximum_packet_size == 0:
            raise RemoteProtocolError(
                f"CHANNEL_OPEN_CONFIRMATION of channel {chan.local_id} with maximum packet size 0"
            )
        chan.set_peer(
            msg.sender_channel, msg.initial_window_size, msg.maximum_packet_size, MAX_SEND_CHUNK
        )
        chan.state = ChannelState.OPEN
        events.append(
            ChannelOpenConfirmed(
                channel_id=chan.local_id,
                peer_window=msg.initial_window_size,
                peer_max_packet=msg.maximum_packet_size,
                data=bytes(msg.channel_specific_data),
            )
        )
        if chan.close_pending:  # close_channel() was called while the open was in flight
            self._send_close(chan)

    def _on_window_adjust(self, chan: Channel, add: int, events: list[ConnectionEvent]) -> None:
        window = chan.peer_window + add
        if window > _MASK32:
            # RFC 4254 §5.2: the window MUST NOT be increased above 2^32 - 1 bytes.
            raise RemoteProtocolError(
                f"CHANNEL_WINDOW_ADJUST on channel {chan.local_id} grows the window past "
                f"2^32-1 ({chan.peer_window} + {add})"
            )
        chan.peer_window = window
        self._flush(chan)
        events.append(
            ChannelWindowOpened(
                channel_id=chan.local_id, window=chan.peer_window, pending=chan.pending_bytes
            )
        )

    def _on_close(self, chan: Channel, events: list[ConnectionEvent]) -> None:
        if chan.state is ChannelState.OPEN:
            # RFC 4254 §5.3: a party receiving CLOSE MUST send back CLOSE unless it already
            # did; buffered output and unanswered requests can no longer be sent.
            self._send(_encode(ChannelClose(recipient_channel=chan.peer_id)))
        self._free(chan)
        events.append(ChannelClosed(channel_id=chan.local_id))

    # --- data (RFC 4254 §5.2), the hot path

    def _on_data(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        if len(payload) < 9:
            raise RemoteProtocolError("truncated CHANNEL_DATA")
        _, recipient, size = _DATA_HDR.unpack_from(payload, 0)
        if 9 + size != len(payload):
            raise RemoteProtocolError(
                f"CHANNEL_DATA length field {size} does not match the {len(payload)}-byte message"
            )
        self._deliver(payload, 94, recipient, 9, size, 0, events)

    def _on_extended_data(self, payload: _Buffer, events: list[ConnectionEvent]) -> None:
        if len(payload) < 13:
            raise RemoteProtocolError("truncated CHANNEL_EXTENDED_DATA")
        _, recipient, code, size = _EXT_HDR.unpack_from(payload, 0)
        if 13 + size != len(payload):
            raise RemoteProtocolError(
                f"CHANNEL_EXTENDED_DATA length field {size} does not match the "
                f"{len(payload)}-byte message"
            )
        self._deliver(payload, 95, recipient, 13, size, code, events)

    def _deliver(
        self,
        payload: _Buffer,
        msg_id: int,
        recipient: int,
        start: int,
        size: int,
        stream: int,
        events: list[ConnectionEvent],
    ) -> None:
        chan = self._channels.get(recipient)
        if chan is None or chan.state is not ChannelState.OPEN:
            chan = self._lookup(msg_id, recipient)
            self._action(msg_id, chan)  # raises unless CLOSE_SENT
        if chan.eof_received:
            # RFC 4254 §5.3: no more data is sent on a channel after EOF.
            raise RemoteProtocolError(
                f"{MESSAGE_NAMES[msg_id]} on channel {recipient} after CHANNEL_EOF"
            )
        if size > chan.local_max_packet + PACKET_SLACK:
            raise RemoteProtocolError(
                f"{MESSAGE_NAMES[msg_id]} of {size} bytes on channel {recipient} exceeds the "
                f"maximum packet size {chan.local_max_packet}"
            )
        if size > chan.recv_window:
            # RFC 4254 §5.2: the peer may send no more than the window allows.
            raise RemoteProtocolError(
                f"{MESSAGE_NAMES[msg_id]} of {size} bytes on channel {recipient} exceeds the "
                f"window ({chan.recv_window} bytes left)"
            )
        chan.recv_window -= size
        if chan.state is not ChannelState.OPEN:
            return  # CLOSE_SENT: we no longer want it
        chan.unconsumed += size
        data = payload[start:]
        events.append(
            ChannelDataReceived(
                channel_id=recipient,
                data=data if type(data) is bytes else bytes(data),
                stream=stream,
            )
        )
        self._maybe_adjust(chan)

    # ------------------------------------------------------------------ channels

    def open_channel(
        self,
        channel_type: str,
        info: object = None,
        *,
        window_size: int | None = None,
        max_packet_size: int | None = None,
    ) -> int:
        """Sends SSH_MSG_CHANNEL_OPEN (RFC 4254 §5.1).

        Args:
            channel_type: the type name.
            info: the type-specific fields: the generated struct of a known type
                (``DirectTcpipChannelOpen``…), ``None`` for types without fields, raw
                ``bytes`` for unknown types.
            window_size / max_packet_size: this channel's receive settings (default: the
                engine's).

        Returns:
            The new channel's local id; ``ChannelOpenConfirmed`` or ``ChannelOpenFailed``
            follows.
        Raises:
            LocalProtocolError: this role never opens ``channel_type``, too many channels,
                ``info`` does not fit the type, or the engine failed.
        """
        self._check_usable()
        if OPENED_BY.get(channel_type, self.role) != self.role:
            raise LocalProtocolError(f"a {self.role} does not open {channel_type} channels")
        window = self.window_size if window_size is None else window_size
        packet = self.max_packet_size if max_packet_size is None else max_packet_size
        _check_window_args(window, packet, LocalProtocolError)
        if len(self._channels) >= self.max_channels:
            raise LocalProtocolError(f"too many channels (limit {self.max_channels})")
        local_id = self._free_id()
        payload = _encode_local(
            ChannelOpen(
                channel_type=channel_type,
                sender_channel=local_id,
                initial_window_size=window,
                maximum_packet_size=packet,
                body=info,  # type: ignore[arg-type]
            )
        )
        self._new_channel(local_id, channel_type, ChannelState.OPENING, window, packet)
        self._send(payload)
        return local_id

    def open_session(
        self, *, window_size: int | None = None, max_packet_size: int | None = None
    ) -> int:
        """Opens a ``session`` channel (RFC 4254 §6.1); client only.

        Returns:
            The local channel id.
        Raises:
            LocalProtocolError: see :meth:`open_channel`.
        """
        return self.open_channel(
            "session", window_size=window_size, max_packet_size=max_packet_size
        )

    def open_direct_tcpip(
        self,
        host: str,
        port: int,
        originator_address: str = "127.0.0.1",
        originator_port: int = 0,
        **settings: int | None,
    ) -> int:
        """Opens a ``direct-tcpip`` channel to ``host:port`` (RFC 4254 §7.2); client only.

        Returns:
            The local channel id.
        Raises:
            LocalProtocolError: see :meth:`open_channel`.
        """
        info = DirectTcpipChannelOpen(
            host_to_connect=host,
            port_to_connect=port,
            originator_address=originator_address,
            originator_port=originator_port,
        )
        return self.open_channel("direct-tcpip", info, **settings)

    def open_forwarded_tcpip(
        self,
        address: str,
        port: int,
        originator_address: str,
        originator_port: int,
        **settings: int | None,
    ) -> int:
        """Opens a ``forwarded-tcpip`` channel for a connection to a port the client asked us
        to forward (RFC 4254 §7.2); server only.

        Returns:
            The local channel id.
        Raises:
            LocalProtocolError: see :meth:`open_channel`.
        """
        info = ForwardedTcpipChannelOpen(
            address_connected=address,
            port_connected=port,
            originator_address=originator_address,
            originator_port=originator_port,
        )
        return self.open_channel("forwarded-tcpip", info, **settings)

    def accept_channel(
        self,
        channel_id: int,
        *,
        window_size: int | None = None,
        max_packet_size: int | None = None,
        data: bytes = b"",
    ) -> None:
        """Confirms a channel the peer opened (SSH_MSG_CHANNEL_OPEN_CONFIRMATION).

        Raises:
            LocalProtocolError: no such channel, or it is not waiting for an answer.
        """
        chan = self._get_in(channel_id, ChannelState.AWAITING_ACCEPT, "accept")
        window = self.window_size if window_size is None else window_size
        packet = self.max_packet_size if max_packet_size is None else max_packet_size
        _check_window_args(window, packet, LocalProtocolError)
        chan.window_max = chan.recv_window = window
        chan.local_max_packet = packet
        chan.state = ChannelState.OPEN
        self._send(
            _encode_local(
                ChannelOpenConfirmation(
                    recipient_channel=chan.peer_id,
                    sender_channel=channel_id,
                    initial_window_size=window,
                    maximum_packet_size=packet,
                    channel_specific_data=data,
                )
            )
        )

    def reject_channel(
        self,
        channel_id: int,
        reason: int = ChannelOpenFailureReason.ADMINISTRATIVELY_PROHIBITED,
        description: str = "",
    ) -> None:
        """Refuses a channel the peer opened (SSH_MSG_CHANNEL_OPEN_FAILURE); the id is freed.

        Raises:
            LocalProtocolError: no such channel, not waiting for an answer, or ``reason``
                does not fit a uint32.
        """
        chan = self._get_in(channel_id, ChannelState.AWAITING_ACCEPT, "reject")
        payload = _encode_local(
            ChannelOpenFailure(
                recipient_channel=chan.peer_id,
                reason_code=reason,
                description=description,
                language_tag=b"",
            )
        )
        self._free(chan)
        self._send(payload)

    def send_eof(self, channel_id: int) -> None:
        """Sends SSH_MSG_CHANNEL_EOF (RFC 4254 §5.3), after any buffered output.

        Raises:
            LocalProtocolError: the channel is not open, or EOF/CLOSE was already asked for.
        """
        chan = self._get_open(channel_id, "send EOF on")
        if chan.eof_sent or chan.eof_pending:
            raise LocalProtocolError(f"EOF was already sent on channel {channel_id}")
        if chan.pending:
            chan.eof_pending = True
        else:
            self._send_eof(chan)

    def close_channel(self, channel_id: int, *, discard_output: bool = False) -> None:
        """Closes a channel (SSH_MSG_CHANNEL_CLOSE, RFC 4254 §5.3).

        CLOSE leaves after any buffered output (and a pending EOF), unless
        ``discard_output`` drops that output and sends CLOSE now. On a channel whose open is
        still in flight, CLOSE leaves as soon as it is confirmed. ``ChannelClosed`` follows
        once the peer's CLOSE arrived.

        Raises:
            LocalProtocolError: no such channel, it was opened by the peer and not answered
                (use :meth:`reject_channel`), or we already sent CLOSE.
        """
        chan = self._get(channel_id)
        state = chan.state
        if state is ChannelState.AWAITING_ACCEPT:
            raise LocalProtocolError(f"channel {channel_id} is not confirmed; reject it instead")
        if state is ChannelState.CLOSE_SENT or (chan.close_pending and not discard_output):
            raise LocalProtocolError(f"channel {channel_id} is already closing")
        if state is ChannelState.OPENING or (chan.pending and not discard_output):
            chan.close_pending = True
        else:
            self._send_close(chan)

    # ------------------------------------------------------------------ data

    def send_data(
        self, channel_id: int, data: bytes | bytearray | memoryview, stream: int = 0
    ) -> None:
        """Sends channel data (RFC 4254 §5.2); ``stream`` 0 is CHANNEL_DATA, any other
        value is the CHANNEL_EXTENDED_DATA type code (1 = stderr).

        Data is split into chunks no larger than the peer's maximum packet size; what
        exceeds the peer's window is buffered (see :meth:`pending_output`) and sent when
        WINDOW_ADJUST arrives. ``bytes`` are never copied before packet assembly; other
        buffers are copied only when they must wait.

        Raises:
            LocalProtocolError: the channel is not open, EOF or CLOSE was asked for, or
                ``stream`` is not a uint32.
        """
        chan = self._get_open(channel_id, "send data on")
        if chan.eof_sent or chan.eof_pending:
            raise LocalProtocolError(f"data after EOF on channel {channel_id}")
        if not 0 <= stream <= _MASK32:
            raise LocalProtocolError(f"extended data type {stream} is not a uint32")
        view = memoryview(data)
        if view.ndim != 1 or view.itemsize != 1:
            view = view.cast("B")
        total = len(view)
        if not total:
            return
        offset = 0
        if not chan.pending:
            window = chan.peer_window
            chunk = chan.send_chunk
            send = self._send_framed
            peer = chan.peer_id
            while offset < total and window:
                size = min(total - offset, window, chunk)
                end = offset + size
                send(_data_frame(peer, stream, view[offset:end]))
                window -= size
                offset = end
            chan.peer_window = window
        if offset < total:
            rest = view[offset:]
            if not isinstance(data, bytes):  # the caller may reuse a mutable buffer
                rest = memoryview(bytes(rest))
            chan.pending.append((stream, rest))
            chan.pending_bytes += total - offset

    def consume(self, channel_id: int, size: int) -> None:
        """Tells the engine the application processed ``size`` received bytes; once the
        peer's view of our window fell below half, the credit goes back in
        SSH_MSG_CHANNEL_WINDOW_ADJUST (RFC 4254 §5.2).

        Raises:
            LocalProtocolError: no such channel, or more bytes than were delivered and not
                yet consumed.
        """
        chan = self._get(channel_id)
        if not 0 <= size <= chan.unconsumed:
            raise LocalProtocolError(
                f"consume({size}) on channel {channel_id}, but only {chan.unconsumed} "
                "bytes are unconsumed"
            )
        chan.unconsumed -= size
        self._maybe_adjust(chan)

    def _maybe_adjust(self, chan: Channel) -> None:
        if chan.state is not ChannelState.OPEN or chan.eof_received:
            return
        if chan.recv_window >= chan.window_max // 2:
            return
        credit = chan.window_max - chan.recv_window - chan.unconsumed
        # Batch small credits: wait for at least one packet's worth unless the application
        # has consumed everything (then the whole credit goes back, so nothing can stall).
        if credit >= chan.local_max_packet or (credit and not chan.unconsumed):
            chan.recv_window += credit
            self._send(
                _encode(ChannelWindowAdjust(recipient_channel=chan.peer_id, bytes_to_add=credit))
            )

    def _flush(self, chan: Channel) -> None:
        pending = chan.pending
        send = self._send_framed
        peer = chan.peer_id
        chunk = chan.send_chunk
        while pending and chan.peer_window:
            stream, view = pending[0]
            size = min(len(view), chan.peer_window, chunk)
            send(_data_frame(peer, stream, view[:size]))
            chan.peer_window -= size
            chan.pending_bytes -= size
            if size == len(view):
                pending.popleft()
            else:
                pending[0] = (stream, view[size:])
        if not pending:
            if chan.eof_pending:
                self._send_eof(chan)
            if chan.close_pending:
                self._send_close(chan)

    # ------------------------------------------------------------------ channel requests

    def send_channel_request(
        self, channel_id: int, request_type: str, body: object = None, *, want_reply: bool = False
    ) -> None:
        """Sends SSH_MSG_CHANNEL_REQUEST (RFC 4254 §5.4).

        Args:
            body: the generated struct of a known type (``ExecRequest``, ``PtyReq``…),
                ``None`` for types without fields, raw ``bytes`` for unknown types.
            want_reply: ask for CHANNEL_SUCCESS/FAILURE (``ChannelRequestReplied``).

        Raises:
            LocalProtocolError: the channel is not open or is closing, this role never
                sends ``request_type`` on a session, or ``body`` does not fit the type.
        """
        chan = self._get_open(channel_id, "send a request on")
        if chan.close_pending:
            raise LocalProtocolError(f"channel {channel_id} is closing")
        sender = SESSION_REQUEST_SENT_BY.get(request_type)
        if sender is not None and sender != self.role and chan.channel_type == "session":
            raise LocalProtocolError(f"a {self.role} does not send {request_type} requests")
        payload = _encode_local(
            ChannelRequest(
                recipient_channel=chan.peer_id,
                request_type=request_type,
                want_reply=want_reply,
                body=body,  # type: ignore[arg-type]
            )
        )
        if want_reply:
            chan.outgoing.append(request_type)
        self._send(payload)

    def reply_request(
        self, channel_id: int, success: bool, *, request_id: int | None = None
    ) -> None:
        """Answers the peer's channel request ``request_id`` (default: the oldest
        unanswered one) with CHANNEL_SUCCESS or CHANNEL_FAILURE. Answers leave in the
        order the requests arrived (RFC 4254 §5.4); an early answer waits for earlier ones.

        Raises:
            LocalProtocolError: the channel is not open, or no such request waits.
        """
        chan = self._get_open(channel_id, "reply on")
        peer = chan.peer_id

        def emit(ok: bool, _data: bytes) -> None:
            msg = ChannelSuccess(peer) if ok else ChannelFailure(peer)
            self._send(_encode(msg))

        chan.incoming.answer(request_id, success, b"", emit)

    # ------------------------------------------------------------------ global requests

    def global_request(
        self, request_name: str, body: object = None, *, want_reply: bool = True
    ) -> None:
        """Sends SSH_MSG_GLOBAL_REQUEST (RFC 4254 §4); ``GlobalRequestReplied`` follows
        when ``want_reply``.

        Args:
            body: the generated struct of a known request (``TcpipForwardRequest``…),
                ``None`` for requests without fields, raw ``bytes`` for unknown names.

        Raises:
            LocalProtocolError: ``body`` does not fit the request, or the engine failed.
        """
        self._check_usable()
        payload = _encode_local(
            GlobalRequest(request_name=request_name, want_reply=want_reply, body=body)  # type: ignore[arg-type]
        )
        if want_reply:
            self._global_pending.append(request_name)
        self._send(payload)

    def reply_global_request(
        self, success: bool, data: object = b"", *, request_id: int | None = None
    ) -> None:
        """Answers the peer's global request ``request_id`` (default: the oldest unanswered
        one) with REQUEST_SUCCESS (carrying ``data``: bytes or a reply struct such as
        ``TcpipForwardReply``) or REQUEST_FAILURE. Answers leave in arrival order (RFC 4254
        §4).

        Raises:
            LocalProtocolError: no such request waits, or ``data`` cannot be encoded.
        """
        self._check_usable()
        raw = data if isinstance(data, bytes) else _encode_local(data)

        def emit(ok: bool, payload: bytes) -> None:
            self._send(_encode(RequestSuccess(payload) if ok else RequestFailure()))

        self._global_replies.answer(request_id, success, raw, emit)

    # ------------------------------------------------------------------ internals

    @property
    def _peer(self) -> Role:
        return _peer_role(self.role)

    def _check_usable(self) -> None:
        if self._error is not None:
            raise self._error

    def _request_token(self, want_reply: bool, queue: ReplyQueue) -> int | None:
        if not want_reply:
            return None
        self._next_request_id += 1
        queue.add(self._next_request_id)
        return self._next_request_id

    def _free_id(self) -> int:
        # Ids count up (wrapping at 2^32) so a freed id is not reused soon and late
        # messages for it get a precise error.
        local_id = self._next_id
        while local_id in self._channels or local_id in self._closed_set:
            local_id = (local_id + 1) & _MASK32
        self._next_id = (local_id + 1) & _MASK32
        return local_id

    def _new_channel(
        self,
        local_id: int,
        ctype: str,
        state: ChannelState,
        window: int | None,
        packet: int | None,
    ) -> Channel:
        chan = Channel(
            local_id,
            ctype,
            state,
            self.window_size if window is None else window,
            self.max_packet_size if packet is None else packet,
        )
        self._channels[chan.local_id] = chan
        return chan

    def _free(self, chan: Channel) -> None:
        del self._channels[chan.local_id]
        chan.pending.clear()
        chan.pending_bytes = 0
        self._closed_ids.append(chan.local_id)
        self._closed_set.add(chan.local_id)
        if len(self._closed_ids) > _CLOSED_MEMORY:
            self._closed_set.discard(self._closed_ids.popleft())

    def _send_unframed(self, buf: bytearray) -> None:
        """Hands the payload of a framed buffer to ``send`` (no ``send_framed`` given)."""
        with memoryview(buf) as mv:
            self._send(bytes(mv[FRAME_HEADROOM : len(buf) - FRAME_TAILROOM]))

    def _send_eof(self, chan: Channel) -> None:
        chan.eof_pending = False
        chan.eof_sent = True
        self._send(_encode(ChannelEof(recipient_channel=chan.peer_id)))

    def _send_close(self, chan: Channel) -> None:
        # RFC 4254 §5.3: nothing more is sent on the channel after CLOSE.
        chan.close_pending = False
        chan.eof_pending = False
        chan.pending.clear()
        chan.pending_bytes = 0
        chan.state = ChannelState.CLOSE_SENT
        self._send(_encode(ChannelClose(recipient_channel=chan.peer_id)))

    def _get(self, channel_id: int) -> Channel:
        self._check_usable()
        chan = self._channels.get(channel_id)
        if chan is None:
            if channel_id in self._closed_set:
                raise LocalProtocolError(f"channel {channel_id} is closed")
            raise LocalProtocolError(f"no channel {channel_id}")
        return chan

    def _get_in(self, channel_id: int, state: ChannelState, verb: str) -> Channel:
        chan = self._get(channel_id)
        if chan.state is not state:
            raise LocalProtocolError(
                f"cannot {verb} channel {channel_id} in state {chan.state.value}"
            )
        return chan

    def _get_open(self, channel_id: int, verb: str) -> Channel:
        return self._get_in(channel_id, ChannelState.OPEN, verb)


def _check_window_args(window: int, packet: int, error: type[Exception] = ValueError) -> None:
    if not 1 <= window <= _MASK32:
        raise error(f"window size {window} is not in 1..2^32-1")
    if not 1 <= packet <= _MASK32:
        raise error(f"maximum packet size {packet} is not in 1..2^32-1")


def _decode(payload: _Buffer, cls: type[Any]) -> Any:
    """Returns ``payload`` decoded as ``cls``; raises RemoteProtocolError when malformed."""
    try:
        return decode(cls, payload)
    except DecodeError as exc:
        raise RemoteProtocolError(f"malformed {MESSAGE_NAMES[payload[0]]}: {exc}") from None


def _decode_any(payload: _Buffer) -> Any:
    try:
        return decode_message(payload)
    except (DecodeError, UnknownMessageError) as exc:
        raise RemoteProtocolError(f"malformed {MESSAGE_NAMES[payload[0]]}: {exc}") from None


def _encode_local(msg: object) -> bytes:
    """Encodes a message built from application input; raises LocalProtocolError."""
    try:
        return _encode(msg)
    except EncodeError as exc:
        raise LocalProtocolError(f"cannot encode {type(msg).__name__}: {exc}") from None

"""Drives the connection protocol engine over an authenticated transport connection.

Theory of operation: one reader task per connection (:meth:`ConnectionMux.start`) pulls
transport events, feeds messages 80-127 to the :class:`ConnectionEngine` and routes its
events to :class:`~._channel.Channel` objects, open futures and reply futures. Writers never
wait for that task: they call engine actions and :meth:`ConnectionMux.flush_soon` (or await
:meth:`ConnectionMux.flush`). Peer-opened channels and session requests go to the
``on_channel`` callback (server: a session handler, see ``_server_session``); unhandled ones
are refused, as OpenSSH does. When the connection ends, every channel and pending future
fails with :class:`~._channel.ChannelClosedError` chained to the cause.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Final, Protocol, TypeVar

from ssh_wire.keys import SSHKey
from ssh_wire.messages import (
    ChannelOpenFailureReason,
    ExitSignal,
    ExitStatus,
    HostkeysProveReply,
    HostkeysProveRequest,
    HostkeysRequest,
)

from .._connection import (
    CONNECTION_MESSAGES,
    ChannelClosed,
    ChannelDataReceived,
    ChannelEofReceived,
    ChannelOpenConfirmed,
    ChannelOpenFailed,
    ChannelOpenRequested,
    ChannelRequestReceived,
    ChannelRequestReplied,
    ChannelWindowOpened,
    ConnectionEngine,
    ConnectionEvent,
    GlobalRequestReceived,
    GlobalRequestReplied,
)
from .._errors import DisconnectError, KexError, ProtocolError
from .._hostkey_algs import (
    HOSTKEYS_PROVE_REQUEST,
    HOSTKEYS_REQUEST,
    check_proofs,
    hostkeys_announcement,
    parse_announced_keys,
    prove,
)
from .._transport import ConnectionClosed, DisconnectReceived, KexCompleted, MessageReceived
from .._transport._driver import TransportConnection
from ._channel import Channel, ChannelClosedError
from ._channel import ExitSignal as ExitSignalInfo

__all__ = ["ChannelOpenError", "ConnectionMux", "PeerChannelHandlers"]

_log = logging.getLogger("ssh_engine.connection")
_T = TypeVar("_T")
_FIRST_CONNECTION_MESSAGE: Final = 80
#: Bytes the transport may hold back during a key exchange before writers wait.
KEX_QUEUE_LIMIT: Final = 4 * 1024 * 1024


class PeerChannelHandlers(Protocol):
    """What serves the channels a peer opens (a server's sessions, forwarded ports…)."""

    async def on_channel_open(
        self, mux: ConnectionMux, event: ChannelOpenRequested
    ) -> Channel | None:
        """Returns the channel accepted with :meth:`ConnectionMux.accept_channel`, or None
        to refuse it."""

    async def on_channel_request(
        self, mux: ConnectionMux, channel: Channel, event: ChannelRequestReceived
    ) -> None:
        """Handles a request on an accepted peer channel, answering it when it wants a
        reply."""


class ChannelOpenError(ConnectionError):
    """The peer refused to open a channel (RFC 4254 §5.1).

    Attributes:
        reason: the RFC 4254 reason code.
        description: the peer's text.
    """

    def __init__(self, reason: int, description: str) -> None:
        super().__init__(f"channel open refused ({reason}): {description}")
        self.reason = reason
        self.description = description


class ConnectionMux:
    """The connection layer of one authenticated connection, over asyncio.

    Args:
        conn: the transport connection, after authentication.
        role: ``"client"`` or ``"server"``.
        handlers: serves the channels the peer opens (default: refuse them all).
        window_size, max_packet_size: our receive settings per channel.
        announce_host_keys: server: send ``hostkeys-00@openssh.com`` with all our host keys
            once started, as sshd does after authentication (OpenSSH PROTOCOL §2.5).
        on_host_keys: client: called (sync or async) with the server's host keys once it
            has proven it holds every one it announced (the seed's ``hostkeys`` event).

    Attributes:
        host_keys: client: the server's proven host keys (empty until announced).
    """

    def __init__(
        self,
        conn: TransportConnection,
        role: str,
        *,
        handlers: PeerChannelHandlers | None = None,
        window_size: int = 2 * 1024 * 1024,
        max_packet_size: int = 32768,
        announce_host_keys: bool = True,
        on_host_keys: Callable[[list[SSHKey]], object] | None = None,
    ) -> None:
        self.conn = conn
        self._announce = announce_host_keys and role == "server"
        self._on_host_keys = on_host_keys
        self.host_keys: list[SSHKey] = []
        self.engine = ConnectionEngine(
            "client" if role == "client" else "server",
            conn.engine.send_message,
            send_framed=conn.engine.send_framed,
            window_size=window_size,
            max_packet_size=max_packet_size,
        )
        self._handlers = handlers
        self._channels: dict[int, Channel] = {}
        self._opening: dict[int, asyncio.Future[Channel]] = {}
        self._global_replies: list[asyncio.Future[GlobalRequestReplied]] = []
        self._reader: asyncio.Task[None] | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._error: BaseException | None = None
        self._done = asyncio.Event()
        #: Key exchanges completed since the mux started (rekeys).
        self.rekeys = 0
        self._rekeyed = asyncio.Event()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start the reader task (idempotent)."""
        if self._reader is None:
            self._reader = asyncio.create_task(self._run())
            key_set = self.conn.engine.host_key_set
            if self._announce and key_set is not None:
                self.engine.global_request(
                    HOSTKEYS_REQUEST,
                    HostkeysRequest(tuple(hostkeys_announcement(key_set))),
                    want_reply=False,
                )
                self.flush_soon()

    @property
    def closed(self) -> bool:
        """Whether the connection has ended."""
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        """Why the connection ended, when not by a clean close."""
        return self._error

    async def wait_closed(self) -> None:
        """Wait until the connection has ended."""
        await self._done.wait()

    async def close(self) -> None:
        """Send DISCONNECT (BY_APPLICATION), close the socket and stop the reader."""
        self._finish(None)  # first: the reader seeing our own hang-up is no error
        await self.conn.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        self._finish(None)

    async def __aenter__(self) -> ConnectionMux:
        self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ output

    async def flush(self) -> None:
        """Write everything queued and wait for the socket buffer to drain.

        Raises:
            ChannelClosedError: the connection has ended.
        """
        await self._write_out()
        # Backpressure across a key exchange: writers wait while the transport holds more
        # than this back (RFC 4253 §7.1), so a stalled rekey cannot grow memory unbounded.
        while self.conn.engine.queued_bytes > KEX_QUEUE_LIMIT:
            if self._done.is_set():
                raise self._closed_error()
            self._rekeyed.clear()
            await self._rekeyed.wait()

    async def _write_out(self) -> None:
        if self._done.is_set():
            raise self._closed_error()
        try:
            await self.conn.flush()
        except (ConnectionError, OSError) as exc:
            self._finish(exc)
            raise self._closed_error() from exc

    async def flush_then(self, future: asyncio.Future[_T]) -> _T:
        """Flush, then wait for ``future`` (an answer to what was just queued).

        Raises:
            ChannelClosedError: the connection ended (``future`` is then dropped quietly).
        """
        try:
            await self.flush()
        except BaseException:
            if future.done() and not future.cancelled():
                future.exception()  # the flush's error is the one that matters
            future.cancel()
            raise
        return await future

    def flush_soon(self) -> None:
        """Schedule a flush unless one is already scheduled."""
        if self._flusher is None and not self._done.is_set():
            self._flusher = asyncio.create_task(self._flush_later())

    async def _flush_later(self) -> None:
        await asyncio.sleep(0)  # let the caller queue more first: one write for all of it
        self._flusher = None
        with contextlib.suppress(ChannelClosedError):
            await self._write_out()

    def _closed_error(self) -> ChannelClosedError:
        exc = ChannelClosedError("the connection is closed")
        exc.__cause__ = self._error
        return exc

    # ------------------------------------------------------------------ actions

    async def open_session(self) -> Channel:
        """Open a ``session`` channel (RFC 4254 §6.1).

        Returns:
            The open channel.
        Raises:
            ChannelOpenError: the server refused it.
            ChannelClosedError: the connection ended.
        """
        return await self.open_channel("session")

    async def open_channel(self, channel_type: str, info: object = None) -> Channel:
        """Open a channel of ``channel_type`` with its type-specific ``info``.

        Returns:
            The open channel.
        Raises:
            ChannelOpenError, ChannelClosedError: see :meth:`open_session`.
        """
        if self._done.is_set():
            raise self._closed_error()
        channel_id = self.engine.open_channel(channel_type, info)
        future: asyncio.Future[Channel] = asyncio.get_running_loop().create_future()
        self._opening[channel_id] = future
        self._channels[channel_id] = Channel(self, channel_id, channel_type)
        return await self.flush_then(future)

    def accept_channel(self, event: ChannelOpenRequested) -> Channel:
        """Accept a channel the peer opened (for ``on_channel_open`` callbacks).

        Returns:
            The channel.
        """
        self.engine.accept_channel(event.channel_id)
        channel = Channel(self, event.channel_id, event.channel_type)
        self._channels[event.channel_id] = channel
        self.flush_soon()
        return channel

    async def exec(self, channel: Channel, command: str | bytes) -> None:
        """Ask for ``command`` on a session channel (RFC 4254 §6.5).

        Raises:
            ChannelOpenError: the server refused the request (reason 0).
            ChannelClosedError: the channel closed first.
        """
        if not await self.request(channel, lambda: self.engine.exec(channel.channel_id, command)):
            raise ChannelOpenError(0, f"the server refused to run {command!r}")

    async def request(self, channel: Channel, send: Callable[[], None]) -> bool:
        """Send a channel request with ``want_reply`` through ``send`` (an engine action)
        and wait for its answer.

        Returns:
            Whether the peer answered CHANNEL_SUCCESS.
        Raises:
            ChannelClosedError: the channel or connection closed first.
        """
        if channel.closed or channel._close_sent:
            raise channel._closed_error()
        future = channel._expect_reply()
        send()
        return await channel._request(future)

    async def global_request(self, name: str, body: object = None) -> GlobalRequestReplied:
        """Send a global request wanting a reply (RFC 4254 §4) and wait for it.

        Returns:
            The reply event.
        Raises:
            ChannelClosedError: the connection ended first.
        """
        if self._done.is_set():
            raise self._closed_error()
        future: asyncio.Future[GlobalRequestReplied] = asyncio.get_running_loop().create_future()
        self._global_replies.append(future)
        self.engine.global_request(name, body, want_reply=True)
        return await self.flush_then(future)

    async def rekey(self) -> None:
        """Start a key exchange now (RFC 4253 §9) and wait until it completed.

        Raises:
            ChannelClosedError: the connection ended first.
        """
        if self._done.is_set():
            raise self._closed_error()
        before = self.rekeys
        self.conn.engine.rekey()
        await self.flush()
        while self.rekeys == before:
            if self._done.is_set():
                raise self._closed_error()
            self._rekeyed.clear()
            await self._rekeyed.wait()

    # ------------------------------------------------------------------ the reader

    async def _run(self) -> None:
        error: BaseException | None = None
        try:
            while True:
                event = await self.conn.next_event()
                if isinstance(event, MessageReceived):
                    self._feed(event)
                elif isinstance(event, KexCompleted):
                    self.rekeys += 1
                    self._rekeyed.set()
                elif isinstance(event, DisconnectReceived):
                    error = DisconnectError(event.reason, event.description)
                    break
                elif isinstance(event, ConnectionClosed):
                    # No DISCONNECT: open channels were cut off, not closed.
                    error = ConnectionError("connection closed by the peer")
                    break
        except asyncio.CancelledError:
            raise
        except (ProtocolError, ConnectionError, OSError) as exc:
            error = exc
            with contextlib.suppress(ConnectionError, OSError):
                await self.conn.flush()  # the DISCONNECT our engine queued for a bad peer
        finally:
            self._finish(error)

    def _feed(self, message: MessageReceived) -> None:
        payload = message.payload
        if payload[0] not in CONNECTION_MESSAGES:
            if payload[0] >= _FIRST_CONNECTION_MESSAGE:
                # RFC 4253 §11.4 (as OpenSSH): a message no layer here knows is answered,
                # not fatal: local extensions and reserved numbers.
                self.conn.engine.send_unimplemented(message.sequence_number)
                self.flush_soon()
            return  # below 80: a late userauth message (RFC 4252 §5.1: ignored after success)
        try:
            events = self.engine.receive_message(payload)
        except ProtocolError as exc:
            self.conn.engine.disconnect(exc.reason, exc.description)
            raise
        for event in events:
            self._dispatch(event)
        if self.conn.engine.has_data_to_send:
            self.flush_soon()  # window adjusts, data the peer's window let go, replies

    def _dispatch(self, event: ConnectionEvent) -> None:
        if isinstance(event, ChannelDataReceived):
            channel = self._channels.get(event.channel_id)
            if channel is not None:
                channel._data(event.data, event.stream)
        elif isinstance(event, ChannelWindowOpened):
            channel = self._channels.get(event.channel_id)
            if channel is not None:
                channel._window()
        elif isinstance(event, ChannelRequestReceived):
            self._on_request(event)
        elif isinstance(event, ChannelRequestReplied):
            channel = self._channels.get(event.channel_id)
            if channel is not None:
                channel._reply(event.success)
        elif isinstance(event, ChannelEofReceived):
            channel = self._channels.get(event.channel_id)
            if channel is not None:
                channel._eof()
        elif isinstance(event, ChannelClosed):
            channel = self._channels.pop(event.channel_id, None)
            if channel is not None:
                channel._closed_by_peer()
            self._fail_open(event.channel_id, ChannelOpenError(0, "closed while opening"))
        elif isinstance(event, ChannelOpenConfirmed):
            future = self._opening.pop(event.channel_id, None)
            if future is not None and not future.done():
                future.set_result(self._channels[event.channel_id])
        elif isinstance(event, ChannelOpenFailed):
            self._channels.pop(event.channel_id, None)
            self._fail_open(event.channel_id, ChannelOpenError(event.reason, event.description))
        elif isinstance(event, ChannelOpenRequested):
            self.spawn(self._peer_open(event))
        elif isinstance(event, GlobalRequestReceived):
            self._on_global_request(event)
        elif isinstance(event, GlobalRequestReplied) and self._global_replies:
            future_reply = self._global_replies.pop(0)
            if not future_reply.done():
                future_reply.set_result(event)

    def _on_global_request(self, event: GlobalRequestReceived) -> None:
        """RFC 4254 §4; the OpenSSH host key rotation requests (PROTOCOL §2.5)."""
        body = event.request
        if isinstance(body, HostkeysRequest) and self.engine.role == "client":
            self.spawn(self._prove_host_keys(body.host_keys))
        elif isinstance(body, HostkeysProveRequest) and event.want_reply:
            self._answer_prove(body, event.request_id)
        elif event.want_reply:  # keepalive@openssh.com and the unknown get FAILURE
            self.engine.reply_global_request(False, request_id=event.request_id)

    def _answer_prove(self, body: HostkeysProveRequest, request_id: int | None) -> None:
        transport = self.conn.engine
        key_set, session_id = transport.host_key_set, transport.session_id
        negotiated = transport.negotiated
        try:
            if key_set is None or session_id is None:
                raise KexError("only a server proves host keys")
            signatures = prove(
                key_set,
                body.host_keys,
                session_id,
                negotiated_algorithm=negotiated.srv_host_key if negotiated else None,
            )
        except KexError as exc:  # sshd answers FAILURE, the connection goes on
            _log.debug("hostkeys-prove refused: %s", exc)
            self.engine.reply_global_request(False, request_id=request_id)
            return
        self.engine.reply_global_request(
            True, HostkeysProveReply(tuple(signatures)), request_id=request_id
        )

    async def _prove_host_keys(self, blobs: Sequence[bytes]) -> None:
        """Client: ask the server to prove every key it announced, then report them."""
        transport = self.conn.engine
        keys = parse_announced_keys(blobs)
        session_id = transport.session_id
        if not keys or session_id is None:
            return
        reply = await self.global_request(
            HOSTKEYS_PROVE_REQUEST, HostkeysProveRequest(tuple(k.public_blob for k in keys))
        )
        if not reply.success or not isinstance(reply.reply, HostkeysProveReply):
            _log.debug("the server did not prove its host keys")
            return
        negotiated = transport.negotiated
        try:
            proven = check_proofs(
                keys,
                reply.reply.signatures,
                session_id,
                negotiated_algorithm=negotiated.srv_host_key if negotiated else None,
            )
        except KexError as exc:  # as ssh: the announcement is ignored, the session goes on
            _log.warning("host key proofs refused: %s", exc)
            return
        self.host_keys = proven
        if self._on_host_keys is not None:
            outcome = self._on_host_keys(list(proven))
            if inspect.isawaitable(outcome):
                await outcome

    def _fail_open(self, channel_id: int, exc: BaseException) -> None:
        future = self._opening.pop(channel_id, None)
        if future is not None and not future.done():
            future.set_exception(exc)

    def _on_request(self, event: ChannelRequestReceived) -> None:
        channel = self._channels.get(event.channel_id)
        if channel is None:
            return
        body = event.request
        if isinstance(body, ExitStatus):
            channel.exit_status = body.exit_status
        elif isinstance(body, ExitSignal):
            channel.exit_signal = ExitSignalInfo(
                (body.signal_name, body.core_dumped, body.error_message)
            )
        elif self._handlers is not None:
            self.spawn(self._handlers.on_channel_request(self, channel, event))
            return
        if event.want_reply:
            ok = isinstance(body, ExitStatus | ExitSignal)
            self.engine.reply_request(event.channel_id, ok, request_id=event.request_id)

    async def _peer_open(self, event: ChannelOpenRequested) -> None:
        channel = None
        if self._handlers is not None:
            try:
                channel = await self._handlers.on_channel_open(self, event)
            except Exception:
                _log.exception("channel open handler failed; refusing the channel")
        if channel is None and event.channel_id not in self._channels:
            self.engine.reject_channel(
                event.channel_id,
                ChannelOpenFailureReason.ADMINISTRATIVELY_PROHIBITED,
                "refused",
            )
        self.flush_soon()

    def spawn(self, coro: Awaitable[None]) -> None:
        """Run ``coro`` as a task of this connection: its ChannelClosedError and protocol
        errors end it quietly, anything else is logged, never raised into the loop."""

        async def guarded() -> None:
            try:
                await coro
            except (ChannelClosedError, ProtocolError):
                pass
            except Exception:
                _log.exception("connection handler failed")

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _finish(self, error: BaseException | None) -> None:
        if self._done.is_set():
            return
        self._error = error
        self._done.set()
        self._rekeyed.set()
        current = asyncio.current_task()
        for task in self._tasks:  # handlers end with their connection
            if task is not current:
                task.cancel()
        for channel in list(self._channels.values()):
            channel._closed_by_peer(error)
        self._channels.clear()
        for future in self._opening.values():
            if not future.done():
                future.set_exception(self._closed_error())
        self._opening.clear()
        for reply in self._global_replies:
            if not reply.done():
                reply.set_exception(self._closed_error())
        self._global_replies.clear()

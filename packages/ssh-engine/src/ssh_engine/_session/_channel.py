"""A channel as an asyncio stream pair (RFC 4254 §5): read, write with backpressure, EOF,
close, requests and their replies, exit status.

Theory of operation: the multiplexer's reader task feeds every event of a channel into its
:class:`Channel` (buffers per stream, reply futures, exit status); the application's reads
take bytes out of those buffers and only then tell the engine they were consumed, so the
window the peer sees shrinks while the application is slow (backpressure, RFC 4254 §5.2).
Writes go straight into the engine, which splits them to the peer's packet size and holds
what the peer's window does not admit yet; :meth:`Channel.drain` waits while more than
``high_water`` bytes are held.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Final

from .._errors import LocalProtocolError

if TYPE_CHECKING:
    from ._mux import ConnectionMux

__all__ = ["DEFAULT_HIGH_WATER", "Channel", "ChannelClosedError", "ExitSignal"]

#: Bytes a channel may hold unsent before :meth:`Channel.drain` waits.
DEFAULT_HIGH_WATER: Final = 1024 * 1024
STDOUT: Final = 0
STDERR: Final = 1


class ChannelClosedError(ConnectionError):
    """The channel (or its whole connection) is closed; the cause, if any, is chained."""


class ExitSignal(tuple[str, bool, str]):
    """``exit-signal`` (RFC 4254 §6.10): ``(name, core_dumped, message)``."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """The signal's name without ``SIG`` (``TERM``)."""
        return self[0]


class _Received:
    """The unread bytes of one stream, kept as the chunks they arrived in: a read of all
    of them returns the chunk itself when there is one, else joins them (one copy)."""

    __slots__ = ("chunks", "size")

    def __init__(self) -> None:
        self.chunks: deque[bytes] = deque()
        self.size = 0

    def append(self, data: bytes) -> None:
        """Keeps ``data`` (not copied: the caller hands it over)."""
        self.chunks.append(data)
        self.size += len(data)

    def take(self, n: int) -> bytes:
        """Returns (and forgets) the first ``n`` unread bytes, all of them when ``n`` < 0
        or beyond the size."""
        chunks = self.chunks
        if n < 0 or n >= self.size:
            data = chunks.popleft() if len(chunks) == 1 else b"".join(chunks)
            chunks.clear()
            self.size = 0
            return data
        parts = []
        left = n
        while left:
            chunk = chunks[0]
            if len(chunk) <= left:
                parts.append(chunks.popleft())
                left -= len(chunk)
            else:
                parts.append(chunk[:left])
                chunks[0] = chunk[left:]
                left = 0
        self.size -= n
        return b"".join(parts)


class Channel:
    """One open channel of a :class:`~._mux.ConnectionMux`.

    Attributes:
        channel_id: our id of the channel.
        channel_type: ``session``, ``direct-tcpip``…
        exit_status: the peer's ``exit-status`` once received (session channels).
        exit_signal: the peer's ``exit-signal`` once received.
        high_water: bytes held unsent before :meth:`drain` waits.
    """

    def __init__(self, mux: ConnectionMux, channel_id: int, channel_type: str) -> None:
        self._mux = mux
        self.channel_id = channel_id
        self.channel_type = channel_type
        self.exit_status: int | None = None
        self.exit_signal: ExitSignal | None = None
        self.high_water = DEFAULT_HIGH_WATER
        self._received: dict[int, _Received] = {STDOUT: _Received(), STDERR: _Received()}
        self._readable = asyncio.Event()
        self._writable = asyncio.Event()
        self._writable.set()
        self._eof_received = False
        self._cut_off = False  # the connection ended before the peer's EOF / CLOSE
        self._eof_sent = False
        self._close_sent = False
        self._closed = asyncio.Event()
        self._error: BaseException | None = None
        self._replies: deque[asyncio.Future[bool]] = deque()

    def __repr__(self) -> str:
        return f"<Channel {self.channel_id} {self.channel_type}>"

    # ------------------------------------------------------------------ fed by the mux

    def _data(self, data: bytes, stream: int) -> None:
        received = self._received.get(stream)  # per data packet: no throwaway object
        if received is None:
            received = self._received[stream] = _Received()
        received.append(data)
        self._readable.set()

    def _eof(self) -> None:
        self._eof_received = True
        self._readable.set()

    def _window(self) -> None:
        if self._pending() <= self.high_water:
            self._writable.set()

    def _reply(self, success: bool) -> None:
        if self._replies:
            future = self._replies.popleft()
            if not future.done():
                future.set_result(success)

    def _closed_by_peer(self, error: BaseException | None = None) -> None:
        if self._closed.is_set():
            return
        self._error = error
        self._cut_off = error is not None and not self._eof_received
        self._eof_received = True
        self._closed.set()
        self._readable.set()
        self._writable.set()
        for future in self._replies:
            if not future.done():
                future.set_exception(self._closed_error())
        self._replies.clear()

    # ------------------------------------------------------------------ state

    @property
    def closed(self) -> bool:
        """Whether the channel is closed (both ways, or the connection ended)."""
        return self._closed.is_set()

    @property
    def at_eof(self) -> bool:
        """Whether the peer sent EOF (or closed) and every buffered byte was read."""
        return self._eof_received and not any(r.size for r in self._received.values())

    def _closed_error(self) -> ChannelClosedError:
        exc = ChannelClosedError(f"channel {self.channel_id} is closed")
        exc.__cause__ = self._error
        return exc

    def _pending(self) -> int:
        if self._closed.is_set():
            return 0
        return self._mux.engine.pending_output(self.channel_id)

    # ------------------------------------------------------------------ reading

    async def read(self, n: int = -1, stream: int = STDOUT) -> bytes:
        """Read up to ``n`` bytes (all that is buffered when ``n`` < 0) of ``stream``
        (0: data, 1: stderr), waiting until at least one byte or EOF arrives.

        Returns:
            The bytes; ``b""`` at EOF.
        Raises:
            ChannelClosedError: every buffered byte was read and the connection ended
                before the peer's EOF (the stream was cut off, not finished).
        """
        received = self._received.get(stream)
        if received is None:
            received = self._received[stream] = _Received()
        while not received.size and not self._eof_received:
            self._readable.clear()
            await self._readable.wait()
        if not received.size:
            if self._cut_off:
                raise self._closed_error()
            return b""
        data = received.take(n)
        if data and not self._closed.is_set():
            self._mux.engine.consume(self.channel_id, len(data))
            self._mux.flush_soon()
        return data

    async def read_all(self, stream: int = STDOUT) -> bytes:
        """Returns every byte of ``stream`` until the peer's EOF."""
        chunks = []
        while chunk := await self.read(-1, stream):
            chunks.append(chunk)
        return b"".join(chunks)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """Yields the data stream's chunks until EOF."""
        while chunk := await self.read():
            yield chunk

    # ------------------------------------------------------------------ writing

    def write(self, data: bytes | bytearray | memoryview, stream: int = STDOUT) -> None:
        """Queue ``data`` on ``stream`` (0: data, 1: stderr); see :meth:`drain`.

        Raises:
            ChannelClosedError: the channel is closed (or we sent CLOSE).
            LocalProtocolError: EOF was already sent.
        """
        if self._closed.is_set() or self._close_sent:
            raise self._closed_error()
        if self._eof_sent:
            raise LocalProtocolError("write after EOF")
        if data:
            self._mux.engine.send_data(self.channel_id, data, stream)
            if self._pending() > self.high_water:
                self._writable.clear()
            self._mux.flush_soon()

    async def drain(self) -> None:
        """Wait until the channel holds at most ``high_water`` unsent bytes and the
        connection's socket buffer has drained.

        Raises:
            ChannelClosedError: the channel closed while bytes were still held.
        """
        while self._pending() > self.high_water:
            self._writable.clear()
            await self._writable.wait()
            if self._closed.is_set():
                raise self._closed_error()
        await self._mux.flush()

    def write_eof(self) -> None:
        """Send EOF (RFC 4254 §5.3) after the data already queued; idempotent."""
        if not self._eof_sent and not self._closed.is_set() and not self._close_sent:
            self._eof_sent = True
            self._mux.engine.send_eof(self.channel_id)
            self._mux.flush_soon()

    # ------------------------------------------------------------------ requests

    def _expect_reply(self) -> asyncio.Future[bool]:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._replies.append(future)
        return future

    async def _request(self, future: asyncio.Future[bool] | None) -> bool:
        if future is None:
            await self._mux.flush()
            return True
        return await self._mux.flush_then(future)

    # ------------------------------------------------------------------ closing

    def close(self) -> None:
        """Send CLOSE (RFC 4254 §5.3); the channel is closed once the peer's CLOSE came.
        Idempotent."""
        if not self._closed.is_set() and not self._close_sent:
            self._close_sent = True
            self._mux.engine.close_channel(self.channel_id)
            self._mux.flush_soon()

    async def wait_closed(self) -> None:
        """Wait until the channel is closed both ways (or the connection ended)."""
        await self._closed.wait()

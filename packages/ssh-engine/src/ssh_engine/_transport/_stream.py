"""Asyncio streams whose received bytes bypass the ``StreamReader``.

Theory of operation: :class:`ReceiveBufferProtocol` is an ``asyncio.StreamReaderProtocol``
that is also an ``asyncio.BufferedProtocol``, so the event loop reads the socket straight
into one reusable buffer (``recv_into``) and the protocol keeps each read as one ``bytes``
object until the driver takes them all with :meth:`ReceiveBufferProtocol.read`. A
``StreamReader`` copies every byte twice (into its buffer, then out of it) and grows its
buffer with reallocations; this costs one copy. Writing, ``drain()`` and closing stay the
ordinary ``asyncio.StreamWriter``'s, which is created as ``asyncio.open_connection`` and
``asyncio.start_server`` create it (:func:`open_stream`, :func:`start_server`). The
``StreamReader`` still gets EOF and the connection's error; it never gets data.

Reading is paused while more than :data:`MAX_UNREAD` bytes wait to be taken, so a peer
cannot make us buffer without bound while the driver is busy (``StreamReader`` does the same
with its limit).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, cast

__all__ = ["MAX_UNREAD", "READ_SIZE", "ReceiveBufferProtocol", "open_stream", "start_server"]

READ_SIZE = 256 * 1024
"""Bytes the event loop may read from the socket at once."""
MAX_UNREAD = 1024 * 1024
"""Received bytes waiting to be taken above which reading pauses."""

ClientConnected = Callable[[asyncio.StreamReader, asyncio.StreamWriter], "Awaitable[None] | None"]


class ReceiveBufferProtocol(asyncio.StreamReaderProtocol, asyncio.BufferedProtocol):
    """A stream protocol that keeps received bytes for :meth:`read` (see the module)."""

    def __init__(
        self, reader: asyncio.StreamReader, client_connected_cb: ClientConnected | None = None
    ) -> None:
        super().__init__(reader, client_connected_cb)
        self._view = memoryview(bytearray(READ_SIZE))
        self._chunks: list[bytes] = []
        self._unread = 0
        self._paused = False
        self._eof = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._rx_transport: asyncio.Transport | None = None

    # ------------------------------------------------------------------ event loop side

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keeps the transport (to pause and resume reading), then as the base class."""
        self._rx_transport = cast(asyncio.Transport, transport)
        super().connection_made(transport)

    def get_buffer(self, sizehint: int) -> memoryview:
        """Returns the buffer the event loop reads into (always the same one)."""
        return self._view

    def buffer_updated(self, nbytes: int) -> None:
        """Keeps the ``nbytes`` just read; pauses reading past :data:`MAX_UNREAD`."""
        self._chunks.append(bytes(self._view[:nbytes]))
        self._unread += nbytes
        if self._unread > MAX_UNREAD and not self._paused and self._rx_transport is not None:
            self._paused = True
            self._rx_transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        """Notes the peer's EOF; returns the base class's answer (keep the socket open)."""
        self._eof = True
        self._wake()
        return bool(super().eof_received())

    def connection_lost(self, exc: Exception | None) -> None:
        """Notes the end of the connection (and its error), then as the base class."""
        self._eof = True
        self._error = exc
        self._wake()
        super().connection_lost(exc)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # ------------------------------------------------------------------ driver side

    async def read(self) -> bytes:
        """Returns every byte received since the last call, waiting until there is some.

        Returns:
            The bytes, or ``b""`` once the peer sent EOF and everything was taken.
        Raises:
            OSError: the connection failed (e.g. ``ConnectionResetError``), once the bytes
                received before were taken.
        """
        while not self._chunks:
            if self._error is not None:
                raise self._error
            if self._eof:
                return b""
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        chunks = self._chunks
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        self._chunks = []
        self._unread = 0
        if self._paused and self._rx_transport is not None:
            self._paused = False
            self._rx_transport.resume_reading()
        return data


async def open_stream(
    host: str, port: int, **kwargs: Any
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """As ``asyncio.open_connection``, with a :class:`ReceiveBufferProtocol`.

    Returns:
        The reader (which only ever gets EOF) and the writer.
    Raises:
        OSError: the connection failed.
    """
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    protocol = ReceiveBufferProtocol(reader)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwargs)
    return reader, asyncio.StreamWriter(transport, protocol, reader, loop)


async def start_server(
    client_connected_cb: ClientConnected, host: str | None = None, port: int | None = None,
    **kwargs: Any,
) -> asyncio.Server:  # fmt: skip
    """As ``asyncio.start_server``, with a :class:`ReceiveBufferProtocol` per connection, so
    ``accept`` reads each one without the ``StreamReader``'s copies.

    Returns:
        The listening server.
    Raises:
        OSError: the address cannot be bound.
    """
    loop = asyncio.get_running_loop()

    def factory() -> ReceiveBufferProtocol:
        return ReceiveBufferProtocol(asyncio.StreamReader(), client_connected_cb)

    return await loop.create_server(factory, host, port, **kwargs)

"""The asyncio driver: one socket <-> one :class:`TransportEngine`, both roles.

Theory of operation: the driver owns an asyncio stream pair. It reads bytes, feeds the
engine, writes whatever the engine queued, and keeps the engine's events in a deque that
:meth:`TransportConnection.next_event` hands out. ``HostKeyReceived`` never leaves the
driver: it asks the host key verifier (sync or async) and accepts or rejects — with no
verifier the key is rejected (fail closed). :func:`connect` and :func:`accept` run the
handshake (kex and the ``ssh-userauth`` service) under one deadline, the seed's
``readyTimeout``. Every socket gets TCP_NODELAY (Nagle costs ~40 ms per round trip).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import socket
from collections import deque
from collections.abc import Awaitable, Callable

from ssh_wire.keys import SSHCertificate, SSHKey

from .._errors import ProtocolError, RemoteProtocolError
from ._engine import TransportConfig, TransportEngine
from ._events import (
    ConnectionClosed,
    DisconnectReceived,
    Event,
    HostKeyReceived,
    ServiceAccepted,
)

__all__ = [
    "DEFAULT_READY_TIMEOUT",
    "HandshakeTimeout",
    "HostKeyVerifier",
    "TransportConnection",
    "accept",
    "connect",
]

#: The seed's ``readyTimeout`` default, in seconds.
DEFAULT_READY_TIMEOUT = 20.0
_READ_SIZE = 256 * 1024

HostKeyVerifier = Callable[[SSHKey | SSHCertificate], "bool | Awaitable[bool]"]
"""Given the server's verified key (or certificate), returns (or resolves to) whether to
trust it (a known_hosts check from ``ssh_engine._hostkeys`` fits behind a lambda)."""


class HandshakeTimeout(TimeoutError):
    """The handshake did not complete within ``ready_timeout`` (the seed's
    "Timed out while waiting for handshake")."""


class TransportConnection:
    """An engine driven over an asyncio stream pair."""

    def __init__(
        self,
        engine: TransportEngine,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        host_key_verifier: HostKeyVerifier | None = None,
    ) -> None:
        self.engine = engine
        self._reader = reader
        self._writer = writer
        self._verifier = host_key_verifier
        self._events: deque[Event] = deque()
        self._eof = False
        _set_nodelay(writer)

    async def flush(self) -> None:
        """Write what the engine queued and wait for the transport buffer to drain."""
        parts = self.engine.data_to_send_parts()
        if parts and not self._writer.is_closing():
            self._writer.writelines(parts)
            await self._writer.drain()

    async def next_event(self) -> Event:
        """Returns the next event, reading from the socket as needed.

        Raises:
            ProtocolError: the engine failed (its DISCONNECT has been sent first).
            ConnectionError: the peer closed the connection without an event to report.
        """
        while not self._events:
            await self._read_once()
        return self._events.popleft()

    async def _read_once(self) -> None:
        if self._eof:
            raise ConnectionError("connection closed")
        data = await self._reader.read(_READ_SIZE)
        try:
            if data:
                events = self.engine.receive_data(data)
            else:
                self._eof = True
                events = self.engine.receive_eof()
        except ProtocolError:
            await self._flush_quietly()
            self._writer.close()
            raise
        for event in events:
            if isinstance(event, HostKeyReceived):
                self._events.extend(await self._decide(event))
            else:
                self._events.append(event)
        await self.flush()
        if self._eof and not self._events:
            raise ConnectionError("connection closed by the peer")

    async def _decide(self, event: HostKeyReceived) -> list[Event]:
        accepted = False
        if self._verifier is not None:
            verdict = self._verifier(event.key)
            accepted = bool(await verdict) if inspect.isawaitable(verdict) else bool(verdict)
        if accepted:
            return [event, *self.engine.accept_host_key()]
        self.engine.reject_host_key(f"host key {event.key.fingerprint()} rejected")
        await self._flush_quietly()
        self._writer.close()
        raise RemoteProtocolError(
            f"server host key {event.key.fingerprint()} was not accepted",
        )

    async def _flush_quietly(self) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            await self.flush()

    async def wait_for_service(self) -> list[Event]:
        """Read until ``ServiceAccepted``.

        Returns:
            Every event up to and including it.
        Raises:
            ProtocolError, ConnectionError: as :meth:`next_event`; ``DisconnectReceived`` or
                EOF first is a ``ConnectionError``.
        """
        seen: list[Event] = []
        while True:
            event = await self.next_event()
            seen.append(event)
            if isinstance(event, ServiceAccepted):
                return seen
            if isinstance(event, DisconnectReceived | ConnectionClosed):
                raise ConnectionError(f"connection ended during the handshake: {event}")

    async def close(self) -> None:
        """Send DISCONNECT (BY_APPLICATION) if still open and close the socket."""
        self.engine.disconnect()
        await self._flush_quietly()
        self._writer.close()
        with contextlib.suppress(ConnectionError, OSError):
            await self._writer.wait_closed()


def _set_nodelay(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


async def connect(
    host: str,
    port: int = 22,
    config: TransportConfig | None = None,
    *,
    host_key_verifier: HostKeyVerifier | None = None,
    ready_timeout: float = DEFAULT_READY_TIMEOUT,
    service: str = "ssh-userauth",
) -> tuple[TransportConnection, list[Event]]:
    """Open a TCP connection, run the kex and request ``service``, all within
    ``ready_timeout`` seconds.

    Returns:
        The connection and the handshake's events (``HostKeyReceived``, ``KexCompleted``…).
    Raises:
        HandshakeTimeout: not done in time (the socket is closed).
        ProtocolError: the server broke the protocol or the host key was rejected.
        OSError / ConnectionError: the network failed or the server hung up.
    """
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection(host, port), timeout=ready_timeout
    )
    conn = TransportConnection(
        TransportEngine("client", config), reader, writer, host_key_verifier=host_key_verifier
    )
    return conn, await _handshake(conn, ready_timeout, service)


async def accept(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    config: TransportConfig,
    *,
    ready_timeout: float = DEFAULT_READY_TIMEOUT,
) -> tuple[TransportConnection, list[Event]]:
    """Server side of an accepted stream: run the kex until a service was accepted.

    Returns:
        The connection and the handshake's events.
    Raises:
        HandshakeTimeout, ProtocolError, ConnectionError: as :func:`connect`.
    """
    conn = TransportConnection(TransportEngine("server", config), reader, writer)
    return conn, await _handshake(conn, ready_timeout, None)


async def _handshake(
    conn: TransportConnection, ready_timeout: float, service: str | None
) -> list[Event]:
    try:
        async with asyncio.timeout(ready_timeout):
            if service is not None:
                conn.engine.request_service(service)
            await conn.flush()
            return await conn.wait_for_service()
    except TimeoutError:
        await conn.close()
        raise HandshakeTimeout(
            f"timed out after {ready_timeout} s while waiting for the handshake"
        ) from None
    except BaseException:
        conn._writer.close()
        raise

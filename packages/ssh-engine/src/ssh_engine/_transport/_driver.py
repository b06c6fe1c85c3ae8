"""The asyncio driver: one socket <-> one :class:`TransportEngine`, both roles.

Theory of operation: the driver owns an asyncio stream pair (made by ``_stream``, which
reads the socket into one reusable buffer, or any other). It reads bytes, feeds the
engine, writes whatever the engine queued, and keeps the engine's events in a deque that
:meth:`TransportConnection.next_event` hands out. ``HostKeyReceived`` is decided inside the
driver: :func:`connect` turns ``host_key_verifier`` (None, a known_hosts path or
:class:`~ssh_engine._hostkeys.KnownHosts`, a :class:`~ssh_engine._hostkeys.HostKeyVerifier`,
or a sync or async callable returning a bool) into one async verifier with
:func:`~ssh_engine._hostkeys.adapt_host_verifier` before it opens the socket, and awaits it
for each host key. Accepted, the event is handed out; refused — always so with no verifier
(fail closed) — the engine sends DISCONNECT (HOST_KEY_NOT_VERIFIABLE) and the caller gets
:class:`~ssh_engine._errors.HostKeyRejected`. :func:`connect` and :func:`accept` run the
handshake (kex and the ``ssh-userauth`` service) under one deadline, the seed's
``readyTimeout``. Every socket gets TCP_NODELAY (Nagle costs ~40 ms per round trip).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TypeAlias

from ssh_wire.keys import SSHCertificate, SSHKey

from .._errors import HostKeyRejected, ProtocolError
from .._hostkeys import HostKeyVerifier as AsyncHostKeyVerifier
from .._hostkeys import HostVerifierCallback, KnownHosts, adapt_host_verifier
from ._engine import TransportConfig, TransportEngine
from ._events import (
    ConnectionClosed,
    DisconnectReceived,
    Event,
    HostKeyReceived,
    ServiceAccepted,
)
from ._stream import READ_SIZE, ReceiveBufferProtocol, open_stream

__all__ = [
    "DEFAULT_READY_TIMEOUT",
    "HandshakeTimeout",
    "HostKeyVerifier",
    "HostKeyVerifierSpec",
    "TransportConnection",
    "accept",
    "connect",
]

#: The seed's ``readyTimeout`` default, in seconds.
DEFAULT_READY_TIMEOUT = 20.0

HostKeyVerifier = Callable[[SSHKey | SSHCertificate], "bool | Awaitable[bool]"]
"""Given the server's verified key (or certificate), returns (or resolves to) whether to
trust it (the seed's ``hostVerifier``)."""

HostKeyVerifierSpec: TypeAlias = (
    HostVerifierCallback | AsyncHostKeyVerifier | KnownHosts | str | os.PathLike[str] | None
)
"""Everything ``host_key_verifier`` accepts (see :func:`connect`): a callable given the key
(:data:`HostKeyVerifier`) or, with ``host_hash``, its hex digest, returning a bool or an
awaitable of one; a verifier from ``ssh_engine._hostkeys``; a known_hosts path or
:class:`~ssh_engine._hostkeys.KnownHosts`; or None (refuse every key)."""


class HandshakeTimeout(TimeoutError):
    """The handshake did not complete within ``ready_timeout`` (the seed's
    "Timed out while waiting for handshake")."""


class TransportConnection:
    """An engine driven over an asyncio stream pair.

    Args:
        engine: the engine to drive.
        reader: the stream's reading half.
        writer: the stream's writing half.
        host_key_verifier: client only: any :data:`HostKeyVerifierSpec`, adapted with
            :func:`~ssh_engine._hostkeys.adapt_host_verifier` (an adapted verifier is used
            as is); None refuses every host key.
        host: the host name the verifier checks (default: the peer's address).
        port: the port the verifier checks (default: the peer's port).
    Raises:
        TypeError: ``host_key_verifier`` is of no accepted form.
    """

    def __init__(
        self,
        engine: TransportEngine,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        host_key_verifier: HostKeyVerifierSpec = None,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.engine = engine
        self._reader = reader
        self._writer = writer
        protocol = writer.transport.get_protocol()
        # Streams from open_stream / start_server are read without the StreamReader's copies.
        self._read: Callable[[], Awaitable[bytes]] = (
            protocol.read
            if isinstance(protocol, ReceiveBufferProtocol)
            else lambda: reader.read(READ_SIZE)
        )
        self._verifier = adapt_host_verifier(host_key_verifier)
        if host is None or port is None:
            peer = writer.get_extra_info("peername")
            if isinstance(peer, tuple) and len(peer) >= 2:
                host = str(peer[0]) if host is None else host
                port = int(peer[1]) if port is None else port
        self._host = "" if host is None else host
        self._port = port
        self._events: deque[Event] = deque()
        self._eof = False
        _set_nodelay(writer)

    @property
    def remote_host(self) -> str:
        """The peer's host: the name connected to (client) or its address (server)."""
        return self._host

    @property
    def remote_port(self) -> int | None:
        """The peer's TCP port, when known."""
        return self._port

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
            HostKeyRejected: client: the verifier refused the server's host key (DISCONNECT
                HOST_KEY_NOT_VERIFIABLE has been sent first).
            ConnectionError: the peer closed the connection without an event to report.
        """
        while not self._events:
            await self._read_once()
        return self._events.popleft()

    async def _read_once(self) -> None:
        if self._eof:
            raise ConnectionError("connection closed")
        data = await self._read()
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
        key = event.key
        try:
            await self._verifier(self._host, self._port, key)
        except HostKeyRejected as exc:
            rejection = exc
        except Exception as exc:  # a custom verifier failed: refuse (fail closed)
            rejection = HostKeyRejected(
                key, self._host, self._port, "callback-error", f"host key verifier raised {exc!r}"
            )
            rejection.__cause__ = exc
        else:
            return [event, *self.engine.accept_host_key()]
        # Only the fingerprint and the short code go to the server, never local file paths.
        self.engine.reject_host_key(f"host key {key.fingerprint()} refused ({rejection.reason})")
        await self._flush_quietly()
        self._writer.close()
        raise rejection

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
    host_key_verifier: HostKeyVerifierSpec = None,
    host_hash: str | None = None,
    ready_timeout: float = DEFAULT_READY_TIMEOUT,
    service: str = "ssh-userauth",
) -> tuple[TransportConnection, list[Event]]:
    """Open a TCP connection, run the kex and request ``service``, all within
    ``ready_timeout`` seconds.

    Args:
        host: the server's name or address; also the name the host key is checked under
            (``[host]:port`` in known_hosts when ``port`` is not 22).
        port: the server's port.
        config: the client's transport configuration (algorithms, rekey limits…).
        host_key_verifier: how to check the server's host key, fail closed; anything
            :func:`~ssh_engine._hostkeys.adapt_host_verifier` takes: None (refuse every
            key, the error saying how to configure a verifier), a known_hosts path (str or
            PathLike, re-read at each check; ssh(1) StrictHostKeyChecking=yes) or a
            :class:`~ssh_engine._hostkeys.KnownHosts`, a verifier from
            :func:`~ssh_engine._hostkeys.make_host_verifier` (``accept_new``, callbacks),
            or a sync or async callable given the key (or certificate) returning a bool.
        host_hash: with a callable verifier, hand it the key's hex digest in this
            :mod:`hashlib` algorithm instead of the key (the seed's ``hostHash``).
        ready_timeout: seconds for the connection, the kex and the service request.
        service: the service to request once the kex is over.
    Returns:
        The connection and the handshake's events (``HostKeyReceived``, ``KexCompleted``…).
    Raises:
        TypeError, ValueError: ``host_key_verifier`` or ``host_hash`` is invalid (raised
            before any connection is made).
        HostKeyRejected: the host key was refused; DISCONNECT (HOST_KEY_NOT_VERIFIABLE) was
            sent first and the socket is closed. The message names the key's fingerprint.
        HandshakeTimeout: not done in time (the socket is closed).
        ProtocolError: the server broke the protocol.
        OSError / ConnectionError: the network failed or the server hung up.
    """
    verifier = adapt_host_verifier(host_key_verifier, host_hash=host_hash)
    reader, writer = await asyncio.wait_for(open_stream(host, port), timeout=ready_timeout)
    conn = TransportConnection(
        TransportEngine("client", config),
        reader,
        writer,
        host_key_verifier=verifier,
        host=host,
        port=port,
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

    Streams from :func:`~ssh_engine._transport._stream.start_server` are read into one
    reusable buffer; any other asyncio stream pair works too, through its ``StreamReader``.

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

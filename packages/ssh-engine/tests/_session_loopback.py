"""Our client against our server over real 127.0.0.1 TCP, logged in, with both sides'
connection multiplexers running: the ground floor of the session layer tests.

:func:`session_loopback` starts an asyncio server on ``127.0.0.1`` port 0. Its connection
callback runs the transport handshake (:func:`~ssh_engine._transport._driver.accept`),
:func:`~ssh_engine._auth._server_flow.serve_authentication` (user ``bob`` by public key)
and starts a server :class:`~ssh_engine._session.ConnectionMux` whose peer channels are
served by a :class:`~ssh_engine._session.SessionServer` running the given session handler
(or by any other ``handlers``). The client connects
(:func:`~ssh_engine._transport._driver.connect`), logs in
(:func:`~ssh_engine._auth._client_flow.authenticate`) and starts its own mux. Both muxes,
both transport connections and the server's raw stream writer (to kill the socket) come
back as a :class:`SessionLoopback`.

On exit the client hangs up, the server side is waited for and closed, the listener is
closed, and the helper checks that no task of the test is left running (a session handler
or a mux task that never ended). Every wait is bounded by :data:`STEP_TIMEOUT`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cache

from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import AuthContext, serve_authentication
from ssh_engine._session import (
    ConnectionMux,
    PeerChannelHandlers,
    ServerSession,
    SessionHandler,
    SessionServer,
)
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import TransportConnection, accept, connect
from ssh_engine._transport._stream import start_server
from ssh_wire.keys import SSHKey, generate_key

__all__ = [
    "STEP_TIMEOUT",
    "USERNAME",
    "SessionLoopback",
    "client_key",
    "host_key",
    "session_loopback",
]

#: Seconds any single wait of the helper may take.
STEP_TIMEOUT = 10.0
#: The user the client logs in as.
USERNAME = "bob"


@cache
def host_key() -> SSHKey:
    """The server's ed25519 host key, generated once per test process."""
    return generate_key("ed25519")


@cache
def client_key() -> SSHKey:
    """The client's ed25519 user key, generated once per test process."""
    return generate_key("ed25519")


def _allow_bob(ctx: AuthContext) -> bool:
    return ctx.username == USERNAME and ctx.method == "publickey"


@dataclass
class SessionLoopback:
    """One logged-in connection between our client and our server.

    Attributes:
        client, server: the two running multiplexers.
        client_conn, server_conn: their transport connections.
        server_writer: the server's raw stream writer (``transport.abort()`` drops the
            TCP connection without any SSH goodbye).
        sessions: every :class:`ServerSession` the session handler was started with, in
            order (only when the helper built the :class:`SessionServer`).
    """

    client: ConnectionMux
    server: ConnectionMux
    client_conn: TransportConnection
    server_conn: TransportConnection
    server_writer: asyncio.StreamWriter
    sessions: list[ServerSession] = field(default_factory=list)


@dataclass
class _ServerSide:
    conn: TransportConnection
    mux: ConnectionMux
    writer: asyncio.StreamWriter


@asynccontextmanager
async def session_loopback(
    handler: SessionHandler | None = None,
    *,
    handlers: PeerChannelHandlers | None = None,
    client_config: TransportConfig | None = None,
    server_config: TransportConfig | None = None,
) -> AsyncIterator[SessionLoopback]:
    """Connect our client to our server and yield both logged-in sides.

    Args:
        handler: the session handler of the server's :class:`SessionServer`; each started
            session is also appended to :attr:`SessionLoopback.sessions`.
        handlers: serve the client's channels with this instead (``handler`` is ignored).
        client_config: the client's transport configuration.
        server_config: the server's (its host key defaults to :func:`host_key`).
    Yields:
        The connection.
    Raises:
        AssertionError: on exit, a task started during the test was still running.
    """
    sessions: list[ServerSession] = []
    if handlers is None:
        app = handler

        async def recording(session: ServerSession) -> int | None:
            sessions.append(session)
            return None if app is None else await app(session)

        handlers = SessionServer(recording)
    config = server_config or TransportConfig(host_keys=(host_key(),))
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[_ServerSide] = loop.create_future()
    finished: asyncio.Future[None] = loop.create_future()
    peer_handlers = handlers

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # What a real server does: the mux serves until the connection ends, then closes.
        conn: TransportConnection | None = None
        try:
            conn, _ = await accept(reader, writer, config, ready_timeout=STEP_TIMEOUT)
            await serve_authentication(conn, _allow_bob, failure_delay=0.0)
            if ready.done():  # a second connection: not ours
                raise ConnectionRefusedError("the loopback serves one connection")
            async with ConnectionMux(conn, "server", handlers=peer_handlers) as mux:
                ready.set_result(_ServerSide(conn, mux, writer))
                await mux.wait_closed()
        except Exception as exc:
            if conn is not None:
                await conn.close()
            else:
                writer.close()
            if not ready.done():
                ready.set_exception(exc)
        finally:
            if not finished.done():
                finished.set_result(None)

    before = asyncio.all_tasks()
    listener = await start_server(serve, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    client_conn: TransportConnection | None = None
    client: ConnectionMux | None = None
    try:
        client_conn, _ = await connect(
            "127.0.0.1",
            port,
            client_config,
            host_key_verifier=lambda key: key == host_key().public_key(),
            ready_timeout=STEP_TIMEOUT,
        )
        async with asyncio.timeout(STEP_TIMEOUT):
            await authenticate(client_conn, USERNAME, Credentials(keys=[client_key()]))
            side = await ready
        client = ConnectionMux(client_conn, "client")
        client.start()
        yield SessionLoopback(client, side.mux, client_conn, side.conn, side.writer, sessions)
    finally:
        if client is not None:
            await client.close()
        elif client_conn is not None:
            await client_conn.close()
        if ready.done() or client_conn is not None:
            # The client's DISCONNECT (or EOF) ends the server's mux and its connection.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(STEP_TIMEOUT):
                    await finished
        listener.close()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(STEP_TIMEOUT):
                await listener.wait_closed()
    await _check_no_leftover_tasks(before)


async def _check_no_leftover_tasks(before: set[asyncio.Task[object]]) -> None:
    """Wait (bounded) for the tasks started during the test to end; raise if some don't."""
    current = asyncio.current_task()
    left: set[asyncio.Task[object]] = set()
    deadline = asyncio.get_running_loop().time() + STEP_TIMEOUT
    while asyncio.get_running_loop().time() < deadline:
        left = {t for t in asyncio.all_tasks() if t is not current and t not in before}
        if not left:
            return
        await asyncio.sleep(0.01)
    for task in left:
        task.cancel()
    raise AssertionError(f"tasks still running after the connection ended: {left}")

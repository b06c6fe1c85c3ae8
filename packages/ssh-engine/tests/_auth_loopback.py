"""Our client against our server over real 127.0.0.1 TCP, for user authentication tests.

:class:`AuthLoopback` starts an asyncio server on ``127.0.0.1`` port 0 that runs the
transport handshake (:func:`~ssh_engine._transport._driver.accept`) and then
:func:`~ssh_engine._auth._server_flow.serve_authentication` with a given handler and
options on every connection; :meth:`AuthLoopback.login` connects our client
(:func:`~ssh_engine._transport._driver.connect`), runs
:func:`~ssh_engine._auth._client_flow.authenticate` (or any coroutine given the client
connection) and returns what both sides ended with, results or exceptions, as a
:class:`LoginOutcome`. :func:`run_login` is the one-shot form.

Nothing here asserts: tests look at the outcome. Every wait is bounded so that a broken
side cannot hang a test.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import TracebackType
from typing import Any

from ssh_engine._auth._client_flow import AuthResult, Credentials, authenticate
from ssh_engine._auth._methods import AuthHandler
from ssh_engine._auth._server_flow import (
    ServerAuthHandler,
    ServerAuthResult,
    serve_authentication,
)
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import TransportConnection, accept, connect
from ssh_engine._transport._stream import start_server
from ssh_wire.keys import SSHKey, generate_key

__all__ = [
    "AuthLoopback",
    "ClientScript",
    "LoginOutcome",
    "loopback_host_key",
    "run_login",
]

#: Seconds any single wait of the helper may take.
STEP_TIMEOUT = 10.0

ClientScript = Callable[[TransportConnection], Awaitable[Any]]
"""A coroutine function run on the client connection instead of ``authenticate``; its
return value becomes :attr:`LoginOutcome.client`."""


@cache
def loopback_host_key() -> SSHKey:
    """Returns the server's ed25519 host key, generated once per test process."""
    return generate_key("ed25519")


@dataclass
class LoginOutcome:
    """What one connection ended with on each side.

    Attributes:
        client: the client's result (an :class:`AuthResult` unless a script was given), or
            None if it raised.
        client_error: what the client raised, or None.
        server: the server's :class:`ServerAuthResult`, or None if it raised.
        server_error: what ``serve_authentication`` (or the handshake) raised, or None.
    """

    client: Any = None
    client_error: BaseException | None = None
    server: ServerAuthResult | None = None
    server_error: BaseException | None = None

    @property
    def ok(self) -> bool:
        """Both sides finished without an exception."""
        return self.client_error is None and self.server_error is None

    def client_result(self) -> AuthResult:
        """Returns the client's :class:`AuthResult`, re-raising its exception if any."""
        if self.client_error is not None:
            raise self.client_error
        assert isinstance(self.client, AuthResult), self.client
        return self.client

    def server_result(self) -> ServerAuthResult:
        """Returns the server's :class:`ServerAuthResult`, re-raising its exception if
        any."""
        if self.server_error is not None:
            raise self.server_error
        assert self.server is not None
        return self.server


@dataclass
class AuthLoopback:
    """Our server listening on 127.0.0.1 with one authentication handler and its options.

    Use ``async with AuthLoopback(handler, max_attempts=3) as loop:`` and then
    ``await loop.login(...)`` once or several times (each a new TCP connection).

    Attributes:
        handler: the server's :data:`ServerAuthHandler`.
        server_options: keyword arguments for ``serve_authentication`` (``methods``,
            ``authentication_methods``, ``banner``, ``max_attempts``, ``failure_delay``,
            ``login_grace_time``, ``publickey_algorithms``…); ``failure_delay`` defaults
            to 0 here.
        server_config: the server's transport configuration (default: one ed25519 host
            key, :func:`loopback_host_key`).
        port: the listening port, once started.
        outcomes: server outcomes of every connection, in the order they ended.
    """

    handler: ServerAuthHandler
    server_options: Mapping[str, Any] = field(default_factory=dict)
    server_config: TransportConfig | None = None
    port: int = 0
    outcomes: list[LoginOutcome] = field(default_factory=list)
    _server: asyncio.Server | None = field(default=None, repr=False)
    _pending: list[asyncio.Future[LoginOutcome]] = field(default_factory=list, repr=False)

    async def __aenter__(self) -> AuthLoopback:
        self._server = await start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(STEP_TIMEOUT):
                await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        future = self._pending.pop(0) if self._pending else None
        outcome = LoginOutcome()
        config = self.server_config or TransportConfig(host_keys=(loopback_host_key(),))
        options = {"failure_delay": 0.0, **self.server_options}
        conn: TransportConnection | None = None
        try:
            conn, _ = await accept(reader, writer, config, ready_timeout=STEP_TIMEOUT)
            outcome.server = await serve_authentication(conn, self.handler, **options)
        except Exception as exc:  # recorded for the test to inspect
            outcome.server_error = exc
        finally:
            self.outcomes.append(outcome)
            if future is not None and not future.done():
                future.set_result(outcome)
            if conn is not None:
                await conn.close()
            else:
                writer.close()

    async def login(
        self,
        username: str = "alice",
        credentials: Credentials | None = None,
        *,
        auth_handler: AuthHandler | None = None,
        on_banner: Callable[[str, str], object] | None = None,
        client_config: TransportConfig | None = None,
        script: ClientScript | None = None,
    ) -> LoginOutcome:
        """Connect a client and authenticate; returns both sides' outcome.

        Args:
            username, credentials, auth_handler, on_banner: for ``authenticate``.
            client_config: the client's transport configuration.
            script: run instead of ``authenticate`` (for clients that misbehave).
        Returns:
            The outcome; the server's half is filled once the server side has ended.
        """
        assert self._server is not None, "use AuthLoopback in 'async with'"
        server_done: asyncio.Future[LoginOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append(server_done)
        outcome = LoginOutcome()
        conn: TransportConnection | None = None
        try:
            conn, _ = await connect(
                "127.0.0.1",
                self.port,
                client_config,
                host_key_verifier=lambda key: key == loopback_host_key().public_key(),
                ready_timeout=STEP_TIMEOUT,
            )
            async with asyncio.timeout(STEP_TIMEOUT):
                if script is not None:
                    outcome.client = await script(conn)
                else:
                    outcome.client = await authenticate(
                        conn,
                        username,
                        credentials,
                        auth_handler=auth_handler,
                        on_banner=on_banner,
                    )
        except Exception as exc:  # recorded for the test to inspect
            outcome.client_error = exc
        try:
            if outcome.client_error is None:
                # A login that succeeded: let the server finish before we hang up.
                async with asyncio.timeout(STEP_TIMEOUT):
                    await asyncio.shield(server_done)
            if conn is not None:
                await conn.close()
            async with asyncio.timeout(STEP_TIMEOUT):
                served = await server_done
        except TimeoutError:
            served = LoginOutcome(server_error=TimeoutError("the server side never ended"))
        outcome.server = served.server
        outcome.server_error = served.server_error
        return outcome


async def run_login(
    handler: ServerAuthHandler,
    username: str = "alice",
    credentials: Credentials | None = None,
    *,
    auth_handler: AuthHandler | None = None,
    on_banner: Callable[[str, str], object] | None = None,
    server_config: TransportConfig | None = None,
    client_config: TransportConfig | None = None,
    script: ClientScript | None = None,
    **server_options: Any,
) -> LoginOutcome:
    """One connection against a fresh :class:`AuthLoopback`.

    Args:
        handler: the server's authentication handler.
        username, credentials, auth_handler, on_banner, client_config, script: see
            :meth:`AuthLoopback.login`.
        server_config: the server's transport configuration.
        server_options: keyword arguments for ``serve_authentication``.
    Returns:
        Both sides' outcome.
    """
    async with AuthLoopback(handler, server_options, server_config) as loop:
        return await loop.login(
            username,
            credentials,
            auth_handler=auth_handler,
            on_banner=on_banner,
            client_config=client_config,
            script=script,
        )

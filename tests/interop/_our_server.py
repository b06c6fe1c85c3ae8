"""Run OUR server (transport + user authentication) in the test's event loop, and OpenSSH's
``ssh`` client against it, for interop tests.

:class:`OurServer` listens on 127.0.0.1 (an ephemeral port) with
:func:`~ssh_engine._transport._stream.start_server`; every accepted connection runs the kex with
:func:`~ssh_engine._transport._driver.accept`, then
:func:`~ssh_engine._auth._server_flow.serve_authentication` with the test's handler, and is
recorded in a :class:`ServedConnection`: the requests the handler was asked, the
:class:`~ssh_engine._auth._server_flow.ServerAuthResult` or the exception, and what happened
after the login (until the client leaves). Nothing escapes the connection task: every
exception lands in the record, so a test asserts on it instead of losing it in the loop's
exception handler.

:class:`SshClient` runs ``ssh`` with :func:`asyncio.create_subprocess_exec` (so our server
keeps running in the same loop) and collects its stderr as it comes, so a test can wait for
``Authenticated to ...`` before it ends ssh. :func:`ssh_command` builds a command line that
reads nothing from ``~/.ssh`` or ``/etc/ssh`` and pins our host key through a private
known_hosts file (:func:`write_known_hosts`).

Typical use (inside ``asyncio.run``)::

    async with OurServer(handler, host_keys=(host_key,)) as server:
        ssh = await SshClient.start(ssh_command(server.port, known_hosts, "alice", "-i", key))
        conn = await server.next_connection()
        await conn.wait_authenticated()
        await ssh.wait_for_output('using "publickey"')
        await ssh.stop()
        await conn.wait_finished()
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ssh_engine._auth._events import AuthRequest
from ssh_engine._auth._server_flow import (
    AuthContext,
    ServerAuthHandler,
    ServerAuthResult,
    serve_authentication,
)
from ssh_engine._transport import ConnectionClosed, DisconnectReceived, TransportConfig
from ssh_engine._transport._driver import TransportConnection, accept
from ssh_engine._transport._stream import start_server
from ssh_wire.keys import SSHCertificate, SSHKey

__all__ = [
    "HOST_ALIAS",
    "OurServer",
    "ServedConnection",
    "SshClient",
    "clean_env",
    "ssh_command",
    "write_known_hosts",
]

#: The name our host key is filed under in the test known_hosts (ssh's HostKeyAlias), so
#: one file serves every port.
HOST_ALIAS = "our-test-server"

# Variables of the caller's environment that would make ssh use an agent or an askpass
# program the test did not set up.
_FOREIGN_VARIABLES = ("SSH_AUTH_SOCK", "SSH_AGENT_PID", "SSH_ASKPASS", "SSH_ASKPASS_REQUIRE")


@dataclass(eq=False)
class ServedConnection:
    """What our server did with one accepted connection.

    Attributes:
        peer: the client's (address, port).
        handshake: the transport events up to the ``ssh-userauth`` service (kex…).
        requests: every request handed to the handler, in order (a publickey query and its
            signed request are two entries).
        result: the login, once ``serve_authentication`` returned.
        error: what ``accept`` or ``serve_authentication`` raised (AuthError, ConnectionError,
            DisconnectError, LoginTimeout…); None if it returned.
        after_login: transport events read after the login, until the client left; the
            last is usually ``DisconnectReceived`` or ``ConnectionClosed``.
        after_login_error: an exception other than the peer going away, raised while the
            logged-in connection was read or closed (a crash on our side).
        closed_by_peer: the logged-in connection ended because the client left.
    """

    peer: tuple[str, int]
    handshake: list[object] = field(default_factory=list)
    requests: list[AuthRequest] = field(default_factory=list)
    result: ServerAuthResult | None = None
    error: BaseException | None = None
    after_login: list[object] = field(default_factory=list)
    after_login_error: BaseException | None = None
    closed_by_peer: bool = False
    _authenticated: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _finished: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    @property
    def finished(self) -> bool:
        """Whether the connection's task is over (socket closed)."""
        return self._finished.is_set()

    async def wait_authenticated(self, timeout: float = 20.0) -> ServerAuthResult | None:
        """Wait until authentication ended, either way.

        Returns:
            The login, or None if it failed (see :attr:`error`).
        Raises:
            TimeoutError: nothing within ``timeout`` seconds.
        """
        await asyncio.wait_for(self._authenticated.wait(), timeout)
        return self.result

    async def wait_finished(self, timeout: float = 20.0) -> None:
        """Wait until our side closed the connection.

        Raises:
            TimeoutError: still open after ``timeout`` seconds.
        """
        await asyncio.wait_for(self._finished.wait(), timeout)


class OurServer:
    """Our SSH server on 127.0.0.1, an async context manager.

    Args:
        handler: the authentication handler (sync or async, see ``ServerAuthHandler``);
            every request is recorded in :attr:`ServedConnection.requests` before it runs.
        host_keys: the server's private host keys.
        transport_config: a full transport configuration instead (``host_keys`` ignored).
        ready_timeout: seconds for the kex and the service request.
        auth_options: keyword arguments for ``serve_authentication`` (``methods``,
            ``authentication_methods``, ``banner``, ``max_attempts``, ``failure_delay``,
            ``login_grace_time``…).
    Attributes:
        connections: one record per accepted connection, in order.
    """

    def __init__(
        self,
        handler: ServerAuthHandler,
        *,
        host_keys: Sequence[SSHKey | SSHCertificate] = (),
        transport_config: TransportConfig | None = None,
        ready_timeout: float = 20.0,
        **auth_options: Any,
    ) -> None:
        if transport_config is None:
            if not host_keys:
                raise ValueError("OurServer needs host_keys or a transport_config")
            transport_config = TransportConfig(host_keys=tuple(host_keys))
        self._handler = handler
        self._config = transport_config
        self._ready_timeout = ready_timeout
        self._auth_options = auth_options
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._arrived = asyncio.Condition()
        self._handed_out = 0
        self.connections: list[ServedConnection] = []

    @property
    def host(self) -> str:
        """The address listened on (127.0.0.1)."""
        return "127.0.0.1"

    @property
    def port(self) -> int:
        """The TCP port listened on."""
        if self._server is None:
            raise RuntimeError("the server is not running")
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def __aenter__(self) -> OurServer:
        self._server = await start_server(self._serve, self.host, 0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        await asyncio.wait_for(self._server.wait_closed(), 10)

    async def next_connection(self, timeout: float = 20.0) -> ServedConnection:
        """Returns the next connection not yet returned, waiting for it to arrive.

        Raises:
            TimeoutError: no new connection within ``timeout`` seconds.
        """
        async with asyncio.timeout(timeout), self._arrived:
            await self._arrived.wait_for(lambda: len(self.connections) > self._handed_out)
            self._handed_out += 1
            return self.connections[self._handed_out - 1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        record = ServedConnection(peer=(str(peer[0]), int(peer[1])))
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        async with self._arrived:
            self.connections.append(record)
            self._arrived.notify_all()
        try:
            await self._run(record, reader, writer)
        finally:
            writer.close()
            record._authenticated.set()
            record._finished.set()
            self._tasks.discard(task)

    async def _run(
        self, record: ServedConnection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        conn: TransportConnection | None = None

        def recording_handler(ctx: AuthContext) -> bool | Awaitable[bool | None] | None:
            record.requests.append(ctx.request)
            return self._handler(ctx)

        try:
            conn, events = await accept(
                reader, writer, self._config, ready_timeout=self._ready_timeout
            )
            record.handshake.extend(events)
            record.result = await serve_authentication(
                conn,
                recording_handler,
                **self._auth_options,
            )
        except Exception as exc:
            record.error = exc
            record._authenticated.set()
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()
            return
        record._authenticated.set()
        try:
            await self._after_login(record, conn)
        except Exception as exc:
            record.after_login_error = exc

    async def _after_login(self, record: ServedConnection, conn: TransportConnection) -> None:
        """Read the logged-in connection until the client leaves (no connection layer yet:
        its messages are only recorded), then close it."""
        try:
            while True:
                event = await conn.next_event()
                record.after_login.append(event)
                if isinstance(event, DisconnectReceived | ConnectionClosed):
                    record.closed_by_peer = True
                    break
        except ConnectionError as exc:
            record.after_login.append(exc)
            record.closed_by_peer = True
        finally:
            await conn.close()


# ------------------------------------------------------------------------ OpenSSH's ssh


def write_known_hosts(path: Path, *host_keys: SSHKey, cert_authority: SSHKey | None = None) -> Path:
    """Write a known_hosts file trusting ``host_keys`` for :data:`HOST_ALIAS`, and
    ``cert_authority`` (a line marked ``@cert-authority``) for host certificates.

    Returns:
        ``path``.
    """
    lines = [f"{HOST_ALIAS} {key.public_key().openssh_public_line()}\n" for key in host_keys]
    if cert_authority is not None:
        line = cert_authority.public_key().openssh_public_line()
        lines.append(f"@cert-authority {HOST_ALIAS} {line}\n")
    path.write_text("".join(lines))
    return path


def clean_env(**extra: str) -> dict[str, str]:
    """Returns a copy of ``os.environ`` without agent or askpass settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in _FOREIGN_VARIABLES}
    env.update(extra)
    return env


def ssh_command(
    port: int,
    known_hosts: Path,
    user: str,
    *options: str | os.PathLike[str],
    batch: bool = True,
    host: str = "127.0.0.1",
) -> list[str]:
    """An ``ssh -N -v`` command line for our server that touches nothing in ``~`` or /etc.

    ``-F /dev/null`` skips every config file (and ssh's creation of ``~/.ssh``), the host
    key is checked strictly against ``known_hosts`` (under :data:`HOST_ALIAS`), and no
    agent is used unless ``options`` say otherwise (``IdentityAgent`` is ``none`` by
    default: pass ``-o IdentityAgent=SSH_AUTH_SOCK`` to use one). ssh's default identity
    files are used only if ``options`` name none: pass ``-i`` or ``-o IdentityFile=...``.

    Args:
        port: our server's port.
        known_hosts: the file from :func:`write_known_hosts`.
        user: the user name to log in as.
        options: further ssh arguments (ssh uses the first value of each option, so these
            come first and override the defaults below).
        batch: ``BatchMode`` (False lets ssh ask for passwords through ``SSH_ASKPASS``).
        host: the address to connect to.
    """
    ssh = shutil.which("ssh")
    if ssh is None:
        pytest.fail("OpenSSH ssh is not installed", pytrace=False)
    return [
        ssh, "-N", "-v", "-F", "/dev/null", *map(str, options),
        "-o", f"BatchMode={'yes' if batch else 'no'}",
        "-o", f"UserKnownHostsFile={known_hosts}", "-o", "GlobalKnownHostsFile=/dev/null",
        "-o", f"HostKeyAlias={HOST_ALIAS}", "-o", "StrictHostKeyChecking=yes",
        "-o", "HostKeyAlgorithms=ssh-ed25519", "-o", "UpdateHostKeys=no",
        "-o", "IdentityAgent=none", "-o", "IdentitiesOnly=yes", "-o", "AddKeysToAgent=no",
        "-o", "ControlMaster=no", "-o", "ControlPath=none", "-o", "ConnectTimeout=20",
        "-o", "ServerAliveInterval=0", "-p", str(port), "-l", user, host,
    ]  # fmt: skip


class SshClient:
    """A running ``ssh`` whose stderr is collected as it arrives.

    Create with :meth:`start`; end with :meth:`stop` (or :meth:`wait` when ssh exits by
    itself). Every wait has a timeout, and ssh is killed if it outlives :meth:`stop`.
    """

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self._chunks: list[str] = []
        self._changed = asyncio.Condition()
        self._reader = asyncio.create_task(self._collect())

    @classmethod
    async def start(cls, command: Sequence[str], env: Mapping[str, str] | None = None) -> SshClient:
        """Start ``command`` (from :func:`ssh_command`), stdin and stdout on /dev/null.

        Args:
            env: its environment (default: :func:`clean_env`).
        """
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
            env=dict(clean_env() if env is None else env),
        )
        return cls(process)

    @property
    def stderr(self) -> str:
        """What ssh wrote to stderr so far."""
        return "".join(self._chunks)

    @property
    def returncode(self) -> int | None:
        """ssh's exit status, None while it runs."""
        return self.process.returncode

    async def _collect(self) -> None:
        assert self.process.stderr is not None
        while True:
            data = await self.process.stderr.read(65536)
            async with self._changed:
                if data:
                    self._chunks.append(data.decode(errors="replace"))
                self._changed.notify_all()
            if not data:
                return

    async def wait_for_output(self, text: str, timeout: float = 20.0) -> None:
        """Wait until ``text`` appears in ssh's stderr.

        Raises:
            AssertionError: ssh's stderr ended, or ``timeout`` passed, without ``text``
                (the message holds the stderr so far).
        """
        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(lambda: text in self.stderr or self._reader.done())
        except TimeoutError:
            pass
        if text not in self.stderr:
            raise AssertionError(f"{text!r} not in ssh's stderr:\n{self.stderr}")

    async def wait(self, timeout: float = 20.0) -> int:
        """Wait for ssh to exit by itself (and its stderr to end).

        Returns:
            Its exit status.
        Raises:
            TimeoutError: still running after ``timeout`` seconds (it is then killed).
        """
        try:
            await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            await self._kill()
            raise
        await self._finish_reading()
        return self.process.returncode if self.process.returncode is not None else -1

    async def stop(self, timeout: float = 10.0) -> int:
        """End ssh with SIGTERM (SIGKILL if it ignores it for ``timeout`` seconds).

        Returns:
            Its exit status (``-15`` if it died of the signal).
        """
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                await self._kill()
        await self._finish_reading()
        return self.process.returncode if self.process.returncode is not None else -1

    async def _finish_reading(self, timeout: float = 10.0) -> None:
        """Wait for the end of ssh's stderr; a child of ssh (an askpass program) may still
        hold the pipe open, so give up after ``timeout`` seconds, keeping what was read."""
        await asyncio.wait({self._reader}, timeout=timeout)
        if not self._reader.done():
            self._reader.cancel()
            await asyncio.wait({self._reader}, timeout=timeout)

    async def _kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        await asyncio.wait_for(self.process.wait(), 10)

"""OUR server with the session layer (transport, publickey login, ``session`` channels) in a
background thread, for interop tests that run OpenSSH's ``ssh`` with a command.

:class:`SessionServer` extends :class:`~tests.interop._our_server.OurServer`: after the
login, the connection runs a :class:`~ssh_engine._session.ConnectionMux` with a
:class:`~ssh_engine._session.SessionServer` whose handler interprets a tiny command language
itself (no process is spawned), see :func:`run_test_command`. :class:`BackgroundServer`
runs it on its own event loop in a daemon thread, so a test can run ``ssh`` with
:func:`subprocess.run` (bounded by a timeout) and then look up what our server saw with
:meth:`BackgroundServer.find`.

The commands, separated by ``" ; "``:

* ``echo WORDS`` — WORDS and a newline on stdout;
* ``err WORDS`` — WORDS and a newline on stderr;
* ``env NAME`` — the value of the ``env`` request NAME (or ``<unset>``) on stdout;
* ``sha256`` — hash stdin until EOF, print the hex digest on stdout;
* ``gen N`` — write N bytes of :func:`pattern` on stdout;
* ``bulk N`` — at once: write N bytes of :func:`pattern` on stdout, and hash stdin until
  EOF; then ``sha256-in=<hex>`` on stderr;
* ``sleep S`` — wait S seconds;
* ``exit N`` — end with exit status N (else 0).
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Coroutine, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ssh_engine._algorithms import build_algorithm_config, supported_names
from ssh_engine._auth._server_flow import AuthContext
from ssh_engine._session import ConnectionMux, ServerSession
from ssh_engine._session import SessionServer as SessionChannels
from ssh_engine._transport import KexCompleted, TransportConfig
from ssh_engine._transport._driver import TransportConnection
from ssh_wire.keys import SSHCertificate, SSHKey
from tests.interop._our_server import OurServer, ServedConnection

__all__ = [
    "BLOCK_SIZE",
    "BackgroundServer",
    "ConnectionReport",
    "Served",
    "SessionRecord",
    "SessionServer",
    "all_algorithms_config",
    "pattern",
    "pattern_block",
    "pattern_sha256",
    "publickey_handler",
    "run_test_command",
    "write_private_key",
]

#: The size of one block of :func:`pattern`.
BLOCK_SIZE = 1 << 20
_T = TypeVar("_T")


def pattern_block() -> bytes:
    """The 1 MiB pseudo-random block that :func:`pattern` repeats: SHA-256 of the counter
    0, 1, 2… (4 bytes big-endian), concatenated. The same recipe runs on sshd's side as a
    ``python3 -c`` program, see ``GEN_PROGRAM`` in the rekey tests."""
    return b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(BLOCK_SIZE // 32))


_BLOCK = pattern_block()


def pattern(size: int) -> Iterator[memoryview]:
    """Yields ``size`` bytes of the repeated :func:`pattern_block`, in chunks of at most
    1 MiB."""
    view = memoryview(_BLOCK)
    while size > 0:
        step = min(size, BLOCK_SIZE)
        yield view[:step]
        size -= step


def pattern_sha256(size: int) -> str:
    """The hex SHA-256 of ``size`` bytes of :func:`pattern`."""
    digest = hashlib.sha256()
    for chunk in pattern(size):
        digest.update(chunk)
    return digest.hexdigest()


def all_algorithms_config(
    host_keys: Sequence[SSHKey | SSHCertificate], **options: Any
) -> TransportConfig:
    """A server configuration offering every algorithm we implement, compression included."""
    names = {
        category: list(supported_names(category))
        for category in ("kex", "cipher", "mac", "server_host_key", "compress")
    }
    return TransportConfig(
        algorithms=build_algorithm_config(names),
        host_keys=tuple(host_keys),
        **options,
    )


def publickey_handler(username: str, *keys: SSHKey) -> Any:
    """An authentication handler accepting ``username`` with one of ``keys`` only."""

    def handler(ctx: AuthContext) -> bool:
        key = ctx.key
        return (
            ctx.method == "publickey"
            and ctx.username == username
            and isinstance(key, SSHKey)
            and any(key.equals(k) for k in keys)
        )

    return handler


@dataclass(eq=False)
class SessionRecord:
    """One session our server ran.

    Attributes:
        kind, command, env: from the client's requests.
        pty_term: the terminal name of a ``pty-req`` (None without one).
        exit_status: what the handler returned.
        stdin_sha256: hex SHA-256 of the stdin a ``sha256``/``bulk`` command read.
        stdout_sha256: hex SHA-256 of what ``gen``/``bulk`` wrote.
        stdin_bytes: how many stdin bytes were hashed.
    """

    kind: str
    command: str | None
    env: dict[str, str]
    pty_term: str | None = None
    exit_status: int | None = None
    stdin_sha256: str | None = None
    stdout_sha256: str | None = None
    stdin_bytes: int = 0


@dataclass(eq=False)
class ConnectionReport:
    """What our server did with one connection after the login.

    Attributes:
        sessions: the sessions, in the order they started.
        rekeys: key exchanges after the login (``ConnectionMux.rekeys``).
        mux_error: why the connection layer ended, if not cleanly.
    """

    sessions: list[SessionRecord] = field(default_factory=list)
    rekeys: int = 0
    mux_error: BaseException | None = None


async def run_test_command(session: ServerSession, record: SessionRecord) -> int:
    """Interpret ``session.command`` (see the module's docstring); returns the exit status."""
    channel = session.channel
    status = 0
    for part in (session.command or "").split(" ; "):
        verb, _, rest = part.strip().partition(" ")
        if verb == "echo":
            channel.write(rest.encode() + b"\n")
        elif verb == "err":
            channel.write(rest.encode() + b"\n", 1)
        elif verb == "env":
            channel.write(session.env.get(rest, "<unset>").encode() + b"\n")
        elif verb == "sha256":
            await _hash_stdin(session, record)
            channel.write(f"{record.stdin_sha256}\n".encode())
        elif verb == "gen":
            await _generate(session, record, int(rest))
        elif verb == "bulk":
            await asyncio.gather(
                _generate(session, record, int(rest)), _hash_stdin(session, record)
            )
            channel.write(f"sha256-in={record.stdin_sha256}\n".encode(), 1)
        elif verb == "sleep":
            await asyncio.sleep(float(rest))
        elif verb == "exit":
            status = int(rest)
        else:
            channel.write(f"unknown command {verb!r}\n".encode(), 1)
            status = 127
        await channel.drain()
    return status


async def _hash_stdin(session: ServerSession, record: SessionRecord) -> None:
    digest = hashlib.sha256()
    size = 0
    while chunk := await session.channel.read():
        digest.update(chunk)
        size += len(chunk)
    record.stdin_sha256 = digest.hexdigest()
    record.stdin_bytes = size


async def _generate(session: ServerSession, record: SessionRecord, size: int) -> None:
    digest = hashlib.sha256()
    for chunk in pattern(size):
        digest.update(chunk)
        session.channel.write(chunk)
        await session.channel.drain()
    record.stdout_sha256 = digest.hexdigest()


class SessionServer(OurServer):
    """:class:`OurServer` that serves ``session`` channels after the login (the command
    language of :func:`run_test_command`); :attr:`reports` holds, per connection, what
    the connection layer did."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reports: dict[ServedConnection, ConnectionReport] = {}

    async def _after_login(self, record: ServedConnection, conn: TransportConnection) -> None:
        report = self.reports.setdefault(record, ConnectionReport())

        async def handler(session: ServerSession) -> int:
            term = None if session.pty is None else session.pty.term
            entry = SessionRecord(session.kind, session.command, dict(session.env), term)
            report.sessions.append(entry)
            entry.exit_status = await run_test_command(session, entry)
            return entry.exit_status

        mux = ConnectionMux(conn, "server", handlers=SessionChannels(handler))
        mux.start()
        try:
            await mux.wait_closed()
        finally:
            report.rekeys = mux.rekeys
            report.mux_error = mux.error
            await conn.close()


@dataclass(frozen=True)
class Served:
    """A finished connection as seen from the test thread."""

    connection: ServedConnection
    report: ConnectionReport

    @property
    def kex(self) -> KexCompleted:
        """The first key exchange."""
        (done,) = [e for e in self.connection.handshake if isinstance(e, KexCompleted)]
        return done


class BackgroundServer:
    """A :class:`SessionServer` on its own event loop in a daemon thread; a context
    manager. Every call from the test thread is bounded by a timeout.

    Args:
        handler: the authentication handler.
        transport_config: the server's transport configuration.
        auth_options: more keyword arguments for :class:`OurServer`.
    """

    def __init__(
        self, handler: Any, transport_config: TransportConfig, **auth_options: Any
    ) -> None:
        self._handler = handler
        self._config = transport_config
        self._auth_options = auth_options
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: SessionServer | None = None

    def _call(self, coro: Coroutine[Any, Any, _T], timeout: float = 30.0) -> _T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    @property
    def port(self) -> int:
        """The port our server listens on (127.0.0.1)."""
        assert self._server is not None
        return self._server.port

    def __enter__(self) -> BackgroundServer:
        self._thread.start()

        async def start() -> SessionServer:
            server = SessionServer(
                self._handler, transport_config=self._config, **self._auth_options
            )
            await server.__aenter__()
            return server

        self._server = self._call(start())
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if self._server is not None:
                self._call(self._server.__aexit__(None, None, None))
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            if not self._thread.is_alive():
                self._loop.close()

    def find(self, token: str, timeout: float = 20.0) -> Served:
        """The connection whose (first) session's command contains ``token``, once our
        side has finished with it.

        Raises:
            AssertionError: no such connection arrived (the message lists what did).
            TimeoutError: it did not finish within ``timeout`` seconds.
        """
        server = self._server
        assert server is not None

        async def lookup() -> Served:
            async with asyncio.timeout(timeout):
                while True:
                    for conn in list(server.connections):
                        report = server.reports.get(conn)
                        if report and any(token in (s.command or "") for s in report.sessions):
                            await conn.wait_finished(timeout)
                            return Served(conn, report)
                    await asyncio.sleep(0.02)

        try:
            return self._call(lookup(), timeout + 5)
        except TimeoutError:
            seen = [
                (c.error, self._server and self._server.reports.get(c)) for c in server.connections
            ]
            raise AssertionError(f"no finished connection ran {token!r}; seen: {seen}") from None

    def all_connections(self) -> list[ServedConnection]:
        """Every connection so far (a snapshot)."""
        assert self._server is not None
        return list(self._server.connections)


def write_private_key(key: SSHKey, path: Path) -> Path:
    """Write ``key`` unencrypted in OpenSSH format (mode 0600) and its ``.pub``."""
    path.write_bytes(key.export())
    path.chmod(0o600)
    Path(f"{path}.pub").write_text(key.public_key().openssh_public_line() + "\n")
    return path

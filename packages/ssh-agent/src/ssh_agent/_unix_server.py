"""The agent served on a UNIX socket with asyncio, as OpenSSH's ssh-agent serves it.

The socket is created 0600 inside a directory only its owner can enter: by default a fresh
0700 ``$TMPDIR/ssh-XXXXXXXX/agent.<pid>`` like ssh-agent's; at a chosen path it is bound in
a private directory next to the target, made 0600, then hard-linked into place, so it is never
reachable with looser permissions and an existing file is never replaced. Peers whose uid is
neither ours nor root are turned away (ssh-agent's getpeereid check). Each client is served by
its own :class:`~ssh_agent.AgentServerProtocol`; one client's bad input or pending
confirmation never holds up another. Keys whose lifetime ends are dropped on time by a reaper
task, not only when next looked at.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import inspect
import logging
import os
import socket
import struct
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TypeAlias

from ssh_wire.keys import SSHKey

from ._server import AgentServerProtocol
from ._store import KeyStore, PendingSignature

__all__ = ["AgentServer", "AgentSocket", "ConfirmCallback", "create_agent_socket"]

log = logging.getLogger("ssh_agent.server")

#: ``confirm(key, comment, destination_info) -> bool``, sync or async. A sync callback runs
#: in a worker thread so a slow prompt never stalls other clients. Only ``True`` allows.
ConfirmCallback: TypeAlias = Callable[[SSHKey, str, "str | None"], "bool | Awaitable[bool]"]

_READ_SIZE = 64 * 1024
_BACKLOG = 128
_UCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid (Linux SO_PEERCRED)


@dataclass
class AgentSocket:
    """A bound, listening agent socket and what to remove when the agent stops.

    Attributes:
        sock: the listening socket.
        path: where clients connect (the value of SSH_AUTH_SOCK).
        directory: the private directory created for it, removed with it; None for a
            socket bound at a path the caller chose.
    """

    sock: socket.socket
    path: str
    directory: str | None
    _inode: int = field(repr=False)
    _owner_pid: int = field(default_factory=os.getpid, repr=False)

    def cleanup(self) -> None:
        """Close the socket and remove its file (if it is still ours) and private directory.

        Only the process that created the socket removes files (a forked child inherits the
        object but not the duty, unless it calls :meth:`adopt`). Never raises.
        """
        with contextlib.suppress(OSError):
            self.sock.close()
        if os.getpid() != self._owner_pid:
            return
        with contextlib.suppress(OSError):
            if os.lstat(self.path).st_ino == self._inode:
                os.unlink(self.path)
        if self.directory is not None:
            with contextlib.suppress(OSError):
                os.rmdir(self.directory)

    def adopt(self) -> None:
        """Make the calling process the one that removes the files (after fork)."""
        self._owner_pid = os.getpid()


def _bind(sock: socket.socket, path: str) -> None:
    sock.bind(path)
    os.chmod(path, 0o600)


def create_agent_socket(path: str | os.PathLike[str] | None = None) -> AgentSocket:
    """Create the agent's listening UNIX socket, mode 0600, in an owner-only directory.

    Args:
        path: where to bind (``ssh-agent -a``); default a new ``$TMPDIR/ssh-XXXXXXXX``
            directory (mode 0700) holding ``agent.<pid>``.
    Returns:
        The listening socket with its path.
    Raises:
        FileExistsError: ``path`` already exists.
        OSError: the socket cannot be created or bound (path too long, no permission…).
    """
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        if path is None:
            directory = tempfile.mkdtemp(prefix="ssh-")  # mode 0700
            final = os.path.join(directory, f"agent.{os.getpid()}")
            try:
                _bind(sock, final)
            except OSError:
                os.rmdir(directory)
                raise
        else:
            directory = None
            final = os.path.abspath(os.fspath(path))
            if os.path.lexists(final):
                raise FileExistsError(errno.EEXIST, "address already in use", final)
            private = tempfile.mkdtemp(prefix=".a", dir=os.path.dirname(final))
            staging = os.path.join(private, "s")
            try:
                _bind(sock, staging)
                os.link(staging, final)  # atomic, and refuses to replace an existing file
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(staging)
                os.rmdir(private)
        sock.listen(_BACKLOG)
        inode = os.lstat(final).st_ino
    except BaseException:
        sock.close()
        raise
    return AgentSocket(sock, final, directory, inode)


def _peer_allowed(writer: asyncio.StreamWriter) -> bool:
    """ssh-agent.c handle_socket_read: only our own uid, or root, may talk to the agent."""
    sock = writer.get_extra_info("socket")
    peercred = getattr(socket, "SO_PEERCRED", None)
    if sock is None or peercred is None:
        return True  # no peer credentials on this platform: the 0600 socket must do
    try:
        _pid, uid, _gid = _UCRED.unpack(sock.getsockopt(socket.SOL_SOCKET, peercred, _UCRED.size))
    except OSError:
        return False
    return uid in (0, os.getuid())


class AgentServer:
    """A full SSH agent serving a :class:`KeyStore` on a UNIX socket.

    Use as ``async with AgentServer(store, confirm=ask) as server:`` then give clients
    ``server.path`` as SSH_AUTH_SOCK; leaving the block stops it and removes the socket.

    Args:
        store: the keys to serve (default: a new empty store).
        confirm: asked before each signature with a confirm-constrained key; without it
            such signatures are refused.
    """

    def __init__(self, store: KeyStore | None = None, *, confirm: ConfirmCallback | None = None):
        self.store = store if store is not None else KeyStore()
        self.confirm = confirm
        self._socket: AgentSocket | None = None
        self._server: asyncio.AbstractServer | None = None
        self._reaper: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._clients: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._closed = asyncio.Event()

    def __repr__(self) -> str:
        return f"<AgentServer {self.path!r} {len(self._clients)} clients>"

    @property
    def path(self) -> str | None:
        """The socket path (SSH_AUTH_SOCK), once started."""
        return self._socket.path if self._socket is not None else None

    @property
    def directory(self) -> str | None:
        """The private directory created for the socket, if any."""
        return self._socket.directory if self._socket is not None else None

    @property
    def client_count(self) -> int:
        """Clients connected now."""
        return len(self._clients)

    async def start(
        self, path: str | os.PathLike[str] | None = None, *, sock: AgentSocket | None = None
    ) -> str:
        """Start listening.

        Args:
            path: where to create the socket (see :func:`create_agent_socket`).
            sock: an already created socket to serve instead (the server then owns it).
        Returns:
            The socket path.
        Raises:
            RuntimeError: already started.
            OSError: as :func:`create_agent_socket`.
        """
        if self._socket is not None:
            raise RuntimeError("agent server already started")
        self._socket = sock if sock is not None else create_agent_socket(path)
        try:
            self._server = await asyncio.start_unix_server(self._serve, sock=self._socket.sock)
        except BaseException:
            self._socket.cleanup()
            raise
        self._reaper = asyncio.get_running_loop().create_task(self._reap())
        log.info("agent listening on %s", self._socket.path)
        return self._socket.path

    async def serve_forever(self) -> None:
        """Serve until :meth:`close` is called (from a signal handler, another task…)."""
        await self._closed.wait()

    async def close(self) -> None:
        """Stop: disconnect every client, remove the socket and its directory. Idempotent."""
        if self._closed.is_set():
            return
        self._closed.set()
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        tasks = [t for t in (self._reaper, *self._clients) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        if self._socket is not None:
            self._socket.cleanup()
        log.info("agent stopped")

    async def __aenter__(self) -> AgentServer:
        if self._socket is None:
            await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- internals ---------------------------------------------------------------------------

    async def _reap(self) -> None:
        """Drop expired keys when they expire (ssh-agent.c reaper, run from its poll loop)."""
        while True:
            deadline = self.store.expire()
            self._wake.clear()
            timeout = None if deadline is None else max(0.0, deadline - self.store.clock())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _ask(self, pending: PendingSignature) -> bool:
        callback = self.confirm
        if callback is None:
            log.info("no way to confirm use of %s: refused", pending.key.fingerprint())
            return False
        args = (pending.key, pending.comment, pending.destination_info)
        try:
            if inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(
                getattr(callback, "__call__", None)  # noqa: B004 - async callable objects
            ):
                answer = callback(*args)
            else:
                answer = await asyncio.to_thread(callback, *args)
            result = await answer if inspect.isawaitable(answer) else answer
        except Exception as exc:
            log.warning("confirmation callback failed (%s): refused", type(exc).__name__)
            return False
        return result is True

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        if self._closed.is_set() or not _peer_allowed(writer):
            writer.close()
            return
        self._clients.add(task)
        self._writers.add(writer)
        conn = AgentServerProtocol(self.store)
        try:
            while not conn.closed:
                data = await reader.read(_READ_SIZE)
                if not data:
                    break
                out = conn.receive_data(data)
                while (pending := conn.awaiting_confirmation) is not None:
                    if out:  # replies due before the confirmation go out first
                        writer.write(out)
                        await writer.drain()
                    out = conn.resolve_confirmation(await self._ask(pending))
                if out:
                    writer.write(out)
                    await writer.drain()
                self._wake.set()
            if conn.closed:
                log.info("dropping agent client: %s", conn.close_reason)
        except (ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            # Only close() cancels these tasks. Return normally: asyncio's stream server
            # (3.11) reports a cancelled client_connected_cb task as an unhandled error.
            pass
        finally:
            conn.close()
            self._clients.discard(task)
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

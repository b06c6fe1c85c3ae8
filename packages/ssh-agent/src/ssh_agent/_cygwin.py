"""CygwinAgent: an ssh-agent running under Cygwin or MSYS2, seen from native Windows.

Cygwin emulates an AF_UNIX stream socket with a TCP listener on 127.0.0.1 and a plain file at
the socket's path holding ``!<socket >PORT s XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX`` and a NUL:
the port, ``s`` for SOCK_STREAM (``d`` is datagram; MSYS1 wrote no type letter) and a
"secret" of four 32-bit values in hex. Before any data flows, a connecting client
(Cygwin's fhandler_socket_local::af_local_connect, described by Corinna Vinschen on
cygwin-developers, May 2014):

1. sends the secret, 16 bytes: the four values in host order (little-endian on Windows);
2. reads the server's 16-byte secret and checks that it is the same;
3. sends its credentials, ``struct ucred {pid_t pid; uid_t uid; gid_t gid;}``, 12 bytes;
4. reads the server's credentials, 12 bytes.

OpenSSH's ssh-agent then refuses peers whose uid is neither its own nor 0 (getpeereid). A
native Windows process has no Cygwin uid, so, like the seed, the first connection sends zeros
and learns the agent's uid and gid from its reply; later connections present those (and our
pid). The learnt ids are kept per :class:`CygwinAgent`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import os
import re
import struct
import sys
from dataclasses import dataclass

from ._base import StreamPair
from ._client import DEFAULT_TIMEOUT, AgentClient
from ._errors import AgentError

__all__ = [
    "CygwinAgent",
    "CygwinCredentials",
    "cygwin_handshake",
    "pack_credentials",
    "parse_socket_file",
    "unpack_credentials",
]

_SOCKET_FILE = re.compile(
    rb"!<socket >(\d{1,5})(?: ([sd]))? "
    rb"([0-9A-Fa-f]{8})-([0-9A-Fa-f]{8})-([0-9A-Fa-f]{8})-([0-9A-Fa-f]{8})(?:\x00|\s|$)"
)
_SECRET = struct.Struct("<4I")
_CREDENTIALS = struct.Struct("<iII")  # pid_t, uid_t, gid_t on Cygwin (x86/x86-64)
_MAX_SOCKET_FILE = 1024


@dataclass(frozen=True, slots=True)
class CygwinCredentials:
    """The peer credentials exchanged after the secret (Cygwin's ``struct ucred``)."""

    pid: int
    uid: int
    gid: int


def parse_socket_file(data: bytes) -> tuple[int, bytes]:
    """Parse a Cygwin/MSYS AF_UNIX socket file.

    Returns:
        ``(port, secret)``: the TCP port on 127.0.0.1 and the 16 secret bytes as sent on the
        wire (each of the four 32-bit values little-endian).
    Raises:
        AgentError: not a socket file, a datagram socket, or a port out of range.
    """
    match = _SOCKET_FILE.match(data)
    if match is None:
        raise AgentError("not a Cygwin socket file (expected '!<socket >PORT s SECRET')")
    if match.group(2) == b"d":
        raise AgentError("the Cygwin socket file describes a datagram socket, not a stream")
    port = int(match.group(1))
    if not 0 < port < 65536:
        raise AgentError(f"the Cygwin socket file names port {port}")
    words = (int(group, 16) for group in match.groups()[2:])
    return port, _SECRET.pack(*words)


def pack_credentials(credentials: CygwinCredentials) -> bytes:
    """Returns the 12-byte ``struct ucred`` of ``credentials`` (pid, uid, gid; little-endian).

    Raises:
        ValueError: a value does not fit its 32-bit field.
    """
    try:
        return _CREDENTIALS.pack(credentials.pid, credentials.uid, credentials.gid)
    except struct.error:
        raise ValueError("Cygwin credentials must fit in 32 bits") from None


def unpack_credentials(data: bytes) -> CygwinCredentials:
    """Returns the credentials in a 12-byte ``struct ucred``.

    Raises:
        AgentError: ``data`` is not 12 bytes.
    """
    if len(data) != _CREDENTIALS.size:
        raise AgentError("Cygwin credentials must be 12 bytes")
    return CygwinCredentials(*_CREDENTIALS.unpack(data))


async def cygwin_handshake(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    secret: bytes,
    credentials: CygwinCredentials,
) -> CygwinCredentials:
    """Run the client side of Cygwin's AF_UNIX stream handshake (see the module docstring).

    Returns:
        The server's credentials.
    Raises:
        AgentError: the server closed the connection or answered with another secret.
    """
    try:
        writer.write(secret)
        await writer.drain()
        echoed = await reader.readexactly(len(secret))
        if not hmac.compare_digest(echoed, secret):
            raise AgentError("the Cygwin socket's server does not know its secret")
        writer.write(pack_credentials(credentials))
        await writer.drain()
        return unpack_credentials(await reader.readexactly(_CREDENTIALS.size))
    except asyncio.IncompleteReadError:
        raise AgentError("the Cygwin socket's server closed during the handshake") from None
    except OSError as exc:
        raise AgentError(f"Cygwin socket handshake failed: {exc}") from exc


def _is_windows() -> bool:
    return sys.platform == "win32"


class CygwinAgent(AgentClient):
    """A client of an ssh-agent running under Cygwin or MSYS2 (``SSH_AUTH_SOCK`` there).

    Connections open on first use and again after being lost or closed; :meth:`get_stream`
    opens extra ones for forwarding.

    Attributes:
        socket_path: the socket file.
    """

    def __init__(
        self,
        socket_path: str | os.PathLike[str],
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        use_cygpath: bool | None = None,
    ) -> None:
        """Args:
        socket_path: the Cygwin socket file (a Windows path, or a Cygwin path such as
            ``/tmp/ssh-XXXX/agent.123`` that ``cygpath -w`` can translate).
        timeout: seconds each wait may take.
        use_cygpath: when the file cannot be read, translate the path with ``cygpath -w``
            and retry (default: on Windows only).
        """
        super().__init__(timeout=timeout)
        self.socket_path = os.fspath(socket_path)
        self._use_cygpath = _is_windows() if use_cygpath is None else use_cygpath
        self._ids: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return f"<CygwinAgent {self.socket_path!r}>"

    async def _read_socket_file(self) -> bytes:
        path = self.socket_path
        try:
            return await asyncio.to_thread(_read_head, path)
        except OSError as exc:
            if not self._use_cygpath:
                raise AgentError(f"cannot read the Cygwin socket file {path}: {exc}") from exc
            first = exc
        translated = await _cygpath(path)
        if translated is None:
            raise AgentError(f"cannot read the Cygwin socket file {path}: {first}") from first
        try:
            return await asyncio.to_thread(_read_head, translated)
        except OSError as exc:
            raise AgentError(f"cannot read the Cygwin socket file {translated}: {exc}") from exc

    async def _open_stream(self) -> StreamPair:
        """Read the socket file, connect to its port and run the handshake.

        Returns:
            A new ``(reader, writer)`` pair, past the handshake.
        Raises:
            AgentError: unreadable or malformed socket file, refused connection, bad handshake.
        """
        port, secret = parse_socket_file(await self._read_socket_file())
        if self._ids is None:
            # Learn the agent's uid and gid from a first exchange with zero credentials.
            reader, writer = await _connect(port)
            try:
                server = await cygwin_handshake(reader, writer, secret, CygwinCredentials(0, 0, 0))
            finally:
                writer.close()
            self._ids = (server.uid, server.gid)
        reader, writer = await _connect(port)
        ours = CygwinCredentials(os.getpid() & 0x7FFFFFFF, *self._ids)
        try:
            await cygwin_handshake(reader, writer, secret, ours)
        except BaseException:
            writer.close()
            raise
        return reader, writer


def _read_head(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read(_MAX_SOCKET_FILE)


async def _connect(port: int) -> StreamPair:
    try:
        return await asyncio.open_connection("127.0.0.1", port)
    except OSError as exc:
        raise AgentError(f"cannot connect to the Cygwin agent on 127.0.0.1:{port}: {exc}") from exc


async def _cygpath(path: str) -> str | None:
    """``cygpath -w path``: the Windows form of a Cygwin path, or None when that fails."""
    try:
        proc = await asyncio.create_subprocess_exec(
            "cygpath",
            "-w",
            path,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
    except OSError:
        return None
    try:
        out, _ = await proc.communicate()
    except BaseException:  # cancelled (timeout): do not leave it running
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        raise
    text = out.decode(errors="replace").strip("\r\n")
    return text if proc.returncode == 0 and text else None

"""OpenSSHAgent: the agent behind ``SSH_AUTH_SOCK`` (a UNIX socket), or on Windows the
OpenSSH for Windows agent's named pipe."""

from __future__ import annotations

import asyncio
import os
import sys

from ._base import StreamPair
from ._client import DEFAULT_TIMEOUT, AgentClient
from ._errors import AgentError

__all__ = ["WINDOWS_AGENT_PIPE", "OpenSSHAgent", "is_named_pipe"]

#: The named pipe the Windows port of OpenSSH's ssh-agent service listens on.
WINDOWS_AGENT_PIPE = r"\\.\pipe\openssh-ssh-agent"
_PIPE_PREFIXES = ("\\\\.\\pipe\\", "//./pipe/")


def _is_windows() -> bool:
    return sys.platform == "win32"


def is_named_pipe(path: str) -> bool:
    """Returns True when ``path`` names a Windows named pipe (``\\\\.\\pipe\\…``)."""
    return path.lower().startswith(_PIPE_PREFIXES)


async def open_named_pipe(path: str, limit: int = 2**16) -> StreamPair:
    """Connect to a Windows named pipe as an asyncio stream pair.

    Returns:
        ``(reader, writer)``.
    Raises:
        AgentError: not on Windows' proactor event loop, or the pipe cannot be opened.
    """
    loop = asyncio.get_running_loop()
    create = getattr(loop, "create_pipe_connection", None)
    if create is None:
        raise AgentError("named pipes need Windows' proactor event loop")
    reader = asyncio.StreamReader(limit=limit, loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    try:
        transport, _ = await create(lambda: protocol, path)
    except OSError as exc:
        raise AgentError(f"cannot open the agent pipe {path}: {exc}") from exc
    return reader, asyncio.StreamWriter(transport, protocol, reader, loop)


class OpenSSHAgent(AgentClient):
    """A client of OpenSSH's ``ssh-agent`` (or any agent on a UNIX socket).

    The connection opens on first use (or in ``async with`` / :meth:`connect`) and is opened
    again after it was lost or closed; :meth:`get_stream` opens extra ones for forwarding.
    Per-connection state (``session-bind@openssh.com``) does not survive a reconnection.

    Attributes:
        socket_path: the UNIX socket (or, on Windows, named pipe) of the agent.
    """

    def __init__(
        self,
        socket_path: str | os.PathLike[str] | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        """Args:
            socket_path: where the agent listens; default ``$SSH_AUTH_SOCK`` (on Windows,
                when that is unset, the OpenSSH for Windows agent pipe).
            timeout: seconds each wait may take.

        Raises:
            AgentError: no path given and ``SSH_AUTH_SOCK`` is not set.
        """
        super().__init__(timeout=timeout)
        if socket_path is None:
            socket_path = os.environ.get("SSH_AUTH_SOCK") or None
            if socket_path is None:
                if not _is_windows():
                    raise AgentError(
                        "SSH_AUTH_SOCK is not set, so there is no agent to talk to: start one "
                        "(eval $(ssh-agent)) or pass the agent's socket path"
                    )
                socket_path = WINDOWS_AGENT_PIPE
        self.socket_path = os.fspath(socket_path)

    def __repr__(self) -> str:
        return f"<OpenSSHAgent {self.socket_path!r}>"

    async def _open_stream(self) -> StreamPair:
        """Connect to the agent's socket (or pipe).

        Returns:
            A new ``(reader, writer)`` pair.
        Raises:
            AgentError: the socket does not exist, refuses the connection, or is not ours.
        """
        path = self.socket_path
        if _is_windows() and is_named_pipe(path):
            return await open_named_pipe(path)
        open_unix = getattr(asyncio, "open_unix_connection", None)
        if open_unix is None:
            raise AgentError(f"UNIX sockets are not available here to reach {path}")
        try:
            reader, writer = await open_unix(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise AgentError(f"cannot connect to the agent at {path}: {reason}") from exc
        return reader, writer

"""Our server in a child process, so a benchmark's client CPU column is the client alone;
plus small helpers the process-level suites share.

The child side (:func:`serve_until_stdin_closes`) listens on 127.0.0.1, prints
``READY port fingerprint`` and answers every ``stats`` line on stdin with one JSON line; the
parent side (:class:`ServerProcess`) starts it, reads the port and asks for the stats.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import resource
import subprocess
import sys
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any

from ssh_engine._transport._stream import start_server
from ssh_wire.keys import SSHKey

__all__ = [
    "HOST",
    "READY_TIMEOUT",
    "ServerProcess",
    "children_cpu_seconds",
    "load_asyncssh",
    "serve_until_stdin_closes",
]

HOST = "127.0.0.1"
READY_TIMEOUT = 10.0

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def load_asyncssh() -> ModuleType | None:
    """Returns the asyncssh module, or None when it is not installed."""
    try:
        return importlib.import_module("asyncssh")
    except ImportError:
        return None


def children_cpu_seconds() -> float:
    """Returns the user + system CPU seconds of every reaped child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


async def serve_until_stdin_closes(
    handle: Handler,
    host_key: SSHKey,
    snapshot: Callable[[], dict[str, Any]],
    idle: asyncio.Event | None = None,
) -> None:
    """Child side: serve ``handle`` on 127.0.0.1 until stdin closes. Prints ``READY port
    fingerprint``, then answers each ``stats`` line with ``snapshot()`` as JSON (after
    ``idle`` is set, when given: no connection is half-way)."""
    server = await start_server(handle, HOST, 0)
    loop = asyncio.get_running_loop()
    commands = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(commands), sys.stdin)
    async with server:
        port = server.sockets[0].getsockname()[1]
        print(f"READY {port} {host_key.fingerprint()}", flush=True)
        while line := await commands.readline():
            if line.strip() == b"stats":
                if idle is not None:
                    await idle.wait()
                print(json.dumps(snapshot()), flush=True)


class ServerProcess:
    """Parent side: a benchmark script run with ``args`` (its ``--serve`` mode) as a child.

    Attributes:
        port: where it listens on 127.0.0.1.
        fingerprint: its host key's SHA256 fingerprint.
    Raises:
        RuntimeError: the child did not print ``READY``.
    """

    def __init__(self, script: str, args: Sequence[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self._line().split()
        if len(ready) != 3 or ready[0] != "READY":
            self.stop()
            raise RuntimeError(f"our server did not start: {ready!r}")
        self.port = int(ready[1])
        self.fingerprint = ready[2]

    def _line(self) -> str:
        """Returns the server's next stdout line ('' once it exited)."""
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def stats(self) -> dict[str, Any]:
        """Returns (and resets) the server's counts since the last call.

        Raises:
            RuntimeError: the server process is gone.
        """
        assert self.process.stdin is not None
        self.process.stdin.write("stats\n")
        self.process.stdin.flush()
        line = self._line()
        if not line:
            raise RuntimeError(f"our server exited ({self.process.poll()})")
        stats: dict[str, Any] = json.loads(line)
        return stats

    def stop(self) -> None:
        """Closes the server's stdin (it then exits) and reaps it."""
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(READY_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(READY_TIMEOUT)
        if self.process.stdout is not None:
            self.process.stdout.close()

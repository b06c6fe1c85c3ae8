"""The client's convenience over session channels: run a command, collect its output."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass

from .._errors import LocalProtocolError
from ._channel import STDERR, STDOUT, Channel, ChannelClosedError, ExitSignal
from ._mux import ConnectionMux

__all__ = ["RunResult", "run_command"]


@dataclass(frozen=True, slots=True)
class RunResult:
    """A finished remote command.

    Attributes:
        stdout, stderr: everything it wrote.
        exit_status: its exit status (None if the server sent none, e.g. killed).
        exit_signal: the signal that ended it, if any.
    """

    stdout: bytes
    stderr: bytes
    exit_status: int | None
    exit_signal: ExitSignal | None


async def run_command(
    mux: ConnectionMux, command: str | bytes, input: bytes | None = None
) -> RunResult:
    """Run ``command`` in a new session channel (RFC 4254 §6.5), send ``input`` then EOF,
    and collect the output until the server closes the channel.

    Returns:
        The output and exit status.
    Raises:
        ChannelOpenError: the server refused the session or the command.
        ChannelClosedError: the connection ended first.
    """
    channel = await mux.open_session()
    await mux.exec(channel, command)
    writer = asyncio.create_task(_feed(channel, input or b""))
    try:
        stdout, stderr = await asyncio.gather(channel.read_all(STDOUT), channel.read_all(STDERR))
        await channel.wait_closed()
    finally:
        writer.cancel()
    return RunResult(stdout, stderr, channel.exit_status, channel.exit_signal)


async def _feed(channel: Channel, data: bytes) -> None:
    # The command may exit before reading all its input: that ends the feeding, quietly.
    with contextlib.suppress(ChannelClosedError, LocalProtocolError):
        await _write_all(channel, data)


async def _write_all(channel: Channel, data: bytes) -> None:
    view = memoryview(data)
    step = 256 * 1024
    for start in range(0, len(view), step):
        if channel.closed:
            return
        channel.write(view[start : start + step])
        await channel.drain()
    channel.write_eof()
    await channel.drain()

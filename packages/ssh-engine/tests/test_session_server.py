"""The server's session channels end to end: our client's ``ConnectionMux`` and
``run_command`` against our ``SessionServer`` over 127.0.0.1 TCP.

Covers exec output on both streams, exit statuses (given, none when the handler closed
the channel itself, 255 when it raised), exit-signal, the shell and subsystem kinds, the
one-start-per-channel rule, env / pty-req recording, window-change and signal delivery
while a session runs, refusal of unknown requests and of non-session channels, and many
sessions at once on one connection.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from _session_loopback import session_loopback

from ssh_engine._session import (
    Channel,
    ChannelOpenError,
    ConnectionMux,
    ServerSession,
    run_command,
)
from ssh_engine._session._channel import STDERR
from ssh_wire.messages import ChannelOpenFailureReason, DirectTcpipChannelOpen

T = TypeVar("T")


def run(main: Callable[[], Awaitable[T]], timeout: float = 20.0) -> T:
    """Run ``main()`` in a fresh event loop, bounded to ``timeout`` seconds."""

    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await main()

    return asyncio.run(bounded())


async def open_and(mux: ConnectionMux, start: Callable[[Channel], None]) -> Channel:
    """Open a session and send the request ``start(channel)`` queues; raise unless it is
    accepted."""
    channel = await mux.open_session()
    assert await mux.request(channel, lambda: start(channel))
    return channel


async def collect(channel: Channel) -> tuple[bytes, bytes]:
    """Both output streams until EOF, then wait for the channel to close."""
    out, err = await asyncio.gather(channel.read_all(), channel.read_all(STDERR))
    await channel.wait_closed()
    return out, err


async def ping(mux: ConnectionMux, channel: Channel) -> bool:
    """An unknown request wanting a reply: once answered, the server has handled every
    message sent before it on this connection."""
    return await mux.request(
        channel,
        lambda: mux.engine.send_channel_request(
            channel.channel_id, "x-ping@test.invalid", b"", want_reply=True
        ),
    )


# ---------------------------------------------------------------------- exec


async def echo_handler(session: ServerSession) -> int | None:
    """stdin reversed to stdout, the command to stderr; ``exit N`` returns N."""
    data = await session.channel.read_all()
    session.channel.write(data[::-1])
    session.channel.write(f"cmd={session.command}".encode("utf-8", "surrogateescape"), STDERR)
    command = session.command or ""
    return int(command.split()[1]) if command.startswith("exit ") else None


def test_exec_stdout_stderr_and_exit_statuses() -> None:
    async def main() -> None:
        async with session_loopback(echo_handler) as pair:
            result = await run_command(pair.client, "exit 7", b"abcdef")
            assert result.stdout == b"fedcba"
            assert result.stderr == b"cmd=exit 7"
            assert result.exit_status == 7
            assert result.exit_signal is None

            result = await run_command(pair.client, b"plain")
            assert (result.stdout, result.stderr) == (b"", b"cmd=plain")
            assert result.exit_status == 0  # the handler returned None

            result = await run_command(pair.client, "exit 0", b"x" * 100_000)
            assert result.stdout == b"x" * 100_000
            assert result.exit_status == 0

            assert [s.kind for s in pair.sessions] == ["exec"] * 3
            assert [s.command for s in pair.sessions] == ["exit 7", "plain", "exit 0"]

    run(main)


def test_exec_command_bytes_not_utf8_are_kept() -> None:
    async def main() -> None:
        async with session_loopback(echo_handler) as pair:
            result = await run_command(pair.client, b"caf\xe9")
            assert result.exit_status == 0
            session = pair.sessions[0]
            assert session.command is not None
            assert session.command.encode("utf-8", "surrogateescape") == b"caf\xe9"

    run(main)


def test_handler_closing_its_channel_means_no_exit_status() -> None:
    async def handler(session: ServerSession) -> int | None:
        session.channel.write(b"partial")
        session.channel.close()
        if session.command == "wait":
            await session.channel.wait_closed()
        return 3  # never reported: the channel is gone

    async def main() -> None:
        async with session_loopback(handler) as pair:
            for command in ("wait", "nowait"):
                result = await run_command(pair.client, command)
                assert result.stdout == b"partial"
                assert result.exit_status is None
                assert result.exit_signal is None
            # The connection is still fine.
            assert not pair.client.closed and not pair.server.closed

    run(main)


def test_exit_signal_is_surfaced() -> None:
    async def main() -> None:
        async def handler(session: ServerSession) -> int | None:
            channel = session.channel
            channel.write(b"dying")
            pair.server.engine.exit_signal(channel.channel_id, "KILL", True, "killed by test")
            channel.write_eof()
            channel.close()
            await channel.wait_closed()
            return None

        async with session_loopback(handler) as pair:
            result = await run_command(pair.client, "victim")
            assert result.stdout == b"dying"
            assert result.exit_status is None
            assert result.exit_signal == ("KILL", True, "killed by test")
            assert result.exit_signal is not None and result.exit_signal.name == "KILL"

    run(main)


def test_handler_exception_is_255_and_the_server_keeps_serving(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def handler(session: ServerSession) -> int | None:
        if session.command == "boom":
            session.channel.write(b"before the crash")
            raise RuntimeError("handler bug")
        return 5

    async def main() -> None:
        async with session_loopback(handler) as pair:
            result = await run_command(pair.client, "boom")
            assert result.stdout == b"before the crash"
            assert result.exit_status == 255
            result = await run_command(pair.client, "fine")
            assert result.exit_status == 5
            result = await run_command(pair.client, "boom")
            assert result.exit_status == 255
            assert not pair.server.closed

    with caplog.at_level(logging.ERROR, logger="ssh_engine.connection"):
        run(main)
    failures = [r for r in caplog.records if r.getMessage() == "session handler failed"]
    assert len(failures) == 2
    assert all(r.exc_info and isinstance(r.exc_info[1], RuntimeError) for r in failures)


# ---------------------------------------------------------------------- kinds, requests


def test_shell_and_subsystem_kinds() -> None:
    async def handler(session: ServerSession) -> int | None:
        session.channel.write(f"{session.kind}:{session.command}".encode())
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            shell = await open_and(mux, lambda ch: mux.engine.shell(ch.channel_id))
            assert await collect(shell) == (b"shell:None", b"")
            assert shell.exit_status == 0

            sftp = await open_and(mux, lambda ch: mux.engine.subsystem(ch.channel_id, "sftp"))
            assert await collect(sftp) == (b"subsystem:sftp", b"")
            assert sftp.exit_status == 0

            assert [(s.kind, s.command) for s in pair.sessions] == [
                ("shell", None),
                ("subsystem", "sftp"),
            ]

    run(main)


def test_second_start_on_a_channel_is_refused() -> None:
    async def handler(session: ServerSession) -> int | None:
        data = await session.channel.read_all()
        session.channel.write(data)
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "first")
            with pytest.raises(ChannelOpenError) as info:
                await mux.exec(channel, "second")
            assert info.value.reason == 0
            assert not await mux.request(channel, lambda: mux.engine.shell(channel.channel_id))
            assert not await mux.request(
                channel, lambda: mux.engine.subsystem(channel.channel_id, "sftp")
            )
            # env and pty-req are only taken before the start.
            assert not await mux.request(
                channel,
                lambda: mux.engine.env(channel.channel_id, "LATE", "1", want_reply=True),
            )
            assert not await mux.request(
                channel, lambda: mux.engine.request_pty(channel.channel_id)
            )
            channel.write(b"still running")
            channel.write_eof()
            assert await collect(channel) == (b"still running", b"")
            assert channel.exit_status == 0
            session = pair.sessions[0]
            assert session.command == "first"
            assert session.env == {}
            assert session.pty is None
            assert len(pair.sessions) == 1

    run(main)


def test_env_and_pty_recorded_window_change_and_signals_delivered() -> None:
    async def handler(session: ServerSession) -> int | None:
        channel = session.channel
        assert session.pty is not None
        channel.write(f"env={sorted(session.env.items())} term={session.pty.term}\n".encode())
        await channel.drain()
        for _ in range(2):
            name = await session.signals.get()
            window = session.window
            assert window is not None
            channel.write(f"{name} {window.width_chars}x{window.height_rows}\n".encode())
            await channel.drain()
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            ch = channel.channel_id
            for name, value in (("LANG", "C.UTF-8"), ("TZ", "UTC")):
                assert await mux.request(
                    channel, functools.partial(mux.engine.env, ch, name, value, want_reply=True)
                )
            mux.engine.env(ch, "QUIET", "no reply wanted")
            assert await mux.request(
                channel, lambda: mux.engine.request_pty(ch, "xterm-256color", 100, 40, 800, 600)
            )
            await mux.exec(channel, "interactive")
            first = await read_line(channel)
            assert first == (
                b"env=[('LANG', 'C.UTF-8'), ('QUIET', 'no reply wanted'), ('TZ', 'UTC')]"
                b" term=xterm-256color\n"
            )
            mux.engine.window_change(ch, 132, 50)
            mux.engine.signal(ch, "INT")
            await mux.flush()
            assert await read_line(channel) == b"INT 132x50\n"
            mux.engine.window_change(ch, 80, 24, 640, 480)
            mux.engine.signal(ch, "TERM")
            await mux.flush()
            assert await read_line(channel) == b"TERM 80x24\n"
            channel.write_eof()
            assert await collect(channel) == (b"", b"")
            assert channel.exit_status == 0

            session = pair.sessions[0]
            assert session.env == {"LANG": "C.UTF-8", "TZ": "UTC", "QUIET": "no reply wanted"}
            assert session.pty is not None
            assert (session.pty.width_chars, session.pty.height_rows) == (100, 40)
            assert (session.pty.width_pixels, session.pty.height_pixels) == (800, 600)
            assert session.window is not None
            assert (session.window.width_pixels, session.window.height_pixels) == (640, 480)
            assert session.signals.empty()

    run(main)


async def read_line(channel: Channel) -> bytes:
    """Read one ``\\n``-terminated line (the handler writes one line per drain, so reads
    never run past it)."""
    line = b""
    while not line.endswith(b"\n"):
        chunk = await channel.read(1)
        assert chunk, f"EOF after {line!r}"
        line += chunk
    return line


def test_unknown_and_unserved_requests_are_refused() -> None:
    gate = asyncio.Event()

    async def handler(session: ServerSession) -> int | None:
        await gate.wait()
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            ch = channel.channel_id
            # Before the start...
            assert not await ping(mux, channel)
            assert not await mux.request(channel, lambda: mux.engine.request_x11(ch, "MIT", b"c"))
            assert not await mux.request(channel, lambda: mux.engine.request_agent_forwarding(ch))
            # ...a second pty-req after the first one...
            assert await mux.request(channel, lambda: mux.engine.request_pty(ch))
            assert not await mux.request(channel, lambda: mux.engine.request_pty(ch, "dumb"))
            await mux.exec(channel, "run")
            # ...and while running.
            assert not await ping(mux, channel)
            assert not await mux.request(channel, lambda: mux.engine.request_x11(ch, "MIT", b"c"))
            gate.set()
            channel.write_eof()
            assert await collect(channel) == (b"", b"")
            assert channel.exit_status == 0
            session = pair.sessions[0]
            assert session.pty is not None and session.pty.term == "vt100"

    run(main)


def test_non_session_channels_are_refused() -> None:
    async def main() -> None:
        async with session_loopback(echo_handler) as pair:
            forward = DirectTcpipChannelOpen(
                host_to_connect="127.0.0.1",
                port_to_connect=9,
                originator_address="127.0.0.1",
                originator_port=40000,
            )
            with pytest.raises(ChannelOpenError) as info:
                await pair.client.open_channel("direct-tcpip", forward)
            assert info.value.reason == ChannelOpenFailureReason.ADMINISTRATIVELY_PROHIBITED
            assert info.value.reason == 1
            with pytest.raises(ChannelOpenError) as info:
                await pair.client.open_channel("x-custom@test.invalid", b"payload")
            assert info.value.reason == 1
            # Sessions still open fine on the same connection.
            result = await run_command(pair.client, "exit 2", b"ok")
            assert (result.stdout, result.exit_status) == (b"ko", 2)

    run(main)


def test_client_refuses_channels_the_server_opens() -> None:
    async def main() -> None:
        async def handler(session: ServerSession) -> int | None:
            with pytest.raises(ChannelOpenError) as info:
                await pair.server.open_channel("x-back@test.invalid", b"")
            session.channel.write(str(info.value.reason).encode())
            return 0

        async with session_loopback(handler) as pair:
            result = await run_command(pair.client, "open back")
            assert result.stdout == b"1"
            assert result.exit_status == 0

    run(main)


def test_many_sessions_at_once() -> None:
    async def handler(session: ServerSession) -> int | None:
        chunks = [chunk async for chunk in session.channel]
        data = b"".join(chunks)
        await asyncio.sleep(0)  # let the other sessions interleave
        session.channel.write(session.command.encode() if session.command else b"?")
        session.channel.write(b":" + data)
        session.channel.write(data[:10], STDERR)
        return len(data) % 256

    async def main() -> None:
        async with session_loopback(handler) as pair:
            inputs = [bytes([i]) * (1000 + 7919 * i) for i in range(20)]
            results = await asyncio.gather(
                *(run_command(pair.client, f"job{i}", data) for i, data in enumerate(inputs))
            )
            for i, (data, result) in enumerate(zip(inputs, results, strict=True)):
                assert result.stdout == f"job{i}:".encode() + data
                assert result.stderr == data[:10]
                assert result.exit_status == len(data) % 256
            assert len(pair.sessions) == 20
            assert all(s.channel.closed for s in pair.sessions)

    run(main)

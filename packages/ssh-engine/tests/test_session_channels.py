"""``Channel`` and ``ConnectionMux`` end to end over 127.0.0.1 TCP: flow control with a
slow reader, the high-water mark, partial reads and async iteration, the write errors,
the connection lost or DISCONNECTed under a transfer, and messages out of place.

No test measures time: waiting is shown by the engine's accounting (``send_window``,
``pending_output``) and by request round trips, which the server answers only after every
message sent before them.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import struct
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from _session_loopback import session_loopback

from ssh_engine._connection import ChannelOpenRequested, ChannelRequestReceived
from ssh_engine._errors import DisconnectError, LocalProtocolError, RemoteProtocolError
from ssh_engine._session import (
    DEFAULT_HIGH_WATER,
    Channel,
    ChannelClosedError,
    ConnectionMux,
    ServerSession,
    SessionServer,
    run_command,
)
from ssh_engine._session._channel import STDERR
from ssh_engine._transport import Event, MessageReceived, UnimplementedReceived
from ssh_wire.messages import DisconnectReason

T = TypeVar("T")
MiB = 1024 * 1024
#: The window each side advertises per channel (ConnectionMux's default).
WINDOW = 2 * MiB


def run(main: Callable[[], Awaitable[T]], timeout: float = 20.0) -> T:
    """Run ``main()`` in a fresh event loop, bounded to ``timeout`` seconds."""

    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await main()

    return asyncio.run(bounded())


async def ping(mux: ConnectionMux, channel: Channel) -> bool:
    """An unknown request wanting a reply (refused): once answered, the server has handled
    every message sent before it on this connection."""
    return await mux.request(
        channel,
        lambda: mux.engine.send_channel_request(
            channel.channel_id, "x-ping@test.invalid", b"", want_reply=True
        ),
    )


def gated_sink(gate: asyncio.Event) -> Callable[[ServerSession], Awaitable[int | None]]:
    """A handler that reads nothing until ``gate`` is set, then hashes all of stdin and
    writes the hex digest and the byte count."""

    async def handler(session: ServerSession) -> int | None:
        await gate.wait()
        digest = hashlib.sha256()
        size = 0
        async for chunk in session.channel:
            digest.update(chunk)
            size += len(chunk)
        session.channel.write(f"{digest.hexdigest()} {size}".encode())
        return 0

    return handler


# ---------------------------------------------------------------------- flow control


def test_slow_reader_makes_drain_wait_and_nothing_is_lost() -> None:
    gate = asyncio.Event()

    async def main() -> None:
        async with session_loopback(gated_sink(gate)) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "sink")
            ch = channel.channel_id
            payload = os.urandom(8 * MiB)
            channel.write(payload)
            drain = asyncio.create_task(channel.drain())
            # Every byte sent so far has reached the server: no WINDOW_ADJUST came, since
            # the handler has read nothing; the rest waits in the engine.
            assert not await ping(mux, channel)
            assert mux.engine.send_window(ch) == 0
            assert mux.engine.pending_output(ch) == len(payload) - WINDOW
            assert mux.engine.pending_output(ch) > channel.high_water == DEFAULT_HIGH_WATER
            assert not drain.done()
            gate.set()
            await drain
            assert mux.engine.pending_output(ch) <= channel.high_water
            channel.write_eof()
            out = await channel.read_all()
            await channel.wait_closed()
            assert out == f"{hashlib.sha256(payload).hexdigest()} {len(payload)}".encode()
            assert channel.exit_status == 0

    run(main)


def test_high_water_is_honoured() -> None:
    gate = asyncio.Event()

    async def main() -> None:
        async with session_loopback(gated_sink(gate)) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "sink")
            ch = channel.channel_id
            first = os.urandom(3 * MiB)
            channel.high_water = 2 * MiB
            channel.write(first)
            # 1 MiB held: below the mark, so drain returns although the peer reads nothing.
            await channel.drain()
            assert not await ping(mux, channel)
            assert mux.engine.send_window(ch) == 0
            assert mux.engine.pending_output(ch) == MiB

            channel.high_water = MiB // 2
            second = os.urandom(1000)
            channel.write(second, STDERR)  # the stderr stream counts the same way
            drain = asyncio.create_task(channel.drain())
            assert not await ping(mux, channel)
            assert mux.engine.pending_output(ch) == MiB + len(second)
            assert not drain.done()
            gate.set()
            await drain
            assert mux.engine.pending_output(ch) <= MiB // 2

            channel.high_water = 0
            channel.write(b"tail")
            await channel.drain()
            assert mux.engine.pending_output(ch) == 0
            channel.write_eof()
            out = await channel.read_all()
            await channel.wait_closed()
            # The handler reads stream 0 only; the stderr bytes were sent but not counted.
            data = first + b"tail"
            assert out == f"{hashlib.sha256(data).hexdigest()} {len(data)}".encode()

    run(main)


def test_server_writing_faster_than_the_client_reads() -> None:
    """The mirror image: the client reads nothing for a while, the server's drain waits."""
    payload = os.urandom(6 * MiB)
    drained = asyncio.Event()

    async def handler(session: ServerSession) -> int | None:
        session.channel.write(payload)
        await session.channel.drain()
        drained.set()
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "source")
            server_channel = pair.sessions[0].channel
            sid = server_channel.channel_id
            # Once the server's engine holds bytes beyond the mark, its drain must wait.
            while pair.server.engine.pending_output(sid) == 0:
                assert not await ping(mux, channel)
            assert pair.server.engine.send_window(sid) == 0
            assert pair.server.engine.pending_output(sid) == len(payload) - WINDOW
            assert not drained.is_set()
            out = await channel.read_all()
            await channel.wait_closed()
            assert drained.is_set()
            assert out == payload

    run(main)


# ---------------------------------------------------------------------- reading


def test_partial_reads() -> None:
    release = asyncio.Event()

    async def handler(session: ServerSession) -> int | None:
        channel = session.channel
        channel.write(b"0123456789")
        channel.write(b"abcdef", STDERR)
        await release.wait()
        channel.write(b"later")
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "parts")
            # One SSH packet reaches the buffer whole, so the splits are exact.
            assert await channel.read(4) == b"0123"
            assert await channel.read(4) == b"4567"
            assert await channel.read(4) == b"89"
            assert await channel.read(2, STDERR) == b"ab"
            release.set()
            channel.write_eof()
            await channel.wait_closed()
            assert await channel.read(100, STDERR) == b"cdef"
            assert await channel.read(2) == b"la"
            assert await channel.read(0) == b""
            assert await channel.read(2) == b"te"
            at_eof_before = channel.at_eof  # EOF came, but a byte is still buffered
            assert await channel.read() == b"r"
            assert (at_eof_before, channel.at_eof) == (False, True)
            assert await channel.read() == b""
            assert await channel.read(5, STDERR) == b""
            assert channel.exit_status == 0

    run(main)


def test_async_iteration_and_read_all() -> None:
    chunks = [os.urandom(n) for n in (1, 100, 40_000, 70_000, 3)]

    async def handler(session: ServerSession) -> int | None:
        for chunk in chunks:
            session.channel.write(chunk)
            session.channel.write(chunk[:1], STDERR)
            await session.channel.drain()
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "chunks")
            received = [chunk async for chunk in channel]
            assert all(received)
            assert b"".join(received) == b"".join(chunks)
            assert await channel.read_all(STDERR) == b"".join(c[:1] for c in chunks)
            await channel.wait_closed()
            assert channel.at_eof

    run(main)


# ---------------------------------------------------------------------- writing errors


def test_write_after_eof_and_after_close() -> None:
    async def handler(session: ServerSession) -> int | None:
        data = await session.channel.read_all()
        session.channel.write(data)
        session.channel.write_eof()
        await session.channel.wait_closed()  # until the client closes
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "cat")
            channel.write(b"hello")
            channel.write_eof()
            channel.write_eof()  # idempotent
            with pytest.raises(LocalProtocolError):
                channel.write(b"more")
            with pytest.raises(LocalProtocolError):
                channel.write(b"more", STDERR)
            assert await channel.read_all() == b"hello"

            channel.close()
            await channel.wait_closed()
            assert channel.closed
            with pytest.raises(ChannelClosedError) as info:
                channel.write(b"x")
            assert info.value.__cause__ is None  # a clean close, no error behind it
            channel.write_eof()  # a no-op once closed
            channel.close()  # so is a second close
            await channel.drain()  # nothing held: returns at once
            assert channel.exit_status is None

            other = await mux.open_session()
            await mux.exec(other, "cat")
            other.close()
            with pytest.raises(ChannelClosedError):
                other.write(b"after close, before the peer's CLOSE")
            await other.wait_closed()
            assert not mux.closed

    run(main)


# ---------------------------------------------------------------------- connection end


def endless_source(stop: asyncio.Event) -> Callable[[ServerSession], Awaitable[int | None]]:
    """A handler writing 64 KiB blocks until its channel or ``stop`` ends it."""

    async def handler(session: ServerSession) -> int | None:
        block = b"z" * 65536
        while not stop.is_set():
            session.channel.write(block)
            await session.channel.drain()
        return 0

    return handler


def test_connection_lost_mid_transfer() -> None:
    stop = asyncio.Event()

    async def main() -> None:
        async with session_loopback(endless_source(stop)) as pair:
            mux = pair.client
            channel = await mux.open_session()
            await mux.exec(channel, "source")
            quiet = await mux.open_session()
            assert await channel.read(1) == b"z"
            channel.write(os.urandom(4 * MiB))  # beyond the window: held in the engine
            assert mux.engine.pending_output(channel.channel_id) > 0
            drain = asyncio.create_task(channel.drain())

            pair.server_writer.transport.abort()  # the TCP connection just drops
            await mux.wait_closed()
            assert mux.closed
            cause = mux.error
            assert isinstance(cause, ConnectionError | OSError), cause

            with pytest.raises(ChannelClosedError) as info:
                await drain
            assert info.value.__cause__ is cause
            with pytest.raises(ChannelClosedError) as info:
                channel.write(b"more")
            assert info.value.__cause__ is cause
            with pytest.raises(ChannelClosedError) as info:
                await channel.drain()
            assert info.value.__cause__ is cause
            # Whatever arrived before the loss can still be read; then the loss shows.
            with pytest.raises(ChannelClosedError) as info:
                while await channel.read():
                    pass
            assert info.value.__cause__ is cause
            with pytest.raises(ChannelClosedError):
                await quiet.read()
            assert channel.closed and quiet.closed
            assert channel.exit_status is None
            with pytest.raises(ChannelClosedError) as info:
                await mux.open_session()
            assert info.value.__cause__ is cause
            with pytest.raises(ChannelClosedError):
                await run_command(mux, "anything")
            with pytest.raises(ChannelClosedError):
                await mux.global_request("keepalive@openssh.com")
            with pytest.raises(ChannelClosedError):
                await mux.rekey()
            await pair.server.wait_closed()
            stop.set()

    run(main)


class HoldingOpens:
    """Serves sessions with ``SessionServer``; opens of any other type wait for ``release``
    (and are then refused)."""

    def __init__(self, handler: Callable[[ServerSession], Awaitable[int | None]]) -> None:
        self.sessions = SessionServer(handler)
        self.held = asyncio.Event()
        self.release = asyncio.Event()

    async def on_channel_open(
        self, mux: ConnectionMux, event: ChannelOpenRequested
    ) -> Channel | None:
        if event.channel_type == "session":
            return await self.sessions.on_channel_open(mux, event)
        self.held.set()
        await self.release.wait()
        return None

    async def on_channel_request(
        self, mux: ConnectionMux, channel: Channel, event: ChannelRequestReceived
    ) -> None:
        await self.sessions.on_channel_request(mux, channel, event)


async def no_op(session: ServerSession) -> int | None:
    return 0


def test_connection_lost_fails_a_pending_open() -> None:
    holder = HoldingOpens(no_op)

    async def main() -> None:
        async with session_loopback(handlers=holder) as pair:
            mux = pair.client
            opening = asyncio.create_task(mux.open_channel("x-held@test.invalid", b""))
            await holder.held.wait()
            assert not opening.done()
            pair.server_writer.transport.abort()
            with pytest.raises(ChannelClosedError) as info:
                await opening
            assert mux.closed
            assert info.value.__cause__ is mux.error
            holder.release.set()  # the server's refusal now has nowhere to go
            await pair.server.wait_closed()

    run(main)


def test_peer_disconnect_is_a_disconnect_error() -> None:
    holder = HoldingOpens(no_op)

    async def main() -> None:
        async with session_loopback(handlers=holder) as pair:
            mux = pair.client
            channel = await mux.open_session()
            opening = asyncio.create_task(mux.open_channel("x-held@test.invalid", b""))
            await holder.held.wait()
            await pair.server.close()  # DISCONNECT BY_APPLICATION, then the socket closes
            await mux.wait_closed()
            error = mux.error
            assert isinstance(error, DisconnectError)
            assert error.reason == DisconnectReason.BY_APPLICATION
            with pytest.raises(ChannelClosedError) as info:
                await opening
            assert info.value.__cause__ is error
            with pytest.raises(ChannelClosedError) as info:
                channel.write(b"x")
            assert info.value.__cause__ is error
            assert pair.server.closed and pair.server.error is None
            holder.release.set()

    run(main)


def test_disconnect_with_reason_from_the_peer() -> None:
    async def main() -> None:
        async with session_loopback(no_op) as pair:
            assert (await run_command(pair.client, "x")).exit_status == 0
            pair.server_conn.engine.disconnect(DisconnectReason.TOO_MANY_CONNECTIONS, "full")
            await pair.server_conn.flush()
            await pair.client.wait_closed()
            error = pair.client.error
            assert isinstance(error, DisconnectError)
            assert (error.reason, error.description) == (
                DisconnectReason.TOO_MANY_CONNECTIONS,
                "full",
            )

    run(main)


# ---------------------------------------------------------------------- out of place


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def test_late_userauth_request_is_ignored() -> None:
    async def handler(session: ServerSession) -> int | None:
        session.channel.write(await session.channel.read_all())
        return 0

    async def main() -> None:
        async with session_loopback(handler) as pair:
            assert (await run_command(pair.client, "cat", b"one")).stdout == b"one"
            # SSH_MSG_USERAUTH_REQUEST (50) once logged in: RFC 4252 §5.1 says ignore it.
            late = bytes([50]) + _string(b"bob") + _string(b"ssh-connection")
            pair.client_conn.engine.send_message(late + _string(b"none"))
            await pair.client.flush()
            result = await run_command(pair.client, "cat", b"two")
            assert (result.stdout, result.exit_status) == (b"two", 0)
            assert not pair.server.closed and not pair.client.closed

    run(main)


@pytest.mark.parametrize("number", [85, 101, 127, 150, 250])
def test_unknown_message_is_answered_unimplemented(number: int) -> None:
    """RFC 4253 §11.4: a number no layer knows (reserved connection numbers, client
    protocols, local extensions) gets SSH_MSG_UNIMPLEMENTED naming its packet; the
    connection goes on."""
    received: list[Event] = []

    async def main() -> None:
        async with session_loopback(no_op) as pair:
            server_seen: list[MessageReceived] = []
            server_receive = pair.server_conn.engine.receive_data

            def spy_server(data: bytes | bytearray | memoryview) -> list[Event]:
                events = server_receive(data)
                server_seen.extend(
                    e for e in events if isinstance(e, MessageReceived) and e.payload[0] == number
                )
                return events

            pair.server_conn.engine.receive_data = spy_server  # type: ignore[method-assign]
            client_receive = pair.client_conn.engine.receive_data

            def spy_client(data: bytes | bytearray | memoryview) -> list[Event]:
                events = client_receive(data)
                received.extend(events)
                return events

            pair.client_conn.engine.receive_data = spy_client  # type: ignore[method-assign]
            pair.client_conn.engine.send_message(bytes([number]) + b"extension data")
            await pair.client.flush()
            async with asyncio.timeout(10):
                while not any(isinstance(e, UnimplementedReceived) for e in received):
                    await asyncio.sleep(0.01)
            (seen,) = server_seen
            unimplemented = [e for e in received if isinstance(e, UnimplementedReceived)]
            assert [e.sequence_number for e in unimplemented] == [seen.sequence_number]
            assert (await run_command(pair.client, "after")).exit_status == 0
            assert not pair.server.closed and not pair.client.closed

    run(main)


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(bytes([94, 0, 0]), id="truncated-data"),
        pytest.param(bytes([94]) + struct.pack(">II", 4242, 1) + b"x", id="unknown-channel"),
        pytest.param(bytes([97]) + struct.pack(">I", 0), id="close-before-open"),
        pytest.param(bytes([80]) + b"\xff\xff", id="bad-global-request"),
    ],
)
def test_malformed_connection_message_ends_the_connection(payload: bytes) -> None:
    async def main() -> None:
        async with session_loopback(no_op) as pair:
            assert (await run_command(pair.client, "x")).exit_status == 0
            pair.client_conn.engine.send_message(payload)
            await pair.client.flush()
            await pair.server.wait_closed()
            assert isinstance(pair.server.error, RemoteProtocolError), pair.server.error
            await pair.client.wait_closed()
            error = pair.client.error
            assert isinstance(error, DisconnectError), error
            assert error.reason == DisconnectReason.PROTOCOL_ERROR

    run(main)

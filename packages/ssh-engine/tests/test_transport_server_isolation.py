"""One bad connection never disturbs the others: an asyncio server running :func:`accept`
per connection keeps serving good clients while garbage idents, truncated and oversized
packets and a stalled peer fail on their own, each with its specific exception, and nothing
escapes to the event loop's exception handler."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable
from typing import Any

from _transport_helpers import host_key

from ssh_engine._errors import ProtocolError, RemoteProtocolError
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import HandshakeTimeout, accept, connect
from ssh_engine._transport._stream import start_server

SERVER_READY_TIMEOUT = 1.5  # short: the stalled peer must time out quickly
CLIENT_READY_TIMEOUT = 10.0
GOOD_CLIENTS = 6
TEST_DEADLINE = 30.0

Outcome = tuple[str, BaseException | None]  # ("ready" | "failed", exception)


class _Server:
    """``_stream.start_server`` (how our servers listen) with :func:`accept` per connection;
    outcomes by peer port."""

    def __init__(self) -> None:
        self.config = TransportConfig(host_keys=(host_key(),))
        self.outcomes: dict[int, Outcome] = {}
        self.done: dict[int, asyncio.Event] = {}
        self.server: asyncio.Server | None = None
        self.port = 0

    def _done(self, peer_port: int) -> asyncio.Event:
        return self.done.setdefault(peer_port, asyncio.Event())

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer_port = writer.get_extra_info("peername")[1]
        try:
            conn, _ = await accept(reader, writer, self.config, ready_timeout=SERVER_READY_TIMEOUT)
        except (ProtocolError, HandshakeTimeout, ConnectionError) as exc:
            self.outcomes[peer_port] = ("failed", exc)
            self._done(peer_port).set()
            return
        self.outcomes[peer_port] = ("ready", None)
        self._done(peer_port).set()
        try:  # serve until the client disconnects
            async with asyncio.timeout(CLIENT_READY_TIMEOUT):
                while not conn.engine.closed:
                    await conn.next_event()
        except (ProtocolError, ConnectionError):
            pass
        finally:
            await conn.close()

    async def start(self) -> None:
        self.server = await start_server(self.handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def outcome(self, peer_port: int) -> Outcome:
        await asyncio.wait_for(self._done(peer_port).wait(), SERVER_READY_TIMEOUT + 5)
        return self.outcomes[peer_port]


def _trusted(key: object) -> bool:
    return key == host_key().public_key()


async def _good(server: _Server) -> Outcome:
    conn, _events = await connect(
        "127.0.0.1", server.port, host_key_verifier=_trusted, ready_timeout=CLIENT_READY_TIMEOUT
    )
    local_port = conn._writer.get_extra_info("sockname")[1]
    outcome = await server.outcome(local_port)
    await conn.close()
    return outcome


async def _raw(
    server: _Server, behave: Callable[[asyncio.StreamWriter], Awaitable[None]]
) -> Outcome:
    """Open a raw TCP connection, let ``behave`` misbehave on it, return the server's view."""
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection("127.0.0.1", server.port), CLIENT_READY_TIMEOUT
    )
    local_port = writer.get_extra_info("sockname")[1]

    async def drain_reads() -> None:  # swallow the server's ident, KEXINIT and DISCONNECT
        while await reader.read(65536):
            pass

    drainer = asyncio.create_task(drain_reads())
    try:
        await behave(writer)
        return await server.outcome(local_port)
    finally:
        writer.close()
        await asyncio.wait_for(drainer, 5)


async def _garbage_ident(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HELLO THIS IS NOT SSH\r\n" * 4)
    await writer.drain()


async def _truncated_then_eof(writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-bad_client\r\n" + (204).to_bytes(4, "big") + b"\x04" + bytes(20))
    await writer.drain()
    writer.write_eof()


async def _oversized_length(writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-bad_client\r\n" + (0x7FFF_FFF0).to_bytes(4, "big") + bytes(64))
    await writer.drain()


async def _stall(writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-slow_client\r\n")  # then nothing, past the server's ready_timeout
    await writer.drain()


def _check_failed(outcome: Outcome, kind: type[BaseException], label: str) -> BaseException:
    state, exc = outcome
    assert state == "failed", f"{label}: server reported {state}"
    assert isinstance(exc, kind), f"{label}: expected {kind.__name__}, got {exc!r}"
    return exc


def test_bad_connections_do_not_disturb_the_server() -> None:
    loop_errors: list[dict[str, Any]] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _loop, context: loop_errors.append(context))
        server = _Server()
        await server.start()
        assert server.server is not None
        async with server.server:
            async with asyncio.timeout(TEST_DEADLINE):
                good = [_good(server) for _ in range(GOOD_CLIENTS)]
                bad = [
                    _raw(server, _garbage_ident),
                    _raw(server, _truncated_then_eof),
                    _raw(server, _oversized_length),
                    _raw(server, _stall),
                ]
                results = await asyncio.gather(*good, *bad)
                good_results, bad_results = results[:GOOD_CLIENTS], results[GOOD_CLIENTS:]
                assert good_results == [("ready", None)] * GOOD_CLIENTS
                garbage, truncated, oversized, stalled = bad_results
                exc = _check_failed(garbage, RemoteProtocolError, "garbage ident")
                assert "no SSH identification" in str(exc)
                exc = _check_failed(truncated, RemoteProtocolError, "truncated packet")
                assert "middle of a packet" in str(exc)
                exc = _check_failed(oversized, RemoteProtocolError, "oversized length")
                assert "exceeds the limit" in str(exc)
                _check_failed(stalled, HandshakeTimeout, "stalled peer")
                # Still serving after all that.
                assert await _good(server) == ("ready", None)
        gc.collect()  # surface "exception was never retrieved" reports, if any
        await asyncio.sleep(0)

    asyncio.run(main())
    gc.collect()
    assert loop_errors == []

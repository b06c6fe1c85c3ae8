"""The asyncio driver over real localhost sockets: ours <-> ours, timeouts, fail closed."""

from __future__ import annotations

import asyncio
import socket

import pytest
from _transport_helpers import host_key

from ssh_engine._errors import HostKeyRejected
from ssh_engine._transport import KexCompleted, MessageReceived, TransportConfig
from ssh_engine._transport._driver import (
    HandshakeTimeout,
    TransportConnection,
    accept,
    connect,
)


async def _serve(
    results: list[TransportConnection], errors: list[BaseException]
) -> tuple[asyncio.Server, int]:
    config = TransportConfig(host_keys=(host_key(),))

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            conn, _ = await accept(reader, writer, config, ready_timeout=5)
        except BaseException as exc:  # recorded for the test to inspect
            errors.append(exc)
            return
        results.append(conn)
        event = await conn.next_event()
        assert isinstance(event, MessageReceived)
        conn.engine.send_message(event.payload)  # echo
        await conn.flush()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def test_client_and_server_over_tcp() -> None:
    async def main() -> None:
        results: list[TransportConnection] = []
        errors: list[BaseException] = []
        server, port = await _serve(results, errors)
        async with server:
            conn, events = await connect(
                "127.0.0.1",
                port,
                host_key_verifier=lambda key: key == host_key().public_key(),
                ready_timeout=5,
            )
            assert any(isinstance(e, KexCompleted) for e in events)
            sock = conn._writer.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            conn.engine.send_message(b"\xc8hello")
            await conn.flush()
            reply = await asyncio.wait_for(conn.next_event(), 5)
            assert reply == MessageReceived(payload=b"\xc8hello")
            await conn.close()
        assert not errors

    asyncio.run(main())


def test_async_verifier_rejects_fail_closed() -> None:
    async def main() -> None:
        results: list[TransportConnection] = []
        errors: list[BaseException] = []
        server, port = await _serve(results, errors)
        async with server:

            async def no(key: object) -> bool:
                return False

            with pytest.raises(HostKeyRejected, match="returned False"):
                await connect("127.0.0.1", port, host_key_verifier=no, ready_timeout=5)
            with pytest.raises(HostKeyRejected):
                await connect("127.0.0.1", port, ready_timeout=5)  # no verifier: reject
            await asyncio.sleep(0.1)
        assert len(errors) == 2 and not results

    asyncio.run(main())


def test_handshake_timeout() -> None:
    async def main() -> None:
        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await asyncio.sleep(5)

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            with pytest.raises(HandshakeTimeout):
                await connect("127.0.0.1", port, ready_timeout=0.3)

    asyncio.run(main())

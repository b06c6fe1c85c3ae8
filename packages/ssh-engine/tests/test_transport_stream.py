"""``_transport._stream``: streams read into one reusable buffer, with the StreamWriter's
writing, drain and close unchanged, EOF and errors reported after the data, and reading
paused while too much waits unread."""

from __future__ import annotations

import asyncio
import hashlib
import socket
import struct

import pytest

from ssh_engine._transport._stream import (
    MAX_UNREAD,
    READ_SIZE,
    ReceiveBufferProtocol,
    open_stream,
    start_server,
)

BLOB = hashlib.sha512(b"stream").digest() * 16384  # 1 MiB


def _protocol(writer: asyncio.StreamWriter) -> ReceiveBufferProtocol:
    protocol = writer.transport.get_protocol()
    assert isinstance(protocol, ReceiveBufferProtocol)
    return protocol


async def _read_all(protocol: ReceiveBufferProtocol) -> bytes:
    parts = []
    while data := await protocol.read():
        assert type(data) is bytes
        parts.append(data)
    return b"".join(parts)


def test_both_ends_move_data_and_close_cleanly() -> None:
    async def main() -> None:
        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            protocol = _protocol(writer)
            received = await _read_all(protocol)  # until the client's EOF
            writer.write(hashlib.sha256(received).digest())
            writer.write(received)
            await writer.drain()
            writer.close()
            await writer.wait_closed()

        server = await start_server(echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            reader, writer = await open_stream("127.0.0.1", port)
            protocol = _protocol(writer)
            for _ in range(4):
                writer.write(BLOB)
                await writer.drain()
            writer.write_eof()
            back = await _read_all(protocol)
            assert back[:32] == hashlib.sha256(BLOB * 4).digest()
            assert back[32:] == BLOB * 4
            assert await protocol.read() == b""  # EOF stays EOF
            assert reader.at_eof()  # the StreamReader saw the EOF, never the data
            writer.close()
            await asyncio.wait_for(writer.wait_closed(), 5)

    asyncio.run(main())


def test_reading_pauses_while_too_much_is_unread() -> None:
    async def main() -> None:
        sent = hashlib.sha256()

        async def flood(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            for i in range(16):  # 16 MiB
                chunk = BLOB[i:] + BLOB[:i]
                sent.update(chunk)
                writer.write(chunk)
                await writer.drain()
            writer.close()

        server = await start_server(flood, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            _, writer = await open_stream("127.0.0.1", port)
            protocol = _protocol(writer)
            await asyncio.sleep(0.3)  # the server writes; we read nothing
            assert protocol._paused
            assert MAX_UNREAD < protocol._unread <= MAX_UNREAD + READ_SIZE
            got = hashlib.sha256()
            total = 0
            while data := await protocol.read():
                got.update(data)
                total += len(data)
                assert not protocol._paused  # taking everything resumes reading
            assert (total, got.digest()) == (16 * len(BLOB), sent.digest())
            writer.close()

    asyncio.run(main())


def test_a_reset_is_raised_after_the_bytes_before_it() -> None:
    async def main() -> None:
        delivered = asyncio.Event()

        async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write(b"last words")
            await writer.drain()
            await delivered.wait()  # held by the client's protocol, not yet taken
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()  # RST, not FIN

        server = await start_server(reset, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            _, writer = await open_stream("127.0.0.1", port)
            protocol = _protocol(writer)
            async with asyncio.timeout(5):
                while not protocol._unread:
                    await asyncio.sleep(0.01)
                delivered.set()
                while protocol._error is None:
                    await asyncio.sleep(0.01)
            assert isinstance(protocol._error, ConnectionResetError)
            assert await protocol.read() == b"last words"
            with pytest.raises(ConnectionResetError):
                await protocol.read()
            with pytest.raises(ConnectionResetError):
                await protocol.read()  # sticky
            writer.close()

    asyncio.run(main())

"""Bulk transfers through the session layer with rekeys: 256 MiB each way through
``run_command`` with rekeys started by the client, then by the server (``rekey_bytes``),
and a transfer during which both sides ask for rekeys on demand (``ConnectionMux.rekey``).

Payloads are one random 1 MiB block repeated, hashed incrementally on the receiving side
(the server) or once at the end (the client); both directions run at the same time.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Awaitable, Callable
from typing import TypeVar

from _session_loopback import SessionLoopback, host_key, session_loopback

from ssh_engine._session import Channel, ConnectionMux, ServerSession, run_command
from ssh_engine._session._channel import STDERR
from ssh_engine._transport import TransportConfig

T = TypeVar("T")
MiB = 1024 * 1024
BULK_BLOCKS = 256
REKEY_BYTES = 16 * MiB


def run(main: Callable[[], Awaitable[T]], timeout: float = 60.0) -> T:
    """Run ``main()`` in a fresh event loop, bounded to ``timeout`` seconds."""

    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await main()

    return asyncio.run(bounded())


def repeated_digest(block: bytes, count: int) -> str:
    digest = hashlib.sha256()
    for _ in range(count):
        digest.update(block)
    return digest.hexdigest()


def bulk_handler(
    block: bytes,
    count: int,
    midway: asyncio.Event | None = None,
    resume: asyncio.Event | None = None,
) -> Callable[[ServerSession], Awaitable[int | None]]:
    """Writes ``block`` ``count`` times to stdout while hashing all of stdin, then reports
    ``"<sha256 hex> <size>"`` of stdin on stderr. With ``midway`` / ``resume``: after half
    of each direction, set ``midway`` (once both halves are done) and wait for
    ``resume``."""
    halves: list[str] = []

    async def half_done(which: str) -> None:
        if midway is None or resume is None:
            return
        halves.append(which)
        if len(halves) == 2:
            midway.set()
        await resume.wait()

    async def handler(session: ServerSession) -> int | None:
        channel = session.channel
        digest = hashlib.sha256()
        size = 0

        async def consume() -> None:
            nonlocal size
            paused = False
            async for chunk in channel:
                digest.update(chunk)
                size += len(chunk)
                if not paused and size >= count * len(block) // 2:
                    paused = True
                    await half_done("in")

        async def produce() -> None:
            for i in range(count):
                if i == count // 2:
                    await half_done("out")
                channel.write(block)
                await channel.drain()

        async with asyncio.TaskGroup() as group:
            group.create_task(consume())
            group.create_task(produce())
        channel.write(f"{digest.hexdigest()} {size}".encode(), STDERR)
        return 0

    return handler


async def bulk_exchange(pair: SessionLoopback, block: bytes, count: int) -> None:
    """Run the bulk command with ``count`` blocks each way and check both checksums."""
    expected = repeated_digest(block, count)
    result = await run_command(pair.client, "bulk", block * count)
    assert result.exit_status == 0, result.stderr[-500:]
    assert len(result.stdout) == count * len(block)
    assert hashlib.sha256(result.stdout).hexdigest() == expected
    assert result.stderr.decode() == f"{expected} {count * len(block)}"


def test_256_mib_each_way_rekeys_started_by_the_client() -> None:
    block = os.urandom(MiB)

    async def main() -> None:
        async with session_loopback(
            bulk_handler(block, BULK_BLOCKS),
            client_config=TransportConfig(rekey_bytes=REKEY_BYTES),
        ) as pair:
            await bulk_exchange(pair, block, BULK_BLOCKS)
            assert pair.client.rekeys >= 15, pair.client.rekeys
            assert pair.server.rekeys >= 15, pair.server.rekeys

    run(main)


def test_256_mib_each_way_rekeys_started_by_the_server() -> None:
    block = os.urandom(MiB)

    async def main() -> None:
        async with session_loopback(
            bulk_handler(block, BULK_BLOCKS),
            server_config=TransportConfig(host_keys=(host_key(),), rekey_bytes=REKEY_BYTES),
        ) as pair:
            await bulk_exchange(pair, block, BULK_BLOCKS)
            assert pair.client.rekeys >= 15, pair.client.rekeys
            assert pair.server.rekeys >= 15, pair.server.rekeys

    run(main)


async def ping(mux: ConnectionMux, channel: Channel) -> None:
    """A refused request round trip from the client: its answer comes after the server
    handled everything the client sent before it, and the client handled everything the
    server sent before the answer (so a finished kex is counted on both sides)."""
    ok = await mux.request(
        channel,
        lambda: mux.engine.send_channel_request(
            channel.channel_id, "x-ping@test.invalid", b"", want_reply=True
        ),
    )
    assert not ok


def test_rekey_on_demand_during_a_transfer() -> None:
    block = os.urandom(MiB)
    count = 64
    midway = asyncio.Event()
    resume = asyncio.Event()

    async def main() -> None:
        async with session_loopback(bulk_handler(block, count, midway, resume)) as pair:
            client, server = pair.client, pair.server
            side = await client.open_session()  # only for ping round trips
            transfer = asyncio.create_task(bulk_exchange(pair, block, count))
            await midway.wait()
            # Half of each direction went through; the rest is held by the windows.
            for mux in (client, server, client):
                await mux.rekey()
                await ping(client, side)
            assert client.rekeys == server.rekeys == 3
            assert not transfer.done()
            resume.set()
            # And while the data flows again.
            for mux in (server, client):
                await mux.rekey()
                await ping(client, side)
            await transfer
            await ping(client, side)
            assert client.rekeys == server.rekeys == 5

    run(main)

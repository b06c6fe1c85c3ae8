"""Writers wait while a key exchange holds application data back (RFC 4253 §7.1): a peer
that never answers our KEXINIT cannot make us queue more than the mux's limit, however many
channels keep writing."""

from __future__ import annotations

import asyncio

from _session_loopback import session_loopback

from ssh_engine._session import Channel, ServerSession
from ssh_engine._session._mux import KEX_QUEUE_LIMIT

CHUNK = 256 * 1024
WRITERS = 6
PER_WRITER = 2 * 1024 * 1024  # one peer window each: the channel layer alone would not wait


async def _hold(session: ServerSession) -> int:
    await session.channel.read_all()
    return 0


async def _write(channel: Channel, written: list[int]) -> None:
    for _ in range(PER_WRITER // CHUNK):
        channel.write(b"x" * CHUNK)
        await channel.drain()
        written.append(CHUNK)


def test_a_stalled_rekey_bounds_what_writers_can_queue() -> None:
    async def main() -> None:
        async with session_loopback(_hold) as pair:
            channels = [await pair.client.open_session() for _ in range(WRITERS)]
            for channel in channels:
                await pair.client.exec(channel, "hold")
            # The server stops reading: our KEXINIT is never answered, our socket still
            # drains (its bytes are read and dropped), so only the kex holds data back.
            pair.server_conn.engine.receive_data = lambda data: []  # type: ignore[method-assign]
            pair.client_conn.engine.rekey()
            written: list[int] = []
            writers = [asyncio.create_task(_write(c, written)) for c in channels]
            transport = pair.client_conn.engine
            async with asyncio.timeout(10):
                while transport.queued_bytes <= KEX_QUEUE_LIMIT:
                    await asyncio.sleep(0.01)
                for _ in range(50):  # let every writer reach its drain()
                    await asyncio.sleep(0)
            assert not pair.client.closed, repr(pair.client.error)
            assert transport.kex_in_progress
            assert sum(not w.done() for w in writers) >= WRITERS - 2  # the rest wait in drain()
            assert KEX_QUEUE_LIMIT < transport.queued_bytes <= KEX_QUEUE_LIMIT + WRITERS * CHUNK
            assert sum(written) < WRITERS * PER_WRITER
            for w in writers:
                w.cancel()
            await asyncio.gather(*writers, return_exceptions=True)
            pair.server_writer.transport.abort()

    async def bounded() -> None:
        async with asyncio.timeout(30):
            await main()

    asyncio.run(bounded())

"""OpenSSH host key rotation between our own client and server (PROTOCOL §2.5):
hostkeys-00@openssh.com announced after login, hostkeys-prove-00@openssh.com answered and
checked, the result reported as the seed's ``hostkeys`` event; forged proofs and requests
for keys the server does not hold are refused without ending the connection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import serve_authentication
from ssh_engine._hostkey_algs import HOSTKEYS_PROVE_REQUEST
from ssh_engine._session import ConnectionMux, ServerSession, SessionServer, run_command
from ssh_engine._session import _mux as mux_module
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import accept, connect
from ssh_wire.keys import SSHKey, generate_key
from ssh_wire.messages import HostkeysProveRequest

HOST_KEYS = (generate_key("ed25519"), generate_key("ecdsa", 256), generate_key("rsa", 2048))
USER_KEY = generate_key("ed25519")


async def _echo(session: ServerSession) -> int:
    session.channel.write((session.command or "").encode())
    return 0


@asynccontextmanager
async def _pair(**server_mux: Any) -> AsyncIterator[tuple[ConnectionMux, list[SSHKey]]]:
    """Yields our client's mux, logged in to our server, and the list the client's
    ``on_host_keys`` fills; the server's mux gets ``server_mux`` options."""
    server_muxes: list[ConnectionMux] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn, _ = await accept(reader, writer, TransportConfig(host_keys=HOST_KEYS))
        await serve_authentication(conn, lambda ctx: ctx.key == USER_KEY.public_key())
        mux = ConnectionMux(conn, "server", handlers=SessionServer(_echo), **server_mux)
        server_muxes.append(mux)
        async with mux:
            await mux.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reported: list[SSHKey] = []
    try:
        conn, _ = await connect("127.0.0.1", port, host_key_verifier=lambda key: True)
        await authenticate(conn, "alice", Credentials(keys=[USER_KEY]))
        async with ConnectionMux(conn, "client", on_host_keys=reported.extend) as mux:
            yield mux, reported
    finally:
        server.close()
        await server.wait_closed()


def _run(main: Callable[[], Awaitable[None]]) -> None:
    async def bounded() -> None:
        async with asyncio.timeout(20):
            await main()

    asyncio.run(bounded())


async def _settle(mux: ConnectionMux) -> None:
    """One command round trip: everything the server sent before it has been handled."""
    result = await run_command(mux, "ping")
    assert result.stdout == b"ping"


def test_client_reports_the_servers_proven_host_keys() -> None:
    async def main() -> None:
        async with _pair() as (mux, reported):
            async with asyncio.timeout(5):
                while not reported:
                    await asyncio.sleep(0.01)
            assert [k.public_blob for k in reported] == [k.public_blob for k in HOST_KEYS]
            assert mux.host_keys == reported
            await _settle(mux)

    _run(main)


def test_no_announcement_when_disabled() -> None:
    async def main() -> None:
        async with _pair(announce_host_keys=False) as (mux, reported):
            await _settle(mux)
            await _settle(mux)
            assert reported == [] and mux.host_keys == []

    _run(main)


def test_forged_proofs_are_ignored_and_the_connection_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A server whose proofs are signed by other keys: the client reports nothing, warns,
    and keeps working (as ssh does)."""
    impostor = generate_key("ed25519")
    real_prove = mux_module.prove

    def forged(key_set: Any, blobs: Any, session_id: bytes, **kwargs: Any) -> list[bytes]:
        signatures = real_prove(key_set, blobs, session_id, **kwargs)
        signatures[0] = impostor.sign(b"not the proof data")  # the ed25519 key's proof
        return signatures

    monkeypatch.setattr(mux_module, "prove", forged)

    async def main() -> None:
        async with _pair() as (mux, reported):
            await _settle(mux)
            await asyncio.sleep(0)
            await _settle(mux)
            assert reported == [] and mux.host_keys == []

    _run(main)
    assert any("host key proofs refused" in r.getMessage() for r in caplog.records)


def test_proof_of_a_key_the_server_lacks_is_refused() -> None:
    async def main() -> None:
        async with _pair() as (mux, _reported):
            stranger = generate_key("ed25519").public_blob
            reply = await mux.global_request(
                HOSTKEYS_PROVE_REQUEST, HostkeysProveRequest((stranger,))
            )
            assert not reply.success
            await _settle(mux)

    _run(main)


def test_a_client_refuses_to_prove() -> None:
    """hostkeys-prove is a request to servers; a client answers it with FAILURE."""

    async def main() -> None:
        server_side: list[ConnectionMux] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            conn, _ = await accept(reader, writer, TransportConfig(host_keys=HOST_KEYS))
            await serve_authentication(conn, lambda ctx: True)
            async with ConnectionMux(conn, "server", announce_host_keys=False) as mux:
                server_side.append(mux)
                await mux.wait_closed()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            conn, _ = await connect("127.0.0.1", port, host_key_verifier=lambda key: True)
            await authenticate(conn, "alice")
            async with ConnectionMux(conn, "client"):
                while not server_side:
                    await asyncio.sleep(0.01)
                blob = HOST_KEYS[0].public_blob
                reply = await server_side[0].global_request(
                    HOSTKEYS_PROVE_REQUEST, HostkeysProveRequest((blob,))
                )
                assert not reply.success
        finally:
            server.close()
            await server.wait_closed()

    _run(main)

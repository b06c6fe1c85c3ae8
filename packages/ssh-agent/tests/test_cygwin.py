"""CygwinAgent against a fake Cygwin socket file and a fake Cygwin-side agent on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import stat
import struct
from pathlib import Path

import pytest
from _client_fakes import FakeAgent, key, run
from hypothesis import given
from hypothesis import strategies as st

from ssh_agent._cygwin import (
    CygwinAgent,
    CygwinCredentials,
    pack_credentials,
    parse_socket_file,
    unpack_credentials,
)
from ssh_agent._errors import AgentError

SECRET_TEXT = "0a1b2c3d-DEADBEEF-00000001-ffffffff"
# Each 32-bit value in host (little-endian) order.
SECRET = bytes.fromhex("3d2c1b0aefbeadde01000000ffffffff")
AGENT_IDS = CygwinCredentials(pid=4242, uid=197609, gid=197121)


def test_parse_socket_file() -> None:
    data = f"!<socket >54359 s {SECRET_TEXT}".encode() + b"\x00"
    assert parse_socket_file(data) == (54359, SECRET)
    # MSYS1 wrote no socket type; trailing text after a space is tolerated.
    assert parse_socket_file(f"!<socket >1 {SECRET_TEXT}".encode()) == (1, SECRET)
    assert parse_socket_file(f"!<socket >2 s {SECRET_TEXT} \n".encode())[0] == 2


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        f"!<socket >54359 d {SECRET_TEXT}".encode(),  # datagram
        f"!<socket >0 s {SECRET_TEXT}".encode(),
        f"!<socket >70000 s {SECRET_TEXT}".encode(),
        b"!<socket >54359 s 0a1b2c3d-DEADBEEF-00000001",
        f"!<socket >54359 s {SECRET_TEXT}0".encode(),  # a fifth hex digit
        f"!<socket >54359 x {SECRET_TEXT}".encode(),
    ],
)
def test_bad_socket_files(data: bytes) -> None:
    with pytest.raises(AgentError):
        parse_socket_file(data)


@given(st.binary(max_size=80))
def test_socket_file_parser_only_raises_agent_error(data: bytes) -> None:
    try:
        port, secret = parse_socket_file(data)
    except AgentError:
        return
    assert 0 < port < 65536 and len(secret) == 16


def test_credentials_round_trip() -> None:
    packed = pack_credentials(AGENT_IDS)
    assert packed == struct.pack("<iII", 4242, 197609, 197121) and len(packed) == 12
    assert unpack_credentials(packed) == AGENT_IDS
    with pytest.raises(AgentError):
        unpack_credentials(packed[:11])
    with pytest.raises(ValueError):
        pack_credentials(CygwinCredentials(0, 2**32, 0))


class FakeCygwinSide:
    """A TCP listener doing Cygwin's accept-side handshake, then serving a FakeAgent."""

    def __init__(self, agent: FakeAgent, secret: bytes = SECRET, answer: bytes | None = None):
        self.agent = agent
        self.secret = secret
        self.answer = secret if answer is None else answer
        self.credentials: list[CygwinCredentials] = []
        self.hang_up_after_secret = False

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if await reader.readexactly(16) != self.secret:
                writer.close()
                return
            writer.write(self.answer)
            if self.hang_up_after_secret:
                writer.close()
                return
            self.credentials.append(unpack_credentials(await reader.readexactly(12)))
            writer.write(pack_credentials(AGENT_IDS))
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()
            return
        await self.agent.serve(reader, writer)

    async def start(self, socket_file: Path) -> asyncio.Server:
        server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        socket_file.write_bytes(f"!<socket >{port} s {SECRET_TEXT}".encode() + b"\x00")
        return server


def test_cygwin_agent_learns_ids_then_talks(tmp_path: Path) -> None:
    ed = key("ed25519")
    side = FakeCygwinSide(FakeAgent(ed))
    socket_file = tmp_path / "agent.1234"

    async def main() -> None:
        server = await side.start(socket_file)
        async with server:
            client = CygwinAgent(socket_file, timeout=5)
            assert client.can_forward and "agent.1234" in repr(client)
            async with client:
                assert await client.list_identities() == [ed.public_key()]
                assert ed.verify(b"x", await client.sign(ed, b"x"))
                reader, writer = await client.get_stream()  # forwarding: past the handshake
                writer.write(b"\x00\x00\x00\x01\x0b")
                assert (await reader.readexactly(5))[4] == 12
                writer.close()

    run(main())
    # A probe with zero credentials, then our pid with the agent's own uid and gid, for the
    # client connection and for the forwarding stream (the ids are remembered).
    ours = CygwinCredentials(os.getpid(), AGENT_IDS.uid, AGENT_IDS.gid)
    assert side.credentials == [CygwinCredentials(0, 0, 0), ours, ours]
    assert side.agent.connections == 3  # the probe closes at once


def test_wrong_secret_is_refused(tmp_path: Path) -> None:
    side = FakeCygwinSide(FakeAgent(), answer=b"\x00" * 16)
    socket_file = tmp_path / "agent"

    async def main() -> None:
        server = await side.start(socket_file)
        async with server:
            with pytest.raises(AgentError, match="secret"):
                await CygwinAgent(socket_file, timeout=5).list_identities()

    run(main())


def test_hang_up_during_handshake(tmp_path: Path) -> None:
    side = FakeCygwinSide(FakeAgent())
    side.hang_up_after_secret = True
    socket_file = tmp_path / "agent"

    async def main() -> None:
        server = await side.start(socket_file)
        async with server:
            with pytest.raises(AgentError, match="closed during the handshake"):
                await CygwinAgent(socket_file, timeout=5).list_identities()

    run(main())


def test_unreadable_or_stale_socket_file(tmp_path: Path) -> None:
    async def main() -> None:
        with pytest.raises(AgentError, match="cannot read the Cygwin socket file"):
            await CygwinAgent(tmp_path / "missing", use_cygpath=False).list_identities()
        garbage = tmp_path / "garbage"
        garbage.write_bytes(b"not a socket")
        with pytest.raises(AgentError, match="not a Cygwin socket file"):
            await CygwinAgent(garbage).list_identities()
        # A socket file whose listener is gone.
        server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        stale = tmp_path / "stale"
        stale.write_bytes(f"!<socket >{port} s {SECRET_TEXT}".encode())
        with pytest.raises(AgentError, match="cannot connect"):
            await CygwinAgent(stale, timeout=5).list_identities()

    run(main())


def test_cygpath_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    side = FakeCygwinSide(FakeAgent(key("ecdsa")))
    real = tmp_path / "real-agent-file"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cygpath = bin_dir / "cygpath"
    cygpath.write_text(
        "#!/bin/sh\n"
        f'[ "$1" = "-w" ] && [ "$2" = "/tmp/ssh-x/agent.1" ] && echo "{real}" && exit 0\n'
        "exit 1\n"
    )
    cygpath.chmod(cygpath.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    async def main() -> None:
        server = await side.start(real)
        async with server:
            client = CygwinAgent("/tmp/ssh-x/agent.1", timeout=5, use_cygpath=True)
            assert len(await client.list_identities()) == 1
            await client.close()
            with pytest.raises(AgentError, match="cannot read"):
                await CygwinAgent("/tmp/ssh-x/other", use_cygpath=True).list_identities()

    run(main())

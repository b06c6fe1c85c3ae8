"""Pageant: the WM_COPYDATA framing as pure functions, and PageantAgent over a fake exchange
that behaves like Pageant's shared mapping (the Windows calls themselves need Windows)."""

from __future__ import annotations

import asyncio
import struct
import subprocess
import sys

import pytest
from _client_fakes import FakeAgent, frame, key, run
from hypothesis import given
from hypothesis import strategies as st

from ssh_agent._errors import AgentError, AgentFailure, AgentProtocolError
from ssh_agent._pageant import (
    AGENT_COPYDATA_ID,
    AGENT_MAX_MSGLEN,
    WM_COPYDATA,
    PageantAgent,
    check_request,
    copydata_name,
    map_name,
    query_pageant,
    read_reply,
)

_U32 = struct.Struct(">I")


def test_constants() -> None:
    assert AGENT_COPYDATA_ID == 0x804E50BA
    assert AGENT_MAX_MSGLEN == 8192
    assert WM_COPYDATA == 0x4A


def test_map_and_copydata_names() -> None:
    assert map_name(0x1234) == "PageantRequest00001234"
    assert map_name(0xDEADBEEF) == "PageantRequestdeadbeef"
    name = copydata_name(map_name(7))
    assert name == b"PageantRequest00000007\x00" and len(name) == 23
    for bad in ("caf\u00e9", "a\0b"):
        with pytest.raises(ValueError):
            copydata_name(bad)


def test_check_request() -> None:
    request = frame(b"\x0b")
    assert check_request(request) == request
    biggest = frame(b"\x0d" + b"x" * (AGENT_MAX_MSGLEN - 5))
    assert len(check_request(biggest)) == AGENT_MAX_MSGLEN
    for bad in (b"", b"\x00\x00\x00\x01", frame(b"\x0b") + b"x", b"\x00\x00\x00\x02\x0b"):
        with pytest.raises(AgentError, match="exactly one"):
            check_request(bad)
    with pytest.raises(AgentError, match="larger than Pageant"):
        check_request(frame(b"\x0d" + b"x" * (AGENT_MAX_MSGLEN - 4)))


def test_read_reply() -> None:
    mapping = bytearray(AGENT_MAX_MSGLEN)
    reply = frame(b"\x0c\x00\x00\x00\x00")
    mapping[: len(reply)] = reply
    assert read_reply(bytes(mapping)) == reply
    full = _U32.pack(AGENT_MAX_MSGLEN - 4) + b"\x0e" * (AGENT_MAX_MSGLEN - 4)
    assert read_reply(full) == full
    too_long = _U32.pack(AGENT_MAX_MSGLEN - 3) + bytes(AGENT_MAX_MSGLEN - 4)
    for bad in (b"", b"\x00\x00", bytes(AGENT_MAX_MSGLEN), too_long, reply[:-1]):
        with pytest.raises(AgentProtocolError):
            read_reply(bad)


@given(st.binary(max_size=AGENT_MAX_MSGLEN + 16))
def test_read_reply_only_raises_protocol_errors(mapping: bytes) -> None:
    try:
        reply = read_reply(mapping)
    except AgentProtocolError:
        return
    assert 5 <= len(reply) <= AGENT_MAX_MSGLEN
    assert _U32.unpack_from(reply)[0] == len(reply) - 4


def test_not_windows() -> None:
    with pytest.raises(AgentError, match="only available on Windows"):
        PageantAgent()
    with pytest.raises(AgentError, match="only available on Windows"):
        query_pageant(frame(b"\x0b"))


def test_import_does_not_touch_windows_apis() -> None:
    code = "import sys, ssh_agent._pageant; print('ctypes' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


class FakeMapping:
    """Does what Pageant does with the shared mapping: reads the request at offset 0,
    answers over it."""

    def __init__(self, agent: FakeAgent) -> None:
        self.agent = agent
        self.mapping = bytearray(AGENT_MAX_MSGLEN)
        self.calls = 0

    def __call__(self, request: bytes) -> bytes:
        request = check_request(request)
        self.calls += 1
        self.mapping[: len(request)] = request
        reply = self.agent.exchange(bytes(self.mapping[: len(request)]))
        assert len(reply) <= AGENT_MAX_MSGLEN
        self.mapping[: len(reply)] = reply
        return read_reply(bytes(self.mapping))


def test_pageant_agent_over_the_exchange() -> None:
    ed, rsa = key("ed25519"), key("rsa")
    exchange = FakeMapping(FakeAgent(ed, rsa))

    async def main() -> None:
        async with PageantAgent(query=exchange, timeout=5) as client:
            assert repr(client) == "<PageantAgent>" and client.can_forward
            assert await client.list_identities() == [ed.public_key(), rsa.public_key()]
            signatures = await asyncio.gather(
                *(client.sign(rsa, b"%d" % i, algorithm="rsa-sha2-256") for i in range(5))
            )
            assert all(rsa.verify(b"%d" % i, s) for i, s in enumerate(signatures))
            # Pageant cannot take a request over 8 KiB: it answers FAILURE.
            with pytest.raises(AgentFailure):
                await client.sign(ed, b"x" * AGENT_MAX_MSGLEN)
            assert await client.sign(ed, b"small")
            # Forwarding stream over the same exchange, written in pieces.
            reader, writer = await client.get_stream()
            request = frame(b"\x0b")
            writer.write(request[:2])
            writer.write(request[2:])
            await writer.drain()
            header = await reader.readexactly(4)
            body = await reader.readexactly(_U32.unpack(header)[0])
            assert body[0] == 12
            writer.close()
            await writer.wait_closed()

    run(main())
    assert exchange.calls == 1 + 5 + 1 + 1


def test_pageant_agent_surfaces_exchange_errors() -> None:
    def not_running(request: bytes) -> bytes:
        raise AgentError("Pageant is not running")

    def bad_reply(request: bytes) -> bytes:
        return read_reply(b"\x00\x00\x00\x00")

    async def main() -> None:
        client = PageantAgent(query=not_running, timeout=5)
        with pytest.raises(AgentError, match="Pageant is not running"):
            await client.list_identities()
        await client.close()
        client = PageantAgent(query=bad_reply, timeout=5)
        with pytest.raises(AgentError, match="out of bounds"):
            await client.list_identities()
        await client.close()

    run(main())


def test_pageant_stream_refuses_absurd_lengths() -> None:
    async def main() -> None:
        client = PageantAgent(query=FakeMapping(FakeAgent()), timeout=5)
        reader, writer = await client.get_stream()
        writer.write(b"\xff\xff\xff\xff")
        with pytest.raises(AgentProtocolError, match="out of bounds"):
            await reader.read()
        assert writer.is_closing()
        writer.close()

    run(main())

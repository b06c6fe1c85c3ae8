"""Agent-backed user authentication and the agent protocol, ours against ours.

The seed's agent scenarios: a custom :class:`~ssh_agent.BaseAgent` logging in; the agent
protocol between our client and our agent (identities, signatures, failures, the RSA SHA-2
sign flags); requests outstanding when the agent's stream closes. Agents listen on UNIX
sockets in private temporary directories; SSH runs over 127.0.0.1 TCP.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import struct
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

import pytest
from _auth_loopback import run_login

from ssh_agent import (
    AgentClient,
    AgentError,
    AgentFailure,
    AgentServer,
    BaseAgent,
    Identity,
    KeyStore,
    OpenSSHAgent,
)
from ssh_engine._auth._client_flow import Credentials
from ssh_engine._auth._server_flow import AuthContext
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key

T = TypeVar("T")

# draft-miller-ssh-agent message numbers and sign flags
FAILURE, REQUEST_IDENTITIES, IDENTITIES_ANSWER = 5, 11, 12
SIGN_REQUEST, SIGN_RESPONSE = 13, 14
RSA_SHA2_256, RSA_SHA2_512 = 2, 4


def run(main: Callable[[], Awaitable[T]]) -> T:
    """Run ``main()`` in a fresh event loop, bounded to 15 s."""

    async def bounded() -> T:
        async with asyncio.timeout(15):
            return await main()

    return asyncio.run(bounded())


@functools.cache
def key(kind: str, tag: str = "") -> SSHKey:
    """A private key per (kind, tag), generated once for this module."""
    bits = {"rsa": 2048, "ecdsa": 256}.get(kind)
    return generate_key(kind, bits, comment=tag or kind)


def signature_algorithm(signature: bytes) -> str:
    """The algorithm name at the head of an SSH signature blob."""
    (length,) = struct.unpack(">I", signature[:4])
    return signature[4 : 4 + length].decode()


def string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def framed(payload: bytes) -> bytes:
    return string(payload)


def key_gate(*allowed: SSHKey) -> Callable[[AuthContext], bool]:
    blobs = {k.public_blob for k in allowed}

    def handler(ctx: AuthContext) -> bool:
        return isinstance(ctx.key, SSHKey) and ctx.key.public_blob in blobs

    return handler


@contextlib.asynccontextmanager
async def agent_server(*keys: SSHKey) -> AsyncIterator[AgentServer]:
    """Our full agent, holding ``keys``, on a socket in a fresh 0700 directory."""
    store = KeyStore()
    for k in keys:
        store.add(k)
    async with AgentServer(store) as server:
        yield server


class RawAgent:
    """A minimal agent speaking the wire protocol by hand, to see what our client sends
    (sign flags) and to misbehave on purpose.

    Args:
        keys: the identities it lists and signs with.
        refuse: answer FAILURE to every request.
        hang_up_after: answer nothing and close the connection once this many requests
            arrived.
    """

    def __init__(
        self, keys: Sequence[SSHKey] = (), *, refuse: bool = False, hang_up_after: int = 0
    ) -> None:
        self.keys = list(keys)
        self.refuse = refuse
        self.hang_up_after = hang_up_after
        self.requests: list[tuple[int, int]] = []  # (message number, sign flags)
        self.path = ""
        self._dir = ""
        self._server: asyncio.AbstractServer | None = None

    async def __aenter__(self) -> RawAgent:
        self._dir = tempfile.mkdtemp(prefix="agt-")
        self.path = os.path.join(self._dir, "s")
        self._server = await asyncio.start_unix_server(self._serve, self.path)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.rmdir(self._dir)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    (length,) = struct.unpack(">I", await reader.readexactly(4))
                    payload = await reader.readexactly(length)
                except asyncio.IncompleteReadError:
                    return
                flags = 0
                if payload[0] == SIGN_REQUEST:
                    (flags,) = struct.unpack(">I", payload[-4:])
                self.requests.append((payload[0], flags))
                if self.hang_up_after:
                    if len(self.requests) >= self.hang_up_after:
                        return
                    continue  # keep it outstanding
                writer.write(framed(self._answer(payload)))
                await writer.drain()
        finally:
            writer.close()

    def _answer(self, payload: bytes) -> bytes:
        if self.refuse:
            return bytes([FAILURE])
        if payload[0] == REQUEST_IDENTITIES:
            body = b"".join(string(k.public_blob) + string(k.comment.encode()) for k in self.keys)
            return bytes([IDENTITIES_ANSWER]) + struct.pack(">I", len(self.keys)) + body
        if payload[0] == SIGN_REQUEST:
            pos = 1
            (n,) = struct.unpack(">I", payload[pos : pos + 4])
            blob = payload[pos + 4 : pos + 4 + n]
            pos += 4 + n
            (n,) = struct.unpack(">I", payload[pos : pos + 4])
            data = payload[pos + 4 : pos + 4 + n]
            flags = struct.unpack(">I", payload[-4:])[0]
            for k in self.keys:
                if k.public_blob == blob:
                    algorithm = None
                    if k.type == "ssh-rsa":
                        algorithm = "ssh-rsa"
                        if flags & RSA_SHA2_512:
                            algorithm = "rsa-sha2-512"
                        if flags & RSA_SHA2_256:
                            algorithm = "rsa-sha2-256"
                    return bytes([SIGN_RESPONSE]) + string(k.sign(data, algorithm))
        return bytes([FAILURE])


# -- seed: a custom BaseAgent -------------------------------------------------------------


class MemoryAgent(BaseAgent):
    """A custom agent: sync identities, async signatures, every call recorded."""

    def __init__(self, *keys: SSHKey) -> None:
        self.keys = keys
        self.signed: list[tuple[str, str | None]] = []

    def get_identities(self) -> list[Identity]:
        return [k.public_key() for k in self.keys]

    async def sign(
        self, public_key: Identity, data: bytes, *, algorithm: str | None = None
    ) -> bytes:
        await asyncio.sleep(0)
        plain = public_key.key if isinstance(public_key, SSHCertificate) else public_key
        private = next(k for k in self.keys if k.public_blob == plain.public_blob)
        self.signed.append((private.comment, algorithm))
        return private.sign(data, algorithm)


def test_custom_base_agent_login() -> None:
    """Seed: authenticate through a custom BaseAgent. Its identities are offered in turn
    (the refused one only queried, never signed); RSA signatures are asked for as
    rsa-sha2-512."""
    agent = MemoryAgent(key("ecdsa", "not-allowed"), key("rsa"))
    outcome = run(lambda: run_login(key_gate(key("rsa")), "alice", Credentials(agent=agent)))

    result = outcome.client_result()
    assert (result.method, result.tried) == ("publickey", ("none", "agent"))
    assert agent.signed == [("rsa", "rsa-sha2-512")]
    request_key = getattr(outcome.server_result().request, "key", None)
    assert isinstance(request_key, SSHKey) and request_key.equals(key("rsa").public_key())


def test_custom_agent_without_usable_key() -> None:
    agent = MemoryAgent(key("ecdsa", "not-allowed"))
    outcome = run(lambda: run_login(key_gate(key("rsa")), "alice", Credentials(agent=agent)))
    assert outcome.client_error is not None
    assert agent.signed == []


def test_agent_that_refuses_to_sign() -> None:
    """An agent failing a signature ends authentication with AgentError (documented:
    'an agent could not be used')."""

    class Refusing(MemoryAgent):
        async def sign(
            self, public_key: Identity, data: bytes, *, algorithm: str | None = None
        ) -> bytes:
            raise AgentFailure("AgentSignRequest", "confirmation denied")

    outcome = run(
        lambda: run_login(key_gate(key("rsa")), "alice", Credentials(agent=Refusing(key("rsa"))))
    )
    assert isinstance(outcome.client_error, AgentFailure)


# -- seed: the agent protocol between our client and our agent ----------------------------


def test_agent_protocol_identities() -> None:
    """Seed: REQUEST_IDENTITIES / IDENTITIES_ANSWER between our client and our agent;
    keys come back in order with their comments."""

    async def main() -> list[Identity]:
        async with agent_server(key("ed25519", "first"), key("rsa", "second")) as server:
            assert server.path is not None
            async with OpenSSHAgent(server.path) as agent:
                return await agent.get_identities()

    identities = run(main)
    assert [(i.public_blob, i.comment) for i in identities if isinstance(i, SSHKey)] == [
        (key("ed25519", "first").public_blob, "first"),
        (key("rsa", "second").public_blob, "second"),
    ]


@pytest.mark.parametrize(
    ("kind", "algorithm", "expected"),
    [
        ("ed25519", None, "ssh-ed25519"),
        ("ecdsa", None, "ecdsa-sha2-nistp256"),
        ("rsa", None, "ssh-rsa"),
        ("rsa", "rsa-sha2-256", "rsa-sha2-256"),
        ("rsa", "rsa-sha2-512", "rsa-sha2-512"),
    ],
)
def test_agent_protocol_sign(kind: str, algorithm: str | None, expected: str) -> None:
    """Seed: SIGN_REQUEST / SIGN_RESPONSE; for RSA the SHA-2 flags pick the hash, no flag
    gives SHA-1 ssh-rsa (as OpenSSH's agent)."""
    private = key(kind)
    data = b"data to be signed"

    async def main() -> bytes:
        async with agent_server(private) as server:
            assert server.path is not None
            async with OpenSSHAgent(server.path) as agent:
                return await agent.sign(private.public_key(), data, algorithm=algorithm)

    signature = run(main)
    assert signature_algorithm(signature) == expected
    assert private.public_key().verify(data, signature)


def test_agent_protocol_failures() -> None:
    """Seed failure paths: signing with a key the agent does not hold, a locked agent
    (no identities, no signatures), a key that cannot make the asked-for algorithm, and an
    agent answering FAILURE to everything."""
    held, other = key("ed25519", "held"), key("ecdsa", "other")

    async def main() -> None:
        async with agent_server(held) as server:
            assert server.path is not None
            async with OpenSSHAgent(server.path) as agent:
                with pytest.raises(AgentFailure):
                    await agent.sign(other.public_key(), b"x")
                with pytest.raises(ValueError):
                    await agent.sign(held.public_key(), b"x", algorithm="rsa-sha2-256")
                server.store.lock("pass")
                assert await agent.get_identities() == []
                with pytest.raises(AgentFailure):
                    await agent.sign(held.public_key(), b"x")
                server.store.unlock("pass")
                assert len(await agent.get_identities()) == 1
        async with RawAgent([held], refuse=True) as raw, OpenSSHAgent(raw.path) as agent:
            with pytest.raises(AgentFailure):
                await agent.get_identities()
            with pytest.raises(AgentFailure):
                await agent.sign(held.public_key(), b"x")

    run(main)


@pytest.mark.parametrize(
    ("accepted", "flags"),
    [
        (None, RSA_SHA2_512),
        (("rsa-sha2-256",), RSA_SHA2_256),
    ],
)
def test_agent_login_sends_rsa_sha2_flags(accepted: tuple[str, ...] | None, flags: int) -> None:
    """Seed (RSA SHA-2 flags): logging in through an agent socket, our client asks for the
    RSA signature the server takes, with the matching SIGN_REQUEST flag."""
    rsa = key("rsa")
    options: dict[str, Any] = {} if accepted is None else {"publickey_algorithms": accepted}

    async def main() -> tuple[list[tuple[int, int]], str]:
        async with RawAgent([rsa]) as raw:
            outcome = await run_login(
                key_gate(rsa), "alice", Credentials(agent=raw.path), **options
            )
            request = outcome.server_result().request
            return raw.requests, getattr(request, "algorithm", "")

    requests, algorithm = run(main)
    assert [flag for number, flag in requests if number == SIGN_REQUEST] == [flags]
    assert algorithm == ("rsa-sha2-512" if flags == RSA_SHA2_512 else "rsa-sha2-256")


def test_login_through_our_agent_socket() -> None:
    """End to end: ``Credentials(agent=path)`` with our own agent on a UNIX socket."""
    rsa, ed = key("rsa"), key("ed25519", "agent-ed")

    async def main() -> str:
        async with agent_server(ed, rsa) as server:
            assert server.path is not None
            outcome = await run_login(key_gate(rsa), "alice", Credentials(agent=server.path))
            request = outcome.server_result().request
            assert outcome.client_result().tried == ("none", "agent")
            return getattr(request, "algorithm", "")

    assert run(main) == "rsa-sha2-512"


def test_agent_opened_from_a_path_is_closed_after_login() -> None:
    """An agent the client flow creates from a path is its own to close: once
    authenticate() returned, no connection to the agent should be left open."""

    async def main() -> int:
        async with agent_server(key("rsa")) as server:
            assert server.path is not None
            outcome = await run_login(key_gate(key("rsa")), "alice", Credentials(agent=server.path))
            assert outcome.ok
            for _ in range(20):
                if server.client_count == 0:
                    break
                await asyncio.sleep(0.01)
            return server.client_count

    assert run(main) == 0


# -- seed: outstanding requests when the agent's stream closes ----------------------------


def test_outstanding_requests_fail_when_stream_closes() -> None:
    """Seed: requests pipelined to an agent that hangs up all fail with AgentError (not a
    timeout), and the client stays failed."""
    held = key("ed25519", "held")

    async def main() -> list[BaseException | object]:
        async with RawAgent([held], hang_up_after=3) as raw:
            reader, writer = await asyncio.open_unix_connection(raw.path)
            client = AgentClient(reader, writer, timeout=10)
            try:
                results = await asyncio.gather(
                    client.get_identities(),
                    client.sign(held.public_key(), b"one"),
                    client.sign(held.public_key(), b"two"),
                    return_exceptions=True,
                )
                with pytest.raises(AgentError):
                    await client.get_identities()
            finally:
                await client.close()
            assert [number for number, _ in raw.requests] == [
                REQUEST_IDENTITIES,
                SIGN_REQUEST,
                SIGN_REQUEST,
            ]
            return list(results)

    results = run(main)
    assert len(results) == 3
    for result in results:
        assert isinstance(result, AgentError)
        assert not isinstance(result, TimeoutError)

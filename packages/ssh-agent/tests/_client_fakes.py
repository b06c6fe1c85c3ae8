"""Fake agents for the client tests: a tiny in-memory agent speaking the wire protocol.

:class:`FakeAgent` answers payloads synchronously (``handle``), so the same object serves an
asyncio stream (``serve``), a socket pair (``stream_pair``) and the Pageant exchange.
Tests can script raw replies, delay or withhold them, and read what was requested.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from ssh_agent._framing import FrameDecoder
from ssh_wire import decode_message, encode_message
from ssh_wire import messages as m
from ssh_wire.keys import SSHKey, generate_key

T = TypeVar("T")
_U32 = struct.Struct(">I")
FAILURE = m.AgentFailure()
SUCCESS = m.AgentSuccess()


def frame(payload: bytes) -> bytes:
    return _U32.pack(len(payload)) + payload


def run(coro: Coroutine[Any, Any, T], timeout: float = 20) -> T:
    """Run a coroutine to completion (pytest-asyncio is not a dependency)."""

    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await coro

    return asyncio.run(bounded())


_KEYS: dict[str, SSHKey] = {}


def key(kind: str) -> SSHKey:
    """A private key of ``kind`` (ed25519, ecdsa, rsa, dsa), made once per test run."""
    if kind not in _KEYS:
        bits = {"ecdsa": 256, "rsa": 2048, "dsa": 1024}.get(kind)
        _KEYS[kind] = generate_key(kind, bits) if bits else generate_key(kind)
        _KEYS[kind].comment = f"{kind} comment"
    return _KEYS[kind]


class FakeAgent:
    """An agent holding keys in a dict; records every request it decodes."""

    def __init__(self, *keys: SSHKey, extensions: tuple[str, ...] = ("session-bind@openssh.com",)):
        # blob -> (private key or None, comment)
        self.keys: dict[bytes, tuple[SSHKey | None, str]] = {}
        for k in keys:
            self.keys[k.public_blob] = (k, k.comment)
        self.extra_identities: list[tuple[bytes, str]] = []
        self.locked: str | None = None
        self.requests: list[Any] = []
        self.extensions = extensions
        #: raw payloads sent instead of the real answers, one per request, while non-empty
        self.scripted: list[bytes | None] = []
        #: seconds to wait before answering, per request in order (then no delay)
        self.delays: list[float] = []
        self.connections = 0

    # -- the agent logic -----------------------------------------------------------------

    def answer(self, request: Any) -> Any:
        if isinstance(request, m.AgentRequestIdentities):
            if self.locked is not None:
                return m.AgentIdentitiesAnswer(())
            ids = [m.AgentIdentity(blob, comment) for blob, (_, comment) in self.keys.items()]
            ids += [m.AgentIdentity(blob, comment) for blob, comment in self.extra_identities]
            return m.AgentIdentitiesAnswer(tuple(ids))
        if isinstance(request, m.AgentSignRequest):
            entry = self.keys.get(bytes(request.key_blob))
            if self.locked is not None or entry is None or entry[0] is None:
                return FAILURE
            signer = entry[0]
            algorithm = None
            if signer.type == "ssh-rsa":
                algorithm = {0: "ssh-rsa", 2: "rsa-sha2-256", 4: "rsa-sha2-512"}[request.flags]
            return m.AgentSignResponse(signer.sign(bytes(request.data), algorithm))
        if isinstance(request, m.AgentAddIdentity | m.AgentAddIdConstrained):
            if self.locked is not None:
                return FAILURE
            fields: Any = request.key
            private: SSHKey | None
            if request.key_type.endswith("-cert-v01@openssh.com"):
                blob = bytes(fields.certificate)
                private = None
                if isinstance(fields, m.Ed25519CertPrivateKey):
                    plain = m.Ed25519PrivateKey(fields.public_key, fields.private_key)
                    private = SSHKey.from_private_fields("ssh-ed25519", plain)
            else:
                private = SSHKey.from_private_fields(request.key_type, fields)
                blob = private.public_blob
            self.keys[blob] = (private, request.comment)
            return SUCCESS
        if isinstance(request, m.AgentRemoveIdentity):
            if self.locked is not None or self.keys.pop(bytes(request.key_blob), None) is None:
                return FAILURE
            return SUCCESS
        if isinstance(request, m.AgentRemoveAllIdentities):
            if self.locked is not None:
                return FAILURE
            self.keys.clear()
            return SUCCESS
        if isinstance(request, m.AgentLock):
            if self.locked is not None:
                return FAILURE
            self.locked = request.passphrase
            return SUCCESS
        if isinstance(request, m.AgentUnlock):
            if self.locked is None or self.locked != request.passphrase:
                return FAILURE
            self.locked = None
            return SUCCESS
        if isinstance(request, m.AgentExtension):
            if request.extension_type == "query":
                names = m.encode_agent_query_reply(m.AgentQueryReply(self.extensions))
                return m.AgentExtensionResponse("query", names)
            if request.extension_type in self.extensions:
                return SUCCESS
            return m.AgentExtensionFailure()
        return FAILURE

    def handle(self, payload: bytes) -> bytes | None:
        """One request payload in, one reply payload out (None: no reply)."""
        try:
            request = decode_message(payload, "agent")
        except Exception:
            return encode_message(FAILURE)
        self.requests.append(request)
        if self.scripted:
            return self.scripted.pop(0)
        return encode_message(self.answer(request))

    def exchange(self, request_frame: bytes) -> bytes:
        """Pageant-style: one framed request in, one framed reply out."""
        reply = self.handle(request_frame[4:])
        assert reply is not None
        return frame(reply)

    # -- serving streams -----------------------------------------------------------------

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one connection until EOF."""
        self.connections += 1
        decoder = FrameDecoder()
        try:
            while data := await reader.read(65536):
                for payload in decoder.feed(data):
                    reply = self.handle(payload)
                    if self.delays:
                        await asyncio.sleep(self.delays.pop(0))
                    if reply is not None:
                        writer.write(frame(reply))
                        await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()


async def stream_pair(
    handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Coroutine[Any, Any, None]],
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, asyncio.Task[None]]:
    """A connected socket pair: the client's (reader, writer), the other end run by
    ``handler`` in a task."""
    ours, theirs = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=ours)
    agent_reader, agent_writer = await asyncio.open_connection(sock=theirs)
    task = asyncio.get_running_loop().create_task(handler(agent_reader, agent_writer))
    return reader, writer, task

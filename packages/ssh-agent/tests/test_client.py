"""AgentClient, OpenSSHAgent, BaseAgent and create_agent against in-process fake agents."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from _client_fakes import FAILURE, FakeAgent, frame, key, run, stream_pair
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_agent._base import BaseAgent, StreamPair, agent_identities, agent_sign, agent_stream
from ssh_agent._client import AgentClient, AgentTimeoutError, sign_flags
from ssh_agent._create import create_agent
from ssh_agent._cygwin import CygwinAgent
from ssh_agent._errors import AgentError, AgentFailure, AgentProtocolError
from ssh_agent._openssh import OpenSSHAgent
from ssh_agent._pageant import PageantAgent
from ssh_wire import encode_message
from ssh_wire import messages as m
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, issue_certificate


async def connected(agent: FakeAgent, timeout: float = 5) -> tuple[AgentClient, asyncio.Task[None]]:
    reader, writer, task = await stream_pair(agent.serve)
    return AgentClient(reader, writer, timeout=timeout), task


def certificate_for(subject: SSHKey) -> SSHCertificate:
    return issue_certificate(
        key("ecdsa"),
        subject,
        cert_type=CertificateType.USER,
        key_id="test cert",
        principals=["alice"],
        comment="cert comment",
    )


# -- the requests --------------------------------------------------------------------------


def test_list_identities_keeps_comments_and_certificates() -> None:
    ed, rsa = key("ed25519"), key("rsa")
    cert = certificate_for(ed)
    agent = FakeAgent(ed, rsa)
    agent.extra_identities = [(cert.blob, "the cert"), (b"\x00\x00\x00\x0bfoo@example", "alien")]

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            identities = await client.list_identities()
            raw = await client.request_identities()
            base = await agent_identities(client)
        assert identities == [ed.public_key(), rsa.public_key(), cert]
        assert [i.comment for i in identities] == ["ed25519 comment", "rsa comment", "the cert"]
        assert isinstance(identities[2], SSHCertificate)
        assert len(raw) == 4 and raw[3].comment == "alien"
        assert base == identities

    run(main())


@pytest.mark.parametrize("kind", ["ed25519", "ecdsa", "rsa", "dsa"])
def test_sign_verifies_for_every_algorithm(kind: str) -> None:
    private = key(kind)
    agent = FakeAgent(private)

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            for algorithm in (None, *private.signature_algorithms):
                signature = await client.sign(private.public_key(), b"to sign", algorithm=algorithm)
                assert private.verify(b"to sign", signature)
            by_blob = await client.sign(private.public_blob, b"blob")
            assert private.verify(b"blob", by_blob)
            via_base = await agent_sign(client, private.public_key(), b"b", algorithm=None)
            assert private.verify(b"b", via_base)

    run(main())
    flags = [r.flags for r in agent.requests if isinstance(r, m.AgentSignRequest)]
    if kind == "rsa":
        assert flags == [0, 4, 2, 0, 0, 0]
    else:
        assert set(flags) == {0}


def test_sign_flags() -> None:
    assert sign_flags("ssh-rsa", None) == 0
    assert sign_flags("ssh-rsa", "rsa-sha2-256") == 2
    assert sign_flags("ssh-rsa", "rsa-sha2-512") == 4
    assert sign_flags("ssh-rsa", "ssh-rsa") == 0
    assert sign_flags("ssh-rsa-cert-v01@openssh.com", "rsa-sha2-512-cert-v01@openssh.com") == 4
    assert sign_flags("ssh-rsa-cert-v01@openssh.com", "rsa-sha2-256") == 2
    assert sign_flags("ssh-ed25519", "ssh-ed25519") == 0
    assert sign_flags("ssh-ed25519-cert-v01@openssh.com", "ssh-ed25519") == 0
    for key_type, algorithm in [("ssh-ed25519", "rsa-sha2-256"), ("ssh-rsa", "ssh-ed25519")]:
        with pytest.raises(ValueError):
            sign_flags(key_type, algorithm)


def test_sign_argument_errors() -> None:
    async def main() -> None:
        client, _ = await connected(FakeAgent())
        async with client:
            with pytest.raises(ValueError):
                await client.sign(key("ed25519"), b"x", algorithm="rsa-sha2-256")
            with pytest.raises(ValueError):
                await client.sign(b"\xff", b"x")
            with pytest.raises(TypeError):
                await client.sign("not a key", b"x")  # type: ignore[arg-type]
            with pytest.raises(AgentFailure):
                await client.sign(key("ed25519"), b"x")  # the agent does not hold it

    run(main())


def test_add_plain_constrained_and_certified() -> None:
    ed, ecdsa, rsa, dsa = key("ed25519"), key("ecdsa"), key("rsa"), key("dsa")
    cert = certificate_for(ed)
    agent = FakeAgent()

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            await client.add(ed)
            await client.add(rsa, comment="renamed", lifetime=30, confirm=True)
            await client.add(ecdsa, lifetime=timedelta(minutes=2))
            await client.add(dsa, confirm=True)
            await client.add(ed, certificate=cert, comment="as cert")
            await client.add(key("rsa"), certificate=certificate_for(rsa).blob)
            for lifetime in (0, -1, 1.5, 2**32):
                with pytest.raises(ValueError):
                    await client.add(ed, lifetime=lifetime)
            with pytest.raises(ValueError, match="private"):
                await client.add(ed.public_key())
            with pytest.raises(ValueError, match="certify"):
                await client.add(rsa, certificate=cert)
            identities = await client.list_identities()
            signature = await client.sign(cert, b"with cert")
        assert ed.verify(b"with cert", signature)
        assert identities[0].comment == "ed25519 comment"
        assert identities[1].comment == "renamed"
        assert cert in identities

    run(main())
    adds: list[Any] = [
        r for r in agent.requests if isinstance(r, m.AgentAddIdentity | m.AgentAddIdConstrained)
    ]
    assert [type(r).__name__ for r in adds] == [
        "AgentAddIdentity",
        "AgentAddIdConstrained",
        "AgentAddIdConstrained",
        "AgentAddIdConstrained",
        "AgentAddIdentity",
        "AgentAddIdentity",
    ]
    lifetime, confirm = m.AgentConstraintType.LIFETIME, m.AgentConstraintType.CONFIRM
    assert adds[1].constraints == (
        m.AgentConstraint(lifetime, m.AgentLifetimeConstraint(30)),
        m.AgentConstraint(confirm, None),
    )
    assert adds[2].constraints == (m.AgentConstraint(lifetime, m.AgentLifetimeConstraint(120)),)
    assert adds[3].constraints == (m.AgentConstraint(confirm, None),)
    assert adds[4].key_type == "ssh-ed25519-cert-v01@openssh.com"
    assert isinstance(adds[4].key, m.Ed25519CertPrivateKey) and adds[4].key.certificate == cert.blob
    assert adds[5].key_type == "ssh-rsa-cert-v01@openssh.com"
    assert isinstance(adds[5].key, m.RsaCertPrivateKey)


def test_certificate_private_fields_for_every_type() -> None:
    from ssh_agent._client import _add_fields

    expected = {
        "ed25519": m.Ed25519CertPrivateKey,
        "ecdsa": m.EcdsaCertPrivateKey,
        "rsa": m.RsaCertPrivateKey,
        "dsa": m.DssCertPrivateKey,
    }
    for kind, cls in expected.items():
        private = key(kind)
        cert = certificate_for(private)
        key_type, fields = _add_fields(private, cert)
        assert key_type == cert.type
        assert type(fields).__name__ == cls.__name__
        # The agent-side encoding accepts them.
        encode_message(m.AgentAddIdentity(key_type, fields, "c"))


def test_remove_lock_unlock_extensions() -> None:
    ed, rsa = key("ed25519"), key("rsa")
    agent = FakeAgent(ed, rsa)

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            await client.remove(ed)
            assert await client.list_identities() == [rsa.public_key()]
            with pytest.raises(AgentFailure, match="AgentRemoveIdentity"):
                await client.remove(ed.public_blob)
            await client.lock("s3cret")
            with pytest.raises(AgentFailure):
                await client.sign(rsa, b"x")
            with pytest.raises(AgentFailure):
                await client.unlock("wrong")
            await client.unlock(b"s3cret")
            assert await client.sign(rsa, b"x")
            with pytest.raises(ValueError):
                await client.lock(b"\xff\xfe")
            await client.remove_all()
            assert await client.list_identities() == []
            assert await client.query_extensions() == ("session-bind@openssh.com",)
            await client.session_bind(ed, b"session id", ed.sign(b"session id"), False)
            with pytest.raises(ValueError):  # malformed session-bind contents
                await client.extension("session-bind@openssh.com", b"")
            with pytest.raises(AgentFailure):
                await client.extension("unknown@example.com", b"x")

    run(main())
    binds: list[Any] = [r for r in agent.requests if isinstance(r, m.AgentExtension)]
    assert binds[1].contents.session_identifier == b"session id"
    assert binds[1].contents.is_forwarding is False


def test_extension_generic_reply() -> None:
    agent = FakeAgent()
    response = m.AgentExtensionResponse("x@example.com", b"data")
    agent.scripted = [encode_message(response), encode_message(m.AgentSuccess())]

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            assert await client.extension("x@example.com", b"in") == response
            assert await client.extension("y@example.com") is None

    run(main())


def test_concurrent_requests_are_pipelined_and_matched() -> None:
    keys = [key(kind) for kind in ("ed25519", "ecdsa", "rsa", "dsa")]
    agent = FakeAgent(*keys)

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            data = [f"message {i}".encode() for i in range(24)]
            signatures = await asyncio.gather(
                *(client.sign(keys[i % 4], d) for i, d in enumerate(data))
            )
            for i, (d, sig) in enumerate(zip(data, signatures, strict=True)):
                assert keys[i % 4].verify(d, sig)

    run(main())


# -- failures, closing, timeouts -----------------------------------------------------------


def test_failure_keeps_the_connection() -> None:
    agent = FakeAgent(key("ed25519"))
    agent.scripted = [encode_message(FAILURE)]

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            with pytest.raises(AgentFailure):
                await client.list_identities()
            assert len(await client.list_identities()) == 1

    run(main())


def test_outstanding_requests_fail_when_we_close() -> None:
    agent = FakeAgent(key("ed25519"))
    agent.scripted = [None, None]  # never answer

    async def main() -> None:
        client, _ = await connected(agent)
        waiting = [asyncio.ensure_future(client.list_identities()) for _ in range(2)]
        await asyncio.sleep(0.05)
        await client.close()
        for task in waiting:
            with pytest.raises(AgentError, match="closed"):
                await task
        with pytest.raises(AgentError, match="cannot be reopened"):
            await client.list_identities()

    run(main())


def test_outstanding_requests_fail_when_the_agent_closes() -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readexactly(5)
        await reader.readexactly(5)
        writer.close()

    async def main() -> None:
        reader, writer, _ = await stream_pair(hang_up)
        client = AgentClient(reader, writer, timeout=5)
        first = asyncio.ensure_future(client.list_identities())
        second = asyncio.ensure_future(client.list_identities())
        for task in (first, second):
            with pytest.raises(AgentError, match="closed") as info:
                await task
            assert type(info.value) is AgentError
        with pytest.raises(AgentError):
            await client.remove_all()
        await client.close()

    run(main())


def test_timeout_then_the_late_reply_is_dropped() -> None:
    agent = FakeAgent(key("ed25519"))
    agent.delays = [0.5]

    async def main() -> None:
        client, _ = await connected(agent, timeout=0.2)
        async with client:
            with pytest.raises(AgentTimeoutError) as info:
                await client.list_identities()
            assert isinstance(info.value, TimeoutError)
            client.timeout = 5
            # The late identities answer goes to the abandoned request, not to this one.
            signature = await client.sign(key("ed25519"), b"x")
            assert key("ed25519").verify(b"x", signature)

    run(main())


def test_protocol_error_from_the_agent() -> None:
    agent = FakeAgent(key("ed25519"))
    agent.scripted = [encode_message(m.AgentSuccess())]

    async def main() -> None:
        client, _ = await connected(agent)
        with pytest.raises(AgentProtocolError):
            await client.list_identities()
        with pytest.raises(AgentError):
            await client.list_identities()  # given streams: no reconnection
        await client.close()

    run(main())


@settings(max_examples=25)
@given(reply=st.binary(max_size=64), raw=st.booleans())
def test_garbage_replies_over_a_stream_raise_only_agent_errors(reply: bytes, raw: bool) -> None:
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readexactly(5)
        writer.write(reply if raw else frame(reply))
        writer.close()

    async def main() -> None:
        reader, writer, _ = await stream_pair(garbage)
        client = AgentClient(reader, writer, timeout=5)
        try:
            result = await client.list_identities()
        except AgentError:
            pass
        else:
            assert isinstance(result, list)
        finally:
            await client.close()

    run(main())


def test_closing_an_unused_client_closes_its_stream() -> None:
    async def main() -> None:
        reader, writer, _ = await stream_pair(FakeAgent().serve)
        client = AgentClient(reader, writer)
        await client.close()
        assert writer.is_closing()
        with pytest.raises(AgentError, match="cannot be reopened"):
            await client.list_identities()

    run(main())


def test_client_needs_both_streams() -> None:
    async def main() -> None:
        reader, writer, _ = await stream_pair(FakeAgent().serve)
        with pytest.raises(TypeError):
            AgentClient(reader)
        writer.close()

    run(main())


# -- OpenSSHAgent --------------------------------------------------------------------------


def test_openssh_agent_needs_ssh_auth_sock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    with pytest.raises(AgentError, match="SSH_AUTH_SOCK"):
        OpenSSHAgent()
    with pytest.raises(AgentError, match="SSH_AUTH_SOCK"):
        create_agent()
    monkeypatch.setenv("SSH_AUTH_SOCK", "/some/where/agent.sock")
    assert OpenSSHAgent().socket_path == "/some/where/agent.sock"
    agent = create_agent()
    assert isinstance(agent, OpenSSHAgent) and agent.socket_path == "/some/where/agent.sock"


def test_openssh_agent_missing_socket(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sock"

    async def main() -> None:
        client = OpenSSHAgent(path, timeout=5)
        with pytest.raises(AgentError, match=r"cannot connect to the agent at .*nothing\.sock"):
            await client.list_identities()

    run(main())


def test_openssh_agent_over_a_unix_socket(tmp_path: Path) -> None:
    ed = key("ed25519")
    agent = FakeAgent(ed)
    path = str(tmp_path / "agent.sock")

    async def main() -> None:
        server = await asyncio.start_unix_server(agent.serve, path)
        async with server:
            client = OpenSSHAgent(path, timeout=5)
            assert client.can_forward
            assert path in repr(client)
            async with client:
                assert await client.list_identities() == [ed.public_key()]
                # Forwarding: a second, independent connection.
                reader, writer = await agent_stream(client)
                writer.write(b"\x00\x00\x00\x01\x0b")
                reply = await reader.readexactly(4)
                assert int.from_bytes(reply, "big") == len(await reader.read(4096))
                writer.close()
                assert agent.connections == 2
            # Closed: the next request opens a new connection.
            assert len(await client.list_identities()) == 1
            assert agent.connections == 3
            await client.close()

    run(main())


def test_openssh_agent_reconnects_after_a_lost_connection(tmp_path: Path) -> None:
    path = str(tmp_path / "agent.sock")
    agent = FakeAgent(key("ed25519"))
    served = 0

    async def serve_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        served += 1
        if served == 1:
            await reader.readexactly(5)
            writer.close()  # drop the first connection mid-request
            return
        await agent.serve(reader, writer)

    async def main() -> None:
        server = await asyncio.start_unix_server(serve_once, path)
        async with server:
            client = OpenSSHAgent(path, timeout=5)
            with pytest.raises(AgentError, match="closed"):
                await client.list_identities()
            assert len(await client.list_identities()) == 1
            await client.close()

    run(main())


# -- BaseAgent -----------------------------------------------------------------------------


class SyncAgent(BaseAgent):
    def __init__(self, private: SSHKey) -> None:
        self.private = private

    def get_identities(self) -> list[SSHKey]:
        return [self.private.public_key()]

    def sign(self, public_key: Any, data: bytes, *, algorithm: str | None = None) -> bytes:
        return self.private.sign(data, algorithm)


class AsyncAgent(SyncAgent):
    async def get_identities(self) -> list[SSHKey]:  # type: ignore[override]
        return [self.private.public_key()]

    async def sign(  # type: ignore[override]
        self, public_key: Any, data: bytes, *, algorithm: str | None = None
    ) -> bytes:
        return self.private.sign(data, algorithm)

    async def get_stream(self) -> StreamPair:
        reader, writer, _ = await stream_pair(FakeAgent(self.private).serve)
        return reader, writer


def test_base_agent_sync_and_async() -> None:
    rsa = key("rsa")

    async def main() -> None:
        for agent in (SyncAgent(rsa), AsyncAgent(rsa)):
            assert await agent_identities(agent) == [rsa.public_key()]
            signature = await agent_sign(agent, rsa, b"x", algorithm="rsa-sha2-256")
            assert rsa.verify(b"x", signature) and b"rsa-sha2-256" in signature
        assert not SyncAgent(rsa).can_forward
        with pytest.raises(AgentError, match="cannot be forwarded"):
            await agent_stream(SyncAgent(rsa))
        assert AsyncAgent(rsa).can_forward
        reader, writer = await agent_stream(AsyncAgent(rsa))
        client = AgentClient(reader, writer)
        assert await client.list_identities() == [rsa.public_key()]
        assert not client.can_forward
        with pytest.raises(AgentError):
            await client.get_stream()
        await client.close()

    run(main())


def test_base_agent_results_are_checked() -> None:
    class Broken(BaseAgent):
        def get_identities(self) -> list[Any]:
            return ["not a key"]

        def sign(self, public_key: Any, data: bytes, *, algorithm: str | None = None) -> Any:
            return "not bytes"

    async def main() -> None:
        with pytest.raises(AgentError):
            await agent_identities(Broken())
        with pytest.raises(AgentError):
            await agent_sign(Broken(), key("ed25519"), b"x")

    run(main())
    with pytest.raises(TypeError):
        BaseAgent()  # type: ignore[abstract]


# -- create_agent --------------------------------------------------------------------------


def test_create_agent_selection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    custom = SyncAgent(key("ed25519"))
    assert create_agent(custom) is custom
    agent = create_agent(tmp_path / "agent.sock")
    assert isinstance(agent, OpenSSHAgent) and agent.socket_path == str(tmp_path / "agent.sock")
    with pytest.raises(AgentError, match="Windows"):
        create_agent("pageant")
    with pytest.raises(TypeError):
        create_agent(42)  # type: ignore[arg-type]

    import ssh_agent._create as create_module
    import ssh_agent._pageant as pageant_module

    monkeypatch.setattr(create_module, "_is_windows", lambda: True)
    monkeypatch.setattr(pageant_module, "_is_windows", lambda: True)
    assert isinstance(create_agent("pageant"), PageantAgent)
    cygwin = create_agent("C:\\cygwin64\\tmp\\ssh-x\\agent.1")
    assert isinstance(cygwin, CygwinAgent)
    pipe = create_agent("\\\\.\\pipe\\openssh-ssh-agent")
    assert isinstance(pipe, OpenSSHAgent)
    assert isinstance(create_agent("//./pipe/custom"), OpenSSHAgent)


def test_windows_default_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    import ssh_agent._openssh as openssh_module

    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    monkeypatch.setattr(openssh_module, "_is_windows", lambda: True)
    assert OpenSSHAgent().socket_path == openssh_module.WINDOWS_AGENT_PIPE


def test_no_secret_in_reprs() -> None:
    agent = FakeAgent()

    async def main() -> None:
        client, _ = await connected(agent)
        async with client:
            await client.lock("hunter2-passphrase")
            text = repr(client) + repr(agent.requests)
            assert "hunter2" not in text
            await client.unlock("hunter2-passphrase")
            await client.add(key("ed25519"))
        secret = key("ed25519").private_fields().private_key.hex()  # type: ignore[union-attr]
        assert secret[:16] not in repr(agent.requests)

    run(main())

"""The agent server: the sans-IO connection (bytes in, replies out) and the asyncio UNIX
socket server around it."""

from __future__ import annotations

import asyncio
import os
import socket
import stat
import struct
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import pytest
from _server_helpers import (
    add_request,
    bind_request,
    confirm,
    framed,
    key,
    lifetime,
    replies,
)
from hypothesis import given
from hypothesis import strategies as st

from ssh_agent._framing import MAX_MESSAGE, frame
from ssh_agent._server import MAX_BACKLOG, SUPPORTED_EXTENSIONS, AgentServerProtocol
from ssh_agent._store import KeyStore
from ssh_agent._unix_server import AgentServer, create_agent_socket
from ssh_wire import decode_message, encode_message
from ssh_wire import messages as m
from ssh_wire.keys import SSHKey
from ssh_wire.strategies import STRATEGIES

T = TypeVar("T")
RESPONSE_TYPES = (
    m.AgentFailure,
    m.AgentSuccess,
    m.AgentIdentitiesAnswer,
    m.AgentSignResponse,
    m.AgentExtensionFailure,
    m.AgentExtensionResponse,
)
REQUEST_TYPES = [
    m.AgentRequestIdentities,
    m.AgentSignRequest,
    m.AgentAddIdentity,
    m.AgentAddIdConstrained,
    m.AgentRemoveIdentity,
    m.AgentRemoveAllIdentities,
    m.AgentRemoveAllRsaIdentities,
    m.AgentAddSmartcardKey,
    m.AgentRemoveSmartcardKey,
    m.AgentAddSmartcardKeyConstrained,
    m.AgentLock,
    m.AgentUnlock,
    m.AgentExtension,
]


def new_conn(**kwargs: Any) -> AgentServerProtocol:
    kwargs.setdefault("lock_cost", 16)
    return AgentServerProtocol(KeyStore(**kwargs))


def ask(conn: AgentServerProtocol, *msgs: Any) -> list[Any]:
    return replies(conn.receive_data(b"".join(framed(x) for x in msgs)))


def only(conn: AgentServerProtocol, msg: Any) -> Any:
    (reply,) = ask(conn, msg)
    return reply


def sign_request(k: SSHKey, data: bytes = b"data", flags: int = 0) -> m.AgentSignRequest:
    return m.AgentSignRequest(k.public_blob, data, flags)


# -- the protocol, request by request -------------------------------------------------------------


def test_full_session() -> None:
    conn = new_conn()
    assert only(conn, m.AgentRequestIdentities()) == m.AgentIdentitiesAnswer(())
    assert isinstance(only(conn, add_request(key("ed25519"), "one")), m.AgentSuccess)
    assert isinstance(only(conn, add_request(key("rsa"), "two")), m.AgentSuccess)
    answer = only(conn, m.AgentRequestIdentities())
    assert [(i.key_blob, i.comment) for i in answer.identities] == [
        (key("ed25519").public_blob, "one"),
        (key("rsa").public_blob, "two"),
    ]
    reply = only(conn, sign_request(key("rsa"), flags=m.AgentSignFlag.RSA_SHA2_512))
    assert isinstance(reply, m.AgentSignResponse)
    assert m.decode_signature(reply.signature).algorithm == "rsa-sha2-512"
    assert key("rsa").verify(b"data", reply.signature)
    assert isinstance(only(conn, m.AgentRemoveIdentity(key("rsa").public_blob)), m.AgentSuccess)
    assert isinstance(only(conn, m.AgentRemoveIdentity(key("rsa").public_blob)), m.AgentFailure)
    assert isinstance(only(conn, m.AgentRemoveAllRsaIdentities()), m.AgentSuccess)
    assert isinstance(only(conn, m.AgentRemoveAllIdentities()), m.AgentSuccess)
    assert only(conn, m.AgentRequestIdentities()) == m.AgentIdentitiesAnswer(())


def test_sign_with_a_key_not_held_fails_cleanly() -> None:
    conn = new_conn()
    assert isinstance(only(conn, sign_request(key("ed25519"))), m.AgentFailure)
    assert isinstance(only(conn, m.AgentSignRequest(b"junk", b"d", 0)), m.AgentFailure)
    assert not conn.closed


def test_lock_and_unlock_over_the_wire() -> None:
    conn = new_conn()
    ask(conn, add_request(key("ed25519")))
    assert isinstance(only(conn, m.AgentLock("pw")), m.AgentSuccess)
    assert only(conn, m.AgentRequestIdentities()) == m.AgentIdentitiesAnswer(())
    for msg in (
        sign_request(key("ed25519")),
        add_request(key("rsa")),
        m.AgentRemoveAllIdentities(),
        m.AgentLock("pw"),
        m.AgentExtension("query", None),
    ):
        assert isinstance(only(conn, msg), m.AgentFailure), msg
    # Even undecodable requests get FAILURE while locked.
    assert replies(conn.receive_data(frame(b"\x0d\xff"))) == [m.AgentFailure()]
    assert isinstance(only(conn, m.AgentUnlock("wrong")), m.AgentFailure)
    time.sleep(0.11)  # the backoff after a wrong passphrase
    assert isinstance(only(conn, m.AgentUnlock("pw")), m.AgentSuccess)
    assert len(only(conn, m.AgentRequestIdentities()).identities) == 1


def test_lock_is_shared_by_connections_of_one_store() -> None:
    store = KeyStore(lock_cost=16)
    a, b = AgentServerProtocol(store), AgentServerProtocol(store)
    ask(a, add_request(key("ed25519")))
    ask(a, m.AgentLock("pw"))
    assert isinstance(only(b, sign_request(key("ed25519"))), m.AgentFailure)
    ask(b, m.AgentUnlock("pw"))
    assert isinstance(only(a, sign_request(key("ed25519"))), m.AgentSignResponse)


@pytest.mark.parametrize(
    "payload",
    [
        bytes([200]),  # unknown number
        bytes([m.AgentFailure.MSG_ID]),  # replies sent as requests
        encode_message(m.AgentIdentitiesAnswer(())),
        encode_message(m.AgentSignResponse(b"sig")),
        encode_message(m.AgentAddSmartcardKey("/usr/lib/opensc.so", "1234")),
        encode_message(m.AgentRemoveSmartcardKey("/usr/lib/opensc.so", "1234")),
        encode_message(m.AgentAddSmartcardKeyConstrained("/x.so", "", ())),
        encode_message(sign_request(key("ed25519")))[:-3],  # truncated body
        encode_message(m.AgentRequestIdentities()) + b"\0",  # trailing byte
        bytes([m.AgentAddIdentity.MSG_ID]) + b"\0\0\0\x03abc",  # unknown key type
        encode_message(m.AgentExtension("nobody@example.com", b"\1\2")),
        encode_message(m.AgentExtension("query", None)) + b"\0",
        bytes([m.AgentLock.MSG_ID]) + b"\0\0\0\x02\xff\xfe",  # not UTF-8
    ],
    ids=[
        "unknown",
        "failure",
        "answer",
        "response",
        "smartcard-add",
        "smartcard-remove",
        "smartcard-constrained",
        "truncated",
        "trailing",
        "key-type",
        "extension",
        "query-trailing",
        "lock-utf8",
    ],
)
def test_bad_requests_get_failure_and_keep_the_connection(payload: bytes) -> None:
    conn = new_conn()
    out = conn.receive_data(frame(payload) + framed(m.AgentRequestIdentities()))
    assert replies(out) == [m.AgentFailure(), m.AgentIdentitiesAnswer(())]
    assert not conn.closed


def test_an_identity_list_too_large_to_send_gets_failure() -> None:
    conn = new_conn()
    for i in range(3):
        assert isinstance(only(conn, add_request(key("ed25519", i), "c" * 100_000)), m.AgentSuccess)
    assert only(conn, m.AgentRequestIdentities()) == m.AgentFailure()
    assert not conn.closed


def test_query_extension_lists_what_is_supported() -> None:
    reply = only(new_conn(), m.AgentExtension("query", None))
    assert isinstance(reply, m.AgentExtensionResponse)
    assert reply.extension_type == "query"
    assert m.decode_agent_query_reply(reply.contents).extension_names == SUPPORTED_EXTENSIONS


def test_session_bind_over_the_wire() -> None:
    conn = new_conn()
    host = key("ed25519", 5)
    assert isinstance(
        only(conn, m.AgentExtension("session-bind@openssh.com", bind_request(host, b"s" * 32))),
        m.AgentSuccess,
    )
    assert len(conn.session.bindings) == 1
    again = m.AgentExtension("session-bind@openssh.com", bind_request(host, b"t" * 32))
    assert isinstance(only(conn, again), m.AgentFailure)  # already bound for authentication


def test_garbled_session_bind_counts_as_failed() -> None:
    conn = new_conn()
    payload = encode_message(
        m.AgentExtension("session-bind@openssh.com", bind_request(key("ed25519", 5), b"s" * 32))
    )
    assert replies(conn.receive_data(frame(payload[:-1]))) == [m.AgentFailure()]
    assert conn.session.bind_failed


def test_session_bind_refused_while_locked_counts_as_failed() -> None:
    conn = new_conn()
    ask(conn, m.AgentLock("pw"))
    bind = m.AgentExtension("session-bind@openssh.com", bind_request(key("ed25519", 5), b"s"))
    assert only(conn, bind) == m.AgentFailure()
    ask(conn, m.AgentUnlock("pw"))
    assert conn.session.bind_failed and not conn.session.bindings


# -- framing --------------------------------------------------------------------------------------


def test_replies_in_order_however_the_bytes_are_split() -> None:
    requests = [
        add_request(key("ed25519"), "k"),
        m.AgentRequestIdentities(),
        sign_request(key("ed25519")),
        m.AgentExtension("query", None),
        m.AgentRemoveAllIdentities(),
    ]
    stream = b"".join(framed(r) for r in requests)
    whole = new_conn().receive_data(stream)
    conn = new_conn()
    pieces = b"".join(conn.receive_data(stream[i : i + 1]) for i in range(len(stream)))
    kinds = [type(r) for r in replies(pieces)]
    assert kinds == [
        m.AgentSuccess,
        m.AgentIdentitiesAnswer,
        m.AgentSignResponse,
        m.AgentExtensionResponse,
        m.AgentSuccess,
    ]
    assert [type(r) for r in replies(whole)] == kinds


@pytest.mark.parametrize(
    "header",
    [b"\0\0\0\0", struct.pack(">I", MAX_MESSAGE + 1), b"\xff\xff\xff\xff"],
    ids=["zero", "oversized", "huge"],
)
def test_framing_errors_close_the_connection(header: bytes) -> None:
    conn = new_conn()
    assert conn.receive_data(framed(m.AgentRequestIdentities())) != b""
    assert conn.receive_data(header + b"x" * 10) == b""
    assert conn.closed and conn.close_reason
    assert conn.receive_data(framed(m.AgentRequestIdentities())) == b""


def test_a_full_size_message_is_accepted() -> None:
    conn = new_conn()
    payload = encode_message(m.AgentSignRequest(b"k", b"x" * (MAX_MESSAGE - 30), 0))
    assert len(payload) <= MAX_MESSAGE
    assert replies(conn.receive_data(frame(payload))) == [m.AgentFailure()]
    assert not conn.closed


# -- confirmation ---------------------------------------------------------------------------------


def test_confirmation_holds_the_queue_in_order() -> None:
    conn = new_conn()
    ask(conn, add_request(key("ecdsa256"), "ask me", constraints=[confirm()]))
    out = conn.receive_data(
        framed(sign_request(key("ecdsa256"))) + framed(m.AgentRequestIdentities())
    )
    assert out == b""
    pending = conn.awaiting_confirmation
    assert pending is not None and pending.comment == "ask me"
    assert conn.receive_data(framed(m.AgentExtension("query", None))) == b""  # queued too
    out = conn.resolve_confirmation(True)
    kinds = [type(r) for r in replies(out)]
    assert kinds == [m.AgentSignResponse, m.AgentIdentitiesAnswer, m.AgentExtensionResponse]
    assert conn.awaiting_confirmation is None
    conn.receive_data(framed(sign_request(key("ecdsa256"))))
    assert replies(conn.resolve_confirmation(False)) == [m.AgentFailure()]
    with pytest.raises(RuntimeError):
        conn.resolve_confirmation(True)


def test_backlog_behind_a_confirmation_is_bounded() -> None:
    conn = new_conn()
    ask(conn, add_request(key("ed25519"), constraints=[confirm()]))
    conn.receive_data(framed(sign_request(key("ed25519"))))
    big = framed(m.AgentSignRequest(b"k", b"x" * 200_000, 0))
    for _ in range(MAX_BACKLOG // 200_000 + 1):
        conn.receive_data(big)
    assert conn.closed
    assert conn.awaiting_confirmation is None


def test_close_forgets_bindings() -> None:
    conn = new_conn()
    ask(conn, m.AgentExtension("session-bind@openssh.com", bind_request(key("rsa", 5), b"s")))
    assert conn.session.bindings
    conn.close()
    assert not conn.session.bindings and conn.closed


# -- properties -----------------------------------------------------------------------------------


def check_replies(out: bytes) -> list[Any]:
    decoded = replies(out)
    assert all(isinstance(r, RESPONSE_TYPES) for r in decoded)
    return decoded


@given(chunks=st.lists(st.binary(max_size=300), max_size=12))
def test_garbage_never_raises_and_replies_are_well_formed(chunks: list[bytes]) -> None:
    conn = new_conn()
    for chunk in chunks:
        check_replies(conn.receive_data(chunk))


@given(
    payloads=st.lists(st.binary(min_size=1, max_size=200), max_size=10),
    cut=st.integers(min_value=1, max_value=64),
)
def test_each_framed_payload_gets_exactly_one_reply(payloads: list[bytes], cut: int) -> None:
    conn = new_conn()
    stream = b"".join(frame(p) for p in payloads)
    out = b"".join(conn.receive_data(stream[i : i + cut]) for i in range(0, len(stream), cut))
    assert len(check_replies(out)) == len(payloads)
    assert not conn.closed


@given(
    requests=st.lists(st.one_of([STRATEGIES[cls] for cls in REQUEST_TYPES]), max_size=8),
    drop=st.integers(min_value=0, max_value=8),
)
def test_generated_requests_and_truncations(requests: list[Any], drop: int) -> None:
    conn = new_conn()
    ask(conn, add_request(key("ed25519"), "held"))
    for request in requests:
        payload = encode_message(request)
        if len(payload) > MAX_MESSAGE:
            continue
        assert len(check_replies(conn.receive_data(frame(payload)))) == 1
        truncated = payload[: max(1, len(payload) - drop)]
        assert len(check_replies(conn.receive_data(frame(truncated)))) == 1
    assert not conn.closed


# -- the asyncio UNIX socket server ---------------------------------------------------------------


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 30))


async def roundtrip(path: str, *msgs: Any) -> list[Any]:
    reader, writer = await asyncio.open_unix_connection(path)
    try:
        writer.write(b"".join(framed(x) for x in msgs))
        await writer.drain()
        out: list[Any] = []
        while len(out) < len(msgs):
            header = await reader.readexactly(4)
            body = await reader.readexactly(int.from_bytes(header, "big"))
            out.append(decode_message(body, "agent"))
        return out
    finally:
        writer.close()


def test_socket_and_directory_permissions_and_cleanup(tmp_path: Path) -> None:
    async def main() -> tuple[str, str | None]:
        async with AgentServer(KeyStore()) as server:
            assert server.path is not None and server.directory is not None
            st_sock = os.stat(server.path)
            st_dir = os.stat(server.directory)
            assert stat.S_ISSOCK(st_sock.st_mode)
            assert stat.S_IMODE(st_sock.st_mode) == 0o600
            assert stat.S_IMODE(st_dir.st_mode) == 0o700
            assert os.path.basename(server.path) == f"agent.{os.getpid()}"
            assert os.path.basename(server.directory).startswith("ssh-")
            assert await roundtrip(server.path, m.AgentRequestIdentities()) == [
                m.AgentIdentitiesAnswer(())
            ]
            return server.path, server.directory

    path, directory = run(main())
    assert not os.path.exists(path)
    assert directory is not None and not os.path.exists(directory)


def test_bind_at_a_chosen_path(tmp_path: Path) -> None:
    target = tmp_path / "agent.sock"

    async def main() -> None:
        server = AgentServer()
        assert await server.start(target) == str(target)
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
        assert server.directory is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["agent.sock"]
        await server.close()
        await server.close()  # idempotent

    run(main())
    assert list(tmp_path.iterdir()) == []


def test_existing_path_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("mine")
    with pytest.raises(FileExistsError):
        create_agent_socket(target)
    assert target.read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


def test_cleanup_leaves_a_replaced_socket_alone(tmp_path: Path) -> None:
    sock = create_agent_socket(tmp_path / "s")
    os.unlink(sock.path)
    other = create_agent_socket(tmp_path / "s")
    sock.cleanup()
    assert os.path.exists(other.path)
    other.cleanup()
    assert not os.path.exists(other.path)


def test_many_clients_and_a_bad_one() -> None:
    store = KeyStore()
    store.add(key("ed25519"), "shared")

    async def client(path: str, i: int) -> None:
        data = f"payload {i}".encode()
        listed, signed = await roundtrip(
            path, m.AgentRequestIdentities(), sign_request(key("ed25519"), data)
        )
        assert [x.comment for x in listed.identities] == ["shared"]
        assert key("ed25519").verify(data, signed.signature)

    async def bad(path: str, junk: bytes) -> bytes:
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(junk)
        await writer.drain()
        got = await reader.read()  # the agent hangs up
        writer.close()
        return got

    async def main() -> None:
        async with AgentServer(store) as server:
            path = server.path
            assert path is not None
            # A client that sent half a message and went quiet does not block anyone.
            _r, idle = await asyncio.open_unix_connection(path)
            idle.write(b"\0\0\0\x10\x0b")
            results = await asyncio.gather(
                bad(path, b"\0\0\0\0garbage"),
                bad(path, struct.pack(">I", MAX_MESSAGE + 1) + b"x" * 100),
                *(client(path, i) for i in range(25)),
            )
            assert results[:2] == [b"", b""]
            assert server.client_count >= 1  # the idle one
            idle.close()

    run(main())


def test_confirm_callbacks_sync_async_and_failing() -> None:
    calls: list[tuple[str, str, str | None]] = []

    async def async_yes(k: SSHKey, comment: str, info: str | None) -> bool:
        calls.append((k.fingerprint(), comment, info))
        await asyncio.sleep(0)
        return True

    def sync_no(k: SSHKey, comment: str, info: str | None) -> bool:
        assert threading.current_thread() is not threading.main_thread()
        return False

    def broken(k: SSHKey, comment: str, info: str | None) -> bool:
        raise RuntimeError("boom")

    async def sign_with(callback: Callable[..., Any] | None) -> Any:
        store = KeyStore()
        store.add(key("rsa"), "careful", confirm=True)
        async with AgentServer(store, confirm=callback) as server:
            assert server.path is not None
            (reply,) = await roundtrip(server.path, sign_request(key("rsa")))
            return reply

    assert isinstance(run(sign_with(async_yes)), m.AgentSignResponse)
    assert calls == [(key("rsa").fingerprint(), "careful", None)]
    for callback in (sync_no, broken, None, lambda *a: "yes"):
        assert isinstance(run(sign_with(callback)), m.AgentFailure)


def test_a_slow_confirmation_does_not_stall_other_clients() -> None:
    release = asyncio.Event()

    async def slow(k: SSHKey, comment: str, info: str | None) -> bool:
        await release.wait()
        return True

    async def main() -> None:
        store = KeyStore()
        store.add(key("ed25519"), "slow", confirm=True)
        store.add(key("ecdsa256"), "fast")
        async with AgentServer(store, confirm=slow) as server:
            assert server.path is not None
            waiting = asyncio.ensure_future(roundtrip(server.path, sign_request(key("ed25519"))))
            (fast,) = await roundtrip(server.path, sign_request(key("ecdsa256")))
            assert isinstance(fast, m.AgentSignResponse)
            assert not waiting.done()
            release.set()
            (slow_reply,) = await waiting
            assert isinstance(slow_reply, m.AgentSignResponse)

    run(main())


def test_reaper_drops_expired_keys_on_time() -> None:
    async def main() -> None:
        store = KeyStore()
        async with AgentServer(store) as server:
            assert server.path is not None
            await roundtrip(server.path, add_request(key("ed25519"), constraints=[lifetime(1)]))
            assert len(store) == 1
            await asyncio.sleep(1.3)
            assert len(store) == 0  # removed without any request looking at it

    run(main())


def test_close_disconnects_clients_and_refuses_new_ones() -> None:
    errors: list[dict[str, Any]] = []

    async def never(k: SSHKey, comment: str, info: str | None) -> bool:
        await asyncio.Event().wait()
        return True

    async def main() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: errors.append(ctx))
        store = KeyStore()
        store.add(key("ed25519"), confirm=True)
        server = AgentServer(store, confirm=never)
        path = await server.start()
        reader, writer = await asyncio.open_unix_connection(path)
        waiting_r, waiting_w = await asyncio.open_unix_connection(path)
        waiting_w.write(framed(sign_request(key("ed25519"))))  # stuck in confirmation
        await asyncio.sleep(0.1)
        assert server.client_count == 2
        await server.close()
        assert await reader.read() == b""
        assert await waiting_r.read() == b""
        writer.close()
        waiting_w.close()
        with pytest.raises(OSError):
            await asyncio.open_unix_connection(path)
        with pytest.raises(RuntimeError):
            await server.start()

    run(main())
    assert errors == []


def test_start_on_a_prepared_socket(tmp_path: Path) -> None:
    sock = create_agent_socket(tmp_path / "a")

    async def main() -> None:
        server = AgentServer()
        assert await server.start(sock=sock) == sock.path
        assert await roundtrip(sock.path, m.AgentRemoveAllIdentities()) == [m.AgentSuccess()]
        await server.close()

    run(main())
    assert not (tmp_path / "a").exists()


def test_peer_credentials_reject_other_uids(monkeypatch: pytest.MonkeyPatch) -> None:
    import ssh_agent._unix_server as unix_server

    if not hasattr(socket, "SO_PEERCRED"):
        pytest.skip("no SO_PEERCRED here")
    fake = struct.pack("3i", 1, 4242, 4242)

    class FakeSock:
        def getsockopt(self, *args: Any) -> bytes:
            return fake

    class FakeWriter:
        def get_extra_info(self, name: str) -> Any:
            return FakeSock()

    monkeypatch.setattr(os, "getuid", lambda: 1000)
    assert not unix_server._peer_allowed(FakeWriter())  # type: ignore[arg-type]
    fake = struct.pack("3i", 1, 1000, 1000)
    assert unix_server._peer_allowed(FakeWriter())  # type: ignore[arg-type]
    fake = struct.pack("3i", 1, 0, 0)
    assert unix_server._peer_allowed(FakeWriter())  # type: ignore[arg-type]

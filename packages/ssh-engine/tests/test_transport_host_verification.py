"""Host key checking through the asyncio driver, fail closed, against our own server on
127.0.0.1: no verifier, known_hosts files (listed, changed, accept-new), the seed's bool
callables (sync, async, ``host_hash``), and host certificates under ``@cert-authority``.

Every refusal must reach the caller as :class:`HostKeyRejected` naming the fingerprint, after
the server received DISCONNECT with reason HOST_KEY_NOT_VERIFIABLE (9).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import pickle
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _transport_helpers import host_key

from ssh_engine import _errors, _hostkeys
from ssh_engine._errors import HostKeyRejected
from ssh_engine._hostkeys import HostKeyVerifier, KnownHosts, make_host_verifier
from ssh_engine._transport import (
    DisconnectReceived,
    Event,
    HostKeyReceived,
    ServiceAccepted,
    TransportConfig,
    TransportEngine,
)
from ssh_engine._transport._driver import HostKeyVerifierSpec, TransportConnection, connect
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, generate_key, issue_certificate
from ssh_wire.messages import DisconnectReason

SERVER_KEY = host_key()
SERVER_PUBLIC = SERVER_KEY.public_key()
OTHER_KEY = generate_key("ed25519").public_key()
CA = generate_key("ed25519")
OTHER_CA = generate_key("ed25519")
TIMEOUT = 5.0


def _line(pattern: str, key: SSHKey, marker: str = "") -> str:
    blob = base64.b64encode(key.public_blob).decode()
    return f"{marker}{pattern} {key.type} {blob}\n"


def _host_cert(ca: SSHKey = CA, principals: tuple[str, ...] = ("127.0.0.1",)) -> SSHCertificate:
    return issue_certificate(
        ca, SERVER_PUBLIC, cert_type=CertificateType.HOST, key_id="test-host", principals=principals
    )


@dataclass
class Server:
    """Our server on 127.0.0.1; ``outcomes`` gets, per connection, the ``ServiceAccepted``
    or ``DisconnectReceived`` that ended its handshake, or the exception."""

    port: int
    outcomes: list[Event | BaseException] = field(default_factory=list)

    async def wait_outcomes(self, count: int) -> list[Event | BaseException]:
        async with asyncio.timeout(TIMEOUT):
            while len(self.outcomes) < count:
                await asyncio.sleep(0.01)
        return self.outcomes


@asynccontextmanager
async def serving(*host_keys: SSHKey | SSHCertificate) -> AsyncIterator[Server]:
    config = TransportConfig(host_keys=host_keys or (SERVER_KEY,))
    server = Server(0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = TransportConnection(TransportEngine("server", config), reader, writer)
        try:
            async with asyncio.timeout(TIMEOUT):
                await conn.flush()
                while True:
                    event = await conn.next_event()
                    if isinstance(event, ServiceAccepted | DisconnectReceived):
                        server.outcomes.append(event)
                        break
        except BaseException as exc:  # recorded for the test to inspect
            server.outcomes.append(exc)
        finally:
            writer.close()

    listener = await asyncio.start_server(handle, "127.0.0.1", 0)
    server.port = listener.sockets[0].getsockname()[1]
    async with listener:
        yield server


async def _connect(
    server: Server, verifier: HostKeyVerifierSpec, host_hash: str | None = None
) -> list[Event]:
    conn, events = await connect(
        "127.0.0.1",
        server.port,
        host_key_verifier=verifier,
        host_hash=host_hash,
        ready_timeout=TIMEOUT,
    )
    await conn.close()
    assert isinstance(events[-1], ServiceAccepted)
    return events


def _presented(events: list[Event]) -> SSHKey | SSHCertificate:
    (received,) = [e for e in events if isinstance(e, HostKeyReceived)]
    return received.key


async def _refused(
    server: Server,
    verifier: HostKeyVerifierSpec,
    reason: str,
    key: SSHKey | SSHCertificate = SERVER_PUBLIC,
) -> HostKeyRejected:
    """Connects, expects HostKeyRejected with ``reason``, and checks the server was told
    HOST_KEY_NOT_VERIFIABLE."""
    before = len(server.outcomes)
    with pytest.raises(HostKeyRejected) as info:
        await connect("127.0.0.1", server.port, host_key_verifier=verifier, ready_timeout=TIMEOUT)
    err = info.value
    assert err.reason == reason
    assert err.host == "127.0.0.1" and err.port == server.port
    assert err.key.fingerprint() == key.fingerprint()
    assert key.fingerprint() in str(err)
    assert f"[127.0.0.1]:{server.port}" in str(err)
    outcome = (await server.wait_outcomes(before + 1))[before]
    assert isinstance(outcome, DisconnectReceived), outcome
    assert outcome.reason == DisconnectReason.HOST_KEY_NOT_VERIFIABLE
    assert int(outcome.reason) == 9
    assert key.fingerprint() in outcome.description
    return err


def run(test: Callable[[], Coroutine[object, object, None]]) -> None:
    asyncio.run(test())


def test_rejected_lives_in_errors_and_is_reexported() -> None:
    assert _hostkeys.HostKeyRejected is _errors.HostKeyRejected is HostKeyRejected
    err = HostKeyRejected(SERVER_PUBLIC, "h", 2222, "changed", "why")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is HostKeyRejected and str(back) == str(err)
    assert back.key == SERVER_PUBLIC and (back.reason, back.detail) == ("changed", "why")


def test_no_verifier_fails_closed() -> None:
    async def main() -> None:
        async with serving() as server:
            err = await _refused(server, None, "no-verifier")
            assert "host_key_verifier=" in str(err) and "known_hosts" in str(err)

    run(main)


def test_known_hosts_listed_key_connects(tmp_path: Path) -> None:
    async def main() -> None:
        async with serving() as server:
            path = tmp_path / "known_hosts"
            path.write_text(_line(f"[127.0.0.1]:{server.port}", SERVER_PUBLIC))
            for verifier in (path, str(path), KnownHosts.load([path])):
                events = await _connect(server, verifier)
                assert _presented(events) == SERVER_PUBLIC
            # the plain name does not match a non-22 port: refused as unknown
            path.write_text(_line("127.0.0.1", SERVER_PUBLIC))
            await _refused(server, path, "unknown")

    run(main)


def test_known_hosts_changed_key_refused(tmp_path: Path) -> None:
    async def main() -> None:
        async with serving() as server:
            path = tmp_path / "known_hosts"
            path.write_text(_line(f"[127.0.0.1]:{server.port}", OTHER_KEY))
            err = await _refused(server, path, "changed")
            assert "CHANGED" in str(err) and OTHER_KEY.fingerprint() in str(err)

    run(main)


def test_accept_new_records_hashed_line(tmp_path: Path) -> None:
    async def main() -> None:
        async with serving() as server:
            path = tmp_path / "known_hosts"
            await _connect(server, make_host_verifier(path, accept_new=True))
            (line,) = path.read_text().splitlines()
            assert line.startswith("|1|") and line.endswith(_line("", SERVER_PUBLIC).strip())
            assert str(server.port) not in line.split()[0]  # the name is hashed
            await _connect(server, path)  # strict checking now passes
            assert path.read_text().splitlines() == [line]

    run(main)


def test_sync_and_async_bool_callables() -> None:
    async def main() -> None:
        seen: list[object] = []

        def sync_yes(key: SSHKey | SSHCertificate) -> bool:
            seen.append(key)
            return key == SERVER_PUBLIC

        async def async_yes(key: SSHKey | SSHCertificate) -> bool:
            await asyncio.sleep(0)
            seen.append(key)
            return key == SERVER_PUBLIC

        async def async_no(key: SSHKey | SSHCertificate) -> bool:
            return False

        async with serving() as server:
            await _connect(server, sync_yes)
            await _connect(server, async_yes)
            assert seen == [SERVER_PUBLIC, SERVER_PUBLIC]
            await _refused(server, lambda key: False, "rejected")
            await _refused(server, async_no, "rejected")
            # not a bool: refused, never taken as truthy
            await _refused(server, lambda key: 1, "callback-error")  # type: ignore[arg-type,return-value]

    run(main)


def test_host_hash_callable_gets_hex_digest() -> None:
    async def main() -> None:
        seen: list[object] = []
        expected = hashlib.sha256(SERVER_PUBLIC.public_blob).hexdigest()

        def check(digest: str) -> bool:
            seen.append(digest)
            return digest == expected

        async with serving() as server:
            await _connect(server, check, host_hash="sha256")
            assert seen == [expected]
            seen.clear()
            with pytest.raises(HostKeyRejected, match=r"\(rejected\)"):
                await connect(
                    "127.0.0.1",
                    server.port,
                    host_key_verifier=check,
                    host_hash="md5",
                    ready_timeout=TIMEOUT,
                )
            assert seen == [hashlib.md5(SERVER_PUBLIC.public_blob).hexdigest()]

    run(main)


def test_bad_arguments_fail_before_connecting(tmp_path: Path) -> None:
    async def main() -> None:
        async with serving() as server:
            with pytest.raises(TypeError, match="host_hash"):
                await connect(
                    "127.0.0.1", server.port, host_key_verifier=tmp_path, host_hash="sha1"
                )
            with pytest.raises(ValueError, match="unknown hash"):
                await connect(
                    "127.0.0.1", server.port, host_key_verifier=lambda d: True, host_hash="nope"
                )
            with pytest.raises(TypeError, match="unsupported"):
                await connect("127.0.0.1", server.port, host_key_verifier=42)  # type: ignore[arg-type]
            await asyncio.sleep(0.05)
            assert server.outcomes == []  # no connection was made

    run(main)


def test_failing_custom_verifier_fails_closed() -> None:
    class Broken(HostKeyVerifier):
        async def __call__(self, host: str, port: int | None, key: object) -> None:
            raise RuntimeError("boom")

    async def main() -> None:
        async with serving() as server:
            err = await _refused(server, Broken(), "callback-error")
            assert isinstance(err.__cause__, RuntimeError) and "boom" in str(err)

    run(main)


def test_host_certificate_under_cert_authority(tmp_path: Path) -> None:
    async def main() -> None:
        cert = _host_cert()
        async with serving(SERVER_KEY, cert) as server:
            path = tmp_path / "known_hosts"
            path.write_text(_line("*", CA.public_key(), "@cert-authority "))
            presented = _presented(await _connect(server, path))
            assert isinstance(presented, SSHCertificate) and presented.blob == cert.blob
            # untrusted CA: the plain key is not listed either, so it is unknown
            path.write_text(_line("*", OTHER_CA.public_key(), "@cert-authority "))
            await _refused(server, path, "unknown", cert)
            # the CA revoked: refused even though it is also trusted
            path.write_text(
                _line("*", CA.public_key(), "@cert-authority ")
                + _line("*", CA.public_key(), "@revoked ")
            )
            await _refused(server, path, "revoked", cert)

    run(main)


def test_host_certificate_for_another_host_refused(tmp_path: Path) -> None:
    async def main() -> None:
        cert = _host_cert(principals=("elsewhere.example",))
        async with serving(SERVER_KEY, cert) as server:
            path = tmp_path / "known_hosts"
            path.write_text(
                _line(f"[127.0.0.1]:{server.port}", CA.public_key(), "@cert-authority ")
            )
            err = await _refused(server, path, "invalid-certificate", cert)
            assert "principals" in str(err)

    run(main)

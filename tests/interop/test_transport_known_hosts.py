"""Our client's host key checking against a real OpenSSH ``sshd``, through the driver.

A known_hosts file listing sshd's real ed25519 host key as ``[127.0.0.1]:PORT`` lets the
handshake through to SERVICE_ACCEPT; a file listing another key for that name makes
``connect`` raise :class:`HostKeyRejected` (``changed``), after sshd received DISCONNECT
with reason 9 (HOST_KEY_NOT_VERIFIABLE), as its log shows.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._errors import HostKeyRejected
from ssh_engine._transport import HostKeyReceived, ServiceAccepted, TransportConfig
from ssh_engine._transport._driver import connect
from ssh_wire.keys import SSHKey, generate_key, load_public_key
from tests.interop._sshd import SshdServer

# Pin the host key algorithm: known_hosts lists only sshd's ed25519 key.
CONFIG = TransportConfig(algorithms=build_algorithm_config({"server_host_key": ["ssh-ed25519"]}))


def _sshd_ed25519(server: SshdServer) -> SSHKey:
    key = load_public_key(Path(f"{server.host_keys['ed25519']}.pub"))
    assert isinstance(key, SSHKey)
    return key


def _known_hosts(tmp_path: Path, server: SshdServer, key: SSHKey) -> Path:
    path = tmp_path / "known_hosts"
    path.write_text(f"[{server.host}]:{server.port} {key.openssh_public_line()}\n")
    return path


def test_listed_sshd_key_connects(sshd: SshdServer, tmp_path: Path) -> None:
    expected = _sshd_ed25519(sshd)
    path = _known_hosts(tmp_path, sshd, expected)

    async def main() -> list[object]:
        conn, events = await connect(
            sshd.host, sshd.port, CONFIG, host_key_verifier=path, ready_timeout=20
        )
        await conn.close()
        return list(events)

    events = asyncio.run(main())
    (received,) = [e for e in events if isinstance(e, HostKeyReceived)]
    assert received.key == expected
    assert isinstance(events[-1], ServiceAccepted)


def test_other_key_is_rejected(sshd: SshdServer, tmp_path: Path) -> None:
    real = _sshd_ed25519(sshd)
    path = _known_hosts(tmp_path, sshd, generate_key("ed25519").public_key())

    async def main() -> None:
        await connect(sshd.host, sshd.port, CONFIG, host_key_verifier=path, ready_timeout=20)

    with pytest.raises(HostKeyRejected) as info:
        asyncio.run(main())
    err = info.value
    assert err.reason == "changed"
    assert err.key == real and real.fingerprint() in str(err)
    # sshd logs "Received disconnect from 127.0.0.1 port N:9: host key SHA256:… refused…"
    wanted = f":9: host key {real.fingerprint()} refused (changed)"
    deadline = time.monotonic() + 10
    while wanted not in sshd.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert wanted in sshd.log_text(), sshd.log_text()[-3000:]

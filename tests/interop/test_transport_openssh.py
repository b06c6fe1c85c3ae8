"""The transport engine and its asyncio driver against real OpenSSH, both ways.

1. Our client against a private ``sshd`` with every algorithm enabled: a full handshake, the
   ``ssh-userauth`` service request (SERVICE_ACCEPT) and a 'none' authentication attempt
   answered by USERAUTH_FAILURE, for every kex, cipher, MAC and host key algorithm both
   sides support, and delayed compression.
2. OpenSSH's ``ssh`` against our server: the same matrix as far as the server goes before
   authentication exists: kex, NEWKEYS, SERVICE_ACCEPT, then ssh's first
   USERAUTH_REQUEST arrives encrypted and authenticated with the negotiated keys.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssh_engine._algorithms import build_algorithm_config, supported_names
from ssh_engine._transport import (
    ExtInfoReceived,
    KexCompleted,
    MessageReceived,
    ServiceAccepted,
    TransportConfig,
)
from ssh_engine._transport._driver import accept, connect
from ssh_wire import decode_message, encode_message
from ssh_wire.keys import SSHKey, generate_key, load_public_key
from ssh_wire.messages import UserauthFailure, UserauthRequest
from tests.interop._sshd import OpenSSHMissingError, SshdServer, start_sshd, stop_sshd


def _openssh(kind: str) -> list[str]:
    out = subprocess.run(["ssh", "-Q", kind], capture_output=True, text=True, check=True)
    return out.stdout.split()


def _common(kind: str, category: str) -> list[str]:
    ours = supported_names(category)  # type: ignore[arg-type]
    try:
        theirs = set(_openssh(kind))
    except (OSError, subprocess.CalledProcessError):
        return []
    return [name for name in ours if name in theirs]


KEXES = _common("kex", "kex")
CIPHERS = _common("cipher", "cipher")
MACS = _common("mac", "mac")
HOST_KEY_ALGS = [
    ("ed25519", "ssh-ed25519"),
    ("ecdsa", "ecdsa-sha2-nistp256"),
    ("rsa", "rsa-sha2-512"),
    ("rsa", "rsa-sha2-256"),
    ("rsa", "ssh-rsa"),
]


@pytest.fixture(scope="module")
def full_sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshdServer]:
    """An sshd offering every algorithm this module tests."""
    extra = [
        f"KexAlgorithms {','.join(KEXES)}",
        f"Ciphers {','.join(CIPHERS)}",
        f"MACs {','.join(MACS)}",
        f"HostKeyAlgorithms {','.join(alg for _, alg in HOST_KEY_ALGS)}",
        "Compression delayed",
    ]
    try:
        server = start_sshd(tmp_path_factory.mktemp("sshd-transport"), extra_config=extra)
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        stop_sshd(server)


def _host_key(server: SshdServer, kind: str) -> SSHKey:
    key = load_public_key(Path(str(server.host_keys[kind]) + ".pub"))
    assert isinstance(key, SSHKey)
    return key


def _client_handshake(server: SshdServer, algorithms: dict[str, object], kind: str) -> list[object]:
    expected = _host_key(server, kind)
    config = TransportConfig(algorithms=build_algorithm_config(algorithms))  # type: ignore[arg-type]

    async def main() -> list[object]:
        conn, events = await connect(
            server.host,
            server.port,
            config,
            host_key_verifier=lambda key: key == expected,
            ready_timeout=20,
        )
        # RFC 4252 §5.2: a 'none' request, answered with the methods that can continue.
        none = UserauthRequest("root", "ssh-connection", "none", None)
        conn.engine.send_message(encode_message(none))
        await conn.flush()
        while True:
            event = await asyncio.wait_for(conn.next_event(), timeout=10)
            if isinstance(event, MessageReceived):
                break
        await conn.close()
        return [*events, decode_message(event.payload)]

    try:
        return asyncio.run(main())
    except BaseException:
        print(server.log_text()[-3000:])
        raise


def _done(events: list[object]) -> KexCompleted:
    (done,) = [e for e in events if isinstance(e, KexCompleted)]
    assert isinstance(events[-2], ServiceAccepted)
    failure = events[-1]
    assert isinstance(failure, UserauthFailure), failure
    assert "publickey" in failure.methods_that_can_continue
    assert failure.partial_success is False
    return done


@pytest.mark.parametrize("kex", KEXES)
def test_client_kex(full_sshd: SshdServer, kex: str) -> None:
    events = _client_handshake(
        full_sshd, {"kex": [kex], "server_host_key": ["ssh-ed25519"]}, "ed25519"
    )
    assert _done(events).negotiated.kex == kex
    # OpenSSH announces server-sig-algs after its first NEWKEYS (RFC 8308)
    assert any(isinstance(e, ExtInfoReceived) and e.server_sig_algs for e in events)


@pytest.mark.parametrize("cipher", CIPHERS)
def test_client_cipher(full_sshd: SshdServer, cipher: str) -> None:
    events = _client_handshake(
        full_sshd, {"cipher": [cipher], "server_host_key": ["ssh-ed25519"]}, "ed25519"
    )
    assert _done(events).negotiated.cs.cipher == cipher


@pytest.mark.parametrize("mac", MACS)
def test_client_mac(full_sshd: SshdServer, mac: str) -> None:
    events = _client_handshake(
        full_sshd,
        {"cipher": ["aes128-ctr"], "mac": [mac], "server_host_key": ["ssh-ed25519"]},
        "ed25519",
    )
    assert _done(events).negotiated.sc.mac == mac


@pytest.mark.parametrize(("kind", "algorithm"), HOST_KEY_ALGS)
def test_client_host_key(full_sshd: SshdServer, kind: str, algorithm: str) -> None:
    events = _client_handshake(full_sshd, {"server_host_key": [algorithm]}, kind)
    assert _done(events).negotiated.srv_host_key == algorithm


def test_client_delayed_compression(full_sshd: SshdServer) -> None:
    events = _client_handshake(
        full_sshd,
        {"compress": ["zlib@openssh.com"], "server_host_key": ["ssh-ed25519"]},
        "ed25519",
    )
    assert _done(events).negotiated.cs.compress == "zlib@openssh.com"


# ---------------------------------------------------------------- OpenSSH ssh -> our server

_SERVER_KEYS = {
    "ed25519": generate_key("ed25519"),
    "ecdsa": generate_key("ecdsa", 384),
    "rsa": generate_key("rsa", 2048),
}


def _ssh_to_our_server(options: list[str], host_keys: tuple[SSHKey, ...]) -> list[object]:
    ssh = shutil.which("ssh")
    if ssh is None:
        pytest.fail("OpenSSH ssh is not installed", pytrace=False)
    config = TransportConfig(
        algorithms=build_algorithm_config({"cipher": supported_names("cipher"),
                                           "mac": supported_names("mac"),
                                           "kex": [k for k in supported_names("kex")],
                                           "server_host_key": supported_names("server_host_key")}),
        host_keys=host_keys,
    )  # fmt: skip

    async def main() -> list[object]:
        got: list[object] = []
        done = asyncio.Event()

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                conn, events = await accept(reader, writer, config, ready_timeout=20)
                got.extend(events)
                got.append(await asyncio.wait_for(conn.next_event(), 20))
                await conn.close()
            except BaseException as exc:
                got.append(exc)
            finally:
                done.set()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            proc = await asyncio.create_subprocess_exec(
                ssh, "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20", *options,
                "-p", str(port), "nobody@127.0.0.1", "true",
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            await asyncio.wait_for(done.wait(), 30)
            _, stderr = await asyncio.wait_for(proc.communicate(), 30)
        got.append(stderr.decode(errors="replace"))
        return got

    return asyncio.run(main())


def _check_server(got: list[object]) -> KexCompleted:
    errors = [e for e in got if isinstance(e, BaseException)]
    assert not errors, got
    (done,) = [e for e in got if isinstance(e, KexCompleted)]
    assert any(isinstance(e, ServiceAccepted) for e in got)
    (first,) = [e for e in got if isinstance(e, MessageReceived)]
    assert first.payload[0] == 50  # ssh's first USERAUTH_REQUEST, decrypted with our keys
    return done


@pytest.mark.parametrize("kex", KEXES)
def test_ssh_to_our_server_kex(kex: str) -> None:
    got = _ssh_to_our_server([f"-oKexAlgorithms={kex}"], (_SERVER_KEYS["ed25519"],))
    assert _check_server(got).negotiated.kex == kex


@pytest.mark.parametrize("cipher", CIPHERS)
def test_ssh_to_our_server_cipher(cipher: str) -> None:
    got = _ssh_to_our_server([f"-oCiphers={cipher}"], (_SERVER_KEYS["ed25519"],))
    assert _check_server(got).negotiated.sc.cipher == cipher


@pytest.mark.parametrize("mac", MACS)
def test_ssh_to_our_server_mac(mac: str) -> None:
    got = _ssh_to_our_server(["-oCiphers=aes256-ctr", f"-oMACs={mac}"], (_SERVER_KEYS["ed25519"],))
    assert _check_server(got).negotiated.cs.mac == mac


@pytest.mark.parametrize(
    ("kind", "algorithm"),
    [("ed25519", "ssh-ed25519"), ("ecdsa", "ecdsa-sha2-nistp384"), ("rsa", "rsa-sha2-512"),
     ("rsa", "rsa-sha2-256"), ("rsa", "ssh-rsa")],
)  # fmt: skip
def test_ssh_to_our_server_host_key(kind: str, algorithm: str) -> None:
    got = _ssh_to_our_server([f"-oHostKeyAlgorithms={algorithm}"], tuple(_SERVER_KEYS.values()))
    assert _check_server(got).negotiated.srv_host_key == algorithm


def test_ssh_to_our_server_compression() -> None:
    got = _ssh_to_our_server(["-oCompression=yes"], (_SERVER_KEYS["ed25519"],))
    assert _check_server(got).negotiated.sc.compress in ("zlib@openssh.com", "zlib")


# Rekeying against OpenSSH needs a logged-in session: before authentication sshd answers a
# KEXINIT with UNIMPLEMENTED (auth2.c dispatches nothing else) and ssh aborts ("bad message
# during authentication: type 20"). Those tests come with the userauth layer.

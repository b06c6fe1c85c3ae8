"""Rekeying under 256 MiB of traffic each way, started by either side, in both roles,
against OpenSSH.

Each test moves 256 MiB each way through one session at once (the same 1 MiB
pseudo-random block repeated, ``_our_session_server.pattern``) while one side rekeys every
16 MiB, and compares SHA-256 digests computed at both ends of both directions:

* our client → a private sshd: the remote command is ``python3 -c GEN N & sha256sum >&2``
  (``GEN`` writes the pattern and its digest); rekeys started by sshd (``RekeyLimit 16M``)
  or by us (``TransportConfig(rekey_bytes=16 MiB)``);
* OpenSSH's ``ssh`` → our server: the command is ``bulk N`` (our server writes the pattern
  and hashes stdin); rekeys started by ssh (``-o RekeyLimit=16M``) or by our server.

Evidence that rekeys happened, and who started them: our ``ConnectionMux.rekeys``, and
OpenSSH's debug log. OpenSSH logs ``SSH2_MSG_KEXINIT sent`` and ``SSH2_MSG_KEXINIT
received`` for every kex: the side that starts a rekey sends its KEXINIT first, the other
answers the one it received (kex.c ``kex_input_kexinit``), so the order of the two lines
says who started it; ``rekex triggered`` (debug3) is logged when a byte limit starts one.
Every test prints its wall time.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import shlex
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._session import Channel, ConnectionMux
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import connect
from ssh_wire.keys import SSHKey, generate_key, load_public_key
from tests.interop._auth_users import generate_user_key
from tests.interop._our_server import clean_env, ssh_command, write_known_hosts
from tests.interop._our_session_server import (
    BackgroundServer,
    all_algorithms_config,
    pattern,
    pattern_sha256,
    publickey_handler,
)
from tests.interop._sshd import OpenSSHMissingError, SshdServer, start_sshd, stop_sshd

USER = "root"
SIZE = 256 * 1024 * 1024
REKEY_BYTES = 16 * 1024 * 1024
# A rekey every 16 MiB of the busier direction: about 16; fewer than 8 means no limit.
MIN_REKEYS = 8
# A bulk test's deadline (every wait inside it is bounded by it).
BULK_TIMEOUT = 150.0

# Writes N bytes of the pattern on stdout, then "sent-sha256=<hex>" on stderr.
GEN = """
import hashlib, sys
n = int(sys.argv[1])
block = b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(32768))
out, digest = sys.stdout.buffer, hashlib.sha256()
while n > 0:
    chunk = block[: min(n, len(block))]
    out.write(chunk)
    digest.update(chunk)
    n -= len(chunk)
out.flush()
sys.stderr.write("sent-sha256=%s\\n" % digest.hexdigest())
"""


def sshd_bulk_command(size: int) -> str:
    """The command sshd runs: write ``size`` bytes of the pattern, hash stdin."""
    return f"/usr/bin/python3 -c {shlex.quote(GEN)} {size} & sha256sum >&2; wait"


EXPECTED = pattern_sha256(SIZE)


@dataclass(frozen=True)
class KexOrder:
    """The key exchanges in an OpenSSH debug log, by who started each."""

    started_here: int
    answered_here: int
    triggered: int


def kex_order(log: str) -> KexOrder:
    """Count, after the first kex, the rekeys this OpenSSH started (its KEXINIT sent before
    the peer's arrived) and answered; and its ``rekex triggered`` lines."""
    lines = re.findall(r"SSH2_MSG_KEXINIT (sent|received)", log)
    pairs = [lines[i : i + 2] for i in range(0, len(lines) - 1, 2)][1:]
    return KexOrder(
        started_here=sum(1 for p in pairs if p == ["sent", "received"]),
        answered_here=sum(1 for p in pairs if p == ["received", "sent"]),
        triggered=log.count("rekex triggered"),
    )


# ------------------------------------------------------------------ our client -> sshd


@pytest.fixture
def user_key() -> SSHKey:
    return generate_key("ed25519")


def _sshd(tmp_path: Path, key: SSHKey, extra: list[str]) -> SshdServer:
    try:
        sshd = start_sshd(tmp_path, extra_config=["PermitRootLogin yes", *extra])
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    sshd.authorized_keys.write_text(key.public_key().openssh_public_line() + "\n")
    return sshd


@dataclass(frozen=True)
class BulkResult:
    received_sha256: str
    received_bytes: int
    stderr: bytes
    exit_status: int | None
    rekeys: int
    seconds: float


async def _pump(channel: Channel, size: int) -> tuple[str, int, bytes]:
    """Send ``size`` bytes of the pattern then EOF while reading stdout (hashed) and
    stderr to the end."""

    async def feed() -> None:
        for chunk in pattern(size):
            channel.write(chunk)
            await channel.drain()
        channel.write_eof()
        await channel.drain()

    async def sink() -> tuple[str, int]:
        digest, count = hashlib.sha256(), 0
        while chunk := await channel.read():
            digest.update(chunk)
            count += len(chunk)
        return digest.hexdigest(), count

    (received, count), stderr, _ = await asyncio.gather(sink(), channel.read_all(1), feed())
    return received, count, stderr


def _client_bulk(
    sshd: SshdServer, key: SSHKey, config: TransportConfig, size: int = SIZE
) -> BulkResult:
    trusted = [load_public_key(Path(f"{path}.pub")) for path in sshd.host_keys.values()]

    async def main() -> BulkResult:
        start = time.monotonic()
        conn, _ = await connect(
            sshd.host,
            sshd.port,
            config,
            host_key_verifier=lambda k: any(k == t for t in trusted),
            ready_timeout=20,
        )
        await authenticate(conn, USER, Credentials(keys=[key]))
        async with ConnectionMux(conn, "client") as mux:
            channel = await mux.open_session()
            await mux.exec(channel, sshd_bulk_command(size))
            received, count, stderr = await _pump(channel, size)
            await channel.wait_closed()
            return BulkResult(
                received, count, stderr, channel.exit_status, mux.rekeys, time.monotonic() - start
            )

    async def bounded() -> BulkResult:
        async with asyncio.timeout(BULK_TIMEOUT):
            return await main()

    try:
        return asyncio.run(bounded())
    except BaseException:
        print(sshd.log_text()[-4000:])
        raise


def _check_sshd_digests(result: BulkResult, size: int = SIZE) -> None:
    expected = EXPECTED if size == SIZE else pattern_sha256(size)
    assert result.exit_status == 0, result.stderr[-2000:]
    assert result.received_bytes == size
    assert result.received_sha256 == expected
    stderr = result.stderr.decode(errors="replace")
    assert f"sent-sha256={expected}\n" in stderr  # what sshd's side wrote
    assert f"{expected}  -\n" in stderr  # sha256sum of what sshd's side read


def test_client_sshd_rekeys_started_by_sshd(tmp_path: Path, user_key: SSHKey) -> None:
    sshd = _sshd(tmp_path, user_key, ["RekeyLimit 16M"])
    try:
        result = _client_bulk(sshd, user_key, TransportConfig())
        log = sshd.log_text()
    finally:
        stop_sshd(sshd)
    print(f"our client <-> sshd, 256 MiB each way, sshd rekeys: {result.seconds:.1f} s, "
          f"{result.rekeys} rekeys")  # fmt: skip
    _check_sshd_digests(result)
    order = kex_order(log)
    assert result.rekeys >= MIN_REKEYS
    # (+1: a rekey may be under way when the connection ends, not yet counted by us)
    assert result.rekeys <= order.started_here <= result.rekeys + 1, order
    assert order.answered_here == 0, order
    assert order.triggered >= result.rekeys, order


def test_client_sshd_rekeys_started_by_us(tmp_path: Path, user_key: SSHKey) -> None:
    sshd = _sshd(tmp_path, user_key, [])
    try:
        result = _client_bulk(sshd, user_key, TransportConfig(rekey_bytes=REKEY_BYTES))
        log = sshd.log_text()
    finally:
        stop_sshd(sshd)
    print(f"our client <-> sshd, 256 MiB each way, we rekey: {result.seconds:.1f} s, "
          f"{result.rekeys} rekeys")  # fmt: skip
    _check_sshd_digests(result)
    order = kex_order(log)
    assert result.rekeys >= MIN_REKEYS
    assert result.rekeys - 1 <= order.answered_here <= result.rekeys + 1, order
    assert order.started_here == 0, order
    assert order.triggered == 0, order


# ----------------------------------------------------------------- ssh -> our server


@dataclass(frozen=True)
class SshSetup:
    tmp: Path
    host_key: SSHKey
    known_hosts: Path
    user_key: Path
    user_public: SSHKey


@pytest.fixture(scope="module")
def ssh_setup(tmp_path_factory: pytest.TempPathFactory) -> SshSetup:
    tmp = tmp_path_factory.mktemp("rekey-ssh")
    host_key = generate_key("ed25519")
    try:
        user_key = generate_user_key(tmp, "ed25519", name="id_user")
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    public = load_public_key(Path(f"{user_key}.pub"))
    assert isinstance(public, SSHKey)
    return SshSetup(
        tmp, host_key, write_known_hosts(tmp / "known_hosts", host_key), user_key, public
    )


@dataclass(frozen=True)
class SshBulk:
    returncode: int
    received_sha256: str
    received_bytes: int
    stderr: str
    seconds: float


def _ssh_bulk(setup: SshSetup, port: int, options: list[str], size: int = SIZE) -> SshBulk:
    line = ssh_command(port, setup.known_hosts, USER, *options, "-i", setup.user_key)
    line.remove("-N")

    async def main() -> SshBulk:
        start = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            *line, f"bulk {size}",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=clean_env(),
        )  # fmt: skip
        assert process.stdin and process.stdout and process.stderr

        async def feed() -> None:
            assert process.stdin
            try:
                for chunk in pattern(size):
                    process.stdin.write(chunk)
                    await process.stdin.drain()
                process.stdin.close()
            except (BrokenPipeError, ConnectionResetError):
                pass  # ssh died: its exit status and stderr tell why

        async def sink() -> tuple[str, int]:
            assert process.stdout
            digest, count = hashlib.sha256(), 0
            while chunk := await process.stdout.read(1 << 20):
                digest.update(chunk)
                count += len(chunk)
            return digest.hexdigest(), count

        try:
            async with asyncio.timeout(BULK_TIMEOUT):
                _, (received, count), stderr = await asyncio.gather(
                    feed(), sink(), process.stderr.read()
                )
                returncode = await process.wait()
        finally:
            if process.returncode is None:
                process.kill()
                await asyncio.wait_for(process.wait(), 10)
        return SshBulk(
            returncode, received, count, stderr.decode(errors="replace"), time.monotonic() - start
        )

    return asyncio.run(main())


def _check_our_digests(run: SshBulk, server: BackgroundServer, size: int = SIZE) -> int:
    """Check both directions' digests at both ends; returns our server's rekey count."""
    expected = EXPECTED if size == SIZE else pattern_sha256(size)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.received_bytes == size
    assert run.received_sha256 == expected
    assert f"sha256-in={expected}" in run.stderr  # our server's digest of ssh's stdin
    (conn,) = server.all_connections()
    served = server.find(f"bulk {size}")
    assert served.connection is conn
    (session,) = served.report.sessions
    assert session.stdin_bytes == size
    assert session.stdin_sha256 == session.stdout_sha256 == expected
    assert session.exit_status == 0
    return served.report.rekeys


def test_ssh_our_server_rekeys_started_by_ssh(ssh_setup: SshSetup) -> None:
    config = all_algorithms_config([ssh_setup.host_key])
    with BackgroundServer(publickey_handler(USER, ssh_setup.user_public), config) as server:
        run = _ssh_bulk(ssh_setup, server.port, ["-v", "-v", "-oRekeyLimit=16M"])
        rekeys = _check_our_digests(run, server)
    print(f"ssh <-> our server, 256 MiB each way, ssh rekeys: {run.seconds:.1f} s, "
          f"{rekeys} rekeys")  # fmt: skip
    order = kex_order(run.stderr)
    assert rekeys >= MIN_REKEYS
    assert rekeys <= order.started_here <= rekeys + 1, order
    assert order.answered_here == 0, order
    assert order.triggered >= rekeys, order


def test_ssh_our_server_rekeys_started_by_us(ssh_setup: SshSetup) -> None:
    config = all_algorithms_config([ssh_setup.host_key], rekey_bytes=REKEY_BYTES)
    with BackgroundServer(publickey_handler(USER, ssh_setup.user_public), config) as server:
        run = _ssh_bulk(ssh_setup, server.port, ["-v", "-v"])
        rekeys = _check_our_digests(run, server)
    print(f"ssh <-> our server, 256 MiB each way, we rekey: {run.seconds:.1f} s, "
          f"{rekeys} rekeys")  # fmt: skip
    order = kex_order(run.stderr)
    assert rekeys >= MIN_REKEYS
    assert rekeys - 1 <= order.answered_here <= rekeys + 1, order
    assert order.started_here == 0, order
    assert order.triggered == 0, order


# --------------------------------------------- both sides rekeying often, at the same time

STORM_SIZE = 2 * 1024 * 1024
STORM_LIMIT = 32 * 1024


def test_client_sshd_rekey_storm_both_sides(tmp_path: Path, user_key: SSHKey) -> None:
    """Both sides rekey every 32 KiB while 2 MiB go each way: KEXINITs cross (both start
    the same kex), data keeps queueing behind every kex."""
    sshd = _sshd(tmp_path, user_key, ["RekeyLimit 32K"])
    try:
        config = TransportConfig(rekey_bytes=STORM_LIMIT)
        result = _client_bulk(sshd, user_key, config, STORM_SIZE)
        log = sshd.log_text()
    finally:
        stop_sshd(sshd)
    print(f"our client <-> sshd, 2 MiB each way, both rekey every 32 KiB: "
          f"{result.seconds:.1f} s, {result.rekeys} rekeys")  # fmt: skip
    _check_sshd_digests(result, STORM_SIZE)
    order = kex_order(log)
    assert result.rekeys >= STORM_SIZE // STORM_LIMIT // 2
    assert order.started_here > 0, order  # sshd started some of them
    assert order.triggered > 0, order


def test_ssh_our_server_rekey_storm_both_sides(ssh_setup: SshSetup) -> None:
    config = all_algorithms_config([ssh_setup.host_key], rekey_bytes=STORM_LIMIT)
    with BackgroundServer(publickey_handler(USER, ssh_setup.user_public), config) as server:
        run = _ssh_bulk(ssh_setup, server.port, ["-v", "-v", "-oRekeyLimit=32K"], STORM_SIZE)
        rekeys = _check_our_digests(run, server, STORM_SIZE)
    print(f"ssh <-> our server, 2 MiB each way, both rekey every 32 KiB: {run.seconds:.1f} s, "
          f"{rekeys} rekeys")  # fmt: skip
    order = kex_order(run.stderr)
    assert rekeys >= STORM_SIZE // STORM_LIMIT // 2
    assert order.started_here > 0, order
    assert order.triggered > 0, order


# ------------------------------------------------- compression (zlib@openssh.com) and rekeys

COMPRESSED_SIZE = 4 * 1024 * 1024
COMPRESSED_LIMIT = 256 * 1024


# RFC 4253 §6.2: "The compression context is initialized after each key exchange".
# OpenSSH does so (packet.c ssh_set_newkeys -> start_compression_out/in: deflateEnd +
# deflateInit, "Enabling compression at level 6." after every NEWKEYS once logged in), but
# our PacketWriter/PacketReader.set_compression keep the zlib stream when a rekey
# negotiates the same method, so OpenSSH's fresh inflate fails on our next packet ("invalid
# format") and ours fails on its. Both tests pass once the streams are reset at NEWKEYS.
def test_client_sshd_compression_across_rekeys(tmp_path: Path, user_key: SSHKey) -> None:
    """Delayed compression on, sshd rekeying every 256 KiB: both sides must start fresh
    zlib streams at every NEWKEYS."""
    sshd = _sshd(tmp_path, user_key, ["RekeyLimit 256K", "Compression yes"])
    config = TransportConfig(
        algorithms=build_algorithm_config({"compress": ["zlib@openssh.com"]}),
    )
    try:
        result = _client_bulk(sshd, user_key, config, COMPRESSED_SIZE)
        log = sshd.log_text()
    finally:
        stop_sshd(sshd)
    print(f"our client <-> sshd, zlib, 4 MiB each way, sshd rekeys every 256 KiB: "
          f"{result.seconds:.1f} s, {result.rekeys} rekeys")  # fmt: skip
    _check_sshd_digests(result, COMPRESSED_SIZE)
    assert result.rekeys >= COMPRESSED_SIZE // COMPRESSED_LIMIT // 2
    assert "Enabling compression" in log or "compression" in log.lower()


# ssh exits 255 ("invalid format")
def test_ssh_our_server_compression_across_rekeys(ssh_setup: SshSetup) -> None:
    config = all_algorithms_config([ssh_setup.host_key], rekey_bytes=COMPRESSED_LIMIT)
    with BackgroundServer(publickey_handler(USER, ssh_setup.user_public), config) as server:
        options = ["-v", "-C", "-oRekeyLimit=256K"]
        run = _ssh_bulk(ssh_setup, server.port, options, COMPRESSED_SIZE)
        rekeys = _check_our_digests(run, server, COMPRESSED_SIZE)
        served = server.find(f"bulk {COMPRESSED_SIZE}")
    print(f"ssh <-> our server, zlib, 4 MiB each way, both rekey every 256 KiB: "
          f"{run.seconds:.1f} s, {rekeys} rekeys")  # fmt: skip
    assert served.kex.negotiated.cs.compress == "zlib@openssh.com"
    assert "Enabling compression" in run.stderr
    assert rekeys >= COMPRESSED_SIZE // COMPRESSED_LIMIT // 2

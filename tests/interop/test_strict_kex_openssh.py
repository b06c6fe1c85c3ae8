"""Strict key exchange (the Terrapin countermeasure, CVE-2023-48795) against real OpenSSH,
in both roles.

OpenSSH PROTOCOL, "transport: strict key exchange extension": a client announces
``kex-strict-c-v00@openssh.com`` and a server ``kex-strict-s-v00@openssh.com`` in their
first KEXINIT (only there: in later ones the markers are ignored); when both did, KEXINIT
must be the first packet, only kex messages may come before NEWKEYS, and each side resets
its sequence numbers to 0 after every NEWKEYS it sends or receives, for the rest of the
connection (not just the first NEWKEYS).
OpenSSH 9.2p1 (Debian, with the backport) logs at debug level ``will use strict KEX
ordering`` once it agreed, and ``resetting send seqnr N`` / ``resetting read seqnr N`` at
each NEWKEYS, N being the number of packets sent or read since the previous reset.

1. Our client → a private ``sshd`` (a new one per test, so its log holds one connection):
   the initial ``KexCompleted`` says ``strict_kex``; sshd saw our marker in our KEXINIT,
   logged the strict line and reset both sequence numbers at exactly the packet count of
   a strict kex (KEXINIT, the method's messages, NEWKEYS: our side sent nothing else);
   a 'none' userauth attempt is refused (USERAUTH_FAILURE) before the publickey login;
   then two rekeys (one asked of the engine, whose ``KexCompleted`` is checked, one through
   ``ConnectionMux.rekey``) each make sshd reset both sequence numbers again, and commands
   still run afterwards. As chacha20-poly1305 (its nonce) and the MACs (their input) use
   the sequence number, a command's output arriving after a reset proves our side reset
   at the same packet (AES-GCM ignores it: that case checks sshd's resets only). With
   ``TransportConfig(strict_kex=False)`` sshd logs neither line, and the handshake,
   login, rekeys and commands still work.
2. OpenSSH's ``ssh -vvv`` → our server (``_our_session_server.BackgroundServer``): ssh
   logs the strict line and resets at 3 packets, our server's ``KexCompleted`` says
   ``strict_kex``; 512 KiB of stdin are hashed by our server while ssh (``RekeyLimit``)
   or our server (``rekey_bytes``) rekeys every 64 KiB, every NEWKEYS ssh sends or reads
   is followed by its reset, and the digest, output and exit status come out right (so
   our server reset in step with ssh). With our server's ``strict_kex=False`` ssh logs
   neither line, and the login, rekeys and command still work.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ssh_engine._algorithms import AlgorithmSpec, build_algorithm_config
from ssh_engine._auth._client_flow import AuthResult, Credentials, authenticate
from ssh_engine._errors import DisconnectError
from ssh_engine._session import ConnectionMux, RunResult, run_command
from ssh_engine._transport import (
    ConnectionClosed,
    DisconnectReceived,
    KexCompleted,
    TransportConfig,
)
from ssh_engine._transport._driver import TransportConnection, connect
from ssh_wire.keys import SSHKey, generate_key, load_public_key
from ssh_wire.messages import DisconnectReason
from tests.interop._our_server import clean_env, ssh_command, write_known_hosts
from tests.interop._our_session_server import (
    BackgroundServer,
    Served,
    publickey_handler,
    write_private_key,
)
from tests.interop._sshd import SshdServer, running_sshd

USER = "root"
# Every network wait is bounded by this (seconds); a whole test takes a second or two.
TIMEOUT = 20.0
CLIENT_MARKER = "kex-strict-c-v00@openssh.com"
SERVER_MARKER = "kex-strict-s-v00@openssh.com"
# OpenSSH's debug lines (kex.c kex_choose_conf, packet.c), as 9.2p1+deb backport logs them:
#   debug3: kex_choose_conf: will use strict KEX ordering
#   debug1: ssh_packet_send2_wrapped: resetting send seqnr 3
#   debug1: ssh_packet_read_poll2: resetting read seqnr 3
# (sshd adds " [preauth]" to the lines of the pre-authentication child).
STRICT_LINE = "will use strict KEX ordering"
SEND_RESET = re.compile(r"resetting send seqnr (\d+)")
READ_RESET = re.compile(r"resetting read seqnr (\d+)")
NEWKEYS_SENT = "SSH2_MSG_NEWKEYS sent"
NEWKEYS_RECEIVED = "SSH2_MSG_NEWKEYS received"
# Pushed through our server while rekeys happen every REKEY_BYTES.
STDIN_DATA = hashlib.sha512(b"strict kex").digest() * 8192  # 512 KiB
REKEY_BYTES = 64 * 1024


def proposal_kex_lists(log: str, header: str) -> list[list[str]]:
    """The ``KEX algorithms:`` list OpenSSH logged after each ``header`` line (``peer
    client KEXINIT proposal``, ``local client KEXINIT proposal``…), in order."""
    pattern = re.compile(re.escape(header) + r"[^\n]*\n[^\n]*KEX algorithms: (\S*)")
    return [found.split(",") for found in pattern.findall(log)]


def strict_packet_count(kex: str) -> int:
    """How many packets each side sends in a strict initial kex: KEXINIT, the method's
    messages (DH-GEX: REQUEST + INIT / GROUP + REPLY, the others: INIT / REPLY), NEWKEYS."""
    return 4 if "group-exchange" in kex else 3


# ------------------------------------------------------------------ our client -> sshd


@dataclass(frozen=True)
class SshdLogin:
    """A private sshd that lets root log in with ``key``."""

    sshd: SshdServer
    key: SSHKey

    def trusted(self, key: object) -> bool:
        """The host key verifier: one of this sshd's host keys."""
        return any(key == load_public_key(Path(f"{p}.pub")) for p in self.sshd.host_keys.values())


@pytest.fixture
def sshd_login(tmp_path: Path) -> Iterator[SshdLogin]:
    """A new sshd per test, so its log holds this test's connection only."""
    with running_sshd(tmp_path, extra_config=["PermitRootLogin yes"]) as sshd:
        key = generate_key("ed25519")
        sshd.authorized_keys.write_text(key.public_key().openssh_public_line() + "\n")
        yield SshdLogin(sshd, key)


@dataclass(frozen=True)
class ClientRun:
    """What our client saw on one connection to sshd."""

    initial: KexCompleted
    rekey: KexCompleted
    auth: AuthResult
    after_first_rekey: RunResult
    after_second_rekey: RunResult
    mux_rekeys: int
    strict_after_rekeys: bool  # the engine's strict_kex once both rekeys are done


async def next_kex(conn: TransportConnection) -> KexCompleted:
    """Read events until a ``KexCompleted`` (sshd's hostkeys-00@openssh.com global request,
    which wants no reply, comes first)."""
    while True:
        event = await conn.next_event()
        if isinstance(event, KexCompleted):
            return event
        if isinstance(event, DisconnectReceived | ConnectionClosed):
            raise AssertionError(f"the connection ended while waiting for the rekey: {event}")


async def client_session(setup: SshdLogin, config: TransportConfig) -> ClientRun:
    """Connect, log in ('none' first, then publickey), rekey through the engine, run a
    command, rekey through the mux, run another.

    sshd takes a rekey only after the login (before it, its userauth dispatch answers
    KEXINIT with UNIMPLEMENTED), so both rekeys come after it.
    """
    conn, events = await connect(
        setup.sshd.host,
        setup.sshd.port,
        config,
        host_key_verifier=setup.trusted,
        ready_timeout=TIMEOUT,
    )
    (initial,) = [e for e in events if isinstance(e, KexCompleted)]
    auth = await authenticate(conn, USER, Credentials(keys=[setup.key]))
    conn.engine.rekey()
    await conn.flush()
    rekey = await next_kex(conn)
    async with ConnectionMux(conn, "client") as mux:
        first = await run_command(mux, "echo after-first-rekey")
        await mux.rekey()
        second = await run_command(mux, "echo after-second-rekey")
        rekeys = mux.rekeys
    return ClientRun(initial, rekey, auth, first, second, rekeys, conn.engine.strict_kex)


def run_client(setup: SshdLogin, config: TransportConfig) -> ClientRun:
    """Run :func:`client_session` under one deadline; print sshd's log tail on failure."""

    async def bounded() -> ClientRun:
        async with asyncio.timeout(2 * TIMEOUT):
            return await client_session(setup, config)

    try:
        return asyncio.run(bounded())
    except BaseException:
        print(setup.sshd.log_text()[-6000:])
        raise


def wait_for_log(sshd: SshdServer, done: Callable[[str], bool], timeout: float = 10.0) -> str:
    """Returns sshd's log once ``done(log)`` holds (its children write it asynchronously).

    Raises:
        AssertionError: not within ``timeout`` seconds (the message holds the log's tail).
    """
    deadline = time.monotonic() + timeout
    while True:
        log = sshd.log_text()
        if done(log):
            return log
        if time.monotonic() > deadline:
            raise AssertionError(f"sshd's log is incomplete:\n{log[-6000:]}")
        time.sleep(0.05)


def check_client_run(run: ClientRun) -> None:
    """The login, the rekey's event and the commands after both rekeys."""
    assert run.initial.initial
    # RFC 4252 §5.2: 'none' was tried first and refused (USERAUTH_FAILURE), the key taken.
    assert run.auth.tried == ("none", "publickey"), run.auth
    assert run.auth.method == "publickey"
    assert not run.rekey.initial
    assert run.rekey.session_id == run.initial.session_id  # RFC 4253 §7.2: kept
    assert run.rekey.negotiated.kex == run.initial.negotiated.kex
    assert (run.after_first_rekey.stdout, run.after_first_rekey.exit_status) == (
        b"after-first-rekey\n",
        0,
    )
    assert (run.after_second_rekey.stdout, run.after_second_rekey.exit_status) == (
        b"after-second-rekey\n",
        0,
    )
    assert run.mux_rekeys == 1


CLIENT_ALGORITHMS = [
    pytest.param({}, id="defaults"),
    pytest.param(
        {
            "kex": ["curve25519-sha256"],
            "cipher": ["aes128-ctr"],
            "mac": ["hmac-sha2-256-etm@openssh.com"],
        },
        id="curve25519-aes128ctr-etm",
    ),
    pytest.param(
        {
            "kex": ["diffie-hellman-group-exchange-sha256"],
            "cipher": ["aes256-ctr"],
            "mac": ["hmac-sha2-512"],
        },
        id="gex-aes256ctr-hmac-sha2-512",
    ),
    pytest.param(
        {"kex": ["ecdh-sha2-nistp256"], "cipher": ["aes256-gcm@openssh.com"]},
        id="ecdh256-aes256gcm",
    ),
]


@pytest.mark.parametrize("algorithms", CLIENT_ALGORITHMS)
def test_client_strict_kex_with_sshd(
    sshd_login: SshdLogin, algorithms: dict[str, AlgorithmSpec]
) -> None:
    """Our client (strict kex on by default) → sshd: both sides agree on strict kex, sshd
    resets its sequence numbers after the initial kex and after both rekeys."""
    run = run_client(sshd_login, TransportConfig(algorithms=build_algorithm_config(algorithms)))
    negotiated = run.initial.negotiated
    assert negotiated.peer_strict_kex
    assert negotiated.strict_kex
    assert run.strict_after_rekeys  # in force for the whole connection
    if "kex" in algorithms:
        assert [negotiated.kex] == algorithms["kex"]
    check_client_run(run)

    log = wait_for_log(sshd_login.sshd, lambda text: text.count(NEWKEYS_RECEIVED) >= 3)
    proposals = proposal_kex_lists(log, "peer client KEXINIT proposal")
    assert len(proposals) == 3, log[-6000:]
    assert CLIENT_MARKER in proposals[0]  # our first KEXINIT, as sshd read it
    assert STRICT_LINE in log
    sends, reads = SEND_RESET.findall(log), READ_RESET.findall(log)
    # One reset each way per NEWKEYS: the initial kex and the two rekeys.
    assert len(sends) == log.count(NEWKEYS_SENT) == 3, log[-6000:]
    assert len(reads) == log.count(NEWKEYS_RECEIVED) == 3, log[-6000:]
    # Before the first NEWKEYS each side sent exactly the kex's packets, nothing else.
    expected = str(strict_packet_count(negotiated.kex))
    assert (sends[0], reads[0]) == (expected, expected), (sends, reads)
    assert log.index(STRICT_LINE) < log.index("resetting send seqnr")
    assert f"userauth-request for user {USER} service ssh-connection method none" in log


def test_client_without_strict_kex_with_sshd(sshd_login: SshdLogin) -> None:
    """``TransportConfig(strict_kex=False)``: we do not announce the marker, sshd does not
    use strict ordering nor reset sequence numbers, and everything still works."""
    run = run_client(sshd_login, TransportConfig(strict_kex=False))
    negotiated = run.initial.negotiated
    assert negotiated.peer_strict_kex  # sshd still announces kex-strict-s-v00
    assert not negotiated.strict_kex
    assert not run.strict_after_rekeys
    check_client_run(run)

    log = wait_for_log(sshd_login.sshd, lambda text: text.count(NEWKEYS_RECEIVED) >= 3)
    proposals = proposal_kex_lists(log, "peer client KEXINIT proposal")
    assert len(proposals) == 3, log[-6000:]
    assert "ext-info-c" in proposals[0]  # the right line: our first KEXINIT's kex list
    assert CLIENT_MARKER not in proposals[0]
    assert STRICT_LINE not in log
    assert SEND_RESET.search(log) is None
    assert READ_RESET.search(log) is None
    assert log.count(NEWKEYS_SENT) == 3


# ------------------------------------------------------------------ OpenSSH ssh -> our server


@dataclass(frozen=True)
class SshSetup:
    """Our server's host key, the user's key and ssh's files for them."""

    host_key: SSHKey
    user_key: SSHKey
    known_hosts: Path
    identity: Path


@pytest.fixture(scope="module")
def ssh_setup(tmp_path_factory: pytest.TempPathFactory) -> SshSetup:
    tmp = tmp_path_factory.mktemp("strict-kex-ssh")
    host_key = generate_key("ed25519")
    user_key = generate_key("ed25519")
    return SshSetup(
        host_key,
        user_key,
        write_known_hosts(tmp / "known_hosts", host_key),
        write_private_key(user_key, tmp / "id_user"),
    )


@dataclass(frozen=True)
class SshRun:
    """ssh's result and what our server recorded of its connection."""

    returncode: int
    stdout: bytes
    stderr: str
    served: Served


def ssh_to_our_server(
    setup: SshSetup,
    token: str,
    options: list[str],
    *,
    strict_kex: bool = True,
    rekey_bytes: int = 1 << 30,
) -> SshRun:
    """Run ``ssh -vvv ... 'sha256 ; echo TOKEN ; exit 3'`` against our server (configured
    with ``strict_kex`` and ``rekey_bytes``) with :data:`STDIN_DATA` as its stdin."""
    config = TransportConfig(
        host_keys=(setup.host_key,), strict_kex=strict_kex, rekey_bytes=rekey_bytes
    )
    handler = publickey_handler(USER, setup.user_key.public_key())
    with BackgroundServer(handler, config) as server:
        line = ssh_command(
            server.port, setup.known_hosts, USER, "-vvv", *options, "-i", setup.identity
        )
        line.remove("-N")
        try:
            done = subprocess.run(
                [*line, f"sha256 ; echo {token} ; exit 3"],
                input=STDIN_DATA,
                capture_output=True,
                timeout=TIMEOUT,
                env=clean_env(),
            )
        except subprocess.TimeoutExpired as exc:  # subprocess.run has killed ssh
            raise AssertionError(f"ssh timed out:\n{(exc.stderr or b'').decode()}") from None
        served = server.find(token, timeout=5.0)  # ssh has exited: our side ends soon
    return SshRun(done.returncode, done.stdout, done.stderr.decode(errors="replace"), served)


def check_ssh_run(run: SshRun, token: str) -> int:
    """ssh logged in, our server hashed all of stdin across the rekeys, the output and exit
    status came back; our server counted as many rekeys as ssh completed.

    Returns:
        The number of rekeys.
    """
    digest = hashlib.sha256(STDIN_DATA).hexdigest()
    assert run.returncode == 3, run.stderr[-6000:]
    assert run.stdout == f"{digest}\n{token}\n".encode(), run.stderr[-6000:]
    assert 'using "publickey"' in run.stderr
    connection = run.served.connection
    assert connection.error is None, connection.error
    assert connection.result is not None and connection.result.username == USER
    (session,) = run.served.report.sessions
    assert session.exit_status == 3
    assert (session.stdin_sha256, session.stdin_bytes) == (digest, len(STDIN_DATA))
    error = run.served.report.mux_error
    if error is not None:  # ssh's DISCONNECT (BY_APPLICATION) is a clean end
        assert isinstance(error, DisconnectError), error
        assert error.reason == DisconnectReason.BY_APPLICATION, error
    assert run.served.kex.initial
    # ssh completed the initial kex plus one per rekey; so did our server's mux.
    rekeys = run.stderr.count(NEWKEYS_RECEIVED) - 1
    assert rekeys >= 1, run.stderr[-6000:]
    assert run.served.report.rekeys == rekeys
    return rekeys


SSH_CASES = [
    pytest.param("ssh", ["-o", f"RekeyLimit={REKEY_BYTES}"], id="ssh-rekeys"),
    pytest.param(
        "our-server",
        ["-o", "Ciphers=aes128-ctr", "-o", "MACs=hmac-sha2-256"],
        id="our-server-rekeys-aes128ctr-hmac-sha2-256",
    ),
]


@pytest.mark.parametrize(("rekeyed_by", "options"), SSH_CASES)
def test_ssh_strict_kex_with_our_server(
    ssh_setup: SshSetup, rekeyed_by: str, options: list[str]
) -> None:
    """ssh → our server (strict kex on by default): ssh uses strict ordering, and resets
    both sequence numbers after the initial kex and after every rekey."""
    token = f"[strict-{rekeyed_by}]"
    rekey_bytes = REKEY_BYTES if rekeyed_by == "our-server" else 1 << 30
    run = ssh_to_our_server(ssh_setup, token, options, rekey_bytes=rekey_bytes)
    check_ssh_run(run, token)
    stderr = run.stderr
    assert ("rekex triggered" in stderr) == (rekeyed_by == "ssh"), stderr[-6000:]
    negotiated = run.served.kex.negotiated
    assert negotiated.peer_strict_kex
    assert negotiated.strict_kex
    assert SERVER_MARKER in proposal_kex_lists(stderr, "peer server KEXINIT proposal")[0]
    assert CLIENT_MARKER in proposal_kex_lists(stderr, "local client KEXINIT proposal")[0]
    assert STRICT_LINE in stderr
    sends, reads = SEND_RESET.findall(stderr), READ_RESET.findall(stderr)
    assert len(sends) == stderr.count(NEWKEYS_SENT), stderr[-6000:]
    assert len(reads) == stderr.count(NEWKEYS_RECEIVED), stderr[-6000:]
    # ssh read exactly KEXINIT, the REPLY and NEWKEYS from our server before its reset.
    expected = str(strict_packet_count(negotiated.kex))
    assert (sends[0], reads[0]) == (expected, expected), (sends, reads)
    assert stderr.index(STRICT_LINE) < stderr.index("resetting send seqnr")


def test_ssh_without_strict_kex_with_our_server(ssh_setup: SshSetup) -> None:
    """Our server with ``strict_kex=False``: it does not announce the marker, ssh does not
    use strict ordering nor reset sequence numbers, and the login, rekeys and command
    still work."""
    token = "[not-strict]"
    run = ssh_to_our_server(ssh_setup, token, ["-o", f"RekeyLimit={REKEY_BYTES}"], strict_kex=False)
    check_ssh_run(run, token)
    stderr = run.stderr
    negotiated = run.served.kex.negotiated
    assert negotiated.peer_strict_kex  # ssh still announces kex-strict-c-v00
    assert not negotiated.strict_kex
    server_kex = proposal_kex_lists(stderr, "peer server KEXINIT proposal")[0]
    assert "ext-info-s" in server_kex  # the right line: our server's first kex list
    assert SERVER_MARKER not in server_kex
    assert CLIENT_MARKER in proposal_kex_lists(stderr, "local client KEXINIT proposal")[0]
    assert STRICT_LINE not in stderr
    assert SEND_RESET.search(stderr) is None
    assert READ_RESET.search(stderr) is None

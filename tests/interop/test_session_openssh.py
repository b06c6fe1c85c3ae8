"""Logins with commands against OpenSSH, both ways.

1. OpenSSH's ``ssh`` → OUR server (transport, publickey login, session layer): for every
   kex, cipher, MAC and host key algorithm (host certificates included) that both this
   ``ssh`` (``ssh -Q ...``) and we implement, enabled alone with ``-o KexAlgorithms=``,
   ``Ciphers=``, ``MACs=`` or ``HostKeyAlgorithms=``, plus compression (``-C``,
   zlib@openssh.com, delayed until after the login): ssh logs in as root with a key, runs
   a command our server interprets (``echo``, ``err``, ``exit``, see
   ``_our_session_server``), and the test checks its stdout, stderr and ssh's exit status,
   and what our server negotiated. One server instance (a background thread) serves the
   whole module. Also: stdin, SendEnv, ``-tt`` (pty-req), ``-s`` (subsystem), three
   sessions on one ControlMaster connection, keepalive@openssh.com answered, ssh killed
   mid-transfer, and the MACs only ssh has (umac-*) failing cleanly.
2. OUR client → a private ``sshd``: a command's stdout, stderr and exit status (and
   exit-signal); ``env`` requests accepted or refused as sshd's ``AcceptEnv`` says; a
   command reading stdin (``sha256sum``) and one exiting before reading it all; several
   sessions at once on one connection and MaxSessions; an on-demand rekey; sshd's
   keepalive requests answered.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import re
import shlex
import subprocess
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from ssh_engine._algorithms import supported_names
from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._errors import DisconnectError
from ssh_engine._session import ChannelOpenError, ConnectionMux, RunResult, run_command
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import connect
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key, load_key, load_public_key
from ssh_wire.messages import ChannelOpenFailureReason, DisconnectReason
from tests.interop._auth_users import generate_user_key
from tests.interop._our_server import clean_env, ssh_command, write_known_hosts
from tests.interop._our_session_server import (
    BackgroundServer,
    Served,
    all_algorithms_config,
    publickey_handler,
    write_private_key,
)
from tests.interop._sshd import (
    OpenSSHMissingError,
    SshdServer,
    require_program,
    start_sshd,
    stop_sshd,
)

TIMEOUT = 20.0
_T = TypeVar("_T")
USER = "root"


def _ssh_query(kind: str) -> list[str]:
    try:
        out = subprocess.run(
            ["ssh", "-Q", kind], capture_output=True, text=True, check=True, timeout=TIMEOUT
        )
    except (OSError, subprocess.SubprocessError):
        return []  # the fixtures fail the tests with OpenSSHMissingError
    return out.stdout.split()


def _common(kind: str, category: str) -> list[str]:
    theirs = set(_ssh_query(kind))
    return [name for name in supported_names(category) if name in theirs]  # type: ignore[arg-type]


KEXES = _common("kex", "kex")
CIPHERS = _common("cipher", "cipher")
MACS = _common("mac", "mac")
# `ssh -Q key` names key types; HostKeyAlgorithms takes signature algorithms (rsa-sha2-*),
# which `ssh -Q HostKeyAlgorithms` lists. Security-key (sk-*) host keys need a token.
HOST_KEY_ALGS = _common("HostKeyAlgorithms", "server_host_key")
# The MACs this ssh has that we do not implement (umac-*): a clean "no matching MAC".
MACS_NOT_OURS = [m for m in _ssh_query("mac") if m not in supported_names("mac")]

# Our host key for each key type; host certificates are made from them by ssh-keygen.
HOST_KEY_SPECS = {
    "ssh-ed25519": ("ed25519", None),
    "ecdsa-sha2-nistp256": ("ecdsa", 256),
    "ecdsa-sha2-nistp384": ("ecdsa", 384),
    "ecdsa-sha2-nistp521": ("ecdsa", 521),
    "ssh-rsa": ("rsa", 2048),
    "ssh-dss": ("dsa", 1024),
}


@dataclass(frozen=True)
class Setup:
    server: BackgroundServer
    known_hosts: Path
    user_key: Path


@pytest.fixture(scope="module")
def our_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """One server for the whole matrix: every algorithm, every host key type, a host
    certificate for each (signed by a CA the known_hosts file trusts)."""
    tmp = tmp_path_factory.mktemp("session-matrix")
    try:
        keygen = require_program("ssh-keygen")
        user_key = generate_user_key(tmp, "ed25519", name="id_user")
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    user_public = load_public_key(Path(f"{user_key}.pub"))
    assert isinstance(user_public, SSHKey)
    keys = [generate_key(kind, bits) for kind, bits in HOST_KEY_SPECS.values()]
    ca = write_private_key(generate_key("ed25519"), tmp / "host_ca")
    certs: list[SSHCertificate] = []
    for number, key in enumerate(keys):
        path = write_private_key(key, tmp / f"host_{number}")
        subprocess.run(
            [keygen, "-q", "-s", str(ca), "-h", "-I", f"host-{number}", "-n", "our-test-server",
             f"{path}.pub"],
            check=True, stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
        )  # fmt: skip
        cert = load_public_key(Path(f"{path}-cert.pub"))
        assert isinstance(cert, SSHCertificate)
        certs.append(cert)
    ca_key = load_key(ca)
    known_hosts = write_known_hosts(tmp / "known_hosts", *keys, cert_authority=ca_key)
    config = all_algorithms_config([*keys, *certs])
    with BackgroundServer(publickey_handler(USER, user_public), config) as server:
        yield Setup(server, known_hosts, user_key)


@dataclass(frozen=True)
class SshRun:
    returncode: int
    stdout: bytes
    stderr: str


def _ssh(setup: Setup, options: list[str], command: str, input: bytes = b"") -> SshRun:
    """Run ssh with ``options`` and ``command`` against our server (20 s at most)."""
    line = ssh_command(setup.server.port, setup.known_hosts, USER, *options, "-i", setup.user_key)
    line.remove("-N")
    try:
        done = subprocess.run(
            [*line, command], input=input, capture_output=True, timeout=TIMEOUT, env=clean_env()
        )
    except subprocess.TimeoutExpired as exc:  # subprocess.run has killed ssh
        raise AssertionError(f"ssh timed out:\n{(exc.stderr or b'').decode()}") from None
    return SshRun(done.returncode, done.stdout, done.stderr.decode(errors="replace"))


def _login_and_command(setup: Setup, token: str, options: list[str]) -> tuple[SshRun, Served]:
    """ssh logs in and runs a command with stdout, stderr and exit status 7; checks them
    and returns ssh's run and our server's record."""
    run = _ssh(setup, options, f"echo out {token} ; err err {token} ; exit 7")
    assert run.returncode == 7, run.stderr
    assert run.stdout == f"out {token}\n".encode(), run.stderr
    assert f"err {token}\n" in run.stderr
    assert "Authenticated to" in run.stderr
    served = setup.server.find(token)
    assert served.connection.error is None, served.connection.error
    assert served.connection.result is not None
    assert served.connection.result.username == USER
    (session,) = served.report.sessions
    assert session.kind == "exec"
    assert session.exit_status == 7
    _check_clean_end(served)
    return run, served


def _check_clean_end(served: Served) -> None:
    """The connection layer ended by ssh's DISCONNECT (BY_APPLICATION) or EOF, no error."""
    error = served.report.mux_error
    if error is not None:
        assert isinstance(error, DisconnectError), error
        assert error.reason == DisconnectReason.BY_APPLICATION, error


def _token(*parts: str) -> str:
    """A word naming the test case, unique also as a substring (bracketed)."""
    return "[" + "-".join(p.replace("@", "_at_") for p in parts) + "]"


def _without_sshd_debug(stderr: bytes) -> bytes:
    """The command's stderr without the debug lines the private sshd (``-e``, LogLevel
    DEBUG3) writes into a session's stderr before it runs the command."""
    lines = stderr.splitlines(keepends=True)
    return b"".join(line for line in lines if not re.match(rb"debug\d: ", line))


@pytest.mark.parametrize("kex", KEXES)
def test_ssh_kex_login_command(our_server: Setup, kex: str) -> None:
    _, served = _login_and_command(our_server, _token("kex", kex), [f"-oKexAlgorithms={kex}"])
    assert served.kex.negotiated.kex == kex


@pytest.mark.parametrize("cipher", CIPHERS)
def test_ssh_cipher_login_command(our_server: Setup, cipher: str) -> None:
    _, served = _login_and_command(our_server, _token("cipher", cipher), [f"-oCiphers={cipher}"])
    negotiated = served.kex.negotiated
    assert negotiated.cs.cipher == negotiated.sc.cipher == cipher


@pytest.mark.parametrize("mac", MACS)
def test_ssh_mac_login_command(our_server: Setup, mac: str) -> None:
    options = ["-oCiphers=aes128-ctr", f"-oMACs={mac}"]
    _, served = _login_and_command(our_server, _token("mac", mac), options)
    negotiated = served.kex.negotiated
    assert negotiated.cs.mac == negotiated.sc.mac == mac


@pytest.mark.parametrize("algorithm", HOST_KEY_ALGS)
def test_ssh_host_key_login_command(our_server: Setup, algorithm: str) -> None:
    options = [f"-oHostKeyAlgorithms={algorithm}"]
    if "dss" in algorithm:  # ssh 9.2 accepts DSA keys only when named
        options.append("-oPubkeyAcceptedAlgorithms=+ssh-dss")
    run, served = _login_and_command(our_server, _token("hostkey", algorithm), options)
    assert served.kex.negotiated.srv_host_key == algorithm
    if "-cert-" in algorithm:
        assert "Server host certificate" in run.stderr, run.stderr


def test_ssh_compression_login_command(our_server: Setup) -> None:
    """``-C``: zlib@openssh.com, switched on after the login; a compressible output."""
    token = _token("compression")
    run = _ssh(our_server, ["-C", "-oCompression=yes"], f"gen 3000000 ; echo {token} ; exit 3")
    assert run.returncode == 3, run.stderr
    assert run.stdout.endswith(f"{token}\n".encode())
    assert len(run.stdout) == 3000000 + len(token) + 1
    served = our_server.server.find(token)
    negotiated = served.kex.negotiated
    assert negotiated.cs.compress == negotiated.sc.compress == "zlib@openssh.com"
    assert "Enabling compression" in run.stderr, run.stderr
    (session,) = served.report.sessions
    assert hashlib.sha256(run.stdout[:3000000]).hexdigest() == session.stdout_sha256


def test_ssh_command_reads_stdin(our_server: Setup) -> None:
    data = bytes(range(256)) * 4099
    token = _token("stdin")
    run = _ssh(our_server, [], f"sha256 ; echo {token}", input=data)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{hashlib.sha256(data).hexdigest()}\n{token}\n".encode()
    (session,) = our_server.server.find(token).report.sessions
    assert session.stdin_bytes == len(data)


def test_ssh_env_passed(our_server: Setup) -> None:
    """``SendEnv``: our server records the env requests (it accepts them all)."""
    token = _token("env")
    env = clean_env(SSHWIRE_VAR="sent value")
    line = ssh_command(
        our_server.server.port,
        our_server.known_hosts,
        USER,
        "-oSendEnv=SSHWIRE_VAR",
        "-i",
        our_server.user_key,
    )
    line.remove("-N")
    done = subprocess.run(
        [*line, f"env SSHWIRE_VAR ; echo {token}"], capture_output=True, timeout=TIMEOUT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"sent value\n{token}\n".encode()


def test_ssh_pty_request(our_server: Setup) -> None:
    """``ssh -tt``: the pty-req is accepted and recorded before the command runs."""
    token = _token("pty")
    env = clean_env(TERM="vt220")
    line = ssh_command(
        our_server.server.port, our_server.known_hosts, USER, "-tt", "-i", our_server.user_key
    )
    line.remove("-N")
    done = subprocess.run(
        [*line, f"echo {token} ; exit 5"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    assert done.returncode == 5, done.stderr
    assert done.stdout == f"{token}\n".encode()
    (session,) = our_server.server.find(token).report.sessions
    assert session.pty_term == "vt220"


def test_ssh_multiplexed_sessions_one_connection(our_server: Setup, tmp_path: Path) -> None:
    """A ControlMaster ssh holds one connection; three ssh clients run their commands as
    sessions on it at once (one reads stdin)."""
    socket_path = tmp_path / "cm.sock"
    master_options = ["-M", f"-oControlPath={socket_path}", "-oControlPersist=no"]
    master_line = ssh_command(
        our_server.server.port,
        our_server.known_hosts,
        USER,
        *master_options,
        "-i",
        our_server.user_key,
    )
    master = subprocess.Popen(
        master_line,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while not socket_path.exists():
            assert master.poll() is None, master.communicate(timeout=TIMEOUT)[1]
            assert time.monotonic() < deadline, "the master did not create its socket"
            time.sleep(0.05)
        token = _token("mux")
        data = b"multiplexed stdin\n" * 100000
        # Clients go through the master's socket (every option also set, for safety).
        client_line = ssh_command(
            our_server.server.port,
            our_server.known_hosts,
            USER,
            f"-oControlPath={socket_path}",
            "-oControlMaster=no",
            "-i",
            our_server.user_key,
        )
        client_line.remove("-N")
        clients = [
            subprocess.Popen(
                [*client_line, command],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=clean_env(),
            )
            for command in (
                f"echo {token} one ; exit 1",
                f"sha256 ; echo {token} two",
                f"gen 1000000 ; echo {token} three ; exit 3",
            )
        ]
        outputs = []
        for client, stdin in zip(clients, (b"", data, b""), strict=True):
            try:
                stdout, stderr = client.communicate(stdin, timeout=TIMEOUT)
            finally:
                client.kill()
            outputs.append((client.returncode, stdout, stderr))
        exit_line = [*client_line[:-1], "-O", "exit", client_line[-1]]
        subprocess.run(exit_line, capture_output=True, timeout=TIMEOUT, env=clean_env())
        master.wait(TIMEOUT)
    finally:
        master.kill()
        master.communicate(timeout=TIMEOUT)
    assert outputs[0][:2] == (1, f"{token} one\n".encode()), outputs[0][2]
    assert outputs[1][:2] == (0, f"{hashlib.sha256(data).hexdigest()}\n{token} two\n".encode())
    assert outputs[2][0] == 3, outputs[2][2]
    assert outputs[2][1].endswith(f"{token} three\n".encode())
    assert len(outputs[2][1]) == 1000000 + len(f"{token} three\n")
    served = our_server.server.find(token)
    assert sorted(s.exit_status or 0 for s in served.report.sessions) == [0, 1, 3]
    assert all(s.exit_status is not None for s in served.report.sessions)
    _check_clean_end(served)


def test_ssh_keepalive_answered(our_server: Setup) -> None:
    """ssh sends keepalive@openssh.com global requests every second while the command
    sleeps 3.5 s; it would give up after two unanswered ones ("Timeout, server ... not
    responding"), so our failure replies must go out."""
    token = _token("keepalive")
    options = ["-oServerAliveInterval=1", "-oServerAliveCountMax=2"]
    run = _ssh(our_server, options, f"sleep 3.5 ; echo {token}")
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{token}\n".encode()
    assert "not responding" not in run.stderr


def test_ssh_killed_mid_transfer(our_server: Setup) -> None:
    """ssh dies while our server writes 64 MiB: the connection ends without an error on
    our side beyond the lost connection, and the server serves the next login."""
    token = _token("killed")
    line = ssh_command(our_server.server.port, our_server.known_hosts, USER, "-i",
                       our_server.user_key)  # fmt: skip
    line.remove("-N")
    process = subprocess.Popen(
        [*line, f"echo {token} ; gen 67108864"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=clean_env(),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.read(len(token) + 1 + 100000)[: len(token)] == token.encode()
    finally:
        process.kill()
        process.communicate(timeout=TIMEOUT)
    served = our_server.server.find(token)
    assert served.connection.after_login_error is None, served.connection.after_login_error
    error = served.report.mux_error
    assert error is None or isinstance(error, ConnectionError | OSError), error
    _login_and_command(our_server, _token("after-kill"), [])


def test_ssh_subsystem_request(our_server: Setup) -> None:
    """``ssh -s NAME``: our server sees a subsystem session named NAME (which its command
    language does not know: status 127 and a message on stderr)."""
    run = _ssh(our_server, ["-s"], "sshwire-subsystem")
    assert run.returncode == 127, run.stderr
    assert "unknown command 'sshwire-subsystem'" in run.stderr
    (session,) = our_server.server.find("sshwire-subsystem").report.sessions
    assert session.kind == "subsystem"
    assert session.command == "sshwire-subsystem"


@pytest.mark.parametrize("mac", MACS_NOT_OURS)
def test_ssh_mac_we_lack_fails_cleanly(our_server: Setup, mac: str) -> None:
    before = len(our_server.server.all_connections())
    run = _ssh(our_server, ["-oCiphers=aes128-ctr", f"-oMACs={mac}"], "echo never")
    assert run.returncode == 255
    assert run.stdout == b""
    assert "no matching MAC found" in run.stderr, run.stderr
    assert len(our_server.server.all_connections()) == before + 1


# ----------------------------------------------------------------- our client -> sshd

ACCEPT_ENV = "SSHWIRE_OK LC_SSHWIRE_*"


@dataclass(frozen=True)
class SshdSetup:
    sshd: SshdServer
    key: SSHKey


@pytest.fixture(scope="module")
def sshd_login(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshdSetup]:
    tmp = tmp_path_factory.mktemp("session-sshd")
    # ClientAliveInterval: sshd sends keepalive@openssh.com requests to an idle client.
    extra = [
        "PermitRootLogin yes",
        f"AcceptEnv {ACCEPT_ENV}",
        "MaxSessions 10",
        "ClientAliveInterval 1",
        "ClientAliveCountMax 2",
    ]
    try:
        sshd = start_sshd(tmp, extra_config=extra)
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        key = generate_key("ed25519")
        sshd.authorized_keys.write_text(key.public_key().openssh_public_line() + "\n")
        yield SshdSetup(sshd, key)
    finally:
        stop_sshd(sshd)


def _host_keys(sshd: SshdServer) -> list[SSHKey]:
    keys = []
    for path in sshd.host_keys.values():
        key = load_public_key(Path(f"{path}.pub"))
        assert isinstance(key, SSHKey)
        keys.append(key)
    return keys


async def _login(setup: SshdSetup, config: TransportConfig | None = None) -> ConnectionMux:
    trusted = _host_keys(setup.sshd)
    conn, _ = await connect(
        setup.sshd.host,
        setup.sshd.port,
        config or TransportConfig(),
        host_key_verifier=lambda key: any(key == k for k in trusted),
        ready_timeout=TIMEOUT,
    )
    await authenticate(conn, USER, Credentials(keys=[setup.key]))
    mux = ConnectionMux(conn, "client")
    mux.start()
    return mux


def _run_client(setup: SshdSetup, main: Coroutine[Any, Any, _T]) -> _T:
    """Run ``main`` under a 60 s deadline; print sshd's log tail if it fails."""

    async def bounded() -> _T:
        async with asyncio.timeout(60):
            return await main

    try:
        return asyncio.run(bounded())
    except BaseException:
        print(setup.sshd.log_text()[-4000:])
        raise


def test_client_exec_stdout_stderr_status(sshd_login: SshdSetup) -> None:
    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            return await run_command(mux, "sh -c 'echo out; echo err >&2; exit 3'")

    result = _run_client(sshd_login, main())
    assert result.stdout == b"out\n"
    assert _without_sshd_debug(result.stderr) == b"err\n"
    assert result.exit_status == 3
    assert result.exit_signal is None


def test_client_exec_killed_by_signal(sshd_login: SshdSetup) -> None:
    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            return await run_command(mux, "sh -c 'echo before; kill -TERM $$'")

    result = _run_client(sshd_login, main())
    assert result.stdout == b"before\n"
    assert result.exit_status is None
    assert result.exit_signal is not None
    assert result.exit_signal.name == "TERM"


def test_client_env_accept_env(sshd_login: SshdSetup) -> None:
    """sshd answers env requests (want_reply) per AcceptEnv and sets only those."""
    names = {"SSHWIRE_OK": True, "LC_SSHWIRE_X": True, "SSHWIRE_NO": False, "LC_OTHER": False}

    async def main() -> tuple[dict[str, bool], tuple[bytes, int | None]]:
        async with await _login(sshd_login) as mux:
            channel = await mux.open_session()
            replies = {}
            for name in names:
                send = functools.partial(
                    mux.engine.env, channel.channel_id, name, f"value of {name}", want_reply=True
                )
                replies[name] = await mux.request(channel, send)
            shown = " ".join(f'"${{{n}-unset}}"' for n in names)
            await mux.exec(channel, f"printf '%s\\n' {shown}")
            out = await channel.read_all()
            await channel.wait_closed()
            return replies, (out, channel.exit_status)

    replies, (out, status) = _run_client(sshd_login, main())
    assert replies == names
    expected = "".join(f"value of {n}\n" if ok else "unset\n" for n, ok in names.items())
    assert out == expected.encode()
    assert status == 0


def test_client_command_reads_stdin(sshd_login: SshdSetup) -> None:
    data = hashlib.sha512(b"seed").digest() * 40000  # 2.5 MB: more than one window

    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            return await run_command(mux, "sha256sum", data)

    result = _run_client(sshd_login, main())
    assert result.stdout == f"{hashlib.sha256(data).hexdigest()}  -\n".encode()
    assert result.exit_status == 0


def test_client_several_sessions_one_connection(sshd_login: SshdSetup) -> None:
    """Five sessions at once on one connection (sshd's MaxSessions is 10), then one more
    after they closed; each keeps its own output and status."""

    async def main() -> tuple[list[RunResult], RunResult, int]:
        async with await _login(sshd_login) as mux:
            results = await asyncio.gather(
                *(
                    run_command(
                        mux, f"sh -c {shlex.quote(f'sleep 0.2; echo session {i}; exit {i}')}"
                    )
                    for i in range(5)
                )
            )
            after = await run_command(mux, "echo after")
            return list(results), after, len(mux.engine.channel_ids)

    results, after, left = _run_client(sshd_login, main())
    for i, result in enumerate(results):
        assert result.stdout == f"session {i}\n".encode()
        assert result.exit_status == i
    assert after.stdout == b"after\n"
    assert left == 0


def test_client_command_exits_before_reading_input(sshd_login: SshdSetup) -> None:
    """``head -c 1000`` exits long before 8 MiB of input are sent: run_command stops
    feeding quietly and still returns the output and status."""
    data = hashlib.sha512(b"input").digest() * (8 * 1024 * 1024 // 64)

    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            result = await run_command(mux, "head -c 1000", data)
            after = await run_command(mux, "echo still usable")
            assert after.stdout == b"still usable\n"
            return result

    result = _run_client(sshd_login, main())
    assert result.stdout == data[:1000]
    assert result.exit_status == 0


def test_client_unknown_command(sshd_login: SshdSetup) -> None:
    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            return await run_command(mux, "sshwire-no-such-command")

    result = _run_client(sshd_login, main())
    assert result.exit_status == 127
    assert b"not found" in _without_sshd_debug(result.stderr)


def test_client_rekey_on_demand_between_commands(sshd_login: SshdSetup) -> None:
    """``ConnectionMux.rekey()`` mid-connection (sshd answers the KEXINIT), then a command
    runs on the new keys."""

    async def main() -> tuple[RunResult, RunResult, int]:
        async with await _login(sshd_login) as mux:
            first = await run_command(mux, "echo before")
            await mux.rekey()
            second = await run_command(mux, "echo after")
            return first, second, mux.rekeys

    first, second, rekeys = _run_client(sshd_login, main())
    assert (first.stdout, second.stdout) == (b"before\n", b"after\n")
    assert rekeys == 1


def test_client_answers_sshd_keepalive(sshd_login: SshdSetup) -> None:
    """sshd (ClientAliveInterval 1, CountMax 2) sends keepalive@openssh.com channel
    requests while ``sleep 3.5`` runs; without our replies it would drop us after ~2 s."""

    async def main() -> RunResult:
        async with await _login(sshd_login) as mux:
            return await run_command(mux, "sleep 3.5; echo awake")

    result = _run_client(sshd_login, main())
    assert result.stdout == b"awake\n"
    assert result.exit_status == 0


def test_client_sessions_beyond_max_sessions_refused(sshd_login: SshdSetup) -> None:
    """sshd's MaxSessions 10: the eleventh open session is refused with
    CHANNEL_OPEN_FAILURE, the connection stays usable once one closed."""

    async def main() -> tuple[int, ChannelOpenError, RunResult]:
        async with await _login(sshd_login) as mux:
            channels = [await mux.open_session() for _ in range(10)]
            with pytest.raises(ChannelOpenError) as refused:
                await mux.open_session()
            channels[0].close()
            await channels[0].wait_closed()
            after = await run_command(mux, "echo after")
            return len(channels), refused.value, after

    opened, refused, after = _run_client(sshd_login, main())
    assert opened == 10
    # sshd answers a session it cannot open with CONNECT_FAILED "open failed"
    assert refused.reason == ChannelOpenFailureReason.CONNECT_FAILED, refused
    assert after.stdout == b"after\n"

"""Our agent driven by OpenSSH's own tools: ssh-add, ssh-keygen -Y sign, and ssh logging in
to a real sshd with a key that only our agent holds.

The agent runs in-process on an asyncio loop in a thread (so the tests can see its store and
answer its confirmations), or as ``python -m ssh_agent`` like a user would start it. Keys are
made once per module by ssh-keygen: Ed25519, ECDSA 256/384/521, RSA 2048 and DSA, plus
certificates for two of them.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ssh_agent._store import KeyStore
from ssh_agent._unix_server import AgentServer
from ssh_wire.keys import SSHKey
from tests.interop._sshd import SshdServer, require_program, start_sshd, stop_sshd

KEY_SPECS: dict[str, list[str]] = {
    "ed25519": ["-t", "ed25519"],
    "ecdsa256": ["-t", "ecdsa", "-b", "256"],
    "ecdsa384": ["-t", "ecdsa", "-b", "384"],
    "ecdsa521": ["-t", "ecdsa", "-b", "521"],
    "rsa2048": ["-t", "rsa", "-b", "2048"],
    "dsa": ["-t", "dsa"],
}
CERTIFIED = ("ed25519", "rsa2048")
PASSPHRASE = "lock sesame"
NO_IDENTITIES = "The agent has no identities."


def run(
    *args: str | Path,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    timeout: float = 30,
) -> subprocess.CompletedProcess[str]:
    """Run a program; returns the completed process (never raises on a non-zero exit)."""
    return subprocess.run(
        [str(a) for a in args],
        input=stdin.decode() if stdin is not None else None,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


@dataclass
class Keys:
    """Key files made by ssh-keygen: ``path(name)`` is the private key (its ``.pub`` and
    ``-cert.pub`` beside it, as ssh-add expects); ``pub`` and ``cert`` are copies in a
    directory without private keys, so ``ssh-keygen -Y sign`` can only sign through the
    agent (it falls back to the private key file next to the public one)."""

    directory: Path

    def path(self, name: str) -> Path:
        return self.directory / name

    def pub(self, name: str) -> Path:
        return self.directory / "public" / f"{name}.pub"

    def cert(self, name: str) -> Path:
        return self.directory / "public" / f"{name}-cert.pub"

    def public_line(self, name: str) -> str:
        return self.pub(name).read_text().strip()


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    keygen = require_program("ssh-keygen")
    directory = tmp_path_factory.mktemp("agent-keys")
    plain = directory / "plain"
    plain.mkdir()

    def make(name: str, where: Path) -> None:
        out = run(
            keygen,
            "-q",
            *KEY_SPECS.get(name, ["-t", "ed25519"]),
            "-N",
            "",
            "-C",
            f"{name}@agent-test",
            "-f",
            where / name,
        )
        assert out.returncode == 0, out.stderr

    with ThreadPoolExecutor(4) as pool:
        jobs = [pool.submit(make, name, directory) for name in KEY_SPECS]
        jobs += [pool.submit(make, name, plain) for name in ("ca", "host-other", "login")]
        for job in jobs:
            job.result()
    for name in CERTIFIED:
        out = run(
            keygen,
            "-q",
            "-s",
            plain / "ca",
            "-I",
            f"{name}-id",
            "-n",
            "root",
            directory / f"{name}.pub",
        )
        assert out.returncode == 0, out.stderr
    for name in ("ca", "host-other", "login"):
        for suffix in ("", ".pub"):
            shutil.move(plain / f"{name}{suffix}", directory / f"{name}{suffix}")
    public = directory / "public"
    public.mkdir()
    for path in directory.glob("*.pub"):
        shutil.copy(path, public / path.name)
    return Keys(directory)


class ThreadAgent:
    """Our AgentServer on an asyncio loop in a daemon thread, with a recording confirm."""

    def __init__(self) -> None:
        self.store = KeyStore()
        self.allow = True
        self.calls: list[tuple[str, str, str | None]] = []
        self.server = AgentServer(self.store, confirm=self._confirm)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.path = self._call(self.server.start())

    def _call(self, coro: Coroutine[Any, Any, str]) -> str:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def _confirm(self, key: SSHKey, comment: str, info: str | None) -> bool:
        self.calls.append((key.fingerprint(), comment, info))
        return self.allow

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SSH_")}
        return env | {"SSH_AUTH_SOCK": self.path} | extra

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.server.close(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)
        self.loop.close()


@pytest.fixture
def agent() -> Iterator[ThreadAgent]:
    require_program("ssh-add")
    started = ThreadAgent()
    try:
        yield started
    finally:
        started.stop()
    assert not os.path.exists(started.path)


def ssh_add(agent: ThreadAgent, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run("ssh-add", *args, env=agent.env(**env))


def listed(agent: ThreadAgent, flag: str = "-l") -> list[str]:
    out = ssh_add(agent, flag)
    if out.returncode == 1 and out.stdout.strip() == NO_IDENTITIES:
        return []
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def sign_file(env: dict[str, str], pub: Path, data: Path) -> subprocess.CompletedProcess[str]:
    """ssh-keygen -Y sign with only a public key: the signature is made by the agent."""
    sig = Path(f"{data}.sig")
    sig.unlink(missing_ok=True)
    return run("ssh-keygen", "-Y", "sign", "-n", "file", "-f", pub, data, env=env)


def check_file(pub: Path, data: Path) -> bool:
    out = run(
        "ssh-keygen",
        "-Y",
        "check-novalidate",
        "-n",
        "file",
        "-f",
        pub,
        "-s",
        Path(f"{data}.sig"),
        stdin=data.read_bytes(),
    )
    return out.returncode == 0


def askpass(tmp_path: Path, answer: str, name: str = "askpass") -> dict[str, str]:
    """Environment making ssh-add read ``answer`` from an SSH_ASKPASS program."""
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\necho '{answer}'\n")
    script.chmod(0o755)
    return {"SSH_ASKPASS": str(script), "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"}


# -- ssh-add --------------------------------------------------------------------------------------


def test_add_every_key_type_then_list(agent: ThreadAgent, keys: Keys) -> None:
    names = list(KEY_SPECS)
    out = ssh_add(agent, "-k", *(keys.path(n) for n in names))  # -k: keys only, no certs
    assert out.returncode == 0, out.stderr
    assert out.stderr.count("Identity added") == len(names)
    expected_l = [run("ssh-keygen", "-l", "-f", keys.pub(n)).stdout.strip() for n in names]
    assert listed(agent) == expected_l
    assert listed(agent, "-L") == [keys.public_line(n) for n in names]


def test_signatures_of_every_key_type_verify(
    agent: ThreadAgent, keys: Keys, tmp_path: Path
) -> None:
    assert ssh_add(agent, "-k", *(keys.path(n) for n in KEY_SPECS)).returncode == 0
    data = tmp_path / "data.txt"
    data.write_text("signed by our agent\n")
    for name in KEY_SPECS:
        tested = ssh_add(agent, "-T", keys.pub(name))  # sign and verify through the agent
        assert tested.returncode == 0, (name, tested.stderr)
        signed = sign_file(agent.env(), keys.pub(name), data)
        assert signed.returncode == 0, (name, signed.stderr)
        assert check_file(keys.pub(name), data), name


def test_certificates_are_added_listed_and_sign(
    agent: ThreadAgent, keys: Keys, tmp_path: Path
) -> None:
    for name in CERTIFIED:
        out = ssh_add(agent, keys.path(name))
        assert out.returncode == 0 and "Certificate added" in out.stderr, out.stderr
    lines = listed(agent, "-L")
    for name in CERTIFIED:
        assert (
            keys.cert(name).read_text().split()[:2]
            == lines[lines.index(keys.public_line(name)) + 1].split()[:2]
        )
    assert sum("-CERT)" in line for line in listed(agent)) == len(CERTIFIED)
    data = tmp_path / "data.txt"
    data.write_text("certificate\n")
    for name in CERTIFIED:
        assert sign_file(agent.env(), keys.cert(name), data).returncode == 0
        assert check_file(keys.pub(name), data)


def test_remove_one_and_remove_all(agent: ThreadAgent, keys: Keys) -> None:
    assert ssh_add(agent, "-k", keys.path("ed25519"), keys.path("rsa2048")).returncode == 0
    out = ssh_add(agent, "-d", keys.pub("ed25519"))
    assert out.returncode == 0 and "Identity removed" in out.stderr
    assert listed(agent, "-L") == [keys.public_line("rsa2048")]
    again = ssh_add(agent, "-d", keys.pub("ed25519"))
    assert again.returncode != 0  # not held: refused cleanly
    out = ssh_add(agent, "-D")
    assert out.returncode == 0 and "All identities removed." in out.stderr
    assert listed(agent) == []


def test_lifetime_expiry_is_observed(agent: ThreadAgent, keys: Keys) -> None:
    added = time.monotonic()
    out = ssh_add(agent, "-k", "-t", "2", keys.path("ecdsa256"))
    assert out.returncode == 0 and "Lifetime set to 2 seconds" in out.stderr
    assert ssh_add(agent, "-k", keys.path("ed25519")).returncode == 0
    assert len(listed(agent)) == 2
    time.sleep(max(0.0, added + 2.3 - time.monotonic()))
    assert listed(agent, "-L") == [keys.public_line("ed25519")]
    assert len(agent.store) == 1  # reaped from memory, not just hidden


def test_confirm_is_routed_to_the_callback(agent: ThreadAgent, keys: Keys, tmp_path: Path) -> None:
    out = ssh_add(agent, "-k", "-c", keys.path("ed25519"))
    assert out.returncode == 0 and "confirm each use" in out.stderr
    data = tmp_path / "data.txt"
    data.write_text("please\n")
    assert sign_file(agent.env(), keys.pub("ed25519"), data).returncode == 0
    assert check_file(keys.pub("ed25519"), data)
    fingerprint = run("ssh-keygen", "-l", "-f", keys.pub("ed25519")).stdout.split()[1]
    assert agent.calls == [(fingerprint, "ed25519@agent-test", None)]
    agent.allow = False
    refused = sign_file(agent.env(), keys.pub("ed25519"), data)
    assert refused.returncode != 0
    assert len(agent.calls) == 2


def test_lock_and_unlock(agent: ThreadAgent, keys: Keys, tmp_path: Path) -> None:
    assert ssh_add(agent, "-k", keys.path("ed25519")).returncode == 0
    out = ssh_add(agent, "-x", **askpass(tmp_path, PASSPHRASE))
    assert out.returncode == 0 and "Agent locked." in out.stderr, out.stderr
    assert listed(agent) == []
    data = tmp_path / "data.txt"
    data.write_text("locked\n")
    assert sign_file(agent.env(), keys.pub("ed25519"), data).returncode != 0
    assert ssh_add(agent, "-k", keys.path("rsa2048")).returncode != 0
    wrong = ssh_add(agent, "-X", **askpass(tmp_path, "not it", "wrong"))
    assert wrong.returncode != 0 and "Failed to unlock agent" in wrong.stderr
    time.sleep(0.15)  # the agent's backoff after a wrong passphrase
    out = ssh_add(agent, "-X", **askpass(tmp_path, PASSPHRASE))
    assert out.returncode == 0 and "Agent unlocked." in out.stderr, out.stderr
    assert listed(agent, "-L") == [keys.public_line("ed25519")]
    assert sign_file(agent.env(), keys.pub("ed25519"), data).returncode == 0


# -- ssh logging in to sshd with a key held only by our agent -----------------------------------


@pytest.fixture(scope="module")
def sshd_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshdServer]:
    server = start_sshd(tmp_path_factory.mktemp("agent-sshd"))
    try:
        yield server
    finally:
        stop_sshd(server)


def ssh_login(
    agent: ThreadAgent, server: SshdServer, *extra: str, command: str = "echo ok"
) -> subprocess.CompletedProcess[str]:
    return run(
        "ssh",
        *extra,
        "-F",
        "/dev/null",
        "-o",
        "IdentitiesOnly=no",
        "-o",
        f"IdentityAgent={agent.path}",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "BatchMode=yes",
        "-o",
        "ConnectTimeout=10",
        "-p",
        str(server.port),
        "-v",
        "root@127.0.0.1",
        command,
        env=agent.env(),
    )


def authorize(server: SshdServer, keys: Keys, name: str) -> None:
    server.authorized_keys.write_text(keys.pub(name).read_text())


def known_hosts(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "known_hosts"
    path.write_text("".join(f"127.0.0.1 {line.strip()}\n" for line in lines))
    return path


def test_ssh_logs_in_with_a_key_only_our_agent_holds(
    agent: ThreadAgent, keys: Keys, sshd_server: SshdServer, tmp_path: Path
) -> None:
    private = tmp_path / "only-in-agent"
    shutil.copy(keys.path("login"), private)
    private.chmod(0o600)
    assert ssh_add(agent, private).returncode == 0
    private.unlink()  # from now on the agent is the only holder
    authorize(sshd_server, keys, "login")
    out = ssh_login(agent, sshd_server)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout == "ok\n"
    assert "bound agent to hostkey" in out.stderr  # ssh sent session-bind and we took it


@pytest.mark.parametrize("name", ["ecdsa256", "rsa2048"])
def test_ssh_logs_in_with_other_key_types(
    agent: ThreadAgent, keys: Keys, sshd_server: SshdServer, name: str
) -> None:
    assert ssh_add(agent, "-k", keys.path(name)).returncode == 0
    authorize(sshd_server, keys, name)
    out = ssh_login(agent, sshd_server)
    assert (out.returncode, out.stdout) == (0, "ok\n"), out.stderr[-3000:]


def test_destination_constraints_are_honoured(
    agent: ThreadAgent, keys: Keys, sshd_server: SshdServer, tmp_path: Path
) -> None:
    host_lines = [Path(f"{p}.pub").read_text() for p in sshd_server.host_keys.values()]
    right = known_hosts(tmp_path, host_lines)
    wrong = tmp_path / "wrong_known_hosts"
    wrong.write_text(f"127.0.0.1 {keys.pub('host-other').read_text()}")
    authorize(sshd_server, keys, "login")

    # Restricted to another host key: hidden from ssh on this host, so the login fails.
    out = ssh_add(agent, "-H", wrong, "-h", "127.0.0.1", keys.path("login"))
    assert out.returncode == 0, out.stderr
    assert len(listed(agent)) == 1  # ssh-add's own connection is unbound: it sees the key
    login = ssh_login(agent, sshd_server)
    assert login.returncode != 0
    assert "agent contains no identities" in login.stderr

    # Restricted to this host but another user: listed, but the signature is refused.
    assert ssh_add(agent, "-H", right, "-h", "nobody@127.0.0.1", keys.path("login")).returncode == 0
    login = ssh_login(agent, sshd_server)
    assert login.returncode != 0
    assert "from agent: agent refused operation" in login.stderr

    # Restricted to this host and user, with confirmation: the prompt says where it goes.
    out = ssh_add(agent, "-c", "-H", right, "-h", "root@127.0.0.1", keys.path("login"))
    assert out.returncode == 0, out.stderr
    login = ssh_login(agent, sshd_server)
    assert (login.returncode, login.stdout) == (0, "ok\n"), login.stderr[-3000:]
    assert agent.calls[-1][2] == (
        'public key authentication request for user "root" to listed host'
    )

    # A destination-constrained key signs nothing else, even for ssh-keygen on this host.
    data = tmp_path / "data.txt"
    data.write_text("x\n")
    assert sign_file(agent.env(), keys.pub("login"), data).returncode != 0


def test_forwarded_agent_hides_keys_restricted_to_the_first_hop(
    agent: ThreadAgent, keys: Keys, sshd_server: SshdServer, tmp_path: Path
) -> None:
    host_lines = [Path(f"{p}.pub").read_text() for p in sshd_server.host_keys.values()]
    right = known_hosts(tmp_path, host_lines)
    assert ssh_add(agent, "-H", right, "-h", "127.0.0.1", keys.path("login")).returncode == 0
    assert ssh_add(agent, "-k", keys.path("ecdsa256")).returncode == 0
    authorize(sshd_server, keys, "login")
    # ssh -A binds the forwarded connection (is_forwarding): past 127.0.0.1 the restricted
    # key may not be used, so the agent seen from the server lists only the other one.
    out = ssh_login(agent, sshd_server, "-A", command="ssh-add -L")
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.splitlines() == [keys.public_line("ecdsa256")]


# -- bad input ------------------------------------------------------------------------------------


def _exchange(sock: socket.socket, payload: bytes) -> bytes:
    sock.sendall(struct.pack(">I", len(payload)) + payload)
    header = _recv_exact(sock, 4)
    return _recv_exact(sock, int.from_bytes(header, "big"))


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _connect(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    sock.connect(path)
    return sock


def _closed_by_agent(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def test_bad_input_closes_only_that_connection(agent: ThreadAgent, keys: Keys) -> None:
    assert ssh_add(agent, "-k", keys.path("ed25519")).returncode == 0
    with _connect(agent.path) as good, _connect(agent.path) as quiet:
        quiet.sendall(b"\0\0\0\x40\x0b")  # a truncated request that never completes
        for junk in (b"\0\0\0\0", struct.pack(">I", 256 * 1024 + 1) + b"A" * 1000, b"\xff" * 8):
            with _connect(agent.path) as bad:
                bad.sendall(junk)
                assert _closed_by_agent(bad)
            assert _exchange(good, b"\x0b")[0] == 12  # IDENTITIES_ANSWER
        # Well framed but malformed, unknown or truncated: FAILURE, connection kept.
        for payload in (b"\xc8", b"\x0d\0\0\0\x05abc", b"\x11\0\0\0\x0bssh-ed25519", b"\x1b"):
            assert _exchange(good, payload) == b"\x05"
        assert _exchange(good, b"\x0b")[0] == 12
        assert len(listed(agent)) == 1  # and ssh-add still works


# -- python -m ssh_agent with the real tools ------------------------------------------------------


def test_cli_agent_in_a_shell_with_ssh_add(keys: Keys, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSH_")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    script = (
        f'eval "$({sys.executable} -m ssh_agent -s)" >/dev/null && '
        f"ssh-add -q -k {keys.path('ecdsa384')} && ssh-add -L && "
        f"{sys.executable} -m ssh_agent -k"
    )
    out = run("sh", "-c", script, env=env)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == keys.public_line("ecdsa384")
    assert lines[1:3] == ["unset SSH_AUTH_SOCK;", "unset SSH_AGENT_PID;"]
    assert lines[3].startswith("echo Agent pid ") and lines[3].endswith(" killed;")


def test_cli_agent_confirms_with_askpass_and_applies_default_lifetime(
    keys: Keys, tmp_path: Path
) -> None:
    path = tmp_path / "agent.sock"
    answer = tmp_path / "answer"
    seen = tmp_path / "seen"
    script = tmp_path / "confirm"
    script.write_text(f'#!/bin/sh\necho "$SSH_ASKPASS_PROMPT:$1" >> {seen}\nexec cat {answer}\n')
    script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSH_")}
    env |= {"PYTHONPATH": os.pathsep.join(sys.path), "SSH_ASKPASS": str(script)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ssh_agent", "-D", "-t", "3", "-a", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().decode() == f"SSH_AUTH_SOCK={path}; export SSH_AUTH_SOCK;\n"
        client = {k: v for k, v in env.items() if k != "SSH_ASKPASS"} | {"SSH_AUTH_SOCK": str(path)}
        added_at = time.monotonic()
        added = run("ssh-add", "-k", "-c", keys.path("ed25519"), env=client)
        assert added.returncode == 0, added.stderr
        assert "Lifetime set to 3 seconds" not in added.stderr  # the agent's own default
        data = tmp_path / "data.txt"
        data.write_text("confirm me\n")
        answer.write_text("yes\n")
        assert sign_file(client, keys.pub("ed25519"), data).returncode == 0
        assert seen.read_text().startswith("confirm:Allow use of key ed25519@agent-test?\n")
        answer.write_text("no\n")
        assert sign_file(client, keys.pub("ed25519"), data).returncode != 0
        assert seen.read_text().count("confirm:") == 2
        time.sleep(max(0.0, added_at + 3.3 - time.monotonic()))
        gone = run("ssh-add", "-l", env=client)
        assert gone.stdout.strip() == NO_IDENTITIES
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert not path.exists()

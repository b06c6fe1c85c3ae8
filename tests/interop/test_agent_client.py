"""Our agent client against OpenSSH's own ssh-agent, loaded and inspected with ssh-add.

Each test starts a private ``ssh-agent -D -a SOCK`` in a temp dir (killed afterwards) loaded
by ``ssh-add`` with every key type ssh-keygen makes here (DSA only when this OpenSSH still
takes it). Our identity list must equal ``ssh-add -L``; our signatures (RSA with each flag)
must verify; keys we add (plain, with lifetime and confirm constraints, as a certificate),
remove, remove all, and the agent we lock and unlock must look the same to ``ssh-add -l/-L``;
a locked agent must refuse to sign. ``-c`` confirmation needs an askpass, so for confirm only
the listing is checked.
"""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from ssh_agent._errors import AgentError, AgentFailure
from ssh_agent._openssh import OpenSSHAgent
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key

pytestmark = pytest.mark.interop

T = TypeVar("T")

# ssh-keygen -t/-b per SSH key type.
KINDS: dict[str, list[str]] = {
    "ssh-ed25519": ["-t", "ed25519"],
    "ecdsa-sha2-nistp256": ["-t", "ecdsa", "-b", "256"],
    "ecdsa-sha2-nistp384": ["-t", "ecdsa", "-b", "384"],
    "ecdsa-sha2-nistp521": ["-t", "ecdsa", "-b", "521"],
    "ssh-rsa": ["-t", "rsa", "-b", "2048"],
    "ssh-dss": ["-t", "dsa", "-b", "1024"],
}
DATA = b"interop data to sign\n" * 20


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one coroutine with a hard bound (pytest-asyncio is not a dependency)."""

    async def bounded() -> T:
        async with asyncio.timeout(60):
            return await coro

    return asyncio.run(bounded())


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} (OpenSSH) is not installed", pytrace=False)
    return path


@dataclass(frozen=True)
class KeySet:
    """Keys made by ssh-keygen (``user-TYPE`` files with comment ``user-TYPE``), a CA and a
    certificate for the ed25519 key."""

    workdir: Path
    types: tuple[str, ...]

    def path(self, key_type: str) -> Path:
        return self.workdir / f"user-{key_type}"

    def private(self, key_type: str) -> SSHKey:
        from ssh_wire.keys import load_key

        return load_key(self.path(key_type))

    def certificate(self) -> SSHCertificate:
        from ssh_wire.keys import load_public_key

        cert = load_public_key(self.workdir / "certified-cert.pub")
        assert isinstance(cert, SSHCertificate)
        return cert


@pytest.fixture(scope="module")
def keyset(tmp_path_factory: pytest.TempPathFactory) -> KeySet:
    """Every key type ssh-keygen makes here, and an ed25519 user certificate."""
    keygen = _program("ssh-keygen")
    workdir = tmp_path_factory.mktemp("agent-keys")
    types: list[str] = []
    for key_type, args in KINDS.items():
        name = f"user-{key_type}"
        made = subprocess.run(
            [keygen, "-q", "-N", "", "-C", name, *args, "-f", str(workdir / name)],
            capture_output=True,
            check=False,
            timeout=60,
        )
        if made.returncode != 0:
            assert key_type == "ssh-dss", made.stderr  # only DSA may be compiled out
            continue
        types.append(key_type)
    subprocess.run(
        [keygen, "-q", "-N", "", "-C", "ca", "-t", "ed25519", "-f", str(workdir / "ca")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    # Certify a copy of the ed25519 public key: ssh-add would load user-*-cert.pub itself.
    shutil.copy(workdir / "user-ssh-ed25519.pub", workdir / "certified.pub")
    sign = [keygen, "-q", "-s", str(workdir / "ca"), "-I", "agent-interop", "-n", "alice"]
    subprocess.run(
        [*sign, str(workdir / "certified.pub")], check=True, capture_output=True, timeout=60
    )
    return KeySet(workdir, tuple(types))


@dataclass
class Agent:
    """A running ``ssh-agent -D`` and the ssh-add that talks to it."""

    socket: Path
    process: subprocess.Popen[bytes]
    ssh_add_program: str
    loaded: tuple[str, ...] = ()

    def ssh_add(
        self, *args: str | Path, check: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run ssh-add against this agent; returns the completed process (text)."""
        drop = ("SSH_ASKPASS", "SSH_ASKPASS_REQUIRE", "DISPLAY")
        full_env = {k: v for k, v in os.environ.items() if k not in drop}
        full_env.update(env or {})
        full_env["SSH_AUTH_SOCK"] = str(self.socket)
        result = subprocess.run(
            [self.ssh_add_program, *map(str, args)],
            capture_output=True,
            text=True,
            env=full_env,
            stdin=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
        if check and result.returncode != 0:
            pytest.fail(f"ssh-add {args} failed: {result.stdout}{result.stderr}")
        return result

    def listing(self) -> list[tuple[bytes, str]]:
        """``ssh-add -L`` as (blob, comment) pairs; empty when the agent lists nothing."""
        result = self.ssh_add("-L", check=False)
        if result.returncode == 1 and "no identities" in result.stdout + result.stderr:
            return []
        assert result.returncode == 0, result.stderr
        out = []
        for line in result.stdout.splitlines():
            _, blob, *comment = line.split(" ", 2)
            out.append((base64.b64decode(blob), comment[0] if comment else ""))
        return out

    def fingerprints(self) -> str:
        """``ssh-add -l`` output (or its "no identities" message)."""
        result = self.ssh_add("-l", check=False)
        return result.stdout + result.stderr

    def client(self) -> OpenSSHAgent:
        return OpenSSHAgent(self.socket, timeout=20)


@pytest.fixture
def agent(keyset: KeySet, tmp_path: Path) -> Iterator[Agent]:
    """A fresh ssh-agent loaded by ``ssh-add`` with every key of ``keyset``."""
    program = _program("ssh-agent")
    socket = tmp_path / "agent.sock"
    process = subprocess.Popen(
        [program, "-D", "-a", str(socket)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                err = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"ssh-agent did not start: {err}", pytrace=False)
            time.sleep(0.01)
        running = Agent(socket, process, _program("ssh-add"))
        loaded = []
        for key_type in keyset.types:
            added = running.ssh_add(keyset.path(key_type), check=key_type != "ssh-dss")
            if added.returncode == 0:
                loaded.append(key_type)
        running.loaded = tuple(loaded)
        yield running
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def _pairs(identities: list[SSHKey | SSHCertificate]) -> list[tuple[bytes, str]]:
    return [
        (i.blob if isinstance(i, SSHCertificate) else i.public_blob, i.comment) for i in identities
    ]


# -- the tests -----------------------------------------------------------------------------


def test_identities_equal_ssh_add_listing(agent: Agent) -> None:
    assert {"ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"} <= set(agent.loaded)

    async def main() -> list[SSHKey | SSHCertificate]:
        async with agent.client() as client:
            return await client.list_identities()

    identities = run(main())
    assert _pairs(identities) == agent.listing()
    assert [i.comment for i in identities] == [f"user-{t}" for t in agent.loaded]
    assert [i.type for i in identities] == list(agent.loaded)


def test_signatures_verify_for_every_key_and_rsa_flag(agent: Agent) -> None:
    async def main() -> list[tuple[SSHKey, str | None, bytes]]:
        out = []
        async with agent.client() as client:
            for identity in await client.list_identities():
                assert isinstance(identity, SSHKey)
                algorithms: list[str | None] = [None, *identity.signature_algorithms]
                for algorithm in algorithms:
                    signature = await client.sign(identity, DATA, algorithm=algorithm)
                    out.append((identity, algorithm, signature))
        return out

    results = run(main())
    assert len(results) >= 2 * len(agent.loaded)
    for identity, algorithm, signature in results:
        assert identity.verify(DATA, signature), (identity.type, algorithm)
        name_length = int.from_bytes(signature[:4], "big")
        used = signature[4 : 4 + name_length].decode()
        if identity.type == "ssh-rsa":
            assert used == (algorithm or "ssh-rsa")  # no flag: OpenSSH signs SHA-1 ssh-rsa
        else:
            assert used == identity.type


def test_add_with_constraints_and_certificate_seen_by_ssh_add(agent: Agent, keyset: KeySet) -> None:
    ed = keyset.private("ssh-ed25519")
    ecdsa = keyset.private("ecdsa-sha2-nistp384")
    rsa = keyset.private("ssh-rsa")
    cert = keyset.certificate()
    fresh = generate_key("ecdsa", 521, comment="generated here")

    async def main() -> tuple[bytes, bytes]:
        async with agent.client() as client:
            await client.remove_all()
            await client.add(ed, comment="plain ed25519")
            await client.add(ecdsa, lifetime=600)
            await client.add(rsa, confirm=True, comment="confirm me")
            await client.add(fresh, lifetime=600, confirm=True)
            await client.add(ed, certificate=cert, comment="ed25519 certificate")
            signature = await client.sign(cert, DATA)
            with pytest.raises(ValueError):
                await client.add(rsa, certificate=cert)
            plain = await client.sign(ed, DATA)
            return signature, plain

    with_cert, plain = run(main())
    assert ed.verify(DATA, with_cert) and ed.verify(DATA, plain)
    listing = agent.listing()
    assert listing == [
        (ed.public_blob, "plain ed25519"),
        (ecdsa.public_blob, "user-ecdsa-sha2-nistp384"),
        (rsa.public_blob, "confirm me"),
        (fresh.public_blob, "generated here"),
        (cert.blob, "ed25519 certificate"),
    ]
    fingerprints = agent.fingerprints()
    for key in (ed, ecdsa, rsa, fresh):
        assert key.fingerprint() in fingerprints
    assert "ED25519-CERT" in fingerprints


def test_lifetime_expires(agent: Agent, keyset: KeySet) -> None:
    ed = keyset.private("ssh-ed25519")

    async def main() -> None:
        async with agent.client() as client:
            await client.remove_all()
            # ssh-agent counts whole seconds (monotime() truncated), so a 1 s lifetime can
            # end within milliseconds; 3 s leaves at least 2 s to see the key listed.
            await client.add(ed, lifetime=3)

    run(main())
    assert agent.listing() == [(ed.public_blob, "user-ssh-ed25519")]
    deadline = time.monotonic() + 10
    while agent.listing():
        assert time.monotonic() < deadline, "the key outlived its 3 s lifetime"
        time.sleep(0.25)


def test_remove_and_remove_all_seen_by_ssh_add(agent: Agent, keyset: KeySet) -> None:
    ed = keyset.private("ssh-ed25519")

    async def remove_one() -> None:
        async with agent.client() as client:
            await client.remove(ed.public_key())
            with pytest.raises(AgentFailure):
                await client.remove(ed.public_key())  # no longer held

    run(remove_one())
    listing = agent.listing()
    assert ed.public_blob not in [blob for blob, _ in listing]
    assert len(listing) == len(agent.loaded) - 1

    async def remove_all() -> list[SSHKey | SSHCertificate]:
        async with agent.client() as client:
            await client.remove_all()
            return await client.list_identities()

    assert run(remove_all()) == []
    assert agent.listing() == []
    assert "no identities" in agent.fingerprints()


def test_lock_and_unlock_seen_by_ssh_add(agent: Agent) -> None:
    before = agent.listing()

    async def lock() -> None:
        async with agent.client() as client:
            identities = await client.list_identities()
            await client.lock("correct horse")
            assert await client.list_identities() == []
            with pytest.raises(AgentFailure):
                await client.sign(identities[0], DATA)
            with pytest.raises(AgentFailure):
                await client.lock("again")

    run(lock())
    assert agent.listing() == []
    assert "no identities" in agent.fingerprints()

    async def unlock() -> list[SSHKey | SSHCertificate]:
        async with agent.client() as client:
            with pytest.raises(AgentFailure):
                await client.unlock("wrong")
            await client.unlock(b"correct horse")
            identities = await client.list_identities()
            assert identities[0].verify(DATA, await client.sign(identities[0], DATA))  # type: ignore[union-attr]
            return identities

    assert _pairs(run(unlock())) == before
    assert agent.listing() == before


def test_lock_by_ssh_add_and_by_us(agent: Agent, tmp_path: Path) -> None:
    passphrase = "pass phrase"
    askpass = tmp_path / "askpass"
    askpass.write_text(f"#!/bin/sh\necho '{passphrase}'\n")
    askpass.chmod(0o700)
    env = {"SSH_ASKPASS": str(askpass), "SSH_ASKPASS_REQUIRE": "force"}
    agent.ssh_add("-x", env=env)  # ssh-add locks...

    async def refused_then_unlock() -> None:
        async with agent.client() as client:
            assert await client.list_identities() == []
            with pytest.raises(AgentFailure):
                await client.sign(generate_key("ed25519"), DATA)
            with pytest.raises(AgentFailure):
                await client.unlock("not the pass phrase")
            await client.unlock(passphrase)  # ...we unlock
            await client.lock(passphrase)  # ...we lock again

    run(refused_then_unlock())
    assert agent.listing() == []
    agent.ssh_add("-X", env=env)  # ...and ssh-add unlocks
    assert len(agent.listing()) == len(agent.loaded)


def test_session_bind_and_query(agent: Agent) -> None:
    host_key = generate_key("ed25519")
    session_id = os.urandom(32)

    async def main() -> None:
        async with agent.client() as client:
            await client.session_bind(host_key, session_id, host_key.sign(session_id), False)
            try:
                names = await client.query_extensions()
            except AgentFailure:
                pass  # OpenSSH's ssh-agent does not implement "query"
            else:
                assert "session-bind@openssh.com" in names
        async with agent.client() as client:
            with pytest.raises(AgentFailure):  # the signature is not over this session id
                await client.session_bind(host_key, session_id, host_key.sign(b"other"), False)
            assert len(await client.list_identities()) == len(agent.loaded)

    run(main())


def test_agent_gone_is_a_clean_error(agent: Agent) -> None:
    async def main() -> None:
        client = agent.client()
        assert len(await client.list_identities()) == len(agent.loaded)
        agent.process.send_signal(signal.SIGTERM)
        agent.process.wait(timeout=10)
        with pytest.raises(AgentError):
            await client.list_identities()
        await client.close()

    run(main())

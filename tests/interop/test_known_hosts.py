"""known_hosts files against OpenSSH's own ssh-keygen and ssh, both directions.

Files ``ssh-keygen -H`` hashes are matched by ours; entries our ``add_entry`` writes are found
by ``ssh-keygen -F`` (also as ``[host]:port``), removed by ``ssh-keygen -R`` and trusted by a
real ``ssh`` (StrictHostKeyChecking=yes) against the private sshd; host certificates made by
``ssh-keygen -s ca -h`` are accepted through our ``@cert-authority`` line. A missing OpenSSH
program is a failure, not a skip.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import pytest

from ssh_engine._hostkeys import (
    HostKeyRejected,
    KnownHosts,
    Verdict,
    add_entry,
    make_host_verifier,
)
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key, load_public_key
from tests.interop._sshd import SshdServer

pytestmark = pytest.mark.interop


def keygen(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    program = shutil.which("ssh-keygen")
    if program is None:
        pytest.fail("ssh-keygen not found; install openssh-client", pytrace=False)
    return subprocess.run(
        [program, *map(str, args)],
        capture_output=True,
        text=True,
        check=check,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def make_key(directory: Path, name: str) -> tuple[Path, SSHKey]:
    path = directory / name
    keygen("-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path)
    key = load_public_key(Path(f"{path}.pub"))
    assert isinstance(key, SSHKey)
    return path, key


def test_ssh_keygen_hashed_file_is_matched(tmp_path: Path) -> None:
    _, key_a = make_key(tmp_path, "a")
    _, key_b = make_key(tmp_path, "b")
    path = tmp_path / "known_hosts"
    a_line = key_a.openssh_public_line()
    b_line = key_b.openssh_public_line()
    path.write_text(f"alpha.example.com,10.1.2.3 {a_line}\n[beta.example.com]:2222 {b_line}\n")
    keygen("-H", "-f", path)
    text = path.read_text()
    assert "alpha" not in text and "beta" not in text
    kh = KnownHosts.load(path)
    assert kh.skipped_count == 0
    assert all(e.is_hashed for e in kh)
    assert kh.check("alpha.example.com", 22, key_a) is Verdict.ACCEPTED
    assert kh.check("10.1.2.3", 22, key_a) is Verdict.ACCEPTED
    assert kh.check("beta.example.com", 2222, key_b) is Verdict.ACCEPTED
    assert kh.check("beta.example.com", 22, key_b) is Verdict.UNKNOWN
    assert kh.check("alpha.example.com", 22, key_b) is Verdict.CHANGED


@pytest.mark.parametrize("hashed", [True, False])
def test_add_entry_found_and_removed_by_ssh_keygen(tmp_path: Path, hashed: bool) -> None:
    _, key_a = make_key(tmp_path, "a")
    _, key_b = make_key(tmp_path, "b")
    path = tmp_path / "known_hosts"
    add_entry(path, "alpha.example.com", 22, key_a, hashed=hashed)
    add_entry(path, "beta.example.com", 2222, key_b, hashed=hashed)

    found = keygen("-F", "alpha.example.com", "-f", path)
    assert key_a.openssh_public_line().split(" ")[1] in found.stdout
    found = keygen("-F", "[beta.example.com]:2222", "-f", path)
    assert key_b.openssh_public_line().split(" ")[1] in found.stdout
    assert keygen("-F", "beta.example.com", "-f", path, check=False).returncode == 1
    assert keygen("-F", "gamma.example.com", "-f", path, check=False).returncode == 1

    keygen("-R", "alpha.example.com", "-f", path)
    assert keygen("-F", "alpha.example.com", "-f", path, check=False).returncode == 1
    kh = KnownHosts.load(path)
    assert kh.skipped_count == 0
    assert kh.check("alpha.example.com", 22, key_a) is Verdict.UNKNOWN
    assert kh.check("beta.example.com", 2222, key_b) is Verdict.ACCEPTED
    keygen("-R", "[beta.example.com]:2222", "-f", path)
    assert len(KnownHosts.load(path)) == 0


def test_host_certificate_from_ssh_keygen(tmp_path: Path) -> None:
    ca_path, ca_key = make_key(tmp_path, "ca")
    host_path, host_key = make_key(tmp_path, "host")
    keygen("-s", ca_path, "-I", "host-id", "-h", "-n", "server.example.com", f"{host_path}.pub")
    cert = load_public_key(Path(f"{host_path}-cert.pub"))
    assert isinstance(cert, SSHCertificate)
    expired_path = tmp_path / "old"
    shutil.copy(f"{host_path}.pub", f"{expired_path}.pub")
    keygen(
        "-s", ca_path, "-I", "old", "-h", "-n", "server.example.com",
        "-V", "20000101:20000102", f"{expired_path}.pub",
    )  # fmt: skip
    expired = load_public_key(Path(f"{expired_path}-cert.pub"))
    wild_path = tmp_path / "wild"
    shutil.copy(f"{host_path}.pub", f"{wild_path}.pub")
    keygen("-s", ca_path, "-I", "wild", "-h", "-n", "*.example.com", f"{wild_path}.pub")
    wild = load_public_key(Path(f"{wild_path}-cert.pub"))
    assert isinstance(wild, SSHCertificate)
    assert isinstance(expired, SSHCertificate)

    path = tmp_path / "known_hosts"
    path.write_text(f"@cert-authority *.example.com {ca_key.openssh_public_line()}\n")
    kh = KnownHosts.load(path)
    assert kh.check("server.example.com", 22, cert) is Verdict.ACCEPTED
    assert kh.check("other.example.com", 22, cert) is Verdict.INVALID_CERTIFICATE
    assert kh.check("server.example.com", 22, expired) is Verdict.INVALID_CERTIFICATE
    assert kh.check("server.example.com", 22, host_key) is Verdict.UNKNOWN
    assert kh.check("any.example.com", 22, wild) is Verdict.ACCEPTED
    verifier = make_host_verifier(path)
    asyncio.run(verifier("server.example.com", 22, cert))
    with pytest.raises(HostKeyRejected):
        asyncio.run(verifier("server.example.com", 22, expired))
    # ssh-keygen -F finds the CA line for the host too.
    found = keygen("-F", "server.example.com", "-f", path)
    assert "@cert-authority" in found.stdout


def run_ssh(
    sshd: SshdServer, known_hosts: Path, *options: str, strict: str = "yes"
) -> subprocess.CompletedProcess[str]:
    program = shutil.which("ssh")
    if program is None:
        pytest.fail("ssh not found; install openssh-client", pytrace=False)
    return subprocess.run(
        [
            program, "-F", "/dev/null",
            "-o", "BatchMode=yes",
            "-o", f"StrictHostKeyChecking={strict}",
            *options,
            "-o", f"UserKnownHostsFile={known_hosts}",
            "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "CheckHostIP=no",
            "-o", "HostKeyAlgorithms=ssh-ed25519",
            "-o", "PreferredAuthentications=none",
            "-p", str(sshd.port),
            f"nobody@{sshd.host}",
            "true",
        ],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize("hashed", [True, False])
def test_real_ssh_trusts_our_entries(sshd: SshdServer, tmp_path: Path, hashed: bool) -> None:
    host_key = load_public_key(Path(f"{sshd.host_keys['ed25519']}.pub"))
    assert isinstance(host_key, SSHKey)
    path = tmp_path / "known_hosts"
    path.write_text("")
    refused = run_ssh(sshd, path)
    assert "Host key verification failed" in refused.stderr
    add_entry(path, sshd.host, sshd.port, generate_key("ed25519").public_key(), hashed=hashed)
    changed = run_ssh(sshd, path)
    assert "REMOTE HOST IDENTIFICATION HAS CHANGED" in changed.stderr
    path.write_text("")
    add_entry(path, sshd.host, sshd.port, host_key, hashed=hashed)
    trusted = run_ssh(sshd, path)
    assert "Host key verification failed" not in trusted.stderr, trusted.stderr
    assert "Permission denied" in trusted.stderr, trusted.stderr
    assert KnownHosts.load(path).check(sshd.host, sshd.port, host_key) is Verdict.ACCEPTED


@pytest.mark.parametrize("hashed", ["yes", "no"])
def test_entries_ssh_writes_are_matched(sshd: SshdServer, tmp_path: Path, hashed: str) -> None:
    host_key = load_public_key(Path(f"{sshd.host_keys['ed25519']}.pub"))
    assert isinstance(host_key, SSHKey)
    path = tmp_path / "known_hosts"
    run_ssh(sshd, path, "-o", f"HashKnownHosts={hashed}", strict="accept-new")
    written = path.read_text()
    assert written.startswith("|1|") is (hashed == "yes")
    kh = KnownHosts.load(path)
    assert kh.skipped_count == 0
    assert kh.check(sshd.host, sshd.port, host_key) is Verdict.ACCEPTED
    assert kh.check(sshd.host, 22, host_key) is Verdict.UNKNOWN
    # Our line for the same host is the same shape (name, type, base64; no comment).
    ours = add_entry(tmp_path / "ours", sshd.host, sshd.port, host_key, hashed=hashed == "yes")
    theirs = written.splitlines()[0]
    assert ours.split(" ")[1:] == theirs.split(" ")[1:]
    if hashed == "no":
        assert ours == theirs

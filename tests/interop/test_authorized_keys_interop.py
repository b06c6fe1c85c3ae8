"""Our authorized_keys / TrustedUserCAKeys checkers against OpenSSH's own files and sshd.

Keys, a CA and certificates are made by ``ssh-keygen`` (``-s ca -I id -n principals -V ...
-O source-address=... -O force-command=...``), authorized_keys lines are written as a
sysadmin would, and for every case both our :class:`AuthorizedKeys` and a real sshd decide:
the sshd verdict comes from logging in as root with the OpenSSH client, offering exactly one
public key algorithm (the plain key's, or the certificate's) so the client cannot fall back
from a certificate to its plain key. The two verdicts must agree, and each case also states
the verdict it expects, so a case where both are wrong still fails.

One sshd serves the module; it rereads ``authorized_keys`` and the principals file at every
login, so each case only rewrites them. A second CA is listed in ``TrustedUserCAKeys`` with
an ``AuthorizedPrincipalsFile``.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ssh_engine._auth._authorized_keys import (
    AuthorizedKeys,
    TrustedUserCAKeys,
    parse_authorized_principals,
)
from ssh_wire.keys import SSHCertificate, SSHKey, load_public_key
from tests.interop._sshd import (
    OpenSSHMissingError,
    SshdServer,
    require_program,
    start_sshd,
    stop_sshd,
)

pytestmark = pytest.mark.interop

USER = "root"
CLIENT = "127.0.0.1"
CERT_ALG = "ssh-ed25519-cert-v01@openssh.com"
# name -> ssh-keygen arguments after "-s ca -I name" (besides the key file).
CERTS: dict[str, list[str]] = {
    "root": ["-n", "root,alice"],
    "alice": ["-n", "alice"],
    "none": [],
    "fc": ["-n", "root", "-O", "force-command=true"],
    "src_ok": ["-n", "root", "-O", "source-address=127.0.0.0/8,::1"],
    "src_bad": ["-n", "root", "-O", "source-address=10.0.0.0/8"],
    "expired": ["-n", "root", "-V", "20000101:20010101"],
    "future": ["-n", "root", "-V", "29990101:29991231"],
    "host": ["-h", "-n", "root"],
    "clear": ["-n", "root", "-O", "clear"],
}
# Certificates from the second CA (the TrustedUserCAKeys one).
TRUSTED_CERTS: dict[str, list[str]] = {
    "t_root": ["-n", "root"],
    "t_alice": ["-n", "alice"],
    "t_none": [],
    "t_fc": ["-n", "alice", "-O", "force-command=true"],
}


@dataclass
class Env:
    """The running sshd and every file ssh-keygen made for the tests."""

    server: SshdServer
    ssh: str
    keys: dict[str, Path]  # name -> private key path
    certs: dict[str, Path]  # name -> certificate path
    principals_file: Path

    def public_line(self, name: str) -> str:
        return Path(f"{self.keys[name]}.pub").read_text().strip()

    def public_key(self, name: str) -> SSHKey:
        key = load_public_key(f"{self.keys[name]}.pub")
        assert isinstance(key, SSHKey)
        return key

    def cert(self, name: str) -> SSHCertificate:
        cert = load_public_key(self.certs[name])
        assert isinstance(cert, SSHCertificate)
        return cert

    def sshd_accepts(self, key: str, *, cert: str | None = None, algorithm: str) -> bool:
        """Log in as root with one key, or with the certificate ``cert`` of the key "user"
        (only ``algorithm`` is offered); True when sshd let us in."""
        args = [
            self.ssh,
            "-F",
            "/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "IdentityAgent=none",
            "-o",
            "ConnectTimeout=20",
            "-o",
            f"PubkeyAcceptedAlgorithms={algorithm}",
            "-i",
            str(self.keys[key if cert is None else f"subject-{cert}"]),
            "-p",
            str(self.server.port),
        ]
        env = {k: v for k, v in os.environ.items() if k != "SSH_AUTH_SOCK"}
        done = subprocess.run(
            [*args, f"{USER}@{self.server.host}", "true"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        if done.returncode == 0:
            return True
        # Anything but an authentication refusal is a broken setup, not a verdict.
        assert "Permission denied" in done.stderr, (
            f"ssh failed oddly ({done.returncode}): {done.stderr}\n{self.server.log_text()[-3000:]}"
        )
        return False


def _keygen(keygen: str, *args: str) -> None:
    subprocess.run(
        [keygen, "-q", *args],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        env={**os.environ, "TZ": "UTC"},
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    try:
        keygen = require_program("ssh-keygen")
        ssh = require_program("ssh")
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    work = tmp_path_factory.mktemp("authkeys")
    keys: dict[str, Path] = {}
    for name, kind in {
        "user": ["-t", "ed25519"],
        "user_ecdsa": ["-t", "ecdsa", "-b", "384"],
        "user_rsa": ["-t", "rsa", "-b", "2048"],
        "ca": ["-t", "ed25519"],
        "ca_other": ["-t", "ecdsa"],
        "ca_trusted": ["-t", "ed25519"],
    }.items():
        keys[name] = work / name
        _keygen(keygen, *kind, "-N", "", "-C", f"{name}@test", "-f", str(keys[name]))
    certs: dict[str, Path] = {}
    for table, ca in ((CERTS, "ca"), (TRUSTED_CERTS, "ca_trusted")):
        for name, extra in table.items():
            # ssh(1) pairs ``K-cert.pub`` with the private key ``K`` given by -i.
            subject = work / f"subject-{name}"
            subject.write_bytes(keys["user"].read_bytes())
            subject.chmod(0o600)
            Path(f"{subject}.pub").write_bytes(Path(f"{keys['user']}.pub").read_bytes())
            _keygen(keygen, "-s", str(keys[ca]), "-I", f"id-{name}", *extra, f"{subject}.pub")
            keys[f"subject-{name}"] = subject
            certs[name] = work / f"subject-{name}-cert.pub"
    trusted = work / "trusted_user_ca_keys"
    trusted.write_text(Path(f"{keys['ca_trusted']}.pub").read_text())
    principals = work / "principals"
    principals.write_text("")
    sshd_dir = work / "sshd"
    sshd_dir.mkdir()
    try:
        server = start_sshd(
            sshd_dir,
            extra_config=[
                "PermitRootLogin yes",
                f"TrustedUserCAKeys {trusted}",
                f"AuthorizedPrincipalsFile {principals}",
            ],
        )
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield Env(server, ssh, keys, certs, principals)
    finally:
        stop_sshd(server)


# -- plain keys ---------------------------------------------------------------------------

# (options written before the key, expected verdict of both sshd and us).
PLAIN_CASES: list[tuple[str, bool]] = [
    ("", True),
    ('restrict,pty,command="true"', True),
    ('restrict,command="echo \\"quoted\\" >/dev/null"', True),
    ("NO-PTY,No-Agent-Forwarding,no-X11-forwarding,no-user-rc,no-port-forwarding", True),
    ('listen="8080"', False),  # not an sshd option: permitlisten is
    ('principals="root"', False),  # principals= on a non-CA line denies
    ("cert-authority", False),  # a plain key never matches a CA line
    ('command="true",command="true"', False),
    ('from="127.0.0.0/8"', True),
    ('from="127.0.0.*"', True),
    ('from="!127.0.0.1,*"', False),
    ('from="10.0.0.0/8,*.example.com"', False),
    ('from="127.0.0.1/8"', False),  # host bits set: invalid, denies
    ('from="::1,127.0.0.1"', True),
    ('from="127.0.0.1"x', False),
    ('expiry-time="20000101"', False),
    ('expiry-time="29990101Z"', True),
    ('expiry-time="299901011230UTC"', True),
    ('expiry-time="2999010112"', False),  # ten digits: no such form
    ("pty,,no-pty", True),  # sshd passes over empty options
    (",no-pty", True),
    ("pty;no-pty", False),
    ("pty,", True),  # a comma just before the separating blank is tolerated
    ('environment="A1_x=some value"', True),
    ('environment="A-B=c"', False),
    ('tunnel="any"', True),
    ('tunnel="x"', False),
    ('permitopen="host"', False),
    ('permitopen="host:0"', False),
    ('permitopen="[::1]:*",permitopen="example.com:80",permitlisten="8080"', True),
    ('permitlisten="localhost:*",verify-required,no-touch-required', True),
    ("restrict=yes", False),
]


@pytest.mark.parametrize(("options", "expected"), PLAIN_CASES, ids=[c[0] for c in PLAIN_CASES])
def test_plain_key_lines_agree_with_sshd(env: Env, options: str, expected: bool) -> None:
    line = f"{options} {env.public_line('user')}" if options else env.public_line("user")
    env.server.authorized_keys.write_text(f"# a comment\n\n{line}\n")
    ours = AuthorizedKeys.load(env.server.authorized_keys)
    we_accept = ours.match(env.public_key("user"), username=USER, client_address=CLIENT)
    assert (we_accept is not None) == expected
    assert env.sshd_accepts("user", algorithm="ssh-ed25519") == expected
    # A line we cannot use is reported, never silently dropped.
    assert bool(ours.problems) == (not ours.entries)


@pytest.mark.parametrize(
    ("name", "algorithm"), [("user_ecdsa", "ecdsa-sha2-nistp384"), ("user_rsa", "rsa-sha2-512")]
)
def test_other_key_types_agree_with_sshd(env: Env, name: str, algorithm: str) -> None:
    text = f"no-pty {env.public_line(name)}\n{env.public_line('user')}\n"
    env.server.authorized_keys.write_text(text)
    ours = AuthorizedKeys.load(env.server.authorized_keys)
    found = ours.match(env.public_key(name), username=USER, client_address=CLIENT)
    assert found is not None
    assert found.line_number == 1
    assert not found.options.allows_pty
    assert env.sshd_accepts(name, algorithm=algorithm)
    # ...and a file that lists only another key lets neither in.
    env.server.authorized_keys.write_text(f"{env.public_line('user')}\n")
    ours = AuthorizedKeys.load(env.server.authorized_keys)
    assert ours.match(env.public_key(name), username=USER, client_address=CLIENT) is None
    assert not env.sshd_accepts(name, algorithm=algorithm)


# -- certificates via cert-authority lines ----------------------------------------------

# (authorized_keys lines with {ca}, {other} and {user} for the public lines, certificate,
# expected verdict of both).
CERT_CASES: list[tuple[str, str, bool]] = [
    ("cert-authority {ca}", "root", True),
    ("cert-authority {ca}", "alice", False),
    ('cert-authority,principals="alice" {ca}', "alice", True),
    ('cert-authority,principals="bob,alice" {ca}', "root", True),
    ('cert-authority,principals="bob,carol" {ca}', "alice", False),
    ("cert-authority {ca}", "none", True),  # no principals in the cert: valid for anyone
    ('cert-authority,principals="alice" {ca}', "none", False),
    ("{user}", "root", False),  # the certified key listed plainly does not admit the cert
    ("{ca}", "root", False),  # the CA key without cert-authority does not either
    ("cert-authority {other}", "root", False),
    ('cert-authority,command="true" {ca}', "fc", True),
    ('cert-authority,command="false" {ca}', "fc", False),
    ('cert-authority,command="false" {ca}\ncert-authority {ca}', "fc", True),
    ("cert-authority {ca}", "src_ok", True),
    ("cert-authority {ca}", "src_bad", False),
    ("cert-authority {ca}", "expired", False),
    ("cert-authority {ca}", "future", False),
    ("cert-authority {ca}", "host", False),
    ("cert-authority,restrict {ca}", "clear", True),
    ('cert-authority,from="10.0.0.0/8" {ca}', "root", False),
    ('cert-authority,expiry-time="20000101Z" {ca}', "root", False),
]


@pytest.mark.parametrize(
    ("lines", "cert", "expected"), CERT_CASES, ids=[f"{c[1]}:{c[0]}" for c in CERT_CASES]
)
def test_certificates_agree_with_sshd(env: Env, lines: str, cert: str, expected: bool) -> None:
    text = lines.format(
        ca=env.public_line("ca"), other=env.public_line("ca_other"), user=env.public_line("user")
    )
    env.server.authorized_keys.write_text(text + "\n")
    ours = AuthorizedKeys.load(env.server.authorized_keys)
    assert not ours.problems
    found = ours.match(env.cert(cert), username=USER, client_address=CLIENT)
    assert (found is not None) == expected
    assert env.sshd_accepts("user", cert=cert, algorithm=CERT_ALG) == expected


def test_merged_options_reflect_ssh_keygen_certificates(env: Env) -> None:
    text = f'cert-authority,principals="root",no-agent-forwarding {env.public_line("ca")}\n'
    ours = AuthorizedKeys.parse(text)
    fc = ours.match(env.cert("fc"), username="nobody", client_address=CLIENT)
    assert fc is not None
    assert fc.options.command == "true"
    assert fc.options.allows_pty and fc.options.allows_port_forwarding
    assert not fc.options.allows_agent_forwarding
    src = ours.match(env.cert("src_ok"), username=USER, client_address="::1")
    assert src is not None
    assert src.options.source_address == ("127.0.0.0/8", "::1")
    assert ours.match(env.cert("src_ok"), username=USER, client_address="192.0.2.1") is None
    clear = ours.match(env.cert("clear"), username=USER, client_address=CLIENT)
    assert clear is not None
    opts = clear.options
    assert not (opts.allows_pty or opts.allows_user_rc or opts.allows_x11_forwarding)
    assert not (opts.allows_port_forwarding or opts.allows_agent_forwarding)


# -- TrustedUserCAKeys + AuthorizedPrincipalsFile ------------------------------------------

# (principals file content, certificate, expected verdict of both).
TRUSTED_CASES: list[tuple[str, str, bool]] = [
    ("alice\n", "t_alice", True),
    ("# comment\n\nbob\n", "t_alice", False),
    ("alice\n", "t_root", False),  # with a principals file the user name is not enough
    ('from="127.0.0.1" alice\n', "t_alice", True),
    ('from="10.0.0.0/8" alice\n', "t_alice", False),
    ('command="true" alice\n', "t_fc", True),
    ('command="false" alice\n', "t_fc", False),
    ("cert-authority alice\n", "t_alice", False),
    ('principals="alice" alice\n', "t_alice", False),
    ("alice\n", "t_none", False),  # TrustedUserCAKeys requires a principal list
    ("", "root", False),  # a cert from the authorized_keys CA is not trusted here
]


@pytest.mark.parametrize(
    ("principals", "cert", "expected"),
    TRUSTED_CASES,
    ids=[f"{c[1]}:{c[0].strip()}" for c in TRUSTED_CASES],
)
def test_trusted_user_ca_agrees_with_sshd(
    env: Env, principals: str, cert: str, expected: bool
) -> None:
    env.server.authorized_keys.write_text("")
    env.principals_file.write_text(principals)
    trusted = TrustedUserCAKeys.load(Path(f"{env.keys['ca_trusted']}.pub"))
    assert len(trusted.keys) == 1
    verdict = trusted.match(
        env.cert(cert),
        username=USER,
        client_address=CLIENT,
        authorized_principals=parse_authorized_principals(env.principals_file.read_text()),
    )
    assert (verdict is not None) == expected
    assert env.sshd_accepts("user", cert=cert, algorithm=CERT_ALG) == expected


def test_trusted_user_ca_without_principals_file(env: Env) -> None:
    """Without AuthorizedPrincipalsFile the user name must be a principal (our side only:
    the module's sshd has a principals file; the same rule is sshd's with none)."""
    trusted = TrustedUserCAKeys.load(Path(f"{env.keys['ca_trusted']}.pub"))
    assert trusted.match(env.cert("t_root"), username=USER, client_address=CLIENT) is not None
    assert trusted.match(env.cert("t_alice"), username=USER, client_address=CLIENT) is None
    assert trusted.match(env.cert("t_none"), username=USER, client_address=CLIENT) is None

"""OpenSSH's ``ssh`` client authenticating to OUR server (user authentication only).

Each test starts our server (:class:`~tests.interop._our_server.OurServer`) in the test's
event loop and runs ``ssh -N -v`` against it with ``asyncio.create_subprocess_exec``. There
is no connection layer yet, so ssh opens no session: the test waits until our server
reports the login (or the refusal), ends ssh, and checks both sides: ssh's ``-v`` output
and exit status, and the requests, :class:`ServerAuthResult` or exception our server
recorded. After every login the test also checks that our side survived ssh going away.

Covered: publickey with every user key type (RSA as rsa-sha2-512, or rsa-sha2-256 when
ssh is told so), password (ASCII and UTF-8, wrong ones, PASSWD_CHANGEREQ) and
keyboard-interactive (several rounds, an empty round, wrong answers) through
``SSH_ASKPASS``, keys from a real ``ssh-agent``, user certificates, multi-factor
``AuthenticationMethods`` (one and two chains, a key serving one factor only), unknown
keys and the attempt limit, the banner, publickey-hostbound-v00@openssh.com (ed25519, RSA
and certified host keys), the ``none`` method, a UTF-8 user name, the login grace time,
and ssh killed in the middle of a prompt. Nothing in ``~`` or /etc is read or written:
ssh runs with ``-F /dev/null``, a private known_hosts file and explicit identities.
"""

from __future__ import annotations

import asyncio
import itertools
import shlex
import signal
import subprocess
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ssh_engine._auth._events import (
    KeyboardInteractiveRequest,
    PasswordRequest,
    PublicKeyRequest,
)
from ssh_engine._auth._server_flow import AuthContext, LoginTimeout, ServerAuthResult
from ssh_engine._errors import AuthError, DisconnectError
from ssh_engine._transport import ConnectionClosed, DisconnectReceived
from ssh_wire.keys import (
    CertificateType,
    SSHCertificate,
    SSHKey,
    generate_key,
    load_public_key,
)
from ssh_wire.messages import DisconnectReason
from tests.interop._auth_users import SshAgent, generate_user_key, running_ssh_agent
from tests.interop._our_server import (
    HOST_ALIAS,
    OurServer,
    ServedConnection,
    SshClient,
    clean_env,
    ssh_command,
    write_known_hosts,
)
from tests.interop._sshd import require_program

USER = "alice"
PASSWORD = "correct horse battery staple"
OTP = "424242"
# The user key types, as (ssh-keygen -t, -b, the algorithm ssh 9.2 signs with).
KEY_TYPES = {
    "ed25519": ("ed25519", None, "ssh-ed25519"),
    "ecdsa256": ("ecdsa", 256, "ecdsa-sha2-nistp256"),
    "ecdsa384": ("ecdsa", 384, "ecdsa-sha2-nistp384"),
    "ecdsa521": ("ecdsa", 521, "ecdsa-sha2-nistp521"),
    "rsa": ("rsa", 3072, "rsa-sha2-512"),
}


@dataclass(frozen=True)
class UserKey:
    """A key pair made by ssh-keygen: its private key file and parsed public key."""

    path: Path
    public: SSHKey


@dataclass(frozen=True)
class Setup:
    """Module-wide material: our host key, a known_hosts trusting it, user keys, a CA."""

    host_key: SSHKey
    known_hosts: Path
    keys: dict[str, UserKey]
    ca: SSHKey
    certs: dict[str, Path]
    tmp: Path


def _public(path: Path) -> SSHKey:
    key = load_public_key(Path(f"{path}.pub"))
    assert isinstance(key, SSHKey)
    return key


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    tmp = tmp_path_factory.mktemp("auth-server")
    host_key = generate_key("ed25519")
    known_hosts = write_known_hosts(tmp / "known_hosts", host_key)
    keys = {}
    for name, (kind, bits, _) in KEY_TYPES.items():
        path = generate_user_key(tmp, kind, bits, name=f"id_{name}")
        keys[name] = UserKey(path, _public(path))
    ca_path = generate_user_key(tmp, "ed25519", name="user_ca")
    # Certificates live apart from the keys: ssh would offer a "<key>-cert.pub" next to
    # every -i key, also in the tests without certificates.
    certs = {}
    cert_dir = tmp / "certs"
    cert_dir.mkdir()
    keygen = require_program("ssh-keygen")
    for name in ("ed25519", "rsa"):
        pub = cert_dir / f"id_{name}.pub"
        pub.write_bytes(Path(f"{keys[name].path}.pub").read_bytes())
        subprocess.run(
            [keygen, "-q", "-s", str(ca_path), "-I", f"cert-{name}", "-n", USER, str(pub)],
            check=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
        certs[name] = cert_dir / f"id_{name}-cert.pub"
    return Setup(host_key, known_hosts, keys, _public(ca_path), certs, tmp)


@pytest.fixture(scope="module")
def agent(setup: Setup) -> Iterator[SshAgent]:
    """A private ssh-agent holding the five user keys, in KEY_TYPES order."""
    with running_ssh_agent(setup.tmp) as running:
        running.add(*(key.path for key in setup.keys.values()))
        yield running


_ASKPASS_NUMBERS = itertools.count()


def _askpass(directory: Path, answers: Sequence[tuple[str, str]], default: str) -> Path:
    """Write an SSH_ASKPASS program: it logs its prompt (argv[1]) to ``<script>.log``
    (records separated by 0x1e) and prints the answer of the first ``answers`` entry whose
    text occurs in the prompt, else ``default``."""
    script = directory / f"askpass{next(_ASKPASS_NUMBERS)}"
    log = Path(f"{script}.log")
    cases = "".join(
        f"  *{shlex.quote(text)}*) printf '%s\\n' {shlex.quote(answer)} ;;\n"
        for text, answer in answers
    )
    script.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\036' \"$1\" >> {shlex.quote(str(log))}\n"
        'case "$1" in\n'
        f"{cases}"
        f"  *) printf '%s\\n' {shlex.quote(default)} ;;\n"
        "esac\n"
    )
    script.chmod(0o700)
    return script


def _prompts(script: Path) -> list[str]:
    """The prompts an askpass program from :func:`_askpass` was run with, in order."""
    log = Path(f"{script}.log")
    return log.read_text().split("\x1e")[:-1] if log.exists() else []


def _askpass_env(script: Path) -> dict[str, str]:
    return clean_env(SSH_ASKPASS=str(script), SSH_ASKPASS_REQUIRE="force", DISPLAY=":0")


@dataclass
class Outcome:
    """Both sides of one ssh run: ssh's exit status and stderr, our server's record."""

    returncode: int
    stderr: str
    conn: ServedConnection
    port: int

    @property
    def result(self) -> ServerAuthResult:
        assert self.conn.result is not None, (self.conn.error, self.stderr)
        return self.conn.result


Handler = Callable[[AuthContext], "bool | Awaitable[bool | None] | None"]


def _run(
    setup: Setup,
    handler: Handler,
    options: Sequence[str | Path],
    *,
    expect_login: bool,
    env: dict[str, str] | None = None,
    batch: bool = True,
    **auth_options: Any,
) -> Outcome:
    """Run one ssh against a fresh server of ours and return both sides.

    With ``expect_login`` the test waits for our server's login and for ssh's
    "Authenticated to" line, then terminates ssh and waits until our side has closed the
    connection; otherwise it waits for ssh to give up by itself.
    """
    auth_options.setdefault("login_grace_time", 30)

    async def main() -> Outcome:
        async with OurServer(handler, host_keys=(setup.host_key,), **auth_options) as server:
            command = ssh_command(server.port, setup.known_hosts, USER, *options, batch=batch)
            ssh = await SshClient.start(command, env)
            try:
                conn = await server.next_connection()
                result = await conn.wait_authenticated()
                if expect_login:
                    assert result is not None, (conn.error, ssh.stderr)
                    await ssh.wait_for_output(
                        f"Authenticated to 127.0.0.1 ([127.0.0.1]:{server.port})"
                    )
                    returncode = await ssh.stop()
                else:
                    returncode = await ssh.wait()
                await conn.wait_finished()
            finally:
                await ssh.stop()
            return Outcome(returncode, ssh.stderr, conn, server.port)

    return asyncio.run(main())


def _check_clean_close(outcome: Outcome) -> None:
    """After a login, ssh's end (SIGTERM) closed the connection and nothing failed on our
    side."""
    conn = outcome.conn
    assert conn.finished
    assert conn.error is None
    assert conn.after_login_error is None, conn.after_login_error
    assert conn.closed_by_peer, conn.after_login
    # Once its client loop runs, ssh -N answers SIGTERM with DISCONNECT BY_APPLICATION
    # ("disconnected by user"); a SIGTERM just before that simply ends the process.
    last = conn.after_login[-1]
    if isinstance(last, DisconnectReceived):
        assert last.reason == DisconnectReason.BY_APPLICATION, last
    else:
        assert isinstance(last, ConnectionClosed | ConnectionError), conn.after_login


def _key_handler(expected: SSHKey) -> Handler:
    def handler(ctx: AuthContext) -> bool:
        return ctx.method == "publickey" and ctx.username == USER and ctx.key == expected

    return handler


# ------------------------------------------------------------------------------ publickey


@pytest.mark.parametrize("name", list(KEY_TYPES))
def test_publickey_every_key_type(setup: Setup, name: str) -> None:
    key = setup.keys[name]
    out = _run(setup, _key_handler(key.public), ["-i", key.path], expect_login=True)
    assert f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "publickey".' in out.stderr
    result = out.result
    assert result.username == USER
    assert result.service == "ssh-connection"
    assert result.methods == ("publickey",)
    assert result.failures == 0
    request = result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    assert request.key == key.public
    assert request.algorithm == KEY_TYPES[name][2]
    # ssh first asks whether the key would do (unsigned), then signs.
    offered = [r for r in out.conn.requests if isinstance(r, PublicKeyRequest)]
    assert [(r.signed, r.key == key.public) for r in offered] == [(False, True), (True, True)]
    _check_clean_close(out)


def test_unknown_key_rejected(setup: Setup) -> None:
    out = _run(
        setup,
        _key_handler(setup.keys["rsa"].public),
        ["-i", setup.keys["ed25519"].path],
        expect_login=False,
        methods=("publickey",),
    )
    assert out.returncode == 255
    assert "Permission denied (publickey)." in out.stderr
    assert "Authenticated to" not in out.stderr
    # Our server saw the offered key, refused it, and the client left.
    offered = [r for r in out.conn.requests if isinstance(r, PublicKeyRequest)]
    assert [r.key for r in offered] == [setup.keys["ed25519"].public]
    assert isinstance(out.conn.error, ConnectionError | DisconnectError), out.conn.error
    assert out.conn.result is None


def test_two_logins_on_one_server(setup: Setup) -> None:
    """Our accept loop keeps serving after a logged-in client was killed."""
    key = setup.keys["ed25519"]

    async def main() -> list[ServedConnection]:
        handler = _key_handler(key.public)
        async with OurServer(handler, host_keys=(setup.host_key,)) as server:
            done = []
            for _ in range(2):
                command = ssh_command(server.port, setup.known_hosts, USER, "-i", key.path)
                ssh = await SshClient.start(command)
                try:
                    conn = await server.next_connection()
                    assert await conn.wait_authenticated() is not None, conn.error
                    await ssh.wait_for_output('using "publickey"')
                finally:
                    await ssh.stop()
                await conn.wait_finished()
                done.append(conn)
            return done

    first, second = asyncio.run(main())
    for conn in (first, second):
        assert conn.result is not None
        assert conn.result.methods == ("publickey",)
        assert conn.after_login_error is None
        assert conn.closed_by_peer
    assert first.peer != second.peer


# ------------------------------------------------------------------------------- password


def _password_handler(ctx: AuthContext) -> bool:
    return ctx.method == "password" and ctx.password == PASSWORD


PASSWORD_ONLY = ("-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no")


@pytest.mark.parametrize("password", [PASSWORD, "pässwörd ✓ ключ"], ids=["ascii", "utf8"])
def test_password_via_askpass(setup: Setup, password: str) -> None:
    askpass = _askpass(setup.tmp, [], password)
    out = _run(
        setup,
        lambda ctx: ctx.method == "password" and ctx.password == password,
        PASSWORD_ONLY,
        expect_login=True,
        env=_askpass_env(askpass),
        batch=False,
    )
    assert f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "password".' in out.stderr
    assert out.result.methods == ("password",)
    assert out.result.failures == 0
    request = out.result.request
    assert isinstance(request, PasswordRequest)
    assert request.password == password
    assert request.new_password is None
    # ssh names the host by its HostKeyAlias.
    assert _prompts(askpass) == [f"{USER}@{HOST_ALIAS}'s password: "]
    _check_clean_close(out)


def test_wrong_password_bounded_prompts(setup: Setup) -> None:
    askpass = _askpass(setup.tmp, [], "not the password")
    out = _run(
        setup,
        _password_handler,
        [*PASSWORD_ONLY, "-o", "NumberOfPasswordPrompts=2"],
        expect_login=False,
        env=_askpass_env(askpass),
        batch=False,
        methods=("password",),
    )
    assert out.returncode == 255
    assert "Permission denied (password)." in out.stderr
    assert "Authenticated to" not in out.stderr
    assert len(_prompts(askpass)) == 2
    passwords = [r for r in out.conn.requests if isinstance(r, PasswordRequest)]
    assert [r.password for r in passwords] == ["not the password"] * 2
    assert out.conn.result is None
    assert isinstance(out.conn.error, ConnectionError | DisconnectError), out.conn.error


# --------------------------------------------------------------------- keyboard-interactive


def test_keyboard_interactive_two_rounds(setup: Setup) -> None:
    answers: list[list[str]] = []

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "keyboard-interactive":
            return False
        first = await ctx.prompt(
            [("Account name: ", True), "Password: "],
            title="Round one",
            instructions="Two questions first.",
        )
        answers.append(first)
        if first != [USER, PASSWORD]:
            return False
        second = await ctx.prompt(["Verification code: "], title="Round two")
        answers.append(second)
        return second == [OTP]

    askpass = _askpass(
        setup.tmp,
        [("Account name", USER), ("Password", PASSWORD), ("Verification code", OTP)],
        "unexpected prompt",
    )
    out = _run(
        setup,
        handler,
        [
            "-o", "PreferredAuthentications=keyboard-interactive",
            "-o", "KbdInteractiveAuthentication=yes", "-o", "PubkeyAuthentication=no",
        ],
        expect_login=True,
        env=_askpass_env(askpass),
        batch=False,
    )  # fmt: skip
    assert (
        f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "keyboard-interactive".'
        in out.stderr
    )
    assert answers == [[USER, PASSWORD], [OTP]]
    assert out.result.methods == ("keyboard-interactive",)
    assert isinstance(out.result.request, KeyboardInteractiveRequest)
    prompts = _prompts(askpass)
    expected = ("Account name: ", "Password: ", "Verification code: ")
    assert len(prompts) == len(expected)
    for prompt, text in zip(prompts, expected, strict=True):
        assert prompt.endswith(text), prompts
    _check_clean_close(out)


# -------------------------------------------------------------------------------- ssh-agent


def test_publickey_from_ssh_agent(setup: Setup, agent: SshAgent) -> None:
    """ssh offers the agent's keys in order; ours accepts only the fourth (ecdsa-521)."""
    wanted = setup.keys["ecdsa521"].public
    out = _run(
        setup,
        _key_handler(wanted),
        [
            "-o", "IdentityAgent=SSH_AUTH_SOCK", "-o", "IdentitiesOnly=no",
            # Naming an identity file keeps ssh from trying ~/.ssh/id_*; it does not exist.
            "-o", f"IdentityFile={setup.tmp / 'absent'}",
        ],
        expect_login=True,
        env=agent.env(),
    )  # fmt: skip
    assert f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "publickey".' in out.stderr
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    assert request.key == wanted
    offered = [r.key for r in out.conn.requests if isinstance(r, PublicKeyRequest)]
    order = [setup.keys[n].public for n in ("ed25519", "ecdsa256", "ecdsa384", "ecdsa521")]
    assert offered == [*order, wanted]
    assert out.result.failures == 3
    _check_clean_close(out)


def test_rsa_key_from_agent_signs_sha512(setup: Setup, agent: SshAgent) -> None:
    wanted = setup.keys["rsa"].public
    out = _run(
        setup,
        _key_handler(wanted),
        ["-o", "IdentityAgent=SSH_AUTH_SOCK", "-o", "IdentitiesOnly=no",
         "-o", f"IdentityFile={setup.tmp / 'absent'}"],
        expect_login=True,
        env=agent.env(),
    )  # fmt: skip
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.key == wanted
    assert request.algorithm == "rsa-sha2-512"
    _check_clean_close(out)


# ------------------------------------------------------------------------ attempt limits


@pytest.mark.parametrize("source", ["agent", "files"])
def test_too_many_failures(setup: Setup, agent: SshAgent, source: str) -> None:
    """Five keys offered, none accepted, max_attempts=3: our server disconnects with
    NO_MORE_AUTH_METHODS_AVAILABLE (14) at the third refusal and raises AuthError."""
    if source == "agent":
        options: list[str | Path] = [
            "-o", "IdentityAgent=SSH_AUTH_SOCK", "-o", "IdentitiesOnly=no",
            "-o", f"IdentityFile={setup.tmp / 'absent'}",
        ]  # fmt: skip
        env = agent.env()
    else:
        options = [arg for key in setup.keys.values() for arg in ("-i", key.path)]
        env = None
    out = _run(
        setup,
        lambda ctx: False,
        options,
        expect_login=False,
        env=env,
        max_attempts=3,
        methods=("publickey",),
    )
    assert out.returncode == 255
    assert "Too many authentication failures" in out.stderr
    assert "Received disconnect from 127.0.0.1 port" in out.stderr
    assert ":14: Too many authentication failures" in out.stderr  # NO_MORE_AUTH_METHODS
    assert isinstance(out.conn.error, AuthError), out.conn.error
    assert out.conn.result is None
    offered = [r for r in out.conn.requests if isinstance(r, PublicKeyRequest)]
    assert len(offered) == 3


# ------------------------------------------------------------------------------ certificate


@pytest.mark.parametrize("name", ["ed25519", "rsa"])
def test_user_certificate(setup: Setup, name: str) -> None:
    key = setup.keys[name]
    checked: list[SSHCertificate] = []

    def handler(ctx: AuthContext) -> bool:
        cert = ctx.key
        if not isinstance(cert, SSHCertificate):
            return False
        cert.check(
            principal=ctx.username,
            cert_type=CertificateType.USER,
            ca_keys=[setup.ca],
            require_principals=True,
        )  # raises (and so refuses) on a bad certificate
        checked.append(cert)
        return cert.key == key.public

    out = _run(
        setup,
        handler,
        ["-i", key.path, "-o", f"CertificateFile={setup.certs[name]}"],
        expect_login=True,
    )
    assert f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "publickey".' in out.stderr
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    cert = request.key
    assert isinstance(cert, SSHCertificate)
    assert cert.key_id == f"cert-{name}"
    assert cert.principals == (USER,)
    assert cert.signature_key == setup.ca
    assert cert.key == key.public
    expected = {"ed25519": "ssh-ed25519-cert-v01@openssh.com",
                "rsa": "rsa-sha2-512-cert-v01@openssh.com"}[name]  # fmt: skip
    assert request.algorithm == expected
    assert checked  # the handler saw and checked the certificate
    _check_clean_close(out)


def test_certificate_for_other_principal_rejected(setup: Setup) -> None:
    """The same certificate used as another user fails our handler's principal check."""
    key = setup.keys["ed25519"]

    def handler(ctx: AuthContext) -> bool:
        cert = ctx.key
        if not isinstance(cert, SSHCertificate):
            return False
        cert.check(principal=ctx.username, ca_keys=[setup.ca], require_principals=True)
        return True

    async def main() -> tuple[int, str, ServedConnection]:
        async with OurServer(handler, host_keys=(setup.host_key,), methods=("publickey",)) as srv:
            command = ssh_command(
                srv.port, setup.known_hosts, "mallory",
                "-i", key.path, "-o", f"CertificateFile={setup.certs['ed25519']}",
            )  # fmt: skip
            ssh = await SshClient.start(command)
            try:
                conn = await srv.next_connection()
                await conn.wait_authenticated()
                returncode = await ssh.wait()
                await conn.wait_finished()
            finally:
                await ssh.stop()
            return returncode, ssh.stderr, conn

    returncode, stderr, conn = asyncio.run(main())
    assert returncode == 255
    assert "Permission denied (publickey)." in stderr
    assert conn.result is None
    assert any(isinstance(r, PublicKeyRequest) and isinstance(r.key, SSHCertificate)
               for r in conn.requests)  # fmt: skip


# ----------------------------------------------------------------------------- multi-factor


def test_publickey_then_password(setup: Setup) -> None:
    key = setup.keys["ecdsa256"]

    def handler(ctx: AuthContext) -> bool:
        if ctx.method == "publickey":
            return ctx.key == key.public
        return _password_handler(ctx)

    askpass = _askpass(setup.tmp, [], PASSWORD)
    out = _run(
        setup,
        handler,
        ["-i", key.path, "-o", "PreferredAuthentications=publickey,password"],
        expect_login=True,
        env=_askpass_env(askpass),
        batch=False,
        authentication_methods="publickey,password",
    )
    stderr = out.stderr
    partial = stderr.index('Authenticated using "publickey" with partial success.')
    final = stderr.index(f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "password".')
    assert partial < final
    # Before the first factor only publickey is offered, after it only password.
    before, after = stderr[:partial].splitlines(), stderr[partial:].splitlines()
    assert "debug1: Authentications that can continue: publickey" in before
    assert "debug1: Authentications that can continue: password" in after
    assert "debug1: Authentications that can continue: publickey,password" not in after
    assert out.result.methods == ("publickey", "password")
    assert isinstance(out.result.request, PasswordRequest)
    assert out.result.failures == 0
    assert len(_prompts(askpass)) == 1
    _check_clean_close(out)


# ---------------------------------------------------------------------------------- banner


def test_banner_shown(setup: Setup) -> None:
    key = setup.keys["ed25519"]
    banner = "Welcome to the sshwire interop server.\nAuthorized use only.\n"
    out = _run(setup, _key_handler(key.public), ["-i", key.path], expect_login=True, banner=banner)
    assert banner in out.stderr
    # The banner comes before the login.
    assert out.stderr.index(banner) < out.stderr.index("Authenticated to")
    _check_clean_close(out)


# -------------------------------------------------------------------------------- hostbound


def test_publickey_hostbound(setup: Setup) -> None:
    """Our EXT_INFO announces publickey-hostbound@openssh.com, so ssh 9.2 signs with
    publickey-hostbound-v00@openssh.com (bound to our host key)."""
    key = setup.keys["ed25519"]
    out = _run(setup, _key_handler(key.public), ["-i", key.path], expect_login=True)
    assert "publickey-hostbound@openssh.com=<0>" in out.stderr  # ssh -v shows our EXT_INFO
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    assert request.hostbound is True
    assert request.method == "publickey-hostbound-v00@openssh.com"
    _check_clean_close(out)


def test_publickey_unbound(setup: Setup) -> None:
    """PubkeyAuthentication=unbound: the plain publickey method, not bound to a host key."""
    key = setup.keys["ed25519"]
    out = _run(
        setup,
        _key_handler(key.public),
        ["-i", key.path, "-o", "PubkeyAuthentication=unbound"],
        expect_login=True,
    )
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    assert request.hostbound is False
    assert request.method == "publickey"
    _check_clean_close(out)


# ------------------------------------------------------------------------- further cases


def test_rsa_sha256_when_ssh_prefers_it(setup: Setup) -> None:
    key = setup.keys["rsa"]
    out = _run(
        setup,
        _key_handler(key.public),
        ["-i", key.path, "-o", "PubkeyAcceptedAlgorithms=rsa-sha2-256"],
        expect_login=True,
    )
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.algorithm == "rsa-sha2-256"
    _check_clean_close(out)


def test_password_change_request(setup: Setup) -> None:
    """Our handler answers the old password with PASSWD_CHANGEREQ; ssh asks for the old
    and (twice) the new password through askpass and sends them."""
    new_password = "a brand new secret"
    changes: list[tuple[str | None, str]] = []

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "password" or ctx.password != PASSWORD:
            return False
        new = await ctx.request_change("Your password has expired.")
        changes.append((ctx.password, new))
        return new == new_password

    askpass = _askpass(
        setup.tmp, [("old password", PASSWORD), ("new password", new_password)], PASSWORD
    )
    out = _run(
        setup,
        handler,
        PASSWORD_ONLY,
        expect_login=True,
        env=_askpass_env(askpass),
        batch=False,
    )
    assert "Your password has expired." in out.stderr
    assert changes == [(PASSWORD, new_password)]
    request = out.result.request
    assert isinstance(request, PasswordRequest)
    assert request.new_password == new_password
    assert out.result.methods == ("password",)
    prompts = _prompts(askpass)
    assert len(prompts) == 4  # password, old password, new password, retype
    assert "old password" in prompts[1]
    assert "new password" in prompts[2]
    assert prompts[3].startswith("Retype")
    _check_clean_close(out)


def test_keyboard_interactive_wrong_answer_bounded(setup: Setup) -> None:
    """A wrong one-time code: ssh retries keyboard-interactive NumberOfPasswordPrompts
    times; a round without prompts (instructions only) comes first each time."""

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "keyboard-interactive":
            return False
        assert await ctx.prompt([], instructions="Checking your account.") == []
        return await ctx.prompt(["Verification code: "]) == [OTP]

    askpass = _askpass(setup.tmp, [], "000000")
    out = _run(
        setup,
        handler,
        [
            "-o", "PreferredAuthentications=keyboard-interactive",
            "-o", "KbdInteractiveAuthentication=yes", "-o", "NumberOfPasswordPrompts=2",
        ],
        expect_login=False,
        env=_askpass_env(askpass),
        batch=False,
        methods=("keyboard-interactive",),
    )  # fmt: skip
    assert out.returncode == 255
    assert "Permission denied (keyboard-interactive)." in out.stderr
    assert len(_prompts(askpass)) == 2
    kbd = [r for r in out.conn.requests if isinstance(r, KeyboardInteractiveRequest)]
    assert len(kbd) == 2
    assert out.conn.result is None


def test_two_keys_two_factors(setup: Setup) -> None:
    """AuthenticationMethods "publickey,publickey": the first key gets a partial success,
    the second completes the login (ssh does not offer the first key again)."""
    first, second = setup.keys["ed25519"], setup.keys["ecdsa384"]
    allowed = (first.public, second.public)

    def handler(ctx: AuthContext) -> bool:
        return ctx.method == "publickey" and ctx.key in allowed

    out = _run(
        setup,
        handler,
        ["-i", first.path, "-i", second.path],
        expect_login=True,
        authentication_methods="publickey,publickey",
    )
    assert 'Authenticated using "publickey" with partial success.' in out.stderr
    assert out.result.methods == ("publickey", "publickey")
    request = out.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.key == second.public
    signed = [r.key for r in out.conn.requests if isinstance(r, PublicKeyRequest) and r.signed]
    assert signed == [first.public, second.public]
    assert out.result.failures == 0
    _check_clean_close(out)


def test_login_grace_time(setup: Setup) -> None:
    """ssh sits in its password prompt past our login grace time: our server disconnects
    and raises LoginTimeout; ssh fails once the prompt returns."""
    flag = setup.tmp / "grace-release"
    askpass = setup.tmp / "askpass-wait"
    # Waits (at most ~30 s) until the test creates the flag file, then answers.
    askpass.write_text(
        "#!/bin/sh\n"
        "i=0\n"
        f"while [ ! -e {shlex.quote(str(flag))} ] && [ $i -lt 600 ]; do\n"
        "  sleep 0.05; i=$((i+1))\n"
        "done\n"
        f"printf '%s\\n' {shlex.quote(PASSWORD)}\n"
    )
    askpass.chmod(0o700)

    async def main() -> tuple[int, str, ServedConnection]:
        async with OurServer(
            _password_handler, host_keys=(setup.host_key,), login_grace_time=0.5
        ) as server:
            command = ssh_command(server.port, setup.known_hosts, USER, *PASSWORD_ONLY, batch=False)
            ssh = await SshClient.start(command, _askpass_env(askpass))
            try:
                conn = await server.next_connection()
                await conn.wait_authenticated()
                flag.touch()
                returncode = await ssh.wait()
                await conn.wait_finished()
            finally:
                flag.touch()
                await ssh.stop()
            return returncode, ssh.stderr, conn

    returncode, stderr, conn = asyncio.run(main())
    assert isinstance(conn.error, LoginTimeout), conn.error
    assert conn.result is None
    assert returncode == 255
    assert "Authenticated to" not in stderr
    assert "login grace time exceeded" in stderr


def test_publickey_hostbound_rsa_host_key(setup: Setup, tmp_path: Path) -> None:
    """Our server has two host keys and ssh picks the RSA one: the hostbound request names
    (and signs) the key of this connection's kex."""
    key = setup.keys["ed25519"]
    rsa_host = generate_key("rsa", 2048)
    known_hosts = write_known_hosts(tmp_path / "known_hosts", setup.host_key, rsa_host)

    async def main() -> tuple[str, ServedConnection]:
        async with OurServer(
            _key_handler(key.public), host_keys=(setup.host_key, rsa_host)
        ) as server:
            command = ssh_command(
                server.port, known_hosts, USER,
                "-i", key.path, "-o", "HostKeyAlgorithms=rsa-sha2-512",
            )  # fmt: skip
            ssh = await SshClient.start(command)
            try:
                conn = await server.next_connection()
                assert await conn.wait_authenticated() is not None, (conn.error, ssh.stderr)
                await ssh.wait_for_output('using "publickey"')
            finally:
                await ssh.stop()
            await conn.wait_finished()
            return ssh.stderr, conn

    stderr, conn = asyncio.run(main())
    assert "debug1: kex: host key algorithm: rsa-sha2-512" in stderr.splitlines()
    assert conn.result is not None
    request = conn.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.hostbound is True
    assert conn.after_login_error is None


def test_publickey_hostbound_host_certificate(setup: Setup, tmp_path: Path) -> None:
    """Our host key is certified (ssh trusts the CA through @cert-authority): the hostbound
    request names the certificate ssh got in the kex, and our server accepts that."""
    key = setup.keys["ed25519"]
    host_pub = tmp_path / "host.pub"
    host_pub.write_text(setup.host_key.public_key().openssh_public_line() + "\n")
    ca_path = setup.tmp / "user_ca"  # any CA will do for the host certificate
    subprocess.run(
        [require_program("ssh-keygen"), "-q", "-s", str(ca_path), "-h", "-I", "our-host",
         "-n", f"{HOST_ALIAS},127.0.0.1", str(host_pub)],
        check=True, stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
    )  # fmt: skip
    host_cert = load_public_key(tmp_path / "host-cert.pub")
    assert isinstance(host_cert, SSHCertificate)
    known_hosts = write_known_hosts(tmp_path / "known_hosts", cert_authority=setup.ca)

    async def main() -> tuple[str, ServedConnection]:
        async with OurServer(
            _key_handler(key.public), host_keys=(setup.host_key, host_cert)
        ) as server:
            command = ssh_command(
                server.port, known_hosts, USER, "-i", key.path,
                "-o", "HostKeyAlgorithms=ssh-ed25519-cert-v01@openssh.com",
            )  # fmt: skip
            ssh = await SshClient.start(command)
            try:
                conn = await server.next_connection()
                await conn.wait_authenticated()
                if conn.result is not None:
                    await ssh.wait_for_output('using "publickey"')
            finally:
                await ssh.stop()
            await conn.wait_finished()
            return ssh.stderr, conn

    stderr, conn = asyncio.run(main())
    lines = stderr.splitlines()
    assert "debug1: kex: host key algorithm: ssh-ed25519-cert-v01@openssh.com" in lines
    assert conn.result is not None, (conn.error, conn.requests, stderr)
    request = conn.result.request
    assert isinstance(request, PublicKeyRequest)
    assert request.hostbound is True
    assert conn.after_login_error is None


def test_none_accepted(setup: Setup) -> None:
    """A handler that accepts 'none' lets ssh in without credentials."""
    out = _run(
        setup,
        lambda ctx: ctx.method == "none",
        ["-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password"],
        expect_login=True,
    )
    assert f'Authenticated to 127.0.0.1 ([127.0.0.1]:{out.port}) using "none".' in out.stderr
    assert out.result.methods == ("none",)
    assert [r.method for r in out.conn.requests] == ["none"]
    _check_clean_close(out)


def test_utf8_user_name(setup: Setup) -> None:
    """A non-ASCII user name arrives as the same string (UTF-8, RFC 4252 §5)."""
    key = setup.keys["ed25519"]
    name = "jürgen"
    seen: list[str] = []

    def handler(ctx: AuthContext) -> bool:
        seen.append(ctx.username)
        return ctx.key == key.public

    async def main() -> ServedConnection:
        async with OurServer(handler, host_keys=(setup.host_key,)) as server:
            command = ssh_command(server.port, setup.known_hosts, name, "-i", key.path)
            ssh = await SshClient.start(command)
            try:
                conn = await server.next_connection()
                await conn.wait_authenticated()
            finally:
                await ssh.stop()
            await conn.wait_finished()
            return conn

    conn = asyncio.run(main())
    assert conn.result is not None, conn.error
    assert conn.result.username == name
    assert set(seen) == {name}


def test_too_many_wrong_passwords(setup: Setup) -> None:
    """ssh would try five passwords; max_attempts=3 ends it at the third."""
    askpass = _askpass(setup.tmp, [], "wrong")
    out = _run(
        setup,
        _password_handler,
        [*PASSWORD_ONLY, "-o", "NumberOfPasswordPrompts=5"],
        expect_login=False,
        env=_askpass_env(askpass),
        batch=False,
        max_attempts=3,
    )
    assert out.returncode == 255
    assert ": Too many authentication failures" in out.stderr
    assert isinstance(out.conn.error, AuthError), out.conn.error
    assert len(_prompts(askpass)) == 3
    assert len([r for r in out.conn.requests if isinstance(r, PasswordRequest)]) == 3


def test_certificate_and_its_key_are_one_factor(setup: Setup) -> None:
    """AuthenticationMethods "publickey,publickey" with a certificate and its own bare key:
    after the certificate's partial success our server refuses the bare key (the same key,
    as sshd's auth2_key_already_used judges it) and ssh runs out of keys."""
    key = setup.keys["ed25519"]

    def handler(ctx: AuthContext) -> bool:
        plain = ctx.key.key if isinstance(ctx.key, SSHCertificate) else ctx.key
        return ctx.method == "publickey" and plain == key.public

    out = _run(
        setup,
        handler,
        ["-i", key.path, "-o", f"CertificateFile={setup.certs['ed25519']}"],
        expect_login=False,
        authentication_methods="publickey,publickey",
    )
    assert out.returncode == 255
    assert 'Authenticated using "publickey" with partial success.' in out.stderr
    assert "Permission denied (publickey)." in out.stderr
    assert out.conn.result is None
    signed = [r for r in out.conn.requests if isinstance(r, PublicKeyRequest) and r.signed]
    assert len(signed) == 1
    assert isinstance(signed[0].key, SSHCertificate)
    after = out.conn.requests[out.conn.requests.index(signed[0]) + 1 :]
    # Offered again (as the bare key, and ssh retries the certificate too): every offer is
    # refused at the query, so ssh never signs again.
    assert after
    assert all(isinstance(r, PublicKeyRequest) and not r.signed for r in after), after
    assert any(r.key == key.public for r in after if isinstance(r, PublicKeyRequest)), after


def test_second_chain_of_two(setup: Setup) -> None:
    """AuthenticationMethods with two chains: after publickey both password and
    keyboard-interactive are offered; ssh picks keyboard-interactive (its preference)."""
    key = setup.keys["ed25519"]

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method == "publickey":
            return ctx.key == key.public
        if ctx.method == "keyboard-interactive":
            return await ctx.prompt(["Verification code: "]) == [OTP]
        return False

    askpass = _askpass(setup.tmp, [("Verification code", OTP)], "unexpected prompt")
    out = _run(
        setup,
        handler,
        ["-i", key.path, "-o", "KbdInteractiveAuthentication=yes",
         "-o", "PreferredAuthentications=publickey,keyboard-interactive,password"],
        expect_login=True,
        env=_askpass_env(askpass),
        batch=False,
        authentication_methods="publickey,password publickey,keyboard-interactive",
    )  # fmt: skip
    lines = out.stderr.splitlines()
    assert "debug1: Authentications that can continue: password,keyboard-interactive" in lines
    assert out.result.methods == ("publickey", "keyboard-interactive")
    assert len(_prompts(askpass)) == 1
    _check_clean_close(out)


def test_client_killed_during_prompt(setup: Setup) -> None:
    """ssh is killed while its user answers a keyboard-interactive prompt: the handler's
    ``await ctx.prompt`` raises ConnectionError and serve_authentication reports it."""
    flag = setup.tmp / "prompt-release"
    askpass = setup.tmp / "askpass-hang"
    log = setup.tmp / "askpass-hang.log"
    askpass.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\n' \"$1\" >> {shlex.quote(str(log))}\n"
        "i=0\n"
        f"while [ ! -e {shlex.quote(str(flag))} ] && [ $i -lt 600 ]; do\n"
        "  sleep 0.05; i=$((i+1))\n"
        "done\n"
        "echo never-used\n"
    )
    askpass.chmod(0o700)
    seen: list[BaseException] = []

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "keyboard-interactive":
            return False
        try:
            await ctx.prompt(["Verification code: "])
        except BaseException as exc:
            seen.append(exc)
            raise
        return True

    async def main() -> ServedConnection:
        async with OurServer(handler, host_keys=(setup.host_key,)) as server:
            command = ssh_command(
                server.port, setup.known_hosts, USER,
                "-o", "PreferredAuthentications=keyboard-interactive",
                "-o", "KbdInteractiveAuthentication=yes", batch=False,
            )  # fmt: skip
            ssh = await SshClient.start(command, _askpass_env(askpass))
            try:
                conn = await server.next_connection()
                async with asyncio.timeout(20):
                    while not log.exists():  # ssh got our INFO_REQUEST and is prompting
                        await asyncio.sleep(0.02)
                # SIGTERM first, then let the askpass program go: it holds ssh's stderr
                # (and maybe the socket) open as long as it runs.
                ssh.process.send_signal(signal.SIGTERM)
                flag.touch()
                await conn.wait_authenticated()
                await conn.wait_finished()
            finally:
                flag.touch()
                await ssh.stop()
            return conn

    conn = asyncio.run(main())
    assert conn.result is None
    assert isinstance(conn.error, ConnectionError), conn.error
    assert len(seen) == 1
    assert isinstance(seen[0], ConnectionError)

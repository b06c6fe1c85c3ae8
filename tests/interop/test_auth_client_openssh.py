"""Our client's user authentication (``_auth._client_flow.authenticate``) against OpenSSH's
sshd: publickey with every key type, RSA SHA-2 negotiation, password, keyboard-interactive
through PAM, keys held by a real ssh-agent, user certificates, multi-factor
(``AuthenticationMethods``), hostbased, banners, and the failures sshd answers with.

Each sshd is private (127.0.0.1, its own config, keys and log in a temp dir) and shared by a
module's tests. Password, PAM and hostbased tests log in as a throwaway Linux user made with
``useradd`` (root only; removed afterwards). sshd 9.2 announces
``publickey-hostbound@openssh.com``, so a publickey login's request is
``publickey-hostbound-v00@openssh.com`` on the wire (and in sshd's log) while
``AuthResult.method`` says ``publickey`` and ``tried`` names the method objects
(``publickey``, ``agent``).
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from ssh_engine._auth._client import HOSTBOUND_METHOD
from ssh_engine._auth._client_flow import AuthResult, Credentials, authenticate
from ssh_engine._auth._methods import (
    AgentAuth,
    AuthHandler,
    HostbasedAuth,
    KeyboardInteractiveAuth,
    PasswordAuth,
    PublicKeyAuth,
)
from ssh_engine._errors import AuthError, DisconnectError
from ssh_engine._transport._driver import connect
from ssh_wire.keys import SSHCertificate, SSHKey, load_key, load_public_key
from tests.interop._auth_users import (
    ThrowawayUser,
    generate_user_key,
    require_root,
    running_ssh_agent,
    throwaway_user,
    write_user_file,
)
from tests.interop._sshd import OpenSSHMissingError, SshdServer, start_sshd, stop_sshd

# Every coroutine runs under this deadline so a silent server fails the test, never hangs it.
TIMEOUT = 20.0
# RFC 4250 §4.2.2: sshd's "Too many authentication failures" goes out as PROTOCOL_ERROR.
SSH_DISCONNECT_PROTOCOL_ERROR = 2
BANNER = "sshwire interop banner\nauthorized use only\n"
# The user key types sshd 9.2 accepts, as (ssh-keygen -t, -b, the key's SSH type).
USER_KEY_TYPES = [
    ("ed25519", None, "ssh-ed25519"),
    ("ecdsa", 256, "ecdsa-sha2-nistp256"),
    ("ecdsa", 384, "ecdsa-sha2-nistp384"),
    ("ecdsa", 521, "ecdsa-sha2-nistp521"),
    ("rsa", 2048, "ssh-rsa"),
    ("rsa", 3072, "ssh-rsa"),
]
KEY_IDS = [f"{t}{b or ''}" for t, b, _ in USER_KEY_TYPES]
# The name sshd logs before a key's fingerprint ("Accepted publickey ... ssh2: RSA SHA256:…").
_LOG_NAMES = {"ed25519": "ED25519", "ecdsa": "ECDSA", "rsa": "RSA"}
LOG_KEY_NAMES = {
    key_id: _LOG_NAMES[key_type]
    for key_id, (key_type, *_) in zip(KEY_IDS, USER_KEY_TYPES, strict=True)
}


# -- fixtures -----------------------------------------------------------------------------


class KeySet:
    """User keys made by ssh-keygen in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.paths = {
            key_id: generate_user_key(directory, key_type, bits)
            for key_id, (key_type, bits, _) in zip(KEY_IDS, USER_KEY_TYPES, strict=True)
        }
        # Not in any authorized_keys: the server must refuse it.
        self.stranger = generate_user_key(directory, "ed25519", name="id_stranger")
        self.stranger2 = generate_user_key(directory, "ecdsa", 256, name="id_stranger2")
        self.stranger3 = generate_user_key(directory, "ecdsa", 384, name="id_stranger3")

    def key(self, key_id: str) -> SSHKey:
        """The parsed private key."""
        return load_key(self.paths[key_id])

    def public_line(self, path: Path) -> str:
        """The key's authorized_keys line."""
        return Path(f"{path}.pub").read_text()


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> KeySet:
    """Every user key type, plus keys no server knows."""
    return KeySet(tmp_path_factory.mktemp("user-keys"))


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user certificate authority's private key (its public half beside it)."""
    return generate_user_key(tmp_path_factory.mktemp("user-ca"), "ed25519", name="user_ca")


@pytest.fixture(scope="module")
def user() -> Iterator[ThrowawayUser]:
    """A throwaway Linux user with a home directory, removed after the module."""
    require_root()
    with throwaway_user(home=True) as made:
        yield made


@contextlib.contextmanager
def _start(
    factory: pytest.TempPathFactory, name: str, extra: Sequence[str], *, use_pam: bool = False
) -> Iterator[SshdServer]:
    """Start an sshd for a fixture, stop it afterwards."""
    try:
        server = start_sshd(factory.mktemp(name), extra_config=extra, use_pam=use_pam)
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        stop_sshd(server)


@pytest.fixture(scope="module")
def main_sshd(
    tmp_path_factory: pytest.TempPathFactory, keys: KeySet, ca: Path
) -> Iterator[SshdServer]:
    """Root may log in with every key type, passwords work, SHA-1 signatures do not, user
    certificates of ``ca`` are trusted and a banner is sent."""
    banner = tmp_path_factory.mktemp("banner") / "banner.txt"
    banner.write_text(BANNER)
    extra = [
        "PermitRootLogin yes",
        "PasswordAuthentication yes",
        "KbdInteractiveAuthentication no",
        "PubkeyAcceptedAlgorithms -ssh-rsa*",
        f"TrustedUserCAKeys {ca}.pub",
        f"Banner {banner}",
        "MaxAuthTries 30",
    ]
    with _start(tmp_path_factory, "sshd-auth-main", extra) as server:
        server.authorized_keys.write_text(
            "".join(keys.public_line(path) for path in keys.paths.values())
        )
        yield server


@pytest.fixture(scope="module")
def sha256_sshd(tmp_path_factory: pytest.TempPathFactory, keys: KeySet) -> Iterator[SshdServer]:
    """Accepts only rsa-sha2-256 user signatures (its server-sig-algs still lists more)."""
    extra = ["PermitRootLogin yes", "PubkeyAcceptedAlgorithms rsa-sha2-256"]
    with _start(tmp_path_factory, "sshd-auth-sha256", extra) as server:
        server.authorized_keys.write_text(keys.public_line(keys.paths["rsa2048"]))
        yield server


@pytest.fixture(scope="module")
def pam_sshd(tmp_path_factory: pytest.TempPathFactory, user: ThrowawayUser) -> Iterator[SshdServer]:
    """PAM (Debian's /etc/pam.d/sshd: pam_unix) answers keyboard-interactive; password
    authentication is off, so keyboard-interactive is the only way in with a password."""
    extra = ["KbdInteractiveAuthentication yes", "PasswordAuthentication no"]
    with _start(tmp_path_factory, "sshd-auth-pam", extra, use_pam=True) as server:
        yield server


@pytest.fixture(scope="module")
def user_keys_file(user: ThrowawayUser, keys: KeySet) -> Path:
    """The throwaway user's ~/.ssh/authorized_keys (ed25519 key only). sshd reads it as the
    user, so it lives in the user's home, not in sshd's root-only temp dir."""
    return write_user_file(user, ".ssh/authorized_keys", keys.public_line(keys.paths["ed25519"]))


@pytest.fixture(scope="module")
def multifactor_sshd(
    tmp_path_factory: pytest.TempPathFactory, user: ThrowawayUser, user_keys_file: Path
) -> Iterator[SshdServer]:
    """Requires a key and then a password (``AuthenticationMethods publickey,password``)."""
    extra = [
        "PasswordAuthentication yes",
        "AuthenticationMethods publickey,password",
        f"Match User {user.name}",
        f"AuthorizedKeysFile {user_keys_file}",
    ]
    with _start(tmp_path_factory, "sshd-auth-multi", extra) as server:
        yield server


@pytest.fixture(scope="module")
def maxtries_sshd(tmp_path_factory: pytest.TempPathFactory, keys: KeySet) -> Iterator[SshdServer]:
    """Disconnects after two failed attempts (``MaxAuthTries 2``)."""
    extra = ["PermitRootLogin yes", "MaxAuthTries 2"]
    with _start(tmp_path_factory, "sshd-auth-maxtries", extra) as server:
        server.authorized_keys.write_text(keys.public_line(keys.paths["ed25519"]))
        yield server


CLIENT_HOST = "client.sshwire.test"


@pytest.fixture(scope="module")
def client_host_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client host's key for hostbased authentication."""
    return generate_user_key(tmp_path_factory.mktemp("client-host"), "ed25519", name="host_key")


@pytest.fixture(scope="module")
def hostbased_sshd(
    tmp_path_factory: pytest.TempPathFactory, user: ThrowawayUser, client_host_key: Path
) -> Iterator[SshdServer]:
    """Trusts ``CLIENT_HOST`` for the user through the user's own ~/.shosts and
    ~/.ssh/known_hosts (nothing under /etc), taking the host name from the request."""
    public = Path(f"{client_host_key}.pub").read_text()
    write_user_file(user, ".ssh/known_hosts", f"{CLIENT_HOST} {public}")
    write_user_file(user, ".shosts", f"{CLIENT_HOST} {user.name}\n")
    extra = [
        "HostbasedAuthentication yes",
        "HostbasedUsesNameFromPacketOnly yes",
        "IgnoreRhosts no",
        "IgnoreUserKnownHosts no",
    ]
    with _start(tmp_path_factory, "sshd-auth-hostbased", extra) as server:
        yield server


# -- helpers ------------------------------------------------------------------------------


def _host_keys(server: SshdServer) -> list[SSHKey | SSHCertificate]:
    return [load_public_key(f"{path}.pub") for path in server.host_keys.values()]


def login(
    server: SshdServer,
    username: str,
    credentials: Credentials | None = None,
    *,
    auth_handler: AuthHandler | None = None,
    on_banner: Callable[[str, str], object] | None = None,
) -> AuthResult:
    """Connect (checking the host key against sshd's own), authenticate and disconnect.

    Returns:
        What :func:`authenticate` returned.
    Raises:
        Whatever :func:`authenticate` raised, with sshd's log tail printed for the report.
    """
    expected = _host_keys(server)

    async def main() -> AuthResult:
        async with asyncio.timeout(TIMEOUT):
            conn, _ = await connect(
                server.host, server.port, host_key_verifier=lambda key: key in expected
            )
            try:
                return await authenticate(
                    conn, username, credentials, auth_handler=auth_handler, on_banner=on_banner
                )
            finally:
                await conn.close()

    try:
        return asyncio.run(main())
    except BaseException:
        print(server.log_text()[-4000:])
        raise


class LogWatch:
    """The part of an sshd log written after this object was made."""

    def __init__(self, server: SshdServer) -> None:
        self.server = server
        self.start = len(server.log_text())

    def text(self, *needles: str) -> str:
        """The log written since, once it holds every one of ``needles``.

        The pre-authentication child's lines reach the log through the privileged monitor,
        possibly after the client already has its answer, so this waits for them (at most
        ten seconds; then it returns what there is and the test's assertion shows it).
        """
        deadline = time.monotonic() + 10
        while True:
            text = self.server.log_text()[self.start :]
            if all(n in text for n in needles) or time.monotonic() > deadline:
                return text
            time.sleep(0.01)


def _fingerprint(path: Path) -> str:
    out = subprocess.run(
        ["ssh-keygen", "-l", "-f", f"{path}.pub"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return out.split()[1]


def _accepted(log: str, user: str, key_name: str, path: Path) -> bool:
    return f"Accepted publickey for {user} from 127.0.0.1 port" in log and (
        f"ssh2: {key_name} {_fingerprint(path)}" in log
    )


# -- 1. publickey, every key type ------------------------------------------------------


@pytest.mark.parametrize(
    ("key_id", "key_type"),
    [(key_id, t) for key_id, (*_, t) in zip(KEY_IDS, USER_KEY_TYPES, strict=True)],
)
def test_publickey_every_key_type(
    main_sshd: SshdServer, keys: KeySet, key_id: str, key_type: str
) -> None:
    key = keys.key(key_id)
    assert key.type == key_type
    watch = LogWatch(main_sshd)
    result = login(main_sshd, "root", auth_handler=[PublicKeyAuth(key)])
    assert result.tried == ("publickey",)
    assert result.method == "publickey"  # over publickey-hostbound, which sshd announced
    log = watch.text(f"method {HOSTBOUND_METHOD}", "Accepted publickey for root")
    assert f"method {HOSTBOUND_METHOD}" in log
    assert _accepted(log, "root", LOG_KEY_NAMES[key_id], keys.paths[key_id])


def test_publickey_through_credentials_default_order(main_sshd: SshdServer, keys: KeySet) -> None:
    creds = Credentials(keys=(PublicKeyAuth(keys.key("ecdsa384")),))
    result = login(main_sshd, "root", creds)
    # The default order starts with 'none', which sshd refuses with the methods left.
    assert result.tried == ("none", "publickey")
    assert result.method == "publickey"


# -- 2. RSA and SHA-1 -------------------------------------------------------------------


def test_rsa_without_sha1_uses_sha2_512(main_sshd: SshdServer, keys: KeySet) -> None:
    watch = LogWatch(main_sshd)
    result = login(main_sshd, "root", auth_handler=[PublicKeyAuth(keys.key("rsa3072"))])
    assert result.tried == ("publickey",)
    log = watch.text("authenticated 1 pkalg rsa-sha2-512")
    assert "authenticated 1 pkalg rsa-sha2-512" in log
    assert "pkalg ssh-rsa" not in log


def test_rsa_sha1_only_is_refused(main_sshd: SshdServer, keys: KeySet) -> None:
    watch = LogWatch(main_sshd)
    sha1_only = PublicKeyAuth(keys.key("rsa2048"), algorithms=("ssh-rsa",))
    with pytest.raises(AuthError) as caught:
        login(main_sshd, "root", auth_handler=[sha1_only])
    assert caught.value.tried == ("publickey",)
    assert "publickey" in caught.value.methods_left
    needle = "signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms"
    assert needle in watch.text(needle)


def test_rsa_falls_back_to_sha2_256(sha256_sshd: SshdServer, keys: KeySet) -> None:
    watch = LogWatch(sha256_sshd)
    result = login(sha256_sshd, "root", auth_handler=[PublicKeyAuth(keys.key("rsa2048"))])
    assert result.tried == ("publickey",)
    log = watch.text("authenticated 1 pkalg rsa-sha2-256", "Accepted publickey for root")
    # server-sig-algs lists rsa-sha2-512 too, so the client offers it first and is refused.
    assert "signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms" in log
    assert "authenticated 1 pkalg rsa-sha2-256" in log
    assert _accepted(log, "root", "RSA", keys.paths["rsa2048"])


def test_rsa_explicit_sha2_256(sha256_sshd: SshdServer, keys: KeySet) -> None:
    watch = LogWatch(sha256_sshd)
    method = PublicKeyAuth(keys.key("rsa2048"), algorithms=("rsa-sha2-256",))
    login(sha256_sshd, "root", auth_handler=[method])
    log = watch.text("authenticated 1 pkalg rsa-sha2-256")
    assert "pkalg rsa-sha2-512" not in log
    assert "authenticated 1 pkalg rsa-sha2-256" in log


# -- 3. password -------------------------------------------------------------------------


def test_password(main_sshd: SshdServer, user: ThrowawayUser) -> None:
    watch = LogWatch(main_sshd)
    result = login(main_sshd, user.name, auth_handler=[PasswordAuth(user.password)])
    assert (result.method, result.tried) == ("password", ("password",))
    needle = f"Accepted password for {user.name} from 127.0.0.1"
    assert needle in watch.text(needle)


def test_password_through_credentials(main_sshd: SshdServer, user: ThrowawayUser) -> None:
    result = login(main_sshd, user.name, Credentials(password=user.password))
    assert (result.method, result.tried) == ("password", ("none", "password"))


def test_wrong_password(main_sshd: SshdServer, user: ThrowawayUser) -> None:
    watch = LogWatch(main_sshd)
    with pytest.raises(AuthError) as caught:
        login(main_sshd, user.name, auth_handler=[PasswordAuth(user.password + "x")])
    assert caught.value.tried == ("password",)
    assert set(caught.value.methods_left) == {"publickey", "password"}
    assert caught.value.partial_success is False
    needle = f"Failed password for {user.name} from 127.0.0.1"
    assert needle in watch.text(needle)


# -- 4. keyboard-interactive through PAM --------------------------------------------------


def test_keyboard_interactive_pam(pam_sshd: SshdServer, user: ThrowawayUser) -> None:
    rounds: list[tuple[str, str, tuple[tuple[str, bool], ...]]] = []

    def respond(
        name: str, instruction: str, language: str, prompts: Sequence[tuple[str, bool]]
    ) -> list[str]:
        rounds.append((name, instruction, tuple(prompts)))
        return [user.password for _ in prompts]

    watch = LogWatch(pam_sshd)
    result = login(pam_sshd, user.name, auth_handler=[KeyboardInteractiveAuth(respond)])
    assert (result.method, result.tried) == ("keyboard-interactive", ("keyboard-interactive",))
    # pam_unix asks one question, for the password, without echo.
    assert len(rounds) == 1
    ((prompt, echo),) = rounds[0][2]
    assert "Password" in prompt
    assert echo is False
    needle = f"Accepted keyboard-interactive/pam for {user.name}"
    assert needle in watch.text(needle)


def test_keyboard_interactive_through_credentials(
    pam_sshd: SshdServer, user: ThrowawayUser
) -> None:
    async def respond(
        name: str, instruction: str, language: str, prompts: Sequence[tuple[str, bool]]
    ) -> list[str]:
        return [user.password] * len(prompts)

    creds = Credentials(password=user.password, keyboard_interactive=respond, try_keyboard=True)
    result = login(pam_sshd, user.name, creds)
    # The server does not list 'password', so the default order skips it.
    assert result.tried == ("none", "keyboard-interactive")
    assert result.method == "keyboard-interactive"


def test_password_answers_pam_keyboard_interactive(
    pam_sshd: SshdServer, user: ThrowawayUser
) -> None:
    """Without a keyboard-interactive callback, the password answers PAM's hidden
    "Password:" prompt (a server that offers no 'password' method)."""
    watch = LogWatch(pam_sshd)
    result = login(pam_sshd, user.name, Credentials(password=user.password, try_keyboard=True))
    assert (result.method, result.tried) == (
        "keyboard-interactive",
        ("none", "keyboard-interactive"),
    )
    needle = f"Accepted keyboard-interactive/pam for {user.name}"
    assert needle in watch.text(needle)


def test_keyboard_interactive_wrong_answer(pam_sshd: SshdServer, user: ThrowawayUser) -> None:
    def respond(
        name: str, instruction: str, language: str, prompts: Sequence[tuple[str, bool]]
    ) -> list[str]:
        return ["not the password"] * len(prompts)

    watch = LogWatch(pam_sshd)
    with pytest.raises(AuthError) as caught:
        login(pam_sshd, user.name, auth_handler=[KeyboardInteractiveAuth(respond)])
    assert caught.value.tried == ("keyboard-interactive",)
    assert "keyboard-interactive" in caught.value.methods_left
    needle = f"Failed keyboard-interactive/pam for {user.name}"
    assert needle in watch.text(needle)


# -- 5. keys in OpenSSH's ssh-agent -------------------------------------------------------


@pytest.mark.parametrize("key_id", KEY_IDS)
def test_agent_each_key_type(
    main_sshd: SshdServer, keys: KeySet, key_id: str, tmp_path: Path
) -> None:
    with running_ssh_agent(tmp_path) as agent:
        # An unknown identity first, so the client must move on to the next one.
        agent.add(keys.stranger, keys.paths[key_id])
        watch = LogWatch(main_sshd)
        result = login(main_sshd, "root", auth_handler=[AgentAuth(str(agent.socket))])
    assert result.tried == ("agent",)
    assert result.method == "publickey"
    key_name = LOG_KEY_NAMES[key_id]
    # For RSA the agent was asked for (and made) a SHA-2 signature: sshd refuses SHA-1.
    signed = "authenticated 1 pkalg " + ("rsa-sha2-512" if key_name == "RSA" else "")
    log = watch.text("Failed publickey for root", "Accepted publickey for root", signed)
    assert "Failed publickey for root from 127.0.0.1 port" in log  # the stranger
    assert _accepted(log, "root", key_name, keys.paths[key_id])
    assert signed in log


def test_agent_through_credentials(main_sshd: SshdServer, keys: KeySet, tmp_path: Path) -> None:
    with running_ssh_agent(tmp_path) as agent:
        agent.add(keys.paths["ecdsa521"])
        creds = Credentials(agent=str(agent.socket))
        result = login(main_sshd, "root", creds)
    assert result.tried == ("none", "agent")
    assert result.method == "publickey"


# -- 6. user certificates -----------------------------------------------------------------


def _certify(ca: Path, key: Path, principal: str, serial: int) -> SSHCertificate:
    """Sign key's public half with ssh-keygen; returns the parsed certificate."""
    subprocess.run(
        [
            *("ssh-keygen", "-q", "-s", str(ca), "-I", f"sshwire-{principal}"),
            *("-n", principal, "-z", str(serial), f"{key}.pub"),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    cert = load_public_key(f"{key}-cert.pub")
    assert isinstance(cert, SSHCertificate)
    return cert


def test_user_certificate(main_sshd: SshdServer, ca: Path, tmp_path: Path, keys: KeySet) -> None:
    # A key of its own, in no authorized_keys: only the certificate can let it in.
    path = generate_user_key(tmp_path, "ed25519", name="id_certified")
    cert = _certify(ca, path, "root", serial=7)
    watch = LogWatch(main_sshd)
    result = login(main_sshd, "root", auth_handler=[PublicKeyAuth(load_key(path), cert)])
    assert result.tried == ("publickey",)
    log = watch.text("Accepted publickey for root")
    assert "Accepted publickey for root from 127.0.0.1 port" in log
    assert "ED25519-CERT" in log and "ID sshwire-root (serial 7)" in log


def test_user_certificate_wrong_principal(main_sshd: SshdServer, ca: Path, tmp_path: Path) -> None:
    path = generate_user_key(tmp_path, "ecdsa", 256, name="id_certified_other")
    cert = _certify(ca, path, "somebody-else", serial=8)
    watch = LogWatch(main_sshd)
    with pytest.raises(AuthError) as caught:
        login(main_sshd, "root", auth_handler=[PublicKeyAuth(load_key(path), cert)])
    assert caught.value.tried == ("publickey",)
    needle = "Certificate invalid: name is not a listed principal"
    assert needle in watch.text(needle)


# -- 7. AuthenticationMethods publickey,password -----------------------------------------


def test_multifactor_key_then_password(
    multifactor_sshd: SshdServer, user: ThrowawayUser, keys: KeySet
) -> None:
    creds = Credentials(password=user.password, keys=(PublicKeyAuth(keys.key("ed25519")),))
    watch = LogWatch(multifactor_sshd)
    result = login(multifactor_sshd, user.name, creds)
    # 'password' is passed over at first (sshd lists only publickey) and taken up after
    # the key's partial success.
    assert result.tried == ("none", "publickey", "password")
    assert result.method == "password"
    log = watch.text('partial=1 next methods="password"', "Accepted password for")
    assert 'failure partial=1 next methods="password"' in log
    assert f"Accepted password for {user.name}" in log


def test_multifactor_key_only(
    multifactor_sshd: SshdServer, user: ThrowawayUser, keys: KeySet
) -> None:
    creds = Credentials(keys=(PublicKeyAuth(keys.key("ed25519")),))
    with pytest.raises(AuthError) as caught:
        login(multifactor_sshd, user.name, creds)
    assert caught.value.partial_success is True
    assert caught.value.tried == ("none", "publickey")
    assert caught.value.methods_left == ("password",)


# -- 8. hostbased ------------------------------------------------------------------------


def test_hostbased(hostbased_sshd: SshdServer, user: ThrowawayUser, client_host_key: Path) -> None:
    method = HostbasedAuth(load_key(client_host_key), CLIENT_HOST, user.name)
    watch = LogWatch(hostbased_sshd)
    result = login(hostbased_sshd, user.name, auth_handler=[method])
    assert (result.method, result.tried) == ("hostbased", ("hostbased",))
    needle = f"Accepted hostbased for {user.name} from 127.0.0.1"
    assert needle in watch.text(needle)


def test_hostbased_unknown_host_key(
    hostbased_sshd: SshdServer, user: ThrowawayUser, keys: KeySet
) -> None:
    method = HostbasedAuth(load_key(keys.stranger), CLIENT_HOST, user.name)
    watch = LogWatch(hostbased_sshd)
    with pytest.raises(AuthError) as caught:
        login(hostbased_sshd, user.name, auth_handler=[method])
    assert caught.value.tried == ("hostbased",)
    assert "hostbased" in caught.value.methods_left
    needle = f"Failed hostbased for {user.name}"
    assert needle in watch.text(needle)


# -- 9. banner ---------------------------------------------------------------------------


def test_banner(main_sshd: SshdServer, keys: KeySet) -> None:
    seen: list[tuple[str, str]] = []

    async def on_banner(message: str, language: str) -> None:
        seen.append((message, language))

    result = login(
        main_sshd, "root", auth_handler=[PublicKeyAuth(keys.key("ed25519"))], on_banner=on_banner
    )
    assert [message for message, _ in seen] == [BANNER]
    assert result.banners == (BANNER,)


# -- 10. refusals ------------------------------------------------------------------------


def test_unknown_key(main_sshd: SshdServer, keys: KeySet) -> None:
    watch = LogWatch(main_sshd)
    with pytest.raises(AuthError) as caught:
        login(main_sshd, "root", auth_handler=[PublicKeyAuth(load_key(keys.stranger))])
    assert caught.value.tried == ("publickey",)
    assert set(caught.value.methods_left) == {"publickey", "password"}
    assert caught.value.partial_success is False
    needle = "Failed publickey for root from 127.0.0.1 port"
    assert needle in watch.text(needle)


def test_max_auth_tries(maxtries_sshd: SshdServer, keys: KeySet) -> None:
    strangers = [keys.stranger, keys.stranger2, keys.stranger3]
    watch = LogWatch(maxtries_sshd)
    with pytest.raises(DisconnectError) as caught:
        login(maxtries_sshd, "root", auth_handler=[PublicKeyAuth(load_key(p)) for p in strangers])
    # The second refusal reaches MaxAuthTries: sshd disconnects instead of answering.
    assert caught.value.reason == SSH_DISCONNECT_PROTOCOL_ERROR
    assert caught.value.description == "Too many authentication failures"
    log = watch.text("maximum authentication attempts exceeded for root")
    assert log.count("Failed publickey for root") == 2
    assert "maximum authentication attempts exceeded for root" in log

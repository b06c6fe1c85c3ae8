"""User authentication end to end, our client against our server over 127.0.0.1 TCP.

The scenarios of the seed's userauth test suite (publickey with six key encodings,
password, empty user name, password change, hostbased, keyboard-interactive, the three
forms of ``auth_handler``), then what the issue adds: multi-factor logins, RSA signature
algorithm fallback, certificates, banners, the attempt limit, the login grace time, a
failing handler, the failure delay, and secrets kept out of reprs and logs.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import pytest
from _auth_loopback import AuthLoopback, loopback_host_key, run_login

from ssh_engine._auth._client_flow import AuthResult, Credentials
from ssh_engine._auth._methods import (
    AuthMethod,
    HostbasedAuth,
    KeyboardInteractiveAuth,
    NoneAuth,
    PasswordAuth,
    PublicKeyAuth,
)
from ssh_engine._auth._server_flow import AuthContext, LoginTimeout
from ssh_engine._auth._signatures import DEFAULT_PUBLICKEY_ALGORITHMS
from ssh_engine._errors import AuthError, DisconnectError
from ssh_engine._transport import DisconnectReceived, TransportConfig
from ssh_engine._transport._driver import TransportConnection
from ssh_wire.keys import (
    CertificateType,
    KeyPassphraseError,
    SSHCertificate,
    SSHKey,
    export_private_key,
    generate_key,
    issue_certificate,
    parse_key,
)
from ssh_wire.messages import DisconnectReason

T = TypeVar("T")
PASSPHRASE = "correct horse battery staple"
#: Our server announces publickey-hostbound@openssh.com, so our client signs with it and
#: reports it as the method that succeeded (the server's handler still sees "publickey").


def run(main: Callable[[], Awaitable[T]]) -> T:
    """Run ``main()`` in a fresh event loop, bounded to 15 s."""

    async def bounded() -> T:
        async with asyncio.timeout(15):
            return await main()

    return asyncio.run(bounded())


@functools.cache
def key(kind: str, tag: str = "") -> SSHKey:
    """A private key per (kind, tag), generated once for this module."""
    bits = {"rsa": 2048, "ecdsa": 256}.get(kind)
    return generate_key(kind, bits, comment=tag)


def same_key(a: SSHKey | SSHCertificate | None, b: SSHKey) -> bool:
    return isinstance(a, SSHKey) and a.public_blob == b.public_blob


class KeyGate:
    """A server handler letting ``allowed`` keys log in by publickey; records each request
    as ``(signed, algorithm)``."""

    def __init__(self, *allowed: SSHKey) -> None:
        self.allowed = allowed
        self.seen: list[tuple[bool, str]] = []

    def __call__(self, ctx: AuthContext) -> bool:
        if ctx.method != "publickey":
            return False
        algorithm = getattr(ctx.request, "algorithm", "")
        self.seen.append((ctx.signed, algorithm))
        return any(same_key(ctx.key, k) for k in self.allowed)


def password_gate(user: str, password: str) -> Callable[[AuthContext], bool]:
    def handler(ctx: AuthContext) -> bool:
        return ctx.method == "password" and ctx.username == user and ctx.password == password

    return handler


# -- publickey with the six key encodings of the seed -----------------------------------


def _rsa_old_pem() -> SSHKey:
    return parse_key(export_private_key(key("rsa"), "pem"))


def _rsa_openssh() -> SSHKey:
    return parse_key(export_private_key(key("rsa"), "openssh"))


def _rsa_encrypted_pem() -> SSHKey:
    data = export_private_key(key("rsa"), "pem", passphrase=PASSPHRASE)
    assert b"ENCRYPTED" in data
    return parse_key(data, PASSPHRASE)


def _rsa_encrypted_openssh() -> SSHKey:
    data = export_private_key(key("rsa"), "openssh", passphrase=PASSPHRASE)
    return parse_key(data, PASSPHRASE)


def _ecdsa() -> SSHKey:
    return parse_key(export_private_key(key("ecdsa"), "openssh"))


def _rsa_ppk() -> SSHKey:
    data = export_private_key(key("rsa"), "ppk")
    assert data.startswith(b"PuTTY-User-Key-File-")
    return parse_key(data)


@pytest.mark.parametrize(
    "load",
    [_rsa_old_pem, _rsa_openssh, _rsa_encrypted_pem, _rsa_encrypted_openssh, _ecdsa, _rsa_ppk],
    ids=[
        "rsa-old-pem",
        "rsa-openssh",
        "rsa-encrypted-pem",
        "rsa-encrypted-openssh",
        "ecdsa",
        "rsa-ppk",
    ],
)
def test_publickey_key_encodings(load: Callable[[], SSHKey]) -> None:
    """Seed: publickey with RSA (old PEM, new OpenSSH, encrypted), ECDSA and PPK keys. The
    key loaded from its encoding logs in; the server sees a query, then a signed request
    (RSA as rsa-sha2-512, the best the server announces)."""
    private = load()
    original = key("ecdsa") if private.type.startswith("ecdsa") else key("rsa")
    assert private.equals(original)
    gate = KeyGate(original)

    outcome = run(lambda: run_login(gate, "alice", Credentials(keys=[private])))

    result = outcome.client_result()
    assert (result.method, result.tried) == ("publickey", ("none", "publickey"))
    server = outcome.server_result()
    assert server.methods == ("publickey",) and server.failures == 0
    expected = "rsa-sha2-512" if private.type == "ssh-rsa" else private.type
    assert gate.seen == [(False, expected), (True, expected)]


def test_encrypted_key_needs_its_passphrase() -> None:
    """Seed (encrypted RSA): without the right passphrase the key cannot be loaded."""
    data = export_private_key(key("rsa"), "pem", passphrase=PASSPHRASE)
    with pytest.raises(KeyPassphraseError):
        parse_key(data, "wrong passphrase")


def test_publickey_dsa_enabled_on_both_sides() -> None:
    """Seed: publickey with a DSA key. ssh-dss is legacy and off by default, so the server
    lists it in ``publickey_algorithms`` and the client names it."""
    private = parse_key(export_private_key(key("dsa"), "pem"))
    gate = KeyGate(key("dsa"))
    auth = PublicKeyAuth(private, algorithms=("ssh-dss",))

    outcome = run(
        lambda: run_login(
            gate,
            "alice",
            auth_handler=[auth],
            publickey_algorithms=(*DEFAULT_PUBLICKEY_ALGORITHMS, "ssh-dss"),
        )
    )

    assert outcome.client_result().method == "publickey"
    assert outcome.server_result().methods == ("publickey",)
    assert gate.seen == [(False, "ssh-dss"), (True, "ssh-dss")]


def test_publickey_dsa_refused_by_default() -> None:
    """DSA against a server with default algorithms: refused before the handler is asked."""
    gate = KeyGate(key("dsa"))
    outcome = run(lambda: run_login(gate, "alice", Credentials(keys=[key("dsa")])))

    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("none", "publickey")
    assert gate.seen == []


# -- password, empty user name, password change ------------------------------------------


def test_password() -> None:
    """Seed: password authentication."""
    outcome = run(
        lambda: run_login(password_gate("bob", "s3cret"), "bob", Credentials(password="s3cret"))
    )
    result = outcome.client_result()
    assert (result.username, result.method) == ("bob", "password")
    server = outcome.server_result()
    assert (server.username, server.methods, server.service) == (
        "bob",
        ("password",),
        "ssh-connection",
    )


def test_wrong_password_is_refused() -> None:
    outcome = run(
        lambda: run_login(password_gate("bob", "s3cret"), "bob", Credentials(password="nope"))
    )
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("none", "password")
    assert "password" in outcome.client_error.methods_left
    # the client hung up after giving up; the server saw it leave
    assert isinstance(outcome.server_error, DisconnectError | ConnectionError)


def test_empty_username() -> None:
    """Seed: an empty user name reaches the handler as ``""``."""
    users: list[str] = []

    def handler(ctx: AuthContext) -> bool:
        users.append(ctx.username)
        return ctx.method == "password" and ctx.password == "pw"

    outcome = run(lambda: run_login(handler, "", Credentials(password="pw")))
    assert outcome.client_result().username == ""
    assert outcome.server_result().username == ""
    assert users == ["", ""]  # none, then password


def test_password_change() -> None:
    """Seed: the server asks for a new password; the client's callback gives it, and the
    server sees old and new."""
    prompts: list[str] = []
    changes: list[tuple[str | None, str]] = []

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "password":
            return False
        if ctx.password == "old-pw":
            new = await ctx.request_change("Your password has expired")
            changes.append((ctx.password, new))
            return new == "new-pw"
        return False

    def change(prompt: str) -> str:
        prompts.append(prompt)
        return "new-pw"

    creds = Credentials(password="old-pw", change_password=change)
    outcome = run(lambda: run_login(handler, "carol", creds))

    assert outcome.client_result().method == "password"
    assert prompts == ["Your password has expired"]
    assert changes == [("old-pw", "new-pw")]
    request = outcome.server_result().request
    assert getattr(request, "new_password", None) == "new-pw"


def test_password_change_declined() -> None:
    """A client without a new password gives up the password method."""

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method == "password":
            await ctx.request_change("expired")
            return True
        return False

    creds = Credentials(password="old-pw", change_password=lambda prompt: None)
    outcome = run(lambda: run_login(handler, "carol", creds))
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.server is None


# -- hostbased, keyboard-interactive -----------------------------------------------------


def test_hostbased() -> None:
    """Seed: hostbased authentication; the server sees the client host's key, its host
    name (trailing dot removed) and the local user."""
    host = key("ecdsa", "client-host")
    seen: list[tuple[str, str, bool]] = []

    def handler(ctx: AuthContext) -> bool:
        if ctx.method != "hostbased":
            return False
        hostname = getattr(ctx.request, "client_hostname", "")
        local_user = getattr(ctx.request, "client_username", "")
        seen.append((hostname, local_user, same_key(ctx.key, host)))
        return same_key(ctx.key, host) and local_user == "localdave"

    creds = Credentials(hostbased=HostbasedAuth(host, "client.example.org", "localdave"))
    outcome = run(lambda: run_login(handler, "dave", creds, methods=("publickey", "hostbased")))

    assert outcome.client_result().method == "hostbased"
    assert outcome.server_result().methods == ("hostbased",)
    assert seen == [("client.example.org", "localdave", True)]


def test_keyboard_interactive_multi_prompt() -> None:
    """Seed: keyboard-interactive with several prompts over two rounds, plus an empty
    round the client answers by itself."""
    rounds: list[tuple[str, str, list[tuple[str, bool]]]] = []

    async def handler(ctx: AuthContext) -> bool:
        if ctx.method != "keyboard-interactive":
            return False
        first = await ctx.prompt(
            [("Password: ", False), ("Favourite colour: ", True)],
            title="Login",
            instructions="Answer both",
        )
        empty = await ctx.prompt([])
        second = await ctx.prompt(["OTP: "])
        return first == ["pw", "blue"] and empty == [] and second == ["123456"]

    def respond(
        name: str, instructions: str, language: str, prompts: Sequence[tuple[str, bool]]
    ) -> list[str]:
        rounds.append((name, instructions, list(prompts)))
        answers = {"Password: ": "pw", "Favourite colour: ": "blue", "OTP: ": "123456"}
        return [answers[text] for text, _ in prompts]

    creds = Credentials(keyboard_interactive=respond, try_keyboard=True)
    outcome = run(lambda: run_login(handler, "erin", creds))

    result = outcome.client_result()
    assert (result.method, result.tried) == (
        "keyboard-interactive",
        ("none", "keyboard-interactive"),
    )
    assert rounds == [
        ("Login", "Answer both", [("Password: ", False), ("Favourite colour: ", True)]),
        ("", "", [("OTP: ", False)]),
    ]


def test_keyboard_interactive_not_tried_without_try_keyboard() -> None:
    """Seed default order: keyboard-interactive only with ``try_keyboard``."""
    creds = Credentials(keyboard_interactive=lambda *a: ["x"])
    outcome = run(lambda: run_login(lambda ctx: True if ctx.method != "none" else None, "f", creds))
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("none",)


# -- auth_handler: names, objects, sync and async callables --------------------------------


def test_auth_handler_method_names() -> None:
    """Seed: ``authHandler`` as method names, resolved against the credentials; a name
    without credentials (agent here) is skipped."""
    creds = Credentials(password="pw", keys=[key("ecdsa")])

    outcome = run(
        lambda: run_login(
            password_gate("gina", "pw"),
            "gina",
            creds,
            auth_handler=["agent", "publickey", "password"],
        )
    )
    result = outcome.client_result()
    assert result.tried == ("publickey", "password")
    assert result.method == "password"


def test_auth_handler_custom_objects() -> None:
    """Seed: ``authHandler`` as method objects, tried in order until one succeeds."""
    methods: list[AuthMethod] = [
        PasswordAuth("first-guess"),
        PublicKeyAuth(key("ecdsa")),
        PasswordAuth("pw"),
        PasswordAuth("never-reached"),
    ]
    outcome = run(lambda: run_login(password_gate("hal", "pw"), "hal", auth_handler=methods))
    result = outcome.client_result()
    assert result.tried == ("password", "publickey", "password")
    assert outcome.server_result().failures == 2


def test_auth_handler_sync_callable() -> None:
    """Seed: a sync ``authHandler`` gets what the server allows (None before its first
    answer) and whether the last answer was a partial success."""
    calls: list[tuple[tuple[str, ...] | None, bool]] = []
    plan: list[AuthMethod | str] = ["none", PasswordAuth("wrong"), "password"]

    def choose(methods_left: tuple[str, ...] | None, partial: bool) -> AuthMethod | str | None:
        calls.append((methods_left, partial))
        return plan.pop(0) if plan else None

    outcome = run(
        lambda: run_login(
            password_gate("ivy", "pw"),
            "ivy",
            Credentials(password="pw"),
            auth_handler=choose,
            methods=("password",),
        )
    )
    assert outcome.client_result().tried == ("none", "password", "password")
    assert calls == [(None, False), (("password",), False), (("password",), False)]


def test_auth_handler_async_callable() -> None:
    """Seed: an async ``authHandler``."""
    calls: list[tuple[str, ...] | None] = []

    async def choose(methods_left: tuple[str, ...] | None, partial: bool) -> AuthMethod:
        calls.append(methods_left)
        await asyncio.sleep(0)
        return NoneAuth() if methods_left is None else PublicKeyAuth(key("ecdsa"))

    outcome = run(lambda: run_login(KeyGate(key("ecdsa")), "jo", auth_handler=choose))
    assert outcome.client_result().tried == ("none", "publickey")
    assert calls == [None, ("publickey", "password", "keyboard-interactive")]


def test_auth_handler_no_methods_left() -> None:
    """Seed: the server lists no method that can continue; the handler is told so and
    stops, and the client fails with what it tried."""
    calls: list[tuple[str, ...] | None] = []

    def server(ctx: AuthContext) -> None:
        ctx.reject(methods_left=[])

    def choose(methods_left: tuple[str, ...] | None, partial: bool) -> str | bool:
        calls.append(methods_left)
        return "password" if methods_left is None else False

    outcome = run(lambda: run_login(server, "kim", Credentials(password="pw"), auth_handler=choose))
    error = outcome.client_error
    assert isinstance(error, AuthError)
    assert (error.tried, error.methods_left) == (("password",), ())
    assert calls == [None, ()]


def test_method_list_stops_when_server_allows_nothing() -> None:
    """Default order: after an empty methods-left list nothing more is attempted."""

    def server(ctx: AuthContext) -> None:
        ctx.reject(methods_left=[])

    outcome = run(lambda: run_login(server, "kim", Credentials(password="pw", keys=[key("ecdsa")])))
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("none",)


def test_auth_handler_multi_step() -> None:
    """Seed: a handler walking a multi-step login: the server takes the key as a partial
    success, then wants a password."""
    calls: list[tuple[tuple[str, ...] | None, bool]] = []

    key_passed: list[bool] = []

    def server(ctx: AuthContext) -> None:
        if ctx.method == "publickey" and same_key(ctx.key, key("ecdsa")):
            if not ctx.signed:
                ctx.accept()
            else:
                key_passed.append(True)
                ctx.reject(["password"], partial_success=True)
        elif ctx.method == "password" and key_passed and ctx.password == "pw":
            ctx.accept()  # (a password alone would not be enough)

    def choose(methods_left: tuple[str, ...] | None, partial: bool) -> AuthMethod | None:
        calls.append((methods_left, partial))
        if methods_left is None:
            return PublicKeyAuth(key("ecdsa"))
        if partial:
            return PasswordAuth("pw")
        return None

    outcome = run(lambda: run_login(server, "lee", auth_handler=choose))
    assert outcome.client_result().tried == ("publickey", "password")
    assert calls == [(None, False), (("password",), True)]


# -- multi-factor by partial success ----------------------------------------------------


def test_multi_factor_publickey_then_password() -> None:
    """authentication_methods="publickey,password": the key is a partial success, then
    the password completes the login; the client takes up the password after the key."""
    creds = Credentials(password="pw", keys=[key("ecdsa")])
    gate = KeyGate(key("ecdsa"))

    def handler(ctx: AuthContext) -> bool:
        if ctx.method == "password":
            return ctx.password == "pw"
        return gate(ctx)

    outcome = run(
        lambda: run_login(handler, "mo", creds, authentication_methods="publickey,password")
    )
    result = outcome.client_result()
    assert result.method == "password"
    # none lists only publickey, so the password is passed over, then taken up again
    assert result.tried == ("none", "publickey", "password")
    server = outcome.server_result()
    assert server.methods == ("publickey", "password")
    assert server.failures == 0


def test_multi_factor_password_alone_is_not_enough() -> None:
    creds = Credentials(password="pw")
    outcome = run(
        lambda: run_login(
            lambda ctx: ctx.method == "password",
            "mo",
            creds,
            authentication_methods="publickey,password",
        )
    )
    error = outcome.client_error
    assert isinstance(error, AuthError)
    assert error.methods_left == ("publickey",)
    assert error.tried == ("none",)


def test_multi_factor_two_different_keys() -> None:
    """authentication_methods="publickey,publickey": one key per factor; offering the
    first key again does not count as the second factor (sshd's rule)."""
    first, second = key("ecdsa", "one"), key("ed25519", "two")
    gate = KeyGate(first, second)
    keys: list[PublicKeyAuth | SSHKey] = [first, first, second]

    outcome = run(
        lambda: run_login(
            gate, "ned", Credentials(keys=keys), authentication_methods="publickey,publickey"
        )
    )
    result = outcome.client_result()
    assert result.tried == ("none", "publickey", "publickey", "publickey")
    server = outcome.server_result()
    assert server.methods == ("publickey", "publickey")
    assert same_key(getattr(server.request, "key", None), second)
    assert server.failures == 1  # the reused key


def test_multi_factor_one_key_cannot_pass_twice() -> None:
    first = key("ecdsa", "one")
    outcome = run(
        lambda: run_login(
            KeyGate(first),
            "ned",
            Credentials(keys=[first, first]),
            authentication_methods="publickey,publickey",
        )
    )
    error = outcome.client_error
    assert isinstance(error, AuthError)
    assert error.methods_left == ("publickey",)
    assert not error.partial_success


# -- RSA signature algorithms -----------------------------------------------------------


def test_rsa_falls_back_to_sha256() -> None:
    """The server accepts only rsa-sha2-256 but announces rsa-sha2-512 too: the client's
    rsa-sha2-512 offer is refused (by the engine, not the handler) and it ends on
    rsa-sha2-256."""
    gate = KeyGate(key("rsa"))
    outcome = run(
        lambda: run_login(
            gate, "oz", Credentials(keys=[key("rsa")]), publickey_algorithms=("rsa-sha2-256",)
        )
    )
    assert outcome.client_result().method == "publickey"
    assert gate.seen == [(False, "rsa-sha2-256"), (True, "rsa-sha2-256")]
    server = outcome.server_result()
    assert getattr(server.request, "algorithm", None) == "rsa-sha2-256"
    assert server.failures == 1  # the rsa-sha2-512 query


def test_rsa_follows_server_sig_algs() -> None:
    """A server announcing only rsa-sha2-256 in server-sig-algs gets it first time."""
    config = TransportConfig(
        host_keys=(loopback_host_key(),), server_sig_algs=("ssh-ed25519", "rsa-sha2-256")
    )
    gate = KeyGate(key("rsa"))
    outcome = run(
        lambda: run_login(gate, "oz", Credentials(keys=[key("rsa")]), server_config=config)
    )
    assert outcome.client_result().method == "publickey"
    assert gate.seen == [(False, "rsa-sha2-256"), (True, "rsa-sha2-256")]
    assert outcome.server_result().failures == 0


def test_sha1_rsa_refused_by_default() -> None:
    """A client insisting on ssh-rsa (SHA-1) is refused by a default server."""
    gate = KeyGate(key("rsa"))
    auth = PublicKeyAuth(key("rsa"), algorithms=("ssh-rsa",))
    outcome = run(lambda: run_login(gate, "oz", auth_handler=[auth]))
    assert isinstance(outcome.client_error, AuthError)
    assert gate.seen == []


# -- certificates -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["ed25519", "rsa"])
def test_certificate_as_credential(kind: str) -> None:
    """A user certificate presented with its key; the handler sees the certificate and
    checks its CA and principals itself."""
    ca = key("ed25519", "ca")
    user = key(kind)
    cert = issue_certificate(
        ca, user.public_key(), cert_type=CertificateType.USER, key_id="pat", principals=["pat"]
    )
    seen: list[str] = []

    def handler(ctx: AuthContext) -> bool:
        if ctx.method != "publickey":
            return False
        c = ctx.key
        assert isinstance(c, SSHCertificate)
        seen.append(getattr(ctx.request, "algorithm", ""))
        return (
            c.signature_key.public_blob == ca.public_blob
            and c.verify_signature()
            and ctx.username in c.principals
        )

    creds = Credentials(keys=[PublicKeyAuth(user, certificate=cert)])
    outcome = run(lambda: run_login(handler, "pat", creds))

    assert outcome.client_result().method == "publickey"
    expected = "rsa-sha2-512-cert-v01@openssh.com" if kind == "rsa" else cert.type
    assert seen == [expected, expected]
    request_key = getattr(outcome.server_result().request, "key", None)
    assert isinstance(request_key, SSHCertificate) and request_key.key_id == "pat"


# -- banner -----------------------------------------------------------------------------


def test_banner_sync_and_async_callbacks() -> None:
    banners: list[tuple[str, str]] = []

    async def on_banner(message: str, language: str) -> None:
        await asyncio.sleep(0)
        banners.append((message, language))

    outcome = run(
        lambda: run_login(
            password_gate("quinn", "pw"),
            "quinn",
            Credentials(password="pw"),
            on_banner=on_banner,
            banner="Authorised users only.\r\n",
        )
    )
    assert outcome.client_result().banners == ("Authorised users only.\r\n",)
    assert banners == [("Authorised users only.\r\n", "")]


# -- limits -----------------------------------------------------------------------------


def test_attempt_limit_disconnects() -> None:
    """max_attempts=3: the third refusal is a DISCONNECT (NO_MORE_AUTH_METHODS_AVAILABLE)
    instead of a FAILURE, so the client gets DisconnectError, not AuthError; the server
    raises AuthError."""
    guesses: list[AuthMethod] = [PasswordAuth(f"guess-{i}") for i in range(5)]
    outcome = run(
        lambda: run_login(password_gate("ray", "pw"), "ray", auth_handler=guesses, max_attempts=3)
    )
    error = outcome.client_error
    assert isinstance(error, DisconnectError)
    assert error.reason == DisconnectReason.NO_MORE_AUTH_METHODS_AVAILABLE
    assert int(error.reason) == 14
    assert isinstance(outcome.server_error, AuthError)


def test_below_attempt_limit_client_gives_up_itself() -> None:
    guesses: list[AuthMethod] = [PasswordAuth("a"), PasswordAuth("b")]
    outcome = run(
        lambda: run_login(password_gate("ray", "pw"), "ray", auth_handler=guesses, max_attempts=3)
    )
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("password", "password")


def test_login_grace_time_idle_client() -> None:
    """login_grace_time: a client that never sends a request is disconnected; the server
    raises LoginTimeout."""

    async def idle(conn: TransportConnection) -> None:
        while True:
            event = await conn.next_event()
            if isinstance(event, DisconnectReceived):
                raise DisconnectError(event.reason, event.description)

    outcome = run(lambda: run_login(lambda ctx: True, script=idle, login_grace_time=0.3))
    assert isinstance(outcome.server_error, LoginTimeout)
    assert isinstance(outcome.client_error, DisconnectError)
    assert outcome.client_error.reason == DisconnectReason.BY_APPLICATION


def test_login_grace_time_slow_handler() -> None:
    """The grace time also bounds a handler that takes too long; our client, waiting in
    ``authenticate``, gets DisconnectError."""

    async def slow(ctx: AuthContext) -> bool:
        if ctx.method == "password":
            await asyncio.sleep(30)
        return False

    outcome = run(lambda: run_login(slow, "sam", Credentials(password="pw"), login_grace_time=0.3))
    assert isinstance(outcome.server_error, LoginTimeout)
    assert isinstance(outcome.client_error, DisconnectError)


def test_failure_delay_is_applied(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused password waits out ``failure_delay`` before FAILURE; a refused publickey
    query does not. asyncio.sleep is replaced so no time passes."""
    real_sleep = asyncio.sleep
    delays: list[float] = []

    async def fake_sleep(delay: float, result: Any = None) -> Any:
        if delay >= 1:
            delays.append(delay)
            delay = 0
        return await real_sleep(delay, result)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    methods: list[AuthMethod] = [
        PublicKeyAuth(key("ecdsa")),
        PasswordAuth("wrong"),
        PasswordAuth("pw"),
    ]
    outcome = run(
        lambda: run_login(
            password_gate("tia", "pw"), "tia", auth_handler=methods, failure_delay=600.0
        )
    )
    assert outcome.client_result().method == "password"
    assert len(delays) == 1  # the wrong password only
    assert 500 < delays[0] <= 600


# -- a failing handler ------------------------------------------------------------------


def test_handler_that_raises_refuses_and_server_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A handler exception refuses that request (fail closed) and is logged; the next
    attempt on the same connection, and a new connection, can still succeed."""
    calls: list[str] = []

    def handler(ctx: AuthContext) -> bool:
        if ctx.method != "password":
            return False
        calls.append(ctx.password or "")
        if len(calls) in (1, 3):
            raise RuntimeError("database unavailable")
        return ctx.password == "pw"

    async def main() -> tuple[AuthResult, AuthResult, int]:
        async with AuthLoopback(handler) as loop:
            first = await loop.login("uma", auth_handler=[PasswordAuth("pw"), PasswordAuth("pw")])
            second = await loop.login("uma", auth_handler=[PasswordAuth("pw"), PasswordAuth("pw")])
            return first.client_result(), second.client_result(), first.server_result().failures

    with caplog.at_level(logging.ERROR, logger="ssh_engine.auth"):
        first, second, failures = run(main)
    assert first.tried == second.tried == ("password", "password")
    assert failures == 1
    assert calls == ["pw"] * 4
    errors = [r for r in caplog.records if r.exc_info is not None]
    assert len(errors) == 2
    assert all(isinstance(r.exc_info[1], RuntimeError) for r in errors if r.exc_info)


# -- secrets stay out of reprs and logs -------------------------------------------------

SECRET = "hunter2-Sup3rSecret"
NEW_SECRET = "n3w-hunter2-Secret"
KBD_SECRET = "kbd-answer-Secret"


def test_secrets_absent_from_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    reprs: list[str] = []

    async def handler(ctx: AuthContext) -> bool:
        reprs.append(repr(ctx))
        reprs.append(repr(ctx.request))
        if ctx.method == "password" and ctx.password == SECRET:
            await ctx.request_change("expired")
            reprs.append(repr(ctx.request))
            return False
        if ctx.method == "keyboard-interactive":
            return await ctx.prompt(["Secret: "]) == [KBD_SECRET]
        return False

    creds = Credentials(
        password=SECRET,
        change_password=lambda prompt: NEW_SECRET,
        keyboard_interactive=lambda *args: [KBD_SECRET],
        try_keyboard=True,
    )
    reprs += [
        repr(creds),
        repr(PasswordAuth(SECRET)),
        repr(KeyboardInteractiveAuth(lambda *a: [KBD_SECRET])),
    ]

    with caplog.at_level(logging.DEBUG):
        outcome = run(lambda: run_login(handler, "vic", creds))
    reprs += [repr(outcome), repr(outcome.server_result().request)]

    assert outcome.client_result().method == "keyboard-interactive"
    assert caplog.records  # the flow did log at DEBUG
    texts = [*reprs, caplog.text, *(r.getMessage() for r in caplog.records)]
    for secret in (SECRET, NEW_SECRET, KBD_SECRET):
        assert not [t for t in texts if secret in t], secret


def test_none_accepted_logs_in_without_credentials() -> None:
    """Seed default order starts with ``none``; a server accepting it lets the user in."""
    outcome = run(lambda: run_login(lambda ctx: ctx.method == "none", "guest"))
    assert outcome.client_result().method == "none"
    assert outcome.server_result().methods == ("none",)


# -- bugs found (xfail until fixed) -------------------------------------------------------


def test_attempt_limit_reached_by_engine_refusals_raises_auth_error() -> None:
    sha1 = PublicKeyAuth(key("rsa"), algorithms=("ssh-rsa",))  # refused before the handler
    outcome = run(
        lambda: run_login(KeyGate(key("rsa")), "ray", auth_handler=[sha1] * 4, max_attempts=3)
    )
    assert isinstance(outcome.client_error, DisconnectError)
    assert outcome.client_error.reason == DisconnectReason.NO_MORE_AUTH_METHODS_AVAILABLE
    assert isinstance(outcome.server_error, AuthError)


def test_auth_error_tried_lists_publickey_once_per_key() -> None:
    """AuthError.tried names publickey once per key, however many RSA algorithms were
    tried with it."""
    outcome = run(
        lambda: run_login(
            lambda ctx: False,
            "ray",
            Credentials(keys=[key("rsa")]),
            publickey_algorithms=("rsa-sha2-256",),
        )
    )
    assert isinstance(outcome.client_error, AuthError)
    assert outcome.client_error.tried == ("none", "publickey")

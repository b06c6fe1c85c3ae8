"""ServerAuthEngine against ClientAuthEngine, back to back in memory and over a real transport:
every method end to end, the banner, attempt counting, queued requests, and what the
application is (and is not) bothered with."""

from __future__ import annotations

import pytest
from _auth_helpers import (
    KEY_CASES,
    SERVICE,
    SID,
    USER,
    AuthPair,
    decode_out,
    make_auth_pair,
    only_request,
    raw_request,
    signature_algorithm_for,
    signed_publickey_request,
    state_of,
    transport_auth,
    user_certificate,
    user_key,
)

from ssh_engine._auth._client import HOSTBOUND_METHOD, ClientAuthEngine
from ssh_engine._auth._events import (
    AuthAborted,
    AuthBannerReceived,
    AuthFailed,
    AuthRequested,
    AuthSucceeded,
    HostbasedRequest,
    KeyboardInteractiveAnswered,
    KeyboardInteractivePrompted,
    KeyboardInteractiveRequest,
    NoneRequest,
    PasswordChangeRequested,
    PasswordRequest,
    PublicKeyAccepted,
    PublicKeyRequest,
)
from ssh_engine._auth._server import DEFAULT_AUTH_METHODS, ServerAuthState
from ssh_engine._auth._signatures import DEFAULT_PUBLICKEY_ALGORITHMS, algorithms_for
from ssh_engine._errors import LocalProtocolError, RemoteProtocolError
from ssh_wire.keys import SSHCertificate
from ssh_wire.messages import (
    DisconnectReason,
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthPasswordRequest,
    UserauthPublickeyRequest,
    UserauthSuccess,
)

HOST_BLOB = user_key("ed25519", None, "host").public_blob


def failure_of(payload: bytes) -> UserauthFailure:
    """Decodes a payload that must be USERAUTH_FAILURE."""
    msg = decode_out(payload)
    assert isinstance(msg, UserauthFailure), msg
    return msg


def reject_password(pair: AuthPair, password: str = "wrong") -> list[AuthFailed]:
    """Client sends a password request, the application rejects it; returns the client's
    events (empty when the server disconnected instead)."""
    pair.client.request_password(USER, password)
    assert isinstance(only_request(pair.to_server()), PasswordRequest)
    assert pair.server.reject() == []
    events = pair.to_client()
    failed = [e for e in events if isinstance(e, AuthFailed)]
    assert failed == events
    return failed


# -- none and password ------------------------------------------------------------------------


def test_none_lists_methods() -> None:
    pair = make_auth_pair()
    pair.client.request_none(USER)
    request = only_request(pair.to_server())
    assert request == NoneRequest(username=USER, service=SERVICE, method="none")
    assert state_of(pair.server) is ServerAuthState.DECIDING
    pair.server.reject()
    assert failure_of(pair.s_out[0]).methods_that_can_continue == DEFAULT_AUTH_METHODS
    assert pair.to_client() == [
        AuthFailed(method="none", methods_left=DEFAULT_AUTH_METHODS, partial_success=False)
    ]
    assert state_of(pair.server) is ServerAuthState.IDLE


def test_methods_option_and_explicit_methods_left() -> None:
    # "none" is never listed, even when configured.
    pair = make_auth_pair(methods=("none", "password", "hostbased"))
    pair.client.request_none(USER)
    pair.to_server()
    pair.server.reject()
    assert failure_of(pair.s_out[0]).methods_that_can_continue == ("password", "hostbased")
    pair.to_client()
    pair.client.request_password(USER, "pw")
    pair.to_server()
    pair.server.reject(methods_left=["hostbased"])
    assert failure_of(pair.s_out[0]).methods_that_can_continue == ("hostbased",)


def test_none_accepted_logs_in() -> None:
    pair = make_auth_pair()
    pair.client.request_none(USER)
    request = only_request(pair.to_server())
    assert pair.server.accept() == []
    assert pair.to_client() == [AuthSucceeded(method="none")]
    assert pair.server.authenticated == request


def test_password_success() -> None:
    pair = make_auth_pair()
    pair.client.request_password(USER, "s3cret")
    request = only_request(pair.to_server())
    assert isinstance(request, PasswordRequest)
    assert (request.username, request.service, request.method) == (USER, SERVICE, "password")
    assert request.password == "s3cret"
    assert request.new_password is None
    pair.server.accept()
    assert decode_out(pair.s_out[0]) == UserauthSuccess()
    assert pair.to_client() == [AuthSucceeded(method="password")]
    assert state_of(pair.server) is ServerAuthState.DONE
    assert pair.server.authenticated is request
    assert pair.server.current is None


def test_password_failure_counts() -> None:
    pair = make_auth_pair()
    assert reject_password(pair) == [
        AuthFailed(method="password", methods_left=DEFAULT_AUTH_METHODS, partial_success=False)
    ]
    assert pair.server.failures == 1


def test_password_change() -> None:
    pair = make_auth_pair()
    pair.client.request_password(USER, "old")
    only_request(pair.to_server())
    pair.server.request_password_change("Password expired, choose a new one")
    assert state_of(pair.server) is ServerAuthState.CHANGING
    assert pair.to_client() == [
        PasswordChangeRequested(prompt="Password expired, choose a new one", language="")
    ]
    pair.client.change_password("old", "new")
    # Answering the change is not an abort: only the new request comes up.
    request = only_request(pair.to_server())
    assert isinstance(request, PasswordRequest)
    assert (request.password, request.new_password) == ("old", "new")
    pair.server.accept()
    assert pair.to_client() == [AuthSucceeded(method="password")]


def test_password_change_aborted_by_other_request() -> None:
    pair = make_auth_pair()
    pair.client.request_password(USER, "old")
    first = only_request(pair.to_server())
    pair.server.request_password_change("expired")
    pair.to_client()
    pair.client.request_keyboard_interactive(USER)
    events = pair.to_server()
    assert events[0] == AuthAborted(request=first)
    assert isinstance(events[1], AuthRequested)
    assert isinstance(events[1].request, KeyboardInteractiveRequest)


# -- publickey --------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "bits", "algorithm"), KEY_CASES, ids=[c[2] for c in KEY_CASES])
def test_publickey_query_pk_ok_then_signed(kind: str, bits: int | None, algorithm: str) -> None:
    key = user_key(kind, bits)
    blob = key.public_blob
    pair = make_auth_pair()
    pair.client.request_publickey(USER, algorithm, blob)
    query = only_request(pair.to_server())
    assert isinstance(query, PublicKeyRequest)
    assert (query.signed, query.hostbound, query.algorithm) == (False, False, algorithm)
    assert query.key == key
    assert pair.server.accept() == []
    assert pair.to_client() == [PublicKeyAccepted(algorithm=algorithm, public_key=blob)]
    # A PK_OK is no decision: the server waits for the signed request.
    assert state_of(pair.server) is ServerAuthState.IDLE
    assert pair.server.failures == 0
    signature = key.sign(pair.client.signed_data(USER, algorithm, blob), algorithm)
    pair.client.request_publickey(USER, algorithm, blob, signature)
    signed = only_request(pair.to_server())
    assert isinstance(signed, PublicKeyRequest)
    assert signed.signed
    assert signed.key == key
    pair.server.accept()
    assert pair.to_client() == [AuthSucceeded(method="publickey")]
    assert pair.server.authenticated is signed


def test_publickey_query_rejected() -> None:
    key = user_key()
    pair = make_auth_pair()
    pair.client.request_publickey(USER, "ssh-ed25519", key.public_blob)
    only_request(pair.to_server())
    pair.server.reject()
    [event] = pair.to_client()
    assert isinstance(event, AuthFailed)
    assert event.method == "publickey"
    assert pair.server.failures == 1


def test_ssh_rsa_refused_by_default_accepted_when_enabled() -> None:
    key = user_key("rsa")
    assert "ssh-rsa" not in DEFAULT_PUBLICKEY_ALGORITHMS
    request = signed_publickey_request(key, "ssh-rsa")
    pair = make_auth_pair()
    # Refused by the library: the application never hears of it.
    assert pair.server.receive_message(request) == []
    assert failure_of(pair.s_out[0]).partial_success is False
    assert pair.server.failures == 1
    enabled = make_auth_pair(publickey_algorithms=(*DEFAULT_PUBLICKEY_ALGORITHMS, "ssh-rsa"))
    accepted = only_request(enabled.server.receive_message(request))
    assert isinstance(accepted, PublicKeyRequest)
    assert accepted.algorithm == "ssh-rsa"
    assert accepted.signed


@pytest.mark.parametrize(
    ("kind", "bits"), [("ed25519", None), ("ecdsa", 384), ("rsa", None)], ids=str
)
def test_user_certificate(kind: str, bits: int | None) -> None:
    key = user_key(kind, bits)
    cert = user_certificate(kind, bits)
    pair = make_auth_pair()
    for algorithm in algorithms_for(cert, ("rsa-sha2-512", "rsa-sha2-256")):
        assert algorithm.endswith("-cert-v01@openssh.com")
        pair.client.request_publickey(USER, algorithm, cert.blob)
        query = only_request(pair.to_server())
        assert isinstance(query, PublicKeyRequest)
        assert isinstance(query.key, SSHCertificate)
        assert query.key == cert
        assert query.key.key == key
        pair.server.accept()
        assert pair.to_client() == [PublicKeyAccepted(algorithm=algorithm, public_key=cert.blob)]
        data = pair.client.signed_data(USER, algorithm, cert.blob)
        signature = key.sign(data, signature_algorithm_for(algorithm))
        pair.client.request_publickey(USER, algorithm, cert.blob, signature)
        signed = only_request(pair.to_server())
        assert isinstance(signed, PublicKeyRequest)
        assert signed.signed
        assert signed.algorithm == algorithm
        # Try every name for RSA: reject all but the last.
        pair.server.reject(partial_success=True)
        pair.to_client()
    assert pair.server.failures == 0


def test_hostbound_with_our_host_key() -> None:
    key = user_key()
    blob = key.public_blob
    pair = make_auth_pair(host_key_blobs=(b"other", HOST_BLOB))
    pair.client.request_publickey(USER, "ssh-ed25519", blob, host_key=HOST_BLOB)
    query = only_request(pair.to_server())
    assert isinstance(query, PublicKeyRequest)
    assert query.method == HOSTBOUND_METHOD
    assert query.hostbound and not query.signed
    pair.server.accept()
    assert pair.to_client() == [PublicKeyAccepted(algorithm="ssh-ed25519", public_key=blob)]
    data = pair.client.signed_data(USER, "ssh-ed25519", blob, host_key=HOST_BLOB)
    pair.client.request_publickey(USER, "ssh-ed25519", blob, key.sign(data), host_key=HOST_BLOB)
    signed = only_request(pair.to_server())
    assert isinstance(signed, PublicKeyRequest)
    assert signed.hostbound and signed.signed
    pair.server.accept()
    assert pair.to_client() == [AuthSucceeded(method=HOSTBOUND_METHOD)]


def test_hostbound_with_another_host_key_fails_without_the_app() -> None:
    key = user_key()
    blob = key.public_blob
    wrong = user_key("ed25519", None, "not-our-host").public_blob
    pair = make_auth_pair(host_key_blobs=(HOST_BLOB,))
    data = pair.client.signed_data(USER, "ssh-ed25519", blob, host_key=wrong)
    pair.client.request_publickey(USER, "ssh-ed25519", blob, key.sign(data), host_key=wrong)
    assert pair.to_server() == []
    [event] = pair.to_client()
    assert event == AuthFailed(
        method=HOSTBOUND_METHOD, methods_left=DEFAULT_AUTH_METHODS, partial_success=False
    )
    assert pair.server.failures == 1


def test_hostbound_needs_publickey_enabled() -> None:
    key = user_key()
    pair = make_auth_pair(methods=("password",), host_key_blobs=(HOST_BLOB,))
    pair.client.request_publickey(USER, "ssh-ed25519", key.public_blob, host_key=HOST_BLOB)
    assert pair.to_server() == []
    assert failure_of(pair.s_out[0]).methods_that_can_continue == ("password",)


# -- hostbased --------------------------------------------------------------------------------


def hostbased(pair: AuthPair, signer_tag: str = "client-host") -> None:
    """Sends a hostbased request for the ``client-host`` key, signed by ``signer_tag``'s."""
    host = user_key("ed25519", None, "client-host")
    signer = user_key("ed25519", None, signer_tag)
    blob = host.public_blob
    data = pair.client.hostbased_signed_data(USER, "ssh-ed25519", blob, "ws.example.", "bob")
    pair.client.request_hostbased(
        USER, "ssh-ed25519", blob, "ws.example.", "bob", signer.sign(data)
    )


def test_hostbased_success() -> None:
    pair = make_auth_pair(methods=("hostbased",))
    hostbased(pair)
    request = only_request(pair.to_server())
    assert isinstance(request, HostbasedRequest)
    assert request.key == user_key("ed25519", None, "client-host")
    # The trailing dot OpenSSH sends is dropped for the application.
    assert (request.client_hostname, request.client_username) == ("ws.example", "bob")
    assert request.algorithm == "ssh-ed25519"
    pair.server.accept()
    assert pair.to_client() == [AuthSucceeded(method="hostbased")]


def test_hostbased_signed_by_another_host_key_fails() -> None:
    pair = make_auth_pair(methods=("hostbased",))
    hostbased(pair, signer_tag="impostor")
    assert pair.to_server() == []
    [event] = pair.to_client()
    assert isinstance(event, AuthFailed)
    assert event.method == "hostbased"
    assert pair.server.failures == 1


def test_hostbased_disabled_by_default() -> None:
    assert "hostbased" not in DEFAULT_AUTH_METHODS
    pair = make_auth_pair()
    hostbased(pair)
    assert pair.to_server() == []
    assert failure_of(pair.s_out[0]).methods_that_can_continue == DEFAULT_AUTH_METHODS


# -- keyboard-interactive ---------------------------------------------------------------------


def test_keyboard_interactive_rounds() -> None:
    pair = make_auth_pair()
    pair.client.request_keyboard_interactive(USER, "pam,otp")
    request = only_request(pair.to_server())
    assert request == KeyboardInteractiveRequest(
        username=USER, service=SERVICE, method="keyboard-interactive", submethods="pam,otp"
    )
    pair.server.send_info_request(
        [("Password: ", False), ("Token: ", True)], name="Login", instruction="two factors"
    )
    assert state_of(pair.server) is ServerAuthState.PROMPTING
    assert pair.to_client() == [
        KeyboardInteractivePrompted(
            name="Login",
            instruction="two factors",
            language="",
            prompts=(("Password: ", False), ("Token: ", True)),
        )
    ]
    pair.client.answer_keyboard_interactive(["pw", "123456"])
    assert pair.to_server() == [KeyboardInteractiveAnswered(answers=("pw", "123456"))]
    assert state_of(pair.server) is ServerAuthState.DECIDING
    # Second round: no prompts at all (OpenSSH's PAM sends one), answered with nothing.
    pair.server.send_info_request([], instruction="checking")
    [prompted] = pair.to_client()
    assert isinstance(prompted, KeyboardInteractivePrompted)
    assert prompted.prompts == ()
    assert prompted.instruction == "checking"
    pair.client.answer_keyboard_interactive([])
    assert pair.to_server() == [KeyboardInteractiveAnswered(answers=())]
    # Third round, one echoed prompt.
    pair.server.send_info_request([("Continue? ", True)])
    [third] = pair.to_client()
    assert isinstance(third, KeyboardInteractivePrompted)
    assert third.prompts == (("Continue? ", True),)
    pair.client.answer_keyboard_interactive(["yes"])
    assert pair.to_server() == [KeyboardInteractiveAnswered(answers=("yes",))]
    pair.server.accept()
    assert pair.to_client() == [AuthSucceeded(method="keyboard-interactive")]
    assert pair.server.authenticated == request


def test_keyboard_interactive_rejected_after_answers() -> None:
    pair = make_auth_pair()
    pair.client.request_keyboard_interactive(USER)
    pair.to_server()
    pair.server.send_info_request([("Password: ", False)])
    pair.to_client()
    pair.client.answer_keyboard_interactive(["bad"])
    pair.to_server()
    pair.server.reject()
    [event] = pair.to_client()
    assert isinstance(event, AuthFailed)
    assert event.method == "keyboard-interactive"
    assert pair.server.failures == 1


def test_keyboard_interactive_aborted_by_new_request() -> None:
    pair = make_auth_pair()
    pair.client.request_keyboard_interactive(USER)
    kbd = only_request(pair.to_server())
    pair.server.send_info_request([("Password: ", False)])
    pair.to_client()
    pair.client.request_password(USER, "pw")
    events = pair.to_server()
    assert len(events) == 2
    assert events[0] == AuthAborted(request=kbd)
    assert isinstance(events[1], AuthRequested)
    assert isinstance(events[1].request, PasswordRequest)
    assert state_of(pair.server) is ServerAuthState.DECIDING
    # An abort is not a failed attempt.
    assert pair.server.failures == 0


def test_server_actions_checked() -> None:
    pair = make_auth_pair()
    for action in (pair.server.accept, pair.server.reject):
        with pytest.raises(LocalProtocolError):
            action()
    pair.client.request_none(USER)
    pair.to_server()
    with pytest.raises(LocalProtocolError):
        pair.server.request_password_change("no")
    with pytest.raises(LocalProtocolError):
        pair.server.send_info_request([])
    assert pair.s_out == []
    pair.server.reject()
    pair.to_client()
    pair.client.request_keyboard_interactive(USER)
    pair.to_server()
    pair.server.send_info_request([("p", False)])
    # While prompting the application waits for answers; no decision is possible.
    with pytest.raises(LocalProtocolError):
        pair.server.accept()


# -- banner, attempts, partial success --------------------------------------------------------


def test_banner_sent_once_before_first_answer() -> None:
    pair = make_auth_pair(banner="Authorised users only\n")
    pair.client.request_none(USER)
    pair.to_server()
    # The banner goes out as soon as the first request arrived, before any decision.
    assert decode_out(pair.s_out[0]) == UserauthBanner(
        message="Authorised users only\n", language_tag=b""
    )
    pair.server.reject()
    assert pair.server_numbers() == [53, 51]
    assert pair.to_client() == [
        AuthBannerReceived(message="Authorised users only\n", language=""),
        AuthFailed(method="none", methods_left=DEFAULT_AUTH_METHODS, partial_success=False),
    ]
    reject_password(pair)
    assert [p[0] for p in pair.sent_by_server] == [53, 51, 51]


def test_no_banner_by_default() -> None:
    pair = make_auth_pair()
    pair.client.request_none(USER)
    pair.to_server()
    assert pair.s_out == []


def test_partial_success_not_counted() -> None:
    pair = make_auth_pair(max_attempts=2)
    for _ in range(5):
        pair.client.request_password(USER, "pw")
        pair.to_server()
        pair.server.reject(methods_left=["publickey"], partial_success=True)
        assert failure_of(pair.s_out[0]).partial_success
        assert pair.to_client() == [
            AuthFailed(method="password", methods_left=("publickey",), partial_success=True)
        ]
    assert pair.server.failures == 0
    assert pair.disconnects == []


def test_sixth_failure_disconnects_first_none_free() -> None:
    pair = make_auth_pair()
    pair.client.request_none(USER)
    pair.to_server()
    pair.server.reject()
    pair.to_client()
    assert pair.server.failures == 0  # OpenSSH: the first none is a query, not a try
    for attempt in range(1, 6):
        assert len(reject_password(pair)) == 1
        assert pair.server.failures == attempt
    assert pair.disconnects == []
    assert [pair.server.exhausted] == [False]  # (a list, so mypy keeps the attribute wide)
    # The sixth: DISCONNECT instead of FAILURE.
    assert reject_password(pair) == []
    assert pair.disconnects == [
        (DisconnectReason.NO_MORE_AUTH_METHODS_AVAILABLE, "Too many authentication failures")
    ]
    assert pair.server.exhausted
    assert state_of(pair.server) is ServerAuthState.DONE
    assert pair.server.failures == 6


def test_second_none_is_counted() -> None:
    pair = make_auth_pair(max_attempts=2)
    for _ in range(2):
        pair.client.request_none(USER)
        pair.to_server()
        pair.server.reject()
        pair.to_client()
    assert pair.server.failures == 1
    pair.client.request_none(USER)
    pair.to_server()
    pair.server.reject()
    assert pair.server.exhausted
    assert pair.s_out == []


def test_library_refusals_count_toward_the_limit() -> None:
    pair = make_auth_pair(max_attempts=3)
    for i in range(3):
        assert pair.server.receive_message(raw_request("no-such-method", b"")) == []
        assert pair.server.failures == i + 1
    assert pair.server.exhausted
    assert len(pair.disconnects) == 1
    assert [p[0] for p in pair.sent_by_server] == [51, 51]


# -- identity, queueing, after success ----------------------------------------------------------


@pytest.mark.parametrize(
    "changed",
    [{"user": "mallory"}, {"service": "other-service"}],
    ids=["username", "service"],
)
def test_change_of_username_or_service_is_protocol_error(changed: dict[str, str]) -> None:
    pair = make_auth_pair(services=("ssh-connection", "other-service"))
    pair.client.request_none(USER)
    pair.to_server()
    pair.server.reject()
    with pytest.raises(RemoteProtocolError) as info:
        pair.server.receive_message(raw_request("none", None, **changed))
    assert info.value.reason == DisconnectReason.PROTOCOL_ERROR


def test_unavailable_service_is_protocol_error() -> None:
    pair = make_auth_pair()
    with pytest.raises(RemoteProtocolError) as info:
        pair.server.receive_message(raw_request("none", None, service="no-such-service"))
    assert info.value.reason == DisconnectReason.SERVICE_NOT_AVAILABLE


def test_request_after_success_ignored() -> None:
    pair = make_auth_pair()
    pair.client.request_password(USER, "pw")
    request = only_request(pair.to_server())
    pair.server.accept()
    sent = len(pair.sent_by_server)
    # Even a request for another user: RFC 4252 §5.1 says ignore it.
    assert pair.server.receive_message(raw_request("none", None, user="mallory")) == []
    assert len(pair.sent_by_server) == sent
    assert pair.server.authenticated is request
    assert state_of(pair.server) is ServerAuthState.DONE


def password_request(password: str) -> bytes:
    """Returns a raw password request (the client engine never pipelines)."""
    body = UserauthPasswordRequest(change=False, password=password, new_password=None)
    return raw_request("password", body)


def test_pipelined_requests_are_queued() -> None:
    pair = make_auth_pair()
    first = only_request(pair.server.receive_message(password_request("one")))
    assert isinstance(first, PasswordRequest)
    assert pair.server.receive_message(password_request("two")) == []
    assert pair.server.receive_message(password_request("three")) == []
    assert pair.server.current is first
    second = only_request(pair.server.reject())
    assert isinstance(second, PasswordRequest)
    assert second.password == "two"
    assert pair.server_numbers() == [51]
    pair.server.accept()
    # Success drops what is still queued: nothing else is answered.
    assert pair.server_numbers() == [51, 52]
    assert pair.server.receive_message(password_request("four")) == []


def test_queued_request_after_pk_ok() -> None:
    key = user_key()
    pair = make_auth_pair()
    body = UserauthPublickeyRequest(
        has_signature=False, algorithm="ssh-ed25519", public_key=key.public_blob, signature=None
    )
    query = raw_request("publickey", body)
    only_request(pair.server.receive_message(query))
    signed = signed_publickey_request(key, "ssh-ed25519")
    assert pair.server.receive_message(signed) == []
    # Accepting the query answers PK_OK and brings up the signed request at once.
    request = only_request(pair.server.accept())
    assert isinstance(request, PublicKeyRequest)
    assert request.signed
    assert pair.server_numbers() == [60]


def test_queued_unknown_methods_refused_on_the_spot() -> None:
    pair = make_auth_pair()
    only_request(pair.server.receive_message(password_request("one")))
    pair.server.receive_message(raw_request("x-unknown", b"junk"))
    # hostbased is not enabled by default.
    disabled = UserauthHostbasedRequest(
        algorithm="ssh-ed25519",
        public_key=b"",
        client_host_name="h",
        client_user_name="u",
        signature=b"",
    )
    pair.server.receive_message(raw_request("hostbased", disabled))
    pair.server.receive_message(password_request("two"))
    nxt = only_request(pair.server.reject())
    assert isinstance(nxt, PasswordRequest)
    assert nxt.password == "two"
    assert pair.server_numbers() == [51, 51, 51]
    assert pair.server.failures == 3


def test_too_many_queued_requests() -> None:
    pair = make_auth_pair(max_queued=2)
    only_request(pair.server.receive_message(password_request("one")))
    pair.server.receive_message(password_request("two"))
    pair.server.receive_message(password_request("three"))
    with pytest.raises(RemoteProtocolError):
        pair.server.receive_message(password_request("four"))


@pytest.mark.parametrize(
    ("methods", "method", "body"),
    [
        (DEFAULT_AUTH_METHODS, "x-vendor@example.com", b"opaque"),
        (DEFAULT_AUTH_METHODS, "gssapi-with-mic", b"\x00\x00\x00\x00"),
        (("publickey",), "password", UserauthPasswordRequest(False, "pw", None)),
    ],
    ids=["vendor", "gssapi", "disabled-password"],
)
def test_unknown_or_disabled_method_fails_without_the_app(
    methods: tuple[str, ...], method: str, body: object
) -> None:
    pair = make_auth_pair(methods=methods)
    assert pair.server.receive_message(raw_request(method, body)) == []
    assert failure_of(pair.s_out[0]).methods_that_can_continue == methods
    assert state_of(pair.server) is ServerAuthState.IDLE
    assert pair.server.current is None
    assert pair.server.failures == 1


# -- secrets ----------------------------------------------------------------------------------


def test_secrets_absent_from_reprs() -> None:
    pair = make_auth_pair()
    pair.client.request_password(USER, "pw-old-SECRET")
    request = only_request(pair.to_server())
    pair.server.request_password_change("expired")
    pair.to_client()
    pair.client.request_keyboard_interactive(USER)
    aborted, _ = pair.to_server()
    pair.server.send_info_request([("OTP: ", False)])
    pair.to_client()
    pair.client.answer_keyboard_interactive(["otp-SECRET"])
    [answered] = pair.to_server()
    changed = PasswordRequest(
        username=USER,
        service=SERVICE,
        method="password",
        password="pw-old-SECRET",
        new_password="pw-new-SECRET",
    )
    texts = [
        repr(request),
        repr(AuthRequested(request=request)),
        repr(aborted),
        repr(answered),
        repr(changed),
        repr(AuthAborted(request=changed)),
        str(answered),
    ]
    assert isinstance(answered, KeyboardInteractiveAnswered)
    assert answered.answers == ("otp-SECRET",)
    for text in texts:
        assert "SECRET" not in text, text


# -- over a real transport --------------------------------------------------------------------


def test_transport_password_with_banner() -> None:
    auth = transport_auth(banner="hi\n")
    auth.client.request_none(USER)
    # The banner leaves with the first request's arrival, before any decision.
    client_events, server_events = auth.pump()
    assert [type(e) for e in server_events] == [AuthRequested]
    assert client_events == [AuthBannerReceived(message="hi\n", language="")]
    auth.server.reject()
    client_events, _ = auth.pump()
    assert client_events == [
        AuthFailed(method="none", methods_left=DEFAULT_AUTH_METHODS, partial_success=False),
    ]
    auth.client.request_password(USER, "pw")
    _, server_events = auth.pump()
    assert isinstance(only_request(server_events), PasswordRequest)
    auth.server.accept()
    client_events, _ = auth.pump()
    assert client_events == [AuthSucceeded(method="password")]


def test_transport_hostbound_publickey_binds_session_and_host_key() -> None:
    auth = transport_auth()
    pair = auth.pair
    # Both transports agree on what the signatures cover.
    assert pair.client.session_id == pair.server.session_id
    assert pair.client.host_key_blob is not None
    assert pair.client.host_key_blob == pair.server.host_key_blob
    key = user_key("ecdsa", 256)
    blob, host_key = key.public_blob, pair.client.host_key_blob
    auth.client.request_publickey(USER, key.type, blob, host_key=host_key)
    _, server_events = auth.pump()
    assert isinstance(only_request(server_events), PublicKeyRequest)
    auth.server.accept()
    client_events, _ = auth.pump()
    assert client_events == [PublicKeyAccepted(algorithm=key.type, public_key=blob)]
    data = auth.client.signed_data(USER, key.type, blob, host_key=host_key)
    auth.client.request_publickey(USER, key.type, blob, key.sign(data), host_key=host_key)
    _, server_events = auth.pump()
    signed = only_request(server_events)
    assert isinstance(signed, PublicKeyRequest)
    assert signed.hostbound and signed.signed
    auth.server.accept()
    client_events, _ = auth.pump()
    assert client_events == [AuthSucceeded(method=HOSTBOUND_METHOD)]


def test_transport_signature_over_another_session_refused() -> None:
    # The same key signed for another connection (a replay) is refused by the library.
    auth = transport_auth()
    key = user_key()
    blob = key.public_blob
    replayed = ClientAuthEngine(lambda _: None, SID).signed_data(USER, key.type, blob)
    auth.client.request_publickey(USER, key.type, blob, key.sign(replayed))
    client_events, server_events = auth.pump()
    assert server_events == []
    [event] = client_events
    assert isinstance(event, AuthFailed)
    assert auth.server.failures == 1

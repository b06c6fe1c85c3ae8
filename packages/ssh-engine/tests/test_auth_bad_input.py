"""Bad input to the auth engines: every malformed, forged or unusable request ends either as
a clean FAILURE counted as an attempt, or as RemoteProtocolError when the protocol itself is
broken, and never as any other exception."""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import cache

import pytest
from _auth_helpers import (
    OTHER_SID,
    SID,
    USER,
    decode_out,
    raw_request,
    rsa_blob,
    signed_hostbased_request,
    signed_publickey_request,
    state_of,
    user_certificate,
    user_key,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._auth._client import HOSTBOUND_METHOD, ClientAuthEngine
from ssh_engine._auth._events import (
    AuthEvent,
    AuthRequested,
    KeyboardInteractiveAnswered,
    PublicKeyRequest,
)
from ssh_engine._auth._server import DEFAULT_AUTH_METHODS, ServerAuthEngine, ServerAuthState
from ssh_engine._auth._signatures import DEFAULT_PUBLICKEY_ALGORITHMS
from ssh_engine._errors import ProtocolError, RemoteProtocolError
from ssh_engine._hostkey_algs import HOST_KEY_ALGORITHM_REGISTRY
from ssh_wire import encode_message
from ssh_wire.messages import (
    HostboundSignedData,
    UserauthBanner,
    UserauthFailure,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPrompt,
    UserauthPublickeyRequest,
    UserauthSuccess,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HOST_BLOB = user_key("ed25519", None, "host").public_blob
ALL_METHODS = (*DEFAULT_AUTH_METHODS, "hostbased")


class Server:
    """A server engine with everything enabled, and what it sent."""

    def __init__(self, **options: object) -> None:
        self.sent: list[bytes] = []
        self.disconnects: list[tuple[int, str]] = []
        settings_: dict[str, object] = {"methods": ALL_METHODS, "host_key_blobs": (HOST_BLOB,)}
        settings_.update(options)
        self.engine = ServerAuthEngine(
            self.sent.append,
            lambda reason, text: self.disconnects.append((reason, text)),
            SID,
            **settings_,  # type: ignore[arg-type]
        )

    def feed(self, payload: bytes | memoryview) -> list[AuthEvent]:
        """Hands one payload to the engine."""
        return self.engine.receive_message(payload)

    def assert_clean_failure(self, events: list[AuthEvent]) -> None:
        """The request was refused by the library: no event, one FAILURE, one attempt."""
        assert events == []
        assert len(self.sent) == 1
        failure = decode_out(self.sent[0])
        assert isinstance(failure, UserauthFailure)
        assert not failure.partial_success
        assert self.engine.failures == 1
        assert state_of(self.engine) is ServerAuthState.IDLE


def refused(payload: bytes, **options: object) -> None:
    """Asserts a fresh server refuses ``payload`` cleanly (FAILURE, counted)."""
    server = Server(**options)
    server.assert_clean_failure(server.feed(payload))


def hostbound_request(key_blob: bytes, signature: bytes | None, host_key: bytes) -> bytes:
    """Returns a raw publickey-hostbound request."""
    body = UserauthHostboundRequest(
        has_signature=signature is not None,
        algorithm="ssh-ed25519",
        public_key=key_blob,
        server_host_key=host_key,
        signature=signature,
    )
    return raw_request(HOSTBOUND_METHOD, body)


def query(algorithm: str, blob: bytes) -> bytes:
    """Returns a raw publickey query (no signature)."""
    body = UserauthPublickeyRequest(
        has_signature=False, algorithm=algorithm, public_key=blob, signature=None
    )
    return raw_request("publickey", body)


@cache
def valid_requests() -> dict[str, bytes]:
    """One valid request per method (and an unknown one), for truncation and garbage."""
    key = user_key()
    data = encode_message(
        HostboundSignedData(
            session_identifier=SID,
            user_name=USER,
            service_name="ssh-connection",
            algorithm="ssh-ed25519",
            public_key=key.public_blob,
            server_host_key=HOST_BLOB,
        )
    )
    return {
        "none": raw_request("none", None),
        "password": raw_request("password", UserauthPasswordRequest(False, "pw", None)),
        "password-change": raw_request("password", UserauthPasswordRequest(True, "a", "b")),
        "publickey-query": query("ssh-ed25519", key.public_blob),
        "publickey-signed": signed_publickey_request(key, "ssh-ed25519"),
        "hostbound": hostbound_request(key.public_blob, key.sign(data), HOST_BLOB),
        "hostbased": signed_hostbased_request(user_key("ed25519", None, "client-host")),
        "keyboard-interactive": raw_request(
            "keyboard-interactive", UserauthKbdintRequest(language_tag=b"", submethods="")
        ),
        "unknown": raw_request("x-unknown@example.com", b"\x00\x00\x00\x01x"),
    }


# -- malformed requests -----------------------------------------------------------------------


def test_valid_requests_are_valid() -> None:
    # The baseline for the truncation tests: every known method reaches the application.
    for name, payload in valid_requests().items():
        events = Server().feed(payload)
        if name == "unknown":
            assert events == []
        else:
            assert len(events) == 1 and isinstance(events[0], AuthRequested), name


@pytest.mark.parametrize("name", list(valid_requests()))
def test_truncated_at_every_offset(name: str) -> None:
    payload = valid_requests()[name]
    for cut in range(len(payload)):
        server = Server()
        try:
            events = server.feed(payload[:cut])
        except RemoteProtocolError:
            assert server.sent == [], cut
            continue
        # Only an unknown method's opaque tail can be cut and still decode: refused.
        assert name == "unknown", cut
        server.assert_clean_failure(events)


@pytest.mark.parametrize("name", list(valid_requests()))
def test_garbage_after_fields(name: str) -> None:
    payload = valid_requests()[name] + b"\x00\x00\x00\x00garbage"
    server = Server()
    if name == "unknown":
        # An unknown method's body is opaque, so trailing bytes are part of it.
        server.assert_clean_failure(server.feed(payload))
        return
    with pytest.raises(RemoteProtocolError):
        server.feed(payload)
    assert server.sent == []


def test_not_a_request_at_all() -> None:
    for payload in (b"", b"\x33", b"\x3c", b"\x50" + bytes(10), b"\x32\xff\xff\xff\xff"):
        with pytest.raises(RemoteProtocolError):
            Server().feed(payload)


def test_invalid_utf8_user_name() -> None:
    payload = b"\x32" + struct.pack(">I", 2) + b"\xff\xfe" + valid_requests()["none"][10:]
    with pytest.raises(RemoteProtocolError):
        Server().feed(payload)


@pytest.mark.parametrize(
    "method", ["x-unknown", "PASSWORD", "gssapi-keyex", "publickey-hostbound-v01@openssh.com"]
)
def test_unknown_method_names(method: str) -> None:
    refused(raw_request(method, b""))


@pytest.mark.parametrize("method", [b"", b"publickey ", b"none\x00", b"p\xc3\xa4ss", b"a,b"])
def test_method_names_that_are_not_names(method: bytes) -> None:
    # RFC 4251 §6: names are non-empty printable US-ASCII without commas or spaces.
    payload = valid_requests()["none"][:-8] + struct.pack(">I", len(method)) + method
    with pytest.raises(RemoteProtocolError):
        Server().feed(payload)


# -- forged or mismatched signatures ----------------------------------------------------------


def test_signature_over_another_session() -> None:
    refused(signed_publickey_request(user_key(), "ssh-ed25519", session_id=OTHER_SID))
    refused(signed_hostbased_request(user_key("ed25519", None, "h"), session_id=OTHER_SID))


def test_signature_over_another_user() -> None:
    # A valid signature, but over the request of another user name.
    payload = signed_publickey_request(user_key(), "ssh-ed25519", user="bob")
    refused(payload.replace(b"\x00\x00\x00\x03bob", b"\x00\x00\x00\x05" + USER.encode(), 1))


def test_signature_by_another_key() -> None:
    impostor = user_key("ed25519", None, "impostor")
    refused(signed_publickey_request(user_key(), "ssh-ed25519", signer=impostor))
    refused(signed_hostbased_request(user_key("ed25519", None, "h"), signer=impostor))
    # Another key of another type altogether.
    refused(signed_publickey_request(user_key("ecdsa", 256), "ecdsa-sha2-nistp256",
                                     signer=user_key("ecdsa", 384),
                                     signature_algorithm="ecdsa-sha2-nistp384"))  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "bits", "algorithm", "signature_algorithm"),
    [
        # RFC 8332 §3.2: the signature must use the request's hash.
        ("rsa", None, "rsa-sha2-512", "rsa-sha2-256"),
        ("rsa", None, "rsa-sha2-256", "rsa-sha2-512"),
        ("rsa", None, "rsa-sha2-512", "ssh-rsa"),
    ],
)
def test_signature_with_mismatched_algorithm(
    kind: str, bits: int | None, algorithm: str, signature_algorithm: str
) -> None:
    key = user_key(kind, bits)
    refused(signed_publickey_request(key, algorithm, signature_algorithm=signature_algorithm))


def test_key_offered_under_another_algorithm_name() -> None:
    ed, ec = user_key(), user_key("ecdsa", 256)
    refused(query("ecdsa-sha2-nistp256", ed.public_blob))
    refused(query("ssh-ed25519", ec.public_blob))
    refused(query("ecdsa-sha2-nistp384", ec.public_blob))
    # A certificate under its plain name, and a plain key under the certificate name.
    cert = user_certificate()
    refused(query("ssh-ed25519", cert.blob))
    refused(query("ssh-ed25519-cert-v01@openssh.com", ed.public_blob))


@pytest.mark.parametrize(
    "signature",
    [
        b"",
        b"garbage",
        b"\x00" * 90,
        b"\x00\x00\x00\x0bssh-ed25519",  # no signature bytes
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x40" + b"\x00" * 64,  # all zero
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x03abc",  # too short
    ],
    ids=["empty", "garbage", "zeros", "no-body", "zero-signature", "short-signature"],
)
def test_malformed_signature_blobs(signature: bytes) -> None:
    key = user_key()
    body = UserauthPublickeyRequest(True, "ssh-ed25519", key.public_blob, signature)
    refused(raw_request("publickey", body))


# -- keys the server cannot use ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("algorithm", "blob"),
    [
        ("ssh-ed25519", b""),
        ("ssh-ed25519", b"not a key blob"),
        ("ssh-ed25519", b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x05short"),
        ("ecdsa-sha2-nistp256", b"\x00\x00\x00\x13ecdsa-sha2-nistp256\x00\x00\x00\x08nistp256"
                                b"\x00\x00\x00\x03\x04\x01\x02"),
        ("rsa-sha2-512", rsa_blob(768)),
        ("ssh-ed25519-cert-v01@openssh.com",
         b"\x00\x00\x00\x20ssh-ed25519-cert-v01@openssh.com" + b"\x00" * 40),
        ("sk-ssh-ed25519@openssh.com", b"\x00\x00\x00\x1ask-ssh-ed25519@openssh.com"),
        ("x-unknown-key@example.com", b"\x00\x00\x00\x19x-unknown-key@example.com"),
    ],
    ids=["empty", "garbage", "short-ed25519", "bad-ec-point", "rsa-768", "bad-cert",
         "sk-key", "unknown-type"],
)  # fmt: skip
def test_unusable_key_blob(algorithm: str, blob: bytes) -> None:
    refused(query(algorithm, blob))


def test_key_with_trailing_garbage() -> None:
    refused(query("ssh-ed25519", user_key().public_blob + b"\x00"))


def test_key_type_not_in_publickey_algorithms() -> None:
    ec = user_key("ecdsa", 256)
    refused(query("ecdsa-sha2-nistp256", ec.public_blob), publickey_algorithms=("ssh-ed25519",))
    refused(query("ssh-dss", b"\x00\x00\x00\x07ssh-dss" + b"\x00" * 16))
    # The same algorithm is fine when listed.
    assert isinstance(Server().feed(query("ecdsa-sha2-nistp256", ec.public_blob))[0], AuthRequested)


def test_hostbound_naming_another_host_key() -> None:
    key = user_key()
    refused(hostbound_request(key.public_blob, None, b"some other host key"))
    refused(hostbound_request(key.public_blob, None, b""))


def test_signed_request_without_prior_query_is_judged_on_its_merits() -> None:
    # RFC 4252 §7: a client may sign straight away; a valid signature reaches the app.
    for key, algorithm in ((user_key(), "ssh-ed25519"), (user_key("rsa"), "rsa-sha2-256")):
        server = Server()
        [event] = server.feed(signed_publickey_request(key, algorithm))
        assert isinstance(event, AuthRequested)
        request = event.request
        assert isinstance(request, PublicKeyRequest)
        assert request.signed and request.key == key
        server.engine.accept()
        assert [p[0] for p in server.sent] == [52]
    # ... and the application may still refuse it, which counts.
    server = Server()
    server.feed(signed_publickey_request(user_key(), "ssh-ed25519"))
    server.engine.reject()
    assert server.engine.failures == 1


def test_memoryview_payloads_work_like_bytes() -> None:
    for payload in valid_requests().values():
        as_bytes, as_view = Server(), Server()
        assert as_bytes.feed(payload) == as_view.feed(memoryview(payload))
        assert as_bytes.sent == as_view.sent


# -- INFO_RESPONSE ----------------------------------------------------------------------------


def prompting(prompts: int) -> Server:
    """Returns a server that sent an INFO_REQUEST with ``prompts`` prompts."""
    server = Server()
    server.feed(valid_requests()["keyboard-interactive"])
    server.engine.send_info_request([(f"p{i}", False) for i in range(prompts)])
    return server


def info_response(count: int) -> bytes:
    """Returns an INFO_RESPONSE with ``count`` answers."""
    return encode_message(UserauthInfoResponse(responses=tuple(f"a{i}" for i in range(count))))


@pytest.mark.parametrize(("prompts", "answers"), [(2, 1), (2, 3), (0, 1), (1, 0)])
def test_info_response_with_wrong_number_of_answers(prompts: int, answers: int) -> None:
    server = prompting(prompts)
    with pytest.raises(RemoteProtocolError):
        server.feed(info_response(answers))


def test_info_response_with_right_number_of_answers() -> None:
    for count in (0, 1, 3):
        server = prompting(count)
        [event] = server.feed(info_response(count))
        assert event == KeyboardInteractiveAnswered(answers=tuple(f"a{i}" for i in range(count)))


def test_info_response_when_no_prompt_is_pending() -> None:
    idle = Server()
    deciding = Server()
    deciding.feed(valid_requests()["keyboard-interactive"])
    answered = prompting(1)
    answered.feed(info_response(1))
    done = Server()
    done.feed(valid_requests()["password"])
    done.engine.accept()
    changing = Server()
    changing.feed(valid_requests()["password"])
    changing.engine.request_password_change("expired")
    for server in (idle, deciding, answered, done, changing):
        with pytest.raises(RemoteProtocolError):
            server.feed(info_response(1))


def test_malformed_info_response() -> None:
    for payload in (b"\x3d", b"\x3d\x00\x00\x00\x02\x00\x00\x00\x01a", info_response(1) + b"x"):
        with pytest.raises(RemoteProtocolError):
            prompting(1).feed(payload)


# -- hypothesis: only ProtocolError escapes ---------------------------------------------------


def _server_idle() -> Server:
    return Server()


def _server_deciding() -> Server:
    server = Server()
    server.feed(valid_requests()["publickey-query"])
    return server


def _server_changing() -> Server:
    server = Server()
    server.feed(valid_requests()["password"])
    server.engine.request_password_change("expired")
    return server


def _server_done() -> Server:
    server = Server()
    server.feed(valid_requests()["none"])
    server.engine.accept()
    return server


def _server_exhausted() -> Server:
    server = Server(max_attempts=1)
    server.feed(valid_requests()["unknown"])
    assert server.engine.exhausted
    return server


SERVER_STATES: list[Callable[[], Server]] = [
    _server_idle,
    _server_deciding,
    lambda: prompting(2),
    _server_changing,
    _server_done,
    _server_exhausted,
]

_HEAD = raw_request("none", None)[:-8]  # number, user name, service name


def _with_method(method: str) -> st.SearchStrategy[bytes]:
    """A well-formed request header for ``method`` with an arbitrary body."""
    name = method.encode()
    head = _HEAD + struct.pack(">I", len(name)) + name
    return st.binary(max_size=300).map(lambda body: head + body)


def _mutated(payload: bytes) -> st.SearchStrategy[bytes]:
    """``payload`` with a few bytes overwritten, then possibly cut short or extended."""
    edits = st.lists(
        st.tuples(st.integers(0, len(payload) - 1), st.integers(0, 255)), min_size=1, max_size=4
    )

    def apply(args: tuple[list[tuple[int, int]], int, bytes]) -> bytes:
        changes, cut, tail = args
        out = bytearray(payload)
        for index, value in changes:
            out[index] = value
        return bytes(out[: max(1, cut)]) + tail

    return st.tuples(edits, st.integers(1, len(payload)), st.binary(max_size=8)).map(apply)


@cache
def _structured_keys() -> list[bytes]:
    """Requests whose key blob is random or a near-valid key, under every algorithm name."""
    blobs = [user_key().public_blob, user_key("ecdsa", 256).public_blob, user_certificate().blob]
    return [
        query(name, blob) for name in (*HOST_KEY_ALGORITHM_REGISTRY, "x-unknown") for blob in blobs
    ]


SERVER_PAYLOADS = st.one_of(
    st.binary(max_size=400).map(lambda b: b"\x32" + b),
    st.binary(max_size=400).map(lambda b: b"\x3d" + b),
    st.sampled_from(
        ["none", "password", "publickey", HOSTBOUND_METHOD, "hostbased", "keyboard-interactive"]
    ).flatmap(_with_method),
    st.sampled_from(list(valid_requests().values())).flatmap(_mutated),
    st.sampled_from(_structured_keys()),
    st.sampled_from(_structured_keys()).flatmap(_mutated),
    st.lists(st.text(max_size=5), max_size=4).map(
        lambda answers: encode_message(UserauthInfoResponse(responses=tuple(answers)))
    ),
)


@SETTINGS
@given(
    state=st.sampled_from(SERVER_STATES),
    payload=SERVER_PAYLOADS,
    as_view=st.booleans(),
)
def test_server_fuzz_only_protocol_errors(
    state: Callable[[], Server], payload: bytes, as_view: bool
) -> None:
    server = state()
    sent_before = len(server.sent)
    try:
        events = server.feed(memoryview(payload) if as_view else payload)
    except ProtocolError:
        return
    assert all(isinstance(e, AuthEvent) for e in events)
    # Refusing the current request makes the engine judge whatever got queued behind it.
    if state_of(server.engine) is ServerAuthState.DECIDING:
        server.engine.reject()
    # Only userauth answers went out: FAILURE, SUCCESS, BANNER or a 60 (PK_OK here).
    for out in server.sent[sent_before:]:
        assert out[0] in (51, 52, 53, 60)


def _client_in(setup: Callable[[ClientAuthEngine], None]) -> Callable[[], ClientAuthEngine]:
    def make() -> ClientAuthEngine:
        client = ClientAuthEngine(lambda _: None, SID)
        setup(client)
        return client

    return make


def _kbd_prompted(client: ClientAuthEngine) -> None:
    client.request_keyboard_interactive(USER)
    client.receive_message(b"\x3c" + bytes(16))  # INFO_REQUEST: 3 empty strings, 0 prompts


def _pw_prompted(client: ClientAuthEngine) -> None:
    client.request_password(USER, "pw")
    client.receive_message(b"\x3c" + bytes(8))  # PASSWD_CHANGEREQ, empty prompt and tag


def _done(client: ClientAuthEngine) -> None:
    client.request_none(USER)
    client.receive_message(b"\x34")


CLIENT_STATES = [
    _client_in(lambda c: None),
    _client_in(lambda c: c.request_none(USER)),
    _client_in(lambda c: c.request_password(USER, "pw")),
    _client_in(lambda c: c.request_publickey(USER, "ssh-ed25519", b"k")),
    _client_in(lambda c: c.request_publickey(USER, "ssh-ed25519", b"k", b"s")),
    _client_in(lambda c: c.request_publickey(USER, "ssh-ed25519", b"k", host_key=b"h")),
    _client_in(lambda c: c.request_keyboard_interactive(USER)),
    _client_in(lambda c: c.request_hostbased(USER, "ssh-ed25519", b"k", "h", "u", b"s")),
    _client_in(_kbd_prompted),
    _client_in(_pw_prompted),
    _client_in(_done),
]


_TEXT = st.text(max_size=20)
_TAG = st.binary(max_size=8)
#: Well-formed server messages with arbitrary fields, so the fuzz also gets past decoding.
_WELL_FORMED = st.one_of(
    st.builds(UserauthFailure, st.lists(st.sampled_from(ALL_METHODS)).map(tuple), st.booleans()),
    st.builds(UserauthSuccess),
    st.builds(UserauthBanner, _TEXT, _TAG),
    st.builds(UserauthPkOk, st.sampled_from(DEFAULT_PUBLICKEY_ALGORITHMS), st.binary(max_size=40)),
    st.builds(UserauthPasswdChangereq, _TEXT, _TAG),
    st.builds(
        UserauthInfoRequest,
        _TEXT,
        _TEXT,
        _TAG,
        st.lists(st.builds(UserauthPrompt, _TEXT, st.booleans()), max_size=4).map(tuple),
    ),
).map(encode_message)

CLIENT_PAYLOADS = st.one_of(
    st.tuples(st.integers(51, 79), st.binary(max_size=300)).map(lambda t: bytes([t[0]]) + t[1]),
    _WELL_FORMED,
    _WELL_FORMED.flatmap(lambda p: _mutated(p) if len(p) > 1 else st.just(p)),
)


@SETTINGS
@given(state=st.sampled_from(CLIENT_STATES), payload=CLIENT_PAYLOADS, as_view=st.booleans())
def test_client_fuzz_only_protocol_errors(
    state: Callable[[], ClientAuthEngine], payload: bytes, as_view: bool
) -> None:
    client = state()
    try:
        events = client.receive_message(memoryview(payload) if as_view else payload)
    except ProtocolError:
        return
    assert all(isinstance(e, AuthEvent) for e in events)


def test_fuzz_states_are_what_they_claim() -> None:
    # Guard against the fuzz set-ups silently failing to reach their states.
    assert [f().engine.state for f in SERVER_STATES] == [
        ServerAuthState.IDLE,
        ServerAuthState.DECIDING,
        ServerAuthState.PROMPTING,
        ServerAuthState.CHANGING,
        ServerAuthState.DONE,
        ServerAuthState.DONE,
    ]
    states = [f().state.value for f in CLIENT_STATES]
    assert states == ["idle"] + ["pending"] * 7 + ["prompted"] * 2 + ["done"]

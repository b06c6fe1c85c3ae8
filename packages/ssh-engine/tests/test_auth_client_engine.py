"""ClientAuthEngine (RFC 4252, RFC 4256, PROTOCOL §2.5): the bytes it sends, the events it
makes of the server's answers, and the states in which it refuses actions or messages."""

from __future__ import annotations

import struct

import pytest
from _auth_helpers import SERVICE, SID, USER, decode_out, state_of, user_key

from ssh_engine._auth._client import HOSTBOUND_METHOD, ClientAuthEngine, ClientAuthState
from ssh_engine._auth._events import (
    AuthBannerReceived,
    AuthFailed,
    AuthSucceeded,
    KeyboardInteractivePrompted,
    PasswordChangeRequested,
    PublicKeyAccepted,
)
from ssh_engine._errors import LocalProtocolError, RemoteProtocolError
from ssh_wire import encode_message
from ssh_wire.messages import (
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPrompt,
    UserauthPublickeyRequest,
    UserauthRequest,
    UserauthSuccess,
)

FAILURE = encode_message(
    UserauthFailure(methods_that_can_continue=("publickey", "password"), partial_success=False)
)
SUCCESS = encode_message(UserauthSuccess())


def s(value: str | bytes) -> bytes:
    """RFC 4251 §5 ``string``, written by hand so layouts are checked independently of the
    generated codecs."""
    raw = value.encode() if isinstance(value, str) else value
    return struct.pack(">I", len(raw)) + raw


def make_client() -> tuple[ClientAuthEngine, list[bytes]]:
    """Returns a client engine and the list its payloads go to."""
    out: list[bytes] = []
    return ClientAuthEngine(out.append, SID), out


def info_request(prompts: tuple[tuple[str, bool], ...], name: str = "n") -> bytes:
    """Returns an encoded INFO_REQUEST (RFC 4256 §3.2)."""
    return encode_message(
        UserauthInfoRequest(
            name=name,
            instruction="instr",
            language_tag=b"",
            prompts=tuple(UserauthPrompt(prompt=p, echo=e) for p, e in prompts),
        )
    )


# -- requests on the wire ---------------------------------------------------------------------


def test_none_request_bytes() -> None:
    client, out = make_client()
    client.request_none(USER)
    assert out == [b"\x32" + s(USER) + s(SERVICE) + s("none")]
    assert state_of(client) is ClientAuthState.PENDING
    assert client.pending_method == "none"


def test_password_request_bytes() -> None:
    client, out = make_client()
    client.request_password(USER, "pw")
    assert out == [b"\x32" + s(USER) + s(SERVICE) + s("password") + b"\x00" + s("pw")]


def test_custom_service_goes_into_requests_and_signed_data() -> None:
    out: list[bytes] = []
    client = ClientAuthEngine(out.append, SID, service="other-service")
    client.request_none(USER)
    msg = decode_out(out[0])
    assert isinstance(msg, UserauthRequest)
    assert msg.service_name == "other-service"
    assert s("other-service") in client.signed_data(USER, "ssh-ed25519", b"k")


def test_publickey_signed_data_layout() -> None:
    # RFC 4252 §7: session id, 50, user, service, "publickey", TRUE, algorithm, key blob.
    client, _ = make_client()
    data = client.signed_data(USER, "ssh-ed25519", b"BLOB")
    assert data == (
        s(SID) + b"\x32" + s(USER) + s(SERVICE) + s("publickey") + b"\x01"
        + s("ssh-ed25519") + s(b"BLOB")
    )  # fmt: skip


def test_hostbound_signed_data_layout() -> None:
    # PROTOCOL §2.5: as publickey, with the method name changed and the host key appended.
    client, _ = make_client()
    data = client.signed_data(USER, "ssh-ed25519", b"BLOB", host_key=b"HOSTKEY")
    assert data == (
        s(SID) + b"\x32" + s(USER) + s(SERVICE) + s(HOSTBOUND_METHOD) + b"\x01"
        + s("ssh-ed25519") + s(b"BLOB") + s(b"HOSTKEY")
    )  # fmt: skip


def test_hostbased_signed_data_layout() -> None:
    # RFC 4252 §9: no boolean, client host name and user name at the end.
    client, _ = make_client()
    data = client.hostbased_signed_data(USER, "ssh-ed25519", b"BLOB", "h.example.", "bob")
    assert data == (
        s(SID) + b"\x32" + s(USER) + s(SERVICE) + s("hostbased") + s("ssh-ed25519")
        + s(b"BLOB") + s("h.example.") + s("bob")
    )  # fmt: skip


def test_publickey_query_and_signed_request_bodies() -> None:
    key = user_key()
    client, out = make_client()
    client.request_publickey(USER, "ssh-ed25519", key.public_blob)
    query = decode_out(out[0])
    assert isinstance(query, UserauthRequest)
    assert query.method == UserauthPublickeyRequest(
        has_signature=False, algorithm="ssh-ed25519", public_key=key.public_blob, signature=None
    )
    client.receive_message(
        encode_message(UserauthPkOk(algorithm="ssh-ed25519", public_key=key.public_blob))
    )
    sig = key.sign(client.signed_data(USER, "ssh-ed25519", key.public_blob))
    client.request_publickey(USER, "ssh-ed25519", key.public_blob, sig)
    signed = decode_out(out[1])
    assert isinstance(signed, UserauthRequest)
    assert signed.method_name == "publickey"
    assert isinstance(signed.method, UserauthPublickeyRequest)
    assert signed.method.has_signature
    assert signed.method.signature == sig


def test_hostbound_request_body() -> None:
    key = user_key()
    client, out = make_client()
    client.request_publickey(USER, "ssh-ed25519", key.public_blob, b"SIG", host_key=b"HK")
    msg = decode_out(out[0])
    assert isinstance(msg, UserauthRequest)
    assert msg.method_name == HOSTBOUND_METHOD
    assert msg.method == UserauthHostboundRequest(
        has_signature=True,
        algorithm="ssh-ed25519",
        public_key=key.public_blob,
        server_host_key=b"HK",
        signature=b"SIG",
    )


def test_hostbased_request_body() -> None:
    client, out = make_client()
    client.request_hostbased(USER, "ssh-ed25519", b"BLOB", "h.example.", "bob", b"SIG")
    msg = decode_out(out[0])
    assert isinstance(msg, UserauthRequest)
    assert msg.method == UserauthHostbasedRequest(
        algorithm="ssh-ed25519",
        public_key=b"BLOB",
        client_host_name="h.example.",
        client_user_name="bob",
        signature=b"SIG",
    )
    # Hostbased has no method-specific answer: message 60 is illegal for it.
    with pytest.raises(RemoteProtocolError):
        client.receive_message(info_request((("p", True),)))


def test_keyboard_interactive_request_body() -> None:
    client, out = make_client()
    client.request_keyboard_interactive(USER, "pam")
    msg = decode_out(out[0])
    assert isinstance(msg, UserauthRequest)
    assert msg.method == UserauthKbdintRequest(language_tag=b"", submethods="pam")


# -- answers ----------------------------------------------------------------------------------


def test_failure_event_and_back_to_idle() -> None:
    client, _ = make_client()
    client.request_none(USER)
    events = client.receive_message(FAILURE)
    assert events == [
        AuthFailed(method="none", methods_left=("publickey", "password"), partial_success=False)
    ]
    assert state_of(client) is ClientAuthState.IDLE
    assert client.pending_method is None


def test_partial_success_flag_reaches_event() -> None:
    client, _ = make_client()
    client.request_password(USER, "pw")
    failure = UserauthFailure(methods_that_can_continue=("publickey",), partial_success=True)
    [event] = client.receive_message(encode_message(failure))
    assert event == AuthFailed(method="password", methods_left=("publickey",), partial_success=True)


def test_success_ends_the_protocol() -> None:
    client, _ = make_client()
    client.request_password(USER, "pw")
    assert client.receive_message(SUCCESS) == [AuthSucceeded(method="password")]
    assert state_of(client) is ClientAuthState.DONE
    # RFC 4252 §5.1: nothing of userauth may follow, not even a banner.
    banner = encode_message(UserauthBanner(message="late", language_tag=b""))
    for payload in (SUCCESS, FAILURE, banner):
        with pytest.raises(RemoteProtocolError):
            client.receive_message(payload)
    with pytest.raises(LocalProtocolError):
        client.request_none(USER)


def test_banner_when_idle_and_when_pending() -> None:
    client, _ = make_client()
    banner = encode_message(UserauthBanner(message="Welcome\n", language_tag=b"en"))
    assert client.receive_message(banner) == [
        AuthBannerReceived(message="Welcome\n", language="en")
    ]
    client.request_none(USER)
    assert client.receive_message(banner) == [
        AuthBannerReceived(message="Welcome\n", language="en")
    ]
    # The banner does not answer the request.
    assert state_of(client) is ClientAuthState.PENDING


@pytest.mark.parametrize("payload", [FAILURE, SUCCESS], ids=["failure", "success"])
def test_answer_without_request_is_an_error(payload: bytes) -> None:
    client, _ = make_client()
    with pytest.raises(RemoteProtocolError):
        client.receive_message(payload)


def test_pk_ok_event_returns_to_idle() -> None:
    key = user_key()
    client, _ = make_client()
    client.request_publickey(USER, "ssh-ed25519", key.public_blob)
    pk_ok = encode_message(UserauthPkOk(algorithm="ssh-ed25519", public_key=key.public_blob))
    assert client.receive_message(pk_ok) == [
        PublicKeyAccepted(algorithm="ssh-ed25519", public_key=key.public_blob)
    ]
    assert state_of(client) is ClientAuthState.IDLE


def test_pk_ok_for_hostbound_query() -> None:
    key = user_key()
    client, _ = make_client()
    client.request_publickey(USER, "ssh-ed25519", key.public_blob, host_key=b"HK")
    pk_ok = encode_message(UserauthPkOk(algorithm="ssh-ed25519", public_key=key.public_blob))
    [event] = client.receive_message(pk_ok)
    assert isinstance(event, PublicKeyAccepted)


def test_pk_ok_to_a_signed_request_is_an_error() -> None:
    key = user_key()
    client, _ = make_client()
    client.request_publickey(USER, "ssh-ed25519", key.public_blob, b"SIG")
    pk_ok = encode_message(UserauthPkOk(algorithm="ssh-ed25519", public_key=key.public_blob))
    with pytest.raises(RemoteProtocolError):
        client.receive_message(pk_ok)


def test_method_specific_message_for_none_is_an_error() -> None:
    client, _ = make_client()
    client.request_none(USER)
    with pytest.raises(RemoteProtocolError):
        client.receive_message(info_request(()))


@pytest.mark.parametrize("number", [54, 59, 61, 62, 79])
def test_unassigned_or_client_only_numbers_are_errors(number: int) -> None:
    client, _ = make_client()
    client.request_keyboard_interactive(USER)
    with pytest.raises(RemoteProtocolError):
        client.receive_message(bytes([number]))


def test_empty_payload_is_an_error() -> None:
    client, _ = make_client()
    with pytest.raises(RemoteProtocolError):
        client.receive_message(b"")


# -- password change --------------------------------------------------------------------------


def test_password_change_round_trip_bytes() -> None:
    client, out = make_client()
    client.request_password(USER, "old")
    changereq = encode_message(UserauthPasswdChangereq(prompt="expired", language_tag=b""))
    assert client.receive_message(changereq) == [
        PasswordChangeRequested(prompt="expired", language="")
    ]
    assert state_of(client) is ClientAuthState.PROMPTED
    client.change_password("old", "new")
    # RFC 4252 §8: TRUE, old password, new password.
    assert out[1] == (
        b"\x32" + s(USER) + s(SERVICE) + s("password") + b"\x01" + s("old") + s("new")
    )
    assert state_of(client) is ClientAuthState.PENDING
    # The server may ask again (the new password was not good enough).
    [again] = client.receive_message(changereq)
    assert isinstance(again, PasswordChangeRequested)
    client.change_password("old", "newer")
    assert client.receive_message(SUCCESS) == [AuthSucceeded(method="password")]


def test_change_password_without_request_is_local_error() -> None:
    client, _ = make_client()
    with pytest.raises(LocalProtocolError):
        client.change_password("a", "b")
    client.request_password(USER, "pw")
    with pytest.raises(LocalProtocolError):
        client.change_password("a", "b")


def test_second_changereq_before_answer_is_an_error() -> None:
    client, _ = make_client()
    client.request_password(USER, "pw")
    changereq = encode_message(UserauthPasswdChangereq(prompt="expired", language_tag=b""))
    client.receive_message(changereq)
    with pytest.raises(RemoteProtocolError):
        client.receive_message(changereq)


# -- keyboard-interactive ---------------------------------------------------------------------


def test_keyboard_interactive_rounds() -> None:
    client, out = make_client()
    client.request_keyboard_interactive(USER)
    [first] = client.receive_message(info_request((("Password: ", False), ("Name: ", True))))
    assert first == KeyboardInteractivePrompted(
        name="n",
        instruction="instr",
        language="",
        prompts=(("Password: ", False), ("Name: ", True)),
    )
    client.answer_keyboard_interactive(["pw", "me"])
    assert decode_out(out[1], "userauth-kbdint") == UserauthInfoResponse(responses=("pw", "me"))
    assert out[1] == b"\x3d" + struct.pack(">I", 2) + s("pw") + s("me")
    # A round without prompts is still answered (with zero answers).
    [empty] = client.receive_message(info_request(()))
    assert isinstance(empty, KeyboardInteractivePrompted)
    assert empty.prompts == ()
    client.answer_keyboard_interactive([])
    assert out[2] == b"\x3d" + struct.pack(">I", 0)
    assert client.receive_message(SUCCESS) == [AuthSucceeded(method="keyboard-interactive")]


def test_info_request_twice_without_answer_is_an_error() -> None:
    client, _ = make_client()
    client.request_keyboard_interactive(USER)
    client.receive_message(info_request((("p", False),)))
    with pytest.raises(RemoteProtocolError):
        client.receive_message(info_request((("p", False),)))


def test_answer_without_prompt_is_local_error() -> None:
    client, _ = make_client()
    with pytest.raises(LocalProtocolError):
        client.answer_keyboard_interactive([])
    client.request_keyboard_interactive(USER)
    with pytest.raises(LocalProtocolError):
        client.answer_keyboard_interactive([])


def test_new_request_abandons_an_open_prompt() -> None:
    # RFC 4252 §5: the client may give up a keyboard-interactive exchange with a new request.
    client, out = make_client()
    client.request_keyboard_interactive(USER)
    client.receive_message(info_request((("p", False),)))
    client.request_password(USER, "pw")
    assert client.pending_method == "password"
    assert state_of(client) is ClientAuthState.PENDING
    msg = decode_out(out[-1])
    assert isinstance(msg, UserauthRequest)
    assert msg.method == UserauthPasswordRequest(change=False, password="pw", new_password=None)


def test_request_while_pending_is_local_error() -> None:
    client, out = make_client()
    client.request_none(USER)
    with pytest.raises(LocalProtocolError):
        client.request_password(USER, "pw")
    # Nothing was sent for the refused action.
    assert len(out) == 1


def test_secrets_not_in_event_reprs() -> None:
    # The client never sees secrets in events; the ones it sends stay out of the wire repr.
    client, out = make_client()
    client.request_password(USER, "hunter2-secret")
    assert "hunter2-secret" not in repr(decode_out(out[0]))
    client, out = make_client()
    client.request_keyboard_interactive(USER)
    client.receive_message(info_request((("p", False),)))
    client.answer_keyboard_interactive(["otp-secret-42"])
    assert "otp-secret-42" not in repr(decode_out(out[1], "userauth-kbdint"))

"""The sans-IO client protocol: requests framed, replies matched in order, every bad input
turned into AgentFailure or AgentProtocolError, outstanding requests failed on close."""

from __future__ import annotations

import itertools
import struct
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssh_agent._errors import AgentError, AgentFailure, AgentProtocolError
from ssh_agent._framing import MAX_MESSAGE
from ssh_agent._protocol import AgentClientProtocol, PendingRequest
from ssh_wire import decode_message, encode_message
from ssh_wire import messages as m
from ssh_wire.keys import generate_key

_U32 = struct.Struct(">I")
KEY = generate_key("ed25519", comment="a key")
SIGNATURE = KEY.sign(b"data")


def frame(message: Any) -> bytes:
    payload = message if isinstance(message, bytes) else encode_message(message)
    return _U32.pack(len(payload)) + payload


def sent_messages(data: bytes) -> list[Any]:
    out = []
    while data:
        (length,) = _U32.unpack_from(data)
        out.append(decode_message(data[4 : 4 + length], "agent"))
        data = data[4 + length :]
    return out


IDENTITIES = m.AgentIdentitiesAnswer((m.AgentIdentity(KEY.public_blob, "a key"),))


# -- requests ------------------------------------------------------------------------------


def test_request_identities_round_trip() -> None:
    proto = AgentClientProtocol()
    request = proto.request_identities()
    assert proto.data_to_send() == b"\x00\x00\x00\x01\x0b"
    assert proto.data_to_send() == b""
    assert proto.outstanding == 1
    assert repr(request) == "<PendingRequest AgentRequestIdentities pending>"
    assert proto.receive_data(frame(IDENTITIES)) == [request]
    assert request.done and request.error is None
    assert request.result == IDENTITIES.identities
    assert proto.outstanding == 0


def test_every_request_encodes_its_message() -> None:
    proto = AgentClientProtocol()
    proto.sign(KEY.public_blob, b"data", 4)
    proto.add_identity(KEY.type, KEY.private_fields(), "c")
    lifetime = m.AgentConstraint(m.AgentConstraintType.LIFETIME, m.AgentLifetimeConstraint(5))
    proto.add_identity(KEY.type, KEY.private_fields(), "c", (lifetime,))
    proto.remove_identity(KEY.public_blob)
    proto.remove_all_identities()
    proto.lock("pw")
    proto.unlock("pw")
    proto.query()
    proto.session_bind(KEY.public_blob, b"sid", SIGNATURE, True)
    proto.extension("custom@example.com", b"\x01\x02")
    sent = sent_messages(proto.data_to_send())
    assert [type(x).__name__ for x in sent] == [
        "AgentSignRequest",
        "AgentAddIdentity",
        "AgentAddIdConstrained",
        "AgentRemoveIdentity",
        "AgentRemoveAllIdentities",
        "AgentLock",
        "AgentUnlock",
        "AgentExtension",
        "AgentExtension",
        "AgentExtension",
    ]
    assert sent[0] == m.AgentSignRequest(KEY.public_blob, b"data", 4)
    assert sent[2].constraints == (lifetime,)
    assert sent[5].passphrase == "pw"
    assert sent[7] == m.AgentExtension("query", None)
    assert sent[8].contents == m.AgentSessionBind(KEY.public_blob, b"sid", SIGNATURE, True)
    assert sent[9] == m.AgentExtension("custom@example.com", b"\x01\x02")
    assert proto.outstanding == 10


def test_generic_extension_with_known_names() -> None:
    proto = AgentClientProtocol()
    with pytest.raises(ValueError):
        proto.extension("query", b"x")
    with pytest.raises(ValueError):
        proto.extension("session-bind@openssh.com", b"garbage")
    bind = m.AgentSessionBind(KEY.public_blob, b"sid", SIGNATURE, False)
    proto.extension("session-bind@openssh.com", m.encode_agent_session_bind(bind))
    proto.extension("query")
    sent = sent_messages(proto.data_to_send())
    assert sent == [
        m.AgentExtension("session-bind@openssh.com", bind),
        m.AgentExtension("query", None),
    ]


def test_replies_are_matched_in_order_even_byte_by_byte() -> None:
    proto = AgentClientProtocol()
    first = proto.request_identities()
    second = proto.sign(KEY.public_blob, b"data")
    third = proto.remove_all_identities()
    stream = frame(IDENTITIES) + frame(m.AgentSignResponse(SIGNATURE)) + frame(m.AgentSuccess())
    completed: list[PendingRequest[Any]] = []
    for i in range(len(stream)):
        completed += proto.receive_data(stream[i : i + 1])
    assert completed == [first, second, third]
    assert second.result == SIGNATURE
    assert third.result is None and third.error is None


def test_failure_fails_only_that_request() -> None:
    proto = AgentClientProtocol()
    sign = proto.sign(KEY.public_blob, b"data")
    listing = proto.request_identities()
    proto.receive_data(frame(m.AgentFailure()) + frame(IDENTITIES))
    assert isinstance(sign.error, AgentFailure) and sign.error.request == "AgentSignRequest"
    assert listing.result == IDENTITIES.identities
    assert proto.closed is None
    later = proto.lock("x")
    proto.receive_data(frame(m.AgentSuccess()))
    assert later.done and later.error is None


def test_extension_failure_answers_extensions_only() -> None:
    proto = AgentClientProtocol()
    query = proto.query()
    proto.receive_data(frame(m.AgentExtensionFailure()))
    assert isinstance(query.error, AgentFailure)
    assert proto.closed is None
    listing = proto.request_identities()
    proto.receive_data(frame(m.AgentExtensionFailure()))
    assert isinstance(listing.error, AgentProtocolError)
    assert isinstance(proto.closed, AgentProtocolError)


def test_query_reply_is_decoded_and_checked() -> None:
    proto = AgentClientProtocol()
    query = proto.query()
    names = m.encode_agent_query_reply(m.AgentQueryReply(("query", "session-bind@openssh.com")))
    proto.receive_data(frame(m.AgentExtensionResponse("query", names)))
    assert query.result == ("query", "session-bind@openssh.com")

    other = proto.query()
    proto.receive_data(frame(m.AgentExtensionResponse("something-else", b"")))
    assert isinstance(other.error, AgentProtocolError)

    proto = AgentClientProtocol()
    bad = proto.query()
    proto.receive_data(frame(m.AgentExtensionResponse("query", b"\x00\x00\x00\x05ab")))
    assert isinstance(bad.error, AgentProtocolError)


def test_generic_extension_reply() -> None:
    proto = AgentClientProtocol()
    plain = proto.extension("x@example.com")
    rich = proto.extension("y@example.com")
    response = m.AgentExtensionResponse("y@example.com", b"payload")
    proto.receive_data(frame(m.AgentSuccess()) + frame(response))
    assert plain.result is None and plain.error is None
    assert rich.result == response


# -- protocol errors -----------------------------------------------------------------------


def test_unexpected_reply_breaks_everything_outstanding() -> None:
    proto = AgentClientProtocol()
    listing = proto.request_identities()
    sign = proto.sign(KEY.public_blob, b"data")
    completed = proto.receive_data(frame(m.AgentSuccess()))
    assert completed == [listing, sign]
    assert isinstance(listing.error, AgentProtocolError)
    assert "AgentSuccess" in str(listing.error)
    assert isinstance(sign.error, AgentProtocolError)
    assert isinstance(proto.closed, AgentProtocolError)
    with pytest.raises(AgentError, match="closed"):
        proto.request_identities()
    assert proto.receive_data(frame(IDENTITIES)) == []
    assert proto.connection_lost() == []


@pytest.mark.parametrize(
    "payload",
    [
        b"\x63",  # no such message number
        b"\x0b",  # a request, not a reply
        b"\x0c\x00\x00\x00\x02",  # identities answer, truncated
        b"\x0e\x00\x00\x00\x03abc",  # signature that is not a signature blob
        b"\x06trailing",  # success with trailing bytes
        encode_message(m.AgentSignResponse(SIGNATURE)),  # wrong reply type
    ],
)
def test_malformed_replies_are_protocol_errors(payload: bytes) -> None:
    proto = AgentClientProtocol()
    request = proto.request_identities() if payload[0] == 14 else proto.sign(KEY.public_blob, b"")
    proto.receive_data(frame(payload))
    assert isinstance(request.error, AgentProtocolError)
    assert isinstance(proto.closed, AgentProtocolError)


def test_unsolicited_reply_closes_the_protocol() -> None:
    proto = AgentClientProtocol()
    assert proto.receive_data(frame(m.AgentSuccess())) == []
    assert isinstance(proto.closed, AgentProtocolError)
    with pytest.raises(AgentError):
        proto.lock("x")


def test_oversized_frame_is_refused_before_buffering() -> None:
    proto = AgentClientProtocol()
    request = proto.request_identities()
    proto.receive_data(_U32.pack(MAX_MESSAGE + 1) + b"\x0c")
    assert isinstance(request.error, AgentProtocolError)
    assert "out of bounds" in str(request.error)


def test_oversized_request_is_refused_and_leaves_the_protocol_usable() -> None:
    proto = AgentClientProtocol()
    with pytest.raises(AgentProtocolError):
        proto.sign(KEY.public_blob, b"x" * MAX_MESSAGE)
    assert proto.outstanding == 0 and proto.data_to_send() == b""
    assert proto.closed is None
    proto.request_identities()
    assert proto.outstanding == 1


def test_unencodable_request_withholds_details() -> None:
    proto = AgentClientProtocol()
    with pytest.raises(AgentError, match="cannot encode AgentAddIdentity") as info:
        proto.add_identity("ssh-rsa", KEY.private_fields(), "c")  # fields of another type
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert proto.outstanding == 0


# -- end of stream -------------------------------------------------------------------------


def test_connection_lost_fails_every_outstanding_request() -> None:
    proto = AgentClientProtocol()
    requests: list[PendingRequest[Any]] = [
        proto.request_identities(),
        proto.lock("pw"),
        proto.query(),
    ]
    cause = ConnectionResetError("reset by peer")
    failed = proto.connection_lost(cause)
    assert failed == requests
    for request in requests:
        assert request.done and type(request.error) is AgentError
        assert "reset by peer" in str(request.error)
        assert request.error.__cause__ is cause
    with pytest.raises(AgentError, match="closed"):
        proto.request_identities()


def test_connection_lost_inside_a_message_is_a_protocol_error() -> None:
    proto = AgentClientProtocol()
    request = proto.request_identities()
    assert proto.receive_data(frame(IDENTITIES)[:-3]) == []
    assert proto.connection_lost() == [request]
    assert isinstance(request.error, AgentProtocolError)


def test_pending_request_repr_and_protocol_hold_no_secret() -> None:
    proto = AgentClientProtocol()
    lock = proto.lock("hunter2-secret")
    add = proto.add_identity(KEY.type, KEY.private_fields(), "c")
    secret_hex = KEY.private_fields().private_key.hex()  # type: ignore[union-attr]
    for text in (repr(lock), repr(add), str(lock), repr(proto)):
        assert "hunter2" not in text and secret_hex[:16] not in text
    assert repr(lock) == "<PendingRequest AgentLock pending>"
    proto.receive_data(frame(m.AgentFailure()))
    assert repr(lock) == "<PendingRequest AgentLock failed>"
    assert "hunter2" not in str(lock.error)


# -- properties ----------------------------------------------------------------------------

REQUEST_MAKERS = [
    lambda p: p.request_identities(),
    lambda p: p.sign(KEY.public_blob, b"data", 2),
    lambda p: p.remove_all_identities(),
    lambda p: p.query(),
    lambda p: p.lock("x"),
]


@given(
    makers=st.lists(st.sampled_from(REQUEST_MAKERS), min_size=1, max_size=5),
    garbage=st.binary(max_size=400),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
def test_garbage_never_escapes_as_anything_but_agent_errors(
    makers: list[Any], garbage: bytes, cuts: list[int]
) -> None:
    proto = AgentClientProtocol()
    requests = [make(proto) for make in makers]
    completed: list[PendingRequest[Any]] = []
    bounds = sorted({0, len(garbage), *(c for c in cuts if c <= len(garbage))})
    for start, end in itertools.pairwise(bounds):
        completed += proto.receive_data(garbage[start:end])
    completed += proto.connection_lost()
    assert completed == requests  # every request completed exactly once, in order
    for request in requests:
        assert request.done
        if request.error is not None:
            assert isinstance(request.error, AgentProtocolError | AgentFailure) or (
                type(request.error) is AgentError
            )


@given(garbage=st.binary(min_size=1, max_size=300))
def test_framed_garbage_is_failure_success_or_protocol_error(garbage: bytes) -> None:
    proto = AgentClientProtocol()
    request = proto.sign(KEY.public_blob, b"data")
    proto.receive_data(frame(garbage))
    assert request.done
    if request.error is None:
        assert isinstance(request.result, bytes)  # garbage that happens to be a signature
    else:
        assert isinstance(request.error, AgentFailure | AgentProtocolError)


@given(cut=st.integers(min_value=1, max_value=200))
def test_truncated_reply_then_close_is_a_protocol_error(cut: int) -> None:
    whole = frame(IDENTITIES)
    cut = min(cut, len(whole) - 1)
    proto = AgentClientProtocol()
    request = proto.request_identities()
    assert proto.receive_data(whole[:cut]) == []
    proto.connection_lost()
    assert isinstance(request.error, AgentProtocolError)


@given(length=st.integers(min_value=MAX_MESSAGE + 1, max_value=2**32 - 1))
def test_oversized_lengths_are_protocol_errors(length: int) -> None:
    proto = AgentClientProtocol()
    request = proto.request_identities()
    proto.receive_data(_U32.pack(length))
    assert isinstance(request.error, AgentProtocolError)

"""Connection engine against a hostile peer: every protocol error is a specific
RemoteProtocolError, errors are sticky, and fuzzed input raises only ProtocolError."""

from __future__ import annotations

import dataclasses
import struct
from collections.abc import Callable

import pytest
from _connection_helpers import Pair
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._connection import PACKET_SLACK, ConnectionEngine
from ssh_engine._errors import LocalProtocolError, ProtocolError, RemoteProtocolError
from ssh_wire import encode_message
from ssh_wire._generated.connection_strategies import (
    st_ChannelOpen,
    st_ChannelRequest,
    st_GlobalRequest,
)
from ssh_wire.messages import (
    ChannelClose,
    ChannelData,
    ChannelEof,
    ChannelExtendedData,
    ChannelOpen,
    ChannelOpenConfirmation,
    ChannelOpenFailure,
    ChannelRequest,
    ChannelSuccess,
    ChannelWindowAdjust,
    DisconnectReason,
    ExecRequest,
    GlobalRequest,
    RequestSuccess,
    TcpipForwardRequest,
)

WINDOW = 8192
PACKET = 2048


def _session() -> tuple[Pair, int, int]:
    """Returns a pair with an open session whose server side receives with WINDOW/PACKET."""
    pair = Pair(
        server_kwargs={"window_size": WINDOW, "max_packet_size": PACKET},
        auto_consume_server=False,
    )
    cid, sid = pair.open_session()
    return pair, cid, sid


def _data(recipient: int, size: int) -> bytes:
    return encode_message(ChannelData(recipient, bytes(size)))


Scenario = Callable[[], tuple[ConnectionEngine, list[bytes]]]


def _unassigned() -> tuple[ConnectionEngine, list[bytes]]:
    return ConnectionEngine("server", lambda _p: None), [b"\x55"]


def _truncated_open() -> tuple[ConnectionEngine, list[bytes]]:
    return ConnectionEngine("server", lambda _p: None), [
        encode_message(ChannelOpen("session", 0, 100, 100, None))[:-2]
    ]


def _unknown_channel() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, _ = _session()
    return pair.server, [_data(42, 1)]


def _data_after_close() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [encode_message(ChannelClose(sid)), _data(sid, 1)]


def _second_close() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [encode_message(ChannelClose(sid))] * 2


def _data_after_eof() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [encode_message(ChannelEof(sid)), _data(sid, 1)]


def _stderr_after_eof() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    ext = encode_message(ChannelExtendedData(sid, 1, b"x"))
    return pair.server, [encode_message(ChannelEof(sid)), ext]


def _second_eof() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [encode_message(ChannelEof(sid))] * 2


def _window_wrap() -> tuple[ConnectionEngine, list[bytes]]:
    pair, cid, _ = _session()
    # the client may send WINDOW bytes; growing that past 2^32-1 is illegal
    return pair.client, [encode_message(ChannelWindowAdjust(cid, 2**32 - WINDOW))]


def _window_exceeded() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    full = [_data(sid, PACKET)] * (WINDOW // PACKET)
    return pair.server, [*full, _data(sid, 1)]


def _oversized() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [_data(sid, PACKET + PACKET_SLACK + 1)]


def _length_mismatch() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [_data(sid, 10) + b"\x00"]


def _truncated_data() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [_data(sid, 0)[:7]]


def _truncated_ext() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [struct.pack(">BII", 95, sid, 1)]


def _ext_length_mismatch() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    return pair.server, [struct.pack(">BIII", 95, sid, 1, 5) + b"abc"]


def _confirm_open_channel() -> tuple[ConnectionEngine, list[bytes]]:
    pair, cid, _ = _session()
    return pair.client, [encode_message(ChannelOpenConfirmation(cid, 9, 100, 100, b""))]


def _failure_open_channel() -> tuple[ConnectionEngine, list[bytes]]:
    pair, cid, _ = _session()
    return pair.client, [encode_message(ChannelOpenFailure(cid, 1, "no", b""))]


def _data_before_confirmation() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("client", lambda _p: None)
    cid = engine.open_session()
    return engine, [_data(cid, 1)]


def _message_before_we_accepted() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("server", lambda _p: None)
    engine.receive_message(encode_message(ChannelOpen("session", 3, 100, 100, None)))
    (sid,) = engine.channel_ids
    return engine, [encode_message(ChannelEof(sid))]


def _unsolicited_channel_reply() -> tuple[ConnectionEngine, list[bytes]]:
    pair, cid, _ = _session()
    return pair.client, [encode_message(ChannelSuccess(cid))]


def _unsolicited_global_reply() -> tuple[ConnectionEngine, list[bytes]]:
    return ConnectionEngine("client", lambda _p: None), [encode_message(RequestSuccess(b""))]


def _bad_forward_reply() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("client", lambda _p: None)
    engine.global_request("tcpip-forward", TcpipForwardRequest("", 0))
    return engine, [encode_message(RequestSuccess(b"\x00\x01"))]


def _open_with_zero_packet() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("server", lambda _p: None)
    return engine, [encode_message(ChannelOpen("session", 0, 100, 0, None))]


def _confirm_with_zero_packet() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("client", lambda _p: None)
    cid = engine.open_session()
    return engine, [encode_message(ChannelOpenConfirmation(cid, 0, 100, 0, b""))]


def _malformed_request() -> tuple[ConnectionEngine, list[bytes]]:
    pair, _, sid = _session()
    raw = encode_message(ChannelRequest(sid, "exec", False, ExecRequest(b"ls")))
    return pair.server, [raw + b"\x00"]  # a trailing byte after the command


def _session_after_no_more_sessions() -> tuple[ConnectionEngine, list[bytes]]:
    engine = ConnectionEngine("server", lambda _p: None)
    return engine, [
        encode_message(GlobalRequest("no-more-sessions@openssh.com", False, None)),
        encode_message(ChannelOpen("session", 0, 100, 100, None)),
    ]


CASES: list[tuple[str, Scenario, str]] = [
    ("unassigned-number", _unassigned, r"unassigned connection protocol message 85"),
    ("truncated-open", _truncated_open, r"malformed CHANNEL_OPEN"),
    ("unknown-channel", _unknown_channel, r"CHANNEL_DATA for unknown channel 42"),
    ("data-after-close", _data_after_close, r"CHANNEL_DATA for channel \d+, which is closed"),
    ("second-close", _second_close, r"CHANNEL_CLOSE for channel \d+, which is closed"),
    ("data-after-eof", _data_after_eof, r"CHANNEL_DATA on channel \d+ after CHANNEL_EOF"),
    ("stderr-after-eof", _stderr_after_eof, r"EXTENDED_DATA on channel \d+ after CHANNEL_EOF"),
    ("second-eof", _second_eof, r"second CHANNEL_EOF on channel \d+"),
    ("window-wrap", _window_wrap, r"grows the window past 2\^32-1"),
    ("window-exceeded", _window_exceeded, r"1 bytes on channel \d+ exceeds the window \(0 "),
    ("oversized-packet", _oversized, r"3073 bytes .* exceeds the maximum packet size 2048"),
    ("length-mismatch", _length_mismatch, r"CHANNEL_DATA length field 10 does not match"),
    ("truncated-data", _truncated_data, r"truncated CHANNEL_DATA"),
    ("truncated-ext", _truncated_ext, r"truncated CHANNEL_EXTENDED_DATA"),
    ("ext-length-mismatch", _ext_length_mismatch, r"EXTENDED_DATA length field 5 does not"),
    ("confirm-open", _confirm_open_channel, r"OPEN_CONFIRMATION on channel \d+ on an open"),
    ("failure-open", _failure_open_channel, r"OPEN_FAILURE on channel \d+ on an open channel"),
    ("before-confirm", _data_before_confirmation, r"before its CHANNEL_OPEN_CONFIRMATION"),
    ("before-accept", _message_before_we_accepted, r"CHANNEL_EOF .* before we confirmed"),
    ("channel-reply", _unsolicited_channel_reply, r"CHANNEL_SUCCESS on .* without a pending"),
    ("global-reply", _unsolicited_global_reply, r"REQUEST_SUCCESS without a pending global"),
    ("bad-forward-reply", _bad_forward_reply, r"malformed reply to tcpip-forward"),
    ("open-zero-packet", _open_with_zero_packet, r"CHANNEL_OPEN of session with maximum packet"),
    ("confirm-zero-packet", _confirm_with_zero_packet, r"CONFIRMATION of channel \d+ with max"),
    ("malformed-request", _malformed_request, r"malformed CHANNEL_REQUEST"),
    ("no-more-sessions", _session_after_no_more_sessions, r"after no-more-sessions"),
]


@pytest.mark.parametrize(("scenario", "pattern"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_protocol_errors_are_specific_and_sticky(scenario: Scenario, pattern: str) -> None:
    engine, payloads = scenario()
    *good, bad = payloads
    for payload in good:
        engine.receive_message(payload)
    with pytest.raises(RemoteProtocolError, match=pattern) as info:
        engine.receive_message(bad)
    assert info.value.reason == DisconnectReason.PROTOCOL_ERROR
    # sticky: the same error again, for input and for actions
    with pytest.raises(RemoteProtocolError) as again:
        engine.receive_message(encode_message(ChannelEof(0)))
    assert again.value is info.value
    with pytest.raises(RemoteProtocolError) as action:
        engine.global_request("keepalive@openssh.com")
    assert action.value is info.value


def test_data_within_the_packet_slack_is_accepted() -> None:
    pair, _, sid = _session()
    (event,) = pair.server.receive_message(_data(sid, PACKET + PACKET_SLACK))
    assert len(event.data) == PACKET + PACKET_SLACK  # type: ignore[attr-defined]


def test_window_adjust_to_exactly_the_maximum_is_fine() -> None:
    pair, cid, _ = _session()
    (opened,) = pair.client.receive_message(
        encode_message(ChannelWindowAdjust(cid, 2**32 - 1 - WINDOW))
    )
    assert opened.window == 2**32 - 1  # type: ignore[attr-defined]


def test_empty_payload_is_a_local_error() -> None:
    with pytest.raises(LocalProtocolError, match="empty"):
        ConnectionEngine("client", lambda _p: None).receive_message(b"")


# --- fuzzing


def _with_recipient(msg: object, recipient: int) -> bytes:
    return encode_message(dataclasses.replace(msg, recipient_channel=recipient))  # type: ignore[type-var]


recipients = st.sampled_from([0, 1, 2, 7, 2**32 - 1])
raw_channel_messages = st.builds(
    lambda num, rec, tail: struct.pack(">BI", num, rec) + tail,
    st.integers(91, 100),
    recipients,
    st.binary(max_size=40),
)
structured = st.one_of(
    st_GlobalRequest().map(encode_message),
    st_ChannelOpen().map(encode_message),
    st.builds(_with_recipient, st_ChannelRequest(), recipients),
)
arbitrary = st.builds(lambda num, tail: bytes([num]) + tail, st.integers(80, 127), st.binary())
payloads = st.one_of(raw_channel_messages, structured, arbitrary)


def _engines() -> list[ConnectionEngine]:
    pair = Pair()
    pair.open_session()
    pair.open_session()
    pair.client.open_session()  # a third one left in flight
    return [pair.client, pair.server, ConnectionEngine("server", lambda _p: None)]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(0, 2), messages=st.lists(payloads, min_size=1, max_size=8))
def test_fuzzed_messages_raise_only_protocol_errors(which: int, messages: list[bytes]) -> None:
    engine = _engines()[which]
    for payload in messages:
        try:
            events = engine.receive_message(payload)
        except ProtocolError:
            return
        assert isinstance(events, list)


@settings(max_examples=200)
@given(garbage=st.binary(max_size=200))
def test_arbitrary_bytes_raise_only_protocol_errors(garbage: bytes) -> None:
    engine = _engines()[1]
    try:
        events = engine.receive_message(garbage)
    except ProtocolError:
        return
    # only well-formed input gets here, and it produced a list of events
    assert isinstance(events, list)

"""Connection engine (RFC 4254) between two engines: channels, requests, replies, close."""

from __future__ import annotations

import pytest
from _connection_helpers import Pair, decoded, message_ids, received_data

from ssh_engine._connection import (
    ChannelClosed,
    ChannelDataReceived,
    ChannelEofReceived,
    ChannelOpenConfirmed,
    ChannelOpenFailed,
    ChannelOpenRequested,
    ChannelRequestReceived,
    ChannelRequestReplied,
    ChannelState,
    ConnectionEngine,
    GlobalRequestReceived,
    GlobalRequestReplied,
)
from ssh_engine._errors import LocalProtocolError, RemoteProtocolError
from ssh_wire import encode_message
from ssh_wire.messages import (
    ChannelOpen,
    ChannelOpenFailure,
    ChannelOpenFailureReason,
    DirectTcpipChannelOpen,
    ExecRequest,
    ExitSignal,
    ExitStatus,
    ForwardedTcpipChannelOpen,
    HostkeysRequest,
    PtyReq,
    SignalRequest,
    TcpipForwardReply,
    TcpipForwardRequest,
    TerminalModes,
    TunChannelOpen,
    WindowChange,
    X11ChannelOpen,
    X11Req,
)


def test_session_open_confirm_carries_windows() -> None:
    pair = Pair(server_kwargs={"window_size": 5000, "max_packet_size": 1000})
    cid = pair.client.open_session(window_size=7000, max_packet_size=2000)
    assert pair.client.channel_state(cid) is ChannelState.OPENING
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelOpenRequested)
    assert (req.channel_type, req.info, req.peer_window, req.peer_max_packet) == (
        "session",
        None,
        7000,
        2000,
    )
    assert pair.server.channel_state(req.channel_id) is ChannelState.AWAITING_ACCEPT
    pair.server.accept_channel(req.channel_id)
    pair.pump()
    (conf,) = pair.take("client")
    assert conf == ChannelOpenConfirmed(
        channel_id=cid, peer_window=5000, peer_max_packet=1000, data=b""
    )
    assert pair.client.send_window(cid) == 5000
    assert pair.server.send_window(req.channel_id) == 7000
    assert pair.client.channel_state(cid) is ChannelState.OPEN


def test_session_reject_frees_the_id() -> None:
    pair = Pair()
    cid = pair.client.open_session()
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelOpenRequested)
    pair.server.reject_channel(
        req.channel_id, ChannelOpenFailureReason.RESOURCE_SHORTAGE, "busy right now"
    )
    pair.pump()
    assert pair.take("client") == [
        ChannelOpenFailed(channel_id=cid, reason=4, description="busy right now")
    ]
    assert pair.client.channel_ids == ()
    assert pair.server.channel_ids == ()
    with pytest.raises(LocalProtocolError, match="closed"):
        pair.client.send_data(cid, b"x")


def test_exec_reply_output_exit_status_and_close() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.exec(cid, "echo hi")
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelRequestReceived)
    assert (req.request_type, req.want_reply, req.request) == (
        "exec",
        True,
        ExecRequest(command=b"echo hi"),
    )
    assert req.request_id is not None
    pair.server.reply_request(sid, True)
    pair.server.send_data(sid, b"hi\n")
    pair.server.send_data(sid, b"oops\n", stream=1)
    pair.server.exit_status(sid, 3)
    pair.server.send_eof(sid)
    pair.server.close_channel(sid)
    assert pair.server.channel_state(sid) is ChannelState.CLOSE_SENT
    pair.pump()
    events = pair.take("client")
    assert events[0] == ChannelRequestReplied(channel_id=cid, request_type="exec", success=True)
    assert received_data(events, 0) == b"hi\n"
    assert received_data(events, 1) == b"oops\n"
    statuses = [e for e in events if isinstance(e, ChannelRequestReceived)]
    assert [(s.request_type, s.request, s.request_id) for s in statuses] == [
        ("exit-status", ExitStatus(exit_status=3), None)
    ]
    assert events[-2:] == [ChannelEofReceived(channel_id=cid), ChannelClosed(channel_id=cid)]
    # the client answered CLOSE automatically; the server saw CLOSE come back
    assert pair.take("server") == [ChannelClosed(channel_id=sid)]
    assert pair.client.channel_ids == () and pair.server.channel_ids == ()


def test_exit_signal_and_signal_requests() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.signal(cid, "TERM")
    pair.server.exit_signal(sid, "KILL", core_dumped=True, message="killed")
    pair.pump()
    (sig,) = pair.take("server")
    assert isinstance(sig, ChannelRequestReceived)
    assert sig.request == SignalRequest(signal_name="TERM") and not sig.want_reply
    (ex,) = pair.take("client")
    assert isinstance(ex, ChannelRequestReceived)
    assert ex.request == ExitSignal(
        signal_name="KILL", core_dumped=True, error_message="killed", language_tag=b""
    )


def test_pty_env_shell_subsystem_window_change() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.request_pty(cid, "xterm", 120, 40, 0, 0, {53: 1, 128: 38400})
    pair.client.env(cid, "LANG", "C.UTF-8")
    pair.client.shell(cid)
    pair.client.window_change(cid, 100, 30)
    pair.client.subsystem(cid, "sftp", want_reply=False)
    pair.pump()
    events = pair.take("server")
    assert all(isinstance(e, ChannelRequestReceived) for e in events)
    kinds = [(e.request_type, e.want_reply) for e in events]  # type: ignore[attr-defined]
    assert kinds == [
        ("pty-req", True),
        ("env", False),
        ("shell", True),
        ("window-change", False),
        ("subsystem", False),
    ]
    pty = events[0].request  # type: ignore[attr-defined]
    assert isinstance(pty, PtyReq)
    assert (pty.term, pty.width_chars, pty.height_rows) == ("xterm", 120, 40)
    assert [(m.opcode, m.argument) for m in pty.modes.modes] == [(53, 1), (128, 38400), (0, None)]
    assert events[3].request == WindowChange(  # type: ignore[attr-defined]
        width_chars=100, height_rows=30, width_pixels=0, height_pixels=0
    )
    # pty-req and shell await replies; answered in order
    pair.server.reply_request(sid, False)
    pair.server.reply_request(sid, True)
    with pytest.raises(LocalProtocolError, match="no request is waiting"):
        pair.server.reply_request(sid, True)
    pair.pump()
    assert pair.take("client") == [
        ChannelRequestReplied(channel_id=cid, request_type="pty-req", success=False),
        ChannelRequestReplied(channel_id=cid, request_type="shell", success=True),
    ]


def test_pty_modes_as_struct_or_bytes() -> None:
    pair = Pair()
    cid, _ = pair.open_session()
    modes = TerminalModes(modes=())
    pair.client.request_pty(cid, modes=modes)
    pair.client.request_pty(cid, modes=encode_message(modes))
    with pytest.raises(LocalProtocolError, match="terminal modes"):
        pair.client.request_pty(cid, modes=b"\x35")
    pair.pump()
    got = [e.request.modes for e in pair.take("server")]  # type: ignore[attr-defined]
    assert got == [modes, modes]


def test_out_of_order_answers_are_sent_in_arrival_order() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    for name in ("a@x", "b@x", "c@x"):
        pair.client.send_channel_request(cid, name, b"", want_reply=True)
    pair.pump()
    ids = [e.request_id for e in pair.take("server")]  # type: ignore[attr-defined]
    assert None not in ids
    pair.server.reply_request(sid, True, request_id=ids[2])
    pair.server.reply_request(sid, False, request_id=ids[1])
    assert pair.to_client == []  # held until the first request is answered
    with pytest.raises(LocalProtocolError, match="not waiting"):
        pair.server.reply_request(sid, True, request_id=ids[2])
    pair.server.reply_request(sid, True, request_id=ids[0])
    pair.pump()
    assert [(e.request_type, e.success) for e in pair.take("client")] == [  # type: ignore[attr-defined]
        ("a@x", True),
        ("b@x", False),
        ("c@x", True),
    ]


def test_unknown_request_type_carries_raw_bytes() -> None:
    pair = Pair()
    cid, _ = pair.open_session()
    pair.client.send_channel_request(cid, "custom@example.com", b"\x01\x02", want_reply=False)
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelRequestReceived)
    assert (req.request_type, req.request, req.request_id) == (
        "custom@example.com",
        b"\x01\x02",
        None,
    )


def test_global_requests_and_replies_in_order() -> None:
    pair = Pair()
    pair.client.global_request("tcpip-forward", TcpipForwardRequest("0.0.0.0", 0))
    pair.client.global_request("keepalive@openssh.com")
    pair.client.global_request("tcpip-forward", TcpipForwardRequest("localhost", 2222))
    pair.server.global_request(
        "hostkeys-00@openssh.com", HostkeysRequest((b"k1",)), want_reply=False
    )
    pair.pump()
    got = pair.take("server")
    assert [(e.request_name, e.want_reply) for e in got] == [  # type: ignore[attr-defined]
        ("tcpip-forward", True),
        ("keepalive@openssh.com", True),
        ("tcpip-forward", True),
    ]
    assert got[0].request == TcpipForwardRequest("0.0.0.0", 0)  # type: ignore[attr-defined]
    (hk,) = pair.take("client")
    assert hk == GlobalRequestReceived(
        request_name="hostkeys-00@openssh.com",
        want_reply=False,
        request=HostkeysRequest((b"k1",)),
        request_id=None,
    )
    ids = [e.request_id for e in got]  # type: ignore[attr-defined]
    pair.server.reply_global_request(True, request_id=ids[2])
    pair.server.reply_global_request(False, request_id=ids[1])
    assert pair.to_client == []
    pair.server.reply_global_request(True, TcpipForwardReply(40000), request_id=ids[0])
    pair.pump()
    assert pair.take("client") == [
        GlobalRequestReplied(
            request_name="tcpip-forward",
            success=True,
            data=encode_message(TcpipForwardReply(40000)),
            reply=TcpipForwardReply(40000),
        ),
        GlobalRequestReplied(
            request_name="keepalive@openssh.com", success=False, data=b"", reply=None
        ),
        GlobalRequestReplied(request_name="tcpip-forward", success=True, data=b"", reply=None),
    ]
    with pytest.raises(LocalProtocolError, match="no request is waiting"):
        pair.server.reply_global_request(True)


def test_eof_then_close_from_each_side() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.send_eof(cid)
    pair.pump()
    assert pair.take("server") == [ChannelEofReceived(channel_id=sid)]
    with pytest.raises(LocalProtocolError, match="after EOF"):
        pair.client.send_data(cid, b"late")
    with pytest.raises(LocalProtocolError, match="already sent"):
        pair.client.send_eof(cid)
    # the server still talks after the client's EOF (half close)
    pair.server.send_data(sid, b"still here")
    pair.server.send_eof(sid)
    pair.pump()
    pair.client.close_channel(cid)
    pair.pump()
    events = pair.take("client")
    assert received_data(events) == b"still here"
    assert events[-2:] == [ChannelEofReceived(channel_id=cid), ChannelClosed(channel_id=cid)]
    assert pair.take("server") == [ChannelClosed(channel_id=sid)]


def test_simultaneous_close() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.messages_to_client.clear()
    pair.messages_to_server.clear()
    pair.client.close_channel(cid)
    pair.server.close_channel(sid)
    # both CLOSEs cross in flight: neither side sends a third one
    pair.pump()
    assert message_ids(pair.messages_to_server) == [97]
    assert message_ids(pair.messages_to_client) == [97]
    assert pair.take("client") == [ChannelClosed(channel_id=cid)]
    assert pair.take("server") == [ChannelClosed(channel_id=sid)]
    with pytest.raises(LocalProtocolError, match="closed"):
        pair.client.close_channel(cid)


def test_messages_crossing_our_close_are_dropped() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.close_channel(cid)
    with pytest.raises(LocalProtocolError, match="cannot send data"):
        pair.client.send_data(cid, b"x")
    with pytest.raises(LocalProtocolError, match="already closing"):
        pair.client.close_channel(cid)
    # the server has not seen the CLOSE yet
    pair.server.send_data(sid, b"in flight")
    pair.server.exit_status(sid, 0)
    pair.server.send_channel_request(sid, "keepalive@openssh.com", want_reply=True)
    pair.server.send_eof(sid)
    pair.pump()
    assert pair.take("client") == [ChannelClosed(channel_id=cid)]


def test_close_while_open_in_flight() -> None:
    pair = Pair()
    cid = pair.client.open_session()
    pair.client.close_channel(cid)
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelOpenRequested)
    pair.server.accept_channel(req.channel_id)
    pair.pump()
    assert pair.take("client") == [
        ChannelOpenConfirmed(
            channel_id=cid, peer_window=2 * 1024 * 1024, peer_max_packet=32768, data=b""
        ),
        ChannelClosed(channel_id=cid),
    ]
    assert pair.take("server") == [ChannelClosed(channel_id=req.channel_id)]


def test_ids_are_not_reused_right_away() -> None:
    pair = Pair()
    first, _ = pair.open_session()
    pair.client.close_channel(first)
    pair.pump()
    pair.take("client")
    pair.take("server")
    second, _ = pair.open_session()
    assert second != first


@pytest.mark.parametrize(
    ("opener", "channel_type", "info"),
    [
        ("server", "session", None),
        ("server", "direct-tcpip", DirectTcpipChannelOpen("h", 22, "o", 1)),
        ("server", "tun@openssh.com", None),
        ("client", "forwarded-tcpip", ForwardedTcpipChannelOpen("a", 1, "o", 2)),
        ("client", "x11", None),
        ("client", "auth-agent@openssh.com", None),
    ],
)
def test_channel_types_the_role_never_receives_are_refused(
    opener: str, channel_type: str, info: object
) -> None:
    pair = Pair()
    sender = pair.client if opener == "client" else pair.server
    receiver = pair.server if opener == "client" else pair.client
    # our own engine refuses to open them ...
    with pytest.raises(LocalProtocolError, match=f"does not open {channel_type}"):
        sender.open_channel(channel_type, info)
    # ... and a peer that does gets ADMINISTRATIVELY_PROHIBITED without an event
    body = {"x11": X11ChannelOpen("1.2.3.4", 5), "tun@openssh.com": TunChannelOpen(1, 0)}.get(
        channel_type, info
    )
    sent: list[bytes] = []
    engine = ConnectionEngine("client" if receiver is pair.client else "server", sent.append)
    raw = encode_message(ChannelOpen(channel_type, 7, 1000, 1000, body))  # type: ignore[arg-type]
    assert engine.receive_message(raw) == []
    (failure,) = decoded(sent)
    assert isinstance(failure, ChannelOpenFailure)
    assert failure.recipient_channel == 7
    assert failure.reason_code == ChannelOpenFailureReason.ADMINISTRATIVELY_PROHIBITED
    assert channel_type in failure.description
    assert engine.channel_ids == ()


def test_forwarded_and_unknown_channel_types_reach_the_application() -> None:
    pair = Pair()
    sid = pair.server.open_forwarded_tcpip("127.0.0.1", 8080, "10.0.0.1", 5555)
    pair.server.open_channel("custom@example.com", b"raw")
    pair.pump()
    fwd, custom = pair.take("client")
    assert isinstance(fwd, ChannelOpenRequested) and isinstance(custom, ChannelOpenRequested)
    assert fwd.info == ForwardedTcpipChannelOpen("127.0.0.1", 8080, "10.0.0.1", 5555)
    assert (custom.channel_type, custom.info) == ("custom@example.com", b"raw")
    pair.client.reject_channel(custom.channel_id, ChannelOpenFailureReason.UNKNOWN_CHANNEL_TYPE)
    pair.client.accept_channel(fwd.channel_id)
    pair.pump()
    failed, confirmed = pair.take("server")
    assert isinstance(confirmed, ChannelOpenConfirmed) and confirmed.channel_id == sid
    assert isinstance(failed, ChannelOpenFailed) and failed.reason == 3


def test_direct_tcpip_from_client() -> None:
    pair = Pair()
    pair.client.open_direct_tcpip("example.org", 80, "127.0.0.1", 40000)
    pair.pump()
    (req,) = pair.take("server")
    assert isinstance(req, ChannelOpenRequested)
    assert req.info == DirectTcpipChannelOpen("example.org", 80, "127.0.0.1", 40000)


def test_too_many_channels_is_refused_with_resource_shortage() -> None:
    pair = Pair(server_kwargs={"max_channels": 2})
    for _ in range(3):
        pair.client.open_session()
    pair.pump()
    requested = pair.take("server")
    assert len(requested) == 2  # the third never bothered the server application
    (failed,) = pair.take("client")
    assert isinstance(failed, ChannelOpenFailed)
    assert failed.reason == ChannelOpenFailureReason.RESOURCE_SHORTAGE
    assert "too many channels" in failed.description
    limited = ConnectionEngine("client", lambda _p: None, max_channels=1)
    limited.open_session()
    with pytest.raises(LocalProtocolError, match="too many channels"):
        limited.open_session()


def test_no_more_sessions_is_enforced_on_the_server() -> None:
    pair = Pair()
    pair.client.global_request("no-more-sessions@openssh.com", want_reply=False)
    pair.pump()
    assert [e.request_name for e in pair.take("server")] == [  # type: ignore[attr-defined]
        "no-more-sessions@openssh.com"
    ]
    pair.client.open_session()
    with pytest.raises(RemoteProtocolError, match="no-more-sessions"):
        pair.pump()


@pytest.mark.parametrize(
    ("role", "action"),
    [
        ("server", lambda e, c: e.exec(c, "ls")),
        ("server", lambda e, c: e.request_pty(c)),
        ("server", lambda e, c: e.signal(c, "INT")),
        ("client", lambda e, c: e.exit_status(c, 0)),
        ("client", lambda e, c: e.exit_signal(c, "KILL")),
    ],
)
def test_session_requests_of_the_wrong_role_raise(role: str, action: object) -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    engine, channel = (pair.client, cid) if role == "client" else (pair.server, sid)
    with pytest.raises(LocalProtocolError, match="does not send"):
        action(engine, channel)  # type: ignore[operator]


def test_local_misuse_raises_local_protocol_error() -> None:
    pair = Pair()
    with pytest.raises(LocalProtocolError, match="no channel 99"):
        pair.client.send_data(99, b"x")
    cid = pair.client.open_session()
    with pytest.raises(LocalProtocolError, match="state opening"):
        pair.client.send_data(cid, b"x")
    with pytest.raises(LocalProtocolError, match="state opening"):
        pair.client.exec(cid, "ls")
    pair.pump()
    (req,) = pair.take("server")
    sid = req.channel_id  # type: ignore[attr-defined]
    with pytest.raises(LocalProtocolError, match="reject it instead"):
        pair.server.close_channel(sid)
    with pytest.raises(LocalProtocolError, match="window size 0"):
        pair.server.accept_channel(sid, window_size=0)
    pair.server.accept_channel(sid)
    with pytest.raises(LocalProtocolError, match="cannot accept"):
        pair.server.accept_channel(sid)
    with pytest.raises(LocalProtocolError, match="cannot reject"):
        pair.server.reject_channel(sid)
    pair.pump()
    with pytest.raises(LocalProtocolError, match="not a uint32"):
        pair.client.send_data(cid, b"x", stream=2**32)
    with pytest.raises(LocalProtocolError, match="cannot encode"):
        pair.client.send_channel_request(cid, "exec", b"not a struct")
    with pytest.raises(LocalProtocolError, match="only 0 bytes"):
        pair.client.consume(cid, 1)
    with pytest.raises(LocalProtocolError, match="80-127"):
        pair.client.receive_message(b"\x05")
    with pytest.raises(ValueError, match="role"):
        ConnectionEngine("peer", lambda _p: None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="maximum packet size"):
        ConnectionEngine("client", lambda _p: None, max_packet_size=0)
    # nothing above disturbed the channel
    pair.client.send_data(cid, b"fine")
    pair.pump()
    assert received_data(pair.take("server")) == b"fine"


def test_bytearray_payloads_are_accepted() -> None:
    pair = Pair()
    cid, sid = pair.open_session()
    pair.client.send_data(cid, b"abc")
    (payload,) = pair.to_server
    pair.to_server.clear()
    events = pair.server.receive_message(bytearray(payload))
    assert events == [ChannelDataReceived(channel_id=sid, data=b"abc", stream=0)]
    assert type(events[0].data) is bytes  # type: ignore[attr-defined]


def test_x11_and_agent_forwarding_requests() -> None:
    pair = Pair()
    cid, _ = pair.open_session()
    pair.client.request_x11(cid, "MIT-MAGIC-COOKIE-1", b"\x01" * 16, 0, single_connection=True)
    pair.client.request_agent_forwarding(cid)
    pair.pump()
    x11, agent = pair.take("server")
    assert isinstance(x11, ChannelRequestReceived) and isinstance(agent, ChannelRequestReceived)
    assert x11.request == X11Req(True, "MIT-MAGIC-COOKIE-1", b"\x01" * 16, 0)
    assert (agent.request_type, agent.request, agent.want_reply) == (
        "auth-agent-req@openssh.com",
        None,
        True,
    )

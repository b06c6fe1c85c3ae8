"""Channel data leaves the connection engine encoded straight into framed buffers (one copy
of the data on its way to the wire), both when it is sent at once and when it waited for
window; without ``send_framed`` the same payloads reach ``send``."""

from __future__ import annotations

from _connection_helpers import Pair, received_data

from ssh_engine._packet import FRAME_HEADROOM, FRAME_TAILROOM

DATA = bytes(range(256)) * 400  # 100 KiB: several packets, more than the window below


def _payloads(framed: list[bytearray]) -> list[bytes]:
    out = []
    for buf in framed:
        assert type(buf) is bytearray
        out.append(bytes(buf[FRAME_HEADROOM : len(buf) - FRAME_TAILROOM]))
    framed.clear()
    return out


def test_data_and_extended_data_go_out_framed_at_once_and_after_waiting() -> None:
    framed: list[bytearray] = []
    pair = Pair(
        server_kwargs={"send_framed": framed.append},
        client_kwargs={"window_size": 64 * 1024},
    )
    _, sid = pair.open_session()
    pair.server.send_data(sid, DATA)
    pair.server.send_data(sid, b"to stderr", stream=1)
    sent_at_once = _payloads(framed)
    assert {p[0] for p in sent_at_once} == {94}  # CHANNEL_DATA only: the window ran out
    assert pair.server.pending_output(sid) > 0
    pair.to_client.extend(sent_at_once)
    for _ in range(10):  # window adjusts come back; what waited goes out framed too
        pair.pump()
        pair.to_client.extend(_payloads(framed))
        if not pair.to_client and not pair.server.pending_output(sid):
            break
    pair.pump()
    events = pair.take("client")
    assert received_data(events, 0) == DATA
    assert received_data(events, 1) == b"to stderr"


def test_without_send_framed_the_payloads_reach_send() -> None:
    pair = Pair()
    cid, _ = pair.open_session()
    pair.client.send_data(cid, DATA[:50000])
    pair.pump()
    assert received_data(pair.take("server")) == DATA[:50000]
    assert all(type(p) is bytes for p in pair.messages_to_server)

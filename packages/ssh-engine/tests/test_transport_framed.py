"""``TransportEngine.send_framed``: upper-layer messages encoded into framed buffers (how
channel data travels) are sealed in place, checked like ``send_message``, counted, and
queued in order with other messages across a key exchange."""

from __future__ import annotations

import pytest
from _transport_helpers import make_pair, ready_pair

from ssh_engine._errors import LocalProtocolError
from ssh_engine._packet import FRAME_HEADROOM, FRAME_TAILROOM, frame
from ssh_engine._transport import KexCompleted, MessageReceived
from ssh_engine._transport._pair import EnginePair
from ssh_wire.messages import DisconnectReason


def _received(events: list[object]) -> list[bytes]:
    return [bytes(e.payload) for e in events if isinstance(e, MessageReceived)]


@pytest.mark.parametrize("compress", ["none", "zlib"])
def test_framed_messages_arrive_intact(compress: str) -> None:
    pair = ready_pair(algorithms={"compress": [compress]})
    sent = [b"\x5e" + bytes(range(256)) * 128, b"\xc8", b"\x5fstderr"]
    for payload in sent:
        buf = frame(payload)
        pair.client.send_framed(buf)
        if compress == "none":
            assert buf[FRAME_HEADROOM:][: len(payload)] != payload  # sealed in place
    pair.pump()
    assert _received(pair.server_events) == sent


def test_framed_and_plain_messages_keep_their_order_across_a_rekey() -> None:
    pair = ready_pair()
    pair.client.rekey()
    # deliver the client's KEXINIT only: the server is inside the kex now
    pair.server_events.extend(pair.server.receive_data(pair.client.data_to_send()))
    assert pair.server.kex_in_progress
    pair.server.send_message(b"\xc8one")
    pair.server.send_framed(frame(b"\xc8two" + b"x" * 1000))
    pair.server.send_message(b"\xc8three")
    assert pair.server.queued_bytes == 4 + 1004 + 6  # payload bytes, not framing
    pair.pump()
    assert _received(pair.client_events) == [b"\xc8one", b"\xc8two" + b"x" * 1000, b"\xc8three"]
    assert pair.server.queued_bytes == 0
    assert any(isinstance(e, KexCompleted) and not e.initial for e in pair.client_events)


def _refused(pair: EnginePair, buf: bytearray, match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        pair.client.send_framed(buf)


def test_framed_messages_are_checked_like_send_message() -> None:
    pair = make_pair()
    _refused(pair, frame(b"\xc8"), "after SERVICE_ACCEPT")
    pair.handshake()
    _refused(pair, frame(b"\x05abc"), "50-255")  # a transport message number
    _refused(pair, frame(b""), "50-255")  # no payload at all
    _refused(pair, bytearray(FRAME_HEADROOM + FRAME_TAILROOM - 1), "50-255")
    pair.client.disconnect(DisconnectReason.BY_APPLICATION, "bye")
    _refused(pair, frame(b"\xc8"), "closed")

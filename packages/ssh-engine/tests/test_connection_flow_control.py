"""Connection engine flow control (RFC 4254 §5.2): windows, packet splitting, buffering."""

from __future__ import annotations

import array
import hashlib
import random

from _connection_helpers import Pair, decoded, message_ids, received_data

from ssh_engine._connection import (
    MAX_SEND_CHUNK,
    ChannelClosed,
    ChannelDataReceived,
    ChannelEofReceived,
    ChannelWindowOpened,
)
from ssh_wire.messages import ChannelData, ChannelExtendedData, ChannelWindowAdjust

MIB = 1024 * 1024


def _data_sizes(payloads: list[bytes]) -> list[int]:
    return [
        len(m.data) for m in decoded(payloads) if isinstance(m, ChannelData | ChannelExtendedData)
    ]


def test_ten_mib_through_small_windows_both_ways() -> None:
    small = {"window_size": 64 * 1024, "max_packet_size": 4096}
    pair = Pair(client_kwargs=small, server_kwargs=small)
    cid, sid = pair.open_session()
    rng = random.Random(4254)
    upload = rng.randbytes(10 * MIB)
    download = rng.randbytes(10 * MIB)
    # one big write from the client, many odd-sized writes from the server
    pair.client.send_data(cid, upload)
    pos = 0
    while pos < len(download):
        step = rng.randint(1, 200_000)
        pair.server.send_data(sid, download[pos : pos + step], stream=pos % 2)
        pos += step
    assert pair.client.pending_output(cid) == 10 * MIB - 64 * 1024
    pair.pump()
    got_up = received_data(pair.take("server"))
    client_events = pair.take("client")
    got_down = received_data(client_events)
    assert hashlib.sha256(got_up).digest() == hashlib.sha256(upload).digest()
    assert hashlib.sha256(got_down).digest() == hashlib.sha256(download).digest()
    assert pair.client.pending_output(cid) == 0 and pair.server.pending_output(sid) == 0
    assert max(_data_sizes(pair.messages_to_server)) == 4096
    assert max(_data_sizes(pair.messages_to_client)) <= 4096
    assert any(isinstance(e, ChannelWindowOpened) for e in client_events)
    # WINDOW_ADJUSTs are batched, not one per data packet
    adjusts = [m for m in decoded(pair.messages_to_client) if isinstance(m, ChannelWindowAdjust)]
    assert 0 < len(adjusts) < len(_data_sizes(pair.messages_to_server)) // 4
    assert all(a.bytes_to_add >= 4096 for a in adjusts)


def test_data_is_split_at_the_peer_max_packet() -> None:
    pair = Pair(server_kwargs={"max_packet_size": 1000})
    cid, _ = pair.open_session()
    pair.client.send_data(cid, bytes(3500))
    pair.client.send_data(cid, b"e" * 2100, stream=1)
    pair.pump()
    msgs = decoded(pair.messages_to_server[-7:])
    assert [(type(m).__name__, len(m.data)) for m in msgs] == [
        ("ChannelData", 1000),
        ("ChannelData", 1000),
        ("ChannelData", 1000),
        ("ChannelData", 500),
        ("ChannelExtendedData", 1000),
        ("ChannelExtendedData", 1000),
        ("ChannelExtendedData", 100),
    ]
    assert all(m.data_type_code == 1 for m in msgs[4:])
    events = pair.take("server")
    assert received_data(events, 0) == bytes(3500)
    assert received_data(events, 1) == b"e" * 2100


def test_peer_max_packet_is_capped_for_our_sends() -> None:
    pair = Pair(server_kwargs={"max_packet_size": 2**32 - 1, "window_size": 2**32 - 1})
    cid, _ = pair.open_session()
    pair.client.send_data(cid, bytes(3 * MAX_SEND_CHUNK + 5))
    pair.pump()
    assert _data_sizes(pair.messages_to_server) == [MAX_SEND_CHUNK] * 3 + [5]


def test_slow_consumer_gets_backpressure() -> None:
    pair = Pair(
        server_kwargs={"window_size": 10_000, "max_packet_size": 1000}, auto_consume_server=False
    )
    cid, sid = pair.open_session()
    pair.client.send_data(cid, bytes(25_000))
    pair.pump()
    assert received_data(pair.take("server")) == bytes(10_000)
    assert pair.client.pending_output(cid) == 15_000
    assert pair.client.send_window(cid) == 0
    assert 93 not in message_ids(pair.messages_to_client)  # nothing consumed, no credit
    # consuming less than a packet while the window is low gives no credit yet
    pair.server.consume(sid, 999)
    assert pair.to_client == []
    pair.server.consume(sid, 1)
    pair.pump()
    (adjust,) = [m for m in decoded(pair.messages_to_client) if isinstance(m, ChannelWindowAdjust)]
    assert adjust.bytes_to_add == 1000
    opened = [e for e in pair.take("client") if isinstance(e, ChannelWindowOpened)]
    assert opened == [ChannelWindowOpened(channel_id=cid, window=0, pending=14_000)]
    # consuming everything returns the whole credit, and the transfer completes
    pair.auto_consume_server = True
    pair.server.consume(sid, 10_000 - 1000)
    pair.pump()
    assert received_data(pair.take("server")) == bytes(15_000)
    assert pair.client.pending_output(cid) == 0


def test_no_adjust_while_the_window_is_above_half() -> None:
    pair = Pair(server_kwargs={"window_size": 10_000, "max_packet_size": 1000})
    cid, _ = pair.open_session()
    pair.client.send_data(cid, bytes(5000))  # the window stays at exactly half
    pair.pump()
    assert 93 not in message_ids(pair.messages_to_client)
    pair.client.send_data(cid, b"x")
    pair.pump()
    (adjust,) = [m for m in decoded(pair.messages_to_client) if isinstance(m, ChannelWindowAdjust)]
    # the byte that tipped the window below half was not consumed yet when credit left
    assert adjust.bytes_to_add == 5000
    assert pair.client.send_window(cid) == 9999


def test_eof_and_close_wait_for_buffered_output() -> None:
    pair = Pair(server_kwargs={"window_size": 3000, "max_packet_size": 1000})
    cid, sid = pair.open_session()
    pair.client.send_data(cid, b"a" * 2500)
    pair.client.send_data(cid, b"b" * 2500, stream=1)
    pair.client.send_eof(cid)
    pair.client.close_channel(cid)
    # only the window's worth left; EOF and CLOSE wait behind the buffered rest
    assert message_ids(pair.to_server) == [94, 94, 94, 95]
    assert pair.client.pending_output(cid) == 2000
    pair.pump()
    events = pair.take("server")
    assert received_data(events, 0) == b"a" * 2500
    assert received_data(events, 1) == b"b" * 2500
    assert events[-2:] == [ChannelEofReceived(channel_id=sid), ChannelClosed(channel_id=sid)]
    tail = message_ids(pair.messages_to_server)[-3:]
    assert tail == [95, 96, 97]
    assert pair.take("client")[-1] == ChannelClosed(channel_id=cid)


def test_close_can_discard_buffered_output() -> None:
    pair = Pair(server_kwargs={"window_size": 1000})
    cid, sid = pair.open_session()
    pair.client.send_data(cid, bytes(5000))
    pair.client.close_channel(cid)  # deferred: 4000 bytes wait
    assert pair.client.pending_output(cid) == 4000
    pair.client.close_channel(cid, discard_output=True)
    assert pair.client.pending_output(cid) == 0
    pair.pump()
    assert received_data(pair.server_events) == bytes(1000)
    assert pair.take("server")[-1] == ChannelClosed(channel_id=sid)


def test_peer_close_drops_our_buffered_output() -> None:
    pair = Pair(server_kwargs={"window_size": 1000})
    cid, sid = pair.open_session()
    pair.client.send_data(cid, bytes(5000))
    pair.server.close_channel(sid)
    pair.pump()
    assert pair.take("client")[-1] == ChannelClosed(channel_id=cid)
    assert pair.client.channel_ids == ()


def test_stdout_and_stderr_keep_their_order_through_the_buffer() -> None:
    pair = Pair(client_kwargs={"window_size": 100, "max_packet_size": 64})
    _, sid = pair.open_session()
    chunks = [(i % 2, bytes([65 + i]) * (37 * (i + 1))) for i in range(12)]
    for stream, chunk in chunks:
        pair.server.send_data(sid, chunk, stream=stream)
    pair.pump()
    events = [e for e in pair.take("client") if isinstance(e, ChannelDataReceived)]
    merged: list[tuple[int, bytes]] = []
    for e in events:
        if merged and merged[-1][0] == e.stream and merged[-1][1][-1:] == e.data[:1]:
            merged[-1] = (e.stream, merged[-1][1] + e.data)
        else:
            merged.append((e.stream, e.data))
    assert merged == chunks


def test_buffered_mutable_buffers_are_copied() -> None:
    pair = Pair(server_kwargs={"window_size": 10})
    cid, _ = pair.open_session()
    buf = bytearray(b"0123456789abcdefghij")
    pair.client.send_data(cid, buf)
    buf[:] = b"X" * 20  # the caller reuses its buffer at once
    pair.pump()
    assert received_data(pair.take("server")) == b"0123456789abcdefghij"


def test_memoryview_of_wider_items_is_sent_as_bytes() -> None:
    pair = Pair()
    cid, _ = pair.open_session()
    words = array.array("I", [1, 2, 3])
    pair.client.send_data(cid, memoryview(words))
    pair.client.send_data(cid, b"")  # nothing to send, nothing sent
    pair.pump()
    assert received_data(pair.take("server")) == words.tobytes()
    assert message_ids(pair.messages_to_server).count(94) == 1


def test_window_opened_event_reports_what_is_left() -> None:
    pair = Pair(server_kwargs={"window_size": 4000, "max_packet_size": 1000})
    cid, _ = pair.open_session()
    pair.client.send_data(cid, bytes(4000))
    pair.pump()
    opened = [e for e in pair.take("client") if isinstance(e, ChannelWindowOpened)]
    # credit leaves once the window fell below half (after the third packet), batched
    assert opened == [ChannelWindowOpened(channel_id=cid, window=2000, pending=0)]

"""Rekeying (RFC 4253 §9): on demand by either side, by bytes, packets and time, with
upper-layer messages queued during the exchange and never lost."""

from __future__ import annotations

import hashlib
import os

import pytest
from _transport_helpers import ready_pair

from ssh_engine._transport import KexCompleted, MessageReceived
from ssh_engine._transport._pair import EnginePair

MiB = 1 << 20


def _rekeys(events: list[object]) -> list[KexCompleted]:
    return [e for e in events if isinstance(e, KexCompleted) and not e.initial]


@pytest.mark.parametrize("starter", ["client", "server"])
def test_rekey_on_demand_by_either_side(starter: str) -> None:
    pair = ready_pair()
    session_id = pair.client.session_id
    engine = pair.client if starter == "client" else pair.server
    engine.rekey()
    engine.rekey()  # no-op while one runs
    assert engine.kex_in_progress
    pair.pump()
    assert len(_rekeys(pair.client_events)) == 1 == len(_rekeys(pair.server_events))
    assert pair.client.session_id == session_id == pair.server.session_id
    assert not pair.client.kex_in_progress and not pair.server.kex_in_progress


def test_messages_sent_during_rekey_are_queued_in_order() -> None:
    pair = ready_pair()
    pair.client.rekey()
    pair.client.send_message(b"\xc8one")
    pair.server.send_message(b"\xc8early")  # before the server saw the client's KEXINIT
    pair.pump()
    pair.client.rekey()
    # deliver the client's KEXINIT only: the server is now inside the kex too
    pair.server_events.extend(pair.server.receive_data(pair.client.data_to_send()))
    assert pair.server.kex_in_progress
    pair.server.send_message(b"\xc8queued")
    pair.client.send_message(b"\xc8two")
    pair.pump()
    got_s = [e.payload for e in pair.server_events if isinstance(e, MessageReceived)]
    got_c = [e.payload for e in pair.client_events if isinstance(e, MessageReceived)]
    assert got_s == [b"\xc8one", b"\xc8two"]
    assert got_c == [b"\xc8early", b"\xc8queued"]
    # the queued message travelled after the rekey completed on the client
    kinds = [type(e) for e in pair.client_events]
    assert kinds.index(MessageReceived, kinds.index(KexCompleted, 4)) > 0
    assert len(_rekeys(pair.client_events)) == 2


def test_rekey_by_packets() -> None:
    pair = ready_pair(rekey_packets=50)
    for _ in range(120):
        pair.client.send_message(b"\xc8x")
        pair.pump()
    assert len(_rekeys(pair.client_events)) >= 2


def test_rekey_by_time() -> None:
    pair = ready_pair(rekey_interval=60.0)
    pair.client.tick(1000.0)
    pair.client.tick(1059.0)
    assert not pair.client.kex_in_progress
    pair.client.tick(1060.0)
    assert pair.client.kex_in_progress
    pair.pump()
    assert len(_rekeys(pair.server_events)) == 1


def _transfer(pair: EnginePair, total: int, chunk: int = 32 * 1024) -> None:
    """Send ``total`` bytes each way as message-200 payloads and compare SHA-256 sums."""
    sent = {"client": hashlib.sha256(), "server": hashlib.sha256()}
    got = {"client": hashlib.sha256(), "server": hashlib.sha256()}
    block = os.urandom(chunk)
    n = 0
    sent_bytes = 0
    while sent_bytes < total:
        data = block[n % 97 :] + block[: n % 97]
        n += 1
        for side in ("client", "server"):
            engine = pair.client if side == "client" else pair.server
            engine.send_message(b"\xc8" + data)
            sent[side].update(data)
        sent_bytes += len(data)
        if n % 8 == 0:
            _pump_into(pair, got)
    _pump_into(pair, got)
    assert got["server"].digest() == sent["client"].digest()
    assert got["client"].digest() == sent["server"].digest()


def _pump_into(pair: EnginePair, got: dict[str, hashlib._Hash]) -> None:
    before_c, before_s = len(pair.client_events), len(pair.server_events)
    pair.pump()
    for e in pair.client_events[before_c:]:
        if isinstance(e, MessageReceived):
            got["client"].update(e.payload[1:])
    for e in pair.server_events[before_s:]:
        if isinstance(e, MessageReceived):
            got["server"].update(e.payload[1:])
    # keep memory flat over long transfers
    pair.client_events[:] = [e for e in pair.client_events if not isinstance(e, MessageReceived)]
    pair.server_events[:] = [e for e in pair.server_events if not isinstance(e, MessageReceived)]


@pytest.mark.parametrize("cipher", ["chacha20-poly1305@openssh.com", "aes128-gcm@openssh.com"])
def test_bulk_transfer_with_automatic_rekeys(cipher: str) -> None:
    """32 MiB each way per AEAD cipher, rekeying every 2 MiB."""
    pair = ready_pair(algorithms={"cipher": [cipher]}, rekey_bytes=2 * MiB)
    _transfer(pair, 32 * MiB)
    assert len(_rekeys(pair.client_events)) >= 15
    assert len(_rekeys(pair.server_events)) >= 15


@pytest.mark.parametrize("starter", ["client", "server"])
def test_bulk_transfer_256_mib(starter: str) -> None:
    """256 MiB each way (about 2 s), a rekey every 16 MiB started by ``starter`` alone."""
    pair = ready_pair()
    engine = pair.client if starter == "client" else pair.server
    object.__setattr__(engine.config, "rekey_bytes", 16 * MiB)
    _transfer(pair, 256 * MiB)
    assert len(_rekeys(pair.client_events)) >= 15

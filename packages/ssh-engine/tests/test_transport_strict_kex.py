"""Strict kex (OpenSSH PROTOCOL §1.10, kex-strict-*-v00@openssh.com) and the Terrapin
prefix-truncation attack (CVE-2023-48795), ours <-> ours with a man in the middle."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _transport_helpers import host_key, make_pair, plain_packet, split_plain_packets

from ssh_engine._errors import RemoteProtocolError
from ssh_engine._transport import (
    DisconnectReceived,
    ExtInfoReceived,
    KexCompleted,
    TransportConfig,
)
from ssh_engine._transport._pair import EnginePair
from ssh_wire import encode_message
from ssh_wire.messages import DisconnectReason, Ignore

IGNORE = plain_packet(encode_message(Ignore(data=b"terrapin")))


def _once(fn: Callable[[bytes], bytes | None]) -> Callable[[bytes], bytes]:
    """Wrap a tamper function so it applies to the first chunk it changes only."""
    done = False

    def tamper(data: bytes) -> bytes:
        nonlocal done
        if done:
            return data
        out = fn(data)
        if out is None:
            return data
        done = True
        return out

    return tamper


def _inject_before_kexinit(data: bytes) -> bytes | None:
    """After the identification line, put an IGNORE before the peer's KEXINIT."""
    ident_end = data.find(b"\r\n")
    if not data.startswith(b"SSH-") or ident_end < 0:
        return None
    return data[: ident_end + 2] + IGNORE + data[ident_end + 2 :]


def _terrapin(data: bytes) -> bytes | None:
    """The prefix truncation: the server's REPLY+NEWKEYS+EXT_INFO chunk gets an IGNORE in
    front and loses its first encrypted packet (EXT_INFO) after NEWKEYS."""
    packets = split_plain_packets(data)
    ids = [p[5] for p in packets[:-1]]
    if 21 not in ids:
        return None
    keep = packets[: ids.index(21) + 1]
    return IGNORE + b"".join(keep)


def test_strict_kex_negotiated_by_default() -> None:
    pair = make_pair()
    assert not pair.client.strict_kex  # nothing agreed yet
    pair.handshake()
    done = [e for e in pair.client_events if isinstance(e, KexCompleted)]
    assert done[0].negotiated.strict_kex
    assert pair.client.strict_kex and pair.server.strict_kex
    pair.client.rekey()
    pair.pump()
    rekey = [e for e in pair.client_events if isinstance(e, KexCompleted)][-1]
    assert not rekey.initial
    assert pair.client.strict_kex and pair.server.strict_kex  # still in force
    assert pair.client._writer.sequence_number == 0 == pair.server._reader.sequence_number


@pytest.mark.parametrize(("client_strict", "server_strict"), [(False, True), (True, False)])
def test_strict_kex_needs_both_sides(client_strict: bool, server_strict: bool) -> None:
    pair = EnginePair(
        TransportConfig(strict_kex=client_strict),
        TransportConfig(host_keys=(host_key(),), strict_kex=server_strict),
    )
    pair.handshake()
    assert not pair.client.strict_kex and not pair.server.strict_kex
    assert pair.client._writer.sequence_number > 1  # never reset


@pytest.mark.parametrize("victim", ["client", "server"])
def test_ignore_before_kexinit_is_fatal_under_strict_kex(victim: str) -> None:
    pair = make_pair()
    if victim == "client":
        pair.to_client = _once(_inject_before_kexinit)
    else:
        pair.to_server = _once(_inject_before_kexinit)
    with pytest.raises(RemoteProtocolError, match="first packet"):
        pair.pump()
    engine = pair.client if victim == "client" else pair.server
    assert engine.closed


@pytest.mark.parametrize("victim", ["client", "server"])
def test_ignore_during_kex_is_fatal_under_strict_kex(victim: str) -> None:
    pair = make_pair()
    pair.step()  # identifications and KEXINITs delivered
    sender = pair.server if victim == "client" else pair.client
    sender._write(encode_message(Ignore(data=b"x")))  # a peer that slips an IGNORE in
    with pytest.raises(RemoteProtocolError, match="strict kex") as info:
        pair.pump()
    assert info.value.reason == DisconnectReason.PROTOCOL_ERROR
    engine, other = (pair.client, pair.server) if victim == "client" else (pair.server, pair.client)
    events = other.receive_data(engine.data_to_send())
    assert isinstance(events[-1], DisconnectReceived)
    assert events[-1].reason == DisconnectReason.PROTOCOL_ERROR


def test_ignore_during_kex_is_tolerated_without_strict_kex() -> None:
    pair = make_pair(strict_kex=False)
    pair.step()
    pair.server._write(encode_message(Ignore(data=b"x")))
    pair.handshake()
    assert pair.client.phase.value == "open"


def test_terrapin_detected_under_strict_kex() -> None:
    pair = make_pair(algorithms={"cipher": ["chacha20-poly1305@openssh.com"]})
    pair.to_client = _once(_terrapin)
    with pytest.raises(RemoteProtocolError, match="strict kex"):
        pair.handshake()
    assert pair.client.closed


def test_terrapin_model_is_real_without_strict_kex() -> None:
    """Sanity check of the attack model: with strict kex off on both sides the same
    tampering silently deletes EXT_INFO (the vulnerability strict kex closes)."""
    pair: EnginePair = make_pair(
        algorithms={"cipher": ["chacha20-poly1305@openssh.com"]}, strict_kex=False
    )
    pair.to_client = _once(_terrapin)
    pair.handshake()
    assert not [e for e in pair.client_events if isinstance(e, ExtInfoReceived)]
    assert pair.client.phase.value == "open"


def test_sequence_numbers_reset_at_newkeys_under_strict_kex() -> None:
    pair = make_pair()
    pair.handshake()
    # client sent KEXINIT, INIT, NEWKEYS, then SERVICE_REQUEST after the reset
    assert pair.client._writer.sequence_number == 1
    assert pair.server._reader.sequence_number == 1
    plain = make_pair(strict_kex=False)
    plain.handshake()
    assert plain.client._writer.sequence_number == 4


def test_sequence_number_wrap_during_initial_kex_is_fatal_without_strict_kex() -> None:
    pair = make_pair(strict_kex=False)
    pair.server._reader.sequence_number = 0xFFFFFFFF  # as if 2**32 - 1 packets came first
    with pytest.raises(RemoteProtocolError, match="wrapped"):
        pair.pump()

"""Per-phase, per-direction message whitelists and bad input (RFC 4253 §7.1, §11; the class
of CVE-2023-46445/46446): every message class injected in every phase gets either its
legal treatment or DISCONNECT plus a specific exception; never another exception."""

from __future__ import annotations

import struct

import pytest
from _transport_helpers import make_pair, plain_packet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._errors import MacError, ProtocolError, RemoteProtocolError
from ssh_engine._transport import (
    ConnectionClosed,
    DisconnectReceived,
    KexCompleted,
    MessageReceived,
    TransportConfig,
    TransportEngine,
    UnimplementedReceived,
)
from ssh_engine._transport._pair import EnginePair
from ssh_wire import decode_message, encode_message
from ssh_wire.messages import (
    Debug,
    DisconnectReason,
    Ignore,
    Ping,
    ServiceAccept,
    ServiceRequest,
    Unimplemented,
)

IGNORE = encode_message(Ignore(data=b"i"))
DEBUG = encode_message(Debug(always_display=False, message="d", language_tag=b""))
UNIMPL = encode_message(Unimplemented(sequence_number=7))
UNKNOWN = bytes([15]) + b"??"
SREQ = encode_message(ServiceRequest(service_name="ssh-userauth"))
SACC = encode_message(ServiceAccept(service_name="ssh-userauth"))
EXT = bytes([7, 0, 0, 0, 0])
KEXINIT_JUNK = bytes([20]) + b"\0" * 16
NEWKEYS = bytes([21])
KEX30 = bytes([30, 0, 0, 0, 0])
USERAUTH = bytes([50]) + b"\0" * 12
CONN = bytes([90]) + b"\0" * 12
PING = encode_message(Ping(data=b"p"))
PRIVATE = bytes([250, 1, 2, 3])

OK, ERR = "ok", "error"


def _at(phase: str, strict: bool = True) -> EnginePair:
    pair = make_pair(strict_kex=strict)
    if phase == "kex":
        pair.step()  # both sides are inside the first kex
    elif phase == "service":
        pair.pump()
    elif phase == "open":
        pair.handshake()
    return pair


# (phase, receiver, payload) -> expected outcome; the sender is the other role.
CASES = [
    # inside the first kex, strict: only kex messages and DISCONNECT
    *[("kex", r, p, ERR) for r in ("client", "server") for p in
      (IGNORE, DEBUG, UNIMPL, UNKNOWN, SREQ, SACC, EXT, KEXINIT_JUNK, NEWKEYS, USERAUTH, CONN,
       PING, PRIVATE)],
    # after the first kex, before the service runs
    ("service", "server", IGNORE, OK), ("service", "server", DEBUG, OK),
    ("service", "server", SREQ, OK), ("service", "server", SACC, ERR),
    ("service", "client", SREQ, ERR), ("service", "client", SACC, ERR),
    *[("service", r, p, ERR) for r in ("client", "server") for p in
      (NEWKEYS, KEX30, USERAUTH, CONN, PING, PRIVATE)],
    ("service", "client", UNKNOWN, OK), ("service", "server", UNKNOWN, OK),
    # the service runs
    *[("open", r, p, OK) for r in ("client", "server") for p in
      (IGNORE, DEBUG, UNIMPL, UNKNOWN, USERAUTH, CONN, PING, PRIVATE)],
    *[("open", r, p, ERR) for r in ("client", "server") for p in (SREQ, SACC, NEWKEYS, KEX30)],
    ("open", "server", EXT, ERR),
]  # fmt: skip


@pytest.mark.parametrize(("phase", "receiver", "payload", "outcome"), CASES)
def test_injected_message(phase: str, receiver: str, payload: bytes, outcome: str) -> None:
    pair = _at(phase)
    sender = pair.server if receiver == "client" else pair.client
    victim = pair.client if receiver == "client" else pair.server
    if payload == SREQ and outcome == OK:
        sender.request_service()  # the legal way, so the client expects the answer
    else:
        sender._write(payload)  # a misbehaving peer: bypasses every check of its own engine
    if outcome == OK:
        pair.pump()
        assert not victim.closed
        return
    with pytest.raises(RemoteProtocolError) as info:
        pair.pump()
    assert info.value.reason == DisconnectReason.PROTOCOL_ERROR
    assert victim.closed
    # the DISCONNECT reaches the peer
    assert isinstance(sender.receive_data(victim.data_to_send())[-1], DisconnectReceived)


@pytest.mark.parametrize("payload", [USERAUTH, CONN, SREQ, SACC, EXT, NEWKEYS, KEX30, PRIVATE])
@pytest.mark.parametrize("strict", [True, False])
def test_plaintext_injection_before_kexinit(payload: bytes, strict: bool) -> None:
    """Upper-layer and out-of-order transport messages before the first NEWKEYS."""
    server = TransportEngine("server", make_pair(strict_kex=strict).server.config)
    with pytest.raises(RemoteProtocolError):
        server.receive_data(b"SSH-2.0-evil\r\n" + plain_packet(payload))
    assert server.closed and server.data_to_send()


def test_generic_messages_before_kexinit_without_strict_kex() -> None:
    """Without strict kex, IGNORE/DEBUG before KEXINIT are fine and an unknown transport
    number is answered with UNIMPLEMENTED (RFC 4253 §11.4)."""
    pair = make_pair(strict_kex=False)
    data = pair.client.data_to_send()
    ident_end = data.index(b"\r\n") + 2
    evil = data[:ident_end] + b"".join(plain_packet(p) for p in (IGNORE, DEBUG, UNKNOWN))
    pair.server.receive_data(evil + data[ident_end:])
    assert not pair.server.closed
    events = pair.client.receive_data(pair.server.data_to_send())
    # the UNKNOWN packet was the client's sequence number 2 (KEXINIT was not yet sent)
    assert UnimplementedReceived(sequence_number=2) in events


def test_second_kexinit_mid_kex() -> None:
    pair = _at("kex")
    pair.client._write(pair.client._kex.our_kexinit)  # type: ignore[union-attr]
    with pytest.raises(RemoteProtocolError, match=r"KEXINIT|strict"):
        pair.pump()


def test_kexinit_in_open_phase_starts_a_rekey() -> None:
    pair = _at("open")
    pair.server.rekey()
    pair.pump()
    assert [e.initial for e in pair.client_events if isinstance(e, KexCompleted)] == [True, False]


def test_upper_layer_messages_pass_through() -> None:
    pair = _at("open")
    pair.client.send_message(PRIVATE)
    pair.pump()
    assert pair.server_events[-1] == MessageReceived(payload=PRIVATE)


# ----------------------------------------------------------------------------- bad bytes


def test_bad_mac_is_a_mac_error() -> None:
    pair = _at("open")
    pair.client.send_message(PRIVATE)
    data = bytearray(pair.client.data_to_send())
    data[-1] ^= 1
    with pytest.raises(MacError) as info:
        pair.server.receive_data(bytes(data))
    assert info.value.reason == DisconnectReason.MAC_ERROR
    assert pair.server.closed and pair.server.data_to_send()


def test_oversized_packet() -> None:
    server = make_pair().server
    with pytest.raises(RemoteProtocolError):
        server.receive_data(b"SSH-2.0-x\r\n" + struct.pack(">IB", 10_000_000, 4) + b"\0" * 64)


def test_truncated_packet_then_eof() -> None:
    server = make_pair().server
    packet = plain_packet(IGNORE)
    server.receive_data(b"SSH-2.0-x\r\n" + packet[:-3])
    with pytest.raises(RemoteProtocolError):
        server.receive_eof()


def test_eof_at_packet_boundary() -> None:
    pair = _at("open")
    assert pair.server.receive_eof() == [ConnectionClosed()]


@pytest.mark.parametrize(
    "ident", [b"HTTP/1.1 200 OK\r\n", b"SSH-1.5-old\r\n", b"SSH-2.0-\x01\r\n", b"x" * 300]
)
def test_garbage_identification(ident: bytes) -> None:
    server = make_pair().server
    with pytest.raises(RemoteProtocolError):
        server.receive_data(ident)
    assert server.closed


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.binary(max_size=600))
def test_fuzz_bytes_after_ident(data: bytes) -> None:
    for role in ("client", "server"):
        engine = make_pair().client if role == "client" else make_pair().server
        try:
            engine.receive_data(b"SSH-2.0-fuzz\r\n" + data)
            engine.receive_eof()
        except ProtocolError:
            assert engine.closed


@FUZZ
@given(st.binary(min_size=1, max_size=300), st.booleans())
def test_fuzz_plaintext_payload_during_first_kex(payload: bytes, strict: bool) -> None:
    pair = make_pair(strict_kex=strict)
    pair.step()
    pair.client._write(payload)
    try:
        pair.pump()
    except ProtocolError:
        assert pair.server.closed or pair.client.closed


@FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_fuzz_encrypted_payload_in_open_phase(payload: bytes) -> None:
    pair = _at("open")
    pair.client._write(payload)
    try:
        pair.pump()
    except ProtocolError:
        assert pair.server.closed or pair.client.closed


@FUZZ
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=255))
def test_fuzz_corrupted_stream(position: int, xor: int) -> None:
    pair = _at("open")
    pair.client.send_message(PRIVATE * 50)
    pair.client.send_message(PRIVATE)
    data = bytearray(pair.client.data_to_send())
    data[position % len(data)] ^= xor
    with pytest.raises(ProtocolError):
        # a corrupted length may just make the reader wait for more: EOF then fails
        pair.server.receive_data(bytes(data))
        pair.server.receive_eof()
    assert pair.server.closed


@pytest.mark.parametrize("payload", [SREQ, SACC, EXT, USERAUTH, CONN, PING, PRIVATE, KEXINIT_JUNK])
@pytest.mark.parametrize("receiver", ["client", "server"])
def test_injected_message_during_rekey(receiver: str, payload: bytes) -> None:
    """Between its KEXINIT and NEWKEYS a peer may send only transport and kex messages."""
    pair = _at("open")
    sender = pair.server if receiver == "client" else pair.client
    victim = pair.client if receiver == "client" else pair.server
    sender.rekey()
    sender._write(payload)
    with pytest.raises(RemoteProtocolError):
        pair.pump()
    assert victim.closed


@pytest.mark.parametrize("payload", [IGNORE, DEBUG, UNKNOWN])
def test_generic_messages_during_rekey_are_fine(payload: bytes) -> None:
    pair = _at("open")
    pair.server.rekey()
    pair.server._write(payload)
    pair.pump()
    assert [e.initial for e in pair.client_events if isinstance(e, KexCompleted)] == [True, False]


def test_wrongly_guessed_kex_packet_is_ignored() -> None:
    """RFC 4253 §7: first_kex_packet_follows with a wrong guess; the server drops the
    guessed packet and the exchange completes."""
    pair = make_pair(algorithms={"kex": ["curve25519-sha256"]})
    algs = build_algorithm_config({"kex": ["ecdh-sha2-nistp256", "curve25519-sha256"]})
    pair.client = TransportEngine("client", TransportConfig(algorithms=algs))
    data = pair.client.data_to_send()
    ident = data[: data.index(b"\r\n") + 2]
    kex = pair.client._kex
    assert kex is not None
    msg = decode_message(kex.our_kexinit)
    msg.first_kex_packet_follows = True
    kex.our_kexinit = encode_message(msg)  # what the client hashes as I_C
    guessed = bytes([30]) + struct.pack(">I", 65) + b"\x04" * 65  # an ECDH INIT, wrong guess
    pair.server_events.extend(
        pair.server.receive_data(ident + plain_packet(kex.our_kexinit) + plain_packet(guessed))
    )
    pair.handshake()
    (done,) = [e for e in pair.server_events if isinstance(e, KexCompleted)]
    assert done.negotiated.kex == "curve25519-sha256" and done.negotiated.ignore_guessed_packet

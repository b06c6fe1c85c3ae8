"""Transport engine handshakes, ours <-> ours in memory: every kex, cipher, MAC, host key."""

from __future__ import annotations

import pytest
from _transport_helpers import host_key, make_pair, ready_pair

from ssh_engine._algorithms import supported_names
from ssh_engine._errors import KexError, LocalProtocolError, RemoteProtocolError
from ssh_engine._kex import SNTRUP_AVAILABLE
from ssh_engine._packet import CIPHERS
from ssh_engine._transport import (
    DebugReceived,
    DisconnectReceived,
    ExtInfoReceived,
    HostKeyReceived,
    IdentificationReceived,
    KexCompleted,
    MessageReceived,
    Phase,
    PongReceived,
    ServiceAccepted,
    TransportConfig,
    TransportEngine,
    UnimplementedReceived,
)
from ssh_engine._transport._pair import EnginePair
from ssh_wire.messages import DisconnectReason

KEXES = [
    name for name in supported_names("kex") if SNTRUP_AVAILABLE or not name.startswith("sntrup")
]
AEAD = [name for name in supported_names("cipher") if CIPHERS[name].aead]
NON_AEAD = [name for name in supported_names("cipher") if not CIPHERS[name].aead]
MACS = list(supported_names("mac"))


def _completed(events: list[object]) -> list[KexCompleted]:
    return [e for e in events if isinstance(e, KexCompleted)]


@pytest.mark.parametrize("kex", KEXES)
def test_every_kex(kex: str) -> None:
    pair = ready_pair(algorithms={"kex": [kex]})
    (done,) = _completed(pair.client_events)
    (server_done,) = _completed(pair.server_events)
    assert done.negotiated.kex == kex == server_done.negotiated.kex
    assert done.session_id == server_done.session_id == pair.client.session_id
    assert done.initial
    assert pair.client.phase is Phase.OPEN and pair.server.phase is Phase.OPEN


@pytest.mark.parametrize("cipher", AEAD + NON_AEAD)
def test_every_cipher(cipher: str) -> None:
    pair = ready_pair(algorithms={"cipher": [cipher], "kex": ["curve25519-sha256"]})
    (done,) = _completed(pair.client_events)
    assert done.negotiated.cs.cipher == cipher == done.negotiated.sc.cipher
    assert done.negotiated.cs.mac == ("" if cipher in AEAD else MACS[0])
    _exchange_messages(pair)


@pytest.mark.parametrize("mac", MACS)
@pytest.mark.parametrize("cipher", ["aes128-ctr", "aes256-cbc"])
def test_every_mac(cipher: str, mac: str) -> None:
    pair = ready_pair(algorithms={"cipher": [cipher], "mac": [mac], "kex": ["curve25519-sha256"]})
    (done,) = _completed(pair.server_events)
    assert done.negotiated.cs.mac == mac == done.negotiated.sc.mac
    _exchange_messages(pair)


HOST_KEYS = [
    ("ed25519", None, "ssh-ed25519"),
    ("ecdsa", 256, "ecdsa-sha2-nistp256"),
    ("ecdsa", 384, "ecdsa-sha2-nistp384"),
    ("ecdsa", 521, "ecdsa-sha2-nistp521"),
    ("rsa", None, "rsa-sha2-512"),
    ("rsa", None, "rsa-sha2-256"),
    ("rsa", None, "ssh-rsa"),
    ("dsa", 1024, "ssh-dss"),
]


@pytest.mark.parametrize(("kind", "bits", "algorithm"), HOST_KEYS)
def test_every_host_key(kind: str, bits: int | None, algorithm: str) -> None:
    key = host_key(kind, bits)
    pair = ready_pair(
        algorithms={"server_host_key": [algorithm], "kex": ["curve25519-sha256"]},
        host_keys=(key,),
    )
    (received,) = [e for e in pair.client_events if isinstance(e, HostKeyReceived)]
    assert received.algorithm == algorithm
    assert received.key == key.public_key()


def test_server_with_several_host_keys_serves_the_negotiated_one() -> None:
    keys = (host_key("ed25519"), host_key("ecdsa", 384))
    pair = make_pair(host_keys=keys)
    pair.client = TransportEngine(
        "client",
        TransportConfig(
            algorithms=pair.client.config.algorithms.__class__(
                **{
                    **{
                        f: getattr(pair.client.config.algorithms, f)
                        for f in ("kex", "cipher", "mac", "compress")
                    },
                    "server_host_key": ("ecdsa-sha2-nistp384",),
                }
            )
        ),
    )
    pair.handshake()
    (received,) = [e for e in pair.client_events if isinstance(e, HostKeyReceived)]
    assert received.key == keys[1].public_key()


@pytest.mark.parametrize("compress", ["zlib", "zlib@openssh.com"])
def test_compression(compress: str) -> None:
    pair = ready_pair(algorithms={"compress": [compress], "kex": ["curve25519-sha256"]})
    (done,) = _completed(pair.client_events)
    assert done.negotiated.cs.compress == compress
    _exchange_messages(pair)


def _exchange_messages(pair: EnginePair) -> None:
    """Send a few upper-layer messages both ways and check they arrive intact."""
    sent = [bytes([200]) + bytes(range(n % 256)) * (n // 256 + 1) for n in (0, 1, 100, 5000)]
    for payload in sent:
        pair.client.send_message(payload)
        pair.server.send_message(payload)
    before_c, before_s = len(pair.client_events), len(pair.server_events)
    pair.pump()
    got_s = [e.payload for e in pair.server_events[before_s:] if isinstance(e, MessageReceived)]
    got_c = [e.payload for e in pair.client_events[before_c:] if isinstance(e, MessageReceived)]
    assert got_s == sent and got_c == sent


def test_event_shapes_and_ext_info() -> None:
    pair = ready_pair()
    kinds = [type(e) for e in pair.client_events]
    assert kinds == [
        IdentificationReceived,
        HostKeyReceived,
        ExtInfoReceived,
        KexCompleted,
        ServiceAccepted,
    ]
    (ext,) = [e for e in pair.client_events if isinstance(e, ExtInfoReceived)]
    assert ext.server_sig_algs is not None and "ssh-ed25519" in ext.server_sig_algs
    assert "ping@openssh.com" in ext.extensions
    (done,) = _completed(pair.client_events)
    assert done.negotiated.strict_kex and done.negotiated.peer_ext_info
    assert [type(e) for e in pair.server_events] == [
        IdentificationReceived,
        KexCompleted,
        ServiceAccepted,
    ]


def test_no_ext_info_when_client_does_not_announce_it() -> None:
    pair = make_pair()
    pair.client = TransportEngine("client", TransportConfig(ext_info=False))
    pair.handshake()
    assert not [e for e in pair.client_events if isinstance(e, ExtInfoReceived)]


def test_custom_ident_and_version_event() -> None:
    pair = make_pair(software_version="Test_1.0", comments="hello")
    pair.handshake()
    (ident,) = [e for e in pair.server_events if isinstance(e, IdentificationReceived)]
    assert ident.identification.line == "SSH-2.0-Test_1.0 hello"


def test_fail_closed_until_host_key_accepted() -> None:
    pair = make_pair(auto_accept=False)
    pair.client.request_service()
    pair.pump()
    assert any(isinstance(e, HostKeyReceived) for e in pair.client_events)
    assert pair.client.kex_in_progress and pair.client.session_id is None
    assert not any(isinstance(e, ServiceAccepted) for e in pair.server_events)
    with pytest.raises(LocalProtocolError):
        pair.server.accept_host_key()
    events = pair.client.accept_host_key()
    assert [type(e) for e in events] == [KexCompleted]
    with pytest.raises(LocalProtocolError):
        pair.client.accept_host_key()
    pair.pump()
    assert any(isinstance(e, ServiceAccepted) for e in pair.client_events)


def test_reject_host_key_disconnects() -> None:
    pair = make_pair(auto_accept=False)
    pair.pump()
    pair.client.reject_host_key("untrusted")
    assert pair.client.closed
    pair.pump()
    (dis,) = [e for e in pair.server_events if isinstance(e, DisconnectReceived)]
    assert dis.reason == DisconnectReason.HOST_KEY_NOT_VERIFIABLE
    assert dis.description == "untrusted"


def test_disconnect_both_ways() -> None:
    for sender in ("client", "server"):
        pair = ready_pair()
        engine = pair.client if sender == "client" else pair.server
        engine.disconnect(DisconnectReason.BY_APPLICATION, "bye")
        with pytest.raises(LocalProtocolError):
            engine.send_message(b"\xc8")
        pair.pump()
        other = pair.server_events if sender == "client" else pair.client_events
        assert other[-1] == DisconnectReceived(reason=11, description="bye")
        assert (pair.server if sender == "client" else pair.client).phase is Phase.CLOSED


def test_ignore_debug_ping_unimplemented() -> None:
    pair = ready_pair()
    pair.client.send_ignore(b"xx")
    pair.client.send_debug("hello", always_display=True)
    pair.client.ping(b"p1")
    pair.pump()
    assert DebugReceived(always_display=True, message="hello") in pair.server_events
    assert PongReceived(data=b"p1") in pair.client_events
    # an undefined transport number (RFC 4253 §11.4) is answered with UNIMPLEMENTED
    pair.server._write(bytes([15, 1, 2]))
    pair.pump()
    assert isinstance(pair.server_events[-1], UnimplementedReceived)


def test_unknown_service_is_refused() -> None:
    pair = make_pair()
    pair.client.request_service("ssh-nope")
    with pytest.raises(RemoteProtocolError) as info:
        pair.pump()
    assert info.value.reason == DisconnectReason.SERVICE_NOT_AVAILABLE
    pair.pump()
    assert isinstance(pair.client_events[-1], DisconnectReceived)


def test_local_misuse() -> None:
    with pytest.raises(LocalProtocolError):
        TransportEngine("server")
    pair = make_pair()
    with pytest.raises(LocalProtocolError):
        pair.client.send_message(b"\xc8")
    with pytest.raises(LocalProtocolError):
        pair.client.rekey()
    with pytest.raises(LocalProtocolError):
        pair.server.request_service()
    pair.handshake()
    with pytest.raises(LocalProtocolError):
        pair.client.request_service()
    with pytest.raises(LocalProtocolError):
        pair.client.send_message(b"\x05abc")


def test_no_common_algorithm_is_a_kex_failure() -> None:
    pair = make_pair()
    pair.client = TransportEngine(
        "client",
        TransportConfig(
            algorithms=pair.client.config.algorithms.__class__(
                kex=("curve25519-sha256",),
                server_host_key=("ssh-ed25519",),
                cipher=("aes128-ctr",),
                mac=("hmac-sha2-256",),
                compress=("none",),
            )
        ),
    )
    pair.server = TransportEngine(
        "server",
        TransportConfig(
            algorithms=pair.client.config.algorithms.__class__(
                kex=("curve25519-sha256",),
                server_host_key=("ssh-ed25519",),
                cipher=("aes256-gcm@openssh.com",),
                mac=("hmac-sha2-256",),
                compress=("none",),
            ),
            host_keys=(host_key(),),
        ),
    )
    with pytest.raises(KexError) as info:
        pair.pump()
    assert info.value.reason == DisconnectReason.KEY_EXCHANGE_FAILED
    # both sides negotiate the same way and fail; each queued its DISCONNECT
    assert pair.server.closed and pair.client.closed
    assert pair.client.data_to_send() and pair.server.data_to_send()


def test_delayed_compression_starts_at_userauth_success() -> None:
    pair = ready_pair(algorithms={"compress": ["zlib@openssh.com"]})
    assert not pair.client._writer.compression_active
    pair.client.send_message(b"\x32" + b"a" * 100)  # USERAUTH_REQUEST-like, uncompressed
    pair.pump()
    pair.server.send_message(b"\x34")  # USERAUTH_SUCCESS
    assert pair.server._writer.compression_active and pair.server._reader.compression_active
    pair.pump()
    assert pair.client._writer.compression_active and pair.client._reader.compression_active
    _exchange_messages(pair)


CROSS_CIPHERS = [
    {"cipher": ["chacha20-poly1305@openssh.com"]},
    {"cipher": ["aes256-gcm@openssh.com"]},
    {"cipher": ["aes128-ctr"], "mac": ["hmac-sha2-256-etm@openssh.com"]},
]
CROSS_HOST_KEYS = [("ed25519", None, "ssh-ed25519"), ("ecdsa", 256, "ecdsa-sha2-nistp256"),
                   ("rsa", None, "rsa-sha2-256")]  # fmt: skip


@pytest.mark.parametrize(("kind", "bits", "algorithm"), CROSS_HOST_KEYS)
@pytest.mark.parametrize(
    "ciphers", CROSS_CIPHERS, ids=lambda c: "+".join(c["cipher"] + c.get("mac", []))
)
@pytest.mark.parametrize("kex", KEXES)
def test_kex_cipher_host_key_matrix(
    kex: str, ciphers: dict[str, list[str]], kind: str, bits: int | None, algorithm: str
) -> None:
    pair = ready_pair(
        algorithms={"kex": [kex], "server_host_key": [algorithm], **ciphers},
        host_keys=(host_key(kind, bits),),
    )
    (done,) = _completed(pair.client_events)
    assert (done.negotiated.kex, done.negotiated.srv_host_key) == (kex, algorithm)
    assert done.negotiated.cs.cipher == ciphers["cipher"][0]
    pair.client.rekey()
    pair.pump()
    assert len(_completed(pair.server_events)) == 2
    _exchange_messages(pair)


@pytest.mark.parametrize("compress", ["none", "zlib"])
def test_upper_layer_payloads_are_handed_over_read_only(compress: str) -> None:
    """``MessageReceived.payload`` is the reader's view of the plaintext (no copy), and
    read-only, so no layer can change what another one keeps."""
    pair = ready_pair(algorithms={"compress": [compress]})
    pair.client.send_message(b"\xc8" + b"z" * 3000)
    pair.pump()
    (event,) = [e for e in pair.server_events if isinstance(e, MessageReceived)]
    payload = event.payload
    assert payload == b"\xc8" + b"z" * 3000
    assert isinstance(payload, bytes) or payload.readonly

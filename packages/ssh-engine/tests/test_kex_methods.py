"""Client <-> server round trips for every kex method, peer value validation, misuse, and the
registry."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ssh_engine._kex import (
    KEX_ALGORITHMS,
    MLKEM_AVAILABLE,
    SNTRUP_AVAILABLE,
    Curve25519Sha256,
    DhGexSha256,
    DhGroup14Sha256,
    DhGroupExchange,
    EcdhKex,
    EcdhSha2Nistp256,
    FixedGroupDh,
    HybridKex,
    KexError,
    KexMethod,
    MlKem768X25519Sha256,
    NistEcdh,
    builtin_groups,
    default_kex_algorithms,
    get_kex,
)
from ssh_engine._kex._groups import MODP_2048

HELLO = {"v_c": b"SSH-2.0-a", "v_s": b"SSH-2.0-b", "i_c": b"\x14c", "i_s": b"\x14s", "k_s": b"k"}


def run_exchange(name: str) -> tuple[KexMethod, KexMethod]:
    """Run one full exchange between a fresh client and server of ``name``."""
    cls = get_kex(name)
    client: Any = cls()
    server: Any = cls()
    if isinstance(client, DhGroupExchange):
        p, g = server.select_group(*client.request())
        f, k = server.respond(client.start(p, g))
        assert client.finish(f) == k
    else:
        assert isinstance(client, FixedGroupDh | EcdhKex | HybridKex)
        reply, k2 = server.respond(client.start())
        assert client.finish(reply) == k2
    return client, server


@pytest.mark.parametrize("name", list(KEX_ALGORITHMS))
def test_round_trip_gives_equal_secret_hash_and_keys(name: str) -> None:
    client, server = run_exchange(name)
    assert client.role == "client" and server.role == "server"
    assert client.shared_secret == server.shared_secret
    h = client.exchange_hash(**HELLO)
    assert h == server.exchange_hash(**HELLO)
    assert len(h) == {"sha1": 20, "sha256": 32, "sha384": 48, "sha512": 64}[client.hash_name]
    assert client.hash(b"x") == server.hash(b"x")
    lengths = dict(iv_c2s=16, iv_s2c=16, enc_c2s=32, enc_s2c=32, mac_c2s=64, mac_s2c=64)
    assert client.derive_keys(h, h, **lengths) == server.derive_keys(h, h, **lengths)


@pytest.mark.parametrize("name", list(KEX_ALGORITHMS))
def test_each_exchange_has_fresh_ephemerals(name: str) -> None:
    a, _ = run_exchange(name)
    b, _ = run_exchange(name)
    assert a.shared_secret != b.shared_secret


def test_registry_order_and_defaults() -> None:
    names = default_kex_algorithms()
    expected = [
        "curve25519-sha256",
        "curve25519-sha256@libssh.org",
        "ecdh-sha2-nistp256",
        "ecdh-sha2-nistp384",
        "ecdh-sha2-nistp521",
        "diffie-hellman-group-exchange-sha256",
        "diffie-hellman-group16-sha512",
        "diffie-hellman-group18-sha512",
        "diffie-hellman-group14-sha256",
        "diffie-hellman-group15-sha512",
        "diffie-hellman-group17-sha512",
    ]
    if SNTRUP_AVAILABLE:
        expected[:0] = ["sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com"]
    if MLKEM_AVAILABLE:
        expected.insert(0, "mlkem768x25519-sha256")
    assert names == expected
    legacy = {
        "diffie-hellman-group1-sha1",
        "diffie-hellman-group14-sha1",
        "diffie-hellman-group-exchange-sha1",
    }
    assert set(KEX_ALGORITHMS) == set(expected) | legacy
    for name in legacy:
        assert not KEX_ALGORITHMS[name].enabled_by_default
        assert KEX_ALGORITHMS[name].hash_name == "sha1"
    for name, cls in KEX_ALGORITHMS.items():
        assert cls.name == name
    with pytest.raises(KexError):
        get_kex("sntrup4591761x25519-sha512@tinyssh.org")


def test_mlkem_is_available_with_this_cryptography() -> None:
    # The dev environment's cryptography (50.x) has ML-KEM; the hybrid must then lead the list.
    assert MLKEM_AVAILABLE
    assert default_kex_algorithms()[0] == "mlkem768x25519-sha256"


def test_message_contexts() -> None:
    ctx = {name: cls.message_context for name, cls in KEX_ALGORITHMS.items()}
    assert ctx["curve25519-sha256"] == "kex-ecdh"
    assert ctx["ecdh-sha2-nistp384"] == "kex-ecdh"
    assert ctx["diffie-hellman-group14-sha256"] == "kex-dh"
    assert ctx["diffie-hellman-group-exchange-sha256"] == "kex-gex"
    assert ctx["mlkem768x25519-sha256"] == "kex-hybrid"
    if SNTRUP_AVAILABLE:
        assert ctx["sntrup761x25519-sha512"] == "kex-hybrid"


# --- invalid peer values --------------------------------------------------------------

P = MODP_2048


@pytest.mark.parametrize("value", [-1, 0, 1, P - 1, P, P + 1, 1 << 4096])
def test_dh_rejects_out_of_range_values(value: int) -> None:
    with pytest.raises(KexError):
        DhGroup14Sha256().respond(value)
    client = DhGroup14Sha256()
    client.start()
    with pytest.raises(KexError):
        client.finish(value)


@pytest.mark.parametrize("value", [0, 1, P - 1, P])
def test_gex_rejects_out_of_range_values(value: int) -> None:
    server = DhGexSha256(groups=builtin_groups())
    assert server.select_group(2048, 2048, 2048) == (P, 2)
    with pytest.raises(KexError):
        server.respond(value)
    client = get_kex("diffie-hellman-group-exchange-sha256")()
    assert isinstance(client, DhGroupExchange)
    client.request()
    client.start(P, 2)
    with pytest.raises(KexError):
        client.finish(value)


def _nist_bad_points(cls: type[NistEcdh]) -> list[bytes]:
    size = (cls.curve.key_size + 7) // 8
    key = ec.generate_private_key(cls.curve).public_key()
    compressed = key.public_bytes(Encoding.X962, PublicFormat.CompressedPoint)
    off_curve = b"\x04" + (1).to_bytes(size, "big") + (1).to_bytes(size, "big")
    return [
        b"",
        b"\x00",  # point at infinity
        compressed,  # compressed form: RFC 5656 §3.1 wants uncompressed
        off_curve,
        off_curve[:-1],
        off_curve + b"\x00",
        b"\x05" + off_curve[1:],
        b"\x04" + bytes(2 * size),
    ]


@pytest.mark.parametrize("cls", [c for c in KEX_ALGORITHMS.values() if issubclass(c, NistEcdh)])
def test_ecdh_rejects_invalid_points(cls: type[NistEcdh]) -> None:
    for bad in _nist_bad_points(cls):
        with pytest.raises(KexError):
            cls().respond(bad)
        client = cls()
        client.start()
        with pytest.raises(KexError):
            client.finish(bad)


def test_ecdh_rejects_point_of_other_curve() -> None:
    other = ec.generate_private_key(ec.SECP384R1()).public_key()
    with pytest.raises(KexError):
        EcdhSha2Nistp256().respond(
            other.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
        )
    with pytest.raises(KexError):
        EcdhSha2Nistp256(private_key=ec.generate_private_key(ec.SECP384R1()))


# Low-order points of Curve25519 (and non-canonical encodings of them): X25519 gives all zero.
LOW_ORDER = [
    bytes(32),
    (1).to_bytes(32, "little"),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    (2**255 - 19 - 1).to_bytes(32, "little"),
    (2**255 - 19).to_bytes(32, "little"),
    (2**255 - 19 + 1).to_bytes(32, "little"),
]


@pytest.mark.parametrize("point", LOW_ORDER, ids=lambda b: b.hex()[:8])
def test_curve25519_rejects_all_zero_shared_secret(point: bytes) -> None:
    with pytest.raises(KexError):
        Curve25519Sha256().respond(point)
    client = Curve25519Sha256()
    client.start()
    with pytest.raises(KexError):
        client.finish(point)


@pytest.mark.parametrize("size", [0, 31, 33, 64])
def test_curve25519_rejects_wrong_lengths(size: int) -> None:
    with pytest.raises(KexError):
        Curve25519Sha256().respond(b"\x09" * size)


def test_hybrid_rejects_bad_values() -> None:
    client = MlKem768X25519Sha256()
    c_init = client.start()
    for bad in (b"", c_init[:-1], c_init + b"\x00"):
        with pytest.raises(KexError):
            MlKem768X25519Sha256().respond(bad)
    # ML-KEM encapsulation key check (FIPS 203 §7.2): coefficients must be < q.
    with pytest.raises(KexError):
        MlKem768X25519Sha256().respond(b"\xff" * 1184 + c_init[1184:])
    # Low-order X25519 share.
    with pytest.raises(KexError):
        MlKem768X25519Sha256().respond(c_init[:1184] + bytes(32))
    s_reply, _ = MlKem768X25519Sha256().respond(c_init)
    for bad in (b"", s_reply[:-1], s_reply + b"\x00", s_reply[:1088] + bytes(32)):
        fresh = MlKem768X25519Sha256()
        fresh.start()
        with pytest.raises(KexError):
            fresh.finish(bad)
    with pytest.raises(KexError):
        MlKem768X25519Sha256(mlkem_seed=b"short").start()


@pytest.mark.skipif(not SNTRUP_AVAILABLE, reason="pqcrypto not installed")
@pytest.mark.parametrize("name", ["sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com"])
def test_sntrup_rejects_bad_values(name: str) -> None:
    cls = get_kex(name)
    c_init = cls().start()  # type: ignore[attr-defined]
    assert len(c_init) == 1158 + 32
    for bad in (b"", c_init[:-1], c_init + b"\x00", c_init[:1158] + bytes(32)):
        with pytest.raises(KexError):
            cls().respond(bad)  # type: ignore[attr-defined]
    s_reply, _ = cls().respond(c_init)  # type: ignore[attr-defined]
    assert len(s_reply) == 1039 + 32
    for bad in (b"", s_reply[:-1], s_reply + b"\x00", s_reply[:1039] + bytes(32)):
        fresh: Any = cls()
        fresh.start()
        with pytest.raises(KexError):
            fresh.finish(bad)


def test_hybrid_tampered_ciphertext_gives_different_secret() -> None:
    # FIPS 203 implicit rejection: no error, but the secrets differ, so the host key
    # signature check fails later.
    client = MlKem768X25519Sha256()
    s_reply, k = MlKem768X25519Sha256().respond(client.start())
    tampered = bytes([s_reply[0] ^ 1]) + s_reply[1:]
    assert client.finish(tampered) != k


# --- misuse ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["curve25519-sha256", "diffie-hellman-group14-sha256", "mlkem768x25519-sha256"]
)
def test_out_of_order_calls_raise(name: str) -> None:
    cls = get_kex(name)
    fresh = cls()
    with pytest.raises(KexError):
        _ = fresh.shared_secret
    with pytest.raises(KexError):
        fresh.exchange_hash(**HELLO)
    with pytest.raises(KexError):
        fresh.finish(b"\x00" * 32 if name != "diffie-hellman-group14-sha256" else 5)  # type: ignore[attr-defined]
    client, server = run_exchange(name)
    with pytest.raises(KexError):
        client.start()  # type: ignore[attr-defined]
    with pytest.raises(KexError):
        server.start()  # type: ignore[attr-defined]
    with pytest.raises(KexError):
        client.finish(b"" if name != "diffie-hellman-group14-sha256" else 5)  # type: ignore[attr-defined]


def test_gex_out_of_order_calls_raise() -> None:
    cls = get_kex("diffie-hellman-group-exchange-sha256")
    client = cls()
    assert isinstance(client, DhGroupExchange)
    with pytest.raises(KexError):
        client.start(P, 2)
    client.request()
    with pytest.raises(KexError):
        client.finish(5)
    client.start(P, 2)
    with pytest.raises(KexError):
        client.start(P, 2)
    server = cls()
    assert isinstance(server, DhGroupExchange)
    with pytest.raises(KexError):
        server.respond(5)
    server.select_group(2048, 2048, 4096)
    with pytest.raises(KexError):
        server.select_group(2048, 2048, 4096)
    server.respond(5)
    with pytest.raises(KexError):
        server.respond(5)


def test_fixed_private_exponent_must_be_in_range() -> None:
    with pytest.raises(KexError):
        DhGroup14Sha256(private_exponent=1).start()
    with pytest.raises(KexError):
        DhGroup14Sha256(private_exponent=P).start()

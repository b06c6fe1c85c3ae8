"""Known-answer tests for every exchange hash and the RFC 4253 §7.2 key derivation.

The expected values are computed here independently: hash inputs hand-packed with struct
(RFC 4251 §5 encodings written out), hashed with hashlib; shared secrets from RFC 7748 §6.1
or recomputed with pow() / cryptography directly.
"""

from __future__ import annotations

import hashlib
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, x25519

from ssh_engine._kex import (
    KEX_ALGORITHMS,
    SNTRUP_AVAILABLE,
    Curve25519Sha256,
    DhGroupExchange,
    EcdhSha2Nistp256,
    EcdhSha2Nistp384,
    EcdhSha2Nistp521,
    FixedGroupDh,
    KexError,
    MlKem768X25519Sha256,
    ModuliGroup,
    NistEcdh,
    Sntrup761X25519Sha512,
    derive_key,
    derive_keys,
    encode_shared_secret,
    gex_exchange_hash,
    hybrid_exchange_hash,
)

# --- independent reference encodings --------------------------------------------------


def s(data: bytes) -> bytes:
    """RFC 4251 §5 string."""
    return struct.pack(">I", len(data)) + data


def mpint(value: int) -> bytes:
    """RFC 4251 §5 mpint of a non-negative value, length included."""
    if value == 0:
        return s(b"")
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return s(raw)


def u32(value: int) -> bytes:
    return struct.pack(">I", value)


def hsh(name: str, data: bytes) -> bytes:
    return hashlib.new(name, data).digest()


def kdf(name: str, k_encoded: bytes, hh: bytes, letter: bytes, sid: bytes, n: int) -> bytes:
    """RFC 4253 §7.2, written out directly."""
    out = hsh(name, k_encoded + hh + letter + sid)
    while len(out) < n:
        out += hsh(name, k_encoded + hh + out)
    return out[:n]


# --- fixed inputs ---------------------------------------------------------------------

V_C = b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"
V_S = b"SSH-2.0-ssh_engine_0.1"
I_C = b"\x14" + bytes(range(16)) + s(b"curve25519-sha256,ext-info-c") + bytes(9 * 4 + 5)
I_S = b"\x14" + bytes(range(16, 32)) + s(b"curve25519-sha256") + bytes(9 * 4 + 5)
K_S = s(b"ssh-ed25519") + s(bytes(range(32)))
PREFIX = s(V_C) + s(V_S) + s(I_C) + s(I_S) + s(K_S)
HELLO = {"v_c": V_C, "v_s": V_S, "i_c": I_C, "i_s": I_S, "k_s": K_S}

# RFC 7748 §6.1 X25519 test vector.
ALICE = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
ALICE_PUB = bytes.fromhex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
BOB = bytes.fromhex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
BOB_PUB = bytes.fromhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
RFC7748_SHARED = bytes.fromhex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")

LENGTHS = {"iv_c2s": 12, "iv_s2c": 16, "enc_c2s": 32, "enc_s2c": 64, "mac_c2s": 0, "mac_s2c": 129}
LETTERS = {
    "iv_c2s": b"A",
    "iv_s2c": b"B",
    "enc_c2s": b"C",
    "enc_s2c": b"D",
    "mac_c2s": b"E",
    "mac_s2c": b"F",
}

FIXED_DH = sorted(n for n, c in KEX_ALGORITHMS.items() if issubclass(c, FixedGroupDh))
GEX = sorted(n for n, c in KEX_ALGORITHMS.items() if issubclass(c, DhGroupExchange))
NIST = [EcdhSha2Nistp256, EcdhSha2Nistp384, EcdhSha2Nistp521]


def check_keys(hash_name: str, k: int | bytes, k_encoded: bytes, hh: bytes, sid: bytes) -> None:
    keys = derive_keys(hash_name, k, hh, sid, **LENGTHS)  # type: ignore[arg-type]
    for field, n in LENGTHS.items():
        assert getattr(keys, field) == kdf(hash_name, k_encoded, hh, LETTERS[field], sid, n)
        assert len(getattr(keys, field)) == n


# --- diffie-hellman-group* (RFC 4253 §8) ----------------------------------------------


@pytest.mark.parametrize("name", FIXED_DH)
def test_fixed_group_dh_known_answer(name: str) -> None:
    cls = KEX_ALGORITHMS[name]
    assert issubclass(cls, FixedGroupDh)
    x, y = 0x1234567890ABCDEF << 200 | 0x55, 0xFEDCBA0987654321 << 190 | 0x77
    client, server = cls(private_exponent=x), cls(private_exponent=y)
    e = client.start()
    f, k_server = server.respond(e)
    k = client.finish(f)
    p, g = cls.p, cls.g
    assert e == pow(g, x, p) and f == pow(g, y, p)
    assert k == k_server == pow(g, x * y, p)
    expected = hsh(cls.hash_name, PREFIX + mpint(e) + mpint(f) + mpint(k))
    assert client.exchange_hash(**HELLO) == expected
    assert server.exchange_hash(**HELLO) == expected
    check_keys(cls.hash_name, k, mpint(k), expected, expected)
    # A later exchange keeps the first H as session_id.
    check_keys(cls.hash_name, k, mpint(k), expected, b"\x99" * len(expected))


# --- diffie-hellman-group-exchange-* (RFC 4419 §3, §5) --------------------------------


@pytest.mark.parametrize("name", GEX)
def test_gex_known_answer(name: str) -> None:
    cls = KEX_ALGORITHMS[name]
    assert issubclass(cls, DhGroupExchange)
    x, y = (1 << 300) + 12345, (1 << 301) + 67890
    from ssh_engine._kex._groups import MODP_3072

    group = [ModuliGroup(bits=3072, g=5, p=MODP_3072)]
    client = cls(private_exponent=x)
    server = cls(groups=group, private_exponent=y)
    lo, n, hi = client.request()
    assert (lo, n, hi) == (2048, 3072, 8192)
    p, g = server.select_group(lo, n, hi)
    assert (p, g) == (MODP_3072, 5)
    e = client.start(p, g)
    f, k = server.respond(e)
    assert client.finish(f) == k == pow(g, x * y, p)
    expected = hsh(
        cls.hash_name,
        PREFIX + u32(lo) + u32(n) + u32(hi) + mpint(p) + mpint(g) + mpint(e) + mpint(f) + mpint(k),
    )
    assert client.exchange_hash(**HELLO) == expected
    assert server.exchange_hash(**HELLO) == expected
    check_keys(cls.hash_name, k, mpint(k), expected, expected)


@pytest.mark.parametrize("name", GEX)
def test_gex_old_request_hashes_only_n(name: str) -> None:
    cls = KEX_ALGORITHMS[name]
    assert issubclass(cls, DhGroupExchange)
    server = cls(private_exponent=3 << 200)
    p, g = server.select_group_old(4096)
    assert p.bit_length() == 4096
    e = pow(g, 7 << 180, p)
    f, k = server.respond(e)
    expected = hsh(
        cls.hash_name, PREFIX + u32(4096) + mpint(p) + mpint(g) + mpint(e) + mpint(f) + mpint(k)
    )
    assert server.exchange_hash(**HELLO) == expected


def test_gex_hash_needs_both_or_neither_bound() -> None:
    with pytest.raises(KexError):
        gex_exchange_hash(
            "sha256", **HELLO, min_bits=2048, n_bits=3072, max_bits=None, p=23, g=5, e=2, f=3, k=4
        )


# --- ECDH (RFC 5656 §4) and curve25519 (RFC 8731 §3) ----------------------------------


@pytest.mark.parametrize("cls", NIST, ids=lambda c: c.name)
def test_nist_ecdh_known_answer(cls: type[NistEcdh]) -> None:
    a = ec.derive_private_key(0xC0FFEE, cls.curve)
    b = ec.derive_private_key(0xBADC0DE, cls.curve)
    client, server = cls(private_key=a), cls(private_key=b)
    q_c = client.start()
    q_s, k = server.respond(q_c)
    assert client.finish(q_s) == k
    size = (cls.curve.key_size + 7) // 8
    # K is the x coordinate of b*(a*G) = (a*b)*G (RFC 5656 §4, SEC1 §3.3.1).
    ab = ec.derive_private_key(0xC0FFEE * 0xBADC0DE, cls.curve).public_key().public_numbers()
    assert k == ab.x
    pa = a.public_key().public_numbers()
    assert q_c == b"\x04" + pa.x.to_bytes(size, "big") + pa.y.to_bytes(size, "big")
    expected = hsh(cls.hash_name, PREFIX + s(q_c) + s(q_s) + mpint(k))
    assert client.exchange_hash(**HELLO) == expected
    assert server.exchange_hash(**HELLO) == expected
    check_keys(cls.hash_name, k, mpint(k), expected, expected)


@pytest.mark.parametrize("name", ["curve25519-sha256", "curve25519-sha256@libssh.org"])
def test_curve25519_known_answer_rfc7748_vector(name: str) -> None:
    cls = KEX_ALGORITHMS[name]
    assert issubclass(cls, Curve25519Sha256)
    client = cls(private_key=x25519.X25519PrivateKey.from_private_bytes(ALICE))
    server = cls(private_key=x25519.X25519PrivateKey.from_private_bytes(BOB))
    assert client.start() == ALICE_PUB
    q_s, k = server.respond(ALICE_PUB)
    assert q_s == BOB_PUB
    assert client.finish(BOB_PUB) == k
    # RFC 8731 §3.1: the 32 output bytes read as a big-endian integer, encoded as an mpint.
    assert k == int.from_bytes(RFC7748_SHARED, "big")
    assert mpint(k) == s(b"\x00" + RFC7748_SHARED) or mpint(k) == s(RFC7748_SHARED)
    expected = hsh("sha256", PREFIX + s(ALICE_PUB) + s(BOB_PUB) + mpint(k))
    assert client.exchange_hash(**HELLO) == expected
    assert server.exchange_hash(**HELLO) == expected
    check_keys("sha256", k, mpint(k), expected, expected)


def test_curve25519_mpint_strips_leading_zero_bytes() -> None:
    # RFC 8731 §3.1: K with leading zero bytes is shorter than 32 bytes on the wire.
    k = int.from_bytes(b"\x00\x00\x7f" + b"\x11" * 29, "big")
    assert encode_shared_secret(k) == s(b"\x7f" + b"\x11" * 29)
    k = int.from_bytes(b"\x80" + b"\x11" * 31, "big")
    assert encode_shared_secret(k) == s(b"\x00\x80" + b"\x11" * 31)


# --- mlkem768x25519-sha256 (draft-ietf-sshm-mlkem-hybrid-kex) --------------------------


def test_hybrid_exchange_hash_known_answer() -> None:
    c_init = bytes(range(256)) * 4 + bytes(1216 - 1024)
    s_reply = b"\xa5" * 1120
    k = hashlib.sha256(b"pq" * 16 + b"cl" * 16).digest()
    got = hybrid_exchange_hash("sha256", **HELLO, c_init=c_init, s_reply=s_reply, k=k)
    # K is a string here, not an mpint (draft §2.4), even with its high bit set.
    assert got == hsh("sha256", PREFIX + s(c_init) + s(s_reply) + s(k))


def test_hybrid_known_answer_round_trip() -> None:
    seed = bytes(range(64))
    client = MlKem768X25519Sha256(
        mlkem_seed=seed, x25519_private_key=x25519.X25519PrivateKey.from_private_bytes(ALICE)
    )
    server = MlKem768X25519Sha256(
        x25519_private_key=x25519.X25519PrivateKey.from_private_bytes(BOB)
    )
    c_init = client.start()
    from cryptography.hazmat.primitives.asymmetric import mlkem

    kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(seed)
    assert c_init == kem.public_key().public_bytes_raw() + ALICE_PUB
    s_reply, k = server.respond(c_init)
    assert s_reply[1088:] == BOB_PUB
    assert client.finish(s_reply) == k
    k_pq = kem.decapsulate(s_reply[:1088])
    assert k == hashlib.sha256(k_pq + RFC7748_SHARED).digest()
    expected = hsh("sha256", PREFIX + s(c_init) + s(s_reply) + s(k))
    assert client.exchange_hash(**HELLO) == expected
    assert server.exchange_hash(**HELLO) == expected
    check_keys("sha256", k, s(k), expected, expected)


def test_hybrid_server_half_known_answer() -> None:
    from cryptography.hazmat.primitives.asymmetric import mlkem

    kem = mlkem.MLKEM768PrivateKey.generate()
    c_init = kem.public_key().public_bytes_raw() + ALICE_PUB
    server = MlKem768X25519Sha256(
        x25519_private_key=x25519.X25519PrivateKey.from_private_bytes(BOB)
    )
    s_reply, k = server.respond(c_init)
    assert s_reply[1088:] == BOB_PUB
    assert k == hashlib.sha256(kem.decapsulate(s_reply[:1088]) + RFC7748_SHARED).digest()


@pytest.mark.skipif(not SNTRUP_AVAILABLE, reason="pqcrypto not installed")
def test_sntrup761_known_answer() -> None:
    """sntrup761x25519-sha512 (OpenSSH kexsntrup761x25519.c): K = SHA-512(K_PQ || K_CL) as a
    string, H with SHA-512; both halves checked against pqcrypto used directly."""
    from pqcrypto.kem import sntrup_761  # type: ignore[import-untyped,unused-ignore]

    alice = x25519.X25519PrivateKey.from_private_bytes(ALICE)
    bob = x25519.X25519PrivateKey.from_private_bytes(BOB)
    # Server half: encapsulate to a key pair made here, decapsulate here.
    pk, sk = sntrup_761.keygen()
    server = Sntrup761X25519Sha512(x25519_private_key=bob)
    s_reply, k = server.respond(pk + ALICE_PUB)
    assert len(s_reply) == 1039 + 32 and s_reply[1039:] == BOB_PUB
    assert k == hashlib.sha512(sntrup_761.decaps(sk, s_reply[:1039]) + RFC7748_SHARED).digest()
    expected = hsh("sha512", PREFIX + s(pk + ALICE_PUB) + s(s_reply) + s(k))
    assert server.exchange_hash(**HELLO) == expected
    check_keys("sha512", k, s(k), expected, expected)
    # Client half: encapsulate here to the client's key.
    client = Sntrup761X25519Sha512(x25519_private_key=alice)
    c_init = client.start()
    assert len(c_init) == 1158 + 32 and c_init[1158:] == ALICE_PUB
    ct, k_pq = sntrup_761.encaps(c_init[:1158])
    k = client.finish(ct + BOB_PUB)
    assert k == hashlib.sha512(k_pq + RFC7748_SHARED).digest()
    expected = hsh("sha512", PREFIX + s(c_init) + s(ct + BOB_PUB) + s(k))
    assert client.exchange_hash(**HELLO) == expected


# --- key derivation (RFC 4253 §7.2) ---------------------------------------------------


@pytest.mark.parametrize("hash_name", ["sha1", "sha256", "sha384", "sha512"])
@pytest.mark.parametrize("length", [0, 1, 16, 20, 32, 33, 64, 65, 200])
def test_derive_key_extension(hash_name: str, length: int) -> None:
    k, hh, sid = 0x80 << 2040 | 12345, b"\x01" * 32, b"\x02" * 32
    got = derive_key(hash_name, k, hh, b"C", sid, length)  # type: ignore[arg-type]
    assert got == kdf(hash_name, mpint(k), hh, b"C", sid, length)
    kb = b"\xff" * 32
    got = derive_key(hash_name, kb, hh, b"D", sid, length)  # type: ignore[arg-type]
    assert got == kdf(hash_name, s(kb), hh, b"D", sid, length)


def test_derive_key_matches_hand_computed_extension() -> None:
    # Spelled out for a 2-block sha1 key: K2 = HASH(K || H || K1).
    k_enc, hh, sid = mpint(7), b"H" * 20, b"S" * 20
    k1 = hashlib.sha1(k_enc + hh + b"A" + sid).digest()
    k2 = hashlib.sha1(k_enc + hh + k1).digest()
    k3 = hashlib.sha1(k_enc + hh + k1 + k2).digest()
    assert derive_key("sha1", 7, hh, b"A", sid, 60) == k1 + k2 + k3


def test_derive_key_rejects_bad_arguments() -> None:
    with pytest.raises(KexError):
        derive_key("sha256", 1, b"", b"AB", b"", 16)
    with pytest.raises(KexError):
        derive_key("sha256", 1, b"", b"A", b"", -1)
    with pytest.raises(KexError):
        derive_key("md5", 1, b"", b"A", b"", 16)  # type: ignore[arg-type]


def test_session_keys_repr_hides_secrets() -> None:
    keys = derive_keys(
        "sha256", 5, b"h", b"h", iv_c2s=4, iv_s2c=4, enc_c2s=4, enc_s2c=4, mac_c2s=4, mac_s2c=4
    )
    assert keys.enc_c2s.hex() not in repr(keys)


def test_derive_keys_matches_paramiko() -> None:
    """Cross-check the key derivation against paramiko's independent implementation."""
    paramiko_transport = pytest.importorskip("paramiko.transport")

    class _Engine:
        hash_algo = hashlib.sha256

    class _Fake:
        K = 0x1234 << 2000
        H = b"\x07" * 32
        session_id = b"\x08" * 32
        kex_engine = _Engine()
        _logged_hash_selection = True

        def _add_K(self, m: object) -> None:
            m.add_mpint(self.K)  # type: ignore[attr-defined]

        def _log(self, *args: object) -> None:
            pass

    fake = _Fake()
    keys = derive_keys(
        "sha256",
        fake.K,
        fake.H,
        fake.session_id,
        iv_c2s=12,
        iv_s2c=12,
        enc_c2s=32,
        enc_s2c=32,
        mac_c2s=64,
        mac_s2c=64,
    )
    compute = paramiko_transport.Transport._compute_key
    assert keys.iv_c2s == compute(fake, "A", 12)
    assert keys.enc_s2c == compute(fake, "D", 32)
    assert keys.mac_s2c == compute(fake, "F", 64)

"""Host key algorithms: registry, server signing, client verification (RFC 4253 §8,
RFC 8332 §3, PROTOCOL.certkeys) and OpenSSH hostkeys-00 / hostkeys-prove-00 (PROTOCOL §2.5)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._algorithms import HOST_KEY_ALGORITHMS
from ssh_engine._errors import KexError, LocalProtocolError
from ssh_engine._hostkey_algs import (
    CERT_SUFFIX,
    HOST_KEY_ALGORITHM_REGISTRY,
    HOSTKEYS_PROVE_REQUEST,
    HOSTKEYS_REQUEST,
    HostKeySet,
    check_proofs,
    host_key_algorithm,
    hostkeys_announcement,
    hostkeys_global_request,
    parse_announced_keys,
    proof_data,
    prove,
    prove_request,
    verify_server_signature,
)
from ssh_wire.keys import (
    CertificateType,
    SSHCertificate,
    SSHKey,
    generate_key,
    issue_certificate,
    public_key_from_blob,
)
from ssh_wire.messages import (
    DisconnectReason,
    HostkeysProveReply,
    PublicKeyBlob,
    RsaPublicKey,
    decode_global_request,
    decode_hostkeys_prove_reply,
    decode_signature,
    encode_global_request,
    encode_hostkeys_prove_reply,
    encode_public_key_blob,
)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CA = generate_key("ed25519", comment="ca")
KEYS: dict[str, SSHKey] = {
    "ssh-ed25519": generate_key("ed25519"),
    "ecdsa-sha2-nistp256": generate_key("ecdsa", 256),
    "ecdsa-sha2-nistp384": generate_key("ecdsa", 384),
    "ecdsa-sha2-nistp521": generate_key("ecdsa", 521),
    "ssh-rsa": generate_key("rsa", 2048),
    "ssh-dss": generate_key("dsa"),
}


def _host_cert(
    key: SSHKey, ca: SSHKey = CA, cert_type: CertificateType = CertificateType.HOST
) -> SSHCertificate:
    return issue_certificate(
        ca, key.public_key(), cert_type=cert_type, key_id=f"host-{key.type}", principals=["h"]
    )


CERTS = {key_type: _host_cert(key) for key_type, key in KEYS.items()}
FULL_SET = HostKeySet([*KEYS.values(), *CERTS.values()])
H = hashlib.sha256(b"exchange hash").digest()
SESSION_ID = hashlib.sha256(b"session").digest()


# -- registry -------------------------------------------------------------------------------


def test_registry_matches_negotiation_table() -> None:
    """Same names, same order, same defaults as the negotiation defaults table."""
    assert list(HOST_KEY_ALGORITHM_REGISTRY) == list(HOST_KEY_ALGORITHMS)
    for name, entry in HOST_KEY_ALGORITHM_REGISTRY.items():
        assert entry.default is HOST_KEY_ALGORITHMS[name]
        assert entry.is_certificate is name.endswith(CERT_SUFFIX)


@pytest.mark.parametrize(
    ("name", "key_type", "signature", "is_cert"),
    [
        ("ssh-ed25519", "ssh-ed25519", "ssh-ed25519", False),
        ("ecdsa-sha2-nistp384", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp384", False),
        ("rsa-sha2-512", "ssh-rsa", "rsa-sha2-512", False),
        ("rsa-sha2-256", "ssh-rsa", "rsa-sha2-256", False),
        ("ssh-rsa", "ssh-rsa", "ssh-rsa", False),
        ("ssh-dss", "ssh-dss", "ssh-dss", False),
        ("rsa-sha2-512-cert-v01@openssh.com", "ssh-rsa", "rsa-sha2-512", True),
        ("rsa-sha2-256-cert-v01@openssh.com", "ssh-rsa", "rsa-sha2-256", True),
        ("ssh-rsa-cert-v01@openssh.com", "ssh-rsa", "ssh-rsa", True),
        ("ssh-ed25519-cert-v01@openssh.com", "ssh-ed25519", "ssh-ed25519", True),
    ],
)
def test_registry_entries(name: str, key_type: str, signature: str, is_cert: bool) -> None:
    entry = host_key_algorithm(name)
    assert (entry.key_type, entry.signature_algorithm, entry.is_certificate) == (
        key_type,
        signature,
        is_cert,
    )
    assert entry.blob_type == (key_type + CERT_SUFFIX if is_cert else key_type)


def test_legacy_off_by_default() -> None:
    off = {n for n, e in HOST_KEY_ALGORITHM_REGISTRY.items() if not e.default}
    assert off == {
        "ssh-rsa",
        "ssh-dss",
        "ssh-rsa-cert-v01@openssh.com",
        "ssh-dss-cert-v01@openssh.com",
    }


def test_unknown_algorithm() -> None:
    with pytest.raises(KexError) as info:
        host_key_algorithm("ssh-foo")
    assert info.value.reason == DisconnectReason.KEY_EXCHANGE_FAILED


# -- sign -> verify round trips -------------------------------------------------------------


@pytest.mark.parametrize("algorithm", list(HOST_KEY_ALGORITHM_REGISTRY))
def test_round_trip_every_algorithm(algorithm: str) -> None:
    entry = HOST_KEY_ALGORITHM_REGISTRY[algorithm]
    k_s, signature = FULL_SET.sign(algorithm, H)
    assert decode_signature(signature).algorithm == entry.signature_algorithm
    result = verify_server_signature(algorithm, k_s, H, signature)
    if entry.is_certificate:
        assert isinstance(result, SSHCertificate)
        assert result == CERTS[entry.key_type]
        assert result.key.equals(KEYS[entry.key_type])
    else:
        assert isinstance(result, SSHKey)
        assert not result.is_private
        assert result.equals(KEYS[entry.key_type])
    # memoryview input works as well
    assert (
        verify_server_signature(algorithm, memoryview(k_s), memoryview(H), memoryview(signature))
        == result
    )


@pytest.mark.parametrize("algorithm", ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"])
def test_rsa_k_s_is_ssh_rsa_blob(algorithm: str) -> None:
    """RFC 8332 §3: K_S stays the ssh-rsa blob whatever the hash."""
    k_s, _ = FULL_SET.sign(algorithm, H)
    assert k_s == KEYS["ssh-rsa"].public_blob


def test_algorithms_in_openssh_order() -> None:
    assert FULL_SET.algorithms() == tuple(HOST_KEY_ALGORITHM_REGISTRY)
    only = HostKeySet([KEYS["ssh-ed25519"], KEYS["ssh-rsa"], CERTS["ssh-rsa"]])
    assert only.algorithms() == (
        "rsa-sha2-512-cert-v01@openssh.com",
        "rsa-sha2-256-cert-v01@openssh.com",
        "ssh-ed25519",
        "rsa-sha2-512",
        "rsa-sha2-256",
        "ssh-rsa-cert-v01@openssh.com",
        "ssh-rsa",
    )
    assert HostKeySet([]).algorithms() == ()


def test_sign_unserved_algorithm() -> None:
    only = HostKeySet([KEYS["ssh-ed25519"]])
    for name in ("ecdsa-sha2-nistp256", "ssh-ed25519-cert-v01@openssh.com", "nope"):
        with pytest.raises(KexError):
            only.sign(name, H)


def test_key_set_validation() -> None:
    with pytest.raises(LocalProtocolError, match="private"):
        HostKeySet([KEYS["ssh-ed25519"].public_key()])
    with pytest.raises(LocalProtocolError, match="more than one"):
        HostKeySet([KEYS["ssh-ed25519"], generate_key("ed25519")])
    with pytest.raises(LocalProtocolError, match="certifies none"):
        HostKeySet([CERTS["ssh-ed25519"]])
    with pytest.raises(LocalProtocolError, match="certifies none"):
        HostKeySet([generate_key("ed25519"), CERTS["ssh-ed25519"]])
    user_cert = _host_cert(KEYS["ssh-ed25519"], cert_type=CertificateType.USER)
    with pytest.raises(LocalProtocolError, match="not a host certificate"):
        HostKeySet([KEYS["ssh-ed25519"], user_cert])
    with pytest.raises(LocalProtocolError, match="more than one"):
        HostKeySet([KEYS["ssh-ed25519"], CERTS["ssh-ed25519"], _host_cert(KEYS["ssh-ed25519"])])
    # certificates may come before their keys
    ks = HostKeySet([CERTS["ssh-ed25519"], KEYS["ssh-ed25519"]])
    assert ks.certificates == (CERTS["ssh-ed25519"],)
    assert ks.keys == (KEYS["ssh-ed25519"],)


# -- mismatches ----------------------------------------------------------------------------


def _expect_kex_error(*args: bytes | str) -> KexError:
    with pytest.raises(KexError) as info:
        verify_server_signature(*args)  # type: ignore[arg-type]
    assert info.value.reason == DisconnectReason.KEY_EXCHANGE_FAILED
    return info.value


def test_ed25519_blob_under_ecdsa_name() -> None:
    k_s, sig = FULL_SET.sign("ssh-ed25519", H)
    _expect_kex_error("ecdsa-sha2-nistp256", k_s, H, sig)


def test_ecdsa_curve_mismatch() -> None:
    k_s, sig = FULL_SET.sign("ecdsa-sha2-nistp256", H)
    _expect_kex_error("ecdsa-sha2-nistp384", k_s, H, sig)


def test_rsa_sha512_signature_when_sha256_negotiated() -> None:
    """RFC 8332 §3: under rsa-sha2-256 the signature must be rsa-sha2-256."""
    k_s, sig512 = FULL_SET.sign("rsa-sha2-512", H)
    err = _expect_kex_error("rsa-sha2-256", k_s, H, sig512)
    assert "rsa-sha2-512" in str(err)
    _, sig_sha1 = FULL_SET.sign("ssh-rsa", H)
    _expect_kex_error("rsa-sha2-512", k_s, H, sig_sha1)
    _, sig256 = FULL_SET.sign("rsa-sha2-256", H)
    _expect_kex_error("ssh-rsa", k_s, H, sig256)


def test_rsa_cert_signature_algorithm_enforced() -> None:
    k_s, sig512 = FULL_SET.sign("rsa-sha2-512-cert-v01@openssh.com", H)
    _expect_kex_error("rsa-sha2-256-cert-v01@openssh.com", k_s, H, sig512)
    # OpenSSH ssh-rsa.c: ssh-rsa-cert-v01 accepts any RSA hash (old servers)
    cert = verify_server_signature("ssh-rsa-cert-v01@openssh.com", k_s, H, sig512)
    assert isinstance(cert, SSHCertificate)


def test_signature_over_other_hash() -> None:
    for algorithm in HOST_KEY_ALGORITHM_REGISTRY:
        k_s, sig = FULL_SET.sign(algorithm, hashlib.sha256(b"other").digest())
        _expect_kex_error(algorithm, k_s, H, sig)


def test_signature_by_other_key() -> None:
    other = HostKeySet([generate_key("ed25519")])
    _, sig = other.sign("ssh-ed25519", H)
    k_s, _ = FULL_SET.sign("ssh-ed25519", H)
    _expect_kex_error("ssh-ed25519", k_s, H, sig)


def test_plain_blob_under_cert_name_and_back() -> None:
    k_s, sig = FULL_SET.sign("ssh-ed25519", H)
    _expect_kex_error("ssh-ed25519-cert-v01@openssh.com", k_s, H, sig)
    cert_k_s, cert_sig = FULL_SET.sign("ssh-ed25519-cert-v01@openssh.com", H)
    _expect_kex_error("ssh-ed25519", cert_k_s, H, cert_sig)


def test_small_rsa_key_refused() -> None:
    n = (1 << 767) | 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF | 1
    blob = encode_public_key_blob(PublicKeyBlob("ssh-rsa", RsaPublicKey(65537, n)))
    assert public_key_from_blob(blob).bits == 768
    _, sig = FULL_SET.sign("rsa-sha2-256", H)
    err = _expect_kex_error("rsa-sha2-256", blob, H, sig)
    assert "768-bit" in str(err)


def test_unknown_algorithm_and_garbage() -> None:
    k_s, sig = FULL_SET.sign("ssh-ed25519", H)
    _expect_kex_error("ssh-ed448", k_s, H, sig)
    _expect_kex_error("ssh-ed25519", b"", H, sig)
    _expect_kex_error("ssh-ed25519", k_s, H, b"")
    _expect_kex_error("ssh-ed25519", k_s, H, sig + b"x")
    _expect_kex_error("ssh-ed25519", k_s[:-1], H, sig)


# -- certificates as host keys -------------------------------------------------------------


def test_certificate_returned_unchecked_then_checked_by_verifier() -> None:
    """A cert signed by an unknown CA still verifies here; the CA check is separate."""
    rogue = generate_key("ed25519")
    key = generate_key("ecdsa", 256)
    ks = HostKeySet([key, _host_cert(key, ca=rogue)])
    k_s, sig = ks.sign("ecdsa-sha2-nistp256-cert-v01@openssh.com", H)
    cert = verify_server_signature("ecdsa-sha2-nistp256-cert-v01@openssh.com", k_s, H, sig)
    assert isinstance(cert, SSHCertificate)
    assert cert.signature_key.equals(rogue)
    cert.check("h", cert_type=CertificateType.HOST, ca_keys=[rogue])
    with pytest.raises(Exception, match="untrusted CA"):
        cert.check("h", cert_type=CertificateType.HOST, ca_keys=[CA])


def test_corrupt_certificate_blob() -> None:
    k_s, sig = FULL_SET.sign("ssh-ed25519-cert-v01@openssh.com", H)
    _expect_kex_error("ssh-ed25519-cert-v01@openssh.com", k_s[:-10], H, sig)


# -- hostkeys-00 / hostkeys-prove-00 -------------------------------------------------------


def test_announcement_is_plain_keys() -> None:
    blobs = hostkeys_announcement(FULL_SET)
    assert blobs == [k.public_blob for k in KEYS.values()]
    msg = hostkeys_global_request(FULL_SET)
    decoded = decode_global_request(encode_global_request(msg))
    assert decoded.request_name == HOSTKEYS_REQUEST
    assert decoded.want_reply is False
    assert decoded.body is not None and not isinstance(decoded.body, bytes)
    assert list(getattr(decoded.body, "host_keys")) == blobs  # noqa: B009


def test_parse_announced_keys_filters() -> None:
    ed = KEYS["ssh-ed25519"].public_blob
    rsa = KEYS["ssh-rsa"].public_blob
    garbage = b"\x00\x00\x00\x07ssh-foo"
    cert = CERTS["ssh-ed25519"].blob
    keys = parse_announced_keys([ed, garbage, cert, ed, memoryview(rsa), b""])
    assert [k.public_blob for k in keys] == [ed, rsa]
    keys = parse_announced_keys([ed, rsa], allowed_key_types={"ssh-rsa"})
    assert [k.public_blob for k in keys] == [rsa]


def test_prove_round_trip() -> None:
    keys = parse_announced_keys(hostkeys_announcement(FULL_SET))
    request = decode_global_request(encode_global_request(prove_request(keys)))
    assert request.request_name == HOSTKEYS_PROVE_REQUEST and request.want_reply
    blobs = list(getattr(request.body, "host_keys"))  # noqa: B009
    sigs = prove(FULL_SET, blobs, SESSION_ID)
    reply = decode_hostkeys_prove_reply(
        encode_hostkeys_prove_reply(HostkeysProveReply(tuple(sigs)))
    )
    proven = check_proofs(blobs, list(reply.signatures), SESSION_ID)
    assert proven == keys
    assert all(not k.is_private for k in proven)
    # SSHKey objects are accepted in place of blobs
    assert check_proofs(keys, sigs, SESSION_ID) == keys


def test_proof_data_layout() -> None:
    blob = KEYS["ssh-ed25519"].public_blob
    name = b"hostkeys-prove-00@openssh.com"
    expected = (
        struct.pack(">I", len(name))
        + name
        + struct.pack(">I", len(SESSION_ID))
        + SESSION_ID
        + struct.pack(">I", len(blob))
        + blob
    )
    assert proof_data(SESSION_ID, blob) == expected
    (sig,) = prove(FULL_SET, [blob], SESSION_ID)
    assert KEYS["ssh-ed25519"].verify(expected, sig)


def _rsa_proof_alg(**kwargs: object) -> str:
    (sig,) = prove(FULL_SET, [KEYS["ssh-rsa"].public_blob], SESSION_ID, **kwargs)  # type: ignore[arg-type]
    return decode_signature(sig).algorithm


def test_prove_rsa_signature_choice() -> None:
    """sshd server_input_hostkeys_prove: negotiated RSA alg, else the client's offer."""
    assert _rsa_proof_alg() == "rsa-sha2-512"
    assert _rsa_proof_alg(negotiated_algorithm="rsa-sha2-256") == "rsa-sha2-256"
    assert _rsa_proof_alg(negotiated_algorithm="rsa-sha2-256-cert-v01@openssh.com") == (
        "rsa-sha2-256"
    )
    assert (
        _rsa_proof_alg(negotiated_algorithm="ssh-ed25519", client_algorithms=["rsa-sha2-256"])
        == "rsa-sha2-256"
    )
    both = ["rsa-sha2-256", "rsa-sha2-512-cert-v01@openssh.com"]
    assert _rsa_proof_alg(negotiated_algorithm="ssh-ed25519", client_algorithms=both) == (
        "rsa-sha2-512"
    )
    assert _rsa_proof_alg(client_algorithms=["ssh-ed25519"]) == "ssh-rsa"


def test_check_proofs_rsa_must_match_negotiated() -> None:
    blob = KEYS["ssh-rsa"].public_blob
    sigs = prove(FULL_SET, [blob], SESSION_ID, negotiated_algorithm="rsa-sha2-512")
    check_proofs([blob], sigs, SESSION_ID, negotiated_algorithm="rsa-sha2-512")
    check_proofs([blob], sigs, SESSION_ID, negotiated_algorithm="ssh-ed25519")
    with pytest.raises(KexError, match="rsa-sha2-256 required"):
        check_proofs([blob], sigs, SESSION_ID, negotiated_algorithm="rsa-sha2-256")


def test_bad_proofs() -> None:
    blobs = hostkeys_announcement(FULL_SET)
    sigs = prove(FULL_SET, blobs, SESSION_ID)
    with pytest.raises(KexError, match="bad proof"):
        check_proofs(blobs, sigs, os.urandom(32))
    swapped = [sigs[1], sigs[0], *sigs[2:]]
    with pytest.raises(KexError):
        check_proofs(blobs, swapped, SESSION_ID)
    with pytest.raises(KexError, match="signatures for"):
        check_proofs(blobs, sigs[:-1], SESSION_ID)
    with pytest.raises(KexError):
        check_proofs([b"garbage"], [sigs[0]], SESSION_ID)
    # a proof made over the kex (not prove) data fails
    _, kex_sig = FULL_SET.sign("ssh-ed25519", SESSION_ID)
    with pytest.raises(KexError):
        check_proofs([KEYS["ssh-ed25519"].public_blob], [kex_sig], SESSION_ID)


def test_prove_unknown_key() -> None:
    with pytest.raises(KexError, match="not a host key"):
        prove(FULL_SET, [generate_key("ed25519").public_blob], SESSION_ID)
    with pytest.raises(KexError):
        prove(FULL_SET, [CERTS["ssh-ed25519"].blob], SESSION_ID)


# -- hypothesis: only KexError ever escapes ------------------------------------------------

ALGORITHMS = st.sampled_from([*HOST_KEY_ALGORITHM_REGISTRY, "bogus"])
_VALID_PIECES = [
    FULL_SET.sign(name, H) for name in ("ssh-ed25519", "rsa-sha2-256", "ecdsa-sha2-nistp521")
]


@st.composite
def _mutated(draw: st.DrawFn, source: bytes) -> bytes:
    data = bytearray(source)
    for _ in range(draw(st.integers(0, 3))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    return bytes(data[:cut]) if draw(st.booleans()) else bytes(data)


BLOBS = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([p[0] for p in _VALID_PIECES] + [c.blob for c in CERTS.values()]).flatmap(
        _mutated
    ),
)
SIGS = st.one_of(
    st.binary(max_size=300), st.sampled_from([p[1] for p in _VALID_PIECES]).flatmap(_mutated)
)


@SETTINGS
@given(algorithm=ALGORITHMS, blob=BLOBS, signature=SIGS, exchange_hash=st.binary(max_size=64))
def test_fuzz_verify_only_kex_error(
    algorithm: str, blob: bytes, signature: bytes, exchange_hash: bytes
) -> None:
    with contextlib.suppress(KexError):
        verify_server_signature(algorithm, blob, exchange_hash, signature)


@SETTINGS
@given(blobs=st.lists(BLOBS, max_size=4), sigs=st.lists(SIGS, max_size=4), sid=st.binary())
def test_fuzz_check_proofs_only_kex_error(
    blobs: list[bytes], sigs: list[bytes], sid: bytes
) -> None:
    parse_announced_keys(blobs)  # never raises
    with contextlib.suppress(KexError):
        check_proofs(blobs, sigs, sid)
    with contextlib.suppress(KexError):
        prove(FULL_SET, blobs, sid)

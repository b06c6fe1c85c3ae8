"""OpenSSH certificates (PROTOCOL.certkeys): issue, parse, verify, check, reject garbage."""

from __future__ import annotations

import base64
import dataclasses
import struct
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from hypothesis import given
from hypothesis import strategies as st

from ssh_wire.keys import KeyParseError, SSHKey
from ssh_wire.keys._cert_issue import issue_certificate
from ssh_wire.keys._certificate import (
    FOREVER,
    CertificateCAError,
    CertificateError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateOptionError,
    CertificatePrincipalError,
    CertificateSignatureError,
    CertificateTypeError,
    SSHCertificate,
    parse_certificate,
)
from ssh_wire.messages import (
    Certificate,
    CertificateOption,
    CertificateOptions,
    CertificateType,
    SkEd25519PublicKey,
    decode_certificate,
    encode_certificate,
    encode_certificate_options,
)

USER = CertificateType.USER
HOST = CertificateType.HOST
T0 = 1_700_000_000  # 2023-11-14T22:13:20Z
T1 = T0 + 86_400


def _make_keys() -> dict[str, SSHKey]:
    return {
        "ssh-ed25519": SSHKey(ed25519.Ed25519PrivateKey.generate(), "ed"),
        "ecdsa-sha2-nistp256": SSHKey(ec.generate_private_key(ec.SECP256R1())),
        "ecdsa-sha2-nistp384": SSHKey(ec.generate_private_key(ec.SECP384R1())),
        "ecdsa-sha2-nistp521": SSHKey(ec.generate_private_key(ec.SECP521R1())),
        "ssh-rsa": SSHKey(rsa.generate_private_key(65537, 2048)),
        "ssh-dss": SSHKey(dsa.generate_private_key(1024)),
    }


KEYS = _make_keys()
OTHER = _make_keys()  # unrelated keys of the same types
TYPES = sorted(KEYS)


def _user_cert(**overrides: object) -> SSHCertificate:
    args: dict[str, object] = {
        "cert_type": USER,
        "key_id": "alice@example",
        "principals": ("alice", "root"),
        "valid_after": T0,
        "valid_before": T1,
        "serial": 7,
    }
    args.update(overrides)
    return issue_certificate(KEYS["ssh-ed25519"], KEYS["ecdsa-sha2-nistp256"], **args)  # type: ignore[arg-type]


CERT = _user_cert()
CA = KEYS["ssh-ed25519"]


def _u32(n: int) -> bytes:
    return struct.pack(">I", n)


def _string(data: bytes) -> bytes:
    return _u32(len(data)) + data


def _resign(fields: Certificate, ca: SSHKey = CA) -> bytes:
    """Encode ``fields`` with a fresh, valid signature by ``ca``."""
    signed = encode_certificate(dataclasses.replace(fields, signature=b""))[:-4]
    return signed + _string(ca.sign(signed))


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("ca_type", TYPES)
@pytest.mark.parametrize("subject_type", TYPES)
def test_issue_parse_round_trip(ca_type: str, subject_type: str) -> None:
    ca, subject = KEYS[ca_type], KEYS[subject_type]
    cert = issue_certificate(
        ca,
        subject,
        cert_type=HOST,
        key_id="host-1",
        principals=["h1.example", "h2.example"],
        valid_after=T0,
        valid_before=T1,
        serial=2**64 - 2,
        comment="made here",
    )
    assert cert.type == f"{subject_type}-cert-v01@openssh.com"
    assert cert.key.equals(subject) and not cert.key.is_private
    assert cert.signature_key.equals(ca)
    assert cert.serial == 2**64 - 2
    assert cert.cert_type is HOST
    assert cert.principals == ("h1.example", "h2.example")
    assert (cert.valid_after, cert.valid_before) == (T0, T1)
    assert dict(cert.extensions) == {} and dict(cert.critical_options) == {}
    assert len(cert.nonce) == 32
    assert cert.verify_signature()
    expected_alg = "rsa-sha2-512" if ca_type == "ssh-rsa" else ca_type
    assert cert.signature_algorithm == expected_alg
    allowed = {expected_alg}
    cert.check("h1.example", now=T0, cert_type=HOST, ca_keys=[ca], ca_signature_algorithms=allowed)
    again = parse_certificate(cert.blob, "made here")
    assert again == cert and hash(again) == hash(cert)
    assert again.fingerprint() == subject.fingerprint()
    line = cert.openssh_public_line()
    kind, b64, comment = line.split(" ", 2)
    assert (kind, comment) == (cert.type, "made here")
    assert base64.b64decode(b64) == cert.blob


def test_fields_and_decoded_options() -> None:
    cert = _user_cert(
        critical_options={
            "source-address": "10.0.0.0/8, 192.168.1.1/32",
            "force-command": "/usr/bin/true --x",
            "verify-required": None,
        },
        extensions={"permit-pty": None, "custom@example.com": "v", "raw@example.com": b"\x01"},
    )
    assert cert.key_id == "alice@example" and cert.serial == 7
    assert list(cert.critical_options) == ["force-command", "source-address", "verify-required"]
    assert cert.critical_options["force-command"] == _string(b"/usr/bin/true --x")
    assert cert.force_command == "/usr/bin/true --x"
    assert cert.source_address == ("10.0.0.0/8", "192.168.1.1/32")
    assert cert.verify_required
    assert list(cert.extensions) == ["custom@example.com", "permit-pty", "raw@example.com"]
    assert cert.extensions == {
        "custom@example.com": _string(b"v"),
        "permit-pty": b"",
        "raw@example.com": b"\x01",
    }
    assert cert.permit_pty and not cert.permit_x11_forwarding and not cert.no_touch_required
    assert cert.valid_after_datetime == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert cert.valid_before_datetime == datetime(2023, 11, 15, 22, 13, 20, tzinfo=UTC)
    assert "alice@example" in repr(cert)


def test_user_defaults_match_ssh_keygen() -> None:
    cert = issue_certificate(CA, KEYS["ssh-rsa"], cert_type=USER, key_id="")
    assert list(cert.extensions) == [
        "permit-X11-forwarding",
        "permit-agent-forwarding",
        "permit-port-forwarding",
        "permit-pty",
        "permit-user-rc",
    ]
    assert all(data == b"" for data in cert.extensions.values())
    assert cert.permit_x11_forwarding and cert.permit_agent_forwarding
    assert cert.permit_port_forwarding and cert.permit_user_rc
    assert cert.force_command is None and cert.source_address is None
    assert not cert.verify_required
    assert (cert.valid_after, cert.valid_before) == (0, FOREVER)
    assert cert.valid_after_datetime is None and cert.valid_before_datetime is None
    assert cert.principals == () and cert.serial == 0
    cert.check("anyone", ca_keys=[CA])  # no principals: valid for any
    with pytest.raises(CertificatePrincipalError, match="lacks"):
        cert.check("anyone", require_principals=True)


def test_datetime_bounds_and_nonce() -> None:
    after = datetime(2030, 1, 1, tzinfo=UTC)
    naive_before = datetime(2031, 1, 1)  # naive: UTC
    cert = _user_cert(valid_after=after, valid_before=naive_before, nonce=b"n" * 16)
    assert cert.valid_after == int(after.timestamp())
    assert cert.valid_before_datetime == naive_before.replace(tzinfo=UTC)
    assert cert.nonce == b"n" * 16
    cert.check(now=datetime(2030, 6, 1))
    far = _user_cert(valid_before=FOREVER - 1)
    assert far.valid_before_datetime == datetime.max.replace(tzinfo=UTC)


def test_rsa_signature_algorithms() -> None:
    rsa_ca = KEYS["ssh-rsa"]
    sha256 = issue_certificate(
        rsa_ca, CA.public_key(), cert_type=USER, key_id="x", signature_algorithm="rsa-sha2-256"
    )
    assert sha256.signature_algorithm == "rsa-sha2-256"
    sha256.check(ca_keys=[rsa_ca])
    sha1 = issue_certificate(rsa_ca, CA, cert_type=USER, key_id="x", signature_algorithm="ssh-rsa")
    assert sha1.verify_signature()
    with pytest.raises(CertificateSignatureError, match="ssh-rsa"):
        sha1.check()  # OpenSSH's default CASignatureAlgorithms refuse SHA-1
    sha1.check(ca_signature_algorithms={"ssh-rsa"})
    with pytest.raises(KeyParseError):
        issue_certificate(CA, CA, cert_type=USER, key_id="x", signature_algorithm="ssh-rsa")


# -- check() -------------------------------------------------------------------------------


def test_check_accepts_and_validity_bounds() -> None:
    CERT.check("alice", now=T0, cert_type=USER, ca_keys=[OTHER["ssh-ed25519"], CA])
    CERT.check("root", now=T1 - 1)
    CERT.check(now=datetime.fromtimestamp(T0 + 5, UTC))
    with pytest.raises(CertificateNotYetValidError):
        CERT.check(now=T0 - 1)
    with pytest.raises(CertificateExpiredError):
        CERT.check(now=T1)  # valid before is exclusive
    with pytest.raises(CertificateExpiredError):
        CERT.check()  # the real clock is past T1


def test_check_refusals() -> None:
    with pytest.raises(CertificatePrincipalError, match="bob"):
        CERT.check("bob", now=T0)
    with pytest.raises(CertificateTypeError, match="host"):
        CERT.check(now=T0, cert_type=HOST)
    with pytest.raises(CertificateCAError):
        CERT.check(now=T0, ca_keys=[OTHER["ssh-ed25519"]])
    with pytest.raises(CertificateCAError):
        CERT.check(now=T0, ca_keys=[])
    unknown = _user_cert(critical_options={"no-such-option@example.com": None})
    with pytest.raises(CertificateOptionError, match="no-such-option"):
        unknown.check(now=T0)
    _user_cert(extensions={"no-such-extension@example.com": None}).check(now=T0)
    for error in (CertificatePrincipalError, CertificateTypeError, CertificateOptionError):
        assert issubclass(error, CertificateError)


def test_wrong_ca_signature() -> None:
    fields = decode_certificate(CERT.blob)
    # Signed by another key but claiming CA: the signature does not verify.
    forged = parse_certificate(_resign(fields, OTHER["ssh-ed25519"]))
    assert forged.signature_key.equals(CA) and not forged.verify_signature()
    with pytest.raises(CertificateSignatureError):
        forged.check(now=T0, ca_keys=[CA])
    # A field changed after signing.
    changed = encode_certificate(dataclasses.replace(fields, key_id="mallory"))
    tampered = parse_certificate(changed)
    assert tampered.key_id == "mallory" and not tampered.verify_signature()
    with pytest.raises(CertificateSignatureError):
        tampered.check(now=T0)
    # Fields that disagree with the blob are not trusted either.
    assert not dataclasses.replace(CERT, signature_key=OTHER["ssh-ed25519"]).verify_signature()
    assert not dataclasses.replace(CERT, blob=b"junk").verify_signature()


def test_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CERT.key_id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        CERT.extensions["permit-pty"] = b""  # type: ignore[index]


# -- parse refusals ------------------------------------------------------------------------


def _refused(blob: bytes, match: str) -> None:
    with pytest.raises(KeyParseError, match=match):
        parse_certificate(blob)


def test_parse_refusals() -> None:
    fields = decode_certificate(CERT.blob)
    _refused(_resign(dataclasses.replace(fields, cert_type=3)), "certificate type")
    _refused(_resign(dataclasses.replace(fields, signature_key=CERT.blob)), "chained")
    many = b"".join(_string(b"p%d" % i) for i in range(257))
    _refused(_resign(dataclasses.replace(fields, valid_principals=many)), "principals")
    _refused(_resign(dataclasses.replace(fields, valid_principals=b"\0\0\0\x05a")), "principals")
    _refused(_resign(dataclasses.replace(fields, valid_principals=_string(b"a\0b"))), "NUL")
    dup = encode_certificate_options(
        CertificateOptions((CertificateOption("permit-pty", b""),) * 2)
    )
    _refused(_resign(dataclasses.replace(fields, extensions=dup)), "repeat")
    bad_force = encode_certificate_options(
        CertificateOptions((CertificateOption("force-command", b"/bin/sh"),))
    )
    _refused(_resign(dataclasses.replace(fields, critical_options=bad_force)), "one string")
    flag_data = encode_certificate_options(
        CertificateOptions((CertificateOption("permit-pty", b"x"),))
    )
    _refused(_resign(dataclasses.replace(fields, extensions=flag_data)), "carries data")
    _refused(_resign(dataclasses.replace(fields, signature_key=b"\0\0\0\x03abc")), "unsupported")
    _refused(CERT.blob + b"\0", "trailing")
    _refused(CERT.blob[:-1], "corrupt")
    _refused(_string(b"ssh-ed25519") + _string(b"\0" * 32), "unknown key_type")
    sk = dataclasses.replace(
        fields,
        key_type="sk-ssh-ed25519-cert-v01@openssh.com",
        key=SkEd25519PublicKey(b"\0" * 32, "ssh:"),
    )
    _refused(_resign(sk), "unsupported")
    bad_signature = encode_certificate(dataclasses.replace(fields, signature=b"\0\0\0\x01"))
    _refused(bad_signature, "signature")


def test_issue_refusals() -> None:
    subject = KEYS["ssh-rsa"]
    with pytest.raises(KeyParseError, match="private"):
        issue_certificate(CA.public_key(), subject, cert_type=USER, key_id="x")
    with pytest.raises(ValueError, match="interval"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", valid_after=5, valid_before=5)
    with pytest.raises(ValueError, match="serial"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", serial=-1)
    with pytest.raises(ValueError, match="valid_before"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", valid_before=2**64)
    with pytest.raises(ValueError, match="principals"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", principals=["a"] * 257)
    with pytest.raises(ValueError, match="non-empty"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", principals=[""])
    with pytest.raises(ValueError, match="NUL"):
        issue_certificate(
            CA, subject, cert_type=USER, key_id="x", critical_options={"force-command": "a\0"}
        )
    with pytest.raises(ValueError, match="option name"):
        issue_certificate(CA, subject, cert_type=USER, key_id="x", extensions={"": None})
    with pytest.raises(ValueError):
        issue_certificate(CA, subject, cert_type=9, key_id="x")  # type: ignore[arg-type]


# -- garbage in: only KeyParseError out ----------------------------------------------------


def _parse_or_refuse(blob: bytes) -> SSHCertificate | None:
    try:
        return parse_certificate(blob)
    except KeyParseError:
        return None


@given(st.binary(max_size=600))
def test_random_bytes_raise_only_key_parse_error(blob: bytes) -> None:
    _parse_or_refuse(blob)


@given(st.sampled_from(TYPES), st.binary(max_size=400))
def test_random_bodies_raise_only_key_parse_error(key_type: str, body: bytes) -> None:
    _parse_or_refuse(_string(f"{key_type}-cert-v01@openssh.com".encode()) + body)


@given(st.data())
def test_bit_flips_are_refused_or_fail_verification(data: st.DataObject) -> None:
    cert = data.draw(st.sampled_from([CERT, RSA_CERT, DSA_CERT]))
    blob = bytearray(cert.blob)
    position = data.draw(st.integers(0, len(blob) * 8 - 1))
    blob[position // 8] ^= 1 << (position % 8)
    parsed = _parse_or_refuse(bytes(blob))
    if parsed is not None:
        assert not parsed.verify_signature()
        with pytest.raises(CertificateError):
            parsed.check(now=T0, ca_signature_algorithms={"ssh-ed25519", "rsa-sha2-512", "ssh-dss"})


@given(st.data())
def test_truncations_are_refused(data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(CERT.blob) - 1))
    assert _parse_or_refuse(CERT.blob[:cut]) is None


RSA_CERT = issue_certificate(KEYS["ssh-rsa"], KEYS["ssh-dss"], cert_type=USER, key_id="r")
DSA_CERT = issue_certificate(KEYS["ssh-dss"], KEYS["ssh-rsa"], cert_type=HOST, key_id="d")

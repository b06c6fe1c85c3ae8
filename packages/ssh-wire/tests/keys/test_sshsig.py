"""SSH signatures (PROTOCOL.sshsig): sign, verify, armor, and every refusal."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from hypothesis import given
from hypothesis import strategies as st

from ssh_wire.keys import KeyParseError, SSHKey
from ssh_wire.keys._cert_issue import issue_certificate
from ssh_wire.keys._sshsig import (
    SSHSigError,
    SSHSigFormatError,
    SSHSigKeyNotAllowedError,
    SSHSigNamespaceError,
    SSHSigSignatureError,
    sshsig_sign,
    sshsig_verify,
)
from ssh_wire.messages import (
    CertificateType,
    SshSignatureBlob,
    SshSignedData,
    decode_ssh_signature_blob,
    encode_ssh_signature_blob,
    encode_ssh_signed_data,
)

KEYS = {
    "ssh-ed25519": SSHKey(ed25519.Ed25519PrivateKey.generate()),
    "ecdsa-sha2-nistp256": SSHKey(ec.generate_private_key(ec.SECP256R1())),
    "ecdsa-sha2-nistp384": SSHKey(ec.generate_private_key(ec.SECP384R1())),
    "ecdsa-sha2-nistp521": SSHKey(ec.generate_private_key(ec.SECP521R1())),
    "ssh-rsa": SSHKey(rsa.generate_private_key(65537, 2048)),
    "ssh-dss": SSHKey(dsa.generate_private_key(1024)),
}
TYPES = sorted(KEYS)
ED = KEYS["ssh-ed25519"]
DATA = b"the quick brown fox\n" * 100
SIG = sshsig_sign(ED, DATA, "file")


def _blob(armored: str) -> SshSignatureBlob:
    body = "".join(armored.strip().splitlines()[1:-1])
    return decode_ssh_signature_blob(base64.b64decode(body))


def _armor(blob: SshSignatureBlob) -> str:
    text = base64.b64encode(encode_ssh_signature_blob(blob)).decode()
    return f"-----BEGIN SSH SIGNATURE-----\n{text}\n-----END SSH SIGNATURE-----\n"


@pytest.mark.parametrize("hash_algorithm", ["sha512", "sha256"])
@pytest.mark.parametrize("key_type", TYPES)
def test_round_trip(key_type: str, hash_algorithm: str) -> None:
    key = KEYS[key_type]
    armored = sshsig_sign(key, DATA, "file", hash_algorithm)
    signer = sshsig_verify(armored, DATA, "file", allowed_keys=[ED, key])
    assert signer.equals(key) and not signer.is_private
    blob = _blob(armored)
    assert (blob.version, blob.namespace, blob.reserved) == (1, "file", b"")
    assert blob.hash_algorithm == hash_algorithm
    assert blob.public_key == key.public_blob
    expected_alg = "rsa-sha2-512" if key_type == "ssh-rsa" else key_type
    assert blob.signature[4 : 4 + len(expected_alg)] == expected_alg.encode()
    # The inner signature covers PROTOCOL.sshsig §3's structure, not the message.
    digest = hashlib.new(hash_algorithm, DATA).digest()
    signed = encode_ssh_signed_data(SshSignedData("file", b"", hash_algorithm, digest))
    assert key.verify(signed, blob.signature)


def test_armor_shape() -> None:
    lines = SIG.split("\n")
    assert lines[0] == "-----BEGIN SSH SIGNATURE-----"
    assert lines[-2:] == ["-----END SSH SIGNATURE-----", ""]
    body = lines[1:-2]
    assert all(len(line) == 70 for line in body[:-1]) and 0 < len(body[-1]) <= 70


def test_inputs_bytes_file_and_armor_forms() -> None:
    assert sshsig_verify(SIG.encode(), io.BytesIO(DATA), "file").equals(ED)
    assert sshsig_verify(SIG.replace("\n", "\r\n"), bytearray(DATA), "file").equals(ED)
    assert sshsig_verify("\n  " + SIG + "\n\n", memoryview(DATA), "file").equals(ED)
    from_file = sshsig_sign(ED, io.BytesIO(DATA), "git")
    assert sshsig_verify(from_file, DATA, "git").equals(ED)
    # Ed25519 is deterministic: the same input gives the same signature however it is read.
    assert from_file == sshsig_sign(ED, DATA, "git")


def test_refusals() -> None:
    with pytest.raises(SSHSigNamespaceError, match="'file'"):
        sshsig_verify(SIG, DATA, "git")
    with pytest.raises(SSHSigSignatureError):
        sshsig_verify(SIG, DATA + b"!", "file")
    with pytest.raises(SSHSigKeyNotAllowedError):
        sshsig_verify(SIG, DATA, "file", allowed_keys=[KEYS["ssh-rsa"]])
    with pytest.raises(SSHSigKeyNotAllowedError):
        sshsig_verify(SIG, DATA, "file", allowed_keys=[])


@pytest.mark.parametrize(
    "armored",
    [
        "",
        "hello",
        SIG.replace("BEGIN", "START"),
        SIG.replace("-----END SSH SIGNATURE-----", ""),
        SIG.replace("U1NI", "U1N*"),
        SIG.replace("U1NI", "U0NI"),  # wrong magic
        "-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n",
        "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n",
        SIG.encode("utf-16"),
    ],
)
def test_bad_armor(armored: str | bytes) -> None:
    with pytest.raises(SSHSigFormatError):
        sshsig_verify(armored, DATA, "file")


def test_bad_blob_contents() -> None:
    blob = _blob(SIG)
    for changed, match in [
        (_with(blob, version=2), "version"),
        (_with(blob, hash_algorithm="sha1"), "hash"),
        (_with(blob, public_key=b"\0\0\0\x03abc"), "unsupported"),
        (_with(blob, signature=b"\0\0"), "unusable"),
    ]:
        with pytest.raises(SSHSigFormatError, match=match):
            sshsig_verify(_armor(changed), DATA, "file")
    # Another key's blob: the signature does not verify for it.
    other = _with(blob, public_key=KEYS["ecdsa-sha2-nistp256"].public_blob)
    with pytest.raises(SSHSigSignatureError):
        sshsig_verify(_armor(other), DATA, "file")
    # A non-empty reserved field is ignored (§2), and never part of the signed data (§3).
    assert sshsig_verify(_armor(_with(blob, reserved=b"tag")), DATA, "file").equals(ED)


def test_certificate_signer_and_sha1_rsa_refused() -> None:
    cert = issue_certificate(ED, ED, cert_type=CertificateType.USER, key_id="x")
    with pytest.raises(SSHSigFormatError, match="certificate"):
        sshsig_verify(_armor(_with(_blob(SIG), public_key=cert.blob)), DATA, "file")
    key = KEYS["ssh-rsa"]
    digest = hashlib.sha512(DATA).digest()
    signed = encode_ssh_signed_data(SshSignedData("file", b"", "sha512", digest))
    sha1 = SshSignatureBlob(1, key.public_blob, "file", b"", "sha512", key.sign(signed, "ssh-rsa"))
    with pytest.raises(SSHSigFormatError, match="ssh-rsa"):
        sshsig_verify(_armor(sha1), DATA, "file")
    rsa256 = _with(sha1, signature=key.sign(signed, "rsa-sha2-256"))
    assert sshsig_verify(_armor(rsa256), DATA, "file").equals(key)


def test_sign_refusals() -> None:
    with pytest.raises(ValueError, match="namespace"):
        sshsig_sign(ED, DATA, "")
    with pytest.raises(ValueError, match="hash"):
        sshsig_sign(ED, DATA, "file", "md5")
    with pytest.raises(KeyParseError):
        sshsig_sign(ED.public_key(), DATA, "file")


def _with(blob: SshSignatureBlob, **changes: object) -> SshSignatureBlob:
    return dataclasses.replace(blob, **changes)  # type: ignore[arg-type]


@given(st.binary(max_size=400))
def test_random_armored_bytes_raise_only_sshsig_errors(body: bytes) -> None:
    armored = _armor_raw(body)
    with pytest.raises(SSHSigError):
        sshsig_verify(armored, DATA, "file")


@given(st.text(max_size=300))
def test_random_text_raises_only_sshsig_errors(text: str) -> None:
    with pytest.raises(SSHSigError):
        sshsig_verify(text, DATA, "file")


@given(st.data())
def test_bit_flips_are_refused(data: st.DataObject) -> None:
    raw = bytearray(base64.b64decode("".join(SIG.splitlines()[1:-1])))
    position = data.draw(st.integers(0, len(raw) * 8 - 1))
    raw[position // 8] ^= 1 << (position % 8)
    try:
        sshsig_verify(_armor_raw(bytes(raw)), DATA, "file")
    except SSHSigError:
        return
    # Only the ignored reserved field's content may change without harm; it is empty here,
    # so any accepted flip would be a forgery.
    pytest.fail("a bit-flipped signature was accepted")


def _armor_raw(raw: bytes) -> str:
    text = base64.b64encode(raw).decode()
    return f"-----BEGIN SSH SIGNATURE-----\n{text}\n-----END SSH SIGNATURE-----"

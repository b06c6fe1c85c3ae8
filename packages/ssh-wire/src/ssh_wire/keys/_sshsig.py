"""SSH signatures of files and data, as ``ssh-keygen -Y sign|verify`` (PROTOCOL.sshsig).

A signature is an armored ``SSHSIG`` blob (§1, §2) whose inner signature covers a small
structure holding the namespace and a hash of the message (§3), never the message itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from typing import Protocol

from .._errors import DecodeError, KeyParseError, SSHError
from ..messages import (
    SshSignatureBlob,
    SshSignedData,
    decode_public_key_blob,
    decode_signature,
    decode_ssh_signature_blob,
    encode_ssh_signature_blob,
    encode_ssh_signed_data,
)
from ._key import SSHKey, public_key_from_blob

__all__ = [
    "SSHSigError",
    "SSHSigFormatError",
    "SSHSigKeyNotAllowedError",
    "SSHSigNamespaceError",
    "SSHSigSignatureError",
    "sshsig_sign",
    "sshsig_verify",
]

# PROTOCOL.sshsig §1 armor; ssh-keygen (sshbuf_dtob64 with wrapping) breaks lines at 70.
_BEGIN = "-----BEGIN SSH SIGNATURE-----"
_END = "-----END SSH SIGNATURE-----"
_WRAP = 70
# §2: SIG_VERSION; "Verifiers MUST reject signatures with versions greater than those they
# support."
_VERSION = 1
# §2: "The supported hash algorithms are "sha256" and "sha512"."
_HASHES = ("sha256", "sha512")
# §2: "For RSA signatures, the signature algorithm must be "rsa-sha2-512" or "rsa-sha2-256"".
_RSA_ALGORITHMS = ("rsa-sha2-512", "rsa-sha2-256")
_CHUNK = 1 << 16


class SSHSigError(SSHError):
    """An SSH signature could not be made or was not accepted."""


class SSHSigFormatError(SSHSigError):
    """Bad armor or blob, unsupported version, hash or key type."""


class SSHSigNamespaceError(SSHSigError):
    """The signature was made for another namespace."""


class SSHSigSignatureError(SSHSigError):
    """The signature does not verify over the data."""


class SSHSigKeyNotAllowedError(SSHSigError):
    """The signature is valid but its key is not among the allowed keys."""


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


def _digest(data: bytes | bytearray | memoryview | _Readable, hash_algorithm: str) -> bytes:
    """Hash the message: bytes as they are, a binary file read to its end in chunks."""
    h = hashlib.new(hash_algorithm)
    if isinstance(data, bytes | bytearray | memoryview):
        h.update(data)
    else:
        while chunk := data.read(_CHUNK):
            h.update(chunk)
    return h.digest()


def _signed_data(namespace: str, hash_algorithm: str, digest: bytes) -> bytes:
    """PROTOCOL.sshsig §3: the bytes handed to the key's signing function."""
    return encode_ssh_signed_data(SshSignedData(namespace, b"", hash_algorithm, digest))


def _armor(blob: bytes) -> str:
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i : i + _WRAP] for i in range(0, len(text), _WRAP)]
    return "\n".join([_BEGIN, *lines, _END]) + "\n"


def _dearmor(armored: str | bytes) -> bytes:
    if isinstance(armored, bytes):
        try:
            armored = armored.decode("ascii")
        except UnicodeDecodeError:
            raise SSHSigFormatError("SSH signature armor is not ASCII") from None
    lines = [line.strip() for line in armored.strip().splitlines()]
    if len(lines) < 2 or lines[0] != _BEGIN or lines[-1] != _END:
        raise SSHSigFormatError("not an armored SSH signature (missing BEGIN/END lines)")
    try:
        return base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise SSHSigFormatError("SSH signature body is not valid base64") from None


def sshsig_sign(
    key: SSHKey,
    data: bytes | bytearray | memoryview | _Readable,
    namespace: str,
    hash_algorithm: str = "sha512",
) -> str:
    """Sign ``data`` as ``ssh-keygen -Y sign -n namespace`` does.

    Args:
        key: a private key; RSA keys sign with rsa-sha2-512.
        data: the message, or a binary file object read to its end.
        namespace: the signature's domain (e.g. ``file``, ``git``); must not be empty.
        hash_algorithm: ``sha512`` (ssh-keygen's default) or ``sha256``.
    Returns:
        The armored signature text (``-----BEGIN SSH SIGNATURE-----`` ... newline-terminated).
    Raises:
        ValueError: empty namespace or unsupported hash algorithm.
        KeyParseError: the key is public only.
    """
    if not namespace:
        raise ValueError("the SSH signature namespace must not be empty")
    if hash_algorithm not in _HASHES:
        raise ValueError(f"unsupported SSH signature hash {hash_algorithm!r}")
    algorithm = "rsa-sha2-512" if key.type == "ssh-rsa" else None
    signed = _signed_data(namespace, hash_algorithm, _digest(data, hash_algorithm))
    signature = key.sign(signed, algorithm)
    blob = SshSignatureBlob(_VERSION, key.public_blob, namespace, b"", hash_algorithm, signature)
    return _armor(encode_ssh_signature_blob(blob))


def sshsig_verify(
    armored: str | bytes,
    data: bytes | bytearray | memoryview | _Readable,
    namespace: str,
    allowed_keys: Iterable[SSHKey] | None = None,
) -> SSHKey:
    """Verify an armored SSH signature as ``ssh-keygen -Y verify`` does.

    Args:
        armored: the signature text.
        data: the message, or a binary file object read to its end.
        namespace: the namespace the signature must have been made for.
        allowed_keys: the keys trusted to sign; None accepts any key (the caller must then
            decide whether to trust the key returned).
    Returns:
        The signer's public key.
    Raises:
        SSHSigFormatError: bad armor or blob, a version other than 1, a hash other than
            sha256/sha512, a certificate or unsupported signer key, or SHA-1 RSA.
        SSHSigNamespaceError: the signature's namespace is not ``namespace``.
        SSHSigSignatureError: the signature does not verify over ``data``.
        SSHSigKeyNotAllowedError: the signer is not in ``allowed_keys``.
    """
    try:
        blob = decode_ssh_signature_blob(_dearmor(armored))
    except DecodeError as exc:
        raise SSHSigFormatError(f"corrupt SSH signature: {exc.reason}") from None
    if blob.version != _VERSION:
        raise SSHSigFormatError(f"unsupported SSH signature version {blob.version}")
    if blob.hash_algorithm not in _HASHES:
        raise SSHSigFormatError(f"unsupported SSH signature hash {blob.hash_algorithm!r}")
    if blob.namespace != namespace:
        raise SSHSigNamespaceError(f"signature namespace {blob.namespace!r} is not {namespace!r}")
    try:
        if decode_public_key_blob(blob.public_key).key_type.endswith("-cert-v01@openssh.com"):
            raise SSHSigFormatError("certificate-signed SSH signatures are not supported")
        key = public_key_from_blob(blob.public_key)
        algorithm = decode_signature(blob.signature).algorithm
    except (DecodeError, KeyParseError) as exc:
        raise SSHSigFormatError(f"unusable SSH signature: {exc}") from None
    if key.type == "ssh-rsa" and algorithm not in _RSA_ALGORITHMS:
        raise SSHSigFormatError(f"RSA SSH signatures must not use {algorithm}")
    signed = _signed_data(blob.namespace, blob.hash_algorithm, _digest(data, blob.hash_algorithm))
    if not key.verify(signed, blob.signature):
        raise SSHSigSignatureError("SSH signature does not verify")
    if allowed_keys is not None and not any(key.equals(k) for k in allowed_keys):
        raise SSHSigKeyNotAllowedError(f"signer {key.fingerprint()} is not allowed")
    return key

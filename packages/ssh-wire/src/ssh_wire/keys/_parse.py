"""Reading keys: find out which format some bytes are in and hand them to its parser.

Private keys: ``openssh-key-v1`` (:mod:`._openssh`), OpenSSL PEM/DER (:mod:`._pem`), PuTTY
PPK (:mod:`._ppk`). Public keys: the OpenSSH one-line form and RFC 4716
(:mod:`._public`), PEM/DER SubjectPublicKeyInfo (:mod:`._pem`), a raw SSH wire blob, and
certificates in any of the SSH forms (:mod:`._certificate`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .._errors import KeyParseError
from ._armor import find_pem_blocks, normalize_passphrase, to_bytes
from ._key import SSHKey
from ._openssh import OPENSSH_LABEL, decode_openssh_armor, parse_openssh_private_key
from ._pem import (
    PRIVATE_LABELS,
    PUBLIC_LABELS,
    parse_der_private_key,
    parse_der_public_key,
    parse_pem_private_key,
    parse_pem_public_key,
)
from ._public import (
    RFC4716_BEGIN,
    key_from_public_blob,
    parse_openssh_public_line,
    parse_rfc4716,
)

if TYPE_CHECKING:
    from ._certificate import SSHCertificate

__all__ = ["load_key", "load_public_key", "parse_key", "parse_public_key"]

_PPK_MAGIC = (b"PuTTY-User-Key-File-2:", b"PuTTY-User-Key-File-3:")
_DER_SEQUENCE = 0x30  # X.690 §8.9: every DER key starts with a SEQUENCE


def _is_ppk(data: bytes) -> bool:
    try:
        from ._ppk import is_ppk
    except ImportError:  # pragma: no cover - the PPK module ships with this package
        return data.startswith(_PPK_MAGIC)
    return is_ppk(data)


def parse_key(
    data: bytes | bytearray | memoryview | str, passphrase: bytes | str | None = None
) -> SSHKey:
    """Parse a private key file in any format OpenSSH, OpenSSL or PuTTY writes.

    Detected formats: ``OPENSSH PRIVATE KEY`` (every cipher ssh-keygen offers), PEM
    PKCS#1 RSA / SEC1 EC / OpenSSL DSA (plain or legacy-encrypted), PKCS#8 (plain or
    encrypted), the same in DER, and PuTTY PPK v2/v3.

    Args:
        data: the file contents.
        passphrase: for an encrypted key (a ``str`` is UTF-8 encoded); ignored when the key
            is not encrypted. An empty passphrase counts as none.
    Returns:
        The private key (with its comment when the format carries one).
    Raises:
        KeyEncryptedError: the key is encrypted and no passphrase was given.
        KeyPassphraseError: the passphrase does not decrypt the key.
        KeyParseError: an unknown format, a public key, unsupported type or cipher, or
            corrupt data. These three are the only exceptions raised.
    """
    raw = to_bytes(data)
    secret = normalize_passphrase(passphrase)
    if _is_ppk(raw):
        from ._ppk import parse_ppk

        return parse_ppk(raw, secret)
    blocks = find_pem_blocks(raw)
    for block in blocks:
        if block.label == OPENSSH_LABEL:
            return parse_openssh_private_key(decode_openssh_armor(block.inner), secret)
        if block.label in PRIVATE_LABELS:
            return parse_pem_private_key(block, secret)
        if block.label == "SSH2 ENCRYPTED PRIVATE KEY":
            raise KeyParseError("ssh.com (SSH2) private keys are not supported")
    if any(block.label in PUBLIC_LABELS for block in blocks) or RFC4716_BEGIN in raw:
        raise KeyParseError("this is a public key; use parse_public_key")
    if raw[:1] == bytes([_DER_SEQUENCE]):
        return parse_der_private_key(raw, secret)
    if raw.lstrip()[:4] in (b"ssh-", b"ecds", b"sk-s", b"sk-e"):
        raise KeyParseError("this looks like a public key; use parse_public_key")
    raise KeyParseError("unknown private key format")


def parse_public_key(data: bytes | bytearray | memoryview | str) -> SSHKey | SSHCertificate:
    """Parse a public key or certificate in any common form.

    Detected forms: the OpenSSH one-line form (``.pub`` files; blank and ``#`` lines
    skipped, the first key line is used), RFC 4716, PEM ``PUBLIC KEY`` (SPKI) and
    ``RSA PUBLIC KEY``, DER SPKI, and a raw SSH wire blob. Certificates
    (``*-cert-v01@openssh.com``) come back as ``SSHCertificate``.

    Returns:
        An :class:`SSHKey` (public only) or an ``SSHCertificate``.
    Raises:
        KeyParseError: unknown format, a private key, unsupported type or corrupt data.
    """
    raw = to_bytes(data)
    if raw[:1] == b"\x00":
        # RFC 4251 §5: a blob starts with the uint32 length of its type name.
        return key_from_public_blob(raw)
    stripped = raw.strip()
    if stripped.startswith(RFC4716_BEGIN):
        return parse_rfc4716(stripped)
    for block in find_pem_blocks(raw):
        if block.label in PUBLIC_LABELS:
            return parse_pem_public_key(block.text)
        if block.label in PRIVATE_LABELS or block.label == OPENSSH_LABEL:
            raise KeyParseError("this is a private key; use parse_key")
    if stripped[:1] == bytes([_DER_SEQUENCE]):
        return parse_der_public_key(stripped)
    for line in stripped.splitlines():
        line = line.strip()
        if line and not line.startswith(b"#"):
            return parse_openssh_public_line(line)
    raise KeyParseError("unknown public key format")


def load_key(path: str | os.PathLike[str], passphrase: bytes | str | None = None) -> SSHKey:
    """Read and parse a private key file; see :func:`parse_key`.

    Returns:
        The private key.
    Raises:
        OSError: the file cannot be read.
        KeyParseError, KeyEncryptedError, KeyPassphraseError: as :func:`parse_key`.
    """
    with open(path, "rb") as f:
        return parse_key(f.read(), passphrase)


def load_public_key(path: str | os.PathLike[str]) -> SSHKey | SSHCertificate:
    """Read and parse a public key or certificate file; see :func:`parse_public_key`.

    Returns:
        The key or certificate.
    Raises:
        OSError: the file cannot be read.
        KeyParseError: as :func:`parse_public_key`.
    """
    with open(path, "rb") as f:
        return parse_public_key(f.read())

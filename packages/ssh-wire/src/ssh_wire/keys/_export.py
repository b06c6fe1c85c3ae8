"""Writing keys: one entry point per direction, dispatching on the format name."""

from __future__ import annotations

from ._armor import normalize_passphrase
from ._key import SSHKey
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS, encode_openssh_private_key
from ._pem import encode_pem_public_key, encode_pkcs8_private_key, encode_traditional_private_key
from ._public import encode_openssh_public_key, encode_rfc4716_public_key

__all__ = ["PRIVATE_FORMATS", "PUBLIC_FORMATS", "export_private_key", "export_public_key"]

#: Format names accepted by :func:`export_private_key`.
PRIVATE_FORMATS = ("openssh", "pkcs8", "pem", "ppk")
#: Format names accepted by :func:`export_public_key`.
PUBLIC_FORMATS = ("openssh", "rfc4716", "pem")


def export_private_key(
    key: SSHKey,
    format: str = "openssh",
    passphrase: bytes | str | None = None,
    cipher: str = DEFAULT_CIPHER,
    rounds: int = DEFAULT_ROUNDS,
    *,
    ppk_version: int = 3,
) -> bytes:
    """Write a private key file.

    Args:
        key: a private key.
        format: ``openssh`` (``openssh-key-v1``, what ssh-keygen writes by default),
            ``pkcs8`` (PEM PKCS#8, works for every type), ``pem`` (OpenSSL traditional
            PEM: PKCS#1 RSA, SEC1 EC, DSA; not Ed25519) or ``ppk`` (PuTTY).
        passphrase: encrypt under this passphrase; None or empty writes a plain file.
        cipher: ``openssh`` only: the cipher (default ``aes256-ctr``, as ssh-keygen).
        rounds: ``openssh`` only: bcrypt KDF rounds (default 16, as ssh-keygen).
        ppk_version: ``ppk`` only: 3 (default) or 2.
    Returns:
        The file contents.
    Raises:
        KeyParseError: the key is public only.
        ValueError: unknown format or cipher, bad rounds, or a format that cannot hold
            this key type (Ed25519 in ``pem``).
    """
    secret = normalize_passphrase(passphrase)
    if format == "openssh":
        return encode_openssh_private_key(key, secret, cipher, rounds)
    if format == "pkcs8":
        return encode_pkcs8_private_key(key, secret)
    if format == "pem":
        return encode_traditional_private_key(key, secret)
    if format == "ppk":
        from ._ppk import export_ppk

        return export_ppk(key, secret, ppk_version)
    raise ValueError(f"unknown private key format {format!r}; expected one of {PRIVATE_FORMATS}")


def export_public_key(key: SSHKey, format: str = "openssh") -> bytes:
    """Write a public key file (works for private keys too: only the public half is written).

    Args:
        format: ``openssh`` (``type base64 comment`` line), ``rfc4716`` (RFC 4716, what
            ``ssh-keygen -e`` writes) or ``pem`` (SubjectPublicKeyInfo, ``ssh-keygen -e -m
            PKCS8``).
    Returns:
        The file contents, ending with a newline.
    Raises:
        ValueError: unknown format.
    """
    if format == "openssh":
        return encode_openssh_public_key(key)
    if format == "rfc4716":
        return encode_rfc4716_public_key(key)
    if format == "pem":
        return encode_pem_public_key(key)
    raise ValueError(f"unknown public key format {format!r}; expected one of {PUBLIC_FORMATS}")

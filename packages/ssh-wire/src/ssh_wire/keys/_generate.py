"""Key generation with ssh-keygen's choices of types, sizes and defaults (ssh-keygen(1) -t, -b)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa

from ._export import export_private_key, export_public_key
from ._key import CryptoPrivateKey, SSHKey
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS

__all__ = ["KEY_TYPES", "GeneratedKeyPair", "generate_key", "generate_key_pair"]

_ECDSA_CURVES: dict[int, type[ec.EllipticCurve]] = {
    256: ec.SECP256R1,
    384: ec.SECP384R1,
    521: ec.SECP521R1,
}
# ssh-keygen -t names and the SSH type names, mapped to (family, fixed bits or None).
_TYPES: dict[str, tuple[str, int | None]] = {
    "ed25519": ("ed25519", None),
    "ssh-ed25519": ("ed25519", None),
    "ecdsa": ("ecdsa", None),
    "ecdsa-sha2-nistp256": ("ecdsa", 256),
    "ecdsa-sha2-nistp384": ("ecdsa", 384),
    "ecdsa-sha2-nistp521": ("ecdsa", 521),
    "rsa": ("rsa", None),
    "ssh-rsa": ("rsa", None),
    "dsa": ("dsa", None),
    "ssh-dss": ("dsa", None),
}
#: Key type names :func:`generate_key` accepts.
KEY_TYPES: tuple[str, ...] = tuple(_TYPES)
_RSA_DEFAULT_BITS = 3072  # ssh-keygen.c DEFAULT_BITS
_RSA_MIN_BITS = 1024  # sshkey.h SSH_RSA_MINIMUM_MODULUS_SIZE
_RSA_MAX_BITS = 16384  # OPENSSL_RSA_MAX_MODULUS_BITS
_DSA_BITS = 1024  # FIPS 186-2, the only size ssh-dss (RFC 4253 §6.6, SHA-1) allows


def _make(family: str, bits: int | None) -> CryptoPrivateKey:
    if family == "ed25519":
        if bits not in (None, 256):
            raise ValueError("Ed25519 keys are always 256 bits")
        return ed25519.Ed25519PrivateKey.generate()
    if family == "ecdsa":
        curve = _ECDSA_CURVES.get(256 if bits is None else bits)
        if curve is None:
            raise ValueError("ECDSA keys are 256, 384 or 521 bits")
        return ec.generate_private_key(curve())
    if family == "rsa":
        size = _RSA_DEFAULT_BITS if bits is None else bits
        if not _RSA_MIN_BITS <= size <= _RSA_MAX_BITS:
            raise ValueError(f"RSA keys are {_RSA_MIN_BITS} to {_RSA_MAX_BITS} bits")
        return rsa.generate_private_key(65537, size)
    if bits not in (None, _DSA_BITS):
        raise ValueError("DSA keys are always 1024 bits")
    return dsa.generate_private_key(_DSA_BITS)


def generate_key(key_type: str = "ed25519", bits: int | None = None, comment: str = "") -> SSHKey:
    """Generate a new private key.

    Args:
        key_type: ``ed25519`` (default), ``ecdsa``, ``rsa`` or ``dsa`` (as ``ssh-keygen
            -t``), or an SSH type name (``ssh-ed25519``, ``ecdsa-sha2-nistp384``…).
        bits: ECDSA 256 (default), 384 or 521; RSA 1024-16384 (default 3072); DSA 1024;
            Ed25519 ignores it (None or 256).
        comment: the key's comment.
    Returns:
        The private key.
    Raises:
        ValueError: unknown type, or a size the type does not have.
    """
    entry = _TYPES.get(key_type)
    if entry is None:
        raise ValueError(f"unknown key type {key_type!r}; expected one of {KEY_TYPES}")
    family, fixed_bits = entry
    if fixed_bits is not None:
        if bits not in (None, fixed_bits):
            raise ValueError(f"{key_type} keys are always {fixed_bits} bits")
        bits = fixed_bits
    return SSHKey(_make(family, bits), comment)


@dataclass(frozen=True, slots=True)
class GeneratedKeyPair:
    """A new key and the two files ``ssh-keygen`` would write for it.

    Attributes:
        key: the private key.
        private_file: the private key file (``openssh-key-v1`` unless asked otherwise),
            encrypted when a passphrase was given. Left out of ``repr()``.
        public_file: the ``.pub`` file: one ``type base64 comment`` line.
    """

    key: SSHKey
    private_file: bytes = field(repr=False)
    public_file: bytes


def generate_key_pair(
    key_type: str = "ed25519",
    bits: int | None = None,
    comment: str = "",
    passphrase: bytes | str | None = None,
    cipher: str = DEFAULT_CIPHER,
    rounds: int = DEFAULT_ROUNDS,
    format: str = "openssh",
) -> GeneratedKeyPair:
    """Generate a key and serialise it, like ``ssh-keygen -t TYPE -b BITS -C COMMENT``.

    Args:
        key_type, bits, comment: as :func:`generate_key`.
        passphrase: encrypt the private file under this (None or empty: not encrypted).
        cipher, rounds: for the ``openssh`` format (``ssh-keygen -Z``, ``-a``).
        format: the private file's format (``openssh``, ``pkcs8``, ``pem`` or ``ppk``).
    Returns:
        The key with its private and public file contents.
    Raises:
        ValueError: unknown type, size, format or cipher; or ``pem`` with Ed25519.
    """
    key = generate_key(key_type, bits, comment)
    private_file = export_private_key(key, format, passphrase, cipher, rounds)
    return GeneratedKeyPair(key, private_file, export_public_key(key, "openssh"))

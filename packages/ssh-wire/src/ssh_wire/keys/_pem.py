"""Keys in the formats OpenSSL writes: PEM and DER, private and public.

Private: PKCS#1 ``RSA PRIVATE KEY`` (RFC 8017 A.1.2), SEC1 ``EC PRIVATE KEY`` (RFC 5915),
OpenSSL's ``DSA PRIVATE KEY``, each optionally with the legacy ``Proc-Type: 4,ENCRYPTED`` /
``DEK-Info`` encryption (RFC 1421 §4.6; AES-128/192/256-CBC, DES-EDE3-CBC; decrypted
here, since ``cryptography`` lacks AES-192), and PKCS#8
``PRIVATE KEY`` / ``ENCRYPTED PRIVATE KEY`` (RFC 5208, RFC 5958). Public:
SubjectPublicKeyInfo ``PUBLIC KEY`` (RFC 5280 §4.1.2.7) and PKCS#1 ``RSA PUBLIC KEY``.
``cryptography`` does the ASN.1 and the decryption; this module maps its errors onto
:class:`KeyParseError` and its subclasses.
"""

from __future__ import annotations

import binascii
import hashlib
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, CipherAlgorithm, algorithms, modes

from .._errors import KeyEncryptedError, KeyParseError, KeyPassphraseError
from ._armor import PemBlock, b64decode_strict
from ._key import SSHKey

__all__ = [
    "PRIVATE_LABELS",
    "PUBLIC_LABELS",
    "encode_pem_public_key",
    "encode_pkcs8_private_key",
    "encode_traditional_private_key",
    "parse_der_private_key",
    "parse_der_public_key",
    "parse_pem_private_key",
    "parse_pem_public_key",
]

#: PEM labels of the private key formats handled here.
PRIVATE_LABELS = frozenset(
    {"RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"}
)
#: PEM labels of the public key formats handled here.
PUBLIC_LABELS = frozenset({"PUBLIC KEY", "RSA PUBLIC KEY"})

_SUPPORTED = (
    ed25519.Ed25519PrivateKey,
    ec.EllipticCurvePrivateKey,
    rsa.RSAPrivateKey,
    dsa.DSAPrivateKey,
    ed25519.Ed25519PublicKey,
    ec.EllipticCurvePublicKey,
    rsa.RSAPublicKey,
    dsa.DSAPublicKey,
)
_Loader = Callable[[bytes, bytes | None], Any]


def _wrap(crypto_key: object, what: str) -> SSHKey:
    if not isinstance(crypto_key, _SUPPORTED):
        raise KeyParseError(f"unsupported {what} key algorithm {type(crypto_key).__name__}")
    return SSHKey(crypto_key)


def _load_private(loader: _Loader, data: bytes, passphrase: bytes | None, what: str) -> SSHKey:
    # cryptography raises TypeError when a password is missing for an encrypted key (or given
    # for a plain one), ValueError for corrupt data or a wrong password. Trying without a
    # password first tells "encrypted" apart from "corrupt" whatever the armour says.
    try:
        return _wrap(loader(data, None), what)
    except TypeError:
        pass
    except (ValueError, UnsupportedAlgorithm, OverflowError):
        raise KeyParseError(f"corrupt or unsupported {what} private key") from None
    if passphrase is None:
        raise KeyEncryptedError("the key is encrypted; a passphrase is needed")
    try:
        return _wrap(loader(data, passphrase), what)
    except (ValueError, TypeError, OverflowError):
        raise KeyPassphraseError("incorrect passphrase (or corrupt key)") from None
    except UnsupportedAlgorithm:
        raise KeyParseError(f"unsupported {what} key encryption") from None


def _pem_loader(data: bytes, password: bytes | None) -> Any:
    return serialization.load_pem_private_key(data, password)


def _der_loader(data: bytes, password: bytes | None) -> Any:
    return serialization.load_der_private_key(data, password)


def parse_pem_private_key(block: PemBlock, passphrase: bytes | None) -> SSHKey:
    """Parse one PEM private key block.

    Returns:
        The private key (PEM files carry no comment).
    Raises:
        KeyEncryptedError: encrypted and ``passphrase`` is None.
        KeyPassphraseError: the passphrase does not decrypt it (or the data is corrupt).
        KeyParseError: corrupt, or a key type or encryption SSH tools do not use.
    """
    headers, body = _split_headers(block.inner)
    if headers.get(b"proc-type", b"").replace(b" ", b"") == b"4,ENCRYPTED":
        der = _decrypt_legacy(headers.get(b"dek-info", b""), body, passphrase)
        try:
            return _wrap(serialization.load_der_private_key(der, None), "PEM")
        except (ValueError, TypeError, UnsupportedAlgorithm, OverflowError):
            # The padding happened to check out, but the plaintext is not a key.
            raise KeyPassphraseError("incorrect passphrase (or corrupt key)") from None
    if headers:
        raise KeyParseError("PEM private key with unexpected headers")
    return _load_private(_pem_loader, block.text, passphrase, "PEM")


# -- legacy PEM encryption (RFC 1421 §4.6.1.1 headers, OpenSSL's PEM_do_header) -----------

#: DEK-Info cipher name -> (algorithm factory, key length, block size)
_LEGACY_CIPHERS: dict[bytes, tuple[Callable[[bytes], CipherAlgorithm], int, int]] = {
    b"AES-128-CBC": (algorithms.AES, 16, 16),
    b"AES-192-CBC": (algorithms.AES, 24, 16),
    b"AES-256-CBC": (algorithms.AES, 32, 16),
    b"DES-EDE3-CBC": (TripleDES, 24, 8),
}


def _split_headers(inner: bytes) -> tuple[dict[bytes, bytes], bytes]:
    """RFC 1421 §4.4 / RFC 7468 §5.2: ``Name: value`` lines, a blank line, then base64."""
    lines = inner.strip().splitlines()
    headers: dict[bytes, bytes] = {}
    i = 0
    while i < len(lines) and b":" in lines[i]:
        name, _, value = lines[i].partition(b":")
        headers[name.strip().lower()] = value.strip()
        i += 1
    return headers, b"".join(lines[i:])


def _evp_bytes_to_key(passphrase: bytes, salt: bytes, length: int) -> bytes:
    # OpenSSL EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} || P || S).
    out = b""
    block = b""
    while len(out) < length:
        block = hashlib.md5(block + passphrase + salt, usedforsecurity=False).digest()
        out += block
    return out[:length]


def _decrypt_legacy(dek_info: bytes, body: bytes, passphrase: bytes | None) -> bytes:
    name, _, iv_hex = dek_info.partition(b",")
    spec = _LEGACY_CIPHERS.get(name.strip().upper())
    if spec is None:
        raise KeyParseError("unsupported PEM encryption in DEK-Info")
    algorithm, key_len, block_size = spec
    try:
        iv = binascii.unhexlify(iv_hex.strip())
    except (binascii.Error, ValueError):
        raise KeyParseError("corrupt PEM DEK-Info IV") from None
    if len(iv) != block_size:
        raise KeyParseError("corrupt PEM DEK-Info IV")
    data = b64decode_strict(body, "PEM private key")
    if not data or len(data) % block_size:
        raise KeyParseError("corrupt encrypted PEM private key")
    if passphrase is None:
        raise KeyEncryptedError("the key is encrypted; a passphrase is needed")
    # The salt is the first 8 bytes of the IV (OpenSSL PEM_do_header).
    key = _evp_bytes_to_key(passphrase, iv[:8], key_len)
    decryptor = Cipher(algorithm(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(data) + decryptor.finalize()
    pad = plain[-1]
    if not 1 <= pad <= block_size or plain[-pad:] != bytes([pad]) * pad:
        raise KeyPassphraseError("incorrect passphrase (or corrupt key)")
    return plain[:-pad]


def parse_der_private_key(der: bytes, passphrase: bytes | None) -> SSHKey:
    """Parse a DER private key (PKCS#1, SEC1, DSA, PKCS#8 or encrypted PKCS#8).

    Returns and raises as :func:`parse_pem_private_key`.
    """
    return _load_private(_der_loader, der, passphrase, "DER")


def parse_pem_public_key(block: bytes) -> SSHKey:
    """Parse a PEM ``PUBLIC KEY`` (SubjectPublicKeyInfo) or ``RSA PUBLIC KEY`` block.

    Returns:
        The public key.
    Raises:
        KeyParseError: corrupt, or a key type SSH does not use.
    """
    try:
        return _wrap(serialization.load_pem_public_key(block), "PEM")
    except (ValueError, UnsupportedAlgorithm, TypeError, OverflowError):
        raise KeyParseError("corrupt or unsupported PEM public key") from None


def parse_der_public_key(der: bytes) -> SSHKey:
    """Parse a DER SubjectPublicKeyInfo; returns and raises as :func:`parse_pem_public_key`."""
    try:
        return _wrap(serialization.load_der_public_key(der), "DER")
    except (ValueError, UnsupportedAlgorithm, TypeError, OverflowError):
        raise KeyParseError("corrupt or unsupported DER public key") from None


def _encryption(passphrase: bytes | None) -> serialization.KeySerializationEncryption:
    if passphrase:
        return serialization.BestAvailableEncryption(passphrase)
    return serialization.NoEncryption()


def encode_pkcs8_private_key(key: SSHKey, passphrase: bytes | None = None) -> bytes:
    """Write ``key`` as PKCS#8 PEM (RFC 5208/5958).

    Returns:
        ``PRIVATE KEY``, or ``ENCRYPTED PRIVATE KEY`` (PBES2: PBKDF2-HMAC-SHA256 and
        AES-256-CBC) when a passphrase is given.
    Raises:
        KeyParseError: the key is public only.
    """
    return key.crypto_private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, _encryption(passphrase)
    )


def encode_traditional_private_key(key: SSHKey, passphrase: bytes | None = None) -> bytes:
    """Write ``key`` in OpenSSL's traditional PEM (what ``ssh-keygen -m PEM`` writes).

    Returns:
        PKCS#1 RSA, SEC1 EC or OpenSSL DSA PEM; with a passphrase, legacy
        ``Proc-Type``/``DEK-Info`` encryption with AES-256-CBC.
    Raises:
        KeyParseError: the key is public only.
        ValueError: Ed25519 keys, which have no traditional form (use PKCS#8 or OpenSSH).
    """
    if key.type == "ssh-ed25519":
        raise ValueError("Ed25519 keys have no traditional PEM form; use pkcs8 or openssh")
    return key.crypto_private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        _encryption(passphrase),
    )


def encode_pem_public_key(key: SSHKey) -> bytes:
    """Returns the public key as a PEM SubjectPublicKeyInfo (``-----BEGIN PUBLIC KEY-----``),
    what ``ssh-keygen -e -m PKCS8`` writes."""
    return key.crypto_public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )

"""PuTTY private key files (PPK), versions 2 and 3.

The format is specified in the PuTTY manual, appendix C "PPK file format" (sections cited as
C.2 "Outer layer", C.3 "Private key encodings", C.4 "Key derivation", C.5.1 "Version 2").
A PPK file is text: a few ``Name: value`` header lines, the public key blob and the
(possibly AES-256-CBC encrypted) private key blob in base64, and a MAC over all of it.

Version 3 derives the cipher key, IV and MAC key from the passphrase with Argon2 and MACs
with HMAC-SHA-256; version 2 uses SHA-1 for both. Key files are parsed into, and written
from, :class:`~ssh_wire.keys.SSHKey`; no passphrase or key material ever reaches an
exception message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import time
from dataclasses import dataclass, field

from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .._errors import DecodeError, KeyEncryptedError, KeyParseError, KeyPassphraseError
from .._primitives import Buffer, encode_mpint, encode_string
from ..messages import (
    DssPrivateKey,
    DssPublicKey,
    EcdsaPrivateKey,
    EcdsaPublicKey,
    Ed25519PrivateKey,
    Ed25519PublicKey,
    RsaPrivateKey,
    RsaPublicKey,
    decode_public_key_blob,
)
from ._key import SSHKey, public_key_from_blob

__all__ = ["export_ppk", "is_ppk", "parse_ppk"]

_MAGIC_V2 = b"PuTTY-User-Key-File-2:"
_MAGIC_V3 = b"PuTTY-User-Key-File-3:"

_KEY_TYPES = frozenset(
    {
        "ssh-rsa",
        "ssh-dss",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "ssh-ed25519",
    }
)

# C.2: the only encryption types are "none" and "aes256-cbc".
_ENC_NONE = "none"
_ENC_AES = "aes256-cbc"
_AES_KEY_LEN = 32
_AES_BLOCK = 16
# C.4: for aes256-cbc, Argon2 outputs cipher key (32) || IV (16) || MAC key (32).
_V3_MAC_KEY_LEN = 32
_V3_KDF_LEN = _AES_KEY_LEN + _AES_BLOCK + _V3_MAC_KEY_LEN
# C.5.1: the v2 MAC key is SHA-1 of this fixed string followed by the passphrase.
_V2_MAC_PREFIX = b"putty-private-key-file-mac-key"

# C.2: Key-Derivation names the Argon2 flavour.
_ARGON2_TYPES: dict[str, Type] = {"Argon2id": Type.ID, "Argon2i": Type.I, "Argon2d": Type.D}

#: PuTTY's defaults for new v3 files (puttygen --ppk-param): Argon2id, 8192 KiB of memory,
#: as many passes as take about 100 ms, parallelism 1, a 16-byte random salt.
DEFAULT_ARGON2_MEMORY = 8192
DEFAULT_ARGON2_TIME = 0.1
DEFAULT_ARGON2_PARALLELISM = 1
_SALT_LEN = 16

# Limits on the Argon2 parameters a file may ask for, so that a hostile file cannot make
# parsing allocate gigabytes or run for minutes. PuTTY's default (8192 KiB, ~20 passes) is
# far below them; memory * passes caps the total work (4096 passes at the default memory).
_MAX_ARGON2_MEMORY = 1 << 20  # KiB, i.e. 1 GiB
_MAX_ARGON2_PARALLELISM = 255
_MAX_ARGON2_WORK = 1 << 25  # KiB * passes

_MAX_LINES = 1 << 16
_BASE64_LINE = 64

_LINE_SPLIT = re.compile(rb"\r\n|\r|\n")
_DECIMAL = re.compile(rb"[0-9]{1,9}")
_HEX = re.compile(rb"(?:[0-9a-fA-F]{2})+")


def is_ppk(data: bytes) -> bool:
    """Tell whether ``data`` looks like a PuTTY private key file of version 2 or 3.

    Returns:
        True when ``data`` starts with the ``PuTTY-User-Key-File-2:`` or ``-3:`` header.
    """
    return data.startswith((_MAGIC_V2, _MAGIC_V3))


# -- the outer, text layer (C.2) ----------------------------------------------------------


@dataclass(slots=True)
class _Argon2Params:
    flavour: str
    memory: int
    passes: int
    parallelism: int
    salt: bytes


@dataclass(slots=True)
class _PpkFile:
    version: int
    algorithm: bytes
    encryption: bytes
    comment: bytes
    public_blob: bytes
    private_data: bytes = field(repr=False)
    mac: bytes
    argon2: _Argon2Params | None


class _Lines:
    """The file's lines, read in order; every shortfall is a KeyParseError."""

    def __init__(self, data: bytes) -> None:
        lines = _LINE_SPLIT.split(data)
        # C.2: PuTTY writes a final newline; trailing empty lines are tolerated.
        while lines and not lines[-1]:
            lines.pop()
        self._lines = lines
        self._pos = 0

    def header(self, name: bytes) -> bytes:
        if self._pos >= len(self._lines):
            raise KeyParseError(f"PPK file ends before its {name.decode()} header")
        key, sep, value = self._lines[self._pos].partition(b": ")
        if key != name or not sep:
            raise KeyParseError(f"PPK file lacks its {name.decode()} header")
        self._pos += 1
        return value

    def peek_header(self, name: bytes) -> bool:
        return self._pos < len(self._lines) and self._lines[self._pos].startswith(name + b":")

    def number(self, name: bytes) -> int:
        value = self.header(name)
        if not _DECIMAL.fullmatch(value):
            raise KeyParseError(f"PPK {name.decode()} is not a decimal number")
        return int(value)

    def base64_block(self, name: bytes) -> bytes:
        count = self.number(name)
        if count > _MAX_LINES or count > len(self._lines) - self._pos:
            raise KeyParseError(f"PPK file ends inside its {name.decode()} data")
        chunk = b"".join(self._lines[self._pos : self._pos + count])
        self._pos += count
        try:
            return base64.b64decode(chunk, validate=True)
        except (binascii.Error, ValueError):
            raise KeyParseError(f"PPK {name.decode()} data is not valid base64") from None

    def at_end(self) -> bool:
        return self._pos == len(self._lines)


def _ascii(value: bytes, what: str) -> str:
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        raise KeyParseError(f"PPK {what} is not ASCII") from None


def _read_outer(data: bytes) -> _PpkFile:
    """Split a PPK file into its fields (C.2); checks syntax only."""
    if data.startswith(_MAGIC_V3):
        version, magic = 3, _MAGIC_V3
    elif data.startswith(_MAGIC_V2):
        version, magic = 2, _MAGIC_V2
    else:
        raise KeyParseError("not a PuTTY key file of version 2 or 3")
    lines = _Lines(data)
    algorithm = lines.header(magic[:-1])
    encryption = lines.header(b"Encryption")
    if encryption not in (_ENC_NONE.encode(), _ENC_AES.encode()):
        raise KeyParseError("unsupported PPK encryption type")
    comment = lines.header(b"Comment")
    public_blob = lines.base64_block(b"Public-Lines")
    argon2: _Argon2Params | None = None
    # C.2: the Argon2 headers appear in v3 files exactly when the key is encrypted.
    if version == 3 and encryption != _ENC_NONE.encode():
        flavour = _ascii(lines.header(b"Key-Derivation"), "Key-Derivation")
        if flavour not in _ARGON2_TYPES:
            raise KeyParseError("unsupported PPK key derivation function")
        memory = lines.number(b"Argon2-Memory")
        passes = lines.number(b"Argon2-Passes")
        parallelism = lines.number(b"Argon2-Parallelism")
        salt_hex = lines.header(b"Argon2-Salt")
        if not _HEX.fullmatch(salt_hex):
            raise KeyParseError("PPK Argon2-Salt is not a hexadecimal string")
        argon2 = _Argon2Params(
            flavour, memory, passes, parallelism, bytes.fromhex(salt_hex.decode())
        )
    elif lines.peek_header(b"Key-Derivation"):
        raise KeyParseError("PPK file has key derivation headers it should not have")
    private_data = lines.base64_block(b"Private-Lines")
    mac_hex = lines.header(b"Private-MAC")
    # C.2: 64 hex digits (HMAC-SHA-256); C.5.1: 40 in version 2 (HMAC-SHA-1).
    if len(mac_hex) != (64 if version == 3 else 40) or not _HEX.fullmatch(mac_hex):
        raise KeyParseError("PPK Private-MAC is malformed")
    if not lines.at_end():
        raise KeyParseError("PPK file has data after its Private-MAC line")
    return _PpkFile(
        version,
        algorithm,
        encryption,
        comment,
        public_blob,
        private_data,
        bytes.fromhex(mac_hex.decode()),
        argon2,
    )


# -- key derivation (C.4, C.5.1) and the MAC (C.2) ---------------------------------------


def _argon2(params: _Argon2Params, passphrase: bytes) -> bytes:
    """Run Argon2 as C.4 says (empty secret and associated data, version 0x13)."""
    if not 1 <= params.parallelism <= _MAX_ARGON2_PARALLELISM:
        raise KeyParseError("PPK Argon2 parallelism is out of range")
    if not 8 * params.parallelism <= params.memory <= _MAX_ARGON2_MEMORY:
        raise KeyParseError("PPK Argon2 memory is out of range")
    if params.passes < 1 or params.memory * params.passes > _MAX_ARGON2_WORK:
        raise KeyParseError("PPK Argon2 passes are out of range")
    try:
        return hash_secret_raw(
            secret=passphrase,
            salt=params.salt,
            time_cost=params.passes,
            memory_cost=params.memory,
            parallelism=params.parallelism,
            hash_len=_V3_KDF_LEN,
            type=_ARGON2_TYPES[params.flavour],
            version=ARGON2_VERSION,
        )
    except (HashingError, ValueError, OverflowError):
        # libargon2 refuses e.g. a salt shorter than 8 bytes.
        raise KeyParseError("PPK Argon2 parameters are invalid") from None


def _v2_cipher_key(passphrase: bytes) -> bytes:
    # C.5.1: SHA-1(uint32 0 || passphrase) || SHA-1(uint32 1 || passphrase), first 32 bytes.
    digest = b"".join(
        hashlib.sha1(counter.to_bytes(4, "big") + passphrase).digest() for counter in (0, 1)
    )
    return digest[:_AES_KEY_LEN]


def _v2_mac_key(passphrase: bytes) -> bytes:
    # C.5.1: SHA-1("putty-private-key-file-mac-key" || passphrase), the passphrase taken
    # as empty for an unencrypted file.
    return hashlib.sha1(_V2_MAC_PREFIX + passphrase).digest()


def _mac(
    version: int,
    mac_key: bytes,
    algorithm: bytes,
    encryption: bytes,
    comment: bytes,
    public_blob: bytes,
    private_plain: bytes,
) -> bytes:
    # C.2: the MAC covers five SSH strings, the private blob in plaintext with its padding.
    preimage = b"".join(
        encode_string(part) for part in (algorithm, encryption, comment, public_blob, private_plain)
    )
    digest = hashlib.sha256 if version == 3 else hashlib.sha1
    return hmac.new(mac_key, preimage, digest).digest()


def _aes_cbc(key: bytes, iv: bytes, data: bytes, *, encrypt: bool) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    ctx = cipher.encryptor() if encrypt else cipher.decryptor()
    return ctx.update(data) + ctx.finalize()


# -- private key encodings (C.3) ----------------------------------------------------------


def _key_from_blobs(key_type: str, public_blob: bytes, private: bytes, comment: str) -> SSHKey:
    """Combine the public blob and the PPK private blob (C.3) into a private key."""
    public = decode_public_key_blob(public_blob).key
    buf = Buffer(private, "PPK private key")
    fields: RsaPrivateKey | DssPrivateKey | EcdsaPrivateKey | Ed25519PrivateKey
    # C.3: each blob holds only what the public blob lacks; trailing bytes are padding.
    if key_type == "ssh-rsa" and isinstance(public, RsaPublicKey):
        d, p, q, iqmp = buf.get_mpint(), buf.get_mpint(), buf.get_mpint(), buf.get_mpint()
        fields = RsaPrivateKey(n=public.n, e=public.e, d=d, iqmp=iqmp, p=p, q=q)
    elif key_type == "ssh-dss" and isinstance(public, DssPublicKey):
        fields = DssPrivateKey(p=public.p, q=public.q, g=public.g, y=public.y, x=buf.get_mpint())
    elif key_type.startswith("ecdsa-sha2-") and isinstance(public, EcdsaPublicKey):
        fields = EcdsaPrivateKey(curve=public.curve, q=public.q, d=buf.get_mpint())
    elif key_type == "ssh-ed25519" and isinstance(public, Ed25519PublicKey):
        # C.3: the 32-byte Ed25519 private key (the RFC 8032 seed). Some manual versions say
        # mpint; PuTTYgen writes a fixed 32-byte string, which is what we read and write.
        seed = buf.get_string()
        if len(seed) != 32:
            raise KeyParseError("PPK ed25519 private key has the wrong length")
        fields = Ed25519PrivateKey(
            public_key=public.public_key, private_key=seed + public.public_key
        )
    else:
        raise KeyParseError(f"unsupported PPK key type {key_type}")
    return SSHKey.from_private_fields(key_type, fields, comment)


def _private_blob(key: SSHKey) -> bytes:
    """Encode the private half as C.3 lays it out for ``key.type``."""
    fields = key.private_fields()
    if isinstance(fields, RsaPrivateKey):
        parts = (fields.d, fields.p, fields.q, fields.iqmp)
        return b"".join(encode_string(encode_mpint(v)) for v in parts)
    if isinstance(fields, DssPrivateKey):
        return encode_string(encode_mpint(fields.x))
    if isinstance(fields, EcdsaPrivateKey):
        return encode_string(encode_mpint(fields.d))
    if isinstance(fields, Ed25519PrivateKey):
        return encode_string(fields.private_key[:32])
    raise KeyParseError(f"PPK cannot store {key.type} keys")


# -- parsing ------------------------------------------------------------------------------


def parse_ppk(data: bytes, passphrase: bytes | None = None) -> SSHKey:
    """Parse a PuTTY private key file, version 2 or 3, encrypted or not.

    Args:
        data: the whole file. CR LF, CR and LF line ends are all accepted (C.2).
        passphrase: the passphrase of an encrypted file; ignored when it is not encrypted.

    Returns:
        The private key, with the file's comment (bytes that are not UTF-8 are replaced).

    Raises:
        KeyEncryptedError: the file is encrypted and ``passphrase`` is None.
        KeyPassphraseError: the file is encrypted and its MAC does not verify, i.e. the
            passphrase is wrong (or the file was altered).
        KeyParseError: anything else: not a PPK v2/v3 file, malformed or altered contents,
            unsupported key type or encryption, Argon2 parameters out of bounds, or a
            private key that does not match its public key.
    """
    try:
        return _parse(data, passphrase)
    except DecodeError:
        raise KeyParseError("corrupt PPK key data") from None


def _parse(data: bytes, passphrase: bytes | None) -> SSHKey:
    ppk = _read_outer(data)
    key_type = _ascii(ppk.algorithm, "algorithm name")
    if key_type not in _KEY_TYPES:
        raise KeyParseError(f"unsupported PPK key type {key_type!r}")
    comment = ppk.comment.decode("utf-8", errors="replace")
    public = public_key_from_blob(ppk.public_blob, comment)
    if public.type != key_type:
        raise KeyParseError("PPK public key does not match the file's algorithm")
    encrypted = ppk.encryption == _ENC_AES.encode()
    if encrypted:
        if len(ppk.private_data) == 0 or len(ppk.private_data) % _AES_BLOCK:
            raise KeyParseError("PPK encrypted private key is not whole AES blocks")
        if passphrase is None:
            raise KeyEncryptedError("the PPK key is encrypted and no passphrase was given")
        if ppk.version == 3:
            assert ppk.argon2 is not None
            material = _argon2(ppk.argon2, passphrase)
            cipher_key = material[:_AES_KEY_LEN]
            iv = material[_AES_KEY_LEN : _AES_KEY_LEN + _AES_BLOCK]
            mac_key = material[_AES_KEY_LEN + _AES_BLOCK :]
        else:
            # C.5.1: v2 encrypts with an all-zero IV.
            cipher_key, iv = _v2_cipher_key(passphrase), bytes(_AES_BLOCK)
            mac_key = _v2_mac_key(passphrase)
        private = _aes_cbc(cipher_key, iv, ppk.private_data, encrypt=False)
    else:
        private = ppk.private_data
        # C.4: unencrypted v3 files have a zero-length MAC key; C.5.1: v2 uses "" as passphrase.
        mac_key = b"" if ppk.version == 3 else _v2_mac_key(b"")
    expected = _mac(
        ppk.version, mac_key, ppk.algorithm, ppk.encryption, ppk.comment, ppk.public_blob, private
    )
    if not hmac.compare_digest(expected, ppk.mac):
        if encrypted:
            raise KeyPassphraseError("wrong passphrase for the PPK key (or the file is corrupt)")
        raise KeyParseError("PPK key file MAC does not verify: the file is corrupt")
    key = _key_from_blobs(key_type, ppk.public_blob, private, comment)
    if not key.equals(public):
        raise KeyParseError("PPK private key does not match its public key")
    return key


# -- writing ------------------------------------------------------------------------------


def _base64_lines(blob: bytes) -> list[bytes]:
    text = base64.b64encode(blob)
    return [text[i : i + _BASE64_LINE] for i in range(0, len(text), _BASE64_LINE)]


def _calibrated_passes(flavour: str, memory: int, parallelism: int, seconds: float) -> int:
    """Pick the number of Argon2 passes that takes about ``seconds`` (PuTTY's "time")."""
    params = _Argon2Params(flavour, memory, 1, parallelism, bytes(_SALT_LEN))
    start = time.perf_counter()
    _argon2(params, b"")
    per_pass = max(time.perf_counter() - start, 1e-6)
    return max(1, min(int(seconds / per_pass), _MAX_ARGON2_WORK // memory))


def export_ppk(
    key: SSHKey,
    passphrase: bytes | None = None,
    version: int = 3,
    *,
    kdf: str = "Argon2id",
    argon2_memory: int = DEFAULT_ARGON2_MEMORY,
    argon2_passes: int | None = None,
    argon2_parallelism: int = DEFAULT_ARGON2_PARALLELISM,
) -> bytes:
    """Write ``key`` as a PuTTY private key file.

    Args:
        key: a private key (any type :func:`parse_ppk` reads).
        passphrase: encrypt with aes256-cbc under this passphrase; None or empty writes an
            unencrypted file (as PuTTYgen does for an empty passphrase).
        version: 3 (PuTTY 0.75 and later, Argon2) or 2 (older PuTTY, SHA-1 based).
        kdf: for encrypted v3 files, ``Argon2id`` (PuTTY's default), ``Argon2i`` or
            ``Argon2d``.
        argon2_memory: Argon2 memory in KiB (PuTTY's default 8192).
        argon2_passes: Argon2 passes; None picks as many as take about 100 ms, as PuTTY does.
        argon2_parallelism: Argon2 lanes (PuTTY's default 1).

    Returns:
        The file's bytes: LF line ends, base64 in 64-character lines.

    Raises:
        KeyParseError: ``key`` is public only, or of a type PPK cannot hold.
        ValueError: an unknown ``version`` or ``kdf``, Argon2 parameters out of the range
            :func:`parse_ppk` accepts, or a comment containing CR or LF.
    """
    if version not in (2, 3):
        raise ValueError(f"PPK version must be 2 or 3, not {version!r}")
    if kdf not in _ARGON2_TYPES:
        raise ValueError(f"unknown PPK key derivation {kdf!r}")
    if not key.is_private:
        raise KeyParseError("a PPK file needs a private key")
    comment = key.comment.encode("utf-8")
    # C.2: the comment may hold any bytes but CR and LF.
    if b"\r" in comment or b"\n" in comment:
        raise ValueError("a PPK comment cannot contain CR or LF")
    algorithm = key.type.encode("ascii")
    public_blob = key.public_blob
    private = _private_blob(key)
    kdf_lines: list[bytes] = []
    if passphrase:
        encryption = _ENC_AES.encode()
        # C.2: random padding up to a whole number of AES blocks.
        private += os.urandom(-len(private) % _AES_BLOCK)
        if version == 3:
            if argon2_passes is None:
                argon2_passes = _calibrated_passes(
                    kdf, argon2_memory, argon2_parallelism, DEFAULT_ARGON2_TIME
                )
            params = _Argon2Params(
                kdf, argon2_memory, argon2_passes, argon2_parallelism, os.urandom(_SALT_LEN)
            )
            try:
                material = _argon2(params, passphrase)
            except KeyParseError:
                raise ValueError("Argon2 parameters out of range for a PPK file") from None
            cipher_key = material[:_AES_KEY_LEN]
            iv = material[_AES_KEY_LEN : _AES_KEY_LEN + _AES_BLOCK]
            mac_key = material[_AES_KEY_LEN + _AES_BLOCK :]
            kdf_lines = [
                b"Key-Derivation: " + kdf.encode(),
                b"Argon2-Memory: %d" % params.memory,
                b"Argon2-Passes: %d" % params.passes,
                b"Argon2-Parallelism: %d" % params.parallelism,
                b"Argon2-Salt: " + params.salt.hex().encode(),
            ]
        else:
            cipher_key, iv = _v2_cipher_key(passphrase), bytes(_AES_BLOCK)
            mac_key = _v2_mac_key(passphrase)
        stored = _aes_cbc(cipher_key, iv, private, encrypt=True)
    else:
        encryption = _ENC_NONE.encode()
        mac_key = b"" if version == 3 else _v2_mac_key(b"")
        stored = private
    mac = _mac(version, mac_key, algorithm, encryption, comment, public_blob, private)
    public_lines = _base64_lines(public_blob)
    private_lines = _base64_lines(stored)
    out = [
        b"PuTTY-User-Key-File-%d: " % version + algorithm,
        b"Encryption: " + encryption,
        b"Comment: " + comment,
        b"Public-Lines: %d" % len(public_lines),
        *public_lines,
        *kdf_lines,
        b"Private-Lines: %d" % len(private_lines),
        *private_lines,
        b"Private-MAC: " + mac.hex().encode(),
    ]
    return b"\n".join(out) + b"\n"

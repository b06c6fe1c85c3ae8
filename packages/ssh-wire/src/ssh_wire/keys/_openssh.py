"""OpenSSH's own private key format, ``openssh-key-v1`` (OpenSSH PROTOCOL.key).

The file is a PEM-style ``OPENSSH PRIVATE KEY`` block around::

    "openssh-key-v1\\0" cipher kdf kdfoptions nkeys publickey[n] string(encrypted section)
    [AEAD tag, outside the string]

The section, once decrypted, is ``uint32 check1, uint32 check2``, the keys with their
comments, then padding bytes 1, 2, 3… up to the cipher's block size (PROTOCOL.key §3).
The KDF is ``bcrypt_pbkdf`` (PROTOCOL.key §2), which produces key then IV.
"""

from __future__ import annotations

import os
import secrets

import bcrypt

from .._errors import DecodeError, EncodeError, KeyEncryptedError, KeyParseError, KeyPassphraseError
from ..messages import (
    BcryptKdfOptions,
    OpenSSHPrivateKeyEntry,
    OpenSSHPrivateKeyFile,
    OpenSSHPrivateSection,
    decode_bcrypt_kdf_options,
    decode_open_ssh_private_key_entry_from,
    decode_open_ssh_private_key_file_from,
    decode_open_ssh_private_section,
    encode_bcrypt_kdf_options,
    encode_open_ssh_private_key_entry,
    encode_open_ssh_private_key_file,
    encode_open_ssh_private_section,
)
from ._armor import armor, b64decode_strict
from ._ciphers import KEY_CIPHERS, AuthenticationFailed, KeyCipher, key_cipher
from ._key import SSHKey, public_key_from_blob

__all__ = [
    "DEFAULT_CIPHER",
    "DEFAULT_ROUNDS",
    "OPENSSH_CIPHERS",
    "OPENSSH_LABEL",
    "decode_openssh_armor",
    "encode_openssh_private_key",
    "parse_openssh_private_key",
]

OPENSSH_LABEL = "OPENSSH PRIVATE KEY"
#: ssh-keygen's defaults (ssh-keygen.c: openssh_format_cipher, DEFAULT rounds).
DEFAULT_CIPHER = "aes256-ctr"
DEFAULT_ROUNDS = 16
#: Ciphers usable for encrypting a key file, by OpenSSH name.
OPENSSH_CIPHERS: tuple[str, ...] = tuple(name for name in KEY_CIPHERS if name != "none")
_SALT_LEN = 16  # sshkey.c: SALT_LEN
_LINE_WIDTH = 70  # sshkey.c: sshbuf_dtob64(..., 70)
_KDF_NONE = "none"
_KDF_BCRYPT = "bcrypt"


def _bcrypt_kdf(passphrase: bytes, salt: bytes, length: int, rounds: int) -> bytes:
    """bcrypt_pbkdf (PROTOCOL.key §2). A module attribute so tests can swap in a fast one."""
    return bcrypt.kdf(passphrase, salt, length, rounds, ignore_few_rounds=True)


def _derive(cipher: KeyCipher, passphrase: bytes, salt: bytes, rounds: int) -> tuple[bytes, bytes]:
    try:
        material = _bcrypt_kdf(passphrase, salt, cipher.key_len + cipher.iv_len, rounds)
    except ValueError:
        raise KeyParseError("invalid bcrypt KDF parameters") from None
    return material[: cipher.key_len], material[cipher.key_len :]


# -- reading ------------------------------------------------------------------------------


def parse_openssh_private_key(body: bytes, passphrase: bytes | None) -> SSHKey:
    """Parse the base64-decoded body of an ``OPENSSH PRIVATE KEY`` block.

    Args:
        body: the decoded bytes, starting with ``openssh-key-v1\\0``.
        passphrase: the passphrase (non-empty) or None; ignored for unencrypted keys.
    Returns:
        The private key, with the comment stored in the file.
    Raises:
        KeyEncryptedError: the key is encrypted and ``passphrase`` is None.
        KeyPassphraseError: the passphrase does not decrypt the key.
        KeyParseError: corrupt data, or an unsupported cipher, KDF or key type.
    """
    try:
        outer, pos = decode_open_ssh_private_key_file_from(body, 0, len(body))
    except DecodeError as exc:
        raise KeyParseError(f"corrupt OpenSSH private key: {exc.reason}") from None
    cipher = key_cipher(outer.cipher_name)
    if cipher is None:
        raise KeyParseError(f"unsupported OpenSSH key cipher {outer.cipher_name!r}")
    if len(outer.public_keys) != 1:
        # sshkey.c (sshkey_parse_private2) accepts exactly one key per file.
        raise KeyParseError(f"OpenSSH private key file holds {len(outer.public_keys)} keys")
    tag = body[pos:]
    section = outer.encrypted_section
    if len(tag) != cipher.tag_len or len(section) % cipher.block_size:
        raise KeyParseError("corrupt OpenSSH private key: bad encrypted section length")
    encrypted = cipher.name != "none"
    plaintext = _decrypt(outer, cipher, section + tag, passphrase) if encrypted else section
    if not encrypted and (outer.kdf_name != _KDF_NONE or outer.kdf_options):
        raise KeyParseError("corrupt OpenSSH private key: KDF set on an unencrypted key")
    key = _parse_section(plaintext, encrypted)
    if not key.equals(public_key_from_blob(outer.public_keys[0])):
        # sshkey.c checks the envelope's public key against the private one.
        raise KeyParseError("OpenSSH private key does not match its public key")
    return key


def _decrypt(
    outer: OpenSSHPrivateKeyFile, cipher: KeyCipher, data: bytes, passphrase: bytes | None
) -> bytes:
    if outer.kdf_name != _KDF_BCRYPT:
        raise KeyParseError(f"unsupported OpenSSH key KDF {outer.kdf_name!r}")
    try:
        options = decode_bcrypt_kdf_options(outer.kdf_options)
    except DecodeError as exc:
        raise KeyParseError(f"corrupt bcrypt KDF options: {exc.reason}") from None
    if not options.salt or options.rounds < 1:
        raise KeyParseError("invalid bcrypt KDF parameters")
    if passphrase is None:
        raise KeyEncryptedError("the key is encrypted; a passphrase is needed")
    key, iv = _derive(cipher, passphrase, options.salt, options.rounds)
    try:
        return cipher.decrypt(key, iv, data)
    except AuthenticationFailed:
        raise KeyPassphraseError("incorrect passphrase (or corrupt key)") from None


def _parse_section(plaintext: bytes, encrypted: bool) -> SSHKey:
    try:
        section = decode_open_ssh_private_section(plaintext)
    except DecodeError as exc:
        raise KeyParseError(f"corrupt OpenSSH private section: {exc.reason}") from None
    if section.check1 != section.check2:
        # PROTOCOL.key §3: the check integers match exactly when decryption worked.
        if encrypted:
            raise KeyPassphraseError("incorrect passphrase (or corrupt key)")
        raise KeyParseError("corrupt OpenSSH private key: check integers differ")
    rest = section.keys_and_padding
    try:
        entry, pos = decode_open_ssh_private_key_entry_from(rest, 0, len(rest))
    except DecodeError as exc:
        raise KeyParseError(f"corrupt OpenSSH private key entry: {exc.reason}") from None
    padding = rest[pos:]
    # sshkey.c private2_check_padding: bytes 1, 2, 3… (mod 256).
    if padding != bytes((i + 1) & 0xFF for i in range(len(padding))):
        raise KeyParseError("corrupt OpenSSH private key: bad padding")
    return SSHKey.from_private_fields(entry.key_type, entry.key, entry.comment)


# -- writing ------------------------------------------------------------------------------


def encode_openssh_private_key(
    key: SSHKey,
    passphrase: bytes | None = None,
    cipher: str = DEFAULT_CIPHER,
    rounds: int = DEFAULT_ROUNDS,
) -> bytes:
    """Write ``key`` as an ``OPENSSH PRIVATE KEY`` file, as ``ssh-keygen`` does.

    Args:
        passphrase: encrypt with this (non-empty) passphrase; None writes cipher ``none``.
        cipher: the cipher for an encrypted key (any of :data:`OPENSSH_CIPHERS`).
        rounds: bcrypt KDF rounds (``ssh-keygen -a``).
    Returns:
        The file contents (ASCII armour, 70-column base64, trailing newline).
    Raises:
        KeyParseError: the key is public only.
        ValueError: unknown cipher, or ``rounds`` < 1 with a passphrase.
    """
    if not key.is_private:
        raise KeyParseError("a public key has no private key file")
    if passphrase:
        chosen = key_cipher(cipher)
        if chosen is None or chosen.name == "none":
            raise ValueError(f"unknown OpenSSH key cipher {cipher!r}")
        if rounds < 1 or rounds > 0xFFFFFFFF:
            raise ValueError("bcrypt rounds must be between 1 and 2**32-1")
        salt = os.urandom(_SALT_LEN)
        kdf_name = _KDF_BCRYPT
        kdf_options = encode_bcrypt_kdf_options(BcryptKdfOptions(salt, rounds))
        sym_key, iv = _derive(chosen, passphrase, salt, rounds)
    else:
        chosen = KEY_CIPHERS["none"]
        kdf_name, kdf_options, sym_key, iv = _KDF_NONE, b"", b"", b""
    check = secrets.randbits(32)
    try:
        entry = encode_open_ssh_private_key_entry(
            OpenSSHPrivateKeyEntry(key.type, key.private_fields(), key.comment)
        )
    except EncodeError as exc:
        raise KeyParseError(f"cannot encode the key: {exc.reason}") from None
    plain = encode_open_ssh_private_section(OpenSSHPrivateSection(check, check, entry))
    pad = -len(plain) % chosen.block_size
    plain += bytes(range(1, pad + 1))
    sealed = chosen.encrypt(sym_key, iv, plain)
    outer = OpenSSHPrivateKeyFile(
        chosen.name, kdf_name, kdf_options, (key.public_blob,), sealed[: len(plain)]
    )
    body = encode_open_ssh_private_key_file(outer) + sealed[len(plain) :]
    return armor(OPENSSH_LABEL, body, _LINE_WIDTH)


def decode_openssh_armor(text: bytes) -> bytes:
    """Returns the decoded body of an ``OPENSSH PRIVATE KEY`` block's inner text.

    Raises:
        KeyParseError: invalid base64.
    """
    return b64decode_strict(text, "OpenSSH private key")

"""The ciphers OpenSSH accepts for encrypting ``openssh-key-v1`` private key files.

OpenSSH encrypts the private section with the same cipher table it uses for transport
(cipher.c), always at sequence number 0 and without additional authenticated data. For the
AEAD ciphers the tag follows the encrypted ``string`` in the file (sshkey.c,
``private2_encrypt``). Nothing here keeps state between calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, CipherAlgorithm, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.poly1305 import Poly1305

__all__ = ["KEY_CIPHERS", "AuthenticationFailed", "KeyCipher", "key_cipher"]


class AuthenticationFailed(Exception):
    """An AEAD tag did not verify (wrong passphrase or corrupt data). Internal only."""


#: (key, iv, data) -> data; tag handling is done by the AEAD wrappers below.
_Transform = Callable[[bytes, bytes, bytes], bytes]


@dataclass(frozen=True, slots=True)
class KeyCipher:
    """One key-file cipher.

    Attributes:
        name: the OpenSSH cipher name written in the file.
        key_len: bytes of key the KDF must produce.
        iv_len: bytes of IV the KDF must produce after the key.
        block_size: the private section is padded to a multiple of this.
        tag_len: bytes of authentication tag after the encrypted section (AEAD only).
    """

    name: str
    key_len: int
    iv_len: int
    block_size: int
    tag_len: int
    _encrypt: _Transform
    _decrypt: _Transform

    def encrypt(self, key: bytes, iv: bytes, plaintext: bytes) -> bytes:
        """Returns the ciphertext followed by the tag (``tag_len`` bytes, maybe none)."""
        return self._encrypt(key, iv, plaintext)

    def decrypt(self, key: bytes, iv: bytes, ciphertext_and_tag: bytes) -> bytes:
        """Returns the plaintext.

        Raises:
            AuthenticationFailed: the AEAD tag does not verify.
        """
        return self._decrypt(key, iv, ciphertext_and_tag)


def _plain(
    algorithm: Callable[[bytes], CipherAlgorithm], mode: Callable[[bytes], modes.CBC | modes.CTR]
) -> tuple[_Transform, _Transform]:
    def encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
        enc = Cipher(algorithm(key), mode(iv)).encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
        dec = Cipher(algorithm(key), mode(iv)).decryptor()
        return dec.update(data) + dec.finalize()

    return encrypt, decrypt


def _gcm_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    # cipher.c: the 12-byte IV is used as is for the first (and only) invocation.
    return AESGCM(key).encrypt(iv, data, None)


def _gcm_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(iv, data, None)
    except InvalidTag:
        raise AuthenticationFailed from None


# PROTOCOL.chacha20poly1305: the 64-byte key is K_2 (payload, first 32 bytes) then K_1
# (lengths, unused here: the key file has no AAD). The nonce is the sequence number (0),
# big-endian; the Poly1305 key is the first 32 bytes of ChaCha20(K_2) at block counter 0,
# the payload is encrypted from block counter 1, the tag covers the ciphertext.
# cryptography's ChaCha20 takes the 16-byte IV of OpenSSL: 64-bit little-endian block
# counter followed by the 64-bit nonce, which is exactly the original ChaCha20 layout.
_SEQ0 = (0).to_bytes(8, "big")


def _chacha_stream(key: bytes, counter: int, data: bytes) -> bytes:
    iv = counter.to_bytes(8, "little") + _SEQ0
    return Cipher(algorithms.ChaCha20(key, iv), mode=None).encryptor().update(data)


def _chacha_encrypt(key: bytes, _iv: bytes, data: bytes) -> bytes:
    main = key[:32]
    poly_key = _chacha_stream(main, 0, bytes(32))
    ciphertext = _chacha_stream(main, 1, data)
    return ciphertext + Poly1305.generate_tag(poly_key, ciphertext)


def _chacha_decrypt(key: bytes, _iv: bytes, data: bytes) -> bytes:
    main = key[:32]
    poly_key = _chacha_stream(main, 0, bytes(32))
    ciphertext, tag = data[:-16], data[-16:]
    try:
        Poly1305.verify_tag(poly_key, ciphertext, tag)
    except InvalidSignature:
        raise AuthenticationFailed from None
    return _chacha_stream(main, 1, ciphertext)


def _none(_key: bytes, _iv: bytes, data: bytes) -> bytes:
    return data


def _build() -> dict[str, KeyCipher]:
    # cipher.c ciphers[]: name, block size, key length, IV length (0 = block size), auth length
    table: dict[str, KeyCipher] = {
        "none": KeyCipher("none", 0, 0, 8, 0, _none, _none),
        "3des-cbc": KeyCipher("3des-cbc", 24, 8, 8, 0, *_plain(TripleDES, modes.CBC)),
        "aes128-gcm@openssh.com": KeyCipher(
            "aes128-gcm@openssh.com", 16, 12, 16, 16, _gcm_encrypt, _gcm_decrypt
        ),
        "aes256-gcm@openssh.com": KeyCipher(
            "aes256-gcm@openssh.com", 32, 12, 16, 16, _gcm_encrypt, _gcm_decrypt
        ),
        "chacha20-poly1305@openssh.com": KeyCipher(
            "chacha20-poly1305@openssh.com", 64, 0, 8, 16, _chacha_encrypt, _chacha_decrypt
        ),
    }
    for bits in (128, 192, 256):
        for mode_name, mode in (("ctr", modes.CTR), ("cbc", modes.CBC)):
            name = f"aes{bits}-{mode_name}"
            table[name] = KeyCipher(name, bits // 8, 16, 16, 0, *_plain(algorithms.AES, mode))
    return table


#: Every cipher by OpenSSH name.
KEY_CIPHERS: dict[str, KeyCipher] = _build()


def key_cipher(name: str) -> KeyCipher | None:
    """Returns the cipher called ``name``, or None when there is no such key-file cipher."""
    return KEY_CIPHERS.get(name)

"""The cipher registry (RFC 4253 §6.3, RFC 4344, RFC 4345, RFC 5647, OpenSSH PROTOCOL.*).

Each :class:`CipherInfo` says how big the key, IV, block and tag are, which framing the
packet layer must use (``kind``) and whether the cipher is offered by default (OpenSSH 9.x
defaults: chacha20-poly1305, AES-CTR, AES-GCM@openssh.com). Block and stream ciphers are
built by ``factory``; the AEAD framings (``gcm``, ``chacha``) are built by the packet layer
itself, which knows how to reuse their contexts.

Legacy ciphers (CBC, 3DES, Blowfish, CAST-128, RC4) are registered but off by default.
Blowfish, CAST-128 and RC4 come from ``cryptography.hazmat.decrepit``; when that module or
the OpenSSL legacy provider cannot give them, they are silently left out of the registry.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import (
    BlockCipherAlgorithm,
    Cipher,
    CipherAlgorithm,
    CipherContext,
    algorithms,
    modes,
)

__all__ = ["CIPHERS", "CipherInfo", "CipherKind", "default_cipher_names"]

Factory = Callable[[bytes, bytes, bool], CipherContext]


class CipherKind(enum.Enum):
    """Which framing of RFC 4253 §6 the packet layer applies for a cipher."""

    NONE = "none"  # no encryption (before the first NEWKEYS)
    STREAM = "stream"  # CTR or RC4: any length, may encrypt in place
    CBC = "cbc"  # block chaining: whole blocks, encrypted into a new buffer
    GCM = "gcm"  # RFC 5647 AES-GCM: clear length as AAD, 16-byte tag
    CHACHA = "chacha"  # PROTOCOL.chacha20poly1305: encrypted length, Poly1305 tag


@dataclass(frozen=True, slots=True)
class CipherInfo:
    """One cipher algorithm as named in KEXINIT.

    Attributes:
        name: the algorithm name negotiated in KEXINIT.
        key_size: bytes of key the kex must derive (RFC 4253 §7.2).
        iv_size: bytes of IV the kex must derive (0 when none is used).
        block_size: the cipher block size; padding aligns to ``max(8, block_size)``.
        aead: the cipher authenticates the packet itself; the negotiated MAC is ignored.
        default: offered when the user does not configure ciphers.
        kind: the framing the packet layer uses.
        tag_size: bytes of authentication tag an AEAD cipher appends (0 otherwise).
        factory: for STREAM and CBC, ``factory(key, iv, encrypt) -> CipherContext``.
    """

    name: str
    key_size: int
    iv_size: int
    block_size: int
    aead: bool
    default: bool
    kind: CipherKind
    tag_size: int = 0
    factory: Factory | None = None


def _aes(mode: type[modes.CTR] | type[modes.CBC]) -> Factory:
    """Returns a factory of AES contexts in ``mode`` (CTR or CBC)."""

    def make(key: bytes, iv: bytes, encrypt: bool) -> CipherContext:
        cipher = Cipher(algorithms.AES(key), mode(iv))
        return cipher.encryptor() if encrypt else cipher.decryptor()

    return make


def _legacy_cbc(algorithm: Callable[[bytes], BlockCipherAlgorithm]) -> Factory:
    """Returns a factory of CBC contexts over a 64-bit block cipher from the decrepit module."""

    def make(key: bytes, iv: bytes, encrypt: bool) -> CipherContext:
        cipher = Cipher(algorithm(key), modes.CBC(iv))
        return cipher.encryptor() if encrypt else cipher.decryptor()

    return make


def _arcfour(algorithm: Callable[[bytes], CipherAlgorithm], discard: int) -> Factory:
    """Returns a factory of RC4 contexts that drop the first ``discard`` keystream bytes.

    RFC 4345 §4: arcfour128/arcfour256 discard 1536 bytes; plain arcfour (RFC 4253) none.
    """

    def make(key: bytes, iv: bytes, encrypt: bool) -> CipherContext:
        cipher = Cipher(algorithm(key), None)
        ctx = cipher.encryptor() if encrypt else cipher.decryptor()
        if discard:
            ctx.update(bytes(discard))
        return ctx

    return make


def _build() -> dict[str, CipherInfo]:
    """Returns the registry in OpenSSH's default preference order, legacy entries last."""
    gcm, chacha = CipherKind.GCM, CipherKind.CHACHA
    entries = [
        # PROTOCOL.chacha20poly1305: 64-byte key = K_2 (payload) || K_1 (length); no IV.
        CipherInfo("chacha20-poly1305@openssh.com", 64, 0, 8, True, True, chacha, 16),
        CipherInfo("aes128-ctr", 16, 16, 16, False, True, CipherKind.STREAM, 0, _aes(modes.CTR)),
        CipherInfo("aes192-ctr", 24, 16, 16, False, True, CipherKind.STREAM, 0, _aes(modes.CTR)),
        CipherInfo("aes256-ctr", 32, 16, 16, False, True, CipherKind.STREAM, 0, _aes(modes.CTR)),
        # PROTOCOL §1.6 / RFC 5647 §7.1: 12-byte IV = 4-byte fixed field || 8-byte counter.
        CipherInfo("aes128-gcm@openssh.com", 16, 12, 16, True, True, gcm, 16),
        CipherInfo("aes256-gcm@openssh.com", 32, 12, 16, True, True, gcm, 16),
        # The RFC 5647 framing under the names the ssh2 seed uses; OpenSSH does not offer them.
        CipherInfo("aes128-gcm", 16, 12, 16, True, False, gcm, 16),
        CipherInfo("aes256-gcm", 32, 12, 16, True, False, gcm, 16),
        CipherInfo("aes128-cbc", 16, 16, 16, False, False, CipherKind.CBC, 0, _aes(modes.CBC)),
        CipherInfo("aes192-cbc", 24, 16, 16, False, False, CipherKind.CBC, 0, _aes(modes.CBC)),
        CipherInfo("aes256-cbc", 32, 16, 16, False, False, CipherKind.CBC, 0, _aes(modes.CBC)),
    ]
    entries += _legacy()
    # RFC 4253 §6.3 "none": only ever in effect before the first NEWKEYS.
    entries.append(CipherInfo("none", 0, 0, 8, False, False, CipherKind.NONE))
    return {info.name: info for info in entries}


def _legacy() -> list[CipherInfo]:
    """Returns the legacy ciphers this cryptography build can still run, each probed once.

    Skipped silently: whichever of 3DES, Blowfish, CAST-128 and RC4 fails to import or to
    encrypt one block (cryptography dropped it, or OpenSSL lacks its legacy provider).
    """
    try:
        from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
    except ImportError:  # pragma: no cover - cryptography < 43
        return []
    candidates = [
        # RFC 4253 §6.3: 3des-cbc is three-key EDE; Blowfish and CAST-128 with 128-bit keys.
        CipherInfo("3des-cbc", 24, 8, 8, False, False, CipherKind.CBC, 0,
                   _legacy_cbc(decrepit.TripleDES)),
        CipherInfo("blowfish-cbc", 16, 8, 8, False, False, CipherKind.CBC, 0,
                   _legacy_cbc(decrepit.Blowfish)),
        CipherInfo("cast128-cbc", 16, 8, 8, False, False, CipherKind.CBC, 0,
                   _legacy_cbc(decrepit.CAST5)),
        CipherInfo("arcfour", 16, 0, 8, False, False, CipherKind.STREAM, 0,
                   _arcfour(decrepit.ARC4, 0)),
        CipherInfo("arcfour128", 16, 0, 8, False, False, CipherKind.STREAM, 0,
                   _arcfour(decrepit.ARC4, 1536)),
        CipherInfo("arcfour256", 32, 0, 8, False, False, CipherKind.STREAM, 0,
                   _arcfour(decrepit.ARC4, 1536)),
    ]  # fmt: skip
    usable = []
    for info in candidates:
        assert info.factory is not None
        try:
            info.factory(bytes(info.key_size), bytes(info.iv_size), True).update(bytes(8))
        except Exception:  # any failure means "not available here"
            continue
        usable.append(info)
    return usable


CIPHERS: dict[str, CipherInfo] = _build()
"""Every cipher this build supports, by KEXINIT name, in default preference order."""


def default_cipher_names() -> list[str]:
    """Returns the names offered by default, in preference order (OpenSSH 9.x style)."""
    order = [
        "chacha20-poly1305@openssh.com",
        "aes128-ctr",
        "aes192-ctr",
        "aes256-ctr",
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
    ]
    return [name for name in order if name in CIPHERS and CIPHERS[name].default]

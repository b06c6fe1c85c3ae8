"""The MAC registry (RFC 4253 §6.4, RFC 6668, OpenSSH PROTOCOL §1.5 for ``-etm``).

RFC 4253 §6.4: ``mac = MAC(key, sequence_number || unencrypted_packet)``, with the 32-bit
sequence number first. The ``-etm@openssh.com`` forms instead authenticate the packet
length (sent in clear) and the *ciphertext*; the packet layer picks the framing from
:attr:`MacInfo.etm`. ``-96`` forms send the first 12 bytes of the digest (RFC 2104 §5).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from struct import Struct

__all__ = ["MACS", "Mac", "MacInfo", "default_mac_names"]

_SEQ = Struct(">I")


@dataclass(frozen=True, slots=True)
class MacInfo:
    """One MAC algorithm as named in KEXINIT.

    Attributes:
        name: the algorithm name negotiated in KEXINIT.
        key_size: bytes of key the kex must derive (RFC 4253 §7.2).
        mac_size: bytes of MAC sent on the wire (truncated for ``-96``).
        hash_name: the hashlib digest name (empty for ``none``).
        etm: encrypt-then-MAC framing (OpenSSH PROTOCOL §1.5).
        default: offered when the user does not configure MACs.
    """

    name: str
    key_size: int
    mac_size: int
    hash_name: str
    etm: bool
    default: bool


class Mac:
    """A keyed MAC for one direction; the key schedule runs once, then copies per packet."""

    __slots__ = ("_keyed", "info", "size")

    def __init__(self, info: MacInfo, key: bytes) -> None:
        self.info = info
        self.size = info.mac_size
        self._keyed = hmac.new(bytes(key[: info.key_size]), digestmod=info.hash_name)

    def compute(self, seq: int, data: bytes | bytearray | memoryview) -> bytes:
        """Returns the (possibly truncated) MAC of ``uint32(seq) || data``."""
        h = self._keyed.copy()
        h.update(_SEQ.pack(seq))
        h.update(data)
        return h.digest()[: self.size]

    def verify(
        self, seq: int, data: bytes | bytearray | memoryview, tag: bytes | memoryview
    ) -> bool:
        """Returns whether ``tag`` is the MAC of ``uint32(seq) || data``, in constant time."""
        return hmac.compare_digest(self.compute(seq, data), tag)


def _build() -> dict[str, MacInfo]:
    """Returns the registry: OpenSSH 9.x default order first, legacy entries after."""
    have_ripemd = "ripemd160" in hashlib.algorithms_available
    if have_ripemd:
        try:
            hmac.new(b"k", b"", "ripemd160")
        except ValueError:  # pragma: no cover - OpenSSL without the legacy digest
            have_ripemd = False
    # (base name, hash, digest size, key size, default, has an -etm form)
    bases: list[tuple[str, str, int, int, bool, bool]] = [
        ("hmac-sha2-256", "sha256", 32, 32, True, True),  # RFC 6668
        ("hmac-sha2-512", "sha512", 64, 64, True, True),  # RFC 6668
        ("hmac-sha1", "sha1", 20, 20, True, True),  # RFC 4253 §6.4
        ("hmac-sha2-256-96", "sha256", 12, 32, False, False),
        ("hmac-sha2-512-96", "sha512", 12, 64, False, False),
        ("hmac-sha1-96", "sha1", 12, 20, False, True),  # RFC 4253 §6.4
        ("hmac-md5", "md5", 16, 16, False, True),  # RFC 4253 §6.4
        ("hmac-md5-96", "md5", 12, 16, False, True),  # RFC 4253 §6.4
    ]
    if have_ripemd:
        bases.append(("hmac-ripemd160", "ripemd160", 20, 20, False, True))
    etm = [
        MacInfo(f"{name}-etm@openssh.com", key, size, hash_name, True, default)
        for name, hash_name, size, key, default, has_etm in bases
        if has_etm
    ]
    plain = [
        MacInfo(name, key, size, hash_name, False, default)
        for name, hash_name, size, key, default, _ in bases
    ]
    entries = etm + plain
    entries.append(MacInfo("none", 0, 0, "", False, False))
    return {info.name: info for info in entries}


MACS: dict[str, MacInfo] = _build()
"""Every MAC this build supports, by KEXINIT name (etm forms first, as OpenSSH orders)."""


def default_mac_names() -> list[str]:
    """Returns the names offered by default, in preference order (OpenSSH 9.x style)."""
    return [name for name, info in MACS.items() if info.default]

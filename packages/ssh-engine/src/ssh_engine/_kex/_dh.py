"""Finite-field Diffie-Hellman over the fixed MODP groups (RFC 4253 §8, RFC 8268).

Legacy SHA-1 variants live in :mod:`._legacy`.
"""

from __future__ import annotations

import secrets
from typing import ClassVar

from ._base import KexMethod
from ._errors import KexError
from ._groups import GENERATOR, MODP_2048, MODP_3072, MODP_4096, MODP_6144, MODP_8192
from ._hash import dh_exchange_hash

__all__ = [
    "DEFAULT_EXPONENT_BITS",
    "DhGroup14Sha256",
    "DhGroup15Sha512",
    "DhGroup16Sha512",
    "DhGroup17Sha512",
    "DhGroup18Sha512",
    "FixedGroupDh",
    "check_dh_public",
    "dh_private_exponent",
]

#: Private exponent size. RFC 8270 §4 and OpenSSH use twice the wanted security strength; 512
#: bits covers every cipher and MAC we offer (256-bit security).
DEFAULT_EXPONENT_BITS = 512


def check_dh_public(y: int, p: int, what: str) -> None:
    """Validate a peer's public value (RFC 4253 §8: e and f must lie in [1, p-1]; like
    OpenSSH's dh_pub_is_valid we also refuse 1 and p-1, which leak or fix K).

    Raises:
        KexError: ``y`` is not in the open range (1, p-1).
    """
    if not 1 < y < p - 1:
        raise KexError(f"invalid DH public value {what}: out of range (1, p-1)")


def dh_private_exponent(p: int, bits: int = DEFAULT_EXPONENT_BITS) -> int:
    """Draw a random private exponent x with 1 < x < min(2^bits, p - 1).

    Returns:
        The exponent.
    """
    bound = min(1 << bits, p - 1)
    return 2 + secrets.randbelow(bound - 2)


class _DhCore:
    """One side of a DH exchange in group (p, g)."""

    __slots__ = ("g", "own_public", "p", "x")

    def __init__(self, p: int, g: int, x: int) -> None:
        if not 1 < x < p - 1:
            raise KexError("DH private exponent out of range (1, p-1)")
        self.p = p
        self.g = g
        self.x = x
        self.own_public = pow(g, x, p)

    def shared(self, peer: int, what: str) -> int:
        """Returns K = peer^x mod p. Raises KexError on an invalid ``peer``."""
        check_dh_public(peer, self.p, what)
        k = pow(peer, self.x, self.p)
        if k <= 1:  # cannot happen for a valid peer in a safe-prime group; belt and braces
            raise KexError("degenerate DH shared secret")
        return k


class FixedGroupDh(KexMethod):
    """diffie-hellman-group* (RFC 4253 §8): a fixed group (p, g), e = g^x, f = g^y,
    K = e^y = f^x mod p.

    ``private_exponent`` fixes x (client) or y (server) for tests; by default it is random.
    """

    message_context = "kex-dh"
    p: ClassVar[int]
    g: ClassVar[int] = GENERATOR

    def __init__(
        self,
        *,
        private_exponent: int | None = None,
        exponent_bits: int = DEFAULT_EXPONENT_BITS,
    ) -> None:
        super().__init__()
        self._x = private_exponent
        self._bits = exponent_bits
        self._core: _DhCore | None = None
        self.e: int | None = None
        self.f: int | None = None

    def _new_core(self) -> _DhCore:
        x = self._x if self._x is not None else dh_private_exponent(self.p, self._bits)
        return _DhCore(self.p, self.g, x)

    def start(self) -> int:
        """Client: generate x and return e = g^x mod p (SSH_MSG_KEXDH_INIT).

        Raises:
            KexError: the object was already used.
        """
        self._claim("client")
        self._core = self._new_core()
        self.e = self._core.own_public
        return self.e

    def respond(self, e: int) -> tuple[int, int]:
        """Server: validate e, generate y and compute K (RFC 4253 §8 steps 2).

        Returns:
            (f, K): f for SSH_MSG_KEXDH_REPLY and the shared secret.
        Raises:
            KexError: e is outside (1, p-1), or the object was already used.
        """
        self._claim("server")
        check_dh_public(e, self.p, "e")
        core = self._new_core()
        k = core.shared(e, "e")
        self.e, self.f, self._secret = e, core.own_public, k
        return core.own_public, k

    def finish(self, f: int) -> int:
        """Client: validate f and compute K = f^x mod p (RFC 4253 §8 step 3).

        Returns:
            K.
        Raises:
            KexError: f is outside (1, p-1), or ``start()`` was not called.
        """
        self._require("client", "finish")
        assert self._core is not None
        k = self._core.shared(f, "f")
        self.f, self._secret = f, k
        return k

    def exchange_hash(self, *, v_c: bytes, v_s: bytes, i_c: bytes, i_s: bytes, k_s: bytes) -> bytes:
        """H per RFC 4253 §8 (see :func:`dh_exchange_hash`).

        Returns:
            H.
        Raises:
            KexError: the exchange has not completed.
        """
        k = self.shared_secret
        assert isinstance(k, int) and self.e is not None and self.f is not None
        return dh_exchange_hash(
            self.hash_name, v_c=v_c, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s, e=self.e, f=self.f, k=k
        )


class DhGroup14Sha256(FixedGroupDh):
    """diffie-hellman-group14-sha256: RFC 8268 §3, 2048-bit MODP group 14 (RFC 3526 §3)."""

    name = "diffie-hellman-group14-sha256"
    hash_name = "sha256"
    p = MODP_2048


class DhGroup15Sha512(FixedGroupDh):
    """diffie-hellman-group15-sha512: RFC 8268 §3, 3072-bit MODP group 15 (RFC 3526 §4)."""

    name = "diffie-hellman-group15-sha512"
    hash_name = "sha512"
    p = MODP_3072


class DhGroup16Sha512(FixedGroupDh):
    """diffie-hellman-group16-sha512: RFC 8268 §3, 4096-bit MODP group 16 (RFC 3526 §5)."""

    name = "diffie-hellman-group16-sha512"
    hash_name = "sha512"
    p = MODP_4096


class DhGroup17Sha512(FixedGroupDh):
    """diffie-hellman-group17-sha512: RFC 8268 §3, 6144-bit MODP group 17 (RFC 3526 §6)."""

    name = "diffie-hellman-group17-sha512"
    hash_name = "sha512"
    p = MODP_6144


class DhGroup18Sha512(FixedGroupDh):
    """diffie-hellman-group18-sha512: RFC 8268 §3, 8192-bit MODP group 18 (RFC 3526 §7)."""

    name = "diffie-hellman-group18-sha512"
    hash_name = "sha512"
    p = MODP_8192

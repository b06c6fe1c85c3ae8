"""Diffie-Hellman group exchange (RFC 4419), both roles, and the OpenSSH moduli file.

Client: ``request() -> (min, n, max)`` (SSH_MSG_KEX_DH_GEX_REQUEST), ``start(p, g) -> e``
(after SSH_MSG_KEX_DH_GEX_GROUP), ``finish(f) -> K``. Server: ``select_group(min, n, max) ->
(p, g)`` (or ``select_group_old(n)`` for SSH_MSG_KEX_DH_GEX_REQUEST_OLD), ``respond(e) ->
(f, K)``.

The server chooses like OpenSSH's choose_dh(): among the usable safe primes with
min <= bits <= max, the smallest size >= n (else the largest size below n), one of that
size at random; the moduli file (moduli(5)) when given or readable at /etc/ssh/moduli,
otherwise the built-in RFC 3526 groups.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ._base import KexMethod
from ._dh import DEFAULT_EXPONENT_BITS, _DhCore, check_dh_public, dh_private_exponent
from ._errors import KexError
from ._groups import BUILTIN_GROUPS
from ._hash import gex_exchange_hash

__all__ = [
    "DEFAULT_MODULI_PATH",
    "GEX_MAX_BITS",
    "GEX_MIN_BITS",
    "GEX_PREFERRED_BITS",
    "DhGexSha256",
    "DhGroupExchange",
    "ModuliGroup",
    "builtin_groups",
    "choose_group",
    "load_moduli",
    "parse_moduli",
    "system_groups",
]

#: OpenSSH's DH_GRP_MIN / DH_GRP_MAX (dh.h; RFC 8270 §3 raised the minimum to 2048).
GEX_MIN_BITS: Final = 2048
GEX_MAX_BITS: Final = 8192
#: What our client asks for by default (RFC 4419 §3 "n"; 3072 bits ~ 128-bit security).
GEX_PREFERRED_BITS: Final = 3072
DEFAULT_MODULI_PATH: Final = "/etc/ssh/moduli"

# moduli(5) field values.
_MODULI_TYPE_SAFE = 2
_MODULI_TESTS_COMPOSITE = 0x01


@dataclass(frozen=True, slots=True)
class ModuliGroup:
    """One usable group: a safe prime ``p`` of ``bits`` bits and its generator ``g``."""

    bits: int
    g: int
    p: int


def parse_moduli(text: str) -> list[ModuliGroup]:
    """Parse a moduli(5) file: ``time type tests tries size generator modulus`` per line.

    Like OpenSSH's parse_prime(), keep only safe primes (type 2) that passed some test other
    than the composite sieve, with tries > 0, a generator > 1, and a modulus of exactly
    size + 1 bits; comments, blank and malformed lines are skipped.

    Returns:
        The usable groups, in file order.
    """
    groups: list[ModuliGroup] = []
    for line in text.splitlines():
        fields = line.split()
        if not fields or fields[0].startswith("#") or len(fields) != 7:
            continue
        try:
            mtype, tests, tries, size, gen = (int(v) for v in fields[1:6])
            p = int(fields[6], 16)
        except ValueError:
            continue
        if mtype != _MODULI_TYPE_SAFE or tries == 0:
            continue
        if tests & _MODULI_TESTS_COMPOSITE or not tests & ~_MODULI_TESTS_COMPOSITE:
            continue
        if gen < 2 or p.bit_length() != size + 1 or not 1 < gen < p - 1:
            continue
        groups.append(ModuliGroup(bits=size + 1, g=gen, p=p))
    return groups


def load_moduli(path: str = DEFAULT_MODULI_PATH) -> list[ModuliGroup] | None:
    """Read and parse a moduli file (this is the one place the kex code does I/O).

    Returns:
        The usable groups, or ``None`` when the file cannot be read.
    """
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            return parse_moduli(fh.read())
    except OSError:
        return None


@functools.cache
def system_groups() -> tuple[ModuliGroup, ...]:
    """The groups of /etc/ssh/moduli when readable and non-empty, else the built-in ones;
    read once per process.

    Returns:
        The server's default candidate groups.
    """
    groups = load_moduli(DEFAULT_MODULI_PATH)
    return tuple(groups) if groups else builtin_groups()


def builtin_groups() -> tuple[ModuliGroup, ...]:
    """Returns the built-in RFC 3526 groups 14-18 (2048-8192 bits) as moduli entries."""
    return tuple(ModuliGroup(bits=b, g=g, p=p) for b, (p, g) in BUILTIN_GROUPS.items())


def choose_group(
    groups: Sequence[ModuliGroup],
    min_bits: int,
    n_bits: int,
    max_bits: int,
) -> ModuliGroup | None:
    """Choose like OpenSSH's choose_dh(): among groups with min <= bits <= max, the smallest
    size >= n, else the largest size; uniformly at random among groups of that size.

    Returns:
        The chosen group, or ``None`` when no group fits.
    """
    fitting = [gr for gr in groups if min_bits <= gr.bits <= max_bits]
    if not fitting:
        return None
    above = [gr.bits for gr in fitting if gr.bits >= n_bits]
    best = min(above) if above else max(gr.bits for gr in fitting)
    candidates = [gr for gr in fitting if gr.bits == best]
    return candidates[secrets.randbelow(len(candidates))]


class DhGroupExchange(KexMethod):
    """diffie-hellman-group-exchange-* (RFC 4419), client and server halves.

    Client options: ``min_bits``/``n_bits``/``max_bits`` (default 2048/3072/8192 like
    OpenSSH). Server option: ``groups``, the candidate groups (default: :func:`system_groups`).
    ``private_exponent`` fixes x or y for tests.
    """

    message_context = "kex-gex"

    def __init__(
        self,
        *,
        min_bits: int = GEX_MIN_BITS,
        n_bits: int = GEX_PREFERRED_BITS,
        max_bits: int = GEX_MAX_BITS,
        groups: Sequence[ModuliGroup] | None = None,
        private_exponent: int | None = None,
        exponent_bits: int = DEFAULT_EXPONENT_BITS,
    ) -> None:
        super().__init__()
        if not 0 < min_bits <= n_bits <= max_bits:
            raise KexError("DH-GEX sizes must satisfy 0 < min <= n <= max")
        self.min_bits: int | None = min_bits
        self.n_bits = n_bits
        self.max_bits: int | None = max_bits
        self._groups = groups
        self._x = private_exponent
        self._exp_bits = exponent_bits
        self._core: _DhCore | None = None
        self.p: int | None = None
        self.g: int | None = None
        self.e: int | None = None
        self.f: int | None = None

    def _new_core(self, p: int, g: int) -> _DhCore:
        x = self._x if self._x is not None else dh_private_exponent(p, self._exp_bits)
        return _DhCore(p, g, x)

    # --- client -----------------------------------------------------------------------

    def request(self) -> tuple[int, int, int]:
        """Client: the sizes for SSH_MSG_KEX_DH_GEX_REQUEST (RFC 4419 §3).

        Returns:
            (min, n, max) in bits.
        Raises:
            KexError: the object was already used.
        """
        self._claim("client")
        assert self.min_bits is not None and self.max_bits is not None
        return self.min_bits, self.n_bits, self.max_bits

    def start(self, p: int, g: int) -> int:
        """Client: check the server's group (SSH_MSG_KEX_DH_GEX_GROUP) and return e.

        The group must have min <= bits(p) <= max (as OpenSSH's client checks), p odd and
        1 < g < p-1.

        Returns:
            e = g^x mod p for SSH_MSG_KEX_DH_GEX_INIT.
        Raises:
            KexError: the group is unacceptable, or ``request()`` was not called first or
                ``start()`` was already called.
        """
        self._require("client", "start")
        if self._core is not None:
            raise KexError(f"{self.name}: start() called twice")
        assert self.min_bits is not None and self.max_bits is not None
        if not self.min_bits <= p.bit_length() <= self.max_bits:
            raise KexError(
                f"DH-GEX group of {p.bit_length()} bits is outside "
                f"[{self.min_bits}, {self.max_bits}]"
            )
        if p % 2 == 0:
            raise KexError("DH-GEX modulus is even")
        if not 1 < g < p - 1:
            raise KexError("DH-GEX generator out of range (1, p-1)")
        self.p, self.g = p, g
        self._core = self._new_core(p, g)
        self.e = self._core.own_public
        return self.e

    def finish(self, f: int) -> int:
        """Client: validate f and compute K = f^x mod p.

        Returns:
            K.
        Raises:
            KexError: f is outside (1, p-1), or ``start()`` was not called.
        """
        self._require("client", "finish")
        if self._core is None:
            raise KexError(f"{self.name}: finish() called before start()")
        k = self._core.shared(f, "f")
        self.f, self._secret = f, k
        return k

    # --- server -----------------------------------------------------------------------

    def select_group(self, min_bits: int, n_bits: int, max_bits: int) -> tuple[int, int]:
        """Server: pick a group for SSH_MSG_KEX_DH_GEX_REQUEST (RFC 4419 §3).

        Like OpenSSH's kexgex_server: min and max are clamped to [2048, 8192] and n into that
        range; the request must then satisfy min <= n <= max. Falls back to the built-in
        groups when the candidates have none that fits.

        Returns:
            (p, g) for SSH_MSG_KEX_DH_GEX_GROUP.
        Raises:
            KexError: the request is inconsistent, no group fits, or the object was used.
        """
        self._claim("server")
        self.min_bits, self.max_bits = min_bits, max_bits
        self.n_bits = n_bits
        lo = max(GEX_MIN_BITS, min_bits)
        hi = min(GEX_MAX_BITS, max_bits)
        n = min(max(n_bits, GEX_MIN_BITS), GEX_MAX_BITS)
        return self._select(lo, n, hi)

    def select_group_old(self, n_bits: int) -> tuple[int, int]:
        """Server: pick a group for SSH_MSG_KEX_DH_GEX_REQUEST_OLD (RFC 4419 §5); only n is
        then hashed.

        Returns:
            (p, g) for SSH_MSG_KEX_DH_GEX_GROUP.
        Raises:
            KexError: no group fits, or the object was already used.
        """
        self._claim("server")
        self.min_bits = self.max_bits = None
        self.n_bits = n_bits
        n = min(max(n_bits, GEX_MIN_BITS), GEX_MAX_BITS)
        return self._select(GEX_MIN_BITS, n, GEX_MAX_BITS)

    def _select(self, lo: int, n: int, hi: int) -> tuple[int, int]:
        if not lo <= n <= hi:
            raise KexError(f"DH-GEX request is inconsistent: min {lo}, n {n}, max {hi}")
        groups = self._groups if self._groups is not None else system_groups()
        chosen = choose_group(groups, lo, n, hi) or choose_group(builtin_groups(), lo, n, hi)
        if chosen is None:
            raise KexError(f"no DH-GEX group between {lo} and {hi} bits")
        self.p, self.g = chosen.p, chosen.g
        return chosen.p, chosen.g

    def respond(self, e: int) -> tuple[int, int]:
        """Server: validate e (SSH_MSG_KEX_DH_GEX_INIT), generate y and compute K.

        Returns:
            (f, K): f for SSH_MSG_KEX_DH_GEX_REPLY and the shared secret.
        Raises:
            KexError: e is outside (1, p-1), or no group was selected yet.
        """
        self._require("server", "respond")
        if self.p is None or self.g is None or self._core is not None:
            raise KexError(f"{self.name}: respond() called out of order")
        check_dh_public(e, self.p, "e")
        self._core = self._new_core(self.p, self.g)
        k = self._core.shared(e, "e")
        self.e, self.f, self._secret = e, self._core.own_public, k
        return self._core.own_public, k

    def exchange_hash(self, *, v_c: bytes, v_s: bytes, i_c: bytes, i_s: bytes, k_s: bytes) -> bytes:
        """H per RFC 4419 §3 (or §5 after a REQUEST_OLD); see :func:`gex_exchange_hash`.

        Returns:
            H.
        Raises:
            KexError: the exchange has not completed.
        """
        k = self.shared_secret
        assert isinstance(k, int)
        assert self.p is not None and self.g is not None
        assert self.e is not None and self.f is not None
        return gex_exchange_hash(
            self.hash_name,
            v_c=v_c,
            v_s=v_s,
            i_c=i_c,
            i_s=i_s,
            k_s=k_s,
            min_bits=self.min_bits,
            n_bits=self.n_bits,
            max_bits=self.max_bits,
            p=self.p,
            g=self.g,
            e=self.e,
            f=self.f,
            k=k,
        )


class DhGexSha256(DhGroupExchange):
    """diffie-hellman-group-exchange-sha256 (RFC 4419 §4.2)."""

    name = "diffie-hellman-group-exchange-sha256"
    hash_name = "sha256"

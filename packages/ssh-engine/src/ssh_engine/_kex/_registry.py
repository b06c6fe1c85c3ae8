"""The kex algorithm registry, in preference order.

The order follows OpenSSH 9.9's default KexAlgorithms (myproposal.h): mlkem768x25519-sha256,
sntrup761x25519-sha512, sntrup761x25519-sha512@openssh.com, curve25519-sha256,
curve25519-sha256@libssh.org, ecdh-sha2-nistp256/384/521, diffie-hellman-group-exchange-sha256,
diffie-hellman-group16-sha512, diffie-hellman-group18-sha512, diffie-hellman-group14-sha256.
OpenSSH lacks group15/17; they follow, enabled (RFC 8268 §3 "MAY"). The SHA-1 methods close
the list, off by default. The post-quantum methods are listed only when their KEM is
available (ML-KEM in cryptography; sntrup761 from the optional pqcrypto package).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ._base import KexMethod
from ._dh import DhGroup14Sha256, DhGroup15Sha512, DhGroup16Sha512, DhGroup17Sha512, DhGroup18Sha512
from ._ecdh import (
    Curve25519Sha256,
    Curve25519Sha256LibSSH,
    EcdhSha2Nistp256,
    EcdhSha2Nistp384,
    EcdhSha2Nistp521,
)
from ._errors import KexError
from ._gex import DhGexSha256
from ._hybrid import (
    MLKEM_AVAILABLE,
    SNTRUP_AVAILABLE,
    MlKem768X25519Sha256,
    Sntrup761X25519Sha512,
    Sntrup761X25519Sha512OpenSSH,
)
from ._legacy import DhGexSha1, DhGroup1Sha1, DhGroup14Sha1

__all__ = ["KEX_ALGORITHMS", "default_kex_algorithms", "get_kex"]

_ORDER: list[type[KexMethod]] = [
    *([MlKem768X25519Sha256] if MLKEM_AVAILABLE else []),
    *([Sntrup761X25519Sha512, Sntrup761X25519Sha512OpenSSH] if SNTRUP_AVAILABLE else []),
    Curve25519Sha256,
    Curve25519Sha256LibSSH,
    EcdhSha2Nistp256,
    EcdhSha2Nistp384,
    EcdhSha2Nistp521,
    DhGexSha256,
    DhGroup16Sha512,
    DhGroup18Sha512,
    DhGroup14Sha256,
    DhGroup15Sha512,
    DhGroup17Sha512,
    DhGexSha1,
    DhGroup14Sha1,
    DhGroup1Sha1,
]

#: Every supported kex method by name, in preference order (read-only).
KEX_ALGORITHMS: Final[Mapping[str, type[KexMethod]]] = MappingProxyType(
    {cls.name: cls for cls in _ORDER}
)


def default_kex_algorithms() -> list[str]:
    """Returns the names offered by default, in preference order."""
    return [name for name, cls in KEX_ALGORITHMS.items() if cls.enabled_by_default]


def get_kex(name: str) -> type[KexMethod]:
    """Look up a kex method class by its algorithm name.

    Returns:
        The class; instantiate it once per exchange.
    Raises:
        KexError: the name is not supported.
    """
    try:
        return KEX_ALGORITHMS[name]
    except KeyError:
        raise KexError(f"unsupported kex algorithm {name!r}") from None

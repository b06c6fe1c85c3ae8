"""Key exchange mathematics, sans-IO: the DH, DH-GEX, ECDH, curve25519 and ML-KEM hybrid
methods, plus sntrup761x25519 when the optional pqcrypto package is installed (client and
server halves), the exchange hash H and the RFC 4253 §7.2 key derivation.

No state machine and no packets here: the transport feeds the values carried by the kex
messages of specs/kex.yaml into these objects.
"""

from __future__ import annotations

from ._base import KexMethod, MessageContext, Role
from ._dh import (
    DhGroup14Sha256,
    DhGroup15Sha512,
    DhGroup16Sha512,
    DhGroup17Sha512,
    DhGroup18Sha512,
    FixedGroupDh,
)
from ._ecdh import (
    Curve25519Sha256,
    Curve25519Sha256LibSSH,
    EcdhKex,
    EcdhSha2Nistp256,
    EcdhSha2Nistp384,
    EcdhSha2Nistp521,
    NistEcdh,
)
from ._errors import KexError
from ._gex import (
    DhGexSha256,
    DhGroupExchange,
    ModuliGroup,
    builtin_groups,
    choose_group,
    load_moduli,
    parse_moduli,
    system_groups,
)
from ._hash import (
    HashName,
    SessionKeys,
    derive_key,
    derive_keys,
    dh_exchange_hash,
    ecdh_exchange_hash,
    encode_shared_secret,
    gex_exchange_hash,
    hybrid_exchange_hash,
)
from ._hybrid import (
    MLKEM_AVAILABLE,
    SNTRUP_AVAILABLE,
    HybridKex,
    MlKem768X25519Sha256,
    Sntrup761X25519Sha512,
    Sntrup761X25519Sha512OpenSSH,
)
from ._legacy import DhGexSha1, DhGroup1Sha1, DhGroup14Sha1
from ._registry import KEX_ALGORITHMS, default_kex_algorithms, get_kex

__all__ = [
    "KEX_ALGORITHMS",
    "MLKEM_AVAILABLE",
    "SNTRUP_AVAILABLE",
    "Curve25519Sha256",
    "Curve25519Sha256LibSSH",
    "DhGexSha1",
    "DhGexSha256",
    "DhGroup1Sha1",
    "DhGroup14Sha1",
    "DhGroup14Sha256",
    "DhGroup15Sha512",
    "DhGroup16Sha512",
    "DhGroup17Sha512",
    "DhGroup18Sha512",
    "DhGroupExchange",
    "EcdhKex",
    "EcdhSha2Nistp256",
    "EcdhSha2Nistp384",
    "EcdhSha2Nistp521",
    "FixedGroupDh",
    "HashName",
    "HybridKex",
    "KexError",
    "KexMethod",
    "MessageContext",
    "MlKem768X25519Sha256",
    "ModuliGroup",
    "NistEcdh",
    "Role",
    "SessionKeys",
    "Sntrup761X25519Sha512",
    "Sntrup761X25519Sha512OpenSSH",
    "builtin_groups",
    "choose_group",
    "default_kex_algorithms",
    "derive_key",
    "derive_keys",
    "dh_exchange_hash",
    "ecdh_exchange_hash",
    "encode_shared_secret",
    "get_kex",
    "gex_exchange_hash",
    "hybrid_exchange_hash",
    "load_moduli",
    "parse_moduli",
    "system_groups",
]

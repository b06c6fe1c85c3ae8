# GENERATED from specs/kex.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key exchange method messages: RFC 4253 §8 (DH), RFC 4419 (DH group exchange), RFC 5656 / RFC 8731 (ECDH, curve25519), mlkem768x25519-sha256 hybrid

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    Int32ub,
    Struct,
)

from .._construct_types import (
    SSHMpint,
    SSHString,
)
from .kex import (
    DhExchangeHashInput,
    EcdhExchangeHashInput,
    GexExchangeHashInput,
    GexExchangeHashInputOld,
    HybridExchangeHashInput,
    KexDhGexGroup,
    KexDhGexInit,
    KexDhGexReply,
    KexDhGexRequest,
    KexDhGexRequestOld,
    KexdhInit,
    KexdhReply,
    KexEcdhInit,
    KexEcdhReply,
    KexHybridInit,
    KexHybridReply,
)

C_DhExchangeHashInput = Struct(
    "v_c" / SSHString,
    "v_s" / SSHString,
    "i_c" / SSHString,
    "i_s" / SSHString,
    "k_s" / SSHString,
    "e" / SSHMpint,
    "f" / SSHMpint,
    "k" / SSHMpint,
)


def to_DhExchangeHashInput(c: Any) -> DhExchangeHashInput:
    return DhExchangeHashInput(c.v_c, c.v_s, c.i_c, c.i_s, c.k_s, c.e, c.f, c.k)


def from_DhExchangeHashInput(o: DhExchangeHashInput) -> dict[str, Any]:
    return {
        'v_c': bytes(o.v_c),
        'v_s': bytes(o.v_s),
        'i_c': bytes(o.i_c),
        'i_s': bytes(o.i_s),
        'k_s': bytes(o.k_s),
        'e': o.e,
        'f': o.f,
        'k': o.k,
    }


C_GexExchangeHashInput = Struct(
    "v_c" / SSHString,
    "v_s" / SSHString,
    "i_c" / SSHString,
    "i_s" / SSHString,
    "k_s" / SSHString,
    "min" / Int32ub,
    "n" / Int32ub,
    "max" / Int32ub,
    "p" / SSHMpint,
    "g" / SSHMpint,
    "e" / SSHMpint,
    "f" / SSHMpint,
    "k" / SSHMpint,
)


def to_GexExchangeHashInput(c: Any) -> GexExchangeHashInput:
    return GexExchangeHashInput(c.v_c, c.v_s, c.i_c, c.i_s, c.k_s, c.min, c.n, c.max, c.p, c.g, c.e, c.f, c.k)


def from_GexExchangeHashInput(o: GexExchangeHashInput) -> dict[str, Any]:
    return {
        'v_c': bytes(o.v_c),
        'v_s': bytes(o.v_s),
        'i_c': bytes(o.i_c),
        'i_s': bytes(o.i_s),
        'k_s': bytes(o.k_s),
        'min': o.min,
        'n': o.n,
        'max': o.max,
        'p': o.p,
        'g': o.g,
        'e': o.e,
        'f': o.f,
        'k': o.k,
    }


C_GexExchangeHashInputOld = Struct(
    "v_c" / SSHString,
    "v_s" / SSHString,
    "i_c" / SSHString,
    "i_s" / SSHString,
    "k_s" / SSHString,
    "n" / Int32ub,
    "p" / SSHMpint,
    "g" / SSHMpint,
    "e" / SSHMpint,
    "f" / SSHMpint,
    "k" / SSHMpint,
)


def to_GexExchangeHashInputOld(c: Any) -> GexExchangeHashInputOld:
    return GexExchangeHashInputOld(c.v_c, c.v_s, c.i_c, c.i_s, c.k_s, c.n, c.p, c.g, c.e, c.f, c.k)


def from_GexExchangeHashInputOld(o: GexExchangeHashInputOld) -> dict[str, Any]:
    return {
        'v_c': bytes(o.v_c),
        'v_s': bytes(o.v_s),
        'i_c': bytes(o.i_c),
        'i_s': bytes(o.i_s),
        'k_s': bytes(o.k_s),
        'n': o.n,
        'p': o.p,
        'g': o.g,
        'e': o.e,
        'f': o.f,
        'k': o.k,
    }


C_EcdhExchangeHashInput = Struct(
    "v_c" / SSHString,
    "v_s" / SSHString,
    "i_c" / SSHString,
    "i_s" / SSHString,
    "k_s" / SSHString,
    "q_c" / SSHString,
    "q_s" / SSHString,
    "k" / SSHMpint,
)


def to_EcdhExchangeHashInput(c: Any) -> EcdhExchangeHashInput:
    return EcdhExchangeHashInput(c.v_c, c.v_s, c.i_c, c.i_s, c.k_s, c.q_c, c.q_s, c.k)


def from_EcdhExchangeHashInput(o: EcdhExchangeHashInput) -> dict[str, Any]:
    return {
        'v_c': bytes(o.v_c),
        'v_s': bytes(o.v_s),
        'i_c': bytes(o.i_c),
        'i_s': bytes(o.i_s),
        'k_s': bytes(o.k_s),
        'q_c': bytes(o.q_c),
        'q_s': bytes(o.q_s),
        'k': o.k,
    }


C_HybridExchangeHashInput = Struct(
    "v_c" / SSHString,
    "v_s" / SSHString,
    "i_c" / SSHString,
    "i_s" / SSHString,
    "k_s" / SSHString,
    "c_init" / SSHString,
    "s_reply" / SSHString,
    "k" / SSHString,
)


def to_HybridExchangeHashInput(c: Any) -> HybridExchangeHashInput:
    return HybridExchangeHashInput(c.v_c, c.v_s, c.i_c, c.i_s, c.k_s, c.c_init, c.s_reply, c.k)


def from_HybridExchangeHashInput(o: HybridExchangeHashInput) -> dict[str, Any]:
    return {
        'v_c': bytes(o.v_c),
        'v_s': bytes(o.v_s),
        'i_c': bytes(o.i_c),
        'i_s': bytes(o.i_s),
        'k_s': bytes(o.k_s),
        'c_init': bytes(o.c_init),
        's_reply': bytes(o.s_reply),
        'k': bytes(o.k),
    }


C_KexdhInit = Struct(
    "_mid" / Const(b'\x1e'),
    "e" / SSHMpint,
)


def to_KexdhInit(c: Any) -> KexdhInit:
    return KexdhInit(c.e)


def from_KexdhInit(o: KexdhInit) -> dict[str, Any]:
    return {
        'e': o.e,
    }


C_KexdhReply = Struct(
    "_mid" / Const(b'\x1f'),
    "host_key" / SSHString,
    "f" / SSHMpint,
    "signature" / SSHString,
)


def to_KexdhReply(c: Any) -> KexdhReply:
    return KexdhReply(c.host_key, c.f, c.signature)


def from_KexdhReply(o: KexdhReply) -> dict[str, Any]:
    return {
        'host_key': bytes(o.host_key),
        'f': o.f,
        'signature': bytes(o.signature),
    }


C_KexDhGexRequestOld = Struct(
    "_mid" / Const(b'\x1e'),
    "n" / Int32ub,
)


def to_KexDhGexRequestOld(c: Any) -> KexDhGexRequestOld:
    return KexDhGexRequestOld(c.n)


def from_KexDhGexRequestOld(o: KexDhGexRequestOld) -> dict[str, Any]:
    return {
        'n': o.n,
    }


C_KexDhGexGroup = Struct(
    "_mid" / Const(b'\x1f'),
    "p" / SSHMpint,
    "g" / SSHMpint,
)


def to_KexDhGexGroup(c: Any) -> KexDhGexGroup:
    return KexDhGexGroup(c.p, c.g)


def from_KexDhGexGroup(o: KexDhGexGroup) -> dict[str, Any]:
    return {
        'p': o.p,
        'g': o.g,
    }


C_KexDhGexInit = Struct(
    "_mid" / Const(b' '),
    "e" / SSHMpint,
)


def to_KexDhGexInit(c: Any) -> KexDhGexInit:
    return KexDhGexInit(c.e)


def from_KexDhGexInit(o: KexDhGexInit) -> dict[str, Any]:
    return {
        'e': o.e,
    }


C_KexDhGexReply = Struct(
    "_mid" / Const(b'!'),
    "host_key" / SSHString,
    "f" / SSHMpint,
    "signature" / SSHString,
)


def to_KexDhGexReply(c: Any) -> KexDhGexReply:
    return KexDhGexReply(c.host_key, c.f, c.signature)


def from_KexDhGexReply(o: KexDhGexReply) -> dict[str, Any]:
    return {
        'host_key': bytes(o.host_key),
        'f': o.f,
        'signature': bytes(o.signature),
    }


C_KexDhGexRequest = Struct(
    "_mid" / Const(b'"'),
    "min" / Int32ub,
    "n" / Int32ub,
    "max" / Int32ub,
)


def to_KexDhGexRequest(c: Any) -> KexDhGexRequest:
    return KexDhGexRequest(c.min, c.n, c.max)


def from_KexDhGexRequest(o: KexDhGexRequest) -> dict[str, Any]:
    return {
        'min': o.min,
        'n': o.n,
        'max': o.max,
    }


C_KexEcdhInit = Struct(
    "_mid" / Const(b'\x1e'),
    "q_c" / SSHString,
)


def to_KexEcdhInit(c: Any) -> KexEcdhInit:
    return KexEcdhInit(c.q_c)


def from_KexEcdhInit(o: KexEcdhInit) -> dict[str, Any]:
    return {
        'q_c': bytes(o.q_c),
    }


C_KexEcdhReply = Struct(
    "_mid" / Const(b'\x1f'),
    "host_key" / SSHString,
    "q_s" / SSHString,
    "signature" / SSHString,
)


def to_KexEcdhReply(c: Any) -> KexEcdhReply:
    return KexEcdhReply(c.host_key, c.q_s, c.signature)


def from_KexEcdhReply(o: KexEcdhReply) -> dict[str, Any]:
    return {
        'host_key': bytes(o.host_key),
        'q_s': bytes(o.q_s),
        'signature': bytes(o.signature),
    }


C_KexHybridInit = Struct(
    "_mid" / Const(b'\x1e'),
    "c_init" / SSHString,
)


def to_KexHybridInit(c: Any) -> KexHybridInit:
    return KexHybridInit(c.c_init)


def from_KexHybridInit(o: KexHybridInit) -> dict[str, Any]:
    return {
        'c_init': bytes(o.c_init),
    }


C_KexHybridReply = Struct(
    "_mid" / Const(b'\x1f'),
    "host_key" / SSHString,
    "s_reply" / SSHString,
    "signature" / SSHString,
)


def to_KexHybridReply(c: Any) -> KexHybridReply:
    return KexHybridReply(c.host_key, c.s_reply, c.signature)


def from_KexHybridReply(o: KexHybridReply) -> dict[str, Any]:
    return {
        'host_key': bytes(o.host_key),
        's_reply': bytes(o.s_reply),
        'signature': bytes(o.signature),
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    DhExchangeHashInput: (C_DhExchangeHashInput, to_DhExchangeHashInput, from_DhExchangeHashInput),
    GexExchangeHashInput: (C_GexExchangeHashInput, to_GexExchangeHashInput, from_GexExchangeHashInput),
    GexExchangeHashInputOld: (C_GexExchangeHashInputOld, to_GexExchangeHashInputOld, from_GexExchangeHashInputOld),
    EcdhExchangeHashInput: (C_EcdhExchangeHashInput, to_EcdhExchangeHashInput, from_EcdhExchangeHashInput),
    HybridExchangeHashInput: (C_HybridExchangeHashInput, to_HybridExchangeHashInput, from_HybridExchangeHashInput),
    KexdhInit: (C_KexdhInit, to_KexdhInit, from_KexdhInit),
    KexdhReply: (C_KexdhReply, to_KexdhReply, from_KexdhReply),
    KexDhGexRequestOld: (C_KexDhGexRequestOld, to_KexDhGexRequestOld, from_KexDhGexRequestOld),
    KexDhGexGroup: (C_KexDhGexGroup, to_KexDhGexGroup, from_KexDhGexGroup),
    KexDhGexInit: (C_KexDhGexInit, to_KexDhGexInit, from_KexDhGexInit),
    KexDhGexReply: (C_KexDhGexReply, to_KexDhGexReply, from_KexDhGexReply),
    KexDhGexRequest: (C_KexDhGexRequest, to_KexDhGexRequest, from_KexDhGexRequest),
    KexEcdhInit: (C_KexEcdhInit, to_KexEcdhInit, from_KexEcdhInit),
    KexEcdhReply: (C_KexEcdhReply, to_KexEcdhReply, from_KexEcdhReply),
    KexHybridInit: (C_KexHybridInit, to_KexHybridInit, from_KexHybridInit),
    KexHybridReply: (C_KexHybridReply, to_KexHybridReply, from_KexHybridReply),
}

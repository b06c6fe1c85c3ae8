# GENERATED from specs/kex.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key exchange method messages: RFC 4253 §8 (DH), RFC 4419 (DH group exchange), RFC 5656 / RFC 8731 (ECDH, curve25519), mlkem768x25519-sha256 hybrid

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import ClassVar

from .._errors import (
    DecodeError,
    EncodeError,
)
from .._primitives import decode_mpint as _mpint
from .._primitives import encode_mpint as _enc_mpint

__all__ = [
    "DhExchangeHashInput",
    "EcdhExchangeHashInput",
    "GexExchangeHashInput",
    "GexExchangeHashInputOld",
    "HybridExchangeHashInput",
    "KexDhGexGroup",
    "KexDhGexInit",
    "KexDhGexReply",
    "KexDhGexRequest",
    "KexDhGexRequestOld",
    "KexEcdhInit",
    "KexEcdhReply",
    "KexHybridInit",
    "KexHybridReply",
    "KexdhInit",
    "KexdhReply",
    "decode_dh_exchange_hash_input",
    "decode_dh_exchange_hash_input_from",
    "decode_ecdh_exchange_hash_input",
    "decode_ecdh_exchange_hash_input_from",
    "decode_gex_exchange_hash_input",
    "decode_gex_exchange_hash_input_from",
    "decode_gex_exchange_hash_input_old",
    "decode_gex_exchange_hash_input_old_from",
    "decode_hybrid_exchange_hash_input",
    "decode_hybrid_exchange_hash_input_from",
    "decode_kex_dh_gex_group",
    "decode_kex_dh_gex_init",
    "decode_kex_dh_gex_reply",
    "decode_kex_dh_gex_request",
    "decode_kex_dh_gex_request_old",
    "decode_kex_ecdh_init",
    "decode_kex_ecdh_reply",
    "decode_kex_hybrid_init",
    "decode_kex_hybrid_reply",
    "decode_kexdh_init",
    "decode_kexdh_reply",
    "encode_dh_exchange_hash_input",
    "encode_ecdh_exchange_hash_input",
    "encode_gex_exchange_hash_input",
    "encode_gex_exchange_hash_input_old",
    "encode_hybrid_exchange_hash_input",
    "encode_kex_dh_gex_group",
    "encode_kex_dh_gex_init",
    "encode_kex_dh_gex_reply",
    "encode_kex_dh_gex_request",
    "encode_kex_dh_gex_request_old",
    "encode_kex_ecdh_init",
    "encode_kex_ecdh_reply",
    "encode_kex_hybrid_init",
    "encode_kex_hybrid_reply",
    "encode_kexdh_init",
    "encode_kexdh_reply",
]


@dataclass(slots=True)
class DhExchangeHashInput:
    """RFC 4253 §8: the data hashed to form the exchange hash H for diffie-hellman-group* methods

    Attributes:
        v_c: client identification string, without CR LF
        v_s: server identification string, without CR LF
        i_c: payload of the client's SSH_MSG_KEXINIT
        i_s: payload of the server's SSH_MSG_KEXINIT
        k_s: server public host key blob
        e: client DH public value
        f: server DH public value
        k: shared secret
    """

    NAME: ClassVar[str] = "DhExchangeHashInput"

    v_c: bytes
    v_s: bytes
    i_c: bytes
    i_s: bytes
    k_s: bytes
    e: int
    f: int
    k: int


@dataclass(slots=True)
class GexExchangeHashInput:
    """RFC 4419 §3: the data hashed to form the exchange hash H for diffie-hellman-group-exchange-* (SSH_MSG_KEY_DH_GEX_REQUEST)

    Attributes:
        v_c: client identification string, without CR LF
        v_s: server identification string, without CR LF
        i_c: payload of the client's SSH_MSG_KEXINIT
        i_s: payload of the server's SSH_MSG_KEXINIT
        k_s: server public host key blob
        min: minimal group size in bits the client accepts
        n: preferred group size in bits
        max: maximal group size in bits the client accepts
        p: safe prime
        g: generator for the subgroup
        e: client DH public value
        f: server DH public value
        k: shared secret
    """

    NAME: ClassVar[str] = "GexExchangeHashInput"

    v_c: bytes
    v_s: bytes
    i_c: bytes
    i_s: bytes
    k_s: bytes
    min: int
    n: int
    max: int
    p: int
    g: int
    e: int
    f: int
    k: int


@dataclass(slots=True)
class GexExchangeHashInputOld:
    """RFC 4419 §5: exchange hash H when the client sent SSH_MSG_KEX_DH_GEX_REQUEST_OLD (only n is hashed)

    Attributes:
        v_c: client identification string, without CR LF
        v_s: server identification string, without CR LF
        i_c: payload of the client's SSH_MSG_KEXINIT
        i_s: payload of the server's SSH_MSG_KEXINIT
        k_s: server public host key blob
        n: preferred group size in bits
        p: safe prime
        g: generator for the subgroup
        e: client DH public value
        f: server DH public value
        k: shared secret
    """

    NAME: ClassVar[str] = "GexExchangeHashInputOld"

    v_c: bytes
    v_s: bytes
    i_c: bytes
    i_s: bytes
    k_s: bytes
    n: int
    p: int
    g: int
    e: int
    f: int
    k: int


@dataclass(slots=True)
class EcdhExchangeHashInput:
    """RFC 5656 §4 (and RFC 8731 §3.1 for curve25519): the data hashed to form the exchange hash H for ECDH methods

    Attributes:
        v_c: client identification string, without CR LF
        v_s: server identification string, without CR LF
        i_c: payload of the client's SSH_MSG_KEXINIT
        i_s: payload of the server's SSH_MSG_KEXINIT
        k_s: server public host key blob
        q_c: client ephemeral public key octet string
        q_s: server ephemeral public key octet string
        k: shared secret
    """

    NAME: ClassVar[str] = "EcdhExchangeHashInput"

    v_c: bytes
    v_s: bytes
    i_c: bytes
    i_s: bytes
    k_s: bytes
    q_c: bytes
    q_s: bytes
    k: int


@dataclass(slots=True)
class HybridExchangeHashInput:
    """draft-ietf-sshm-mlkem-hybrid-kex (mlkem768x25519-sha256), OpenSSH kexmlkem768x25519.c: exchange hash H; the shared secret K is encoded as a string, not an mpint

    Attributes:
        v_c: client identification string, without CR LF
        v_s: server identification string, without CR LF
        i_c: payload of the client's SSH_MSG_KEXINIT
        i_s: payload of the server's SSH_MSG_KEXINIT
        k_s: server public host key blob
        c_init: client ML-KEM public key || X25519 public key (C_INIT)
        s_reply: ML-KEM ciphertext || server X25519 public key (S_REPLY)
        k: hybrid shared secret, encoded as a string
    """

    NAME: ClassVar[str] = "HybridExchangeHashInput"

    v_c: bytes
    v_s: bytes
    i_c: bytes
    i_s: bytes
    k_s: bytes
    c_init: bytes
    s_reply: bytes
    k: bytes


@dataclass(slots=True)
class KexdhInit:
    """RFC 4253 §8

    Wire: SSH_MSG_KEXDH_INIT (30), context ``kex-dh``.

    Attributes:
        e: client DH public value g^x mod p
    """

    MSG_ID: ClassVar[int] = 30
    CONTEXT: ClassVar[str] = "kex-dh"
    NAME: ClassVar[str] = "KexdhInit"

    e: int


@dataclass(slots=True)
class KexdhReply:
    """RFC 4253 §8

    Wire: SSH_MSG_KEXDH_REPLY (31), context ``kex-dh``.

    Attributes:
        host_key: server public host key blob (K_S)
        f: server DH public value g^y mod p
        signature: signature of the exchange hash H
    """

    MSG_ID: ClassVar[int] = 31
    CONTEXT: ClassVar[str] = "kex-dh"
    NAME: ClassVar[str] = "KexdhReply"

    host_key: bytes
    f: int
    signature: bytes


@dataclass(slots=True)
class KexDhGexRequestOld:
    """RFC 4419 §5

    Wire: SSH_MSG_KEX_DH_GEX_REQUEST_OLD (30), context ``kex-gex``.

    Attributes:
        n: preferred group size in bits
    """

    MSG_ID: ClassVar[int] = 30
    CONTEXT: ClassVar[str] = "kex-gex"
    NAME: ClassVar[str] = "KexDhGexRequestOld"

    n: int


@dataclass(slots=True)
class KexDhGexGroup:
    """RFC 4419 §3

    Wire: SSH_MSG_KEX_DH_GEX_GROUP (31), context ``kex-gex``.

    Attributes:
        p: safe prime
        g: generator for the subgroup
    """

    MSG_ID: ClassVar[int] = 31
    CONTEXT: ClassVar[str] = "kex-gex"
    NAME: ClassVar[str] = "KexDhGexGroup"

    p: int
    g: int


@dataclass(slots=True)
class KexDhGexInit:
    """RFC 4419 §3

    Wire: SSH_MSG_KEX_DH_GEX_INIT (32), context ``kex-gex``.

    Attributes:
        e: client DH public value g^x mod p
    """

    MSG_ID: ClassVar[int] = 32
    CONTEXT: ClassVar[str] = "kex-gex"
    NAME: ClassVar[str] = "KexDhGexInit"

    e: int


@dataclass(slots=True)
class KexDhGexReply:
    """RFC 4419 §3

    Wire: SSH_MSG_KEX_DH_GEX_REPLY (33), context ``kex-gex``.

    Attributes:
        host_key: server public host key blob (K_S)
        f: server DH public value g^y mod p
        signature: signature of the exchange hash H
    """

    MSG_ID: ClassVar[int] = 33
    CONTEXT: ClassVar[str] = "kex-gex"
    NAME: ClassVar[str] = "KexDhGexReply"

    host_key: bytes
    f: int
    signature: bytes


@dataclass(slots=True)
class KexDhGexRequest:
    """RFC 4419 §3

    Wire: SSH_MSG_KEX_DH_GEX_REQUEST (34), context ``kex-gex``.

    Attributes:
        min: minimal group size in bits the client accepts
        n: preferred group size in bits
        max: maximal group size in bits the client accepts
    """

    MSG_ID: ClassVar[int] = 34
    CONTEXT: ClassVar[str] = "kex-gex"
    NAME: ClassVar[str] = "KexDhGexRequest"

    min: int
    n: int
    max: int


@dataclass(slots=True)
class KexEcdhInit:
    """RFC 5656 §4, §7.1; RFC 8731 §3

    Wire: SSH_MSG_KEX_ECDH_INIT (30), context ``kex-ecdh``.

    Attributes:
        q_c: client ephemeral public key octet string
    """

    MSG_ID: ClassVar[int] = 30
    CONTEXT: ClassVar[str] = "kex-ecdh"
    NAME: ClassVar[str] = "KexEcdhInit"

    q_c: bytes


@dataclass(slots=True)
class KexEcdhReply:
    """RFC 5656 §4, §7.1; RFC 8731 §3

    Wire: SSH_MSG_KEX_ECDH_REPLY (31), context ``kex-ecdh``.

    Attributes:
        host_key: server public host key blob (K_S)
        q_s: server ephemeral public key octet string
        signature: signature of the exchange hash H
    """

    MSG_ID: ClassVar[int] = 31
    CONTEXT: ClassVar[str] = "kex-ecdh"
    NAME: ClassVar[str] = "KexEcdhReply"

    host_key: bytes
    q_s: bytes
    signature: bytes


@dataclass(slots=True)
class KexHybridInit:
    """draft-ietf-sshm-mlkem-hybrid-kex (mlkem768x25519-sha256); OpenSSH sends it under the ECDH number 30

    Wire: SSH_MSG_KEX_HYBRID_INIT (30), context ``kex-hybrid``.

    Attributes:
        c_init: client ML-KEM-768 public key || X25519 public key
    """

    MSG_ID: ClassVar[int] = 30
    CONTEXT: ClassVar[str] = "kex-hybrid"
    NAME: ClassVar[str] = "KexHybridInit"

    c_init: bytes


@dataclass(slots=True)
class KexHybridReply:
    """draft-ietf-sshm-mlkem-hybrid-kex (mlkem768x25519-sha256); OpenSSH sends it under the ECDH number 31

    Wire: SSH_MSG_KEX_HYBRID_REPLY (31), context ``kex-hybrid``.

    Attributes:
        host_key: server public host key blob (K_S)
        s_reply: ML-KEM-768 ciphertext || server X25519 public key
        signature: signature of the exchange hash H
    """

    MSG_ID: ClassVar[int] = 31
    CONTEXT: ClassVar[str] = "kex-hybrid"
    NAME: ClassVar[str] = "KexHybridReply"

    host_key: bytes
    s_reply: bytes
    signature: bytes


_S_BI = struct.Struct(">BI")
_S_BIII = struct.Struct(">BIII")
_S_I = struct.Struct(">I")
_S_II = struct.Struct(">II")
_S_IIII = struct.Struct(">IIII")


def decode_dh_exchange_hash_input(buf: bytes | memoryview) -> DhExchangeHashInput:
    """Decode a complete DhExchangeHashInput from ``buf``.

    Returns:
        The decoded DhExchangeHashInput; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e12], 'DhExchangeHashInput', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e14], 'DhExchangeHashInput', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e16], 'DhExchangeHashInput', pos)
    pos = e16
    if pos != end:
        raise DecodeError('DhExchangeHashInput', pos, 'trailing bytes')
    return DhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_e, f_f, f_k)


def _d_DhExchangeHashInput(buf: bytes | memoryview, pos: int, end: int) -> tuple[DhExchangeHashInput, int]:
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e12], 'DhExchangeHashInput', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e14], 'DhExchangeHashInput', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('DhExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('DhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e16], 'DhExchangeHashInput', pos)
    pos = e16
    return DhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_e, f_f, f_k), pos


def decode_dh_exchange_hash_input_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DhExchangeHashInput, int]:
    """Decode one DhExchangeHashInput at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DhExchangeHashInput', pos, 'position outside the buffer')
    return _d_DhExchangeHashInput(buf, pos, end)


def encode_dh_exchange_hash_input(obj: DhExchangeHashInput) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.v_c
        v2 = obj.v_s
        v3 = obj.i_c
        v4 = obj.i_s
        v5 = obj.k_s
        v6 = _enc_mpint(obj.e)
        v7 = _enc_mpint(obj.f)
        v8 = _enc_mpint(obj.k)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DhExchangeHashInput', str(exc)) from None


def _e_DhExchangeHashInput(obj: DhExchangeHashInput, parts: list[bytes | memoryview]) -> None:
    v1 = obj.v_c
    v2 = obj.v_s
    v3 = obj.i_c
    v4 = obj.i_s
    v5 = obj.k_s
    v6 = _enc_mpint(obj.e)
    v7 = _enc_mpint(obj.f)
    v8 = _enc_mpint(obj.k)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6, _S_I.pack(len(v7)), v7, _S_I.pack(len(v8)), v8,)


def decode_gex_exchange_hash_input(buf: bytes | memoryview) -> GexExchangeHashInput:
    """Decode a complete GexExchangeHashInput from ``buf``.

    Returns:
        The decoded GexExchangeHashInput; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 16:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    f_min, f_n, f_max, n11 = _S_IIII.unpack_from(buf, pos)
    pos += 16
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e12], 'GexExchangeHashInput', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e14], 'GexExchangeHashInput', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e16], 'GexExchangeHashInput', pos)
    pos = e16
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n17,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e18 = pos + n17
    if e18 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e18], 'GexExchangeHashInput', pos)
    pos = e18
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n19,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e20 = pos + n19
    if e20 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e20], 'GexExchangeHashInput', pos)
    pos = e20
    if pos != end:
        raise DecodeError('GexExchangeHashInput', pos, 'trailing bytes')
    return GexExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_min, f_n, f_max, f_p, f_g, f_e, f_f, f_k)


def _d_GexExchangeHashInput(buf: bytes | memoryview, pos: int, end: int) -> tuple[GexExchangeHashInput, int]:
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 16:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    f_min, f_n, f_max, n11 = _S_IIII.unpack_from(buf, pos)
    pos += 16
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e12], 'GexExchangeHashInput', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e14], 'GexExchangeHashInput', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e16], 'GexExchangeHashInput', pos)
    pos = e16
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n17,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e18 = pos + n17
    if e18 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e18], 'GexExchangeHashInput', pos)
    pos = e18
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInput', pos, 'truncated')
    (n19,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e20 = pos + n19
    if e20 > end:
        raise DecodeError('GexExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e20], 'GexExchangeHashInput', pos)
    pos = e20
    return GexExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_min, f_n, f_max, f_p, f_g, f_e, f_f, f_k), pos


def decode_gex_exchange_hash_input_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[GexExchangeHashInput, int]:
    """Decode one GexExchangeHashInput at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('GexExchangeHashInput', pos, 'position outside the buffer')
    return _d_GexExchangeHashInput(buf, pos, end)


def encode_gex_exchange_hash_input(obj: GexExchangeHashInput) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.v_c
        v2 = obj.v_s
        v3 = obj.i_c
        v4 = obj.i_s
        v5 = obj.k_s
        v6 = _enc_mpint(obj.p)
        v7 = _enc_mpint(obj.g)
        v8 = _enc_mpint(obj.e)
        v9 = _enc_mpint(obj.f)
        v10 = _enc_mpint(obj.k)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_IIII.pack(obj.min, obj.n, obj.max, len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8 + _S_I.pack(len(v9)) + v9 + _S_I.pack(len(v10)) + v10
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('GexExchangeHashInput', str(exc)) from None


def _e_GexExchangeHashInput(obj: GexExchangeHashInput, parts: list[bytes | memoryview]) -> None:
    v1 = obj.v_c
    v2 = obj.v_s
    v3 = obj.i_c
    v4 = obj.i_s
    v5 = obj.k_s
    v6 = _enc_mpint(obj.p)
    v7 = _enc_mpint(obj.g)
    v8 = _enc_mpint(obj.e)
    v9 = _enc_mpint(obj.f)
    v10 = _enc_mpint(obj.k)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_IIII.pack(obj.min, obj.n, obj.max, len(v6)), v6, _S_I.pack(len(v7)), v7, _S_I.pack(len(v8)), v8, _S_I.pack(len(v9)), v9, _S_I.pack(len(v10)), v10,)


def decode_gex_exchange_hash_input_old(buf: bytes | memoryview) -> GexExchangeHashInputOld:
    """Decode a complete GexExchangeHashInputOld from ``buf``.

    Returns:
        The decoded GexExchangeHashInputOld; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 8:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    f_n, n11 = _S_II.unpack_from(buf, pos)
    pos += 8
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e12], 'GexExchangeHashInputOld', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e14], 'GexExchangeHashInputOld', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e16], 'GexExchangeHashInputOld', pos)
    pos = e16
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n17,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e18 = pos + n17
    if e18 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e18], 'GexExchangeHashInputOld', pos)
    pos = e18
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n19,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e20 = pos + n19
    if e20 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e20], 'GexExchangeHashInputOld', pos)
    pos = e20
    if pos != end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'trailing bytes')
    return GexExchangeHashInputOld(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_n, f_p, f_g, f_e, f_f, f_k)


def _d_GexExchangeHashInputOld(buf: bytes | memoryview, pos: int, end: int) -> tuple[GexExchangeHashInputOld, int]:
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 8:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    f_n, n11 = _S_II.unpack_from(buf, pos)
    pos += 8
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e12], 'GexExchangeHashInputOld', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e14], 'GexExchangeHashInputOld', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e16], 'GexExchangeHashInputOld', pos)
    pos = e16
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n17,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e18 = pos + n17
    if e18 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e18], 'GexExchangeHashInputOld', pos)
    pos = e18
    if end - pos < 4:
        raise DecodeError('GexExchangeHashInputOld', pos, 'truncated')
    (n19,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e20 = pos + n19
    if e20 > end:
        raise DecodeError('GexExchangeHashInputOld', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e20], 'GexExchangeHashInputOld', pos)
    pos = e20
    return GexExchangeHashInputOld(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_n, f_p, f_g, f_e, f_f, f_k), pos


def decode_gex_exchange_hash_input_old_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[GexExchangeHashInputOld, int]:
    """Decode one GexExchangeHashInputOld at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('GexExchangeHashInputOld', pos, 'position outside the buffer')
    return _d_GexExchangeHashInputOld(buf, pos, end)


def encode_gex_exchange_hash_input_old(obj: GexExchangeHashInputOld) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.v_c
        v2 = obj.v_s
        v3 = obj.i_c
        v4 = obj.i_s
        v5 = obj.k_s
        v6 = _enc_mpint(obj.p)
        v7 = _enc_mpint(obj.g)
        v8 = _enc_mpint(obj.e)
        v9 = _enc_mpint(obj.f)
        v10 = _enc_mpint(obj.k)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_II.pack(obj.n, len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8 + _S_I.pack(len(v9)) + v9 + _S_I.pack(len(v10)) + v10
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('GexExchangeHashInputOld', str(exc)) from None


def _e_GexExchangeHashInputOld(obj: GexExchangeHashInputOld, parts: list[bytes | memoryview]) -> None:
    v1 = obj.v_c
    v2 = obj.v_s
    v3 = obj.i_c
    v4 = obj.i_s
    v5 = obj.k_s
    v6 = _enc_mpint(obj.p)
    v7 = _enc_mpint(obj.g)
    v8 = _enc_mpint(obj.e)
    v9 = _enc_mpint(obj.f)
    v10 = _enc_mpint(obj.k)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_II.pack(obj.n, len(v6)), v6, _S_I.pack(len(v7)), v7, _S_I.pack(len(v8)), v8, _S_I.pack(len(v9)), v9, _S_I.pack(len(v10)), v10,)


def decode_ecdh_exchange_hash_input(buf: bytes | memoryview) -> EcdhExchangeHashInput:
    """Decode a complete EcdhExchangeHashInput from ``buf``.

    Returns:
        The decoded EcdhExchangeHashInput; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_q_c = bytes(buf[pos:e12])
    pos = e12
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_q_s = bytes(buf[pos:e14])
    pos = e14
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e16], 'EcdhExchangeHashInput', pos)
    pos = e16
    if pos != end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'trailing bytes')
    return EcdhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_q_c, f_q_s, f_k)


def _d_EcdhExchangeHashInput(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdhExchangeHashInput, int]:
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_q_c = bytes(buf[pos:e12])
    pos = e12
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_q_s = bytes(buf[pos:e14])
    pos = e14
    if end - pos < 4:
        raise DecodeError('EcdhExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('EcdhExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = _mpint(buf[pos:e16], 'EcdhExchangeHashInput', pos)
    pos = e16
    return EcdhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_q_c, f_q_s, f_k), pos


def decode_ecdh_exchange_hash_input_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdhExchangeHashInput, int]:
    """Decode one EcdhExchangeHashInput at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdhExchangeHashInput', pos, 'position outside the buffer')
    return _d_EcdhExchangeHashInput(buf, pos, end)


def encode_ecdh_exchange_hash_input(obj: EcdhExchangeHashInput) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.v_c
        v2 = obj.v_s
        v3 = obj.i_c
        v4 = obj.i_s
        v5 = obj.k_s
        v6 = obj.q_c
        v7 = obj.q_s
        v8 = _enc_mpint(obj.k)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdhExchangeHashInput', str(exc)) from None


def _e_EcdhExchangeHashInput(obj: EcdhExchangeHashInput, parts: list[bytes | memoryview]) -> None:
    v1 = obj.v_c
    v2 = obj.v_s
    v3 = obj.i_c
    v4 = obj.i_s
    v5 = obj.k_s
    v6 = obj.q_c
    v7 = obj.q_s
    v8 = _enc_mpint(obj.k)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6, _S_I.pack(len(v7)), v7, _S_I.pack(len(v8)), v8,)


def decode_hybrid_exchange_hash_input(buf: bytes | memoryview) -> HybridExchangeHashInput:
    """Decode a complete HybridExchangeHashInput from ``buf``.

    Returns:
        The decoded HybridExchangeHashInput; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_c_init = bytes(buf[pos:e12])
    pos = e12
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_s_reply = bytes(buf[pos:e14])
    pos = e14
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = bytes(buf[pos:e16])
    pos = e16
    if pos != end:
        raise DecodeError('HybridExchangeHashInput', pos, 'trailing bytes')
    return HybridExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_c_init, f_s_reply, f_k)


def _d_HybridExchangeHashInput(buf: bytes | memoryview, pos: int, end: int) -> tuple[HybridExchangeHashInput, int]:
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_c = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_v_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_c = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_i_s = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_k_s = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_c_init = bytes(buf[pos:e12])
    pos = e12
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_s_reply = bytes(buf[pos:e14])
    pos = e14
    if end - pos < 4:
        raise DecodeError('HybridExchangeHashInput', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('HybridExchangeHashInput', pos, 'string runs past the end of the data')
    f_k = bytes(buf[pos:e16])
    pos = e16
    return HybridExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_c_init, f_s_reply, f_k), pos


def decode_hybrid_exchange_hash_input_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HybridExchangeHashInput, int]:
    """Decode one HybridExchangeHashInput at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HybridExchangeHashInput', pos, 'position outside the buffer')
    return _d_HybridExchangeHashInput(buf, pos, end)


def encode_hybrid_exchange_hash_input(obj: HybridExchangeHashInput) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.v_c
        v2 = obj.v_s
        v3 = obj.i_c
        v4 = obj.i_s
        v5 = obj.k_s
        v6 = obj.c_init
        v7 = obj.s_reply
        v8 = obj.k
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HybridExchangeHashInput', str(exc)) from None


def _e_HybridExchangeHashInput(obj: HybridExchangeHashInput, parts: list[bytes | memoryview]) -> None:
    v1 = obj.v_c
    v2 = obj.v_s
    v3 = obj.i_c
    v4 = obj.i_s
    v5 = obj.k_s
    v6 = obj.c_init
    v7 = obj.s_reply
    v8 = obj.k
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6, _S_I.pack(len(v7)), v7, _S_I.pack(len(v8)), v8,)


def decode_kexdh_init(buf: bytes | memoryview) -> KexdhInit:
    """Decode a complete KexdhInit message from ``buf``.

    Returns:
        The decoded KexdhInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexdhInit', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 30:
        raise DecodeError('KexdhInit', 0, 'message number is not 30')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexdhInit', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e2], 'KexdhInit', pos)
    pos = e2
    if pos != end:
        raise DecodeError('KexdhInit', pos, 'trailing bytes')
    return KexdhInit(f_e)


def encode_kexdh_init(obj: KexdhInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.e)
        return _S_BI.pack(30, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexdhInit', str(exc)) from None


def decode_kexdh_reply(buf: bytes | memoryview) -> KexdhReply:
    """Decode a complete KexdhReply message from ``buf``.

    Returns:
        The decoded KexdhReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexdhReply', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 31:
        raise DecodeError('KexdhReply', 0, 'message number is not 31')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexdhReply', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexdhReply', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexdhReply', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e4], 'KexdhReply', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('KexdhReply', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('KexdhReply', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('KexdhReply', pos, 'trailing bytes')
    return KexdhReply(f_host_key, f_f, f_signature)


def encode_kexdh_reply(obj: KexdhReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_key
        v2 = _enc_mpint(obj.f)
        v3 = obj.signature
        return _S_BI.pack(31, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexdhReply', str(exc)) from None


def decode_kex_dh_gex_request_old(buf: bytes | memoryview) -> KexDhGexRequestOld:
    """Decode a complete KexDhGexRequestOld message from ``buf``.

    Returns:
        The decoded KexDhGexRequestOld; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexDhGexRequestOld', pos, 'truncated')
    mid, f_n = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 30:
        raise DecodeError('KexDhGexRequestOld', 0, 'message number is not 30')
    if pos != end:
        raise DecodeError('KexDhGexRequestOld', pos, 'trailing bytes')
    return KexDhGexRequestOld(f_n)


def encode_kex_dh_gex_request_old(obj: KexDhGexRequestOld) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(30, obj.n)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexDhGexRequestOld', str(exc)) from None


def decode_kex_dh_gex_group(buf: bytes | memoryview) -> KexDhGexGroup:
    """Decode a complete KexDhGexGroup message from ``buf``.

    Returns:
        The decoded KexDhGexGroup; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexDhGexGroup', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 31:
        raise DecodeError('KexDhGexGroup', 0, 'message number is not 31')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexDhGexGroup', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e2], 'KexDhGexGroup', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexDhGexGroup', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexDhGexGroup', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e4], 'KexDhGexGroup', pos)
    pos = e4
    if pos != end:
        raise DecodeError('KexDhGexGroup', pos, 'trailing bytes')
    return KexDhGexGroup(f_p, f_g)


def encode_kex_dh_gex_group(obj: KexDhGexGroup) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.p)
        v2 = _enc_mpint(obj.g)
        return _S_BI.pack(31, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexDhGexGroup', str(exc)) from None


def decode_kex_dh_gex_init(buf: bytes | memoryview) -> KexDhGexInit:
    """Decode a complete KexDhGexInit message from ``buf``.

    Returns:
        The decoded KexDhGexInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexDhGexInit', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 32:
        raise DecodeError('KexDhGexInit', 0, 'message number is not 32')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexDhGexInit', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e2], 'KexDhGexInit', pos)
    pos = e2
    if pos != end:
        raise DecodeError('KexDhGexInit', pos, 'trailing bytes')
    return KexDhGexInit(f_e)


def encode_kex_dh_gex_init(obj: KexDhGexInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.e)
        return _S_BI.pack(32, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexDhGexInit', str(exc)) from None


def decode_kex_dh_gex_reply(buf: bytes | memoryview) -> KexDhGexReply:
    """Decode a complete KexDhGexReply message from ``buf``.

    Returns:
        The decoded KexDhGexReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexDhGexReply', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 33:
        raise DecodeError('KexDhGexReply', 0, 'message number is not 33')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexDhGexReply', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexDhGexReply', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexDhGexReply', pos, 'string runs past the end of the data')
    f_f = _mpint(buf[pos:e4], 'KexDhGexReply', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('KexDhGexReply', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('KexDhGexReply', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('KexDhGexReply', pos, 'trailing bytes')
    return KexDhGexReply(f_host_key, f_f, f_signature)


def encode_kex_dh_gex_reply(obj: KexDhGexReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_key
        v2 = _enc_mpint(obj.f)
        v3 = obj.signature
        return _S_BI.pack(33, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexDhGexReply', str(exc)) from None


def decode_kex_dh_gex_request(buf: bytes | memoryview) -> KexDhGexRequest:
    """Decode a complete KexDhGexRequest message from ``buf``.

    Returns:
        The decoded KexDhGexRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 13:
        raise DecodeError('KexDhGexRequest', pos, 'truncated')
    mid, f_min, f_n, f_max = _S_BIII.unpack_from(buf, pos)
    pos += 13
    if mid != 34:
        raise DecodeError('KexDhGexRequest', 0, 'message number is not 34')
    if pos != end:
        raise DecodeError('KexDhGexRequest', pos, 'trailing bytes')
    return KexDhGexRequest(f_min, f_n, f_max)


def encode_kex_dh_gex_request(obj: KexDhGexRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BIII.pack(34, obj.min, obj.n, obj.max)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexDhGexRequest', str(exc)) from None


def decode_kex_ecdh_init(buf: bytes | memoryview) -> KexEcdhInit:
    """Decode a complete KexEcdhInit message from ``buf``.

    Returns:
        The decoded KexEcdhInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexEcdhInit', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 30:
        raise DecodeError('KexEcdhInit', 0, 'message number is not 30')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexEcdhInit', pos, 'string runs past the end of the data')
    f_q_c = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('KexEcdhInit', pos, 'trailing bytes')
    return KexEcdhInit(f_q_c)


def encode_kex_ecdh_init(obj: KexEcdhInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.q_c
        return _S_BI.pack(30, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexEcdhInit', str(exc)) from None


def decode_kex_ecdh_reply(buf: bytes | memoryview) -> KexEcdhReply:
    """Decode a complete KexEcdhReply message from ``buf``.

    Returns:
        The decoded KexEcdhReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexEcdhReply', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 31:
        raise DecodeError('KexEcdhReply', 0, 'message number is not 31')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexEcdhReply', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexEcdhReply', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexEcdhReply', pos, 'string runs past the end of the data')
    f_q_s = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('KexEcdhReply', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('KexEcdhReply', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('KexEcdhReply', pos, 'trailing bytes')
    return KexEcdhReply(f_host_key, f_q_s, f_signature)


def encode_kex_ecdh_reply(obj: KexEcdhReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_key
        v2 = obj.q_s
        v3 = obj.signature
        return _S_BI.pack(31, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexEcdhReply', str(exc)) from None


def decode_kex_hybrid_init(buf: bytes | memoryview) -> KexHybridInit:
    """Decode a complete KexHybridInit message from ``buf``.

    Returns:
        The decoded KexHybridInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexHybridInit', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 30:
        raise DecodeError('KexHybridInit', 0, 'message number is not 30')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexHybridInit', pos, 'string runs past the end of the data')
    f_c_init = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('KexHybridInit', pos, 'trailing bytes')
    return KexHybridInit(f_c_init)


def encode_kex_hybrid_init(obj: KexHybridInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.c_init
        return _S_BI.pack(30, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexHybridInit', str(exc)) from None


def decode_kex_hybrid_reply(buf: bytes | memoryview) -> KexHybridReply:
    """Decode a complete KexHybridReply message from ``buf``.

    Returns:
        The decoded KexHybridReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('KexHybridReply', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 31:
        raise DecodeError('KexHybridReply', 0, 'message number is not 31')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexHybridReply', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexHybridReply', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexHybridReply', pos, 'string runs past the end of the data')
    f_s_reply = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('KexHybridReply', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('KexHybridReply', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('KexHybridReply', pos, 'trailing bytes')
    return KexHybridReply(f_host_key, f_s_reply, f_signature)


def encode_kex_hybrid_reply(obj: KexHybridReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_key
        v2 = obj.s_reply
        v3 = obj.signature
        return _S_BI.pack(31, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexHybridReply', str(exc)) from None

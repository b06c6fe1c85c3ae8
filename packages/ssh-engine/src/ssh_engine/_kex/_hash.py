"""Exchange hash H and session key derivation.

The hash inputs are built with the generated codecs in :mod:`ssh_wire.messages` (specs/kex.yaml),
never packed by hand here:

- RFC 4253 §8: diffie-hellman-group* (``DhExchangeHashInput``);
- RFC 4419 §3 and §5: diffie-hellman-group-exchange-* (``GexExchangeHashInput``, and
  ``GexExchangeHashInputOld`` after SSH_MSG_KEX_DH_GEX_REQUEST_OLD);
- RFC 5656 §4 and RFC 8731 §3.1: ecdh-sha2-* and curve25519-sha256 (``EcdhExchangeHashInput``);
- draft-ietf-sshm-mlkem-hybrid-kex §2.3: mlkem768x25519-sha256 (``HybridExchangeHashInput``,
  K encoded as a string).

Key derivation is RFC 4253 §7.2.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Final, Literal

from ssh_wire import EncodeError, encode_message, encode_mpint, encode_string
from ssh_wire.messages import (
    DhExchangeHashInput,
    EcdhExchangeHashInput,
    GexExchangeHashInput,
    GexExchangeHashInputOld,
    HybridExchangeHashInput,
)

from ._errors import KexError

__all__ = [
    "HashName",
    "SessionKeys",
    "derive_key",
    "derive_keys",
    "dh_exchange_hash",
    "ecdh_exchange_hash",
    "encode_shared_secret",
    "gex_exchange_hash",
    "hybrid_exchange_hash",
    "kex_hash",
]

#: The hash functions a kex method can name (RFC 4253 §8, RFC 8268, RFC 5656 §6.2.1).
HashName = Literal["sha1", "sha256", "sha384", "sha512"]

_HASHES: Final = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}


def kex_hash(hash_name: HashName, data: bytes) -> bytes:
    """Hash ``data`` with the kex method's hash function.

    Returns:
        The digest.
    Raises:
        KexError: ``hash_name`` is not one of sha1, sha256, sha384, sha512.
    """
    try:
        factory = _HASHES[hash_name]
    except KeyError:
        raise KexError(f"unknown kex hash {hash_name!r}") from None
    return factory(data).digest()


def encode_shared_secret(k: int | bytes) -> bytes:
    """Encode the shared secret K as it enters the key derivation (RFC 4253 §7.2).

    ``int`` secrets (DH, ECDH, curve25519) are mpints; ``bytes`` secrets (the hybrid
    post-quantum methods, draft-ietf-sshm-mlkem-hybrid-kex §2.4) are strings.

    Returns:
        The wire encoding, length prefix included.
    """
    if isinstance(k, int):
        return encode_string(encode_mpint(k))
    return encode_string(k)


def _hash_input(hash_name: HashName, obj: object) -> bytes:
    """Encode an exchange-hash input struct and hash it.

    Returns:
        HASH(encoding of ``obj``).
    Raises:
        KexError: a value cannot be encoded (e.g. a negative mpint).
    """
    try:
        data = encode_message(obj)
    except EncodeError as exc:
        raise KexError(f"exchange hash input: {exc}") from exc
    return kex_hash(hash_name, data)


def dh_exchange_hash(
    hash_name: HashName,
    *,
    v_c: bytes,
    v_s: bytes,
    i_c: bytes,
    i_s: bytes,
    k_s: bytes,
    e: int,
    f: int,
    k: int,
) -> bytes:
    """Exchange hash H of a diffie-hellman-group* exchange (RFC 4253 §8).

    ``v_c``/``v_s`` are the identification strings without CR LF, ``i_c``/``i_s`` the
    KEXINIT payloads (message number included), ``k_s`` the server host key blob.

    Returns:
        H = HASH(V_C || V_S || I_C || I_S || K_S || e || f || K).
    Raises:
        KexError: a value cannot be encoded (e.g. a negative mpint).
    """
    obj = DhExchangeHashInput(v_c=v_c, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s, e=e, f=f, k=k)
    return _hash_input(hash_name, obj)


def gex_exchange_hash(
    hash_name: HashName,
    *,
    v_c: bytes,
    v_s: bytes,
    i_c: bytes,
    i_s: bytes,
    k_s: bytes,
    min_bits: int | None,
    n_bits: int,
    max_bits: int | None,
    p: int,
    g: int,
    e: int,
    f: int,
    k: int,
) -> bytes:
    """Exchange hash H of a diffie-hellman-group-exchange-* exchange.

    With ``min_bits`` and ``max_bits`` the input is RFC 4419 §3's (min || n || max); with both
    ``None`` the client sent SSH_MSG_KEX_DH_GEX_REQUEST_OLD and only n is hashed (RFC 4419 §5).

    Returns:
        H = HASH(V_C || V_S || I_C || I_S || K_S || [min ||] n || [max ||] p || g || e || f || K).
    Raises:
        KexError: only one of ``min_bits``/``max_bits`` is given, or a value cannot be encoded.
    """
    obj: GexExchangeHashInputOld | GexExchangeHashInput
    if min_bits is None and max_bits is None:
        obj = GexExchangeHashInputOld(
            v_c=v_c, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s, n=n_bits, p=p, g=g, e=e, f=f, k=k
        )
    elif min_bits is not None and max_bits is not None:
        obj = GexExchangeHashInput(
            v_c=v_c,
            v_s=v_s,
            i_c=i_c,
            i_s=i_s,
            k_s=k_s,
            min=min_bits,
            n=n_bits,
            max=max_bits,
            p=p,
            g=g,
            e=e,
            f=f,
            k=k,
        )
    else:
        raise KexError("min_bits and max_bits must both be given or both be None")
    return _hash_input(hash_name, obj)


def ecdh_exchange_hash(
    hash_name: HashName,
    *,
    v_c: bytes,
    v_s: bytes,
    i_c: bytes,
    i_s: bytes,
    k_s: bytes,
    q_c: bytes,
    q_s: bytes,
    k: int,
) -> bytes:
    """Exchange hash H of an ECDH exchange (RFC 5656 §4; RFC 8731 §3.1 for curve25519).

    Returns:
        H = HASH(V_C || V_S || I_C || I_S || K_S || Q_C || Q_S || K), K an mpint.
    Raises:
        KexError: a value cannot be encoded.
    """
    obj = EcdhExchangeHashInput(v_c=v_c, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s, q_c=q_c, q_s=q_s, k=k)
    return _hash_input(hash_name, obj)


def hybrid_exchange_hash(
    hash_name: HashName,
    *,
    v_c: bytes,
    v_s: bytes,
    i_c: bytes,
    i_s: bytes,
    k_s: bytes,
    c_init: bytes,
    s_reply: bytes,
    k: bytes,
) -> bytes:
    """Exchange hash H of a hybrid post-quantum exchange (draft-ietf-sshm-mlkem-hybrid-kex
    §2.3, OpenSSH kexmlkem768x25519.c).

    Returns:
        H = HASH(V_C || V_S || I_C || I_S || K_S || C_INIT || S_REPLY || K), K a string.
    Raises:
        KexError: a value cannot be encoded.
    """
    obj = HybridExchangeHashInput(
        v_c=v_c, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s, c_init=c_init, s_reply=s_reply, k=k
    )
    return _hash_input(hash_name, obj)


def derive_key(
    hash_name: HashName,
    k: int | bytes,
    h: bytes,
    letter: bytes,
    session_id: bytes,
    length: int,
) -> bytes:
    """Derive one key (RFC 4253 §7.2).

    K1 = HASH(K || H || letter || session_id), then K(n+1) = HASH(K || H || K1 || ... || Kn)
    until ``length`` bytes are available. K is encoded by :func:`encode_shared_secret`.

    Returns:
        The first ``length`` bytes of K1 || K2 || ...
    Raises:
        KexError: ``letter`` is not one byte, ``length`` is negative, or the hash is unknown.
    """
    if len(letter) != 1:
        raise KexError("the key letter must be one byte")
    if length < 0:
        raise KexError("a key length cannot be negative")
    if length == 0:
        return b""
    prefix = encode_shared_secret(k) + h
    key = kex_hash(hash_name, prefix + letter + session_id)
    while len(key) < length:
        key += kex_hash(hash_name, prefix + key)
    return key[:length]


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionKeys:
    """The six keys of RFC 4253 §7.2 (letters A-F), each as long as was requested.

    The values are secret and left out of ``repr``.
    """

    iv_c2s: bytes = field(repr=False)
    iv_s2c: bytes = field(repr=False)
    enc_c2s: bytes = field(repr=False)
    enc_s2c: bytes = field(repr=False)
    mac_c2s: bytes = field(repr=False)
    mac_s2c: bytes = field(repr=False)


def derive_keys(
    hash_name: HashName,
    k: int | bytes,
    h: bytes,
    session_id: bytes,
    *,
    iv_c2s: int,
    iv_s2c: int,
    enc_c2s: int,
    enc_s2c: int,
    mac_c2s: int,
    mac_s2c: int,
) -> SessionKeys:
    """Derive the six session keys of RFC 4253 §7.2 for the requested lengths in bytes.

    ``session_id`` is the H of the first key exchange of the connection (RFC 4253 §7.2); on
    the first exchange pass ``h`` itself.

    Returns:
        A :class:`SessionKeys`: IV c->s ("A"), IV s->c ("B"), encryption c->s ("C"),
        encryption s->c ("D"), integrity c->s ("E"), integrity s->c ("F").
    Raises:
        KexError: a length is negative or the hash is unknown.
    """
    return SessionKeys(
        iv_c2s=derive_key(hash_name, k, h, b"A", session_id, iv_c2s),
        iv_s2c=derive_key(hash_name, k, h, b"B", session_id, iv_s2c),
        enc_c2s=derive_key(hash_name, k, h, b"C", session_id, enc_c2s),
        enc_s2c=derive_key(hash_name, k, h, b"D", session_id, enc_s2c),
        mac_c2s=derive_key(hash_name, k, h, b"E", session_id, mac_c2s),
        mac_s2c=derive_key(hash_name, k, h, b"F", session_id, mac_s2c),
    )

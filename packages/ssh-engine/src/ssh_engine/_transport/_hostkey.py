"""Host key signing and verification for the kex (RFC 4253 §8, RFC 8332, RFC 5656 §3.1).

A thin seam over :mod:`ssh_engine._hostkey_algs` (host key sets, certificates, signature
checks), so the kex flow depends on three functions only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ssh_wire.keys import SSHCertificate, SSHKey

from .._errors import LocalProtocolError
from .._hostkey_algs import HostKeySet, verify_server_signature

__all__ = ["HostKeySet", "host_key_algorithms", "sign_exchange_hash", "verify_exchange_hash"]


def host_key_algorithms(keys: HostKeySet, preferred: Sequence[str]) -> tuple[str, ...]:
    """Returns the names of ``preferred`` that ``keys`` can serve, in ``preferred`` order.

    Raises:
        LocalProtocolError: none of the preferred algorithms can be served.
    """
    can = set(keys.algorithms())
    result = tuple(name for name in preferred if name in can)
    if not result:
        raise LocalProtocolError("no configured host key algorithm matches the server's keys")
    return result


def sign_exchange_hash(keys: HostKeySet, algorithm: str, h: bytes) -> tuple[bytes, bytes]:
    """Server: sign H for ``algorithm``.

    Returns:
        ``(K_S, signature)``: the host key (or certificate) blob and the signature blob.
    Raises:
        KexError: no key for ``algorithm`` (negotiation should have prevented this).
    """
    return keys.sign(algorithm, h)


def host_key_blob(keys: HostKeySet, algorithm: str) -> bytes:
    """Server: returns K_S for ``algorithm`` (needed in H before signing).

    Raises:
        KexError: no key for ``algorithm``.
    """
    return keys.key_for(algorithm)[1]


def verify_exchange_hash(
    algorithm: str, k_s: bytes, h: bytes, signature: bytes
) -> SSHKey | SSHCertificate:
    """Client: check the server's signature over H (RFC 4253 §8: the server proves it holds
    the private host key).

    Returns:
        The server's public host key, or its certificate (not yet checked against a CA).
    Raises:
        KexError: malformed blob or signature, wrong types, or a signature that fails.
    """
    return verify_server_signature(algorithm, k_s, h, signature)

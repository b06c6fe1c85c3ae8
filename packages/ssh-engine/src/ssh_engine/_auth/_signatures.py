"""Public key algorithms of user authentication: which names go with which keys, and the
server's signature check (RFC 4252 §7 and §9, RFC 8332 §3, PROTOCOL.certkeys).

User keys share the host key algorithm names, so both come from one registry
(``HOST_KEY_ALGORITHM_REGISTRY``).
"""

from __future__ import annotations

from typing import Final

from ssh_wire import DecodeError
from ssh_wire.keys import (
    KeyParseError,
    SSHCertificate,
    SSHKey,
    parse_certificate,
    public_key_from_blob,
)
from ssh_wire.messages import decode_public_key_blob, decode_signature

from .._hostkey_algs import CERT_SUFFIX, HOST_KEY_ALGORITHM_REGISTRY, MIN_RSA_BITS

__all__ = [
    "DEFAULT_PUBLICKEY_ALGORITHMS",
    "InvalidCredentials",
    "algorithms_for",
    "parse_offered_key",
    "verify_offered_signature",
]

#: What a server accepts by default, like OpenSSH 9's PubkeyAcceptedAlgorithms: no SHA-1
#: (``ssh-rsa``) and no DSA.
DEFAULT_PUBLICKEY_ALGORITHMS: Final = tuple(
    name for name, entry in HOST_KEY_ALGORITHM_REGISTRY.items() if entry.default
)

_RSA_ORDER: Final = ("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa")


class InvalidCredentials(Exception):
    """A request's key, algorithm or signature is unacceptable (a failed attempt, not a
    protocol error)."""


def algorithms_for(
    key: SSHKey | SSHCertificate, server_sig_algs: tuple[str, ...] | None
) -> list[str]:
    """Returns the algorithm names to offer ``key`` under, best first.

    RSA keys go as rsa-sha2-512, rsa-sha2-256, then ssh-rsa (SHA-1): when the server sent
    ``server-sig-algs`` (RFC 8308 §3.1) only those it lists, otherwise all three, each
    tried in turn (RFC 8332 §3.3). A certificate uses the matching certificate names.
    """
    plain = key.key if isinstance(key, SSHCertificate) else key
    if plain.type != "ssh-rsa":
        return [key.type]
    names = [a for a in _RSA_ORDER if server_sig_algs is None or a in server_sig_algs]
    if not isinstance(key, SSHCertificate):
        return names
    # PROTOCOL.certkeys: rsa-sha2-*-cert-v01 carry an ssh-rsa-cert-v01 blob.
    return [("ssh-rsa" if a == "ssh-rsa" else a) + CERT_SUFFIX for a in names]


def parse_offered_key(
    algorithm: str, blob: bytes, accepted: tuple[str, ...]
) -> SSHKey | SSHCertificate:
    """Parse the key of a publickey or hostbased request and check it fits ``algorithm``.

    Returns:
        The public key, or the certificate (its CA not checked here).
    Raises:
        InvalidCredentials: the algorithm is not accepted or unknown, the blob is malformed
            or of another type, or an RSA key is under 1024 bits.
    """
    entry = HOST_KEY_ALGORITHM_REGISTRY.get(algorithm)
    if entry is None or algorithm not in accepted:
        raise InvalidCredentials(f"public key algorithm {algorithm!r} not accepted")
    try:
        blob_type = decode_public_key_blob(blob).key_type
        if blob_type != entry.blob_type:
            raise InvalidCredentials(f"a {blob_type} key offered as {algorithm}")
        key: SSHKey | SSHCertificate
        if entry.is_certificate:
            key = parse_certificate(blob)
            plain = key.key
        else:
            key = plain = public_key_from_blob(blob)
    except (DecodeError, KeyParseError) as exc:
        raise InvalidCredentials(f"malformed public key: {exc}") from None
    if plain.type == "ssh-rsa" and plain.bits < MIN_RSA_BITS:
        raise InvalidCredentials(f"{plain.bits}-bit RSA key (minimum {MIN_RSA_BITS})")
    return key


def verify_offered_signature(
    key: SSHKey | SSHCertificate, algorithm: str, data: bytes, signature: bytes
) -> None:
    """Check a user (or client host) signature: made with ``algorithm``'s signature
    algorithm (RFC 8332 §3.2: an rsa-sha2-256 request needs an rsa-sha2-256 signature)
    and valid over ``data``.

    Raises:
        InvalidCredentials: a malformed, mismatched or invalid signature.
    """
    entry = HOST_KEY_ALGORITHM_REGISTRY[algorithm]
    try:
        sig_alg = decode_signature(signature).algorithm
    except DecodeError:
        raise InvalidCredentials("malformed signature") from None
    if sig_alg != entry.signature_algorithm:
        raise InvalidCredentials(f"a {sig_alg} signature for {algorithm}")
    plain = key.key if isinstance(key, SSHCertificate) else key
    if not plain.verify(data, signature):
        raise InvalidCredentials("signature does not verify")

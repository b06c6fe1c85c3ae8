"""Host key algorithms: the registry, server signing, client verification, hostkeys-00.

Theory of operation. During key exchange the server proves that it holds the private half
of the host key named by the negotiated *host key algorithm* (RFC 4253 §7.1
``server_host_key_algorithms``): it sends ``K_S`` (its public key or certificate blob) and a
signature over the exchange hash ``H`` (RFC 4253 §8, RFC 5656 §4, RFC 8731 §3). The
algorithm name fixes both the kind of blob and the signature algorithm:

* plain keys (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709): the blob type is the algorithm name;
* RSA with SHA-2 (RFC 8332 §3): ``rsa-sha2-256``/``rsa-sha2-512`` send the ``ssh-rsa`` blob
  and sign with SHA-256/SHA-512; the signature blob must carry that same name;
* certificates (OpenSSH PROTOCOL.certkeys): ``*-cert-v01@openssh.com`` send the certificate
  blob and sign with the certified key; for RSA the name picks the hash as above.

:class:`HostKeySet` is the server half (which names it can serve, and signing);
:func:`verify_server_signature` is the client half. The CA check of a host certificate
belongs to the host verifier (known_hosts ``@cert-authority``), not here.

OpenSSH PROTOCOL §2.5 (hostkeys-00 / hostkeys-prove-00): after authentication the server
announces all its host keys (:func:`hostkeys_announcement`); the client asks it to prove
the ones it does not know yet (:func:`parse_announced_keys`, :func:`prove_request`); the
server signs ``string "hostkeys-prove-00@openssh.com", string session_identifier,
string hostkey`` with each (:func:`prove`); the client checks them (:func:`check_proofs`).
"""

from __future__ import annotations

import struct
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ssh_wire import DecodeError
from ssh_wire.keys import (
    CertificateType,
    KeyParseError,
    SSHCertificate,
    SSHKey,
    parse_certificate,
    public_key_from_blob,
)
from ssh_wire.messages import (
    GlobalRequest,
    HostkeysProveRequest,
    HostkeysRequest,
    decode_public_key_blob,
    decode_signature,
)

from ._errors import KexError, LocalProtocolError

__all__ = [
    "CERT_SUFFIX",
    "HOSTKEYS_PROVE_REQUEST",
    "HOSTKEYS_REQUEST",
    "HOST_KEY_ALGORITHM_REGISTRY",
    "MIN_RSA_BITS",
    "HostKeyAlgorithm",
    "HostKeySet",
    "check_proofs",
    "host_key_algorithm",
    "hostkeys_announcement",
    "hostkeys_global_request",
    "parse_announced_keys",
    "proof_data",
    "prove",
    "prove_request",
    "verify_server_signature",
]

#: The type-name suffix of every certificate algorithm (PROTOCOL.certkeys).
CERT_SUFFIX: Final = "-cert-v01@openssh.com"
#: Global request names of OpenSSH PROTOCOL §2.5.
HOSTKEYS_REQUEST: Final = "hostkeys-00@openssh.com"
HOSTKEYS_PROVE_REQUEST: Final = "hostkeys-prove-00@openssh.com"
#: RSA host keys below this size are refused, as OpenSSH does
#: (SSH_RSA_MINIMUM_MODULUS_SIZE in sshkey.h).
MIN_RSA_BITS: Final = 1024

_RSA_SIGNATURES: Final = ("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa")


@dataclass(frozen=True, slots=True)
class HostKeyAlgorithm:
    """One host key algorithm.

    Attributes:
        name: the algorithm name negotiated in KEXINIT (RFC 4253 §7.1).
        key_type: the plain key type of the key that signs (``ssh-rsa`` for every RSA form).
        signature_algorithm: the name inside the signature blob it produces (RFC 4253 §6.6,
            RFC 8332 §3); for certificates the certified key's signature algorithm.
        is_certificate: ``K_S`` is an OpenSSH certificate (PROTOCOL.certkeys).
        default: offered by default (SHA-1 ``ssh-rsa`` and ``ssh-dss`` forms are not).
        accepted_signatures: signature algorithms a client accepts under this name; only
            ``ssh-rsa-cert-v01@openssh.com`` accepts more than ``signature_algorithm``
            (OpenSSH ssh-rsa.c: old servers sign it with any RSA hash).
    """

    name: str
    key_type: str
    signature_algorithm: str
    is_certificate: bool
    default: bool
    accepted_signatures: tuple[str, ...]

    @property
    def blob_type(self) -> str:
        """The type name at the start of ``K_S``: the key type, or its certificate form."""
        return self.key_type + CERT_SUFFIX if self.is_certificate else self.key_type


def _entry(
    name: str, key_type: str, signature: str, default: bool, accepted: tuple[str, ...] = ()
) -> HostKeyAlgorithm:
    return HostKeyAlgorithm(
        name=name,
        key_type=key_type,
        signature_algorithm=signature,
        is_certificate=name.endswith(CERT_SUFFIX),
        default=default,
        accepted_signatures=accepted or (signature,),
    )


#: Every host key algorithm, in OpenSSH 9.x preference order (certificates first), the same
#: order and defaults as ``ssh_engine._algorithms.HOST_KEY_ALGORITHMS`` (RFC 4253 §6.6,
#: RFC 5656 §6.2, RFC 8332 §3, RFC 8709 §4, PROTOCOL.certkeys).
HOST_KEY_ALGORITHM_REGISTRY: Final[Mapping[str, HostKeyAlgorithm]] = {
    e.name: e
    for e in (
        _entry("ssh-ed25519-cert-v01@openssh.com", "ssh-ed25519", "ssh-ed25519", True),
        _entry(
            "ecdsa-sha2-nistp256-cert-v01@openssh.com",
            "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp256",
            True,
        ),
        _entry(
            "ecdsa-sha2-nistp384-cert-v01@openssh.com",
            "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp384",
            True,
        ),
        _entry(
            "ecdsa-sha2-nistp521-cert-v01@openssh.com",
            "ecdsa-sha2-nistp521",
            "ecdsa-sha2-nistp521",
            True,
        ),
        _entry("rsa-sha2-512-cert-v01@openssh.com", "ssh-rsa", "rsa-sha2-512", True),
        _entry("rsa-sha2-256-cert-v01@openssh.com", "ssh-rsa", "rsa-sha2-256", True),
        _entry("ssh-ed25519", "ssh-ed25519", "ssh-ed25519", True),
        _entry("ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256", True),
        _entry("ecdsa-sha2-nistp384", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp384", True),
        _entry("ecdsa-sha2-nistp521", "ecdsa-sha2-nistp521", "ecdsa-sha2-nistp521", True),
        _entry("rsa-sha2-512", "ssh-rsa", "rsa-sha2-512", True),
        _entry("rsa-sha2-256", "ssh-rsa", "rsa-sha2-256", True),
        _entry("ssh-rsa-cert-v01@openssh.com", "ssh-rsa", "ssh-rsa", False, _RSA_SIGNATURES),
        _entry("ssh-rsa", "ssh-rsa", "ssh-rsa", False),
        _entry("ssh-dss-cert-v01@openssh.com", "ssh-dss", "ssh-dss", False),
        _entry("ssh-dss", "ssh-dss", "ssh-dss", False),
    )
}


def host_key_algorithm(name: str) -> HostKeyAlgorithm:
    """Returns the registry entry for ``name``.

    Raises:
        KexError: ``name`` is not a host key algorithm this library knows.
    """
    entry = HOST_KEY_ALGORITHM_REGISTRY.get(name)
    if entry is None:
        raise KexError(f"unsupported host key algorithm {name!r}")
    return entry


def _string(data: bytes) -> bytes:
    """RFC 4251 §5 ``string``: uint32 length, then the bytes."""
    return struct.pack(">I", len(data)) + data


# -- server side --------------------------------------------------------------------------


class HostKeySet:
    """The server's host keys and host certificates; serves the negotiated algorithm.

    One private key per key type (the algorithm name picks the key, so two keys of one type
    would be ambiguous) and at most one host certificate per key type, whose certified key
    must be one of the private keys (as sshd's ``HostCertificate``). The set is immutable.
    """

    __slots__ = ("_certs", "_keys")

    def __init__(self, keys: Iterable[SSHKey | SSHCertificate]) -> None:
        """Collect private host keys and host certificates, in any order.

        Raises:
            LocalProtocolError: a key is public only, two keys or two certificates share a
                key type, a certificate is not a host certificate, its key type has no host
                key algorithm, or it certifies no key of the set.
        """
        self._keys: dict[str, SSHKey] = {}
        self._certs: dict[str, SSHCertificate] = {}
        certs: list[SSHCertificate] = []
        for item in keys:
            if isinstance(item, SSHCertificate):
                certs.append(item)
                continue
            if not item.is_private:
                raise LocalProtocolError(f"host key {item.fingerprint()} has no private half")
            if item.type in self._keys:
                raise LocalProtocolError(f"more than one {item.type} host key")
            self._keys[item.type] = item
        for cert in certs:
            key_type = cert.key.type
            if cert.type != key_type + CERT_SUFFIX:
                raise LocalProtocolError(f"unsupported host certificate type {cert.type}")
            if cert.cert_type != CertificateType.HOST:
                raise LocalProtocolError(f"certificate {cert.key_id!r} is not a host certificate")
            key = self._keys.get(key_type)
            if key is None or not key.equals(cert.key):
                raise LocalProtocolError(
                    f"host certificate {cert.key_id!r} certifies none of the host keys"
                )
            if key_type in self._certs:
                raise LocalProtocolError(f"more than one {cert.type} host certificate")
            self._certs[key_type] = cert

    @property
    def keys(self) -> tuple[SSHKey, ...]:
        """The private host keys, in the order given."""
        return tuple(self._keys.values())

    @property
    def certificates(self) -> tuple[SSHCertificate, ...]:
        """The host certificates, in the order given."""
        return tuple(self._certs.values())

    def algorithms(self) -> tuple[str, ...]:
        """Returns every host key algorithm this set can serve, in OpenSSH order.

        Legacy names (``ssh-rsa``, ``ssh-dss`` and their certificates) are included when a
        key allows them; the caller intersects with its configured list for KEXINIT.
        """
        return tuple(
            entry.name
            for entry in HOST_KEY_ALGORITHM_REGISTRY.values()
            if entry.key_type in self._keys
            and (not entry.is_certificate or entry.key_type in self._certs)
        )

    def key_for(self, algorithm: str) -> tuple[SSHKey, bytes]:
        """Returns the private key that signs for ``algorithm`` and the ``K_S`` blob sent.

        Raises:
            KexError: ``algorithm`` is unknown or this set holds no key (or certificate) for
                it.
        """
        entry = host_key_algorithm(algorithm)
        key = self._keys.get(entry.key_type)
        if key is None:
            raise KexError(f"no {entry.key_type} host key for {algorithm}")
        if not entry.is_certificate:
            return key, key.public_blob
        cert = self._certs.get(entry.key_type)
        if cert is None:
            raise KexError(f"no {entry.blob_type} host certificate for {algorithm}")
        return key, cert.blob

    def sign(self, algorithm: str, exchange_hash: bytes) -> tuple[bytes, bytes]:
        """Sign the exchange hash for the kex reply (RFC 4253 §8, RFC 5656 §4).

        For ``rsa-sha2-*`` (and their certificates) ``K_S`` is the ``ssh-rsa`` blob (or the
        ``ssh-rsa-cert`` blob) and the signature uses SHA-256/512 (RFC 8332 §3).

        Returns:
            ``(K_S, signature blob)``.
        Raises:
            KexError: ``algorithm`` is unknown or not served by this set.
        """
        entry = host_key_algorithm(algorithm)
        key, k_s = self.key_for(algorithm)
        return k_s, key.sign(bytes(exchange_hash), entry.signature_algorithm)

    def find(self, blob: bytes) -> SSHKey | None:
        """Returns the private key whose public blob is ``blob``, or None."""
        blob = bytes(blob)
        for key in self._keys.values():
            if key.public_blob == blob:
                return key
        return None


# -- client side ---------------------------------------------------------------------------


def _parse_plain_key(blob: bytes, what: str) -> SSHKey:
    try:
        key = public_key_from_blob(blob)
    except KeyParseError as exc:
        raise KexError(f"invalid {what}: {exc}") from None
    if key.type == "ssh-rsa" and key.bits < MIN_RSA_BITS:
        raise KexError(f"{what} is a {key.bits}-bit RSA key (minimum {MIN_RSA_BITS})")
    return key


def _blob_type(blob: bytes, what: str) -> str:
    try:
        return decode_public_key_blob(blob).key_type
    except DecodeError as exc:
        raise KexError(f"malformed {what}: {exc}") from None


def _signature_algorithm(signature: bytes) -> str:
    try:
        return decode_signature(signature).algorithm
    except DecodeError as exc:
        raise KexError(f"malformed host key signature: {exc}") from None


def verify_server_signature(
    algorithm: str,
    k_s_blob: bytes | memoryview,
    exchange_hash: bytes | memoryview,
    signature_blob: bytes | memoryview,
) -> SSHKey | SSHCertificate:
    """Check the server's signature over the exchange hash (RFC 4253 §8, RFC 5656 §4).

    The blob must be of the type the negotiated ``algorithm`` names, and the signature
    must carry the algorithm's signature name: under ``rsa-sha2-256`` only an
    ``rsa-sha2-256`` signature passes (RFC 8332 §3). A certificate is parsed but not
    checked against any CA: that is the host verifier's job (known_hosts
    ``@cert-authority``, PROTOCOL.certkeys).

    Returns:
        The server's public key, or its certificate for ``*-cert-v01@openssh.com``.
    Raises:
        KexError: (reason KEY_EXCHANGE_FAILED) unknown algorithm, malformed blob or
            signature, blob type or signature algorithm not matching ``algorithm``, an RSA
            key under 1024 bits, or a signature that does not verify.
    """
    entry = host_key_algorithm(algorithm)
    blob = bytes(k_s_blob)
    signature = bytes(signature_blob)
    blob_type = _blob_type(blob, "server host key")
    if blob_type != entry.blob_type:
        raise KexError(f"server sent a {blob_type} host key for {algorithm}")
    result: SSHKey | SSHCertificate
    if entry.is_certificate:
        try:
            cert = parse_certificate(blob)
        except KeyParseError as exc:
            raise KexError(f"invalid server host certificate: {exc}") from None
        key = cert.key
        if key.type == "ssh-rsa" and key.bits < MIN_RSA_BITS:
            raise KexError(f"host certificate certifies a {key.bits}-bit RSA key")
        result = cert
    else:
        key = _parse_plain_key(blob, "server host key")
        result = key
    sig_alg = _signature_algorithm(signature)
    if sig_alg not in entry.accepted_signatures:
        raise KexError(f"server signed with {sig_alg} but {algorithm} was negotiated")
    if not key.verify(bytes(exchange_hash), signature):
        raise KexError(f"server host key signature ({algorithm}) does not verify")
    return result


# -- OpenSSH hostkeys-00 / hostkeys-prove-00 (PROTOCOL §2.5) ------------------------------


def hostkeys_announcement(key_set: HostKeySet) -> list[bytes]:
    """Server: the public blobs to announce in ``hostkeys-00@openssh.com``.

    Plain keys only, as sshd's ``notify_hostkeys`` sends (certificates are not announced).

    Returns:
        One public key blob per host key, in the set's order.
    """
    return [key.public_blob for key in key_set.keys]


def hostkeys_global_request(key_set: HostKeySet) -> GlobalRequest:
    """Server: the ``hostkeys-00@openssh.com`` global request (want_reply false).

    Returns:
        The message, ready for ``encode_global_request``.
    """
    blobs = tuple(hostkeys_announcement(key_set))
    return GlobalRequest(HOSTKEYS_REQUEST, False, HostkeysRequest(blobs))


def parse_announced_keys(
    blobs: Iterable[bytes | memoryview], allowed_key_types: Collection[str] | None = None
) -> list[SSHKey]:
    """Client: the usable keys of a ``hostkeys-00@openssh.com`` announcement.

    As OpenSSH's ``client_input_hostkeys``: certificates, unparseable or unsupported
    blobs, RSA keys under 1024 bits and key types outside ``allowed_key_types`` (plain
    key types such as ``ssh-rsa``; None allows all) are skipped, duplicates dropped.

    Returns:
        The distinct public keys, in announcement order. Never raises for bad blobs.
    """
    keys: list[SSHKey] = []
    seen: set[bytes] = set()
    for raw in blobs:
        blob = bytes(raw)
        if blob in seen:
            continue
        try:
            key = _parse_plain_key(blob, "announced host key")
        except KexError:
            continue
        if allowed_key_types is not None and key.type not in allowed_key_types:
            continue
        seen.add(blob)
        keys.append(key)
    return keys


def prove_request(blobs: Iterable[bytes | SSHKey]) -> GlobalRequest:
    """Client: the ``hostkeys-prove-00@openssh.com`` request (want_reply true) asking the
    server to prove possession of each key (typically the announced keys not yet known).

    Returns:
        The message, ready for ``encode_global_request``; the reply is a
        ``HostkeysProveReply`` carried in SSH_MSG_REQUEST_SUCCESS.
    """
    host_keys = tuple(b.public_blob if isinstance(b, SSHKey) else bytes(b) for b in blobs)
    return GlobalRequest(HOSTKEYS_PROVE_REQUEST, True, HostkeysProveRequest(host_keys))


def proof_data(session_id: bytes, host_key_blob: bytes) -> bytes:
    """Returns the bytes a hostkeys-prove signature covers (PROTOCOL §2.5): ``string
    "hostkeys-prove-00@openssh.com", string session identifier, string hostkey``."""
    return (
        _string(HOSTKEYS_PROVE_REQUEST.encode())
        + _string(bytes(session_id))
        + _string(bytes(host_key_blob))
    )


def _rsa_signature(
    negotiated_algorithm: str | None, client_algorithms: Collection[str] | None
) -> str:
    """The RSA signature algorithm for a proof, as sshd's server_input_hostkeys_prove."""
    entry = HOST_KEY_ALGORITHM_REGISTRY.get(negotiated_algorithm or "")
    if entry is not None and entry.key_type == "ssh-rsa":
        return entry.signature_algorithm
    if client_algorithms is None:
        return "rsa-sha2-512"
    for candidate in ("rsa-sha2-512", "rsa-sha2-256"):
        if candidate in client_algorithms or candidate + CERT_SUFFIX in client_algorithms:
            return candidate
    return "ssh-rsa"


def prove(
    key_set: HostKeySet,
    blobs: Iterable[bytes | memoryview],
    session_id: bytes,
    *,
    negotiated_algorithm: str | None = None,
    client_algorithms: Collection[str] | None = None,
) -> list[bytes]:
    """Server: sign a ``hostkeys-prove-00@openssh.com`` request (PROTOCOL §2.5).

    RSA keys sign as sshd does: with the negotiated host key algorithm's hash when that is
    an RSA algorithm; else ``rsa-sha2-512`` or ``rsa-sha2-256`` when the client's KEXINIT
    host key list (``client_algorithms``) offered it; else ``ssh-rsa``. Without
    ``client_algorithms`` (unknown) ``rsa-sha2-512`` is used.

    Returns:
        One signature blob per requested key, in request order (``HostkeysProveReply``).
    Raises:
        KexError: a requested blob is not one of this set's host keys; the caller answers
            SSH_MSG_REQUEST_FAILURE (sshd does) rather than disconnecting.
    """
    signatures: list[bytes] = []
    for raw in blobs:
        blob = bytes(raw)
        key = key_set.find(blob)
        if key is None:
            raise KexError("hostkeys-prove asked for a key that is not a host key")
        algorithm = None
        if key.type == "ssh-rsa":
            algorithm = _rsa_signature(negotiated_algorithm, client_algorithms)
        signatures.append(key.sign(proof_data(session_id, blob), algorithm))
    return signatures


def check_proofs(
    blobs: Sequence[bytes | SSHKey],
    signatures: Sequence[bytes | memoryview],
    session_id: bytes,
    *,
    negotiated_algorithm: str | None = None,
) -> list[SSHKey]:
    """Client: check a ``hostkeys-prove-00@openssh.com`` reply (PROTOCOL §2.5).

    As OpenSSH's ``client_global_hostkeys_prove_confirm``: when the negotiated host key
    algorithm is an RSA one, RSA proofs must use its signature algorithm; otherwise any
    RSA signature algorithm is accepted.

    Returns:
        The proven public keys, in request order.
    Raises:
        KexError: the number of signatures differs from the number of keys, a key blob is
            invalid, or a proof is malformed or does not verify.
    """
    if len(signatures) != len(blobs):
        raise KexError(f"hostkeys-prove: {len(signatures)} signatures for {len(blobs)} keys")
    rsa_required: str | None = None
    entry = HOST_KEY_ALGORITHM_REGISTRY.get(negotiated_algorithm or "")
    if entry is not None and entry.key_type == "ssh-rsa":
        rsa_required = entry.signature_algorithm
    keys: list[SSHKey] = []
    for item, raw_sig in zip(blobs, signatures, strict=True):
        key = item if isinstance(item, SSHKey) else _parse_plain_key(bytes(item), "host key")
        signature = bytes(raw_sig)
        if rsa_required is not None and key.type == "ssh-rsa":
            sig_alg = _signature_algorithm(signature)
            if sig_alg != rsa_required:
                raise KexError(f"hostkeys-prove: {sig_alg} proof, {rsa_required} required")
        if not key.verify(proof_data(session_id, key.public_blob), signature):
            raise KexError(f"hostkeys-prove: bad proof for {key.type} {key.fingerprint()}")
        keys.append(key.public_key())
    return keys

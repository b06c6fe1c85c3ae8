"""Elliptic-curve Diffie-Hellman: ecdh-sha2-nistp256/384/521 (RFC 5656 §4, §6.2, §7.1) and
curve25519-sha256 / curve25519-sha256@libssh.org (RFC 8731 §3)."""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

from cryptography.hazmat.primitives.asymmetric import ec, x25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ._base import KexMethod
from ._errors import KexError
from ._hash import ecdh_exchange_hash

__all__ = [
    "Curve25519Sha256",
    "Curve25519Sha256LibSSH",
    "EcdhKex",
    "EcdhSha2Nistp256",
    "EcdhSha2Nistp384",
    "EcdhSha2Nistp521",
    "NistEcdh",
    "x25519_shared",
]

X25519_SIZE = 32


def x25519_shared(private_key: x25519.X25519PrivateKey, peer: bytes) -> bytes:
    """Compute the raw X25519 shared secret with ``peer`` (RFC 7748 §5).

    Returns:
        The 32 secret bytes.
    Raises:
        KexError: ``peer`` is not 32 bytes, or the result is all zero (a low-order point;
            RFC 8731 §3 requires aborting).
    """
    if len(peer) != X25519_SIZE:
        raise KexError(f"X25519 public value must be {X25519_SIZE} bytes, got {len(peer)}")
    try:
        secret = private_key.exchange(x25519.X25519PublicKey.from_public_bytes(peer))
    except ValueError as exc:  # cryptography refuses an all-zero result itself
        raise KexError("X25519 shared secret is all zero") from exc
    if secret == bytes(X25519_SIZE):
        raise KexError("X25519 shared secret is all zero")
    return secret


class EcdhKex(KexMethod):
    """Common ECDH flow (RFC 5656 §4): Q_C from the client, Q_S from the server, K an mpint.

    Subclasses provide the key generation and the shared-secret computation.
    """

    message_context = "kex-ecdh"

    def __init__(self) -> None:
        super().__init__()
        self.q_c: bytes | None = None
        self.q_s: bytes | None = None

    @abstractmethod
    def _generate(self) -> bytes:
        """Create the ephemeral key pair; returns the public octet string."""

    @abstractmethod
    def _shared(self, peer: bytes) -> int:
        """Returns K from the peer's octet string; raises KexError when it is invalid."""

    def start(self) -> bytes:
        """Client: generate the ephemeral key and return Q_C (SSH_MSG_KEX_ECDH_INIT).

        Raises:
            KexError: the object was already used.
        """
        self._claim("client")
        self.q_c = self._generate()
        return self.q_c

    def respond(self, q_c: bytes) -> tuple[bytes, int]:
        """Server: validate Q_C, generate the ephemeral key and compute K.

        Returns:
            (Q_S, K): Q_S for SSH_MSG_KEX_ECDH_REPLY and the shared secret.
        Raises:
            KexError: Q_C is invalid, or the object was already used.
        """
        self._claim("server")
        q_c = bytes(q_c)
        q_s = self._generate()
        k = self._shared(q_c)
        self.q_c, self.q_s, self._secret = q_c, q_s, k
        return q_s, k

    def finish(self, q_s: bytes) -> int:
        """Client: validate Q_S and compute K.

        Returns:
            K.
        Raises:
            KexError: Q_S is invalid, or ``start()`` was not called.
        """
        self._require("client", "finish")
        q_s = bytes(q_s)
        k = self._shared(q_s)
        self.q_s, self._secret = q_s, k
        return k

    def exchange_hash(self, *, v_c: bytes, v_s: bytes, i_c: bytes, i_s: bytes, k_s: bytes) -> bytes:
        """H per RFC 5656 §4 / RFC 8731 §3.1 (see :func:`ecdh_exchange_hash`).

        Returns:
            H.
        Raises:
            KexError: the exchange has not completed.
        """
        k = self.shared_secret
        assert isinstance(k, int) and self.q_c is not None and self.q_s is not None
        return ecdh_exchange_hash(
            self.hash_name,
            v_c=v_c,
            v_s=v_s,
            i_c=i_c,
            i_s=i_s,
            k_s=k_s,
            q_c=self.q_c,
            q_s=self.q_s,
            k=k,
        )


class NistEcdh(EcdhKex):
    """ecdh-sha2-nistp* (RFC 5656 §4, §10.1): points are SEC1 uncompressed octet strings
    (RFC 5656 §3.1), checked to lie on the curve (RFC 5656 §4, SEC1 §3.2.2); K is the x
    coordinate of the shared point as an mpint.

    ``private_key`` fixes the ephemeral key for tests; by default it is random.
    """

    curve: ClassVar[ec.EllipticCurve]

    def __init__(self, *, private_key: ec.EllipticCurvePrivateKey | None = None) -> None:
        super().__init__()
        if private_key is not None and private_key.curve.name != self.curve.name:
            raise KexError(f"{self.name}: private key is on {private_key.curve.name}")
        self._fixed = private_key
        self._private: ec.EllipticCurvePrivateKey | None = None

    def _generate(self) -> bytes:
        self._private = self._fixed or ec.generate_private_key(self.curve)
        return self._private.public_key().public_bytes(
            Encoding.X962, PublicFormat.UncompressedPoint
        )

    def _shared(self, peer: bytes) -> int:
        assert self._private is not None
        size = (self.curve.key_size + 7) // 8
        if len(peer) != 1 + 2 * size or peer[0] != 0x04:
            raise KexError(f"{self.name}: public value is not an uncompressed point")
        try:
            point = ec.EllipticCurvePublicKey.from_encoded_point(self.curve, peer)
        except ValueError as exc:
            raise KexError(f"{self.name}: public value is not on the curve") from exc
        try:
            secret = self._private.exchange(ec.ECDH(), point)
        except ValueError as exc:  # pragma: no cover - cryptography refuses degenerate results
            raise KexError(f"{self.name}: invalid shared point") from exc
        return int.from_bytes(secret, "big")


class EcdhSha2Nistp256(NistEcdh):
    """ecdh-sha2-nistp256 (RFC 5656 §6.2.1: SHA-256)."""

    name = "ecdh-sha2-nistp256"
    hash_name = "sha256"
    curve = ec.SECP256R1()


class EcdhSha2Nistp384(NistEcdh):
    """ecdh-sha2-nistp384 (RFC 5656 §6.2.1: SHA-384)."""

    name = "ecdh-sha2-nistp384"
    hash_name = "sha384"
    curve = ec.SECP384R1()


class EcdhSha2Nistp521(NistEcdh):
    """ecdh-sha2-nistp521 (RFC 5656 §6.2.1: SHA-512)."""

    name = "ecdh-sha2-nistp521"
    hash_name = "sha512"
    curve = ec.SECP521R1()


class Curve25519Sha256(EcdhKex):
    """curve25519-sha256 (RFC 8731 §3): 32-byte X25519 public values; K is the 32-byte X25519
    output read as a big-endian integer and encoded as an mpint (RFC 8731 §3.1); an all-zero
    output is refused.

    ``private_key`` fixes the ephemeral key for tests; by default it is random.
    """

    name = "curve25519-sha256"
    hash_name = "sha256"

    def __init__(self, *, private_key: x25519.X25519PrivateKey | None = None) -> None:
        super().__init__()
        self._fixed = private_key
        self._private: x25519.X25519PrivateKey | None = None

    def _generate(self) -> bytes:
        self._private = self._fixed or x25519.X25519PrivateKey.generate()
        return self._private.public_key().public_bytes_raw()

    def _shared(self, peer: bytes) -> int:
        assert self._private is not None
        return int.from_bytes(x25519_shared(self._private, peer), "big")


class Curve25519Sha256LibSSH(Curve25519Sha256):
    """curve25519-sha256@libssh.org: the pre-RFC name of curve25519-sha256 (RFC 8731 §2)."""

    name = "curve25519-sha256@libssh.org"

"""Hybrid post-quantum key exchange: a KEM combined with X25519.

- mlkem768x25519-sha256: ML-KEM-768 (FIPS 203) + X25519, draft-ietf-sshm-mlkem-hybrid-kex;
  OpenSSH kexmlkem768x25519.c. ML-KEM comes from ``cryptography`` (recent releases; the
  installed 50.x has it); :data:`MLKEM_AVAILABLE` says whether this interpreter has it.
- sntrup761x25519-sha512 (and its older name ...@openssh.com): Streamlined NTRU Prime 761 +
  X25519, draft-ietf-sshm-ntruprime-ssh; OpenSSH kexsntrup761x25519.c. sntrup761 comes from
  the optional ``pqcrypto`` package (PQClean code); :data:`SNTRUP_AVAILABLE` says whether
  it is installed.

For both (draft-ietf-sshm-mlkem-hybrid-kex §2.2-§2.4):

- C_INIT = client KEM public key || client X25519 public key (32 bytes);
- S_REPLY = KEM ciphertext || server X25519 public key (32 bytes);
- K = HASH(K_PQ || K_CL), the KEM shared secret then the X25519 one, and K is encoded as a
  string, not an mpint, in the exchange hash and the key derivation.
"""

from __future__ import annotations

import importlib
from abc import abstractmethod
from collections.abc import Callable
from typing import Any, ClassVar

from cryptography.hazmat.primitives.asymmetric import x25519

from ._base import KexMethod
from ._ecdh import X25519_SIZE, x25519_shared
from ._errors import KexError
from ._hash import hybrid_exchange_hash

try:
    from cryptography.hazmat.primitives.asymmetric import mlkem

    mlkem.MLKEM768PrivateKey.generate()  # the module exists even where the backend lacks it
    MLKEM_AVAILABLE = True
except Exception:  # pragma: no cover - depends on the cryptography build
    MLKEM_AVAILABLE = False

_sntrup: Any  # pqcrypto ships no type information
try:
    _sntrup = importlib.import_module("pqcrypto.kem.sntrup_761")
    SNTRUP_AVAILABLE = True
except Exception:  # pragma: no cover - optional dependency
    _sntrup = None
    SNTRUP_AVAILABLE = False

__all__ = [
    "MLKEM_AVAILABLE",
    "SNTRUP_AVAILABLE",
    "HybridKex",
    "MlKem768X25519Sha256",
    "Sntrup761X25519Sha512",
    "Sntrup761X25519Sha512OpenSSH",
]

#: A decapsulation function: ciphertext -> KEM shared secret.
Decapsulate = Callable[[bytes], bytes]


class HybridKex(KexMethod):
    """Common hybrid flow: client ``start() -> C_INIT``, server ``respond(C_INIT) ->
    (S_REPLY, K)``, client ``finish(S_REPLY) -> K``; K is ``bytes``.

    ``x25519_private_key`` fixes the X25519 ephemeral key for tests.
    """

    message_context = "kex-hybrid"
    kem_public_size: ClassVar[int]
    kem_ciphertext_size: ClassVar[int]

    def __init__(self, *, x25519_private_key: x25519.X25519PrivateKey | None = None) -> None:
        super().__init__()
        self._x_fixed = x25519_private_key
        self._x: x25519.X25519PrivateKey | None = None
        self._decaps: Decapsulate | None = None
        self.c_init: bytes | None = None
        self.s_reply: bytes | None = None

    @abstractmethod
    def _kem_keygen(self) -> tuple[bytes, Decapsulate]:
        """Returns (KEM public key, decapsulation function); raises KexError."""

    @abstractmethod
    def _kem_encapsulate(self, public_key: bytes) -> tuple[bytes, bytes]:
        """Returns (ciphertext, shared secret); raises KexError on an invalid key."""

    def _combine(self, k_pq: bytes, k_cl: bytes) -> bytes:
        return self.hash(k_pq + k_cl)

    def _x25519(self) -> x25519.X25519PrivateKey:
        return self._x_fixed or x25519.X25519PrivateKey.generate()

    def start(self) -> bytes:
        """Client: generate the KEM and X25519 key pairs.

        Returns:
            C_INIT for SSH_MSG_KEX_HYBRID_INIT.
        Raises:
            KexError: the object was already used, or a fixed KEM seed is invalid.
        """
        self._claim("client")
        public, self._decaps = self._kem_keygen()
        self._x = self._x25519()
        self.c_init = public + self._x.public_key().public_bytes_raw()
        return self.c_init

    def respond(self, c_init: bytes) -> tuple[bytes, bytes]:
        """Server: check C_INIT, encapsulate to the client's KEM key and compute K.

        Returns:
            (S_REPLY, K) for SSH_MSG_KEX_HYBRID_REPLY.
        Raises:
            KexError: C_INIT has the wrong length, its KEM key is refused (ML-KEM: the FIPS
                203 §7.2 encapsulation key check), its X25519 share gives an all-zero
                secret, or the object was already used.
        """
        self._claim("server")
        c_init = bytes(c_init)
        want = self.kem_public_size + X25519_SIZE
        if len(c_init) != want:
            raise KexError(f"{self.name}: C_INIT must be {want} bytes, got {len(c_init)}")
        ciphertext, k_pq = self._kem_encapsulate(c_init[: self.kem_public_size])
        own_x = self._x25519()
        k_cl = x25519_shared(own_x, c_init[self.kem_public_size :])
        k = self._combine(k_pq, k_cl)
        s_reply = ciphertext + own_x.public_key().public_bytes_raw()
        self.c_init, self.s_reply, self._secret = c_init, s_reply, k
        return s_reply, k

    def finish(self, s_reply: bytes) -> bytes:
        """Client: decapsulate the KEM ciphertext and compute K.

        Both KEMs reject implicitly: a tampered ciphertext gives a different K (and the host
        key signature check fails), not an error.

        Returns:
            K.
        Raises:
            KexError: S_REPLY has the wrong length, its X25519 share gives an all-zero
                secret, or ``start()`` was not called.
        """
        self._require("client", "finish")
        assert self._decaps is not None and self._x is not None
        s_reply = bytes(s_reply)
        want = self.kem_ciphertext_size + X25519_SIZE
        if len(s_reply) != want:
            raise KexError(f"{self.name}: S_REPLY must be {want} bytes, got {len(s_reply)}")
        k_pq = self._decaps(s_reply[: self.kem_ciphertext_size])
        k_cl = x25519_shared(self._x, s_reply[self.kem_ciphertext_size :])
        k = self._combine(k_pq, k_cl)
        self.s_reply, self._secret = s_reply, k
        return k

    def exchange_hash(self, *, v_c: bytes, v_s: bytes, i_c: bytes, i_s: bytes, k_s: bytes) -> bytes:
        """H = HASH(V_C || V_S || I_C || I_S || K_S || C_INIT || S_REPLY || K), K a string
        (draft-ietf-sshm-mlkem-hybrid-kex §2.3; see :func:`hybrid_exchange_hash`).

        Returns:
            H.
        Raises:
            KexError: the exchange has not completed.
        """
        k = self.shared_secret
        assert isinstance(k, bytes) and self.c_init is not None and self.s_reply is not None
        return hybrid_exchange_hash(
            self.hash_name,
            v_c=v_c,
            v_s=v_s,
            i_c=i_c,
            i_s=i_s,
            k_s=k_s,
            c_init=self.c_init,
            s_reply=self.s_reply,
            k=k,
        )


class MlKem768X25519Sha256(HybridKex):
    """mlkem768x25519-sha256 (draft-ietf-sshm-mlkem-hybrid-kex): 1184-byte encapsulation
    key, 1088-byte ciphertext, K = SHA-256(K_PQ || K_CL).

    ``mlkem_seed`` (64 bytes, FIPS 203 (d, z)) fixes the client's ML-KEM key for tests; the
    encapsulation randomness cannot be fixed (cryptography has no deterministic encapsulate).
    """

    name = "mlkem768x25519-sha256"
    hash_name = "sha256"
    kem_public_size = 1184
    kem_ciphertext_size = 1088

    def __init__(
        self,
        *,
        mlkem_seed: bytes | None = None,
        x25519_private_key: x25519.X25519PrivateKey | None = None,
    ) -> None:
        if not MLKEM_AVAILABLE:  # pragma: no cover - depends on the cryptography build
            raise KexError("mlkem768x25519-sha256 needs ML-KEM-768 support in cryptography")
        super().__init__(x25519_private_key=x25519_private_key)
        self._seed = mlkem_seed

    def _kem_keygen(self) -> tuple[bytes, Decapsulate]:
        try:
            key = (
                mlkem.MLKEM768PrivateKey.from_seed_bytes(self._seed)
                if self._seed is not None
                else mlkem.MLKEM768PrivateKey.generate()
            )
        except ValueError as exc:
            raise KexError("ML-KEM-768 seed must be 64 bytes") from exc
        return key.public_key().public_bytes_raw(), key.decapsulate

    def _kem_encapsulate(self, public_key: bytes) -> tuple[bytes, bytes]:
        try:
            peer = mlkem.MLKEM768PublicKey.from_public_bytes(public_key)
        except ValueError as exc:
            raise KexError("invalid ML-KEM-768 encapsulation key") from exc
        k_pq, ciphertext = peer.encapsulate()
        return ciphertext, k_pq


class Sntrup761X25519Sha512(HybridKex):
    """sntrup761x25519-sha512 (draft-ietf-sshm-ntruprime-ssh §2): 1158-byte public key,
    1039-byte ciphertext, K = SHA-512(K_PQ || K_CL). Needs the optional ``pqcrypto`` package.
    """

    name = "sntrup761x25519-sha512"
    hash_name = "sha512"
    kem_public_size = 1158
    kem_ciphertext_size = 1039

    def __init__(self, *, x25519_private_key: x25519.X25519PrivateKey | None = None) -> None:
        if not SNTRUP_AVAILABLE:  # pragma: no cover - optional dependency
            raise KexError(f"{self.name} needs the optional pqcrypto package")
        super().__init__(x25519_private_key=x25519_private_key)

    def _kem_keygen(self) -> tuple[bytes, Decapsulate]:
        public, secret = _sntrup.keygen()

        def decaps(ciphertext: bytes) -> bytes:
            try:
                return bytes(_sntrup.decaps(secret, ciphertext))
            except ValueError as exc:  # pragma: no cover - length already checked
                raise KexError("invalid sntrup761 ciphertext") from exc

        return bytes(public), decaps

    def _kem_encapsulate(self, public_key: bytes) -> tuple[bytes, bytes]:
        # sntrup761 public keys have no invalid encodings beyond their length (every byte
        # string decodes to some polynomial), so only the length is checked.
        try:
            ciphertext, k_pq = _sntrup.encaps(public_key)
        except ValueError as exc:  # pragma: no cover - length already checked
            raise KexError("invalid sntrup761 public key") from exc
        return bytes(ciphertext), bytes(k_pq)


class Sntrup761X25519Sha512OpenSSH(Sntrup761X25519Sha512):
    """sntrup761x25519-sha512@openssh.com: OpenSSH's name before the IETF one (same method)."""

    name = "sntrup761x25519-sha512@openssh.com"

"""The interface every key exchange method implements.

Theory of operation: one kex object performs one exchange in one role. A client calls
``start()`` and later ``finish(server_value)``; a server calls ``respond(client_value)``.
Both then ask for :meth:`KexMethod.exchange_hash` and :meth:`KexMethod.derive_keys`. The
message carrying each value is the transport's business (the generated codecs of
specs/kex.yaml in the context named by :attr:`KexMethod.message_context`); nothing here does
I/O, except the DH-GEX server reading the system moduli file once, on demand.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Literal

from ._errors import KexError
from ._hash import HashName, SessionKeys, derive_keys, kex_hash

__all__ = ["KexMethod", "MessageContext", "Role"]

#: The specs/kex.yaml message context a method's messages are decoded in (RFC 4250 §4.1.2:
#: numbers 30-49 are method specific).
MessageContext = Literal["kex-dh", "kex-gex", "kex-ecdh", "kex-hybrid"]
Role = Literal["client", "server"]


class KexMethod(ABC):
    """One key exchange, in one role.

    Class attributes:
        name: the algorithm name negotiated in KEXINIT (RFC 4253 §7.1).
        hash_name: the method's HASH (RFC 4253 §8, RFC 5656 §6.2.1, RFC 8731 §3).
        enabled_by_default: whether the default algorithm list offers it.
        message_context: which specs/kex.yaml context its messages (30-49) use.
    """

    name: ClassVar[str]
    hash_name: ClassVar[HashName]
    enabled_by_default: ClassVar[bool] = True
    message_context: ClassVar[MessageContext]

    def __init__(self) -> None:
        self._role: Role | None = None
        self._secret: int | bytes | None = None

    @property
    def role(self) -> Role | None:
        """The role this object took (``None`` before its first step)."""
        return self._role

    def _claim(self, role: Role) -> None:
        """Take ``role`` for this exchange.

        Raises:
            KexError: the object already took a role (one object, one exchange).
        """
        if self._role is not None:
            raise KexError(f"{self.name}: this kex object is already used as the {self._role}")
        self._role = role

    def _require(self, role: Role, step: str) -> None:
        """Check that ``step`` follows the earlier steps of ``role``.

        Raises:
            KexError: the object is not in ``role`` or the exchange already completed.
        """
        if self._role != role:
            raise KexError(f"{self.name}: {step}() called out of order")
        if self._secret is not None:
            raise KexError(f"{self.name}: the exchange already completed")

    @property
    def shared_secret(self) -> int | bytes:
        """The shared secret K: an ``int`` (encoded as an mpint) for DH and ECDH methods,
        ``bytes`` (encoded as a string) for the hybrid post-quantum ones.

        Raises:
            KexError: the exchange has not completed.
        """
        if self._secret is None:
            raise KexError(f"{self.name}: the exchange has not completed")
        return self._secret

    @abstractmethod
    def exchange_hash(self, *, v_c: bytes, v_s: bytes, i_c: bytes, i_s: bytes, k_s: bytes) -> bytes:
        """Compute the exchange hash H of the completed exchange.

        ``v_c``/``v_s``: identification strings without CR LF; ``i_c``/``i_s``: the KEXINIT
        payloads; ``k_s``: the server host key blob.

        Returns:
            H.
        Raises:
            KexError: the exchange has not completed.
        """

    def hash(self, data: bytes) -> bytes:
        """Hash ``data`` with this method's HASH.

        Returns:
            The digest.
        """
        return kex_hash(self.hash_name, data)

    def derive_keys(
        self,
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
        """Derive the six session keys (RFC 4253 §7.2) from K, ``h`` and ``session_id``.

        Returns:
            The keys, with the requested lengths in bytes.
        Raises:
            KexError: the exchange has not completed or a length is negative.
        """
        return derive_keys(
            self.hash_name,
            self.shared_secret,
            h,
            session_id,
            iv_c2s=iv_c2s,
            iv_s2c=iv_s2c,
            enc_c2s=enc_c2s,
            enc_s2c=enc_s2c,
            mac_c2s=mac_c2s,
            mac_s2c=mac_s2c,
        )

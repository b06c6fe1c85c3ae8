"""One key exchange's message flow, per method family, in both roles (RFC 4253 §7-§8,
RFC 4419, RFC 5656 §4, RFC 8731, draft-ietf-sshm-mlkem-hybrid-kex).

Theory of operation: after both KEXINITs are known, :class:`KexFlow` owns the method object
from ``_kex`` and turns the method messages (30-49, decoded in the method's
``message_context``) into the next message to send. The table :data:`_EXPECT` says which
message class each (family, role, step) accepts; anything else is a protocol error. When
the exchange hash is known the flow holds the derived keys; the engine then handles host
key acceptance and NEWKEYS.

Steps: a client starts with ``start()`` (INIT, or GEX REQUEST), a server waits. The server
finishes with the REPLY (signing H); the client finishes on the REPLY (verifying H).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from ssh_wire import DecodeError, decode_message, encode_message
from ssh_wire.keys import SSHCertificate, SSHKey
from ssh_wire.messages import (
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

from .._errors import KexError, RemoteProtocolError
from .._kex import DhGroupExchange, EcdhKex, FixedGroupDh, HybridKex, KexMethod, SessionKeys
from .._kex import Role as Role
from .._negotiate import Negotiated
from .._packet import CIPHERS, MACS
from ._hostkey import HostKeySet, host_key_blob, sign_exchange_hash, verify_exchange_hash

__all__ = ["KexFlow", "KexResult"]

# (message_context, our role, step) -> the message classes accepted there.
_EXPECT: Final[dict[tuple[str, str, str], tuple[type[Any], ...]]] = {
    ("kex-dh", "client", "init_sent"): (KexdhReply,),
    ("kex-ecdh", "client", "init_sent"): (KexEcdhReply,),
    ("kex-hybrid", "client", "init_sent"): (KexHybridReply,),
    ("kex-gex", "client", "request_sent"): (KexDhGexGroup,),
    ("kex-gex", "client", "init_sent"): (KexDhGexReply,),
    ("kex-dh", "server", "waiting"): (KexdhInit,),
    ("kex-ecdh", "server", "waiting"): (KexEcdhInit,),
    ("kex-hybrid", "server", "waiting"): (KexHybridInit,),
    ("kex-gex", "server", "waiting"): (KexDhGexRequest, KexDhGexRequestOld),
    ("kex-gex", "server", "group_sent"): (KexDhGexInit,),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class KexResult:
    """The outcome of a completed exchange (before NEWKEYS).

    Attributes:
        h: the exchange hash.
        host_key_blob: K_S.
        host_key: the verified server key (client) or ``None`` (server).
        keys: the six derived keys.
    """

    h: bytes
    host_key_blob: bytes
    host_key: SSHKey | SSHCertificate | None
    keys: SessionKeys


class KexFlow:
    """The method-message half of one key exchange.

    Construct it once both KEXINITs are known; call :meth:`start` (returns the client's first
    payload, or ``None`` on a server), then :meth:`handle` for each method message.
    ``result`` becomes non-``None`` once H and the keys are known.
    """

    def __init__(
        self,
        *,
        role: Role,
        method: KexMethod,
        negotiated: Negotiated,
        v_c: bytes,
        v_s: bytes,
        i_c: bytes,
        i_s: bytes,
        session_id: bytes | None,
        host_keys: HostKeySet | None = None,
    ) -> None:
        self.role = role
        self.method = method
        self.negotiated = negotiated
        self._hash_inputs = {"v_c": v_c, "v_s": v_s, "i_c": i_c, "i_s": i_s}
        self._session_id = session_id
        self._host_keys = host_keys
        self.step = "waiting"
        self.result: KexResult | None = None

    def start(self) -> bytes | None:
        """Returns the client's first method payload (INIT or GEX REQUEST); ``None`` for a
        server. Moves the client to its first waiting step.

        Raises:
            KexError: the method refused to start.
        """
        if self.role != "client":
            return None
        m = self.method
        if isinstance(m, DhGroupExchange):
            lo, n, hi = m.request()
            self.step = "request_sent"
            return encode_message(KexDhGexRequest(min=lo, n=n, max=hi))
        self.step = "init_sent"
        if isinstance(m, FixedGroupDh):
            return encode_message(KexdhInit(e=m.start()))
        if isinstance(m, EcdhKex):
            return encode_message(KexEcdhInit(q_c=m.start()))
        if isinstance(m, HybridKex):
            return encode_message(KexHybridInit(c_init=m.start()))
        raise KexError(f"kex method {m.name} has no message flow")

    @property
    def expects_message(self) -> bool:
        """Returns whether a method message (30-49) is legal now."""
        key = (self.method.message_context, self.role, self.step)
        return self.result is None and key in _EXPECT

    def handle(self, payload: bytes | memoryview) -> bytes | None:
        """Process one method message from the peer.

        Returns:
            The payload to send in answer (GEX GROUP/INIT, or the server's REPLY), or
            ``None``. On the client's REPLY and the server's INIT, :attr:`result` is set.
        Raises:
            RemoteProtocolError: the message is not legal at this step or is malformed.
            KexError: the peer's value is invalid or the host key signature fails.
        """
        context = self.method.message_context
        accepted = _EXPECT.get((context, self.role, self.step))
        if accepted is None or self.result is not None:
            raise RemoteProtocolError(f"unexpected kex message {payload[0]} ({self.step})")
        try:
            msg = decode_message(payload, context)
        except DecodeError as exc:
            raise RemoteProtocolError(f"malformed kex message: {exc}") from None
        if not isinstance(msg, accepted):
            raise RemoteProtocolError(
                f"unexpected {type(msg).__name__} during {self.method.name} ({self.step})"
            )
        m = self.method
        if self.role == "server":
            return self._server(m, msg)
        return self._client(m, msg)

    # --- server -----------------------------------------------------------------------

    def _server(self, m: KexMethod, msg: Any) -> bytes:
        if isinstance(msg, KexDhGexRequest | KexDhGexRequestOld):
            assert isinstance(m, DhGroupExchange)
            if isinstance(msg, KexDhGexRequest):
                p, g = m.select_group(msg.min, msg.n, msg.max)
            else:
                p, g = m.select_group_old(msg.n)
            self.step = "group_sent"
            return encode_message(KexDhGexGroup(p=p, g=g))
        alg = self.negotiated.srv_host_key
        if isinstance(msg, KexdhInit | KexDhGexInit):
            assert isinstance(m, FixedGroupDh | DhGroupExchange)
            f, _ = m.respond(msg.e)
            k_s, sig = self._sign(alg)
            self.step = "reply_sent"
            if isinstance(msg, KexdhInit):
                return encode_message(KexdhReply(host_key=k_s, f=f, signature=sig))
            return encode_message(KexDhGexReply(host_key=k_s, f=f, signature=sig))
        if isinstance(msg, KexEcdhInit):
            assert isinstance(m, EcdhKex)
            q_s, _ = m.respond(bytes(msg.q_c))
            k_s, sig = self._sign(alg)
            self.step = "reply_sent"
            return encode_message(KexEcdhReply(host_key=k_s, q_s=q_s, signature=sig))
        assert isinstance(msg, KexHybridInit) and isinstance(m, HybridKex)
        s_reply, _ = m.respond(bytes(msg.c_init))
        k_s, sig = self._sign(alg)
        self.step = "reply_sent"
        return encode_message(KexHybridReply(host_key=k_s, s_reply=s_reply, signature=sig))

    def _sign(self, alg: str) -> tuple[bytes, bytes]:
        """Compute H for our host key, derive keys, sign H (RFC 4253 §8)."""
        if self._host_keys is None:
            raise KexError("a server needs host keys")
        h = self._finish_hash(host_key_blob(self._host_keys, alg), None)
        return sign_exchange_hash(self._host_keys, alg, h)

    # --- client -----------------------------------------------------------------------

    def _client(self, m: KexMethod, msg: Any) -> bytes | None:
        if isinstance(msg, KexDhGexGroup):
            assert isinstance(m, DhGroupExchange)
            e = m.start(msg.p, msg.g)
            self.step = "init_sent"
            return encode_message(KexDhGexInit(e=e))
        if isinstance(msg, KexdhReply | KexDhGexReply):
            assert isinstance(m, FixedGroupDh | DhGroupExchange)
            m.finish(msg.f)
        elif isinstance(msg, KexEcdhReply):
            assert isinstance(m, EcdhKex)
            m.finish(bytes(msg.q_s))
        else:
            assert isinstance(msg, KexHybridReply) and isinstance(m, HybridKex)
            m.finish(bytes(msg.s_reply))
        k_s = bytes(msg.host_key)
        h = self._exchange_hash(k_s)
        key = verify_exchange_hash(self.negotiated.srv_host_key, k_s, h, bytes(msg.signature))
        self._finish_hash(k_s, key, h)
        self.step = "reply_received"
        return None

    # --- both -------------------------------------------------------------------------

    def _exchange_hash(self, k_s: bytes) -> bytes:
        return self.method.exchange_hash(k_s=k_s, **self._hash_inputs)

    def _finish_hash(
        self, k_s: bytes, key: SSHKey | SSHCertificate | None, h: bytes | None = None
    ) -> bytes:
        """Compute H (unless given), derive the keys (RFC 4253 §7.2) and set ``result``."""
        if h is None:
            h = self._exchange_hash(k_s)
        session_id = self._session_id if self._session_id is not None else h
        cs, sc = self.negotiated.cs, self.negotiated.sc
        c_cs, c_sc = CIPHERS[cs.cipher], CIPHERS[sc.cipher]
        mac_cs = MACS[cs.mac].key_size if cs.mac else 0
        mac_sc = MACS[sc.mac].key_size if sc.mac else 0
        keys = self.method.derive_keys(
            h,
            session_id,
            iv_c2s=c_cs.iv_size,
            iv_s2c=c_sc.iv_size,
            enc_c2s=c_cs.key_size,
            enc_s2c=c_sc.key_size,
            mac_c2s=mac_cs,
            mac_s2c=mac_sc,
        )
        self.result = KexResult(h=h, host_key_blob=k_s, host_key=key, keys=keys)
        return h

"""The agent's side of one client connection, sans-IO: bytes in, reply bytes out.

Theory of operation. :class:`AgentServerProtocol` splits the stream into frames
(draft-miller-ssh-agent §3, at most 256 KiB each), answers each request in order from a
:class:`~ssh_agent.KeyStore`, and returns the framed replies. A request it cannot decode,
does not know, or that the store refuses is answered SSH_AGENT_FAILURE (§4.1); a framing
error (a zero or oversized length) cannot be resynchronised, so the connection is marked
closed and the caller drops it. A signature with a confirm-constrained key stops the queue:
:attr:`~AgentServerProtocol.awaiting_confirmation` holds the request until
:meth:`~AgentServerProtocol.resolve_confirmation` is called; requests that arrive
meanwhile wait, so replies stay in request order. Nothing raises out of
:meth:`~AgentServerProtocol.receive_data`.
"""

from __future__ import annotations

import logging
from collections import deque

from ssh_wire import DecodeError, decode_message, encode_message, encode_string
from ssh_wire import messages as m

from ._destinations import SessionState
from ._errors import AgentFailure, AgentProtocolError
from ._framing import FrameDecoder, frame
from ._store import KeyStore, PendingSignature

__all__ = ["MAX_BACKLOG", "SUPPORTED_EXTENSIONS", "AgentServerProtocol"]

log = logging.getLogger("ssh_agent.server")

#: Extensions answered by this agent (draft-miller-ssh-agent-14 §3.8.1 "query").
SUPPORTED_EXTENSIONS = ("query", "session-bind@openssh.com")
#: Bytes of requests held while a confirmation is pending before the client is dropped.
MAX_BACKLOG = 1024 * 1024

_FAILURE = frame(encode_message(m.AgentFailure()))
_SUCCESS = frame(encode_message(m.AgentSuccess()))
_NO_IDENTITIES = frame(encode_message(m.AgentIdentitiesAnswer(())))
_UNLOCK = m.AgentUnlock.MSG_ID
_REQUEST_IDENTITIES = m.AgentRequestIdentities.MSG_ID
_BIND_PREFIX = bytes([m.AgentExtension.MSG_ID]) + encode_string(b"session-bind@openssh.com")


class AgentServerProtocol:
    """One client of the agent: feed it what the client sends, send back what it returns.

    Attributes:
        store: the key store shared by every connection of the agent.
        session: this connection's session-bind records (PROTOCOL.agent §1).
    """

    def __init__(self, store: KeyStore) -> None:
        self.store = store
        self.session = SessionState()
        self._decoder = FrameDecoder()
        self._backlog: deque[bytes] = deque()
        self._backlog_bytes = 0
        self._pending: PendingSignature | None = None
        self._closed = False
        self.close_reason: str | None = None

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<AgentServerProtocol {state}, {len(self.session.bindings)} bindings>"

    @property
    def closed(self) -> bool:
        """True once the connection must be dropped (framing error or :meth:`close`)."""
        return self._closed

    @property
    def awaiting_confirmation(self) -> PendingSignature | None:
        """The signature waiting for the user's confirmation, or None."""
        return self._pending

    def close(self, reason: str = "closed") -> None:
        """Forget everything of this connection: queued requests, pending confirmation and
        its session bindings. Further data is ignored."""
        if not self._closed:
            self._closed = True
            self.close_reason = reason
        self._backlog.clear()
        self._backlog_bytes = 0
        self._pending = None
        self.session = SessionState()

    def receive_data(self, data: bytes, now: float | None = None) -> bytes:
        """Take bytes received from the client.

        Args:
            now: the store clock's current time (default: read the store's clock).
        Returns:
            The framed replies to every request completed by ``data`` that could be answered
            (possibly empty). Stops at a request that needs confirmation; see
            :attr:`awaiting_confirmation`. After a framing error (or too much queued behind a
            confirmation) :attr:`closed` is set and nothing more is answered, not even
            requests completed earlier in the same ``data``: drop the connection.
        """
        if self._closed:
            return b""
        try:
            payloads = self._decoder.feed(data)
        except AgentProtocolError as exc:
            self.close(str(exc))
            return b""
        for payload in payloads:
            self._backlog.append(payload)
            self._backlog_bytes += len(payload)
        if self._backlog_bytes > MAX_BACKLOG:
            self.close("too many requests queued behind a confirmation")
            return b""
        return self._run(now)

    def resolve_confirmation(self, allowed: bool, now: float | None = None) -> bytes:
        """Answer the pending confirmation, then carry on with queued requests.

        Args:
            allowed: True lets the signature be made; anything else refuses it.
        Returns:
            The signature reply (or FAILURE), followed by the replies to queued requests.
        Raises:
            RuntimeError: no confirmation is pending.
        """
        pending = self._pending
        if pending is None:
            raise RuntimeError("no confirmation is pending")
        self._pending = None
        if allowed is True:
            reply = self._complete(pending, now)
        else:
            log.info("signature with %s refused by the user", pending.key.fingerprint())
            reply = _FAILURE
        return reply + self._run(now)

    # -- dispatch --------------------------------------------------------------------------

    def _run(self, now: float | None) -> bytes:
        out: list[bytes] = []
        while self._backlog and self._pending is None and not self._closed:
            payload = self._backlog.popleft()
            self._backlog_bytes -= len(payload)
            reply = self._handle(payload, now)
            if reply is not None:
                out.append(reply)
        return b"".join(out)

    def _handle(self, payload: bytes, now: float | None) -> bytes | None:
        """Returns the framed reply, or None when the request waits for confirmation."""
        msg_id = payload[0]
        # draft-miller-ssh-agent §4.6: a locked agent lists no keys and refuses the rest.
        if self.store.locked and msg_id != _UNLOCK:
            self.store.expire(now)
            if payload.startswith(_BIND_PREFIX):
                # A bind refused because of the lock is still a failed bind: without this the
                # connection would pass for a local one once unlocked.
                self.session.bind_failed = True
            return _NO_IDENTITIES if msg_id == _REQUEST_IDENTITIES else _FAILURE
        try:
            msg = decode_message(payload, "agent")
        except DecodeError as exc:
            log.debug("undecodable agent request %d: %s", msg_id, exc.reason)
            if payload.startswith(_BIND_PREFIX):
                self.session.bind_failed = True  # a garbled bind counts as a failed one
            return _FAILURE
        try:
            return self._dispatch(msg, now)
        except AgentFailure as exc:
            log.debug("refused: %s", exc)
            return _FAILURE
        except AgentProtocolError:
            log.warning("reply to %s does not fit in an agent message", type(msg).__name__)
            return _FAILURE
        except Exception as exc:  # one bad request must never take the agent down
            log.error("internal error on %s: %s", type(msg).__name__, type(exc).__name__)
            return _FAILURE

    def _dispatch(self, msg: object, now: float | None) -> bytes | None:
        store = self.store
        if isinstance(msg, m.AgentRequestIdentities):
            ids = store.identities(session=self.session, now=now)
            answer = m.AgentIdentitiesAnswer(tuple(m.AgentIdentity(i.blob, i.comment) for i in ids))
            return frame(encode_message(answer))
        if isinstance(msg, m.AgentSignRequest):
            pending = store.prepare_signature(
                msg.key_blob, msg.data, msg.flags, session=self.session, now=now
            )
            if pending.confirm_required:
                self._pending = pending
                return None
            return self._complete(pending, now)
        if isinstance(msg, m.AgentAddIdentity | m.AgentAddIdConstrained):
            store.add_from_wire(msg, session=self.session, now=now)
        elif isinstance(msg, m.AgentRemoveIdentity):
            store.remove(msg.key_blob, session=self.session, now=now)
        elif isinstance(msg, m.AgentRemoveAllIdentities | m.AgentRemoveAllRsaIdentities):
            # ssh-add -D sends the SSH1 request (9) first; ssh-agent treats it alike.
            store.remove_all()
        elif isinstance(msg, m.AgentLock):
            store.lock(msg.passphrase)
        elif isinstance(msg, m.AgentUnlock):
            store.unlock(msg.passphrase, now)
        elif isinstance(msg, m.AgentExtension):
            return self._extension(msg)
        else:
            # Smartcard requests (§4.2.5: no PKCS#11 here), replies sent as requests, etc.
            raise AgentFailure(type(msg).__name__, "not supported")
        return _SUCCESS

    def _extension(self, msg: m.AgentExtension) -> bytes:
        """draft-miller-ssh-agent §4.7: an extension this agent does not implement is answered
        SSH_AGENT_FAILURE, so a client can tell it from a failed one."""
        if msg.extension_type == "query" and msg.contents is None:
            body = encode_message(m.AgentQueryReply(SUPPORTED_EXTENSIONS))
            reply = m.AgentExtensionResponse("query", body)
            return frame(encode_message(reply))
        if isinstance(msg.contents, m.AgentSessionBind):
            # PROTOCOL.agent §1. ssh-agent answers a refused bind with plain FAILURE, the only
            # refusal OpenSSH's ssh understands here; so do we.
            self.session.bind(msg.contents)
            return _SUCCESS
        raise AgentFailure(msg.extension_type, "unsupported extension")

    def _complete(self, pending: PendingSignature, now: float | None) -> bytes:
        try:
            signature = self.store.complete_signature(pending, now=now)
        except AgentFailure as exc:
            log.debug("refused: %s", exc)
            return _FAILURE
        return frame(encode_message(m.AgentSignResponse(signature)))

"""The client side of the agent protocol, sans-IO (draft-miller-ssh-agent §3-§4).

Theory of operation: a client sends requests and the agent answers each one, in order, on the
same stream (draft-miller-ssh-agent §3: "the agent MUST reply to requests in the order they
were received"). :class:`AgentClientProtocol` therefore keeps a FIFO of
:class:`PendingRequest` objects. A request method encodes its message, queues the framed bytes
for :meth:`~AgentClientProtocol.data_to_send` and appends its pending entry; every whole reply
that :meth:`~AgentClientProtocol.receive_data` decodes completes the oldest entry.

- ``SSH_AGENT_FAILURE`` (and ``SSH_AGENT_EXTENSION_FAILURE`` to an extension request) fails
  that request with :class:`AgentFailure`; the connection stays usable.
- Anything else the request cannot take, a message that does not decode, a frame over
  256 KiB, or a reply with no request waiting for it breaks the protocol: the request gets an
  :class:`AgentProtocolError`, every other outstanding request fails too, and the protocol is
  closed for good (the error is sticky).
- :meth:`~AgentClientProtocol.connection_lost` fails every outstanding request.

Nothing here does I/O; :mod:`._client` drives it over asyncio streams.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ssh_wire import DecodeError, EncodeError, decode_message, encode_message
from ssh_wire import messages as m

from ._errors import AgentError, AgentFailure, AgentProtocolError
from ._framing import MAX_MESSAGE, FrameDecoder, frame

__all__ = ["AgentClientProtocol", "PendingRequest"]

T = TypeVar("T")

# draft-miller-ssh-agent §4.7: the names of the extensions this module speaks.
QUERY = "query"
SESSION_BIND = "session-bind@openssh.com"


class PendingRequest(Generic[T]):
    """One request sent to the agent and waiting for (or completed by) its reply.

    Attributes:
        name: the request's message name, e.g. ``"AgentSignRequest"`` (never its contents:
            requests can carry private keys and passphrases).
        detail: what else names the request: the extension type of an extension request.
        done: True once a reply, a failure or the end of the connection completed it.
        result: the interpreted reply when it succeeded (None until then).
        error: the :class:`AgentError` it failed with, or None.
    """

    __slots__ = ("_interpret", "detail", "done", "error", "name", "result")

    def __init__(self, name: str, interpret: Callable[[Any], T], detail: str = "") -> None:
        self.name = name
        self.detail = detail
        self._interpret = interpret
        self.done = False
        self.result: T | None = None
        self.error: AgentError | None = None

    def __repr__(self) -> str:
        state = "pending" if not self.done else ("failed" if self.error else "done")
        return f"<PendingRequest {self.name} {state}>"

    def _succeed(self, result: T) -> None:
        self.done = True
        self.result = result

    def _fail(self, error: AgentError) -> None:
        self.done = True
        self.error = error


# -- reply interpreters: each returns the request's result or raises AgentProtocolError ------


def _unexpected(request: str, reply: object) -> AgentProtocolError:
    return AgentProtocolError(f"agent answered {request} with {type(reply).__name__}")


def _expect_success(request: str) -> Callable[[Any], None]:
    def interpret(reply: Any) -> None:
        if not isinstance(reply, m.AgentSuccess):
            raise _unexpected(request, reply)

    return interpret


def _identities(reply: Any) -> tuple[m.AgentIdentity, ...]:
    # draft-miller-ssh-agent §4.4: SSH_AGENT_IDENTITIES_ANSWER.
    if not isinstance(reply, m.AgentIdentitiesAnswer):
        raise _unexpected("AgentRequestIdentities", reply)
    return reply.identities


def _signature(reply: Any) -> bytes:
    # draft-miller-ssh-agent §4.5: SSH_AGENT_SIGN_RESPONSE holds one signature blob.
    if not isinstance(reply, m.AgentSignResponse):
        raise _unexpected("AgentSignRequest", reply)
    signature = bytes(reply.signature)
    try:
        m.decode_signature(signature)
    except DecodeError as exc:
        raise AgentProtocolError(f"agent returned a malformed signature: {exc.reason}") from None
    return signature


def _extension_reply(reply: Any) -> m.AgentExtensionResponse | None:
    # draft-miller-ssh-agent §4.7: SUCCESS, or an extension-specific EXTENSION_RESPONSE.
    if isinstance(reply, m.AgentSuccess):
        return None
    if isinstance(reply, m.AgentExtensionResponse):
        return reply
    raise _unexpected("AgentExtension", reply)


def _query_reply(reply: Any) -> tuple[str, ...]:
    # draft-miller-ssh-agent-14 §3.8.1: EXTENSION_RESPONSE echoing "query", then the names.
    if not isinstance(reply, m.AgentExtensionResponse) or reply.extension_type != QUERY:
        raise _unexpected("AgentExtension query", reply)
    try:
        return m.decode_agent_query_reply(reply.contents).extension_names
    except DecodeError as exc:
        raise AgentProtocolError(f"malformed reply to query: {exc.reason}") from None


class AgentClientProtocol:
    """The client role of the agent protocol: requests out, replies matched in order.

    Every request method returns the :class:`PendingRequest` that the reply will complete and
    queues the framed request for :meth:`data_to_send`. Request methods raise the sticky error
    once the protocol is closed.
    """

    __slots__ = ("_closed", "_decoder", "_outgoing", "_pending")

    def __init__(self, max_message: int = MAX_MESSAGE) -> None:
        self._decoder = FrameDecoder(max_message)
        self._pending: deque[PendingRequest[Any]] = deque()
        self._outgoing = bytearray()
        self._closed: AgentError | None = None

    # -- state ---------------------------------------------------------------------------

    @property
    def closed(self) -> AgentError | None:
        """The error that closed the protocol (protocol error or end of stream), or None."""
        return self._closed

    @property
    def outstanding(self) -> int:
        """How many requests are waiting for a reply."""
        return len(self._pending)

    def data_to_send(self) -> bytes:
        """Returns the bytes queued by request methods since the last call, and forgets them."""
        data = bytes(self._outgoing)
        self._outgoing.clear()
        return data

    # -- requests ------------------------------------------------------------------------

    def send(self, message: Any, interpret: Callable[[Any], T]) -> PendingRequest[T]:
        """Queue any agent request message; ``interpret`` turns its reply into the result.

        ``interpret`` receives the decoded reply (never FAILURE, which fails the request
        first) and raises :class:`AgentProtocolError` for a reply the request cannot take.

        Returns:
            The pending request.
        Raises:
            AgentError: the protocol is closed (the sticky error), or the message cannot be
                encoded (its detail withheld: requests may carry private keys).
            AgentProtocolError: the encoded message is larger than the agent accepts.
        """
        if self._closed is not None:
            raise AgentError(f"agent connection is closed ({self._closed})") from self._closed
        name = type(message).__name__
        try:
            payload = encode_message(message)
        except EncodeError:
            raise AgentError(f"cannot encode {name}") from None
        data = frame(payload)
        detail = message.extension_type if isinstance(message, m.AgentExtension) else ""
        request: PendingRequest[T] = PendingRequest(name, interpret, detail)
        self._outgoing += data
        self._pending.append(request)
        return request

    def request_identities(self) -> PendingRequest[tuple[m.AgentIdentity, ...]]:
        """SSH_AGENTC_REQUEST_IDENTITIES (draft-miller-ssh-agent §4.4).

        Returns:
            A request whose result is the raw identities (key blob and comment).
        """
        return self.send(m.AgentRequestIdentities(), _identities)

    def sign(self, key_blob: bytes, data: bytes, flags: int = 0) -> PendingRequest[bytes]:
        """SSH_AGENTC_SIGN_REQUEST (draft-miller-ssh-agent §4.5) with the §4.5.1 flags.

        Returns:
            A request whose result is the signature blob, checked to decode as one.
        """
        return self.send(m.AgentSignRequest(bytes(key_blob), bytes(data), flags), _signature)

    def add_identity(
        self,
        key_type: str,
        key_fields: Any,
        comment: str,
        constraints: tuple[m.AgentConstraint, ...] = (),
    ) -> PendingRequest[None]:
        """SSH_AGENTC_ADD_IDENTITY, or ADD_ID_CONSTRAINED when there are constraints
        (draft-miller-ssh-agent §4.2, §4.2.6).

        Returns:
            A request completed by SSH_AGENT_SUCCESS.
        """
        message: m.AgentAddIdentity | m.AgentAddIdConstrained
        if constraints:
            message = m.AgentAddIdConstrained(key_type, key_fields, comment, constraints)
        else:
            message = m.AgentAddIdentity(key_type, key_fields, comment)
        return self.send(message, _expect_success(type(message).__name__))

    def remove_identity(self, key_blob: bytes) -> PendingRequest[None]:
        """SSH_AGENTC_REMOVE_IDENTITY (draft-miller-ssh-agent §4.3)."""
        return self.send(
            m.AgentRemoveIdentity(bytes(key_blob)), _expect_success("AgentRemoveIdentity")
        )

    def remove_all_identities(self) -> PendingRequest[None]:
        """SSH_AGENTC_REMOVE_ALL_IDENTITIES (draft-miller-ssh-agent §4.3)."""
        return self.send(m.AgentRemoveAllIdentities(), _expect_success("AgentRemoveAllIdentities"))

    def lock(self, passphrase: str) -> PendingRequest[None]:
        """SSH_AGENTC_LOCK (draft-miller-ssh-agent §4.6)."""
        return self.send(m.AgentLock(passphrase), _expect_success("AgentLock"))

    def unlock(self, passphrase: str) -> PendingRequest[None]:
        """SSH_AGENTC_UNLOCK (draft-miller-ssh-agent §4.6)."""
        return self.send(m.AgentUnlock(passphrase), _expect_success("AgentUnlock"))

    def extension(
        self, extension_type: str, contents: bytes = b""
    ) -> PendingRequest[m.AgentExtensionResponse | None]:
        """SSH_AGENTC_EXTENSION with raw contents (draft-miller-ssh-agent §4.7).

        Returns:
            A request whose result is None for SSH_AGENT_SUCCESS, else the
            SSH_AGENT_EXTENSION_RESPONSE message.
        """
        body: Any = bytes(contents)
        if extension_type == QUERY:
            if contents:
                raise ValueError("the query extension has no contents")
            body = None
        elif extension_type == SESSION_BIND:
            try:
                body = m.decode_agent_session_bind(body)
            except DecodeError as exc:
                raise ValueError(f"malformed session-bind contents: {exc.reason}") from None
        return self.send(m.AgentExtension(extension_type, body), _extension_reply)

    def query(self) -> PendingRequest[tuple[str, ...]]:
        """The ``query`` extension (draft-miller-ssh-agent-14 §3.8.1).

        Returns:
            A request whose result is the names of the extensions the agent supports.
        """
        return self.send(m.AgentExtension(QUERY, None), _query_reply)

    def session_bind(
        self, host_key: bytes, session_id: bytes, signature: bytes, is_forwarding: bool
    ) -> PendingRequest[None]:
        """The ``session-bind@openssh.com`` extension (OpenSSH PROTOCOL.agent §1)."""
        bind = m.AgentSessionBind(
            bytes(host_key), bytes(session_id), bytes(signature), is_forwarding
        )
        return self.send(m.AgentExtension(SESSION_BIND, bind), _expect_success(SESSION_BIND))

    # -- input ---------------------------------------------------------------------------

    def receive_data(self, data: bytes) -> list[PendingRequest[Any]]:
        """Feed bytes received from the agent.

        Never raises for bad input: a protocol violation closes the protocol and fails every
        outstanding request with :class:`AgentProtocolError` (see the module docstring).
        Bytes received after the protocol closed are ignored.

        Returns:
            The requests completed by ``data``, in the order they were sent.
        """
        if self._closed is not None:
            return []
        completed: list[PendingRequest[Any]] = []
        try:
            payloads = self._decoder.feed(data)
        except AgentProtocolError as exc:
            # The frames before the bad one are not returned by feed(): the stream is
            # untrustworthy from here on anyway.
            return self._break(exc, completed)
        for payload in payloads:
            try:
                self._complete(payload, completed)
            except AgentProtocolError as exc:
                return self._break(exc, completed)
        return completed

    def connection_lost(self, exc: BaseException | None = None) -> list[PendingRequest[Any]]:
        """The stream ended (EOF, error, or closed by us).

        Returns:
            Every request that was still outstanding, now failed with :class:`AgentError`
            (:class:`AgentProtocolError` when the stream ended inside a message).
        """
        if self._closed is not None:
            return []
        error: AgentError
        if self._decoder.pending:
            error = AgentProtocolError("agent connection closed in the middle of a message")
        else:
            detail = f": {exc}" if exc is not None and str(exc) else ""
            error = AgentError(f"agent connection closed{detail}")
        if exc is not None:
            error.__cause__ = exc
        return self._break(error, [])

    def _complete(self, payload: bytes, completed: list[PendingRequest[Any]]) -> None:
        try:
            reply = decode_message(payload, "agent")
        except DecodeError as exc:
            raise AgentProtocolError(f"malformed agent reply: {exc}") from None
        if not self._pending:
            raise AgentProtocolError(f"agent sent {type(reply).__name__} with no request waiting")
        request = self._pending.popleft()
        completed.append(request)
        # draft-miller-ssh-agent §4.1: SSH_AGENT_FAILURE is a legal answer to any request;
        # §4.7: EXTENSION_FAILURE only to an extension request.
        if isinstance(reply, m.AgentFailure):
            request._fail(AgentFailure(request.name, request.detail))
            return
        if isinstance(reply, m.AgentExtensionFailure) and request.name == "AgentExtension":
            request._fail(AgentFailure(request.name, f"{request.detail} (extension failure)"))
            return
        try:
            result = request._interpret(reply)
        except AgentProtocolError as exc:
            request._fail(exc)
            raise
        request._succeed(result)

    def _break(
        self, error: AgentError, completed: list[PendingRequest[Any]]
    ) -> list[PendingRequest[Any]]:
        """Close for good with ``error``: fail everything still pending."""
        self._closed = error
        while self._pending:
            request = self._pending.popleft()
            request._fail(error)
            completed.append(request)
        self._outgoing.clear()
        return completed

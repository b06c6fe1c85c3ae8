"""Server side of user authentication (RFC 4252, RFC 4256) as a sans-IO state machine.

Theory of operation: each SSH_MSG_USERAUTH_REQUEST becomes one ``AuthRequested`` event,
decided by the application with :meth:`ServerAuthEngine.accept` or
:meth:`ServerAuthEngine.reject` (or, for keyboard-interactive, a round of
:meth:`ServerAuthEngine.send_info_request` first). The library does everything that is not a
policy decision: signatures (publickey, hostbound, hostbased) are verified here before the
application sees the request, requests with unknown or disabled methods, unacceptable
algorithms or bad signatures are refused here, attempts are counted and the banner is sent.

==================  ===================================================================
state               legal inbound messages
==================  ===================================================================
IDLE                USERAUTH_REQUEST
DECIDING            USERAUTH_REQUEST (queued, at most ``max_queued``: RFC 4252 §5 lets a
                    client send several requests without waiting)
PROMPTING           USERAUTH_REQUEST (ends the exchange: ``AuthAborted``), INFO_RESPONSE
CHANGING            USERAUTH_REQUEST (a password change answers; anything else aborts)
DONE                USERAUTH_REQUEST after success is ignored (RFC 4252 §5.1)
==================  ===================================================================

Attempts are counted like OpenSSH's MaxAuthTries (auth2.c): every refusal counts except a
partial success and the first ``none``; when the count reaches ``max_attempts`` the engine
disconnects (NO_MORE_AUTH_METHODS_AVAILABLE) instead of sending FAILURE. A change of user
name or service between requests is a protocol error, as in OpenSSH.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from ssh_wire import DecodeError, UnknownMessageError, decode_message, encode_message
from ssh_wire.messages import (
    DisconnectReason,
    HostbasedSignedData,
    HostboundSignedData,
    PublickeySignedData,
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPrompt,
    UserauthPublickeyRequest,
    UserauthRequest,
    UserauthSuccess,
)

from .._errors import LocalProtocolError, RemoteProtocolError
from ._client import HOSTBOUND_METHOD
from ._events import (
    AuthAborted,
    AuthEvent,
    AuthRequest,
    AuthRequested,
    HostbasedRequest,
    KeyboardInteractiveAnswered,
    KeyboardInteractiveRequest,
    NoneRequest,
    PasswordRequest,
    PublicKeyRequest,
)
from ._signatures import (
    DEFAULT_PUBLICKEY_ALGORITHMS,
    InvalidCredentials,
    parse_offered_key,
    verify_offered_signature,
)

__all__ = ["DEFAULT_AUTH_METHODS", "ServerAuthEngine", "ServerAuthState"]

#: The methods a server offers unless told otherwise (``none`` is always answered).
DEFAULT_AUTH_METHODS: Final = ("publickey", "password", "keyboard-interactive")
_REQUEST, _INFO_RESPONSE = 50, 61


class ServerAuthState(enum.Enum):
    """Where the server's userauth protocol stands (see the module docstring)."""

    IDLE = "idle"
    DECIDING = "deciding"
    PROMPTING = "prompting"
    CHANGING = "changing"
    DONE = "done"


class ServerAuthEngine:
    """The server end of ``ssh-userauth``, fed the payloads of messages 50-79.

    Args:
        send: queues one message payload for the client (the transport's
            ``send_message``).
        disconnect: ends the connection with a reason and description (the transport's
            ``disconnect``); called when the attempts run out.
        session_id: the exchange hash of the first kex.
        methods: the methods offered and listed in FAILURE (``publickey`` also enables
            ``publickey-hostbound-v00@openssh.com``).
        services: the services a successful login may start.
        max_attempts: failed attempts before disconnecting (OpenSSH MaxAuthTries, 6).
        banner: text sent in USERAUTH_BANNER before the first answer (RFC 4252 §5.4).
        host_key_blobs: our host keys' public blobs, which a hostbound request must name.
        publickey_algorithms: the algorithms accepted for user and client host keys.
        max_queued: requests a client may pipeline before it is a protocol error.
    """

    def __init__(
        self,
        send: Callable[[bytes], None],
        disconnect: Callable[[int, str], None],
        session_id: bytes,
        *,
        methods: Sequence[str] = DEFAULT_AUTH_METHODS,
        services: Sequence[str] = ("ssh-connection",),
        max_attempts: int = 6,
        banner: str | None = None,
        host_key_blobs: Iterable[bytes] = (),
        publickey_algorithms: Sequence[str] = DEFAULT_PUBLICKEY_ALGORITHMS,
        max_queued: int = 10,
    ) -> None:
        self._send = send
        self._disconnect = disconnect
        self.session_id = session_id
        self.methods = tuple(m for m in methods if m != "none")
        self.services = tuple(services)
        self.max_attempts = max_attempts
        self._banner = banner
        self._host_key_blobs = frozenset(bytes(b) for b in host_key_blobs)
        self._algorithms = tuple(publickey_algorithms)
        self._max_queued = max_queued
        self.state = ServerAuthState.IDLE
        #: Failed attempts so far (OpenSSH's ``authctxt->failures``).
        self.failures = 0
        #: True once the attempts ran out and the connection was ended.
        self.exhausted = False
        #: The request being decided (or prompted for), None when idle.
        self.current: AuthRequest | None = None
        #: The request that succeeded, once one did.
        self.authenticated: AuthRequest | None = None
        self._queue: deque[UserauthRequest] = deque()
        self._identity: tuple[str, str] | None = None
        self._processed = 0  # requests taken up so far
        self._current_is_first = False
        self._pk_ok: tuple[str, bytes] | None = None
        self._prompt_count = 0

    # ------------------------------------------------------------------ inbound

    def receive_message(self, payload: bytes | memoryview) -> list[AuthEvent]:
        """Handle one message from the client (numbers 50-79).

        Returns:
            The events it caused: ``AuthRequested`` for a request to decide,
            ``KeyboardInteractiveAnswered``, ``AuthAborted``.
        Raises:
            RemoteProtocolError: a malformed or illegal message, a change of user or service,
                an unavailable service, or too many pipelined requests.
        """
        if not payload:
            raise RemoteProtocolError("empty userauth message")
        number = payload[0]
        if number == _INFO_RESPONSE:
            if self.state is not ServerAuthState.PROMPTING:
                raise RemoteProtocolError("USERAUTH_INFO_RESPONSE without an INFO_REQUEST")
            msg = _decode(payload, "userauth-kbdint")
            assert isinstance(msg, UserauthInfoResponse)
            if len(msg.responses) != self._prompt_count:
                # RFC 4256 §3.4; OpenSSH (auth2-chall.c) ends the connection here too.
                raise RemoteProtocolError("USERAUTH_INFO_RESPONSE has the wrong number of answers")
            self.state = ServerAuthState.DECIDING
            return [KeyboardInteractiveAnswered(answers=tuple(msg.responses))]
        if number != _REQUEST:
            raise RemoteProtocolError(f"message {number} is not legal during authentication")
        request = _decode(payload, "ssh")
        assert isinstance(request, UserauthRequest)
        if self.state is ServerAuthState.DONE:
            return []  # RFC 4252 §5.1: ignored after success
        self._check_identity(request)
        events: list[AuthEvent] = []
        if self.state is ServerAuthState.DECIDING:
            if len(self._queue) >= self._max_queued:
                raise RemoteProtocolError("too many pipelined authentication requests")
            self._queue.append(request)
            return events
        if self.state in (ServerAuthState.PROMPTING, ServerAuthState.CHANGING):
            answers_change = (
                self.state is ServerAuthState.CHANGING
                and isinstance(request.method, UserauthPasswordRequest)
                and request.method.change
            )
            if not answers_change and self.current is not None:
                events.append(AuthAborted(request=self.current))
            self.state = ServerAuthState.IDLE
            self.current = None
        self._process(request, events)
        return events

    def _check_identity(self, request: UserauthRequest) -> None:
        if request.service_name not in self.services:
            raise RemoteProtocolError(
                f"service {request.service_name!r} not available",
                DisconnectReason.SERVICE_NOT_AVAILABLE,
            )
        identity = (request.user_name, request.service_name)
        if self._identity is None:
            self._identity = identity
            if self._banner is not None:
                # RFC 4252 §5.4: before authentication completes; OpenSSH sends it first.
                self._send(encode_message(UserauthBanner(message=self._banner, language_tag=b"")))
        elif identity != self._identity:
            raise RemoteProtocolError("change of user name or service during authentication")

    def _process(self, request: UserauthRequest, events: list[AuthEvent]) -> None:
        """Turn one request into an ``AuthRequested`` event, or refuse it on the spot."""
        while True:
            self._current_is_first = self._processed == 0
            self._processed += 1
            try:
                parsed = self._parse(request)
            except InvalidCredentials:
                parsed = None
            if parsed is not None:
                self.current = parsed
                self.state = ServerAuthState.DECIDING
                events.append(AuthRequested(request=parsed))
                return
            self._failure(request.method_name, None, partial_success=False)
            if self.exhausted or not self._queue:
                return
            request = self._queue.popleft()

    def _parse(self, request: UserauthRequest) -> AuthRequest | None:
        """Returns the application's view of ``request``, or None for an unknown or
        disabled method.

        Raises:
            InvalidCredentials: a bad key, algorithm or signature.
        """
        common = {
            "username": request.user_name,
            "service": request.service_name,
            "method": request.method_name,
        }
        method, body = request.method_name, request.method
        if method == "none":
            return NoneRequest(**common)
        enabled = method in self.methods or (
            method == HOSTBOUND_METHOD and "publickey" in self.methods
        )
        if not enabled:
            return None
        if isinstance(body, UserauthPasswordRequest):
            return PasswordRequest(**common, password=body.password, new_password=body.new_password)
        if isinstance(body, UserauthPublickeyRequest | UserauthHostboundRequest):
            return self._publickey(request, body, common)
        if isinstance(body, UserauthHostbasedRequest):
            key = parse_offered_key(body.algorithm, body.public_key, self._algorithms)
            data = HostbasedSignedData(
                session_identifier=self.session_id,
                user_name=request.user_name,
                service_name=request.service_name,
                algorithm=body.algorithm,
                public_key=body.public_key,
                client_host_name=body.client_host_name,
                client_user_name=body.client_user_name,
            )
            verify_offered_signature(key, body.algorithm, encode_message(data), body.signature)
            return HostbasedRequest(
                **common,
                key=key,
                algorithm=body.algorithm,
                client_hostname=body.client_host_name.removesuffix("."),
                client_username=body.client_user_name,
            )
        if isinstance(body, UserauthKbdintRequest):
            return KeyboardInteractiveRequest(**common, submethods=body.submethods)
        return None

    def _publickey(
        self,
        request: UserauthRequest,
        body: UserauthPublickeyRequest | UserauthHostboundRequest,
        common: dict[str, str],
    ) -> PublicKeyRequest:
        key = parse_offered_key(body.algorithm, body.public_key, self._algorithms)
        hostbound = isinstance(body, UserauthHostboundRequest)
        # PROTOCOL §2.5: the key must be the host key this connection was made with.
        if hostbound and body.server_host_key not in self._host_key_blobs:  # type: ignore[union-attr]
            raise InvalidCredentials("hostbound request names another host key")
        if body.has_signature:
            assert body.signature is not None
            data: object
            if isinstance(body, UserauthHostboundRequest):
                data = HostboundSignedData(
                    session_identifier=self.session_id,
                    user_name=request.user_name,
                    service_name=request.service_name,
                    algorithm=body.algorithm,
                    public_key=body.public_key,
                    server_host_key=body.server_host_key,
                )
            else:
                data = PublickeySignedData(
                    session_identifier=self.session_id,
                    user_name=request.user_name,
                    service_name=request.service_name,
                    algorithm=body.algorithm,
                    public_key=body.public_key,
                )
            verify_offered_signature(key, body.algorithm, encode_message(data), body.signature)
        else:
            self._pk_ok = (body.algorithm, bytes(body.public_key))
        return PublicKeyRequest(
            **common,
            key=key,
            algorithm=body.algorithm,
            signed=body.has_signature,
            hostbound=hostbound,
        )

    # ------------------------------------------------------------------ actions

    def _deciding(self) -> AuthRequest:
        if self.state is not ServerAuthState.DECIDING or self.current is None:
            raise LocalProtocolError("no authentication request is waiting for a decision")
        return self.current

    def accept(self) -> list[AuthEvent]:
        """Accept the current request: SUCCESS (RFC 4252 §5.1), or PK_OK for a publickey
        query (RFC 4252 §7), after which the client sends the signed request.

        Returns:
            Events of requests queued behind it (after a PK_OK).
        Raises:
            LocalProtocolError: no request is waiting for a decision.
        """
        request = self._deciding()
        if isinstance(request, PublicKeyRequest) and not request.signed:
            assert self._pk_ok is not None
            algorithm, blob = self._pk_ok
            self._send(encode_message(UserauthPkOk(algorithm=algorithm, public_key=blob)))
            return self._next()
        self._send(encode_message(UserauthSuccess()))
        self.authenticated = request
        self.current = None
        self.state = ServerAuthState.DONE
        self._queue.clear()
        return []

    def reject(
        self, methods_left: Sequence[str] | None = None, partial_success: bool = False
    ) -> list[AuthEvent]:
        """Refuse the current request with FAILURE (RFC 4252 §5.1).

        Args:
            methods_left: the methods that can continue (default: every offered method).
            partial_success: the request succeeded but more methods are required (not
                counted as a failed attempt).
        Returns:
            Events of requests queued behind it.
        Raises:
            LocalProtocolError: no request is waiting for a decision.
        """
        request = self._deciding()
        listed = None if methods_left is None else tuple(methods_left)
        self._failure(request.method, listed, partial_success)
        return [] if self.exhausted else self._next()

    def request_password_change(self, prompt: str) -> None:
        """Answer the current password request with PASSWD_CHANGEREQ (RFC 4252 §8); the
        client's answer arrives as a new ``PasswordRequest`` with ``new_password``.

        Raises:
            LocalProtocolError: the current request is not a password request.
        """
        if not isinstance(self._deciding(), PasswordRequest):
            raise LocalProtocolError("a password change answers a password request")
        msg = UserauthPasswdChangereq(prompt=prompt, language_tag=b"")
        self._send(encode_message(msg))
        self.state = ServerAuthState.CHANGING

    def send_info_request(
        self,
        prompts: Sequence[tuple[str, bool]],
        name: str = "",
        instruction: str = "",
    ) -> None:
        """Send INFO_REQUEST (RFC 4256 §3.2) for the current keyboard-interactive request;
        the answers arrive as ``KeyboardInteractiveAnswered``.

        Args:
            prompts: ``(prompt, echo)`` pairs; may be empty.
        Raises:
            LocalProtocolError: the current request is not keyboard-interactive.
        """
        if not isinstance(self._deciding(), KeyboardInteractiveRequest):
            raise LocalProtocolError("prompts answer a keyboard-interactive request")
        msg = UserauthInfoRequest(
            name=name,
            instruction=instruction,
            language_tag=b"",
            prompts=tuple(UserauthPrompt(prompt=p, echo=e) for p, e in prompts),
        )
        self._send(encode_message(msg))
        self._prompt_count = len(msg.prompts)
        self.state = ServerAuthState.PROMPTING

    # ------------------------------------------------------------------ internals

    def _failure(
        self, method: str, methods_left: tuple[str, ...] | None, partial_success: bool
    ) -> None:
        # auth2.c: a 'none' is free only as the connection's very first request.
        first_none = method == "none" and self._current_is_first
        if not partial_success and not first_none:
            self.failures += 1
            if self.failures >= self.max_attempts:
                self.exhausted = True
                self.state = ServerAuthState.DONE
                self.current = None
                self._queue.clear()
                self._disconnect(
                    DisconnectReason.NO_MORE_AUTH_METHODS_AVAILABLE,
                    "Too many authentication failures",
                )
                return
        listed = self.methods if methods_left is None else methods_left
        self._send(
            encode_message(
                UserauthFailure(
                    methods_that_can_continue=tuple(listed), partial_success=partial_success
                )
            )
        )
        self.current = None
        self.state = ServerAuthState.IDLE

    def _next(self) -> list[AuthEvent]:
        self.current = None
        self.state = ServerAuthState.IDLE
        events: list[AuthEvent] = []
        if self._queue:
            self._process(self._queue.popleft(), events)
        return events


def _decode(payload: bytes | memoryview, context: str) -> object:
    try:
        return decode_message(payload, context)
    except (DecodeError, UnknownMessageError) as exc:
        raise RemoteProtocolError(f"malformed userauth message: {exc}") from None

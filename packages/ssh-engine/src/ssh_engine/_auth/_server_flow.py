"""The server's authentication loop over a running transport: one :class:`AuthContext` per
request, handed to the application's handler (RFC 4252, RFC 4256).

Theory of operation: :func:`serve_authentication` drives a :class:`ServerAuthEngine` over a
:class:`~ssh_engine._transport._driver.TransportConnection` whose ``ssh-userauth`` service
was accepted. Each request the engine does not refuse by itself (unknown or disabled
methods, unusable keys, bad signatures) becomes an :class:`AuthContext`, given to the
handler (sync or async). The handler decides with ``ctx.accept()`` / ``ctx.reject()`` or by
returning True / False; returning without a decision, or raising, refuses (fail closed).
Keyboard-interactive handlers ``await ctx.prompt(...)`` as many rounds as they like;
password handlers may ``await ctx.request_change(prompt)``. Nothing runs concurrently: while
a handler awaits a prompt the loop reads only what answers it, and requests the client
pipelines meanwhile wait in the engine's queue (RFC 4252 §5).

Around the engine this module adds the limits of the issue and of OpenSSH's sshd: a login
grace time (LoginGraceTime, 120 s), a minimum time before a refusal is sent (so that a
wrong password and an unknown user look alike, like sshd's per-user failure delay),
multi-factor chains (:class:`~._policy.AuthenticationMethods`), and sshd's rule that a key
used for one factor cannot serve for another.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

from ssh_wire.keys import SSHCertificate, SSHKey
from ssh_wire.messages import DisconnectReason

from .._errors import AuthError, DisconnectError, ProtocolError, RemoteProtocolError
from .._transport import ConnectionClosed, DisconnectReceived, MessageReceived
from .._transport._driver import TransportConnection
from ._events import (
    AuthAborted,
    AuthEvent,
    AuthRequest,
    AuthRequested,
    HostbasedRequest,
    KeyboardInteractiveAnswered,
    PasswordRequest,
    PublicKeyRequest,
)
from ._policy import AuthenticationMethods
from ._server import DEFAULT_AUTH_METHODS, ServerAuthEngine
from ._signatures import DEFAULT_PUBLICKEY_ALGORITHMS

__all__ = [
    "DEFAULT_FAILURE_DELAY",
    "DEFAULT_LOGIN_GRACE_TIME",
    "AuthContext",
    "AuthRequestAborted",
    "LoginTimeout",
    "ServerAuthHandler",
    "ServerAuthResult",
    "serve_authentication",
]

_log = logging.getLogger("ssh_engine.auth")

#: sshd's LoginGraceTime default, in seconds.
DEFAULT_LOGIN_GRACE_TIME: Final = 120.0
#: The least time, in seconds, between a request and its refusal.
DEFAULT_FAILURE_DELAY: Final = 0.05

Prompt: TypeAlias = str | tuple[str, bool]
"""A keyboard-interactive prompt: its text (not echoed) or ``(text, echo)``."""


class LoginTimeout(TimeoutError):
    """The client did not log in within the login grace time (DISCONNECT was sent)."""


class AuthRequestAborted(Exception):
    """Raised in a handler awaiting :meth:`AuthContext.prompt` or
    :meth:`AuthContext.request_change` when the client gave up that exchange by sending a
    new request (the seed's ``abort``); the handler should just return."""


class AuthContext:
    """One authentication request, to accept or reject (the seed's ``ctx``).

    Attributes:
        request: the typed request (``PasswordRequest``, ``PublicKeyRequest``…).
        username, service, method: the request's fields.
        client_address, client_port: the TCP peer (for ``from=`` and source-address checks).
        factors: the methods this login already passed (multi-factor), in order.
    """

    def __init__(
        self,
        flow: _Flow,
        request: AuthRequest,
        client_address: str,
        client_port: int | None,
    ) -> None:
        self._flow = flow
        self.request = request
        self.client_address = client_address
        self.client_port = client_port
        self.factors = flow.passed
        self._decision: tuple[bool, tuple[str, ...] | None, bool, object] | None = None
        self._aborted = False

    def __repr__(self) -> str:  # the request's own repr hides secrets
        return f"AuthContext({self.request!r})"

    @property
    def username(self) -> str:
        """The user name of the request."""
        return self.request.username

    @property
    def service(self) -> str:
        """The service the client wants once authenticated."""
        return self.request.service

    @property
    def method(self) -> str:
        """The method's name (``publickey`` also for publickey-hostbound)."""
        return "publickey" if isinstance(self.request, PublicKeyRequest) else self.request.method

    @property
    def password(self) -> str | None:
        """The password of a password request, else None."""
        return self.request.password if isinstance(self.request, PasswordRequest) else None

    @property
    def key(self) -> SSHKey | SSHCertificate | None:
        """The user key (publickey) or client host key (hostbased), else None."""
        if isinstance(self.request, PublicKeyRequest | HostbasedRequest):
            return self.request.key
        return None

    @property
    def signed(self) -> bool:
        """Whether a verified signature came with a publickey request (False: a query,
        which ``accept()`` answers with PK_OK)."""
        return isinstance(self.request, PublicKeyRequest) and self.request.signed

    def accept(self, info: object = None) -> None:
        """Let this request succeed (for a publickey query: answer PK_OK).

        Args:
            info: anything the application wants back in :class:`ServerAuthResult.info`
                (for example the authorized_keys options of the key that logged in).
        """
        self._decision = (True, None, False, info)

    def reject(
        self, methods_left: Sequence[str] | None = None, partial_success: bool = False
    ) -> None:
        """Refuse this request with USERAUTH_FAILURE (RFC 4252 §5.1).

        Args:
            methods_left: the methods to list (default: those the server offers now).
            partial_success: the credentials were right but more are needed.
        """
        listed = None if methods_left is None else tuple(methods_left)
        self._decision = (False, listed, partial_success, None)

    async def prompt(
        self, prompts: Sequence[Prompt], title: str = "", instructions: str = ""
    ) -> list[str]:
        """Ask the keyboard-interactive client a round of questions (RFC 4256 §3.2).

        Args:
            prompts: the questions; may be empty (the client answers at once).
            title: the round's name.
            instructions: text shown above the prompts.
        Returns:
            One answer per prompt.
        Raises:
            AuthRequestAborted: the client sent a new request instead of answering.
            LocalProtocolError: this is not a keyboard-interactive request.
            RemoteProtocolError, DisconnectError, ConnectionError: see
                :func:`serve_authentication`.
        """
        if self._aborted:
            raise AuthRequestAborted("this request was abandoned by the client")
        pairs = [(p, False) if isinstance(p, str) else (p[0], bool(p[1])) for p in prompts]
        self._flow.engine.send_info_request(pairs, name=title, instruction=instructions)
        event = await self._flow.next_event()
        if isinstance(event, AuthAborted):
            self._aborted = True
            raise AuthRequestAborted("the client abandoned the keyboard-interactive exchange")
        assert isinstance(event, KeyboardInteractiveAnswered)
        if len(event.answers) != len(pairs):
            # RFC 4256 §3.4: the count MUST match; the request is refused (not abandoned).
            raise AuthRequestAborted("the client sent a wrong number of answers")
        return list(event.answers)

    async def request_change(self, prompt: str) -> str:
        """Ask the client to change its password (SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
        RFC 4252 §8) and wait for its answer, which becomes this context's request.

        Returns:
            The new password (the old one is in :attr:`password`).
        Raises:
            AuthRequestAborted: the client sent another kind of request instead.
            LocalProtocolError: this is not a password request.
        """
        if self._aborted:
            raise AuthRequestAborted("this request was abandoned by the client")
        self._flow.engine.request_password_change(prompt)
        event = await self._flow.next_event()
        if (
            isinstance(event, AuthRequested)
            and isinstance(event.request, PasswordRequest)
            and event.request.new_password is not None
        ):
            self.request = event.request
            return event.request.new_password
        self._aborted = True
        if isinstance(event, AuthRequested):
            self._flow.backlog.appendleft(event)
        raise AuthRequestAborted("the client did not answer the password change request")


ServerAuthHandler: TypeAlias = Callable[[AuthContext], "bool | Awaitable[bool | None] | None"]
"""Decides one request: calls ``ctx.accept()``/``ctx.reject()`` or returns True/False (sync
or async); no decision, or an exception, refuses it."""


@dataclass(frozen=True, slots=True)
class ServerAuthResult:
    """A finished login.

    Attributes:
        username: the user who logged in.
        service: the service to start.
        methods: the methods that succeeded, in order (several for multi-factor).
        request: the request that completed the login.
        info: what the handler passed to ``accept(info)`` last (None if nothing).
        failures: refused attempts before success.
    """

    username: str
    service: str
    methods: tuple[str, ...]
    request: AuthRequest
    info: object
    failures: int


class _Flow:
    def __init__(
        self,
        conn: TransportConnection,
        handler: ServerAuthHandler,
        *,
        methods: Sequence[str],
        policy: AuthenticationMethods | None,
        banner: str | None,
        max_attempts: int,
        failure_delay: float,
        publickey_algorithms: Sequence[str],
        host_key_blobs: Iterable[bytes],
    ) -> None:
        session_id = conn.engine.session_id
        if session_id is None:
            raise ValueError("authentication needs a completed key exchange")
        self.conn = conn
        self.handler = handler
        self.offered = tuple(methods)
        self.progress = policy.start() if policy is not None else None
        self.passed: tuple[str, ...] = ()
        self.failure_delay = failure_delay
        self.used_keys: set[bytes] = set()
        self.info: object = None
        self.backlog: deque[AuthEvent] = deque()
        self.engine = ServerAuthEngine(
            conn.engine.send_message,
            self._disconnect,
            session_id,
            methods=self._methods_now(),
            max_attempts=max_attempts,
            banner=banner,
            host_key_blobs=host_key_blobs,
            publickey_algorithms=publickey_algorithms,
        )

    def _methods_now(self) -> tuple[str, ...]:
        if self.progress is None:
            return self.offered
        return tuple(m for m in self.progress.next_methods() if m in self.offered)

    def _disconnect(self, reason: int, description: str) -> None:
        self.conn.engine.disconnect(reason, description)

    async def _read(self) -> list[AuthEvent]:
        """Flush, then read until the client's next userauth message; returns its events.

        Raises:
            RemoteProtocolError: a message that is not legal now (DISCONNECT queued).
            DisconnectError, ConnectionError: the client left.
        """
        await self.conn.flush()
        while True:
            event = await self.conn.next_event()
            if isinstance(event, MessageReceived):
                try:
                    events = self.engine.receive_message(event.payload)
                except ProtocolError as exc:
                    self.conn.engine.disconnect(exc.reason, exc.description)
                    raise
                if self.engine.exhausted:  # refusals by the engine itself used them up
                    await self.conn.flush()
                    raise self._exhausted_error()
                return events
            if isinstance(event, DisconnectReceived):
                raise DisconnectError(event.reason, event.description)
            if isinstance(event, ConnectionClosed):
                raise ConnectionError("the client closed the connection during authentication")

    async def next_event(self) -> AuthEvent:
        """The next auth event (for a prompt or change request: KeyboardInteractiveAnswered,
        AuthAborted, or the AuthRequested of the client's next request)."""
        while not self.backlog:
            self.backlog.extend(await self._read())
        return self.backlog.popleft()

    async def run(self) -> ServerAuthResult:
        while not self._exhausted():
            event = await self.next_event()
            if not isinstance(event, AuthRequested):
                continue  # an AuthAborted whose handler already returned
            done = await self._decide(event.request)
            if done is not None:
                return done
        await self.conn.flush()
        raise self._exhausted_error()

    def _exhausted_error(self) -> AuthError:
        return AuthError(
            "too many authentication failures", (), self._methods_now(), partial_success=False
        )

    def _exhausted(self) -> bool:
        return self.engine.exhausted

    async def _decide(self, request: AuthRequest) -> ServerAuthResult | None:
        started = time.monotonic()
        ctx = AuthContext(self, request, self.conn.remote_host, self.conn.remote_port)
        accepted, methods_left, partial, info = await self._ask(ctx)
        request = ctx.request  # a password change replaced it
        if ctx._aborted:
            return None
        if accepted and not self._may_pass(request):
            accepted, methods_left, partial = False, None, False
        if not accepted:
            counted = request.method != "none" and not partial
            if counted and not (isinstance(request, PublicKeyRequest) and not request.signed):
                await asyncio.sleep(max(0.0, self.failure_delay - (time.monotonic() - started)))
            self.backlog.extend(self.engine.reject(methods_left, partial))
            return None
        if isinstance(request, PublicKeyRequest) and not request.signed:
            self.backlog.extend(self.engine.accept())  # PK_OK
            return None
        if info is not None:
            self.info = info
        return self._passed(request)

    async def _ask(self, ctx: AuthContext) -> tuple[bool, tuple[str, ...] | None, bool, object]:
        try:
            verdict = self.handler(ctx)
            if inspect.isawaitable(verdict):
                verdict = await verdict
        except AuthRequestAborted:
            return (False, None, False, None)
        except (RemoteProtocolError, DisconnectError, ConnectionError):
            raise
        except Exception:
            # A failing handler refuses (fail closed); the connection and the server go on.
            _log.exception("authentication handler failed; refusing the request")
            return (False, None, False, None)
        if verdict is True and ctx._decision is None:
            ctx.accept()
        if ctx._decision is None or verdict is False:
            return (False, None, False, None)
        return ctx._decision

    def _may_pass(self, request: AuthRequest) -> bool:
        """sshd's rules on top of the handler: a key serves one factor only."""
        if isinstance(request, PublicKeyRequest | HostbasedRequest):
            return _blob(request.key) not in self.used_keys
        return True

    def _passed(self, request: AuthRequest) -> ServerAuthResult | None:
        method = "publickey" if isinstance(request, PublicKeyRequest) else request.method
        if self.progress is not None and method not in self.progress.next_methods():
            self.backlog.extend(self.engine.reject(None, False))  # e.g. an accepted 'none'
            return None
        if isinstance(request, PublicKeyRequest | HostbasedRequest):
            self.used_keys.add(_blob(request.key))
        self.passed = (*self.passed, method)
        if self.progress is not None:
            self.progress = self.progress.after(method)
            if not self.progress.complete:
                self.engine.methods = self._methods_now()
                self.backlog.extend(self.engine.reject(None, partial_success=True))
                return None
        self.engine.accept()
        return ServerAuthResult(
            username=request.username,
            service=request.service,
            methods=self.passed,
            request=request,
            info=self.info,
            failures=self.engine.failures,
        )


def _blob(key: SSHKey | SSHCertificate) -> bytes:
    # A certificate and its bare key are one key for sshd's "used once" rule.
    return (key.key if isinstance(key, SSHCertificate) else key).public_blob


async def serve_authentication(
    conn: TransportConnection,
    handler: ServerAuthHandler,
    *,
    methods: Sequence[str] = DEFAULT_AUTH_METHODS,
    authentication_methods: AuthenticationMethods | str | Sequence[str] | None = None,
    banner: str | None = None,
    max_attempts: int = 6,
    login_grace_time: float | None = DEFAULT_LOGIN_GRACE_TIME,
    failure_delay: float = DEFAULT_FAILURE_DELAY,
    publickey_algorithms: Sequence[str] = DEFAULT_PUBLICKEY_ALGORITHMS,
    host_key_blobs: Iterable[bytes] | None = None,
) -> ServerAuthResult:
    """Run the server side of ``ssh-userauth`` until the client logs in.

    Args:
        conn: the server connection (after :func:`~ssh_engine._transport._driver.accept`).
        handler: decides each request (see :data:`ServerAuthHandler`).
        methods: the methods offered (``none`` is always answered; ``publickey`` also
            covers publickey-hostbound-v00@openssh.com).
        authentication_methods: multi-factor chains (sshd's AuthenticationMethods), as
            :class:`AuthenticationMethods` or its string / list forms.
        banner: sent once before the first answer (RFC 4252 §5.4).
        max_attempts: refused attempts before DISCONNECT (sshd's MaxAuthTries).
        login_grace_time: seconds the client has to log in; None for no limit.
        failure_delay: least seconds between a request and its refusal (publickey queries
            and ``none`` are answered at once).
        publickey_algorithms: algorithms accepted for user and client host keys.
        host_key_blobs: our host keys' public blobs, which a hostbound request may name
            (default: the one the connection's kex used).
    Returns:
        The login.
    Raises:
        LoginTimeout: not logged in within ``login_grace_time`` (DISCONNECT sent).
        AuthError: the attempts ran out (DISCONNECT NO_MORE_AUTH_METHODS_AVAILABLE sent).
        RemoteProtocolError: the client broke the protocol (DISCONNECT sent).
        DisconnectError: the client sent DISCONNECT.
        ConnectionError: the connection closed.
        ValueError: the kex has not completed, or the policy is invalid.
    """
    policy = authentication_methods
    if policy is not None and not isinstance(policy, AuthenticationMethods):
        policy = AuthenticationMethods.parse(policy)
    if host_key_blobs is None:
        blob = conn.engine.host_key_blob
        host_key_blobs = () if blob is None else (blob,)
    flow = _Flow(
        conn,
        handler,
        methods=methods,
        policy=policy,
        banner=banner,
        max_attempts=max_attempts,
        failure_delay=failure_delay,
        publickey_algorithms=publickey_algorithms,
        host_key_blobs=host_key_blobs,
    )
    try:
        async with asyncio.timeout(login_grace_time):
            result = await flow.run()
            await conn.flush()
            return result
    except TimeoutError:
        conn.engine.disconnect(DisconnectReason.BY_APPLICATION, "login grace time exceeded")
        with contextlib.suppress(ConnectionError, OSError):
            await conn.flush()
        raise LoginTimeout(f"no login within {login_grace_time} s") from None
    except RemoteProtocolError:
        await conn.flush()
        raise

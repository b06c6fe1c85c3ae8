"""The client's authentication policy over a running transport: which method next, and how
each method's exchange goes (RFC 4252, RFC 4256, RFC 8332, OpenSSH PROTOCOL §2.5).

Theory of operation: :func:`authenticate` drives a :class:`ClientAuthEngine` over a
:class:`~ssh_engine._transport._driver.TransportConnection` whose ``ssh-userauth`` service
was accepted. The methods come from ``auth_handler`` (names, method objects or a callable,
the seed's three forms) or, without one, from the seed's default order: none, password,
publickey (each key), agent (each identity), keyboard-interactive, hostbased. Before each
attempt the first method not yet tried that the server still lists is picked, so a method
passed over early is taken up again after a partial success (multi-factor). Publickey
queries first and signs only after PK_OK; RSA keys are offered as rsa-sha2-512, then
rsa-sha2-256, then ssh-rsa, limited to the server's ``server-sig-algs`` when it sent them,
the next algorithm tried after a failure. When the server announced
``publickey-hostbound@openssh.com`` the signature also binds its host key. Secrets are never
logged.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ssh_agent import AgentClient, BaseAgent, agent_identities, agent_sign, create_agent
from ssh_wire.keys import SSHCertificate, SSHKey

from .._errors import AuthError, DisconnectError, ProtocolError, RemoteProtocolError
from .._hostkey_algs import HOST_KEY_ALGORITHM_REGISTRY
from .._transport import (
    ConnectionClosed,
    DisconnectReceived,
    ExtInfoReceived,
    MessageReceived,
)
from .._transport._driver import TransportConnection
from ._client import HOSTBOUND_METHOD, ClientAuthEngine
from ._events import (
    AuthBannerReceived,
    AuthEvent,
    AuthFailed,
    AuthSucceeded,
    KeyboardInteractivePrompted,
    PasswordChangeRequested,
    PublicKeyAccepted,
)
from ._methods import (
    AgentAuth,
    AuthHandler,
    AuthMethod,
    ChangePasswordCallback,
    HostbasedAuth,
    KeyboardInteractiveAuth,
    KeyboardInteractiveCallback,
    NoneAuth,
    PasswordAuth,
    PublicKeyAuth,
)
from ._signatures import algorithms_for

__all__ = ["AuthResult", "Credentials", "authenticate"]

_log = logging.getLogger("ssh_engine.auth")
_HOSTBOUND_EXTENSION = "publickey-hostbound@openssh.com"
_DEFAULT_ORDER = ("none", "password", "publickey", "agent", "keyboard-interactive", "hostbased")
_T = TypeVar("_T")
_Signer = Callable[[bytes, str], Awaitable[bytes]]


@dataclass(frozen=True, slots=True)
class AuthResult:
    """A completed login.

    Attributes:
        username: the user logged in.
        method: the method of the request that got SUCCESS.
        tried: every method tried, in order.
        banners: the server's banners, in order.
    """

    username: str
    method: str
    tried: tuple[str, ...]
    banners: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Credentials:
    """What method names resolve to (the seed's ``connect()`` credential options).

    Attributes:
        password: for ``password``.
        keys: for ``publickey``, tried in order: private keys (a key with its certificate
            as a :class:`PublicKeyAuth`).
        agent: for ``agent``.
        keyboard_interactive: for ``keyboard-interactive`` (with ``try_keyboard``, or when
            named by ``auth_handler``); without it, ``password`` answers the hidden prompts.
        try_keyboard: include keyboard-interactive in the default order.
        hostbased: for ``hostbased``.
        change_password: answers a password change request.
    """

    password: str | None = field(default=None, repr=False)
    keys: Sequence[PublicKeyAuth | SSHKey] = ()
    agent: BaseAgent | str | None = None
    keyboard_interactive: KeyboardInteractiveCallback | None = field(default=None, repr=False)
    try_keyboard: bool = False
    hostbased: HostbasedAuth | None = None
    change_password: ChangePasswordCallback | None = field(default=None, repr=False)

    def resolve(self, name: str) -> list[AuthMethod]:
        """Returns the method objects a method name stands for (empty when there is no
        credential for it)."""
        if name == "none":
            return [NoneAuth()]
        if name == "password" and self.password is not None:
            return [PasswordAuth(self.password, self.change_password)]
        if name == "publickey":
            return [k if isinstance(k, PublicKeyAuth) else PublicKeyAuth(k) for k in self.keys]
        if name == "agent" and self.agent is not None:
            return [AgentAuth(self.agent)]
        if name == "keyboard-interactive" and self.keyboard_interactive is not None:
            return [KeyboardInteractiveAuth(self.keyboard_interactive)]
        if name == "keyboard-interactive" and self.password is not None:
            # PAM-style servers ask for the password through keyboard-interactive.
            return [KeyboardInteractiveAuth(_password_answers(self.password))]
        if name == "hostbased" and self.hostbased is not None:
            return [self.hostbased]
        return []

    def default_methods(self) -> list[AuthMethod]:
        """Returns the seed's default order over the credentials given."""
        methods: list[AuthMethod] = []
        for name in _DEFAULT_ORDER:
            if name == "keyboard-interactive" and not self.try_keyboard:
                continue
            methods.extend(self.resolve(name))
        return methods


def _password_answers(password: str) -> KeyboardInteractiveCallback:
    """A keyboard-interactive responder that answers hidden prompts with ``password`` and
    echoed ones with an empty string (the usual PAM "Password:" round)."""

    def respond(
        name: str, instruction: str, language: str, prompts: Sequence[tuple[str, bool]]
    ) -> list[str]:
        return ["" if echo else password for _text, echo in prompts]

    return respond


async def _maybe_await(value: _T | Awaitable[_T]) -> _T:
    if inspect.isawaitable(value):
        return await value
    return value


class _Session:
    """One run of the userauth protocol over ``conn``."""

    def __init__(
        self,
        conn: TransportConnection,
        username: str,
        service: str,
        on_banner: Callable[[str, str], object] | None,
    ) -> None:
        session_id = conn.engine.session_id
        if session_id is None:
            raise ValueError("authentication needs a completed key exchange")
        self.conn = conn
        self.username = username
        self.engine = ClientAuthEngine(conn.engine.send_message, session_id, service=service)
        self.on_banner = on_banner
        self.banners: list[str] = []
        self.tried: list[str] = []
        self.methods_left: tuple[str, ...] | None = None
        self.partial_success = False

    # -- server side of the conversation ------------------------------------------------

    @property
    def server_sig_algs(self) -> tuple[str, ...] | None:
        value = self.conn.engine.peer_extensions.get("server-sig-algs")
        algorithms = getattr(value, "algorithms", None)
        return tuple(algorithms) if algorithms is not None else None

    @property
    def hostbound_key(self) -> bytes | None:
        if _HOSTBOUND_EXTENSION in self.conn.engine.peer_extensions:
            return self.conn.engine.host_key_blob
        return None

    async def reply(self) -> AuthEvent:
        """Flush what was queued, then read until the server answers (banners are
        collected on the way).

        Raises:
            DisconnectError: the server sent DISCONNECT.
            ConnectionError: the connection closed.
            ProtocolError: the server broke the protocol (DISCONNECT was sent).
        """
        await self.conn.flush()
        while True:
            event = await self.conn.next_event()
            if isinstance(event, MessageReceived):
                for auth_event in self._feed(event.payload):
                    if isinstance(auth_event, AuthBannerReceived):
                        await self._banner(auth_event)
                    else:
                        return auth_event
            elif isinstance(event, DisconnectReceived):
                raise DisconnectError(event.reason, event.description)
            elif isinstance(event, ConnectionClosed):
                raise ConnectionError("the server closed the connection during authentication")
            elif isinstance(event, ExtInfoReceived):
                _log.debug("server-sig-algs: %s", event.server_sig_algs)

    def _feed(self, payload: bytes | memoryview) -> list[AuthEvent]:
        try:
            if payload[0] >= 80:
                raise RemoteProtocolError("connection-layer message before authentication")
            return self.engine.receive_message(payload)
        except ProtocolError as exc:
            self.conn.engine.disconnect(exc.reason, exc.description)
            raise

    async def _banner(self, event: AuthBannerReceived) -> None:
        self.banners.append(event.message)
        if self.on_banner is not None:
            await _maybe_await(self.on_banner(event.message, event.language))

    def _outcome(self, event: AuthEvent, label: str) -> AuthSucceeded | AuthFailed:
        if isinstance(event, AuthFailed):
            self.methods_left = event.methods_left
            self.partial_success = event.partial_success
            _log.debug("%s refused; can continue: %s", label, ",".join(event.methods_left))
            return event
        assert isinstance(event, AuthSucceeded), event
        _log.debug("%s accepted", label)
        return event

    def _synthetic_failure(self, method: str) -> AuthFailed:
        return AuthFailed(
            method=method,
            methods_left=self.methods_left or (),
            partial_success=self.partial_success,
        )

    # -- one method each --------------------------------------------------------------

    async def attempt(self, method: AuthMethod) -> AuthSucceeded | AuthFailed:
        """Run one method to its end (several requests for keys, rounds, algorithms)."""
        self.tried.append(method.name)
        if isinstance(method, NoneAuth):
            self.engine.request_none(self.username)
            return self._outcome(await self.reply(), "none")
        if isinstance(method, PasswordAuth):
            return await self._password(method)
        if isinstance(method, PublicKeyAuth):
            return await self._publickey_auth(method)
        if isinstance(method, AgentAuth):
            return await self._agent(method)
        if isinstance(method, KeyboardInteractiveAuth):
            return await self._keyboard_interactive(method)
        return await self._hostbased(method)

    async def _password(self, method: PasswordAuth) -> AuthSucceeded | AuthFailed:
        self.engine.request_password(self.username, method.password)
        while True:
            event = await self.reply()
            if not isinstance(event, PasswordChangeRequested):
                return self._outcome(event, "password")
            new = None
            if method.change_password is not None:
                new = await _maybe_await(method.change_password(event.prompt))
            if new is None:
                _log.debug("password change requested; none given")
                return self._synthetic_failure("password")
            self.engine.change_password(method.password, new)

    async def _publickey_auth(self, method: PublicKeyAuth) -> AuthSucceeded | AuthFailed:
        key = method.key

        async def sign(data: bytes, algorithm: str) -> bytes:
            return key.sign(data, HOST_KEY_ALGORITHM_REGISTRY[algorithm].signature_algorithm)

        identity: SSHKey | SSHCertificate = method.certificate or key
        return await self._publickey(identity, sign, method.algorithms)

    async def _agent(self, method: AgentAuth) -> AuthSucceeded | AuthFailed:
        agent = create_agent(method.agent)
        try:
            return await self._agent_identities(agent)
        finally:
            # An agent opened here from a path is ours to close; the caller's is theirs.
            if agent is not method.agent and isinstance(agent, AgentClient):
                await agent.close()

    async def _agent_identities(self, agent: BaseAgent) -> AuthSucceeded | AuthFailed:
        identities = await agent_identities(agent)
        result: AuthSucceeded | AuthFailed = self._synthetic_failure("agent")
        for identity in identities:

            async def sign(
                data: bytes, algorithm: str, identity: SSHKey | SSHCertificate = identity
            ) -> bytes:
                signature = HOST_KEY_ALGORITHM_REGISTRY[algorithm].signature_algorithm
                return await agent_sign(agent, identity, data, algorithm=signature)

            result = await self._publickey(identity, sign, None)
            if isinstance(result, AuthSucceeded) or result.partial_success:
                return result
            if self.methods_left is not None and "publickey" not in self.methods_left:
                break
        return result

    async def _publickey(
        self,
        identity: SSHKey | SSHCertificate,
        sign: _Signer,
        algorithms: tuple[str, ...] | None,
    ) -> AuthSucceeded | AuthFailed:
        blob = identity.blob if isinstance(identity, SSHCertificate) else identity.public_blob
        host_key = self.hostbound_key
        names = list(algorithms or algorithms_for(identity, self.server_sig_algs))
        result: AuthSucceeded | AuthFailed = self._synthetic_failure("publickey")
        for algorithm in names:
            label = f"publickey {algorithm} {identity.fingerprint()}"
            self.engine.request_publickey(self.username, algorithm, blob, host_key=host_key)
            event = await self.reply()
            if not isinstance(event, PublicKeyAccepted):
                result = self._outcome(event, label + " (query)")
                if isinstance(result, AuthSucceeded) or result.partial_success:
                    return result
                continue
            data = self.engine.signed_data(self.username, algorithm, blob, host_key=host_key)
            signature = await sign(data, algorithm)
            self.engine.request_publickey(
                self.username, algorithm, blob, signature, host_key=host_key
            )
            result = self._outcome(await self.reply(), label)
            if isinstance(result, AuthSucceeded) or result.partial_success:
                return result
        return result

    async def _keyboard_interactive(
        self, method: KeyboardInteractiveAuth
    ) -> AuthSucceeded | AuthFailed:
        self.engine.request_keyboard_interactive(self.username, method.submethods)
        while True:
            event = await self.reply()
            if not isinstance(event, KeyboardInteractivePrompted):
                return self._outcome(event, "keyboard-interactive")
            answers: Sequence[str] = ()
            if event.prompts:  # RFC 4256 §3.3: an empty round is answered at once
                answers = await _maybe_await(
                    method.respond(event.name, event.instruction, event.language, event.prompts)
                )
                answers = [str(a) for a in answers]
                if len(answers) != len(event.prompts):
                    raise ValueError(
                        f"{len(event.prompts)} prompts but {len(answers)} answers given"
                    )
            self.engine.answer_keyboard_interactive(answers)

    async def _hostbased(self, method: HostbasedAuth) -> AuthSucceeded | AuthFailed:
        identity: SSHKey | SSHCertificate = method.certificate or method.key
        blob = identity.blob if isinstance(identity, SSHCertificate) else identity.public_blob
        # OpenSSH sends the host name fully qualified, with a trailing dot.
        hostname = method.local_hostname.rstrip(".") + "."
        result: AuthSucceeded | AuthFailed = self._synthetic_failure("hostbased")
        for algorithm in algorithms_for(identity, self.server_sig_algs):
            data = self.engine.hostbased_signed_data(
                self.username, algorithm, blob, hostname, method.local_username
            )
            signature = method.key.sign(
                data, HOST_KEY_ALGORITHM_REGISTRY[algorithm].signature_algorithm
            )
            self.engine.request_hostbased(
                self.username, algorithm, blob, hostname, method.local_username, signature
            )
            result = self._outcome(await self.reply(), f"hostbased {algorithm}")
            if isinstance(result, AuthSucceeded) or result.partial_success:
                return result
        return result

    def allowed(self, method: AuthMethod) -> bool:
        left = self.methods_left
        if left is None or isinstance(method, NoneAuth):
            return True
        name = "publickey" if isinstance(method, AgentAuth) else method.name
        return name in left


async def authenticate(
    conn: TransportConnection,
    username: str,
    credentials: Credentials | None = None,
    *,
    auth_handler: AuthHandler | None = None,
    on_banner: Callable[[str, str], object] | None = None,
    service: str = "ssh-connection",
) -> AuthResult:
    """Log in as ``username`` over a connection whose ``ssh-userauth`` service runs.

    Args:
        conn: the client connection (after :func:`~ssh_engine._transport._driver.connect`).
        username: the user to log in as.
        credentials: what the method names stand for, and the default order's input.
        auth_handler: the seed's ``authHandler``, see :data:`AuthHandler`.
        on_banner: called with each banner ``(message, language)`` (sync or async).
        service: the service to start (RFC 4252 §5).
    Returns:
        The login's details.
    Raises:
        AuthError: every method was refused; it names what was tried and what the server
            still allows.
        DisconnectError: the server disconnected (for example after too many attempts).
        ProtocolError: the server broke the protocol (DISCONNECT sent).
        ConnectionError: the connection closed.
        AgentError: an agent could not be used.
    """
    credentials = credentials or Credentials()
    session = _Session(conn, username, service, on_banner)
    if callable(auth_handler):
        result = await _run_callable(session, credentials, auth_handler)
    else:
        if auth_handler is None:
            methods = credentials.default_methods()
        else:
            methods = []
            for entry in auth_handler:
                methods.extend(credentials.resolve(entry) if isinstance(entry, str) else [entry])
        result = await _run_list(session, methods)
    if result is None:
        raise AuthError(
            "all configured authentication methods failed",
            tuple(session.tried),
            session.methods_left or (),
            session.partial_success,
        )
    # publickey-hostbound-v00@openssh.com is publickey bound to the host key (PROTOCOL §2.5).
    method = "publickey" if result.method == HOSTBOUND_METHOD else result.method
    return AuthResult(username, method, tuple(session.tried), tuple(session.banners))


async def _run_list(session: _Session, methods: list[AuthMethod]) -> AuthSucceeded | None:
    done = [False] * len(methods)
    while True:
        index = next((i for i, m in enumerate(methods) if not done[i] and session.allowed(m)), None)
        if index is None:
            return None
        done[index] = True
        outcome = await session.attempt(methods[index])
        if isinstance(outcome, AuthSucceeded):
            return outcome


async def _run_callable(
    session: _Session,
    credentials: Credentials,
    handler: Callable[..., object],
) -> AuthSucceeded | None:
    while True:
        choice = await _maybe_await(handler(session.methods_left, session.partial_success))
        if choice is None or choice is False:
            return None
        if isinstance(choice, str):
            methods = credentials.resolve(choice)
            if not methods:
                _log.debug("auth_handler chose %r, which has no credentials; stopping", choice)
                return None
        elif isinstance(
            choice,
            NoneAuth | PasswordAuth | PublicKeyAuth | AgentAuth | KeyboardInteractiveAuth
            | HostbasedAuth,
        ):  # fmt: skip
            methods = [choice]
        else:
            raise TypeError(f"auth_handler returned {type(choice).__name__}, not a method")
        for method in methods:
            outcome = await session.attempt(method)
            if isinstance(outcome, AuthSucceeded):
                return outcome
            if outcome.partial_success:
                break

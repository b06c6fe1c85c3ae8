"""Events of the user authentication engines (RFC 4252, RFC 4256), both roles.

Frozen, keyword-only dataclasses with past-tense names, like the transport's events. Secrets
(passwords, keyboard-interactive answers) are kept out of every ``repr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ssh_wire.keys import SSHCertificate, SSHKey

__all__ = [
    "AuthAborted",
    "AuthBannerReceived",
    "AuthEvent",
    "AuthFailed",
    "AuthRequest",
    "AuthRequested",
    "AuthSucceeded",
    "HostbasedRequest",
    "KeyboardInteractiveAnswered",
    "KeyboardInteractivePrompted",
    "KeyboardInteractiveRequest",
    "NoneRequest",
    "PasswordChangeRequested",
    "PasswordRequest",
    "PublicKeyAccepted",
    "PublicKeyRequest",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthEvent:
    """Base class of every authentication event."""


# -- client side ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthBannerReceived(AuthEvent):
    """SSH_MSG_USERAUTH_BANNER (RFC 4252 §5.4): text to show the user (the seed's
    ``banner`` event)."""

    message: str
    language: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthSucceeded(AuthEvent):
    """SSH_MSG_USERAUTH_SUCCESS (RFC 4252 §5.1) answered the request made with ``method``."""

    method: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthFailed(AuthEvent):
    """SSH_MSG_USERAUTH_FAILURE (RFC 4252 §5.1) answered the request made with ``method``.

    Attributes:
        method: the method of the failed request.
        methods_left: the methods that can continue.
        partial_success: the request succeeded but more methods are required.
    """

    method: str
    methods_left: tuple[str, ...]
    partial_success: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicKeyAccepted(AuthEvent):
    """SSH_MSG_USERAUTH_PK_OK (RFC 4252 §7): the server would accept a signature by this
    key; send the signed request next."""

    algorithm: str
    public_key: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class PasswordChangeRequested(AuthEvent):
    """SSH_MSG_USERAUTH_PASSWD_CHANGEREQ (RFC 4252 §8): the password expired; answer with
    ``change_password`` (the seed's ``change password`` event)."""

    prompt: str
    language: str


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyboardInteractivePrompted(AuthEvent):
    """SSH_MSG_USERAUTH_INFO_REQUEST (RFC 4256 §3.2); answer with
    ``answer_keyboard_interactive`` (one answer per prompt).

    Attributes:
        prompts: ``(prompt, echo)`` pairs; may be empty (answered with no answers).
    """

    name: str
    instruction: str
    language: str
    prompts: tuple[tuple[str, bool], ...]


# -- server side ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthRequest:
    """One SSH_MSG_USERAUTH_REQUEST as the server application sees it (RFC 4252 §5).

    Attributes:
        username: the user name, as sent.
        service: the service to start on success (``ssh-connection``).
        method: the method name.
    """

    username: str
    service: str
    method: str


@dataclass(frozen=True, slots=True, kw_only=True)
class NoneRequest(AuthRequest):
    """The ``none`` method (RFC 4252 §5.2): usually a query for the methods that can
    continue; accepting it logs the user in without credentials."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PasswordRequest(AuthRequest):
    """The ``password`` method (RFC 4252 §8).

    Attributes:
        password: the password (the old one when ``new_password`` is set).
        new_password: the new password, when the client answers a change request.
    """

    password: str = field(repr=False)
    new_password: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicKeyRequest(AuthRequest):
    """The ``publickey`` method (RFC 4252 §7), or OpenSSH's
    ``publickey-hostbound-v00@openssh.com`` (PROTOCOL §2.5).

    When ``signed`` the library has already checked the signature over this session; the
    application only decides whether the key may log in. Unsigned, it is a query: accepting
    it sends PK_OK, and the client follows with a signed request.

    Attributes:
        key: the user's public key, or certificate (its CA signature and validity are the
            application's to check, see ``TrustedUserCAKeys``).
        algorithm: the public key algorithm of the request.
        signed: a verified signature came with the request.
        hostbound: the request was publickey-hostbound (bound to our host key).
    """

    key: SSHKey | SSHCertificate
    algorithm: str
    signed: bool
    hostbound: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class HostbasedRequest(AuthRequest):
    """The ``hostbased`` method (RFC 4252 §9), its signature already verified.

    Attributes:
        key: the client host's public key (or host certificate).
        algorithm: the public key algorithm.
        client_hostname: the client host's name, as it claims (trailing dot removed).
        client_username: the user name on the client host.
    """

    key: SSHKey | SSHCertificate
    algorithm: str
    client_hostname: str
    client_username: str


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyboardInteractiveRequest(AuthRequest):
    """The ``keyboard-interactive`` method (RFC 4256 §3.1): prompt with
    ``send_info_request``, then accept or reject."""

    submethods: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthRequested(AuthEvent):
    """Server: a request to decide with ``accept``/``reject`` (or, for a query,
    ``accept`` sends PK_OK; for keyboard-interactive, ``send_info_request``)."""

    request: AuthRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyboardInteractiveAnswered(AuthEvent):
    """Server: SSH_MSG_USERAUTH_INFO_RESPONSE (RFC 4256 §3.4), one answer per prompt."""

    answers: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthAborted(AuthEvent):
    """Server: the client sent a new request while a keyboard-interactive exchange or a
    password change was still open; that exchange is over (the seed's ``abort``)."""

    request: AuthRequest

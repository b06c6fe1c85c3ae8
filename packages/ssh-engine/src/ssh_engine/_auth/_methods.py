"""What a client can authenticate with: one object per method (the seed's ``authHandler``
entries), and the shapes of ``auth_handler``.

Secrets never appear in a ``repr``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from ssh_agent import BaseAgent
from ssh_wire.keys import SSHCertificate, SSHKey

__all__ = [
    "AgentAuth",
    "AuthHandler",
    "AuthMethod",
    "ChangePasswordCallback",
    "HostbasedAuth",
    "KeyboardInteractiveAuth",
    "KeyboardInteractiveCallback",
    "NoneAuth",
    "PasswordAuth",
    "PublicKeyAuth",
]

KeyboardInteractiveCallback: TypeAlias = Callable[
    [str, str, str, Sequence[tuple[str, bool]]],
    "Sequence[str] | Awaitable[Sequence[str]]",
]
"""Given ``(name, instructions, language, prompts)`` with ``prompts`` as ``(text, echo)``
pairs, returns one answer per prompt (the seed's ``keyboard-interactive`` event)."""

ChangePasswordCallback: TypeAlias = Callable[[str], "str | Awaitable[str | None] | None"]
"""Given the server's prompt, returns the new password, or None to give up (the seed's
``change password`` event)."""


@dataclass(frozen=True, slots=True)
class NoneAuth:
    """The ``none`` method (RFC 4252 §5.2)."""

    name = "none"


@dataclass(frozen=True, slots=True)
class PasswordAuth:
    """The ``password`` method (RFC 4252 §8).

    Attributes:
        password: the password.
        change_password: asked for a new password when the server says it expired.
    """

    password: str = field(repr=False)
    change_password: ChangePasswordCallback | None = field(default=None, repr=False)
    name = "password"


@dataclass(frozen=True, slots=True)
class PublicKeyAuth:
    """The ``publickey`` method (RFC 4252 §7) with a private key, optionally presented as
    an OpenSSH certificate (PROTOCOL.certkeys).

    Attributes:
        key: the private key that signs.
        certificate: a certificate of ``key`` to present instead of the bare key.
        algorithms: signature algorithms to try, in order, instead of the automatic choice
            (for RSA: from the server's server-sig-algs).
    """

    key: SSHKey
    certificate: SSHCertificate | None = None
    algorithms: tuple[str, ...] | None = None
    name = "publickey"


@dataclass(frozen=True, slots=True)
class AgentAuth:
    """``publickey`` with every identity of an agent in turn, signed by the agent.

    Attributes:
        agent: a :class:`~ssh_agent.BaseAgent`, a socket path, or None for
            ``SSH_AUTH_SOCK``.
    """

    agent: BaseAgent | str | None = None
    name = "agent"


@dataclass(frozen=True, slots=True)
class KeyboardInteractiveAuth:
    """The ``keyboard-interactive`` method (RFC 4256), any number of rounds; rounds without
    prompts are answered without calling ``respond``.

    Attributes:
        respond: answers each round's prompts.
        submethods: the submethods hint (RFC 4256 §3.1), usually empty.
    """

    respond: KeyboardInteractiveCallback = field(repr=False)
    submethods: str = ""
    name = "keyboard-interactive"


@dataclass(frozen=True, slots=True)
class HostbasedAuth:
    """The ``hostbased`` method (RFC 4252 §9): the client host's key vouches for
    ``local_username``.

    Attributes:
        key: the client host's private key.
        local_hostname: the client host's name (sent with a trailing dot, as OpenSSH).
        local_username: the user's name on the client host.
        certificate: a host certificate of ``key`` to present instead.
    """

    key: SSHKey
    local_hostname: str
    local_username: str
    certificate: SSHCertificate | None = None
    name = "hostbased"


AuthMethod: TypeAlias = (
    NoneAuth | PasswordAuth | PublicKeyAuth | AgentAuth | KeyboardInteractiveAuth | HostbasedAuth
)

AuthHandler: TypeAlias = (
    Sequence[str]
    | Sequence[AuthMethod]
    | Callable[
        [tuple[str, ...] | None, bool],
        "AuthMethod | str | bool | Awaitable[AuthMethod | str | bool | None] | None",
    ]
)
"""The seed's ``authHandler`` in its three forms: method names (resolved against the
connection's credentials), method objects, or a sync or async callable given the methods
that can continue (None before the first answer) and whether the last answer was a partial
success, returning the next method (object or name), or None/False to stop."""

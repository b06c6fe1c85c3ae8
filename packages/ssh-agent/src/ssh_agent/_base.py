"""BaseAgent: what the engine needs from an agent, and what custom agents implement.

The seed's ``BaseAgent`` contract, in snake_case and with awaitables instead of callbacks:
``get_identities()``, ``sign(public_key, data, algorithm=...)`` and, for agent forwarding,
``get_stream()``. Each may be written as a plain method or as a coroutine; the engine calls
them through :func:`agent_identities`, :func:`agent_sign` and :func:`agent_stream`, which
accept both. The seed's sign option ``{hash: 'sha256'|'sha512'}`` becomes
``algorithm="rsa-sha2-256"|"rsa-sha2-512"`` (RFC 8332 §3).
"""

from __future__ import annotations

import abc
import asyncio
import inspect
from collections.abc import Awaitable, Sequence
from typing import TypeAlias, TypeVar

from ssh_wire.keys import SSHCertificate, SSHKey

from ._errors import AgentError

__all__ = [
    "BaseAgent",
    "Identity",
    "StreamPair",
    "agent_identities",
    "agent_sign",
    "agent_stream",
]

T = TypeVar("T")

#: What an agent holds: a public key, or an OpenSSH certificate (with its comment).
Identity: TypeAlias = SSHKey | SSHCertificate
#: A byte stream to an agent, for agent forwarding.
StreamPair: TypeAlias = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class BaseAgent(abc.ABC):
    """An SSH agent as the client side of the engine sees it.

    Subclass it to plug in custom key storage (a hardware token, a vault…): implement
    :meth:`get_identities` and :meth:`sign`, and :meth:`get_stream` if the agent can be
    forwarded. Every method may be sync or ``async``.
    """

    @abc.abstractmethod
    def get_identities(self) -> Sequence[Identity] | Awaitable[Sequence[Identity]]:
        """Returns the keys and certificates the agent can sign with (comments kept).

        Raises:
            AgentError: the agent could not be asked.
        """

    @abc.abstractmethod
    def sign(
        self, public_key: Identity, data: bytes, *, algorithm: str | None = None
    ) -> bytes | Awaitable[bytes]:
        """Sign ``data`` with the private half of ``public_key``.

        Args:
            algorithm: the signature algorithm; for RSA keys ``rsa-sha2-256`` or
                ``rsa-sha2-512`` (None: the agent's default, ``ssh-rsa`` for OpenSSH).
        Returns:
            The signature blob (``string algorithm, string signature``, RFC 4253 §6.6).
        Raises:
            AgentFailure: the agent refused (no such key, locked, confirmation denied…).
            AgentError: the agent could not be asked.
        """

    def get_stream(self) -> StreamPair | Awaitable[StreamPair]:
        """Open a new byte stream to the agent, which agent forwarding relays to the server.

        Returns:
            A fresh ``(reader, writer)`` pair the caller owns and closes.
        Raises:
            AgentError: this agent cannot be forwarded (the default), or cannot be reached.
        """
        raise AgentError(f"{type(self).__name__} cannot be forwarded: it has no get_stream()")

    @property
    def can_forward(self) -> bool:
        """Whether :meth:`get_stream` is implemented (agent forwarding is possible)."""
        return type(self).get_stream is not BaseAgent.get_stream


async def _resolve(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value


async def agent_identities(agent: BaseAgent) -> list[Identity]:
    """Call ``agent.get_identities()``, sync or async.

    Returns:
        The identities as a list.
    Raises:
        AgentError: the agent failed, or returned something that is not keys.
    """
    identities = list(await _resolve(agent.get_identities()))
    for identity in identities:
        if not isinstance(identity, SSHKey | SSHCertificate):
            raise AgentError(f"{type(agent).__name__}.get_identities() returned a non-key")
    return identities


async def agent_sign(
    agent: BaseAgent, public_key: Identity, data: bytes, *, algorithm: str | None = None
) -> bytes:
    """Call ``agent.sign(...)``, sync or async.

    Returns:
        The signature blob.
    Raises:
        AgentError: the agent failed or refused, or returned something that is not bytes.
    """
    signature = await _resolve(agent.sign(public_key, data, algorithm=algorithm))
    if not isinstance(signature, bytes | bytearray | memoryview):
        raise AgentError(f"{type(agent).__name__}.sign() returned a non-bytes signature")
    return bytes(signature)


async def agent_stream(agent: BaseAgent) -> StreamPair:
    """Call ``agent.get_stream()``, sync or async.

    Returns:
        A fresh ``(reader, writer)`` pair to the agent.
    Raises:
        AgentError: the agent cannot be forwarded or reached.
    """
    return await _resolve(agent.get_stream())

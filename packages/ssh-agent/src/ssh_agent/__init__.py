"""The ssh-agent protocol (draft-miller-ssh-agent): clients for every agent users run, and a
full agent of our own.

- Talk to an agent: :class:`AgentClient` over any asyncio stream, :class:`OpenSSHAgent`
  (``SSH_AUTH_SOCK``), :class:`CygwinAgent`, :class:`PageantAgent`, and
  :func:`create_agent`, which picks one the way the Node ``ssh2`` library does.
  :class:`BaseAgent` is the abstract class for custom agents.
- Be an agent: :class:`KeyStore` (keys, lock, lifetimes, confirm, session-bind, destination
  constraints), :class:`AgentServerProtocol` (sans-IO, one per connection) and
  :class:`AgentServer` (a 0600 UNIX socket in a 0700 directory). ``python -m ssh_agent`` is
  a drop-in ``ssh-agent``.
"""

from __future__ import annotations

from ._askpass import AskpassConfirm
from ._base import BaseAgent, Identity, StreamPair, agent_identities, agent_sign, agent_stream
from ._client import DEFAULT_TIMEOUT, AgentClient, AgentTimeoutError
from ._create import create_agent
from ._cygwin import CygwinAgent
from ._destinations import (
    DestinationConstraint,
    DestinationHop,
    HostKeySpec,
    ParsedKey,
    SessionBinding,
    SessionState,
)
from ._errors import AgentError, AgentFailure, AgentProtocolError
from ._framing import MAX_MESSAGE, FrameDecoder, frame
from ._openssh import OpenSSHAgent
from ._pageant import PageantAgent
from ._protocol import AgentClientProtocol, PendingRequest
from ._server import AgentServerProtocol
from ._store import KeyStore, PendingSignature, StoredIdentity
from ._unix_server import AgentServer, AgentSocket, ConfirmCallback, create_agent_socket

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_MESSAGE",
    "AgentClient",
    "AgentClientProtocol",
    "AgentError",
    "AgentFailure",
    "AgentProtocolError",
    "AgentServer",
    "AgentServerProtocol",
    "AgentSocket",
    "AgentTimeoutError",
    "AskpassConfirm",
    "BaseAgent",
    "ConfirmCallback",
    "CygwinAgent",
    "DestinationConstraint",
    "DestinationHop",
    "FrameDecoder",
    "HostKeySpec",
    "Identity",
    "KeyStore",
    "OpenSSHAgent",
    "PageantAgent",
    "ParsedKey",
    "PendingRequest",
    "PendingSignature",
    "SessionBinding",
    "SessionState",
    "StoredIdentity",
    "StreamPair",
    "__version__",
    "agent_identities",
    "agent_sign",
    "agent_stream",
    "create_agent",
    "create_agent_socket",
    "frame",
]

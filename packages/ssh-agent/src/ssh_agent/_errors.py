"""Agent errors, rooted in ssh_wire's SSHError tree."""

from __future__ import annotations

from ssh_wire import SSHError

__all__ = ["AgentError", "AgentFailure", "AgentProtocolError"]


class AgentError(SSHError):
    """Something went wrong talking to, or serving, an SSH agent."""


class AgentProtocolError(AgentError):
    """The peer broke the agent protocol: bad framing, an oversized or malformed message,
    or a reply that does not answer the request. The connection cannot be trusted after it."""


class AgentFailure(AgentError):
    """The agent answered SSH_AGENT_FAILURE (or EXTENSION_FAILURE) to a request.

    Attributes:
        request: the name of the request that failed (e.g. ``"AgentSignRequest"``).
    """

    def __init__(self, request: str, detail: str = "") -> None:
        super().__init__(f"agent refused {request}" + (f": {detail}" if detail else ""))
        self.request = request

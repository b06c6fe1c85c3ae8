"""create_agent: turn the ``agent`` option's value into an agent, as the seed does."""

from __future__ import annotations

import os
import sys

from ._base import BaseAgent
from ._client import DEFAULT_TIMEOUT
from ._cygwin import CygwinAgent
from ._openssh import OpenSSHAgent, is_named_pipe
from ._pageant import PageantAgent

__all__ = ["create_agent"]


def _is_windows() -> bool:
    return sys.platform == "win32"


def create_agent(
    value: BaseAgent | str | os.PathLike[str] | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BaseAgent:
    """Make the agent a connection should use, by the seed's rules.

    - a :class:`BaseAgent` is returned as it is;
    - ``"pageant"`` gives a :class:`PageantAgent` (Windows only);
    - on Windows, a named pipe path (``\\\\.\\pipe\\…``) gives an :class:`OpenSSHAgent` on
      that pipe and any other path a :class:`CygwinAgent` (a Cygwin/MSYS socket file);
    - anywhere else a path gives an :class:`OpenSSHAgent` on that UNIX socket;
    - None gives an :class:`OpenSSHAgent` on ``$SSH_AUTH_SOCK`` (on Windows, when that is
      unset, the OpenSSH for Windows agent pipe).

    No connection is made until the agent is used.

    Returns:
        The agent.
    Raises:
        AgentError: ``"pageant"`` off Windows, or None with ``SSH_AUTH_SOCK`` unset.
        TypeError: ``value`` is neither an agent, a path nor None.
    """
    if isinstance(value, BaseAgent):
        return value
    if value is None:
        return OpenSSHAgent(timeout=timeout)
    if not isinstance(value, str | os.PathLike):
        raise TypeError(f"an agent is a BaseAgent or a socket path, not {type(value).__name__}")
    path = os.fspath(value)
    if path == "pageant":
        return PageantAgent(timeout=timeout)
    if _is_windows() and not is_named_pipe(path):
        return CygwinAgent(path, timeout=timeout)
    return OpenSSHAgent(path, timeout=timeout)

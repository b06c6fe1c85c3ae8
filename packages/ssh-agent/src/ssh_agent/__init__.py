"""The ssh-agent protocol (draft-miller-ssh-agent).

This package will hold agent clients (talking to ``ssh-agent`` over ``SSH_AUTH_SOCK``, or to
Pageant), a full agent with its own key store that can serve OpenSSH's ``ssh-add`` and
``ssh``, and the glue the engine uses for agent-backed authentication and agent forwarding.
It depends only on ``ssh_wire``, whose generated codecs decode and encode agent messages.

Nothing is public yet: ``__all__`` is empty until the agent lands.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__: list[str] = []

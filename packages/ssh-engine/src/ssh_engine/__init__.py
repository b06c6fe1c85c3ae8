"""The SSH2 engine: transport, key exchange, crypto, user authentication and connection.

This package will hold the sans-IO protocol core (fed bytes, handing out events and bytes,
with time passed in through ``tick(now)``), the crypto registries (ciphers, MACs, key
exchanges, host key algorithms) and the asyncio ``Client``/``Server`` facades built on it,
plus ``ssh_engine.testing`` with an in-memory client/server pair. It depends on ``ssh_wire``
for every message codec and on ``ssh_agent`` for agent-backed authentication.

Nothing is public yet: ``__all__`` is empty until the engine lands.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__: list[str] = []

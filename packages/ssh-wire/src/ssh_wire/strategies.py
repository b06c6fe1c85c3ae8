"""Hypothesis strategies for every generated message and struct (needs ``ssh-wire[testing]``).

``STRATEGIES[cls]`` draws valid instances of ``cls``; use them to property-test code that
consumes or produces SSH messages.
"""

from __future__ import annotations

from typing import Any

from ._generated import (
    agent_strategies,
    connection_strategies,
    kex_strategies,
    keys_strategies,
    sftp_strategies,
    transport_strategies,
    userauth_strategies,
)

__all__ = ["STRATEGIES"]

STRATEGIES: dict[type, Any] = {}
for _module in (
    agent_strategies,
    connection_strategies,
    kex_strategies,
    keys_strategies,
    sftp_strategies,
    transport_strategies,
    userauth_strategies,
):
    STRATEGIES.update(_module.TABLE)

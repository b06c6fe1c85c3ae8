"""``python -m ssh_agent``: run the agent like OpenSSH's ``ssh-agent`` (see :mod:`._cli`)."""

from __future__ import annotations

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())

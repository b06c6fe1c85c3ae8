"""``python -m ssh_wire.keys``: the keys command line (see :mod:`ssh_wire.keys._cli`)."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())

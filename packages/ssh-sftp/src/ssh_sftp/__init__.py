"""SFTP version 3 (draft-ietf-secsh-filexfer-02) with OpenSSH's extensions.

This package will hold an SFTP client and server that speak over any byte channel: an SSH
session channel from ``ssh_engine``, or the pipes of OpenSSH's own ``sftp-server``. It
depends only on ``ssh_wire``, whose generated codecs decode and encode every SFTP packet.

Nothing is public yet: ``__all__`` is empty until the client and server land.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__: list[str] = []

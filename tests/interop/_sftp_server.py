"""Talk to OpenSSH's own ``sftp-server`` over its stdin/stdout pipes.

SFTP packets (draft-ietf-secsh-filexfer-02 §3) are framed by a uint32 length; ``send`` and
``receive`` take and return what follows the length (type byte first), which is what
``ssh_wire.decode_message(..., "sftp")`` reads.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from pathlib import Path
from types import TracebackType

from tests.interop._sshd import INSTALL_HINT, OpenSSHMissingError

__all__ = ["SFTP_INIT_V3", "SFTP_SERVER_CANDIDATES", "SftpServerPipe", "find_sftp_server"]

SFTP_SERVER_CANDIDATES = (
    "/usr/lib/openssh/sftp-server",  # Debian, Ubuntu
    "/usr/lib/sftp-server",
    "/usr/libexec/openssh/sftp-server",  # Fedora, RHEL
    "/usr/libexec/sftp-server",
)
# SSH_FXP_INIT (1), version 3, no extensions.
SFTP_INIT_V3 = bytes([1]) + (3).to_bytes(4, "big")
MAX_SFTP_PACKET = 256 * 1024


def find_sftp_server() -> Path:
    """Return the path of OpenSSH's sftp-server.

    Raises:
        OpenSSHMissingError: none of the usual places holds it.
    """
    for candidate in SFTP_SERVER_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return Path(candidate)
    raise OpenSSHMissingError(
        f"sftp-server not found in {', '.join(SFTP_SERVER_CANDIDATES)}; {INSTALL_HINT}"
    )


class SftpServerPipe:
    """An sftp-server child process; use as a context manager so it is always ended."""

    def __init__(self, program: Path | None = None, *, timeout: float = 10.0) -> None:
        """Start sftp-server (found with :func:`find_sftp_server` unless given).

        Raises:
            OpenSSHMissingError: sftp-server is not installed.
        """
        self.timeout = timeout
        self.process = subprocess.Popen(
            [str(program or find_sftp_server()), "-e"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def send(self, payload: bytes) -> None:
        """Write one SFTP packet: uint32 length, then payload."""
        assert self.process.stdin is not None
        self.process.stdin.write(len(payload).to_bytes(4, "big") + payload)
        self.process.stdin.flush()

    def _read_exact(self, n: int, deadline: float) -> bytes:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        data = bytearray()
        while len(data) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError("timed out waiting for sftp-server")
            chunk = os.read(fd, n - len(data))
            if not chunk:
                raise ConnectionError("sftp-server closed its stdout")
            data += chunk
        return bytes(data)

    def receive(self) -> bytes:
        """Return the next SFTP packet without its length prefix.

        Raises:
            TimeoutError, ConnectionError: no complete packet in time.
            ValueError: the length prefix exceeds MAX_SFTP_PACKET.
        """
        deadline = time.monotonic() + self.timeout
        length = int.from_bytes(self._read_exact(4, deadline), "big")
        if not 1 <= length <= MAX_SFTP_PACKET:
            raise ValueError(f"SFTP packet length {length} out of range")
        return self._read_exact(length, deadline)

    def close(self) -> None:
        """Close stdin (sftp-server exits on EOF) and reap it, killing it if it lingers."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(self.timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(self.timeout)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> SftpServerPipe:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

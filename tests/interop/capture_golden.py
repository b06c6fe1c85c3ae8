"""Capture golden vectors from the OpenSSH installed here, for ``tests/test_golden.py``.

Writes ``tests/golden/openssh_kexinit.bin`` (the KEXINIT payload a private sshd sends) and
``tests/golden/openssh_sftp_version.bin`` (sftp-server's reply to INIT v3, after its uint32
length). Uses raw bytes only, so it works before any codec does. Run from the repository
root, then commit the files:

    python tests/interop/capture_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make ``tests.interop`` importable
    sys.path.insert(0, str(ROOT))

from tests.interop._sftp_server import SFTP_INIT_V3, SftpServerPipe  # noqa: E402
from tests.interop._sshd import read_server_kexinit, running_sshd  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"


def capture() -> dict[str, bytes]:
    """Return {file name: payload} for each golden vector, taken from live OpenSSH programs.

    Raises:
        OpenSSHMissingError: sshd, ssh-keygen or sftp-server is missing.
        RuntimeError, TimeoutError, ValueError: a program failed or misbehaved.
    """
    with running_sshd() as server:
        ident, kexinit = read_server_kexinit(server.host, server.port, timeout=10.0)
    with SftpServerPipe() as pipe:
        pipe.send(SFTP_INIT_V3)
        sftp_version = pipe.receive()
    print(f"sshd identified as {ident}")
    return {"openssh_kexinit.bin": kexinit, "openssh_sftp_version.bin": sftp_version}


def main() -> None:
    """Write the golden files and say what was written."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, payload in capture().items():
        (GOLDEN / name).write_bytes(payload)
        print(f"wrote {len(payload):5d} bytes to {(GOLDEN / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main()

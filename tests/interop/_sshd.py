"""Start a private OpenSSH ``sshd`` on 127.0.0.1 and read what it says first.

Used by the interop tests' ``sshd`` fixture, by ``capture_golden.py`` and by the demo. The
server runs as a child process with its own config, host keys and log in a temporary
directory; it never touches the system sshd, its config or port 22.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "CLIENT_IDENT",
    "HOST_KEY_TYPES",
    "SSHD",
    "OpenSSHMissingError",
    "SshdServer",
    "read_server_kexinit",
    "require_program",
    "running_sshd",
    "start_sshd",
]

SSHD = "/usr/sbin/sshd"
HOST_KEY_TYPES = ("ed25519", "ecdsa", "rsa")
CLIENT_IDENT = b"SSH-2.0-sshwire_test\r\n"
INSTALL_HINT = "install OpenSSH (apt-get install openssh-server openssh-client), as .ci/run does"

# RFC 4253 §6.1: implementations must handle packets of 35000 bytes in total.
MAX_PACKET_LENGTH = 35000
# RFC 4253 §4.2: the server may send other lines before its version line.
MAX_PRE_IDENT_LINES = 64
MAX_LINE_LENGTH = 8192


class OpenSSHMissingError(RuntimeError):
    """An OpenSSH program the interop tests need is not installed."""


@dataclass(frozen=True)
class SshdServer:
    """A running private sshd: where it listens and where its files are."""

    host: str
    port: int
    tmpdir: Path
    log_path: Path
    config_path: Path
    host_keys: dict[str, Path]
    authorized_keys: Path
    process: subprocess.Popen[bytes] = field(repr=False)

    def log_text(self) -> str:
        """Return the server's log so far (empty if it cannot be read)."""
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""


def require_program(path_or_name: str) -> str:
    """Return the absolute path of an OpenSSH program.

    Raises:
        OpenSSHMissingError: the program is not installed (so tests fail instead of skipping).
    """
    found = shutil.which(path_or_name)
    if found is None:
        raise OpenSSHMissingError(f"{path_or_name} not found; {INSTALL_HINT}")
    return found


def _pick_free_port(host: str) -> int:
    """Return a TCP port on host that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def _generate_host_keys(keygen: str, directory: Path) -> dict[str, Path]:
    """Create one host key per type in directory; return {type: private key path}."""
    keys: dict[str, Path] = {}
    for key_type in HOST_KEY_TYPES:
        path = directory / f"ssh_host_{key_type}_key"
        subprocess.run(
            [keygen, "-q", "-t", key_type, "-N", "", "-C", "sshwire-test-host", "-f", str(path)],
            check=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
        keys[key_type] = path
    return keys


def _write_config(
    path: Path,
    host: str,
    port: int,
    host_keys: dict[str, Path],
    authorized_keys: Path,
    extra_config: Sequence[str],
    use_pam: bool = False,
) -> None:
    """Write an sshd_config for a private, unprivileged-looking test server (``UsePAM no``
    unless use_pam: sshd takes the first value of an option, so extra_config cannot
    override the lines written here)."""
    lines = [
        f"Port {port}",
        f"ListenAddress {host}",
        *(f"HostKey {key}" for key in host_keys.values()),
        "PidFile none",
        f"UsePAM {'yes' if use_pam else 'no'}",
        "StrictModes no",
        "LogLevel DEBUG3",
        f"AuthorizedKeysFile {authorized_keys}",
        "Subsystem sftp internal-sftp",
        *extra_config,
    ]
    path.write_text("\n".join(lines) + "\n")


def _ensure_privsep_dir() -> None:
    """Create /run/sshd, the privilege separation directory sshd insists on, if missing."""
    privsep = Path("/run/sshd")
    if not privsep.is_dir():
        with contextlib.suppress(PermissionError):  # not root: sshd will say what it needs
            privsep.mkdir(mode=0o755, parents=True, exist_ok=True)


def _wait_until_listening(server: SshdServer, deadline: float) -> None:
    """Return once server.port accepts a TCP connection.

    Raises:
        RuntimeError: sshd exited, or the deadline passed; the message holds the log's tail.
    """
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"sshd exited with {server.process.returncode}:\n{server.log_text()[-4000:]}"
            )
        try:
            with socket.create_connection((server.host, server.port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"sshd did not listen on {server.host}:{server.port} in time:\n"
                    f"{server.log_text()[-4000:]}"
                ) from None
            time.sleep(0.05)


def start_sshd(
    tmpdir: Path,
    *,
    host: str = "127.0.0.1",
    extra_config: Sequence[str] = (),
    ready_timeout: float = 10.0,
    use_pam: bool = False,
) -> SshdServer:
    """Start ``sshd -D -e`` with host keys, config and log in tmpdir; return once it listens.

    ``use_pam`` writes ``UsePAM yes`` (the system's /etc/pam.d/sshd then decides passwords
    and keyboard-interactive) instead of the default ``UsePAM no``.

    Raises:
        OpenSSHMissingError: sshd or ssh-keygen is not installed.
        RuntimeError: sshd rejected its config, exited, or did not listen within ready_timeout.
    """
    sshd = require_program(SSHD)
    keygen = require_program("ssh-keygen")
    tmpdir = tmpdir.resolve()  # sshd wants absolute paths
    host_keys = _generate_host_keys(keygen, tmpdir)
    authorized_keys = tmpdir / "authorized_keys"
    authorized_keys.touch(mode=0o600)
    config_path = tmpdir / "sshd_config"
    log_path = tmpdir / "sshd.log"
    _ensure_privsep_dir()

    last_error: RuntimeError | None = None
    for _attempt in range(3):  # another process may take the port between pick and bind
        port = _pick_free_port(host)
        _write_config(config_path, host, port, host_keys, authorized_keys, extra_config, use_pam)
        check = subprocess.run(
            [sshd, "-t", "-f", str(config_path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
        )
        if check.returncode != 0:
            raise RuntimeError(f"sshd -t rejected {config_path}:\n{check.stderr}")
        with log_path.open("ab") as log:
            process = subprocess.Popen(
                [sshd, "-D", "-e", "-f", str(config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group, so stop_sshd can end children
            )
        server = SshdServer(
            host, port, tmpdir, log_path, config_path, host_keys, authorized_keys, process
        )
        try:
            _wait_until_listening(server, time.monotonic() + ready_timeout)
        except RuntimeError as exc:
            stop_sshd(server)
            last_error = exc
            if "Address already in use" not in server.log_text():
                raise
        else:
            return server
    assert last_error is not None
    raise last_error


def stop_sshd(server: SshdServer, timeout: float = 5.0) -> None:
    """Terminate the sshd we started and the session processes in its process group."""
    process = server.process
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGTERM)  # our own group: pgid == the sshd's pid


@contextlib.contextmanager
def running_sshd(
    tmpdir: Path | None = None, *, extra_config: Sequence[str] = ()
) -> Iterator[SshdServer]:
    """Yield a started sshd; stop it (and remove a temp dir made here) on exit.

    Raises:
        OpenSSHMissingError, RuntimeError: as :func:`start_sshd`.
    """
    with contextlib.ExitStack() as stack:
        if tmpdir is None:
            tmpdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sshwire-")))
        server = start_sshd(tmpdir, extra_config=extra_config)
        stack.callback(stop_sshd, server)
        yield server


class _Reader:
    """Reads lines and exact byte counts from a socket, all under one deadline."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._buf = bytearray()

    def _fill(self) -> None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("timed out reading from the server")
        self._sock.settimeout(remaining)
        chunk = self._sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self._buf += chunk

    def read_line(self, max_length: int) -> bytes:
        """Return one line including its LF; raise ValueError past max_length bytes."""
        while (end := self._buf.find(b"\n", 0, max_length)) < 0:
            if len(self._buf) >= max_length:
                raise ValueError(f"line longer than {max_length} bytes")
            self._fill()
        line = bytes(self._buf[: end + 1])
        del self._buf[: end + 1]
        return line

    def read_exact(self, n: int) -> bytes:
        """Return exactly n bytes."""
        while len(self._buf) < n:
            self._fill()
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data


def read_server_kexinit(host: str, port: int, timeout: float = 10.0) -> tuple[str, bytes]:
    """Connect, exchange identification strings and read the server's first packet in clear.

    RFC 4253 §4.2 (identification, possibly after other lines) and §6 (binary packet:
    uint32 packet_length, byte padding_length, payload, padding; no MAC before the first
    NEWKEYS). The first packet OpenSSH sends is its SSH_MSG_KEXINIT.

    Returns:
        (the server's identification line without CR LF, the payload of its first packet).

    Raises:
        TimeoutError, ConnectionError: the server was too slow or hung up.
        ValueError: the server sent something that is not SSH (oversized line or packet).
    """
    deadline = time.monotonic() + timeout
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(CLIENT_IDENT)
        reader = _Reader(sock, deadline)
        for _ in range(MAX_PRE_IDENT_LINES):
            line = reader.read_line(MAX_LINE_LENGTH)
            if line.startswith(b"SSH-"):
                ident = line.rstrip(b"\r\n").decode("ascii")
                break
        else:
            raise ValueError(f"no SSH- line in the first {MAX_PRE_IDENT_LINES} lines")
        packet_length = int.from_bytes(reader.read_exact(4), "big")
        if not 5 <= packet_length <= MAX_PACKET_LENGTH:
            raise ValueError(f"packet_length {packet_length} out of range")
        packet = reader.read_exact(packet_length)
        padding_length = packet[0]
        payload_length = packet_length - 1 - padding_length
        if padding_length < 4 or payload_length < 1:
            raise ValueError(f"bad padding_length {padding_length} for {packet_length}")
        return ident, packet[1 : 1 + payload_length]

"""Helpers for interop tests of user authentication: throwaway Linux users, a private
``ssh-agent`` and user keys made by ``ssh-keygen``.

Everything here is a context manager (or a plain function) rather than a pytest fixture, so
each test module wraps them in fixtures of the scope it needs::

    @pytest.fixture(scope="module")
    def user():
        require_root()
        with throwaway_user(home=True) as made:
            yield made

Users are created with ``useradd`` and removed with ``userdel`` even when the test fails;
agents are killed by their pid. Nothing touches ``os.environ``: the agent's socket is passed
to ``ssh-add`` in the subprocess's own environment only.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.interop._sshd import require_program

__all__ = [
    "SshAgent",
    "ThrowawayUser",
    "generate_user_key",
    "require_root",
    "running_ssh_agent",
    "throwaway_user",
    "write_user_file",
]

# ssh-add would otherwise try to pop up a passphrase dialog.
_ASKPASS_VARIABLES = ("SSH_ASKPASS", "SSH_ASKPASS_REQUIRE", "DISPLAY", "SSH_AUTH_SOCK")


def require_root(reason: str = "creating a Linux user needs root") -> None:
    """Skip the calling test (or fixture) unless the process runs as root.

    CI runs as root, so there these tests always run; the skip reason says why elsewhere.
    """
    if os.geteuid() != 0:
        pytest.skip(f"{reason} (running as uid {os.geteuid()})")


@dataclass(frozen=True)
class ThrowawayUser:
    """A Linux user created for one test module.

    Attributes:
        name: the login name (random, ``sshw`` followed by hex digits).
        password: its password, set with ``chpasswd``.
        uid: its numeric user id.
        gid: its primary group id.
        home: its home directory (owned by the user), or None when it has none.
    """

    name: str
    password: str = field(repr=False)
    uid: int
    gid: int
    home: Path | None


def _run(args: list[str], *, input_text: str | None = None) -> None:
    """Run a user-administration command; raise RuntimeError with its output on failure."""
    result = subprocess.run(
        args,
        input=input_text,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")


@contextlib.contextmanager
def throwaway_user(*, home: bool = False) -> Iterator[ThrowawayUser]:
    """Create a Linux user with a random name and password; remove it on exit.

    Args:
        home: give the user a fresh home directory (mode 0755, owned by the user) in a new
            directory under the system temp dir, removed again on exit. It is made there
            rather than in a pytest temp dir because sshd reads the user's files (for
            example ``~/.ssh/known_hosts``) as the user, and pytest's temp dirs are
            private to root. ``useradd`` never creates it (``-M``: nothing is copied from
            /etc/skel). Without it the user's home directory does not exist.
    Yields:
        The user.
    Raises:
        RuntimeError: ``useradd`` or ``chpasswd`` failed (the user is removed again).
    The caller must be root (see :func:`require_root`).
    """
    useradd = require_program("useradd")
    userdel = require_program("userdel")
    chpasswd = require_program("chpasswd")
    name = "sshw" + secrets.token_hex(6)
    password = "pw-" + secrets.token_urlsafe(12)
    with contextlib.ExitStack() as stack:
        home_dir: Path | None = None
        args = [useradd, "-M", "-s", "/bin/sh", "-c", "sshwire interop test user"]
        if home:
            parent = Path(tempfile.mkdtemp(prefix="sshwire-home-"))
            stack.callback(shutil.rmtree, parent, ignore_errors=True)
            parent.chmod(0o755)  # mkdtemp makes it 0700; the user must traverse it
            home_dir = parent / name
            args += ["-d", str(home_dir)]
        _run([*args, name])
        # -f: remove the user even if a process of it still runs; the home directory is
        # removed by the callback above, not by userdel.
        stack.callback(_run, [userdel, "-f", name])
        _run([chpasswd], input_text=f"{name}:{password}\n")
        entry = pwd.getpwnam(name)
        if home_dir is not None:
            home_dir.mkdir(mode=0o755)
            os.chown(home_dir, entry.pw_uid, entry.pw_gid)
        yield ThrowawayUser(name, password, entry.pw_uid, entry.pw_gid, home_dir)


def write_user_file(user: ThrowawayUser, relative: str, text: str, mode: int = 0o644) -> Path:
    """Write ``text`` to a file under the user's home directory, creating directories on the
    way, all owned by the user (sshd reads them as the user).

    Returns:
        The file's path.
    Raises:
        ValueError: the user has no home directory.
    """
    if user.home is None:
        raise ValueError(f"{user.name} has no home directory")
    path = user.home / relative
    for directory in reversed(path.relative_to(user.home).parents[:-1]):
        made = user.home / directory
        made.mkdir(mode=0o755, exist_ok=True)
        os.chown(made, user.uid, user.gid)
    path.write_text(text)
    path.chmod(mode)
    os.chown(path, user.uid, user.gid)
    return path


def generate_user_key(
    directory: Path, key_type: str, bits: int | None = None, *, name: str | None = None
) -> Path:
    """Make an unencrypted key pair with ``ssh-keygen`` in ``directory``.

    Args:
        directory: where ``<name>`` and ``<name>.pub`` are written.
        key_type: ``ssh-keygen -t`` (``ed25519``, ``ecdsa``, ``rsa``…).
        bits: ``ssh-keygen -b`` (the curve size for ecdsa), or None for the default.
        name: the file name; default ``id_<type>[_<bits>]``.
    Returns:
        The private key's path (the public key is that path plus ``.pub``).
    """
    keygen = require_program("ssh-keygen")
    name = name or f"id_{key_type}" + (f"_{bits}" if bits else "")
    path = directory / name
    size = ["-b", str(bits)] if bits else []
    subprocess.run(
        [keygen, "-q", "-t", key_type, *size, "-N", "", "-C", name, "-f", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    return path


@dataclass(frozen=True)
class SshAgent:
    """A running ``ssh-agent -D`` on a private socket.

    Attributes:
        socket: the agent's UNIX socket path (what ``SSH_AUTH_SOCK`` would hold).
        process: the agent process.
    """

    socket: Path
    process: subprocess.Popen[bytes] = field(repr=False)

    def env(self) -> dict[str, str]:
        """Returns an environment for OpenSSH tools that talk to this agent (a copy of
        ``os.environ`` with ``SSH_AUTH_SOCK`` set and any askpass program removed)."""
        env = {k: v for k, v in os.environ.items() if k not in _ASKPASS_VARIABLES}
        env["SSH_AUTH_SOCK"] = str(self.socket)
        return env

    def ssh_add(self, *args: str | os.PathLike[str]) -> str:
        """Run ``ssh-add`` with ``args`` against this agent.

        Returns:
            Its standard output.
        Raises:
            RuntimeError: ssh-add failed (the message holds its output).
        """
        result = subprocess.run(
            [require_program("ssh-add"), *map(str, args)],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"ssh-add {args} failed: {result.stdout}{result.stderr}")
        return result.stdout

    def add(self, *keys: Path) -> None:
        """Load private key files into the agent (``ssh-add FILE...``)."""
        self.ssh_add(*keys)


@contextlib.contextmanager
def running_ssh_agent(directory: Path, *, ready_timeout: float = 10.0) -> Iterator[SshAgent]:
    """Start ``ssh-agent -D -a <directory>/agent.sock``; kill it on exit.

    Yields:
        The agent, once its socket exists.
    Raises:
        RuntimeError: the agent exited or did not create its socket within ready_timeout.
    """
    sock = directory / "agent.sock"
    process = subprocess.Popen(
        [require_program("ssh-agent"), "-D", "-a", str(sock)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + ready_timeout
        while not sock.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ssh-agent did not start (exit status {process.poll()})")
            time.sleep(0.01)
        yield SshAgent(sock, process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        if process.stderr is not None:
            process.stderr.close()
        with contextlib.suppress(FileNotFoundError):
            sock.unlink()

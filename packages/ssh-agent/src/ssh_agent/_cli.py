"""``python -m ssh_agent``: a drop-in for OpenSSH's ``ssh-agent`` command (ssh-agent(1)).

    python -m ssh_agent [-c | -s] [-Dd] [-a bind_address] [-E fingerprint_hash]
                        [-O option] [-P allowed_providers] [-t life] [command [arg ...]]
    python -m ssh_agent [-c | -s] -k

Like ssh-agent it binds the socket, then forks: the parent prints the shell commands that
set SSH_AUTH_SOCK and SSH_AGENT_PID (``-s`` Bourne, ``-c`` csh; by default csh when
``$SHELL`` ends in ``csh``) and exits, or runs ``command`` with them set; the child detaches
and serves until SIGTERM or SIGHUP (or, with a command, until the command's process is gone).
``-D`` stays in the foreground, ``-d`` too with debug logging; ``-k`` kills the agent named
by SSH_AGENT_PID. Confirmations (``ssh-add -c``) run ``$SSH_ASKPASS``; without it they are
refused. ``-O`` and ``-P`` concern PKCS#11 and FIDO providers, which this agent does not
load: they are accepted and ignored.
"""

from __future__ import annotations

import asyncio
import getopt
import logging
import os
import re
import signal
import sys
from collections.abc import Sequence
from typing import TextIO

from ._askpass import AskpassConfirm
from ._store import KeyStore
from ._unix_server import AgentServer, AgentSocket, create_agent_socket

__all__ = ["main", "parse_lifetime"]

USAGE = """\
usage: python -m ssh_agent [-c | -s] [-Dd] [-a bind_address] [-E fingerprint_hash]
                           [-O option] [-P allowed_providers] [-t life]
       python -m ssh_agent [-a bind_address] [-E fingerprint_hash] [-O option]
                           [-P allowed_providers] [-t life] command [arg ...]
       python -m ssh_agent [-c | -s] -k
"""
_AUTH_SOCK = "SSH_AUTH_SOCK"
_AGENT_PID = "SSH_AGENT_PID"
# ssh-agent checks every 10 s whether the process running its command is still there.
_PARENT_CHECK_INTERVAL = 1.0
_TIME_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_TIME_PART = re.compile(r"(\d+)([smhdw]?)", re.IGNORECASE)
_UINT32_MAX = 2**32 - 1
_STOP_SIGNALS = {signal.SIGTERM, signal.SIGHUP, signal.SIGINT}


def parse_lifetime(text: str) -> int:
    """Parse an OpenSSH time interval (misc.c convtime): ``600``, ``10m``, ``1h30m``…

    Returns:
        The interval in seconds.
    Raises:
        ValueError: not a time interval, or longer than a uint32 of seconds.
    """
    if not text:
        raise ValueError("empty time interval")
    total, pos = 0, 0
    while pos < len(text):
        match = _TIME_PART.match(text, pos)
        if match is None:
            raise ValueError(f"invalid time interval {text!r}")
        total += int(match.group(1)) * _TIME_UNITS[match.group(2).lower()]
        pos = match.end()
    if total > _UINT32_MAX:
        raise ValueError(f"time interval {text!r} is too long")
    return total


def _env_lines(pairs: Sequence[tuple[str, str]], csh: bool) -> str:
    """The lines ssh-agent prints (ssh-agent.c main: "%s=%s; export %s;" or "setenv %s %s;")."""
    if csh:
        return "".join(f"setenv {name} {value};\n" for name, value in pairs)
    return "".join(f"{name}={value}; export {name};\n" for name, value in pairs)


def _usage(stream: TextIO, message: str | None = None) -> int:
    if message:
        print(message, file=stream)
    stream.write(USAGE)
    return 1


def _kill(csh: bool) -> int:
    """ssh-agent -k: SIGTERM the agent named by SSH_AGENT_PID, print the unset lines."""
    value = os.environ.get(_AGENT_PID)
    if value is None:
        print(f"{_AGENT_PID} not set, cannot kill agent", file=sys.stderr)
        return 1
    try:
        pid = int(value)
        if not 2 <= pid <= 2**31 - 1:
            raise ValueError
    except ValueError:
        print(f'{_AGENT_PID}="{value}", which is not a good PID', file=sys.stderr)
        return 1
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError as exc:
        print(f"kill: {exc.strerror}", file=sys.stderr)
        return 1
    verb = "unsetenv" if csh else "unset"
    sys.stdout.write(f"{verb} {_AUTH_SOCK};\n{verb} {_AGENT_PID};\necho Agent pid {pid} killed;\n")
    return 0


async def _serve(
    agent_socket: AgentSocket,
    lifetime: int | None,
    fingerprint_hash: str,
    *,
    interactive: bool,
    parent_pid: int | None,
) -> None:
    store = KeyStore(default_lifetime=lifetime)
    server = AgentServer(store, confirm=AskpassConfirm(fingerprint_hash))
    await server.start(sock=agent_socket)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    signals = [signal.SIGTERM, signal.SIGHUP] + ([signal.SIGINT] if interactive else [])
    for signum in signals:
        loop.add_signal_handler(signum, stop.set)
    # Blocked since before the socket existed (see main): a signal sent meanwhile is
    # delivered now, to the handlers above, so the socket is always cleaned up.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    watchdog = None
    if parent_pid is not None:

        async def watch_parent() -> None:
            # ssh-agent.c check_parent_exists: once the command is gone, so is the agent.
            while os.getppid() == parent_pid:
                await asyncio.sleep(_PARENT_CHECK_INTERVAL)
            stop.set()

        watchdog = loop.create_task(watch_parent())
    try:
        await stop.wait()
    finally:
        if watchdog is not None:
            watchdog.cancel()
        await server.close()


def _run_agent(
    agent_socket: AgentSocket,
    lifetime: int | None,
    fingerprint_hash: str,
    *,
    interactive: bool,
    parent_pid: int | None = None,
) -> int:
    try:
        asyncio.run(
            _serve(
                agent_socket,
                lifetime,
                fingerprint_hash,
                interactive=interactive,
                parent_pid=parent_pid,
            )
        )
    finally:
        agent_socket.cleanup()
    return 0


def _detach_stdio() -> None:
    """Point stdin, stdout and stderr at /dev/null (so ``eval $(…)`` sees EOF at once)."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    if null > 2:
        os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ssh-agent command line.

    Returns:
        The exit status (0 on success; 1 for bad usage or a socket that cannot be made).
        In the default detaching mode the printing parent leaves with ``os._exit`` and the
        agent child returns when it stops.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        opts, command = getopt.getopt(args, "a:cDdE:kO:P:st:")
    except getopt.GetoptError as exc:
        return _usage(sys.stderr, f"ssh-agent: {exc.msg}")
    flags = {name for name, _ in opts}
    values = dict(opts)
    c_flag, s_flag = "-c" in flags, "-s" in flags
    d_flag, foreground = "-d" in flags, "-D" in flags
    if c_flag and s_flag:
        return _usage(sys.stderr)
    if command and (c_flag or s_flag or d_flag or foreground or "-k" in flags):
        return _usage(sys.stderr)
    if d_flag and foreground:
        return _usage(sys.stderr)
    if not command and not c_flag and not s_flag:
        c_flag = os.environ.get("SHELL", "").endswith("csh")
    if "-k" in flags:
        return _kill(c_flag)
    fingerprint_hash = values.get("-E", "sha256").lower()
    if fingerprint_hash not in ("sha256", "md5"):
        print("Invalid hash algorithm", file=sys.stderr)
        return 1
    lifetime: int | None = None
    if "-t" in values:
        try:
            lifetime = parse_lifetime(values["-t"])
        except ValueError:
            return _usage(sys.stderr, "Invalid lifetime")
    # Until the agent's handlers are in place, hold back the signals that stop it: one
    # arriving earlier would kill it the default way and leave the socket behind.
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        agent_socket = create_agent_socket(values.get("-a"))
    except OSError as exc:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
        print(f"bind: {exc.strerror or exc}", file=sys.stderr)
        return 1

    if foreground or d_flag:
        logging.basicConfig(
            level=logging.DEBUG if d_flag else logging.INFO,
            stream=sys.stderr,
            format="ssh-agent: %(message)s",
        )
        sys.stdout.write(_env_lines([(_AUTH_SOCK, agent_socket.path)], c_flag))
        sys.stdout.write(f"echo Agent pid {os.getpid()};\n")
        sys.stdout.flush()
        return _run_agent(agent_socket, lifetime, fingerprint_hash, interactive=True)

    parent_pid = os.getpid()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid != 0:  # the parent: tell the shell, or run the command, and never clean up
        agent_socket.sock.close()
        if not command:
            pairs = [(_AUTH_SOCK, agent_socket.path), (_AGENT_PID, str(pid))]
            sys.stdout.write(_env_lines(pairs, c_flag) + f"echo Agent pid {pid};\n")
            sys.stdout.flush()
            os._exit(0)
        os.environ[_AUTH_SOCK] = agent_socket.path
        os.environ[_AGENT_PID] = str(pid)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # the mask survives exec
        try:
            os.execvp(command[0], command)
        except OSError as exc:
            print(f"{command[0]}: {exc.strerror}", file=sys.stderr)
            os._exit(1)
    # The child: the agent itself, detached from the terminal and the shell's pipes.
    agent_socket.adopt()
    os.setsid()
    os.chdir("/")
    _detach_stdio()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return _run_agent(
        agent_socket,
        lifetime,
        fingerprint_hash,
        interactive=False,
        parent_pid=parent_pid if command else None,
    )

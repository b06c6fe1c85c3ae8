"""``python -m ssh_agent``: ssh-agent's command line, output and process handling, and the
SSH_ASKPASS confirmation."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _server_helpers import framed, key, replies

from ssh_agent._askpass import AskpassConfirm, confirmation_prompt
from ssh_agent._cli import parse_lifetime
from ssh_wire import messages as m

AGENT = [sys.executable, "-m", "ssh_agent"]
SH_LINES = re.compile(
    r"SSH_AUTH_SOCK=(?P<sock>/\S+); export SSH_AUTH_SOCK;\n"
    r"SSH_AGENT_PID=(?P<pid>\d+); export SSH_AGENT_PID;\n"
    r"echo Agent pid (?P=pid);\n\Z"
)
CSH_LINES = re.compile(
    r"setenv SSH_AUTH_SOCK (?P<sock>/\S+);\n"
    r"setenv SSH_AGENT_PID (?P<pid>\d+);\n"
    r"echo Agent pid (?P=pid);\n\Z"
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AGENT, *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env if env is not None else dict(os.environ),
        stdin=subprocess.DEVNULL,
    )


def alive(pid: int) -> bool:
    """True while the process runs (a zombie waiting for a lazy init to reap it is gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def wait_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                return True
        except ChildProcessError:
            pass
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def request(path: str, msg: object) -> object:
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(10)
        s.connect(path)
        s.sendall(framed(msg))
        data = b""
        while len(data) < 4 or len(data) < 4 + int.from_bytes(data[:4], "big"):
            chunk = s.recv(65536)
            assert chunk
            data += chunk
    (reply,) = replies(data)
    return reply


@pytest.fixture
def daemon() -> Iterator[dict[str, str]]:
    """A detached agent started with -s; yields its parsed output; kills it afterwards."""
    out = run_cli("-s")
    assert out.returncode == 0, out.stderr
    match = SH_LINES.fullmatch(out.stdout)
    assert match, out.stdout
    info = match.groupdict()
    try:
        yield info
    finally:
        pid = int(info["pid"])
        if alive(pid):
            os.kill(pid, signal.SIGTERM)
            wait_gone(pid)


# -- lifetime parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0", 0),
        ("600", 600),
        ("10m", 600),
        ("1h30m", 5400),
        ("1H", 3600),
        ("2d", 172800),
        ("1w", 604800),
        ("1m1s", 61),
        ("90s", 90),
    ],
)
def test_parse_lifetime(text: str, seconds: int) -> None:
    assert parse_lifetime(text) == seconds


@pytest.mark.parametrize("text", ["", "x", "10y", "-5", "1.5h", "m", "99999999999"])
def test_parse_lifetime_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_lifetime(text)


# -- detached agent -------------------------------------------------------------------------------


def test_detached_agent_prints_sh_lines_and_serves(daemon: dict[str, str]) -> None:
    path, pid = daemon["sock"], int(daemon["pid"])
    assert alive(pid)
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
    assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
    assert re.fullmatch(r"agent\.\d+", os.path.basename(path))
    assert request(path, m.AgentRequestIdentities()) == m.AgentIdentitiesAnswer(())


def test_kill_prints_unset_lines_and_cleans_up(daemon: dict[str, str]) -> None:
    path, pid = daemon["sock"], int(daemon["pid"])
    env = dict(os.environ, SSH_AGENT_PID=str(pid), SSH_AUTH_SOCK=path, SHELL="/bin/bash")
    out = run_cli("-k", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        f"unset SSH_AUTH_SOCK;\nunset SSH_AGENT_PID;\necho Agent pid {pid} killed;\n"
    )
    assert wait_gone(pid)
    deadline = time.monotonic() + 5
    while os.path.exists(os.path.dirname(path)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not os.path.exists(path)
    assert not os.path.exists(os.path.dirname(path))


def test_csh_output_and_kill() -> None:
    out = run_cli("-c")
    match = CSH_LINES.fullmatch(out.stdout)
    assert match, out.stdout
    pid = match["pid"]
    killed = run_cli("-c", "-k", env=dict(os.environ, SSH_AGENT_PID=pid))
    assert killed.stdout == (
        f"unsetenv SSH_AUTH_SOCK;\nunsetenv SSH_AGENT_PID;\necho Agent pid {pid} killed;\n"
    )
    assert wait_gone(int(pid))


def test_shell_variable_picks_csh_by_default_and_early_sigterm_cleans_up() -> None:
    out = run_cli(env=dict(os.environ, SHELL="/bin/tcsh"))
    match = CSH_LINES.fullmatch(out.stdout)
    assert match, out.stdout
    os.kill(int(match["pid"]), signal.SIGTERM)  # likely before the agent's loop runs
    assert wait_gone(int(match["pid"]))
    assert not os.path.exists(os.path.dirname(match["sock"]))


def test_kill_without_pid_fails() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SSH_AGENT_PID"}
    out = run_cli("-k", env=env)
    assert out.returncode == 1
    assert "SSH_AGENT_PID not set, cannot kill agent" in out.stderr
    bad = run_cli("-k", env=dict(os.environ, SSH_AGENT_PID="zero"))
    assert bad.returncode == 1 and "not a good PID" in bad.stderr


@pytest.mark.parametrize(
    "args",
    [["-x"], ["-c", "-s"], ["-t", "forever"], ["-E", "sha1"], ["-s", "true"], ["-D", "-d"]],
    ids=["unknown", "c-and-s", "lifetime", "hash", "command-with-s", "D-and-d"],
)
def test_bad_usage(args: list[str]) -> None:
    out = run_cli(*args)
    assert out.returncode == 1
    assert out.stdout == ""
    assert "usage" in out.stderr or "Invalid" in out.stderr


def test_bind_address_in_use(tmp_path: Path) -> None:
    taken = tmp_path / "sock"
    taken.write_text("")
    out = run_cli("-s", "-a", str(taken))
    assert out.returncode == 1 and out.stderr.startswith("bind:")
    assert out.stdout == ""


# -- foreground agent -----------------------------------------------------------------------------


def start_foreground(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [*AGENT, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    second = proc.stdout.readline()
    return proc, first + second


def test_foreground_with_bind_address_and_sigterm(tmp_path: Path) -> None:
    path = tmp_path / "agent.sock"
    proc, out = start_foreground("-D", "-s", "-a", str(path))
    try:
        assert out == f"SSH_AUTH_SOCK={path}; export SSH_AUTH_SOCK;\necho Agent pid {proc.pid};\n"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert request(str(path), m.AgentRemoveAllIdentities()) == m.AgentSuccess()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert not path.exists()


def test_foreground_sigint_and_debug_logging(tmp_path: Path) -> None:
    path = tmp_path / "agent.sock"
    proc, out = start_foreground("-d", "-c", "-a", str(path))
    try:
        assert out == f"setenv SSH_AUTH_SOCK {path};\necho Agent pid {proc.pid};\n"
        request(str(path), m.AgentLock(""))
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "refused" in err  # debug logging goes to stderr
    assert not path.exists()


def test_default_lifetime_option(tmp_path: Path) -> None:
    path = tmp_path / "agent.sock"
    proc, _ = start_foreground("-D", "-t", "1h", "-a", str(path))
    try:
        private = key("ed25519")
        add = m.AgentAddIdentity(private.type, private.private_fields(), "c")
        assert request(str(path), add) == m.AgentSuccess()
        # The lifetime is not visible on the wire; sign works until it runs out.
        sign = m.AgentSignRequest(private.public_blob, b"d", 0)
        assert isinstance(request(str(path), sign), m.AgentSignResponse)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


# -- command mode ---------------------------------------------------------------------------------


def test_command_mode_runs_the_command_and_stops_after_it(tmp_path: Path) -> None:
    script = 'echo "$SSH_AUTH_SOCK $SSH_AGENT_PID"; test -S "$SSH_AUTH_SOCK" && echo socket-ok'
    out = run_cli("sh", "-c", script)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    path, pid = first.split()
    assert second == "socket-ok"
    assert wait_gone(int(pid), timeout=10)
    assert not os.path.exists(path)


def test_command_that_cannot_run() -> None:
    out = run_cli("/nonexistent/program")
    assert out.returncode == 1
    assert "/nonexistent/program" in out.stderr


# -- SSH_ASKPASS confirmation ---------------------------------------------------------------------


def askpass_script(tmp_path: Path, body: str) -> str:
    script = tmp_path / "askpass"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        ("exit 0", True),
        ("echo yes", True),
        ("echo YES", True),
        ("printf 'yes\\r\\nno'", True),
        ("echo no", False),
        ("exit 1", False),
        ("echo; exit 3", False),
    ],
)
def test_askpass_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, allowed: bool
) -> None:
    monkeypatch.setenv("SSH_ASKPASS", askpass_script(tmp_path, body))
    result = asyncio.run(AskpassConfirm()(key("ed25519").public_key(), "c", None))
    assert result is allowed


def test_askpass_gets_the_prompt_and_confirm_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "record"
    script = askpass_script(tmp_path, f'printf "%s|%s" "$SSH_ASKPASS_PROMPT" "$1" > {record}')
    monkeypatch.setenv("SSH_ASKPASS", script)
    pub = key("rsa").public_key()
    assert asyncio.run(AskpassConfirm("md5")(pub, "my key", "to host x"))
    mode, prompt = record.read_text().split("|", 1)
    assert mode == "confirm"
    assert prompt == confirmation_prompt(pub, "my key", "to host x", "md5")
    assert (
        prompt == f"Allow use of key my key?\nKey fingerprint {pub.fingerprint('md5')}.\nto host x"
    )


def test_askpass_missing_or_broken_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pub = key("ed25519").public_key()
    monkeypatch.delenv("SSH_ASKPASS", raising=False)
    assert asyncio.run(AskpassConfirm()(pub, "c", None)) is False
    monkeypatch.setenv("SSH_ASKPASS", str(tmp_path / "missing"))
    assert asyncio.run(AskpassConfirm()(pub, "c", None)) is False
    monkeypatch.setenv("SSH_ASKPASS", askpass_script(tmp_path, "sleep 5"))
    started = time.monotonic()
    assert asyncio.run(AskpassConfirm(timeout=0.2)(pub, "c", None)) is False
    assert time.monotonic() - started < 4

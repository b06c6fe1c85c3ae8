"""Bulk throughput benchmarks: bytes per second through one session channel, upload and
download, for our client, asyncssh's and OpenSSH's ``ssh``, against OpenSSH's sshd and
against our server.

Every transfer moves ``bulk_mib`` MiB (64 by default): one 1 MiB block of random bytes,
repeated. Every client offers only the cipher of the column (``aes128-gcm@openssh.com``,
then ``chacha20-poly1305@openssh.com``), so every row does the same crypto; compression is
off everywhere. The other algorithms (kex, host key) are each client's defaults: they are
not timed. One TCP connection per client and cipher carries every transfer of that client
(the ``ssh`` rows excepted), one session channel per transfer.

- ``upload``: the client writes the payload to the stdin of a command that hashes it:
  ``openssl dgst -sha256`` on sshd (run through root's shell), ``sha256`` on our server (a
  session handler hashing the channel's data in the server process). The hex digest printed
  back must be the payload's. (coreutils' ``sha256sum`` does not use the CPU's SHA
  instructions and would cap the sshd rows at its own speed, about 370 MB/s here.)
- ``download``: the server writes the payload to stdout: ``cat FILE`` on sshd (the file
  created in this run's temporary directory; sshd runs on this machine), ``gen N`` on our
  server (a session handler writing N bytes of the block). The client hashes what it reads;
  the digest and the length must be the payload's.

A digest that differs, a non-zero exit status or a negotiated cipher other than the column's
stops the run with an error: such a row would time different work.

- ``ours``: ``ssh_engine._transport._driver.connect`` (the host key checked against the
  server's), ``ssh_engine._auth._client_flow.authenticate``, then one
  ``ssh_engine._session.ConnectionMux``: per transfer ``open_session``, ``exec``, then
  ``channel.write(block)`` + ``await channel.drain()`` per MiB and ``write_eof`` (upload) or
  ``await channel.read()`` until EOF (download), then ``wait_closed``.
- ``asyncssh``: ``asyncssh.connect(..., known_hosts=None, client_keys=[key],
  username="root", encryption_algs=[cipher], agent_path=None, config=None)`` (no host key
  check, no agent, no ~/.ssh/config); per transfer ``create_process(command,
  encoding=None)``, ``stdin.write(block)`` + ``await stdin.drain()`` per MiB and
  ``write_eof`` (upload) or ``await stdout.read(1 MiB)`` until EOF (download), then
  ``wait()``.
- ``OpenSSH ssh``: one ``ssh -F /dev/null -c CIPHER`` process per transfer: ``ssh ...
  'openssl dgst -sha256' < FILE`` and ``ssh ... 'cat FILE' | openssl dgst -sha256``. **Its
  figures include ssh's process startup, key exchange and login**; the time of ``ssh ...
  true`` (the same login and an empty session) is printed as a baseline, and the ratio
  against ours is also given with that baseline taken off.
- Servers: a private sshd (``tests/interop/_sshd.py``, ``PermitRootLogin yes``, the user key
  in its authorized_keys file; it logs at ``LogLevel DEBUG3``, the helper's setting, which
  writes a line per window adjustment; ``SetEnv SHLVL=1`` so that root's bash does not
  source ~/.bashrc for every command, see :data:`SSHD_CONFIG`), and ours: ``accept``,
  ``serve_authentication`` with a handler accepting the one user key, then
  ``ConnectionMux(conn, "server", handlers=SessionServer(handler))``. Our server runs in a
  **separate process** (``python bench/throughput.py --serve``), so the client CPU figures
  hold the client alone; it reports its own CPU time, from which its CPU per GiB is printed.

Figures per transfer: the wall time from opening the channel (from starting ``ssh``) until
the channel is closed (``ssh`` and the hasher reaped), as MB/s (10^6 bytes per second),
median and best over the rounds, after one untimed warm-up transfer of
:data:`WARMUP_MIB` MiB per case; and the client's CPU time per GiB (``time.process_time``
for the in-process clients, their event loop and, on download, their hashing included; user
+ system time of ``ssh``, and of the hasher on download, for OpenSSH), median.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from _child_server import (
    HOST,
    READY_TIMEOUT,
    ServerProcess,
    children_cpu_seconds,
    load_asyncssh,
    serve_until_stdin_closes,
)

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import AuthContext, serve_authentication
from ssh_engine._session import Channel, ConnectionMux, ServerSession, SessionServer
from ssh_engine._transport import KexCompleted, TransportConfig
from ssh_engine._transport._driver import TransportConnection, accept, connect
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root
from tests.interop._sshd import (
    OpenSSHMissingError,
    SshdServer,
    require_program,
    start_sshd,
    stop_sshd,
)

__all__ = ["CIPHERS", "run"]

CIPHERS = ("aes128-gcm@openssh.com", "chacha20-poly1305@openssh.com")
USER = "root"
BLOCK_SIZE = 1 << 20
#: MiB of the untimed warm-up transfer of every case.
WARMUP_MIB = 8
UPLOAD, DOWNLOAD = "upload", "download"
DIRECTIONS = (UPLOAD, DOWNLOAD)
SSHD, OURS = "OpenSSH sshd", "ours"
STDERR = 1
#: The private sshd's extra settings. ``SetEnv SHLVL=1``: bash started by sshd with SHLVL
#: unset sources ~/.bashrc even for ``bash -c COMMAND``; with it set, it does not, so a
#: transfer does not pay for whatever root's .bashrc runs (about 0.1 s on the bench machine).
SSHD_CONFIG = ("PermitRootLogin yes", "SetEnv SHLVL=1")
#: What hashes a stream outside Python (on sshd's side for uploads, after ``ssh`` for
#: downloads): OpenSSL's SHA-256, which uses the CPU's SHA instructions. coreutils'
#: ``sha256sum`` does not, and would cap every such row at its speed (about 370 MB/s on the
#: bench machine).
HASH_COMMAND = ("openssl", "dgst", "-sha256")
GIB = float(1 << 30)

Verifier = Callable[[SSHKey | SSHCertificate], bool]


def _transfer_timeout(mib: int) -> float:
    """Returns the seconds one transfer of ``mib`` MiB may take before it counts as a hang."""
    return 30.0 + mib * 0.5


# -- the payload ------------------------------------------------------------------------------


@dataclass(slots=True)
class Payload:
    """The data every transfer moves: one random 1 MiB block, repeated.

    Attributes:
        block: the 1 MiB block.
        directory: where the payload files for ``ssh`` and sshd are written.
    """

    block: bytes
    directory: Path
    _digests: dict[int, str] = field(default_factory=dict)
    _files: dict[int, Path] = field(default_factory=dict)

    def sha256(self, mib: int) -> str:
        """Returns the hex SHA-256 of ``mib`` repetitions of the block."""
        if mib not in self._digests:
            digest = hashlib.sha256()
            for _ in range(mib):
                digest.update(self.block)
            self._digests[mib] = digest.hexdigest()
        return self._digests[mib]

    def file(self, mib: int) -> Path:
        """Returns a file holding ``mib`` repetitions of the block (written on first use)."""
        if mib not in self._files:
            path = self.directory / f"payload-{mib}MiB.bin"
            with path.open("wb") as out:
                for _ in range(mib):
                    out.write(self.block)
            self._files[mib] = path
        return self._files[mib]


@dataclass(frozen=True, slots=True)
class Sample:
    """One transfer: wall seconds, client CPU seconds, bytes moved."""

    wall: float
    cpu: float
    size: int


def _check_digest(label: str, got: str, want: str, size: int, want_size: int) -> None:
    """Raises RuntimeError unless the digest and length are the expected ones."""
    if got != want or size != want_size:
        raise RuntimeError(
            f"{label}: checksum mismatch: got sha256 {got} over {size} bytes, "
            f"expected {want} over {want_size}"
        )


def _check_status(label: str, status: int | None, stderr: bytes) -> None:
    """Raises RuntimeError unless the remote command exited with status 0."""
    if status != 0:
        raise RuntimeError(f"{label}: exit status {status}; stderr {stderr[-300:]!r}")


def _last_word(output: bytes) -> str:
    """Returns the last whitespace-separated word of ``output`` ('' when empty): the hex
    digest in ``openssl dgst`` output (``SHA2-256(stdin)= HEX``) and in our server's."""
    words = output.decode("ascii", "replace").split()
    return words[-1] if words else ""


# -- one case ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """One client, server, direction and cipher: the figures, or why there are none.

    Attributes:
        rate: MB/s (10^6 bytes per second) of each timed transfer.
        cpu: the client's CPU seconds per GiB of each timed transfer.
        transfers: transfers made, the warm-up included.
        server_cpu: our server's CPU seconds per GiB over the case (warm-up included), None
            for sshd.
        note: why there is no figure (empty when there is one).
    """

    rate: tuple[float, ...] = ()
    cpu: tuple[float, ...] = ()
    transfers: int = 0
    server_cpu: float | None = None
    note: str = ""

    @property
    def has_figures(self) -> bool:
        """Returns whether the cell holds timed transfers."""
        return bool(self.rate)


def _cell(samples: Sequence[Sample], transfers: int) -> Cell:
    """Returns the cell of the timed ``samples`` (``transfers`` counts the warm-up too)."""
    return Cell(
        rate=tuple(s.size / s.wall / 1e6 for s in samples),
        cpu=tuple(s.cpu / (s.size / GIB) for s in samples),
        transfers=transfers,
    )


Transfer = Callable[[int], Awaitable[Sample]]


async def _time_case(transfer: Transfer, mib: int, rounds: int) -> Cell:
    """Runs one warm-up transfer of at most :data:`WARMUP_MIB` MiB, then ``rounds`` timed
    transfers of ``mib`` MiB, one at a time.

    Returns:
        The cell with the timed transfers' figures.
    Raises:
        RuntimeError: a transfer's checksum or exit status was wrong.
        TimeoutError: a transfer hung.
    """
    gc.collect()
    async with asyncio.timeout(_transfer_timeout(WARMUP_MIB)):
        await transfer(min(WARMUP_MIB, mib))
    samples = []
    for _ in range(rounds):
        async with asyncio.timeout(_transfer_timeout(mib)):
            samples.append(await transfer(mib))
    return _cell(samples, rounds + 1)


# -- our client -------------------------------------------------------------------------------


async def _ours_connect(
    port: int, key: SSHKey, verifier: Verifier, cipher: str
) -> tuple[TransportConnection, str]:
    """Connects and logs in with our client offering only ``cipher``.

    Returns:
        The authenticated connection and what it negotiated.
    Raises:
        RuntimeError: another cipher was negotiated.
    """
    config = TransportConfig(algorithms=build_algorithm_config({"cipher": [cipher]}))
    conn, events = await connect(
        HOST, port, config, host_key_verifier=verifier, ready_timeout=READY_TIMEOUT
    )
    negotiated = ""
    for event in events:
        if isinstance(event, KexCompleted):
            n = event.negotiated
            if n.cs.cipher != cipher or n.sc.cipher != cipher:
                await conn.close()
                raise RuntimeError(f"ours: negotiated {n.cs.cipher}/{n.sc.cipher}, not {cipher}")
            negotiated = f"{n.kex}, {n.srv_host_key}, {n.cs.cipher}"
    await authenticate(conn, USER, Credentials(keys=[key]))
    return conn, negotiated


async def _ours_upload(
    mux: ConnectionMux, command: str, payload: Payload, mib: int, label: str
) -> Sample:
    """One upload of our client: ``command`` hashes stdin and prints the hex digest.

    Returns:
        The transfer's sample.
    Raises:
        RuntimeError: the digest or the exit status was wrong.
    """
    block = payload.block
    start, cpu_start = time.perf_counter(), time.process_time()
    channel = await mux.open_session()
    await mux.exec(channel, command)
    for _ in range(mib):
        channel.write(block)
        await channel.drain()
    channel.write_eof()
    output = await channel.read_all()
    await channel.wait_closed()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    size = mib * BLOCK_SIZE
    _check_status(label, channel.exit_status, await _stderr(channel))
    _check_digest(label, _last_word(output), payload.sha256(mib), size, size)
    return Sample(wall, cpu, size)


async def _ours_download(
    mux: ConnectionMux, command: str, payload: Payload, mib: int, label: str
) -> Sample:
    """One download of our client: ``command`` writes ``mib`` MiB of the payload; the
    client hashes what it reads.

    Returns:
        The transfer's sample.
    Raises:
        RuntimeError: the digest, the length or the exit status was wrong.
    """
    start, cpu_start = time.perf_counter(), time.process_time()
    channel = await mux.open_session()
    await mux.exec(channel, command)
    digest = hashlib.sha256()
    size = 0
    while chunk := await channel.read():
        digest.update(chunk)
        size += len(chunk)
    await channel.wait_closed()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    _check_status(label, channel.exit_status, await _stderr(channel))
    _check_digest(label, digest.hexdigest(), payload.sha256(mib), size, mib * BLOCK_SIZE)
    return Sample(wall, cpu, size)


async def _stderr(channel: Channel) -> bytes:
    """Returns what is buffered of the channel's stderr (the channel is closed)."""
    return await channel.read(-1, STDERR) if not channel.at_eof else b""


# -- asyncssh ---------------------------------------------------------------------------------


async def _asyncssh_connect(asyncssh: ModuleType, port: int, key: Any, cipher: str) -> Any:
    """Connects and logs in with asyncssh offering only ``cipher``.

    Returns:
        The asyncssh connection.
    Raises:
        RuntimeError: another cipher was negotiated.
    """
    conn = await asyncssh.connect(
        HOST,
        port,
        known_hosts=None,
        client_keys=[key],
        username=USER,
        encryption_algs=[cipher],
        compression_algs=None,
        agent_path=None,
        config=None,
    )
    send, recv = conn.get_extra_info("send_cipher"), conn.get_extra_info("recv_cipher")
    if send != cipher or recv != cipher:
        conn.close()
        await conn.wait_closed()
        raise RuntimeError(f"asyncssh: negotiated {send}/{recv}, not {cipher}")
    return conn


async def _asyncssh_upload(
    conn: Any, command: str, payload: Payload, mib: int, label: str
) -> Sample:
    """One upload of asyncssh's client (see :func:`_ours_upload`).

    Returns:
        The transfer's sample.
    Raises:
        RuntimeError: the digest or the exit status was wrong.
    """
    block = payload.block
    start, cpu_start = time.perf_counter(), time.process_time()
    process = await conn.create_process(command, encoding=None)
    for _ in range(mib):
        process.stdin.write(block)
        await process.stdin.drain()
    process.stdin.write_eof()
    output = await process.stdout.read()
    completed = await process.wait()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    size = mib * BLOCK_SIZE
    _check_status(label, completed.exit_status, completed.stderr or b"")
    _check_digest(label, _last_word(output), payload.sha256(mib), size, size)
    return Sample(wall, cpu, size)


async def _asyncssh_download(
    conn: Any, command: str, payload: Payload, mib: int, label: str
) -> Sample:
    """One download of asyncssh's client (see :func:`_ours_download`).

    Returns:
        The transfer's sample.
    Raises:
        RuntimeError: the digest, the length or the exit status was wrong.
    """
    start, cpu_start = time.perf_counter(), time.process_time()
    process = await conn.create_process(command, encoding=None)
    digest = hashlib.sha256()
    size = 0
    while chunk := await process.stdout.read(BLOCK_SIZE):
        digest.update(chunk)
        size += len(chunk)
    completed = await process.wait()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    _check_status(label, completed.exit_status, completed.stderr or b"")
    _check_digest(label, digest.hexdigest(), payload.sha256(mib), size, mib * BLOCK_SIZE)
    return Sample(wall, cpu, size)


# -- OpenSSH's ssh ----------------------------------------------------------------------------


def _ssh_argv(ssh: str, port: int, key_path: Path, known_hosts: Path, cipher: str) -> list[str]:
    """Returns ``ssh``'s arguments up to the destination: no config file, no agent, this key
    only, host keys checked against ``known_hosts``, ``cipher`` only, no compression."""
    options = {
        "BatchMode": "yes",
        "IdentitiesOnly": "yes",
        "IdentityAgent": "none",
        "StrictHostKeyChecking": "yes",
        "UserKnownHostsFile": str(known_hosts),
        "GlobalKnownHostsFile": "/dev/null",
        "UpdateHostKeys": "no",
        "Compression": "no",
    }
    argv = [ssh, "-F", "/dev/null", "-p", str(port), "-i", str(key_path), "-c", cipher]
    for name, value in options.items():
        argv += ["-o", f"{name}={value}"]
    return [*argv, f"{USER}@{HOST}"]


def _ssh_upload(base: list[str], payload: Payload, mib: int, label: str) -> Sample:
    """One ``ssh ... openssl dgst -sha256 < FILE`` run.

    Returns:
        The transfer's sample (wall time including ssh's startup and login).
    Raises:
        RuntimeError: ssh failed or the digest was wrong.
    """
    path = payload.file(mib)
    with path.open("rb") as stdin:
        cpu_start, start = children_cpu_seconds(), time.perf_counter()
        done = subprocess.run(
            [*base, " ".join(HASH_COMMAND)],
            stdin=stdin,
            capture_output=True,
            timeout=_transfer_timeout(mib),
            check=False,
        )
        wall, cpu = time.perf_counter() - start, children_cpu_seconds() - cpu_start
    size = mib * BLOCK_SIZE
    _check_status(label, done.returncode, done.stderr)
    _check_digest(label, _last_word(done.stdout), payload.sha256(mib), size, size)
    return Sample(wall, cpu, size)


def _ssh_download(
    base: list[str], hasher_argv: list[str], payload: Payload, mib: int, label: str
) -> Sample:
    """One ``ssh ... 'cat FILE' | openssl dgst -sha256`` run.

    Returns:
        The transfer's sample (wall time including ssh's startup and login; CPU of ssh and
        the hasher).
    Raises:
        RuntimeError: ssh or the hasher failed, or the digest was wrong.
    """
    path = payload.file(mib)
    cpu_start, start = children_cpu_seconds(), time.perf_counter()
    ssh = subprocess.Popen(
        [*base, f"cat {path}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert ssh.stdout is not None
    hasher = subprocess.Popen(
        hasher_argv, stdin=ssh.stdout, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    ssh.stdout.close()  # the hasher holds the pipe's read end now
    try:
        output, _ = hasher.communicate(timeout=_transfer_timeout(mib))
        _, stderr = ssh.communicate(timeout=READY_TIMEOUT)
    finally:
        for process in (ssh, hasher):
            if process.poll() is None:
                process.kill()
                process.wait()
    wall, cpu = time.perf_counter() - start, children_cpu_seconds() - cpu_start
    size = mib * BLOCK_SIZE
    _check_status(label, ssh.returncode, stderr)
    _check_status(f"{label} (hasher)", hasher.returncode, b"")
    _check_digest(label, _last_word(output), payload.sha256(mib), size, size)
    return Sample(wall, cpu, size)


def _ssh_baseline(base: list[str], rounds: int) -> tuple[float, float]:
    """Times ``ssh ... true`` (startup, login, an empty session) after one warm-up run.

    Returns:
        (median wall seconds, median CPU seconds) per run.
    Raises:
        RuntimeError: a run failed.
    """
    walls, cpus = [], []
    for i in range(rounds + 1):
        cpu_start, start = children_cpu_seconds(), time.perf_counter()
        done = subprocess.run(
            [*base, "true"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=READY_TIMEOUT,
            check=False,
        )
        wall, cpu = time.perf_counter() - start, children_cpu_seconds() - cpu_start
        _check_status("ssh ... true", done.returncode, done.stderr)
        if i:
            walls.append(wall)
            cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


# -- our server, in its own process -----------------------------------------------------------


@dataclass(slots=True)
class _ServerState:
    """What our server process counts between two ``stats`` requests."""

    user_blob: bytes
    block: bytes
    sessions: list[tuple[str, int]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    cpu_start: int = field(default_factory=time.process_time_ns)

    def auth_handler(self, ctx: AuthContext) -> bool:
        """Returns whether the request carries the known user key."""
        key = ctx.key
        return (
            ctx.method == "publickey"
            and isinstance(key, SSHKey)
            and key.public_blob == self.user_blob
        )

    async def session(self, session: ServerSession) -> int:
        """Runs ``sha256`` (hash stdin, print the hex digest) or ``gen N`` (write N bytes of
        the block).

        Returns:
            The exit status: 0, or 127 for an unknown command.
        """
        channel = session.channel
        words = (session.command or "").split()
        if words == ["sha256"]:
            digest = hashlib.sha256()
            size = 0
            while chunk := await channel.read():
                digest.update(chunk)
                size += len(chunk)
            channel.write(f"{digest.hexdigest()}\n".encode())
            await channel.drain()
        elif len(words) == 2 and words[0] == "gen" and words[1].isdigit():
            size = left = int(words[1])
            view = memoryview(self.block)
            while left > 0:
                step = min(left, len(view))
                channel.write(view[:step])
                await channel.drain()
                left -= step
        else:
            channel.write(f"unknown command {session.command!r}\n".encode(), STDERR)
            await channel.drain()
            self.failures.append(f"unknown command {session.command!r}")
            return 127
        self.sessions.append((words[0], size))
        return 0

    def snapshot(self) -> dict[str, object]:
        """Returns the sessions, failures and CPU time since the last snapshot (and resets
        them)."""
        now = time.process_time_ns()
        out: dict[str, object] = {
            "sessions": self.sessions,
            "failures": self.failures[:3],
            "failure_count": len(self.failures),
            "cpu_ns": now - self.cpu_start,
        }
        self.sessions, self.failures, self.cpu_start = [], [], now
        return out


async def _serve_connection(
    state: _ServerState,
    config: TransportConfig,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> None:
    """Serves one connection: kex, authentication, then session channels until the client
    leaves."""
    conn: TransportConnection | None = None
    try:
        conn, _ = await accept(reader, writer, config, ready_timeout=READY_TIMEOUT)
        await serve_authentication(conn, state.auth_handler, failure_delay=0)
        mux = ConnectionMux(conn, "server", handlers=SessionServer(state.session))
        mux.start()
        try:
            await mux.wait_closed()
        finally:
            await mux.close()
    except Exception as exc:  # reported with the stats; the client side fails too
        state.failures.append(repr(exc))
    finally:
        if conn is not None:
            await conn.close()
        else:
            writer.close()


async def _serve(user_public_line: str, block_path: str) -> None:
    """Runs our server on 127.0.0.1 until stdin closes. Prints ``READY port fingerprint``,
    then answers each ``stats`` line on stdin with one JSON line."""
    host_key = generate_key("ed25519")
    config = TransportConfig(host_keys=(host_key,))
    state = _ServerState(
        base64.b64decode(user_public_line.split()[1]), Path(block_path).read_bytes()
    )
    await serve_until_stdin_closes(
        lambda r, w: _serve_connection(state, config, r, w), host_key, state.snapshot
    )


# -- the suite --------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One client against one server in one direction: a cell per cipher."""

    client: str
    server: str
    direction: str
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    """Everything :func:`format_report` prints."""

    mib: int
    rounds: int
    rows: list[Row] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    baseline: dict[str, tuple[float, float]] = field(default_factory=dict)
    hash_cpu: float = 0.0

    def row(self, client: str, server: str, direction: str) -> Row:
        """Returns the row of ``client`` against ``server`` in ``direction`` (made on first
        use, in the order of first use)."""
        for row in self.rows:
            if (row.client, row.server, row.direction) == (client, server, direction):
                return row
        row = Row(client, server, direction)
        self.rows.append(row)
        return row

    def note(self, client: str, server: str, cipher: str, note: str) -> None:
        """Records ``note`` instead of figures in both directions of a client and cipher."""
        for direction in DIRECTIONS:
            self.row(client, server, direction).cells[cipher] = Cell(note=note)


def _commands(server: str, payload: Payload, mib: int) -> dict[str, str]:
    """Returns the upload and download commands for ``server``."""
    if server == SSHD:
        return {UPLOAD: " ".join(HASH_COMMAND), DOWNLOAD: f"cat {payload.file(mib)}"}
    return {UPLOAD: "sha256", DOWNLOAD: f"gen {mib * BLOCK_SIZE}"}


def _ours_transfer(
    mux: ConnectionMux, server: str, direction: str, payload: Payload, label: str
) -> Transfer:
    """Returns a transfer of our client in ``direction`` over ``mux``."""

    def transfer(mib: int) -> Awaitable[Sample]:
        command = _commands(server, payload, mib)[direction]
        if direction == UPLOAD:
            return _ours_upload(mux, command, payload, mib, label)
        return _ours_download(mux, command, payload, mib, label)

    return transfer


def _asyncssh_transfer(
    conn: Any, server: str, direction: str, payload: Payload, label: str
) -> Transfer:
    """Returns a transfer of asyncssh's client in ``direction`` over ``conn``."""

    def transfer(mib: int) -> Awaitable[Sample]:
        command = _commands(server, payload, mib)[direction]
        if direction == UPLOAD:
            return _asyncssh_upload(conn, command, payload, mib, label)
        return _asyncssh_download(conn, command, payload, mib, label)

    return transfer


ServerStats = Callable[[], dict[str, Any]]


def _with_server_cpu(cell: Cell, stats: ServerStats | None, mib: int, label: str) -> Cell:
    """Adds our server's CPU per GiB over the case to ``cell`` (when ``stats`` is given),
    after checking that it served each transfer of the case.

    Returns:
        The cell.
    Raises:
        RuntimeError: our server failed, or served other transfers than were made.
    """
    if stats is None:
        return cell
    got = stats()
    sessions = got["sessions"]
    moved = sum(size for _, size in sessions)
    want = (min(WARMUP_MIB, mib) + (cell.transfers - 1) * mib) * BLOCK_SIZE
    if got["failure_count"] or len(sessions) != cell.transfers or moved != want:
        raise RuntimeError(
            f"{label}: our server served {len(sessions)} of {cell.transfers} transfers, "
            f"{moved} of {want} bytes; failures: {got['failures']}"
        )
    return replace(cell, server_cpu=got["cpu_ns"] / 1e9 / (moved / GIB))


async def _ours_cases(
    report: Report,
    server: str,
    port: int,
    key: SSHKey,
    verifier: Verifier,
    payload: Payload,
    cipher: str,
    stats: ServerStats | None,
) -> None:
    """Times our client's upload and download over one connection; fills the cells."""
    conn, negotiated = await _ours_connect(port, key, verifier, cipher)
    async with ConnectionMux(conn, "client") as mux:
        if stats is not None:
            stats()  # reset: the login's CPU is not the transfers'
        for direction in DIRECTIONS:
            label = f"ours -> {server}, {direction}, {cipher}"
            transfer = _ours_transfer(mux, server, direction, payload, label)
            cell = await _time_case(transfer, report.mib, report.rounds)
            cell = _with_server_cpu(cell, stats, report.mib, label)
            report.row("ours", server, direction).cells[cipher] = cell
        rekeys = mux.rekeys
    report.checks.append(
        f"ours -> {server} [{cipher}]: {negotiated}; {rekeys} rekey(s) during the transfers; "
        f"{2 * (report.rounds + 1)} transfers, every checksum matched"
    )


async def _asyncssh_cases(
    report: Report,
    asyncssh: ModuleType,
    server: str,
    port: int,
    key: Any,
    payload: Payload,
    cipher: str,
    stats: ServerStats | None,
) -> None:
    """Times asyncssh's upload and download over one connection; fills the cells."""
    conn = await _asyncssh_connect(asyncssh, port, key, cipher)
    try:
        if stats is not None:
            stats()
        for direction in DIRECTIONS:
            label = f"asyncssh -> {server}, {direction}, {cipher}"
            transfer = _asyncssh_transfer(conn, server, direction, payload, label)
            cell = await _time_case(transfer, report.mib, report.rounds)
            cell = _with_server_cpu(cell, stats, report.mib, label)
            report.row("asyncssh", server, direction).cells[cipher] = cell
    finally:
        conn.close()
        await conn.wait_closed()
    report.checks.append(
        f"asyncssh -> {server} [{cipher}]: {2 * (report.rounds + 1)} transfers, every "
        "checksum matched"
    )


def _ssh_cases(
    report: Report, base: list[str], hasher_argv: list[str], payload: Payload, cipher: str
) -> None:
    """Times ``ssh`` uploads and downloads, one process per transfer; fills the cells."""
    mib, rounds = report.mib, report.rounds
    for direction in DIRECTIONS:
        label = f"ssh -> {SSHD}, {direction}, {cipher}"

        def once(size: int, direction: str = direction, label: str = label) -> Sample:
            if direction == UPLOAD:
                return _ssh_upload(base, payload, size, label)
            return _ssh_download(base, hasher_argv, payload, size, label)

        gc.collect()
        once(min(WARMUP_MIB, mib))
        samples = [once(mib) for _ in range(rounds)]
        report.row("OpenSSH ssh", SSHD, direction).cells[cipher] = _cell(samples, rounds + 1)
    report.checks.append(
        f"OpenSSH ssh -> {SSHD} [{cipher}]: {2 * (rounds + 1)} ssh processes, every checksum "
        "matched"
    )


def _host_key_blobs(sshd: SshdServer) -> set[bytes]:
    """Returns the public key blobs of every host key of ``sshd``."""
    return {
        base64.b64decode(Path(f"{path}.pub").read_text().split()[1])
        for path in sshd.host_keys.values()
    }


def _against_sshd(
    report: Report,
    asyncssh: ModuleType | None,
    key: SSHKey,
    key_path: Path,
    payload: Payload,
    tmp: Path,
) -> None:
    """Times every client against a private sshd; fills the rows (or notes)."""
    clients = ("ours", "asyncssh", "OpenSSH ssh")
    openssl = shutil.which(HASH_COMMAND[0])
    if openssl is None:
        for client in clients:
            for cipher in CIPHERS:
                report.note(client, SSHD, cipher, f"{HASH_COMMAND[0]} not installed")
        return
    hasher_argv = [openssl, *HASH_COMMAND[1:]]
    (tmp / "sshd").mkdir()
    try:
        sshd = start_sshd(tmp / "sshd", extra_config=SSHD_CONFIG)
    except (OpenSSHMissingError, RuntimeError) as exc:
        for client in clients:
            for cipher in CIPHERS:
                report.note(client, SSHD, cipher, f"sshd did not start: {str(exc).splitlines()[0]}")
        return
    try:
        sshd.authorized_keys.write_text(key.openssh_public_line() + "\n")
        blobs = _host_key_blobs(sshd)

        def verifier(k: SSHKey | SSHCertificate) -> bool:
            return isinstance(k, SSHKey) and k.public_blob in blobs

        askey = asyncssh.import_private_key(key.export()) if asyncssh is not None else None
        for cipher in CIPHERS:
            asyncio.run(_ours_cases(report, SSHD, sshd.port, key, verifier, payload, cipher, None))
            if asyncssh is None:
                report.note("asyncssh", SSHD, cipher, "not installed")
            else:
                asyncio.run(
                    _asyncssh_cases(report, asyncssh, SSHD, sshd.port, askey, payload, cipher, None)
                )
        try:
            ssh = require_program("ssh")
        except OpenSSHMissingError as exc:
            for cipher in CIPHERS:
                report.note("OpenSSH ssh", SSHD, cipher, str(exc))
            return
        known_hosts = tmp / "known_hosts"
        known_hosts.write_text(
            "".join(
                f"[{HOST}]:{sshd.port} {' '.join(Path(f'{p}.pub').read_text().split()[:2])}\n"
                for p in sshd.host_keys.values()
            )
        )
        for cipher in CIPHERS:
            base = _ssh_argv(ssh, sshd.port, key_path, known_hosts, cipher)
            _ssh_cases(report, base, hasher_argv, payload, cipher)
            report.baseline[cipher] = _ssh_baseline(base, report.rounds)
    finally:
        stop_sshd(sshd)


def _against_ours(
    report: Report, asyncssh: ModuleType | None, key: SSHKey, payload: Payload, tmp: Path
) -> None:
    """Times our client and asyncssh against our server (in its own process)."""
    block_path = tmp / "block.bin"
    block_path.write_bytes(payload.block)
    script = str(Path(__file__).resolve())
    server = ServerProcess(
        script, ["--serve", key.openssh_public_line(), "--block", str(block_path)]
    )
    try:
        fingerprint = server.fingerprint

        def verifier(k: SSHKey | SSHCertificate) -> bool:
            return k.fingerprint() == fingerprint

        askey = asyncssh.import_private_key(key.export()) if asyncssh is not None else None
        for cipher in CIPHERS:
            asyncio.run(
                _ours_cases(report, OURS, server.port, key, verifier, payload, cipher, server.stats)
            )
            if asyncssh is None:
                report.note("asyncssh", OURS, cipher, "not installed")
            else:
                asyncio.run(
                    _asyncssh_cases(
                        report, asyncssh, OURS, server.port, askey, payload, cipher, server.stats
                    )
                )
    finally:
        server.stop()


def _hash_cpu(payload: Payload, mib: int) -> float:
    """Returns the CPU seconds per GiB of hashlib's SHA-256 over the payload, in this
    process (a share of every download row's client CPU)."""
    digest = hashlib.sha256()
    start = time.process_time()
    for _ in range(mib):
        digest.update(payload.block)
    return (time.process_time() - start) / (mib * BLOCK_SIZE / GIB)


def measure_all(*, rounds: int, mib: int) -> Report:
    """Verify and time every client against every server, in both directions and with
    every cipher.

    Returns:
        The :class:`Report`.
    Raises:
        RuntimeError: a transfer failed or moved other bytes than it should have.
        TimeoutError: a transfer hung.
    """
    if rounds < 1 or mib < 1:
        raise ValueError("rounds and bulk MiB must be at least 1")
    report = Report(mib, rounds)
    asyncssh = load_asyncssh()
    key = generate_key("ed25519", comment="sshwire-bench-user")
    with tempfile.TemporaryDirectory(prefix="sshwire-bench-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        key_path = tmp / "id_ed25519"
        key_path.write_bytes(key.export())
        key_path.chmod(0o600)
        payload = Payload(os.urandom(BLOCK_SIZE), tmp)
        report.hash_cpu = _hash_cpu(payload, mib)
        _against_sshd(report, asyncssh, key, key_path, payload, tmp)
        _against_ours(report, asyncssh, key, payload, tmp)
    return report


# -- the report -------------------------------------------------------------------------------


def _cell_text(cell: Cell | None, with_server: bool) -> str:
    """Returns one cipher's columns of a row."""
    width = 34 if with_server else 26
    if cell is None:
        return f"{'-':>{width}}"
    if not cell.has_figures:
        return f"  {cell.note:<{width - 2}}"[:width]
    text = (
        f"{statistics.median(cell.rate):>8.0f}{max(cell.rate):>7.0f}"
        f"{statistics.median(cell.cpu):>11.2f}"
    )
    if with_server:
        server = "-" if cell.server_cpu is None else f"{cell.server_cpu:.2f}"
        text += f"{server:>8}"
    return text


def _find(
    rows: Sequence[Row], client: str, server: str, direction: str, cipher: str
) -> Cell | None:
    """Returns the cell of a client, server, direction and cipher if it has figures."""
    for row in rows:
        if (row.client, row.server, row.direction) == (client, server, direction):
            cell = row.cells.get(cipher)
            return cell if cell is not None and cell.has_figures else None
    return None


def _ratio(ours: Cell | None, other: Cell | None) -> str:
    """Returns 'throughput x, CPU/GiB x' of ours over other (medians), or 'no figure'."""
    if ours is None or other is None:
        return "no figure"
    rate = statistics.median(ours.rate) / statistics.median(other.rate)
    cpu = statistics.median(ours.cpu) / max(statistics.median(other.cpu), 1e-9)
    return f"MB/s {rate:.2f}x, CPU/GiB {cpu:.2f}x"


def _ratio_net(ours: Cell, ssh: Cell, baseline: tuple[float, float], mib: int) -> str:
    """Returns ours over ssh with the ``ssh ... true`` wall and CPU medians taken off each
    ssh transfer (an estimate of ssh's data phase), or a note when nothing is left."""
    size = mib * BLOCK_SIZE
    wall = size / 1e6 / statistics.median(ssh.rate) - baseline[0]
    cpu = statistics.median(ssh.cpu) * size / GIB - baseline[1]
    if wall <= 0 or cpu <= 0:
        return "no figure (the baseline is larger than the transfer)"
    rate = statistics.median(ours.rate) / (size / 1e6 / wall)
    ratio_cpu = statistics.median(ours.cpu) / (cpu / (size / GIB))
    return (
        f"MB/s {rate:.2f}x, CPU/GiB {ratio_cpu:.2f}x (ssh net: {size / 1e6 / wall:.0f} MB/s, "
        f"{cpu / (size / GIB):.2f} s/GiB)"
    )


def format_report(report: Report) -> list[str]:
    """Render the throughput table, what each row does, the checks and the ratios.

    Returns:
        The report's lines.
    """
    mib, rounds = report.mib, report.rounds
    title = (
        f"bulk throughput: {mib} MiB per transfer through one session channel over {HOST}; "
        f"MB/s (10^6 B/s) median and best of {rounds} transfers, client CPU s/GiB median"
    )
    lines = [title, "-" * len(title)]
    head = f"{'client':<13}{'server':<14}{'direction':<10}"
    sub = " " * len(head)
    for i, cipher in enumerate(CIPHERS):
        width = 34 if i == 0 else 26
        head += f"  {cipher:<{width - 2}}"
        sub += f"{'med':>8}{'best':>7}{'cpu':>11}" + (f"{'srv cpu':>8}" if i == 0 else "")
    lines.extend([head, sub])
    for row in report.rows:
        text = f"{row.client:<13}{row.server:<14}{row.direction:<10}"
        for i, cipher in enumerate(CIPHERS):
            text += _cell_text(row.cells.get(cipher), with_server=i == 0)
        lines.append(text.rstrip())
    for cipher, (wall, cpu) in report.baseline.items():
        lines.append(
            f"{'(baseline) ssh ... true':<37}{cipher}: {wall * 1e3:.1f} ms wall, "
            f"{cpu * 1e3:.1f} ms CPU per run (startup + login + empty session)"
        )
    lines.append("")
    lines.append("what each row does:")
    lines.append(
        "  every client offers only the column's cipher; compression off; one random 1 MiB "
        f"block repeated; one untimed warm-up transfer of {min(WARMUP_MIB, mib)} MiB per case; "
        "time = channel open .. channel closed (ssh rows: process start .. all reaped)"
    )
    lines.append(
        "  upload: the server hashes stdin (sshd: `openssl dgst -sha256` through root's shell, "
        "ours: a `sha256` session handler) and prints the digest; download: the server writes "
        "the payload (sshd: `cat FILE`, ours: a `gen N` session handler), the client hashes it"
    )
    lines.append(
        "  ours / asyncssh: one TCP connection per cipher, one session channel per transfer; "
        "write(1 MiB) + drain / read() until EOF; cpu = time.process_time of this process "
        "(client only: our server is a separate process), hashing included on download"
    )
    lines.append(
        f"  hashlib sha256 in this process: {report.hash_cpu:.2f} s/GiB, part of every "
        "download row's client CPU"
    )
    lines.append(
        "  OpenSSH ssh: one `ssh -c CIPHER` process per transfer (`openssl dgst -sha256` on "
        "sshd < FILE; `cat FILE` | local openssl dgst), INCLUDING its process startup, kex and "
        "login (see the ssh ... true baseline); cpu = user + system time of ssh (+ the local "
        "openssl on download)"
    )
    lines.append(
        "  srv cpu: our server's CPU s/GiB over the case (warm-up included; hashing included "
        "on upload), measured in its own process. sshd: LogLevel DEBUG3 (a log line per "
        "window adjustment), SetEnv SHLVL=1 (root's bash skips ~/.bashrc)"
    )
    lines.append("")
    lines.append("checks:")
    lines.extend(f"  {line}" for line in report.checks)
    lines.append("")
    lines.append(
        "ratios (ours / theirs from the medians; MB/s > 1 = ours faster, CPU/GiB < 1 = ours "
        "uses less)"
    )
    rows = report.rows
    for cipher in CIPHERS:
        for direction in DIRECTIONS:
            ours_sshd = _find(rows, "ours", SSHD, direction, cipher)
            pairs = [
                (
                    "ours / asyncssh, against sshd",
                    ours_sshd,
                    _find(rows, "asyncssh", SSHD, direction, cipher),
                ),
                (
                    "ours / asyncssh, against our server",
                    _find(rows, "ours", OURS, direction, cipher),
                    _find(rows, "asyncssh", OURS, direction, cipher),
                ),
                (
                    "ours / OpenSSH ssh, against sshd",
                    ours_sshd,
                    _find(rows, "OpenSSH ssh", SSHD, direction, cipher),
                ),
            ]
            for what, mine, theirs in pairs:
                lines.append(f"  {cipher} {direction:<8} {what:<36} {_ratio(mine, theirs)}")
            ssh_row = _find(rows, "OpenSSH ssh", SSHD, direction, cipher)
            if ours_sshd is not None and ssh_row is not None and cipher in report.baseline:
                lines.append(
                    f"  {cipher} {direction:<8} {'ours / ssh, ssh ... true taken off':<36} "
                    f"{_ratio_net(ours_sshd, ssh_row, report.baseline[cipher], mib)}"
                )
            server_rate = _find(rows, "ours", OURS, direction, cipher)
            if server_rate is not None and ours_sshd is not None:
                rate = statistics.median(server_rate.rate) / statistics.median(ours_sshd.rate)
                lines.append(
                    f"  {cipher} {direction:<8} {'our server / sshd, our client':<36} "
                    f"MB/s {rate:.2f}x"
                )
    return lines


def run(*, rounds: int = 5, mib: int = 64) -> list[str]:
    """Measure and render the throughput benchmarks.

    Returns:
        The report's lines.
    Raises:
        RuntimeError: a transfer failed or a checksum differed.
    """
    return format_report(measure_all(rounds=rounds, mib=mib))


def _main(argv: list[str] | None = None) -> int:
    """``--serve PUBLIC_LINE --block PATH`` runs our server (used by :class:`ServerProcess`);
    without it, runs the suite and prints the report.

    Returns:
        0.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--serve", metavar="PUBLIC_KEY_LINE", help="run our server only")
    parser.add_argument("--block", metavar="PATH", help="our server's 1 MiB block (--serve)")
    parser.add_argument("--rounds", type=int, default=5, help="timed transfers per case (5)")
    parser.add_argument("--bulk-mib", type=int, default=64, help="MiB per transfer (64)")
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve(args.serve, args.block))
        return 0
    for line in run(rounds=args.rounds, mib=args.bulk_mib):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(_main())

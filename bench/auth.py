"""Login benchmarks: TCP connect, key exchange, publickey user authentication and disconnect,
per connection, for our client, asyncssh's and OpenSSH's ``ssh``, against OpenSSH's sshd and
against our server.

Every client logs in as ``root`` with one in-memory ssh-ed25519 user key (``ssh`` reads it
from a file) and offers only ``curve25519-sha256`` for the kex: left to their defaults the
clients would each pick another kex (ours mlkem768x25519 or sntrup761x25519, asyncssh
mlkem768x25519 or curve25519, depending on the server), so the rows would time different
kex work. Host key, cipher and MAC are every client's default; what got negotiated is read
back (from our events, our server's reports and sshd's log) and printed per row.

- ``ours``: ``ssh_engine._transport._driver.connect`` (the host key checked against the
  server's fingerprint), ``ssh_engine._auth._client_flow.authenticate`` with
  ``Credentials(keys=[key])``, then ``conn.close()`` (DISCONNECT, socket closed).
- ``asyncssh``: ``asyncssh.connect(..., known_hosts=None, client_keys=[key],
  username="root", kex_algs=[...], agent_path=None, config=None)`` (no host key check, no
  agent, no ~/.ssh/config), then ``close()`` and ``wait_closed()``.
- ``OpenSSH ssh``: one ``ssh -F /dev/null`` process per login, timed by its wall clock, so
  **its process startup is included** (the spawn of ``/bin/true`` is printed as a baseline).
  ssh cannot log in and leave without doing something more, so two forms are timed, each
  labelled: ``ssh ... true`` also opens a session channel and has sshd run ``true`` through
  root's shell before the disconnect; ``ssh -f -N`` (a ControlMaster, stopped untimed with
  ``ssh -O exit`` after each run) returns once the login is done and ssh has forked into the
  background, so its disconnect is not timed.
- Servers: a private sshd (``tests/interop/_sshd.py``, ``PermitRootLogin yes``, the user key
  in its authorized_keys file; it forks and re-executes itself per connection and logs at
  ``LogLevel DEBUG3``, the helper's setting), and ours: ``accept`` then
  ``serve_authentication(conn, handler, failure_delay=0)`` with a handler accepting the one
  user key, then reading until the client's DISCONNECT or EOF. Our server runs in a
  **separate process** (``python bench/auth.py --serve``), so the client CPU figures hold the
  client alone; it reports what it negotiated, the requests its handler saw and its own CPU
  time per connection.

Figures per connection: wall time and the client's CPU time (``time.process_time`` for the
in-process clients, which includes the event loop; user + system time of the reaped ``ssh``
process for OpenSSH), median and best over the rounds. In-process clients run a few
warm-up logins, then rounds of at least ``round_ms``, one login at a time; each ssh run is
its own round.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import collections
import contextlib
import re
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
from _timing import Timing

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import AuthContext, serve_authentication
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

__all__ = ["KEX", "run"]

KEX = "curve25519-sha256"
HOST_KEY_ALG = "ssh-ed25519"
USER = "root"
WARMUP = 3

Verifier = Callable[[SSHKey | SSHCertificate], bool]


@dataclass(frozen=True, slots=True)
class Row:
    """One client against one server: wall and client CPU per login, or why there is none.

    Attributes:
        client: ``ours``, ``asyncssh`` or an ``ssh`` form.
        server: ``OpenSSH sshd`` or ``ours``.
        wall: wall time per login (median and best over the rounds), None without a figure.
        cpu: the client's CPU time per login, None without a figure.
        logins: the timed logins (warm-up not counted).
        negotiated: what the logins negotiated (kex, host key, cipher, MAC), or a note.
        note: why there is no figure (empty when there is one).
    """

    client: str
    server: str
    wall: Timing | None
    cpu: Timing | None
    logins: int = 0
    negotiated: str = ""
    note: str = ""


@dataclass(slots=True)
class Report:
    """Everything :func:`format_report` prints."""

    rows: list[Row] = field(default_factory=list)
    spawn: Timing | None = None
    server_notes: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)


# -- timing loops -------------------------------------------------------------------------


def _timings(wall: list[float], cpu: list[float], calls: int) -> tuple[Timing, Timing]:
    """Returns (wall, cpu) Timings from per-login figures of each round, in ns."""
    rounds = len(wall)
    return (
        Timing(statistics.median(wall), min(wall), calls, rounds, 0),
        Timing(statistics.median(cpu), min(cpu), calls, rounds, 0),
    )


async def _time_logins(
    once: Callable[[], Awaitable[object]], *, rounds: int, round_ns: int
) -> tuple[Timing, Timing, int]:
    """Times sequential logins ``once()`` in this process: :data:`WARMUP` untimed, then
    ``rounds`` rounds of at least ``round_ns`` each.

    Returns:
        (wall time, this process's CPU time) per login, and the number of timed logins.
    """
    for _ in range(WARMUP):
        await once()
    wall: list[float] = []
    cpu: list[float] = []
    n = total = 0
    for _ in range(rounds):
        n = 0
        start, cpu_start = time.perf_counter_ns(), time.process_time_ns()
        while True:
            await once()
            n += 1
            elapsed = time.perf_counter_ns() - start
            if elapsed >= round_ns:
                break
        wall.append(elapsed / n)
        cpu.append((time.process_time_ns() - cpu_start) / n)
        total += n
    wall_timing, cpu_timing = _timings(wall, cpu, n)
    return wall_timing, cpu_timing, total


def _time_process(
    argv: Sequence[str], runs: int, after: Callable[[], None] | None = None
) -> tuple[Timing, Timing]:
    """Times ``runs`` runs of ``argv`` after one warm-up run; each run is its own round.
    ``after`` runs (untimed) after each run.

    Returns:
        (wall time including process startup, the process's user + system CPU time) per run.
    Raises:
        RuntimeError: a run failed.
    """
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(runs + 1):
        cpu_start, start = int(children_cpu_seconds() * 1e9), time.perf_counter_ns()
        done = subprocess.run(
            argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=READY_TIMEOUT, check=False
        )
        elapsed = time.perf_counter_ns() - start
        cpu_used = int(children_cpu_seconds() * 1e9) - cpu_start
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed ({done.returncode}): {done.stderr[-500:]!r}")
        if after is not None:
            after()
        if i:
            wall.append(elapsed)
            cpu.append(cpu_used)
    return _timings(wall, cpu, 1)


# -- the clients --------------------------------------------------------------------------


def _describe(kex: str, host_key: str, cipher: str, mac: str) -> str:
    """Returns one line naming a login's negotiated algorithms."""
    return f"{kex}, {host_key}, {cipher}" + (f" + {mac}" if mac and mac != "<implicit>" else "")


def _our_client_config() -> TransportConfig:
    """Returns our client's config: the defaults, with the kex limited to :data:`KEX`."""
    return TransportConfig(algorithms=build_algorithm_config({"kex": [KEX]}))


async def _ours_login(
    port: int, key: SSHKey, verifier: Verifier, config: TransportConfig, seen: list[str]
) -> None:
    """One login of our client: connect, authenticate, close. Appends the negotiated
    algorithms to ``seen``.

    Raises:
        AuthError, ProtocolError, ConnectionError: the login failed.
    """
    conn, events = await connect(
        HOST, port, config, host_key_verifier=verifier, ready_timeout=READY_TIMEOUT
    )
    try:
        for event in events:
            if isinstance(event, KexCompleted):
                n = event.negotiated
                seen.append(_describe(n.kex, n.srv_host_key, n.cs.cipher, n.cs.mac))
        await authenticate(conn, USER, Credentials(keys=[key]))
    finally:
        await conn.close()


async def _time_ours(
    port: int, key: SSHKey, verifier: Verifier, *, rounds: int, round_ns: int
) -> tuple[Row, int]:
    """Times our client's logins against ``port``.

    Returns:
        The row (its server left empty) and the logins made, warm-up included.
    """
    config = _our_client_config()
    seen: list[str] = []
    wall, cpu, timed = await _time_logins(
        lambda: _ours_login(port, key, verifier, config, seen), rounds=rounds, round_ns=round_ns
    )
    return Row("ours", "", wall, cpu, timed, _summary(seen)), len(seen)


async def _time_asyncssh(
    asyncssh: ModuleType, port: int, key: Any, *, rounds: int, round_ns: int
) -> tuple[Row, int]:
    """Times asyncssh's logins against ``port``.

    Returns:
        The row (its server left empty; its ``negotiated`` the cipher and MAC asyncssh
        reports, the server names the rest) and the logins made, warm-up included.
    """
    seen: list[str] = []

    async def once() -> None:
        conn = await asyncssh.connect(
            HOST,
            port,
            known_hosts=None,
            client_keys=[key],
            username=USER,
            kex_algs=[KEX],
            server_host_key_algs=[HOST_KEY_ALG],
            agent_path=None,
            config=None,
        )
        try:
            cipher = conn.get_extra_info("send_cipher")
            mac = conn.get_extra_info("send_mac") or ""
            seen.append(cipher + (f" + {mac}" if mac and mac != cipher else ""))
        finally:
            conn.close()
            await conn.wait_closed()

    wall, cpu, timed = await _time_logins(once, rounds=rounds, round_ns=round_ns)
    return Row("asyncssh", "", wall, cpu, timed, _summary(seen)), len(seen)


def _summary(seen: Sequence[str]) -> str:
    """Returns the distinct entries of ``seen`` with their counts, most common first."""
    counts = collections.Counter(seen)
    total = sum(counts.values())
    return "; ".join(
        text if n == total else f"{text} ({n}/{total})" for text, n in counts.most_common()
    )


# -- our server, in its own process --------------------------------------------------------


@dataclass(slots=True)
class _ServerState:
    """What our server process counts between two ``stats`` requests."""

    user_blob: bytes
    served: int = 0
    active: int = 0
    failures: list[str] = field(default_factory=list)
    negotiated: collections.Counter[str] = field(default_factory=collections.Counter)
    requests: collections.Counter[str] = field(default_factory=collections.Counter)
    cpu_start: int = field(default_factory=time.process_time_ns)
    idle: asyncio.Event = field(default_factory=asyncio.Event)

    def handler(self, ctx: AuthContext) -> bool:
        """Returns whether the request carries the known user key (PK_OK for a query)."""
        kind = ctx.method
        if kind == "publickey":
            kind += " signed" if ctx.signed else " query"
        self.requests[kind] += 1
        key = ctx.key
        return isinstance(key, SSHKey) and key.public_blob == self.user_blob

    def snapshot(self) -> dict[str, object]:
        """Returns the counts since the last snapshot (and resets them)."""
        now = time.process_time_ns()
        out: dict[str, object] = {
            "served": self.served,
            "failures": self.failures[:3],
            "failure_count": len(self.failures),
            "negotiated": dict(self.negotiated),
            "requests": dict(self.requests),
            "cpu_ns": now - self.cpu_start,
        }
        self.served, self.failures, self.cpu_start = 0, [], now
        self.negotiated, self.requests = collections.Counter(), collections.Counter()
        return out


async def _serve_connection(
    state: _ServerState,
    config: TransportConfig,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> None:
    """Serves one login: kex, authentication, then reads until the client leaves."""
    state.active += 1
    state.idle.clear()
    conn: TransportConnection | None = None
    try:
        conn, events = await accept(reader, writer, config, ready_timeout=READY_TIMEOUT)
        for event in events:
            if isinstance(event, KexCompleted):
                n = event.negotiated
                state.negotiated[_describe(n.kex, n.srv_host_key, n.cs.cipher, n.cs.mac)] += 1
        await serve_authentication(conn, state.handler, failure_delay=0)
        with contextlib.suppress(ConnectionError, OSError):
            async with asyncio.timeout(READY_TIMEOUT):
                while not conn.engine.closed:
                    await conn.next_event()  # the client's DISCONNECT, then EOF
        state.served += 1
    except Exception as exc:  # reported with the stats; the client side raises too
        state.failures.append(repr(exc))
    finally:
        if conn is not None:
            await conn.close()
        else:
            writer.close()
        state.active -= 1
        if not state.active:
            state.idle.set()


async def _serve(user_public_line: str) -> None:
    """Runs our server on 127.0.0.1 until stdin closes. Prints ``READY port fingerprint``,
    then answers each ``stats`` line on stdin with one JSON line (once no login is running).
    """
    host_key = generate_key("ed25519")
    config = TransportConfig(host_keys=(host_key,))
    state = _ServerState(base64.b64decode(user_public_line.split()[1]))
    state.idle.set()
    await serve_until_stdin_closes(
        lambda r, w: _serve_connection(state, config, r, w), host_key, state.snapshot, state.idle
    )


# -- sshd -----------------------------------------------------------------------------------

_KEX_LINE = re.compile(r"kex: algorithm: (\S+)")
_HOSTKEY_LINE = re.compile(r"kex: host key algorithm: (\S+)")
_CIPHER_LINE = re.compile(r"kex: client->server cipher: (\S+) MAC: (\S+)")
_ACCEPTED = re.compile(r"Accepted publickey for " + USER)


def _sshd_log_summary(text: str) -> tuple[str, int]:
    """Returns (the negotiated algorithms sshd logged, the logins it accepted) in ``text``."""
    kex, host_key, cipher = (p.findall(text) for p in (_KEX_LINE, _HOSTKEY_LINE, _CIPHER_LINE))
    seen = [_describe(k, h, c, m) for k, h, (c, m) in zip(kex, host_key, cipher, strict=False)]
    return _summary(seen), len(_ACCEPTED.findall(text))


class _LogCursor:
    """Reads what sshd logged since the last call."""

    def __init__(self, sshd: SshdServer) -> None:
        self.sshd = sshd
        self.offset = len(sshd.log_text())

    def take(self) -> str:
        """Returns the log text written since the last call."""
        text = self.sshd.log_text()
        new, self.offset = text[self.offset :], len(text)
        return new


def _fingerprints(sshd: SshdServer) -> set[str]:
    """Returns the SHA256 fingerprints of every host key of ``sshd``."""
    keygen = require_program("ssh-keygen")
    prints = set()
    for path in sshd.host_keys.values():
        out = subprocess.run(
            [keygen, "-l", "-f", f"{path}.pub"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout
        prints.add(out.split()[1])
    return prints


def _ssh_argv(ssh: str, sshd: SshdServer, key_path: Path, known_hosts: Path) -> list[str]:
    """Returns ``ssh``'s common arguments: no config file, no agent, this key only, the
    host keys checked against ``known_hosts``, :data:`KEX` only."""
    return [
        ssh,
        "-F",
        "/dev/null",
        "-p",
        str(sshd.port),
        "-i",
        str(key_path),
        "-o",
        "BatchMode=yes",
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "IdentityAgent=none",
        "-o",
        f"KexAlgorithms={KEX}",
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        f"UserKnownHostsFile={known_hosts}",
        "-o",
        "GlobalKnownHostsFile=/dev/null",
        "-o",
        "UpdateHostKeys=no",
    ]


# -- the suite -------------------------------------------------------------------------------


def _check_sshd(report: Report, label: str, cursor: _LogCursor, logins: int) -> str:
    """Adds a check line for the logins sshd accepted since ``cursor``'s last read.

    Returns:
        The negotiated algorithms sshd logged.
    Raises:
        RuntimeError: sshd accepted fewer logins than were made.
    """
    negotiated, accepted = _sshd_log_summary(cursor.take())
    if accepted < logins:
        raise RuntimeError(f"{label}: sshd accepted {accepted} of {logins} logins")
    report.checks.append(f"{label}: sshd logged {accepted}/{logins} accepted publickey logins")
    return negotiated


def _check_ours(report: Report, label: str, server: ServerProcess, logins: int) -> dict[str, Any]:
    """Adds a check line for the logins our server served since its last stats.

    Returns:
        The server's stats.
    Raises:
        RuntimeError: our server failed or served fewer logins than were made.
    """
    stats = server.stats()
    if stats["failure_count"] or stats["served"] != logins:
        raise RuntimeError(
            f"{label}: our server served {stats['served']} of {logins} logins; "
            f"failures: {stats['failures']}"
        )
    requests = ", ".join(
        f"{kind} {count / logins:g}" for kind, count in sorted(stats["requests"].items())
    )
    report.checks.append(
        f"{label}: our server served {logins}/{logins} logins; handler calls per login: {requests}"
    )
    return stats


def _against_sshd(
    report: Report,
    asyncssh: ModuleType | None,
    key: SSHKey,
    key_path: Path,
    tmp: Path,
    *,
    rounds: int,
    round_ns: int,
    ssh_runs: int,
) -> None:
    """Times every client against a private sshd; appends the rows (or notes) to ``report``."""
    server = "OpenSSH sshd"
    (tmp / "sshd").mkdir()
    try:
        sshd = start_sshd(tmp / "sshd", extra_config=["PermitRootLogin yes"])
    except (OpenSSHMissingError, RuntimeError) as exc:
        note = f"sshd did not start: {str(exc).splitlines()[0]}"
        report.rows.append(Row("all clients", server, None, None, note=note))
        return
    try:
        sshd.authorized_keys.write_text(key.openssh_public_line() + "\n")
        prints = _fingerprints(sshd)
        cursor = _LogCursor(sshd)

        row, logins = asyncio.run(
            _time_ours(
                sshd.port,
                key,
                lambda k: k.fingerprint() in prints,
                rounds=rounds,
                round_ns=round_ns,
            )
        )
        negotiated = _check_sshd(report, "ours -> sshd", cursor, logins)
        report.rows.append(replace(row, server=server, negotiated=negotiated))

        if asyncssh is None:
            report.rows.append(Row("asyncssh", server, None, None, note="not installed"))
        else:
            askey = asyncssh.import_private_key(key.export())
            row, logins = asyncio.run(
                _time_asyncssh(asyncssh, sshd.port, askey, rounds=rounds, round_ns=round_ns)
            )
            negotiated = _check_sshd(report, "asyncssh -> sshd", cursor, logins)
            report.rows.append(
                replace(row, server=server, negotiated=f"{negotiated} [{row.negotiated}]")
            )

        try:
            ssh = require_program("ssh")
        except OpenSSHMissingError as exc:
            report.rows.append(Row("OpenSSH ssh", server, None, None, note=str(exc)))
            return
        known_hosts = tmp / "known_hosts"
        known_hosts.write_text(
            "".join(
                f"[{HOST}]:{sshd.port} {' '.join(Path(f'{p}.pub').read_text().split()[:2])}\n"
                for p in sshd.host_keys.values()
            )
        )
        base = _ssh_argv(ssh, sshd, key_path, known_hosts)
        target = f"{USER}@{HOST}"
        wall, cpu = _time_process([*base, target, "true"], ssh_runs)
        negotiated = _check_sshd(report, "ssh ... true -> sshd", cursor, ssh_runs + 1)
        report.rows.append(Row("OpenSSH ssh ... true", server, wall, cpu, ssh_runs, negotiated))

        control = tmp / "cm"
        master = [*base, "-o", "ControlMaster=yes", "-o", f"ControlPath={control}"]

        def stop_master() -> None:
            subprocess.run(
                [ssh, "-F", "/dev/null", "-o", f"ControlPath={control}", "-O", "exit", target],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=READY_TIMEOUT,
                check=False,
            )

        wall, cpu = _time_process([*master, "-f", "-N", target], ssh_runs, after=stop_master)
        negotiated = _check_sshd(report, "ssh -f -N -> sshd", cursor, ssh_runs + 1)
        report.rows.append(Row("OpenSSH ssh -f -N", server, wall, cpu, ssh_runs, negotiated))
    finally:
        stop_sshd(sshd)


def _against_ours(
    report: Report, asyncssh: ModuleType | None, key: SSHKey, *, rounds: int, round_ns: int
) -> None:
    """Times our client and asyncssh against our server (in its own process)."""
    server_name = "ours"
    server = ServerProcess(str(Path(__file__).resolve()), ["--serve", key.openssh_public_line()])
    try:
        server.stats()  # reset the counts (startup CPU)
        fingerprint = server.fingerprint
        row, logins = asyncio.run(
            _time_ours(
                server.port,
                key,
                lambda k: k.fingerprint() == fingerprint,
                rounds=rounds,
                round_ns=round_ns,
            )
        )
        stats = _check_ours(report, "ours -> our server", server, logins)
        report.rows.append(replace(row, server=server_name))
        _server_cpu(report, "ours", stats, logins)

        if asyncssh is None:
            report.rows.append(Row("asyncssh", server_name, None, None, note="not installed"))
            return
        askey = asyncssh.import_private_key(key.export())
        row, logins = asyncio.run(
            _time_asyncssh(asyncssh, server.port, askey, rounds=rounds, round_ns=round_ns)
        )
        stats = _check_ours(report, "asyncssh -> our server", server, logins)
        negotiated = _summary([text for text, n in stats["negotiated"].items() for _ in range(n)])
        report.rows.append(
            replace(row, server=server_name, negotiated=f"{negotiated} [{row.negotiated}]")
        )
        _server_cpu(report, "asyncssh", stats, logins)
    finally:
        server.stop()


def _server_cpu(report: Report, client: str, stats: dict[str, Any], logins: int) -> None:
    """Adds our server's CPU time per login (measured in its process) to the notes."""
    report.server_notes.append(
        f"our server's CPU per login, {client} client: {stats['cpu_ns'] / logins / 1e6:.2f} ms "
        "(average over every login of the case, warm-up included)"
    )


def _spawn_baseline(runs: int) -> Timing | None:
    """Times starting and reaping ``true`` (the process startup share of the ssh rows)."""
    true = shutil.which("true")
    return _time_process([true], runs)[0] if true else None


def measure_all(*, rounds: int, round_ns: int, ssh_runs: int) -> Report:
    """Verify and time every client against every server.

    Returns:
        The :class:`Report`.
    Raises:
        RuntimeError: a login failed, or a server saw fewer logins than were made.
    """
    report = Report()
    asyncssh = load_asyncssh()
    key = generate_key("ed25519", comment="sshwire-bench-user")
    with tempfile.TemporaryDirectory(prefix="sshwire-bench-auth-") as tmp_name:
        tmp = Path(tmp_name)
        key_path = tmp / "id_ed25519"
        key_path.write_bytes(key.export())
        key_path.chmod(0o600)
        _against_sshd(
            report,
            asyncssh,
            key,
            key_path,
            tmp,
            rounds=rounds,
            round_ns=round_ns,
            ssh_runs=ssh_runs,
        )
        _against_ours(report, asyncssh, key, rounds=rounds, round_ns=round_ns)
    report.spawn = _spawn_baseline(ssh_runs)
    return report


# -- the report ------------------------------------------------------------------------------


def _ms(ns: float) -> str:
    return f"{ns / 1e6:>9.2f}"


def _find(rows: list[Row], client: str, server: str) -> Row | None:
    """Returns the row of ``client`` against ``server`` if it has figures."""
    for row in rows:
        if row.client == client and row.server == server and row.wall is not None:
            return row
    return None


def _ratio(ours: Row | None, other: Row | None, what: str) -> str:
    """Returns a ratio line, ours over other for wall and CPU (< 1 = ours takes less)."""
    if ours is None or other is None:
        return f"  {what}: no figure"
    assert ours.wall is not None and ours.cpu is not None
    assert other.wall is not None and other.cpu is not None
    return (
        f"  {what}: wall {ours.wall.median_ns / other.wall.median_ns:.2f}x, "
        f"client CPU {ours.cpu.median_ns / max(other.cpu.median_ns, 1):.2f}x"
    )


def format_report(report: Report, ssh_runs: int) -> list[str]:
    """Render the login table, what each row does, the checks and the ratios.

    Returns:
        The report's lines.
    """
    title = (
        f"logins: connect + {KEX} kex + publickey ssh-ed25519 auth as {USER} + disconnect, "
        f"over {HOST}; ms per login, median and best"
    )
    lines = [title, "-" * len(title)]
    lines.append(
        f"{'client':<22}{'server':<14}{'wall med':>9}{'best':>9}"
        f"{'cpu med':>9}{'best':>9}{'logins':>8}  negotiated"
    )
    for row in report.rows:
        if row.wall is None or row.cpu is None:
            lines.append(f"{row.client:<22}{row.server:<14}{row.note}")
            continue
        lines.append(
            f"{row.client:<22}{row.server:<14}{_ms(row.wall.median_ns)}{_ms(row.wall.best_ns)}"
            f"{_ms(row.cpu.median_ns)}{_ms(row.cpu.best_ns)}{row.logins:>8}  "
            f"{row.negotiated}"
        )
    if report.spawn is not None:
        lines.append(
            f"{'(baseline) /bin/true':<22}{'-':<14}{_ms(report.spawn.median_ns)}"
            f"{_ms(report.spawn.best_ns)}{'':>18}{report.spawn.calls:>8}  process spawn + reap"
        )
    lines.append("")
    lines.append("what each row does:")
    lines.append(
        "  every client offers only the kex " + KEX + " (the defaults would pick a different "
        "post-quantum kex per pair); host key, cipher and MAC are each client's defaults, "
        "negotiated as shown (sshd's log; our server's KexCompleted; [asyncssh's own "
        "send_cipher + MAC])"
    )
    lines.append(
        "  ours: connect (host key checked by fingerprint), authenticate(Credentials(keys="
        "[key])), conn.close(); cpu = time.process_time of this process, which runs the "
        "client only (our server is a separate process)"
    )
    lines.append(
        "  asyncssh: asyncssh.connect(known_hosts=None: no host key check, client_keys=[key], "
        "agent and ~/.ssh/config off), close() + wait_closed(); cpu as ours"
    )
    lines.append(
        f"  OpenSSH ssh: one process per login (median of {ssh_runs} runs), INCLUDING its "
        "process startup (see the /bin/true baseline) and its known_hosts check; cpu = the "
        "ssh process's user + system time. `ssh ... true` also opens a session channel and "
        "has sshd run `true` through root's shell before disconnecting. `ssh -f -N` "
        "(ControlMaster, ended untimed with `ssh -O exit`) ends when ssh forks into the "
        "background after the login: no session, and no disconnect in the time"
    )
    lines.append(
        "  OpenSSH sshd forks and re-executes itself per connection and logs at DEBUG3; our "
        "server runs accept + serve_authentication(failure_delay=0) in one asyncio process"
    )
    lines.append("")
    lines.append("checks:")
    lines.extend(f"  {line}" for line in report.checks)
    lines.extend(f"  {line}" for line in report.server_notes)
    lines.append("")
    lines.append("ratios (time per login, ours / theirs from the medians; < 1 = ours takes less)")
    rows = report.rows
    sshd, our_server = "OpenSSH sshd", "ours"
    ours_sshd = _find(rows, "ours", sshd)
    lines.append(_ratio(ours_sshd, _find(rows, "asyncssh", sshd), "ours / asyncssh, against sshd"))
    lines.append(
        _ratio(
            _find(rows, "ours", our_server),
            _find(rows, "asyncssh", our_server),
            "ours / asyncssh, against our server",
        )
    )
    lines.append(
        _ratio(ours_sshd, _find(rows, "OpenSSH ssh -f -N", sshd), "ours / ssh -f -N, against sshd")
    )
    lines.append(
        _ratio(
            ours_sshd,
            _find(rows, "OpenSSH ssh ... true", sshd),
            "ours / ssh ... true, against sshd",
        )
    )
    lines.append(
        _ratio(
            _find(rows, "ours", our_server),
            ours_sshd,
            "our server / sshd, same client (ours)",
        )
    )
    return lines


def run(*, rounds: int, round_ns: int, ssh_runs: int = 20) -> list[str]:
    """Measure and render the login benchmarks.

    Returns:
        The report's lines.
    Raises:
        RuntimeError: a login failed.
    """
    report = measure_all(rounds=rounds, round_ns=round_ns, ssh_runs=ssh_runs)
    return format_report(report, ssh_runs)


def _main(argv: list[str] | None = None) -> int:
    """``--serve PUBLIC_LINE`` runs our server (used by :class:`ServerProcess`); without it,
    runs the suite and prints the report.

    Returns:
        0.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--serve", metavar="PUBLIC_KEY_LINE", help="run our server only")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--round-ms", type=float, default=200.0)
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve(args.serve))
        return 0
    for line in run(rounds=args.rounds, round_ns=int(args.round_ms * 1_000_000)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
